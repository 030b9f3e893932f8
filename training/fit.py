"""Train the heads on the corpus, evaluate on the held-out split, and promote through the gate.

python -m training.fit [--seed N] [--force] [--no-promote] [--model-dir DIR] [--shared-data DIR] [--extra-layers N,...]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from models.artifact import (
    LexicalFeatures,
    LinearHead,
    ModelArtifact,
    features,
    load_current,
    set_current,
    softmax,
    stored_reference,
)
from models.encoder import Encoder
from models.taxonomy import (
    AUTO_ANSWERABLE,
    INTENT_DEFAULT_URGENCY,
    NO_REPLY_NEEDED,
    OUT_OF_SCOPE,
)
from service.config import get_settings
from service.pipeline.analyze import combined_urgency
from service.pipeline.decide import Analysis, decide
from service.pipeline.signals import find_signals, reports_problem
from training.corpus import Row, corpus_hash, load_corpus, split
from training.embeddings import embed_texts
from training.evaluate import evaluate, expected_calibration_error, format_report
from training.feedback import FEEDBACK_WEIGHT, load_feedback_rows

# Auto-replies must be right at least this often on out-of-fold predictions, all intents together...
# Held-out precision has come out below the out-of-fold figure: with the decision's own gates
# (decided_alone), 0.99 out of fold gave 0.9855 held-out (4 wrong of 276, coverage 0.591, 10,203-row
# corpus); 0.993 gave 0.988 (3 of 251, 0.539). With 11,255 rows and readings averaged over three
# splits, 0.993 gives 0.9905 (3 of 316, coverage 0.607). The margin keeps to the side of a person.
TARGET_PRECISION = 0.993
# ...and each auto-answerable intent at least this often on its own.
INTENT_PRECISION_FLOOR = 0.98
MIN_THRESHOLD = 0.5
MIN_SUPPORT = 20
# Share of correctly read in-domain messages an intent's familiarity bar may turn away.
SUPPORT_QUANTILE = 0.05
ESCALATION_RECALL = 0.95
# Out-of-fold recall the urgent-intent probability bar must reach together with the signals. The bar is
# the highest that does; the corpus' implicit threats ("my bank is looking into the payment") pull it
# down. Measured with the 9,340-row corpus: 0.99 -> bar 0.01, 18.7% of all messages flagged urgent by
# mistake; 0.985 -> bar 0.02, 12.8% (held-out urgent recall 0.996 against the 98% target). With 9,803
# rows, 0.985 gives bar 0.03 and 9.7%.
URGENT_RECALL = 0.985
# Regularisation strengths tried for the escalation head; the one with the fewest out-of-fold false
# alarms at ESCALATION_RECALL wins. Which one wins moves with the corpus: with 8,620 rows C 1 (5.6%)
# beat C 4 (6.2%); with 9,803 rows C 4 (4.8%) beat C 1 (5.0%). C 16 was worse on both.
ESCALATION_C_CHOICES = (1.0, 4.0)
# Share of in-domain messages allowed to fall below the out-of-scope similarity bar.
OOD_QUANTILE = 0.01
# The gate: a candidate may not fall further than this below the current model on the held-out split.
# TF-IDF vocabulary sizes: enough for the words that matter, small enough to commit the artifact.
WORD_FEATURES = 4000
CHAR_FEATURES = 6000
CV_FOLDS = 3
CV_REPEATS = 3
# --extra-layers 4: the heads also read the 4th of MiniLM's 6 layers (mean-pooled) beside the sentence
# embedding, from the same forward pass. Out of fold on the training split macro-F1 0.910 -> 0.921; held out
# 0.921 -> 0.930, Bitext 0.844 -> 0.862, but held-out auto-reply precision 0.990 -> 0.984 (5 wrong of 316,
# confident readings in the returns family that no threshold margin removed), so the gate keeps it out of
# the default.
EXTRA_LAYERS: tuple[int, ...] = ()
TOLERANCE = {"macro_f1": 0.01, "auto_reply_precision": 0.005, "urgent_recall": 0.01}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def train_linear(x: Any, labels: list[str], y: list[str], *, c: float, seed: int,
                 balanced: bool = False, weights: np.ndarray | None = None) -> LinearHead:
    index = {label: i for i, label in enumerate(labels)}
    target = np.array([index[v] for v in y])
    model = LogisticRegression(C=c, max_iter=3000, random_state=seed,
                               class_weight="balanced" if balanced else None)
    model.fit(x, target, sample_weight=weights)
    coef = np.zeros((len(labels), x.shape[1]), dtype=np.float32)
    intercept = np.full(len(labels), -1e4, dtype=np.float32)  # a class absent from training never wins
    if len(model.classes_) == 2 and model.coef_.shape[0] == 1:
        # Binary models keep one weight vector for the positive class; softmax over (0, w) is the same.
        coef[model.classes_[1]] = model.coef_[0]
        intercept[model.classes_[0]] = 0.0
        intercept[model.classes_[1]] = model.intercept_[0]
        return LinearHead(labels, coef, intercept)
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


# Candidate thresholds: hundredths, then finer steps near 1, where a calibrated head keeps most of its
# confident predictions.
THRESHOLD_GRID = tuple(float(t) for t in np.round(np.concatenate(
    [np.arange(MIN_THRESHOLD, 0.99, 0.01), [0.99, 0.995, 0.998, 0.999]]), 3))
NEVER = 1.01


@dataclass(frozen=True)
class ThresholdPoint:
    threshold: float
    sent: int  # eligible out-of-fold predictions of the intent at or above the threshold
    correct: int  # of those, right in intent and (normal) urgency


def precision_curve(label: str, proba: np.ndarray, labels: list[str], truth: list[str], eligible: np.ndarray
                    ) -> list[ThresholdPoint]:
    confidence = proba.max(axis=1)
    mask = (proba.argmax(axis=1) == labels.index(label)) & eligible
    right = np.array([t == f"{label}/normal" for t in truth])
    return [ThresholdPoint(t, int((mask & (confidence >= t)).sum()), int((mask & (confidence >= t) & right).sum()))
            for t in THRESHOLD_GRID]


def choose_thresholds(proba: np.ndarray, labels: list[str], truth: list[str], eligible: np.ndarray
                      ) -> dict[str, float]:
    """Per-intent thresholds, chosen together so that auto-replies as a whole reach TARGET_PRECISION on
    out-of-fold predictions while answering as many messages as possible.

    One bar for every intent wastes coverage: an intent the head separates well can go lower, one it
    confuses must go higher. For a price per wrong reply (lam), each intent takes the threshold that
    maximises right - lam * wrong; the smallest price whose choices together reach the target wins.
    No intent may fall below INTENT_PRECISION_FLOOR on its own, and a threshold needs MIN_SUPPORT
    predictions above it (small samples look perfect by luck); an intent without such a point never
    auto-answers. Only messages that pass the decision's other gates (normal urgency, no escalation
    signal, in scope) count, since only those can ever be answered; a message is right when both its
    intent and its normal urgency are right (truth holds "intent/urgency").

    No-reply intents (thanks, notices) close a message nobody reads, so each must reach the target alone.
    """
    present = set(labels)
    curves = {label: precision_curve(label, proba, labels, truth, eligible)
              for label in sorted((AUTO_ANSWERABLE | NO_REPLY_NEEDED) & present)}
    thresholds = {label: _lowest_meeting(curves[label], TARGET_PRECISION)
                  for label in curves if label in NO_REPLY_NEEDED}
    answering = {label: [p for p in curve if p.sent >= MIN_SUPPORT and p.correct >= INTENT_PRECISION_FLOOR * p.sent]
                 for label, curve in curves.items() if label in AUTO_ANSWERABLE}
    for lam in range(1, 1001):
        chosen = {label: max(points, key=lambda p: p.correct - lam * (p.sent - p.correct), default=None)
                  for label, points in answering.items()}
        sent = sum(p.sent for p in chosen.values() if p is not None)
        correct = sum(p.correct for p in chosen.values() if p is not None)
        if sent == 0 or correct >= TARGET_PRECISION * sent:
            break
    thresholds.update({label: p.threshold if p is not None else NEVER for label, p in chosen.items()})
    return dict(sorted(thresholds.items()))


def describe_thresholds(proba: np.ndarray, labels: list[str], rows: list[Row], eligible: np.ndarray,
                        thresholds: dict[str, float]) -> str:
    """Out-of-fold auto-reply precision and coverage the chosen thresholds give (printed while fitting)."""
    predicted = [labels[i] for i in proba.argmax(axis=1)]
    confidence = proba.max(axis=1)
    sent = [i for i, label in enumerate(predicted) if label in AUTO_ANSWERABLE and eligible[i]
            and confidence[i] >= thresholds.get(label, NEVER)]
    right = [i for i in sent if rows[i].intent == predicted[i] and rows[i].urgency == "normal"]
    answerable = sum(r.intent in AUTO_ANSWERABLE and r.urgency == "normal" for r in rows)
    return (f"out-of-fold auto-replies: {len(sent)}, precision {len(right) / max(len(sent), 1):.4f}, "
            f"coverage {len(right) / max(answerable, 1):.3f}")


def _lowest_meeting(curve: list[ThresholdPoint], precision: float) -> float:
    for point in curve:
        if point.sent < MIN_SUPPORT:
            break
        if point.correct >= precision * point.sent:
            return point.threshold
    return NEVER


def out_of_fold(x: Any, embeddings: np.ndarray, y: list[str], labels: list[str], *, c: float, seed: int,
                weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold logits and nearest in-domain similarity, for calibration and thresholds, averaged
    over CV_REPEATS differently shuffled splits: the thresholds chosen on one split moved with its
    shuffle alone (return_policy 0.79-0.95 over three seeds)."""
    logits = np.zeros((len(y), len(labels)))
    nearest = np.zeros(len(y))
    in_domain = np.array([label != OUT_OF_SCOPE for label in y])
    for repeat in range(CV_REPEATS):
        folds = StratifiedKFold(n_splits=CV_FOLDS, shuffle=True, random_state=seed + repeat)
        for k, (train_idx, test_idx) in enumerate(folds.split(embeddings, y), 1):
            head = train_linear(x[train_idx], labels, [y[i] for i in train_idx], c=c, seed=seed,
                                weights=None if weights is None else weights[train_idx])
            logits[test_idx] += head.logits(x[test_idx]) / CV_REPEATS
            reference = embeddings[train_idx][in_domain[train_idx]]
            nearest[test_idx] += (embeddings[test_idx] @ reference.T).max(axis=1) / CV_REPEATS
            log(f"  split {repeat + 1}/{CV_REPEATS}, fold {k}/{CV_FOLDS} done")
    return logits, nearest


