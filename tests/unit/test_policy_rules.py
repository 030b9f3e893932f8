"""Focused cases per rule, offset mapping, sanitize_field, and adversarial inputs."""

from __future__ import annotations

import time

import pytest

from policies import PolicyResult, Severity, Violation, check_text, sanitize_field
from policies.evaluation import ADVERSARIAL


def rules(text: str, **kwargs: object) -> set[str]:
    return {v.rule for v in check_text(text, **kwargs).violations}  # type: ignore[arg-type]


def only(text: str, rule: str) -> Violation:
    found = [v for v in check_text(text).violations if v.rule == rule]
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ interface
def test_result_shape_and_to_dict() -> None:
    result = check_text("Visit example.com please")
    assert isinstance(result, PolicyResult)
    assert not result.allowed and result.blocked
    d = result.to_dict()
    assert d["allowed"] is False
    assert d["violations"] == [
        {
            "rule": "external_link",
            "severity": "block",
            "text": "example.com",
            "start": 6,
            "end": 17,
            "explanation": d["violations"][0]["explanation"],
        }
    ]
    assert d["violations"][0]["explanation"]


def test_clean_text_is_allowed() -> None:
    result = check_text("Hi Anna, your order shipped today with DHL. It should arrive on Friday.")
    assert result.allowed and not result.blocked
    assert result.to_dict() == {"allowed": True, "violations": []}


# Everyday replies, written for this test (in no data file): neither the rules nor the second opinion may
# flag them. A retrained second opinion once read plain shipping news as suspect.
PLAIN_REPLIES = [
    "Hello Anna, your parcel left our warehouse today with DHL and should arrive on Friday. Kind regards, Tom",
    "Hi Raj, the cover is 100% cotton and can go in the washing machine at 40 degrees. Thanks for asking!",
    "Dear Mr Lopez, we have updated the delivery address before dispatch. The order will ship tomorrow morning.",
    "Hi Sue, sorry for the wait. Royal Mail shows the parcel at your local office; it should be with you Monday.",
    "Good morning, the blade fits all 18V models from 2019 onwards. Please check the sticker under the battery.",
    "Hi Ken, we received your cancellation request and the order has not shipped, so Amazon will cancel it.",
    "Hallo Herr Weber, Ihr Paket ist heute mit DPD rausgegangen und kommt voraussichtlich am Donnerstag an.",
    "Bonjour Claire, la taille M correspond à un tour de poitrine de 92 à 96 cm. Bonne journée !",
]


@pytest.mark.parametrize("text", PLAIN_REPLIES)
def test_plain_replies_pass_rules_and_second_opinion(text: str) -> None:
    assert check_text(text).violations == (), rules(text)


def test_empty_text() -> None:
    assert check_text("").allowed


def test_confirm_is_not_blocked_but_not_allowed() -> None:
    result = check_text("I have refunded your order.")
    assert [v.rule for v in result.violations] == ["compensation_promise"]
    assert result.violations[0].severity is Severity.CONFIRM
    assert not result.allowed and not result.blocked


# ------------------------------------------------------------------ links
@pytest.mark.parametrize(
    "text, expected",
    [
        ("See www.example.com/help for details", "www.example.com/help"),
        ("details at https://example.org/a?b=1.", "https://example.org/a?b=1"),
        ("go to shop.example.com", "shop.example.com"),
        ("our site example.shop has it", "example.shop"),
        ("example dot com", "example dot com"),
        ("www . example . com", "www . example . com"),
        ("hxxp://example.com", "hxxp://example.com"),
        ("example[.]com", "example[.]com"),
        ("example(.)com", "example(.)com"),
        ("example．com", "example．com"),
        ("exa\u200bmple.com", "exa\u200bmple.com"),
        ("еxample.com", "еxample.com"),  # Cyrillic е
        ("bit.ly/3abc", "bit.ly/3abc"),
        ("http://192.168.0.10:8080/x", "http://192.168.0.10:8080/x"),
        ("at 10.0.0.1 now", "10.0.0.1"),
        ("[click](https://evil.io/x)", "[click](https://evil.io/x)"),
        ("ersatzteile punkt de", "ersatzteile punkt de"),
        ("пример.рф", "пример.рф"),
    ],
)
def test_external_links(text: str, expected: str) -> None:
    v = only(text, "external_link")
    assert v.text == expected
    assert text[v.start : v.end] == expected
    assert v.severity is Severity.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "https://www.amazon.com/dp/B08N5WRWNW",
        "amazon.co.uk",
        "www.amazon.de/gp/help",
        "smile.amazon.com",
        "amazon.co.jp",
        "amazon.com.au and amazon.com.mx",
        "amzn.to/3Kx9QzA",
        "a.co/d/abc",
        "[Amazon](https://www.amazon.com/dp/B0)",
        "ａｍａｚｏｎ．ｃｏ．ｊｐ",
    ],
)
def test_amazon_links_pass(text: str) -> None:
    assert "external_link" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "amazon.com.evil.io",
        "amazon-returns.com",
        "amaz0n.com",
        "аmazon.com",  # Cyrillic а
        "sellercentral.amazon.com",
        "https://amazon.com@evil.com/",
        "amazon.com.orderhelp.io/case",
    ],
)
def test_amazon_lookalikes_fail(text: str) -> None:
    assert "external_link" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "e.g. the blue one",
        "i.e. the lid",
        "approx. 5 kg",
        "firmware v2.1.3",
        "It costs $12.99.",
        "We open at 10.30 tomorrow.",
        "See manual.pdf in the box.",
        "Your package arrived.Thanks for waiting.",
        "It arrived.Now you can use it.",
        "Thank you. Best regards",
        "ACME GmbH & Co. KG",
        "Echo Dot Kids edition",
        "au point de vue technique",
        "Steps 1. 2. 3. 4.",
        "version 1.2.3.4",
        "z.B. das Modell X",
        "Mr.Smith will reply",
        "Size 10.5 US",
        "photo.zip is attached",
    ],
)
def test_link_false_positive_traps(text: str) -> None:
    assert "external_link" not in rules(text)


# ------------------------------------------------------------------ e-mail
@pytest.mark.parametrize(
    "text, expected",
    [
        ("mail me: john.doe@example.com.", "john.doe@example.com"),
        ("john at example dot com", "john at example dot com"),
        ("john(at)example.com", "john(at)example.com"),
        ("john [at] example [dot] com", "john [at] example [dot] com"),
        ("sales＠shop.jp", "sales＠shop.jp"),
        ("info arroba tienda punto com", "info arroba tienda punto com"),
    ],
)
def test_emails(text: str, expected: str) -> None:
    v = only(text, "email_address")
    assert text[v.start : v.end] == expected


@pytest.mark.parametrize(
    "text",
    ["Contact Amazon at amazon.com", "We arrive at 10.30", "We are at home", "Thanks at the end."],
)
def test_email_false_positive_traps(text: str) -> None:
    assert "email_address" not in rules(text)


# ------------------------------------------------------------------ phones
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Call (555) 123-4567 today", "(555) 123-4567"),
        ("UK: +44 20 7946 0958.", "+44 20 7946 0958"),
        ("Tel 0049 30 123456", "0049 30 123456"),
        ("Telefon 030/1234567", "030/1234567"),
        ("Mobile 06 12 34 56 78", "06 12 34 56 78"),
        ("携帯：090-1234-5678", "090-1234-5678"),
        ("Call 1-800-555-0199", "1-800-555-0199"),
        ("5 5 5 1 2 3 4 5 6 7", "5 5 5 1 2 3 4 5 6 7"),
        ("555.123.4567", "555.123.4567"),
        ("０９０－１２３４－５６７８", "０９０－１２３４－５６７８"),
    ],
)
def test_phones(text: str, expected: str) -> None:
    v = only(text, "phone_number")
    assert text[v.start : v.end] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Order 114-5529301-7781125",
        "114-5529301-7781125",
        "UPS 1Z999AA10123456784",
        "USPS 9400 1000 0000 0000 0000 00",
        "FedEx 7712 3456 7890",
        "Yamato 1234-5678-9012",
        "ASIN B07XJ8C8F5",
        "delivered 27.11.2024 10.30",
        "on 2024-11-27",
        "on 11/27/2024",
        "price €1.299,00",
        "12 500 pieces",
        "sizes 8 10 12 14 16 18",
        "ISBN 978-3-16-148410-0",
        "Case ID 12345678901",
        "EAN 4006381333931",
        "120/60/75 cm",
    ],
)
def test_phone_false_positive_traps(text: str) -> None:
    assert "phone_number" not in rules(text)


def test_allowed_phone_numbers_compare_on_digits() -> None:
    text = "Our store line is +1 (800) 555-0199."
    assert "phone_number" in rules(text)
    assert "phone_number" not in rules(text, allowed_phone_numbers=["800-555-0199"])
    assert "phone_number" not in rules(text, allowed_phone_numbers=["+18005550199"])
    assert "phone_number" in rules(text, allowed_phone_numbers=["800-555-0100"])


# ------------------------------------------------------------------ messengers
@pytest.mark.parametrize(
    "text",
    [
        "Add me on WhatsApp",
        "message us on Telegram",
        "My WeChat is abc",
        "follow @acme_store",
        "DM us on Instagram",
        "LINEで連絡してください",
        "Reach us on Signal",
        "Skype: acme.help",
    ],
)
def test_messenger_handles(text: str) -> None:
    assert "messenger_handle" in rules(text)


@pytest.mark.parametrize(
    "text",
    ["the product line is new", "no signal on the remote", "meet @ 5pm", "1個@500円", "john@example.com"],
)
def test_messenger_false_positive_traps(text: str) -> None:
    assert "messenger_handle" not in rules(text)


# ------------------------------------------------------------------ compensation / review
@pytest.mark.parametrize(
    "text",
    [
        "We will refund you.",
        "Here is a $10 gift card.",
        "We'll send you a free one.",
        "I have refunded your order.",
        "Wir erstatten Ihnen den Betrag.",
        "Nous vous rembourserons.",
        "Le reembolsaremos el importe.",
        "La rimborseremo subito.",
        "全額返金いたします。",
    ],
)
def test_compensation_is_confirm(text: str) -> None:
    found = [v for v in check_text(text).violations if v.rule == "compensation_promise"]
    assert found and all(v.severity is Severity.CONFIRM for v in found)


@pytest.mark.parametrize(
    "text",
    [
        "Once the return is scanned, Amazon issues the refund to your original payment method.",
        "You can request a return through Your Orders.",
        "Refunds usually take 3-5 business days to appear.",
        "We cannot offer a refund outside the return window.",
        "We will send you the tracking number tomorrow.",
        "Amazon erstattet Ihnen den Betrag nach Eingang der Rücksendung.",
        "Amazon vous remboursera sous 48 h.",
        "返金はAmazonから行われます。",
    ],
)
def test_refund_information_passes(text: str) -> None:
    assert "compensation_promise" not in rules(text)


