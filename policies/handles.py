"""`messenger_handle`: chat apps, social accounts and @handles.

Any mention of an outside chat or social app in a reply to a buyer is an
invitation to leave Amazon, so the app names themselves are flagged. "Line"
and "Signal" are ordinary words and need either their brand spelling (LINE,
Signal mid-sentence) or an "add/contact us on" frame.
"""

from __future__ import annotations

import re
import unicodedata

from policies.model import Severity, Violation
from policies.refusal import ASKED_ABOUT_BEFORE, JA_REFUSAL_AFTER, NEGATION, REFUSAL_AFTER
from policies.textmap import MappedText

# ASCII-letter boundaries instead of \b: "WhatsAppで" has no \b between "p" and "で". The left
# boundary is checked in code so the pattern starts with plain letters (fast to scan for).
_APPS = re.compile(
    r"(?:whats[ \-]?app|wechat|weixin|telegram|skype|viber|kakao[ ]?talk|snapchat|tik[ ]?tok|instagram"
    r"|insta|facebook|fb[ ](?:page|messenger|group)|messenger[ ]app|discord|imessage|threads[ ]app"
    # Mexican and Spanish slang for WhatsApp: "mándanos whats al 55 1234 5678", "escríbeme por wasap"
    r"|whats(?=[ ](?:al|a|to|at|on|me|us|por)\b)|wasap|guasap|wsp"
    r"|twitter|pinterest|youtube[ ]channel|wa\.me|t\.me|m\.me|qq[ ](?:id|number|号)|tele(?=[ ]?@))(?![a-z0-9])"
    r"|微信|ワッツアップ|ウィーチャット|テレグラム|スカイプ|インスタ(?:グラム)?|フェイスブック"
    r"|(?<!オン)(?<!ガイド)ライン(?:id|アカウント|公式|で(?:連絡|友だち|友達|追加|お問い合わせ|ご連絡)"
    r"|に(?:追加|登録)|の(?:id|アカウント|友だち|友達))|ツイッター"
)
# Ordinary words that are also app names: judged on the original spelling.
_AMBIGUOUS = re.compile(r"(?<![a-z0-9])(?:line|signal)(?![a-z0-9])")
_AMBIGUOUS_FRAME = re.compile(
    r"(?:\b(?:add|message|contact|text|chat with|reach|find|follow|write)\s(?:me|us)\s"
    r"(?:on|via|over|through)\s$"
    r"|\b(?:on|via|über|per|sur|par|por|su|tramite|auf)\s$)"
)
_AMBIGUOUS_ID = re.compile(r"\s?id\s?[:：]\s?(?=[a-z0-9_.-]{0,29}[a-z_])[a-z0-9_.-]{4,30}")
_AMBIGUOUS_AFTER = re.compile(r",?\s?(?:id|account|app|messenger|konto|compte|cuenta|:|：|で|の|に|アカウント)")
_HANDLE = re.compile(r"(?<![\w@.\-/])@(?P<name>[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)(?![\w@\-])")
# Brands and product lines written like handles (_product_name): quoted, named as a line, run on by a capitalised word
_QUOTED_BRAND_BEFORE = re.compile(r"['\"«「『“‘]$")
_PRODUCT_LINE_AFTER = re.compile(r"\s?(?:series|range|line|collection|edition|serie|gamme|linea|reihe|kollektion"
                                 r"|シリーズ)\b")
# "@Home Smart Plug", "@Home 1.5L kettle"
_CAPITALISED_WORD_AFTER = re.compile(r" (?:[A-Z][a-z]{2,}\b|\d+(?:[.,]\d+)? ?(?i:l|ml|cm|mm|in|w|v|kg|g|oz|pcs)\b)")
_FOLLOW_BEFORE = re.compile(
    r"\b(?:follow|find|message|dm|contact|reach|add|tag|write|search|look)\w*\b[^.!?\n]{0,25}$|\b(?:on|at|via)\s+['\"]?$"
    r"|\b(?:page|account|handle|profile|username|channel|seite|compte|cuenta|pagina|profil\w*)\s*(?:is|:|ist|est|es|è)?\s*$"
    r"|(?:フォロー|検索|連絡|追加)[^。！？\n]{0,10}$"
)
_TIME_HANDLE = re.compile(r"\d{1,2}(?:[:.]\d{2})?(?:am|pm|h|uhr)?")
# A refusal in the same clause: "we are unable to continue this conversation on WhatsApp", "leider dürfen wir
# Sie nicht per WhatsApp kontaktieren", "お電話やLINEでのご連絡は控えさせていただいております" keep the buyer on
# Amazon. "No need to wait, just WhatsApp us" and "we can't reply here but WhatsApp works" do not.
_REFUSAL_BEFORE = re.compile(NEGATION)
_ASKED_ABOUT_BEFORE = re.compile(ASKED_ABOUT_BEFORE)
_CLAUSE_BREAK = re.compile(
    r"[.!?;:,\n。！？、–—]| - |\b(?:but|aber|sondern|mais|pero|sino|ma|instead|stattdessen|plutôt|invece)\b"
)
_REFUSAL_AFTER = re.compile(
    r"[^。！？\n]{0,30}?" + JA_REFUSAL_AFTER + r"|[^.!?\n]{0,50}?\b" + REFUSAL_AFTER + r"\b"
)
# The buyer's own wish, paraphrased: "Entendemos que prefiera hablarlo por WhatsApp"
_WISH_BEFORE = re.compile(
    r"\b(?:you(?:'d)? (?:prefer|would prefer|would like|want|wish)|prefiera|prefiere|préférez|préféreriez"
    r"|preferisce|preferirebbe|bevorzugen|möchten|wünschen"
    # or understood: "Entendemos que por WhatsApp sería más cómodo, pero..."
    r"|(?:we|i) understand(?: that)?|entendemos que|comprendemos que|(?:nous )?comprenons que|je comprends que"
    r"|entiendo que|comprendo que|capiamo che|comprendiamo che|capisco che|(?:wir )?verstehen,? dass"
    r"|ich verstehe,? dass)\b[^.!?\n]{0,40}$"
)


