"""What a refusal sounds like, shared by the wording rules and the app-name check.

A reply that names PayPal, WhatsApp or "outside Amazon" to say the seller will not go there keeps the
buyer on Amazon: "we cannot accept payment by PayPal", "Bestellungen außerhalb von Amazon können wir
leider nicht anbieten", "LINEでのやり取りは行っておりません". Each checker decides how far to read (a clause,
a sentence); the words are kept here once.
"""

from __future__ import annotations

# A negation before the thing named. Not when it opens an invitation: "don't hesitate", "no problem", "don't mind",
# "no need", "non-stop", "n'hésitez pas", "zögern Sie nicht", "no dude", "non esiti". "Only" is no refusal:
# "we only accept PayPal".
NEGATION = (
    r"\b(?:not|cannot|can't|can ?not|aren't|isn't|don't|do not|won't|will not|doesn't|unable|may not|must not"
    # Past refusals too ("we didn't remove your review"); not "couldn't"/"wouldn't"/"haven't", which open
    # rhetorical asks and invitations ("wouldn't it be great if...", "if you haven't yet, PayPal me")
    r"|didn't|did not|wasn't|weren't|weder"
    r"|never|(?<!zögern sie )nicht|keine?[nrs]?|leider|ne|n'(?!hésit)|(?<!hésitez )pas|ni|aucun\w*|jamais|no"
    r"|nunca|non|né|mai)\b"
    # Not a refusal: a courtesy ("don't hesitate", "no worries"), or the buyer told what not to do ("pls don't
    # open an A-to-z, just send me £20 via PayPal")
    r"(?!-|\s*(?:hesitate|worries|problem|need|mind|worry|panic|bother|open|file|escalate|wait"
    r"|zögern|hésitez|dude|esit|(?:le |les |te |ti |vous )?(?:importa"
    r"|dispiace|dérange)))"
)
# A refusal after the thing named: "eine Erstattung ... können wir leider nicht vornehmen", "... pero solo
# podemos atenderle por aquí"
REFUSAL_AFTER = (
    r"(?:(?:können|dürfen|werden) wir (?:\w+ ){0,3}?(?:nicht|keine)|\w+ wir (?:\w+ ){0,2}?(?:nicht|keine?)"
    r"|leider nicht|(?:ist|sind) (?:\w+ ){0,2}?nicht möglich|nous ne (?:pouvons|pourrons|faisons|vendons|acceptons)"
    r"|no (?:podemos|es posible|hacemos|vendemos|aceptamos)|solo podemos"
    r"|non (?:possiamo|è possibile|facciamo|vendiamo|accettiamo)|(?:we )?(?:cannot|can't|are unable|don't|do not)"
    r"|(?:we're|we are) not (?:able|allowed|permitted)"
    r"|(?:is|are)(?:n't| not) (?:an )?(?:options?|possible)"
    # "PayPal would be easier for you, but we can only take payment through Amazon"
    r"|(?:we )?can only (?:take|accept|process|help|talk|chat|reply|answer|deal with this|handle this)"
    r" (?:\w+ )?(?:through|via|on|in) amazon|only (?:through|via) amazon)"
)
# The same in Japanese, where the refusal closes the sentence; "とのご要望" is the buyer's own request
# repeated back ("LINEで動画を送りたいとのご要望をいただきましたが").
JA_REFUSAL_AFTER = (
    r"(?:お受けしておりません|承っておりません|できません|いたしかねます|致しかねます|できかねます|出来かねます"
    r"|しておりません|行っておりません|設けておりません|受け付けておりません|(?:行っ|設け|受け付け|し)ておらず"
    r"|お断り|ご遠慮|控え|とのご要望|とのご希望|をご希望とのこと"
    # the buyer's question restated: "銀行振込でお取引できないかとのご相談ですが"
    r"|(?:との|という)(?:ご相談|ご質問|お問い合わせ|ご依頼|ご提案))"
)

