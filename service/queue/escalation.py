"""Escalations: an urgent item nobody claimed within 15 minutes, or any item an hour before its deadline,
is pushed to the team's webhook as signed JSON, retried with exponential backoff, every attempt recorded."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import exists, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from service.db import transaction
from service.queue.models import Claim, DeliveryAttempt, Notification, ReviewItem
from service.stores.models import Store
from service.teams.models import Team
from service.timeutil import as_utc, utcnow

log = logging.getLogger("handoff.escalation")

URGENT_UNCLAIMED_AFTER = timedelta(minutes=15)
DEADLINE_WARNING = timedelta(hours=1)
MAX_ATTEMPTS = 8
SIGNATURE_HEADER = "X-Handoff-Signature"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 over "timestamp.body", so a captured request cannot be replayed later."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def _insert_once(session: Session, values: dict[str, Any]) -> None:
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    session.execute(module.insert(Notification).values(**values).on_conflict_do_nothing())


def find_escalations(*, session: Session, now: datetime) -> int:
    claimed = exists().where(Claim.item_id == ReviewItem.id, Claim.released_at.is_(None), Claim.expires_at > now)
    rows = session.execute(
        select(ReviewItem, Store.team_id)
        .join(Store, Store.id == ReviewItem.store_id)
        .where(ReviewItem.status == "open")
        .where(
            ((ReviewItem.urgency == "urgent") & (ReviewItem.arrived_at <= now - URGENT_UNCLAIMED_AFTER) & ~claimed)
            | (ReviewItem.due_at <= now + DEADLINE_WARNING)
        )
    ).all()
    created = 0
    for item, team_id in rows:
        kinds = []
        if item.urgency == "urgent" and as_utc(item.arrived_at) <= now - URGENT_UNCLAIMED_AFTER:
            kinds.append("urgent_unclaimed")
        if as_utc(item.due_at) <= now + DEADLINE_WARNING:
            kinds.append("deadline_near")
        for kind in kinds:
            # A merged message restarts the clock, so a deadline warning belongs to one deadline.
            key = kind if kind == "urgent_unclaimed" else f"{kind}:{as_utc(item.due_at).isoformat()}"
            payload = {
                "event": kind, "item_id": item.id, "store_id": item.store_id, "urgency": item.urgency,
                "due_at": as_utc(item.due_at).isoformat(), "message_id": item.message_pk,
                "minutes_left": round((as_utc(item.due_at) - now).total_seconds() / 60, 1),
            }
            _insert_once(session, {"item_id": item.id, "team_id": team_id, "kind": key[:40], "payload": payload,
                                   "status": "pending", "attempts": 0, "next_attempt_at": now, "created_at": now})
            created += 1
    return created


def backoff(attempts: int, base_seconds: float) -> timedelta:
    return timedelta(seconds=min(base_seconds * (2 ** (attempts - 1)), 3600))


def deliver_due(*, factory: sessionmaker[Session], now: datetime, base_seconds: float,
                client: httpx.Client) -> int:
    """Send what is due. A notification is leased for a minute before sending, so replicas don't double-send."""
    with transaction(factory) as session:
        query = (select(Notification).where(Notification.status == "pending", Notification.next_attempt_at <= now)
                 .order_by(Notification.id).limit(50))
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        batch = session.scalars(query).all()
        for leased in batch:
            leased.next_attempt_at = now + timedelta(seconds=60)
        work = [(w.id, w.team_id, w.payload, w.attempts) for w in batch]
    sent = 0
    for notification_id, team_id, payload, attempts in work:
        with factory() as session:
            team = session.get(Team, team_id) if team_id else None
            url, secret = (team.webhook_url, team.webhook_secret) if team else (None, None)
        if not url:
            with transaction(factory) as session:
                pending = session.get(Notification, notification_id)
                assert pending is not None
                pending.status = "no_webhook"
            continue
        body = json.dumps(payload, sort_keys=True).encode()
        timestamp = str(int(time.time()))
        headers = {"content-type": "application/json", "X-Handoff-Timestamp": timestamp,
                   "X-Handoff-Event": str(payload.get("event")), "X-Handoff-Delivery": str(notification_id)}
        if secret:
            headers[SIGNATURE_HEADER] = sign(secret, timestamp, body)
        started = time.perf_counter()
        code: int | None = None
        error: str | None = None
        try:
            response = client.post(url, content=body, headers=headers)
            code = response.status_code
            if not 200 <= code < 300:
                error = f"HTTP {code}"
        except httpx.HTTPError as exc:
            error = f"{exc.__class__.__name__}: {exc}"[:500]
        with transaction(factory) as session:
            n = session.get(Notification, notification_id)
            assert n is not None
            n.attempts = attempts + 1
            session.add(DeliveryAttempt(notification_id=notification_id, status_code=code, error=error,
                                        duration_ms=int((time.perf_counter() - started) * 1000)))
            if error is None:
                n.status, n.delivered_at, n.last_error = "delivered", utcnow(), None
                sent += 1
            else:
                n.last_error = error
                if n.attempts >= MAX_ATTEMPTS:
                    n.status = "failed"
                    log.warning("escalation %s to %s failed for good: %s", notification_id, url, error)
                else:
                    n.next_attempt_at = utcnow() + backoff(n.attempts, base_seconds)
    return sent
