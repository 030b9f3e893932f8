"""Realistic data for the browser tests: two stores of one team, a reviewer, and buyer messages of every
urgency, sent in through the real API like the ingest job would."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from tests.conftest import unique

SHIPPED = {"status": "shipped", "carrier": "UPS", "tracking_number": "1Z999AA10123456784",
           "ship_date": "2026-11-24", "estimated_delivery": "2026-11-30",
           "items": [{"sku": "BL-900", "title": "Countertop Blender, 900W, Black", "quantity": 1}]}
DELIVERED = {"status": "delivered", "carrier": "USPS", "tracking_number": "9400111899223344556677",
             "ship_date": "2026-11-20", "estimated_delivery": "2026-11-25",
             "items": [{"sku": "KT-17", "title": "Electric Kettle, 1.7L, Stainless", "quantity": 1},
                       {"sku": "MG-2", "title": "Ceramic Mug Set of 2", "quantity": 1}]}

URGENT_CLAIM = ("It has been three weeks and my blender STILL has not arrived. Tracking has not moved since the 24th. "
                "If I do not get it or a refund by tomorrow I am filing an A-to-z claim.")
URGENT_SAFETY = ("The kettle you sold me sparked and the base started smoking the first time I switched it on. "
                 "This is dangerous, my kid was right next to it.")
HIGH_DAMAGED = ("<div>The blender jar arrived with a big crack down the side and it leaks everywhere.<br>"
                "What can you do?</div><div class=\"gmail_quote\">On Mon, Nov 24, 2026 Acme Kitchen wrote:"
                "<blockquote>Thank you for your order! Your blender ships today.</blockquote></div>")
HIGH_WRONG = "I ordered the black blender but you sent a white one, and the lid is missing too."
NORMAL_INVOICE = "Could you send me a VAT invoice for this order please? My company needs it for expenses."
NORMAL_QUESTION = "Does the kettle switch off by itself when the water boils? Thinking of buying a second one."
AUTO_ORDER_STATUS = "Hi, where is my order? Has it shipped yet?"


@dataclass
class World:
    team_id: str
    stores: list[str]
    reviewer: dict[str, Any]
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)


def build(base_url: str, keys: dict[str, str]) -> World:
    admin = httpx.Client(base_url=base_url, headers={"X-API-Key": keys["admin"]}, timeout=60)
    ingest = httpx.Client(base_url=base_url, headers={"X-API-Key": keys["ingest"]}, timeout=60)
    with admin, ingest:
        team = admin.post("/teams", json={"name": unique("Kitchen team")}).json()
        # One store keeps auto-reply off (everything to a person), one has it on (standard questions answered).
        kitchen, home = unique("acme-kitchen-us"), unique("hearth-home-uk")
        admin.put(f"/stores/{kitchen}", json={"team_id": team["id"], "name": "Acme Kitchen",
                                              "auto_reply_enabled": False}).raise_for_status()
        admin.put(f"/stores/{home}", json={"team_id": team["id"], "name": "Hearth & Home"}).raise_for_status()
        reviewer = admin.post("/reviewers", json={"name": "Robin Reviewer", "team_id": team["id"]}).json()
        world = World(team["id"], [kitchen, home], reviewer)
        now = datetime.now(UTC).replace(microsecond=0)

        def send(name: str, store: str, body: str, *, order: dict[str, Any] | None, buyer: str, minutes_ago: int,
                 subject: str | None = None, marketplace: str = "US") -> None:
            payload: dict[str, Any] = {
                "message_id": unique(), "store_id": store, "order_id": "114-5529301-7781125", "buyer_name": buyer,
                "body": body, "marketplace": marketplace,
                "received_at": (now - timedelta(minutes=minutes_ago)).isoformat(),
            }
            if order:
                payload["order"] = order
            if subject:
                payload["subject"] = subject
            response = ingest.post("/messages", json=payload)
            response.raise_for_status()
            world.messages[name] = response.json()

        send("claim", kitchen, URGENT_CLAIM, order=SHIPPED, buyer="Dana Whitfield", minutes_ago=12,
             subject="Where is my blender??")
        send("safety", home, URGENT_SAFETY, order=DELIVERED, buyer="Tom Baker", minutes_ago=35, marketplace="UK")
        send("damaged", kitchen, HIGH_DAMAGED, order={**SHIPPED, "status": "delivered"}, buyer="Priya Natarajan",
             minutes_ago=50, subject="Cracked jar")
        send("wrong", kitchen, HIGH_WRONG, order={**SHIPPED, "status": "delivered"}, buyer="Marco Rossi",
             minutes_ago=90)
        send("invoice", kitchen, NORMAL_INVOICE, order=SHIPPED, buyer="Lena Schmidt", minutes_ago=120)
        send("question", home, NORMAL_QUESTION, order=DELIVERED, buyer="Aiko Tanaka", minutes_ago=200,
             marketplace="UK")
        for i in range(3):
            send(f"auto{i}", home, AUTO_ORDER_STATUS, order=SHIPPED, buyer="Sam Carter", minutes_ago=30 + i,
                 marketplace="UK")
    return world
