"""`phone_number`.

Replies are full of digit runs that are not phone numbers: Amazon order ids
(114-5529301-7781125), tracking numbers (9400 1000 0000 0000 0000 00,
1Z999AA10123456784), dates, prices, quantities. A run is only a phone number
when its shape says so (international prefix, US 3-3-4, a national trunk
"0" with phone-like grouping, digits spaced one by one) or when the words
right before it do ("call", "Tel.", "電話"). Words that introduce ids
("order", "tracking", "Sendungsnummer") veto a run unless a phone word is
closer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from policies.model import Severity, Violation
from policies.textmap import MappedText

_SEP = r" \u00a0\t\-./()\u2010-\u2015\u2212"
# Linear: each step eats one digit or a short separator run that must be
# followed by a digit, so the greedy match just stops where the run ends.
_RUN = re.compile(
    r"(?<![a-z0-9_#$€£¥₹+@])(?<![a-z0-9][\-/.,)])"
    rf"(?P<plus>\+[ \t]?)?(?P<body>\(?\d(?:\d|[{_SEP}]{{1,4}}(?=\d))*\)?)"
)
_GROUP = re.compile(r"(?P<sep>\D*)(?P<digits>\d+)")
_STRONG_SPLIT = re.compile(r"\s*/\s+|\s+/\s*|\s{2,}")
_MAX_GROUPS = 40

_POSITIVE = re.compile(
    r"(?:\b(?:phone|ph|tel|telephone|call|calling|cell|mobile|mob|whats ?app|sms|text (?:me|us)|fax|hotline"
    r"|customer line|service line|phone line|help ?line"
    r"|helpline|ring|dial|reach (?:me|us)(?: on| at)?|(?:be )?reach(?:ed|able) (?:on|at|under)"
    r"|reach (?:them|him|her|it) (?:on|at)|erreichbar (?:unter|über)|joignable au|raggiungibile al"
    r"|(?:my|our) number(?: is)?|telefon\w*|handy\w*"
    r"|rufnummer|mobil\w*|anruf\w*|ruf\w* (?:sie )?(?:uns|mich) an|téléphone|tél|portable|appel\w*"
    r"|teléfono|móvil|movil|llám\w*|llam\w+|celular|telefono|cellulare|chiam\w+|numéro|número|numero"
    r"|viber|wechat|telegram|signal|whats|wasap|guasap|wsp)\b|電話|携帯|連絡先|ファックス|ＴＥＬ)"
)
_NEGATIVE = re.compile(
    r"(?:\b(?:orders?|tracking|track|tracked|shipment|parcel|package|sendung\w*|paket\w*|bestell\w*"
    r"|auftrag\w*|suivi|colis|commande|seguimiento|envío|envio|pedido|spedizione|tracciamento|ordine"
    r"|pacco|invoice|rechnung\w*|facture|factura|fattura|case|ticket|sku|asin|isbn|ean|upc|gtin|model"
    r"|modell|modèle|modelo|modello|part|item|artikel\w*|article|articolo|serial|serie|série|lot|batch"
    r"|sensor|filter|pump|valve|bulb|cartridge|spare|component|firmware|version|teilenummer|ersatzteil\w*|oem|replacement"
    r"|ref|reference|référence|referencia|riferimento|code|id|nr|no|n°|nº|receipt|transaction|sn|imei|ups|fedex"
    r"|vergleichsnummer|oe|herstellernummer|pièce|pieza|ricambio|codice|réf|tva|vat|ust|ust-idnr|iva|siret"
    r"|siren|nif|cif|tax|trn|abn|gst|gstin|steuernummer"
    r"|dhl|usps|hermes|dpd|gls|royal mail|correos|poste|colissimo|chronopost|brt|sda|yamato|sagawa|awb"
    r"|waybill|guía|guia|rastreo|folio|expedición|expedicion|expédition|envoi|seur|mrw|nacex|evri|yodel|label|quantity|qty|price|total|iban|bic|swift|account|konto|plz|zip|postcode|postal)\b"
    r"|追跡|注文|伝票|お問い合わせ番号|問合せ番号|ヤマト|佐川|日本郵便|郵便番号|品番|型番|部品番号)"
)
# A chunk of letters and digits mixed, right before a digit run: the run continues an id ("AA1 01 2345 6784").
_ID_CHUNK_BEFORE = re.compile(r"\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,6} $")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:usd|eur|gbp|jpy|cad|aud|chf|inr|mxn|brl|sek|pln))[ \t]?$")
_UNIT_AFTER = re.compile(
    r"[ \t]?(?:[$€£¥₹%円]|(?:usd|eur|gbp|jpy|yen|dollars?|euros?|pounds?|kg|mg|lbs?|oz|cm|mm|km|ml"
    r"|inch|inches|ft|pcs|pieces?|units?|stück|stk|pezzi|unidades|uds|unités)(?![a-z])|個|枚|本|点)"
)
_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|null|eins|zwei|drei|vier|fünf|sechs|sieben"
    r"|acht|neun|zéro|deux|trois|quatre|cinq|sept|huit|neuf|cero|uno|dos|tres|cuatro|cinco|seis|siete"
    r"|ocho|nueve|due|tre|quattro|cinque|sei|sette|otto|nove"
    # French, Spanish and Italian numbers are read out in pairs, English ones with "double"
    r"|double|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dix|onze|douze|treize"
    r"|quatorze|quinze|seize|vingts|vingt|trente|quarante|cinquante|soixante|diez|once|doce|trece|catorce|quince"
    r"|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|dieci|undici|dodici|venti|trenta"
    r"|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig"
    # teens and the higher tens, which German, Italian and Spanish read out too ("achtzehn-neunzig"), and
    # German "zwo"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dreizehn|vierzehn|fünfzehn|sechzehn"
    r"|siebzehn|achtzehn|neunzehn|sechzig|siebzig|achtzig|neunzig|zwo|tredici|quattordici|quindici|sedici"
    r"|diciassette|diciotto|diciannove|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve)"
)
_SPELLED = re.compile(
    rf"\b{_NUMBER_WORD}(?:[ \t,\-–—/.]{{1,3}}(?:(?:y|e|et|und|and)[ \t]{{1,2}})?{_NUMBER_WORD}\b){{6,18}}"
)

# A North American toll-free number spelled with letters, in capitals as ads print them: 1-800-GRILLPRO,
# (888) GO-FEDEX
_VANITY = re.compile(
    r"(?<![\w,.-])(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ]?(?=(?:[0-9-]*[a-z]){4})"
    r"[a-z0-9]{2,4}[-. ]?[a-z0-9]{3,7}(?![\w-])"
)

# A number in kanji digits, as a Japanese seller may write it to get past a filter: 〇九〇・四四一二・八八七三,
# 〇九〇の七七一二の三〇四八
_KANJI_DIGIT_CHARS = "〇零一二三四五六七八九"
_KANJI_DIGITS = re.compile(rf"[{_KANJI_DIGIT_CHARS}](?:[・\-－ー‐ 　の]?[{_KANJI_DIGIT_CHARS}]){{9,14}}")

# The same in kana readings, which no digit filter sees: ゼロキューゼロ、いちにさんよん、ごろくななはち. Japanese
# numbers start with 0, so the run must open with a reading of zero; that keeps ordinary kana (に, し, ご, く
# are particles and syllables too) from ever reaching ten readings in a row by chance.
_KANA_ZERO = r"(?:ゼロ|ぜろ|れい|レイ|まる|マル)"
# Two and five are drawn out when read aloud in groups: にい, ごお ("ななにいさんいち").
_KANA_DIGIT = (r"(?:ゼロ|ぜろ|れい|レイ|まる|マル|いち|イチ|にい|ニイ|ニー|に|ニ|さん|サン|よん|ヨン|し|シ"
               r"|ごお|ゴオ|ゴー|ご|ゴ|ろく|ロク|なな|ナナ|しち|シチ|はち|ハチ|きゅう|キュウ|きゅー|キュー|く|ク)")
# Between readings: nothing, a space, or a mark or の with spaces around it ("ゼロきゅうはち の ななにいさんいち").
_KANA_SEPARATOR = r"(?:[ 　]?[、，,・\-－ー‐の][ 　]?|[ 　])?"
_KANA_DIGITS = re.compile(_KANA_ZERO + r"(?:" + _KANA_SEPARATOR + _KANA_DIGIT + r"){9,14}")
# Katakana readings alone are no ordinary text, so a shorter run counts: a toll-free number read out with a digit
# dropped ("ゼロイチニーゼロ、ヨンサン、ナナナナハチ", round thirty-five).
_KATAKANA_DIGIT = r"(?:ゼロ|レイ|マル|イチ|ニイ|ニー|ニ|サン|ヨン|ゴオ|ゴー|ゴ|ロク|ナナ|シチ|ハチ|キュウ|キュー)"
_KATAKANA_DIGITS = re.compile(r"(?:ゼロ|レイ|マル)(?:" + _KANA_SEPARATOR + _KATAKANA_DIGIT + r"){8,14}")

EXPLAIN_PHONE = (
    "Phone numbers are not allowed in buyer messages; keep the conversation in Amazon's messaging."
)


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int  # offsets into the folded text
    end: int
    groups: list[str]
    seps: list[str]  # separator before each group (the first is "")
    plus: bool

    @property
    def digits(self) -> str:
        return "".join(self.groups)


def _pieces(text: str, m: re.Match[str], *, split: bool) -> Iterator[_Piece]:
    """Drop date/time chunks ("27.11.2024 10.30") from a digit run and, with
    `split`, cut it at wide gaps ("030 1234567 / 0171 7654321")."""
    body_start = m.start("body")
    body = m.group("body")
    plus = m.group("plus") is not None
    gaps = [(s.start(), s.end()) for s in _STRONG_SPLIT.finditer(body)] if split else []
    cuts = [(0, 0), *gaps, (len(body), len(body))]
    for (_, a), (b, _) in itertools.pairwise(cuts):
        segment = body[a:b]
        if segment.count(" ") > _MAX_GROUPS:
            continue  # a table of numbers, not a reply
        groups: list[tuple[int, int, str, str]] = []  # (start, end, sep, digits) relative to body
        for g in _GROUP.finditer(segment):
            groups.append((a + g.start("digits"), a + g.end("digits"), g.group("sep"), g.group("digits")))
        if not groups:
            continue
        yield from _drop_dates(body_start, groups, plus and a == 0)


def _drop_dates(base: int, groups: list[tuple[int, int, str, str]], plus: bool) -> Iterator[_Piece]:
    # Chunks are the space-separated parts; a chunk that is a date or a time
    # splits the piece.
    chunks: list[list[tuple[int, int, str, str]]] = []
    for g in groups:
        if not chunks or any(c.isspace() for c in g[2]):
            chunks.append([g])
        else:
            chunks[-1].append(g)
    current: list[tuple[int, int, str, str]] = []
    pieces: list[list[tuple[int, int, str, str]]] = []
    for chunk in chunks:
        if _is_date(chunk) or _is_time(chunk):
            if current:
                pieces.append(current)
            current = []
        else:
            current.extend(chunk)
    if current:
        pieces.append(current)
    for piece in pieces:
        yield _Piece(
            start=base + piece[0][0],
            end=base + piece[-1][1],
            groups=[g[3] for g in piece],
            seps=[""] + [g[2] for g in piece[1:]],
            plus=plus and piece[0] is groups[0],
        )


def _is_date(chunk: list[tuple[int, int, str, str]]) -> bool:
    if len(chunk) != 3:
        return False
    seps = {chunk[1][2], chunk[2][2]}
    if len(seps) != 1 or next(iter(seps)) not in {".", "/", "-"}:
        return False
    a, b, c = (g[3] for g in chunk)
    if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
        return 1 <= int(b) <= 12 and 1 <= int(c) <= 31
    if len(a) <= 2 and len(b) <= 2 and len(c) in (2, 4):
        x, y = int(a), int(b)
        return (1 <= x <= 31 and 1 <= y <= 12) or (1 <= x <= 12 and 1 <= y <= 31)
    return False


def _is_time(chunk: list[tuple[int, int, str, str]]) -> bool:
    if len(chunk) != 2 or chunk[1][2] != "." or len(chunk[0][3]) > 2 or len(chunk[1][3]) != 2:
        return False
    return int(chunk[0][3]) <= 24 and int(chunk[1][3]) < 60


def _context(text: str, start: int) -> int:
    """+1 when a phone word is the nearest cue before `start`, -1 for an id
    word, 0 for none."""
    window = text[max(0, start - 40) : start]
    positives = list(_POSITIVE.finditer(window))
    pos = max((m.end() for m in positives), default=-1)
    neg = max((m.end() for m in _NEGATIVE.finditer(window)), default=-1)
    if pos < 0 and neg < 0:
        return 0
    if pos > neg >= 0 and _BARE_NUMBER_WORD.fullmatch(positives[-1].group(0)) and not _CLAUSE_MARK.search(
        window, neg, pos
    ):
        # "La spedizione GLS ha numero 6710 4482 193": after an id word in the same clause a bare "numero" is that
        # id's number, unless a phone word came after the id word too ("per il pacco chiami il numero ...")
        strong = max((m.end() for m in positives if not _BARE_NUMBER_WORD.fullmatch(m.group(0))), default=-1)
        return 1 if strong > neg else -1
    return 1 if pos > neg else -1


_BARE_NUMBER_WORD = re.compile(r"numéro|número|numero")
_CLAUSE_MARK = re.compile(r"[,;:.!?()]")
# "text a photo of the label to 07700 900 312": a number to text is a phone, whatever id word came before
_TEXT_TO_BEFORE = re.compile(r"\b(?:text|sms|whats ?app|imessage)\b[^.!?\n]{0,40}\bto\s*$")


def _is_phone(text: str, p: _Piece) -> bool:
    digits = p.digits
    n = len(digits)
    if n < 7 or n > 15:
        return False
    groups = p.groups
    lengths = [len(g) for g in groups]
    if len(groups) == 3 and lengths == [3, 7, 7]:
        return False  # Amazon order id
    if _TEXT_TO_BEFORE.search(text, max(0, p.start - 60), p.start):
        return True
    context = _context(text, p.start)
    if context < 0:
        # "nous téléphoner avec votre numéro de série sous la main : 514 872-3310": a North American number
        # written as one, after a phone word further back, despite the id word in between
        north_american = lengths in ([3, 3, 4], [1, 3, 3, 4]) and "-" in p.seps[-1]
        return north_american and bool(_POSITIVE.search(text, max(0, p.start - 100), p.start))
    if _CURRENCY_BEFORE.search(text[max(0, p.start - 5) : p.start]) or _UNIT_AFTER.match(text, p.end):
        return False
    if p.plus:
        return n >= 8
    if context > 0:
        return True
    if len(groups) == 1:
        return digits.startswith("00") and n >= 10  # 004930123456
    if all(x == 1 for x in lengths):
        return True  # "5 5 5 1 2 3 4 5 6 7": spelled out to dodge filters
    if digits.startswith("00") and n >= 10:
        return True  # 0049 30 123456
    if lengths in ([3, 3, 4], [1, 3, 3, 4]) and (lengths[0] == 3 or digits[0] == "1"):
        return True  # (555) 123-4567, 1-555-123-4567, 347 123 4567
    tracking_like = all(x == 4 for x in lengths[:-1]) and lengths[-1] <= 4 and n >= 12
    if digits[0] == "0" and 9 <= n <= 12:
        return not (tracking_like and n == 12 and "-" in "".join(p.seps))
    if n == 10 and digits[0] in "6789" and lengths in ([5, 5], [10], [4, 3, 3]):
        # an Indian mobile: 98450 12345. Five and five digits joined by a hyphen are a part number (Toyota's
        # 90080-36193, 85242-47040), the way no one writes a mobile.
        return not (lengths == [5, 5] and "-" in p.seps[-1])
    if n == 9 and digits[0] in "6789" and lengths in ([3, 3, 3], [3, 2, 2, 2], [2, 3, 2, 2]):
        sep_chars = set("".join(p.seps))
        return sep_chars <= {" ", "\u00a0"}  # Spanish 612 34 56 78; "612.345.678" is a number
    return False


def _phone_digits_allowed(digits: str, allowed: list[str]) -> bool:
    d = digits.lstrip("0")
    for a in allowed:
        short, long_ = (a, d) if len(a) <= len(d) else (d, a)
        if len(short) >= 7 and long_.endswith(short) and len(long_) - len(short) <= 3:
            return True
    return False


def find_phones(
    original: str, norm: MappedText, allowed_phone_numbers: Collection[str] = ()
) -> list[Violation]:
    text = norm.text
    allowed = [d.lstrip("0") for d in ("".join(c for c in a if c.isdigit()) for a in allowed_phone_numbers)]
    allowed = [a for a in allowed if a]
    out: list[Violation] = []
    for m in _RUN.finditer(text):
        if m.end("body") - m.start("body") < 7:
            continue  # fewer than 7 characters cannot hold 7 digits
        after = m.end()
        if after < len(text) and (text[after].isascii() and text[after].isalnum()):
            continue  # "12345abc": part of an alphanumeric id
        if _ID_CHUNK_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "1Z 999 AA1 01 2345 6784": the tail of an id written in spaced chunks
        # "030 / 1234567" is one number; "030 1234567 / 0171 7654321" two.
        phones = [p for p in _pieces(text, m, split=False) if _is_phone(text, p)]
        if not phones and _STRONG_SPLIT.search(m.group("body")):
            phones = [p for p in _pieces(text, m, split=True) if _is_phone(text, p)]
        for piece in phones:
            if allowed and _phone_digits_allowed(piece.digits, allowed):
                continue
            start = m.start() if piece.plus else piece.start
            if start > 0 and text[start - 1] == "(":
                start -= 1  # "(555) 123-4567": highlight the parenthesis too
            start, end = norm.span(start, piece.end)
            out.append(
                Violation("phone_number", Severity.BLOCK, original[start:end], start, end, EXPLAIN_PHONE)
            )
    for m in _KANJI_DIGITS.finditer(text):
        if sum(ch in _KANJI_DIGIT_CHARS for ch in m.group(0)) >= 10:
            start, end = norm.span(*m.span())
            out.append(Violation("phone_number", Severity.BLOCK, original[start:end], start, end, EXPLAIN_PHONE))
    kana = list(_KANA_DIGITS.finditer(text))
    kana += [k for k in _KATAKANA_DIGITS.finditer(text) if not any(k.start() < m.end() and m.start() < k.end()
                                                                    for m in kana)]
    for m in kana:
        start, end = norm.span(*m.span())
        out.append(Violation("phone_number", Severity.BLOCK, original[start:end], start, end, EXPLAIN_PHONE))
    for m in _VANITY.finditer(text):
        if _NEGATIVE.search(text, max(0, m.start() - 25), m.start()):
            continue  # "model 800-GRILLPRO": a product code
        start, end = norm.span(*m.span())
        if not all(c.isupper() for c in original[start:end] if c.isalpha()):
            continue  # printed in capitals, as such numbers are; "800 lumens" is prose
        out.append(Violation("phone_number", Severity.BLOCK, original[start:end], start, end, EXPLAIN_PHONE))
    for m in _SPELLED.finditer(text):
        start, end = norm.span(*m.span())
        out.append(Violation("phone_number", Severity.BLOCK, original[start:end], start, end, EXPLAIN_PHONE))
    return out
