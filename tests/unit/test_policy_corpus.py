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
    """Replies by writers who never saw the checker: 13,120 in forty-four rounds. Before the rules were widened
    for each round, the checker stopped 82% of the first round's violating replies (flagging 4% of its clean
    ones), then 80%, 82%, 81%, 82% (the fifth with the learned second opinion; rules alone 71%), 92%,
    87-90%, 92.6%, 94.3%, 96.6%, 94.9%, 98.1%, 98.7%, 95.5%, 96.8%, 99.4%, 96.8%, 94.2%, 98.7%, 96.8%, 96.8%,
    98.7%, 96.8%, 97.5%, 92.3%, 96.8%, 96.8%, 98.7%, 95.5%, 92.9%, 93.6%, 94.2%, 97.5%, 96.8%, 92.9%, 96.1%,
    96.8%, 97.4%, 95.5%, 96.8%, 98.1%, 99.4%, 98.1% and 97.4% of the next forty-three's (the last
    thirty-five rounds' careful clean replies: 1-19 flagged each)."""
    rows = load_corpus(FRESH_PATH)
    assert len(rows) >= 13120 and {r["language"] for r in rows} == LANGUAGES
    result = replies_stopped(rows)
    for row in result.missed:
        print(f"  NOT STOPPED {row['violations']}: {row['text']}")
    for row in result.flagged_clean:
        print(f"  FLAGGED CLEAN: {row['text']}")
    assert result.stopped >= 0.98 * result.violating
    assert result.flagged <= 0.02 * result.clean


def test_unseen_replies_hold_their_measured_level() -> None:
    """Round forty-five: 160 English replies and 150 in de/fr/es/it/ja, half of them clean hard look-alikes,
    written while round forty-four was being widened and not used for it. The checker before round forty-four's
    fixes stopped 98.7% of the 155 violating replies (rules alone 96.8%) and flagged 3 of 155 clean ones; after
    them and retraining the second opinion (bar 0.89), the same. A guard against losing that, not a target: the
    misses and the false alarms are the next round's work."""
    rows = load_corpus(UNSEEN_PATH)
    result = replies_stopped(rows)
    for row in result.missed:
        print(f"  NOT STOPPED {row['violations']}: {row['text']}")
    for row in result.flagged_clean:
        print(f"  FLAGGED CLEAN: {row['text']}")
    assert result.violating >= 150 and result.clean >= 150
    assert result.stopped >= 0.98 * result.violating
    assert result.flagged <= 3


def test_the_second_opinion_was_trained_on_the_committed_replies() -> None:
    from policies.learned import learned_checker
    from policies.train import data_hash

    checker = learned_checker()
    assert checker is not None, "policies/data/learned.* missing: run python -m policies.train"
    assert checker.data_hash == data_hash(), "labelled replies changed since training: run python -m policies.train"


def test_the_second_opinion_reads_wordings_no_rule_knows() -> None:
    """Indirect review requests no rule matches: flagged for a person to confirm, on the suspect sentence;
    a plain long reply and a short one are left alone, and a reply a rule stopped gets no second finding."""
    from policies import Severity, check_text

    indirect = ("Thanks for the order. If you enjoyed the lamp, a few kind words from you would brighten our week "
                "and help other shoppers decide.")
    assert check_text(indirect, second_opinion=False).allowed  # no rule knows it
    found = check_text(indirect).violations
    assert [(v.rule, v.severity) for v in found] == [("suspect_wording", Severity.CONFIRM)]
    assert found[0].text.startswith("If you enjoyed the lamp")
    assert indirect[found[0].start : found[0].end] == found[0].text
    plain = ("Thank you for your message. Your order shipped on Monday with DHL and the tracking number is in "
             "your Amazon account; it should arrive by Friday.")
    assert check_text(plain).allowed
    assert check_text("We will follow up tomorrow.").allowed  # short: left to the rules
    ruled = check_text("Leave us a 5-star review and we will refund you.")
    assert "suspect_wording" not in ruled.rules and ruled.violations
