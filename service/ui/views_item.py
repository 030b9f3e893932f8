"""The message view and the reviewer's actions on it. Actions go through the queue API's own functions,
so the web app and the JSON API enforce the same rules (claims, policy check, audit, feedback)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Body, Form, HTTPException, Request, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from policies import check_text
from service.api.deps import SessionFactoryDep
from service.db import transaction
from service.messages.models import Message
from service.queue import service as queue
from service.queue import views as queue_api
from service.queue.models import ReviewItem
from service.queue.schemas import LabelRequest, LeaseRequest, RejectRequest, ReplyRequest
from service.stores.models import Store
from service.timeutil import as_utc, utcnow
from service.ui import item_data
from service.ui.highlight import policy_payload
from service.ui.render import flash, page, redirect, safe_return
from service.ui.routing import UiRoute
from service.ui.session import ActionDep, UiUser, UserDep

router = APIRouter(route_class=UiRoute, include_in_schema=False)
Factory = sessionmaker[Session]
REJECT_REASONS = (("no_reply_needed", "No reply needed"), ("spam", "Spam"), ("duplicate", "Duplicate"),
                  ("other", "Other"))


def _item_or_404(session: Session, user: UiUser, item_id: str) -> ReviewItem:
    item = queue.visible_item(session=session, viewer=user.viewer, item_id=item_id) if len(item_id) <= 64 else None
    if item is None:
        raise HTTPException(404, "This conversation does not exist, or it belongs to another team's store.")
    return item


def _render(request: Request, user: UiUser, factory: Factory, item_id: str, back: str, *, claim_note: str | None = None,
            text: str | None = None, violations: list[dict[str, Any]] | None = None, confirm: bool = False,
            error: str | None = None, status_code: int = 200) -> Response:
    now = utcnow()
    with factory() as session:
        item = _item_or_404(session, user, item_id)
        data = item_data.view(session=session, viewer=user.viewer, item=item, now=now)
        claim = item_data.claim_state(session=session, viewer=user.viewer, item=item, now=now)
    if text is not None:  # a send that came back: keep what the reviewer wrote, with what was wrong in it
        data["draft"]["edited"] = text
        data["policy"] = policy_payload(text, violations or [])
    return page(request, "message.html", {
        "page": "message", "back": back, "claim": claim, "claim_note": claim_note, "confirm": confirm,
        "error": error, "reject_reasons": REJECT_REASONS, "self_url": f"/ui/items/{item_id}?back={quote(back)}",
        **data,
    }, user=user, status_code=status_code)


@router.get("/items/{item_id}")
def item_page(request: Request, item_id: str, user: UserDep, factory: SessionFactoryDep,
              back: str | None = None) -> Response:
    """Opening an open, unclaimed item takes it for ten minutes (renewed while the page stays open), the way
    a reviewer picks up a ticket; someone else's item opens read-only."""
    note = None
    with factory() as session:
        item = _item_or_404(session, user, item_id)
        state = item_data.claim_state(session=session, viewer=user.viewer, item=item, now=utcnow())
    if item.status == "open" and not state.mine and state.holder is None:
        try:
            with transaction(factory) as session:
                item = _item_or_404(session, user, item_id)
                note = item_data.take(session=session, viewer=user.viewer, item=item, now=utcnow())
        except IntegrityError:
            note = "Someone else picked this up a moment ago."
    return _render(request, user, factory, item_id, safe_return(back), claim_note=note)


def _latest_pk(factory: Factory, user: UiUser, item_id: str) -> tuple[str, str]:
    with factory() as session:
        item = _item_or_404(session, user, item_id)
        message = session.get(Message, item.message_pk)
        return item.message_pk, (message.buyer_name if message and message.buyer_name else "the buyer")


def _done(request: Request, back: str, text: str) -> Response:
    return flash(request, redirect(safe_return(back)), text)


def _conflict(request: Request, item_id: str, back: str, exc: HTTPException | queue.QueueError) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else "That did not work."
    return flash(request, redirect(f"/ui/items/{item_id}?back={quote(safe_return(back))}"), detail, "error")


