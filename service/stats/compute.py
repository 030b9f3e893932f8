"""The operations figures, computed from the records themselves (nothing is counted twice or lost on restart).

Definitions, per window of 7 or 30 days ending now:
- messages: decided buyer messages received in the window; auto-reply rate = auto-replied / messages,
  per model intent as the rate within the intent and as the intent's share of all auto-replies.
- SLA: every contact that needed an answer by a deadline in the window: auto-replied messages, and queue
  items whose deadline fell in the window (or that were closed in it ahead of a later deadline). Met when
  answered (replied, approved or closed as needing no reply) by due_at; breached when answered after it or
  still open past it. Compliance = met / (met + breached).
- late-response rate: replies sent in the window (auto and human) that went out after their deadline.
- first-response time: from the buyer's first message to the reply, for replies sent in the window.
- agreement: messages reviewers labelled, approved or answered in the window (their latest word on each)
  whose intent (and urgency) matches what the model predicted; draft acceptance = approved / (approved +
  rewritten).
- reviewers: items each person closed in the window, and the median time from claim to close.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from models.artifact import ModelArtifact
from service.auth.models import ApiKey
from service.messages.models import Message, Status
from service.queue.models import Claim, Feedback, ReviewItem
from service.stores.models import Store
from service.teams.models import Reviewer
from service.timeutil import as_utc

WINDOWS = (7, 30)
URGENCIES = ("urgent", "high", "normal")
REPLY_REASONS = ("approved", "replied")
HEADLINE_METRICS = ("accuracy", "macro_f1", "auto_reply_precision", "urgent_recall", "ece",
                    "auto_answerable_coverage", "rows")


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _p90(values: list[float]) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 1)
    return round(statistics.quantiles(values, n=10, method="inclusive")[-1], 1)


@dataclass
class _Msg:
    status: str
    intent: str
    received_at: datetime
    decided_at: datetime | None
    due_at: datetime | None


@dataclass
class _Feedback:
    message_pk: str
    created_at: datetime
    predicted_intent: str | None
    intent: str
    predicted_urgency: str | None
    urgency: str
    model_version: str | None


@dataclass
class _Handled:
    claimed_at: datetime
    released_at: datetime
    who: str  # reviewer id, or key:<id> for an admin without a reviewer profile
    reviewer_id: str | None
    name: str


@dataclass
class _Item:
    status: str
    due_at: datetime
    closed_at: datetime | None
    close_reason: str | None
    first_received_at: datetime


def backlog(*, session: Session, now: datetime, store_id: str | None = None) -> dict[str, Any]:
    overdue = func.sum(case((ReviewItem.due_at < now, 1), else_=0))
    query = (
        select(ReviewItem.store_id, Store.name, ReviewItem.urgency, func.count(), overdue)
        .join(Store, Store.id == ReviewItem.store_id)
        .where(ReviewItem.status == "open")
        .group_by(ReviewItem.store_id, Store.name, ReviewItem.urgency)
    )
    if store_id:
        query = query.where(ReviewItem.store_id == store_id)
    by_store: dict[str, dict[str, Any]] = defaultdict(lambda: {u: 0 for u in (*URGENCIES, "total", "overdue")})
    by_urgency = dict.fromkeys(URGENCIES, 0)
    total = late = 0
    for store, name, urgency, count, over in session.execute(query).all():
        row = by_store[store]
        row["name"] = name or store
        row[urgency] = row.get(urgency, 0) + int(count)
        row["total"] += int(count)
        row["overdue"] += int(over or 0)
        by_urgency[urgency] = by_urgency.get(urgency, 0) + int(count)
        total += int(count)
        late += int(over or 0)
    stores: list[dict[str, Any]] = [{"store_id": k, **v} for k, v in by_store.items()]
    stores.sort(key=lambda r: (-int(r["total"]), str(r["store_id"])))
    return {"total": total, "overdue": late, "by_urgency": by_urgency, "by_store": stores}


def _messages(session: Session, since: datetime, store_id: str | None) -> list[_Msg]:
    query = select(Message.status, Message.intent, Message.received_at, Message.decided_at, Message.due_at).where(
        Message.received_at >= since, Message.status != Status.received.value
    )
    if store_id:
        query = query.where(Message.store_id == store_id)
    return [
        _Msg(s, i or "other", as_utc(r), as_utc(d) if d else None, as_utc(due) if due else None)
        for s, i, r, d, due in session.execute(query).all()
    ]


def _items(session: Session, since: datetime, store_id: str | None) -> list[_Item]:
    first = aliased(Message)
    query = (
        select(ReviewItem.status, ReviewItem.due_at, ReviewItem.closed_at, ReviewItem.close_reason,
               first.received_at)
        .join(first, first.id == ReviewItem.first_message_pk)
        .where(or_(ReviewItem.due_at >= since, ReviewItem.closed_at >= since))
    )
    if store_id:
        query = query.where(ReviewItem.store_id == store_id)
    return [
        _Item(s, as_utc(due), as_utc(closed) if closed else None, reason, as_utc(first_at))
        for s, due, closed, reason, first_at in session.execute(query).all()
    ]


def _feedback(session: Session, since: datetime, store_id: str | None) -> list[_Feedback]:
    query = (
        select(Feedback.message_pk, Feedback.created_at, Feedback.predicted_intent, Feedback.intent,
               Feedback.predicted_urgency, Feedback.urgency, Feedback.model_version)
        .where(Feedback.created_at >= since)
        .order_by(Feedback.id)
    )
    if store_id:
        query = query.join(Message, Message.id == Feedback.message_pk).where(Message.store_id == store_id)
    return [_Feedback(pk, as_utc(at), pi, i, pu, u, mv) for pk, at, pi, i, pu, u, mv in session.execute(query).all()]


def _handled(session: Session, since: datetime, store_id: str | None) -> list[_Handled]:
    query = (
        select(Claim.claimed_at, Claim.released_at, Claim.key_id, ApiKey.name, Reviewer.id, Reviewer.name)
        .join(ApiKey, ApiKey.id == Claim.key_id)
        .outerjoin(Reviewer, Reviewer.id == func.coalesce(Claim.reviewer_id, ApiKey.reviewer_id))
        .where(Claim.release_reason == "done", Claim.released_at >= since)
    )
    if store_id:
        query = query.join(ReviewItem, ReviewItem.id == Claim.item_id).where(ReviewItem.store_id == store_id)
    return [
        _Handled(as_utc(claimed), as_utc(released), reviewer_id or f"key:{key_id}", reviewer_id,
                 reviewer_name or key_name)
        for claimed, released, key_id, key_name, reviewer_id, reviewer_name in session.execute(query).all()
        if released is not None  # always, given the filter; for the type checker
    ]


def _window(days: int, now: datetime, msgs: list[_Msg], items: list[_Item], feedback: list[_Feedback],
            handled: list[_Handled]) -> dict[str, Any]:
    since = now - timedelta(days=days)
    in_msgs = [m for m in msgs if m.received_at >= since]
    statuses = Counter(m.status for m in in_msgs)
    auto_total = statuses.get(Status.auto_replied.value, 0)
    per_intent: dict[str, Counter[str]] = defaultdict(Counter)
    for m in in_msgs:
        per_intent[m.intent]["messages"] += 1
        per_intent[m.intent][m.status] += 1
    by_intent = {
        intent: {
            "messages": c["messages"],
            "auto_replied": c[Status.auto_replied.value],
            "rate": _rate(c[Status.auto_replied.value], c["messages"]),
            "share": _rate(c[Status.auto_replied.value], auto_total),
        }
        for intent, c in sorted(per_intent.items(), key=lambda kv: (-kv[1]["messages"], kv[0]))
    }

    # SLA and response times: auto replies answer at decision time.
    met = breached = 0
    q_met = q_breached = 0
    late = replies = q_late = q_replies = 0
    first_response: list[float] = []
    q_first_response: list[float] = []
    for m in in_msgs:
        if m.status != Status.auto_replied.value or m.decided_at is None or m.due_at is None:
            continue
        on_time = m.decided_at <= m.due_at
        met += on_time
        breached += not on_time
        replies += 1
        late += not on_time
        first_response.append(max(0.0, (m.decided_at - m.received_at).total_seconds()))
    for it in items:
        closed_in = it.closed_at is not None and it.closed_at >= since
        due_in = since <= it.due_at <= now
        if due_in or (closed_in and it.due_at > now):
            if it.closed_at is not None and it.closed_at <= it.due_at:
                q_met += 1
            elif it.closed_at is not None or it.due_at < now:
                q_breached += 1
        if closed_in and it.close_reason in REPLY_REASONS and it.closed_at is not None:
            q_replies += 1
            q_late += it.closed_at > it.due_at
            q_first_response.append(max(0.0, (it.closed_at - it.first_received_at).total_seconds()))
    met += q_met
    breached += q_breached
    replies += q_replies
    late += q_late
    first_response += q_first_response

    # Agreement: the reviewer's latest word on each message.
    latest = {f.message_pk: f for f in feedback if f.created_at >= since}
    intent_ok = sum(1 for f in latest.values() if f.predicted_intent == f.intent)
    urgency_ok = sum(1 for f in latest.values() if f.predicted_urgency == f.urgency)
    both_ok = sum(1 for f in latest.values() if f.predicted_intent == f.intent and f.predicted_urgency == f.urgency)
    corrections = Counter(f"{f.predicted_intent}→{f.intent}" for f in latest.values() if f.predicted_intent != f.intent)
    closed_in_window = [it for it in items if it.closed_at is not None and it.closed_at >= since]
    approved = sum(1 for it in closed_in_window if it.close_reason == "approved")
    rewritten = sum(1 for it in closed_in_window if it.close_reason == "replied")
    rejected = sum(1 for it in closed_in_window if (it.close_reason or "").startswith("rejected"))

    people: dict[str, dict[str, Any]] = {}
    for h in handled:
        if h.released_at < since:
            continue
        entry = people.setdefault(h.who, {"reviewer_id": h.reviewer_id, "name": h.name, "handled": 0, "_times": []})
        entry["handled"] += 1
        entry["_times"].append(max(0.0, (h.released_at - h.claimed_at).total_seconds()))
    reviewers = [
        {k: v for k, v in {**p, "median_handle_seconds": _median(p["_times"])}.items() if k != "_times"}
        for p in sorted(people.values(), key=lambda p: (-p["handled"], str(p["name"])))
    ]

    return {
        "days": days,
        "since": since.isoformat(),
        "messages": len(in_msgs),
        "by_status": {s.value: statuses.get(s.value, 0) for s in Status if s is not Status.received},
        "auto_reply_rate": _rate(auto_total, len(in_msgs)),
        "auto_reply_by_intent": by_intent,
        "sla": {
            "due": met + breached, "met": met, "breached": breached, "compliance": _rate(met, met + breached),
            "queue": {"due": q_met + q_breached, "met": q_met, "breached": q_breached,
                      "compliance": _rate(q_met, q_met + q_breached)},
        },
        "late_responses": {"replies": replies, "late": late, "rate": _rate(late, replies),
                           "queue": {"replies": q_replies, "late": q_late, "rate": _rate(q_late, q_replies)}},
        "first_response_seconds": {
            "median": _median(first_response), "p90": _p90(first_response), "count": len(first_response),
            "queue": {"median": _median(q_first_response), "p90": _p90(q_first_response),
                      "count": len(q_first_response)},
        },
        "agreement": {
            "reviewed": len(latest),
            "intent": _rate(intent_ok, len(latest)),
            "urgency": _rate(urgency_ok, len(latest)),
            "both": _rate(both_ok, len(latest)),
            "top_corrections": [{"change": k, "count": v} for k, v in corrections.most_common(5)],
            "drafts_approved": approved,
            "drafts_rewritten": rewritten,
            "draft_acceptance": _rate(approved, approved + rewritten),
            "rejected": rejected,
        },
        "reviewers": reviewers,
    }


def _daily(now: datetime, days: int, msgs: list[_Msg], items: list[_Item]) -> list[dict[str, Any]]:
    today = now.date()
    days_list = [today - timedelta(days=i) for i in range(days - 1, -1, -1)]
    rows: dict[date, dict[str, Any]] = {
        d: {"date": d.isoformat(), "messages": 0, "auto_replied": 0, "needs_review": 0, "no_reply_needed": 0,
            "sla_met": 0, "sla_breached": 0}
        for d in days_list
    }
    for m in msgs:
        row = rows.get(m.received_at.date())
        if row is not None:
            row["messages"] += 1
            if m.status in row:
                row[m.status] += 1
    for it in items:
        # A deadline met counts on the day it was answered (often before the deadline's own day); one missed
        # counts on the deadline's day, as soon as it has passed.
        if it.closed_at is not None and it.closed_at <= it.due_at:
            row = rows.get(it.closed_at.date())
            if row is not None:
                row["sla_met"] += 1
        elif it.due_at <= now:
            row = rows.get(it.due_at.date())
            if row is not None:
                row["sla_breached"] += 1
    return list(rows.values())


def model_summary(artifact: ModelArtifact | None) -> dict[str, Any] | None:
    if artifact is None:
        return None
    manifest = artifact.manifest
    heldout = (manifest.get("metrics") or {}).get("heldout") or {}
    return {
        "version": artifact.version,
        "encoder": manifest.get("encoder"),
        "head": manifest.get("head"),
        "created_at": manifest.get("created_at"),
        "training_rows": manifest.get("training_rows"),
        "metrics": {k: heldout[k] for k in HEADLINE_METRICS if k in heldout},
        "per_intent_f1": {k: v.get("f1") for k, v in ((manifest.get("metrics") or {})
                                                        .get("heldout_per_intent") or {}).items()},
    }


def compute_stats(*, session: Session, now: datetime, artifact: ModelArtifact | None = None,
                  store_id: str | None = None) -> dict[str, Any]:
    longest = max(WINDOWS)
    since = now - timedelta(days=longest)
    msgs = _messages(session, since, store_id)
    items = _items(session, since, store_id)
    feedback = _feedback(session, since, store_id)
    handled = _handled(session, since, store_id)
    model = model_summary(artifact)
    if model is not None:
        # How the current model does with reviewers, beside its held-out figures.
        current = [f for f in feedback if f.model_version == model["version"]]
        model["live_agreement"] = _window(longest, now, [], [], current, [])["agreement"]["intent"]
    return {
        "generated_at": now.isoformat(),
        "store_id": store_id,
        "backlog": backlog(session=session, now=now, store_id=store_id),
        "windows": {f"{d}d": _window(d, now, msgs, items, feedback, handled) for d in WINDOWS},
        "daily": _daily(now, longest, msgs, items),
        "model": model,
    }
