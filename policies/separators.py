"""Undo obfuscated separators before looking for hosts and e-mail addresses.

`example dot com`, `name [at] shop (.) com`, `www . example . com`,
`shop&#46;com`, `orders/at/shop/dot/com` are rewritten to "." and "@". Each rewritten separator keeps
its kind so the link/e-mail checks can ask for more evidence when it was
written like prose: a bracketed or spelled "dot" is deliberate obfuscation,
while ". " and the words "point"/"punto"/"punkt"/"at" are ordinary prose
most of the time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policies.textmap import MappedText

# How a separator was written.
PLAIN = 0  # a literal "." / "@" (including full-width forms after NFKC)
OBFUSCATED = 1  # [.] (dot) {at} &#46; ... : nobody writes these by accident
DOT_WORD = 2  # " dot " / "ドット"
WEAK_WORD = 3  # " punkt " / " point " / " punto ": common words too
SPACED = 4  # " . ", " .", "。": spaces before the dot, or a Japanese full stop
AT_WORD = 5  # " at ", " arroba ": ordinary prose most of the time
SENTENCE = 6  # ". ": how every sentence ends
WEAK_KINDS = frozenset({SPACED, SENTENCE, WEAK_WORD})  # dots that are usually prose
PROSE_KINDS = WEAK_KINDS | {AT_WORD}  # separators written with spaces around them

# Separator cores. Each regex starts with a plain character or a character
# class, which the regex engine scans for quickly; the spaces around a core
# are taken in by `separators`.
_MARK_CORES = re.compile(
    r"[\[({<][ \t]{0,2}(?:\.|dot|punkt|point|punto|ドット|at|@|arroba|arobase|chiocciola|アット)"
    r"[ \t]{0,2}[\])}>]"
    # between slashes: "orders/at/shop/dot/com"
    r"|/(?:dot|at|punkt|point|punto)/"
    r"|&(?:\#0{0,3}46;|\#x0{0,3}2e;|period;|\#0{0,3}64;|\#x0{0,3}40;|commat;)"
    r"|[.。@]"
)
_SEPARATOR_WORDS = ("dot", "punkt", "point", "punto", "at", "ät", "arroba", "arobase", "chiocciola")
_WORD_CORES = re.compile("|".join(w + r"(?=[ \t])" for w in _SEPARATOR_WORDS) + "|ドット|アットマーク|アット")
_BRACKET_INNER = re.compile(r"[ \t]")
_DOT_INNERS = frozenset({".", "dot", "punkt", "point", "punto", "ドット"})
_DOT_ENTITIES = frozenset({"&period;"}) | {f"&#{z}46;" for z in ("", "0", "00", "000")} | {
    f"&#x{z}2e;" for z in ("", "0", "00", "000")
}
_WORD_HINTS = (*_SEPARATOR_WORDS, "ドット", "アット")
_WORD_KIND = {
    "dot": (".", DOT_WORD), "punkt": (".", WEAK_WORD), "point": (".", WEAK_WORD),
    "punto": (".", WEAK_WORD), "at": ("@", AT_WORD), "ät": ("@", AT_WORD), "arroba": ("@", AT_WORD),
    "arobase": ("@", AT_WORD), "chiocciola": ("@", AT_WORD),
}


@dataclass(frozen=True, slots=True)
class Deobfuscated:
    mapped: MappedText
    kinds: list[int]  # per character of mapped.text; separators carry their kind


def _spaces(text: str, i: int, step: int) -> int:
    """Number of spaces/tabs (at most 3) next to position i going in direction step."""
    n = 0
    j = i if step > 0 else i - 1
    while n < 3 and 0 <= j < len(text) and text[j] in " \t":
        n += 1
        j += step
    return n


def separators(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, replacement, kind) for every obfuscated separator, in order."""
    cores: list[tuple[int, int, str, int]] = []
    for m in _MARK_CORES.finditer(text):
        a, b = m.span()
        core = m.group(0)
        if core[0] in "[({</":  # bracketed or between slashes
            inner = _BRACKET_INNER.sub("", core[1:-1])
            cores.append((a, b, "." if inner in _DOT_INNERS else "@", OBFUSCATED))
        elif core[0] == "&":
            cores.append((a, b, "." if core in _DOT_ENTITIES else "@", OBFUSCATED))
        elif core == "。":
            cores.append((a, b, ".", SPACED))
        elif _spaces(text, a, -1) or _spaces(text, b, 1):
            if core == "@":
                cores.append((a, b, core, PLAIN))
            else:
                cores.append((a, b, core, SENTENCE if not _spaces(text, a, -1) else SPACED))
        # else: a plain "." or "@" needs no rewriting
    if any(w in text for w in _WORD_HINTS):
        for m in _WORD_CORES.finditer(text):
            a, b = m.span()
            word = m.group(0)
            if word == "ドット":
                cores.append((a, b, ".", DOT_WORD))
            elif word.startswith("アット"):
                cores.append((a, b, "@", AT_WORD))
            elif a > 0 and text[a - 1] in " \t":
                char, kind = _WORD_KIND[word]
                cores.append((a, b, char, kind))
        cores.sort()
    out: list[tuple[int, int, str, int]] = []
    last_end = 0
    for a, b, char, kind in cores:
        if a < last_end:
            continue
        a, b = max(a - _spaces(text, a, -1), last_end), b + _spaces(text, b, 1)
        out.append((a, b, char, kind))
        last_end = b
    return out


def deobfuscate(norm: MappedText) -> Deobfuscated:
    text = norm.text
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[int] = []
    pos = 0
    for a, b, char, kind in separators(text):
        if a < pos:
            continue
        pieces.append(text[pos:a])
        starts.extend(norm.starts[pos:a])
        ends.extend(norm.ends[pos:a])
        kinds.extend([PLAIN] * (a - pos))
        o_start, o_end = norm.span(a, b)
        pieces.append(char)
        starts.append(o_start)
        ends.append(o_end)
        kinds.append(kind)
        pos = b
    if not pieces:
        return Deobfuscated(norm, [PLAIN] * len(text))
    pieces.append(text[pos:])
    starts.extend(norm.starts[pos:])
    ends.extend(norm.ends[pos:])
    kinds.extend([PLAIN] * (len(text) - pos))
    return Deobfuscated(MappedText("".join(pieces), starts, ends, norm.original_length), kinds)
