"""Score the checker against the labelled replies in `data/replies.jsonl`.

Shared by the corpus test and `bench/policy.py` so both report the same
figures: recall over every expected (reply, rule) pair, and the share of
clean replies that got any finding at all (a confirm counts as a false
positive too: it still stops an automatic send).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policies.checker import check_text
from policies.lexicon import DATA_DIR

CORPUS_PATH: Path = DATA_DIR / "replies.jsonl"
# Replies written later by people who never saw the checker, its code or the corpus, labelled by the
# same rules: the first measure of how the checker does on text nobody tuned it to. Their labels follow
# their writers' reading of "off_amazon" (also given with a contact detail), so they are scored per reply:
# is a violating reply stopped at all, and is a clean one left alone?
FRESH_PATH: Path = DATA_DIR / "replies_fresh.jsonl"
# The newest such round, written after the last change to the rules and not used to change them: the
# honest figure. Whoever widens the rules for it next moves it into replies_fresh.jsonl and has a new
# round written.
UNSEEN_PATH: Path = DATA_DIR / "replies_unseen.jsonl"
# Everyday clean replies (shipping news, product answers, thanks, a photo asked for), written by people who
# never saw the checker: most of what sellers send. Training data for the second opinion, which read plain
# shipping news as suspect while its clean examples were mostly careful look-alikes.
PLAIN_PATH: Path = DATA_DIR / "replies_plain.jsonl"


def load_corpus(path: Path = CORPUS_PATH) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Score:
    expected: int = 0
    detected: int = 0
    clean: int = 0
    false_positives: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)  # (rule, text)
    flagged_clean: list[tuple[str, list[str]]] = field(default_factory=list)
    per_rule: Counter[str] = field(default_factory=Counter)
    per_rule_hit: Counter[str] = field(default_factory=Counter)

    @property
    def recall(self) -> float:
        return self.detected / self.expected if self.expected else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.clean if self.clean else 0.0


@dataclass
class Stopped:
    violating: int = 0
    stopped: int = 0  # violating replies with any finding: none of them is sent automatically
    clean: int = 0
    flagged: int = 0  # clean replies with any finding
    missed: list[dict[str, Any]] = field(default_factory=list)
    flagged_clean: list[dict[str, Any]] = field(default_factory=list)


def replies_stopped(rows: list[dict[str, Any]]) -> Stopped:
    out = Stopped()
    for row in rows:
        found = bool(check_text(row["text"], subject=row.get("subject")).violations)
        if row["violations"]:
            out.violating += 1
            out.stopped += found
            if not found:
                out.missed.append(row)
        else:
            out.clean += 1
            out.flagged += found
            if found:
                out.flagged_clean.append(row)
    return out


def evaluate(rows: list[dict[str, Any]]) -> Score:
    score = Score()
    for row in rows:
        result = check_text(row["text"], subject=row.get("subject"))
        found = {v.rule for v in result.violations}
        expected = row["violations"]
        if not expected:
            score.clean += 1
            if result.violations:
                score.false_positives += 1
                score.flagged_clean.append((row["text"], [f"{v.rule}: {v.text}" for v in result.violations]))
            continue
        for rule in expected:
            score.expected += 1
            score.per_rule[rule] += 1
            if rule in found:
                score.detected += 1
                score.per_rule_hit[rule] += 1
            else:
                score.misses.append((rule, row["text"]))
    return score


# Inputs built to make a careless regex backtrack: shared by the speed test and bench/policy.py.
ADVERSARIAL = {
    "'a.' x 10000": "a." * 10_000,
    "'1-' x 10000": "1-" * 10_000,
    "'@' x 20000": "@" * 20_000,
    "'[(' x 10000": "[(" * 10_000,
    "nested brackets": "[" * 10_000 + "]" * 10_000,
    "'.' x 20000": "." * 20_000,
    "'1 ' x 10000": "1 " * 10_000,
    "digits": "1" * 20_000,
    "'a.b' x 6667": "a.b" * 6_667,
    "'x@x.' x 5000": "x@x." * 5_000,
    "'a . ' x 5000": "a . " * 5_000,
    "'a dot ' x 3334": "a dot " * 3_334,
    "'a at ' x 4000": "a at " * 4_000,
    "'http://' x 2857": "http://" * 2_857,
    "'[x](' x 5000": "[x](" * 5_000,
    "'<a href=' x 2500": "<a href=" * 2_500,
    "'www.' x 5000": "www." * 5_000,
    "'+1 ' x 6667": "+1 " * 6_667,
    "'0 ' x 10000": "0 " * 10_000,
    "'a' x 20000": "a" * 20_000,
    "'@a' x 10000": "@a" * 10_000,
    "Japanese": "返金" * 10_000,
    "emoji": "😀" * 20_000,
    "'we will ' x 2500": "we will " * 2_500,
    "'wir ' x 5000": "wir " * 5_000,
    "violations galore": (
        "Call +1 (555) 123-4567, mail john@example.com, visit www.example.com/x. " * 280
    )[:20_000],
}
