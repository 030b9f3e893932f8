"""`external_link` and `email_address`.

Both run on the folded text (see textmap) after obfuscated separators were
turned back into "." and "@" (see separators). How much evidence a candidate
needs depends on how its separators were written and on its TLD (see
lexicon): `shop.example.com` is a link, `arrived.Now` is a missing space.

Every regex here is linear: quantifiers are bounded and candidates are
validated in Python instead of by look-ahead over alternatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policies.lexicon import (
    ABBREVIATIONS,
    ALWAYS_LINK_TLDS,
    AMAZON_REGISTRABLE,
    AMAZON_SHORT_HOSTS,
    AMAZON_SUBDOMAINS,
    COMMON_TLDS,
    FILE_EXTENSION_TLDS,
    SPELLED_FAVOURITES,
    STOPWORDS,
    URL_SHORTENERS,
    WORDLIKE_TLDS,
    ascii_tlds,
    unicode_tlds,
)
from policies.model import Severity, Violation
from policies.separators import (
    AT_WORD,
    DOT_WORD,
    OBFUSCATED,
    PLAIN,
    PROSE_KINDS,
    SENTENCE,
    SPACED,
    WEAK_KINDS,
    WEAK_WORD,
    deobfuscate,
)
from policies.textmap import MappedText, has_lookalikes, normalize

_L = r"a-z0-9\u00df-\u00f6\u00f8-\u024f"  # host label characters (Latin incl. accents)
_LABEL = rf"[{_L}\-]{{1,63}}"
# The look-behind sits after the first character so the pattern starts with a
# character class the regex engine can scan for quickly.
_HOST = re.compile(rf"(?P<host>[{_L}](?<![{_L}\-_][{_L}])[{_L}\-]{{0,62}}(?:\.{_LABEL}){{1,30}})")
_EMAIL = re.compile(
    rf"(?<![{_L}._%+\-])(?P<local>[{_L}._%+\-]{{1,64}})@(?P<domain>{_LABEL}(?:\.{_LABEL}){{1,30}})"
)
_SCHEME_URL = re.compile(
    r"(?<![a-z0-9])(?P<scheme>h[tx]{2}ps?|ftps?)[ \t]{0,2}(?::|;|\[:\]|\(:\))?[ \t]{0,2}/[ \t]{0,2}/"
    r"[ \t]{0,2}(?P<rest>[^\s<>\"'`]{1,2000})"
)
_IP = re.compile(r"\d(?<![\d.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d]|\.\d)")
_TAIL = re.compile(r"[^\s<>\"'`]{0,2000}")
# Japanese and Chinese prose runs straight on from a URL ("（https://www.amazon.co.jp/returns）にて"): a link
# ends at the first full-width or CJK character, or that prose counted as a look-alike of the host.
_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")
_MARKDOWN = re.compile(r"\[[^\[\]\n]{0,300}\]\([ \t]{0,3}(?P<target>[^()\s]{1,2000})[ \t]{0,3}\)")
_HTML_ANCHOR = re.compile(r"<a\b[^<>]{0,1000}>")
_HREF = re.compile(r"href[ \t]{0,3}=[ \t]{0,3}[\"']?(?P<target>[^\"'\s<>]{0,2000})")
_UNICODE_HOST = re.compile(
    r"(?P<host>[^\W_](?<![\w\-][^\W_])[\w\-]{0,62}(?:\.[\w\-]{1,63}){0,10})\.(?P<tld>[^\W\d_]{2,63})(?![\w\-])"
)
_WWW = re.compile(r"www\d{0,3}")
# Cheap gates for the Unicode host scan: a non-ASCII letter right before or after a dot.
_NON_ASCII_DOT = re.compile(r"[^\x00-\x7f][\w\-]{0,62}\.[^\W\d_]")
_DOT_NON_ASCII = re.compile(r"\.[^\x00-\x7f]")
# Country codes that are also words but are what sellers spell out ("shop dot de").
_SPELLED_CCTLDS = frozenset({"de", "at", "es", "it", "uk", "us", "eu", "ca", "io", "me"})
_NATIVE_DOT_TLDS = {"punkt": ("de", "at", "ch"), "punto": ("it", "es"), "point": ("fr", "be")}
_COMPANY_FORM_HEADS = frozenset({"co", "pty", "corp", "inc", "ltd", "bros"})
_COMPANY_FORM_TAILS = frozenset(
    {"ltd", "kg", "llc", "inc", "limited", "ag", "sa", "srl", "spa", "ltda", "gmbh", "kgaa", "sl", "bv", "nv"}
)
_TRAILING_PUNCT = ".,;:!?)]}'\"”’»。、"
# A legal form after a dotted name: the company's own name ("made by Tow-Trust.UK Ltd"), not its web address
_COMPANY_AFTER = re.compile(
    r" (?:" + "|".join(sorted(_COMPANY_FORM_TAILS | _COMPANY_FORM_HEADS | {"plc", "sarl", "sas"})) + r")\b"
)
_OPEN_QUOTES = frozenset("\"'„«「『‚‹")
_CLOSE_QUOTES = frozenset("\"'»」』‹›")
_LINK_INTRO_BEFORE = re.compile(
    r"(?:\b(?:visit|go to|see|check|open|browse|find us|at|on|via|under|unter|auf|besuch\w*|sur|visitez|su|visit\w*"
    r"|en|visite|website|site|webseite|homepage|page|seite|pagina|página|sitio|url|link|shop|store|boutique|tienda"
    r"|negozio)(?:\s+\w+){0,2}|サイト|ホームページ|ページ|url)\s*$"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|these|those|our|your|my|its|each|every|both|a|an)\s$")
# A model code or a size after the name: "Casa.Net T2", "la carafe Bio.Net de 2,4 L"
_MODEL_AFTER = re.compile(
    r" (?:(?=[a-z]{0,4}\d)[a-z0-9-]{1,8}\b(?![.,]\d)"
    r"|(?:de |of |da |von )?\d+(?:[.,]\d+)? ?(?:l|ml|cl|cm|mm|in|w|v|kg|g|oz)\b)"
)
_NOUN_AFTER = re.compile(r"\s([a-z][a-z-]+)\b")
_WEB_NOUNS = frozenset({
    "website", "site", "web", "webpage", "page", "homepage", "shop", "store", "webshop", "app", "link", "portal",
    "online", "account", "blog", "team", "support", "domain", "address", "url", "login", "form", "newsletter",
    "community", "forum", "channel", "is", "was", "has", "will", "and", "or", "for", "to", "with", "on", "at",
})
_VERSION_BEFORE = re.compile(r"(?:v|ver|version|versión|versione|fw|firmware)[ .:]{0,2}$")

EXPLAIN_LINK = (
    "Links are not allowed in buyer messages except to Amazon's own pages; "
    "an outside link can get your messaging restricted."
)
EXPLAIN_SHORTENER = "URL shorteners hide where a link goes and are treated as outside links."
EXPLAIN_LOOKALIKE = "This looks like an Amazon address but is not one of Amazon's domains."
EXPLAIN_SELLER_CENTRAL = "Seller Central is not a buyer-facing Amazon page; do not link buyers to it."
EXPLAIN_IP = "Links to IP addresses are outside links and are not allowed."
EXPLAIN_MARKUP = "Markdown/HTML links are not allowed; only plain Amazon links are."
EXPLAIN_EMAIL = (
    "E-mail addresses are not allowed in buyer messages; buyers reach you through Amazon's messaging."
)


@dataclass(frozen=True, slots=True)
class _Hit:
    rule: str
    start: int  # original offsets
    end: int
    explanation: str


def _is_amazon_host(host: str) -> bool:
    if host in AMAZON_SHORT_HOSTS or host in AMAZON_REGISTRABLE:
        return True
    first, _, rest = host.partition(".")
    return first in AMAZON_SUBDOMAINS and rest in AMAZON_REGISTRABLE


def _explain_host(host: str) -> str:
    if host in URL_SHORTENERS:
        return EXPLAIN_SHORTENER
    if "sellercentral" in host or "vendorcentral" in host:
        return EXPLAIN_SELLER_CENTRAL
    squashed = host.replace("0", "o").replace("1", "l").replace("-", "")
    if "amazon" in squashed or "amzn" in squashed or "amaz" in host:
        return EXPLAIN_LOOKALIKE
    return EXPLAIN_LINK


def _trim_to_tld(labels: list[str]) -> int:
    """Number of leading labels that form a host ending in a real TLD (0 if none)."""
    tlds = ascii_tlds()
    for k in range(len(labels), 1, -1):
        tld = labels[k - 1]
        if tld in tlds:
            return k
    return 0


_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "gob", "gouv"})


def _second_level(labels: list[str]) -> bool:
    """"shop.co.uk", "tienda.com.mx": a country-code TLD under a registry suffix is no word."""
    return len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL


def _common_tld(tld: str) -> bool:
    return tld in COMMON_TLDS or (len(tld) == 2 and tld in ascii_tlds())


def _title_case(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower()


class _Scan:
    """One pass of link/e-mail detection over one text."""

    def __init__(self, original: str, norm: MappedText) -> None:
        self.original = original
        self.norm = norm
        self.deob = deobfuscate(norm)
        self.text = self.deob.mapped.text
        self.kinds = self.deob.kinds
        self.hits: list[_Hit] = []
        # Characters of self.text already explained by a finding or an allowed Amazon link.
        self.claimed_mask = bytearray(len(self.text))

    # -- helpers -----------------------------------------------------------
    def _orig(self, a: int, b: int) -> tuple[int, int]:
        return self.deob.mapped.span(a, b)

    def _claimed(self, a: int, b: int) -> bool:
        return self.claimed_mask.find(1, a, b) != -1

    def _claim(self, a: int, b: int) -> None:
        self.claimed_mask[a:b] = b"\x01" * (b - a)

    def _add(self, rule: str, a: int, b: int, explanation: str) -> None:
        start, end = self._orig(a, b)
        self.hits.append(_Hit(rule, start, end, explanation))
        self._claim(a, b)

    def _extend_tail(self, end: int) -> int:
        """Extend a host match over a path/port/query, minus trailing punctuation."""
        text = self.text
        port = text[end : end + 1] == ":" and text[end + 1 : end + 2].isdigit()
        if end < len(text) and (text[end] in "/?#" or port):
            m = _TAIL.match(text, end)
            if m:
                end = self._stop_at_prose(end, m.end())
                while end > 0 and text[end - 1] in _TRAILING_PUNCT:
                    end -= 1
        return end

    def _stop_at_prose(self, a: int, b: int) -> int:
        """A URL ends before a separator that was written with spaces ("... . Thanks"), or at wide text."""
        kinds = self.kinds
        wide = _WIDE.search(self.text, a, b)
        if wide:
            b = wide.start()
        for i in range(a, b):
            if kinds[i] in PROSE_KINDS:
                return i
        return b

    def _original_is_lookalike(self, a: int, b: int) -> bool:
        start, end = self._orig(a, b)
        return has_lookalikes(self.original[start:end])

    def _separator_kinds(self, a: int, b: int, char: str) -> set[int]:
        text, kinds = self.text, self.kinds
        return {kinds[i] for i in range(a, b) if text[i] == char}

    # -- URL with a scheme ---------------------------------------------------
    def scheme_urls(self) -> None:
        if "/" not in self.text:
            return
        for m in _SCHEME_URL.finditer(self.text):
            a = m.start()
            b = self._stop_at_prose(m.start("rest"), m.end())
            while b > m.start("rest") and self.text[b - 1] in _TRAILING_PUNCT:
                b -= 1
            rest = self.text[m.start("rest") : b]
            authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
            host = authority.rsplit("@", 1)[-1]
            host = host[1:].split("]")[0] if host.startswith("[") else host.split(":")[0]
            host = host.strip(".")
            lookalike = self._original_is_lookalike(a, b)
            if _is_amazon_host(host) and not lookalike and m.group("scheme").startswith("http"):
                self._claim(a, b)  # Amazon's own link: explained, allowed
                continue
            self._add("external_link", a, b, _explain_host(host) if host else EXPLAIN_LINK)

    # -- e-mail addresses ------------------------------------------------------
    def emails(self) -> None:
        text = self.text
        if "@" not in text:
            return
        for m in _EMAIL.finditer(text):
            at = m.start("domain") - 1
            labels = m.group("domain").split(".")
            k = _trim_to_tld(labels)
            if k < 2:
                continue
            local_start = m.start("local")
            # "your message. john@x.com" was rewritten to "message.john@x.com": the
            # address starts after the last prose dot.
            for i in range(m.end("local") - 1, local_start - 1, -1):
                if self.kinds[i] in WEAK_KINDS:
                    local_start = i + 1
                    break
            raw_local = text[local_start : m.end("local")]
            local = raw_local.strip("._-")
            if not local:
                continue
            dom_end = m.start("domain") + len(".".join(labels[:k]))
            domain = ".".join(labels[:k])
            at_kind = self.kinds[at]
            if at_kind == AT_WORD:
                # "us at amazon.com", "at home. Me too", "the guide at www.x.com/y": prose unless
                # both sides look like an address.
                if local in STOPWORDS or local.isdigit() or _is_amazon_host(domain):
                    continue
                if _WWW.fullmatch(labels[0]) or self._extend_tail(dom_end) > dom_end:
                    continue
                dot_kinds = self._separator_kinds(m.start("domain"), dom_end, ".")
                if dot_kinds & WEAK_KINDS and not self._weak_host_ok(
                    labels[:k], m.start("domain"), dom_end, spaced=bool(dot_kinds & {SPACED, SENTENCE})
                ):
                    continue
            a = local_start + (len(raw_local) - len(raw_local.lstrip("._-")))
            if self._claimed(a, dom_end):
                continue
            if at_kind == AT_WORD:
                # "the form at acmeparts.com" reads the same as "support at acmeparts.com": report
                # the address but leave the host to the link check as well.
                start, end = self._orig(a, dom_end)
                self.hits.append(_Hit("email_address", start, end, EXPLAIN_EMAIL))
                continue
            self._add("email_address", a, dom_end, EXPLAIN_EMAIL)

    # -- bare hosts ------------------------------------------------------------
    def _tld_original(self, tld_start: int, tld_end: int) -> str:
        start, end = self._orig(tld_start, tld_end)
        return self.original[start:end]

    def _weak_host_ok(self, labels: list[str], a: int, b: int, *, spaced: bool) -> bool:
        """Evidence check for hosts whose dots are written as prose ("shop . com", "shop point com")."""
        tld = labels[-1]
        if not _common_tld(tld) or any(label in STOPWORDS for label in labels[:-1]):
            return False
        if tld in WORDLIKE_TLDS and not _second_level(labels) and not self._native_dot_word(a, b, tld):
            return False
        if spaced:
            tld_start = b - len(tld)
            if _title_case(self._tld_original(tld_start, b)):
                return False  # "... arrived. Com..." reads as a new sentence
            if len(labels) == 2 and labels[0] in _COMPANY_FORMS:
                return False  # "Weave & Co. SG", "Smith Bros. UK": a company's name, not a host
        return len(labels[-2]) >= 2

    def _dot_word_title_case(self, a: int, b: int, tld: str) -> bool:
        dot = b - len(tld) - 1
        start, end = self._orig(dot, dot + 1)
        return _title_case(self.original[start:end].strip())

    def _native_dot_word(self, a: int, b: int, tld: str) -> bool:
        """"shop punkt de", "negozio punto it": the local word for "dot" before
        that country's own TLD is a spelled-out link even though "de"/"it" are words."""
        dot = b - len(tld) - 1
        if dot < a or self.kinds[dot] != WEAK_WORD:
            return False
        start, end = self._orig(dot, dot + 1)
        word = self.original[start:end].strip().lower()
        return tld in _NATIVE_DOT_TLDS.get(word, ())

    def hosts(self) -> None:
        text = self.text
        if "." not in text:
            return
        for m in _HOST.finditer(text):
            for a, labels in self._host_readings(m.start("host"), m.group("host")):
                self._judge_host(a, labels)

    def _host_readings(self, a: int, candidate: str) -> list[tuple[int, list[str]]]:
        """Ways to read a candidate that went through separator rewriting.

        "Thanks for your message. amazon.com" became "message.amazon.com": a
        sentence end (". ") splits the candidate, and so does a prose dot in
        front of a part with a literal dot of its own. Only when no part has two
        labels is the whole read as one spelled-out host ("www . shop . com",
        "shop. com")."""
        kinds, labels = self.kinds, candidate.split(".")
        chunks: list[list[tuple[int, list[str]]]] = [[(a, [labels[0]])]]
        pos = a + len(labels[0])
        for label in labels[1:]:
            kind = kinds[pos]
            if kind == SENTENCE:
                chunks.append([(pos + 1, [label])])
            elif kind in WEAK_KINDS:
                chunks[-1].append((pos + 1, [label]))
            else:
                chunks[-1][-1][1].append(label)
            pos += 1 + len(label)
        readings: list[tuple[int, list[str]]] = []
        for segments in chunks:
            multi = [seg for seg in segments if len(seg[1]) >= 2]
            if multi:
                readings += multi
            elif len(segments) >= 2:
                readings.append((segments[0][0], [seg[1][0] for seg in segments]))
        return readings or [(a, labels)]

    def _judge_host(self, a: int, labels: list[str]) -> None:
        if (
            len(labels) >= 3 and _WWW.fullmatch(labels[0]) and labels[-1].isalpha() and len(labels[-1]) >= 2
            and labels[-1].lower() not in ascii_tlds()
        ):
            # "www." announces a web address whatever it ends in: reserved (.example), private (.lan)
            # or brand-new names are still links a buyer can follow. (Known endings take the path below.)
            b = a + len(".".join(labels))
            plain = not (self._separator_kinds(a, b, ".") - {PLAIN})
            if plain and not self._claimed(a, b) and not _is_amazon_host(".".join(labels)):
                self._add("external_link", a, self._extend_tail(b), _explain_host(".".join(labels)))
                return
        k = _trim_to_tld(labels)
        if k < 2:
            return
        labels = labels[:k]
        b = a + len(".".join(labels))
        if self._claimed(a, b):
            return
        tld = labels[-1]
        if not tld.isalpha() or tld not in ascii_tlds():
            return
        host = ".".join(labels)
        has_www = bool(_WWW.fullmatch(labels[0])) and k >= 3
        end = self._extend_tail(b)
        has_path = end > b
        kinds = self._separator_kinds(a, b, ".")
        strong_evidence = has_www or has_path or OBFUSCATED in kinds
        if not strong_evidence and not self._host_evidence(labels, a, b, kinds):
            return
        if _is_amazon_host(host) and not self._original_is_lookalike(a, b):
            self._claim(a, end)
            return
        self._add("external_link", a, end, _explain_host(host))

    def _host_evidence(self, labels: list[str], a: int, b: int, kinds: set[int]) -> bool:
        tld, sld = labels[-1], labels[-2]
        if kinds & WEAK_KINDS:
            return self._weak_host_ok(labels, a, b, spaced=bool(kinds & {SPACED, SENTENCE}))
        if DOT_WORD in kinds:
            # "shop dot com" yes; "Echo Dot Kids", "Echo Dot de Amazon" no.
            common = _common_tld(tld) and (
                tld not in WORDLIKE_TLDS
                or tld in SPELLED_FAVOURITES
                or _second_level(labels)
                # "shop dot de" yes; "Echo Dot de Amazon" (a product name), "a red dot in" no
                or (tld in _SPELLED_CCTLDS and not self._dot_word_title_case(a, b, tld))
            )
            return common and sld not in STOPWORDS
        # Only literal dots from here on.
        if len(labels) == 2:
            if tld in FILE_EXTENSION_TLDS:
                return False  # "manual.zip": an attachment name
            if sld in _COMPANY_FORM_HEADS and tld in _COMPANY_FORM_TAILS:
                return False  # "ACME CO.LTD", "GmbH & Co.KG"
            if tld in WORDLIKE_TLDS and (
                sld in STOPWORDS or sld in ABBREVIATIONS or sld.isdigit() or len(sld) == 1
            ):
                return False  # "it.is", "5.in", "bzw.am Montag", "t.me" without a path
            if sld.isdigit() and self._tld_original(b - len(tld), b).isupper():
                return False  # "Luftfilter 1444.TK": a part number
            if _COMPANY_AFTER.match(self.text, b):
                return False  # "made by Tow-Trust.UK Ltd": a company's registered name
            if self._quoted_name(a, b):
                return False  # der Hersteller heißt „Schraub.bar“, 「LUNA.skin」の化粧水: a brand as it is printed
            if self._brand_before_noun(a, b, sld):
                return False  # "The Kitchen.io scale takes 2 x AAA batteries": a brand naming the product
            if tld not in ALWAYS_LINK_TLDS and _title_case(self._tld_original(b - len(tld), b)):
                dot = b - len(tld) - 1
                last_of_sld = self.original[self._orig(dot - 1, dot)[1] - 1]
                if last_of_sld.islower():
                    return False  # "arrived.Now we...": a missing space, not a host
        return True

    def _quoted_name(self, a: int, b: int) -> bool:
        """A dotted name in quotes, with nothing before it that sends the buyer somewhere ("visit „shop.de“")."""
        text = self.text
        if a == 0 or b >= len(text) or text[a - 1] not in _OPEN_QUOTES or text[b] not in _CLOSE_QUOTES:
            return False
        return not _LINK_INTRO_BEFORE.search(text, max(0, a - 40), a - 1)

    def _brand_before_noun(self, a: int, b: int, sld: str) -> bool:
        """A capitalised name with a dot between a determiner and the thing it names ("the Kitchen.io scale",
        "our Home.co throws"); "the Kitchen.io website" or "the Kitchen.io team" still point somewhere."""
        start, end = self._orig(a, a + len(sld))
        name = self.original[start:end]
        if not _title_case(name) or _LINK_INTRO_BEFORE.search(self.text, max(0, a - 40), a):
            return False
        if _MODEL_AFTER.match(self.text, b):
            return True  # "il termostato smart Casa.Net T2": a product and its model
        if not _DETERMINER_BEFORE.search(self.text, max(0, a - 12), a):
            return False
        noun = _NOUN_AFTER.match(self.text, b)
        return noun is not None and noun.group(1) not in _WEB_NOUNS

    # -- IP addresses ------------------------------------------------------------
    def ips(self) -> None:
        text = self.text
        for m in _IP.finditer(text):
            a, b = m.span()
            if self._claimed(a, b):
                continue
            if self._separator_kinds(a, b, ".") - {PLAIN, OBFUSCATED}:
                continue  # "Step 1. 2. 3. 4." is a list, not an address
            if any(int(part) > 255 for part in m.group(0).split(".")):
                continue
            if _VERSION_BEFORE.search(text[max(0, a - 12) : a]):
                continue
            self._add("external_link", a, self._extend_tail(b), EXPLAIN_IP)

    # -- markup links (on the folded text, before separator rewriting) -------------
    def markup(self) -> None:
        norm = self.norm
        if "](" not in norm.text and "<a" not in norm.text:
            return
        for m in _MARKDOWN.finditer(norm.text):
            target_start, target_end = norm.span(*m.span("target"))
            if not _is_amazon_url(m.group("target")) or has_lookalikes(
                self.original[target_start:target_end]
            ):
                start, end = norm.span(*m.span())
                self.hits.append(_Hit("external_link", start, end, EXPLAIN_MARKUP))
        for m in _HTML_ANCHOR.finditer(norm.text):
            start, end = norm.span(*m.span())
            href = _HREF.search(m.group(0))
            lookalike = has_lookalikes(self.original[start:end])
            if href and (not _is_amazon_url(href.group("target")) or lookalike):
                self.hits.append(_Hit("external_link", start, end, EXPLAIN_MARKUP))

    # -- hosts written with non-Latin labels or IDN TLDs (пример.рф, 例え.jp) --------
    def unicode_hosts(self) -> None:
        if self.text.isascii() or not (_NON_ASCII_DOT.search(self.text) or _DOT_NON_ASCII.search(self.text)):
            return
        folded_tlds = _folded_unicode_tlds()
        tlds = ascii_tlds()
        for m in _UNICODE_HOST.finditer(self.text):
            a, b = m.span()
            if self._claimed(a, b) or self._separator_kinds(a, b, ".") - {PLAIN, OBFUSCATED}:
                continue
            tld = m.group("tld")
            host = m.group("host")
            if tld in folded_tlds or (tld in tlds and tld not in WORDLIKE_TLDS and not host.isascii()):
                self._add("external_link", a, self._extend_tail(b), EXPLAIN_LINK)


