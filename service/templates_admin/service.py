"""Listing, checking, previewing and saving templates. Keyword-only functions in the caller's session.

A template is saved only when it is well formed (known variables, balanced braces) and passes the
policy check rendered with a fully filled order: a template is sent thousands of times unread, so a
link or a refund promise in it is refused outright, not merely flagged.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.taxonomy import INTENTS
from policies import check_text
from service.audit import service as audit
from service.replies.drafting import Library, Template, default_library, draft_reply, order_variables
from service.templates_admin.library import BASE_LANGUAGE, PIECE_KINDS, build_library, load_edits, piece_ids
from service.templates_admin.models import ReplyTemplate
from service.templates_admin.samples import KNOWN_VARIABLES, LANGUAGES, ORDER_STATUSES, full_sample, samples
from service.timeutil import as_utc, utcnow

KINDS = ("body", *PIECE_KINDS)
KIND_LABELS = {"body": "Reply body", "greeting_named": "Greeting (buyer's name known)",
               "greeting_plain": "Greeting (no name)", "closing": "Closing"}
GROUP_LABELS = {"greeting_named": "Greetings when the buyer's name is known",
                "greeting_plain": "Greetings without a name", "closing": "Closings"}
# Greetings and closings stand beside every body, so they may only use the buyer's first name.
PIECE_VARIABLES = {"greeting_named": ("first_name",), "greeting_plain": (), "closing": ()}
MAX_TEXT = 2000
_ID = re.compile(r"^[a-z0-9_.-]{1,100}$")


class TemplateInvalid(Exception):
    def __init__(self, errors: list[str], violations: list[dict[str, Any]]) -> None:
        super().__init__("; ".join(errors) or "the template fails the policy check")
        self.errors = errors
        self.violations = violations


@dataclass
class TemplateRow:
    template_id: str
    language: str
    kind: str
    intent: str | None
    text: str
    when_status: list[str] | None
    enabled: bool
    source: str  # packaged | edited | added | disabled
    packaged_text: str | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None

    @property
    def group(self) -> str:
        return self.intent if self.kind == "body" and self.intent else self.kind


@dataclass
class Check:
    errors: list[str] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)  # spans index the template text
    rendered: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors and not self.violations


def packaged_rows() -> list[TemplateRow]:
    lib = default_library()
    rows: list[TemplateRow] = []
    for intent, items in lib.templates.items():
        rows += [TemplateRow(t.id, BASE_LANGUAGE, "body", intent, t.text,
                             sorted(t.when_status) if t.when_status is not None else None, True, "packaged",
                             packaged_text=t.text) for t in items]
    pools = {"greeting_named": lib.greetings_named, "greeting_plain": lib.greetings_plain, "closing": lib.closings}
    for kind, pool in pools.items():
        rows += [TemplateRow(tid, BASE_LANGUAGE, kind, None, text, None, True, "packaged", packaged_text=text)
                 for tid, text in zip(piece_ids(kind), pool, strict=True)]
    return rows


def catalogue(*, session: Session) -> list[TemplateRow]:
    """Every template in every language: the packaged ones with their edits, then the added ones."""
    by_key = {(r.template_id, r.language): r for r in packaged_rows()}
    for db in session.scalars(select(ReplyTemplate).order_by(ReplyTemplate.id)):
        packaged = by_key.get((db.template_id, db.language))
        source = "disabled" if not db.enabled else ("edited" if packaged else "added")
        by_key[(db.template_id, db.language)] = TemplateRow(
            db.template_id, db.language, db.kind, db.intent, db.text, db.when_status, db.enabled, source,
            packaged_text=packaged.packaged_text if packaged else None,
            updated_at=as_utc(db.updated_at), updated_by=db.updated_by,
        )
    return list(by_key.values())


def find(*, session: Session, template_id: str, language: str) -> TemplateRow | None:
    for row in catalogue(session=session):
        if row.template_id == template_id and row.language == language:
            return row
    return None


def render_mapped(text: str, values: dict[str, str]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Fill the variables and keep a map of (rendered start, rendered end, text start, text end) per
    piece, so a violation found in the rendered text can be shown on the template the admin typed."""
    out: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    pos = rpos = 0
    for match in re.finditer(r"{(\w+)}", text):
        literal = text[pos:match.start()]
        out.append(literal)
        spans.append((rpos, rpos + len(literal), pos, match.start()))
        rpos += len(literal)
        value = values.get(match.group(1), match.group(0))
        out.append(value)
        spans.append((rpos, rpos + len(value), match.start(), match.end()))
        rpos += len(value)
        pos = match.end()
    out.append(text[pos:])
    spans.append((rpos, rpos + len(text) - pos, pos, len(text)))
    return "".join(out), spans


