"""Measure the shipped model on public data written outside the project, the way the service decides.

python -m training.external --shared-data DIR [--json] [--model DIR] [--per-intent N] [--cache-dir DIR] [--datasets A,B]

Data sets (read from DIR, never copied into the repository):
  bitext     bitext/bitext_customer_support.jsonl, mapped with training/label_maps/bitext.json. Bitext intents
             left out of the map (get_refund, delivery_options, set_up_shipping_address) are skipped: they
             do not map cleanly to one buyer intent. Sampled deterministically: at most N rows per Bitext
             intent (--per-intent, default 300; 0 = all), the rows with the lowest text hash.
  clinc_val  clinc150/val.jsonl, mapped with training/label_maps/clinc150.json (order_status, thanks, the
             other 148 intents out of scope).
  clinc_oos  clinc150/oos_val.jsonl: CLINC's own out-of-scope queries, all out of scope.
  banking77  banking77/train.csv: all out of domain, refund intents too (those are bank refunds).

Every number comes from training.evaluate.evaluate: same analysis, drafting, policy and decision code
as the service. "not auto-replied" is the share of out-of-scope rows the service did not answer by
itself (target >= 99%); "to a person" is the share handed to a person (a no_reply_needed decision is not
an auto-reply, but nobody reads the message either).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import training.embeddings
import training.evaluate
from models.artifact import MANIFEST, ModelArtifact, load_current
from models.encoder import Encoder
from models.taxonomy import OUT_OF_SCOPE
from service.config import get_settings
from training.corpus import Row, make_row
from training.evaluate import Outcome, evaluate, load_external

LABEL_MAPS = Path(__file__).resolve().parent / "label_maps"
DEFAULT_CACHE = Path("/tmp/handoff-embeddings")
OOS_TARGET = 0.99
EXAMPLES = 5


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def load_label_map(name: str) -> dict[str, str]:
    data = json.loads((LABEL_MAPS / f"{name}.json").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"label map {name} is not a JSON object")
    return {str(k): str(v) for k, v in data.items()}


def load_mapped(path: Path, label_map: dict[str, str], per_intent: int = 0) -> tuple[list[Row], list[str]]:
    """Rows mapped by training.evaluate.load_external, with their intents in the outside data set;
    at most per_intent rows per outside intent (lowest text hash first) when per_intent > 0."""
    source_intent: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                raw = json.loads(line)
                source_intent.setdefault(raw["text"], raw["intent"])
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in load_external(path, label_map):
        groups[source_intent[row.text]].append(row)
    rows: list[Row] = []
    sources: list[str] = []
    for intent in sorted(groups):
        chosen = sorted(groups[intent], key=lambda r: r.key)
        if per_intent > 0:
            chosen = chosen[:per_intent]
        rows.extend(chosen)
        sources.extend([intent] * len(chosen))
    return rows, sources


def load_banking77(path: Path, intent: str = OUT_OF_SCOPE) -> tuple[list[Row], list[str]]:
    """banking77's CSV (text,category): every row labelled `intent`, with its banking77 category."""
    rows, sources = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            text = (raw.get("text") or "").strip()
            if text:
                rows.append(make_row({"text": text, "intent": intent, "language": "en"}, source=str(path)))
                sources.append(raw.get("category") or "")
    return rows, sources


@contextlib.contextmanager
def captured_outcomes() -> Iterator[list[Outcome]]:
    """Keep the per-message outcomes evaluate() computes, so the examples need no second pass."""
    captured: list[Outcome] = []
    original: Callable[..., list[Outcome]] = training.evaluate.run_decisions

    def run_and_keep(*args: Any, **kwargs: Any) -> list[Outcome]:
        outcomes = original(*args, **kwargs)
        captured.extend(outcomes)
        return outcomes

    training.evaluate.run_decisions = run_and_keep
    try:
        yield captured
    finally:
        training.evaluate.run_decisions = original


def example(o: Outcome) -> dict[str, Any]:
    return {"text": o.row.text[:160], "truth": o.row.intent, "predicted": o.analysis.intent,
            "confidence": round(o.analysis.confidence, 3), "status": o.decision.status,
            "nearest_similarity": o.analysis.details.get("nearest_similarity")}


def diverse(tagged: list[tuple[Outcome, str]]) -> list[dict[str, Any]]:
    """Up to EXAMPLES (outcome, outside intent) examples, most confident first, one per outside intent
    before any repeats."""
    ranked = sorted(tagged, key=lambda t: -t[0].analysis.confidence)
    seen: set[str] = set()
    first: list[tuple[Outcome, str]] = []
    rest: list[tuple[Outcome, str]] = []
    for o, source in ranked:
        (rest if source in seen else first).append((o, source))
        seen.add(source)
    return [example(o) | {"source_intent": source} for o, source in (first + rest)[:EXAMPLES]]