@router.post("/items/{item_id}/send")
def send(request: Request, item_id: str, user: ActionDep, factory: SessionFactoryDep,
         text: Annotated[str, Form(max_length=20_000)] = "", confirm: Annotated[str, Form(max_length=5)] = "",
         back: Annotated[str, Form(max_length=2000)] = "") -> Response:
    message_pk, buyer = _latest_pk(factory, user, item_id)
    text = text.replace("\r\n", "\n").strip()
    try:
        body = ReplyRequest(text=text, confirm_compensation=confirm == "1")
    except ValidationError:
        return _render(request, user, factory, item_id, safe_return(back), text=text,
                       error="Write a reply first (at most 10,000 characters).", status_code=422)
    for attempt in range(2):
        try:
            queue_api.reply(message_pk, body, user.viewer, factory)
            break
        except (HTTPException, queue.QueueError) as exc:
            detail: dict[str, Any] = exc.detail if isinstance(exc.detail, dict) else {}
            if exc.status_code == 422 and detail.get("error") in ("confirmation_required", "policy_blocked"):
                blocked = detail["error"] == "policy_blocked"
                return _render(request, user, factory, item_id, safe_return(back), text=text,
                               violations=detail.get("violations", []), confirm=not blocked, status_code=422,
                               error="Not sent: fix the highlighted text first." if blocked else None)
            # The lease ran out while the reviewer wrote (a long call, another tab): if nobody took the
            # conversation meanwhile, take it back and send; otherwise keep their text and say why.
            if exc.status_code == 409 and attempt == 0 and _retake(user, factory, item_id) is None:
                continue
            return _render(request, user, factory, item_id, safe_return(back), text=text, status_code=409,
                           error=f"Not sent: {exc.detail}" if isinstance(exc.detail, str) else "Not sent.")
    return _done(request, back, f"Reply sent to {buyer}. The conversation left the queue.")


def _retake(user: UiUser, factory: Factory, item_id: str) -> str | None:
    try:
        with transaction(factory) as session:
            item = _item_or_404(session, user, item_id)
            return item_data.take(session=session, viewer=user.viewer, item=item, now=utcnow())
    except IntegrityError:
        return "someone else took it"


@router.post("/items/{item_id}/approve")
def approve(request: Request, item_id: str, user: ActionDep, factory: SessionFactoryDep,
            back: Annotated[str, Form(max_length=2000)] = "") -> Response:
    message_pk, buyer = _latest_pk(factory, user, item_id)
    try:
        queue_api.approve(message_pk, user.viewer, factory)
    except (HTTPException, queue.QueueError) as exc:
        detail: dict[str, Any] = exc.detail if isinstance(exc.detail, dict) else {}
        if exc.status_code == 422 and detail.get("error") in ("confirmation_required", "policy_blocked"):
            # The stored draft needs a person's word (or a fix): show it as if the reviewer had typed it.
            with factory() as session:
                message = session.get(Message, message_pk)
                draft = (message.reply_text if message else None) or ""
            blocked = detail["error"] == "policy_blocked"
            return _render(request, user, factory, item_id, safe_return(back), text=draft,
                           violations=detail.get("violations", []), confirm=not blocked, status_code=422,
                           error="The draft breaks a rule: fix the highlighted text and send." if blocked else None)
        return _conflict(request, item_id, back, exc)
    return _done(request, back, f"Draft approved and sent to {buyer}.")


@router.post("/items/{item_id}/reject")
def reject(request: Request, item_id: str, user: ActionDep, factory: SessionFactoryDep,
           reason: Annotated[str, Form(max_length=40)] = "no_reply_needed",
           note: Annotated[str, Form(max_length=1000)] = "", back: Annotated[str, Form(max_length=2000)] = "",
           ) -> Response:
    message_pk, _ = _latest_pk(factory, user, item_id)
    try:
        body = RejectRequest(reason=reason, note=note.strip() or None)  # type: ignore[arg-type]
        queue_api.reject(message_pk, body, user.viewer, factory)
    except ValidationError:
        return _conflict(request, item_id, back, HTTPException(422, "Choose a reason."))
    except (HTTPException, queue.QueueError) as exc:
        return _conflict(request, item_id, back, exc)
    label = dict(REJECT_REASONS).get(reason, reason).lower()
    return _done(request, back, f"Closed without a reply ({label}).")


