"""A model trained on one encoder refuses another, before any encoder is loaded."""

from __future__ import annotations

import multiprocessing
import re

import pytest
from sqlalchemy.orm import sessionmaker

from models.artifact import ModelArtifact
from service.app import build_pipeline
from service.config import Settings


def test_a_mismatched_encoder_fails_at_once_and_names_the_fix(settings: Settings, artifact: ModelArtifact) -> None:
    other = settings.model_copy(update={"encoder": "/nonexistent/multilingual-model", "encoder_process": True})
    before = set(multiprocessing.active_children())
    with pytest.raises(ValueError, match=re.escape("retrain with python -m training.fit")):
        build_pipeline(other, sessionmaker(), artifact=artifact)
    assert set(multiprocessing.active_children()) == before, "no model process for a pairing that cannot work"
