"""The encoder's own mini-batching: same vectors as sentence-transformers, less padding."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.encoder import PADDING_ALLOWANCE, Encoder, length_groups, take_group


@given(st.lists(st.integers(min_value=1, max_value=256), max_size=80), st.integers(min_value=1, max_value=32))
def test_length_groups_cover_every_text_once_within_the_padding_allowance(lengths: list[int], max_size: int) -> None:
    groups = length_groups(lengths, max_size=max_size)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    for group in groups:
        assert 1 <= len(group) <= max_size
        if len(group) > 1:
            padded = len(group) * max(lengths[i] for i in group)
            assert padded <= PADDING_ALLOWANCE * sum(lengths[i] for i in group)


@given(st.lists(st.integers(min_value=1, max_value=256), max_size=80), st.integers(min_value=1, max_value=32))
def test_take_group_starts_with_the_oldest_text_and_pads_within_the_allowance(lengths: list[int], max_size: int
                                                                              ) -> None:
    group = take_group(lengths, max_size=max_size)
    if not lengths:
        assert group == []
        return
    assert group[0] == 0  # the oldest waiting text always goes: none waits for ever
    assert len(set(group)) == len(group) <= max_size
    assert len(group) * max(lengths[i] for i in group) <= PADDING_ALLOWANCE * sum(lengths[i] for i in group)


def test_take_group_takes_the_texts_nearest_in_length_to_the_oldest() -> None:
    waiting = [40, 120, 38, 9, 41, 118, 44, 39]
    assert sorted(take_group(waiting, max_size=4)) == [0, 2, 4, 7]  # 40 with 41, 39, 38; not 44 yet
    assert sorted(take_group(waiting, max_size=8)) == [0, 2, 4, 6, 7]  # never the 9 or the long ones
    assert take_group([120, 9, 10], max_size=8) == [0]  # a long text alone beats padding short ones to it


def test_groups_encoded_one_at_a_time_match_encode(encoder: Encoder) -> None:
    texts = ["where is my order?", "ok thx", "Can I get a VAT invoice with my company name on it please"]
    assert encoder.token_lengths(texts) == [len(ids) for ids in encoder._model.tokenizer(texts)["input_ids"]]
    for layers in ((), (4,)):
        together = encoder.encode(texts, extra_layers=layers)
        alone = np.vstack([encoder.encode_group([t], extra_layers=layers) for t in texts])
        assert np.abs(together - alone).max() < 1e-5
        assert np.abs(encoder.encode_group(texts, extra_layers=layers) - together).max() < 1e-5
    assert encoder.encode_group([]).shape == (0, encoder.dimension)


def test_vectors_match_sentence_transformers_in_the_callers_order(encoder: Encoder) -> None:
    texts = [
        "where is my order?",
        "Hello, I bought the cast iron skillet last week and the coating is flaking off after two uses. "
        "Could you tell me whether this is covered, and how I send it back? Thanks, Maria",
        "ok thx",
        "Can I get a VAT invoice with my company name on it please",
        "The tracking number you sent doesn't work on the UPS website, it says not found",
    ]
    ours = encoder.encode(texts)
    reference = encoder._model.encode(texts, batch_size=2, normalize_embeddings=True, convert_to_numpy=True)
    assert ours.shape == (len(texts), encoder.dimension)
    assert np.abs(ours - reference).max() < 1e-5
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert encoder.encode([]).shape == (0, encoder.dimension)


def test_concurrent_callers_get_the_same_vectors_as_one_caller(encoder: Encoder) -> None:
    """Calls from several threads share the encoder's workers (and its tokenizer): nothing is mixed up."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"order {i}: " + "where is my parcel please " * (1 + i % 7) for i in range(48)]
    batches = [texts[i : i + 5] for i in range(0, len(texts), 5)]
    alone = [encoder.encode(b) for b in batches]
    with ThreadPoolExecutor(6) as callers:
        together = list(callers.map(encoder.encode, batches))
    for a, b in zip(alone, together, strict=True):
        assert np.abs(a - b).max() < 1e-5


def test_extra_layers_come_before_the_sentence_embedding(encoder: Encoder) -> None:
    texts = ["where is my order?", "the kettle arrived cracked and leaks all over the counter, what now"]
    plain = encoder.encode(texts)
    layered = encoder.encode(texts, extra_layers=(2, 4))
    assert layered.shape == (2, encoder.width((2, 4))) == (2, 3 * encoder.dimension)
    assert np.allclose(layered[:, -encoder.dimension:], plain, atol=1e-6)
    blocks = layered.reshape(2, 3, encoder.dimension)
    assert np.allclose(np.linalg.norm(blocks, axis=2), 1.0, atol=1e-5)
    assert not np.allclose(blocks[:, 0], blocks[:, 1], atol=1e-2)  # different layers, different views
    assert encoder.encode([], extra_layers=(4,)).shape == (0, 2 * encoder.dimension)
    with pytest.raises(ValueError, match="hidden layers"):
        encoder.encode(texts, extra_layers=(encoder.layers + 1,))
