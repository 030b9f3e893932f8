"""The committed model: loadable without pickle, trained on the committed corpus, honest manifest."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np

from models.artifact import MANIFEST, ModelArtifact, resolve_artifact_dir
from models.taxonomy import AUTO_ANSWERABLE, INTENTS
from service.config import Settings
from training.corpus import corpus_hash, load_corpus, split


def test_committed_artifact_was_trained_on_the_committed_corpus() -> None:
    folder = resolve_artifact_dir(Settings().model_dir)
    manifest = json.loads((folder / MANIFEST).read_text())
    assert manifest["corpus_hash"] == corpus_hash(), (
        "training/data changed since the committed model was trained: run python -m training.fit"
    )


def test_artifact_holds_no_pickles_and_knows_every_intent() -> None:
    folder = resolve_artifact_dir(Settings().model_dir)
    with zipfile.ZipFile(folder / "heads.npz") as npz:
        for name in npz.namelist():
            with npz.open(name) as member:
                assert member.read(6) == b"\x93NUMPY"  # plain .npy arrays, never pickled objects
    artifact = ModelArtifact.load(folder)
    assert set(artifact.intent_head.labels) == set(INTENTS)
    assert set(artifact.thresholds) >= AUTO_ANSWERABLE
    assert artifact.manifest["metrics"]["heldout"]["macro_f1"] > 0.85


def test_save_and_load_round_trip(tmp_path, artifact) -> None:  # type: ignore[no-untyped-def]
    artifact.save(tmp_path / "copy")
    again = ModelArtifact.load(tmp_path / "copy")
    width = artifact.reference.shape[1] * (len(artifact.extra_layers) + 1)
    x = np.random.default_rng(0).normal(size=(3, width)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    texts = ["where is my order", "cancel please", "thanks!"]
    a, b = artifact.predict(x, texts), again.predict(x, texts)
    assert [p.intent for p in a] == [p.intent for p in b]
    assert np.allclose([p.confidence for p in a], [p.confidence for p in b], atol=1e-3)


def test_heldout_split_is_fixed_and_disjoint() -> None:
    rows = load_corpus()
    train, heldout = split(rows)
    assert {r.key for r in train}.isdisjoint({r.key for r in heldout})
    assert 0.15 < len(heldout) / len(rows) < 0.25


def test_reference_embeddings_are_stored_as_int8_codes_without_losing_similarities(
    artifact: ModelArtifact, tmp_path: Path
) -> None:
    """Saving quantises the reference once; saving again changes nothing, and similarities barely move."""
    from models.artifact import quantize_reference, stored_reference

    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(200, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    codes, _ = quantize_reference(vectors)
    assert codes.dtype == np.int8
    assert np.abs(vectors @ vectors.T - stored_reference(vectors) @ vectors.T).max() < 0.01

    assert artifact.path is not None
    own = ModelArtifact.load(artifact.path)  # a copy: saving repoints an artifact at its new folder
    own.save(tmp_path / "copy")
    again = ModelArtifact.load(tmp_path / "copy")
    assert np.array_equal(again.reference, artifact.reference)


def test_lexical_features_match_sklearns_tfidf_transform(artifact) -> None:  # type: ignore[no-untyped-def]
    """The fast transform the service runs is sklearn's TfidfVectorizer.transform, value for value:
    the heads were trained on sklearn's matrix."""
    from scipy import sparse

    lexical = artifact.lexical
    assert lexical is not None
    texts = [r.clean for r in load_corpus()[:400]] + ["", "   ", "?!", "A-to-z A-TO-Z a to z", "über façade 注文"]
    expected = sparse.hstack([lexical._word.transform(texts), lexical._char.transform(texts)]).tocsr()
    got = lexical.transform(texts)
    assert got.shape == expected.shape
    assert abs(got - expected).max() < 1e-12
    assert (got != 0).sum() == (expected != 0).sum()
    width = artifact.reference.shape[1] * (len(artifact.extra_layers) + 1)
    features = artifact.features(np.zeros((len(texts), width), dtype=np.float32), texts)
    head = artifact.intent_head
    assert np.array_equal(head.logits(features), np.asarray(features @ head.coef.T + head.intercept))
