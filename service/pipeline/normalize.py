"""Turn an email-relay body into what the buyer actually wrote: no HTML, no quoted history, no boilerplate."""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "table", "ul", "ol"}
_SKIP_TAGS = {"script", "style", "head", "title"}


class _TextExtractor(HTMLParser):
    """HTML to text. Quoted history (blockquote, Gmail's quote div) comes out as '> ' lines, so the
    pipeline can drop it and the reviewer screen can fold it, from one reading of the HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._quote = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        # Quoted history in HTML mail sits in a blockquote or Gmail's quote div; drop it.
        elif tag == "blockquote" or (tag == "div" and any(v and "gmail_quote" in v for _, v in attrs)):
            self._quote += 1
            self.parts.append("\n")
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        elif tag == "blockquote" and self._quote:
            self._quote -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._quote:
            data = "\n".join("> " + line if line.strip() else line for line in data.split("\n"))
        self.parts.append(data)


_HTML_HINT = re.compile(r"<\s*(?:html|body|div|p|br|span|table|blockquote|a)\b", re.IGNORECASE)


def strip_html(text: str) -> str:
    """Text of an email body; quoted history stays, marked with '> ' (drop_quoted removes it)."""
    if not _HTML_HINT.search(text):
        return html.unescape(text) if "&" in text else text
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


# Amazon's relay wraps the buyer's words; everything outside the markers is relay text.
_BEGIN = re.compile(r"^-{3,}\s*Begin message\s*-{3,}\s*$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^-{3,}\s*End message\s*-{3,}\s*$", re.IGNORECASE | re.MULTILINE)
# Where quoted history or footers start: everything from the first such line on is dropped.
_CUT_LINES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\s*On .{0,200}\bwrote:\s*$",
        r"^\s*Am .{0,200}\bschrieb\b.{0,200}:\s*$",
        r"^\s*Le .{0,200}\ba écrit\s*:\s*$",
        r"^\s*El .{0,200}\bescribió\s*:\s*$",
        r"^\s*Il giorno .{0,200}\bha scritto\s*:\s*$",
        r"^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}\s*$",
        r"^\s*_{5,}\s*$",
        r"^\s*From:\s.+$",
        r"^\s*For Your Information: To help arbitrate disputes",
        r"^\s*Zu Ihrer Information:",
        r"^\s*Was this email helpful\?",
        r"^\s*Sent from my (?:iPhone|iPad|Android|Galaxy|mobile|Samsung)",
        r"^\s*Von meinem iPhone gesendet",
        r"^\s*Envoyé de mon iPhone",
        r"^\s*Enviado desde mi iPhone",
        r"^\s*Inviato da iPhone",
        r"^\s*iPhoneから送信",
        r"^\s*-{3,}\s*(?:Begin|End) message\s*-{3,}",
    )
]
_QUOTED = re.compile(r"^\s*>")
_WHITESPACE = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\x00"), None)


def unwrap_relay(text: str) -> str:
    begin = _BEGIN.search(text)
    if begin:
        end = _END.search(text, begin.end())
        text = text[begin.end() : end.start() if end else len(text)]
    return text


def is_history_start(line: str) -> bool:
    """A line where quoted history, an earlier mail or the relay's footer begins."""
    return bool(_QUOTED.match(line)) or any(p.search(line) for p in _CUT_LINES)


def drop_quoted(text: str) -> str:
    kept: list[str] = []
    for line in text.split("\n"):
        if any(p.search(line) for p in _CUT_LINES):
            if kept and "".join(kept).strip():
                break
            continue  # a cut marker before any buyer text (e.g. a leading wrapper line): skip it
        if _QUOTED.match(line):
            continue
        kept.append(line)
    return "\n".join(kept)


def normalize_message(body: str, subject: str | None = None) -> str:
    text = unicodedata.normalize("NFC", body).translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    text = strip_html(text)
    text = unwrap_relay(text)
    text = drop_quoted(text)
    text = _WHITESPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    # A bare "see subject" body: the subject carries the question.
    if subject and len(text) < 12 and not subject.lower().startswith(("re:", "aw:", "fw:")):
        text = f"{subject.strip()}\n{text}".strip()
    return text


def for_encoder(text: str, *, max_chars: int = 1500) -> str:
    """The encoder reads 256 word pieces; keep the start, where buyers put the point."""
    return " ".join(text.split())[:max_chars]
