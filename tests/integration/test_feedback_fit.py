"""A reviewer's correction flows into `python -m training.fit --feedback` and changes the prediction."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.artifact import load_current
from models.encoder import Encoder
from service.pipeline.analyze import prepare
from tests.conftest import REPO, LiveService
from tests.integration.queue_helpers import make_team

pytestmark = pytest.mark.slow
WRONG = "got my yoga mat today, it smells really strong, is that normal?"  # a question, not a safety report


def predict(model_dir: Path, encoder: Encoder, text: str) -> str:
    _, encoder_text = prepare(text)
    model = load_current(model_dir)
    return model.predict(model.vectors(encoder, [encoder_text]), [encoder_text])[0].intent


def test_relabel_changes_the_next_model(live: LiveService, encoder: Encoder, tmp_path: Path) -> None:
    if not live.database_url.startswith("sqlite"):
        pytest.skip("one backend is enough for a training run")
    team = make_team(live)
    with live.client() as ingest:
        record = ingest.post("/messages", json={"message_id": "fb-1", "store_id": team.store_id, "body": WRONG}).json()
    assert record["intent"]["label"] != "product_question", "the model already knows this one; pick another"
    with team.client(live) as reviewer:
        r = reviewer.post(f"/messages/{record['id']}/label", json={"intent": "product_question", "urgency": "high"})
        assert r.status_code == 200
    env = {**os.environ, "HANDOFF_DATABASE_URL": live.database_url, "HF_HUB_OFFLINE": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "training.fit", "--feedback", "--model-dir", str(tmp_path),
         "--version", "with-feedback"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "feedback: 1 reviewer-labelled" in run.stderr
    manifest = json.loads((tmp_path / "with-feedback" / "manifest.json").read_text())
    assert manifest["feedback_rows"] == 1
    assert predict(tmp_path, encoder, WRONG) == "product_question"
