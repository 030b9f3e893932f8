"""Languages beyond English, through HTTP: a model trained on German reads German; one that was not,
does not, whatever HANDOFF_ENCODER_LANGUAGES says; and the bot never answers in another language.

No multilingual encoder can be installed here, so the bilingual model below is the packaged English
encoder with heads trained on the corpus' German rows as well: enough to prove the plumbing (settings,
training, manifest, decision), not a German model anyone should ship."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from models.artifact import ModelArtifact
from models.encoder import Encoder
from service.pipeline.analyze import prepare
from tests.conftest import LiveService, running_service, unique
from tests.integration.fit_helpers import corpus_slice
from training.fit import fit

pytestmark = pytest.mark.slow
GERMAN = ("Hallo, ich habe vor einer Woche den Wasserkocher bestellt. Wo ist meine Bestellung? "
          "Können Sie mir bitte die Sendungsnummer schicken?")
ENGLISH_ROWS_PER_INTENT = 40


@pytest.fixture(scope="module")
def bilingual(encoder: Encoder) -> ModelArtifact:
    """Heads trained on every German row and a slice of the English ones (a fit in seconds)."""
    rows = corpus_slice(per_intent=ENGLISH_ROWS_PER_INTENT, whole_languages=frozenset({"de"}))
    artifact, manifest = fit(rows, encoder=encoder, languages=frozenset({"en", "de"}), seed=13)
    assert manifest["languages"] == ["de", "en"]
    artifact.version = "bilingual-test"
    return artifact


def service(tmp_path: Path, encoder: Encoder, artifact: ModelArtifact, languages: str
            ) -> AbstractContextManager[LiveService]:
    return running_service(f"sqlite:///{tmp_path / 'handoff.db'}", encoder, artifact, encoder_languages=languages)


SHIPPED = {"status": "shipped", "carrier": "DHL", "tracking_number": "JJD0099887766",
           "ship_date": "2026-11-24", "estimated_delivery": "2026-11-30"}


def post(live: LiveService, body: str) -> dict[str, object]:
    """With the order data the order-status templates need, so a draft exists."""
    payload = {"message_id": unique(), "store_id": "lang-store", "body": body,
               "order_id": "302-5512345-7781234", "order": SHIPPED}
    with live.client() as client:
        response = client.post("/messages", json=payload)
    assert response.status_code == 201, response.text
    record: dict[str, object] = response.json()
    return record


def test_a_model_trained_on_german_classifies_german(
    tmp_path: Path, encoder: Encoder, bilingual: ModelArtifact
) -> None:
    _, encoder_text = prepare(GERMAN)
    expected = bilingual.predict(bilingual.vectors(encoder, [encoder_text]), [encoder_text])[0]
    with service(tmp_path, encoder, bilingual, "en,de") as live:
        record = post(live, GERMAN)
    assert record["language"] == "de"
    reasons = record["reasons"]
    assert isinstance(reasons, list)
    assert not any(r.startswith("language_unsupported") for r in reasons), reasons
    assert record["model_version"] == "bilingual-test"
    intent = record["intent"]
    assert isinstance(intent, dict)
    assert intent["label"] == expected.intent == "order_status", (intent, expected.intent)
    # The packaged templates are English: the German buyer's draft goes to a person, never out by itself.
    assert record["status"] == "needs_review"
    assert record["reply"] is not None and "reply_language:en" in reasons, (record["reply"], reasons)


def test_settings_alone_do_not_make_a_model_read_a_language(
    tmp_path: Path, encoder: Encoder, artifact: ModelArtifact
) -> None:
    """The shipped model was trained on English: naming German in the settings hands German off."""
    assert "de" not in artifact.languages
    with service(tmp_path, encoder, artifact, "en,de") as live:
        record = post(live, GERMAN)
        english = post(live, "Hi, where is my order? Could you send me the tracking number please?")
    reasons = record["reasons"]
    assert isinstance(reasons, list) and "language_unsupported:de" in reasons, reasons
    assert record["status"] == "needs_review"
    assert english["language"] == "en"
    english_reasons = english["reasons"]
    assert isinstance(english_reasons, list)
    assert not any(r.startswith(("language_unsupported", "reply_language")) for r in english_reasons)
