"""Cut a text into runs for the editor's highlight layer: plain text, or text under one or more violations.

Done on the server so offsets are Python's (code points) and the browser never has to map them to its
own UTF-16 indexes; an emoji before a link would otherwise shift every mark after it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

RULE_LABELS = {
    "external_link": "Outside link",
    "email_address": "E-mail address",
    "phone_number": "Phone number",
    "messenger_handle": "Messenger or social handle",
    "compensation_promise": "Compensation promise",
    "review_manipulation": "Review request",
    "marketing": "Marketing",
    "off_amazon": "Moving the buyer off Amazon",
    "emoji": "Emoji",
    "subject_important": "[Important] in the subject",
    "suspect_wording": "Reads like a rule break",
}


def rule_label(rule: str) -> str:
    return RULE_LABELS.get(rule, rule.replace("_", " ").capitalize())


def describe(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**v, "label": rule_label(str(v["rule"])), "index": i} for i, v in enumerate(violations)]


def segments(text: str, violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cuts = {0, len(text)}
    for v in violations:
        cuts.update((max(0, min(len(text), int(v["start"]))), max(0, min(len(text), int(v["end"])))))
    bounds = sorted(cuts)
    runs: list[dict[str, Any]] = []
    for a, b in pairwise(bounds):
        if a == b:
            continue
        covering = [i for i, v in enumerate(violations) if int(v["start"]) < b and int(v["end"]) > a]
        severity = None
        if covering:
            severity = "block" if any(violations[i]["severity"] == "block" for i in covering) else "confirm"
        if runs and runs[-1]["v"] == covering:
            runs[-1]["text"] += text[a:b]
        else:
            runs.append({"text": text[a:b], "v": covering, "severity": severity})
    return runs


def policy_payload(text: str, violations: list[dict[str, Any]]) -> dict[str, Any]:
    """What the editor needs after a check: the findings with labels, and the runs to draw."""
    return {
        "allowed": not violations,
        "blocked": any(v["severity"] == "block" for v in violations),
        "needs_confirm": bool(violations) and all(v["severity"] == "confirm" for v in violations),
        "violations": describe(violations),
        "segments": segments(text, violations),
    }
