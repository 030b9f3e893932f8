"""A model artifact is a folder: manifest.json (labels, encoder, corpus hash, metrics, thresholds)
and heads.npz (plain arrays). Loading never unpickles, so a model file cannot execute code."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from models.taxonomy import INTENT_DEFAULT_URGENCY

if TYPE_CHECKING:
    from models.encoder import Encoder

CURRENT_FILE = "CURRENT"
MANIFEST = "manifest.json"
HEADS = "heads.npz"
LEXICON = "lexicon.json"
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)


def quantize_reference(reference: np.ndarray) -> tuple[np.ndarray, float]:
    """int8 codes and their scale for the reference embeddings (a quarter of float32, half of float16).

    Components of unit vectors are small, so one scale for the matrix loses little: cosine similarities
    move by about 0.003, far below the gaps the out-of-scope and familiarity bars measure."""
    peak = float(np.abs(reference).max()) if reference.size else 1.0
    scale = (peak or 1.0) / 127.0
    return np.clip(np.rint(reference / scale), -127, 127).astype(np.int8), scale


def stored_reference(reference: np.ndarray) -> np.ndarray:
    """The reference exactly as a saved and reloaded artifact will hold it (train and serve alike)."""
    codes, scale = quantize_reference(reference)
    return codes.astype(np.float32) * np.float32(scale)


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


@dataclass
class LexicalFeatures:
    """TF-IDF over words and character n-grams, next to the embedding.

    The sentence embedding carries meaning; these carry the exact words a buyer used ("invoice",
    "A-to-z", "cancel"), which the frozen encoder blurs. Stored as term lists and idf arrays, rebuilt
    here without unpickling anything.
    """

    word_terms: list[str]
    word_idf: np.ndarray
    char_terms: list[str]
    char_idf: np.ndarray

    def __post_init__(self) -> None:
        self._word = _vectorizer("word", WORD_NGRAMS, self.word_terms, self.word_idf)
        self._char = _vectorizer("char_wb", CHAR_NGRAMS, self.char_terms, self.char_idf)
        # sklearn's own analyzers (so tokenising cannot drift from training), with the vocabularies and
        # idf weights held here: its transform validates and converts on every call, which cost more
        # than a millisecond per message, most of predict's time when a message comes alone.
        self._parts = [
            _TfidfPart(self._word.build_analyzer(), self._word.vocabulary, self.word_idf, 0),
            _TfidfPart(self._char.build_analyzer(), self._char.vocabulary, self.char_idf, len(self.word_terms)),
        ]

    @property
    def size(self) -> int:
        return len(self.word_terms) + len(self.char_terms)

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        """The same matrix as sklearn's TfidfVectorizer.transform of each part, side by side: sublinear
        term frequency times idf, each part L2-normalised on its own."""
        indptr = [0]
        columns: list[np.ndarray] = []
        values: list[np.ndarray] = []
        for text in texts:
            for part in self._parts:
                cols, vals = part.weights(text)
                columns.append(cols)
                values.append(vals)
            indptr.append(indptr[-1] + sum(len(c) for c in columns[-len(self._parts):]))
        return sparse.csr_matrix(
            (np.concatenate(values) if values else np.zeros(0),
             np.concatenate(columns) if columns else np.zeros(0, dtype=np.int32), np.array(indptr)),
            shape=(len(texts), self.size),
        )

    @classmethod
    def fit(cls, texts: list[str], *, word_features: int, char_features: int) -> LexicalFeatures:
        word = TfidfVectorizer(ngram_range=WORD_NGRAMS, min_df=2, sublinear_tf=True, max_features=word_features)
        char = TfidfVectorizer(
            analyzer="char_wb", ngram_range=CHAR_NGRAMS, min_df=3, sublinear_tf=True, max_features=char_features
        )
        word.fit(texts)
        char.fit(texts)
        return cls(_terms(word), word.idf_.astype(np.float32), _terms(char), char.idf_.astype(np.float32))


@dataclass
class _TfidfPart:
    analyze: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray
    offset: int  # where this part's columns start in the combined matrix

    def __post_init__(self) -> None:
        self.idf = np.asarray(self.idf, dtype=np.float64)

    def weights(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        vocabulary = self.vocabulary
        counts = Counter(i for i in map(vocabulary.get, self.analyze(text)) if i is not None)
        if not counts:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        cols = np.fromiter(sorted(counts), dtype=np.int32, count=len(counts))
        tf = np.fromiter((counts[c] for c in cols.tolist()), dtype=np.float64, count=len(cols))
        vals = (np.log(tf) + 1.0) * self.idf[cols]
        vals /= np.sqrt(np.dot(vals, vals))
        return cols + self.offset, vals


def _terms(vectorizer: TfidfVectorizer) -> list[str]:
    terms = [""] * len(vectorizer.vocabulary_)
    for term, i in vectorizer.vocabulary_.items():
        terms[i] = term
    return terms


def _vectorizer(analyzer: str, ngrams: tuple[int, int], terms: list[str], idf: np.ndarray) -> TfidfVectorizer:
    vectorizer = TfidfVectorizer(
        analyzer=analyzer, ngram_range=ngrams, sublinear_tf=True, vocabulary={t: i for i, t in enumerate(terms)}
    )
    vectorizer.idf_ = idf.astype(np.float64)
    return vectorizer


def features(embeddings: np.ndarray, texts: list[str], lexical: LexicalFeatures | None) -> Any:
    """What the heads read: the embedding, plus TF-IDF when the model was trained with it."""
    if lexical is None:
        return embeddings
    return sparse.hstack([sparse.csr_matrix(embeddings), lexical.transform(texts)]).tocsr()


@dataclass
class LinearHead:
    """Multinomial logistic regression with a temperature fitted afterwards for calibration."""

    labels: list[str]
    coef: np.ndarray  # (classes, dim)
    intercept: np.ndarray  # (classes,)
    temperature: float = 1.0

    def __post_init__(self) -> None:
        self._sparse_coef_t: np.ndarray | None = None

    def logits(self, x: Any) -> np.ndarray:
        if sparse.issparse(x):
            if self._sparse_coef_t is None:
                # scipy would convert the float32 coefficients to float64 (and to C order) on every
                # call, a 2 MB copy per prediction; the result is the same with the copy made once.
                self._sparse_coef_t = np.ascontiguousarray(self.coef.T, dtype=np.float64)
            return np.asarray(x @ self._sparse_coef_t + self.intercept, dtype=np.float64)
        return np.asarray(x @ self.coef.T + self.intercept, dtype=np.float64)

    def proba(self, x: Any) -> np.ndarray:
        return softmax(self.logits(x) / self.temperature)


@dataclass
class Prediction:
    intent: str
    confidence: float
    intent_scores: dict[str, float]
    urgency: str  # the heads' view: urgent (urgent intents' mass), high (escalation) or normal
    urgency_confidence: float  # probability of an escalation
    nearest_similarity: float  # cosine similarity to the closest in-domain training message
    nearest_intent: str
    # Similarity to the closest training message OF THE PREDICTED INTENT: an auto-reply needs the
    # message to look like ones the intent is known for, not only to land on its side of a boundary.
    support_similarity: float = 1.0


@dataclass
class ModelArtifact:
    version: str
    manifest: dict[str, Any]
    intent_head: LinearHead
    urgency_head: LinearHead
    # In-domain training embeddings (stored as int8 codes and a scale) for the out-of-scope distance check.
    reference: np.ndarray
    reference_intents: np.ndarray
    lexical: LexicalFeatures | None = None
    path: Path | None = None

    @property
    def thresholds(self) -> dict[str, float]:
        return dict(self.manifest.get("thresholds", {}))

    @property
    def support_bars(self) -> dict[str, float]:
        return {k: float(v) for k, v in self.manifest.get("support_bars", {}).items()}

    @property
    def languages(self) -> frozenset[str]:
        """The languages the heads were trained on (artifacts from before the field read English)."""
        return frozenset(self.manifest.get("languages", ["en"]))

    @property
    def ood_similarity(self) -> float:
        return float(self.manifest.get("ood_min_similarity", 0.0))

    @property
    def encoder_id(self) -> str:
        return str(self.manifest["encoder"])

    @property
    def extra_layers(self) -> tuple[int, ...]:
        """Earlier encoder layers the heads read besides the sentence embedding (Encoder.encode); none for
        artifacts from before the field."""
        return tuple(int(i) for i in self.manifest.get("extra_layers", ()))

    def vectors(self, encoder: Encoder, texts: list[str]) -> np.ndarray:
        """What `predict` reads for these texts: the encoder's output for this artifact's layers."""
        return encoder.encode(texts, extra_layers=self.extra_layers)

    def features(self, x: np.ndarray, texts: list[str]) -> Any:
        return features(x, texts, self.lexical)

    def predict(self, x: np.ndarray, texts: list[str]) -> list[Prediction]:
        """x: `vectors` of the texts (L2-normalised blocks, the sentence embedding last); texts: the same
        messages as the encoder saw them."""
        feats = self.features(x, texts)
        intent_p = self.intent_head.proba(feats)
        urgency_p = self.urgency_head.proba(feats)
        # Nearness is the sentence embedding's, the last block.
        sentence = x[:, x.shape[1] - self.reference.shape[1]:]
        sims = sentence @ self.reference.T if len(self.reference) else np.ones((len(x), 1), dtype=np.float32)
        nearest = sims.argmax(axis=1)
        nearest_sim = sims[np.arange(len(x)), nearest]
        out = []
        labels = self.intent_head.labels
        # The urgency head answers one question: does this message carry an escalation (a deadline,
        # a repeated ask) beyond what its intent implies? It errs upwards: the bar is set on
        # out-of-fold data for recall, since a false alarm costs minutes and a miss costs the account.
        bar = float(self.manifest.get("escalation_bar", 0.5))
        p_escalated = urgency_p[:, self.urgency_head.labels.index("escalated")]
        # Urgent when enough probability sits on the urgent intents together (claim, review threat,
        # safety), even if none of them wins alone: "where is it, or I file an A-to-z" often reads
        # as order_status first.
        urgent_bar = float(self.manifest.get("urgent_mass_bar", 1.01))
        urgent_cols = [i for i, label in enumerate(labels) if INTENT_DEFAULT_URGENCY.get(label) == "urgent"]
        urgent_mass = intent_p[:, urgent_cols].sum(axis=1)
        for i in range(len(x)):
            top = int(intent_p[i].argmax())
            same = self.reference_intents == top
            support = float(sims[i, same].max()) if len(self.reference) and same.any() else 0.0
            level = "urgent" if urgent_mass[i] >= urgent_bar else "high" if p_escalated[i] >= bar else "normal"
            out.append(
                Prediction(
                    intent=labels[top],
                    confidence=float(intent_p[i, top]),
                    intent_scores={label: float(p) for label, p in zip(labels, intent_p[i], strict=True)},
                    urgency=level,
                    urgency_confidence=float(p_escalated[i]),
                    nearest_similarity=float(nearest_sim[i]),
                    nearest_intent=labels[int(self.reference_intents[nearest[i]])] if len(self.reference) else "",
                    support_similarity=support,
                )
            )
        return out

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        codes, scale = quantize_reference(self.reference)
        arrays: dict[str, np.ndarray] = {
            "intent_coef": self.intent_head.coef.astype(np.float32),
            "intent_intercept": self.intent_head.intercept.astype(np.float32),
            "urgency_coef": self.urgency_head.coef.astype(np.float32),
            "urgency_intercept": self.urgency_head.intercept.astype(np.float32),
            "reference_codes": codes,
            "reference_scale": np.array([scale], dtype=np.float64),
            "reference_intents": self.reference_intents.astype(np.int16),
        }
        if self.lexical is not None:
            arrays["word_idf"] = self.lexical.word_idf
            arrays["char_idf"] = self.lexical.char_idf
        np.savez_compressed(folder / HEADS, **arrays)  # type: ignore[arg-type]
        if self.lexical is not None:
            (folder / LEXICON).write_text(
                json.dumps({"word": self.lexical.word_terms, "char": self.lexical.char_terms}, ensure_ascii=False),
                encoding="utf-8",
            )
        manifest = dict(self.manifest)
        manifest["version"] = self.version
        manifest["intent_labels"] = self.intent_head.labels
        manifest["urgency_labels"] = self.urgency_head.labels
        manifest["intent_temperature"] = self.intent_head.temperature
        manifest["urgency_temperature"] = self.urgency_head.temperature
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        self.manifest = manifest
        self.path = folder

    @classmethod
    def load(cls, folder: Path) -> ModelArtifact:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        with np.load(folder / HEADS, allow_pickle=False) as arrays:
            data = {k: arrays[k] for k in arrays.files}
        lexical = None
        if (folder / LEXICON).exists():
            terms = json.loads((folder / LEXICON).read_text(encoding="utf-8"))
            lexical = LexicalFeatures(terms["word"], data["word_idf"], terms["char"], data["char_idf"])
        return cls(
            version=str(manifest["version"]),
            manifest=manifest,
            intent_head=LinearHead(
                manifest["intent_labels"], data["intent_coef"], data["intent_intercept"],
                float(manifest.get("intent_temperature", 1.0)),
            ),
            urgency_head=LinearHead(
                manifest["urgency_labels"], data["urgency_coef"], data["urgency_intercept"],
                float(manifest.get("urgency_temperature", 1.0)),
            ),
            reference=_load_reference(data),
            reference_intents=data["reference_intents"].astype(np.int64),
            lexical=lexical,
            path=folder,
        )


def resolve_artifact_dir(model_dir: Path) -> Path:
    """model_dir is either one artifact folder or a registry holding a CURRENT pointer."""
    if (model_dir / MANIFEST).exists():
        return model_dir
    pointer = model_dir / CURRENT_FILE
    if not pointer.exists():
        raise FileNotFoundError(f"no model at {model_dir}: no {MANIFEST} and no {CURRENT_FILE} file")
    version = pointer.read_text(encoding="utf-8").strip()
    return model_dir / version


def load_current(model_dir: Path) -> ModelArtifact:
    return ModelArtifact.load(resolve_artifact_dir(model_dir))


def list_versions(model_dir: Path) -> list[str]:
    return sorted(p.name for p in model_dir.iterdir() if (p / MANIFEST).exists())


def set_current(model_dir: Path, version: str) -> None:
    if not (model_dir / version / MANIFEST).exists():
        raise FileNotFoundError(f"no artifact {version} in {model_dir}")
    # Write then rename: a reader never sees a half-written pointer.
    tmp = model_dir / (CURRENT_FILE + ".tmp")
    tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(tmp, model_dir / CURRENT_FILE)


def _load_reference(data: dict[str, np.ndarray]) -> np.ndarray:
    if "reference_codes" in data:
        return data["reference_codes"].astype(np.float32) * np.float32(data["reference_scale"][0])
    return data["reference"].astype(np.float32)  # artifacts written before int8 codes: float16