# The buyer's own question, offer or wish restated before the seller answers it, read by every wording rule
# and the app-name check: "we do get asked about PayPal a lot", "ci chiede se può pagare con un bonifico",
# "vous nous demandez notre compte Instagram", "thanks for offering your WhatsApp", "nos propone dejar una
# reseña de 5 estrellas a cambio de un descuento", "nous comprenons que vous souhaitiez commander directement".
# The restated clause ends at a colon, a sentence end or the seller's own continuation ("you asked about
# PayPal, and yes, that works"; "you asked about a discount: here's 10% off" asks). Past and ongoing forms
# only: "just ask about PayPal" is an invitation. Compensation is not excused by it: "you asked for a refund,
# we've refunded £10" promises one.
# "your question", in every language the checker reads: restated before an answer, or quoted
YOUR_QUESTION = r"(?:your question|votre question|ihre(?:r)? frage|(?:su|tu) pregunta|la (?:sua|tua) domanda)"
# The restated clause also ends where the seller asks something of the buyer ("to answer your question, please
# leave a review").
_CLAUSE = (r"(?:(?!\b(?:and|so|then|yes|sure|but|und|aber|et|mais|oui|y|pero|sí|e|ma|please|kindly|bitte|veuillez"
           r"|por favor|per favore)\b)[^.!?\n:;。！？])")
ASKED_ABOUT_BEFORE = (
    r"(?:\b(?:asked|asking|enquired|enquiring|inquired|inquiring|wondering|wondered|questions?)\b(?: us| me)?"
    r" (?:about|if|whether|for(?! you\b))\b"  # "quick question for you: how many stars?" is the seller's own
    r"|\b(?:ci|mi) chied(?:e|i|eva|evi)\b|\b(?:ci|mi) (?:ha|aveva) chiesto\b|\b(?:nos|me) pregunta(?:s|ba|bas)?\b"
    r"|\b(?:thanks|thank you) for offering to\b"
    r"|\btu (?:nous |me )?demand(?:es|ais)\b|\bdu (?:fragst|hast gefragt|fragtest)\b"
    # the buyer's words restated: "Sie haben geschrieben, dass Sie eine schlechte Bewertung abgeben werden"
    r"|\bsie haben (?:uns )?geschrieben,? dass\b|\bsie schreiben,? dass\b"
    r"|\b(?:nos|me) (?:pide|pides|pedía|pedías|pedían|pidió|pidieron|pediste|ha pedido|has pedido)\b"
    r"|\bvous (?:nous )?demand(?:ez|iez)\b|\bsie (?:fragen|fragten|hatten gefragt)\b"
    # the wish in the past, restated: "vous souhaitiez nous appeler" ("si vous souhaitez nous appeler" invites)
    r"|\bvous (?:nous )?(?:souhaitiez|vouliez|aimeriez|désiriez)\b"
    r"|\b" + YOUR_QUESTION + r"\b"
    r"|\b(?:de nous proposer|vous nous proposez|you offered|you've offered|ci propone|(?:nos|me) propone)\b"
    # the buyer's wish, understood: only with the wish verb, so "I understand, you can pay us via PayPal" asks
    r"|\b(?:we|i) understand (?:that )?you(?:'d| would)? (?:like|want|wish|prefer)\b"
    r"|\b(?:nous comprenons|je comprends) que vous (?:souhait|voul|préfér|aimeri)\w*"
    r"|\b(?:entendemos|comprendemos) que (?:prefiera|quiera|desee|le gustaría)\b"
    r"|\b(?:capiamo|comprendiamo|capisco|comprendo) che (?:preferisca|voglia|desideri)\b"
    r"|\bwir verstehen,? dass sie (?:\w+ ){0,3}?(?:möchten|wollen|bevorzugen|wünschen)\b)"
    + _CLAUSE + r"{0,60}$"
    r"|\b(?:thanks?|thank you)\b[^.!?\n]{0,20}\b(?:offering|sharing|sending|giving|providing) (?:us |me )?your\s*$"
)
