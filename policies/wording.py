"""Wording rules: `compensation_promise`, `review_manipulation`, `marketing`,
`off_amazon`. The phrase tables live in `phrases.py`; this module compiles
them once and applies the vetoes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policies import phrases
from policies.model import Severity, Violation
from policies.prefilter import LiteralIndex, required_literals
from policies.refusal import ASKED_ABOUT_BEFORE, YOUR_QUESTION
from policies.textmap import MappedText

EXPLANATIONS = {
    "compensation_promise": (
        "This promises or states compensation (refund, replacement, gift card, discount...). "
        "Confirm it is true and was issued through Amazon's tools before sending."
    ),
    "compensation_for_review": (
        "Compensation tied to a review is review manipulation and is prohibited."
    ),
    "review_manipulation": (
        "Asking for a (positive) review, or to change or remove one, in a message is not allowed; "
        "use Amazon's 'Request a Review' button instead."
    ),
    "marketing": "Marketing or promotional content is not allowed in buyer messages.",
    "off_amazon": (
        "Directing the buyer to contact, order or pay outside Amazon is not allowed."
    ),
}


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: str
    severity: Severity
    pattern: re.Pattern[str]
    veto: re.Pattern[str] | None
    veto_before: re.Pattern[str] | None
    veto_after: re.Pattern[str] | None
    literals: frozenset[str] | None  # one of these must occur for a match (None: unknown)


def _compile(rule: str, severity: Severity, table: tuple[phrases.Phrase, ...]) -> list[_Compiled]:
    def opt(p: str | None) -> re.Pattern[str] | None:
        return re.compile(p) if p else None

    return [
        _Compiled(
            rule, severity, re.compile(p.pattern), opt(p.veto), opt(p.veto_before), opt(p.veto_after),
            required_literals(p.pattern),
        )
        for p in table
    ]


_RULES: list[_Compiled] = (
    _compile("compensation_promise", Severity.CONFIRM, phrases.COMPENSATION)
    + _compile("review_manipulation", Severity.BLOCK, phrases.REVIEW)
    + _compile("marketing", Severity.BLOCK, phrases.MARKETING)
    + _compile("off_amazon", Severity.BLOCK, phrases.OFF_AMAZON)
)
_INDEX = LiteralIndex(lit for c in _RULES for lit in (c.literals or ()))
_REVIEW_WORD = re.compile(phrases.REVIEW_WORDS)
_TIE_DISTANCE = 250  # characters between a compensation and a review request
# How far a veto_after may read (every one is anchored at the match's end and bounds its own gap): a
# refusal can come late in a German sentence ("eine Erstattung ... können wir leider nicht vornehmen").
_AFTER_WINDOW = 100
# How far back a veto_before may read: a refusal can open the sentence ("non possiamo accettare pagamenti
# tramite bonifico"). Vetoes that must stay close anchor themselves (\s*$) or bound their gap.
_BEFORE_WINDOW = 80


# The buyer's own question, offer or wish restated ("vous nous demandez notre compte Instagram", "nos propone
# dejar una reseña de 5 estrellas"): every wording rule but compensation lets it pass (refusal.py).
_ASKED_BEFORE = re.compile(ASKED_ABOUT_BEFORE)
_CLAUSE_END = re.compile(r"[.!?:;\n。！？]")


def _matches(text: str, c: _Compiled) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in c.pattern.finditer(text):
        a, b = m.span()
        if c.veto and c.veto.search(m.group(0)):
            continue
        if (c.rule != "compensation_promise" and not _CLAUSE_END.search(m.group(0))
                and _ASKED_BEFORE.search(text, max(0, a - _BEFORE_WINDOW), a)):
            continue  # inside the restated question (a match running past its colon is the seller's own)
        if c.veto_before and c.veto_before.search(text, max(0, a - _BEFORE_WINDOW), a):
            continue
        if c.veto_after and c.veto_after.search(text[b : b + _AFTER_WINDOW]):
            continue
        spans.append((a, b))
    return spans


_REVIEW_BUTTONS = re.compile(phrases.REVIEW_BUTTONS)
_MENU_BUTTON = re.compile(phrases.REVIEW_MENU_BUTTON)
_REVIEW_HOWTO_BEFORE = re.compile(phrases.REVIEW_HOWTO_BEFORE)
_SENTENCE_END = re.compile(r"[.!?\n。！？]")


# "Could you please click “Write a product review”?" asks, whatever the button is called; so does "consider
# this our friendly nudge: the “Write a product review” button is right there".
# "Please" in the languages the checker reads.
_PLEASE = r"please|kindly|bitte|veuillez|merci de|por favor|le rogamos|per favore|la preghiamo"
_REQUEST_BEFORE = re.compile(
    r"\b(?:" + _PLEASE + r"|could you|would you|can you|would you mind|nudge|(?:friendly|gentle|quick|little) reminder"
    r"|just a reminder|don't forget|do not forget|remember to|feel free to|why not)\b[^.!?\n。！？]*$"
    r"|(?:お願い|ください)[^。！？\n]*$"
)


_ASK = re.compile(r"\b(?:" + _PLEASE + r")\b")
# Asks that ask nothing of the review: "please note you're free to leave any review you like".
_COURTESY = re.compile(r"\b(?:please|bitte|veuillez|por favor|per favore) (?:note|be aware|rest assured|know|beachten"
                       r"|noter|tenga en cuenta|tenga presente|noti|sappia)\b")


def _mask_review_buttons(text: str) -> str:
    """Blank out Amazon's quoted review buttons (same length, so offsets stay put), unless the sentence asks
    the buyer to press them."""

    def blank(m: re.Match[str]) -> str:
        if _REQUEST_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return m.group(0)
        return m.group(1) + " " * (m.start(3) - m.end(1)) + m.group(3)

    def blank_menu(m: re.Match[str]) -> str:
        if _REQUEST_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return m.group(0)
        return m.group(1) + " " * (m.end() - m.end(1))

    text = _REVIEW_BUTTONS.sub(blank, text)
    return _MENU_BUTTON.sub(blank_menu, text)


# The buyer's own words quoted back ("You wrote that you 'will leave 1 star unless we refund the shipping'",
# "regarding your question 'Can I pay by PayPal?'", "you wrote 'I'd happily pay extra by bank transfer'",
# "Nos dice usted textualmente: «o me devuelven 20 euros o...»", 「返金してくれないなら星1をつける」とのメッセージ):
# what is inside the quotes is theirs, not the seller's promise or ask.
_BUYER_QUOTE = re.compile(
    r"(?:\b(?:you (?:wrote|said|say|write|mentioned|asked|ask|quoted|quote)|your (?:message|review|email|e-mail)"
    r" (?:said|says|reads)|" + YOUR_QUESTION
    + r"|sie (?:schreiben|schrieben|sagen|sagten)|vous (?:nous )?(?:écrivez|avez écrit|dites|avez dit)"
    r"|(?:nos|me) (?:dice|escribe|dijo|escribió)(?: usted)?|usted (?:nos |me )?(?:escribe|escribió|dice|dijo|comenta)"
    r"|(?:ci|mi) (?:scrive|ha scritto)|lei (?:ci |mi )?(?:scrive|ha scritto|dice))\b[^.!?\n'\"«„“‘「]{0,25}"
    r"['\"«„“‘「])(?P<quote>(?:[^'\"»“”’」\n]|(?<=[a-z])'(?=[a-z])){3,200})(?=['\"»“”’」])"
    r"|「(?P<ja>[^」\n]{3,120})」(?=(?:との|という)(?:メッセージ|ご連絡|お言葉|内容|こと))"
)


def _mask_buyer_quotes(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        group = "quote" if m.group("quote") is not None else "ja"
        start, end = m.span(group)
        return text[m.start() : start] + " " * (end - start) + text[end : m.end()]

    return _BUYER_QUOTE.sub(blank, text)


def _review_howto(text: str, a: int, b: int) -> bool:
    """The sentence up to the review word explains how, or leaves the choice to the buyer, and asks nothing
    ("To answer your question, please leave a review" asks after all)."""
    window = text[max(0, a - 90) : a]
    ends = list(_SENTENCE_END.finditer(window))
    sentence = window[ends[-1].end() :] if ends else window
    if not _REVIEW_HOWTO_BEFORE.search(sentence):
        return False
    return not _ASK.search(_COURTESY.sub(" ", sentence + text[a:b]))


def find_wording(original: str, norm: MappedText, *, prefilter: bool = True) -> list[Violation]:
    text = _mask_buyer_quotes(norm.text)
    masked: str | None = None  # blanked only when a review phrase is in play: most replies have none
    present = _INDEX.present(text) if prefilter else set()
    found: list[tuple[str, Severity, int, int]] = []
    for c in _RULES:
        if prefilter and c.literals is not None and c.literals.isdisjoint(present):
            continue
        if c.rule == "review_manipulation":
            if masked is None:
                masked = _mask_review_buttons(text)
            found.extend((c.rule, c.severity, a, b) for a, b in _matches(masked, c) if not _review_howto(text, a, b))
            continue
        for a, b in _matches(text, c):
            found.append((c.rule, c.severity, a, b))
    reviews = [(a, b) for rule, _, a, b in found if rule == "review_manipulation"]
    out: list[Violation] = []
    for rule, severity, a, b in found:
        explanation = EXPLANATIONS[rule]
        if rule == "compensation_promise" and _tied_to_review(text, a, b, reviews):
            severity = Severity.BLOCK
            explanation = EXPLANATIONS["compensation_for_review"]
        start, end = norm.span(a, b)
        out.append(Violation(rule, severity, original[start:end], start, end, explanation))
    return out


def _tied_to_review(text: str, a: int, b: int, reviews: list[tuple[int, int]]) -> bool:
    """A compensation next to a review request, or in the same sentence as a
    review word ("a gift card for your 5-star review"), is an incentive."""
    if any(ra - _TIE_DISTANCE < b and a < rb + _TIE_DISTANCE for ra, rb in reviews):
        return True
    left = max(text.rfind(ch, 0, a) for ch in ".!?\n。！？")
    rights = [i for i in (text.find(ch, b) for ch in ".!?\n。！？") if i >= 0]
    right = min(rights) if rights else len(text)
    sentence = text[left + 1 : right]
    m = _REVIEW_WORD.search(sentence)
    return bool(m) and not re.search(r"thank|danke|merci|gracias|grazie|ありがとう", sentence)
