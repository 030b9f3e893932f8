"""`check_text`: run every detector and merge their findings."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any

from policies.formatting import find_emoji, find_subject_important
from policies.handles import find_handles
from policies.learned import learned_checker
from policies.links import find_links_and_emails
from policies.model import PolicyResult, Severity, Violation
from policies.phones import find_phones
from policies.textmap import normalize
from policies.wording import find_wording

SUBJECT_PREFIX = "In the subject line: "


def _scan(text: str, allowed_phone_numbers: Collection[str]) -> list[Violation]:
    if not text:
        return []
    norm = normalize(text)
    found: list[Violation] = []
    found += find_links_and_emails(text, norm)
    found += find_phones(text, norm, allowed_phone_numbers)
    found += find_handles(text, norm)
    found += find_wording(text, norm)
    found += find_emoji(text)
    return found


def _merge(found: list[Violation]) -> list[Violation]:
    """Sort by position; within a rule keep only the widest of nested spans
    (a markdown link and the URL inside it are one finding). A block wins
    over a confirm for the same span."""
    found.sort(key=lambda v: (v.start, -v.end, v.severity is not Severity.BLOCK, v.rule))
    kept: list[Violation] = []
    reach: dict[str, int] = {}  # rule -> furthest end kept so far
    for v in found:
        if reach.get(v.rule, -1) >= v.end:
            continue  # inside an earlier finding of the same rule
        reach[v.rule] = v.end
        kept.append(v)
    return kept


def check_text(
    text: str,
    *,
    marketplace: str = "US",
    subject: str | None = None,
    allowed_phone_numbers: Collection[str] = (),
    second_opinion: bool = True,
) -> PolicyResult:
    """Check a reply against Amazon's buyer-seller messaging rules.

    Offsets index `text` as given. Findings in `subject` come after the body's,
    index `subject`, and say so in their explanation. `marketplace` is accepted
    for the service's convenience: every Amazon storefront is allowed in every
    marketplace, so the rules do not depend on it.
    """
    del marketplace
    violations = _merge(_scan(text, allowed_phone_numbers))
    learned = learned_checker() if second_opinion and not violations else None
    if learned is not None:
        # Only where no rule matched: a reply the rules stopped needs no second opinion.
        violations = learned.find(text)
    if subject:
        in_subject = find_subject_important(subject) + [
            v for v in _scan(subject, allowed_phone_numbers)
        ]
        violations += [
            v if v.rule == "subject_important" else replace(v, explanation=SUBJECT_PREFIX + v.explanation)
            for v in _merge(in_subject)
        ]
    return PolicyResult(tuple(violations))


def check_draft(text: str, **kwargs: Any) -> PolicyResult:
    """A draft from the template library: the rules only. The learned second opinion read every template
    when it was saved (the packaged ones in a test), and the order data filled in is sanitised; per draft
    it would cost 2.2 ms of CPU for nothing."""
    return check_text(text, second_opinion=False, **kwargs)
