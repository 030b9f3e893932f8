"""The label maps that translate public data sets' intents into ours name only intents we know."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.taxonomy import INTENTS, OUT_OF_SCOPE

LABEL_MAPS = Path(__file__).resolve().parents[2] / "training" / "label_maps"
NAMES = ("bitext", "clinc150")


def load(name: str) -> dict[str, str]:
    data = json.loads((LABEL_MAPS / f"{name}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{name}.json must be a JSON object"
    return data


@pytest.mark.parametrize("name", NAMES)
def test_every_value_is_a_known_intent(name: str) -> None:
    mapping = load(name)
    assert mapping, f"{name}.json is empty"
    unknown = {k: v for k, v in mapping.items() if v not in INTENTS}
    assert not unknown, f"{name}.json maps to unknown intents: {unknown}"


@pytest.mark.parametrize("name", NAMES)
def test_keys_are_non_empty_strings(name: str) -> None:
    assert all(isinstance(k, str) and k.strip() for k in load(name))


def test_clinc_maps_only_order_status_and_thanks_into_scope() -> None:
    mapping = load("clinc150")
    assert mapping == {"order_status": "order_status", "thank_you": "thanks", "*": OUT_OF_SCOPE}
