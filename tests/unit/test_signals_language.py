import re

import pytest

from service.pipeline.language import detect_language
from service.pipeline.signals import SIGNALS, _fold, find_signals, find_signals_unfiltered
from training.corpus import load_corpus


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("where is my order? if it isn't here tomorrow I'm filing an A-to-z claim", "claim"),
        ("I will dispute the charge with my credit card company", "claim"),
        ("my lawyer will hear about this", "claim"),
        ("Ich werde meinen Anwalt einschalten", "claim"),
        ("Si no me dais una solución hoy, abro una reclamación de la Garantía de la A a la Z.", "claim"),
        ("I'm reporting this listing to the FTC", "claim"),
        ("Le chargeur fait des étincelles quand je le branche", "safety"),
        ("El enchufe echa chispas", "safety"),
        ("leaving a 1 star review today", "review_threat"),
        ("No refund yet. My review goes up today unless I see the money.", "review_threat"),
        ("fix it or I'll warn other buyers", "review_threat"),
        ("my feedback will reflect how this was handled", "review_threat"),
        ("the charger caught fire and burned the carpet", "safety"),
        ("my son had an allergic reaction to the gloves", "safety"),
        ("this is the third time I'm asking where my package is", "repeat_ask"),
        ("I need it by Friday the 14th for the race", "deadline"),
        ("2nd msg - what does 'held by carrier' mean?", "repeat_ask"),
        ("it's the dress for my sister's hen do next friday", "deadline"),
        ("please don't deliver while I'm away from the 9th", "deadline"),
        ("where is my Etsy order? the shop said it shipped", "other_business"),
        ("when will I get my tax refund", "other_business"),
        ("my Kindle Unlimited renewed, can you refund it", "other_business"),
        ("Please don't paste the returns policy at me again, I wasn't asking about returns.", "repeat_ask"),
        ("Sorry to bother you again, but my earlier question was about the strap, not the case.", "repeat_ask"),
        ("did you even read my message? I asked for the invoice", "repeat_ask"),
        ("thanks for nothing", "dissatisfied"),
        ("Not happy that the invoice came without the item codes my finance team needed.", "dissatisfied"),
        ("Very disappointed with your service, where is my refund?", "dissatisfied"),
        ("Your payment could not be verified. Update your billing at amazon-billing-secure.net today.", "web_link"),
        ("Is my order on its way? I saw it here: http://tinyurl.example/abc", "web_link"),
        ("Please verify your account at amazon.com-verify.net", "web_link"),
    ],
)
def test_escalation_signals(text: str, signal: str) -> None:
    assert signal in [s.name for s in find_signals(text)]


@pytest.mark.parametrize(
    "text",
    ["Where is my order?", "Will it arrive by Friday?", "Do you have this brand in blue?", "Thanks a lot!",
     "I need a VAT invoice for my tax return", "my accountant needs the receipt for HMRC", "I love this show",
     "the alarm is barely audible", "the colours don't match on the 2nd one",
     "I read the reviews before buying, they were right", "will the rating of the battery go up with use?",
     # a product the buyer does not like is a return, not a grievance; thanks that close an earlier question
     "I'm not happy with how the topper feels, can I return it?",
     "All sorted, please disregard my earlier message about the charger.",
     "I ordered from amazon.co.uk, is that the same seller?", "Tracking: https://www.amazon.de/progress-tracker"],
)
def test_routine_messages_raise_nothing(text: str) -> None:
    assert find_signals(text) == []


def test_a_hand_off_signal_keeps_the_bot_out_but_raises_no_urgency() -> None:
    from service.pipeline.analyze import combined_urgency

    signals = find_signals("where is my ASOS order?")
    assert [s.name for s in signals] == ["other_business"]
    assert combined_urgency(intent="order_status", head_level="normal", signals=signals) == "normal"


def test_prefilter_never_changes_the_signals_found() -> None:
    """The literal prefilter only skips work: on every corpus message, and on the same texts in odd
    casing (the patterns ignore case, the prefilter looks literals up casefolded), the signals are
    the ones running every pattern in full finds."""
    texts = [row.clean for row in load_corpus()]
    odd = ["ſue", "ＡＴＯＺ", "KLAGE", "Straße Anwalt", "İNJURY", "LAWYER", "ÉTINCELLES"]
    variants = [v for t in texts for v in (t, t.upper(), t.swapcase())] + odd
    disagreements = [t for t in variants if find_signals(t) != find_signals_unfiltered(t)]
    assert disagreements == []
    assert sum(bool(find_signals(t)) for t in texts) > 500  # the check compared real hits, not empty lists


def test_fold_keeps_every_character_the_patterns_ignore_case_for() -> None:
    """Every character the regex engine matches to a literal's character (ignoring case) folds to
    that character's fold, so the prefilter finds the literal wherever a pattern could match."""
    literal_chars = {ch for s in SIGNALS for a in s.alternatives for lit in (a.literals or ()) for ch in lit}
    literal_chars |= {chr(c) for c in range(0x20, 0x250)}  # and all Latin letters, for patterns to come
    everything = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    for ch in literal_chars:
        for twin in re.findall(re.escape(ch), everything, re.IGNORECASE):
            assert _fold(twin) == _fold(ch), (ch, twin)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hi, where is my order? It has been a week.", "en"),
        ("pls cancel", "en"),
        ("Wo bleibt meine Bestellung? Ich warte seit einer Woche.", "de"),
        ("Bonjour, je voudrais retourner cet article, il est trop petit.", "fr"),
        ("Hola, ¿cuándo llegará mi pedido? Lo necesito para el viernes.", "es"),
        ("Buongiorno, il pacco non è ancora arrivato, potete verificare?", "it"),
        ("注文した商品がまだ届きません。確認してください。", "ja"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_problem_reports_are_found_and_denials_are_not() -> None:
    from service.pipeline.signals import reports_problem

    for text in ["I'd like to return the kettle, it stopped working", "the box came dented and the glass is cracked",
                 "you sent me the wrong size", "it doesn't turn on", "Hardcover ordered, replaced by a paperback",
                 "The hoodie shrank two sizes after one wash. I'd like to return it", "the print faded in a week",
                 "the monitor has three dead pixels, can I send it back"]:
        assert reports_problem(text), text
    for text in ["I'd like to return it. It's not faulty, I just changed my mind", "nothing wrong with it, too big",
                 "can I return the lamp? too dim for my desk", "where is my refund"]:
        assert not reports_problem(text), text
