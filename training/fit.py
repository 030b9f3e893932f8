"""Train the heads on the corpus, evaluate on the held-out split, and promote through the gate.

python -m training.fit [--seed N] [--force] [--no-promote] [--model-dir DIR] [--shared-data DIR]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from models.artifact import LinearHead, ModelArtifact, load_current, set_current, softmax
from models.encoder import Encoder
from models.taxonomy import AUTO_ANSWERABLE, NO_REPLY_NEEDED, OUT_OF_SCOPE, URGENCY_LEVELS
from service.config import get_settings
from training.corpus import Row, corpus_hash, load_corpus, split
from training.embeddings import embed_texts
from training.evaluate import evaluate, expected_calibration_error, format_report

# Auto-replies must be right at least this often on out-of-fold predictions.
TARGET_PRECISION = 0.99
MIN_THRESHOLD = 0.5
# Share of in-domain messages allowed to fall below the out-of-scope similarity bar.
OOD_QUANTILE = 0.01
# The gate: a candidate may not fall further than this below the current model on the held-out split.
TOLERANCE = {"macro_f1": 0.01, "auto_reply_precision": 0.005, "urgent_recall": 0.01}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def train_linear(x: np.ndarray, labels: list[str], y: list[str], *, c: float, seed: int) -> LinearHead:
    index = {label: i for i, label in enumerate(labels)}
    target = np.array([index[v] for v in y])
    model = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    model.fit(x, target)
    coef = np.zeros((len(labels), x.shape[1]), dtype=np.float32)
    intercept = np.full(len(labels), -1e4, dtype=np.float32)  # a class absent from training never wins
    for row, cls in enumerate(model.classes_):
        coef[cls] = model.coef_[row]
        intercept[cls] = model.intercept_[row]
    return LinearHead(labels, coef, intercept)


def fit_temperature(logits: np.ndarray, target: np.ndarray) -> float:
    """Temperature scaling: the single scalar that minimises out-of-fold negative log-likelihood."""
    best, best_nll = 1.0, float("inf")
    for t in np.exp(np.linspace(np.log(0.2), np.log(5.0), 81)):
        p = softmax(logits / t)
        nll = float(-np.log(p[np.arange(len(target)), target] + 1e-12).mean())
        if nll < best_nll:
            best, best_nll = float(t), nll
    return best


def choose_thresholds(proba: np.ndarray, labels: list[str], truth: list[str]) -> dict[str, float]:
    """Per intent, the lowest confidence at which out-of-fold precision still reaches the target."""
    predicted = [labels[i] for i in proba.argmax(axis=1)]
    confidence = proba.max(axis=1)
    thresholds: dict[str, float] = {}
    for label in labels:
        if label not in AUTO_ANSWERABLE and label not in NO_REPLY_NEEDED:
            continue
        mask = np.array([p == label for p in predicted])
        chosen = 1.01  # never, unless the data earns a lower bar
        for t in np.round(np.arange(MIN_THRESHOLD, 1.0, 0.01), 2):
            selected = mask & (confidence >= t)
            n = int(selected.sum())
            if n < 10:
                break
            correct = sum(truth[i] == label for i in np.flatnonzero(selected))
            # One imagined extra error: small samples must not look perfect by luck.
            if correct / (n + 1) >= TARGET_PRECISION or (correct == n and n >= 50):
                chosen = float(t)
                break
        thresholds[label] = chosen
    return thresholds


def out_of_fold(x: np.ndarray, y: list[str], labels: list[str], *, c: float, seed: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold logits and nearest in-domain similarity, for calibration and thresholds."""
    logits = np.zeros((len(y), len(labels)))
    nearest = np.zeros(len(y))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    in_domain = np.array([label != OUT_OF_SCOPE for label in y])
    for k, (train_idx, test_idx) in enumerate(folds.split(x, y), 1):
        head = train_linear(x[train_idx], labels, [y[i] for i in train_idx], c=c, seed=seed)
        logits[test_idx] = head.logits(x[test_idx])
        reference = x[train_idx][in_domain[train_idx]]
        nearest[test_idx] = (x[test_idx] @ reference.T).max(axis=1)
        log(f"  fold {k}/5 done")
    return logits, nearest


