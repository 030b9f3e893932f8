"""The served app runs the encoder in a child process: it survives that child's death, and never outlives
the server (no orphaned 300 MB model process after a kill -9)."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import numpy as np
import pytest

from models.artifact import ModelArtifact
from models.encoder import Encoder
from service.config import Settings
from service.pipeline.models import InProcessModel, ModelProcess, ModelProcessError
from tests.acceptance.test_crash import start, wait_ready
from tests.conftest import free_port, make_keys, unique

pytestmark = pytest.mark.slow

ORDER = {"status": "shipped", "carrier": "UPS", "tracking_number": "1Z999AA10123456784",
         "estimated_delivery": "2026-11-30", "ship_date": "2026-11-24"}


def model_children(pid: int) -> list[int]:
    """Child processes running the model (multiprocessing also starts a small resource tracker)."""
    found = []
    # Children are listed per thread that started them (a replacement is started by the batcher thread).
    children = [c for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]
    for child in children:
        cmdline = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
        if b"multiprocessing.spawn" in cmdline or b"spawn_main" in cmdline:
            found.append(int(child))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(condition: object, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find the child process")
def test_model_process_is_restarted_and_dies_with_the_server(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'handoff.db'}"
    keys = make_keys(db_url)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    store = unique("store")
    proc = start(db_url, port, tmp_path / "service.log")
    try:
        wait_ready(base, keys["ingest"], proc)
        children = model_children(proc.pid)
        assert len(children) == 1, "the served app loads the model in exactly one child process"

        def post(i: int) -> dict[str, object]:
            r = httpx.post(f"{base}/messages", headers={"X-API-Key": keys["ingest"]}, timeout=120, json={
                "message_id": f"m{i}", "store_id": store, "order_id": "114-5529301-7781125", "order": ORDER,
                "body": "Hi, has my order shipped yet? Could you send me the tracking number please?"})
            assert r.status_code == 201, r.text
            return r.json()  # type: ignore[no-any-return]

        assert post(1)["intent"]["label"] == "order_status"

        # The model process dies (say the OOM killer took it): the next message is still classified.
        os.kill(children[0], signal.SIGKILL)
        assert wait_until(lambda: not alive(children[0]))
        record = post(2)
        assert record["intent"]["label"] == "order_status"
        assert "processing_error" not in record["reasons"]
        replacement = model_children(proc.pid)
        assert len(replacement) == 1 and replacement != children

        # The server dies by kill -9: the kernel takes its model process with it.
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert wait_until(lambda: not alive(replacement[0]), timeout=30), "model process outlived the server"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_model_process_answers_concurrent_batches_and_a_bad_batch_fails_alone(
    settings: Settings, encoder: Encoder, artifact: ModelArtifact
) -> None:
    """Several batches are in the child at once (their texts regrouped there by length); each caller gets
    its own texts' predictions, the same as the model in this process gives, and a batch the model cannot
    take fails without taking the rest."""
    assert artifact.path is not None
    texts = ["Hi, has my order shipped yet? Could you send me the tracking number please?",
             "The blender arrived with a cracked jug, I want a replacement",
             "Can I get a VAT invoice with my company name on it please",
             "I am filing an A-to-z claim today if this is not sorted",
             "thank you so much, all arrived fine!"] * 4
    batches = [texts[i : i + 3] for i in range(0, len(texts), 3)]
    expected = [InProcessModel(encoder=encoder, artifact=artifact).predict(b) for b in batches]
    model = ModelProcess(encoder_name=settings.encoder, artifact_dir=artifact.path)
    try:
        with ThreadPoolExecutor(4) as callers:
            got = list(callers.map(model.predict, batches))
            with pytest.raises(ModelProcessError):
                model.predict([None])  # type: ignore[list-item]
            again = model.predict(batches[0])
            assert model.predict([]) == []
    finally:
        model.close()
    for want, have in zip(expected, got, strict=True):
        assert [p.intent for p in have] == [p.intent for p in want]
        assert np.allclose([p.confidence for p in have], [p.confidence for p in want], atol=1e-4)
    assert [p.intent for p in again] == [p.intent for p in expected[0]]
