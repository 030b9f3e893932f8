"""An admin edits a template in the browser: the preview fills it with a sample order as they type, a
rule-breaking version is highlighted and refused, the fixed one is saved."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import LiveService
from tests.e2e.conftest import DESKTOP, SCREENSHOTS
from tests.e2e.test_reviewer_journey import sign_in

pytestmark = pytest.mark.slow


def test_template_editor(browser: Any, ui_live: LiveService) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        sign_in(page, ui_live.base_url, ui_live.keys["admin"])
        page.get_by_role("link", name="Templates").click()
        page.get_by_label("Show", exact=True).select_option("invoice_request")
        page.get_by_role("button", name="Show").click()
        page.wait_for_url(re.compile(r"intent=invoice_request"))
        page.locator(".template").first.get_by_role("link", name=re.compile("Edit")).click()
        page.wait_for_url(re.compile(r"/ui/templates/edit"))
        text = page.locator("#t-text")
        original = text.input_value()

        page.get_by_label("With the sample order").select_option("delivered")
        expect(page.locator("#preview")).to_contain_text("249-7781120-3316604")  # the sample's order number
        text.fill(original + " Or download it from www.acme-invoices.com")
        expect(page.locator("#highlights mark.sev-block", has_text="www.acme-invoices.com")).to_have_count(1)
        expect(page.locator("#policy")).to_contain_text("Outside link")
        page.screenshot(path=str(SCREENSHOTS / "template-editor.png"))
        page.get_by_role("button", name="Save template").click()
        expect(page.locator("#save-errors")).to_contain_text("Not saved")
        expect(page.locator("#highlights mark.sev-block")).to_have_count(1)

        page.locator("#t-text").fill(original + " It will also be in Your Orders on Amazon.")
        expect(page.locator("#policy")).to_contain_text("No policy problems found.")
        page.get_by_role("button", name="Save template").click()
        page.wait_for_url(re.compile(r"/ui/templates\?"))
        expect(page.locator(".flash")).to_contain_text("saved")
        expect(page.locator(".template", has_text="Your Orders on Amazon")).to_contain_text("Edited")
        page.screenshot(path=str(SCREENSHOTS / "templates.png"))
    finally:
        context.close()
