"""Reviewer feedback from the service's database, as training rows and as an agreement report."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from service.db import make_engine, make_session_factory
from service.queue.models import Feedback
from training.corpus import Row, make_row

# A reviewer's correction is worth more than one more corpus row: it is real traffic, judged by a person.
FEEDBACK_WEIGHT = 5.0


def load_feedback_rows(database_url: str) -> list[Row]:
    """The latest judgement per message (a relabel after an approve wins)."""
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            latest: dict[str, Feedback] = {}
            for f in session.scalars(select(Feedback).order_by(Feedback.id)):
                latest[f.message_pk] = f
    finally:
        engine.dispose()
    return [
        make_row({"text": f.text, "intent": f.intent, "urgency": f.urgency, "language": f.language},
                 source="feedback")
        for f in latest.values()
    ]


def agreement(database_url: str, model_version: str | None = None) -> dict[str, Any]:
    """How often the model's prediction matched what reviewers settled on, per intent."""
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            query = select(Feedback).order_by(Feedback.id)
            if model_version:
                query = query.where(Feedback.model_version == model_version)
            latest: dict[str, Feedback] = {f.message_pk: f for f in session.scalars(query)}
    finally:
        engine.dispose()
    per_intent: dict[str, list[bool]] = defaultdict(list)
    for f in latest.values():
        per_intent[f.intent].append(f.predicted_intent == f.intent)
    total = [ok for oks in per_intent.values() for ok in oks]
    return {
        "model_version": model_version,
        "messages": len(total),
        "agreement": round(sum(total) / len(total), 4) if total else None,
        "per_intent": {k: {"messages": len(v), "agreement": round(sum(v) / len(v), 4)}
                       for k, v in sorted(per_intent.items())},
    }
