from datetime import UTC, datetime, timedelta

from service.pipeline.decide import Analysis, decide, due_at

RECEIVED = datetime(2026, 11, 28, 23, 30, tzinfo=UTC)  # a Saturday night: the clock still runs


def analysis(**overrides: object) -> Analysis:
    base = dict(clean_text="where is my order?", language="en", language_supported=True, intent="order_status",
                confidence=0.99, urgency="normal", out_of_scope=False, signals=[])
    base.update(overrides)
    return Analysis(**base)  # type: ignore[arg-type]


def run(a: Analysis, **overrides: object):  # type: ignore[no-untyped-def]
    kwargs = dict(analysis=a, thresholds={"order_status": 0.9, "thanks": 0.8}, received_at=RECEIVED,
                  draft_available=True, draft_missing=[], policy_allowed=True, auto_reply_enabled=True)
    kwargs.update(overrides)
    return decide(**kwargs)  # type: ignore[arg-type]


def test_all_conditions_met_auto_replies() -> None:
    d = run(analysis())
    assert (d.status, d.reasons) == ("auto_replied", ["auto_reply_criteria_met"])


def test_each_failed_condition_hands_off_with_its_reason() -> None:
    cases = {
        "low_confidence": run(analysis(confidence=0.5)),
        "urgency_high": run(analysis(urgency="high")),
        "out_of_scope": run(analysis(out_of_scope=True)),
        "intent_not_auto_answerable": run(analysis(intent="damaged_defective", urgency="high")),
        "template_variables_missing": run(analysis(), draft_available=False, draft_missing=["tracking_number"]),
        "policy_blocked": run(analysis(), policy_allowed=False),
        "auto_reply_disabled": run(analysis(), auto_reply_enabled=False),
        "language_unsupported:de": run(analysis(language="de", language_supported=False)),
        "signal:claim": run(analysis(signals=["claim"], urgency="urgent")),
        "reply_language:en": run(analysis(language="de", clean_text="Wo ist meine Bestellung?")),
    }
    for reason, decision in cases.items():
        assert decision.status == "needs_review", reason
        assert reason in decision.reasons, (reason, decision.reasons)


def test_a_buyer_is_answered_only_in_their_own_language() -> None:
    german = analysis(language="de", clean_text="Wo ist meine Bestellung?")
    assert run(german, draft_language="de").status == "auto_replied"
    english_draft = run(german)  # the default: the packaged library is English
    assert english_draft.status == "needs_review" and english_draft.reasons == ["reply_language:en"]
    assert run(analysis(), draft_language="en").status == "auto_replied"


def test_thanks_needs_no_reply_unless_something_is_off() -> None:
    assert run(analysis(intent="thanks", confidence=0.95)).status == "no_reply_needed"
    assert run(analysis(intent="thanks", confidence=0.95, signals=["review_threat"], urgency="urgent")
               ).status == "needs_review"


def test_sla_deadlines_never_exceed_24_hours() -> None:
    assert due_at(RECEIVED, "urgent") == RECEIVED + timedelta(hours=1)
    assert due_at(RECEIVED, "high") == RECEIVED + timedelta(hours=4)
    assert due_at(RECEIVED, "normal") == RECEIVED + timedelta(hours=24)


def test_a_return_for_a_faulty_or_wrong_item_goes_to_a_person() -> None:
    thresholds = {"return_request": 0.9, "refund_status": 0.9}
    faulty = analysis(intent="return_request", clean_text="I want to return it, the lid is cracked",
                      problem_reported=True)
    d = run(faulty, thresholds=thresholds)
    assert d.status == "needs_review" and "problem_reported" in d.reasons
    # The same words on a refund question do not matter: the refund data answers it either way.
    refund = analysis(intent="refund_status", clean_text="refund for the cracked mug?", problem_reported=True)
    assert run(refund, thresholds=thresholds).status == "auto_replied"
    assert run(analysis(intent="return_request"), thresholds=thresholds).status == "auto_replied"


def test_every_reason_a_reviewer_can_see_has_a_written_label() -> None:
    """A new gate or signal must come with words for the reviewer, not its raw code."""
    import re
    from pathlib import Path

    from service.pipeline.signals import SIGNALS
    from service.ui.render import REASON_LABELS

    source = Path(__file__).resolve().parents[2] / "service" / "pipeline" / "decide.py"
    literal_reasons = set(re.findall(r'reasons\.append\("([a-z_]+)"\)', source.read_text()))
    literal_reasons |= {"auto_reply_criteria_met", "template_variables_missing", "no_template", "processing_error"}
    assert len(literal_reasons) > 10  # the scan found decide()'s reasons, not nothing
    expected = literal_reasons | {"urgency_high", "urgency_urgent"} | {f"signal:{s.name}" for s in SIGNALS}
    assert sorted(expected - set(REASON_LABELS)) == []
    from service.ui.render import reason_label

    for prefixed in ("language_unsupported:de", "reply_language:en"):  # written by decide() with a value
        raw = prefixed.replace("_", " ").replace(":", ": ").capitalize()  # what an unknown code shows
        assert reason_label(prefixed) != raw, prefixed
