"""The human queue. Keyword-only functions that run inside the caller's transaction.

Invariants, each held by the database and not just this code:
- one open item per (store, thread): partial unique index uq_review_items_open_thread;
- one active claim per item: partial unique index uq_claims_active_item;
- one reply per message: unique outbox.message_pk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from models.taxonomy import URGENCY_RANK, max_urgency
from service.auth.models import ApiKey, Role
from service.messages.models import Message, new_id
from service.pipeline.decide import due_at as sla_due_at
from service.queue.models import Claim, ReviewItem
from service.stores.models import Store
from service.teams.models import Reviewer
from service.teams.rota import on_duty
from service.timeutil import as_utc, utcnow

DEFAULT_LEASE = timedelta(minutes=10)


class QueueError(Exception):
    """An action that conflicts with the item's state; the API answers it with 409."""

    status_code = 409

    @property
    def detail(self) -> str:
        return str(self)


@dataclass(frozen=True)
class Viewer:
    """Who is asking: their key, their reviewer profile (if any), and which stores they may see."""

    key: ApiKey
    reviewer: Reviewer | None

    @property
    def is_admin(self) -> bool:
        return self.key.role == Role.admin.value

    def store_filter(self) -> ColumnElement[bool]:
        """Deny by default: a reviewer sees the stores of their own team, an admin sees all."""
        if self.is_admin:
            return ReviewItem.store_id.is_not(None)
        if self.reviewer is None or self.reviewer.team_id is None:
            return ReviewItem.store_id.is_(None)  # matches nothing
        team_stores = select(Store.id).where(Store.team_id == self.reviewer.team_id)
        return ReviewItem.store_id.in_(team_stores)


def thread_key(message: Message) -> str:
    return f"t:{message.thread_id}" if message.thread_id else f"m:{message.id}"


def open_item_for(*, session: Session, store_id: str, key: str, lock: bool = False) -> ReviewItem | None:
    query = select(ReviewItem).where(
        ReviewItem.store_id == store_id, ReviewItem.thread_key == key, ReviewItem.status == "open"
    )
    if lock:
        query = query.with_for_update()
    return session.scalar(query)


@dataclass(frozen=True)
class QueuePlace:
    """Where a handed-off message will go: its thread's open item (locked), or a new item's id."""

    item_id: str
    open_item: ReviewItem | None


def queue_place(*, session: Session, message: Message) -> QueuePlace:
    """Chosen before the decision is written, so the decision's UPDATE carries item_id."""
    # A message without a thread has a key of its own: nothing can be open under it yet. The lookup
    # flushes the writer's pending rows first, so a thread's item opened earlier in the batch is found.
    item = (open_item_for(session=session, store_id=message.store_id, key=thread_key(message), lock=True)
            if message.thread_id else None)
    return QueuePlace(item.id if item is not None else new_id(), item)


def enqueue(*, session: Session, message: Message, urgency: str, due: datetime, place: QueuePlace) -> ReviewItem:
    """Put a handed-off message in the queue: a new item, or merged into its thread's open item,
    whose clock restarts from this message (the buyer is waiting again). The message already carries
    place.item_id (written with its decision)."""
    item = place.open_item
    received = as_utc(message.received_at)
    if item is None:
        item = ReviewItem(
            id=place.item_id, store_id=message.store_id, thread_key=thread_key(message), message_pk=message.id,
            first_message_pk=message.id, urgency=urgency, due_at=due, arrived_at=received, status="open",
        )
        session.add(item)  # inserted with the writer's batch; a racing open item of the thread fails there
    else:
        item.urgency = max_urgency(item.urgency, urgency)
        item.message_pk = message.id
        item.message_count += 1
        item.arrived_at = received
        item.due_at = sla_due_at(received, item.urgency)
    return item


def expire_leases(*, session: Session, now: datetime) -> int:
    result = session.execute(
        update(Claim)
        .where(Claim.released_at.is_(None), Claim.expires_at <= now)
        .values(released_at=now, release_reason="expired")
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def active_claim(*, session: Session, item_id: str, now: datetime | None = None) -> Claim | None:
    now = now or utcnow()
    claim = session.scalar(select(Claim).where(Claim.item_id == item_id, Claim.released_at.is_(None)))
    if claim is not None and as_utc(claim.expires_at) <= now:
        return None  # expired but not yet swept: nobody holds it
    return claim


def urgency_rank() -> ColumnElement[int]:
    return case(
        (ReviewItem.urgency == "urgent", URGENCY_RANK["urgent"]),
        (ReviewItem.urgency == "high", URGENCY_RANK["high"]),
        else_=URGENCY_RANK["normal"],
    )


def _unclaimed() -> ColumnElement[bool]:
    return ~exists().where(Claim.item_id == ReviewItem.id, Claim.released_at.is_(None))


def held_claims(*, session: Session, viewer: Viewer) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(Claim).where(Claim.key_id == viewer.key.id, Claim.released_at.is_(None))
        )
        or 0
    )


