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
