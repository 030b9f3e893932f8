"""Show a buyer's email as a person reads it: tags stripped, quoted history kept apart to fold away."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from service.pipeline.normalize import unwrap_relay

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol"}
_SKIP = {"script", "style", "head", "title"}
_HTML_HINT = re.compile(r"<\s*(?:html|body|div|p|br|span|table|blockquote|a)\b", re.IGNORECASE)
# Where quoted history or footers start (the same cues the pipeline cuts at, as lines).
_HISTORY_START = re.compile(
    r"^\s*(?:>|On .{0,200}\bwrote:\s*$|Am .{0,200}\bschrieb\b|Le .{0,200}\ba écrit|El .{0,200}\bescribió|"
    r"Il giorno .{0,200}\bha scritto|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|"
    r"Mensaje original)|_{5,}\s*$|From:\s|For Your Information: To help arbitrate|Zu Ihrer Information:|"
    r"Was this email helpful\?|Sent from my )",
    re.IGNORECASE,
)


class _Text(HTMLParser):
    """Keeps quoted blocks, marked with '> ' so they fold with the rest of the history."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._quote = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "blockquote" or (tag == "div" and any(v and "gmail_quote" in v for _, v in attrs)):
            self._quote += 1
            self.parts.append("\n")
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag == "blockquote" and self._quote:
            self._quote -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._quote:
            data = "\n".join("> " + line if line.strip() else line for line in data.split("\n"))
        self.parts.append(data)


def plain_text(body: str) -> str:
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if _HTML_HINT.search(text):
        parser = _Text()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    elif "&" in text:
        text = html.unescape(text)
    text = unwrap_relay(text)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def quoted_history(body: str) -> str:
    """The part of the email below what the buyer wrote this time (quotes, earlier mails, footers)."""
    lines = plain_text(body).split("\n")
    seen_text = False
    for i, line in enumerate(lines):
        if _HISTORY_START.match(line):
            if seen_text:
                return "\n".join(lines[i:]).strip()
            continue
        if line.strip():
            seen_text = True
    return ""
