"""A slice of the corpus small enough to fit in seconds, for tests that train real heads."""

from __future__ import annotations

from training.corpus import Row, load_corpus


def corpus_slice(*, per_intent: int, whole_languages: frozenset[str] = frozenset()) -> list[Row]:
    """The first per_intent English rows of each intent, and every row in whole_languages."""
    kept: list[Row] = []
    counts: dict[str, int] = {}
    for row in load_corpus():
        if row.language in whole_languages:
            kept.append(row)
        elif row.language == "en" and counts.get(row.intent, 0) < per_intent:
            counts[row.intent] = counts.get(row.intent, 0) + 1
            kept.append(row)
    return kept
