import asyncio

import numpy as np

from service.pipeline.batcher import MicroBatcher


def test_concurrent_requests_share_encoder_calls() -> None:
    calls: list[int] = []

    def encode(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return np.array([[len(t)] for t in texts], dtype=np.float32)

    async def main() -> list[np.ndarray]:
        batcher = MicroBatcher(encode, max_size=64, max_wait_ms=5)
        await batcher.start()
        results = await asyncio.gather(*(batcher.encode("x" * i) for i in range(40)))
        await batcher.stop()
        return results

    results = asyncio.run(main())
    assert [int(r[0]) for r in results] == list(range(40))  # each caller gets its own vector
    assert sum(calls) == 40 and len(calls) < 10


def test_a_failing_batch_fails_its_callers_not_the_batcher() -> None:
    def encode(texts: list[str]) -> np.ndarray:
        if "boom" in texts:
            raise RuntimeError("encoder down")
        return np.ones((len(texts), 1), dtype=np.float32)

    async def main() -> tuple[BaseException | None, float]:
        batcher = MicroBatcher(encode, max_wait_ms=0)
        await batcher.start()
        try:
            await batcher.encode("boom")
            error = None
        except RuntimeError as exc:
            error = exc
        ok = await batcher.encode("fine")
        await batcher.stop()
        return error, float(ok[0])

    error, value = asyncio.run(main())
    assert isinstance(error, RuntimeError) and value == 1.0


def test_with_two_in_flight_a_second_batch_starts_while_the_first_runs() -> None:
    import threading

    first_started, release = threading.Event(), threading.Event()
    sizes: list[int] = []

    def encode(texts: list[str]) -> np.ndarray:
        sizes.append(len(texts))
        if texts == ["slow"]:
            first_started.set()
            assert release.wait(10), "the second batch never ran beside the first"
        else:
            release.set()  # proves this batch ran while the slow one was still in the model
        return np.ones((len(texts), 1), dtype=np.float32)

    async def main() -> list[np.ndarray]:
        batcher = MicroBatcher(encode, max_wait_ms=0, in_flight=2)
        await batcher.start()
        slow = asyncio.create_task(batcher.encode("slow"))
        while not first_started.is_set():
            await asyncio.sleep(0.001)
        results = await asyncio.gather(*(batcher.encode(f"quick {i}") for i in range(5)), slow)
        await batcher.stop()
        return results

    results = asyncio.run(main())
    assert len(results) == 6 and sizes[0] == 1 and sum(sizes) == 6


def test_with_one_in_flight_batches_wait_for_each_other() -> None:
    running = 0
    most = 0

    def encode(texts: list[str]) -> np.ndarray:
        nonlocal running, most
        running += 1
        most = max(most, running)
        import time

        time.sleep(0.005)
        running -= 1
        return np.ones((len(texts), 1), dtype=np.float32)

    async def main() -> None:
        batcher = MicroBatcher(encode, max_wait_ms=0, max_size=2, in_flight=1)
        await batcher.start()
        await asyncio.gather(*(batcher.encode(str(i)) for i in range(12)))
        await batcher.stop()

    asyncio.run(main())
    assert most == 1
