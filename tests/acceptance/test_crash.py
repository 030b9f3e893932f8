"""Kill -9 the real service mid-flight, restart it: every acknowledged message is there, decided once."""

from __future__ import annotations

import concurrent.futures
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from service.db import make_engine, make_session_factory
from service.messages.models import Message, OutboxReply
from tests.conftest import REPO, free_port, make_keys, unique

pytestmark = pytest.mark.slow


def start(db_url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "HANDOFF_DATABASE_URL": db_url, "HF_HUB_OFFLINE": "1", "HANDOFF_TORCH_THREADS": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "service", "--port", str(port)], cwd=REPO, env=env,
        stdout=log.open("ab"), stderr=subprocess.STDOUT,
    )


def wait_ready(base: str, key: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "service exited during start-up"
        try:
            if httpx.get(f"{base}/readyz", headers={"X-API-Key": key}, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError("service never became ready")


def test_kill_minus_nine_loses_nothing_and_decides_once(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'handoff.db'}"
    keys = make_keys(db_url)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "service.log"
    store = unique("store")
    payloads = [
        {"message_id": f"m{i}", "store_id": store, "order_id": "114-5529301-7781125",
         "order": {"status": "shipped", "carrier": "UPS", "tracking_number": "1Z999AA10123456784",
                   "estimated_delivery": "2026-11-30", "ship_date": "2026-11-24"},
         "body": f"Hello, could you tell me where my order is? Reference {i}."}
        for i in range(60)
    ]
    acknowledged: set[str] = set()

    proc = start(db_url, port, log)
    try:
        wait_ready(base, keys["ingest"], proc)

        def send(payload: dict[str, object]) -> None:
            try:
                r = httpx.post(f"{base}/messages", json=payload, headers={"X-API-Key": keys["ingest"]}, timeout=30)
                if r.status_code in (200, 201):
                    acknowledged.add(str(payload["message_id"]))
            except httpx.HTTPError:
                pass  # the server died under us: this one was never acknowledged

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(send, p) for p in payloads]
            while len(acknowledged) < 15:
                time.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            concurrent.futures.wait(futures)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert 15 <= len(acknowledged) < len(payloads)

    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    with factory() as session:
        stored = set(session.scalars(select(Message.message_id).where(Message.store_id == store)))
    assert acknowledged <= stored  # a 2xx means durable

    proc = start(db_url, port, log)
    try:
        wait_ready(base, keys["ingest"], proc)
        # The ingest job retries whatever it did not get an answer for; everything ends decided.
        with httpx.Client(base_url=base, headers={"X-API-Key": keys["ingest"]}, timeout=60) as client:
            for payload in payloads:
                r = client.post("/messages", json=payload)
                assert r.status_code in (200, 201), r.text
                assert r.status_code == 200 or payload["message_id"] not in stored
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    with factory() as session:
        rows = session.scalars(select(Message).where(Message.store_id == store)).all()
        assert len(rows) == len(payloads)
        assert all(m.status != "received" for m in rows)
        for m in rows:
            outbox = session.scalar(select(func.count()).where(OutboxReply.message_pk == m.id))
            assert outbox == (1 if m.status == "auto_replied" else 0)
    engine.dispose()
