"""Where the encoder and the heads run: in this process, or in a child process of their own.

The web side (event loop, request threads, database) and torch share two cores. Torch's forward pass is
driven by Python code that holds the GIL between operators, so in one process every request thread
waits on the encoder's Python half and vice versa. In a child process the encoder has its own GIL and
the web process its own: the two overlap instead of taking turns (see bench/ingest.py for figures).

Both kinds offer the same call: predict(texts) -> one Prediction per text, for a whole micro-batch.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import Protocol

from threadpoolctl import threadpool_limits

from models.artifact import ModelArtifact, Prediction
from models.encoder import Encoder, resolve_encoder

log = logging.getLogger("handoff.models")


class BatchModel(Protocol):
    encoder_id: str

    def predict(self, texts: list[str]) -> list[Prediction]: ...

    def close(self) -> None: ...


class InProcessModel:
    """Encoder and heads in this process (tests share one loaded encoder across many apps this way)."""

    def __init__(self, *, encoder: Encoder, artifact: ModelArtifact) -> None:
        self.encoder = encoder
        self.artifact = artifact
        self.encoder_id = encoder.id

    def predict(self, texts: list[str]) -> list[Prediction]:
        return self.artifact.predict(self.encoder.encode(texts), texts)

    def close(self) -> None:
        """The encoder may be shared: nothing to release."""


# --- the child process ------------------------------------------------------------------------------
_child_encoder: Encoder | None = None
_child_artifact: ModelArtifact | None = None

_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: the kernel kills this child when its parent dies, even by kill -9, so a crashed server
    never leaves a 300 MB model process behind."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _child_init(encoder_name: str, artifact_dir: str, threads: int) -> None:
    global _child_encoder, _child_artifact
    _die_with_parent()
    # The parent handles Ctrl-C and shuts the pool down; the child must not die mid-batch on SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threadpool_limits(1, user_api="blas")
    _child_encoder = Encoder(encoder_name, threads=threads)
    _child_artifact = ModelArtifact.load(Path(artifact_dir))


def _child_predict(texts: list[str]) -> list[Prediction]:
    assert _child_encoder is not None and _child_artifact is not None, "model process not initialised"
    return _child_artifact.predict(_child_encoder.encode(texts), texts)


class ModelProcess:
    """Encoder and heads in one child process, loaded once, restarted if it dies.

    The parent keeps its own copy of the artifact (thresholds, bars, version: small arrays) for the
    decision; the child loads the same artifact folder, so both always read the same version.
    """

    def __init__(self, *, encoder_name: str, artifact_dir: Path, threads: int = 0) -> None:
        self.encoder_id = resolve_encoder(encoder_name)[0]
        self._args = (encoder_name, str(artifact_dir), threads)
        self._lock = threading.Lock()
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            max_workers=1, mp_context=get_context("spawn"), initializer=_child_init, initargs=self._args
        )
        # Load now, not on the first message: readiness then means the model is in memory.
        pool.submit(_child_predict, ["warm up"]).result()
        return pool

    def predict(self, texts: list[str]) -> list[Prediction]:
        pool = self._pool
        try:
            return pool.submit(_child_predict, texts).result()
        except BrokenProcessPool:
            # The child died (out of memory, killed): start another and retry this batch once.
            log.error("model process died; starting a new one")
            with self._lock:
                if self._pool is pool:
                    self._pool = self._start()
            return self._pool.submit(_child_predict, texts).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
