"""Admin pages: the operations dashboard and the template library."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Body, Form, HTTPException, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session, sessionmaker

from models.taxonomy import INTENTS
from service.api.deps import SessionFactoryDep
from service.audit import service as audit
from service.db import transaction
from service.stats.views import stats_for
from service.templates_admin import service as library
from service.templates_admin.library import invalidate
from service.templates_admin.samples import KNOWN_VARIABLES, LANGUAGES, ORDER_STATUSES, samples
from service.ui import charts, queue_data
from service.ui.highlight import policy_payload
from service.ui.render import LANGUAGE_NAMES, flash, page, redirect
from service.ui.routing import UiRoute
from service.ui.session import AdminActionDep, AdminDep, UiUser

router = APIRouter(route_class=UiRoute, include_in_schema=False)


@router.get("/dashboard")
def dashboard(request: Request, user: AdminDep, factory: SessionFactoryDep, days: int = 7,
              store_id: str | None = None) -> Response:
    days = days if days in (7, 30) else 7
    stats = stats_for(request, factory, store_id or None)
    window = stats["windows"][f"{days}d"]
    with factory() as session:
        stores = queue_data.visible_stores(session=session, viewer=user.viewer)
    backlog = stats["backlog"]
    intents = list(window["auto_reply_by_intent"].items())[:12]
    reviewers = window["reviewers"]
    return page(request, "dashboard.html", {
        "page": "dashboard", "stats": stats, "w": window, "days": days, "store_id": store_id or "",
        "stores": stores,
        "backlog_bar": charts.stacked([(u.capitalize(), backlog["by_urgency"][u], u)
                                       for u in ("urgent", "high", "normal")]),
        "store_rows": [(row, charts.stacked([(u, row[u], u) for u in ("urgent", "high", "normal")]), length)
                       for row, length in zip(backlog["by_store"][:15],
                                              charts.relative([r["total"] for r in backlog["by_store"][:15]]),
                                              strict=True)],
        "volume": charts.columns(stats["daily"][-days:], [("auto_replied", "auto", "Auto-replied"),
                                                          ("needs_review", "human", "To a person"),
                                                          ("no_reply_needed", "none", "No reply needed")],
                                 label_every=1 if days == 7 else 7),
        "sla_days": charts.columns(stats["daily"][-days:], [("sla_met", "met", "Met"),
                                                            ("sla_breached", "breached", "Breached")],
                                   label_every=1 if days == 7 else 7),
        "intent_rows": [(intent, row, charts.share(row["rate"])) for intent, row in intents],
        "reviewer_rows": list(zip(reviewers, charts.relative([r["handled"] for r in reviewers]), strict=True)),
        "share": charts.share,
    }, user=user)


def _list_url(language: str, intent: str | None = None) -> str:
    query = {"language": language, **({"intent": intent} if intent else {})}
    return "/ui/templates?" + urlencode(query)


@router.get("/templates")
def template_list(request: Request, user: AdminDep, factory: SessionFactoryDep, language: str = "en",
                  intent: str | None = None) -> Response:
    language = language if language in LANGUAGES else "en"
    with factory() as session:
        rows = [r for r in library.catalogue(session=session) if r.language == language]
    if intent:
        rows = [r for r in rows if r.group == intent]
    groups: dict[str, list[library.TemplateRow]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    # Reply bodies first (what admins come to change), in taxonomy order; greetings and closings after.
    rank = {name: i for i, name in enumerate((*INTENTS, "greeting_named", "greeting_plain", "closing"))}
    ordered = sorted(groups.items(), key=lambda kv: rank.get(kv[0], len(rank)))
    return page(request, "templates_list.html", {
        "page": "templates", "groups": ordered, "language": language, "intent": intent or "",
        "languages": LANGUAGE_NAMES, "kind_labels": library.KIND_LABELS, "group_labels": library.GROUP_LABELS,
        "needs_pieces": language != "en" and not any(g in groups for g in ("greeting_plain", "closing")),
    }, user=user)


def _editor(request: Request, user: UiUser, factory: sessionmaker[Session], row: library.TemplateRow, *, is_new: bool,
            errors: list[str] | None = None, violations: list[dict[str, Any]] | None = None,
            status_code: int = 200) -> Response:
    if violations is None:
        violations = library.check_template(text=row.text, kind=row.kind, when_status=row.when_status).violations
    preview = None
    if row.text.strip():
        with factory() as session:
            preview = library.preview(session=session, text=row.text, kind=row.kind, intent=row.intent,
                                      language=row.language, when_status=row.when_status, sample_key="shipped")
    return page(request, "template_edit.html", {
        "preview": preview,
        "page": "templates", "row": row, "is_new": is_new, "errors": errors or [],
        "policy": policy_payload(row.text, violations), "languages": LANGUAGE_NAMES,
        "statuses": ORDER_STATUSES, "variables": KNOWN_VARIABLES if row.kind == "body"
        else library.PIECE_VARIABLES.get(row.kind, ()), "samples": samples(), "kind_labels": library.KIND_LABELS,
        "back": _list_url(row.language, row.group),
    }, user=user, status_code=status_code)


@router.get("/templates/edit")
def template_edit(request: Request, user: AdminDep, factory: SessionFactoryDep, template_id: str,
                  language: str = "en") -> Response:
    with factory() as session:
        row = library.find(session=session, template_id=template_id, language=language)
    if row is None:
        raise HTTPException(404, "There is no such template in this language.")
    return _editor(request, user, factory, row, is_new=False)


@router.get("/templates/new")
def template_new(request: Request, user: AdminDep, factory: SessionFactoryDep, kind: str = "body",
                 intent: str = "order_status", language: str = "en") -> Response:
    kind = kind if kind in library.KINDS else "body"
    language = language if language in LANGUAGES else "en"
    with factory() as session:
        template_id = library.new_template_id(session=session, kind=kind, intent=intent, language=language)
    row = library.TemplateRow(template_id, language, kind, intent if kind == "body" else None, "", None, True, "new")
    return _editor(request, user, factory, row, is_new=True, violations=[])


@router.post("/templates/save")
def template_save(
    request: Request, user: AdminActionDep, factory: SessionFactoryDep,
    template_id: Annotated[str, Form(max_length=100)], language: Annotated[str, Form(max_length=8)],
    kind: Annotated[str, Form(max_length=20)] = "body", intent: Annotated[str, Form(max_length=40)] = "",
    text: Annotated[str, Form(max_length=10_000)] = "", when_status: Annotated[list[str] | None, Form()] = None,
    enabled: Annotated[str, Form(max_length=5)] = "", is_new: Annotated[str, Form(max_length=5)] = "",
) -> Response:
    actor = audit.actor_of(user.key)
    try:
        with transaction(factory) as session:
            saved = library.save(session=session, actor=actor, template_id=template_id, language=language,
                                 kind=kind, intent=intent or None, text=text, when_status=when_status or None,
                                 enabled=enabled == "1")
    except library.TemplateInvalid as exc:
        row = library.TemplateRow(template_id, language, kind, intent or None, text.strip(), when_status or None,
                                  enabled == "1", "new" if is_new else "edited")
        with factory() as session:
            existing = library.find(session=session, template_id=template_id, language=language)
        if existing is not None:
            row.source, row.kind, row.intent = existing.source, existing.kind, existing.intent
            row.packaged_text = existing.packaged_text
        errors = exc.errors or ["Not saved: the template breaks Amazon's messaging rules (highlighted below)."]
        return _editor(request, user, factory, row, is_new=bool(is_new), errors=errors, violations=exc.violations,
                       status_code=422)
    invalidate(factory)
    state = "saved" if saved.enabled else "saved (disabled: drafts will not use it)"
    return flash(request, redirect(_list_url(saved.language, saved.group)), f"Template {saved.template_id} {state}.")


@router.post("/templates/revert")
def template_revert(request: Request, user: AdminActionDep, factory: SessionFactoryDep,
                    template_id: Annotated[str, Form(max_length=100)],
                    language: Annotated[str, Form(max_length=8)]) -> Response:
    with factory() as session:
        row = library.find(session=session, template_id=template_id, language=language)
    with transaction(factory) as session:
        done = library.revert(session=session, actor=audit.actor_of(user.key), template_id=template_id,
                              language=language)
    invalidate(factory)
    if not done or row is None:
        return flash(request, redirect(_list_url(language)), "Nothing to revert.", "error")
    what = "back to the packaged text" if row.packaged_text is not None else "deleted"
    return flash(request, redirect(_list_url(language, row.group)), f"Template {template_id} is {what}.")


class PreviewBody(BaseModel):
    text: str = Field(max_length=10_000)
    kind: str = Field(default="body", max_length=20)
    intent: str | None = Field(default=None, max_length=40)
    language: str = Field(default="en", max_length=8)
    when_status: list[str] | None = Field(default=None, max_length=10)
    sample: str = Field(default="shipped", max_length=20)


@router.post("/api/templates/preview")
def template_preview(body: Annotated[PreviewBody, Body()], user: AdminActionDep,
                     factory: SessionFactoryDep) -> dict[str, Any]:
    with factory() as session:
        result = library.preview(session=session, text=body.text, kind=body.kind, intent=body.intent,
                                 language=body.language, when_status=body.when_status, sample_key=body.sample)
    return {"preview": result.text, "missing": result.missing, "sample": result.sample,
            "errors": result.check.errors, **policy_payload(body.text, result.check.violations)}
