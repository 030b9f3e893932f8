"""The labeled corpus: loading, validation, the fixed held-out split, and its fingerprint."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from models.taxonomy import INTENT_DEFAULT_URGENCY, URGENCY_RANK
from service.pipeline.normalize import for_encoder, normalize_message

DATA_DIR = Path(__file__).resolve().parent / "data" / "messages"
HELDOUT_PERCENT = 20


@dataclass(frozen=True)
class Row:
    text: str  # as written (with relay artifacts)
    clean: str  # what the encoder sees, normalised exactly as the service does it
    intent: str
    urgency: str
    language: str
    source: str = "corpus"

    @property
    def key(self) -> str:
        return text_key(self.clean)


def text_key(clean: str) -> str:
    return hashlib.sha256(" ".join(clean.lower().split()).encode("utf-8")).hexdigest()


def is_heldout(row: Row) -> bool:
    """Fixed by the text alone: adding rows never moves an existing row between splits."""
    return int(row.key[:8], 16) % 100 < HELDOUT_PERCENT


def make_row(raw: dict[str, str], *, source: str = "corpus") -> Row:
    intent, urgency = raw["intent"], raw.get("urgency") or INTENT_DEFAULT_URGENCY.get(raw["intent"], "normal")
    if intent not in INTENT_DEFAULT_URGENCY:
        raise ValueError(f"unknown intent {intent!r}")
    if urgency not in URGENCY_RANK:
        raise ValueError(f"unknown urgency {urgency!r}")
    clean = for_encoder(normalize_message(raw["text"]))
    return Row(raw["text"], clean, intent, urgency, raw.get("language", "en"), source)


def load_jsonl(path: Path, *, source: str = "corpus") -> list[Row]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rows.append(make_row(json.loads(line), source=source))
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{path}:{n}: {exc}") from exc
    return rows


def corpus_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(data_dir.glob("*.jsonl"))


def load_corpus(data_dir: Path = DATA_DIR) -> list[Row]:
    """All rows, first occurrence kept when two normalise to the same text."""
    seen: set[str] = set()
    rows = []
    for path in corpus_files(data_dir):
        for row in load_jsonl(path):
            if row.key not in seen:
                seen.add(row.key)
                rows.append(row)
    return rows


def corpus_hash(data_dir: Path = DATA_DIR) -> str:
    digest = hashlib.sha256()
    for path in corpus_files(data_dir):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def split(rows: list[Row]) -> tuple[list[Row], list[Row]]:
    train = [r for r in rows if not is_heldout(r)]
    heldout = [r for r in rows if is_heldout(r)]
    return train, heldout
