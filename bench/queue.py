"""Queue benchmark: 20 concurrent reviewers claiming (and closing) items on PostgreSQL through HTTP.

python bench/queue.py [--items N] [--reviewers N] [--postgres-url URL]
Prints claims/s and p50/p99 claim latency."""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, Python puts bench/ first on sys.path, where bench/queue.py would shadow the standard
# library's queue module; take it off before anything else is imported.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import concurrent.futures
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.conftest import free_port, make_keys
from tests.integration.test_claim_concurrency import seed_items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()

    name = f"handoff_bench_{uuid.uuid4().hex[:8]}"
    admin_engine = create_engine(args.postgres_url, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(args.postgres_url).set(database=name).render_as_string(hide_password=False)
    try:
        keys = make_keys(url)
        port = free_port()
        # The server runs in its own process, as in production: the 20 client threads must not share
        # its interpreter lock.
        env = {**os.environ, "HANDOFF_DATABASE_URL": url, "HANDOFF_MAINTENANCE_INTERVAL_SECONDS": "3600"}
        server = subprocess.Popen([sys.executable, "-m", "service", "--port", str(port)], cwd=REPO, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                if httpx.get(f"{base}/readyz", headers={"X-API-Key": keys["admin"]}).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        with httpx.Client(base_url=base, headers={"X-API-Key": keys["admin"]}) as admin:
            team = admin.post("/teams", json={"name": "bench"}).json()
            admin.put("/stores/bench", json={"team_id": team["id"]})
            people = [admin.post("/reviewers", json={"name": f"r{i}", "team_id": team["id"],
                                                     "max_open_items": 10}).json()
                      for i in range(args.reviewers)]
        seed_items(url, "bench", args.items)
        latencies: list[float] = []

        def reviewer(person: dict[str, str]) -> int:
            done = 0
            with httpx.Client(base_url=base, headers={"X-API-Key": person["api_key"]}, timeout=60) as client:
                while True:
                    started = time.perf_counter()
                    r = client.post("/queue/claim", json={})
                    latencies.append(time.perf_counter() - started)
                    if r.status_code == 204:
                        return done
                    r.raise_for_status()
                    message = r.json()["message"]["id"]
                    client.post(f"/messages/{message}/reject", json={"reason": "duplicate"}).raise_for_status()
                    done += 1

        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(args.reviewers) as pool:
            counts = list(pool.map(reviewer, people))
        elapsed = time.perf_counter() - started
        ordered = sorted(latencies)
        print(f"{sum(counts)} items claimed and closed by {args.reviewers} concurrent reviewers in {elapsed:.1f}s")
        print(f"claims/s (claim + close cycle): {sum(counts) / elapsed:.1f}")
        print(f"claim latency p50 {statistics.median(ordered) * 1000:.1f} ms, "
              f"p99 {ordered[int(0.99 * (len(ordered) - 1))] * 1000:.1f} ms")
        server.terminate()
        server.wait(timeout=30)
    finally:
        with admin_engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return 0


if __name__ == "__main__":
    sys.exit(main())
