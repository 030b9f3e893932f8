"""Explicit signals: words that make a message urgent, or a person's job, whatever the model thinks.

Escalation signals only ever raise urgency (a false alarm costs a reviewer a minute; a missed A-to-z
claim costs the account), so they favour recall. Several languages, since the wording rules span six
marketplaces. A hand-off signal (level "normal") raises nothing but still keeps the bot from answering:
every signal is a reason in the decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policies.prefilter import LiteralIndex, required_literals


@dataclass(frozen=True)
class _Alternative:
    pattern: re.Pattern[str]
    literals: frozenset[str] | None  # folded (_fold); one of them occurs in any match (None: unknown)


@dataclass(frozen=True)
class Signal:
    name: str
    level: str  # urgency it implies
    pattern: re.Pattern[str]
    alternatives: tuple[_Alternative, ...] = field(default=(), repr=False, compare=False)


def _signal(name: str, level: str, *alternatives: str) -> Signal:
    compiled = tuple(
        _Alternative(re.compile(a, re.IGNORECASE), _casefolded(required_literals(a))) for a in alternatives
    )
    return Signal(name, level, re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE), compiled)


# casefold() folds every pair of characters the regex engine's IGNORECASE treats as equal except the
# Turkish i's: it turns "İ" into "i" plus a combining dot and leaves "ı" alone, where the engine takes
# both for "i". Folding them to "i" too can only make the prefilter let more through. (A test checks
# the fold against the engine for every character of the literals.)
_TURKISH_I = str.maketrans({"\u0307": None, "ı": "i"})


def _fold(text: str) -> str:
    return text.casefold().translate(_TURKISH_I)


def _casefolded(literals: frozenset[str] | None) -> frozenset[str] | None:
    return frozenset(_fold(lit) for lit in literals) if literals is not None else None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?"
_DATE = (
    rf"(?:{_DAY}\b|tomorrow\b|tonight\b|the\s+weekend\b|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_MONTH})?\b"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}[/.]\d{{1,2}}\b)"
)

_EVENT = (
    r"wedding|funeral|trip|flight|party|birthday|christmas|holiday|event|exam|interview|race|opening|"
    r"due\s+date|school\s+(?:starts|term)|term|move|graduation|anniversary|shower|ceremony|"
    r"hen\s+(?:do|party|night)|stag\s+(?:do|party|night)|conference|festival|concert|recital|cruise|vacation|"
    r"tournament|competition|christening|baptism|communion|bar\s+mitzvah|bat\s+mitzvah"
)

SIGNALS: tuple[Signal, ...] = (
    _signal("claim", "urgent",
        r"\ba\s*(?:-?\s*(?:to|2|bis|à|alla)\s*-?|-)\s*z\b", r"\ba\s*y\s*z\b(?=.{0,20}\b(?:claim|garant))",
        r"\batoz\b", r"\bchargebacks?\b", r"\bcharge\s*back\b", r"\bdisput(?:e|ing)\b",
        r"\b(?:my|the)\s+bank\b.{0,40}\b(?:refund|reverse|claim|money back)",
        r"\bcredit\s*card\s+company\b", r"\bpaypal\s+(?:claim|case)\b",
        r"\blaw\s*yers?\b", r"\battorneys?\b", r"\bsolicitors?\b", r"\blegal\s+action\b", r"\bsmall\s+claims\b",
        r"\bsue\b", r"\bsuing\b", r"\btrading\s+standards\b", r"\bbetter\s+business\s+bureau\b", r"\bBBB\b",
        r"\bconsumer\s+protection\b", r"\battorney\s+general\b", r"\bFTC\b", r"\bfederal\s+trade\s+commission\b",
        r"\bombudsman\b",
        r"\breport(?:ing)?\s+(?:you|this|the seller)\s+to\s+amazon\b",
        r"\bAnwalt\b", r"\bRechtsanwalt\b", r"\bVerbraucherzentrale\b", r"\bA-bis-z\b", r"\brückbuchung\b",
        r"\bavocat\b", r"\bgarantie\s+a\s+à\s+z\b", r"\bDGCCRF\b", r"\bopposition\s+bancaire\b",
        r"\babogad[oa]\b", r"\bdenuncia\b", r"\bde\s+la\s+a\s+a\s+la\s+z\b",
        r"\breclamación\s+(?:a\s+)?amazon\b", r"\bOMIC\b",
        r"\bavvocat[oa]\b", r"\bdalla\s+a\s+alla\s+z\b", r"\bstorno\b",
        r"弁護士", r"訴訟", r"マーケットプレイス保証", r"消費者(?:センター|庁)", r"チャージバック",
    ),
    _signal("review_threat", "urgent",
        r"\b(?:1|one|zero|0)[\s-]*stars?\b",
        r"\b(?:bad|negative|terrible|honest|scathing|horrible)\s+(?:review|feedback|rating)",
        r"\b(?:leave|leaving|write|writing|post|posting|give|giving)\b.{0,30}\b(?:review|feedback)\b",
        r"\b(?:remove|change|update)\b.{0,20}\b(?:my\s+)?(?:review|feedback)\b",
        # The review as a thing about to happen: "my review goes up today", "the review will go live".
        r"\b(?:my|a|the)\s+(?:\w+\s+)?(?:review|rating)\s+(?:goes|is\s+going|will\s+go|gets\s+posted)\s+"
        r"(?:up|live|online|public)\b",
        r"\bwarn(?:ing)?\s+(?:other|future|fellow)\s+(?:buyers|customers|shoppers)\b",
        r"\b(?:rate|review)\s+(?:you|this|the\s+seller|your\s+(?:shop|store))\s+(?:accordingly|badly|poorly)\b",
        r"\b(?:my\s+)?(?:review|rating|feedback)\s+will\s+reflect\b",
        r"\bschlechte\s+Bewertung\b", r"\bBewertung\b.{0,30}\b(?:schreiben|abgeben|hinterlassen|ändern)",
        r"\b(?:mauvais|négatif)\s+(?:avis|commentaire)", r"\bune\s+étoile\b",
        r"\b(?:mala|pésima)\s+(?:reseña|valoración|opinión)", r"\buna\s+estrella\b",
        r"\b(?:recensione|feedback)\s+negativ[oa]", r"\buna\s+stella\b",
        r"(?:悪い|低)評価", r"星\s*(?:1|１|一)\s*つ?", r"レビュー.{0,10}(?:書き|書く)",
    ),
    _signal("safety", "urgent",
        r"\binjur(?:y|ed|ies)\b", r"\bburn(?:s|ed|t|ing)?\b", r"\bfire\b", r"\bsmok(?:e|ing|ed)\b", r"\bsparks?\b",
        r"\bsparking\b", r"\belectric(?:al)?\s+shock\b", r"\bshocked\b", r"\bmelt(?:ed|ing)?\b",
        r"\boverheat(?:ed|ing|s)?\b", r"\bexplod(?:e|ed|ing)\b", r"\ballergic\b", r"\brash\b", r"\bhives\b",
        r"\bhospital\b", r"\bemergency\s+room\b", r"\bchok(?:e|ed|ing)\b", r"\bswallow(?:ed)?\b",
        r"\bcut\s+(?:my|his|her|their)\s+(?:finger|hand|foot|leg)", r"\bbleeding\b", r"\bpoison",
        r"\bVerbrennung", r"\bverletzt", r"\bRauch\b", r"\bStromschlag\b", r"\ballergische\b",
        r"\bFunken\b", r"\bétincelles?\b", r"\bchispas?\b", r"\bscintill[ea]\b", r"火花",
        r"\bbrûl(?:é|ure)", r"\bblessé", r"\bincendie\b", r"\bfumée\b", r"\bdécharge\s+électrique\b",
        r"\bquemad", r"\bherid[oa]\b", r"\bincendio\b", r"\bhumo\b", r"\bdescarga\s+eléctrica\b",
        r"\bustion", r"\bferit[oa]\b", r"\bfumo\b", r"\bscossa\b", r"\ballergica\b",
        r"火傷", r"やけど", r"怪我", r"けが", r"発火", r"煙", r"感電", r"アレルギー", r"誤飲",
    ),
    _signal("repeat_ask", "high",
        r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:time|message|msg|e-?mail|mail|attempt|request|"
        r"follow|try|ask|reminder|chaser)",
        r"\bthis\s+is\s+my\s+(?:second|third|2nd|3rd)\b",
        r"\b(?:two|three|four|several|multiple|many)\s+(?:emails|messages|times|requests)\b",
        r"\b(?:asked|written|wrote|emailed|messaged|contacted\s+you)\s+(?:\w+\s+){0,3}"
        r"(?:twice|three times|several times|multiple times|again|already|before|yesterday|last\s+week|too)\b",
        r"\b(?:asking|writing)\s+again\b", r"\bsame\s+question\s+as\b",
        r"\bfollowing\s+up\s+on\s+my\s+(?:earlier|previous|last)\b",
        r"\bstill\s+(?:no|waiting\s+for\s+(?:a|an|the|your|my))\s+(?:reply|response|answer|invoice)\b",
        r"\b(?:no|haven'?t\s+(?:had|got|received)\s+a)\s+(?:reply|response|answer)\b",
        r"\bno\s+(?:one|body)\s+(?:has\s+)?(?:replied|answered|responded)\b",
        # Asked before and not answered, or answered with something else: "Please don't paste the returns
        # policy at me again, I wasn't asking about returns", "apologies for bothering you again but my earlier
        # question was not clear", "did you even read my message?"
        r"\b(?:don'?t|do\s+not|stop)\s+(?:\w+\s+){0,2}?(?:paste|pasting|copy|copying|send|sending)\b.{0,40}\bagain\b",
        r"\b(?:i|we)\s+(?:wasn'?t|was\s+not|am\s+not|'m\s+not|wasnt)\s+asking\s+(?:about|for)\b",
        r"\b(?:did|do)\s+you\s+(?:even\s+)?read\s+my\s+(?:message|question|e-?mail|msg)\b",
        r"\b(?:not|isn'?t|wasn'?t)\s+what\s+i\s+(?:asked|was\s+asking)\b",
        # (not "please disregard my earlier message, it came today")
        r"(?<!disregard )(?<!ignore )(?<!mind )\b(?:my|the)\s+(?:earlier|previous|original)\s+"
        r"(?:question|message|e-?mail|msg|query)\b",
        r"\b(?:bother(?:ing)?|trouble|chas(?:e|ing))\s+(?:you\s+)?again\b",
        r"\bcop(?:y|ied)[\s-]*(?:and[\s-]*|&\s*)?paste", r"\bcanned\s+(?:response|reply|answer)\b",
        r"\byou\s+(?:keep|kept)\s+(?:sending|telling|giving|saying)\b",
        r"\bzum\s+(?:zweiten|dritten)\s+Mal\b", r"\btroisième\s+fois\b", r"\btercera\s+vez\b", r"\bterza\s+volta\b",
        r"(?:二|三|３|3)度目", r"何度も",
    ),
    _signal("deadline", "high",
        rf"\b(?:need|needs|needed|must|has to|have to|got to|gotta|otherwise)\b[^.?!]{{0,60}}?"
        rf"\b(?:by|before|until|no later than)\s+(?:this\s+|next\s+|the\s+)?{_DATE}",
        rf"\b(?:{_EVENT})\b[^.?!]{{0,25}}\b(?:is\s+)?on\s+(?:the\s+|this\s+|next\s+)?{_DATE}",
        rf"\b(?:before|in\s+time\s+for)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|the\s+baby'?s\s+)?(?:{_EVENT})\b",
        r"\b(?:need|want)\s+(?:it|this|them)\s+(?:by\s+)?(?:tmrw|tomorrow|today|tonight)\b",
        r"\b(?:need\s+to\s+know|reply|answer)\s+(?:by\s+)?(?:today|tonight|asap)\b",
        r"\b(?:window|deadline)\s+(?:ends|closes|is)\s+(?:tomorrow|today|on)\b",
        rf"\b(?:for|at)\s+(?:my|our|his|her|their|the)\s+(?:\w+'?s\s+)?(?:{_EVENT})\b[^.?!]{{0,20}}?"
        rf"\b(?:this|next|on)\s+(?:the\s+)?{_DATE}",
        rf"\b(?:away|abroad|out\s+of\s+the\s+country|on\s+holiday)\s+(?:from|until|till|after|on)\s+"
        rf"(?:the\s+|this\s+|next\s+)?{_DATE}",
        r"\b(?:leaving|flying|moving|going\s+home|travell?ing)\b.{0,30}"
        r"\b(?:on|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        r"\burgent(?:ly)?\b", r"\basap\b", r"\bdringend\b", r"\burgente?\b", r"至急",
    ),
    # Upset with the seller, not with the item: a person answers, even when the question inside is a standard
    # one ("Not happy that the invoice came without the item codes", "thanks for nothing"). A product the buyer
    # does not like ("not happy with how the topper feels") is a return, not a grievance.
    _signal("dissatisfied", "high",
        r"\b(?:thanks|thank\s+you|cheers)\s+(?:a\s+lot\s+|very\s+much\s+)?for\s+(?:nothing|absolutely\s+nothing"
        r"|wasting|ignoring|the\s+useless|the\s+non-?answer|not\s+(?:helping|answering|replying))\b",
        r"\bnot\s+(?:very\s+|at\s+all\s+|too\s+)?(?:happy|pleased|impressed|satisfied)\s+that\b",
        r"\b(?:not\s+(?:very\s+|at\s+all\s+|too\s+)?(?:happy|pleased|impressed|satisfied)|unhappy|disappointed|"
        r"fed\s+up)\s+(?:with|by|in)\s+(?:you\b|your\s+(?:service|shop|store|company|team|response|reply|answer|"
        r"communication|support|attitude)|the\s+(?:service|seller|response|reply|answer|communication|support))",
        r"\b(?:unacceptable|disgrace(?:ful)?|appalling|furious|livid|outrageous)\b",
        r"\b(?:shocking|terrible|awful|poor|horrible|rubbish|useless|pathetic|dreadful)\s+(?:customer\s+)?"
        r"(?:service|communication|support|seller)\b",
        r"\bworst\s+(?:seller|service|shop|store|experience|company)\b",
        r"\binakzeptabel\b", r"\bunverschämt\b", r"\binadmissible\b", r"\binacceptable\b",
        r"\binaceptable\b", r"\bvergonzoso\b", r"\binaccettabile\b", r"\bvergognoso\b",
        r"ありえない", r"対応が(?:悪い|ひどい|遅すぎ)",
    ),
    # A web address in a buyer's message is a person's to open: phishing dressed up as an Amazon notice
    # ("update your billing at amazon-billing-secure.net"), or a link the bot cannot read.
    _signal("web_link", "normal",
        r"\bhttps?://(?!(?:www\.|smile\.|pay\.)?amazon\.|amzn\.)",
        r"\bwww\.(?!amazon\.)[a-z0-9-]+\.[a-z]",
        r"\b[a-z0-9-]*amazon[a-z0-9-]*\.(?!(?:com|ca|de|fr|es|it|nl|se|pl|in|sg|ae|sa|eg|co\.uk|co\.jp|com\.au"
        r"|com\.mx|com\.br|com\.tr|com\.be)(?![\w-]))[a-z]{2,}\b",
    ),
    # Another shop, app or public body: "where is my ASOS order", "my tax refund", "my Netflix refund"
    # read like the standard questions, but the answer is not this seller's to give. Names only where
    # the word has no everyday meaning (not "Target", "Next", "Boots").
    _signal("other_business", "normal",
        r"\b(?:ebay|etsy|asos|temu|shein|aliexpress|alibaba|walmart|argos|currys|ikea|zalando|wayfair|costco|"
        r"home\s+depot|john\s+lewis|tesco|sainsbury'?s|cdiscount|fnac|mediamarkt|vinted|depop|wish\.com|"
        r"target\.com|facebook\s+marketplace|netflix|spotify|disney\s*\+|hulu|deliveroo|doordash|uber\s*eats|"
        r"just\s+eat|airbnb|booking\.com|ryanair|easyjet|kindle\s+unlimited|audible\s+(?:membership|credits?|"
        r"subscription|account|book)|prime\s+video|"
        r"amazon\s+music|prime\s+membership)\b",
        # Public money; not "HMRC" or "tax return" alone: business buyers name them asking for an invoice.
        r"\b(?:tax|council\s+tax|benefits?|pension|stimulus)\s+(?:refund|rebate|payment)\b",
        r"\b(?:DWP|universal\s+credit)\b",
    ),
)


# The patterns are case-insensitive; their literals are looked up in the folded text (see _fold), so a
# skipped pattern could not have matched. Running all ~150 alternatives over every message cost 0.3 ms,
# a tenth of the web process' CPU per message; with the prefilter it is 0.05 ms.
_INDEX = LiteralIndex(lit for s in SIGNALS for a in s.alternatives for lit in (a.literals or ()))


def find_signals(text: str) -> list[Signal]:
    present = _INDEX.present(_fold(text))
    return [
        signal for signal in SIGNALS
        if any((a.literals is None or not a.literals.isdisjoint(present)) and a.pattern.search(text)
               for a in signal.alternatives)
    ]


def find_signals_unfiltered(text: str) -> list[Signal]:
    """Every pattern run in full: the reference the prefiltered find_signals must agree with."""
    return [signal for signal in SIGNALS if signal.pattern.search(text)]


# A return is "standard" only when nothing is wrong with the item. A fault, damage or a wrong item
# changes the answer (the seller pays the postage; a replacement may be due), so a person decides.
_PROBLEM = re.compile(
    r"\b(?:broken|broke|damaged|defective|faulty|cracked|shattered|smashed|dented|torn|ripped|"
    r"leak(?:s|ing|ed)?|stopped\s+working|not\s+working|"
    r"(?:doesn'?t|does\s+not|won'?t|will\s+not|didn'?t|did\s+not)\s+(?:work|turn\s+on|charge|switch\s+on|power\s+on)|"
    r"dead\s+on\s+arrival|DOA|missing\s+(?:parts?|pieces?|screws?|items?)|"
    r"wrong\s+(?:item|size|colou?r|product|model|book|edition|one|thing)|not\s+(?:the\s+one|what)\s+I\s+ordered|"
    r"(?:sent|received|got)\s+(?:me\s+)?the\s+wrong|mou?ldy|expired|stained|scratched|bent|snapped|"
    r"fell\s+apart|came\s+apart|falling\s+apart|replaced\s+by|"
    # Faults that show after use, which a standard return would miss.
    r"shr[au]nk|faded|pill(?:ed|ing)|peel(?:ed|ing)|fray(?:ed|ing)|warped|chipped|rust(?:ed|y)|"
    r"discolou?red|unstitched|dead\s+pixels?|seams?\s+(?:split|ripped|came\s+undone))\b",
    re.IGNORECASE,
)
# "not faulty", "nothing wrong with it", "no damage": the buyer says there is no problem.
_NO_PROBLEM = re.compile(
    r"\b(?:not|isn'?t|wasn'?t|nothing(?:\s+is)?|no|without)\s+(?:\w+\s+){0,2}?(?:broken|damaged|defective|faulty|wrong)\b",
    re.IGNORECASE,
)


def reports_problem(text: str) -> bool:
    """True when the buyer says something is broken, faulty, damaged or the wrong item (not negated)."""
    for match in _PROBLEM.finditer(text):
        if not _NO_PROBLEM.search(text[max(0, match.start() - 30) : match.end()]):
            return True
    return False
