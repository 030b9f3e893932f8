"""Browser tests: one more real server (SQLite, the shared model) and Debian's headless Chromium.

Playwright drives /usr/bin/chromium (HANDOFF_CHROMIUM overrides the path); no browser is ever downloaded.
Without Chromium the tests skip with the reason, except on CI (CI is set), where .ci/run installs it and a
missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from models.artifact import ModelArtifact
from models.encoder import Encoder
from tests.conftest import REPO, LiveService, running_service

CHROMIUM = Path(os.environ.get("HANDOFF_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SCREENSHOTS = REPO / "var" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (on CI the browser tests must run: .ci/run installs Debian's chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="package")
def ui_live(encoder: Encoder, artifact: ModelArtifact, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[LiveService]:
    """A server of its own, so the browser's clicks and the dashboard's figures see only this test's data."""
    url = f"sqlite:///{tmp_path_factory.mktemp('ui') / 'handoff.db'}"
    with running_service(url, encoder, artifact) as service:
        yield service


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    """Package-scoped on purpose: Playwright's sync API keeps an event loop running in the main thread while
    it is open, and tests after these (asyncio.run in unit tests) must not find one."""
    if not CHROMIUM.exists():
        _unavailable(f"no Chromium at {CHROMIUM}: apt-get install chromium to run the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
