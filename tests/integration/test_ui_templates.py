"""The template library admins edit: merging over library.json, the checks that refuse a template, the
editor's preview, and drafts of new messages using the edited text (on a server of its own, since an
edited template changes every later draft)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from models.artifact import ModelArtifact
from models.encoder import Encoder
from service.replies.drafting import TemplateEdit, default_library, draft_reply, merged_library
from service.templates_admin.library import EditRow, build_library
from service.templates_admin.service import check_template
from tests.conftest import LiveService, running_service, unique
from tests.e2e.http_ui import csrf, sign_in

ADDRESS = "Please change the delivery address on my order to 12 Oak Street, Leeds LS1 4AB. I moved last week."
NEW_ADDRESS_TEXT = "Thank you for the new address for order {order_id}. I am updating it with the warehouse now."


@pytest.fixture(scope="module")
def own_live(encoder: Encoder, artifact: ModelArtifact, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[LiveService]:
    url = f"sqlite:///{tmp_path_factory.mktemp('templates') / 'handoff.db'}"
    with running_service(url, encoder, artifact) as service:
        yield service


def test_edits_merge_over_the_packaged_library_in_place() -> None:
    base = default_library()
    ids = [t.id for t in base.templates["order_status"]]
    merged = merged_library(base, [
        TemplateEdit(ids[1], "order_status", "Edited {order_id}.", frozenset({"shipped"})),
        TemplateEdit(ids[2], "order_status", "", None, enabled=False),
        TemplateEdit("order_status.custom.1", "order_status", "New {order_id}.", None),
    ])
    got = [t.id for t in merged.templates["order_status"]]
    assert got == [ids[0], ids[1], *ids[3:], "order_status.custom.1"]  # edited in place, one gone, one added
    assert merged.templates["order_status"][1].text == "Edited {order_id}."
    assert [t.id for t in base.templates["order_status"]] == ids  # the packaged library is untouched


def test_another_language_is_used_only_when_it_is_complete() -> None:
    body = EditRow("change_address.custom.1", "de", "body", "change_address",
                   "Danke, wir ändern die Adresse für Bestellung {order_id}.", None, True)
    hello = EditRow("greeting.plain.custom.1", "de", "greeting_plain", None, "Hallo,", None, True)
    bye = EditRow("closing.custom.1", "de", "closing", None, "Viele Grüße", None, True)
    half = build_library([body, hello], language="de", intent="change_address")
    assert half.closings == default_library().closings  # no German closing yet: the English library
    german = build_library([body, hello, bye], language="de", intent="change_address")
    draft = draft_reply(intent="change_address", seed="s", buyer_name="Lena Schmidt", order_id="028-1", order=None,
                        library=german)
    assert draft.text == "Hallo,\n\nDanke, wir ändern die Adresse für Bestellung 028-1.\n\nViele Grüße"


def test_the_checks_refuse_broken_and_rule_breaking_templates() -> None:
    link = check_template(text="Order {order_id} ships with {carrier}; see www.example-parts.com.", kind="body")
    assert [(v["rule"], v["text"]) for v in link.violations] == [("external_link", "www.example-parts.com")]
    promise = check_template(text="We have refunded {refund_amount} to you.", kind="body")
    assert promise.violations and promise.violations[0]["severity"] == "confirm"
    assert promise.violations[0]["text"] == "We have refunded"  # the span is on the template's own text
    assert check_template(text="Your {tracking} is here", kind="body").errors
    assert check_template(text="Order {order_id", kind="body").errors
    assert check_template(text="Hi {order_id},", kind="greeting_named").errors  # greetings: the name only
    assert check_template(text="Hi {first_name},", kind="greeting_named").ok


def test_admins_edit_preview_save_and_revert_and_new_drafts_follow(own_live: LiveService) -> None:
    with sign_in(own_live.base_url, own_live.keys["admin"]) as admin:
        listing = admin.get("/ui/templates")
        assert listing.status_code == 200 and "change_address.draft.1" in listing.text
        editor = admin.get("/ui/templates/edit", params={"template_id": "change_address.draft.1", "language": "en"})
        assert editor.status_code == 200 and "114-5529301-7781125" in editor.text  # previewed with a sample order
        token = csrf(admin, "/ui/templates")
        preview = admin.post("/ui/api/templates/preview", headers={"X-CSRF-Token": token}, json={
            "text": NEW_ADDRESS_TEXT + " Questions? Mail us at help@acme.com", "kind": "body",
            "intent": "change_address", "language": "en", "sample": "unshipped"})
        body = preview.json()
        assert "302-1187734-5521908" in body["preview"] and body["blocked"]
        assert [v["rule"] for v in body["violations"]] == ["email_address"]

        form = {"csrf_token": token, "template_id": "change_address.draft.1", "language": "en", "kind": "body",
                "intent": "change_address", "enabled": "1"}
        refused = admin.post("/ui/templates/save", data={**form, "text": NEW_ADDRESS_TEXT + " Or call 0113 496 0000."})
        assert refused.status_code == 422 and "Not saved" in refused.text and '<mark class="sev-block"' in refused.text
        saved = admin.post("/ui/templates/save", data={**form, "text": NEW_ADDRESS_TEXT})
        assert saved.status_code == 303
        assert "Edited" in admin.get(saved.headers["location"]).text

    # A new message for that intent is drafted from the edited text.
    with httpx.Client(base_url=own_live.base_url, headers={"X-API-Key": own_live.keys["ingest"]}, timeout=60) as api:
        record = api.post("/messages", json={"message_id": unique(), "store_id": unique("store"), "body": ADDRESS,
                                             "order_id": "114-5529301-7781125", "buyer_name": "Lena Schmidt",
                                             "order": {"status": "unshipped"}}).json()
    assert record["intent"]["label"] == "change_address", record
    assert record["reply"]["template"] == "change_address.draft.1"
    assert "Thank you for the new address for order 114-5529301-7781125" in record["reply"]["text"]

    with sign_in(own_live.base_url, own_live.keys["admin"]) as admin:
        token = csrf(admin, "/ui/templates")
        reverted = admin.post("/ui/templates/revert", data={"csrf_token": token,
                                                            "template_id": "change_address.draft.1", "language": "en"})
        assert reverted.status_code == 303 and "packaged text" in admin.get(reverted.headers["location"]).text
        new = admin.get("/ui/templates/new", params={"intent": "change_address", "language": "de"})
        assert new.status_code == 200 and "change_address.custom.1" in new.text
    with httpx.Client(base_url=own_live.base_url, headers={"X-API-Key": own_live.keys["admin"]}, timeout=60) as api:
        actions = [e["action"] for e in api.get("/audit").json()]
    assert "template_saved" in actions and "template_reverted" in actions