def details(outcomes: list[Outcome], sources: list[str]) -> dict[str, Any]:
    tagged = list(zip(outcomes, sources, strict=True))
    oos = [o for o in outcomes if o.row.intent == OUT_OF_SCOPE and o.analysis.language_supported]
    oos_set = {id(o) for o in oos}
    out: dict[str, Any] = {
        "out_of_scope_rows": len(oos),
        "out_of_scope_to_person_rate": (
            round(sum(o.decision.status == "needs_review" for o in oos) / len(oos), 4) if oos else None),
        "out_of_scope_statuses": dict(Counter(o.decision.status for o in oos)),
        "out_of_scope_auto_replied_as": dict(Counter(
            o.analysis.intent for o in oos if o.decision.status == "auto_replied").most_common()),
        "out_of_scope_no_reply_as": dict(Counter(
            o.analysis.intent for o in oos if o.decision.status == "no_reply_needed").most_common()),
        "out_of_scope_auto_replied_examples": diverse(
            [(o, s) for o, s in tagged if id(o) in oos_set and o.decision.status == "auto_replied"]),
        "out_of_scope_no_reply_examples": diverse(
            [(o, s) for o, s in tagged if id(o) in oos_set and o.decision.status == "no_reply_needed"]),
        "in_scope_auto_reply_error_examples": diverse(
            [(o, s) for o, s in tagged if o.decision.status == "auto_replied" and o.row.intent != OUT_OF_SCOPE
             and (o.row.intent != o.analysis.intent or o.row.urgency != "normal")]),
    }
    if any(sources):
        by_source: dict[str, list[Outcome]] = defaultdict(list)
        for o, source in tagged:
            if o.analysis.language_supported:
                by_source[source].append(o)
        table = {}
        for source, group in sorted(by_source.items()):
            predicted = Counter(o.analysis.intent for o in group)
            auto = [o for o in group if o.decision.status == "auto_replied"]
            table[source] = {
                "mapped_to": group[0].row.intent,
                "n": len(group),
                "accuracy": round(sum(o.row.intent == o.analysis.intent for o in group) / len(group), 4),
                "auto_replied": len(auto),
                "auto_reply_errors": sum(o.row.intent != o.analysis.intent for o in auto),
                "top_predictions": dict(predicted.most_common(3)),
            }
        out["by_source_intent"] = table
    return out


def run(name: str, rows: list[Row], sources: list[str], *, encoder: Encoder, artifact: ModelArtifact,
        languages: frozenset[str]) -> dict[str, Any]:
    started = time.perf_counter()
    with captured_outcomes() as outcomes:
        metrics = evaluate(rows, encoder=encoder, artifact=artifact, languages=languages)
    if len(outcomes) != len(rows):
        raise RuntimeError(f"{name}: expected {len(rows)} outcomes, captured {len(outcomes)}")
    metrics.update(details(outcomes, sources))
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    log(f"{name}: {len(rows)} rows in {metrics['seconds']}s")
    return metrics


def pct(value: Any) -> str:
    return "n/a" if value is None else f"{100 * value:.2f}%"


def print_dataset(name: str, note: str, m: dict[str, Any], *, intents: bool) -> None:
    print(f"\n=== {name}: {note}")
    print(f"rows {m['rows']} (unsupported language, left out of the intent metrics: {m['unsupported_language_rows']})")
    single = len(m["per_intent"]) == 1
    print(f"macro-F1 {m['macro_f1']}{' (one class: the F1 of other)' if single else ''}  "
          f"accuracy {m['accuracy']}{' (share predicted other)' if single else ''}")
    print(f"auto-reply precision {m['auto_reply_precision']} (95% interval {m.get('auto_reply_precision_ci95')}, "
          f"{m['auto_replied']} auto-replied, {m['auto_reply_errors']} wrong)  "
          f"coverage of auto-answerable {m['auto_answerable_coverage']}")
    if m["out_of_scope_rows"]:
        rate = m["out_of_scope_handoff_rate"]
        verdict = "meets" if rate is not None and rate >= OOS_TARGET else "MISSES"
        print(f"out-of-scope rows {m['out_of_scope_rows']}: not auto-replied {pct(rate)} "
              f"({verdict} the {OOS_TARGET:.0%} target), to a person {pct(m['out_of_scope_to_person_rate'])}; "
              f"statuses {m['out_of_scope_statuses']}")
        if m["out_of_scope_auto_replied_as"]:
            print(f"  auto-replied as {m['out_of_scope_auto_replied_as']}")
        if m["out_of_scope_no_reply_as"]:
            print(f"  no reply (nobody reads it) as {m['out_of_scope_no_reply_as']}")
    print(f"statuses {m['statuses']}")
    if intents:
        print(f"{'intent':<22} {'prec':>6} {'recall':>6} {'f1':>6} {'n':>5}")
        for label, s in sorted(m["per_intent"].items(), key=lambda kv: kv[1]["f1"]):
            print(f"{label:<22} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['support']:>5}")
    if "by_source_intent" in m:
        table = sorted(m["by_source_intent"].items(), key=lambda kv: kv[1]["accuracy"])
        if not intents:  # the long tables: only the outside intents that got auto-replies
            table = sorted(((k, v) for k, v in table if v["auto_replied"]), key=lambda kv: -kv[1]["auto_replied"])
            print(f"{len(table)} outside intents with auto-replies:" if table else "no auto-replies")
        if table:
            print(f"{'source intent':<26} {'mapped to':<18} {'n':>4} {'acc':>6} {'auto':>5} {'wrong':>5}  "
                  "top predictions")
        for source, s in table:
            print(f"{source:<26} {s['mapped_to']:<18} {s['n']:>4} {s['accuracy']:>6.3f} {s['auto_replied']:>5} "
                  f"{s['auto_reply_errors']:>5}  {s['top_predictions']}")
    for key, title in (("out_of_scope_auto_replied_examples", "out-of-scope messages auto-replied"),
                       ("out_of_scope_no_reply_examples", "out-of-scope messages closed with no reply"),
                       ("in_scope_auto_reply_error_examples", "wrong auto-replies to in-scope messages")):
        if m.get(key):
            print(f"  {title} (up to {EXAMPLES}):")
            for e in m[key]:
                print(f"    [{e['source_intent']}: {e['truth']} -> {e['predicted']} {e['confidence']}, {e['status']}, "
                      f"sim {e['nearest_similarity']}] {e['text']!r}")


