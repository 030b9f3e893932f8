"""Word lists the link and e-mail detectors lean on.

The TLD list is the IANA root zone, shipped as `data/tlds.txt`. The smaller
sets below decide how much evidence a candidate host needs: `order.now` and
`sorry.it` are valid host names, so a TLD that is also an everyday word needs
more than a dot to count as a link.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


@lru_cache(maxsize=1)
def ascii_tlds() -> frozenset[str]:
    lines = (DATA_DIR / "tlds.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def unicode_tlds() -> frozenset[str]:
    """Internationalised TLDs in the form a person types them (`рф`, `ストア`)."""
    out: set[str] = set()
    for tld in ascii_tlds():
        if tld.startswith("xn--"):
            try:
                out.add(tld.encode("ascii").decode("idna").lower())
            except UnicodeError:  # pragma: no cover - a malformed entry in the data file
                continue
    return frozenset(out)


# Amazon's buyer-facing storefronts. Subdomains are limited to the ones a
# buyer visits; sellercentral/vendorcentral/aws are not buyer-facing.
AMAZON_REGISTRABLE = frozenset(
    "amazon." + suffix
    for suffix in (
        "com", "co.uk", "de", "fr", "it", "es", "co.jp", "ca", "com.mx", "com.au", "in", "nl",
        "se", "pl", "com.be", "com.tr", "ae", "sa", "sg", "com.br", "eg", "co.za", "ie",
        # Amazon's own addresses that lead to a neighbouring store (amazon.at and amazon.ch to amazon.de,
        # amazon.be to amazon.com.be): sellers there write them
        "at", "ch", "be",
    )
)
AMAZON_SUBDOMAINS = frozenset({"www", "smile", "m"})
AMAZON_SHORT_HOSTS = frozenset({"amzn.to", "a.co", "amzn.eu", "amzn.asia", "amzn.com", "www.amzn.com"})

URL_SHORTENERS = frozenset({
    "bit.ly", "bitly.com", "t.co", "goo.gl", "tinyurl.com", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
    "cutt.ly", "shorturl.at", "rb.gy", "t.ly", "tiny.cc", "s.id", "v.gd", "lnkd.in", "wa.me", "t.me",
    "shorte.st", "adf.ly", "bl.ink", "qr.io", "linktr.ee", "x.gd", "tr.ee",
})

# Legacy and very common TLDs: no sentence ever ends in ".Com".
ALWAYS_LINK_TLDS = frozenset({"com", "net", "org", "biz", "info", "edu", "gov"})

# TLDs that are also short words, abbreviations or units in the six supported
# languages (and German company forms such as "Co. KG"). With a spaced or
# spelled-out dot they are far more likely prose than a host name.
WORDLIKE_TLDS = frozenset({
    # two-letter country codes that read as words/units/abbreviations
    "ad", "ag", "al", "am", "as", "at", "be", "bo", "by", "ca", "cd", "ci", "cm", "cv", "de", "do",
    "eg", "es", "et", "eu", "fm", "hr", "id", "ie", "il", "im", "in", "io", "is", "it", "je", "kg",
    "km", "la", "li", "ma", "me", "mg", "ml", "mm", "mr", "ms", "my", "na", "ne", "ni", "no", "nu",
    "pa", "pe", "ph", "pm", "ps", "pt", "re", "sa", "se", "sh", "si", "so", "st", "su", "tm", "to",
    "tv", "uk", "us", "va", "vi", "ws", "ye",
    # generic TLDs that are ordinary words
    "able", "amazon", "app", "art", "auto", "baby", "bar", "best", "bid", "bike", "blue", "book", "boo",
    "box", "buy", "cab", "cafe", "call", "camp", "car", "care", "case", "cash", "casa", "cat", "center",
    "click", "codes", "cool", "coupon", "credit", "date", "day", "deal", "deals", "delivery", "design",
    "diet", "direct", "discount", "dog", "download", "drive", "earth", "eat", "email", "express",
    "fail", "faith", "family", "fan", "farm", "fast", "feedback", "film", "final", "fire", "fish", "fit",
    "fly", "food", "free", "fun", "game", "gap", "gift", "gifts", "gold", "got", "gratis", "green",
    "group", "guide", "hair", "haus", "help", "here", "hot", "house", "how", "ice", "inc", "ink", "jetzt",
    "kaufen", "kids", "land", "law", "life", "like", "limited", "link", "live", "living", "loan", "lol",
    "love", "ltd", "man", "map", "market", "media", "meet", "men", "menu", "mobile", "moda", "mom",
    "money", "movie", "music", "name", "new", "news", "next", "now", "office", "one", "open", "page",
    "parts", "pay", "pet", "phone", "photo", "pics", "pin", "pink", "place", "play", "plus", "post",
    "press", "prime", "pro", "read", "red", "rent", "repair", "report", "rest", "review", "reviews",
    "rich", "rip", "room", "run", "safe", "sale", "save", "school", "search", "seat", "secure", "select",
    "seven", "shoes", "shop", "shopping", "show", "ski", "skin", "sky", "smile", "social", "song", "soy",
    "space", "spot", "star", "store", "study", "style", "support", "talk", "tax", "team", "tech",
    "tienda", "tips", "today", "tools", "top", "total", "town", "toys", "trade", "travel", "trust",
    "uno", "video", "vision", "vote", "watch", "web", "wed", "win", "wine", "work", "works", "world",
    "wow", "you", "zero", "zip", "zone",
})

# TLDs people actually use when they spell a link out ("shop dot com",
# "exemple point fr"): every country code plus the popular generic ones. A
# spelled or spaced dot before any other TLD ("Echo Dot Kids", "Echo Dot
# Smart") is prose.
COMMON_TLDS = frozenset(
    {"com", "net", "org", "info", "biz", "edu", "gov", "xyz", "online", "site", "store", "shop", "club",
     "app", "dev", "tech", "website", "icu", "vip", "top", "live", "blog", "cloud", "link", "email", "space",
     "asia"}
)
# Generic TLDs that read as words but are favourites for spelled-out shop links.
SPELLED_FAVOURITES = frozenset({"shop", "store", "online", "site", "app", "club", "top", "live", "link"})

# Abbreviations that end in a dot and are often followed by a word without a
# space ("bzw.am Montag", "ca.in 3 Tagen", "approx.in").
ABBREVIATIONS = frozenset({
    "bzw", "ca", "ggf", "usw", "inkl", "zzgl", "evtl", "vgl", "etc", "approx", "incl", "excl", "max", "min",
    "nr", "no", "tel", "str", "mr", "mrs", "ms", "dr", "st", "vs", "abt", "dept", "est", "env", "aprox",
    "pág", "núm", "sig", "sr", "sra", "mme", "mlle", "cf", "tél", "ecc", "pag", "tlf",
})

# TLDs that are also everyday file extensions: "manual.zip" in a reply is an
# attachment name far more often than a host.
FILE_EXTENSION_TLDS = frozenset({"zip", "mov", "md"})

# Function words in the six languages. A spelled-out dot after one of these
# ("the point is", "au point de") is prose, not a host name.
STOPWORDS = frozenset({
    # English
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "is", "are", "was", "were", "be",
    "to", "of", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "not", "no", "yes",
    "you", "your", "we", "our", "us", "me", "my", "i", "he", "she", "they", "them", "his", "her", "as",
    "so", "if", "any", "some", "all", "one", "each", "every", "which", "what", "who", "how", "when",
    "where", "there", "here", "up", "out", "then", "than", "too", "very", "just", "also", "only", "more",
    "per", "via", "thank", "thanks", "please", "sorry", "hi", "hello", "dear", "regards", "best",
    "point", "dot", "time", "order", "item", "package", "today", "now", "soon", "again",
    # German
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "und", "oder", "im", "am",
    "zum", "zur", "vom", "ist", "sind", "es", "sie", "wir", "ich", "mit", "auf", "zu", "von",
    "nicht", "danke", "bitte", "punkt",
    # French
    "le", "la", "les", "un", "une", "du", "au", "aux", "ce", "cet", "cette", "et", "ou", "en", "à",
    "de", "pour", "par", "sur", "avec", "nous", "vous", "merci", "est", "sont", "pas",
    # Spanish / Italian
    "el", "los", "las", "unos", "una", "y", "o", "del", "al", "lo", "il", "gli", "uno", "di", "da",
    "e", "che", "con", "su", "nel", "nella", "sul", "se", "si", "mi", "ti", "ci", "vi", "gracias", "grazie",
    "punto", "por", "para", "muy",
    # determiners that come before "punto"/"punkt"/"point" in ordinary sentences
    "este", "esta", "estos", "estas", "ese", "esa", "aquel", "otro", "otra", "cada", "mismo", "primer",
    "primero", "segundo", "tercer", "último", "buen", "mal", "gran", "nuestro", "nuestra", "questo",
    "questa", "quello", "quella", "ogni", "altro", "altra", "primo", "secondo", "ultimo", "nostro",
    "nostra", "dieser", "diese", "dieses", "jeder", "jede", "jedes", "welcher", "welche", "ersten",
    "zweiten", "letzten", "wichtige", "wichtiger", "dernier", "premier", "chaque", "autre", "mon",
    "ton", "son", "notre", "votre", "leur", "quel", "quelle", "zero", "decimal",
})