def fit(rows: list[Row], *, encoder: Encoder, languages: frozenset[str], seed: int,
        head: str = "hybrid", c: float = 16.0,
        extra_layers: Sequence[int] = EXTRA_LAYERS,
        vectors_by_key: Mapping[str, np.ndarray] | None = None) -> tuple[ModelArtifact, dict[str, Any]]:
    """Train the heads on `rows` read by `encoder`.

    vectors_by_key: the training rows' vectors from elsewhere, by Row.key (training.lora's cross-fitted
    embeddings: a tuned encoder's own readings of the rows it was tuned on are too sure for honest
    thresholds). Rows it lacks are read by `encoder`."""
    train_rows = [r for r in rows if r.language in languages]
    log(f"training on {len(train_rows)} rows ({len(rows) - len(train_rows)} in other languages left out)")
    texts = [r.clean for r in train_rows]
    layers = tuple(extra_layers)  # Encoder.encode refuses a layer the encoder does not have
    given = vectors_by_key or {}
    unread = [r for r in train_rows if r.key not in given]
    read = dict(zip([r.key for r in unread],
                    embed_texts(encoder, [r.key for r in unread], [r.clean for r in unread], extra_layers=layers),
                    strict=True)) if unread else {}
    vectors = np.stack([given[r.key] if r.key in given else read[r.key] for r in train_rows]).astype(np.float32)
    if vectors.shape[1] != encoder.width(layers):
        raise ValueError(f"the given vectors have {vectors.shape[1]} columns; encoder {encoder.id} with layers "
                         f"{list(layers)} gives {encoder.width(layers)}")
    # Nearness (the out-of-scope bar, support, the reference) is the sentence embedding's: the last block.
    embeddings = np.ascontiguousarray(vectors[:, vectors.shape[1] - encoder.dimension:])
    lexical = (
        LexicalFeatures.fit(texts, word_features=WORD_FEATURES, char_features=CHAR_FEATURES)
        if head == "hybrid" else None
    )
    x = features(vectors, texts, lexical)
    y = [r.intent for r in train_rows]
    weights = np.array([FEEDBACK_WEIGHT if r.source == "feedback" else 1.0 for r in train_rows])
    labels = sorted(set(y))
    index = {label: i for i, label in enumerate(labels)}
    target = np.array([index[v] for v in y])

    log("cross-validating for calibration, thresholds and the out-of-scope bar")
    oof_logits, oof_nearest = out_of_fold(x, embeddings, y, labels, c=c, seed=seed, weights=weights)
    temperature = fit_temperature(oof_logits, target)
    raw_p = softmax(oof_logits)
    cal_p = softmax(oof_logits / temperature)
    correct = (raw_p.argmax(axis=1) == target).astype(float)
    ece_before = expected_calibration_error(raw_p.max(axis=1), correct)
    ece_after = expected_calibration_error(cal_p.max(axis=1), correct)
    in_domain = np.array([label != OUT_OF_SCOPE for label in y])
    ood_bar = float(np.quantile(oof_nearest[in_domain], OOD_QUANTILE))
    support = leave_one_out_support(embeddings, target, in_domain, len(labels))
    support_bars = choose_support_bars(support, target, cal_p.argmax(axis=1), labels)
    log(f"support bars {support_bars}")
    log(f"temperature {temperature:.3f}; ECE {ece_before:.4f} -> {ece_after:.4f}; ood bar {ood_bar:.3f}")
    escalation_head, escalation_bar, escalation_oof, escalation_c = train_escalation(x, train_rows, seed=seed)
    urgent_mass_bar, urgent_oof = choose_urgent_mass_bar(cal_p, labels, train_rows)
    head_levels = ["urgent" if urgent_oof[i] else "high" if escalation_oof[i] >= escalation_bar else "normal"
                   for i in range(len(train_rows))]
    eligible = decided_alone(train_rows, labels, cal_p, head_levels=head_levels, nearest=oof_nearest,
                             ood_bar=ood_bar, support=support, support_bars=support_bars)
    answerable = np.array([r.intent in AUTO_ANSWERABLE and r.urgency == "normal" for r in train_rows])
    log(f"eligible for auto-reply: {eligible[answerable].mean():.1%} of answerable normal messages "
        f"(urgency {np.mean([escalation_oof[i] < escalation_bar for i in np.flatnonzero(answerable)]):.1%}, "
        f"in scope {(oof_nearest[answerable] >= ood_bar).mean():.1%})")
    thresholds = choose_thresholds(cal_p, labels, [f"{r.intent}/{r.urgency}" for r in train_rows], eligible)
    log(f"thresholds {thresholds}")
    log(describe_thresholds(cal_p, labels, train_rows, eligible, thresholds))
    log("training final heads")
    intent_head = train_linear(x, labels, y, c=c, seed=seed, weights=weights)
    intent_head.temperature = temperature
    # Quantised as the saved artifact holds it, so the held-out figures below are the served model's.
    reference = stored_reference(embeddings[in_domain])
    reference_intents = target[in_domain]
    manifest: dict[str, Any] = {
        "encoder": encoder.id,
        "extra_layers": list(layers),
        "languages": sorted(languages),
        "seed": seed,
        "head": {"type": f"logistic_regression_{head}", "C": c,
                 "lexical_features": lexical.size if lexical else 0},
        "thresholds": thresholds,
        "ood_min_similarity": round(ood_bar, 4),
        "escalation_bar": escalation_bar,
        "escalation_C": escalation_c,
        "support_bars": support_bars,
        "urgent_mass_bar": urgent_mass_bar,
        "calibration": {"method": "temperature", "temperature": round(temperature, 4),
                        "ece_before": round(ece_before, 4), "ece_after": round(ece_after, 4)},
        "training_rows": len(train_rows),
        "feedback_rows": sum(r.source == "feedback" for r in train_rows),
        "versions": {"python": platform.python_version(), "numpy": np.__version__,
                     "scikit-learn": sklearn.__version__},
    }
    artifact = ModelArtifact(
        version="candidate", manifest=manifest, intent_head=intent_head, urgency_head=escalation_head,
        reference=reference, reference_intents=reference_intents, lexical=lexical,
    )
    return artifact, manifest


