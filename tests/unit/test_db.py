"""The embedded SQLite engine keeps its connections: opening one (and setting its pragmas) per request
cost the web process measurable CPU under load."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import event, text

from service.db import make_engine


def test_sqlite_connections_are_reused_under_concurrency(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'pool.db'}")
    opened: list[object] = []
    event.listen(engine, "connect", lambda conn, record: opened.append(conn))
    in_use = threading.Barrier(12)

    def hold_one() -> None:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
            in_use.wait(timeout=10)  # all twelve checked out at once

    def round_of_requests() -> None:
        threads = [threading.Thread(target=hold_one) for _ in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    round_of_requests()
    first = len(opened)
    round_of_requests()
    assert first == 12
    assert len(opened) == first, "connections were closed and opened again instead of kept in the pool"
    engine.dispose()