@router.post("/items/{item_id}/label")
def relabel(request: Request, item_id: str, user: ActionDep, factory: SessionFactoryDep,
            intent: Annotated[str, Form(max_length=40)] = "", urgency: Annotated[str, Form(max_length=10)] = "",
            back: Annotated[str, Form(max_length=2000)] = "") -> Response:
    message_pk, _ = _latest_pk(factory, user, item_id)
    here = f"/ui/items/{item_id}?back={quote(safe_return(back))}"
    with factory() as session:
        message = session.get(Message, message_pk)
        item = _item_or_404(session, user, item_id)
        current_intent = (message.reviewed_intent or message.intent) if message else None
        current_urgency = item.urgency
    changes = {k: v for k, v in (("intent", intent), ("urgency", urgency)) if v}
    if changes.get("intent") == current_intent:
        changes.pop("intent")
    if changes.get("urgency") == current_urgency:
        changes.pop("urgency")
    if not changes:
        return flash(request, redirect(here), "The labels are unchanged.")
    try:
        result = queue_api.label(message_pk, LabelRequest.model_validate(changes), user.viewer, factory)
    except ValidationError:
        return flash(request, redirect(here), "Choose an intent and urgency from the lists.", "error")
    except (HTTPException, queue.QueueError) as exc:
        return _conflict(request, item_id, back, exc)
    parts = []
    if "intent" in changes:
        parts.append(f"intent is now {changes['intent'].replace('_', ' ')}")
    if "urgency" in changes:
        due = result.get("due_at")
        parts.append(f"urgency is now {changes['urgency']}" + (f", due {as_utc(due):%H:%M} UTC" if due else ""))
    return flash(request, redirect(here), "Relabelled: " + "; ".join(parts) + ". Thanks, the model learns from this.")


@router.post("/items/{item_id}/release")
def release(request: Request, item_id: str, user: ActionDep, factory: SessionFactoryDep,
            back: Annotated[str, Form(max_length=2000)] = "") -> Response:
    with transaction(factory) as session:
        item = _item_or_404(session, user, item_id)
        released = item_data.release(session=session, viewer=user.viewer, item=item, now=utcnow())
    return _done(request, back, "Released: the conversation is back in the queue for anyone."
                 if released else "You were not holding this conversation.")


@router.post("/api/items/{item_id}/lease")
def renew_lease(item_id: str, user: ActionDep, factory: SessionFactoryDep) -> dict[str, Any]:
    """The open message page keeps its claim alive; a closed tab lets the lease run out."""
    message_pk, _ = _latest_pk(factory, user, item_id)
    lease = int(item_data.LEASE.total_seconds())
    return queue_api.renew(message_pk, LeaseRequest(lease_seconds=lease), user.viewer, factory)


class CheckBody(BaseModel):
    text: str = Field(max_length=20_000)
    item_id: str | None = Field(default=None, max_length=64)


@router.post("/api/policy-check")
def policy_check(body: Annotated[CheckBody, Body()], user: ActionDep, factory: SessionFactoryDep) -> dict[str, Any]:
    """The editor's live check: the same checker the send runs, with the store's allowed phone numbers."""
    marketplace: str = "US"
    phones: tuple[str, ...] = ()
    if body.item_id:
        with factory() as session:
            item = _item_or_404(session, user, body.item_id)
            message = session.get(Message, item.message_pk)
            store = session.get(Store, item.store_id)
            marketplace = message.marketplace if message else "US"
            phones = tuple((store.allowed_phone_numbers if store else None) or ())
    result = check_text(body.text, marketplace=marketplace, allowed_phone_numbers=phones)
    return policy_payload(body.text, [v.to_dict() for v in result.violations])

