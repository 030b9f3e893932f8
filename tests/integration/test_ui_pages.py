"""The web app over real HTTP on both databases: sign-in and its cookie, CSRF, team boundaries, and the
reviewer's actions through the same forms the browser submits."""

from __future__ import annotations

import re
import time
from urllib.parse import quote

import httpx
from sqlalchemy import select

from service.db import make_engine, make_session_factory
from service.messages.models import OutboxReply
from service.queue.models import Claim, Feedback
from tests.conftest import LiveService
from tests.e2e.http_ui import CSRF_INPUT, csrf, sign_in
from tests.integration.queue_helpers import handed_off, make_team

LINK_REPLY = "Sorry about that! Order a new jar at www.blender-parts.com and we will pay."
REFUND_REPLY = "I am sorry about the jar. I have refunded your order in full."


def item_id_of(client: httpx.Client, message_id: str, store_id: str) -> str:
    page = client.get("/ui/queue", params={"store_id": store_id}).text
    found = re.search(r'data-item="([0-9a-f]+)"', page)
    assert found, page[:2000]
    return found.group(1)


def form_token(response: httpx.Response) -> str:
    found = CSRF_INPUT.search(response.text)
    assert found, response.text[:500]
    return found.group(1)


def db_rows(live: LiveService, model: type, **where: object) -> list:
    engine = make_engine(live.database_url)
    try:
        with make_session_factory(engine)() as session:
            query = select(model).filter_by(**where)
            return list(session.scalars(query))
    finally:
        engine.dispose()


def test_sign_in_exchanges_the_key_for_a_safe_session(live: LiveService) -> None:
    team = make_team(live, reviewers=1)
    key = team.reviewers[0]["api_key"]
    with httpx.Client(base_url=live.base_url, timeout=60) as anon:
        first = anon.get("/ui/queue?urgency=urgent")
        assert first.status_code == 303
        assert first.headers["location"] == "/ui/login?next=" + quote("/ui/queue?urgency=urgent", safe="")
        form = anon.get("/ui/login")
        assert form.status_code == 200 and 'for="key"' in form.text
        assert "script-src 'self'" in form.headers["content-security-policy"]
        forged = anon.post("/ui/login", data={"key": key, "csrf_token": "forged"})
        assert forged.status_code == 403 and "expired" in forged.text
        wrong = anon.post("/ui/login", data={"key": "hk_not-a-key", "csrf_token": form_token(forged)})
        assert wrong.status_code == 401 and "not valid" in wrong.text
        ingest = anon.post("/ui/login", data={"key": live.keys["ingest"], "csrf_token": form_token(wrong)})
        assert ingest.status_code == 401 and "sending messages in" in ingest.text
        ok = anon.post("/ui/login", data={"key": key, "csrf_token": form_token(ingest),
                                          "next": "https://evil.example/"})
        assert ok.status_code == 303 and ok.headers["location"] == "/ui/queue"  # never an outside redirect
        cookie = next(h for h in ok.headers.get_list("set-cookie") if h.startswith("handoff_session="))
        attributes = cookie.lower()
        assert "httponly" in attributes and "samesite=strict" in attributes and "path=/" in attributes
        assert key not in cookie and key[3:20] not in cookie  # the key itself never travels again
        assert anon.get("/ui/queue").status_code == 200

        # A tampered cookie is no session.
        value = anon.cookies["handoff_session"]
        anon.cookies.set("handoff_session", value[:-3] + ("abc" if not value.endswith("abc") else "xyz"))
        assert anon.get("/ui/queue").status_code == 303


def test_logout_needs_the_csrf_token(live: LiveService) -> None:
    team = make_team(live, reviewers=1)
    with sign_in(live.base_url, team.reviewers[0]["api_key"]) as client:
        assert client.post("/ui/logout").status_code == 403
        token = csrf(client)
        out = client.post("/ui/logout", data={"csrf_token": token})
        assert out.status_code == 303 and out.headers["location"] == "/ui/login"
        assert client.get("/ui/queue").status_code == 303


def test_the_queue_shows_only_the_team_stores_with_filters_and_counts(live: LiveService) -> None:
    mine, theirs = make_team(live), make_team(live)
    ours = handed_off(live, mine.store_id)
    other = handed_off(live, theirs.store_id)
    with sign_in(live.base_url, mine.reviewers[0]["api_key"]) as client:
        page = client.get("/ui/queue").text
        assert mine.store_id in page and theirs.store_id not in page
        level = ours["urgency"]["level"]
        filtered = client.get("/ui/queue", params={"urgency": level, "store_id": mine.store_id}).text
        assert f'data-count="{level}">1<' in filtered and f"tr class=\"row u-{level}" in filtered
        other_level = next(u for u in ("urgent", "high", "normal") if u != level)
        assert 'class="empty card"' in client.get("/ui/queue", params={"urgency": other_level,
                                                                        "store_id": mine.store_id}).text
        live_rows = client.get("/ui/queue/live", params={"store_id": mine.store_id})
        assert live_rows.status_code == 200 and "<html" not in live_rows.text and "data-item=" in live_rows.text
        assert client.get("/ui/queue", params={"urgency": "nonsense", "assignee": "x"}).status_code == 200
        # Another team's conversation is not found, whatever the id.
        their_item = item_id_of(sign_in(live.base_url, theirs.reviewers[0]["api_key"]), other["id"], theirs.store_id)
        assert client.get(f"/ui/items/{their_item}").status_code == 404