ESCALATION_LABELS = ["normal", "escalated"]


def escalation_rows(rows: list[Row]) -> list[int]:
    """The head learns escalation where the intent alone says normal: deadlines and repeated asks."""
    return [i for i, r in enumerate(rows) if INTENT_DEFAULT_URGENCY[r.intent] == "normal"]


def train_escalation(x: Any, rows: list[Row], *, seed: int) -> tuple[LinearHead, float, np.ndarray, float]:
    """Binary escalation head, its bar (out-of-fold recall >= ESCALATION_RECALL), OOF scores and its C."""
    idx = escalation_rows(rows)
    xs = x[idx]
    y = [("escalated" if rows[i].urgency != "normal" else "normal") for i in idx]
    positives = np.array([rows[i].urgency != "normal" for i in idx])
    # The escalation signals (rules) already catch many; the bar is set for the recall of both together.
    by_rule = np.array([any(s.level != "normal" for s in find_signals(rows[i].clean)) for i in idx])
    best: tuple[float, float, float, np.ndarray] | None = None  # (false alarms, C, bar, OOF scores)
    for c in ESCALATION_C_CHOICES:
        scores = np.zeros(len(rows))
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
        for train_idx, test_idx in folds.split(np.zeros(len(y)), y):
            head = train_linear(xs[train_idx], ESCALATION_LABELS, [y[i] for i in train_idx], c=c, seed=seed,
                                balanced=True)
            scores[np.array(idx)[test_idx]] = head.proba(xs[test_idx])[:, 1]
        oof = scores[idx]
        bar = 0.05
        for t in np.round(np.arange(0.9, 0.04, -0.01), 2):
            if ((oof >= t) | by_rule)[positives].mean() >= ESCALATION_RECALL:
                bar = float(t)
                break
        flagged = (oof >= bar) | by_rule
        false_alarms = float(flagged[~positives].mean()) if (~positives).any() else 0.0
        log(f"escalation C {c}: head bar {bar}; with the signals, out-of-fold recall "
            f"{flagged[positives].mean():.3f}, false alarms {false_alarms:.3f}")
        if best is None or false_alarms < best[0]:
            best = (false_alarms, c, bar, scores)
    assert best is not None
    _, c, bar, scores = best
    head = train_linear(xs, ESCALATION_LABELS, y, c=c, seed=seed, balanced=True)
    return head, bar, scores, c


