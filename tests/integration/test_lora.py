"""training.lora: the cross-fitted LoRA intent fine-tune that `python -m training.compare --lora` measures.

Real encoder, real gradient steps on a small slice of the corpus (a few steps each, seconds on 2 cores)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from models.encoder import Encoder, resolve_encoder
from service.config import Settings
from tests.integration.fit_helpers import corpus_slice
from training.corpus import Row
from training.fit import fit
from training.lora import FOLDS, cross_fitted, fold_of, soup, train_lora

pytestmark = pytest.mark.slow
QUIET = {"log": lambda _message: None}


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return corpus_slice(per_intent=3)


@pytest.fixture(scope="module")
def base_state(settings: Settings) -> dict[str, Any]:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(resolve_encoder(settings.encoder)[1], device="cpu")
    transformer: Any = model[0].auto_model
    return {name: tensor.detach().clone() for name, tensor in transformer.state_dict().items()}


@pytest.fixture(scope="module")
def tuned(rows: list[Row], settings: Settings) -> dict[str, Any]:
    return train_lora(rows, base=settings.encoder, seed=13, epochs=1, batch_size=16, **QUIET)


def test_only_the_blocks_linear_weights_move(tuned: dict[str, Any], base_state: dict[str, Any]) -> None:
    assert set(tuned) == set(base_state)
    moved = {name for name in tuned if not np.array_equal(tuned[name].numpy(), base_state[name].numpy())}
    assert moved, "training changed nothing"
    # Adapters sit on the linear layers of the transformer blocks; their merged deltas land in those
    # weight matrices only: token embeddings, LayerNorms and biases keep the base model's values.
    assert all(".layer." in name and name.endswith(".weight") and tuned[name].ndim == 2 for name in moved)
    assert any("attention.self.query" in name for name in moved)
    assert any("intermediate.dense" in name for name in moved)


def test_the_same_seed_tunes_the_same_weights(tuned: dict[str, Any], rows: list[Row], settings: Settings) -> None:
    again = train_lora(rows, base=settings.encoder, seed=13, epochs=1, batch_size=16, **QUIET)
    assert all(np.array_equal(again[name].numpy(), tuned[name].numpy()) for name in tuned)


def test_a_soup_is_the_mean_and_refuses_other_models(tuned: dict[str, Any], base_state: dict[str, Any]) -> None:
    mixed = soup([tuned, base_state])
    name = next(n for n in tuned if "attention.self.query.weight" in n)
    assert np.allclose(mixed[name].numpy(), (tuned[name].numpy() + base_state[name].numpy()) / 2)
    with pytest.raises(ValueError, match="same model"):
        soup([tuned, {"other.weight": tuned[name]}])


def test_cross_fitted_encoders_load_and_read_each_half_as_unseen(rows: list[Row], settings: Settings,
                                                                 tmp_path: Path) -> None:
    messages: list[str] = []
    out = tmp_path / "lora-test"
    soup_folder, halves = cross_fitted(rows, base=settings.encoder, seed=13, out=out, epochs=1,
                                       log=messages.append)
    assert len(halves) == FOLDS
    # Each half-model was tuned on the rows outside its half, and the halves cover every row once.
    sizes = [sum(fold_of(r.key) == k for r in rows) for k in range(FOLDS)]
    assert sum(sizes) == len(rows) and all(sizes)
    for k in range(FOLDS):
        assert f"half-model {k + 1}/{FOLDS}: tuned on the {len(rows) - sizes[k]} rows outside half {k}" in messages
    base = Encoder(settings.encoder)
    readings = []
    for folder in [soup_folder, *halves]:
        encoder = Encoder(str(folder))
        assert encoder.id == folder.name  # an encoder's id (and embedding cache) is its folder's name
        vectors = encoder.encode(["Where is my parcel? It has not arrived yet."])
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
        readings.append(vectors)
    plain = base.encode(["Where is my parcel? It has not arrived yet."])
    assert not np.allclose(readings[0], plain, atol=1e-4), "the soup reads like the untuned encoder"
    assert not np.allclose(readings[1], readings[2], atol=1e-4), "both halves tuned the same"


def test_fit_trains_on_given_vectors_and_checks_their_width(encoder: Encoder) -> None:
    rows = corpus_slice(per_intent=25)
    languages = frozenset({"en"})
    plain, _ = fit(rows, encoder=encoder, languages=languages, seed=13)
    own = {r.key: v for r, v in zip(rows, encoder.encode([r.clean for r in rows], batch_size=32), strict=True)}
    given, _ = fit(rows, encoder=encoder, languages=languages, seed=13, vectors_by_key=own)
    assert np.allclose(given.intent_head.coef, plain.intent_head.coef, atol=1e-4)
    # Vectors that differ change what is learnt: the heads read the given vectors, not the encoder's.
    shifted = {k: np.roll(v, 1) for k, v in own.items()}
    other, _ = fit(rows, encoder=encoder, languages=languages, seed=13, vectors_by_key=shifted)
    assert not np.allclose(other.intent_head.coef, plain.intent_head.coef, atol=1e-2)
    with pytest.raises(ValueError, match="columns"):
        fit(rows, encoder=encoder, languages=languages, seed=13, vectors_by_key={k: v[:10] for k, v in own.items()})


def test_forgetting_an_encoder_drops_its_cached_embeddings_only(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import training.embeddings

    monkeypatch.setattr(training.embeddings, "CACHE_DIR", tmp_path)
    for name in ("lora-soup.npz", "lora-soup_layers-4.npz", "lora-soup2.npz", "other.npz"):
        (tmp_path / name).write_bytes(b"")
    training.embeddings.forget("lora-soup")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lora-soup2.npz", "other.npz"]