_URL_HOST = re.compile(r"(?:https?://)?([^/?#:\s]{1,300})")


def _is_amazon_url(target: str) -> bool:
    m = _URL_HOST.match(target.strip().lower())
    return m is not None and _is_amazon_host(m.group(1))


@lru_cache(maxsize=1)
def _folded_unicode_tlds() -> frozenset[str]:
    """IDN TLDs folded like the text is (Cyrillic р in "рф" becomes a Latin p)."""
    return frozenset(normalize(t).text for t in unicode_tlds())


# Abbreviated company forms that end with a dot in a signature, before a country code.
_COMPANY_FORMS = frozenset({"co", "bros", "ltd", "inc", "corp", "llc", "plc", "pty", "pte"})


# An address read out in words, the way one is dictated: "service, then the at sign, then elektrofix, dot, de"
_NARRATED_AT = re.compile(
    r"\b(?:the )?(?:at|@)[ -]?(?:sign|symbol)\b|\bklammeraffen?\b|\bsigne arobase\b|\bsimbolo (?:della )?chiocciola\b"
    r"|\bsímbolo (?:de )?arroba\b|アットマーク"
)
_NARRATED_DOT = re.compile(r"\b(?:dot|punkt|point|punto)\b|ドット")
_NEXT_WORD = re.compile(r"[\s,;:'\"]*[\w-]+")


