"""The library drafting uses: library.json with the admins' edits applied, per message language.

Drafting runs for every incoming message, so the edits are read from the database at most every few
seconds per process (another replica's save shows up within that time; this process's own at once).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from service.replies.drafting import Library, Template, TemplateEdit, default_library, merged_library
from service.templates_admin.models import ReplyTemplate

log = logging.getLogger("handoff.templates")

BASE_LANGUAGE = "en"  # library.json is English
PIECE_KINDS = ("greeting_named", "greeting_plain", "closing")
REFRESH_SECONDS = 5.0


@dataclass(frozen=True)
class EditRow:
    template_id: str
    language: str
    kind: str
    intent: str | None
    text: str
    when_status: frozenset[str] | None
    enabled: bool

    def as_edit(self) -> TemplateEdit:
        return TemplateEdit(id=self.template_id, intent=self.intent or "", text=self.text,
                            when_status=self.when_status, enabled=self.enabled)


def piece_ids(kind: str) -> list[str]:
    """Stable ids for library.json's greetings and closings, so an edit can name one."""
    base = default_library()
    pool = {"greeting_named": base.greetings_named, "greeting_plain": base.greetings_plain,
            "closing": base.closings}[kind]
    return [f"{kind.replace('_', '.')}.{i + 1}" for i in range(len(pool))]


def load_edits(session: Session) -> list[EditRow]:
    rows = session.scalars(select(ReplyTemplate).order_by(ReplyTemplate.id)).all()
    return [
        EditRow(r.template_id, r.language, r.kind, r.intent, r.text,
                frozenset(r.when_status) if r.when_status is not None else None, r.enabled)
        for r in rows
    ]


def _merge_pool(kind: str, pool: list[str], edits: list[EditRow]) -> list[str]:
    ids = piece_ids(kind)
    merged: dict[str, str | None] = dict(zip(ids, pool, strict=True))
    for e in edits:
        if e.kind == kind:
            merged[e.template_id] = e.text if e.enabled else None
    result = [text for text in merged.values() if text is not None]
    return result or pool  # an empty pool would leave drafts without a greeting; keep the packaged one


def english_library(edits: list[EditRow]) -> Library:
    own = [e for e in edits if e.language == BASE_LANGUAGE]
    base = default_library()
    if not own:
        return base
    merged = merged_library(base, [e.as_edit() for e in own if e.kind == "body"])
    merged.greetings_named = _merge_pool("greeting_named", base.greetings_named, own)
    merged.greetings_plain = _merge_pool("greeting_plain", base.greetings_plain, own)
    merged.closings = _merge_pool("closing", base.closings, own)
    return merged


def build_library(edits: list[EditRow], *, language: str | None, intent: str) -> Library:
    """Another language's templates are used only when that language has a body for this intent and its
    own greeting and closing; a reply half in one language and half in another is worse than English."""
    english = english_library(edits)
    if not language or language == BASE_LANGUAGE:
        return english
    own = [e for e in edits if e.language == language and e.enabled]
    bodies = [Template(id=e.template_id, intent=intent, text=e.text, when_status=e.when_status)
              for e in own if e.kind == "body" and e.intent == intent]
    plain = [e.text for e in own if e.kind == "greeting_plain"]
    named = [e.text for e in own if e.kind == "greeting_named"]
    closings = [e.text for e in own if e.kind == "closing"]
    if not (bodies and plain and closings):
        return english
    return Library(greetings_named=named or plain, greetings_plain=plain, closings=closings,
                   templates={intent: bodies}, language=language)


@dataclass
class _Snapshot:
    loaded_at: float
    edits: list[EditRow]
    built: dict[tuple[str | None, str], Library] = field(default_factory=dict)


_snapshots: dict[str, _Snapshot] = {}


def _key(factory: sessionmaker[Session]) -> str:
    bind = factory.kw.get("bind")
    return str(getattr(bind, "url", id(factory)))


def _load(factory: sessionmaker[Session]) -> list[EditRow]:
    try:
        with factory() as session:
            return load_edits(session)
    except SQLAlchemyError:
        # Drafting must not fail because the edits cannot be read; the packaged library is always safe.
        log.warning("could not read admin template edits; drafting with the packaged library", exc_info=True)
        return []


def invalidate(factory: sessionmaker[Session]) -> None:
    _snapshots.pop(_key(factory), None)


async def library_for(factory: sessionmaker[Session], language: str | None, intent: str) -> Library:
    key = _key(factory)
    snap = _snapshots.get(key)
    if snap is None or time.monotonic() - snap.loaded_at > REFRESH_SECONDS:
        edits = await run_in_threadpool(_load, factory)
        snap = _Snapshot(time.monotonic(), edits)
        _snapshots[key] = snap
    if not snap.edits:
        return default_library()
    cache_key = (language, intent)
    if cache_key not in snap.built:
        snap.built[cache_key] = build_library(snap.edits, language=language, intent=intent)
    return snap.built[cache_key]
