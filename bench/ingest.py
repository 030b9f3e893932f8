"""Ingest benchmark: POST /messages at concurrency 1, 8 and 32 against a real server on 127.0.0.1,
next to the raw encoder's throughput on the same texts, so the service's overhead shows as a ratio.

python bench/ingest.py [--messages N] [--database-url URL]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, Python puts bench/ first on sys.path, where bench/queue.py would shadow the standard
# library's queue module; take it off before anything else is imported.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from models.encoder import Encoder
from service.pipeline.normalize import for_encoder, normalize_message
from training.corpus import load_corpus

ORDER = {"status": "shipped", "carrier": "UPS", "tracking_number": "1Z999AA10123456784",
         "ship_date": "2026-11-24", "estimated_delivery": "2026-11-30"}


def texts(n: int) -> list[str]:
    rows = [r.text for r in load_corpus() if r.language == "en"]
    return [rows[(i * 7919) % len(rows)] for i in range(n)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Connection:
    """A bare HTTP/1.1 keep-alive connection. The load generator shares the server's two cores, so it
    should cost as little CPU as possible: httpx spent about 2 ms of CPU per request here, this about a
    tenth of that, and what is left of the cores goes to the server being measured."""

    def __init__(self, host: str, port: int, key: str) -> None:
        self.host, self.port, self.key = host, port, key
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, payload: dict[str, object]) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        body = json.dumps(payload).encode()
        self.writer.write(
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nX-API-Key: {self.key}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        await self.reader.readexactly(length)
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()


async def run_load(base: str, key: str, bodies: list[str], concurrency: int, tag: str) -> tuple[float, list[float]]:
    latencies: list[float] = []
    queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    for i, body in enumerate(bodies):
        queue.put_nowait((i, body))
    url = httpx.URL(base)
    connections = [Connection(url.host, url.port or 80, key) for _ in range(concurrency)]

    async def worker(connection: Connection) -> None:
        while not queue.empty():
            i, body = queue.get_nowait()
            started = time.perf_counter()
            status = await connection.post("/messages", {
                "message_id": f"{tag}-{i}", "store_id": "bench", "order_id": "114-5529301-7781125",
                "order": ORDER, "body": body})
            latencies.append(time.perf_counter() - started)
            if status >= 300:
                raise RuntimeError(f"POST /messages answered {status}")

    started = time.perf_counter()
    try:
        await asyncio.gather(*(worker(c) for c in connections))
    finally:
        await asyncio.gather(*(c.close() for c in connections))
    return time.perf_counter() - started, latencies


def raw_encoder(bodies: list[str]) -> tuple[float, float, float]:
    """Sentences/s of the service's encoder alone, one at a time and in calls of 32; and of
    sentence-transformers' own encode on torch's threads, the library as it comes, in calls of 32 at its
    best batch size (it pads a batch to its longest text: 8 beat 32 by 2x here)."""
    import torch

    encoder = Encoder()
    prepared = [for_encoder(normalize_message(b)) for b in bodies]
    encoder.encode(prepared[:8])
    started = time.perf_counter()
    for text in prepared:
        encoder.encode([text])
    single = len(prepared) / (time.perf_counter() - started)
    started = time.perf_counter()
    for i in range(0, len(prepared), 32):
        encoder.encode(prepared[i : i + 32])
    batched = len(prepared) / (time.perf_counter() - started)
    torch.set_num_threads(encoder.workers)
    library = 0.0
    try:
        for batch_size in (8, 16, 32):
            started = time.perf_counter()
            for i in range(0, len(prepared), 32):
                encoder._model.encode(prepared[i : i + 32], batch_size=batch_size, normalize_embeddings=True)
            library = max(library, len(prepared) / (time.perf_counter() - started))
    finally:
        torch.set_num_threads(1)
    return single, batched, library


def _tree(pid: int) -> list[int]:
    """pid and its descendants (the model runs in a child process)."""
    found = [pid]
    try:
        children = [c for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]
    except OSError:
        return found
    for child in children:
        found.extend(_tree(int(child)))
    return found


def cpu_seconds(pid: int) -> dict[int, float]:
    """CPU time (user + system) of the server and each of its children, from /proc (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for member in _tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[member] = (int(fields[11]) + int(fields[12])) / ticks
    return found


def server_memory(pid: int) -> str | None:
    """Resident memory of the server and its children (Linux /proc), after the load."""
    parts = []
    for member in _tree(pid):
        try:
            fields = dict(line.split(":", 1) for line in Path(f"/proc/{member}/status").read_text().splitlines())
        except OSError:
            continue
        parts.append((int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])))
    if not parts:
        return None
    detail = " + ".join(f"{rss // 1024} MB" for rss, _ in parts)
    return (f"resident {sum(r for r, _ in parts) // 1024} MB in {len(parts)} processes ({detail}), "
            f"peaks summed {sum(h for _, h in parts) // 1024} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()

    # The raw encoder is measured before and after the service: on a shared machine the speed of the
    # cores drifts over minutes, and a ratio against one reading taken at another time would drift too.
    bodies = texts(args.messages)
    before = raw_encoder(bodies)
    workdir = Path(tempfile.mkdtemp(prefix="handoff-bench-"))
    db_url = args.database_url or f"sqlite:///{workdir / 'bench.db'}"
    env = {**os.environ, "HANDOFF_DATABASE_URL": db_url}
    key = subprocess.run([sys.executable, "-m", "service", "create-key", "--role", "ingest"], cwd=REPO, env=env,
                         check=True, capture_output=True, text=True).stdout.strip()
    server = subprocess.Popen([sys.executable, "-m", "service", "--port", str(args.port)], cwd=REPO, env=env,
                              stdout=(workdir / "server.log").open("w"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{base}/readyz", headers={"X-API-Key": key}).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        asyncio.run(run_load(base, key, bodies[:20], 4, "warmup"))
        results = {}
        for concurrency in (1, 8, 32):
            n = args.messages if concurrency > 1 else min(args.messages, 200)
            cpu_before = cpu_seconds(server.pid)
            elapsed, lat = asyncio.run(run_load(base, key, bodies[:n], concurrency, f"c{concurrency}"))
            cpu_after = cpu_seconds(server.pid)
            results[concurrency] = (n / elapsed, lat)
            p50 = statistics.median(lat) * 1000
            print(f"concurrency {concurrency:>2}: {n / elapsed:7.1f} msg/s   p50 {p50:7.1f} ms"
                  f"   p99 {percentile(lat, 0.99) * 1000:7.1f} ms   ({n} messages)", flush=True)
            # Where the cores went: the web process, then its children (the model process).
            spent = [(cpu_after[p] - cpu_before.get(p, 0.0)) * 1000 / n for p in cpu_after]
            if spent:
                print(f"               CPU per message: {' + '.join(f'{ms:.1f}' for ms in spent)} ms "
                      f"(server, then its children)", flush=True)
        peak = server_memory(server.pid)
        if peak:
            print(f"server memory: {peak}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    after = raw_encoder(bodies)
    single, batched, library = ((b + a) / 2 for b, a in zip(before, after, strict=True))
    print(f"raw encoder: {single:7.1f} sentences/s one at a time, {batched:7.1f} sentences/s in batches of 32 "
          f"(mean of before: {before[0]:.1f} / {before[1]:.1f} and after: {after[0]:.1f} / {after[1]:.1f})")
    print(f"sentence-transformers' own encode at its best batch size: {library:7.1f} sentences/s "
          f"(before {before[2]:.1f}, after {after[2]:.1f})")
    # The overhead shows against the encoder the service itself runs (length groups side by side); the
    # library as it comes is slower, and the service against it says less about the service.
    print(f"service/raw-batched at concurrency 32: {results[32][0] / batched:.0%}")
    print(f"service/sentence-transformers-best at concurrency 32: {results[32][0] / library:.0%}")
    print(f"service/raw-single at concurrency 1:  {results[1][0] / single:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