# The buyer saw something there: "the watch you saw on Instagram" names the app without inviting anyone to it.
_SEEN_BEFORE = re.compile(
    r"\b(?:saw|seen|spotted|noticed|watched|came across|sah|gesehen|vu|visto|vista|vio)\b[^.!?\n]{0,20}?"
    r"\b(?:on|auf|sur|en|su|in)\s$"
)


# The app as what the product is used with: "Viele nutzen es für Videos auf TikTok oder Instagram", "les applis du
# type Instagram ou TikTok". (Not a video call on an app: "possiamo fare una videochiamata su Skype" invites.)
_USED_WITH_BEFORE = re.compile(
    r"(?:\bvideos? (?:auf|on|for|für|sur|en|su|per)|\b(?:works|compatible|fonctionne|funziona|funciona|kompatibel)"
    r" (?:with|avec|con|mit)\b[^.!?\n]{0,40}|\b(?:applis?|apps?) (?:du type|like|such as|wie|come|como)"
    r")\s(?:[\w-]+ (?:ou|or|oder|o|y|e|und|et) )?$"
)


def _refused(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60) : start]
    if (_SEEN_BEFORE.search(before[-40:]) or _WISH_BEFORE.search(before) or _ASKED_ABOUT_BEFORE.search(before)
            or _USED_WITH_BEFORE.search(before)):
        return True
    window = text[max(0, start - 80) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    return bool(_REFUSAL_BEFORE.search(clause) or _REFUSAL_AFTER.match(text, end))

EXPLAIN_APP = (
    "Mentioning chat or social apps invites the buyer off Amazon; keep all contact in Amazon's messaging."
)
EXPLAIN_HANDLE = "Social media or messenger handles are contact details and are not allowed."


def _product_name(original: str, norm: MappedText, a: int, b: int) -> bool:
    """@name printed as a brand or product line prints it, not a handle given to be found: quoted ("the bottle says
    '@Home Fresh'", 「＠desk」は当社チェアのシリーズ名), named as a line ("the @Home series"), or capitalised and run on
    by another capitalised word or a size ("the @Home Smart Plug", "the @Home 1.5L kettle"). A follow or contact word
    before it makes it a handle whatever its shape ("follow us at '@brightlamps'")."""
    text = norm.text
    if _FOLLOW_BEFORE.search(text, max(0, a - 40), a):
        return False
    if _QUOTED_BRAND_BEFORE.search(text, max(0, a - 40), a) or _PRODUCT_LINE_AFTER.match(text, b):
        return True
    start, end = norm.span(a, b)
    return original[start + 1 : end][:1].isupper() and bool(_CAPITALISED_WORD_AFTER.match(original, end))


def find_handles(original: str, norm: MappedText) -> list[Violation]:
    text = norm.text
    out: list[Violation] = []

    def add(a: int, b: int, explanation: str) -> None:
        start, end = norm.span(a, b)
        out.append(
            Violation("messenger_handle", Severity.BLOCK, original[start:end], start, end, explanation)
        )

    for m in _APPS.finditer(text):
        a = m.start()
        if a > 0 and text[a - 1].isascii() and text[a - 1].isalnum():
            continue  # inside a longer word
        if _refused(text, a, m.end()):
            continue
        add(a, m.end(), EXPLAIN_APP)
    for m in _AMBIGUOUS.finditer(text):
        start, end = norm.span(*m.span())
        spelled = original[start:end]
        letters = [c for c in original[max(0, start - 20) : start] + original[end : end + 20] if c.isascii()]
        letters = [c for c in letters if c.isalpha()]
        shouting = bool(letters) and not any(c.islower() for c in letters)  # "READ THE FIRST LINE"
        spelled = unicodedata.normalize("NFKC", spelled)  # ＬＩＮＥ
        brand = (spelled == "LINE" and not shouting) or (spelled == "Signal" and start > 0)
        framed = bool(_AMBIGUOUS_FRAME.search(text[max(0, m.start() - 30) : m.start()]))
        labelled = bool(_AMBIGUOUS_AFTER.match(text, m.end()))
        # "contact our Line ID: rattanhome_id": an ID given, with letters, is the app's however it is framed
        framed = framed or bool(_AMBIGUOUS_ID.match(text, m.end()))
        if ((brand and (framed or labelled or spelled == "LINE")) or (framed and labelled)) and not _refused(
            text, m.start(), m.end()
        ):
            add(m.start(), m.end(), EXPLAIN_APP)
    for m in _HANDLE.finditer(text):
        name = m.group("name")
        if not any(c.isalpha() for c in name) or _TIME_HANDLE.fullmatch(name):
            continue  # "@5pm", "@10", "1個@500円"
        if _product_name(original, norm, m.start(), m.end()):
            continue
        add(m.start(), m.end(), EXPLAIN_HANDLE)
    return out
