"""Jinja2 rendering, display filters, flash messages and the headers every page carries."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from itsdangerous import BadSignature, URLSafeSerializer

from models.taxonomy import INTENTS
from service.config import Settings
from service.timeutil import as_utc
from service.ui.highlight import rule_label
from service.ui.session import CSRF_FIELD, UiUser

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
FLASH_COOKIE = "handoff_flash"
# No inline script or style anywhere, so the policy can forbid both: injected markup cannot run.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")

INTENT_LABELS = {i: i.replace("_", " ").capitalize() for i in INTENTS} | {
    "a_to_z_claim": "A-to-z claim", "wrong_or_missing_item": "Wrong or missing item",
    "damaged_defective": "Damaged or defective", "amazon_notification": "Amazon notification",
}
REASON_LABELS = {
    "auto_reply_criteria_met": "Auto-reply criteria met", "low_confidence": "Model unsure",
    "urgency_high": "High urgency", "urgency_urgent": "Urgent", "signal:claim": "Claim mentioned",
    "signal:safety": "Safety issue", "signal:review_threat": "Review threat", "signal:repeat_ask": "Asked before",
    "signal:deadline": "Deadline mentioned", "out_of_scope": "Unusual message",
    "intent_not_auto_answerable": "Needs a person", "template_variables_missing": "Order data missing",
    "no_template": "No template", "policy_blocked": "Draft broke a rule", "auto_reply_disabled": "Auto-reply off",
    "empty_message": "Empty message", "processing_error": "Processing failed",
    "thread_in_queue": "Follow-up in open thread", "unfamiliar": "Unlike known questions",
    "problem_reported": "Item has a problem", "signal:other_business": "About another shop or service",
    "signal:dissatisfied": "Buyer is upset", "signal:web_link": "Contains a web link",
}
URGENCY_LABELS = {"urgent": "Urgent", "high": "High", "normal": "Normal"}
STATUS_LABELS = {"pending": "Pending", "unshipped": "Not shipped", "shipped": "Shipped", "delivered": "Delivered",
                 "cancelled": "Cancelled", "returned": "Returned", "refunded": "Refunded"}


def _asset_versions() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:10] for p in STATIC.iterdir() if p.is_file()}


ASSET_VERSIONS = _asset_versions()


def static_url(name: str) -> str:
    return f"/ui/static/{name}?v={ASSET_VERSIONS.get(name, '0')}"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = abs(float(seconds))
    if seconds < 60:
        return f"{seconds:.0f}s"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes}m"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours}h {minutes:02d}m"
    days, hours = divmod(hours, 24)
    return f"{days}d {hours}h"


def pct(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value * 100:.{digits}f}%"


def when(value: datetime | str | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return f"{as_utc(value):%d %b %H:%M} UTC"


def isoformat(value: datetime | None) -> str:
    return as_utc(value).isoformat() if value else ""


def intent_label(intent: str | None) -> str:
    return INTENT_LABELS.get(intent or "", (intent or "unknown").replace("_", " ").capitalize())


LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "ja": "Japanese"}


def reason_label(code: str) -> str:
    if code.startswith("language_unsupported:"):
        language = code.split(":", 1)[1]
        return f"Language: {LANGUAGE_NAMES.get(language, language)}"
    if code.startswith("no_reply_needed:"):
        return "No reply needed"
    if code.startswith("reply_language:"):
        language = code.split(":", 1)[1]
        return f"Draft is in {LANGUAGE_NAMES.get(language, language)}, not the buyer's language"
    return REASON_LABELS.get(code, code.replace("_", " ").replace(":", ": ").capitalize())


templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.filters.update(
    duration=duration, pct=pct, when=when, iso=isoformat, intent=intent_label, reason=reason_label,
    rule=rule_label, urgency=lambda u: URGENCY_LABELS.get(u, u), order_status=lambda s: STATUS_LABELS.get(s, s),
    tojson_attr=lambda v: json.dumps(v, separators=(",", ":")),
)
templates.env.globals.update(static=static_url, csrf_field=CSRF_FIELD, intents=INTENTS,
                             intent_labels=INTENT_LABELS, urgencies=("urgent", "high", "normal"))
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True


def secure(response: Response, *, cache: bool = False) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if not cache:
        # Pages hold buyers' messages: not for shared caches or the back-forward cache of a shared PC.
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _flash_serializer(request: Request) -> URLSafeSerializer:
    settings: Settings = request.app.state.settings
    return URLSafeSerializer(settings.ui_secret, salt="flash")


def flash(request: Request, response: Response, text: str, kind: str = "ok") -> Response:
    """A one-time notice for the next page (after a redirect), signed so nobody can plant text in it."""
    response.set_cookie(FLASH_COOKIE, _flash_serializer(request).dumps({"t": text[:300], "k": kind}), max_age=60,
                        path="/ui", httponly=True, samesite="strict",
                        secure=request.app.state.settings.ui_cookie_secure)
    return response


def _take_flash(request: Request) -> dict[str, str] | None:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return None
    try:
        data = _flash_serializer(request).loads(raw)
    except BadSignature:
        return None
    return {"text": str(data.get("t", "")), "kind": str(data.get("k", "ok"))}


def page(request: Request, name: str, context: dict[str, Any], *, user: UiUser | None = None,
         status_code: int = 200) -> HTMLResponse:
    flash_message = context.pop("flash", None) or _take_flash(request)
    response = templates.TemplateResponse(
        request, name, {"user": user, "csrf": user.csrf if user else context.get("csrf", ""),
                        "flash": flash_message, **context},
        status_code=status_code,
    )
    if request.cookies.get(FLASH_COOKIE):
        response.delete_cookie(FLASH_COOKIE, path="/ui")
    secure(response)
    return response


def redirect(url: str, status_code: int = 303) -> RedirectResponse:
    response = RedirectResponse(url, status_code=status_code)
    secure(response)
    return response


def safe_return(url: str | None, default: str = "/ui/queue") -> str:
    """Only our own pages: an open redirect would let a crafted link bounce a reviewer anywhere."""
    if url and url.startswith("/ui/") and not url.startswith("//") and "\\" not in url and "\n" not in url:
        return url
    return default
