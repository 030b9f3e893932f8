"""Skip phrase patterns that cannot match.

There are well over a hundred phrase patterns and Python's regex engine tries
each of them at every position of the text, which alone would cost more
than a millisecond per reply. For every pattern we work out a set of literal
strings one of which any match must contain (from the parsed pattern, so it
cannot drift from the pattern), find all those literals in one pass with a
trie-shaped regex, and run only the patterns whose literals occur.

This is an optimisation only: when a pattern's literals cannot be worked out
it simply always runs.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

try:  # CPython's own regex parser; typeshed has no stubs for it, hence Any.
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - other interpreters: no prefilter
    _parser = None
    _c = None

_MAX_ALTERNATIVES = 64  # beyond this a requirement filters too little to be worth tracking


def required_literals(pattern: str) -> frozenset[str] | None:
    """Literals one of which every match of `pattern` contains, or None."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # pragma: no cover - the pattern compiled elsewhere; be defensive
        return None
    found = _sequence(list(parsed.data))
    return frozenset(found) if found else None


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    # Longer shortest literal first (more selective), then fewer alternatives.
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    best: set[str] | None = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best, run
        if run:
            best = _better(best, {"".join(run)})
        run = []

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        best = _better(best, _item(op, av))
    flush()
    return best


def _item(op: Any, av: Any) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1].data))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av.data))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body.data)) if low >= 1 else None
    if op is _c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            sub = _sequence(list(alternative.data))
            if not sub:
                return None
            union |= sub
        return union if len(union) <= _MAX_ALTERNATIVES else None
    return None


def _trie_regex(words: Iterable[str]) -> str:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


class LiteralIndex:
    """Which of a fixed set of literals occur in a text, in one regex pass."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = frozenset(lit for lit in literals if lit)
        # The regex reports the longest literal starting at each position; the
        # shorter literals that are prefixes of it are filled in from this map.
        self._prefixes = {
            lit: frozenset(p for p in self.literals if lit.startswith(p)) for lit in self.literals
        }
        self._regex = re.compile("(?=(" + _trie_regex(self.literals) + "))") if self.literals else None

    def present(self, text: str) -> set[str]:
        found: set[str] = set()
        if self._regex is None:
            return found
        for m in self._regex.finditer(text):
            hit = m.group(1)
            if hit:
                found |= self._prefixes[hit]
        return found
