"""Embeddings cached by text hash, so refits only encode what is new."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import numpy as np

from models.encoder import Encoder

CACHE_DIR = Path(__file__).resolve().parent / ".cache"


def _cache_path(encoder_id: str) -> Path:
    return CACHE_DIR / (re.sub(r"[^A-Za-z0-9_.-]+", "_", encoder_id) + ".npz")


def embed_texts(encoder: Encoder, keys: list[str], texts: list[str], *, progress: bool = True) -> np.ndarray:
    path = _cache_path(encoder.id)
    cache: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path, allow_pickle=False) as data:
            cache = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in cache]
    if missing:
        unique = dict(missing)
        started = time.perf_counter()
        todo = list(unique.items())
        for i in range(0, len(todo), 256):
            chunk = todo[i : i + 256]
            vectors = encoder.encode([t for _, t in chunk], batch_size=32)
            cache.update(zip([k for k, _ in chunk], vectors, strict=True))
            if progress:
                print(f"  encoded {min(i + 256, len(todo))}/{len(todo)} new texts "
                      f"({time.perf_counter() - started:.1f}s)", file=sys.stderr)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(list(cache)), vectors=np.stack(list(cache.values())).astype(np.float32))
        tmp.replace(path)
    return np.stack([cache[k] for k in keys]).astype(np.float32)