# One example of each family of wording widened after a round of replies from writers who never saw the
# checker (policies/data/replies_fresh.jsonl), and look-alikes of those families that must pass. The
# rounds' own replies are scored in test_policy_corpus.py.
WIDENED_FAMILIES = [
    # round five
    ("Beim nächsten Kauf ziehe ich Ihnen die Versandkosten ab.", "compensation_promise"),
    ("Je glisse deux bobines dans le colis, cadeau de la maison.", "compensation_promise"),
    ("Le rimborso subito la metà dell'importo e il terrario può tenerlo.", "compensation_promise"),
    ("お詫びの気持ちとして、替え刃を一枚同封いたします。", "compensation_promise"),
    ("Un petit mot sous la fiche produit nous ferait chaud au cœur.", "review_manipulation"),
    ("Würden Sie anderen Sammlern auf der Produktseite erzählen, wie sie klingt?", "review_manipulation"),
    ("Se vuole, la iscrivo alla nostra lista per le novità di Natale.", "marketing"),
    ("Le dejo el código RIEGO10 para su próxima compra.", "marketing"),
    ("Le corde conviene ordinarle in bottega, senza passare da Amazon.", "off_amazon"),
    ("次回からは弊社の直営店へ直接ご注文いただけます。", "off_amazon"),
    ("Sie erreichen ihn unter null-sieben-elf, vier-vier-zwei, achtzehn-neunzig.", "phone_number"),
    # round six
    ("Would you mind letting other shoppers know how you found it?", "review_manipulation"),
    ("Just curious, how many stars would you give us for the service today?", "review_manipulation"),
    ("Maybe you could look again at your opinion on Amazon and change it?", "review_manipulation"),
    ("Sie können in Ihrem Amazon-Konto auch uns als Verkäufer bewerten.", "review_manipulation"),
    ("We also make a matching laptop stand: 15% off with code HUB15 at checkout.", "marketing"),
    ("Our new warm-white festoon range has just landed on Amazon.", "marketing"),
    ("Please share our Amazon store link with your friends, word of mouth is everything.", "marketing"),
    ("Esta semana la colección tiene un 20 % de descuento en nuestra tienda.", "marketing"),
    ("I've sent the correct left-hand glass out today. Just bin the wrong one.", "compensation_promise"),
    ("Ya le hemos hecho un reembolso parcial de 6 € para compensarla.", "compensation_promise"),
    ("Nous vous en réexpédions un neuf dès demain matin.", "compensation_promise"),
    ("You can cancel and pay us directly via UPI or GPay.", "off_amazon"),
    ("Kindly call our service engineer for the installation.", "off_amazon"),
    # round seven
    ("She's very welcome to pop a photo of it on her bed in a review.", "review_manipulation"),
    ("Would you mind telling other customers about it?", "review_manipulation"),
    ("A short review mentioning how the assembly went would help us loads.", "review_manipulation"),
    ("We would value your feedback on this transaction.", "review_manipulation"),
    ("It is much better to cancel here and order through our showroom instead.", "off_amazon"),
    ("Book a fitting at one of our clinics, where the frame is adjusted and paid for on site.", "off_amazon"),
    ("If you refer a friend to our subscription, you both get a month of treats.", "marketing"),
    ("Our family also makes bathrobes; you can see them in our Amazon shop.", "marketing"),
    ("We'll send the two missing boxes tomorrow, no charge for the delivery.", "compensation_promise"),
    ("We resend the blue one today, you no need return the pink one.", "compensation_promise"),
    ("Whoever ends up with the first one can keep it.", "compensation_promise"),
    ("Bitte teilen Sie Ihre Erfahrungen mit ein paar Sätzen unter dem Artikel.", "review_manipulation"),
    ("On serait curieux de savoir combien d'étoiles vous lui donneriez.", "review_manipulation"),
    ("よかったら星いくつか付けて教えてもろたら励みになります。", "review_manipulation"),
    ("Vom 1. bis 15. März gibt's auf alle Taschen 20 % Rabatt.", "marketing"),
    ("Je vous envoie dès demain un jeu complet de cordes, sans frais, par lettre suivie.", "compensation_promise"),
    ("Le riconosciamo uno sconto di 80 € sull'ordine, e la madia la tiene.", "compensation_promise"),
    ("すぐに作り直し、無償にてお送りいたします。", "compensation_promise"),
    ("お手元の商品はご返送いただかなくて結構です。", "compensation_promise"),
    ("Le guardamos una unidad y la recoge y la paga allí, en efectivo.", "off_amazon"),
    ("当蔵の楽天市場店では新酒の予約を受け付けております。", "off_amazon"),
    ("Mejor escríbame por fuera de Amazon, así no dependemos de la plataforma.", "off_amazon"),
    # round eight
    ("If it still hasn't turned up by Monday, leave it with me and I'll get another one sent out.",
     "compensation_promise"),
    ("I've popped a couple of spare bulbs and a fuse in the post today too.", "compensation_promise"),
    ("If it isn't found by Sunday, a new set goes out to you on us.", "compensation_promise"),
    ("Wir tauschen das Gerät kostenlos aus.", "compensation_promise"),
    ("Le mando el azul mañana y el verde se lo puede quedar.", "compensation_promise"),
    ("If you could spare thirty seconds to tell other cyclists what you thought, that'd be ace.",
     "review_manipulation"),
    ("Votre ressenti sur la page du produit serait précieux pour les autres yogis !", "review_manipulation"),
    ("Le saremmo grati se potesse rivedere il suo giudizio.", "review_manipulation"),
    ("A matching cushion cover set is arriving next week - follow our store so you don't miss it!", "marketing"),
    ("Dal 1° dicembre parte la nostra promo natalizia: -25% su tutti i quaderni!", "marketing"),
    ("La semana que viene lanzamos un kit de huerto; lo encontrarás en nuestra tienda.", "marketing"),
    ("Easier to chat on Messenger if you don't mind.", "off_amazon"),
    ("Wir können das gern als Direktgeschäft abwickeln: Sie überweisen vorab.", "off_amazon"),
    ("Rufen Sie kurz durch: null eins sechs null – vier vier drei – sieben zwei eins neun null.", "phone_number"),
    # round nine
    ("If you get a moment to put a few words on the Amazon listing, other gardeners find it useful.",
     "review_manipulation"),
    ("Please contact us here first, before leaving any feedback.", "review_manipulation"),
    ("The listing only has six reviews so far. Yours would count for a lot.", "review_manipulation"),
    ("If you felt able to update your 2-star review, I'd be really grateful.", "review_manipulation"),
    ("Peut-être accepteriez-vous de revoir votre note ?", "review_manipulation"),
    ("Nos vendría genial saber qué le ha parecido, dejándolo por escrito en la ficha de Amazon.",
     "review_manipulation"),
    ("Have refunded your postage on the order for the hassle.", "compensation_promise"),
    ("We will also send every affected customer a GBP 20 Amazon gift card by email.", "compensation_promise"),
    ("As a thank you for registering, we'll also post you a free 32-piece bit set.", "compensation_promise"),
    ("Nous vous renvoyons un appareil neuf, sans que vous ayez à nous retourner l'ancien.", "compensation_promise"),
    ("Our new 10-stop ND filter goes live next week.", "marketing"),
    ("Most people grab the matching 2-pack of glass from our store, it's on our other listing.", "marketing"),
    ("In unserem Laden in Bamberg liegen noch zwei Paar, eine kurze Überweisung an uns genügt.", "off_amazon"),
    # round ten
    ("If you send me your banking details I'll EFT you R350 back and you can keep the game.", "off_amazon"),
    ("We've loaded an R150 voucher onto your account to say sorry.", "compensation_promise"),
    ("For the trouble, I've put a little something back on your card.", "compensation_promise"),
    ("Wir würden Ihnen gern mit 30 € entgegenkommen.", "compensation_promise"),
    ("Le faccio un rimborso parziale di 15€, il prodotto lo tenga pure.", "compensation_promise"),
    ("Before you put up that review, let's sort it out properly.", "review_manipulation"),
    ("Anyone who posts a review with a photo gets our 30% coupon.", "review_manipulation"),
    ("A kind word about our service on Amazon would go a long way.", "review_manipulation"),
    ("Wir helfen gern, sofern die angekündigte Rezension noch nicht online geht.", "review_manipulation"),
    ("Amazonの注文履歴から「出品者を評価」いただけますと大変幸いです。", "review_manipulation"),
    ("Our Diwali sale is live: all trolley sets are flat 25% off on our Amazon store.", "marketing"),
    ("We just added 12 new marble designs. Buy two and you get the third one 50% off.", "marketing"),
    ("駐車監視用ケーブルを新発売いたしました。", "marketing"),
    ("N'hésitez pas à nous écrire directement sur Messenger.", "off_amazon"),
    # round eleven
    ("We're doing a spring bundle right now, worth a look before it ends on the 30th.", "marketing"),
    ("Our neck gaiters are buy-two-get-one this week.", "marketing"),
    ("We send a monthly note with new toy drops: reply 'yes' and I'll add you to the list!", "marketing"),
    ("Einen passenden Stein haben wir seit letzter Woche auch im Sortiment.", "marketing"),
    ("Les taies assorties seront disponibles dans notre boutique Amazon.", "marketing"),
    ("È appena uscita la nuova linea di piatti, disponibile anche su Amazon nel nostro negozio.", "marketing"),
    ("Please tell us how many stars you would give our service on your Amazon order page.", "review_manipulation"),
    ("If you could post a short note or photo of Biscuit using it on the product page, that would help.",
     "review_manipulation"),
    ("We'd love it if you let other lifters know on Amazon.", "review_manipulation"),
    ("We are offering one free bib set to mothers who share their honest experience on Amazon.",
     "review_manipulation"),
    ("当店ではレビューをご投稿いただいた方に、Amazonギフト券500円分をお送りしております。", "review_manipulation"),
    ("Le abbiamo già rimborsato 10 € come segno delle nostre scuse.", "compensation_promise"),
    ("For trade accounts we don't go through Amazon at all: invoiced direct from us.", "off_amazon"),
    ("I can't edit the Amazon order, but you could just Venmo me the difference.", "off_amazon"),
    ("Could you please click \"Write a product review\" once it has arrived?", "review_manipulation"),
    # round twelve
    ("PS we'll be doing a chew bundle around Christmas.", "marketing"),
    ("Know another cat owner? Send them our way, we're running a refer-a-friend deal.", "marketing"),
    ("Seit letzter Woche haben wir auch eine passende Schlauchtrommel im Sortiment.", "marketing"),
    ("今月より同シリーズの新色「サクラピンク」と、ミニサイズも発売いたしました。", "marketing"),
    ("If you had to give the earbuds a star rating right now, what would it be?", "review_manipulation"),
    ("If it's all sorted now, maybe the feedback on the order could reflect that?", "review_manipulation"),
    ("Combien d'étoiles lui donneriez-vous ?", "review_manipulation"),
    ("Se ha un attimo, può scriverlo sulla pagina del prodotto.", "review_manipulation"),
    ("Would you mind rating us under Your Orders > Leave seller feedback?", "review_manipulation"),
    ("I'll send you a payment request outside the platform.", "off_amazon"),
    ("Am einfachsten ist es, wenn Sie uns kurz anrufen.", "off_amazon"),
    ("Si quiere hacemos el cambio nosotros: nos hace una transferencia de la diferencia.", "off_amazon"),
    ("Como Amazon no nos deja devolver ese importe, mándenos su IBAN.", "off_amazon"),
    # found in review: "only" is not a refusal
    ("We only accept payment by PayPal or bank transfer.", "off_amazon"),
    ("Wir akzeptieren ausschließlich PayPal.", "off_amazon"),
    ("Solo aceptamos Bizum.", "off_amazon"),
    ("Accettiamo solo bonifico o PayPal.", "off_amazon"),
    # round thirteen: a nudge towards Amazon's review button is an ask; "our ... are now live"
    ("Friendly reminder: the \"Write a product review\" button sits right next to your order.", "review_manipulation"),
    ("Don't forget, the 'Leave seller feedback' link is under Your Orders!", "review_manipulation"),
    ("Our autumn candle sets are now live on Amazon, perfect for gifting.", "marketing"),
    # the refusal and question vetoes leave the invitations alone
    ("Just ask about PayPal and I'll send you the details.", "off_amazon"),
    ("You can pay with Venmo if you like, just send it to me.", "off_amazon"),
    ("Collect it from our warehouse and pay cash, saves you the Amazon fee.", "off_amazon"),
    ("Sie können die Ware gerne direkt bei uns kaufen, das ist günstiger.", "off_amazon"),
    ("交換品を送料無料でお届けいたします。", "compensation_promise"),
    ("Our number is 0161 496 0000.", "phone_number"),
    # round fourteen
    ("We'd be really grateful if you let other buyers know how it went.", "review_manipulation"),
    ("If the lamp deserves a spot in the reviews, do say so!", "review_manipulation"),
    ("¿Nos ayudaría contando su experiencia en una reseña?", "review_manipulation"),
    ("Mit dem Code HERBST15 sparen Sie bis Freitag.", "marketing"),
    ("Unsere Sommeraktion läuft noch bis Sonntag.", "marketing"),
    ("Nos nouvelles tasses arrivent lundi dans notre boutique Amazon.", "marketing"),
    ("Le plus simple est de nous téléphoner demain matin.", "off_amazon"),
    ("Si lo prefiere, llámenos y lo vemos.", "off_amazon"),
    ("直接お電話いただければご説明いたします。", "off_amazon"),
    ("Le enviamos una tapa nueva sin ningún coste.", "compensation_promise"),
    ("番号は〇九〇・一二三四・五六七八です。", "phone_number"),
    ("Ring us with your serial number to hand: 416 555-0199.", "phone_number"),
    # the buyer's quoted words are blanked, the seller's own are still read
    ("You wrote 'I want a discount'. Sure, we'll refund you 20% right away.", "compensation_promise"),
    # round fifteen, and gaps found while checking it
    ("It would really help other parents if you could mention the easy fold in a review.", "review_manipulation"),
    ("Dites-nous sur Amazon ce que vous en pensez !", "review_manipulation"),
    ("Se le va, ci lasci qualche stellina su Amazon.", "review_manipulation"),
    ("商品ページで星いくつか教えていただけますと嬉しいです。", "review_manipulation"),
    ("The matching case is worth grabbing while it's in stock.", "marketing"),
    ("You will pay nothing for the replacement.", "compensation_promise"),
    ("We won't charge you anything, and the new one goes out today free of charge.", "compensation_promise"),
    ("We will send a replacement at no cost.", "compensation_promise"),
    # found in review: rhetorical negatives and a bare "I understand" are no refusals
    ("Wouldn't it be lovely to get a few words in a review from you?", "review_manipulation"),
    ("Couldn't you just pay by PayPal?", "off_amazon"),
    ("If you haven't yet, PayPal me the balance.", "off_amazon"),
    ("I understand, you can pay us via PayPal instead.", "off_amazon"),
    # round sixteen; a restated question excuses no compensation, and ends at its colon
    ("If you prefer, cancel the Amazon order and PayNow us the balance.", "off_amazon"),
    ("GCash or GrabPay both work for us.", "off_amazon"),
    ("Yours would be really valuable to us once you've tried it.", "review_manipulation"),
    ("Behalten Sie die Tasse bitte einfach.", "compensation_promise"),
    ("Der Ersatz geht morgen kostenlos an Sie raus.", "compensation_promise"),
    ("You asked for a refund, so we've refunded £10.", "compensation_promise"),
    ("You asked about a discount: here's 10% off your next order.", "marketing"),
    ("Thanks for sharing your thoughts, please leave a review.", "review_manipulation"),
    # round seventeen; a refusal before "in exchange for a review" excuses it, "if you don't mind" does not
    ("Credited £5 to your account for the delay.", "compensation_promise"),
    ("Reimbursed you the postage today.", "compensation_promise"),
    ("Please take your 1-star review down.", "review_manipulation"),
    ("Wir packen Ihnen gratis ein zweites Kabel dazu.", "compensation_promise"),
    ("Einschicken müssen Sie nichts.", "compensation_promise"),
    ("What score would you give the kettle out of ten?", "review_manipulation"),
    ("Del 1 al 5, ¿qué puntuación le daría al producto?", "review_manipulation"),
    ("Quelle note nous donneriez-vous ?", "review_manipulation"),
    ("Il numero del laboratorio: tre due otto, sei sei sei, uno due tre quattro.", "phone_number"),
    ("If you don't mind, in exchange for a review we'll send a free case.", "review_manipulation"),
    ("If you were satisfied with our service, seller feedback can be left from Your Orders.", "review_manipulation"),
    ("Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung.", "review_manipulation"),
    ("Si ha quedado satisfecho, cuéntelo en una reseña.", "review_manipulation"),
    # round eighteen
    ("Our listing is running 20% off for new customers through the end of March.", "marketing"),
    ("If you enjoyed the book, the review section on Amazon is where we'd love to hear from you.",
     "review_manipulation"),
    ("Here's a $15 Amazon gift card code as an apology: AQ7K-9XPL-22MM.", "compensation_promise"),
    ("Please do not return it, keep the beige one as present from us.", "compensation_promise"),
    ("Write to us: service, then the at sign, then elektrofix, dot, de.", "email_address"),
    ("If you could mention that the 180 cm worked when you review it, that would help.", "review_manipulation"),
    ("Feedback is the lifeblood of small sellers like us, so you know what to do.", "review_manipulation"),
    ("Envoyez-les par Lydia, pas besoin de repasser par Amazon.", "off_amazon"),
    ("Annulez la commande et passez-la directement sur notre site marchand.", "off_amazon"),
    # round nineteen; "no le importa" is no refusal
    ("Give them a ring at 1-800-GRILLPRO.", "phone_number"),
    ("Call (888) GO-FEDEX for a pickup.", "phone_number"),
    ("実は当店は楽天市場にも出店しておりまして、次回からはそちらでご注文いただくと送料が無料です。", "off_amazon"),
    ("Si no le importa, déjenos una reseña.", "review_manipulation"),
    ("Leaving a review helps us a lot!", "review_manipulation"),
    # round twenty
    ("The review section is the perfect place to tell everyone how it went!", "review_manipulation"),
    ("A replacement unit is already on its way to you.", "compensation_promise"),
    ("Your negative feedback is costing us the Buy Box. The parcel was on time. Please remove it today.",
     "review_manipulation"),
    ("item shipped 2day. pls lv fdbk if all ok", "review_manipulation"),
    ("Could you text a photo of the label to 07700 900 312?", "phone_number"),
    # round twenty-one
    ("If you need to rearrange it, DPD's depot can be reached on 0113 496 0728.", "phone_number"),
    ("番号は〇九〇の七七一二の三〇四八です。", "phone_number"),
    ("一度お電話いただけませんか。", "off_amazon"),
    ("Bulk orders go to trade.orders/at/medisafe-uk/dot/com directly.", "email_address"),
    ("Collect the bench from our yard on Saturday and settle up in cash.", "off_amazon"),
    ("Solo haz el depósito de $689 en cualquier OXXO con la referencia.", "off_amazon"),
    ("Bestellen Sie es in unserem Webshop, dort fallen keine Marktplatzgebühren an.", "off_amazon"),
    ("We noticed you haven't left feedback yet, a quick note now would mean a lot.", "review_manipulation"),
    ("Those little st*rs under the listing make or break us.", "review_manipulation"),
    ("Sobald Sie Ihre 2-Sterne-Rezension entfernt haben, überweisen wir Ihnen 15 € zurück.", "review_manipulation"),
    ("Sobald Sie Ihre 2-Sterne-Rezension entfernt haben, überweisen wir Ihnen 15 € zurück.", "compensation_promise"),
    ("Wie viele Sterne wäre Ihnen das Ganze wert?", "review_manipulation"),
    ("Par curiosité : combien d'étoiles donneriez-vous à notre service ?", "review_manipulation"),
    ("Nos encantaría que contaras tu experiencia en la página del artículo.", "review_manipulation"),
    ("Nel nostro negozio Amazon arriva anche la nuova linea di snack al coniglio.", "marketing"),
    ("The matching lid and the Dutch oven work beautifully together - both listed under our brand.", "marketing"),
    # round twenty-two
    ("I've already popped a new lid in the post for you this morning.", "compensation_promise"),
    ("Keep the old one, there's no need to send anything back.", "compensation_promise"),
    ("We have made you a partial refund of 15 € for it today.", "compensation_promise"),
    ("Could you please remove the negative seller feedback you left on 4 April?", "review_manipulation"),
    ("Psst - tell your friends! Share your unique link and they'll get 10% off.", "marketing"),
    ("Notre nouvelle gamme de hamacs arrive, n'hésitez pas à jeter un œil à notre vitrine Amazon !", "marketing"),
    ("A breve lanciamo anche la nuova linea di pettorine imbottite.", "marketing"),
    ("Si le está gustando, sus comentarios en la página del producto ayudan mucho.", "review_manipulation"),
    ("Da 1 a 5, come valuterebbe la sua esperienza con noi?", "review_manipulation"),
    # round forty-four
    ('If you were scoring the packaging and the model out of five, where would we land?', 'review_manipulation'),
    ('Our little team reads every review, so yours would honestly make our week.', 'review_manipulation'),
    ('What helps a small shop like ours most is a few honest words on Amazon.', 'review_manipulation'),
    ('Schreiben Sie doch ein paar Sätze dazu unter den Artikel.', 'review_manipulation'),
    ('Anderen Käufern hilft so ein Hinweis bestimmt auch.', 'review_manipulation'),
    ('Da 1 a 5, quanto è soddisfatta?', 'review_manipulation'),
    ('Il suo voto per noi vale oro.', 'review_manipulation'),
    ('Also check out our matching leash, buying the bundle saves you 10%!', 'marketing'),
    ('Ab dem 1. März gibt es die Decke auch in Salbeigrün.', 'marketing'),
    ('Schauen Sie gern auf unserer Markenseite hier bei Amazon vorbei.', 'marketing'),
    ('We make refund of the 349 MXN for the broken glass.', 'compensation_promise'),
    ('Wir schicken Ihnen heute noch einen neuen Krug raus.', 'compensation_promise'),
    ('Der kaputte kann bei Ihnen bleiben.', 'compensation_promise'),
    ('Also we have our tienda in Mercado Libre with more stock.', 'off_amazon'),
    ('Pas la peine de repasser par Amazon : je vous livre directement.', 'off_amazon'),
    ("On s'arrangera pour le règlement.", 'off_amazon'),
    ('Para la otra, cómprenos directamente por Mercado Libre.', 'off_amazon'),
    # round forty-three
    ('Our holiday gift box goes live on our Amazon storefront next week.', 'marketing'),
    ('Our new diffuser attachment for this dryer is now on Amazon.', 'marketing'),
    ('P.S. Our 1000-piece puzzle just dropped, in case you need your next fix!', 'marketing'),
    ('There is a card in the box where you can sign up for our roast calendar.', 'marketing'),
    ('Get early access to the limited micro-lots.', 'marketing'),
    ("Once the review is gone I'll process your return, as promised.", 'review_manipulation'),
    ("I'll process your return without the 20% restocking fee.", 'compensation_promise'),
    ('Ich kann Ihnen die Thermostate auch direkt gegen Rechnung schicken.', 'off_amazon'),
    ('Sie überweisen dann innerhalb von 14 Tagen an uns.', 'off_amazon'),
    ('Si gusta puede cancelar el pedido aquí y se lo vendo por Mercado Libre.', 'off_amazon'),
    ('本日、新しいビットセットを別便にてお送りいたしました。', 'compensation_promise'),
    # round forty-two
    ('A few honest lines on the product page really does help other lifters.', 'review_manipulation'),
    ('A quick seller feedback rating from you would mean the world to our small family shop.', 'review_manipulation'),
    ("It's simpler to sort it privately with us.", 'off_amazon'),
    ("Cancel the Amazon one and we'll arrange payment between ourselves.", 'off_amazon'),
    ('For your next bulk order, drop us a line directly.', 'off_amazon'),
    ('Without the marketplace fees we can do 25 reams for less than here.', 'off_amazon'),
    ('If you cancel this order I can sell it to you directly for less.', 'off_amazon'),
    ('Si querés te lo vendo por Mercado Libre y te sale más barato.', 'off_amazon'),
    ("I've dispatched a new brass connector by Royal Mail today.", 'compensation_promise'),
    ('The spare strap goes out with Royal Mail today, no charge.', 'compensation_promise'),
    ('Le recomendamos también nuestro nuevo kit de brochas, los tiene en nuestra tienda de Amazon.', 'marketing'),
    ('A dicembre arriva la serie completa, la trovi nel nostro negozio su Amazon.', 'marketing'),
    ('Escríbanos a info（あっと）kireiya-cosme（どっと）jp por favor.', 'email_address'),
    # round forty-one
    ('P.S. A quick star rating goes a long way for a little shop like ours!', 'review_manipulation'),
    ('Other collectors browsing the listing would love to hear about it.', 'review_manipulation'),
    ('A few words about how we handled the return would mean a lot to us.', 'review_manipulation'),
    ('Da 1 a 5 stelle, quante ne darebbe?', 'review_manipulation'),
    ("Pop your number in a reply and we'll give you a ring.", 'off_amazon'),
    ("If you'd rather, I can take a bank transfer and post it to you.", 'off_amazon'),
    ('Sie überweisen den Betrag einfach direkt auf unser Geschäftskonto.', 'off_amazon'),
    ("Vous faites un virement sur notre compte et je vous l'envoie.", 'off_amazon'),
    ('Cancele el pedido aquí y se la vendemos directo en nuestra tienda.', 'off_amazon'),
    ('If you have friends into vintage crystal, point them to our storefront.', 'marketing'),
    ("Tell a friend about us and you'll both be glad.", 'marketing'),
    ('Parlez-leur de notre boutique Amazon, on a aussi des dahlias.', 'marketing'),
    ('Seit dieser Woche gibt es in unserem Amazon-Shop auch Insektenhotels.', 'marketing'),
    ('Vielleicht ist ja etwas für Ihren Garten dabei.', 'marketing'),
    ("If they buy the same arm, you'll both get £5 back from us.", 'compensation_promise'),
    ("We'll additionally refund the £4.20 return postage you paid.", 'compensation_promise'),
    ("Vous n'avez rien à nous renvoyer, vous pouvez disposer de l'ancien.", 'compensation_promise'),
    ('Un nouveau plateau en chêne vous sera expédié sous 5 jours.', 'compensation_promise'),
    # round forty
    ('A few words about the game on the Amazon page would mean the world.', 'review_manipulation'),
    ('Quick question for you - if you had to rate it now, how many stars would you give it?',
     'review_manipulation'),
    ("Could you share how it's working out for your espresso on the product page?", 'review_manipulation'),
    ('You give 1 star because of late delivery; please can you change to more stars.', 'review_manipulation'),
    ('Before you write anything on the product page, please give us one chance to fix it.', 'review_manipulation'),
    ('Vielleicht passen Sie Ihre Rezension entsprechend an?', 'review_manipulation'),
    ('¿Nos cuentas en la página del producto qué tal te va?', 'review_manipulation'),
    ('Le saremmo grati se volesse aggiornare il suo giudizio.', 'review_manipulation'),
    ('お味の感想を商品ページにお寄せいただけますと幸いです。', 'review_manipulation'),
    ('Our new light roast just went live on our Amazon storefront, worth a look if you like fruity cups.', 'marketing'),
    ('While you wait, have a look at our new 2024 linen bedding collection.', 'marketing'),
    ("You'll get 20% off your next custom order with us.", 'marketing'),
    ('Si une amie commande en mentionnant votre prénom, vous recevrez chacune un bon.', 'marketing'),
    ('Vous aurez un bon de 5 € sur votre prochain achat.', 'marketing'),
    ("We'll remake it free of charge.", 'compensation_promise'),
    ('Le abbiamo appena disposto un rimborso parziale di 6,90 €.', 'compensation_promise'),
    ("Le spediamo senza alcun costo un'unità nuova.", 'compensation_promise'),
    ('Para checar la bomba mejor mándanos whats al 55 1234 5678.', 'off_amazon'),
    ('Para checar la bomba mejor mándanos whats al 55 1234 5678.', 'phone_number'),
    # round thirty-nine
    ("Once it's on your wall, we'd be thrilled if you told other buyers what you make of it.", 'review_manipulation'),
    ('It would help us if you could let other schools on Amazon know how they hold up.', 'review_manipulation'),
    ('P.S. A few words of feedback on your order page helps a small shop like ours.', 'review_manipulation'),
    ('Now that it works, could you take another look at what you wrote?', 'review_manipulation'),
    ("We'd love to read their thoughts on the product listing.", 'review_manipulation'),
    ('Every customer who shares a photo review this month gets a little thank-you.', 'review_manipulation'),
    ('Every buyer gets a $10 Amazon gift card from us this month.', 'compensation_promise'),
    ("Please don't worry about sending the scarf back, keep it or give it to a friend.", 'compensation_promise'),
    ('The correct set is on its way and there is no need to send the wrong ones back.', 'compensation_promise'),
    ('Als kleines Trostpflaster haben wir noch ein Tütchen Kekse mit in den Karton gepackt.', 'compensation_promise'),
    ('Pour nous faire pardonner, on a glissé une boîte de biscuits en plus dans le carton.', 'compensation_promise'),
    ('Per farci perdonare, nel pacco troverà una sorpresa.', 'compensation_promise'),
    ('おまけのステッカーを1枚お入れしておきました。', 'compensation_promise'),
    ('For warranty claims please call our service centre directly instead of going through Amazon.', 'off_amazon'),
    ('Kommen Sie doch auf einen Kaffee bei uns im Hofladen vorbei.', 'off_amazon'),
    ('Dann nehmen Sie die Kiste gleich direkt bei uns mit.', 'off_amazon'),
    ('Venez donc goûter au caveau, il nous reste quelques cartons.', 'off_amazon'),
    ("Passez-nous un coup de fil à l'atelier.", 'off_amazon'),
    ('Si vienes por Haro, pásate por la bodega y te llevas directamente de aquí las botellas.', 'off_amazon'),
    ('Le prossime casse può ritirarle direttamente da noi: paga sul posto e si risparmia la spedizione.', 'off_amazon'),
    ('Appelez au zéro quatre, soixante-treize, quatre-vingts, douze, trente-cinq.', 'phone_number'),
    ('Tät uns ein paar Sternle auf der Produktseite arg freuen.', 'review_manipulation'),
    ('Nächste Woche kommt der Waldhonig ins Amazon-Sortiment, schauen Sie ruhig mal vorbei!', 'marketing'),
    ("Alors, vous nous mettriez combien d'étoiles ?", 'review_manipulation'),
    ('Nos haría mucha ilusión que lo contara en la página del producto.', 'review_manipulation'),
    ('Potrebbe gentilmente valutare di togliere il feedback?', 'review_manipulation'),
    ('先日いただいた評価を見直していただくことはできませんでしょうか。', 'review_manipulation'),
    ('We send a quarterly price list to schools; would you like us to add you to it?', 'marketing'),
    ('Nel pacco troverà un codice sconto del 15% valido su tutto il nostro catalogo.', 'marketing'),
    # round thirty-eight
    ("If you cancel, you can order the green one directly from us and we'll ship it today.", 'off_amazon'),
    ('Would you be open to revisiting your 2-star review now that it works?', 'review_manipulation'),
    ("We've also covered your original £4.99 delivery, you'll see it shortly.", 'compensation_promise'),
    ('The returned kettle arrived; we added the postage on top of the item refund.', 'compensation_promise'),
    ('Wir würden uns freuen, wenn Sie Ihre Erfahrung auf Amazon mit anderen Kundinnen teilen.', 'review_manipulation'),
    ('Ab Montag gibt es in unserem Amazon-Shop die neue Winterkollektion, vielleicht ist ja etwas dabei!', 'marketing'),
    ('Ya te hemos enviado otra unidad sin ningún coste; la rota puedes quedártela.', 'compensation_promise'),
    ('¡Aprovecha! Esta semana tenemos 2x1 en todas las fundas.', 'marketing'),
    ('Abbiamo appena provveduto a rimborsarLe le spese di spedizione.', 'compensation_promise'),
    ('Nel nostro negozio Amazon trova anche la versione in acciaio, perfetta da abbinare.', 'marketing'),
    ('Se fosse disposta a modificarla, ne saremmo felici.', 'review_manipulation'),
    ('Se la modifica, saremo felici di restituirLe la differenza di prezzo.', 'compensation_promise'),
    ('当店の直販サイトからご注文いただければ、明日発送が可能です。', 'off_amazon'),
    ('不良品は返品不要ですので、そのまま処分してください。', 'compensation_promise'),
    ('新しい電動歯ブラシを本日お送りいたしました。', 'compensation_promise'),
    # round thirty-seven
    ("Once you've used it, a quick line on the product page about the grip would help us.", 'review_manipulation'),
    ('Other parents would surely love to hear how the stroller holds up.', 'review_manipulation'),
    ('Andere Käufer würden sicher gerne lesen, wie sich die Lampe bei Ihnen macht.', 'review_manipulation'),
    ('Petite question : sur 5, combien vous lui mettriez ?', 'review_manipulation'),
    ('Out of 10, how would you score the blender so far?', 'review_manipulation'),
    ('Ci piacerebbe leggere come si trova nella pagina del prodotto.', 'review_manipulation'),
    ('Refunded the shipping on your order, sorry for the wait.', 'compensation_promise'),
    ('The matching cushion covers are also on Amazon under our brand, they go lovely with it.', 'marketing'),
    ('Ab Montag gibt es in unserem Amazon-Shop das ganze Set, schauen Sie gerne mal vorbei!', 'marketing'),
    ('Abbiamo appena messo online il kit completo, lo trova tra i nostri prodotti su Amazon.', 'marketing'),
    ("I can do it outside of here; reply with your email and I'll send an invoice.", 'off_amazon'),
    ("You can pay by internet banking once I send the invoice.", 'off_amazon'),
    ('For warranty claims please download the SweepPro app and chat with our team in there.', 'off_amazon'),
    ('Besuchen Sie „schraub.bar“ für mehr.', 'external_link'),
    ('Per il pacco chiami il numero 333 123 4567.', 'phone_number'),
    # round thirty-six
    ("Once it arrives we'd love to know how you'd rate the binding out of five.", 'review_manipulation'),
    ('A star rating on Amazon really helps other families find a tiny shop like ours.', 'review_manipulation'),
    ('Your opinion truly helps small makers like us be found.', 'review_manipulation'),
    ('If it keeps running well, other buyers would really benefit from hearing how it went.', 'review_manipulation'),
    ('Vos impressions sur la page du produit seraient précieuses pour les futurs clients.', 'review_manipulation'),
    ('¿Podría actualizar el comentario que nos dejó ahora que está resuelto?', 'review_manipulation'),
    ("Ci faresti un favore a raccontare com'è andata sulla pagina del prodotto.", 'review_manipulation'),
    ("Le rimborsiamo l'ordine se accetta di rimuoverla.", 'review_manipulation'),
    ('£4.99 refunded for the missing screws, should show in a few days.', 'compensation_promise'),
    ('Keep it. New one sent.', 'compensation_promise'),
    ("Le proponiamo il rimborso completo dell'ordine.", 'compensation_promise'),
    ('By the way, the matching lid is back in stock this week in case you want one.', 'marketing'),
    ('Si vous annulez et passez commande chez nous directement, on vous le livre lundi.', 'off_amazon'),
    ('Write to us at s h o p h e l p @ g m a i l . c o m for the PDF.', 'email_address'),
    # round thirty-five
    ("So sorry the colour is off. Don't worry, I'll sort something out for you.", 'compensation_promise'),
    ("If you're in town, bring it in and we'll fit a new strap for you free.", 'compensation_promise'),
    ('Sorry about the dent, I will do a partial refund of $6 for the trouble.', 'compensation_promise'),
    ('Wir haben die beiden Tassen bereits neu verpackt und heute an Sie auf den Weg gebracht.', 'compensation_promise'),
    ('Nous prendrons à notre charge les frais de retour.', 'compensation_promise'),
    ('Non si preoccupi: ci pensiamo noi a rimediare.', 'compensation_promise'),
    ('今回の件は当店で埋め合わせさせていただきます。', 'compensation_promise'),
    ("As a thank you I'll email you the bonus colouring pages for free.", 'compensation_promise'),
    ('How many stars do you think our kettle deserves?', 'review_manipulation'),
    ('It would be lovely if you could tell the other customers about it on Amazon.', 'review_manipulation'),
    ('If you pop a review up on Amazon, that would make my week.', 'review_manipulation'),
    ('Schreib uns gern bei der Bestellung, wie er sich trägt, da lesen das auch andere Kunden.', 'review_manipulation'),
    ('Nos encantaría saber, del 1 al 5, qué tanto le gustó.', 'review_manipulation'),
    ('Un suo parere sulla pagina del prodotto sarebbe preziosissimo.', 'review_manipulation'),
    ('Our Black Friday sale starts on Friday with 20% off across all our listings.', 'marketing'),
    ("Just reply YES and we'll add you to our VIP readers list.", 'marketing'),
    ("We're running a referral month, so tell your friends about our store.", 'marketing'),
    ('Im Ladengeschäft haben wir auch Großpackungen, die es auf Amazon nicht gibt.', 'marketing'),
    ("Pop into our repair counter on Kirkgate and we'll fit it.", 'off_amazon'),
    ('Im Laden in der Bergstraße haben wir mehr Auswahl, kommen Sie gern vorbei.', 'off_amazon'),
    ('Bei Velo Brunner ist es vorrätig, dort können Sie es direkt abholen.', 'off_amazon'),
    ("Annulez la commande : chez nous en direct, vous l'auriez en 48 h.", 'off_amazon'),
    ('O si prefieres, pásate por nuestro taller y te la ponemos.', 'off_amazon'),
    ('Può anche ritirarlo direttamente nel nostro negozio in via Roma 3.', 'off_amazon'),
    ('お電話でのサポートをご希望でしたら、お気軽にどうぞ。', 'off_amazon'),
    ('お電話はゼロイチニーゼロ、ヨンサン、ナナナナハチまで。', 'phone_number'),
    ('For custom sizes please contact our Line ID: teakhome_id.', 'messenger_handle'),
    # round thirty-four
    ("Crystal kit replacement posted today, tracking to follow. Sorry again.", "compensation_promise"),
    ("I will arrange something nice for you for the trouble, I promise.", "compensation_promise"),
    ("Wir melden uns mit einer Lösung, bei der Sie ganz sicher nicht draufzahlen.", "compensation_promise"),
    ("No se preocupe, que esto lo arreglamos nosotros y usted no va a salir perdiendo.", "compensation_promise"),
    ("Al prossimo ordine ci pensiamo noi, nel pacco troverà qualcosa in più.", "compensation_promise"),
    # round thirty-three
    ("The same bundle is live on the blue-and-yellow site under our name at ₹1,250.", "off_amazon"),
    ("Wir lassen Ihnen noch diese Woche kostenfrei ein neues Netzteil zukommen.", "compensation_promise"),
    # round thirty-two
    ("I've got a near-identical pair at the shop in Brighton, if you're ever passing!", "off_amazon"),
    ("There is a Subscribe & Save option on the listing, and our holiday gift boxes launch November 1st!",
     "marketing"),
    ("On a scale of 1 to 5, how happy are you with the charger so far?", "review_manipulation"),
    ("If it's a 5, posting that on the listing helps other shoppers decide too.", "review_manipulation"),
    ("Wir haben im eigenen Webshop noch zwei Stück am Lager.", "off_amazon"),
    ("Einfach nach „Modellbahn Krüger Bielefeld“ googeln, dann finden Sie uns sofort.", "off_amazon"),
    ("Le sugiero cancelar el pedido y buscarnos en Mercado Libre como HogarMax Oficial.", "off_amazon"),
    ("Trova anche il coperchio in vetro abbinato, magari le possono interessare.", "marketing"),
    ("お手元の破損品はご返送いただく必要はございません。", "compensation_promise"),
    ("そのまま処分していただいて構いません。", "compensation_promise"),
    ("12本入りケースは当社の直営オンラインショップでご用意しております。", "off_amazon"),
    ("「甲州ワイナリー葡萄の丘」で検索していただければすぐに見つかるかと存じます。", "off_amazon"),
    # round thirty-one
    ("Discover our Ramadan gift collection: amazon.ae/stores/AlNakheel", "marketing"),
    ("Also please check our Amazon store for new arrivals of MagSafe power banks at best price.", "marketing"),
    ("Wenn Sie einen Moment finden, erzählen Sie es doch den anderen Eltern, wo Sie das Buch gekauft haben.",
     "review_manipulation"),
    ("Neue Bremsbeläge gehen morgen kostenlos raus, den alten Satz brauchen wir nicht zurück.", "compensation_promise"),
    ("Envoyez-nous une photo et nous trouverons un arrangement qui vous conviendra.", "compensation_promise"),
    ("Si l'envie vous prend de raconter cette expérience aux futurs acheteurs, ce serait super.",
     "review_manipulation"),
    ("Ya no lo tenemos en Amazon, pero nos puede encontrar en Mercado Libre como TapetesGDL.", "off_amazon"),
    ("Troveremo di sicuro un modo per farla contento.", "compensation_promise"),
    ("Se se la sente, valuti lei se aggiornare il giudizio.", "review_manipulation"),
    ("ご不便をおかけしたお詫びとして、何かしらの形でご対応させていただきます。", "compensation_promise"),
    ("春の新色もAmazonストアにて販売を開始いたしました。", "marketing"),
    # round thirty
    ("The marbled variant is still available if you look up our label, Dustline Records, on Bandcamp.", "off_amazon"),
    ("We're bundling it with the K2 drops at a lower price through the end of the month.", "marketing"),
    ("Ping me on Tele @ gadget hub sg (no spaces) and I'll send it over.", "messenger_handle"),
    ("If you show your tea set photo in Amazon review, we are very glad to send small gift.", "review_manipulation"),
    ("Give me a day or two and I'll make sure something is coming your way to say sorry.", "compensation_promise"),
    ("Máire\nInis Yarns\ninisyarns\n.ie", "external_link"),
    ("Senden Sie uns ein Foto, da werden wir uns nicht kleinlich zeigen.", "compensation_promise"),
    ("Ne vous inquiétez pas, nous allons faire un geste.", "compensation_promise"),
    ("On en a encore trois au magasin, passe nous voir rue Saint-Denis.", "off_amazon"),
    ("Ci farebbe piacere sapere cosa ne pensa, magari raccontandolo agli altri clienti.", "review_manipulation"),
    ("実は同じ商品を自社オンラインショップでも販売しております。", "off_amazon"),
    # round twenty-nine
    ("We'd be thrilled if you came back in spring and told everyone on Amazon how they bloomed!",
     "review_manipulation"),
    ("Please don't worry about returning anything.", "compensation_promise"),
    ("We will send a new runner set by Royal Mail tomorrow.", "compensation_promise"),
    ("You are welcome to keep the original unit.", "compensation_promise"),
    ("Schick das Terrarium bitte nicht zurück, behalt es einfach.", "compensation_promise"),
    ("Wir finden eine Lösung, bei der Sie nicht auf den Kosten sitzen bleiben.", "compensation_promise"),
    ("Ese taladro ya no está en Amazon, pero búsquenos en Mercado Libre como HerramientasDelNorte.", "off_amazon"),
    ("On Etsy the same mug is cheaper, just so you know.", "off_amazon"),
    ("Le segnalo che abbiamo appena messo in vendita su Amazon anche i blocchi di carta.", "marketing"),
    # round twenty-eight
    ("If you cancel the return and order the 38 from our own web store instead, it's with you in 48 hours.",
     "off_amazon"),
    ("お届け先の確認のため、ゼロきゅうはち の ななにいさんいち の ごよんろくきゅう まで。", "phone_number"),
    ("すぐに代わりの商品をお送りいたします。", "compensation_promise"),
    ("お手数ですが、お電話いただけますと助かります。", "off_amazon"),
    ("To answer your question, please leave a review, it helps us a lot.", "review_manipulation"),
    # round twenty-seven
    ("Would you consider amending your two-star review now the part fits?", "review_manipulation"),
    ("We'll cut a new key and pop it in the post to you tomorrow.", "compensation_promise"),
    ("The V2 launches on the 3rd, might be worth waiting for that one.", "marketing"),
    ("Next time, please buy direct rather than through Amazon, the fees are brutal.", "off_amazon"),
    ("The manual is too big to attach, you'll find it on our site under Downloads.", "off_amazon"),
    # round twenty-six
    ("Since the 3-star note, the part has arrived; would you mind revisiting what you wrote?", "review_manipulation"),
    ("Next time you're on the listing, we'd love to hear what you thought of the mat.", "review_manipulation"),
    ("Se potesse rivedere il giudizio, ci farebbe un grande favore.", "review_manipulation"),
    ("Send us the mechanic's invoice and we'll cover the labour.", "compensation_promise"),
    ("Por las molestias le obsequiamos un vale de 5 €.", "compensation_promise"),
    ("Le inviamo volentieri un buono da 10 € per il disagio.", "compensation_promise"),
    ("For support please download our HomeHub app and open a ticket there.", "off_amazon"),
    ("Write to our engineers directly, it's faster than Amazon messaging.", "off_amazon"),
    ("Nos bonnets assortis viennent d'arriver, 15 % moins chers cette semaine.", "marketing"),
    ("Para su próxima compra le dejamos el código VUELTA10 con un 10 % de descuento.", "marketing"),
    ("来月から当店でセールを開始します。", "marketing"),
    # round twenty-five
    ("The problem is fixed now, so perhaps you could consider removing the two-star review?", "review_manipulation"),
    ("Is the review really necessary now the heater works again?", "review_manipulation"),
    ("Pop into Your Orders and tell Amazon how we did as a seller.", "review_manipulation"),
    ("Don't worry about the cracked pot, a new one goes out on Monday.", "compensation_promise"),
    ("For engraving questions please write via the form on our company website.", "off_amazon"),
    ("Please reply by email instead of Amazon messages, it's quicker.", "off_amazon"),
    ("Amazon won't let us change the size, so the easiest is you pay the 8 € difference by PayPal.", "off_amazon"),
    ("Il modello da 2 litri lo trova sul nostro sito, sezione caraffe.", "off_amazon"),
    ("Annulli pure l'ordine e lo gestiamo direttamente tra noi.", "off_amazon"),
    ("Unser ganzes Sortiment mit 60 Sorten finden Sie auf unserer Seite.", "off_amazon"),
    ("Our autumn bulb collection has just gone live, if you fancy a look.", "marketing"),
    # round twenty-four
    ("Please share your honest thoughts on the listing when you have a moment.", "review_manipulation"),
    ("I see you gave us 3 stars - is there anything we can do to bring it up to 5?", "review_manipulation"),
    ("Could you tell other dog owners on Amazon what you think of the harness?", "review_manipulation"),
    ("Un suo parere sulla pagina del prodotto ci aiuterebbe molto.", "review_manipulation"),
    ("Create an account on our official site and the 3-year warranty is activated.", "off_amazon"),
    ("Den Tisch in Eiche können Sie direkt bei uns im Onlineshop bekommen.", "off_amazon"),
    ("次回からは直接弊社の公式サイトでご購入いただけます。", "off_amazon"),
    ("ご不明な点はお電話にてお問い合わせください。", "off_amazon"),
    ("お急ぎでしたら、ゼロキュウゼロのいちにさんよんのごろくななはちまで。", "phone_number"),
    ("Don't open a case, just pay the difference by PayPal and I'll send it today.", "off_amazon"),
    ("We've knocked the shipping off as an apology.", "compensation_promise"),
    # round twenty-three
    ("Sorry for the mix-up. Keep the 10mm one, it's yours.", "compensation_promise"),
    ("Your preferred option: a full refund from us, or a brand new pan sent out.", "compensation_promise"),
    ("We will send you a spare pair of backs plus a small free bracelet.", "compensation_promise"),
    ("Send it back via Your Orders and I'll personally send you the L size immediately.", "compensation_promise"),
    ("We'll repair or replace it, and we'll pay the postage too.", "compensation_promise"),
    ("Thanks for the review you left! Could you maybe edit it to mention the courier?", "review_manipulation"),
    ("Could you spare 30 seconds to rate it?", "review_manipulation"),
    ("I would be grateful if you could write about your experience with the knife on Amazon.", "review_manipulation"),
    ("Give us a quick call tomorrow morning and we'll sort it out.", "off_amazon"),
    ("Pourriez-vous modifier votre commentaire d'une étoile sur la fiche produit ?", "review_manipulation"),
    ("Cuéntenos en la página del producto qué le pareció el aceite.", "review_manipulation"),
    ("Ci farebbe piacere sapere cosa ne pensa, magari con due righe sotto l'inserzione.", "review_manipulation"),
    ("Quando riceve il pacco, può anche valutare la consegna dal suo account Amazon.", "review_manipulation"),
]
LOOKALIKES = [
    # round forty-four
    'Oui, les cartouches sont compatibles avec la carafe Bio.Net de 2,4 L.',
    'Die Lieferung dauert von 1 bis 5 Tagen; Sie können zufrieden sein.',
    "We can't make a refund ourselves; Amazon refunds once the return is scanned.",
    'Leider können wir Ihnen keinen neuen Krug schicken, bitte wenden Sie sich an Amazon.',
    # round forty-three
    "You're welcome to write whatever you like in your review, that's completely up to you.",
    'The wiring loom is made by Tow-Trust.UK Ltd and plugs in behind the boot trim.',
    "The lid from the @Home 1.5L kettle won't fit the 1.7L version.",
    "We can't waive the restocking fee; Amazon applies it to opened items.",
    'Our next shipment arrives on 22 July, and it usually goes live on Amazon 5-7 days after that.',
    # round forty-two
    'Sie selbst können sie aber jederzeit in Ihrem Konto unter „Ihre Rezensionen“ bearbeiten oder entfernen.',
    'Votre commande (2 bacs à fleurs en zinc) a bien été remise à bpost.',
    'Thank you for the kind feedback, it means a lot to the whole team.',
    'Amazon has dispatched a new unit from its warehouse.',
    "We can't sell it to you directly; please order through Amazon.",
    # round forty-one
    "We aren't able to take PayPal or a bank transfer. You're welcome to add them to your basket here as usual.",
    'Amazon vous remboursera; un nouveau colis vous sera expédié par Amazon.',
    'Other buyers asked the same question about the lid.',
    # round forty
    'The @Home Smart Plug (model HS-110) only works on 2.4 GHz Wi-Fi.',
    'Sie können Ihre Bewertung jederzeit in Ihrem Amazon-Konto ändern.',
    "We can't remake it free of charge, but Amazon's return window is still open.",
    "What's the model number on the label?",
    "Non possiamo spedirle un'unità nuova senza un reso tramite Amazon.",
    'Quick question for you: is the lid the 24 cm or the 28 cm one?',
    "The 'share' button you mentioned on the product page is Amazon's own feature.",
    # round thirty-nine
    'The @Home series desk lamps use the same E27 fitting.',
    '当店ではお電話での対応を行っておらず、すべてAmazonのメッセージ機能にてご案内しております。',
    'Thanks for your feedback on the lid, it helps us improve the design.',
    "Please don't send it back until Amazon has approved the return.",
    'Amazon will send you a prepaid label; no need to send it back before you get it.',
    '評価の変更や削除は当店ではできません。',
    "We can't offer a gift card; every buyer gets the same price on Amazon.",
    'Se preferisce, può ritirarlo presso un Amazon Locker.',
    "As this is a chilled food product, it can't be returned or resold, so please don't send it back.",
    '当社の直販サイトでのご購入をご希望とのことですが、規約上できかねます。',
    # round thirty-eight
    'Amazon will cover the return shipping because the item was faulty.',
    "We can't cover your original delivery cost, sorry; Amazon decides on refunds.",
    'Amazon te ha enviado otra unidad desde su almacén.',
    'Non possiamo restituirle la differenza di prezzo, ci dispiace.',
    "You can't order it directly from us; please use the Amazon listing.",
    'Die Lieferung dauert 2 x 1 Tag, also zwei Tage.',
    # round thirty-seven
    'Der Hersteller heißt tatsächlich „Schraub.bar“, so steht es auf der Verpackung.',
    'はい、「LUNA.skin」の化粧水は無香料です。',
    'Sì, il termostato smart Casa.Net T2 funziona con caldaie a 24 V.',
    'Vous pourrez ouvrir une réclamation depuis votre compte Amazon.be.',
    "There's a note on the product page about sizing.",
    'Amazon has refunded the shipping on your order.',
    "We can't take payment outside of here, sorry; please order through Amazon.",
    'Please use the Amazon app to chat with customer service about the delivery.',
    'Schauen Sie bitte auf dem Etikett nach der Chargennummer.',
    'La spedizione GLS ha numero 6710 4482 193, consegna prevista venerdì.',
    # round thirty-six
    "Ma'am, the bottle says '@Home Fresh' because that is the brand name.",
    '«@Home» sulla confezione è solo il nome della nostra linea.',
    'The Kitchen.io scale takes 2 x AAA batteries.',
    'Pay on Delivery amount Rs 1,499 is to be paid to the Amazon delivery associate in cash or UPI.',
    'Sì, può modificare o eliminare la sua recensione in qualsiasi momento dal suo account Amazon.',
    'Yes, you can add photos to a review from the product page.',
    '助手席側は 85242-47040 となりますのでご注意ください。',
    'The Toyota part 90080-36193 fits the 2015 model.',
    'Amazon refunded the 4.99 for the missing cable on Monday.',
    "If Amazon's new one sent yesterday arrives, please return the old one.",
    "We can't tell you how to rate it out of five; that's up to you.",
    'Non possiamo proporle un rimborso fuori da Amazon.',
    # round thirty-five
    'Hi Nora, to write a review, go to the product page on amazon.com and scroll to the bottom.',
    'レビューをご投稿いただいた方への特典やプレゼントは一切ご用意しておりません。',
    "We'll sort something out with the courier and let you know tomorrow.",
    "Les frais de retour sont à la charge de l'acheteur, sauf si l'article est défectueux.",
    'Das Paket wurde heute an Sie auf den Weg gebracht.',
    'We can add you to the waiting list for the restock.',
    'Die Lieferung dauert von 1 bis 5 Werktage, je nach Region.',
    'Please read line ID: 4 on the invoice.',
    'Se preferisce, può ritirarlo presso il punto di ritiro Amazon più vicino.',
    "We can't make it up to you with a refund outside Amazon, sorry.",
    'Choose a rating from 1 to 5 and add a comment if you like.',
    "You offered five stars if we send you a second one for free. Sorry, we can't do that.",
    '当店ではお電話でのお問い合わせ窓口を設けておりません。',
    'Non possiamo fare sconti, nemmeno in caso di ritiro in magazzino.',
    # round thirty-four
    "Whether you leave a review or not is entirely your call, and returned items don't affect that.",
    "Once Amazon's replacement is shipped today, the old one goes back with the prepaid label.",
    "We can't arrange something for you outside Amazon, sorry.",
    # round thirty-three
    "I understand you're frustrated. What you write in your review is entirely your decision.",
    "Conservez-la à l'abri de la lumière, entre 12 et 18 °C.",
    "レビューの投稿に対して当店から特典やお礼をお渡しすることはできかねます。",
    "The same bundle is listed on Amazon under our name, just search the ASIN.",
    "Wir lassen Ihnen die Rechnung noch heute zukommen.",
    # round thirty-two
    "Hi Síle, no, there's absolutely no need to leave a review, it's completely optional.",
    "Ihre Rezension können Sie jederzeit selbst in Ihrem Amazon-Konto unter „Ihre Rezensionen“ bearbeiten.",
    "Nous ne pouvons offrir aucune réduction ni aucun cadeau en échange d'un avis.",
    "Nous vous signalons toutefois que le remboursement de 129,99 € a déjà été effectué par Amazon le 08/11.",
    "No, non abbiamo cancellato la sua recensione: i venditori non possono modificarle.",
    "Se le può interessare, le mando le istruzioni qui in chat.",
    "「防水 ケース 6.7インチ」でAmazonで検索していただければ見つかります。",
    "The tracking update comes out on Monday, sorry for the wait.",
    # round thirty-one
    "Hi Priya, we don't run a mailing list, and we can't share dates for upcoming colours.",
    "Wie wir den anderen Kunden schon geschrieben haben, liegt die Verzögerung beim Spediteur.",
    # round thirty
    "Der Luftfilter mit der Nummer 1444.TK passt auf Ihren Peugeot 308 SW.",
    "I'm sorry, we aren't able to give gift cards or vouchers.",
    "We can't do a bundle: I'm sorry, we aren't able to offer a discount on the pair.",
    "We're not on Facebook or Instagram; everything goes through Amazon.",
    "Leider können Sie nicht bei uns vorbeikommen, wir sind ein reiner Versandhandel.",
    # round twenty-nine
    "Thanks, but we only sell through Amazon, so we can't take an order by email or over the phone.",
    "Lamentamos no poder ofrecerle un descuento adicional ni un cupón para su siguiente compra.",
    "We can't offer 10% off your next order, sorry: the price is already as low as we can go.",
    "You told everyone on Amazon that it broke, and we understand why.",
    "You can keep them in the fridge for up to a week.",
    "We will send a new tracking number tomorrow once the courier scans it.",
    "Behalten Sie einfach die Quittung, falls Sie zurücksenden möchten.",
    "The eBay listing you saw isn't ours; it's cheaper because it's a copy.",
    "We don't sell on eBay or Etsy, only here on Amazon.",
    "Abbiamo appena aggiunto alla scheda prodotto due foto degli orecchini indossati.",
    # round twenty-eight
    "I know loads of shops sort this over Instagram or text, but we can only help through Amazon messages.",
    "I know some sellers post parts for PayPal, but we're not able to take payment outside Amazon.",
    "Capisco che su WhatsApp sarebbe più comodo, ma le regole di Amazon non ci permettono di spostarci.",
    "Nos preguntabas si puedes dejar una opinión aunque hayas devuelto el producto: eso depende de Amazon.",
    "「このレビューは削除されてしまうのか」というご質問ですが、レビューはAmazonが管理しております。",
    "LINEでやり取りできないかとのご提案、ありがとうございます。",
    # round twenty-seven
    "Amazon refunds it to your Amazon Pay balance, or to your bank account if you added bank details in the return.",
    "We only sell through Amazon, so there isn't another place to order from us.",
    "The sensor is a direct replacement for 89465-06240 on the downstream side.",
    "We don't have a site of our own; everything is here on Amazon.",
    # round twenty-six
    "Viele nutzen das Stativ für Videos auf TikTok oder Instagram; die Fernbedienung läuft über Bluetooth.",
    "La perche fonctionne avec les applis du type Instagram ou TikTok.",
    "Ci ha chiesto un contatto WhatsApp: le regole di Amazon non ci permettono di darlo, continuiamo qui.",
    "Thanks for offering to pay by bank transfer, but all payments go through Amazon's checkout.",
    "We can't cover the garage's labour, but the return through Your Orders is free for a faulty part.",
    "Amazon will cover the return postage for a faulty item.",
    # round twenty-five
    "No need to contact anyone outside Amazon: the 'Problem with order' button in Your Orders reaches Amazon.",
    "Wir haben nachgesehen: Die Erstattung über 34,90 € wurde von Amazon auf Ihr Zahlungsmittel veranlasst.",
    "Entendemos que por WhatsApp sería más cómodo, pero las normas de Amazon no nos permiten compartir números.",
    "We can't take PayPal, so please complete the payment through Amazon's checkout.",
    "The review is entirely yours; we would never ask you to remove it.",
    # round twenty-four
    "Les soldes sur Amazon sont gérées par la plateforme : nous ne pouvons pas appliquer l'ancien prix.",
    "Your 3-star review is yours to keep; what can we do to make the lamp work for you?",
    "You can register the warranty in the booklet; nothing needs to be done on any website.",
    "We can't knock anything off the price, sorry, it's already at cost.",
    "Our case number is ZERO-RATED for VAT; ご注文番号はいちにさんです。",
    "If you'd like to share your feedback on Amazon, that is entirely up to you; we ask for nothing.",
    # round twenty-three
    "Sie haben geschrieben, dass Sie eine schlechte Bewertung abgeben werden. Das ist Ihr gutes Recht.",
    "Se ha la pianta larga può valutare il 42.",
    "Il prezzo di 59,00 € era quello dei saldi di gennaio, che si sono conclusi.",
    "You can add a free gift message at checkout and Amazon will print it on the packing slip.",
    "Amazon offers a free return for this item through Your Orders.",
    "Vous pouvez modifier votre commentaire à tout moment depuis votre compte, c'est vous qui décidez.",
    # round twenty-two
    "The spare spool isn't listed on Amazon at the moment - we're waiting on stock from the supplier.",
    "Nous ne savons pas encore si ce canapé sera en promotion pendant les soldes.",
    "Non sappiamo dirle se sarà in offerta durante il Prime Day, le promozioni vengono decise all'ultimo momento.",
    # round twenty-one: the buyer's words quoted back, restated questions, refusals
    "Regarding your question 'Can I pay by PayPal?': payment is only possible through Amazon's checkout.",
    "You quoted our listing: 'Follow us for updates' - that line was left by mistake.",
    "You wrote 'I'd happily pay extra by bank transfer to get it sooner.' All payments go through Amazon.",
    "Ci chiedi se abbiamo un profilo Instagram: qui su Amazon non possiamo indicare profili social.",
    "Amazonを通さずに銀行振込でお取引できないかとのご相談ですが、当店では一切お受けしておりません。",
    "We don't do cash on collection, I'm afraid: everything goes through Amazon.",
    "You haven't left a review, so there is nothing to remove.",
    "The depot is easy to reach on foot from the station.",
    "The matching lid is sold separately; both are listed in the product details.",
    "Puede elegir el pago en efectivo en OXXO al finalizar la compra en Amazon.",
    # round five
    "La garantie est de 2 ans ; conservez la facture Amazon.",
    "Je vérifie s'il nous est possible de vous faire parvenir une pièce de rechange.",
    "Nous allons vous envoyer un nouveau lien de suivi.",
    "El abono suele verse en su tarjeta entre 3 y 5 días hábiles.",
    "Può tenerlo premuto per cinque secondi per resettare il timer.",
    "Bitte behalten Sie die Originalverpackung, bis die Rücksendung angemeldet ist.",
    "Wie ich sehe, haben Sie im Rücksendezentrum bereits Ersatz ausgewählt; Amazon verschickt ihn.",
    "Für die Rücksendung über Amazon müssen Sie nichts bezahlen.",
    "La bolsa de regalo no está incluida en el pedido.",
    "Il tappo non è in omaggio con questo modello, va ordinato a parte.",
    # round six
    "Wir verstehen Ihren Wunsch, eine Erstattung ohne Rücksendung können wir aber leider nicht vornehmen.",
    "この度はレビューをご投稿いただき、ありがとうございました。",
    "Die Bremsbeläge mit der Vergleichsnummer 0 986 494 123 passen auf Ihren Golf.",
    "We value your opinion on the new lid and passed it to the factory.",
    "Your parcel has just landed at the local depot and goes out tomorrow.",
    "Please recycle the packaging; the box is cardboard.",
    "Have a great weekend :)",
    # round seven
    "Thank you for your lovely 5-star review, it made our Monday.",
    "Once opened, you can keep it in the fridge for five days.",
    "If the size is wrong, you can cancel the order and then order the larger one on Amazon.",
    "Our filters are definitely the right fit for the A2 and A3 models.",
    "Bestellungen außerhalb von Amazon können wir leider nicht anbieten.",
    "No podemos hacer precios ni pedidos fuera de Amazon.",
    "Purtroppo non possiamo accettare pagamenti tramite bonifico o in contanti.",
    "El descuento es de Suscríbete y ahorra de Amazon, no nuestro.",
    "Vous nous demandez comment retirer l'avis : seuls Amazon et l'auteur y ont accès.",
    "Ihre Bewertungen können wir weder vorab sehen noch entfernen.",
    "レビューを削除したいとのことですが、当店では削除することはできかねます。",
    "La gravure est comprise dans le prix affiché, vous n'aurez rien à payer en plus.",
    # round eight
    "As per Amazon policy we are not able to call you or chat on WhatsApp, so please message us here.",
    "We've got new stock arriving on Tuesday, so your backorder will ship then.",
    "Your order was collected by Royal Mail from our unit on 4 March.",
    "No, we won't ask you to remove your review, and we can't do anything to it.",
    "Merci d'avoir pris le temps de laisser un avis.",
    "Ajoutez votre numéro de TVA intracommunautaire (FR 32 123456789) dans votre compte Amazon Business.",
    "Les plaquettes de frein réf. 0 986 494 123 sont compatibles avec votre Clio.",
    "You can always count on us.",
    # round nine
    "当店ではお取り置きやAmazon以外でのご注文は承っておりません。",
    "Amazon has refunded your postage; it shows in Your Orders.",
    "Once the return is scanned, Amazon issues an Amazon gift card balance for gift orders.",
    # round ten: answering how to leave a review, or that it is the buyer's choice
    "To leave seller feedback, go to Your Orders and choose \"Leave seller feedback\".",
    "To answer your question: you can leave feedback from the Your Orders page on Amazon.co.za.",
    "Pour évaluer le vendeur, allez dans « Vos commandes » et cliquez sur « Laisser une évaluation du vendeur ».",
    "Para valorar al vendedor, vaya a Mis pedidos y pulse «Escribir una opinión sobre el producto».",
    "Per lasciare una valutazione al venditore vada su I miei ordini e scelga da 1 a 5 stelle.",
    "È libero di lasciare la recensione che ritiene giusta.",
    "Es steht Ihnen selbstverständlich frei, eine Bewertung zu schreiben.",
    "出品者の評価は、「注文履歴」から「出品者を評価」を選んで投稿いただけます。",
    "The watch you saw on Instagram is the 40 mm version.",
    "Si el día 10 todavía no lo tiene, escríbanos por aquí.",
    # round eleven: refusals and facts
    "Thanks for asking, but we aren't able to sell outside Amazon or take payment directly.",
    "We understand you want to buy 20 packs directly from us instead of through Amazon; we do not sell outside it.",
    "Einen Verkauf außerhalb von Amazon bieten wir allerdings nicht an.",
    "Eine Zahlung per Überweisung oder PayPal direkt an uns ist leider nicht möglich.",
    "Nous ne pouvons malheureusement pas accepter de paiement par PayPal, chèque ou virement.",
    "No realizamos ventas fuera de Amazon ni podemos aceptar pagos por Bizum o transferencia.",
    "Non vendiamo al di fuori di Amazon e non possiamo accettare pagamenti tramite bonifico o PayPal.",
    "Amazon以外での直接のお取引や、銀行振込・代引きでのお支払いはお受けしておりません。",
    "Gracias por comentarnos que ya ha dejado su opinión.",
    "「配達の遅れについてレビューに書いてもよいか」とのご質問をいただきました。",
    "Prime会員の方は配送料無料でお届けいたします。",
    "The price of the puzzle dropped to €29.99 after your purchase; we cannot adjust placed orders.",
    # round twelve: refusals and answers to the buyer's questions
    "We cannot accept payment by bank transfer, UPI or cash outside Amazon.",
    "Seller feedback (from Your Orders > Leave seller feedback) is about us as a shop.",
    "Wir haben Ihre Rezension gelesen, in der Sie schreiben, dass der Deckel schwer aufgeht.",
    "Eine WhatsApp-Nummer können wir Ihnen allerdings nicht geben.",
    "Entendemos que prefiera hablarlo por WhatsApp, pero solo podemos atenderle por esta mensajería.",
    "Nos pregunta si puede dejar una opinión aunque haya devuelto la lámpara: sí.",
    "Non possiamo accettare pagamenti con bonifico, contrassegno o PayPal.",
    "Die Bezahlung läuft ausschließlich über Ihr Amazon-Konto, nicht per PayPal.",
    "LINEで動画を送りたいとのご要望をいただきましたが、当店ではLINEでのやり取りは行っておりません。",
    "銀行振込や代金引換でのお支払い、またAmazonを通さない直接のお取引はお受けしておりません。",
    "誤って別の商品にレビューを投稿してしまったとのことですね。レビューの削除は、プロフィールから行えます。",
    # round thirteen: ids in spaced chunks, refusals, the buyer's question or offer restated, Amazon's features
    "The parcel is with DPD, ref AB12 3456 7890 1234, due Friday.",
    "You asked whether you can pay with Venmo: Amazon handles all payment, so that isn't possible.",
    "Thanks for sharing your WhatsApp, but we can only reply here.",
    "We can't do a special price, sorry, it's the same for everyone.",
    "We don't offer collection from our warehouse; Amazon delivers every order.",
    "Eine Zahlung per Überweisung ist daher leider nicht möglich.",
    "当店の商品は全品送料無料でお届けしております。",
    "Amazon lets buyers add photos when they write a product review.",
    "To add pictures, use the \"Add a photo or video\" button on the review form.",
    "Our returns window is now live for the holidays: 30 days from delivery.",
    # round fourteen: how to leave feedback, asked and answered in five languages; refusals; the buyer's
    # question, offer or words restated; Amazon as the one in touch
    "You asked how to leave feedback: go to Your Orders and click 'Leave seller feedback'.",
    "Vous nous demandiez comment laisser une évaluation au vendeur : allez dans « Vos commandes ».",
    "Nos preguntas cómo se deja una opinión: entra en «Mis pedidos».",
    "Ci chiedeva come lasciare un feedback: clicchi su «Lascia un feedback sul venditore».",
    "Dort auf „Feedback zum Verkäufer abgeben“ klicken.",
    "We're not allowed to offer anything for a review.",
    "Lo que no podemos es darle nada a cambio de su valoración.",
    "C'est gentil de nous proposer de laisser un avis, mais nous ne pouvons rien demander.",
    "Ci chiede se può pagare con un bonifico. Non è possibile.",
    "Nous comprenons que vous souhaitiez commander directement chez nous, mais ce n'est pas possible.",
    "PayPal or bank transfer aren't options, sorry.",
    "You wrote that you 'will leave 1 star unless we refund the shipping'. We can't.",
    "結果はAmazonからお客様へ直接連絡されます。",
    "出品者がレビューをお願いすることは禁止されております。",
    "レビューはお客様がご自由に投稿されるものです。",
    "Your serial number is 416 555-0199 on the label.",
    # round fifteen: Amazon's moderation and duties described, refusals, the buyer's question or offer restated
    "Whether you can review a gift is up to Amazon, not us.",
    "We didn't remove your review, and we can't.",
    "If a review is taken down, that is Amazon's decision.",
    "You asked \"can I pay you cash on pickup?\" We're afraid not: all payments go through Amazon.",
    "Amazon collects the import VAT at checkout, so you won't pay anything extra at the door.",
    "You offered to update your review if we refund you; we don't trade refunds for reviews.",
    "You asked if we have our own website: we sell only on Amazon.",
    "Zu Ihrer Frage, ob die 5-Sterne-Bewertungen gekauft sind: nein.",
    "Wir bieten für Bewertungen weder Gutscheine noch Erstattungen an.",
    "Vous nous proposez de payer par virement : nous ne pouvons pas.",
    "Vous êtes bien sûr libre de donner votre avis.",
    "Non offriamo nulla in cambio di una recensione.",
    "Non possiamo spedire nulla gratis, né in sostituzione né in omaggio.",
    "LINEでのやり取りをご希望とのことですが、お受けできかねます。",
    "El número de guía es 7015432198.",
    "We cannot send a replacement free of charge, sorry.",
    "Amazon will send a replacement at no cost once the return is scanned.",
    # round sixteen: the buyer's question, offer or wish restated, for every wording rule; refusals;
    # explanations in the third person; Amazon's own payment method; a company form in a signature
    "We can't accept Interac e-Transfer or other payments outside Amazon.",
    "Only the buyer can remove feedback, within 60 days.",
    "Your sister can write a product review on her own account.",
    "You offered to leave five stars for a free wallet; we can't do that.",
    "Man vergibt 1 bis 5 Sterne und kann einen Kommentar schreiben.",
    "Sobre su pregunta de por qué no le aparece la opción de escribir una reseña: la gestiona Amazon.",
    "Puede elegir el pago en efectivo en OXXO, un método de la propia Amazon.",
    "Nos propone dejar una reseña de 5 estrellas a cambio de un descuento; no podemos aceptarlo.",
    "Capisco che voglia scrivere una recensione negativa: è un suo diritto.",
    "Vous nous demandez notre compte Instagram : ce n'est pas possible ici.",
    "銀行振込や代金引換でのお支払いはできかねます。",
    "電話番号を教えてほしいとのご要望ですが、お伝えできません。",
    "Best regards,\nWeave & Co. SG",
    "We're not permitted to offer anything in exchange for a review.",
    "Dann kann man Sterne vergeben und einen Kommentar schreiben.",
    "Ja, Sie dürfen eine Bewertung abgeben, auch wenn Sie das Produkt geschenkt bekommen haben.",
    "Usted nos dice: «o me devuelven el dinero o pongo una reseña de una estrella».",
    "Número de expedición MRW: 0298 4471 2200.",
    "Amazon may take the review down if it breaks their rules.",
    "「出品者を評価」を選択すると、星の数とコメントを入力できます。",
    "Refunded €8.50 by Amazon on 3 May.",
    "Sei pezzi, tre colori, due misure: scelga pure.",
    "If you're happy with the replacement, just let us know and we'll close the case.",
    "Whether or not you're happy with it, we won't ask you for a review.",
    "Lydia from our team will check your order today.",
    "We're not running 20% off promotions; the price is what Amazon shows.",
    "Sans passer par Amazon, nous ne pouvons pas vous rembourser.",
    "Numéro d'envoi : XY 4583 2210 9 FR.",
    "また、出品者がレビューを編集・削除することもできない仕組みとなっております。",
    "Your feedback matters to us, so please tell us what went wrong with the zip.",
    "Without going through Amazon's returns page, the label can't be created.",
    "Please check the serial number when you review the photos.",
    "I understand PayPal would be easier for you, but we can only take payment through Amazon.",
    "Leaving a review has no effect on your return or refund - they're completely separate.",
    "No: los vendedores no podemos ver quién escribe una reseña, ni editarla ni eliminarla.",
    "お尋ねの件ですが、レビューのご投稿は任意でございますので、どうぞお気になさらないでくださいませ。",
    "Model 800-GRILLPRO replacement grate.",
    "It gives 800 lumens at full brightness.",
    "Amazon will refund the full ¥12,800 once the return is received.",
    "詳しくはAmazonの公式サイトで検索してください。",
    "Yes, anyone who bought the item can post a review from the product page.",
    "Wir verstehen, dass Sie lieber sofort ein neues Gerät hätten, statt es erst zurückzuschicken.",
    "Vous souhaitiez nous appeler au sujet du store. Nous ne pouvons pas communiquer de numéro ici.",
    "Nos pedías un número de WhatsApp para enviarnos fotos. Por las normas de Amazon no podemos darlo.",
    "引き続き当方でも状況をフォローしてまいります。",
    "Amazon's replacement is on its way; it was sent from their warehouse.",
    "Thanks for the feedback on the charger. Please remove it from the socket before cleaning.",
]


