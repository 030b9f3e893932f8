"""`sanitize_field`: make order data (buyer names, product titles, carriers)
safe to drop into a reply template.

Cosmetic problems are fixed (invisible characters, emoji, runs of
whitespace, excessive length). Anything that would put contact details or
markup into the reply (a link, e-mail, phone number, handle, HTML, template
syntax) cannot be removed without guessing what the rest means, so the whole
value is rejected and the template falls back to wording without it.
"""

from __future__ import annotations

import re
import unicodedata

from policies.formatting import find_emoji
from policies.handles import find_handles
from policies.links import find_links_and_emails
from policies.phones import find_phones
from policies.textmap import normalize

_MARKUP = re.compile(
    r"<[a-z/!?][^<>]{0,200}>|\[[^\[\]]{0,200}\]\(|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});|\{\{|\{%|\$\{"
    r"|\{\w{1,40}\}|\bjavascript:|\bdata:text|`",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_TRIM_END = " ,;:-–—/(&|+"


def _strip_invisible(value: str) -> str:
    out: list[str] = []
    for ch in value:
        cat = unicodedata.category(ch)
        if ch in "\t\n\r\u2028\u2029":
            out.append(" ")
        elif cat in ("Cc", "Cf", "Co", "Cs", "Cn") or "\ufe00" <= ch <= "\ufe0f":
            continue
        else:
            out.append(ch)
    return "".join(out)


def _truncate(value: str, max_length: int) -> str:
    if len(value) <= max_length:
        return value
    cut = value[:max_length]
    if not value[max_length].isspace():
        space = cut.rfind(" ")
        if space >= max_length // 2:
            cut = cut[:space]
    return cut.rstrip(_TRIM_END)


def sanitize_field(value: str | None, *, max_length: int = 80) -> str | None:
    if value is None:
        return None
    cleaned = unicodedata.normalize("NFC", _strip_invisible(value))
    for e in reversed(find_emoji(cleaned)):
        cleaned = cleaned[: e.start] + " " + cleaned[e.end :]
    cleaned = _SPACE.sub(" ", cleaned).strip()
    if not cleaned:
        return None
    if _MARKUP.search(cleaned):
        return None
    norm = normalize(cleaned)
    if find_links_and_emails(cleaned, norm) or find_phones(cleaned, norm) or find_handles(cleaned, norm):
        return None
    result = _truncate(cleaned, max(1, max_length))
    return result or None
