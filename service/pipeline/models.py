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
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

from threadpoolctl import threadpool_limits

from models.artifact import ModelArtifact, Prediction
from models.encoder import Encoder, resolve_encoder, take_group

log = logging.getLogger("handoff.models")


# Texts in one forward pass in the model process (the most Encoder.encode puts in one length group).
GROUP_SIZE = 8


class BatchModel(Protocol):
    encoder_id: str
    # True when the model forms its own mini-batches from every text in hand: callers should then hand
    # texts over as they come rather than hold them back to batch them.
    regroups: bool

    def predict(self, texts: list[str]) -> list[Prediction]: ...

    def close(self) -> None: ...


class InProcessModel:
    """Encoder and heads in this process (tests share one loaded encoder across many apps this way)."""

    regroups = False

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


def _child_main(conn: Connection, encoder_name: str, artifact_dir: str, threads: int, group_size: int) -> None:
    """The model process: load once, then answer (request id, texts) with (request id, ok, result).

    Every text received joins one waiting list, whatever request it came in; each encoder worker, when
    free, takes its next group from that list (take_group: the oldest text and the ones nearest it in
    length). Groups are formed at the last moment from everything waiting, so under load they are as
    full and as evenly padded as the backlog allows, and a worker never idles while any text waits.
    (Handing each request's texts to the workers as a batch of its own left a worker idle whenever the
    batches in hand split into fewer groups than there are workers: 15% of its time at 32 concurrent
    requests.) A request is answered when its last text is done."""
    _die_with_parent()
    # The parent handles Ctrl-C and shuts the child down; the child must not die mid-batch on SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threadpool_limits(1, user_api="blas")
    try:
        # The workers below run the groups; the encoder needs no thread pool of its own.
        encoder = Encoder(encoder_name, threads=threads, pool=False)
        artifact = ModelArtifact.load(Path(artifact_dir))
        artifact.predict(artifact.vectors(encoder, ["warm up"]), ["warm up"])
    except Exception as exc:  # the parent raises it: a model that cannot load must stop the start
        conn.send((None, False, f"{type(exc).__name__}: {exc}"))
        return
    conn.send((None, True, None))
    work = _Work(conn)

    def encode_groups() -> None:
        while True:
            group = work.next_group(group_size)
            texts = [item.text for item in group]
            try:
                vectors = encoder.encode_group(texts, extra_layers=artifact.extra_layers)
                work.done(group, artifact.predict(vectors, texts))
            except Exception as exc:  # a group the model cannot take fails its requests alone
                work.failed(group, f"{type(exc).__name__}: {exc}")

    for n in range(encoder.workers):
        threading.Thread(target=encode_groups, name=f"encoder-worker-{n}", daemon=True).start()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:  # shutting down: answer what is in hand first
            work.drain()
            return
        request_id, texts = request
        if not texts:
            work.send((request_id, True, []))
            continue
        try:
            lengths = encoder.token_lengths(texts)
        except Exception as exc:  # not texts the tokenizer takes: fails before it reaches a group
            work.send((request_id, False, f"{type(exc).__name__}: {exc}"))
            continue
        work.add(request_id, texts, lengths)


@dataclass
class _Text:
    request_id: int
    index: int
    text: str
    tokens: int


class _Work:
    """The model process's waiting texts and its unanswered requests, shared by the encoder workers."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._send_lock = threading.Lock()
        self._changed = threading.Condition()
        self._waiting: list[_Text] = []  # in arrival order
        self._open: dict[int, list[Prediction | None]] = {}  # request id -> its predictions so far

    def send(self, reply: tuple[int, bool, object]) -> None:
        with self._send_lock:
            self._conn.send(reply)

    def add(self, request_id: int, texts: list[str], lengths: list[int]) -> None:
        with self._changed:
            self._open[request_id] = [None] * len(texts)
            self._waiting.extend(
                _Text(request_id, i, text, tokens) for i, (text, tokens) in enumerate(zip(texts, lengths, strict=True)))
            self._changed.notify_all()

    def next_group(self, max_size: int) -> list[_Text]:
        with self._changed:
            self._changed.wait_for(lambda: bool(self._waiting))
            picked = set(take_group([item.tokens for item in self._waiting], max_size=max_size))
            group = [item for i, item in enumerate(self._waiting) if i in picked]
            self._waiting = [item for i, item in enumerate(self._waiting) if i not in picked]
            return group

    def done(self, group: list[_Text], predictions: list[Prediction]) -> None:
        finished = []
        with self._changed:
            for item, prediction in zip(group, predictions, strict=True):
                results = self._open.get(item.request_id)
                if results is None:  # the request already failed in another group
                    continue
                results[item.index] = prediction
                if all(p is not None for p in results):
                    finished.append((item.request_id, self._open.pop(item.request_id)))
            self._changed.notify_all()
        for request_id, results in finished:
            self.send((request_id, True, results))

    def failed(self, group: list[_Text], error: str) -> None:
        failed = {item.request_id for item in group}
        with self._changed:
            failed &= self._open.keys()
            for request_id in failed:
                del self._open[request_id]
            # Their other texts would be encoded for nobody.
            self._waiting = [item for item in self._waiting if item.request_id not in failed]
            self._changed.notify_all()
        for request_id in sorted(failed):
            self.send((request_id, False, error))

    def drain(self) -> None:
        with self._changed:
            self._changed.wait_for(lambda: not self._open)


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

    regroups = True

    def __init__(self, *, encoder_name: str, artifact_dir: Path, threads: int = 0, group_size: int = GROUP_SIZE
                 ) -> None:
        self.encoder_id = resolve_encoder(encoder_name)[0]
        self._args = (encoder_name, str(artifact_dir), threads, group_size)
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
