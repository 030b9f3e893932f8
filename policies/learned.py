"""`suspect_wording`: a second opinion on replies the rules let through.

The rules know the wordings someone wrote down; writers who never saw them found new ones every round
(a rule-based checker stopped 65-73% of their violating replies before it was widened for them). A
linear model on word and character n-grams, trained on every labelled reply (`python -m policies.train`),
reads the rest: a reply that reads like the violating ones gets a CONFIRM finding on its most suspect
sentence, so a person looks before it goes out. It never blocks on its own and never fires where a rule
already did. The model is plain arrays and term lists (no pickle), in `data/learned.npz` and
`data/learned.json`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from models.artifact import LexicalFeatures
from policies.lexicon import DATA_DIR
from policies.model import Severity, Violation

WEIGHTS_PATH: Path = DATA_DIR / "learned.npz"
TERMS_PATH: Path = DATA_DIR / "learned.json"
RULE = "suspect_wording"
EXPLANATION = (
    "Reads like replies that break Amazon's rules (a promised refund or gift, a review request, "
    "marketing, contact outside Amazon), though no rule matched: check it before sending."
)
# A sentence ends at . ! ? or a line break (also the Japanese and full-width forms).
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
MAX_SENTENCES = 100
MIN_WORDS = 8
# Words, or runs of Japanese script (which has no spaces): about a word each three characters.
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{1,3}|[^\W\u3040-\u30ff\u3400-\u9fff]+")


@dataclass
class LearnedChecker:
    lexical: LexicalFeatures
    coef: np.ndarray
    intercept: float
    bar: float  # probability at and above which a reply is suspect
    data_hash: str

    def probability(self, texts: list[str]) -> np.ndarray:
        scores = self.lexical.transform(texts) @ self.coef + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-scores)), dtype=np.float64).ravel()

    def find(self, text: str) -> list[Violation]:
        # A few words give a few n-grams, and one of them decides: "We will follow up tomorrow." read like
        # "follow us". Short replies are left to the rules.
        if len(_WORD.findall(text)) < MIN_WORDS or self.probability([text])[0] < self.bar:
            return []
        # Point at the sentence that reads most like a violation, so the reviewer sees where to look.
        # At most MAX_SENTENCES are scored: a 20,000-character run of "a." is 10,000 sentences.
        spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()][:MAX_SENTENCES]
        if not spans:
            return []
        scores = self.probability([text[a:b] for a, b in spans])
        start, end = spans[int(scores.argmax())]
        while start < end and text[start].isspace():
            start += 1
        return [Violation(RULE, Severity.CONFIRM, text[start:end], start, end, EXPLANATION)]

    def save(self, weights: Path = WEIGHTS_PATH, terms: Path = TERMS_PATH) -> None:
        np.savez_compressed(weights, coef=self.coef.astype(np.float32), word_idf=self.lexical.word_idf,
                            char_idf=self.lexical.char_idf)
        terms.write_text(json.dumps({
            "intercept": self.intercept, "bar": self.bar, "data_hash": self.data_hash,
            "word_terms": self.lexical.word_terms, "char_terms": self.lexical.char_terms,
        }, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, weights: Path = WEIGHTS_PATH, terms: Path = TERMS_PATH) -> LearnedChecker:
        meta = json.loads(terms.read_text(encoding="utf-8"))
        with np.load(weights, allow_pickle=False) as arrays:
            lexical = LexicalFeatures(meta["word_terms"], arrays["word_idf"], meta["char_terms"], arrays["char_idf"])
            coef = arrays["coef"].astype(np.float64)
        return cls(lexical, coef, float(meta["intercept"]), float(meta["bar"]), str(meta["data_hash"]))


@lru_cache(maxsize=1)
def learned_checker() -> LearnedChecker | None:
    """The committed model, loaded once; None when it has not been trained (the rules still run)."""
    if not (WEIGHTS_PATH.exists() and TERMS_PATH.exists()):
        return None
    return LearnedChecker.load()