def test_open_check_confirm_and_send_through_the_forms(live: LiveService) -> None:
    team = make_team(live)
    record = handed_off(live, team.store_id)
    with sign_in(live.base_url, team.reviewers[0]["api_key"]) as alice, \
            sign_in(live.base_url, team.reviewers[1]["api_key"]) as bob:
        item = item_id_of(alice, record["id"], team.store_id)
        opened = alice.get(f"/ui/items/{item}", params={"back": f"/ui/queue?store_id={team.store_id}"})
        assert opened.status_code == 200 and "You are working on this" in opened.text
        assert "Quoted history" not in opened.text or "<details" in opened.text
        # Bob sees it read-only: the claim is Alice's.
        seen = bob.get(f"/ui/items/{item}").text
        assert "is working on this" in seen and 'id="send-button" disabled' in seen

        token = csrf(alice)
        assert alice.post("/ui/api/policy-check", json={"text": LINK_REPLY}).status_code == 403
        checked = alice.post("/ui/api/policy-check", json={"text": LINK_REPLY, "item_id": item},
                             headers={"X-CSRF-Token": token}).json()
        assert checked["blocked"] and checked["violations"][0]["label"] == "Outside link"
        marked = [s for s in checked["segments"] if s["v"]]
        assert [s["text"] for s in marked] == ["www.blender-parts.com"]
        assert "".join(s["text"] for s in checked["segments"]) == LINK_REPLY

        form = {"csrf_token": token, "back": f"/ui/queue?store_id={team.store_id}"}
        assert alice.post(f"/ui/items/{item}/send", data={**form, "csrf_token": "x", "text": "hi"}).status_code == 403
        blocked = alice.post(f"/ui/items/{item}/send", data={**form, "text": LINK_REPLY})
        assert blocked.status_code == 422
        assert '<mark class="sev-block" data-v="0">www.blender-parts.com</mark>' in blocked.text
        assert "Not sent" in blocked.text
        unconfirmed = alice.post(f"/ui/items/{item}/send", data={**form, "text": REFUND_REPLY})
        assert unconfirmed.status_code == 422 and 'class="confirm-box"' in unconfirmed.text
        assert REFUND_REPLY in unconfirmed.text  # what the reviewer wrote is kept
        refused = bob.post(f"/ui/items/{item}/send", data={**form, "csrf_token": csrf(bob), "text": "Hello Bob"})
        assert refused.status_code == 409 and "Not sent" in refused.text and "Hello Bob" in refused.text
        sent = alice.post(f"/ui/items/{item}/send", data={**form, "text": REFUND_REPLY, "confirm": "1"})
        assert sent.status_code == 303 and sent.headers["location"] == f"/ui/queue?store_id={team.store_id}"
        after = alice.get(sent.headers["location"]).text
        assert "Reply sent to" in after and f'data-item="{item}"' not in after
    rows = db_rows(live, OutboxReply, message_pk=record["id"])
    assert [r.text for r in rows] == [REFUND_REPLY]


def test_a_lease_that_ran_out_while_writing_is_taken_back_on_send(live: LiveService) -> None:
    team = make_team(live, reviewers=1)
    record = handed_off(live, team.store_id)
    with sign_in(live.base_url, team.reviewers[0]["api_key"]) as client, team.client(live) as api:
        item = item_id_of(client, record["id"], team.store_id)
        client.get(f"/ui/items/{item}")
        # Shorten the lease through the API (same key), as if the reviewer had been away for ten minutes.
        assert api.post(f"/messages/{record['id']}/lease", json={"lease_seconds": 1}).status_code == 200
        time.sleep(1.3)
        sent = client.post(f"/ui/items/{item}/send", data={"csrf_token": csrf(client), "text": "Thanks, on it!"})
        assert sent.status_code == 303, sent.text[:500]
    assert [r.text for r in db_rows(live, OutboxReply, message_pk=record["id"])] == ["Thanks, on it!"]


