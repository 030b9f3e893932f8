"""Micro-batching: concurrent requests share one encoder call instead of queueing one encode each.

The first text starts a batch; whatever else is already waiting joins it, and if the batch is still
small we wait a few milliseconds for more. While the encoder runs, new texts pile up and form the
next batch, so under load batches grow by themselves and at low load latency stays low.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")


class MicroBatcher(Generic[T]):
    def __init__(
        self, encode: Callable[[list[str]], Sequence[T]], *, max_size: int = 64, max_wait_ms: float = 2.0
    ) -> None:
        self._encode = encode
        self._max_size = max_size
        self._max_wait = max_wait_ms / 1000.0
        self._queue: asyncio.Queue[tuple[str, asyncio.Future[T]]] | None = None
        self._task: asyncio.Task[None] | None = None
        # One thread: the encoder already uses every core; two encodes at once would only fight.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="encoder")
        self.batches = 0
        self.items = 0

    async def start(self) -> None:
        if self._task is None:
            self._queue = asyncio.Queue()
            self._task = asyncio.create_task(self._run(), name="micro-batcher")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def encode(self, text: str) -> T:
        if self._queue is None:
            await self.start()
        assert self._queue is not None
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        await self._queue.put((text, future))
        return await future

    async def _run(self) -> None:
        assert self._queue is not None
        queue = self._queue
        loop = asyncio.get_running_loop()
        while True:
            batch = [await queue.get()]
            deadline = time.monotonic() + self._max_wait
            while len(batch) < self._max_size:
                if not queue.empty():
                    batch.append(queue.get_nowait())
                    continue
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(queue.get(), remaining))
                except TimeoutError:
                    break
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
