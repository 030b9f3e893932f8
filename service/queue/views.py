"""Queue and reviewer actions. Every route checks the caller may see the item's store (else 404)."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.taxonomy import URGENCY_RANK
from policies import check_text
from service.api.deps import SessionFactoryDep
from service.api.viewer import ViewerDep
from service.audit import service as audit
from service.db import transaction
from service.messages.models import Message, OutboxReply
from service.pipeline.decide import due_at as sla_due_at
from service.queue import service as queue
from service.queue.models import Feedback, ReviewItem
from service.queue.schemas import ClaimRequest, LabelRequest, LeaseRequest, RejectRequest, ReplyRequest
from service.stores.models import Store
from service.timeutil import as_utc, utcnow

router = APIRouter(tags=["queue"])


def _cursor_encode(item: ReviewItem) -> str:
    raw = json.dumps([as_utc(item.due_at).isoformat(), URGENCY_RANK[item.urgency], item.id])
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _cursor_decode(cursor: str) -> tuple[datetime, int, str]:
    try:
        due, rank, item_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        return datetime.fromisoformat(due), int(rank), str(item_id)
    except (ValueError, TypeError) as exc:
        raise HTTPException(422, "cursor is not valid") from exc


@router.get("/queue")
def list_queue(
    viewer: ViewerDep,
    factory: SessionFactoryDep,
    store_id: str | None = Query(default=None, max_length=255),
    urgency: str | None = Query(default=None, pattern="^(urgent|high|normal)$"),
    status_: str | None = Query(default=None, alias="status", pattern="^(open|unclaimed|claimed|closed)$"),
    assignee: str | None = Query(default=None, max_length=64),
    intent: str | None = Query(default=None, max_length=40),
    limit: int = Query(default=50, ge=1, le=200),
    cursor: str | None = Query(default=None, max_length=500),
) -> dict[str, Any]:
    now = utcnow()
    conditions = queue.queue_filters(viewer=viewer, store_id=store_id, urgency=urgency, status=status_,
                                     assignee=assignee, intent=intent, now=now)
    rank = queue.urgency_rank()
    if cursor:
        due, r, item_id = _cursor_decode(cursor)
        conditions.append(or_(
            ReviewItem.due_at > due,
            and_(ReviewItem.due_at == due, rank < r),
            and_(ReviewItem.due_at == due, rank == r, ReviewItem.id > item_id),
        ))
    with factory() as session:
        items = session.scalars(
            select(ReviewItem).where(*conditions).order_by(ReviewItem.due_at, rank.desc(), ReviewItem.id)
            .limit(limit + 1)
        ).all()
        page = items[:limit]
        counts: dict[str, int] = {"urgent": 0, "high": 0, "normal": 0}
        base = queue.queue_filters(viewer=viewer, store_id=store_id, urgency=None, status=status_,
                                   assignee=assignee, intent=intent, now=now)
        for level, in session.execute(select(ReviewItem.urgency).where(*base)).all():
            counts[level] = counts.get(level, 0) + 1
        return {
            "items": [queue.item_view(session=session, item=i, now=now) for i in page],
            "next_cursor": _cursor_encode(page[-1]) if len(items) > limit else None,
            "counts": counts,
        }


@router.post("/queue/claim")
def claim(body: ClaimRequest, viewer: ViewerDep, factory: SessionFactoryDep, response: Response) -> dict[str, Any]:
    """The most pressing unclaimed item for the caller, under a lease. 204 when there is nothing to take."""
    now = utcnow()
    for _ in range(5):
        try:
            with transaction(factory) as session:
                item = queue.claim_next(session=session, viewer=viewer, lease=timedelta(seconds=body.lease_seconds),
                                        now=now)
                if item is None:
                    response.status_code = status.HTTP_204_NO_CONTENT
                    return {}
                audit.record(session=session, actor=audit.actor_of(viewer.key), action="claimed",
                             message_pk=item.message_pk, item_id=item.id,
                             after={"lease_seconds": body.lease_seconds})
                return queue.item_view(session=session, item=item, now=now)
        except IntegrityError:
            continue  # another claimer won this item a moment ago; take the next one
    raise HTTPException(status.HTTP_409_CONFLICT, "the queue is busy; try again")


def _load_item(session: Session, viewer: queue.Viewer, message_pk: str) -> tuple[Message, ReviewItem]:
    message = queue.visible_message(session=session, viewer=viewer, message_pk=message_pk)
    if message is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "message not found")
    if message.item_id is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "this message is not in the review queue")
    item = queue.visible_item(session=session, viewer=viewer, item_id=message.item_id, lock=True)
    if item is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "message not found")
    return message, item


@router.post("/messages/{message_pk}/lease")
def renew(message_pk: str, body: LeaseRequest, viewer: ViewerDep, factory: SessionFactoryDep) -> dict[str, Any]:
    now = utcnow()
    with transaction(factory) as session:
        _, item = _load_item(session, viewer, message_pk)
        claim = queue.renew_lease(session=session, item=item, viewer=viewer,
                                  lease=timedelta(seconds=body.lease_seconds), now=now)
        return {"item_id": item.id, "lease_expires_at": as_utc(claim.expires_at)}


def _labels(message: Message) -> tuple[str, str]:
    return message.reviewed_intent or message.intent or "other", message.reviewed_urgency or message.urgency or "normal"


def _send(session: Session, viewer: queue.Viewer, message: Message, item: ReviewItem, text: str, *,
          action: str, confirmed: bool) -> dict[str, Any]:
    now = utcnow()
    queue.require_claim(session=session, item=item, viewer=viewer, now=now)
    store = session.get(Store, item.store_id)
    result = check_text(text, marketplace=message.marketplace,
                        allowed_phone_numbers=(store.allowed_phone_numbers if store else None) or ())
    violations = [v.to_dict() for v in result.violations]
    if result.blocked:
        raise HTTPException(422,
                            {"error": "policy_blocked", "violations": violations})
    if violations and not confirmed:
        raise HTTPException(422,
                            {"error": "confirmation_required", "violations": violations,
                             "hint": "send again with confirm_compensation: true once a person has checked it"})
    latest = session.get(Message, item.message_pk)
    assert latest is not None
    session.add(OutboxReply(message_pk=item.message_pk, store_id=item.store_id, text=text, source="reviewer",
                            key_id=viewer.key.id))
    try:
        session.flush()
    except IntegrityError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, "this message was already answered") from exc
    queue.close_item(session=session, item=item, viewer=viewer, reason=action, now=now)
    intent, urgency = _labels(latest)
    session.add(Feedback(message_pk=latest.id, text=latest.clean_text or latest.body, language=latest.language or "en",
                         predicted_intent=latest.intent, predicted_urgency=latest.urgency, intent=intent,
                         urgency=urgency, source=action, key_id=viewer.key.id, model_version=latest.model_version))
    audit.record(session=session, actor=audit.actor_of(viewer.key), action=action, message_pk=latest.id,
                 item_id=item.id, before={"draft": latest.reply_text},
                 after={"text": text, "confirmed_compensation": bool(violations) and confirmed,
                        "violations": violations},
                 model_version=latest.model_version)
    return {"item_id": item.id, "status": "sent", "text": text, "violations": violations}


@router.post("/messages/{message_pk}/approve")
def approve(message_pk: str, viewer: ViewerDep, factory: SessionFactoryDep) -> dict[str, Any]:
    """Send the draft as it is."""
    with transaction(factory) as session:
        message, item = _load_item(session, viewer, message_pk)
        latest = session.get(Message, item.message_pk)
        if latest is None or not latest.reply_text:
            raise HTTPException(status.HTTP_409_CONFLICT, "there is no draft to approve; write a reply instead")
        return _send(session, viewer, message, item, latest.reply_text, action="approved", confirmed=False)


@router.post("/messages/{message_pk}/reply")
def reply(message_pk: str, body: ReplyRequest, viewer: ViewerDep, factory: SessionFactoryDep) -> dict[str, Any]:
    """Send an edited or new reply; the policy check runs on exactly what is sent."""
    with transaction(factory) as session:
        message, item = _load_item(session, viewer, message_pk)
        return _send(session, viewer, message, item, body.text, action="replied",
                     confirmed=body.confirm_compensation)


@router.post("/messages/{message_pk}/reject")
def reject(message_pk: str, body: RejectRequest, viewer: ViewerDep, factory: SessionFactoryDep) -> dict[str, Any]:
    """Close without a reply: no reply needed, spam, duplicate."""
    now = utcnow()
    with transaction(factory) as session:
        message, item = _load_item(session, viewer, message_pk)
        queue.require_claim(session=session, item=item, viewer=viewer, now=now)
        queue.close_item(session=session, item=item, viewer=viewer, reason=f"rejected:{body.reason}", now=now)
        audit.record(session=session, actor=audit.actor_of(viewer.key), action="rejected", message_pk=message.id,
                     item_id=item.id, after={"reason": body.reason, "note": body.note},
                     model_version=message.model_version)
        return {"item_id": item.id, "status": "closed", "reason": body.reason}


@router.post("/messages/{message_pk}/label")
def label(message_pk: str, body: LabelRequest, viewer: ViewerDep, factory: SessionFactoryDep) -> dict[str, Any]:
    """Correct the model's labels. The correction becomes training data; a new urgency moves the deadline."""
    if body.intent is None and body.urgency is None:
        raise HTTPException(422, "give intent, urgency or both")
    now = utcnow()
    with transaction(factory) as session:
        message = queue.visible_message(session=session, viewer=viewer, message_pk=message_pk)
        if message is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "message not found")
        item = None
        if message.item_id:
            item = queue.visible_item(session=session, viewer=viewer, item_id=message.item_id, lock=True)
            claim = queue.active_claim(session=session, item_id=message.item_id, now=now) if item else None
            if claim is not None and claim.key_id != viewer.key.id:
                raise HTTPException(status.HTTP_409_CONFLICT, "this item is claimed by someone else")
        before = {"intent": _labels(message)[0], "urgency": _labels(message)[1]}
        if body.intent:
            message.reviewed_intent = body.intent
        if body.urgency:
            message.reviewed_urgency = body.urgency
            if item is not None and item.status == "open":
                item.urgency = body.urgency
                item.due_at = sla_due_at(as_utc(item.arrived_at), body.urgency)
        intent, urgency = _labels(message)
        session.add(Feedback(message_pk=message.id, text=message.clean_text or message.body,
                             language=message.language or "en", predicted_intent=message.intent,
                             predicted_urgency=message.urgency, intent=intent, urgency=urgency, source="label",
                             key_id=viewer.key.id, model_version=message.model_version))
        audit.record(session=session, actor=audit.actor_of(viewer.key), action="relabeled", message_pk=message.id,
                     item_id=message.item_id, before=before, after={"intent": intent, "urgency": urgency},
                     model_version=message.model_version)
        return {"message_id": message.id, "intent": intent, "urgency": urgency,
                "due_at": as_utc(item.due_at) if item is not None else None}
