"""`external_link` and `email_address`.

Both start from the folded text (see textmap) with obfuscated separators
turned back into "." and "@" (`example dot com`, `name [at] shop (.) com`,
`www . example . com`). Each rewritten separator remembers how it was written
so the evidence needed can depend on it: a literal dot is strong, a bracketed
or spelled "dot" is deliberate obfuscation, while ". " and the words
"point"/"punto"/"punkt" are ordinary prose most of the time.

Every regex here is linear: quantifiers are bounded and candidates are
validated in Python instead of by look-ahead over alternatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policies.lexicon import (
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
from policies.textmap import MappedText, has_lookalikes, normalize

# How a separator was written.
PLAIN = 0  # a literal "." / "@" (including full-width forms after NFKC)
OBFUSCATED = 1  # [.] (dot) {at} &#46; ... : nobody writes these by accident
DOT_WORD = 2  # " dot " / "ドット"
WEAK_WORD = 3  # " punkt " / " point " / " punto ": common words too
SPACED = 4  # " . ", ". ", "。": every sentence end looks like this
AT_WORD = 5  # " at ", " arroba ": ordinary prose most of the time

# Separator cores. Each regex starts with a plain character or a character
# class, which the regex engine scans for quickly; the spaces around a core
# are taken in by `_separators`.
_MARK_CORES = re.compile(
    r"[\[({<][ \t]{0,2}(?:\.|dot|punkt|point|punto|ドット|at|@|arroba|arobase|chiocciola|アット)[ \t]{0,2}[\])}>]"
    r"|&(?:\#0{0,3}46;|\#x0{0,3}2e;|period;|\#0{0,3}64;|\#x0{0,3}40;|commat;)"
    r"|[.。@]"
)
_WORD_CORES = re.compile(
    "|".join(w + r"(?=[ \t])" for w in ("dot", "punkt", "point", "punto", "at", "ät", "arroba", "arobase", "chiocciola"))
    + "|ドット|アットマーク|アット"
)
_BRACKET_INNER = re.compile(r"[ \t]")
_DOT_INNERS = frozenset({".", "dot", "punkt", "point", "punto", "ドット"})
_DOT_ENTITIES = frozenset({"&period;"}) | {f"&#{z}46;" for z in ("", "0", "00", "000")} | {
    f"&#x{z}2e;" for z in ("", "0", "00", "000")
}
_WORD_HINTS = ("dot", "punkt", "point", "punto", "at", "ät", "arroba", "arobase", "chiocciola", "ドット", "アット")
_WORD_KIND = {
    "dot": (".", DOT_WORD), "punkt": (".", WEAK_WORD), "point": (".", WEAK_WORD),
    "punto": (".", WEAK_WORD), "at": ("@", AT_WORD), "ät": ("@", AT_WORD), "arroba": ("@", AT_WORD),
    "arobase": ("@", AT_WORD), "chiocciola": ("@", AT_WORD),
}


@dataclass(frozen=True, slots=True)
class Deobfuscated:
    mapped: MappedText
    kinds: list[int]  # per character of mapped.text; separators carry their kind


def _spaces(text: str, i: int, step: int) -> int:
    """Number of spaces/tabs (at most 3) next to position i going in direction step."""
    n = 0
    j = i if step > 0 else i - 1
    while n < 3 and 0 <= j < len(text) and text[j] in " \t":
        n += 1
        j += step
    return n


def _separators(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, replacement, kind) for every obfuscated separator, in order."""
    cores: list[tuple[int, int, str, int]] = []
    for m in _MARK_CORES.finditer(text):
        a, b = m.span()
        core = m.group(0)
        if core[0] in "[({<":
            inner = _BRACKET_INNER.sub("", core[1:-1])
            cores.append((a, b, "." if inner in _DOT_INNERS else "@", OBFUSCATED))
        elif core[0] == "&":
            cores.append((a, b, "." if core in _DOT_ENTITIES else "@", OBFUSCATED))
        elif core == "。":
            cores.append((a, b, ".", SPACED))
        elif _spaces(text, a, -1) or _spaces(text, b, 1):
            cores.append((a, b, core, SPACED if core == "." else PLAIN))
        # else: a plain "." or "@" needs no rewriting
    if any(w in text for w in _WORD_HINTS):
        for m in _WORD_CORES.finditer(text):
            a, b = m.span()
            word = m.group(0)
            if word == "ドット":
                cores.append((a, b, ".", DOT_WORD))
            elif word.startswith("アット"):
                cores.append((a, b, "@", AT_WORD))
            elif a > 0 and text[a - 1] in " \t":
                char, kind = _WORD_KIND[word]
                cores.append((a, b, char, kind))
        cores.sort()
    out: list[tuple[int, int, str, int]] = []
    last_end = 0
    for a, b, char, kind in cores:
        if a < last_end:
            continue
        a, b = max(a - _spaces(text, a, -1), last_end), b + _spaces(text, b, 1)
        out.append((a, b, char, kind))
        last_end = b
    return out


