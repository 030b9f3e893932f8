"""A reviewer's day in the real browser against the real service: sign in, filter, open an urgent
conversation, trip the policy check, fix it, send, relabel another, confirm a refund, and watch the
operations dashboard move. Screenshots of every screen land in var/screenshots/."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import LiveService
from tests.e2e.conftest import DESKTOP, PHONE, SCREENSHOTS
from tests.e2e.seed import World, build

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world(ui_live: LiveService) -> World:
    return build(ui_live.base_url, ui_live.keys)


def sign_in(page: Any, base: str, key: str) -> None:
    page.goto(base + "/ui/")
    page.wait_for_url(re.compile(r"/ui/login"))
    page.get_by_label("Reviewer key").fill(key)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/ui/queue"))


def figure(page: Any, name: str) -> str:
    return str(page.locator(f'[data-figure="{name}"]').inner_text()).strip()


def test_reviewer_journey(browser: Any, ui_live: LiveService, world: World) -> None:
    from playwright.sync_api import expect

    base = ui_live.base_url
    admin_ctx = browser.new_context(viewport=DESKTOP)
    reviewer_ctx = browser.new_context(viewport=DESKTOP)
    errors: list[str] = []
    try:
        admin = admin_ctx.new_page()
        sign_in(admin, base, ui_live.keys["admin"])
        admin.goto(base + "/ui/dashboard")
        assert figure(admin, "backlog") == "6"
        assert figure(admin, "reviewed") == "0"
        auto_rate = figure(admin, "auto-rate")
        assert auto_rate == "33.3%"  # 3 of 9 messages answered automatically

        page = reviewer_ctx.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        sign_in(page, base, world.reviewer["api_key"])
        # The session cookie is HttpOnly, SameSite=Strict and carries no key.
        cookie = next(c for c in reviewer_ctx.cookies() if c["name"] == "handoff_session")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
        assert world.reviewer["api_key"] not in cookie["value"]

        # The queue: one list over both stores, deadline order, counts per urgency, live countdowns.
        expect(page.locator('[data-count="urgent"]')).to_have_text("2")
        expect(page.locator('[data-count="high"]')).to_have_text("3")
        expect(page.locator('[data-count="normal"]')).to_have_text("1")
        rows = page.locator("tr.row")
        expect(rows).to_have_count(6)
        first_countdown = page.locator("tr.row .countdown").first.inner_text()
        assert re.match(r"^\d+m left$", first_countdown), first_countdown
        page.keyboard.press("?")
        expect(page.locator("#help")).to_be_visible()
        page.keyboard.press("Escape")
        page.screenshot(path=str(SCREENSHOTS / "queue.png"))

        # Filter: urgent only, then one store.
        page.get_by_label("Urgency", exact=True).select_option("urgent")
        page.get_by_role("button", name="Apply").click()
        page.wait_for_url(re.compile(r"urgency=urgent"))
        expect(rows).to_have_count(2)
        expect(page.locator("tr.row.u-urgent")).to_have_count(2)
        page.get_by_label("Store", exact=True).select_option(label="Acme Kitchen")
        page.get_by_role("button", name="Apply").click()
        page.wait_for_url(re.compile(r"store_id="))
        expect(rows).to_have_count(1)
        expect(rows.first).to_contain_text("Dana Whitfield")

        # Open the urgent conversation: it is ours now.
        rows.first.locator("a.rowlink").click()
        page.wait_for_url(re.compile(r"/ui/items/"))
        item_url = page.url
        item_id = re.search(r"/ui/items/([0-9a-f]+)", item_url).group(1)  # type: ignore[union-attr]
        expect(page.locator("h1")).to_contain_text("Dana Whitfield")
        expect(page.locator(".claim-state")).to_contain_text("You are working on this")
        expect(page.locator("#order-title + .facts")).to_contain_text("1Z999AA10123456784")
        draft = page.locator("#draft")
        original = draft.input_value()
        assert original.strip(), "the A-to-z claim should come with a drafted reply"

        # Type a link: the policy check marks it as we type and explains the rule.
        draft.fill(original + "\nYou can also get a spare jar at www.blender-parts.com today.")
        mark = page.locator("#highlights mark.sev-block", has_text="www.blender-parts.com")
        expect(mark).to_have_count(1)
        expect(page.locator("#policy")).to_contain_text("Outside link")
        expect(page.locator("#policy")).to_contain_text("Links are not allowed")
        expect(page.locator("#approve-button")).to_be_disabled()  # approve is for the untouched draft
        page.screenshot(path=str(SCREENSHOTS / "message.png"))
        draft.press("Control+Enter")  # the page refuses to send what the server would refuse
        page.wait_for_timeout(300)
        assert page.url == item_url

        # Fix it and send with the keyboard: the conversation leaves the queue.
        draft.fill(original)
        expect(page.locator("#policy")).to_contain_text("No policy problems found.")
        expect(page.locator("#highlights mark")).to_have_count(0)
        draft.press("Control+Enter")
        page.wait_for_url(re.compile(r"/ui/queue"))
        expect(page.locator(".flash")).to_contain_text("Reply sent to Dana Whitfield")
        page.goto(base + "/ui/queue")
        expect(page.locator(f'tr[data-item="{item_id}"]')).to_have_count(0)
        expect(page.locator("tr.row", has_text="Dana Whitfield")).to_have_count(0)
        expect(page.locator('[data-count="urgent"]')).to_have_text("1")
        expect(rows).to_have_count(5)

        # Relabel another: the wrong-item message is really a damaged one, and urgent.
        page.locator("tr.row", has_text="Marco Rossi").locator("a.rowlink").click()
        page.wait_for_url(re.compile(r"/ui/items/"))
        page.get_by_label("Intent", exact=True).select_option("damaged_defective")
        page.get_by_label("Urgency", exact=True).select_option("urgent")
        page.get_by_role("button", name="Save labels").click()
        expect(page.locator(".flash")).to_contain_text("Relabelled")
        expect(page.locator("#model-title + .facts")).to_contain_text("Damaged or defective")
        expect(page.locator("#model-title + .facts")).to_contain_text("set by a reviewer")
        page.locator("#back-link").click()
        expect(page.locator("tr.row", has_text="Marco Rossi")).to_have_class(re.compile(r"u-urgent"))
        expect(page.locator('[data-count="urgent"]')).to_have_text("2")

        # A refund is stated: sending asks for confirmation first.
        page.locator("tr.row", has_text="Priya Natarajan").locator("a.rowlink").click()
        page.wait_for_url(re.compile(r"/ui/items/"))
        expect(page.locator(".history summary")).to_contain_text("Quoted history")  # the old mail is folded
        page.locator("#draft").fill("Hi Priya,\n\nI am so sorry about the cracked jar. I have refunded your order "
                                    "in full.\n\nBest regards")
        expect(page.locator("#highlights mark.sev-confirm")).to_have_count(1)
        page.get_by_role("button", name="Send reply").click()
        expect(page.locator("#confirm-dialog")).to_be_visible()
        expect(page.locator("#confirm-list")).to_contain_text("refunded")
        page.get_by_role("button", name="Yes, send it").click()
        page.wait_for_url(re.compile(r"/ui/queue"))
        expect(page.locator(".flash")).to_contain_text("Reply sent to Priya Natarajan")
        expect(rows).to_have_count(4)

        # The dashboard moved: two fewer open, three messages reviewed, the reviewer's count.
        admin.goto(base + "/ui/dashboard")
        assert figure(admin, "backlog") == "4"
        assert figure(admin, "reviewed") == "3"
        assert figure(admin, "auto-rate") == auto_rate
        expect(admin.locator('[data-handled="Robin Reviewer"]')).to_have_text("2")
        admin.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)

        # The same screens on a phone.
        phone = browser.new_context(viewport=PHONE, storage_state=reviewer_ctx.storage_state())
        small = phone.new_page()
        small.goto(base + "/ui/queue")
        small.screenshot(path=str(SCREENSHOTS / "queue-phone.png"), full_page=True)
        small.locator("tr.row").first.locator("a.rowlink").click()
        small.wait_for_url(re.compile(r"/ui/items/"))
        small.screenshot(path=str(SCREENSHOTS / "message-phone.png"), full_page=True)
        phone.close()
        admin_phone = browser.new_context(viewport=PHONE, storage_state=admin_ctx.storage_state())
        dash = admin_phone.new_page()
        dash.goto(base + "/ui/dashboard")
        dash.screenshot(path=str(SCREENSHOTS / "dashboard-phone.png"), full_page=True)
        admin_phone.close()
        assert not errors, errors
    finally:
        admin_ctx.close()
        reviewer_ctx.close()
