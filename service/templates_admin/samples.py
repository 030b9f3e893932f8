"""Sample orders for previewing templates, and the fully filled order every template is checked with."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

ORDER_STATUSES = ("pending", "unshipped", "shipped", "delivered", "cancelled", "returned", "refunded")
LANGUAGES = ("en", "de", "fr", "es", "it", "ja")
# Every variable order_variables() can fill; a template naming anything else could never be used.
KNOWN_VARIABLES = (
    "first_name", "order_id", "carrier", "tracking_number", "ship_date", "estimated_delivery",
    "refund_amount", "refund_date", "item_title",
)


@dataclass(frozen=True)
class Sample:
    label: str
    buyer_name: str | None
    order_id: str | None
    order: dict[str, Any] = field(default_factory=dict)


def _day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


def samples() -> dict[str, Sample]:
    """Dates move with today, so a preview reads like a real reply would this week."""
    bottle = {"sku": "WB-750-BL", "title": "Stainless Steel Water Bottle, 750 ml, Blue", "quantity": 1}
    mat = {"sku": "YM-6-PU", "title": "Yoga Mat, 6mm, Purple", "quantity": 1}
    return {
        "shipped": Sample("Shipped, one item, tracked", "Dana Whitfield", "114-5529301-7781125", {
            "status": "shipped", "carrier": "UPS", "tracking_number": "1Z999AA10123456784",
            "ship_date": _day(-2), "estimated_delivery": _day(3), "items": [bottle]}),
        "unshipped": Sample("Not shipped yet", "Marco Rossi", "302-1187734-5521908", {
            "status": "unshipped", "ship_date": _day(1), "items": [mat]}),
        "delivered": Sample("Delivered, two items", "Aiko Tanaka", "249-7781120-3316604", {
            "status": "delivered", "carrier": "USPS", "tracking_number": "9400111899223344556677",
            "ship_date": _day(-6), "estimated_delivery": _day(-2), "items": [bottle, mat]}),
        "refunded": Sample("Refunded", "Lena Schmidt", "028-4471903-1190456", {
            "status": "refunded", "refund_amount": "$24.99", "refund_date": _day(-1), "items": [bottle]}),
        "no_name": Sample("Shipped, no buyer name", None, "114-9921833-4410937", {
            "status": "shipped", "carrier": "FedEx", "tracking_number": "794612345678",
            "ship_date": _day(-1), "estimated_delivery": _day(2), "items": [mat]}),
    }


def full_sample(status: str = "shipped") -> Sample:
    """Every field filled: what the policy check renders a template with before it may be saved."""
    base = samples()["shipped"]
    order = {**base.order, "status": status, "refund_amount": "$24.99", "refund_date": _day(-1)}
    return Sample("All fields", base.buyer_name, base.order_id, order)
