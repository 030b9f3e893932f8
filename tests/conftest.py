"""Shared fixtures: one loaded model for the whole run, real databases, a real HTTP server."""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from models.artifact import ModelArtifact, load_current
from models.encoder import Encoder
from service.app import create_app
from service.auth.models import Role
from service.auth.service import create_key
from service.config import Settings
from service.db import make_engine, make_session_factory, transaction
from service.migrate import upgrade

# Speed is the benchmarks' business: a property test must not fail because a shared machine was slow for
# a moment (hypothesis' default 200 ms deadline per example).
hypothesis_settings.register_profile("handoff", deadline=None)
hypothesis_settings.load_profile("handoff")

POSTGRES_ADMIN_URL = os.environ.get(
    "HANDOFF_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
# CI sets this: there a missing PostgreSQL is a failure, not a skip.
REQUIRE_POSTGRES = os.environ.get("HANDOFF_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def encoder(settings: Settings) -> Encoder:
    return Encoder(settings.encoder)


@pytest.fixture(scope="session")
def artifact(settings: Settings) -> ModelArtifact:
    return load_current(settings.model_dir)


def _postgres_reachable() -> str | None:
    try:
        engine = create_engine(POSTGRES_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure means: no usable server here
        where = make_url(POSTGRES_ADMIN_URL).render_as_string()
        return f"PostgreSQL not reachable at {where}: {exc.__class__.__name__}"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh database for this test run, migrated once, dropped at the end."""
    problem = _postgres_reachable()
    if problem:
        if REQUIRE_POSTGRES:
            pytest.fail(problem)
        pytest.skip(problem)
    name = f"handoff_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'handoff.db'}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveService:
    base_url: str
    database_url: str
    keys: dict[str, str]

    def client(self, role: str = "ingest", **kwargs: object) -> httpx.Client:
        headers = {"X-API-Key": self.keys[role]} if role else {}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=60, **kwargs)  # type: ignore[arg-type]


def make_keys(database_url: str) -> dict[str, str]:
    engine = make_engine(database_url)
    upgrade(engine)
    with transaction(make_session_factory(engine)) as session:
        keys = {role.value: create_key(session=session, role=role, name=f"test {role.value}") for role in Role}
    engine.dispose()
    return keys


def serve(app: object, port: int) -> tuple[uvicorn.Server, threading.Thread]:
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")  # type: ignore[arg-type]
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.05)
    return server, thread


@contextmanager
def running_service(url: str, encoder: Encoder, artifact: ModelArtifact, **overrides: Any) -> Iterator[LiveService]:
    """The real app on a real socket and database, sharing the one loaded model; background upkeep is
    left to the tests, which call it directly when they need it. overrides: other settings."""
    settings = Settings(database_url=url, recovery_interval_seconds=3600, maintenance_interval_seconds=3600,
                        **overrides)
    keys = make_keys(url)
    port = free_port()
    server, thread = serve(create_app(settings, encoder=encoder, artifact=artifact), port)
    try:
        yield LiveService(f"http://127.0.0.1:{port}", url, keys)
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def live(request: pytest.FixtureRequest, encoder: Encoder, artifact: ModelArtifact) -> Iterator[LiveService]:
    """The service once per database backend for the whole run."""
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    with running_service(url, encoder, artifact) as service:
        yield service


def unique(prefix: str = "m") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


REPO = Path(__file__).resolve().parent.parent
