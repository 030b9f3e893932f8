"""Micro-batching: concurrent requests share one encoder call instead of queueing one encode each.

The first text starts a batch; whatever else is already waiting joins it, and if the batch is still
small we wait a few milliseconds for more. While the encoder runs, new texts pile up and form the
next batch, so under load batches grow by themselves and at low load latency stays low.

Up to `in_flight` batches are with the model at once: while one is being handed over or its results
collected, the other keeps the encoder's cores busy (one batch at a time left them idle in between).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from service.background import QueueWorker

T = TypeVar("T")


class MicroBatcher(QueueWorker[str], Generic[T]):
    name = "micro-batcher"

    def __init__(
        self, encode: Callable[[list[str]], Sequence[T]], *, max_size: int = 64, max_wait_ms: float = 2.0,
        in_flight: int = 1,
    ) -> None:
        super().__init__(thread_name="encoder", threads=in_flight)
        self._encode = encode
        self._in_flight = in_flight
        self._max_size = max_size
        self._max_wait = max_wait_ms / 1000.0

    async def encode(self, text: str) -> T:
        result: T = await self._submit(text)
        return result

    async def _run(self) -> None:
        slots = asyncio.Semaphore(self._in_flight)
        running: set[asyncio.Task[None]] = set()
        try:
            while True:
                # A free slot first, then the batch: while every slot is busy, texts pile up for the next.
                await slots.acquire()
                batch = await self._next_batch(max_size=self._max_size, max_wait=self._max_wait)
                live = [(text, fut) for text, fut in batch if not fut.cancelled()]
                if not live:
                    slots.release()
                    continue
                task = asyncio.create_task(self._run_batch(live))
                running.add(task)
                task.add_done_callback(running.discard)
                task.add_done_callback(lambda _: slots.release())
        finally:
            for task in running:
                task.cancel()

    async def _run_batch(self, live: list[tuple[str, asyncio.Future[T]]]) -> None:
        loop = asyncio.get_running_loop()
        try:
            vectors = await loop.run_in_executor(self._executor, self._encode, [t for t, _ in live])
        except Exception as exc:  # a failed batch fails its requests, not the batcher
            for _, fut in live:
                if not fut.done():
                    fut.set_exception(exc)
            return
        self.batches += 1
        for (_, fut), vector in zip(live, vectors, strict=True):
            if not fut.done():
                fut.set_result(vector)