def claim_next(*, session: Session, viewer: Viewer, lease: timedelta, now: datetime) -> ReviewItem | None:
    """The most pressing unclaimed item the viewer may take: earliest deadline first, then the most
    urgent; items offered to the caller come before unassigned ones, and those before a colleague's."""
    expire_leases(session=session, now=now)
    if viewer.reviewer is not None and held_claims(session=session, viewer=viewer) >= viewer.reviewer.max_open_items:
        raise QueueError(f"you already hold {viewer.reviewer.max_open_items} items, your cap; finish one first")
    mine = ReviewItem.assigned_to == (viewer.reviewer.id if viewer.reviewer else "")
    # Items offered to the caller first, then unassigned ones, then a colleague's (better than waiting).
    offer_order = case((mine, 0), (ReviewItem.assigned_to.is_(None), 1), else_=2)
    free = or_(ReviewItem.lease_expires_at.is_(None), ReviewItem.lease_expires_at <= now)
    query = (
        select(ReviewItem)
        .where(ReviewItem.status == "open", viewer.store_filter(), free)
        .order_by(offer_order, ReviewItem.due_at, urgency_rank().desc(), ReviewItem.id)
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        # Concurrent claimers skip rows another transaction is taking instead of queueing behind it.
        query = query.with_for_update(skip_locked=True, of=ReviewItem)
    item = session.scalar(query)
    if item is None:
        return None
    _release(session, item.id, now, "expired")  # a lapsed lease on this item ends here, on record
    item.claimed_by = viewer.key.id
    item.lease_expires_at = now + lease
    session.add(
        Claim(item_id=item.id, key_id=viewer.key.id, reviewer_id=viewer.reviewer.id if viewer.reviewer else None,
              claimed_at=now, expires_at=now + lease)
    )
    session.flush()  # the partial unique index speaks here if the application ever got this wrong
    return item


def _release(session: Session, item_id: str, now: datetime, reason: str) -> None:
    session.execute(
        update(Claim)
        .where(Claim.item_id == item_id, Claim.released_at.is_(None))
        .values(released_at=now, release_reason=reason)
        .execution_options(synchronize_session=False)
    )


def require_claim(*, session: Session, item: ReviewItem, viewer: Viewer, now: datetime) -> Claim:
    if item.status != "open":
        raise QueueError("this item is already closed")
    claim = active_claim(session=session, item_id=item.id, now=now)
    if claim is None:
        raise QueueError("claim this item first (or your lease expired)")
    if claim.key_id != viewer.key.id:
        raise QueueError("this item is claimed by someone else")
    return claim


def renew_lease(*, session: Session, item: ReviewItem, viewer: Viewer, lease: timedelta, now: datetime) -> Claim:
    claim = require_claim(session=session, item=item, viewer=viewer, now=now)
    claim.expires_at = now + lease
    item.lease_expires_at = claim.expires_at
    return claim


def close_item(*, session: Session, item: ReviewItem, viewer: Viewer, reason: str, now: datetime) -> None:
    item.status = "closed"
    item.closed_at = now
    item.close_reason = reason
    item.closed_by = viewer.key.id
    item.claimed_by = None
    item.lease_expires_at = None
    _release(session, item.id, now, "done")


def visible_item(*, session: Session, viewer: Viewer, item_id: str, lock: bool = False) -> ReviewItem | None:
    query = select(ReviewItem).where(ReviewItem.id == item_id, viewer.store_filter())
    if lock:
        query = query.with_for_update()
    return session.scalar(query)


def visible_message(*, session: Session, viewer: Viewer, message_pk: str) -> Message | None:
    """A message the viewer may act on; another team's message is as good as absent (404)."""
    message = session.get(Message, message_pk) if len(message_pk) <= 64 else None
    if message is None or message.status == "received":
        return None
    if viewer.is_admin:
        return message
    if viewer.reviewer is None or viewer.reviewer.team_id is None:
        return None
    store = session.get(Store, message.store_id)
    return message if store is not None and store.team_id == viewer.reviewer.team_id else None


def assign_open_items(*, session: Session, now: datetime) -> int:
    """Offer unassigned items (and items whose assignee went off duty) to on-duty reviewers of the store's
    team, earliest deadline first, least-loaded reviewer first, never above a reviewer's cap."""
    reviewers = session.scalars(select(Reviewer).where(Reviewer.active.is_(True), Reviewer.team_id.is_not(None))).all()
    duty = {r.id: on_duty(r.rota or [], r.timezone, now) for r in reviewers}
    load = dict(
        session.execute(
            select(ReviewItem.assigned_to, func.count())
            .where(ReviewItem.status == "open", ReviewItem.assigned_to.is_not(None))
            .group_by(ReviewItem.assigned_to)
        ).all()
    )
    by_team: dict[str, list[Reviewer]] = {}
    for r in reviewers:
        if duty[r.id]:
            by_team.setdefault(str(r.team_id), []).append(r)
    off_duty = [rid for rid, ok in duty.items() if not ok]
    candidates = session.execute(
        select(ReviewItem, Store.team_id)
        .join(Store, Store.id == ReviewItem.store_id)
        .where(
            ReviewItem.status == "open", Store.team_id.is_not(None), _unclaimed(),
            or_(ReviewItem.assigned_to.is_(None), ReviewItem.assigned_to.in_(off_duty)),
        )
        .order_by(ReviewItem.due_at)
    ).all()
    assigned = 0
    for item, team_id in candidates:
        pool = [r for r in by_team.get(str(team_id), []) if load.get(r.id, 0) < r.max_open_items]
        if not pool:
            if item.assigned_to in off_duty:
                load[item.assigned_to] = load.get(item.assigned_to, 1) - 1
                item.assigned_to = None
            continue
        chosen = min(pool, key=lambda r: (load.get(r.id, 0), r.id))
        if item.assigned_to is not None:
            load[item.assigned_to] = load.get(item.assigned_to, 1) - 1
        item.assigned_to = chosen.id
        load[chosen.id] = load.get(chosen.id, 0) + 1
        assigned += 1
    return assigned


def queue_filters(
    *, viewer: Viewer, store_id: str | None, urgency: str | None, status: str | None, assignee: str | None,
    intent: str | None, now: datetime,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [viewer.store_filter()]
    if store_id:
        conditions.append(ReviewItem.store_id == store_id)
    if urgency:
        conditions.append(ReviewItem.urgency == urgency)
    claimed = exists().where(Claim.item_id == ReviewItem.id, Claim.released_at.is_(None), Claim.expires_at > now)
    if status in (None, "open"):
        conditions.append(ReviewItem.status == "open")
    elif status == "unclaimed":
        conditions += [ReviewItem.status == "open", ~claimed]
    elif status == "claimed":
        conditions += [ReviewItem.status == "open", claimed]
    elif status == "closed":
        conditions.append(ReviewItem.status == "closed")
    if assignee == "me":
        mine = Claim.key_id == viewer.key.id
        if viewer.reviewer is not None:
            mine = or_(mine, Claim.reviewer_id == viewer.reviewer.id)
        held = exists().where(Claim.item_id == ReviewItem.id, Claim.released_at.is_(None), mine)
        offered = ReviewItem.assigned_to == (viewer.reviewer.id if viewer.reviewer else "")
        conditions.append(or_(held, offered))
    elif assignee == "none":
        conditions += [ReviewItem.assigned_to.is_(None), ~claimed]
    elif assignee:
        conditions.append(ReviewItem.assigned_to == assignee)
    if intent:
        conditions.append(
            exists().where(
                Message.id == ReviewItem.message_pk,
                or_(
                    Message.reviewed_intent == intent,
                    and_(Message.reviewed_intent.is_(None), Message.intent == intent),
                ),
            )
        )
    return conditions


def item_view(*, session: Session, item: ReviewItem, now: datetime) -> dict[str, Any]:
    message = session.get(Message, item.message_pk)
    assert message is not None
    claim = active_claim(session=session, item_id=item.id, now=now)
    due = as_utc(item.due_at)
    thread = session.scalars(
        select(Message).where(Message.item_id == item.id).order_by(Message.received_at)
    ).all() if item.message_count > 1 else [message]
    return {
        "id": item.id,
        "store_id": item.store_id,
        "status": item.status if item.status == "closed" else ("claimed" if claim else "open"),
        "urgency": item.urgency,
        "due_at": due,
        "seconds_left": int((due - now).total_seconds()),
        "overdue": due < now,
        "assigned_to": item.assigned_to,
        "claimed_by": claim.key_id if claim else None,
        "lease_expires_at": as_utc(claim.expires_at) if claim else None,
        "close_reason": item.close_reason,
        "message": {
            "id": message.id,
            "message_id": message.message_id,
            "marketplace": message.marketplace,
            "thread_id": message.thread_id,
            "order_id": message.order_id,
            "buyer_name": message.buyer_name,
            "subject": message.subject,
            "text": message.clean_text or message.body,
            "received_at": as_utc(message.received_at),
            "language": message.language,
            "order": message.order,
        },
        "thread": [
            {"id": m.id, "text": m.clean_text or m.body, "received_at": as_utc(m.received_at)} for m in thread
        ],
        "intent": {
            "label": message.reviewed_intent or message.intent,
            "predicted": message.intent,
            "confidence": round(message.intent_confidence or 0.0, 4),
            "corrected": message.reviewed_intent is not None,
        },
        "predicted_urgency": message.urgency,
        "reasons": message.reasons or [],
        "draft": {"text": message.reply_text, "template": message.reply_template} if message.reply_text else None,
        "policy": message.policy,
        "model_version": message.model_version,
    }
