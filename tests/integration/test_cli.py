"""The admin CLI: team, reviewer (with key), store assignment, and a key that then works over HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def cli(db_url: str, *args: str) -> str:
    env = {**os.environ, "HANDOFF_DATABASE_URL": db_url}
    run = subprocess.run([sys.executable, "-m", "service", *args], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_cli_sets_up_a_team(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    team_id = cli(db, "create-team", "Night shift", "--webhook-url", "http://127.0.0.1:9/hook").split()[1]
    out = cli(db, "create-reviewer", "Ana", "--team", team_id, "--timezone", "Europe/Berlin").splitlines()
    assert out[0].startswith("reviewer ") and out[1].startswith("hk_")
    assert "-> team" in cli(db, "assign-store", "acme-de", "--team", team_id)
    assert cli(db, "create-key", "--role", "admin").startswith("hk_")