def _to_text_span(start: int, end: int, spans: list[tuple[int, int, int, int]]) -> tuple[int, int]:
    def locate(offset: int, *, is_end: bool) -> int:
        for r0, r1, t0, t1 in spans:
            if r0 <= offset < r1 or (is_end and r0 < offset <= r1):
                if t1 - t0 == r1 - r0:  # literal text: one to one
                    return t0 + (offset - r0)
                return t1 if is_end else t0  # inside a variable: the whole {placeholder}
        return spans[-1][3]

    return locate(start, is_end=False), locate(end, is_end=True)


def check_template(*, text: str, kind: str, when_status: list[str] | None = None) -> Check:
    result = Check()
    if kind not in KINDS:
        result.errors.append(f"unknown kind {kind!r}")
        return result
    if not text.strip():
        result.errors.append("the text is empty")
        return result
    if len(text) > MAX_TEXT:
        result.errors.append(f"the text is longer than {MAX_TEXT} characters")
    allowed = KNOWN_VARIABLES if kind == "body" else PIECE_VARIABLES[kind]
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        result.errors.append(f"braces do not match ({exc}); variables look like {{order_id}}")
        return result
    for name, spec, conv in fields:
        if not re.fullmatch(r"\w+", name) or spec or conv:
            result.errors.append(f"{{{name}}} is not a plain variable; write it like {{order_id}}")
        elif name not in allowed:
            known = ", ".join("{" + v + "}" for v in allowed) or "none"
            result.errors.append(f"{{{name}}} is not a variable this template can use (it can use: {known})")
    unknown_status = sorted(set(when_status or ()) - set(ORDER_STATUSES))
    if unknown_status:
        result.errors.append(f"unknown order status: {', '.join(unknown_status)}")
    sample = full_sample()
    values, _ = order_variables(buyer_name=sample.buyer_name, order_id=sample.order_id, order=sample.order)
    rendered, spans = render_mapped(text, values)
    result.rendered = rendered
    for v in check_text(rendered).violations:
        start, end = _to_text_span(v.start, v.end, spans)
        result.violations.append({**v.to_dict(), "start": start, "end": end, "text": text[start:end]})
    return result


def validate_identity(*, template_id: str, language: str, kind: str, intent: str | None) -> list[str]:
    errors = []
    if not _ID.match(template_id):
        errors.append("the id may use lower-case letters, digits, '.', '_' and '-' (at most 100)")
    if language not in LANGUAGES:
        errors.append(f"language must be one of {', '.join(LANGUAGES)}")
    if kind == "body" and intent not in INTENTS:
        errors.append("choose the intent this reply answers")
    return errors


def new_template_id(*, session: Session, kind: str, intent: str | None, language: str) -> str:
    prefix = f"{intent}.custom" if kind == "body" else f"{kind.replace('_', '.')}.custom"
    taken = {r.template_id for r in catalogue(session=session) if r.language == language}
    n = 1
    while f"{prefix}.{n}" in taken:
        n += 1
    return f"{prefix}.{n}"


