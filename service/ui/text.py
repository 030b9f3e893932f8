"""Show a buyer's email as a person reads it: tags stripped, quoted history kept apart to fold away.

The reading is the pipeline's own (service.pipeline.normalize); this only splits what the buyer wrote
this time from the history below it instead of dropping the history."""

from __future__ import annotations

import re

from service.pipeline.normalize import is_history_start, strip_html, unwrap_relay


def plain_text(body: str) -> str:
    text = strip_html(body.replace("\r\n", "\n").replace("\r", "\n"))
    text = unwrap_relay(text)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def quoted_history(body: str) -> str:
    """The part of the email below what the buyer wrote this time (quotes, earlier mails, footers)."""
    lines = plain_text(body).split("\n")
    seen_text = False
    for i, line in enumerate(lines):
        if is_history_start(line):
            if seen_text:
                return "\n".join(lines[i:]).strip()
            continue
        if line.strip():
            seen_text = True
    return ""
