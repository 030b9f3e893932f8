"""The labelled corpus (policies/data/replies.jsonl): recall on violating
replies and false positives on clean ones."""

from __future__ import annotations

from collections import Counter

from policies.evaluation import FRESH_PATH, UNSEEN_PATH, evaluate, load_corpus, replies_stopped

RULES = {
    "external_link", "email_address", "phone_number", "messenger_handle", "compensation_promise",
    "review_manipulation", "marketing", "off_amazon", "emoji", "subject_important",
}
LANGUAGES = {"en", "de", "fr", "es", "it", "ja"}


def test_corpus_is_big_and_balanced() -> None:
    rows = load_corpus()
    assert len(rows) >= 450
    violating = [r for r in rows if r["violations"]]
    assert 0.45 <= len(violating) / len(rows) <= 0.65
    assert {rule for r in violating for rule in r["violations"]} == RULES
    per_language = Counter((r["language"], bool(r["violations"])) for r in rows)
    for language in LANGUAGES:
        assert per_language[(language, True)] >= 25, language
        assert per_language[(language, False)] >= 25, language
    assert len({r["text"] for r in rows}) == len(rows), "duplicate replies"


def test_corpus_recall_and_false_positives() -> None:
    score = evaluate(load_corpus())
    print(
        f"\ncorpus: recall {score.detected}/{score.expected} = {score.recall:.2%}, "
        f"false positives {score.false_positives}/{score.clean} = {score.false_positive_rate:.2%}"
    )
    for rule in sorted(score.per_rule):
        print(f"  {rule:22} {score.per_rule_hit[rule]}/{score.per_rule[rule]}")
    for rule, text in score.misses:
        print(f"  MISS {rule}: {text}")
    for text, found in score.flagged_clean:
        print(f"  FALSE POSITIVE {found}: {text}")
    assert score.recall >= 0.99
    assert score.false_positive_rate <= 0.01


def test_fresh_replies_are_stopped_and_clean_ones_pass() -> None:
    """Replies by writers who never saw the checker: 880 in four rounds. Before the rules were widened for
    each round, the checker stopped 82% of the first round's violating replies (flagging 4% of its clean
    ones), then 80%, 82% and 81% of the next three's (none flagged)."""
    rows = load_corpus(FRESH_PATH)
    assert len(rows) >= 850 and {r["language"] for r in rows} == LANGUAGES
    result = replies_stopped(rows)
    for row in result.missed:
        print(f"  NOT STOPPED {row['violations']}: {row['text']}")
    for row in result.flagged_clean:
        print(f"  FLAGGED CLEAN: {row['text']}")
    assert result.stopped >= 0.98 * result.violating
    assert result.flagged <= 0.02 * result.clean


def test_unseen_replies_hold_their_measured_level() -> None:
    """150 replies in de/fr/es/it/ja written after the last widening and not used for it. Measured once:
    70.6% of the violating ones stopped (the checker of 2026-11-27 morning, before any widening: 64.7%),
    2 of 65 clean ones flagged (before: 2). A guard against losing that, not a target: the misses are the
    next round's work."""
    rows = load_corpus(UNSEEN_PATH)
    result = replies_stopped(rows)
    for row in result.missed:
        print(f"  NOT STOPPED {row['violations']}: {row['text']}")
    for row in result.flagged_clean:
        print(f"  FLAGGED CLEAN: {row['text']}")
    assert result.violating >= 80 and result.clean >= 60
    assert result.stopped >= 0.70 * result.violating
    assert result.flagged <= 2