def save(
    *, session: Session, actor: str, template_id: str, language: str, kind: str, intent: str | None, text: str,
    when_status: list[str] | None, enabled: bool,
) -> TemplateRow:
    """Create or replace the edit for (template_id, language). Raises TemplateInvalid and saves nothing when
    the template is malformed or fails the policy check (a disabled template is checked all the same: it can
    be enabled again with one click)."""
    text = text.strip().replace("\r\n", "\n")
    packaged = {(r.template_id, r.language): r for r in packaged_rows()}.get((template_id, language))
    if packaged is not None:  # a packaged template keeps its kind and intent
        kind, intent = packaged.kind, packaged.intent
    if kind != "body":
        intent, when_status = None, None
    errors = validate_identity(template_id=template_id, language=language, kind=kind, intent=intent)
    check = check_template(text=text, kind=kind, when_status=when_status)
    if errors or not check.ok:
        raise TemplateInvalid(errors + check.errors, check.violations)
    row = session.scalar(select(ReplyTemplate).where(ReplyTemplate.template_id == template_id,
                                                     ReplyTemplate.language == language).with_for_update())
    before = None
    if row is None:
        row = ReplyTemplate(template_id=template_id, language=language)
        session.add(row)
    else:
        before = {"text": row.text, "when_status": row.when_status, "enabled": row.enabled}
    row.kind, row.intent, row.text = kind, intent, text
    row.when_status = sorted(set(when_status)) if when_status else None
    row.enabled, row.updated_at, row.updated_by = enabled, utcnow(), actor[:100]
    session.flush()
    audit.record(session=session, actor=actor, action="template_saved", before=before,
                 after={"template_id": template_id, "language": language, "kind": kind, "intent": intent,
                        "text": text, "when_status": row.when_status, "enabled": enabled})
    found = find(session=session, template_id=template_id, language=language)
    assert found is not None
    return found


def revert(*, session: Session, actor: str, template_id: str, language: str) -> bool:
    """Drop the edit: a packaged template is itself again, an added one is gone."""
    row = session.scalar(select(ReplyTemplate).where(ReplyTemplate.template_id == template_id,
                                                     ReplyTemplate.language == language))
    if row is None:
        return False
    audit.record(session=session, actor=actor, action="template_reverted",
                 before={"template_id": template_id, "language": language, "text": row.text,
                         "enabled": row.enabled})
    session.delete(row)
    return True


@dataclass
class Preview:
    text: str | None
    missing: list[str]
    sample: str
    check: Check


def preview(*, session: Session, text: str, kind: str, intent: str | None, language: str,
            when_status: list[str] | None, sample_key: str) -> Preview:
    """The reply a buyer of the sample order would get: this piece with the language's other pieces."""
    catalogue_samples = samples()
    sample = catalogue_samples.get(sample_key) or catalogue_samples["shipped"]
    check = check_template(text=text, kind=kind, when_status=when_status)
    edits = load_edits(session)
    lib = build_library(edits, language=language, intent=intent or "order_status")
    text = text.strip()  # as save() stores it
    if check.errors:
        return Preview(None, [], sample.label, check)
    if kind == "body":
        body = Template(id="preview", intent=intent or "other", text=text,
                        when_status=frozenset(when_status) if when_status else None)
        lib = Library(lib.greetings_named, lib.greetings_plain, lib.closings, {body.intent: [body]}, lib.language)
        draft = draft_reply(intent=body.intent, seed="preview", buyer_name=sample.buyer_name,
                            order_id=sample.order_id, order=sample.order, library=lib)
        return Preview(draft.text, draft.missing, sample.label, check)
    values, _ = order_variables(buyer_name=sample.buyer_name, order_id=sample.order_id, order=sample.order)
    if kind == "greeting_named" and "first_name" not in values:
        return Preview(None, ["first_name"], sample.label, check)
    rendered, _ = render_mapped(text, values)
    return Preview(rendered, [], sample.label, check)