def _narrated_emails(norm: MappedText) -> list[tuple[int, int]]:
    text = norm.text
    spans = []
    for m in _NARRATED_AT.finditer(text):
        dot = _NARRATED_DOT.search(text, m.end(), m.end() + 60)
        if dot is None:
            continue
        tail = _NEXT_WORD.match(text, dot.end())
        spans.append(norm.span(m.start(), tail.end() if tail else dot.end()))
    return spans


# "info（あっと）kireiya-cosme（どっと）jp", "sales (at) shop (dot) com": the signs written as words in brackets
_BRACKETED_EMAIL = re.compile(
    r"(?<![\w@.-])[a-z0-9][a-z0-9._-]{1,63} ?[(\[{] ?(?:at|あっと|アット|アットマーク) ?[)\]}] ?[a-z0-9][a-z0-9-]{1,62}"
    r"(?: ?[(\[{] ?(?:dot|どっと|ドット) ?[)\]}] ?[a-z0-9-]{2,24})+"
)


def _bracketed_emails(norm: MappedText) -> list[tuple[int, int]]:
    return [norm.span(m.start(), m.end()) for m in _BRACKETED_EMAIL.finditer(norm.text)]


# An address spelled out letter by letter so no filter sees it: "k i r a n b o o k s @ y a h o o . c o . i n"
_LETTER_SPACED_EMAIL = re.compile(
    r"(?<![\w@.])[a-z0-9](?: [a-z0-9._-]){1,63} ?@ ?[a-z0-9](?: [a-z0-9.-]){3,80}(?![\w@])"
)
_COLLAPSED_EMAIL = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?P<tld>[a-z]{2,24})")


