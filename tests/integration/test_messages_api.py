"""POST /messages through real HTTP, the real model and a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import concurrent.futures
import json
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import func, select

from service.db import make_engine, make_session_factory
from service.messages.models import Message, OutboxReply
from tests.conftest import LiveService, unique

SHIPPED = {
    "status": "shipped", "carrier": "UPS", "tracking_number": "1Z999AA10123456784",
    "ship_date": "2026-11-24", "estimated_delivery": "2026-11-30",
    "items": [{"sku": "YM-6", "title": "Non-Slip Yoga Mat, 6mm, Purple", "quantity": 1}],
}


def post(live: LiveService, **fields: object) -> httpx.Response:
    payload = {"message_id": unique(), "store_id": unique("store"), **fields}
    with live.client() as client:
        return client.post("/messages", json=payload)


def count(live: LiveService, model: type, **where: str) -> int:
    engine = make_engine(live.database_url)
    try:
        with make_session_factory(engine)() as session:
            query = select(func.count()).select_from(model)
            for key, value in where.items():
                query = query.where(getattr(model, key) == value)
            return int(session.scalar(query) or 0)
    finally:
        engine.dispose()


def test_standard_question_with_order_data_is_auto_answered(live: LiveService) -> None:
    r = post(live, buyer_name="dana whitfield", order_id="114-5529301-7781125", order=SHIPPED,
             body="Hello, could you tell me where my order is? I haven't received a tracking number yet.")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["intent"]["label"] == "order_status"
    assert body["status"] == "auto_replied", body["reasons"]
    assert "1Z999AA10123456784" in body["reply"]["text"] and "Dana" in body["reply"]["text"]
    assert "{" not in body["reply"]["text"]
    assert body["policy"]["allowed"] is True
    assert count(live, OutboxReply, message_pk=body["id"]) == 1


def test_missing_order_data_hands_off_instead_of_sending_a_gap(live: LiveService) -> None:
    r = post(live, body="where is my order?? it says nothing on tracking")
    body = r.json()
    assert body["status"] == "needs_review"
    assert body["reply"] is None
    assert {"template_variables_missing", "low_confidence", "intent_not_auto_answerable"} & set(body["reasons"])


def test_safety_report_is_urgent_with_one_hour_deadline(live: LiveService) -> None:
    received = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    r = post(live, received_at=received.isoformat(),
             body="The charger you sold me started smoking last night and burned my daughter's hand.")
    body = r.json()
    assert body["status"] == "needs_review"
    assert body["urgency"]["level"] == "urgent"
    assert datetime.fromisoformat(body["urgency"]["due_at"]) == received + timedelta(hours=1)


def test_thanks_needs_no_reply(live: LiveService) -> None:
    body = post(live, body="Got the package today, everything is perfect. Thank you so much!").json()
    assert body["status"] == "no_reply_needed"
    assert body["intent"]["label"] == "thanks"


def test_claim_threat_inside_a_routine_question_is_urgent(live: LiveService) -> None:
    body = post(live, order=SHIPPED, order_id="114-5529301-7781125",
                body="where is my order? if it isn't here tomorrow I'm filing an A-to-z claim").json()
    assert body["status"] == "needs_review"
    assert body["urgency"]["level"] == "urgent"


def test_out_of_scope_message_is_never_auto_answered(live: LiveService) -> None:
    body = post(live, order=SHIPPED, order_id="114-5529301-7781125",
                body="Do you think it will rain in Seattle this weekend? Asking for a picnic.").json()
    assert body["status"] == "needs_review"
    assert "out_of_scope" in body["reasons"] or body["intent"]["label"] == "other"


def test_another_shops_order_is_handed_off_even_when_it_reads_like_ours(live: LiveService) -> None:
    """A status question about an ASOS parcel is worded like a standard one; the answer is not ours."""
    body = post(live, order=SHIPPED, order_id="114-5529301-7781125",
                body="hi where is my ASOS order? tracking said dispatched on monday").json()
    assert body["status"] == "needs_review"
    assert "signal:other_business" in body["reasons"]


def test_foreign_language_is_detected_and_handed_off(live: LiveService) -> None:
    body = post(live, order=SHIPPED, order_id="114-5529301-7781125",
                body="Hallo, wo bleibt meine Bestellung? Ich warte schon seit einer Woche auf das Paket.").json()
    assert body["language"] == "de"
    assert body["status"] == "needs_review"
    assert "language_unsupported:de" in body["reasons"]


def test_html_email_with_quoted_history_is_read_as_the_buyer_wrote_it(live: LiveService) -> None:
    html = ("<html><body><div>Thanks, it arrived today and works great!</div>"
            "<blockquote>On Mon, Nov 23 Acme wrote: Where is your refund? Your A-to-z claim lawyer</blockquote>"
            "</body></html>")
    body = post(live, body=html).json()
    assert body["status"] == "no_reply_needed", body


def test_auto_reply_switched_off_for_a_store(live: LiveService) -> None:
    store = unique("store")
    with live.client("admin") as admin:
        assert admin.put(f"/stores/{store}", json={"auto_reply_enabled": False}).status_code == 200
    body = post(live, store_id=store, buyer_name="Dana", order_id="114-5529301-7781125", order=SHIPPED,
                body="Hello, could you tell me where my order is? I haven't received a tracking number yet.").json()
    assert body["status"] == "needs_review"
    assert "auto_reply_disabled" in body["reasons"]


def test_hostile_order_data_never_reaches_a_reply(live: LiveService) -> None:
    order = {**SHIPPED, "carrier": "UPS see www.cheap-deals.example/track",
             "items": [{"sku": "X", "title": "Mat - call +1 (415) 555-0133 or mail deals@shop.example", "quantity": 1}]}
    body = post(live, buyer_name="http://evil.example", order_id="114-5529301-7781125", order=order,
                body="Hello, could you tell me where my order is? I haven't received a tracking number yet.").json()
    text = (body["reply"] or {}).get("text", "")
    for needle in ("evil", "cheap-deals", "555-0133", "deals@"):
        assert needle not in text
    if body["status"] == "auto_replied":
        assert body["policy"]["allowed"]


def test_get_returns_the_same_record(live: LiveService) -> None:
    created = post(live, body="Do you ship to Alaska and how long does it take?").json()
    for role in ("ingest", "admin"):
        with live.client(role) as client:
            fetched = client.get(f"/messages/{created['id']}")
            assert fetched.status_code == 200
            assert fetched.json() == created
            assert client.get("/messages/nope").status_code == 404
    with live.client("reviewer") as teamless:  # a reviewer sees only their own team's stores
        assert teamless.get(f"/messages/{created['id']}").status_code == 404


def test_same_message_twice_returns_200_and_the_same_body(live: LiveService) -> None:
    payload = {"message_id": unique(), "store_id": unique("store"), "body": "can I still cancel my order?"}
    with live.client() as client:
        first = client.post("/messages", json=payload)
        second = client.post("/messages", json=payload)
        changed = client.post("/messages", json={**payload, "body": "something else entirely"})
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json() == second.json()
    assert changed.status_code == 409
    assert count(live, Message, message_id=payload["message_id"]) == 1


def test_twenty_concurrent_duplicates_make_one_record(live: LiveService) -> None:
    payload = {"message_id": unique(), "store_id": unique("store"), "order": SHIPPED, "order_id": "114-1-2",
               "body": "Hi! Has my order shipped yet? Would love the tracking number."}

    def send(_: int) -> httpx.Response:
        with live.client() as client:
            return client.post("/messages", json=payload)

    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        responses = list(pool.map(send, range(20)))
    codes = sorted(r.status_code for r in responses)
    assert codes == [200] * 19 + [201], codes
    bodies = {json.dumps(r.json(), sort_keys=True) for r in responses}
    assert len(bodies) == 1
    pk = responses[0].json()["id"]
    assert count(live, Message, message_id=payload["message_id"]) == 1
    assert count(live, OutboxReply, message_pk=pk) <= 1


def test_policy_check_endpoint(live: LiveService) -> None:
    with live.client("reviewer") as client:
        r = client.post("/policy/check", json={"text": "Visit www.example.com for a discount"})
    assert r.status_code == 200
    result = r.json()
    assert result["allowed"] is False
    assert any(v["rule"] == "external_link" for v in result["violations"])


def test_health_needs_no_key_but_everything_else_does(live: LiveService) -> None:
    with httpx.Client(base_url=live.base_url) as anon:
        assert anon.get("/healthz").status_code == 200
        assert anon.post("/messages", json={}).status_code == 401
        assert anon.get("/messages/x").status_code == 401
        assert anon.get("/readyz").status_code == 401
        assert anon.get("/messages/x", headers={"X-API-Key": "hk_not-a-real-key"}).status_code == 401
    with live.client("ingest") as client:
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["database"] == "ok"
