"""A model artifact is a folder: manifest.json (labels, encoder, corpus hash, metrics, thresholds)
and heads.npz (plain arrays). Loading never unpickles, so a model file cannot execute code."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

CURRENT_FILE = "CURRENT"
MANIFEST = "manifest.json"
HEADS = "heads.npz"


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


@dataclass
class LinearHead:
    """Multinomial logistic regression with a temperature fitted afterwards for calibration."""

    labels: list[str]
    coef: np.ndarray  # (classes, dim)
    intercept: np.ndarray  # (classes,)
    temperature: float = 1.0

    def logits(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(x @ self.coef.T + self.intercept, dtype=np.float64)

    def proba(self, x: np.ndarray) -> np.ndarray:
        return softmax(self.logits(x) / self.temperature)


@dataclass
class Prediction:
    intent: str
    confidence: float
    intent_scores: dict[str, float]
    urgency: str
    urgency_confidence: float
    nearest_similarity: float  # cosine similarity to the closest in-domain training message
    nearest_intent: str


@dataclass
class ModelArtifact:
    version: str
    manifest: dict[str, Any]
    intent_head: LinearHead
    urgency_head: LinearHead
    # In-domain training embeddings (float16) for the out-of-scope distance check.
    reference: np.ndarray
    reference_intents: np.ndarray
    path: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def thresholds(self) -> dict[str, float]:
        return dict(self.manifest.get("thresholds", {}))

    @property
    def ood_similarity(self) -> float:
        return float(self.manifest.get("ood_min_similarity", 0.0))

    @property
    def encoder_id(self) -> str:
        return str(self.manifest["encoder"])

    def predict(self, x: np.ndarray) -> list[Prediction]:
        intent_p = self.intent_head.proba(x)
        urgency_p = self.urgency_head.proba(x)
        if len(self.reference):
            sims = x @ self.reference.astype(np.float32).T
            nearest = sims.argmax(axis=1)
            nearest_sim = sims[np.arange(len(x)), nearest]
        else:
            nearest = np.zeros(len(x), dtype=int)
            nearest_sim = np.ones(len(x))
        out = []
        labels = self.intent_head.labels
        for i in range(len(x)):
            top = int(intent_p[i].argmax())
            utop = int(urgency_p[i].argmax())
            out.append(
                Prediction(
                    intent=labels[top],
                    confidence=float(intent_p[i, top]),
                    intent_scores={label: float(p) for label, p in zip(labels, intent_p[i], strict=True)},
                    urgency=self.urgency_head.labels[utop],
                    urgency_confidence=float(urgency_p[i, utop]),
                    nearest_similarity=float(nearest_sim[i]),
                    nearest_intent=labels[int(self.reference_intents[nearest[i]])] if len(self.reference) else "",
                )
            )
        return out

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            folder / HEADS,
            intent_coef=self.intent_head.coef.astype(np.float32),
            intent_intercept=self.intent_head.intercept.astype(np.float32),
            urgency_coef=self.urgency_head.coef.astype(np.float32),
            urgency_intercept=self.urgency_head.intercept.astype(np.float32),
            reference=self.reference.astype(np.float16),
            reference_intents=self.reference_intents.astype(np.int16),
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
            reference=data["reference"].astype(np.float32),
            reference_intents=data["reference_intents"].astype(np.int64),
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
