"""The message view: the item, its conversation, the order, the draft; and taking or giving back an item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from policies import check_text
from service.audit import service as audit
from service.auth.models import ApiKey
from service.messages.models import Message, OutboxReply
from service.queue import service as queue
from service.queue.models import Claim, ReviewItem
from service.stores.models import Store
from service.teams.models import Reviewer
from service.timeutil import as_utc
from service.ui.highlight import policy_payload
from service.ui.text import plain_text, quoted_history

LEASE = timedelta(minutes=10)
ORDER_FIELDS = (("status", "Status"), ("carrier", "Carrier"), ("tracking_number", "Tracking"),
                ("ship_date", "Shipped"), ("estimated_delivery", "Estimated delivery"),
                ("refund_amount", "Refund"), ("refund_date", "Refunded on"))


@dataclass
class ClaimState:
    mine: bool
    holder: str | None  # who holds it, when someone else does
    expires_at: datetime | None
    note: str | None = None  # why the viewer could not take it


def _holder_name(session: Session, claim: Claim) -> str:
    if claim.reviewer_id:
        reviewer = session.get(Reviewer, claim.reviewer_id)
        if reviewer is not None:
            return reviewer.name
    key = session.get(ApiKey, claim.key_id)
    return key.name if key is not None else "another reviewer"


def claim_state(*, session: Session, viewer: queue.Viewer, item: ReviewItem, now: datetime) -> ClaimState:
    claim = queue.active_claim(session=session, item_id=item.id, now=now)
    if claim is None:
        return ClaimState(False, None, None)
    if claim.key_id == viewer.key.id:
        return ClaimState(True, None, as_utc(claim.expires_at))
    return ClaimState(False, _holder_name(session, claim), as_utc(claim.expires_at))


def take(*, session: Session, viewer: queue.Viewer, item: ReviewItem, now: datetime) -> str | None:
    """Claim this very item for the viewer (opening an item is how a reviewer says "mine"). Returns why not,
    or None when the viewer holds it now. The partial unique index still decides a race."""
    if item.status != "open":
        return "This conversation is closed."
    claim = queue.active_claim(session=session, item_id=item.id, now=now)
    if claim is not None:
        return None if claim.key_id == viewer.key.id else f"{_holder_name(session, claim)} is working on this."
    queue.expire_leases(session=session, now=now)
    reviewer = viewer.reviewer
    if reviewer is not None and queue.held_claims(session=session, viewer=viewer) >= reviewer.max_open_items:
        return (f"You already hold {reviewer.max_open_items} items, your limit. "
                "Finish or release one to work on this.")
    session.add(Claim(item_id=item.id, key_id=viewer.key.id, reviewer_id=reviewer.id if reviewer else None,
                      claimed_at=now, expires_at=now + LEASE))
    session.flush()
    audit.record(session=session, actor=audit.actor_of(viewer.key), action="claimed", message_pk=item.message_pk,
                 item_id=item.id, after={"lease_seconds": int(LEASE.total_seconds()), "via": "ui"})
    return None


def release(*, session: Session, viewer: queue.Viewer, item: ReviewItem, now: datetime) -> bool:
    result = session.execute(
        update(Claim)
        .where(Claim.item_id == item.id, Claim.key_id == viewer.key.id, Claim.released_at.is_(None))
        .values(released_at=now, release_reason="released")
        .execution_options(synchronize_session=False)
    )
    released = bool(result.rowcount)  # type: ignore[attr-defined]
    if released:
        audit.record(session=session, actor=audit.actor_of(viewer.key), action="released",
                     message_pk=item.message_pk, item_id=item.id)
    return released


def _order_rows(order: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    order = order or {}
    return [(key, label, str(order[key])) for key, label in ORDER_FIELDS if order.get(key) not in (None, "")]


def conversation(*, session: Session, item: ReviewItem) -> list[dict[str, Any]]:
    """Every message of this conversation with every reply sent, oldest first: the item's own messages,
    and earlier ones of the same thread (answered in items closed before)."""
    latest = session.get(Message, item.message_pk)
    assert latest is not None
    query = select(Message).where(Message.store_id == item.store_id)
    if latest.thread_id:
        query = query.where(or_(Message.item_id == item.id, Message.thread_id == latest.thread_id))
    else:
        query = query.where(Message.item_id == item.id)
    messages = list(session.scalars(query.order_by(Message.received_at).limit(100)))
    replies = session.scalars(select(OutboxReply).where(OutboxReply.message_pk.in_([m.id for m in messages]))).all()
    entries: list[dict[str, Any]] = [
        {"kind": "buyer", "id": m.id, "at": as_utc(m.received_at), "text": m.clean_text or plain_text(m.body),
         "history": quoted_history(m.body), "subject": m.subject, "current": m.item_id == item.id,
         "latest": m.id == latest.id}
        for m in messages
    ]
    entries += [
        {"kind": "reply", "id": str(r.id), "at": as_utc(r.created_at), "text": r.text,
         "source": "Auto-reply" if r.source == "auto" else "Reviewer reply", "history": "", "latest": False}
        for r in replies
    ]
    return sorted(entries, key=lambda e: e["at"])


def view(*, session: Session, viewer: queue.Viewer, item: ReviewItem, now: datetime) -> dict[str, Any]:
    latest = session.get(Message, item.message_pk)
    assert latest is not None
    store = session.get(Store, item.store_id)
    # The latest message may come without order data (a follow-up); the thread's last known order serves.
    order_source = latest if latest.order else session.scalar(
        select(Message).where(Message.item_id == item.id, Message.order.is_not(None))
        .order_by(Message.received_at.desc()).limit(1)
    )
    order = (order_source.order if order_source else None) or {}
    draft = latest.reply_text or ""
    phones = (store.allowed_phone_numbers if store else None) or ()
    violations = [v.to_dict() for v in check_text(draft, marketplace=latest.marketplace,
                                                  allowed_phone_numbers=phones).violations] if draft else []
    offered = session.get(Reviewer, item.assigned_to) if item.assigned_to else None
    due = as_utc(item.due_at)
    return {
        "item": {"id": item.id, "status": item.status, "urgency": item.urgency, "due_at": due,
                 "seconds_left": int((due - now).total_seconds()), "message_count": item.message_count,
                 "close_reason": item.close_reason, "offered_to": offered.name if offered else None},
        "message": latest,
        "store": {"id": item.store_id, "name": (store.name if store else None) or item.store_id},
        "conversation": conversation(session=session, item=item),
        "order": {"id": (order_source.order_id if order_source else None) or latest.order_id,
                  "fields": _order_rows(order), "lines": order.get("items") or []},
        "intent": {"label": latest.reviewed_intent or latest.intent, "predicted": latest.intent,
                   "confidence": latest.intent_confidence or 0.0, "corrected": latest.reviewed_intent is not None},
        "urgency": {"current": item.urgency, "predicted": latest.urgency,
                    "corrected": latest.reviewed_urgency is not None},
        "reasons": [r for r in (latest.reasons or []) if r != "auto_reply_criteria_met"],
        "draft": {"text": draft, "template": latest.reply_template},
        "policy": policy_payload(draft, violations),
        "model_version": latest.model_version,
    }