def test_buyer_text_is_shown_as_text_never_as_markup(live: LiveService) -> None:
    team = make_team(live, reviewers=1)
    record = handed_off(live, team.store_id, buyer_name='<img src=x onerror="alert(1)">',
                        subject="<script>alert(2)</script> refund?",
                        body="<div>The jar <b>cracked</b>.<script>alert(3)</script></div>"
                             "<blockquote>On Mon we wrote: <a href='http://x.io'>thanks</a></blockquote>")
    with sign_in(live.base_url, team.reviewers[0]["api_key"]) as client:
        queue = client.get("/ui/queue", params={"store_id": team.store_id}).text
        page = client.get(f"/ui/items/{item_id_of(client, record['id'], team.store_id)}").text
    for html in (queue, page):
        assert "<img src=x" not in html and "<script>alert" not in html
        assert "&lt;img src=x onerror=" in html and "&lt;script&gt;alert(2)" in html
    assert "The jar cracked." in page and "alert(3)" not in page  # tags stripped, scripts dropped
    assert "Quoted history" in page and "On Mon we wrote:" in page and "href=" not in page.split("Quoted")[1][:400]


def test_relabel_release_reject_and_next(live: LiveService) -> None:
    team = make_team(live)
    first = handed_off(live, team.store_id)
    with sign_in(live.base_url, team.reviewers[0]["api_key"]) as alice, \
            sign_in(live.base_url, team.reviewers[1]["api_key"]) as bob:
        item = item_id_of(alice, first["id"], team.store_id)
        alice.get(f"/ui/items/{item}")
        token = csrf(alice)
        relabel = alice.post(f"/ui/items/{item}/label", data={"csrf_token": token, "intent": "product_safety",
                                                               "urgency": "urgent"})
        assert relabel.status_code == 303
        page = alice.get(relabel.headers["location"]).text
        assert "Relabelled" in page and "set by a reviewer" in page
        assert 'class="row u-urgent' in alice.get("/ui/queue", params={"store_id": team.store_id}).text
        same = alice.post(f"/ui/items/{item}/label", data={"csrf_token": token, "intent": "product_safety",
                                                            "urgency": "urgent"})
        assert "unchanged" in alice.get(same.headers["location"]).text
        assert [(f.intent, f.urgency) for f in db_rows(live, Feedback, message_pk=first["id"])] == [
            ("product_safety", "urgent")]

        released = alice.post(f"/ui/items/{item}/release", data={"csrf_token": token})
        assert released.status_code == 303
        assert all(c.released_at is not None for c in db_rows(live, Claim, item_id=item))
        assert "You are working on this" in bob.get(f"/ui/items/{item}").text  # free again: Bob takes it
        rejected = bob.post(f"/ui/items/{item}/reject", data={"csrf_token": csrf(bob), "reason": "duplicate"})
        assert rejected.status_code == 303
        assert "Closed without a reply" in bob.get(rejected.headers["location"]).text
        assert f'data-item="{item}"' not in bob.get("/ui/queue", params={"store_id": team.store_id}).text

        second = handed_off(live, team.store_id)
        second_item = item_id_of(alice, second["id"], team.store_id)
        taken = alice.post("/ui/next", data={"csrf_token": token})
        assert taken.status_code == 303 and taken.headers["location"] == f"/ui/items/{second_item}"
        assert "You are working on this" in alice.get(taken.headers["location"]).text


def test_admin_pages_are_for_admins(live: LiveService) -> None:
    team = make_team(live, reviewers=1)
    with sign_in(live.base_url, team.reviewers[0]["api_key"]) as reviewer:
        for page in ("/ui/dashboard", "/ui/templates", "/ui/templates/edit?template_id=closing.1&language=en"):
            response = reviewer.get(page)
            assert response.status_code == 403 and "for admins" in response.text, page
        assert reviewer.get("/stats").status_code == 403
        assert reviewer.post("/ui/templates/save", data={"csrf_token": csrf(reviewer), "template_id": "closing.1",
                                                         "language": "en", "text": "Bye"}).status_code == 403
    with sign_in(live.base_url, live.keys["admin"]) as admin:
        dashboard = admin.get("/ui/dashboard")
        assert dashboard.status_code == 200 and 'data-figure="backlog"' in dashboard.text
        assert admin.get("/stats").json()["backlog"]["total"] >= 0
        assert admin.get("/ui/templates").status_code == 200


def test_static_files_are_served_by_the_app_and_cached_by_content(live: LiveService) -> None:
    with httpx.Client(base_url=live.base_url, timeout=60) as anon:
        page = anon.get("/ui/login").text
        for asset in re.findall(r'(?:href|src)="(/ui/static/[^"]+)"', page):
            response = anon.get(asset)
            assert response.status_code == 200 and "immutable" in response.headers["cache-control"], asset
        assert not re.search(r'(?:href|src)="https?://', page)  # nothing from elsewhere: works offline
        assert anon.get("/ui/static/../../service/config.py").status_code == 404
        assert anon.get("/ui/static/nope.js").status_code == 404
