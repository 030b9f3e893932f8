"""`emoji` and `subject_important`."""

from __future__ import annotations

import re

from policies.model import Severity, Violation

# Code points with default emoji presentation (plus the flag letters and the
# joiners/modifiers that glue sequences together). Text-style symbols that
# Japanese and German sellers use for layout (※ ★ ☆ ♪ → ■ ●) are left alone,
# as are © ® ™.
_EMOJI_CHARS = (
    "\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f\u2693\u26a1"
    "\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a"
    "\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55"
    "\U0001f004\U0001f0cf\U0001f18e\U0001f191-\U0001f19a\U0001f1e6-\U0001f1ff\U0001f201\U0001f21a"
    "\U0001f22f\U0001f232-\U0001f236\U0001f238-\U0001f23a\U0001f250\U0001f251\U0001f300-\U0001f64f"
    "\U0001f680-\U0001f6ff\U0001f7e0-\U0001f7f0\U0001f90c-\U0001f9ff\U0001fa70-\U0001faff"
)
# Symbols that are text by default but become emoji with U+FE0F, plus the
# ones that are almost always meant as emoji even without it (❤ ☺ ✔ ✌ ✨).
_TEXT_DEFAULT = "\u2600-\u27bf\u2934\u2935\u2b05-\u2b07\u3030\u303d\u3297\u3299\u00a9\u00ae\u2122"
_ALWAYS_EMOJI = "\u2764\u263a\u2639\u2714\u270c\u2708\u260e\u2615\u261d\u270d"
_EMOJI = re.compile(
    rf"(?:[{_EMOJI_CHARS}{_ALWAYS_EMOJI}][\ufe0f\U0001f3fb-\U0001f3ff]?|[{_TEXT_DEFAULT}]\ufe0f)"
    rf"(?:\u200d?(?:[{_EMOJI_CHARS}{_ALWAYS_EMOJI}]|[{_TEXT_DEFAULT}]\ufe0f)[\ufe0f\U0001f3fb-\U0001f3ff]?){{0,10}}"
    r"[\U000e0020-\U000e007f]{0,8}"
)
_IMPORTANT = re.compile(r"[\[【(（]\s*(?:important|importante|wichtig|重要)\s*[\]】)）]", re.IGNORECASE)

EXPLAIN_EMOJI = "Emojis are not allowed in buyer messages."
EXPLAIN_IMPORTANT = (
    "In the subject line: '[Important]' is reserved for messages Amazon considers critical "
    "to the order; do not add it yourself."
)


def find_emoji(text: str) -> list[Violation]:
    return [
        Violation("emoji", Severity.BLOCK, m.group(0), m.start(), m.end(), EXPLAIN_EMOJI)
        for m in _EMOJI.finditer(text)
    ]


def find_subject_important(subject: str) -> list[Violation]:
    return [
        Violation("subject_important", Severity.BLOCK, m.group(0), m.start(), m.end(), EXPLAIN_IMPORTANT)
        for m in _IMPORTANT.finditer(subject)
    ]
