"""The queue page's rows: one joined query (a page of 100 rows must not cost 300 round trips)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from models.taxonomy import INTENTS
from service.auth.models import ApiKey
from service.messages.models import Message
from service.queue import service as queue
from service.queue.models import Claim, ReviewItem
from service.stores.models import Store
from service.teams.models import Reviewer
from service.timeutil import as_utc

PAGE = 100
URGENCIES = ("urgent", "high", "normal")
ASSIGNEE_CHOICES = ("all", "me", "none")


@dataclass(frozen=True)
class Filters:
    store_id: str | None = None
    urgency: str | None = None
    intent: str | None = None
    assignee: str = "all"  # all | me | none

    @classmethod
    def parse(cls, store_id: str | None, urgency: str | None, intent: str | None, assignee: str | None) -> Filters:
        """Unknown values are ignored rather than refused: a stale bookmark still opens the queue."""
        return cls(
            store_id=(store_id or None) if store_id and len(store_id) <= 255 else None,
            urgency=urgency if urgency in URGENCIES else None,
            intent=intent if intent in INTENTS else None,
            assignee=assignee if assignee in ASSIGNEE_CHOICES else "all",
        )

    def query(self, **overrides: Any) -> dict[str, str]:
        values = {"store_id": self.store_id, "urgency": self.urgency, "intent": self.intent,
                  "assignee": None if self.assignee == "all" else self.assignee, **overrides}
        return {k: v for k, v in values.items() if v}

    @property
    def active(self) -> bool:
        return bool(self.query())


def visible_stores(*, session: Session, viewer: queue.Viewer) -> list[tuple[str, str]]:
    query = select(Store.id, Store.name).order_by(func.coalesce(Store.name, Store.id))
    if not viewer.is_admin:
        team = viewer.reviewer.team_id if viewer.reviewer else None
        query = query.where(Store.team_id == team) if team else query.where(Store.id.is_(None))
    return [(sid, name or sid) for sid, name in session.execute(query).all()]


def _conditions(viewer: queue.Viewer, f: Filters, now: datetime, *, with_urgency: bool = True) -> list[Any]:
    return queue.queue_filters(
        viewer=viewer, store_id=f.store_id, urgency=f.urgency if with_urgency else None, status="open",
        assignee=None if f.assignee == "all" else f.assignee, intent=f.intent, now=now,
    )


def list_rows(*, session: Session, viewer: queue.Viewer, filters: Filters, now: datetime, limit: int = PAGE,
              offset: int = 0) -> list[dict[str, Any]]:
    claim = aliased(Claim)
    claimer = aliased(Reviewer)
    offered = aliased(Reviewer)
    rows = session.execute(
        select(
            ReviewItem.id, ReviewItem.store_id, ReviewItem.urgency, ReviewItem.due_at, ReviewItem.message_count,
            ReviewItem.assigned_to, Message.id, Message.marketplace, Message.buyer_name, Message.subject,
            func.substr(func.coalesce(Message.clean_text, Message.body), 1, 220),
            func.coalesce(Message.reviewed_intent, Message.intent), Message.intent_confidence,
            Message.reviewed_intent.is_not(None), Store.name, claim.key_id, func.coalesce(claimer.name, ApiKey.name),
            offered.name,
        )
        .join(Message, Message.id == ReviewItem.message_pk)
        .join(Store, Store.id == ReviewItem.store_id)
        .outerjoin(claim, and_(claim.item_id == ReviewItem.id, claim.released_at.is_(None), claim.expires_at > now))
        .outerjoin(ApiKey, ApiKey.id == claim.key_id)
        .outerjoin(claimer, claimer.id == claim.reviewer_id)
        .outerjoin(offered, offered.id == ReviewItem.assigned_to)
        .where(*_conditions(viewer, filters, now))
        .order_by(ReviewItem.due_at, queue.urgency_rank().desc(), ReviewItem.id)
        .limit(limit).offset(offset)
    ).all()
    out = []
    for (item_id, store_id, urgency, due_at, count, assigned_to, message_id, marketplace, buyer, subject, snippet,
         intent, confidence, corrected, store_name, claim_key, claim_name, offered_name) in rows:
        due = as_utc(due_at)
        if claim_key is None:
            holder = "You (offered)" if viewer.reviewer and assigned_to == viewer.reviewer.id else (
                f"Offered to {offered_name}" if offered_name else "Unclaimed")
        else:
            holder = "You" if claim_key == viewer.key.id else f"{claim_name}"
        out.append({
            "id": item_id, "store_id": store_id, "store_name": store_name or store_id, "urgency": urgency,
            "due_at": due, "seconds_left": int((due - now).total_seconds()), "message_count": count,
            "message_id": message_id, "marketplace": marketplace, "buyer": buyer or "Buyer", "subject": subject,
            "snippet": " ".join((snippet or "").split())[:160], "intent": intent,
            "confidence": confidence or 0.0, "corrected": bool(corrected), "holder": holder,
            "mine": claim_key == viewer.key.id, "claimed": claim_key is not None,
        })
    return out


def urgency_counts(*, session: Session, viewer: queue.Viewer, filters: Filters, now: datetime) -> dict[str, int]:
    counts = dict.fromkeys(URGENCIES, 0)
    for urgency, n in session.execute(
        select(ReviewItem.urgency, func.count())
        .where(*_conditions(viewer, filters, now, with_urgency=False))
        .group_by(ReviewItem.urgency)
    ).all():
        counts[urgency] = int(n)
    return counts
