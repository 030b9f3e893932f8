"""The buyer-message taxonomy: intents, their default urgency, and which may be auto-answered."""

from __future__ import annotations

URGENCY_LEVELS = ("normal", "high", "urgent")  # ascending
URGENCY_RANK = {level: i for i, level in enumerate(URGENCY_LEVELS)}
SLA_HOURS = {"urgent": 1, "high": 4, "normal": 24}

INTENT_DEFAULT_URGENCY: dict[str, str] = {
    "order_status": "normal",
    "delivery_estimate": "normal",
    "not_received": "high",
    "cancel_order": "high",
    "change_address": "high",
    "change_order": "high",
    "return_request": "normal",
    "return_policy": "normal",
    "refund_status": "normal",
    "damaged_defective": "high",
    "wrong_or_missing_item": "high",
    "product_question": "high",
    "usage_help": "high",
    "invoice_request": "normal",
    "price_discount": "normal",
    "complaint": "high",
    "a_to_z_claim": "urgent",
    "review_threat": "urgent",
    "product_safety": "urgent",
    "thanks": "normal",
    "amazon_notification": "normal",
    "other": "normal",
}
INTENTS = tuple(INTENT_DEFAULT_URGENCY)

# Standard questions a template answers fully from order data (refund_status only with refund data).
AUTO_ANSWERABLE = frozenset(
    {"order_status", "delivery_estimate", "return_request", "return_policy", "refund_status", "invoice_request"}
)
NO_REPLY_NEEDED = frozenset({"thanks", "amazon_notification"})
# Auto-answerable only for an item with nothing wrong with it (see decide: problem_reported).
STANDARD_RETURN_INTENTS = frozenset({"return_request", "return_policy"})
OUT_OF_SCOPE = "other"


def max_urgency(*levels: str) -> str:
    return max(levels, key=lambda level: URGENCY_RANK[level])
