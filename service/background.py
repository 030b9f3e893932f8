"""A request queue drained by one background task: the shape both micro-batchers share (the encoder's
and the group-commit writer's). Callers submit an item and await its result; the subclass's _run takes
items off the queue in batches and resolves their futures."""

from __future__ import annotations

import asyncio
import contextlib
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")


class QueueWorker(Generic[Item]):
    name = "queue-worker"

    def __init__(self, *, thread_name: str, threads: int = 1) -> None:
        self._queue: asyncio.Queue[tuple[Item, asyncio.Future[Any]]] | None = None
        self._task: asyncio.Task[None] | None = None
        # Threads for the batches' blocking work: one batch at a time each.
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=thread_name)
        self.batches = 0

    async def start(self) -> None:
        if self._task is None:
            self._queue = asyncio.Queue()
            self._task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _submit(self, item: Item) -> Any:
        if self._queue is None:
            await self.start()
        assert self._queue is not None
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        await self._queue.put((item, future))
        return await future

    async def _next_batch(self, *, max_size: int, max_wait: float) -> list[tuple[Item, asyncio.Future[Any]]]:
        """Wait for one item, then take whatever else is queued, waiting up to max_wait seconds for more
        while the batch is under max_size (max_wait 0: take only what is already there)."""
        assert self._queue is not None
        queue = self._queue
        batch = [await queue.get()]
        deadline = time.monotonic() + max_wait
        while len(batch) < max_size:
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
        return batch

    async def _run(self) -> None:
        raise NotImplementedError