HEADLINE = ("rows", "macro_f1", "accuracy", "auto_reply_precision", "auto_reply_precision_ci95", "auto_replied",
            "auto_reply_errors", "auto_answerable_coverage", "out_of_scope_rows", "out_of_scope_handoff_rate",
            "urgent_recall")


def record_in_manifest(folder: Path, results: dict[str, Any]) -> None:
    """Figures only: the examples in `results` quote outside text, which must never enter the repository."""
    path = folder / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.setdefault("metrics", {})["external"] = {
        name: {k: m.get(k) for k in HEADLINE} for name, m in results.items() if isinstance(m, dict)
    }
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.external", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared-data", type=Path, required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("--model", type=Path, help="artifact folder or registry (default: settings)")
    parser.add_argument("--json", action="store_true", help="print metrics as JSON")
    parser.add_argument("--per-intent", type=int, default=300,
                        help="Bitext rows per Bitext intent, lowest text hash first (0: all; default 300)")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE,
                        help=f"embeddings cache for these texts (default {DEFAULT_CACHE}, outside the repository)")
    parser.add_argument("--datasets", default="bitext,clinc_val,clinc_oos,banking77",
                        help="comma-separated subset to run")
    parser.add_argument("--record", action="store_true",
                        help="write the headline figures (numbers only, never text) into the model's manifest")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    training.embeddings.CACHE_DIR = args.cache_dir
    settings = get_settings()
    artifact = load_current(args.model or settings.model_dir)
    encoder = Encoder(settings.encoder, threads=settings.torch_threads)
    if artifact.encoder_id != encoder.id:
        log(f"warning: model {artifact.version} was trained on {artifact.encoder_id}, encoder is {encoder.id}")
    languages = settings.supported_languages
    wanted = {d.strip() for d in args.datasets.split(",") if d.strip()}
    data = args.shared_data
    clinc_map = load_label_map("clinc150")
    results: dict[str, Any] = {"model_version": artifact.version}
    notes: dict[str, str] = {}

    if "bitext" in wanted:
        rows, sources = load_mapped(data / "bitext" / "bitext_customer_support.jsonl", load_label_map("bitext"),
                                    args.per_intent)
        sampling = ("all mapped rows" if args.per_intent <= 0 else
                    f"SAMPLED: at most {args.per_intent} rows per Bitext intent, lowest text hash first")
        notes["bitext"] = f"mapped Bitext ({len(set(sources))} Bitext intents), {sampling}"
        results["bitext"] = run("bitext", rows, sources, encoder=encoder, artifact=artifact, languages=languages)
    if "clinc_val" in wanted:
        rows, sources = load_mapped(data / "clinc150" / "val.jsonl", clinc_map)
        notes["clinc_val"] = "CLINC150 val, all rows (order_status, thank_you -> thanks, the rest -> other)"
        results["clinc_val"] = run("clinc_val", rows, sources, encoder=encoder, artifact=artifact, languages=languages)
    if "clinc_oos" in wanted:
        rows, sources = load_mapped(data / "clinc150" / "oos_val.jsonl", clinc_map)
        notes["clinc_oos"] = "CLINC150 oos_val, all out of scope"
        results["clinc_oos"] = run("clinc_oos", rows, sources, encoder=encoder, artifact=artifact, languages=languages)
    if "banking77" in wanted:
        rows, sources = load_banking77(data / "banking77" / "train.csv")
        notes["banking77"] = "banking77 train, all out of domain (-> other, bank refunds too)"
        results["banking77"] = run("banking77", rows, sources, encoder=encoder, artifact=artifact,
                                   languages=languages)
    results["seconds"] = round(time.perf_counter() - started, 1)
    if args.record and artifact.path is not None:
        record_in_manifest(artifact.path, results)
        log(f"recorded the figures in {artifact.path / MANIFEST}")

    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
        return 0
    print(f"model {artifact.version} (thresholds {artifact.thresholds}, ood bar {artifact.ood_similarity})")
    for name, note in notes.items():
        print_dataset(name, note, results[name], intents=name == "bitext")
    print(f"\ndone in {results['seconds']}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
