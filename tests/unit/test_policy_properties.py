"""Property tests: links, e-mails and phone numbers in many shapes and
obfuscations, embedded in ordinary replies, are found with the right span;
generated clean replies (order ids, tracking numbers, prices, dates) pass."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies import check_text
from policies.lexicon import STOPWORDS

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PREFIXES = [
    "Hi Anna, thanks for your message. ",
    "Hello, sorry for the delay. ",
    "Hallo Herr Becker, vielen Dank. ",
    "Bonjour, merci pour votre patience. ",
    "ご連絡ありがとうございます。",
    "",
]
SUFFIXES = [
    " Best regards, Tom", ". Thanks!", " if you need it.", "", "\nKind regards",
    "。よろしくお願いいたします。",
]

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
label = st.text(alphabet=_LETTERS + "0123456789", min_size=4, max_size=12).filter(
    lambda s: s[0].isalpha() and s not in STOPWORDS and "amazon" not in s and "amzn" not in s
)
hyphenated = st.builds(lambda a, b: f"{a}-{b}", label, label)
name = st.one_of(label, hyphenated)
tld = st.sampled_from(
    ["com", "net", "org", "io", "co.uk", "de", "fr", "shop", "store", "online", "xyz", "biz"]
)
path = st.sampled_from(["", "/help", "/p/123", "/a/b?c=1", "/faq#returns"])

HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с"}  # Cyrillic look-alikes


def embed(prefix: str, item: str, suffix: str) -> tuple[str, int, int]:
    # A space keeps the item a separate token, as in a real sentence.
    left = prefix if not prefix or prefix.endswith((" ", "。")) else prefix + " "
    right = suffix if not suffix or suffix[0] in " \n。" else " " + suffix
    text = left + item + right
    return text, len(left), len(left) + len(item)


def spans(text: str, rule: str) -> list[tuple[int, int]]:
    return [(v.start, v.end) for v in check_text(text).violations if v.rule == rule]


def covered(text: str, rule: str, start: int, end: int) -> bool:
    return any(a <= start and end <= b and text[a:b].strip() == text[a:b] for a, b in spans(text, rule))


# ---------------------------------------------------------------- links
@st.composite
def links(draw: st.DrawFn) -> str:
    host = ".".join(draw(st.lists(name, min_size=1, max_size=2))) + "." + draw(tld)
    style = draw(st.sampled_from(["plain", "www", "scheme", "hxxp", "dot", "bracket", "paren", "fullwidth",
                                  "zerowidth", "homoglyph", "spaced", "upper"]))
    p = draw(path)
    if style == "plain":
        return host + p
    if style == "www":
        return "www." + host + p
    if style == "scheme":
        return draw(st.sampled_from(["http://", "https://"])) + host + p
    if style == "hxxp":
        return "hxxps://" + host.replace(".", "[.]") + p
    if style == "dot":
        return host.replace(".", " dot ")
    if style == "bracket":
        return host.replace(".", "[.]")
    if style == "paren":
        return host.replace(".", "(.)")
    if style == "fullwidth":
        return host.replace(".", "．")
    if style == "zerowidth":
        i = draw(st.integers(1, len(host) - 1))
        return host[:i] + "\u200b" + host[i:]
    if style == "homoglyph":
        return "".join(HOMOGLYPHS.get(c, c) for c in host) + p
    if style == "spaced":
        return "www . " + host.replace(".", " . ")
    return host.upper() + p


@SETTINGS
@given(prefix=st.sampled_from(PREFIXES), link=links(), suffix=st.sampled_from(SUFFIXES))
def test_links_are_found_with_their_span(prefix: str, link: str, suffix: str) -> None:
    text, start, end = embed(prefix, link, suffix)
    assert covered(text, "external_link", start, end), (text, spans(text, "external_link"))
    # The span should not swallow the surrounding sentence.
    for a, b in spans(text, "external_link"):
        if a <= start and end <= b:
            assert b - a <= (end - start) + 1


amazon_host = st.sampled_from([
    "amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr", "amazon.it", "amazon.es", "amazon.co.jp",
    "amazon.ca", "amazon.com.mx", "amazon.com.au", "amazon.in", "amazon.nl", "amazon.se", "amazon.pl",
    "amazon.com.be", "amazon.com.tr", "amazon.ae", "amazon.sa", "amazon.sg", "amazon.com.br", "amazon.eg",
])


@SETTINGS
@given(
    prefix=st.sampled_from(PREFIXES),
    host=amazon_host,
    sub=st.sampled_from(["", "www.", "smile."]),
    scheme=st.sampled_from(["", "https://", "http://"]),
    p=st.sampled_from(["", "/dp/B08N5WRWNW", "/gp/help/customer/display.html?nodeId=1", "/returns"]),
    suffix=st.sampled_from(SUFFIXES),
)
def test_amazon_links_pass(prefix: str, host: str, sub: str, scheme: str, p: str, suffix: str) -> None:
    text, _, _ = embed(prefix, scheme + sub + host + p, suffix)
    assert "external_link" not in check_text(text).rules, text


@SETTINGS
@given(
    host=amazon_host,
    evil=name,
    evil_tld=st.sampled_from(["io", "com", "net", "xyz", "shop"]),
    trick=st.sampled_from(["suffix", "hyphen", "zero", "cyrillic", "seller", "userinfo"]),
)
def test_amazon_lookalikes_fail(host: str, evil: str, evil_tld: str, trick: str) -> None:
    link = {
        "suffix": f"{host}.{evil}.{evil_tld}",
        "hyphen": f"amazon-{evil}.{evil_tld}",
        "zero": host.replace("amazon", "amaz0n"),
        "cyrillic": host.replace("a", "а", 1),
        "seller": "sellercentral." + host,
        "userinfo": f"https://{host}@{evil}.{evil_tld}/",
    }[trick]
    text, start, end = embed("Please check ", link, " for the status.")
    assert covered(text, "external_link", start, end), (text, spans(text, "external_link"))


# ---------------------------------------------------------------- e-mails
local = st.text(alphabet=_LETTERS + "0123456789._", min_size=3, max_size=12).filter(
    lambda s: s[0].isalpha() and s[-1].isalnum() and ".." not in s and s not in STOPWORDS
)


@st.composite
def emails(draw: st.DrawFn) -> str:
    user = draw(local)
    domain = draw(name) + "." + draw(tld)
    style = draw(st.sampled_from(["plain", "at_word", "at_paren", "at_bracket", "fullwidth", "all_words"]))
    if style == "plain":
        return f"{user}@{domain}"
    if style == "at_word":
        return f"{user} at {domain}"
    if style == "at_paren":
        return f"{user}(at){domain}"
    if style == "at_bracket":
        return f"{user} [at] {domain.replace('.', ' [dot] ')}"
    if style == "fullwidth":
        return f"{user}＠{domain}"
    return f"{user} at {domain.replace('.', ' dot ')}"


@SETTINGS
@given(prefix=st.sampled_from(PREFIXES), email=emails(), suffix=st.sampled_from(SUFFIXES))
def test_emails_are_found_with_their_span(prefix: str, email: str, suffix: str) -> None:
    text, start, end = embed(prefix, email, suffix)
    found = spans(text, "email_address")
    assert (start, end) in found, (text, found)


# ---------------------------------------------------------------- phones
def digits(n: int, first: str = "123456789") -> st.SearchStrategy[str]:
    return st.builds(
        lambda a, rest: a + rest,
        st.sampled_from(list(first)),
        st.text(alphabet="0123456789", min_size=n - 1, max_size=n - 1),
    )


@st.composite
def phones(draw: st.DrawFn) -> str:
    style = draw(st.sampled_from([
        "us_paren", "us_dash", "us_dot", "us_intl", "us_1", "uk", "de_00", "de_slash", "fr", "jp", "es",
        "it_mobile", "spaced",
    ]))
    a, b, c = draw(digits(3, "23456789")), draw(digits(3)), draw(digits(4))
    if style == "us_paren":
        return f"({a}) {b}-{c}"
    if style == "us_dash":
        return f"{a}-{b}-{c}"
    if style == "us_dot":
        return f"{a}.{b}.{c}"
    if style == "us_intl":
        return f"+1 {a} {b} {c}"
    if style == "us_1":
        return f"1-{a}-{b}-{c}"
    if style == "uk":
        return f"+44 {draw(digits(2))} {draw(digits(4))} {draw(digits(4))}"
    if style == "de_00":
        return f"0049 {draw(digits(2))} {draw(digits(6))}"
    if style == "de_slash":
        return f"0{draw(digits(2))}/{draw(digits(7))}"
    if style == "fr":
        pairs = "".join(f" {draw(digits(2, '0123456789'))}" for _ in range(4))
        return "0" + draw(st.sampled_from("1234567")) + pairs
    if style == "jp":
        return f"0{draw(st.sampled_from(['90', '80', '70']))}-{draw(digits(4))}-{draw(digits(4))}"
    if style == "es":
        return f"6{draw(digits(2, '0123456789'))} {draw(digits(2))} {draw(digits(2))} {draw(digits(2))}"
    if style == "it_mobile":
        return f"3{draw(digits(2, '0123456789'))} {draw(digits(3))} {draw(digits(4))}"
    return " ".join(draw(digits(10)))


@SETTINGS
@given(prefix=st.sampled_from(PREFIXES), phone=phones(), suffix=st.sampled_from(SUFFIXES))
def test_phones_are_found_with_their_span(prefix: str, phone: str, suffix: str) -> None:
    text, start, end = embed(prefix, phone, suffix)
    found = spans(text, "phone_number")
    assert (start, end) in found, (text, found)


@SETTINGS
@given(phone=phones())
def test_allowlisted_phones_pass(phone: str) -> None:
    text = f"Our service line: {phone}."
    assert "phone_number" in check_text(text).rules
    assert "phone_number" not in check_text(text, allowed_phone_numbers=[phone]).rules


# ---------------------------------------------------------------- clean replies
order_id = st.builds(lambda a, b, c: f"{a}-{b}-{c}", digits(3, "0123456789"), digits(7), digits(7))
ups = st.builds(
    lambda s: "1Z" + s, st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789", min_size=16, max_size=16)
)
usps = st.builds(lambda s: "9400 " + " ".join(s[i : i + 4] for i in range(0, 16, 4)) + " " + s[16:],
                 st.text(alphabet="0123456789", min_size=18, max_size=18))
fedex = st.builds(lambda a, b, c: f"{a} {b} {c}", digits(4, "789"), digits(4), digits(4))
price = st.builds(lambda d, c, cur: cur.format(d, c), st.integers(1, 999), st.integers(0, 99),
                  st.sampled_from(["${}.{:02d}", "{},{:02d} €", "£{}.{:02d}", "{}.{:02d} USD"]))
date = st.builds(
    lambda d, m, y, fmt: fmt.format(d=d, m=m, y=y),
    st.integers(1, 28), st.integers(1, 12), st.integers(2020, 2030),
    st.sampled_from(["{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}", "{m:02d}/{d:02d}/{y}", "{d}. {m}. {y}"]),
)
time_ = st.builds(lambda h, mi, sep: f"{h}{sep}{mi:02d}", st.integers(0, 23), st.integers(0, 59),
                  st.sampled_from([":", "."]))
quantity = st.builds(
    lambda n, u: f"{n} {u}", st.integers(1, 5000), st.sampled_from(["pcs", "kg", "cm", "ml", "units"])
)
decimal = st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 99), st.integers(0, 99))

CLEAN_TEMPLATES = [
    "Hi {name}, your order {order} shipped on {date} with UPS, tracking {ups}. It should arrive by {time}.",
    "Hello, USPS tracking {usps} shows the parcel in transit since {date}.",
    "Hi, FedEx tracking number {fedex}; the price was {price} and the box holds {qty}.",
    "Hallo, Ihre Bestellung {order} wurde am {date} um {time} versendet. Preis: {price}.",
    "Bonjour, la commande {order} est partie le {date}. Dimensions : {dec} x {dec2} cm.",
    "Step 1. Unplug it. Step 2. Wait {qty}. Step 3. Plug it back in at {time}.",
    "Hi {name}, you can request a return via Your Orders on amazon.com; Amazon refunds {price} to your card.",
    "ご注文番号 {order} の商品は {date} に発送いたしました。",
]


@SETTINGS
@given(
    template=st.sampled_from(CLEAN_TEMPLATES),
    name=st.sampled_from(["Anna", "Mr. Lee", "Jürgen", "Zoë", "Ms. O'Brien"]),
    order=order_id, ups=ups, usps=usps, fedex=fedex, price=price, date=date, time=time_, qty=quantity,
    dec=decimal, dec2=decimal,
)
def test_clean_generated_replies_pass(
    template: str, name: str, order: str, ups: str, usps: str, fedex: str, price: str, date: str, time: str,
    qty: str, dec: str, dec2: str,
) -> None:
    text = template.format(name=name, order=order, ups=ups, usps=usps, fedex=fedex, price=price, date=date,
                           time=time, qty=qty, dec=dec, dec2=dec2)
    result = check_text(text)
    assert result.allowed, (text, result.to_dict())
