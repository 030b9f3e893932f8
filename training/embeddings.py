"""Embeddings cached by text hash, so refits only encode what is new."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from models.encoder import Encoder

CACHE_DIR = Path(__file__).resolve().parent / ".cache"


_LAYERS = "_layers-"  # file name suffix of a layer set's cache: "<encoder>_layers-4-6.npz"


def _cache_path(encoder_id: str, layers: tuple[int, ...] = ()) -> Path:
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", encoder_id)
    return CACHE_DIR / (stem + (_LAYERS + "-".join(map(str, layers)) if layers else "") + ".npz")


def forget(encoder_id: str) -> None:
    """Drop the cached embeddings of this encoder id, every layer set: an encoder's id is its folder's name,
    so a folder tuned again under the same name must not be read from the old model's cache."""
    plain = _cache_path(encoder_id)
    for path in [plain, *CACHE_DIR.glob(plain.stem + _LAYERS + "*.npz")]:
        path.unlink(missing_ok=True)


def embed_texts(encoder: Encoder, keys: list[str], texts: list[str], *, progress: bool = True,
                extra_layers: Sequence[int] = ()) -> np.ndarray:
    """`encoder.encode(texts, extra_layers=...)`, from the cache where it can (one file per encoder and
    layer set)."""
    layers = tuple(extra_layers)
    path = _cache_path(encoder.id, layers)
    cache: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path, allow_pickle=False) as data:
            if data["vectors"].ndim == 2 and data["vectors"].shape[1] == encoder.width(layers):
                cache = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in cache]
    if missing:
        unique = dict(missing)
        started = time.perf_counter()
        todo = list(unique.items())
        for i in range(0, len(todo), 256):
            chunk = todo[i : i + 256]
            vectors = encoder.encode([t for _, t in chunk], batch_size=32, extra_layers=layers)
            cache.update(zip([k for k, _ in chunk], vectors, strict=True))
            if progress:
                print(f"  encoded {min(i + 256, len(todo))}/{len(todo)} new texts "
                      f"({time.perf_counter() - started:.1f}s)", file=sys.stderr)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(list(cache)), vectors=np.stack(list(cache.values())).astype(np.float32))
        tmp.replace(path)
    return np.stack([cache[k] for k in keys]).astype(np.float32)
