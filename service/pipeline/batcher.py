"""Micro-batching: concurrent requests share one encoder call instead of queueing one encode each.

The first text starts a batch; whatever else is already waiting joins it, and if the batch is still
small we wait a few milliseconds for more. While the encoder runs, new texts pile up and form the
next batch, so under load batches grow by themselves and at low load latency stays low.
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
        self, encode: Callable[[list[str]], Sequence[T]], *, max_size: int = 64, max_wait_ms: float = 2.0
    ) -> None:
        # One thread: the encoder already uses every core; two encodes at once would only fight.
        super().__init__(thread_name="encoder")
        self._encode = encode
        self._max_size = max_size
        self._max_wait = max_wait_ms / 1000.0
        self.items = 0

    async def encode(self, text: str) -> T:
        result: T = await self._submit(text)
        return result

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = await self._next_batch(max_size=self._max_size, max_wait=self._max_wait)
            live = [(text, fut) for text, fut in batch if not fut.cancelled()]
            if not live:
                continue
            try:
                vectors = await loop.run_in_executor(self._executor, self._encode, [t for t, _ in live])
            except Exception as exc:  # a failed batch fails its requests, not the batcher
                for _, fut in live:
                    if not fut.done():
                        fut.set_exception(exc)
                continue
            self.batches += 1
            self.items += len(live)
            for (_, fut), vector in zip(live, vectors, strict=True):
                if not fut.done():
                    fut.set_result(vector)