def leave_one_out_support(embeddings: np.ndarray, target: np.ndarray, in_domain: np.ndarray, n_labels: int
                          ) -> np.ndarray:
    """(rows, intents): similarity to the closest OTHER in-domain training message of each intent. The
    service compares a new message with every training message; leaving the row itself out is what
    that looks like for a message the model has not seen."""
    sims = embeddings @ embeddings.T
    np.fill_diagonal(sims, -1.0)
    best = np.zeros((len(embeddings), n_labels), dtype=np.float32)
    for k in range(n_labels):
        columns = np.flatnonzero((target == k) & in_domain)
        if len(columns):
            best[:, k] = sims[:, columns].max(axis=1)
    return best


def decided_alone(rows: list[Row], labels: list[str], proba: np.ndarray, *, head_levels: list[str],
                  nearest: np.ndarray, ood_bar: float, support: np.ndarray, support_bars: dict[str, float]
                  ) -> np.ndarray:
    """Which messages the service would answer or close without a person if the intent's confidence
    cleared its threshold: every other gate of the decision, run by the service's own decide() on
    out-of-fold readings. Thresholds are then chosen over exactly the messages they will gate (a copy
    of the gates here once left out the familiarity check)."""
    received = datetime(2026, 1, 1, tzinfo=UTC)
    alone = np.zeros(len(rows), dtype=bool)
    for i, row in enumerate(rows):
        top = int(proba[i].argmax())
        intent = labels[top]
        signals = find_signals(row.clean)
        analysis = Analysis(
            clean_text=row.clean, language=row.language, language_supported=True, intent=intent, confidence=1.0,
            urgency=combined_urgency(intent=intent, head_level=head_levels[i], signals=signals),
            out_of_scope=bool(nearest[i] < ood_bar), signals=[s.name for s in signals],
            familiar=bool(support[i, top] >= support_bars.get(intent, 0.0)),
            problem_reported=reports_problem(row.clean),
        )
        # Templates are taken to exist, in the buyer's language too: only the model's gates count here.
        decision = decide(analysis=analysis, thresholds={}, received_at=received, draft_available=True,
                          draft_language=row.language,
                          draft_missing=[], policy_allowed=True, auto_reply_enabled=True)
        alone[i] = decision.status != "needs_review"
    return alone


