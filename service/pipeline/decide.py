"""The decision: auto-reply, no reply needed, or a person. Shared by the service and training.evaluate.

Auto-reply needs every one of these at once; anything missing hands the message to a person, and the
reasons say which conditions failed (machine-readable codes, stable for dashboards and tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from models.taxonomy import AUTO_ANSWERABLE, NO_REPLY_NEEDED, OUT_OF_SCOPE, SLA_HOURS, STANDARD_RETURN_INTENTS

DEFAULT_THRESHOLD = 0.9
MAX_SLA = timedelta(hours=24)  # Amazon's 24-hour clock runs on weekends too


@dataclass
class Analysis:
    clean_text: str
    language: str
    language_supported: bool
    intent: str
    confidence: float
    urgency: str
    out_of_scope: bool
    signals: list[str] = field(default_factory=list)
    # False when the message is far from every training example of its predicted intent.
    familiar: bool = True
    # The buyer reports a fault, damage or a wrong item (signals.reports_problem).
    problem_reported: bool = False
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class Decision:
    status: str
    reasons: list[str]
    urgency: str
    due_at: datetime


def due_at(received_at: datetime, urgency: str) -> datetime:
    return received_at + min(timedelta(hours=SLA_HOURS[urgency]), MAX_SLA)


def decide(
    *,
    analysis: Analysis,
    thresholds: dict[str, float],
    received_at: datetime,
    draft_available: bool,
    draft_missing: list[str],
    policy_allowed: bool,
    auto_reply_enabled: bool,
    thread_in_queue: bool = False,
    draft_language: str = "en",
) -> Decision:
    a = analysis
    threshold = thresholds.get(a.intent, DEFAULT_THRESHOLD)
    confident = a.confidence >= threshold
    reasons: list[str] = []
    if not a.clean_text:
        reasons.append("empty_message")
    if not a.language_supported:
        reasons.append(f"language_unsupported:{a.language}")
    if a.out_of_scope or a.intent == OUT_OF_SCOPE:
        reasons.append("out_of_scope")
    if a.urgency != "normal":
        reasons.append(f"urgency_{a.urgency}")
    reasons.extend(f"signal:{s}" for s in a.signals)
    if not confident:
        reasons.append("low_confidence")
    if not a.familiar and (a.intent in AUTO_ANSWERABLE or a.intent in NO_REPLY_NEEDED):
        # Confident but unlike anything this intent was trained on ("status of flight DL123" is not an
        # order status): a person looks before anything is sent or closed.
        reasons.append("unfamiliar")
    if a.problem_reported and a.intent in STANDARD_RETURN_INTENTS:
        # "I want to return it, it's cracked" reads like a return request, but a faulty or wrong item
        # is not a standard return (who pays the postage, a replacement): a person answers.
        reasons.append("problem_reported")
    if thread_in_queue:
        # A person is already handling this conversation: the bot does not cut in.
        reasons.append("thread_in_queue")

    if a.intent in NO_REPLY_NEEDED and not reasons:
        return Decision("no_reply_needed", [f"no_reply_needed:{a.intent}"], a.urgency, due_at(received_at, a.urgency))

    if a.intent not in AUTO_ANSWERABLE and a.intent != OUT_OF_SCOPE:
        reasons.append("intent_not_auto_answerable")
    if a.intent in AUTO_ANSWERABLE and not draft_available:
        reasons.append("template_variables_missing" if draft_missing else "no_template")
    if draft_available and not policy_allowed:
        reasons.append("policy_blocked")
    if draft_available and a.language_supported and draft_language != a.language:
        # A model that reads German can still only draft in English when the seller wrote no German
        # templates for this intent: a person sends (or translates) it, the bot never answers a buyer
        # in another language.
        reasons.append(f"reply_language:{draft_language}")
    if not auto_reply_enabled:
        reasons.append("auto_reply_disabled")

    if reasons:
        return Decision("needs_review", reasons, a.urgency, due_at(received_at, a.urgency))
    return Decision("auto_replied", ["auto_reply_criteria_met"], a.urgency, due_at(received_at, a.urgency))
