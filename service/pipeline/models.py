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
import itertools
import logging
import signal
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing import get_context
from multiprocessing.connection import Connection
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
        return self.artifact.predict(self.artifact.vectors(self.encoder, texts), texts)

    def close(self) -> None:
        """The encoder may be shared: nothing to release."""


# --- the child process ------------------------------------------------------------------------------
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: the kernel kills this child when its parent dies, even by kill -9, so a crashed server
    never leaves a 300 MB model process behind."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _child_main(conn: Connection, encoder_name: str, artifact_dir: str, threads: int, in_flight: int) -> None:
    """The model process: load once, then answer (request id, texts) with (request id, ok, result).

    Several batches are worked on at once (in_flight threads); their length groups share the encoder's
    workers, so the cores stay busy while the parent hands over the next batch or collects the last."""
    _die_with_parent()
    # The parent handles Ctrl-C and shuts the child down; the child must not die mid-batch on SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threadpool_limits(1, user_api="blas")
    try:
        encoder = Encoder(encoder_name, threads=threads)
        artifact = ModelArtifact.load(Path(artifact_dir))
        artifact.predict(artifact.vectors(encoder, ["warm up"]), ["warm up"])
    except Exception as exc:  # the parent raises it: a model that cannot load must stop the start
        conn.send((None, False, f"{type(exc).__name__}: {exc}"))
        return
    conn.send((None, True, None))
    send_lock = threading.Lock()

    def answer(request_id: int, texts: list[str]) -> None:
        try:
            predictions = artifact.predict(artifact.vectors(encoder, texts), texts)
            reply: tuple[int, bool, object] = (request_id, True, predictions)
        except Exception as exc:  # one bad batch fails alone
            reply = (request_id, False, f"{type(exc).__name__}: {exc}")
        with send_lock:
            conn.send(reply)

    with ThreadPoolExecutor(in_flight, thread_name_prefix="batch") as batches:
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return
            if request is None:
                return
            batches.submit(answer, *request)


class ModelProcessDied(RuntimeError):
    """The model process went away with this batch in it."""


class ModelProcessError(RuntimeError):
    """The model process raised while working on this batch."""


class _Child:
    """One running model process, the pipe to it and the batches it has not answered yet."""

    def __init__(self, args: tuple[str, str, int, int]) -> None:
        context = get_context("spawn")
        self.conn, child_end = context.Pipe(duplex=True)
        self.process = context.Process(target=_child_main, args=(child_end, *args), name="handoff-model",
                                       daemon=True)
        self.process.start()
        child_end.close()
        self.pending: dict[int, Future[list[Prediction]]] = {}
        self.dead = False  # set once the pipe has closed; nothing may wait on this child after that
        self.lock = threading.Lock()
        self.ids = itertools.count()
        # Load now, not on the first message: readiness then means the model is in memory.
        try:
            _, ok, detail = self.conn.recv()
        except (EOFError, OSError):
            ok, detail = False, f"exit code {self.process.exitcode}"
        if not ok:
            self.process.join(timeout=5)
            raise ModelProcessError(f"the model process failed to start: {detail}")
        threading.Thread(target=self._read_replies, name="model-replies", daemon=True).start()

    def submit(self, texts: list[str]) -> Future[list[Prediction]]:
        future: Future[list[Prediction]] = Future()
        with self.lock:
            if self.dead:
                raise ModelProcessDied("the model process is not running")
            request_id = next(self.ids)
            self.pending[request_id] = future
            try:
                self.conn.send((request_id, texts))
            except (OSError, ValueError) as exc:
                del self.pending[request_id]
                raise ModelProcessDied("the model process is not running") from exc
        return future

    def _read_replies(self) -> None:
        while True:
            try:
                request_id, ok, result = self.conn.recv()
            except (EOFError, OSError):
                break
            with self.lock:
                future = self.pending.pop(request_id, None)
            if future is not None:
                if ok:
                    future.set_result(result)
                else:
                    future.set_exception(ModelProcessError(result))
        # The pipe closed: the child is gone; every batch still in it fails (the caller retries once).
        with self.lock:
            self.dead = True
            orphans, self.pending = list(self.pending.values()), {}
        for future in orphans:
            future.set_exception(ModelProcessDied("the model process died"))

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class ModelProcess:
    """Encoder and heads in one child process, loaded once, restarted if it dies.

    The parent keeps its own copy of the artifact (thresholds, bars, version: small arrays) for the
    decision; the child loads the same artifact folder, so both always read the same version.
    """

    def __init__(self, *, encoder_name: str, artifact_dir: Path, threads: int = 0, in_flight: int = 2) -> None:
        self.encoder_id = resolve_encoder(encoder_name)[0]
        self._args = (encoder_name, str(artifact_dir), threads, in_flight)
        self._lock = threading.Lock()
        self._child = _Child(self._args)

    def predict(self, texts: list[str]) -> list[Prediction]:
        child = self._child
        try:
            return child.submit(texts).result()
        except ModelProcessDied:
            # The child died (out of memory, killed): start another and retry this batch once.
            log.error("model process died; starting a new one")
            with self._lock:
                if self._child is child:
                    self._child = _Child(self._args)
            return self._child.submit(texts).result()

    def close(self) -> None:
        self._child.close()