def choose_support_bars(support: np.ndarray, target: np.ndarray, predicted: np.ndarray, labels: list[str]
                        ) -> dict[str, float]:
    """Per auto-answerable (or no-reply) intent, the similarity to its own nearest training example that
    SUPPORT_QUANTILE of correctly read messages exceed (support: leave_one_out_support): below it, a
    message is unfamiliar."""
    bars: dict[str, float] = {}
    for k, label in enumerate(labels):
        if label not in AUTO_ANSWERABLE and label not in NO_REPLY_NEEDED:
            continue
        correct = np.flatnonzero((target == k) & (predicted == k))
        if len(correct) < MIN_SUPPORT:
            continue
        bars[label] = round(float(np.quantile(support[correct, k], SUPPORT_QUANTILE)), 4)
    return bars


def choose_urgent_mass_bar(proba: np.ndarray, labels: list[str], rows: list[Row]) -> tuple[float, np.ndarray]:
    """Bar on the summed probability of the urgent intents, for URGENT_RECALL out of fold.

    Escalation signals count as caught already; the bar is the highest that still reaches the target.
    """
    cols = [i for i, label in enumerate(labels) if INTENT_DEFAULT_URGENCY[label] == "urgent"]
    mass = proba[:, cols].sum(axis=1)
    positives = np.array([r.urgency == "urgent" for r in rows])
    by_rule = np.array([any(s.level == "urgent" for s in find_signals(r.clean)) for r in rows])
    bar = 0.01
    for t in np.round(np.arange(0.5, 0.005, -0.01), 2):
        if ((mass >= t) | by_rule)[positives].mean() >= URGENT_RECALL:
            bar = float(t)
            break
    flagged = mass >= bar
    log(f"urgent-mass bar {bar}: out-of-fold urgent recall {((flagged | by_rule)[positives]).mean():.3f}, "
        f"false alarms {(flagged[~positives]).mean():.3f}")
    return bar, flagged


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