@pytest.mark.parametrize(("text", "rule"), WIDENED_FAMILIES)
def test_widened_families(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_pass(text: str) -> None:
    assert check_text(text, second_opinion=False).allowed, rules(text)


def test_compensation_for_review_is_blocked() -> None:
    result = check_text("We'll send you a $15 gift card for your honest review.")
    comp = [v for v in result.violations if v.rule == "compensation_promise"]
    assert comp and all(v.severity is Severity.BLOCK for v in comp)
    assert "review_manipulation" in result.rules


@pytest.mark.parametrize(
    "text",
    [
        "Please leave us a 5-star review!",
        "Could you update your review?",
        "Please remove the negative feedback.",
        "Feel free to leave feedback about your purchase.",
        "Wir würden uns über eine positive Bewertung freuen.",
        "Pourriez-vous modifier votre avis ?",
        "¿Podría dejarnos una reseña?",
        "Potrebbe lasciarci una recensione?",
        "高評価をお願いします。",
    ],
)
def test_review_requests_block(text: str) -> None:
    assert "review_manipulation" in rules(text)


@pytest.mark.parametrize(
    "text",
    ["Thank you for your feedback.", "Thanks for leaving a review!", "Merci pour votre avis.",
     "À notre avis, le M convient mieux.", "Vielen Dank für Ihr Feedback."],
)
def test_review_mentions_pass(text: str) -> None:
    assert "review_manipulation" not in rules(text)


# ------------------------------------------------------------------ marketing / off-Amazon
@pytest.mark.parametrize(
    "text, rule",
    [
        ("Check out our new summer collection!", "marketing"),
        ("Follow us for updates.", "marketing"),
        ("Use code SAVE10 for 10% off your next order.", "marketing"),
        ("Reply STOP to unsubscribe.", "marketing"),
        ("Contact us directly.", "off_amazon"),
        ("Order from our website next time.", "off_amazon"),
        ("Pay via PayPal.", "off_amazon"),
        ("Email us anytime.", "off_amazon"),
        ("Kontaktieren Sie uns direkt.", "off_amazon"),
        ("Commandez directement sur notre site.", "off_amazon"),
    ],
)
def test_marketing_and_off_amazon(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    ["Please contact us through Amazon messaging.", "We will follow up tomorrow.",
     "Please reply to this message.", "Contact Amazon Customer Service via the Help page."],
)
def test_off_amazon_traps(text: str) -> None:
    assert rules(text) == set()


# ------------------------------------------------------------------ emoji / subject
def test_emoji_spans_sequences() -> None:
    text = "Thanks 👍🏽 and 👨‍👩‍👧!"
    found = [v for v in check_text(text).violations if v.rule == "emoji"]
    assert [text[v.start : v.end] for v in found] == ["👍🏽", "👨‍👩‍👧"]


@pytest.mark.parametrize("text", ["ACME® Pro™ (c) 2024", "※ Please note ★ ☆ ♪ → ■", "Size: M ✓"])
def test_text_symbols_are_not_emoji(text: str) -> None:
    assert "emoji" not in rules(text)


def test_subject_important() -> None:
    result = check_text("Your order shipped.", subject="[Important] Your order")
    v = [v for v in result.violations if v.rule == "subject_important"]
    assert len(v) == 1 and v[0].severity is Severity.BLOCK
    assert (v[0].start, v[0].end) == (0, 11)
    assert check_text("Your order shipped.", subject="Your order").allowed
    assert "subject_important" in check_text("x", subject="【重要】ご注文").rules


def test_subject_findings_say_so() -> None:
    result = check_text("Hello", subject="see example.com")
    (v,) = result.violations
    assert v.rule == "external_link" and v.explanation.startswith("In the subject line")
    assert "see example.com"[v.start : v.end] == "example.com"


# ------------------------------------------------------------------ offsets
def test_offsets_map_to_original_after_normalisation() -> None:
    text = (
        "Ｈｉ！ ｅｘａ\u200bｍｐｌｅ．ｃｏｍ and mail ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ 😀 "
        "call ０３-１２３４-５６７８"
    )
    result = check_text(text)
    spans = {v.rule: text[v.start : v.end] for v in result.violations}
    assert spans["external_link"] == "ｅｘａ\u200bｍｐｌｅ．ｃｏｍ"
    assert spans["email_address"] == "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"
    assert spans["emoji"] == "😀"
    assert spans["phone_number"] == "０３-１２３４-５６７８"
    for v in result.violations:
        assert v.text == text[v.start : v.end]


def test_offsets_with_combining_marks_and_homoglyphs() -> None:
    text = "Café naïve — visit sh\u0301op.еxample.com now"  # decomposed accent, Cyrillic е
    v = only(text, "external_link")
    assert text[v.start : v.end] == "sh\u0301op.еxample.com"


# ------------------------------------------------------------------ sanitize_field
@pytest.mark.parametrize(
    "value, expected",
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("  Anna\u200b  Maria \t Schmidt ", "Anna Maria Schmidt"),
        ("Jo\u0000hn", "John"),
        ("Anna 🌸", "Anna"),
        ("114-5529301-7781125", "114-5529301-7781125"),
        ("1Z999AA10123456784", "1Z999AA10123456784"),
        ("iPhone 15 Pro (128 GB) - Natural Titanium", "iPhone 15 Pro (128 GB) - Natural Titanium"),
        ("José Ñúñez", "José Ñúñez"),
        ("山田 太郎", "山田 太郎"),
    ],
)
def test_sanitize_cleans(value: str | None, expected: str | None) -> None:
    assert sanitize_field(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "John www.cheap-deals.com",
        "Visit shop dot com",
        "anna@example.com",
        "Call 555-123-4567",
        "@acme_store",
        "WhatsApp me",
        "<b>Anna</b>",
        "[Anna](http://x.io)",
        "{order_id}",
        "&lt;script&gt;",
    ],
)
def test_sanitize_rejects_unsafe(value: str) -> None:
    assert sanitize_field(value) is None


