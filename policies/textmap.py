"""Normalised copies of a text that remember where every character came from.

Detectors run on a folded copy (NFKC, lower case, invisible characters gone,
Cyrillic/Greek look-alikes turned into Latin) so that `ｅｘａｍｐｌｅ．ｃｏｍ`,
`exa\u200bmple.com` and `еxample.com` (Cyrillic е) look like what a buyer's
browser would open. The UI highlights spans in the text the seller typed, so
each folded character keeps the [start, end) of the original characters it
came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Look-alikes that NFKC leaves alone. Only letters that render (nearly) like a
# Latin letter in common fonts: enough to stop `аmazon.com`-style tricks
# without pretending to be a full confusables table.
_HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ү": "y", "һ": "h", "ӏ": "l", "ɡ": "g", "ɑ": "a", "ı": "i", "ȷ": "j",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Ԛ": "q", "Ԝ": "w", "Ү": "y",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i",
    "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
    # Typographic quotes fold to ASCII so phrase patterns need one spelling.
    "’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"',
    # Dots that read as a full stop inside a host name.
    "\u00b7": ".", "\u2219": ".", "\u2027": ".", "\u2e31": ".",
}

_KEEP_CONTROLS = frozenset("\t\n\r")


def _fold_char(cluster: str) -> str:
    """Fold one base character plus its combining marks; "" drops it."""
    first = cluster[0]
    if first in _KEEP_CONTROLS:
        return first
    category = unicodedata.category(first)
    if category in ("Cf", "Cc", "Cs", "Co", "Cn") and len(cluster) == 1:
        return ""  # zero-width joiners, soft hyphens, bidi controls, stray controls
    folded = unicodedata.normalize("NFKC", cluster)
    out: list[str] = []
    for ch in folded:
        ch = _HOMOGLYPHS.get(ch, ch)
        for low in ch.lower():
            # Marks that did not compose (e̲x̲a̲m̲p̲l̲e̲, variation selectors) are decoration.
            if unicodedata.category(low) in ("Mn", "Me", "Cf"):
                continue
            out.append(_HOMOGLYPHS.get(low, low))
    return "".join(out)


# Per-character results are cached: replies reuse a small alphabet.
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 20_000


def _fold_cached(cluster: str) -> str:
    hit = _CACHE.get(cluster)
    if hit is None:
        hit = _fold_char(cluster)
        if len(_CACHE) < _CACHE_LIMIT:
            _CACHE[cluster] = hit
    return hit


@dataclass(frozen=True, slots=True)
class MappedText:
    """`text` plus, for each of its characters, the original [start, end)."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets for text[start:end]."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


# Characters that NFKC leaves alone, that are no look-alike and whose lower
# case is one character: printable ASCII, Latin-1 letters, kana, common CJK
# and Japanese punctuation. Runs of them are copied in bulk; everything else
# goes through `_fold_char`.
_NEEDS_WORK = re.compile(
    "[^\t\n\r\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u3001\u3002\u3005\u300c-\u300f"
    "\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]"
)


def normalize(text: str) -> MappedText:
    """Fold `text` for matching; see the module docstring."""
    n = len(text)
    first = _NEEDS_WORK.search(text)
    if first is None:
        return MappedText(text.lower(), range(n), range(1, n + 1), n)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    m: re.Match[str] | None = first
    while m is not None:
        k = m.start()
        if k > i:
            pieces.append(text[i:k].lower())
            starts.extend(range(i, k))
            ends.extend(range(i + 1, k + 1))
            i = k
        # A combining mark belongs to the character before it: refold that
        # character together with all its marks so NFKC can compose them.
        if unicodedata.category(text[i])[0] == "M" and i > 0 and starts and starts[-1] == i - 1:
            base = i - 1
            while starts and starts[-1] == base:
                starts.pop()
                ends.pop()
            # Output characters and `starts` are aligned one to one.
            pieces = ["".join(pieces)[: len(starts)]]
            i = base
        j = i + 1
        while j < n and unicodedata.category(text[j])[0] == "M":
            j += 1
        cluster = text[i:j]
        folded = _fold_cached(cluster) if len(cluster) == 1 else _fold_char(cluster)
        if folded:
            pieces.append(folded)
            starts.extend([i] * len(folded))
            ends.extend([j] * len(folded))
        i = j
        m = _NEEDS_WORK.search(text, i)
    if i < n:
        pieces.append(text[i:].lower())
        starts.extend(range(i, n))
        ends.extend(range(i + 1, n + 1))
    return MappedText("".join(pieces), starts, ends, n)


def has_lookalikes(original: str) -> bool:
    """True when `original` only reads as ASCII after look-alike folding or
    invisible-character removal (full-width forms are fine: they are what
    Japanese keyboards type)."""
    if original.isascii():
        return False
    for ch in original:
        if ch.isascii():
            continue
        if not unicodedata.normalize("NFKC", ch).isascii():
            return True
    return False
