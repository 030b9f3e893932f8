"""The human queue through real HTTP: claims, leases, actions, authorization, threads, assignment."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, text

from service.db import make_engine, make_session_factory, transaction
from service.messages.models import OutboxReply
from service.queue.models import Feedback
from service.queue.service import assign_open_items
from service.timeutil import as_utc
from tests.conftest import LiveService
from tests.integration.queue_helpers import handed_off, make_team


def outbox_rows(live: LiveService, message_pk: str) -> list[OutboxReply]:
    engine = make_engine(live.database_url)
    try:
        with make_session_factory(engine)() as session:
            return list(session.scalars(select(OutboxReply).where(OutboxReply.message_pk == message_pk)))
    finally:
        engine.dispose()


def test_claim_approve_and_the_item_leaves_the_queue(live: LiveService) -> None:
    team = make_team(live)
    record = handed_off(live, team.store_id)
    with team.client(live) as reviewer:
        listed = reviewer.get("/queue", params={"store_id": team.store_id}).json()
        assert [i["message"]["id"] for i in listed["items"]] == [record["id"]]
        item = listed["items"][0]
        assert item["draft"]["text"] and item["intent"]["label"] == record["intent"]["label"]
        assert item["seconds_left"] > 0 and listed["counts"][item["urgency"]] == 1
        claimed = reviewer.post("/queue/claim", json={})
        assert claimed.status_code == 200 and claimed.json()["id"] == item["id"]
        assert reviewer.post(f"/messages/{record['id']}/approve").status_code == 200
        assert reviewer.post(f"/messages/{record['id']}/approve").status_code == 409  # never twice
        assert reviewer.get("/queue", params={"store_id": team.store_id}).json()["items"] == []
        assert reviewer.post("/queue/claim", json={"store_id": team.store_id}).status_code in (200, 204)
    sent = outbox_rows(live, record["id"])
    assert len(sent) == 1 and sent[0].source == "reviewer" and sent[0].text == item["draft"]["text"]


def test_replies_are_policy_checked(live: LiveService) -> None:
    team = make_team(live)
    record = handed_off(live, team.store_id)
    with team.client(live) as reviewer:
        reviewer.post("/queue/claim", json={})
        blocked = reviewer.post(f"/messages/{record['id']}/reply",
                                json={"text": "Sorry! Order a new one at www.blender-parts.com"})
        assert blocked.status_code == 422
        assert blocked.json()["detail"]["error"] == "policy_blocked"
        assert any(v["rule"] == "external_link" for v in blocked.json()["detail"]["violations"])
        refund = "I am sorry about the jar. I have refunded your order in full."
        unconfirmed = reviewer.post(f"/messages/{record['id']}/reply", json={"text": refund})
        assert unconfirmed.status_code == 422
        assert unconfirmed.json()["detail"]["error"] == "confirmation_required"
        sent = reviewer.post(f"/messages/{record['id']}/reply", json={"text": refund, "confirm_compensation": True})
        assert sent.status_code == 200, sent.text
    with live.client("admin") as admin:
        events = admin.get("/audit", params={"message_id": record["id"]}).json()
    actions = [e["action"] for e in events]
    assert actions[0] == "decided" and "claimed" in actions and actions[-1] == "replied"
    assert events[-1]["after"]["confirmed_compensation"] is True
    assert len(outbox_rows(live, record["id"])) == 1


def test_another_team_gets_404_on_every_route(live: LiveService) -> None:
    mine, theirs = make_team(live), make_team(live)
    record = handed_off(live, theirs.store_id)
    with mine.client(live) as outsider:
        assert outsider.get("/queue", params={"store_id": theirs.store_id}).json()["items"] == []
        assert outsider.post("/queue/claim", json={"store_id": theirs.store_id}).status_code == 204
        for route, body in [("lease", {}), ("approve", None), ("reply", {"text": "hello"}),
                            ("reject", {"reason": "spam"}), ("label", {"intent": "complaint"})]:
            r = outsider.post(f"/messages/{record['id']}/{route}", json=body)
            assert r.status_code == 404, (route, r.status_code, r.text)
        assert outsider.get(f"/messages/{record['id']}").status_code == 404
    with theirs.client(live) as insider:
        assert insider.get(f"/messages/{record['id']}").status_code == 200
    with live.client("ingest") as ingest:
        assert ingest.get("/queue").status_code == 403


def test_claimed_items_belong_to_their_claimer_until_the_lease_ends(live: LiveService) -> None:
    team = make_team(live)
    record = handed_off(live, team.store_id)
    with team.client(live, 0) as alice, team.client(live, 1) as bob:
        assert alice.post("/queue/claim", json={"lease_seconds": 1}).status_code == 200
        assert bob.post("/queue/claim", json={}).status_code == 204  # nothing else to take
        assert bob.post(f"/messages/{record['id']}/approve").status_code == 409
        assert bob.post(f"/messages/{record['id']}/label", json={"urgency": "urgent"}).status_code == 409
        time.sleep(1.3)  # alice's lease runs out: the item is back in the queue
        listed = bob.get("/queue", params={"store_id": team.store_id, "status": "unclaimed"}).json()["items"]
        assert [i["message"]["id"] for i in listed] == [record["id"]]
        assert bob.post("/queue/claim", json={}).status_code == 200
        stale = alice.post(f"/messages/{record['id']}/approve")
        assert stale.status_code == 409  # alice lost the lease: she cannot send any more
        assert alice.post(f"/messages/{record['id']}/lease", json={}).status_code == 409
        assert bob.post(f"/messages/{record['id']}/lease", json={"lease_seconds": 120}).status_code == 200
        assert bob.post(f"/messages/{record['id']}/reject", json={"reason": "duplicate"}).status_code == 200
    assert outbox_rows(live, record["id"]) == []


def test_thread_messages_merge_and_restart_the_clock(live: LiveService) -> None:
    team = make_team(live)
    thread = "thread-" + team.store_id
    now = datetime.now(UTC).replace(microsecond=0)
    first = handed_off(live, team.store_id, thread_id=thread, received_at=(now - timedelta(hours=3)).isoformat())
    second = handed_off(live, team.store_id, thread_id=thread, received_at=now.isoformat(),
                        body="Hello?? Still waiting on an answer about the cracked blender jar.")
    with team.client(live) as reviewer:
        items = reviewer.get("/queue", params={"store_id": team.store_id}).json()["items"]
        assert len(items) == 1
        item = items[0]
        assert item["message"]["id"] == second["id"] and len(item["thread"]) == 2
        assert datetime.fromisoformat(item["due_at"]) >= now + timedelta(hours=1)  # clock restarted
        assert "thread_in_queue" in second["reasons"]
        reviewer.post("/queue/claim", json={})
        assert reviewer.post(f"/messages/{first['id']}/approve").status_code == 200  # answers the thread
        third = handed_off(live, team.store_id, thread_id=thread, body="The new jar also leaks, sorry!")
        items = reviewer.get("/queue", params={"store_id": team.store_id}).json()["items"]
        assert [i["message"]["id"] for i in items] == [third["id"]]  # a closed thread opens a new item
        assert items[0]["id"] != item["id"]


def test_relabel_moves_the_deadline_and_records_feedback(live: LiveService) -> None:
    team = make_team(live)
    record = handed_off(live, team.store_id)
    with team.client(live) as reviewer:
        reviewer.post("/queue/claim", json={})
        r = reviewer.post(f"/messages/{record['id']}/label", json={"intent": "product_safety", "urgency": "urgent"})
        assert r.status_code == 200
        item = reviewer.get("/queue", params={"store_id": team.store_id}).json()["items"][0]
        assert item["urgency"] == "urgent" and item["intent"]["label"] == "product_safety"
        assert item["intent"]["corrected"] is True
        assert reviewer.post(f"/messages/{record['id']}/label", json={}).status_code == 422
        assert reviewer.post(f"/messages/{record['id']}/label", json={"intent": "nonsense"}).status_code == 422
    engine = make_engine(live.database_url)
    with make_session_factory(engine)() as session:
        rows = session.scalars(select(Feedback).where(Feedback.message_pk == record["id"])).all()
        assert [(f.intent, f.urgency, f.source) for f in rows] == [("product_safety", "urgent", "label")]
    engine.dispose()


def test_assignment_follows_rota_and_caps(live: LiveService) -> None:
    now = datetime.now(UTC)
    off_hours = {"days": [(now.weekday() + 3) % 7], "start": "00:00", "end": "00:01"}
    team = make_team(live, reviewers=1, max_open_items=2)
    with live.client("admin") as admin:
        off = admin.post("/reviewers", json={"name": "night owl", "team_id": team.id, "rota": [off_hours]}).json()
    records = [handed_off(live, team.store_id) for _ in range(3)]
    engine = make_engine(live.database_url)
    factory = make_session_factory(engine)
    with transaction(factory) as session:
        assign_open_items(session=session, now=now)
    with team.client(live) as on_duty:
        items = on_duty.get("/queue", params={"store_id": team.store_id}).json()["items"]
    assert {i["message"]["id"] for i in items} == {r["id"] for r in records}
    owners = sorted(str(i["assigned_to"]) for i in items)
    assert owners.count(team.reviewers[0]["id"]) == 2  # the cap
    assert off["id"] not in owners  # off duty: offered nothing
    assert owners.count("None") == 1
    # Oldest deadlines are offered first.
    assigned_due = [as_utc(datetime.fromisoformat(i["due_at"])) for i in items if i["assigned_to"]]
    waiting_due = [as_utc(datetime.fromisoformat(i["due_at"])) for i in items if not i["assigned_to"]]
    assert max(assigned_due) <= min(waiting_due)
    engine.dispose()


def test_audit_log_is_append_only(live: LiveService) -> None:
    engine = make_engine(live.database_url)
    try:
        with engine.connect() as conn:
            count = conn.execute(select(func.count()).select_from(text("audit_log"))).scalar()
            assert count and count > 0
            try:
                conn.execute(text("UPDATE audit_log SET actor = 'mallory'"))
                conn.commit()
                raise AssertionError("the audit log accepted an edit")
            except Exception as exc:  # the database refuses
                assert "append-only" in str(exc)
    finally:
        engine.dispose()