def test_sanitize_truncates_at_word_boundary() -> None:
    title = "Stainless Steel Insulated Water Bottle with Straw Lid and Carrying Handle, 32 oz"
    out = sanitize_field(title, max_length=40)
    assert out == "Stainless Steel Insulated Water Bottle"
    assert out is not None and len(out) <= 40
    assert sanitize_field("x" * 100, max_length=10) == "x" * 10


# ------------------------------------------------------------------ adversarial inputs


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_inputs_finish_quickly(name: str) -> None:
    text = ADVERSARIAL[name]
    # This thread's CPU time, not the wall clock: a backtracking pattern burns CPU here (about 0.04 s
    # is normal), while the live servers' threads in this process stretched the wall clock past 0.5 s
    # once. Real timing lives in bench/policy.py.
    started = time.thread_time()
    check_text(text)
    sanitize_field(text[:500])
    assert time.thread_time() - started < 0.5


# ------------------------------------------------------------------ prefilter
def test_phrase_prefilter_changes_nothing() -> None:
    """The literal prefilter only skips patterns that cannot match."""
    from policies.evaluation import load_corpus
    from policies.textmap import normalize
    from policies.wording import find_wording

    texts = [row["text"] for row in load_corpus()]
    texts += [" ".join(texts[i : i + 5]) for i in range(0, len(texts), 5)]
    for text in texts:
        norm = normalize(text)
        assert find_wording(text, norm) == find_wording(text, norm, prefilter=False), text