def deobfuscate(norm: MappedText) -> Deobfuscated:
    text = norm.text
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[int] = []
    pos = 0
    for a, b, char, kind in _separators(text):
        if a < pos:
            continue
        pieces.append(text[pos:a])
        starts.extend(norm.starts[pos:a])
        ends.extend(norm.ends[pos:a])
        kinds.extend([PLAIN] * (a - pos))
        o_start, o_end = norm.span(a, b)
        pieces.append(char)
        starts.append(o_start)
        ends.append(o_end)
        kinds.append(kind)
        pos = b
    if not pieces:
        return Deobfuscated(norm, [PLAIN] * len(text))
    pieces.append(text[pos:])
    starts.extend(norm.starts[pos:])
    ends.extend(norm.ends[pos:])
    kinds.extend([PLAIN] * (len(text) - pos))
    return Deobfuscated(MappedText("".join(pieces), starts, ends, norm.original_length), kinds)


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
_TRAILING_PUNCT = ".,;:!?)]}'\"”’»。、"
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
        self.claimed: list[tuple[int, int]] = []  # deob spans already explained

    # -- helpers -----------------------------------------------------------
    def _orig(self, a: int, b: int) -> tuple[int, int]:
        return self.deob.mapped.span(a, b)

    def _claimed(self, a: int, b: int) -> bool:
        return any(a < cb and ca < b for ca, cb in self.claimed)

    def _add(self, rule: str, a: int, b: int, explanation: str) -> None:
        start, end = self._orig(a, b)
        self.hits.append(_Hit(rule, start, end, explanation))
        self.claimed.append((a, b))

    def _extend_tail(self, end: int) -> int:
        """Extend a host match over a path/port/query, minus trailing punctuation."""
        text = self.text
        if end < len(text) and (text[end] in "/?#" or (text[end] == ":" and text[end + 1 : end + 2].isdigit())):
            m = _TAIL.match(text, end)
            if m:
                end = m.end()
                while end > 0 and text[end - 1] in _TRAILING_PUNCT:
                    end -= 1
        return end

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
            b = m.end()
            while b > m.start("rest") and self.text[b - 1] in _TRAILING_PUNCT:
                b -= 1
            rest = self.text[m.start("rest") : b]
            authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
            host = authority.rsplit("@", 1)[-1]
            host = host[1:].split("]")[0] if host.startswith("[") else host.split(":")[0]
            host = host.strip(".")
            lookalike = self._original_is_lookalike(a, b)
            if _is_amazon_host(host) and not lookalike and m.group("scheme").startswith("http"):
                self.claimed.append((a, b))  # Amazon's own link: explained, allowed
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
                if self.kinds[i] in (SPACED, WEAK_WORD):
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
                if dot_kinds & {SPACED, WEAK_WORD} and not self._weak_host_ok(
                    labels[:k], m.start("domain"), dom_end, spaced=SPACED in dot_kinds
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
        """Split a candidate at prose dots ("message. amazon.com" was rewritten to
        "message.amazon.com"): parts with a literal dot of their own are hosts on
        their own; only a candidate made entirely of prose dots ("www . shop . com")
        is read as one spelled-out host."""
        kinds, labels = self.kinds, candidate.split(".")
        segments: list[tuple[int, list[str]]] = [(a, [labels[0]])]
        pos = a + len(labels[0])
        for label in labels[1:]:
            if kinds[pos] in (SPACED, WEAK_WORD):
                segments.append((pos + 1, [label]))
            else:
                segments[-1][1].append(label)
            pos += 1 + len(label)
        if len(segments) == 1:
            return segments
        multi = [seg for seg in segments if len(seg[1]) >= 2]
        return multi or [(a, labels)]

    def _judge_host(self, a: int, labels: list[str]) -> None:
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
            self.claimed.append((a, end))
            return
        self._add("external_link", a, end, _explain_host(host))

    def _host_evidence(self, labels: list[str], a: int, b: int, kinds: set[int]) -> bool:
        tld, sld = labels[-1], labels[-2]
        if kinds & {SPACED, WEAK_WORD}:
            return self._weak_host_ok(labels, a, b, spaced=SPACED in kinds)
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
            if tld in WORDLIKE_TLDS and (sld in STOPWORDS or sld.isdigit()):
                return False  # "it.is", "5.in"
            if tld not in ALWAYS_LINK_TLDS and _title_case(self._tld_original(b - len(tld), b)):
                dot = b - len(tld) - 1
                last_of_sld = self.original[self._orig(dot - 1, dot)[1] - 1]
                if last_of_sld.islower():
                    return False  # "arrived.Now we...": a missing space, not a host
        return True

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
            if not _is_amazon_url(m.group("target")):
                start, end = norm.span(*m.span())
                self.hits.append(_Hit("external_link", start, end, EXPLAIN_MARKUP))
        for m in _HTML_ANCHOR.finditer(norm.text):
            href = _HREF.search(m.group(0))
            if href and not _is_amazon_url(href.group("target")):
                start, end = norm.span(*m.span())
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


_FOLDED_UNICODE_TLDS: frozenset[str] | None = None


def _folded_unicode_tlds() -> frozenset[str]:
    global _FOLDED_UNICODE_TLDS
    if _FOLDED_UNICODE_TLDS is None:
        _FOLDED_UNICODE_TLDS = frozenset(normalize(t).text for t in unicode_tlds())
    return _FOLDED_UNICODE_TLDS


def find_links_and_emails(original: str, norm: MappedText) -> list[Violation]:
    scan = _Scan(original, norm)
    scan.markup()
    scan.scheme_urls()
    scan.emails()
    scan.hosts()
    scan.ips()
    scan.unicode_hosts()
    return [
        Violation(h.rule, Severity.BLOCK, original[h.start : h.end], h.start, h.end, h.explanation)
        for h in scan.hits
    ]
