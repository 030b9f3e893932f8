"""Escalation webhooks: signed, retried with backoff, every attempt recorded; each escalation once."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx
from sqlalchemy import select

from service.app import maintenance_pass
from service.config import Settings
from service.db import make_engine, make_session_factory
from service.queue.models import DeliveryAttempt, Notification, ReviewItem
from tests.conftest import LiveService, free_port
from tests.integration.queue_helpers import handed_off, make_team

SECRET = "test-webhook-secret-0123456789"


class Receiver:
    """A webhook endpoint on 127.0.0.1 that fails the first `failures` calls of each event, then accepts."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.calls.append({"headers": dict(self.headers), "body": body})
                event = json.loads(body)["event"]
                seen = sum(1 for c in receiver.calls if json.loads(c["body"])["event"] == event)
                self.send_response(500 if seen <= receiver.failures else 204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.port = free_port()
        self.server = HTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"


def test_urgent_unclaimed_item_is_escalated_signed_and_retried(live: LiveService) -> None:
    receiver = Receiver(failures=2)
    team = make_team(live, webhook_url=receiver.url, webhook_secret=SECRET)
    arrived = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)
    record = handed_off(live, team.store_id, received_at=arrived.isoformat(),
                        body="The heater started smoking and burned my son's hand. This is dangerous!")
    assert record["urgency"]["level"] == "urgent"

    settings = Settings(database_url=live.database_url, webhook_backoff_seconds=0.05)
    engine = make_engine(live.database_url)
    factory = make_session_factory(engine)
    try:
        with httpx.Client(timeout=5) as client:
            for _ in range(60):
                maintenance_pass(factory, settings, client)
                with factory() as session:
                    statuses = set(session.scalars(select(Notification.status).join(
                        ReviewItem, ReviewItem.id == Notification.item_id).where(
                        ReviewItem.store_id == team.store_id)))
                if statuses == {"delivered"}:
                    break
                time.sleep(0.1)
        bodies = [json.loads(c["body"]) for c in receiver.calls]
        events = [b for b in bodies if b["item_id"] and b["message_id"] == record["id"]]
        urgent = [c for c in receiver.calls if json.loads(c["body"])["event"] == "urgent_unclaimed"]
        assert len(urgent) == 3, [json.loads(c["body"])["event"] for c in receiver.calls]  # 2 failures + 1 success
        for call in urgent:
            headers = {k.lower(): v for k, v in call["headers"].items()}
            expected = hmac.new(SECRET.encode(), headers["x-handoff-timestamp"].encode() + b"." + call["body"],
                                hashlib.sha256).hexdigest()
            assert headers["x-handoff-signature"] == f"sha256={expected}"
        assert events
        with factory() as session:
            note = session.scalars(select(Notification).where(Notification.kind == "urgent_unclaimed",
                                                              Notification.item_id == bodies[0]["item_id"])).one()
            assert note.status == "delivered" and note.attempts == 3
            attempts = session.scalars(select(DeliveryAttempt).where(DeliveryAttempt.notification_id == note.id)
                                       .order_by(DeliveryAttempt.id)).all()
            assert [a.status_code for a in attempts] == [500, 500, 204]
        # Later passes do not fire the same escalation again.
        with httpx.Client(timeout=5) as client:
            maintenance_pass(factory, settings, client)
        assert len([c for c in receiver.calls if json.loads(c["body"])["event"] == "urgent_unclaimed"]) == 3
    finally:
        receiver.server.shutdown()
        engine.dispose()


def test_deadline_warning_one_hour_before_due(live: LiveService) -> None:
    receiver = Receiver(failures=0)
    team = make_team(live, webhook_url=receiver.url, webhook_secret=SECRET)
    received = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3, minutes=30)  # high: due in 30 min
    record = handed_off(live, team.store_id, received_at=received.isoformat())
    assert record["urgency"]["level"] == "high"
    settings = Settings(database_url=live.database_url, webhook_backoff_seconds=0.05)
    engine = make_engine(live.database_url)
    try:
        with httpx.Client(timeout=5) as client:
            maintenance_pass(make_session_factory(engine), settings, client)
        events = [json.loads(c["body"]) for c in receiver.calls]
        assert [e["event"] for e in events if e["message_id"] == record["id"]] == ["deadline_near"]
        assert 0 < events[0]["minutes_left"] <= 60
    finally:
        receiver.server.shutdown()
        engine.dispose()