def fit(rows: list[Row], *, encoder: Encoder, languages: frozenset[str], seed: int,
        c: float = 8.0) -> tuple[ModelArtifact, dict[str, Any]]:
    train_rows = [r for r in rows if r.language in languages]
    log(f"training on {len(train_rows)} rows ({len(rows) - len(train_rows)} in other languages left out)")
    x = embed_texts(encoder, [r.key for r in train_rows], [r.clean for r in train_rows])
    y = [r.intent for r in train_rows]
    labels = sorted(set(y))
    index = {label: i for i, label in enumerate(labels)}
    target = np.array([index[v] for v in y])

    log("cross-validating for calibration, thresholds and the out-of-scope bar")
    oof_logits, oof_nearest = out_of_fold(x, y, labels, c=c, seed=seed)
    temperature = fit_temperature(oof_logits, target)
    raw_p = softmax(oof_logits)
    cal_p = softmax(oof_logits / temperature)
    correct = (raw_p.argmax(axis=1) == target).astype(float)
    ece_before = expected_calibration_error(raw_p.max(axis=1), correct)
    ece_after = expected_calibration_error(cal_p.max(axis=1), correct)
    thresholds = choose_thresholds(cal_p, labels, y)
    in_domain = np.array([label != OUT_OF_SCOPE for label in y])
    ood_bar = float(np.quantile(oof_nearest[in_domain], OOD_QUANTILE))
    log(f"temperature {temperature:.3f}; ECE {ece_before:.4f} -> {ece_after:.4f}; ood bar {ood_bar:.3f}")

    log("training final heads")
    intent_head = train_linear(x, labels, y, c=c, seed=seed)
    intent_head.temperature = temperature
    urgency_head = train_linear(x, list(URGENCY_LEVELS), [r.urgency for r in train_rows], c=c, seed=seed)
    reference = x[in_domain]
    reference_intents = target[in_domain]
    manifest: dict[str, Any] = {
        "encoder": encoder.id,
        "languages": sorted(languages),
        "seed": seed,
        "head": {"type": "logistic_regression", "C": c},
        "thresholds": thresholds,
        "ood_min_similarity": round(ood_bar, 4),
        "calibration": {"method": "temperature", "temperature": round(temperature, 4),
                        "ece_before": round(ece_before, 4), "ece_after": round(ece_after, 4)},
        "training_rows": len(train_rows),
        "versions": {"python": platform.python_version(), "numpy": np.__version__,
                     "scikit-learn": sklearn.__version__},
    }
    artifact = ModelArtifact(
        version="candidate", manifest=manifest, intent_head=intent_head, urgency_head=urgency_head,
        reference=reference, reference_intents=reference_intents,
    )
    return artifact, manifest


def gate(candidate: dict[str, Any], current: dict[str, Any] | None) -> list[str]:
    """Reasons the candidate may not replace the current model (empty: it may)."""
    if current is None:
        return []
    problems = []
    for key, tolerance in TOLERANCE.items():
        new, old = candidate.get(key), current.get(key)
        if old is not None and (new is None or new < old - tolerance):
            problems.append(f"{key} {new} is below the current {old} by more than {tolerance}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.fit", description=__doc__)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--force", action="store_true", help="promote even if the gate says no")
    parser.add_argument("--no-promote", action="store_true", help="write the artifact, leave CURRENT alone")
    parser.add_argument("--model-dir", type=Path, help="artifact registry (default: settings)")
    parser.add_argument("--version", help="artifact version name (default: date and corpus hash)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    settings = get_settings()
    model_dir = args.model_dir or settings.model_dir
    languages = settings.supported_languages
    rows = load_corpus()
    train_rows, heldout = split(rows)
    digest = corpus_hash()
    log(f"corpus: {len(rows)} rows, {len(train_rows)} train / {len(heldout)} held out, hash {digest[:12]}")
    encoder = Encoder(settings.encoder, threads=settings.torch_threads)
    artifact, manifest = fit(train_rows, encoder=encoder, languages=languages, seed=args.seed)

    log("evaluating on the held-out split")
    metrics = evaluate(heldout, encoder=encoder, artifact=artifact, languages=languages)
    print(format_report(metrics))
    current_metrics = None
    try:
        current = load_current(model_dir)
        if current.encoder_id == encoder.id:
            current_metrics = evaluate(heldout, encoder=encoder, artifact=current, languages=languages)
            log(f"current model {current.version}: macro-F1 {current_metrics['macro_f1']}, "
                f"auto precision {current_metrics['auto_reply_precision']}, "
                f"urgent recall {current_metrics['urgent_recall']}")
    except FileNotFoundError:
        log("no current model: the candidate is promoted if it trains")

    version = args.version or f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{digest[:8]}"
    artifact.version = version
    manifest["corpus_hash"] = digest
    manifest["created_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    manifest["metrics"] = {"heldout": {k: v for k, v in metrics.items() if k != "per_intent"},
                           "heldout_per_intent": metrics["per_intent"]}
    manifest["fit_seconds"] = round(time.perf_counter() - started, 1)
    artifact.manifest = manifest
    artifact.save(model_dir / version)
    log(f"wrote {model_dir / version}")

    problems = gate(metrics, current_metrics)
    if args.no_promote:
        log("not promoted (--no-promote)")
    elif problems and not args.force:
        log("NOT promoted: " + "; ".join(problems) + " (use --force to override)")
        return 1
    else:
        if problems:
            log("promoted despite the gate (--force): " + "; ".join(problems))
        set_current(model_dir, version)
        log(f"promoted {version}")
    log(f"done in {time.perf_counter() - started:.1f}s")
    json.dumps(manifest)  # fail loudly here, not at load time, if anything is not JSON
    return 0


if __name__ == "__main__":
    sys.exit(main())
