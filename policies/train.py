"""Train the `suspect_wording` model on the labelled replies and write it to policies/data.

python -m policies.train

Reads data/replies.jsonl, data/replies_fresh.jsonl and data/replies_plain.jsonl (never
data/replies_unseen.jsonl: that round measures the result). It learns the wording of violations: a reply
whose only violations are a link, an address, a number, an app name or an emoji is left out, since its
words are an ordinary reply's and the detectors find what breaks the rule (with them in, "your order
shipped today with DHL. It should arrive on Friday." scored 0.88 and was flagged). The bar is chosen on
out-of-fold probabilities: the lowest that flags at most CLEAN_FLAG_RATE of the clean replies the rules
let through and EVERYDAY_FLAG_RATE of the everyday ones, and above every packaged template's draft (the
drafts are also clean training examples).
Deterministic: the same data gives the same files.
"""

from __future__ import annotations

import hashlib
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from models.artifact import LexicalFeatures
from policies.checker import check_text
from policies.evaluation import CORPUS_PATH, FRESH_PATH, PLAIN_PATH, load_corpus
from policies.learned import LearnedChecker

TRAINING_FILES = (CORPUS_PATH, FRESH_PATH, PLAIN_PATH)
# Violations that are a matter of wording; the others (links, addresses, numbers, handles, emoji) are found by
# the detectors whatever the words around them.
WORDING_RULES = frozenset({"compensation_promise", "review_manipulation", "marketing", "off_amazon"})
WORD_FEATURES = 20_000
CHAR_FEATURES = 40_000
C = 16.0
# Clean replies (that no rule flags) the model may flag out of fold: each one is a reviewer asked to
# confirm a reply that was fine.
CLEAN_FLAG_RATE = 0.02
# ... and of the everyday ones, which are most of what sellers send: a reviewer asked to confirm "your parcel
# went out today" learns to click through the warning.
EVERYDAY_FLAG_RATE = 0.01
SEED = 13


def data_hash() -> str:
    digest = hashlib.sha256()
    for path in TRAINING_FILES:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def template_drafts() -> list[str]:
    """Every phrasing of the packaged templates, filled from a full order in three order states."""
    from service.replies.drafting import default_library, draft_reply

    order = {"carrier": "UPS", "tracking_number": "1Z999AA10123456784", "ship_date": "2026-11-24",
             "estimated_delivery": "2026-11-30", "refund_amount": "$19.99", "refund_date": "2026-11-25",
             "items": [{"sku": "A", "title": "Yoga Mat, 6mm, Purple", "quantity": 1}]}
    drafts = set()
    for intent in default_library().templates:
        for status in ("shipped", "delivered", "refunded"):
            for seed in range(20):
                draft = draft_reply(intent=intent, seed=str(seed), buyer_name="Dana Whitfield",
                                    order_id="114-5529301-7781125", order={**order, "status": status})
                if draft.text:
                    drafts.add(draft.text)
    return sorted(drafts)


def fit_head(texts: list[str], y: np.ndarray) -> tuple[LexicalFeatures, LogisticRegression]:
    lexical = LexicalFeatures.fit(texts, word_features=WORD_FEATURES, char_features=CHAR_FEATURES)
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", random_state=SEED)
    model.fit(lexical.transform(texts), y)
    return lexical, model


def main(argv: list[str] | None = None) -> int:
    del argv
    rows = [{**r, "plain": path == PLAIN_PATH} for path in TRAINING_FILES for r in load_corpus(path)
            if not r["violations"] or WORDING_RULES.intersection(r["violations"])]
    texts = [r["text"] for r in rows]
    plain = np.array([r["plain"] for r in rows])
    y = np.array([bool(r["violations"]) for r in rows])
    # The packaged templates' drafts are replies the service sends: clean examples of a seller's wording in
    # every fold, so the model learns that "stop using it and keep it away from children" or "I am looking
    # into it personally" is how a good reply reads, not a topic to flag.
    drafts = template_drafts()
    no = np.zeros(len(drafts), dtype=bool)
    print(f"{len(rows)} labelled replies, {int(y.sum())} violating in their wording; {len(drafts)} template drafts"
          " as clean",
          file=sys.stderr)
    oof = np.zeros(len(rows))
    for train, test in StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED).split(texts, y):
        lexical, model = fit_head([texts[i] for i in train] + drafts, np.concatenate([y[train], no]))
        oof[test] = model.predict_proba(lexical.transform([texts[i] for i in test]))[:, 1]
    by_rules = np.array([bool(check_text(t, second_opinion=False).violations) for t in texts])
    quiet_clean = ~y & ~by_rules
    bar = 0.99
    for candidate in np.round(np.arange(0.5, 0.99, 0.01), 2):
        if ((oof[quiet_clean] >= candidate).mean() <= CLEAN_FLAG_RATE
                and (oof[plain] >= candidate).mean() <= EVERYDAY_FLAG_RATE):
            bar = float(candidate)
            break
    # The service sends those drafts without this second opinion (tests/unit/test_drafting.py reads every
    # phrasing): the bar must also sit above all of them.
    lexical, model = fit_head(texts + drafts, np.concatenate([y, no]))
    if drafts:
        highest = float(model.predict_proba(lexical.transform(drafts))[:, 1].max())
        if highest >= bar:
            print(f"bar {bar} raised above the packaged templates' highest score {highest:.3f}", file=sys.stderr)
            bar = float(np.ceil((highest + 0.005) * 100) / 100)
    caught = (oof >= bar) | by_rules
    print(f"bar {bar}: out of fold, violating replies stopped by rules {by_rules[y].mean():.1%}, with the model "
          f"{caught[y].mean():.1%}; clean replies flagged by the model {(oof[quiet_clean] >= bar).mean():.1%}"
          f" (everyday ones {(oof[plain] >= bar).mean():.1%},"
          f" look-alikes {(oof[quiet_clean & ~plain] >= bar).mean():.1%})",
          file=sys.stderr)
    checker = LearnedChecker(lexical, model.coef_[0].astype(np.float64), float(model.intercept_[0]), bar,
                             data_hash())
    checker.save()
    print("wrote policies/data/learned.npz and learned.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