def _letter_spaced_emails(norm: MappedText) -> list[tuple[int, int]]:
    tlds = ascii_tlds()
    spans = []
    for m in _LETTER_SPACED_EMAIL.finditer(norm.text):
        collapsed = _COLLAPSED_EMAIL.fullmatch(m.group(0).replace(" ", ""))
        if collapsed and collapsed.group("tld") in tlds:
            spans.append(norm.span(m.start(), m.end()))
    return spans


# A shop's address broken over two lines of a signature, so no single line holds it: "Inis Yarns\ninisyarns\n.ie"
_SPLIT_HOST = re.compile(r"(?<![\w.@-])([a-z0-9][a-z0-9-]{2,})[ \t]*\n[ \t]*\.([a-z]{2,6})(?![\w.@-])")


def _split_hosts(norm: MappedText) -> list[tuple[int, int, str]]:
    tlds = ascii_tlds()
    return [(*norm.span(m.start(), m.end()), f"{m.group(1)}.{m.group(2)}") for m in _SPLIT_HOST.finditer(norm.text)
            if m.group(2) in tlds and not _is_amazon_host(f"{m.group(1)}.{m.group(2)}")]


def find_links_and_emails(original: str, norm: MappedText) -> list[Violation]:
    scan = _Scan(original, norm)
    scan.markup()
    scan.scheme_urls()
    scan.emails()
    scan.hosts()
    scan.ips()
    scan.unicode_hosts()
    found = [
        Violation(h.rule, Severity.BLOCK, original[h.start : h.end], h.start, h.end, h.explanation)
        for h in scan.hits
    ]
    emails = [(v.start, v.end) for v in found if v.rule == "email_address"]
    found += [Violation("email_address", Severity.BLOCK, original[a:b], a, b, EXPLAIN_EMAIL)
              for a, b in _narrated_emails(norm) + _letter_spaced_emails(norm) + _bracketed_emails(norm)
              if not any(a < e and s < b for s, e in emails)]
    found += [Violation("external_link", Severity.BLOCK, original[a:b], a, b, _explain_host(host))
              for a, b, host in _split_hosts(norm)]
    return found