def _layer_list(value: str) -> tuple[int, ...]:
    try:
        layers = tuple(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of layer numbers: {value!r}") from None
    if any(i < 0 for i in layers):
        raise argparse.ArgumentTypeError("layer numbers start at 0")
    return layers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.fit", description=__doc__)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--force", action="store_true", help="promote even if the gate says no")
    parser.add_argument("--no-promote", action="store_true", help="write the artifact, leave CURRENT alone")
    parser.add_argument("--model-dir", type=Path, help="artifact registry (default: settings)")
    parser.add_argument("--version", help="artifact version name (default: date and corpus hash)")
    parser.add_argument("--feedback", action="store_true",
                        help="add reviewers' confirmed and corrected labels from the configured database")
    parser.add_argument("--head", choices=["hybrid", "embedding"], default="hybrid",
                        help="hybrid: embedding + TF-IDF (default); embedding: the embedding alone")
    parser.add_argument("--extra-layers", type=_layer_list, default=EXTRA_LAYERS, metavar="N[,N...]",
                        help="encoder layers the heads read besides the sentence embedding, e.g. 4 "
                             "(0 = token embeddings; default: none)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    settings = get_settings()
    model_dir = args.model_dir or settings.model_dir
    languages = settings.supported_languages
    rows = load_corpus()
    train_rows, heldout = split(rows)
    digest = corpus_hash()
    log(f"corpus: {len(rows)} rows, {len(train_rows)} train / {len(heldout)} held out, hash {digest[:12]}")
    if args.feedback:
        # Feedback joins this run's training rows only: training/data is never rewritten, and a text
        # that is also in the held-out split stays out so the gate still measures unseen text.
        known = {r.key for r in rows}
        feedback = [r for r in load_feedback_rows(settings.database_url) if r.key not in known]
        log(f"feedback: {len(feedback)} reviewer-labelled messages from the database (weight {FEEDBACK_WEIGHT})")
        train_rows = train_rows + feedback
    encoder = Encoder(settings.encoder, threads=settings.torch_threads)
    artifact, manifest = fit(train_rows, encoder=encoder, languages=languages, seed=args.seed, head=args.head,
                             extra_layers=args.extra_layers)

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
