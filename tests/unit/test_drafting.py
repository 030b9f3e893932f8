import re

import pytest

from policies import check_text
from service.replies.drafting import default_library, draft_reply, first_name

FULL_ORDER = {
    "status": "shipped", "carrier": "UPS", "tracking_number": "1Z999AA10123456784", "ship_date": "2026-11-24",
    "estimated_delivery": "2026-11-30", "refund_amount": "$19.99", "refund_date": "2026-11-25",
    "items": [{"sku": "A", "title": "Yoga Mat, 6mm, Purple", "quantity": 1}],
}
HOSTILE_VALUES = [
    "www.cheap-deals.com", "http://bit.ly/x", "call +1 (415) 555-0133", "deals@shop.com",
    "WhatsApp +44 7700 900123", "<a href='http://x.io'>click</a>", "visit shop dot com", "amazon.com.evil.io",
]


def test_a_template_with_missing_variables_is_not_used() -> None:
    draft = draft_reply(intent="order_status", seed="s", buyer_name=None, order_id=None, order=None)
    assert draft.text is None and draft.missing


def test_no_placeholder_ever_leaves() -> None:
    for intent in default_library().templates:
        for status in ("pending", "unshipped", "shipped", "delivered", "refunded"):
            for seed in range(8):
                draft = draft_reply(intent=intent, seed=str(seed), buyer_name="Dana Whitfield",
                                    order_id="114-5529301-7781125", order={**FULL_ORDER, "status": status})
                if draft.text:
                    assert not re.search(r"[{}]", draft.text), draft.text


def test_replies_vary_between_messages() -> None:
    texts = {draft_reply(intent="order_status", seed=str(i), buyer_name="Dana", order_id="114-1",
                         order=FULL_ORDER).text for i in range(30)}
    assert len(texts) >= 6


def test_every_template_passes_the_policy_check_with_clean_data() -> None:
    for intent in default_library().templates:
        for status in ("shipped", "delivered", "refunded", "unshipped"):
            draft = draft_reply(intent=intent, seed="x", buyer_name="Dana", order_id="114-5529301-7781125",
                                order={**FULL_ORDER, "status": status})
            if draft.text:
                result = check_text(draft.text)
                assert not result.blocked, (draft.template, result.to_dict())


def test_no_packaged_template_reads_like_a_rule_break() -> None:
    """The service skips the learned second opinion on drafts (the templates were read when saved); for
    the packaged templates, this is that reading: every phrasing, every greeting and closing, the same drafts
    policies.train keeps the bar above."""
    from policies.train import template_drafts

    drafts = template_drafts()
    assert len(drafts) > 200
    for text in drafts:
        assert "suspect_wording" not in check_text(text).rules, text


@pytest.mark.parametrize("hostile", HOSTILE_VALUES)
def test_hostile_order_data_never_produces_an_unsafe_draft(hostile: str) -> None:
    for intent in default_library().templates:
        order = {**FULL_ORDER, "carrier": hostile, "items": [{"sku": "a", "title": hostile, "quantity": 1}],
                 "tracking_number": hostile, "refund_amount": hostile}
        for seed in range(6):
            draft = draft_reply(intent=intent, seed=str(seed), buyer_name=hostile, order_id=hostile, order=order)
            if draft.text:
                assert not check_text(draft.text).blocked, draft.text


@pytest.mark.parametrize(("raw", "expected"), [
    ("dana whitfield", "Dana"), ("DANA", "Dana"), ("J. Smith", None), ("Mr Smith", None), (None, None),
    ("http://evil.example", None), ("Zoë-Anne O'Neil", "Zoë-Anne"),
])
def test_first_name(raw: str | None, expected: str | None) -> None:
    assert first_name(raw) == expected
