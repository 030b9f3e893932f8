"""Engine and sessions. SQLite is tuned for one writer and many readers; PostgreSQL needs nothing special."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

SQLITE_IMMEDIATE = "sqlite_immediate"


class Base(DeclarativeBase):
    pass


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        on_disk = bool(parsed.database) and parsed.database != ":memory:"
        if on_disk:
            Path(str(parsed.database)).parent.mkdir(parents=True, exist_ok=True)
        # The default pool keeps 5 connections; under load the rest were opened, set up (the pragmas
        # below) and closed per use. Keep as many as the request thread pool has threads.
        pool = {"pool_size": 20, "max_overflow": 20} if on_disk else {}
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **pool)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            # WAL keeps readers off the writer's back; synchronous=FULL so a 2xx survives power loss.
            dbapi_conn.isolation_level = None  # let SQLAlchemy's begin event issue BEGIN IMMEDIATE
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            # Writers take the lock at BEGIN: a deferred read-then-write transaction fails under contention
            # instead of waiting. Readers stay deferred, so they never queue behind writers (WAL).
            immediate = conn.get_execution_options().get(SQLITE_IMMEDIATE)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    # As many connections as the request thread pool has threads (40), so no request queues for one.
    return create_engine(url, pool_pre_ping=True, pool_size=20, max_overflow=20)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


_sqlite_write_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _writer_lock(factory: sessionmaker[Session]) -> threading.Lock | None:
    """SQLite has one writer at a time, and its busy handler waits by sleeping in growing steps (up to
    100 ms). Queueing this process's writers on a Python lock hands the database over the moment it
    is free; busy_timeout still guards against other processes."""
    bind = factory.kw.get("bind")
    if bind is None or bind.dialect.name != "sqlite":
        return None
    key = str(bind.url)
    with _locks_guard:
        return _sqlite_write_locks.setdefault(key, threading.Lock())


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A write transaction: committed on success, rolled back on any error."""
    lock = _writer_lock(factory)
    with lock if lock is not None else nullcontext(), factory() as session, session.begin():
        session.connection(execution_options={SQLITE_IMMEDIATE: True})
        yield session
