"""Read a buyer message: clean it, find its language, embed it, and score intent, urgency and scope."""

from __future__ import annotations

from models.artifact import ModelArtifact, Prediction
from models.taxonomy import INTENT_DEFAULT_URGENCY, max_urgency
from service.pipeline.decide import Analysis
from service.pipeline.language import detect_language
from service.pipeline.normalize import for_encoder, normalize_message
from service.pipeline.signals import Signal, find_signals, reports_problem


def prepare(body: str, subject: str | None = None) -> tuple[str, str]:
    """(clean text for people and the record, text for the encoder)."""
    clean = normalize_message(body, subject)
    return clean, for_encoder(clean)


def combined_urgency(*, intent: str, head_level: str, signals: list[Signal]) -> str:
    """The highest of the intent's default, the model's urgency and the explicit escalation signals."""
    return max_urgency(INTENT_DEFAULT_URGENCY[intent], head_level, *(s.level for s in signals))


def combine(
    *, clean_text: str, prediction: Prediction, artifact: ModelArtifact, supported_languages: frozenset[str]
) -> Analysis:
    language = detect_language(clean_text) if clean_text else "en"
    # Settings name the languages the encoder reads; the heads read only those they were trained on. A
    # German message given to heads trained on English alone gets a confident guess, not a reading.
    supported = language in supported_languages and language in artifact.languages
    signals = find_signals(clean_text)
    urgency = combined_urgency(intent=prediction.intent, head_level=prediction.urgency, signals=signals)
    if not supported:
        # The model cannot read this language; its urgency guess means little, so a person looks soon.
        urgency = max_urgency(urgency, "high")
    out_of_scope = prediction.nearest_similarity < artifact.ood_similarity
    support_bar = artifact.support_bars.get(prediction.intent, 0.0)
    return Analysis(
        clean_text=clean_text,
        language=language,
        language_supported=supported,
        intent=prediction.intent,
        confidence=prediction.confidence,
        urgency=urgency,
        out_of_scope=out_of_scope,
        signals=[s.name for s in signals],
        familiar=prediction.support_similarity >= support_bar,
        problem_reported=reports_problem(clean_text),
        details={
            "intent_top3": sorted(prediction.intent_scores.items(), key=lambda kv: -kv[1])[:3],
            "urgency_head": {"level": prediction.urgency, "confidence": round(prediction.urgency_confidence, 4)},
            "nearest_similarity": round(prediction.nearest_similarity, 4),
            "nearest_intent": prediction.nearest_intent,
            "support_similarity": round(prediction.support_similarity, 4),
            "support_bar": support_bar,
            "ood_min_similarity": artifact.ood_similarity,
        },
    )
