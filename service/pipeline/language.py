"""Language of the buyer's text. Lingua with a short candidate list: accurate on short messages, no network."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

_CJK_KANA = re.compile(r"[\u3040-\u30ff]")  # hiragana/katakana: Japanese, not Chinese
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_lock = threading.Lock()
# The opening of a message says its language; the detector's cost grows with length.
DETECT_CHARS = 400
_WORDS = re.compile(r"[a-z']+")
# Function words that are English and not also common words of the other candidate languages
# ("a", "in", "no", "me", "was", "on", "an", "so" are left out for that reason).
_ENGLISH_MARKERS = frozenset({
    "the", "and", "to", "of", "for", "is", "it", "my", "you", "your", "we", "this", "that", "with", "have",
    "has", "be", "are", "at", "can", "please", "when", "where", "will", "what", "how", "did", "get", "got",
    "but", "if", "yes", "hi", "hello", "thanks", "thank", "just", "still", "from", "by", "not", "would",
    "could", "should", "there", "their", "they", "been", "i'm", "it's", "don't", "didn't",
})


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    candidates = [
        Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
        Language.JAPANESE, Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.SWEDISH,
        Language.TURKISH, Language.CHINESE, Language.ARABIC,
    ]
    return LanguageDetectorBuilder.from_languages(*candidates).with_preloaded_language_models().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code; 'en' when the text is too short or too ambiguous to say otherwise."""
    opening = text[:DETECT_CHARS]
    if _CJK_KANA.search(opening):
        return "ja"
    if _plainly_english(opening) or len(_LETTERS.findall(opening)) < 6:
        return "en"
    with _lock:
        values = _detector().compute_language_confidence_values(opening)
    if not values:
        return "en"
    top = values[0]
    code = str(top.language.iso_code_639_1.name).lower()
    if code == "en":
        return "en"
    english = next((v.value for v in values if v.language.iso_code_639_1.name == "EN"), 0.0)
    # Short buyer English ("pls cancel", "ok thx") often looks foreign to a detector: demand a clear lead.
    return code if top.value >= 0.3 and top.value >= 2.5 * english else "en"


def _plainly_english(text: str) -> bool:
    """Most buyer mail is plain ASCII English full of function words; saying so takes microseconds where
    the full detector takes about half a millisecond of CPU. Anything less clear goes to the detector."""
    if not text.isascii():
        return False
    words = _WORDS.findall(text.lower())
    return len(words) >= 4 and sum(w in _ENGLISH_MARKERS for w in words) >= 0.2 * len(words)


def warm_up() -> None:
    detect_language("where is my order")
