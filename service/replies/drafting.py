"""Draft a reply from the template library and the order context.

A template is used only when every variable it names can be filled: no "Dear {name}" ever leaves.
Order data is sanitised first (a buyer name or product title can carry a link or a phone number),
and the pieces (greeting, body, closing) are picked per message so replies don't read like a robot.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from policies import sanitize_field

LIBRARY_PATH = Path(__file__).with_name("library.json")
_VARIABLE = re.compile(r"{(\w+)}")
_NAME_OK = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$", re.UNICODE)

MARKETPLACE_DOMAINS = {
    "US": "amazon.com", "CA": "amazon.ca", "MX": "amazon.com.mx", "UK": "amazon.co.uk", "GB": "amazon.co.uk",
    "DE": "amazon.de", "FR": "amazon.fr", "IT": "amazon.it", "ES": "amazon.es", "JP": "amazon.co.jp",
    "AU": "amazon.com.au", "IN": "amazon.in", "NL": "amazon.nl", "SE": "amazon.se", "PL": "amazon.pl",
}


@dataclass(frozen=True)
class Template:
    id: str
    intent: str
    text: str
    when_status: frozenset[str] | None

    @property
    def variables(self) -> list[str]:
        return _VARIABLE.findall(self.text)


@dataclass
class Library:
    greetings_named: list[str]
    greetings_plain: list[str]
    closings: list[str]
    templates: dict[str, list[Template]]
    # The language every text here is written in: the packaged library and the seller's edits to it are
    # English; a library of another language is built only from that language's own templates.
    language: str = "en"

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Library:
        templates = {
            intent: [
                Template(
                    id=t["id"], intent=intent, text=t["text"],
                    when_status=frozenset(t["when"]["status"]) if "when" in t else None,
                )
                for t in items
            ]
            for intent, items in raw["intents"].items()
        }
        return cls(raw["greetings"]["named"], raw["greetings"]["plain"], raw["closings"], templates)


@lru_cache(maxsize=1)
def default_library() -> Library:
    return Library.from_dict(json.loads(LIBRARY_PATH.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class TemplateEdit:
    """An admin's change to one body template (service.templates_admin keeps them in the database)."""

    id: str
    intent: str
    text: str
    when_status: frozenset[str] | None
    enabled: bool = True  # False removes the template with this id


def merged_library(base: Library, edits: Iterable[TemplateEdit]) -> Library:
    """`base` with the edits applied: an edited template keeps its place in the rotation (messages that
    drew another template still draw it), a new one is appended, a disabled one is dropped."""
    templates = {intent: list(items) for intent, items in base.templates.items()}
    for edit in edits:
        new = Template(id=edit.id, intent=edit.intent, text=edit.text, when_status=edit.when_status)
        placed = False
        for intent, items in templates.items():
            kept: list[Template] = []
            for old in items:
                if old.id != edit.id:
                    kept.append(old)
                elif edit.enabled and intent == edit.intent and not placed:
                    kept.append(new)
                    placed = True
            templates[intent] = kept
        if edit.enabled and not placed:
            templates.setdefault(edit.intent, []).append(new)
    return replace(base, templates=templates)


@dataclass
class Draft:
    text: str | None
    template: str | None
    missing: list[str] = field(default_factory=list)  # variables no candidate template could fill
    rejected_fields: list[str] = field(default_factory=list)  # order data dropped as unsafe
    language: str = "en"  # the language of the library the text came from


def first_name(buyer_name: str | None) -> str | None:
    cleaned = sanitize_field(buyer_name, max_length=60)
    if not cleaned:
        return None
    token = cleaned.split()[0]
    # "J." or "MR" read worse than no name at all.
    if len(token) < 2 or not _NAME_OK.match(token) or token.lower() in {"mr", "mrs", "ms", "dr", "miss"}:
        return None
    return token[0].upper() + token[1:].lower() if token.islower() or token.isupper() else token


def _format_date(value: Any) -> str | None:
    if not value:
        return None
    parsed = value if isinstance(value, date) else date.fromisoformat(str(value))
    return f"{parsed:%A}, {parsed:%B} {parsed.day}"


def order_variables(
    *, buyer_name: str | None, order_id: str | None, order: dict[str, Any] | None
) -> tuple[dict[str, str], list[str]]:
    """Values a template may use, each sanitised; returns (values, names of fields rejected as unsafe)."""
    order = order or {}
    rejected: list[str] = []
    values: dict[str, str] = {}

    def put(name: str, raw: Any, *, max_length: int = 80) -> None:
        if raw in (None, ""):
            return
        clean = sanitize_field(str(raw), max_length=max_length)
        if clean:
            values[name] = clean
        else:
            rejected.append(name)

    name = first_name(buyer_name)
    if name:
        values["first_name"] = name
    elif buyer_name:
        rejected.append("first_name")
    put("order_id", order_id, max_length=40)
    put("carrier", order.get("carrier"), max_length=40)
    put("tracking_number", order.get("tracking_number"), max_length=40)
    put("refund_amount", order.get("refund_amount"), max_length=20)
    for key in ("ship_date", "estimated_delivery", "refund_date"):
        formatted = _format_date(order.get(key))
        if formatted:
            values[key] = formatted
    items = order.get("items") or []
    if len(items) == 1:
        put("item_title", _short_title(items[0].get("title")), max_length=60)
    elif len(items) > 1:
        values["item_title"] = "items"
    return values, rejected


def _short_title(title: str | None) -> str | None:
    # Marketplace titles are keyword soup ("Air Fryer, 5.8QT, Digital, Black, for ..."); keep the head.
    if not title:
        return None
    return re.split(r"[,|(\[–—]| - ", title, maxsplit=1)[0].strip() or None


def _pick(options: list[Any], seed: str, salt: str) -> Any:
    digest = hashlib.sha256(f"{seed}:{salt}".encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def draft_reply(
    *,
    intent: str,
    seed: str,
    buyer_name: str | None,
    order_id: str | None,
    order: dict[str, Any] | None,
    library: Library | None = None,
) -> Draft:
    library = library or default_library()
    candidates = library.templates.get(intent, [])
    if not candidates:
        return Draft(text=None, template=None)
    values, rejected = order_variables(buyer_name=buyer_name, order_id=order_id, order=order)
    status = (order or {}).get("status")
    usable: list[Template] = []
    missing: set[str] = set()
    for template in candidates:
        if template.when_status is not None and status not in template.when_status:
            missing.add("order.status")
            continue
        gaps = [v for v in template.variables if v not in values]
        if gaps:
            missing.update(gaps)
            continue
        usable.append(template)
    if not usable:
        return Draft(text=None, template=None, missing=sorted(missing), rejected_fields=rejected)
    template = _pick(usable, seed, "body")
    body = string.Formatter().vformat(template.text, (), values)
    greeting_pool = library.greetings_named if "first_name" in values else library.greetings_plain
    greeting = string.Formatter().vformat(_pick(greeting_pool, seed, "greeting"), (), values)
    closing = _pick(library.closings, seed, "closing")
    return Draft(
        text=f"{greeting}\n\n{body}\n\n{closing}", template=template.id, rejected_fields=rejected,
        language=library.language,
    )
