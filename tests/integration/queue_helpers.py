"""Builders for queue tests: teams, reviewers and handed-off messages, all through the real API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from tests.conftest import LiveService, unique

DAMAGED = "The blender jar arrived with a big crack down the side, it leaks everywhere. What can you do?"


@dataclass
class Team:
    id: str
    store_id: str
    reviewers: list[dict[str, Any]]  # each with "id" and "api_key"

    def client(self, live: LiveService, index: int = 0) -> httpx.Client:
        return httpx.Client(base_url=live.base_url, headers={"X-API-Key": self.reviewers[index]["api_key"]},
                            timeout=60)


def make_team(live: LiveService, *, reviewers: int = 2, webhook_url: str | None = None,
              webhook_secret: str | None = None, **reviewer_fields: Any) -> Team:
    with live.client("admin") as admin:
        body: dict[str, Any] = {"name": unique("team")}
        if webhook_url:
            body |= {"webhook_url": webhook_url, "webhook_secret": webhook_secret or "s" * 32}
        team = admin.post("/teams", json=body).json()
        store = unique("store")
        assert admin.put(f"/stores/{store}", json={"team_id": team["id"]}).status_code == 200
        people = [
            admin.post("/reviewers", json={"name": unique("rev"), "team_id": team["id"], **reviewer_fields}).json()
            for _ in range(reviewers)
        ]
    return Team(team["id"], store, people)


def handed_off(live: LiveService, store_id: str, *, body: str = DAMAGED, **fields: Any) -> dict[str, Any]:
    payload = {"message_id": unique(), "store_id": store_id, "order_id": "114-5529301-7781125",
               "order": {"status": "delivered", "items": [{"sku": "B1", "title": "Blender", "quantity": 1}]},
               "body": body, **fields}
    with live.client() as client:
        record = client.post("/messages", json=payload).json()
    assert record["status"] == "needs_review", record
    return record
