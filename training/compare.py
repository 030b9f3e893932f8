"""Compare intent classifiers on the corpus' held-out split (training.corpus.split).

python -m training.compare [--seed N] [--pairs N] [--budget-seconds S] [--out DIR] [--skip-finetune] [--json]

  embedding   logistic regression on the frozen encoder's embeddings (training.fit.fit, head="embedding")
  hybrid      logistic regression on embedding + TF-IDF: what ships (training.fit.fit, head="hybrid")
  knn-5/15    k nearest training messages by cosine similarity on the frozen embeddings, votes weighted
              by similarity
  lora        the encoder tuned for intent with low-rank adapters, cross-fitted (training.lora): one
              half-model per half of the training split reads that half as unseen text for the heads;
              the served encoder is the mean of the two (--lora; budget --budget-seconds)
  setfit-*    SetFit-style: the encoder fine-tuned with CosineSimilarityLoss on same-intent (1) and
              different-intent (0) pairs sampled from the training split (one epoch, max_seq_length 64,
              CPU, stopped at --budget-seconds), then the same heads on its embeddings

The logistic-regression models are measured by training.evaluate.evaluate (the service's decisions);
kNN has no decision policy, so only its macro-F1 and accuracy are given, computed over the same rows
(those in a supported language) the same way. The fine-tuned encoder is written under /tmp only.
Nothing here changes the model registry.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

import training.embeddings
from models.artifact import ModelArtifact
from models.encoder import Encoder, available_cores, resolve_encoder
from service.config import REPO_ROOT, get_settings
from service.pipeline.language import detect_language
from training.corpus import Row, load_corpus, split
from training.embeddings import embed_texts
from training.evaluate import evaluate, intent_report
from training.fit import fit
from training.lora import FOLDS, cross_fitted, fold_of

DEFAULT_CACHE = Path("/tmp/handoff-embeddings")
REPORTED = ("macro_f1", "accuracy", "auto_reply_precision", "auto_answerable_coverage",
            "out_of_scope_handoff_rate", "urgent_recall")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def intent_scores(truth: list[str], predicted: list[str]) -> tuple[float, float]:
    """Macro-F1 (training.evaluate's own computation) and accuracy."""
    accuracy = float(np.mean([t == p for t, p in zip(truth, predicted, strict=True)]))
    return intent_report(truth, predicted)[1], round(accuracy, 4)


def knn_predict(train: np.ndarray, labels: list[str], test: np.ndarray, k: int) -> list[str]:
    """Similarity-weighted vote of the k most similar training messages (vectors are L2-normalised)."""
    sims = test @ train.T
    top = np.argsort(-sims, axis=1)[:, :k]
    out = []
    for i, neighbours in enumerate(top):
        votes: dict[str, float] = defaultdict(float)
        for j in neighbours:
            votes[labels[j]] += float(sims[i, j])
        out.append(max(votes.items(), key=lambda kv: kv[1])[0])
    return out


def sample_pairs(rows: list[Row], n_pairs: int, seed: int) -> list[tuple[str, str, float]]:
    """SetFit-style pairs: each anchor in turn (shuffled, cycling), alternately with a random message of
    the same intent (1.0) and of another intent (0.0)."""
    rng = random.Random(seed)
    by_intent: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by_intent[r.intent].append(r.clean)
    intents = sorted(by_intent)
    anchors = list(rows)
    pairs: list[tuple[str, str, float]] = []
    while len(pairs) < n_pairs:
        rng.shuffle(anchors)
        for r in anchors:
            if len(pairs) >= n_pairs:
                break
            same = by_intent[r.intent]
            if len(pairs) % 2 == 0 and len(same) > 1:
                other = r.clean
                while other == r.clean:
                    other = rng.choice(same)
                pairs.append((r.clean, other, 1.0))
            else:
                negative = rng.choice([i for i in intents if i != r.intent])
                pairs.append((r.clean, rng.choice(by_intent[negative]), 0.0))
    return pairs


def finetune(base: str, pairs: list[tuple[str, str, float]], *, out: Path, budget: float, batch_size: int,
             seed: int) -> dict[str, Any]:
    """Fine-tune with sentence-transformers' old_fit (needs neither `datasets` nor `accelerate`).

    The loss is wrapped so that once the budget is spent every remaining step is a no-op: a hard stop
    without a custom training loop."""
    import torch
    from sentence_transformers import InputExample, SentenceTransformer
    from torch import nn
    from torch.utils.data import DataLoader

    try:
        from sentence_transformers.sentence_transformer.losses import CosineSimilarityLoss
    except ImportError:  # sentence-transformers < 5
        from sentence_transformers.losses import CosineSimilarityLoss  # type: ignore[no-redef]

    torch.manual_seed(seed)
    # Loading an Encoder left torch on one thread (its workers parallelise inference); training is one
    # model on every core.
    torch.set_num_threads(available_cores())
    model = SentenceTransformer(resolve_encoder(base)[1], device="cpu")
    inference_length = model.max_seq_length
    model.max_seq_length = 64  # training only: short sequences are cheap, and 90% of messages fit
    steps = (len(pairs) + batch_size - 1) // batch_size

    class DeadlineLoss(nn.Module):
        def __init__(self, inner: nn.Module, deadline: float) -> None:
            super().__init__()
            self.inner = inner
            self.deadline = deadline
            self.steps = 0
            self.skipped = 0
            self.losses: list[float] = []

        def forward(self, features: Any, labels: Any) -> Any:
            if time.perf_counter() > self.deadline:
                self.skipped += 1
                return torch.zeros((), requires_grad=True)
            value = self.inner(features, labels)
            self.steps += 1
            self.losses.append(float(value.detach()))
            if self.steps % 25 == 0 or self.steps == steps:
                log(f"  step {self.steps}/{steps}, loss {np.mean(self.losses[-25:]):.4f}, "
                    f"{time.perf_counter() - started:.0f}s")
            return value

    examples = [InputExample(texts=[a, b], label=label) for a, b, label in pairs]
    loader: DataLoader[Any] = DataLoader(examples, shuffle=True, batch_size=batch_size,  # type: ignore[arg-type]
                                         generator=torch.Generator().manual_seed(seed))
    started = time.perf_counter()
    loss = DeadlineLoss(CosineSimilarityLoss(model), started + budget)
    model.old_fit(train_objectives=[(loader, loss)], epochs=1, warmup_steps=max(1, steps // 10),
                  optimizer_params={"lr": 2e-5}, show_progress_bar=False)
    seconds = time.perf_counter() - started
    model.max_seq_length = inference_length  # embed as the base encoder does, long messages untruncated
    model.save(str(out))
    return {"pairs": len(pairs), "batch_size": batch_size, "steps": loss.steps, "steps_planned": steps,
            "steps_skipped_by_budget": loss.skipped, "seconds": round(seconds, 1),
            "first_loss": round(float(np.mean(loss.losses[:10])), 4) if loss.losses else None,
            "last_loss": round(float(np.mean(loss.losses[-10:])), 4) if loss.losses else None,
            "model_dir": str(out)}


class Comparison:
    def __init__(self, train: list[Row], heldout: list[Row], languages: frozenset[str], seed: int) -> None:
        self.train = [r for r in train if r.language in languages]  # as training.fit.fit does
        self.all_train = train
        self.languages = languages
        self.seed = seed
        # The rows evaluate's metrics cover: those whose detected language the encoder reads.
        self.heldout = heldout
        self.scored = [r for r in heldout if (detect_language(r.clean) if r.clean else "en") in languages]
        self.results: dict[str, dict[str, Any]] = {}

    def linear(self, name: str, encoder: Encoder, head: str, extra_seconds: float = 0.0,
               vectors_by_key: dict[str, np.ndarray] | None = None) -> ModelArtifact:
        started = time.perf_counter()
        artifact, _ = fit(self.all_train, encoder=encoder, languages=self.languages, seed=self.seed, head=head,
                          vectors_by_key=vectors_by_key)
        seconds = time.perf_counter() - started
        metrics = evaluate(self.heldout, encoder=encoder, artifact=artifact, languages=self.languages)
        vectors = embed_texts(encoder, [r.key for r in self.scored], [r.clean for r in self.scored], progress=False,
                              extra_layers=artifact.extra_layers)
        own = intent_scores([r.intent for r in self.scored],
                            [p.intent for p in artifact.predict(vectors, [r.clean for r in self.scored])])
        if own != (metrics["macro_f1"], metrics["accuracy"]):
            log(f"warning: {name}: own scoring {own} differs from evaluate "
                f"{(metrics['macro_f1'], metrics['accuracy'])}; kNN figures may not be comparable")
        self.results[name] = {**{k: metrics[k] for k in REPORTED}, "train_seconds": round(seconds + extra_seconds, 1),
                              "fit_seconds": round(seconds, 1)}
        log(f"{name}: {self.results[name]}")
        return artifact

    def knn(self, name: str, encoder: Encoder, k: int, extra_seconds: float = 0.0) -> None:
        started = time.perf_counter()
        train_vectors = embed_texts(encoder, [r.key for r in self.train], [r.clean for r in self.train],
                                    progress=False)
        test_vectors = embed_texts(encoder, [r.key for r in self.scored], [r.clean for r in self.scored],
                                   progress=False)
        predicted = knn_predict(train_vectors, [r.intent for r in self.train], test_vectors, k)
        macro_f1, accuracy = intent_scores([r.intent for r in self.scored], predicted)
        self.results[name] = {"macro_f1": macro_f1, "accuracy": accuracy,
                              "train_seconds": round(extra_seconds, 1),
                              "fit_seconds": round(time.perf_counter() - started, 1)}
        log(f"{name}: {self.results[name]}")


def measure_lora(cmp: Comparison, args: argparse.Namespace, base: str, stamp: str) -> dict[str, Any]:
    """Tune (or reuse) the two half-models and their soup, then fit the shipped heads on the half-models'
    honest readings of the training rows and measure them served by the soup."""
    out = (args.lora_out or Path(f"/tmp/handoff-lora-{stamp}")).resolve()
    if out.is_relative_to(REPO_ROOT.resolve()):
        raise SystemExit(f"--lora-out must be outside the repository ({REPO_ROOT}): each encoder is ~90 MB")
    started = time.perf_counter()
    soup_folder = out / f"{out.name}-soup"
    halves = [out / f"{out.name}-half-{k}" for k in range(FOLDS)]
    reused = soup_folder.exists() and all(h.exists() for h in halves)
    if reused:
        log(f"LoRA: reusing the encoders in {out}")
    else:
        log(f"LoRA: tuning {FOLDS} half-models, budget {args.budget_seconds:.0f}s, saving to {out}")
        soup_folder, halves = cross_fitted(cmp.train, base=base, seed=args.seed, out=out,
                                           budget_seconds=args.budget_seconds, log=log)
        for folder in [soup_folder, *halves]:
            training.embeddings.forget(folder.name)  # same folder name, new weights
    tune_seconds = time.perf_counter() - started
    started = time.perf_counter()
    honest: dict[str, np.ndarray] = {}
    threads = get_settings().torch_threads
    for k, folder in enumerate(halves):
        half = Encoder(str(folder), threads=threads)
        unseen = [r for r in cmp.train if fold_of(r.key) == k]
        keys = [r.key for r in unseen]
        honest.update(zip(keys, embed_texts(half, keys, [r.clean for r in unseen], progress=False), strict=True))
    served = Encoder(str(soup_folder), threads=threads)
    embed_texts(served, [r.key for r in cmp.heldout], [r.clean for r in cmp.heldout], progress=False)
    embed_seconds = time.perf_counter() - started
    cmp.linear("LoRA soup hybrid LR", served, "hybrid", extra_seconds=tune_seconds + embed_seconds,
               vectors_by_key=honest)
    return {"tune_seconds": round(tune_seconds, 1), "embed_seconds": round(embed_seconds, 1), "reused": reused,
            "encoders": str(out)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.compare", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--pairs", type=int, default=6000, help="contrastive pairs for the fine-tune (default 6000)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--budget-seconds", type=float, default=600.0,
                        help="hard stop for the fine-tune's training steps (default 600)")
    parser.add_argument("--out", type=Path, help="where to save the fine-tuned encoder (default /tmp/handoff-setfit-*)")
    parser.add_argument("--skip-finetune", action="store_true")
    parser.add_argument("--tuned", type=Path, help="measure this already fine-tuned encoder instead of training one")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE,
                        help=f"embeddings cache (default {DEFAULT_CACHE}, outside the repository)")
    parser.add_argument("--lora", action="store_true",
                        help="also measure the cross-fitted LoRA intent fine-tune (training.lora)")
    parser.add_argument("--lora-out", type=Path,
                        help="where its encoders go (default /tmp/handoff-lora-*); reused if already there")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    out = (args.out or Path(f"/tmp/handoff-setfit-{stamp}")).resolve()
    if out.is_relative_to(REPO_ROOT.resolve()):
        parser.error(f"--out must be outside the repository ({REPO_ROOT}): the model is ~90 MB")
    started = time.perf_counter()
    training.embeddings.CACHE_DIR = args.cache_dir
    settings = get_settings()
    languages = settings.supported_languages
    train, heldout = split(load_corpus())
    encoder = Encoder(settings.encoder, threads=settings.torch_threads)
    cmp = Comparison(train, heldout, languages, args.seed)
    log(f"corpus: {len(train)} train ({len(cmp.train)} in {sorted(languages)}), {len(heldout)} held out "
        f"({len(cmp.scored)} scored)")

    embed_started = time.perf_counter()  # encode once, so the fit times below compare the heads alone
    embed_texts(encoder, [r.key for r in train + heldout], [r.clean for r in train + heldout], progress=False)
    frozen_embed_seconds = round(time.perf_counter() - embed_started, 1)
    cmp.linear("embedding LR (frozen)", encoder, "embedding")
    cmp.linear("hybrid LR (frozen, ships)", encoder, "hybrid")
    for k in (5, 15):
        cmp.knn(f"kNN k={k} (frozen)", encoder, k)

    finetune_stats: dict[str, Any] | None = None
    if args.tuned:
        out = args.tuned.resolve()
        finetune_stats = {"seconds": 0.0, "model_dir": str(out), "reused": True}
    elif not args.skip_finetune:
        pairs = sample_pairs(cmp.train, args.pairs, args.seed)
        log(f"fine-tuning on {len(pairs)} pairs ({sum(p[2] for p in pairs):.0f} positive), batch {args.batch_size}, "
            f"budget {args.budget_seconds:.0f}s, saving to {out}")
        finetune_stats = finetune(settings.encoder, pairs, out=out, budget=args.budget_seconds,
                                  batch_size=args.batch_size, seed=args.seed)
        log(f"fine-tune: {finetune_stats}")
    if finetune_stats is not None:
        tuned = Encoder(str(out), threads=settings.torch_threads)
        embed_started = time.perf_counter()
        texts = train + heldout
        embed_texts(tuned, [r.key for r in texts], [r.clean for r in texts], progress=False)
        finetune_stats["embed_seconds"] = round(time.perf_counter() - embed_started, 1)
        base = finetune_stats["seconds"] + finetune_stats["embed_seconds"]
        cmp.linear("SetFit embedding LR", tuned, "embedding", extra_seconds=base)
        cmp.linear("SetFit hybrid LR", tuned, "hybrid", extra_seconds=base)
        for k in (5, 15):
            cmp.knn(f"SetFit kNN k={k}", tuned, k, extra_seconds=base)

    lora_stats = measure_lora(cmp, args, settings.encoder, stamp) if args.lora else None
    total = round(time.perf_counter() - started, 1)
    if args.json:
        json.dump({"results": cmp.results, "finetune": finetune_stats, "lora": lora_stats,
                   "seconds": total,
                   "frozen_embed_seconds": frozen_embed_seconds,
                   "heldout_rows": len(heldout), "scored_rows": len(cmp.scored)}, sys.stdout, indent=2)
        print()
        return 0
    print(f"held-out split: {len(heldout)} rows, {len(cmp.scored)} in a supported language (scored); "
          f"training: {len(cmp.train)} rows")
    print(f"{'model':<28} {'macroF1':>7} {'acc':>6} {'autoP':>6} {'cover':>6} {'oosOK':>6} {'urgR':>6} "
          f"{'train s':>8}")
    for name, r in cmp.results.items():
        cells = [f"{r[k]:>6.4f}" if r.get(k) is not None else f"{'-':>6}" for k in REPORTED[2:]]
        print(f"{name:<28} {r['macro_f1']:>7.4f} {r['accuracy']:>6.4f} {' '.join(cells)} {r['train_seconds']:>8.1f}")
    print("autoP: auto-reply precision, cover: auto-answerable coverage, oosOK: out-of-scope not auto-replied, "
          "urgR: urgent recall (evaluate's decisions; kNN has none). train s: fit time incl. cross-validation; "
          "for SetFit also fine-tune and re-embedding time.")
    if finetune_stats and finetune_stats.get("reused"):
        print(f"fine-tuned encoder reused from {finetune_stats['model_dir']} (train s: re-embedding and fit only); "
              f"re-embedding {finetune_stats['embed_seconds']}s")
    elif finetune_stats:
        print(f"fine-tune: {finetune_stats['steps']}/{finetune_stats['steps_planned']} steps of "
              f"{finetune_stats['batch_size']} pairs ({finetune_stats['pairs']} pairs, 1 epoch, max_seq_length 64) "
              f"in {finetune_stats['seconds']}s wall (budget {args.budget_seconds:.0f}s, "
              f"{finetune_stats['steps_skipped_by_budget']} steps cut by it); loss {finetune_stats['first_loss']} -> "
              f"{finetune_stats['last_loss']}; re-embedding {finetune_stats['embed_seconds']}s; "
              f"model saved to {finetune_stats['model_dir']}")
    if lora_stats:
        print(f"LoRA: {lora_stats}")
    print(f"frozen encoder: embedding the corpus took {frozen_embed_seconds}s (0 when cached; not in train s)")
    print(f"done in {total}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
