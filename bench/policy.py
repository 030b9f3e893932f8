"""Policy checker benchmark.

Prints the median and p99 time to check typical ~600-character replies, the
worst time over adversarial 20,000-character inputs, the corpus recall /
false-positive rate, and the share of fresh replies (data/replies_fresh.jsonl) stopped or flagged.

    .venv/bin/python bench/policy.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, Python puts bench/ first on sys.path, where bench/queue.py would shadow the standard
# library's queue module; take it off before anything else is imported.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from policies import check_text
from policies.evaluation import (
    ADVERSARIAL,
    FRESH_PATH,
    UNSEEN_PATH,
    evaluate,
    load_corpus,
    replies_stopped,
)


def typical_replies(rows: list[dict[str, object]], count: int = 400) -> list[str]:
    """~600-character replies stitched from corpus replies of one language."""
    by_language: dict[str, list[str]] = {}
    for row in rows:
        by_language.setdefault(str(row["language"]), []).append(str(row["text"]))
    out: list[str] = []
    i = 0
    languages = sorted(by_language)
    while len(out) < count:
        texts = by_language[languages[i % len(languages)]]
        reply = ""
        j = i * 7
        while len(reply) < 600:
            reply += texts[j % len(texts)] + " "
            j += 3
        out.append(reply[:600])
        i += 1
    return out


def timed(text: str) -> float:
    started = time.perf_counter()
    check_text(text)
    return time.perf_counter() - started


def main() -> None:
    rows = load_corpus()
    replies = typical_replies(rows)
    for text in replies[:50]:  # warm caches (compiled patterns, TLD list)
        check_text(text)
    gc.collect()
    times = sorted(timed(text) for text in replies)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"typical 600-char replies (n={len(times)}): median {statistics.median(times) * 1000:.3f} ms, "
          f"p99 {p99 * 1000:.3f} ms")

    worst_name, worst = "", 0.0
    for name, text in ADVERSARIAL.items():
        elapsed = min(timed(text) for _ in range(3))
        if elapsed > worst:
            worst_name, worst = name, elapsed
    print(
        f"adversarial 20,000-char inputs (n={len(ADVERSARIAL)}): "
        f"worst {worst * 1000:.1f} ms ({worst_name})"
    )

    score = evaluate(rows)
    print(f"corpus (n={len(rows)}): recall {score.detected}/{score.expected} = {score.recall:.2%}, "
          f"false positives {score.false_positives}/{score.clean} = {score.false_positive_rate:.2%}")
    for name, path in (("fresh replies", FRESH_PATH), ("unseen replies", UNSEEN_PATH)):
        fresh = replies_stopped(load_corpus(path))
        print(f"{name} (n={fresh.violating + fresh.clean}): violating replies stopped {fresh.stopped}/"
              f"{fresh.violating} = {fresh.stopped / fresh.violating:.2%}, clean replies flagged {fresh.flagged}/"
              f"{fresh.clean} = {fresh.flagged / fresh.clean:.2%}")


if __name__ == "__main__":
    main()
