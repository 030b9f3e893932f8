"""The shipped model on buyer messages nobody on the team had written for training: 299 English messages by
two writers who read only the label guide (training/data/README.md), written after the model was trained and
never used to train, tune or choose thresholds (training/data/unseen_messages.jsonl).

Measured once, when they were written, with the shipped model: macro-F1 0.957, 74 auto-replies and none wrong,
coverage of auto-answerable messages 71.8%, every urgent message urgent, every out-of-scope one handed off.
The asserts guard what matters for trust with a little room for refits: no wrong auto-reply, no urgent
message missed; the rest may move by a few points."""

from __future__ import annotations

from pathlib import Path

from models.artifact import ModelArtifact
from models.encoder import Encoder
from service.config import REPO_ROOT, Settings
from training.corpus import load_corpus, load_jsonl
from training.evaluate import evaluate

UNSEEN = Path(REPO_ROOT) / "training" / "data" / "unseen_messages.jsonl"


def test_unseen_messages_are_not_in_the_corpus() -> None:
    corpus = {r.text for r in load_corpus()}
    rows = load_jsonl(UNSEEN)
    assert len(rows) >= 299
    assert not [r.text for r in rows if r.text in corpus]


def test_model_holds_on_unseen_buyer_messages(encoder: Encoder, artifact: ModelArtifact, settings: Settings) -> None:
    metrics = evaluate(load_jsonl(UNSEEN), encoder=encoder, artifact=artifact,
                       languages=settings.supported_languages)
    assert metrics["auto_replied"] >= 60
    assert metrics["auto_reply_errors"] == 0
    assert metrics["urgent_recall"] == 1.0
    assert metrics["out_of_scope_handoff_rate"] == 1.0
    assert metrics["macro_f1"] >= 0.93
    assert metrics["auto_answerable_coverage"] >= 0.65
