"""GET /stats and GET /metrics on both databases, with a store whose history is known exactly."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from models.artifact import ModelArtifact
from service.db import make_engine, make_session_factory
from service.messages.models import Message
from tests.conftest import LiveService
from tests.e2e.http_ui import sign_in
from tests.e2e.seed import HIGH_WRONG, SHIPPED, URGENT_CLAIM
from tests.integration.queue_helpers import DAMAGED, handed_off, make_team

ORDER_STATUS = "Hello, could you tell me where my order is? I'd like the tracking number please."


def item_of(live: LiveService, message_pk: str) -> str:
    engine = make_engine(live.database_url)
    try:
        with make_session_factory(engine)() as session:
            message = session.get(Message, message_pk)
            assert message is not None and message.item_id
            return message.item_id
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def history(live: LiveService) -> dict[str, Any]:
    """One store: an urgent claim left open past its deadline, a wrong item answered late (and relabelled),
    a damaged item answered at once with the draft, and one question answered automatically."""
    team = make_team(live)
    now = datetime.now(UTC).replace(microsecond=0)
    claim = handed_off(live, team.store_id, body=URGENT_CLAIM, received_at=(now - timedelta(hours=2)).isoformat())
    wrong = handed_off(live, team.store_id, body=HIGH_WRONG, received_at=(now - timedelta(hours=5)).isoformat())
    damaged = handed_off(live, team.store_id, body=DAMAGED)
    with live.client() as ingest:
        auto = ingest.post("/messages", json={
            "message_id": f"auto-{team.store_id}", "store_id": team.store_id, "order_id": "114-5529301-7781125",
            "buyer_name": "Sam Carter", "body": ORDER_STATUS, "order": SHIPPED}).json()
    assert auto["status"] == "auto_replied", auto
    assert (claim["urgency"]["level"], wrong["urgency"]["level"]) == ("urgent", "high")
    assert wrong["intent"]["label"] != "damaged_defective"
    with sign_in(live.base_url, team.reviewers[0]["api_key"]) as page, team.client(live) as api:
        # Opening an item in the web app claims that very item; the API then acts under the same key.
        assert "You are working on this" in page.get(f"/ui/items/{item_of(live, wrong['id'])}").text
        assert api.post(f"/messages/{wrong['id']}/label", json={"intent": "damaged_defective"}).status_code == 200
        # A replacement promise: the second opinion asks for a person's confirmation, which this is.
        assert api.post(f"/messages/{wrong['id']}/reply", json={"text": "Sorry! A new one is on its way.",
                                                                "confirm_compensation": True}).status_code == 200
        assert "You are working on this" in page.get(f"/ui/items/{item_of(live, damaged['id'])}").text
        assert api.post(f"/messages/{damaged['id']}/approve").status_code == 200
    return {"team": team, "claim": claim, "wrong": wrong, "damaged": damaged, "auto": auto}


def stats(live: LiveService, store_id: str) -> dict[str, Any]:
    with live.client("admin") as admin:
        response = admin.get("/stats", params={"store_id": store_id})
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_stats_count_what_happened(live: LiveService, history: dict[str, Any], artifact: ModelArtifact) -> None:
    data = stats(live, history["team"].store_id)
    assert data["backlog"]["total"] == 1 and data["backlog"]["by_urgency"] == {"urgent": 1, "high": 0, "normal": 0}
    assert data["backlog"]["overdue"] == 1
    assert [(r["store_id"], r["total"]) for r in data["backlog"]["by_store"]] == [(history["team"].store_id, 1)]
    week = data["windows"]["7d"]
    assert week["messages"] == 4
    assert week["by_status"] == {"auto_replied": 1, "needs_review": 3, "no_reply_needed": 0}
    assert week["auto_reply_rate"] == 0.25
    by_intent = week["auto_reply_by_intent"][history["auto"]["intent"]["label"]]
    assert by_intent["auto_replied"] == 1 and by_intent["share"] == 1.0
    assert data["model"]["version"] == artifact.version and data["model"]["metrics"]["accuracy"] > 0.5
    assert len(data["daily"]) == 30 and sum(d["messages"] for d in data["daily"]) == 4
    assert data["windows"]["30d"]["messages"] == 4


def test_sla_late_responses_agreement_and_reviewers(live: LiveService, history: dict[str, Any]) -> None:
    week = stats(live, history["team"].store_id)["windows"]["7d"]
    # Met: the auto-reply and the damaged item answered at once. Breached: the claim still open past its
    # deadline and the wrong item answered an hour late.
    assert week["sla"] == {"due": 4, "met": 2, "breached": 2, "compliance": 0.5,
                           "queue": {"due": 3, "met": 1, "breached": 2, "compliance": 0.3333}}
    assert week["late_responses"] == {"replies": 3, "late": 1, "rate": 0.3333,
                                      "queue": {"replies": 2, "late": 1, "rate": 0.5}}
    first = week["first_response_seconds"]
    assert first["count"] == 3 and first["queue"]["count"] == 2
    assert 2 * 3600 <= first["queue"]["median"] <= 3 * 3600  # halfway between five hours and a moment
    agreement = week["agreement"]
    assert agreement["reviewed"] == 2 and agreement["intent"] == 0.5
    assert agreement["top_corrections"] == [
        {"change": f"{history['wrong']['intent']['label']}→damaged_defective", "count": 1}]
    assert (agreement["drafts_approved"], agreement["drafts_rewritten"], agreement["draft_acceptance"]) == (1, 1, 0.5)
    reviewer = history["team"].reviewers[0]
    assert [(r["reviewer_id"], r["name"], r["handled"]) for r in week["reviewers"]] == [
        (reviewer["id"], reviewer["name"], 2)]
    assert week["reviewers"][0]["median_handle_seconds"] >= 0


def test_stats_need_an_admin(live: LiveService) -> None:
    with httpx.Client(base_url=live.base_url, timeout=30) as anon:
        assert anon.get("/stats").status_code == 401
        assert anon.get("/metrics").status_code == 401
    for role in ("ingest", "reviewer"):
        with live.client(role) as client:
            assert client.get("/stats").status_code == 403
            assert client.get("/metrics").status_code == 403


def sample(text: str, name: str, **labels: str) -> float | None:
    """The first sample of `name` whose labels include `labels`."""
    for line in text.splitlines():
        metric, _, value = line.rpartition(" ")
        if metric.split("{")[0] != name:
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', metric))
        if all(found.get(k) == v for k, v in labels.items()):
            return float(value)
    return None


def test_metrics_expose_requests_decisions_queue_sla_and_inference(live: LiveService, history: dict[str, Any]
                                                                    ) -> None:
    # Prometheus can send the key as a bearer token.
    with httpx.Client(base_url=live.base_url, timeout=30,
                      headers={"Authorization": f"Bearer {live.keys['admin']}"}) as prometheus:
        response = prometheus.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert (sample(text, "handoff_http_requests_total", method="POST", route="/messages", status="201") or 0) >= 4
    assert sample(text, "handoff_http_request_duration_seconds_count", method="POST", route="/messages")
    assert sample(text, "handoff_http_requests_total", route="/messages/{message_pk}/approve", status="200")
    assert not re.search(r'route="/messages/[0-9a-f]{32}', text)  # route templates, never raw ids
    claim_intent = history["claim"]["intent"]["label"]
    assert (sample(text, "handoff_decisions_total", status="needs_review", intent=claim_intent) or 0) >= 1
    assert (sample(text, "handoff_decisions_total", status="auto_replied") or 0) >= 1
    assert (sample(text, "handoff_queue_depth", urgency="urgent") or 0) >= 1
    assert (sample(text, "handoff_queue_overdue", urgency="urgent") or 0) >= 1
    assert (sample(text, "handoff_sla_breaches_total", urgency="high") or 0) >= 1
    assert (sample(text, "handoff_model_inference_seconds_count", stage="encode") or 0) >= 4
    assert (sample(text, "handoff_model_inference_seconds_count", stage="classify") or 0) >= 4
    assert (sample(text, "handoff_decision_duration_seconds_count") or 0) >= 4
    assert sample(text, "handoff_model_info") == 1.0
