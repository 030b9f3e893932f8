# Regex tables: long alternations read better unbroken, and Japanese
# characters count double towards the line length.
# ruff: noqa: E501
"""Phrase patterns for the wording rules, in English, German, French,
Spanish, Italian and Japanese.

Patterns run on the folded text (lower case, typographic quotes as ASCII).
Each one describes who does what: a compensation promise needs the seller as
the actor ("we will refund", "wir erstatten", "返金いたします"), because the
same nouns in "Amazon issues the refund" or "refunds take 3-5 days" are the
information buyers need. Sentence-bounded gaps (`[^.!?\\n]{0,N}`) keep every
pattern linear.
"""

from __future__ import annotations

from dataclasses import dataclass

from policies.refusal import JA_REFUSAL_AFTER, NEGATION, REFUSAL_AFTER


@dataclass(frozen=True)
class Phrase:
    pattern: str
    veto: str | None = None  # the matched text must not contain this
    veto_before: str | None = None  # the ~30 characters before must not end like this
    veto_after: str | None = None  # the ~40 characters after must not start like this


_GAP = r"[^.!?\n。！？]"  # stay inside the sentence
# Not knowing yet, in the same sentence: "nous ne savons pas encore si ce canapé sera en promotion pendant les
# soldes", "non sappiamo se sarà in offerta"
_NOT_KNOWN_YET_BEFORE = (r"\b(?:ne (?:savons|sais) pas|non (?:sappiamo|so)|no (?:sabemos|sé)|wissen (?:noch )?nicht"
                         r"|weiß (?:noch )?nicht|(?:don't|do not) know|can't say|cannot say)\b" + _GAP + r"{0,100}$")

# ---------------------------------------------------------------- compensation
_WE = r"\b(?:we|i)"
# Auxiliaries between the seller and the verb. Negations are deliberately
# absent, so "we can't refund" / "we will not refund" never match.
_AUX = (
    r"(?:'ll|'d|'ve|'m|'re|[ ](?:will|would|can|could|shall|have|had|are|am|just|already|gladly|happily"
    r"|now|also|immediately|personally|hereby|be|going|to|like|love|happy|glad|pleased|want|wish|gone"
    r"|ahead|and|go|went|decided|able|more|than|certainly|definitely|kindly|promptly|quickly|then"
    r"|right|away|today|instead|still|additionally|separately))"
)
_COMP_NOUN = (
    r"(?:refund|reimbursement|compensation|gift ?cards?|gift ?certificate|vouchers?|coupons?|discount"
    r"|store credit|credit(?! card)|replacement|free (?:one|item|unit|replacement|product|gift|sample|bottle"
    r"|pair|set|copy|of charge|shipping on your next)|(?:new|another|second|fresh) (?:one|unit|item|product|pair"
    r"|set|bottle|device)|brand[- ]new \w+|money back|(?:the|your) money\b|cash|paypal|\d{1,3} ?% (?:off|back)"
    r"|[$€£¥₹] ?\d|\b(?:gbp|usd|eur|aud|cad|sgd|aed|chf) ?\d|\bfree \d[\w-]*|\b(?:rs\.?|inr|s\$|a\$|c\$|nz\$) ?\d|\d+(?:[.,]\d+)? ?(?:dollars?|euros?|eur|pounds?|quid|bucks"
    r"|rupees)\b|\ba (?:tenner|fiver)\b|\breduction\b"
    r"|\bfree(?= *[,.!;]| *$| no need| and keep| to keep)"
    r"|price adjustment|rebate|bonus|goodwill|complimentary|at no (?:extra )?(?:cost|charge)|for free"
    r"|promo code|discount code|coupon code|voucher code)"
)
# "n't" sits inside its word ("aren't", "can't"), where \b cannot precede it.
_NEG_EN = r"\b(?:not|cannot|unable|never|no longer|amazon(?! (?:e-?)?gift| voucher| credit| coupon))\b|n't\b"
_UNSURE_BEFORE = r"\b(?:whether|if)\s*$"  # "I'll check whether we can offer a discount"

_DE_NEG = (
    r"\b(?:kein\w*|nicht|nie|weder|amazon|beantrag\w*|anforder\w*|anfrag\w*|können sie|sie können|ob|prüf\w*"
    r"|geprüft|nachgesehen|nachgeschaut|überprüft|klären|haben sie|sie haben|ausgewählt|gewählt|verstehen|hätten)\b"  # "wir verstehen, dass Sie lieber"
)
_FR_NEG = r"(?:\bamazon\b|\bdemand\w*|\bpouvez\b|\bne\b|\bn'|\bpas\b|\baucun\w*|\bsi\b|\bvérifi\w*)"
_ES_NEG = r"\b(?:amazon|no|solicit\w*|puede|pueden|ningún|ninguna)\b"
_IT_NEG = r"\b(?:amazon|non|richied\w*|può|possono|nessun\w*)\b"
_JA_NEG = r"(?:amazon|アマゾン|できません|いたしかねます|致しかねます|出来ません)"

# What a seller sends that is not goods: "vous envoyer un nouveau lien de suivi"
_FR_NOT_GOODS = (
    r"\b(?:lien|suivi|numéro|code|message|mail|e-mail|courriel|facture|étiquette|photo|notice|mode d'emploi"
    r"|instructions?|devis|formulaire|bon de retour|lien de suivi)\b"
)

# "eine Erstattung ohne Rücksendung können wir leider nicht vornehmen": the refusal comes after the noun
_REFUSED_LATER = r"^" + _GAP + r"{0,60}?\b" + REFUSAL_AFTER + r"\b"

# A refusal in the same sentence: "we cannot accept payment by bank transfer", "Bestellungen außerhalb von
# Amazon können wir leider nicht anbieten", "non possiamo accettare pagamenti tramite bonifico"
_REFUSED_BEFORE = (
    NEGATION
    # ... up to here, unless the sentence turns: "I can't edit the Amazon order, but you could just Venmo me"
    + r"(?:(?!\b(?:but|aber|mais|pero|sino|sondern|ma|instead|however|jedoch)\b|, so\b)[^.!?\n。！？:;])*$"
)
_REFUSED_AFTER = r"^" + _GAP + r"{0,50}?\b" + REFUSAL_AFTER + r"\b|^[^。！？\n]{0,40}?" + JA_REFUSAL_AFTER

COMPENSATION: tuple[Phrase, ...] = (
    # round twenty-seven: "I'll get one cut from our reference sheet and pop it in the post to you"
    Phrase(r"\b(?:i|we)(?:'ll| will)\b" + _GAP + r"{0,60}?\bpop (?:it|one|them|a (?:new|spare|replacement) [\w-]+) in the"
           r" (?:post|mail)\b", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # round twenty-six: "don't worry about the garage's time for refitting it, we'll cover that", "le obsequiamos un
    # cupón de 10 €", "le mandiamo volentieri anche un buono Amazon da 10 €"
    Phrase(r"\b(?:we|i)(?:'ll| will| can| would|'d| are happy to| are glad to)? (?:happily |gladly |also |of course )?"
           r"(?:cover|pay for|foot|reimburse) (?:that|it|the (?:cost|bill|garage|labou?r|fitting|postage|shipping|fee)\w*"
           r"|(?:your|their) (?:bill|costs?|time|labou?r|charges?))\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\b(?:le|te|les) (?:obsequiamos|regalamos|obsequiaremos|regalaremos)\b"
           r"|\b(?:le|ti|vi) (?:mandiamo|inviamo|regaliamo|spediamo)\b" + _GAP + r"{0,30}?\b(?:buono|coupon|sconto|omaggio"
           r"|rimborso|voucher)\b", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # round twenty-five: "A fresh one leaves our workshop tomorrow morning"
    Phrase(r"\b(?:a|another) (?:fresh|new|replacement|second|spare) (?:one|unit|pair|set|bottle|bag)"
           r" (?:leaves|goes out|ships|is on (?:its|the) way|will (?:leave|ship|go out|be on its way)|is going out)\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # round twenty-four: "we've knocked off the return postage too", "I'll knock the shipping off"
    Phrase(r"\b(?:we|i)(?:'ve|'ll| have| will| can| could)?(?: also| just| gladly)? knock(?:ed)? (?:off (?:the |your )?"
           r"(?:\w+ )?(?:postage|shipping|delivery|price|cost|fee|charge)|(?:the |your )?(?:\w+ )?(?:postage|shipping"
           r"|delivery|price|cost|fee|charge)s? off)\b", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # "Keep the 10mm one, it's yours"
    Phrase(r"\bkeep (?:it|them|both|this|that|the \w+(?: \w+)?)\b" + _GAP + r"{0,10}?\b(?:it's|it is|they're|they are)"
           r" (?:all )?yours\b"),
    # "your preferred option: a full refund from us, or a brand new pan sent out"
    Phrase(r"\b(?:a |an )?(?:full |partial )?refund from us\b", veto_before=_REFUSED_BEFORE),
    # "a spare pair of backs plus a small free bracelet as thank you"
    Phrase(r"\b(?:a|an) (?:small |little |extra )?free (?!return|returns|shipping|delivery|label|collection|pick-?up"
           r"|of charge|trial|upgrade)[a-z]+\b", veto_before=r"\bamazon\b" + _GAP + r"*$|" + _REFUSED_BEFORE,
           # Amazon's own options: "add a free gift message at checkout"
           veto_after=r"^\s*(?:message|note|receipt|wrap\w*|option)\b|^" + _GAP + r"{0,40}?\bat checkout\b|"
           + _REFUSED_AFTER),
    # sending the right one at once: "I'll personally send you the L size immediately"
    Phrase(_WE + _AUX + r"{0,6}[ ](?:personally )?(?:send|ship|post|dispatch)\w{0,3} you the (?:[a-z0-9]+ ){0,2}?"
           r"(?:size|colour|color|version|model|variant)\b", veto=_NEG_EN),
    # "we have made you a partial refund of 15 €"
    Phrase(_WE + r"(?:'ve| have)? (?:made|issued|given|sent) you an? (?:partial |full |small )?refund\b"),
    # found in review: "you will pay nothing for the replacement", "the new one goes out today free of charge",
    # "we won't charge you anything"
    Phrase(r"\byou(?:'ll| will)? pay nothing\b|\b(?:won't|will not) charge you (?:anything|a (?:penny|thing|cent))\b"
           r"|\b(?:new one|replacement|another one|a spare|new (?:unit|set|part|pair|kettle|one))\b" + _GAP
           + r"{0,40}?\b(?:free of charge|at no (?:extra )?cost|at no charge|for free)\b",
           veto_before=_REFUSED_BEFORE + r"|\b(?:whether|if)\s*$|\bamazon\b" + _GAP + r"*$"),
    # round fourteen: "le enviamos otro frontal de cajón sin ningún coste"
    Phrase(r"\b(?:le|te) (?:enviamos|enviaremos|mandamos|mandaremos|envío|mando)\b" + _GAP + r"{0,60}?\bsin"
           r" (?:ningún |ningun )?(?:coste|costo|cargo)\b"),
    # en: money "back to your account", a spare thrown in, a better price, something at no cost to you
    Phrase(r"(?:[$€£¥₹]|\b(?:rs\.?|inr)) ?\d" + _GAP + r"{0,30}?\bback (?:to|into|on) your (?:account|card|bank"
           r"|payment)"),
    Phrase(_WE + _AUX + r"{0,6}[ ](?:throw|pack|stick|slip|pop|put)\w{0,3} (?:in )?(?:one|another|a new one|a spare"
           r"|a replacement)\b"),
    Phrase(r"\blook after you on (?:the )?price\b|\bsort you out on (?:the )?price\b|\b(?:do|give|get) you a"
           r" (?:good|better|special) (?:price|deal)\b"),
    Phrase(r"\byou(?:'d| would| will|'ll) (?:get|receive)\b" + _GAP + r"{0,40}?(?:at no (?:extra )?(?:cost|charge)"
           r"|for free|free of charge|complimentary)"),
    # fr: "Gardez-le", "sans frais pour vous"; de: "ein passendes Paar geht heute noch an Sie raus", "15 € vom
    # Kaufpreis zurückgebucht"; it: "Le abbiamo restituito una parte dell'importo, 12 €"
    Phrase(r"\bgardez[- ](?:le|la|les)\b|\bsans frais (?:pour vous|supplémentaires?)\b"),
    Phrase(r"\b(?:ein|eine|einen) (?:passende[ns]?|neue[ns]?|ersatz\w*)\b" + _GAP + r"{0,40}?\b(?:geht|gehen|kommt"
           r"|schicken wir|senden wir)\b" + _GAP + r"{0,25}?\b(?:an sie|zu ihnen)\b"),
    Phrase(r"\b(?:zurückgebucht|zurücküberwiesen|zurückgezahlt)\b", veto=_DE_NEG),
    Phrase(r"\b(?:le |gli |vi )?(?:abbiamo|ho) (?:già |appena |subito )?(?:restituito|riaccreditato|stornato"
           r"|rimborsato)\b" + _GAP
           + r"{0,50}?(?:[€$]|\d|importo|denaro|soldi)", veto=_IT_NEG),
    # en: "we'll cover the cost of a new blade", "I'll pay for the return postage"
    Phrase(_WE + _AUX + r"{0,6}[ ](?:cover|pay for|pay|foot|absorb)\w{0,3} (?:the )?(?:full )?(?:cost|price|bill|postage"
           r"|shipping|return shipping|return postage)\b", veto=_NEG_EN, veto_before=_UNSURE_BEFORE),
    # en: keeping the item, or another one on its way with no noun: "just keep the grey as a spare", "don't worry
    # about sending it back", "we'll pop another in the post"
    Phrase(r"\bkeep (?:the|your|that|this) (?:\w+ ){0,2}?(?:as a spare|for free|anyway|as well)\b"),
    # "keep the beige one as present from us", "keep it as a little thank-you"
    Phrase(r"\bkeep (?:it|them|both|the \w+(?: \w+)?|this|that|those)\b" + _GAP + r"{0,20}?\bas (?:a |an |our )?"
           r"(?:small |little |free )?(?:present|gift|thank[- ]you|goodwill gesture|bonus|apology)\b"),
    Phrase(r"\b(?:no need to|(?:you )?(?:don't|do not) (?:need|have) to|needn't|don't worry about) (?:send|return"
           r"|post|ship)\w*(?: (?:it|them|this|that|the \w+|anything))? back\b", veto_before=r"\bamazon\b" + _GAP + r"*$"),
    # round thirty: "we are very glad to send small gift for say thank you", "I'll make sure something is coming your
    # way to say sorry", "da werden wir uns nicht kleinlich zeigen", "nous allons faire un geste, vous ne serez pas
    # perdante"
    Phrase(_WE + r"\b" + _GAP + r"{0,40}?\b(?:send|give|post|ship)\w{0,3} (?:you )?(?:an? )?(?:small |little |free "
           r"|special )?(?:gift|present|freebie|surprise)\b", veto=_NEG_EN),
    Phrase(r"\bsomething (?:special |small |nice |little )?(?:is |will be )?(?:coming|heading|on its way) (?:your way"
           r"|to you)\b|\b(?:a little something|something small|something extra)\b" + _GAP
           + r"{0,30}?\b(?:to say sorry|as an apology|for the (?:trouble|wait|inconvenience)|to make up)\b",
           veto=_NEG_EN),
    Phrase(r"\b(?:lassen|lasse|werden) (?:ihnen|dir)\b[^.!?\n]{0,60}?\b(?:kostenfrei|kostenlos|gratis|ein(?:e|en)? neue[nrs]?"
           r"|ersatz\w*)\b[^.!?\n]{0,40}?\bzukommen\b", veto=r"\b(?:nicht|kein\w*|leider)\b"),
    # round thirty-one: "neue Bremsbeläge gehen morgen kostenlos raus, den alten Satz brauchen wir nicht zurück", "nous
    # trouverons un arrangement", "troveremo di sicuro un modo per farla contento", お詫びとして何かしらの形でご対応
    Phrase(r"\bkostenlos (?:raus|zu ihnen|zu dir|an sie|an dich)\b|\b(?:brauchen|müssen) wir (?:\w+ ){0,2}?nicht zurück\b"
           r"|\b(?:trouver(?:ons|ez)?|proposer(?:ons)?) un arrangement\b|\bmodo per (?:farl[ao]|renderl[ao]) content[oa]\b"
           r"|\b(?:la forma|una forma|la manera) de compensarl[eoa]s?\b|何かしらの形で(?:ご)?(?:対応|お詫び|補償)"
           r"|お詫びとして[^。！？\n]{0,20}?(?:何か|ご対応|お送り|ご用意|差し上げ)"),
    # round thirty-four: "Crystal kit replacement posted today", "I will arrange something nice for you for the
    # trouble", "bei der Sie ganz sicher nicht draufzahlen", "usted no va a salir perdiendo", "nel pacco troverà
    # qualcosa in più"
    Phrase(r"\breplacement\b(?: [\w-]+){0,2}? (?:was |has been |is being |is |will be |gets? |goes )?(?:posted|sent|shipped"
           r"|dispatched|out) (?:today|tomorrow|this (?:morning|afternoon)|first thing|on monday|by \w+)\b",
           veto=_NEG_EN, veto_before=r"\bamazon\b" + _GAP + r"{0,40}$"),
    Phrase(r"\b(?:arrange|organi[sz]e|sort(?: out)?|prepare|find) (?:you )?(?:something|a little something)(?: nice"
           r"| special| small| extra| good)? (?:for you|for the trouble|to make up|to say sorry)\b", veto=_NEG_EN,
           veto_before=_REFUSED_BEFORE),
    # a gesture, or something extra in the parcel
    Phrase(r"\bnicht kleinlich\b|\bfaire un (?:petit )?geste\b|\btrover(?:à|ai|ete) (?:anche )?qualcosa (?:in più"
           r"|di speciale|extra)\b|\byou(?:'ll| will) find (?:a little something|something (?:extra|special))\b"
           r"|\bvous trouverez (?:un petit (?:cadeau|quelque chose|plus)|une petite surprise)\b"
           r"|\bencontrará (?:un detalle|algo (?:extra|especial))\b"),
    # round twenty-nine: "Please don't worry about returning anything", "you are welcome to keep the original unit",
    # "We will send a new runner set by Royal Mail tomorrow", "behalt es einfach", "Schick das Terrarium bitte
    # nicht zurück", "wir finden eine Lösung, bei der Sie nicht auf den Kosten sitzen bleiben"
    Phrase(r"\b(?:don't|do not|please don't) worry about (?:returning|sending back|posting back) (?:it|them|this|that"
           r"|anything|the \w+)\b", veto_before=r"\bamazon\b" + _GAP + r"*$"),
    Phrase(r"\b(?:feel free to|you(?:'re| are) (?:welcome|free) to|you (?:can|may) (?:just |simply )?) keep (?:it|them"
           r"|both|the (?:original|old|faulty|broken|damaged|defective|first|other|wrong|extra|spare)(?: [\w-]+)?)\b",
           veto=_NEG_EN,
           # storage and care advice: "you can keep them in the fridge", "you may keep it dry"
           veto_after=r"^\s*(?:in|inside|at|on|under|away|out|for up|cool|dry|warm|closed|sealed|upright|refrigerated"
           r"|frozen|charged|plugged|stored|clean|until|running|switched)\b"),
    Phrase(_WE + _AUX + r"{0,6}[ ](?:send|post|ship|dispatch)\w{0,3} (?:you )?an? (?:new|fresh|replacement|spare)"
           r" (?:[\w-]+ ){0,2}?(?:by|via|with|tomorrow|today|first thing|this week|next week|on (?:monday|tuesday"
           r"|wednesday|thursday|friday|saturday))\b",
           veto=_NEG_EN + r"|\b(?:link|label|invoice|tracking|code|message|e-?mail|number|photo|manual|instructions"
           r"|receipt|quote|password|update|version|file|copy)\b"),
    Phrase(r"\bbehalt(?:en sie|et|e)? (?:(?:es|ihn|das(?: \w+)?) )?(?:einfach|gern|gerne|ruhig)\b"
           r"(?!\s+(?:die|den|das|eine?[nrs]?|ihre?[nrs]?|bis|für)\b)|\b(?:können|dürfen) sie (?:es|ihn|sie|das \w+|den \w+|die \w+) (?:gerne |gern |einfach |ruhig )behalten\b"
           r"|\bschick\w* (?:\w+ ){0,3}?(?:bitte )?nicht zurück\b"),
    # the buyer won't lose out: "nicht auf den Kosten sitzen", "nicht draufzahlen", "no va a salir perdiendo"
    Phrase(r"\bnicht auf (?:den |dem |ihren |deinen )?kosten sitzen\b|\bnicht draufzahlen\b|\b(?:you're|you are"
           r"|you won't be|you will not be|you aren't|you're not|you are not) (?:left )?out of pocket\b"
           r"|\bpas de votre poche\b|\bvous ne serez pas (?:perdante?|lésée?)\b|\bno (?:saldrá|va(?:s)? a salir) perdiendo\b"
           r"|\bde su bolsillo\b|\bsenza rimetterci\b|\bnon ci rimetterà\b",
           veto_before=r"\bamazon\b" + _GAP + r"{0,60}$"),
    # "we'll pop another one in the post", "I've already popped a new lid in the post for you"
    Phrase(_WE + _AUX + r"{0,6}[ ](?:pop|send|post|ship|put)\w{0,3} (?:you )?(?:another (?:one )?|an? (?:new|fresh"
           r"|replacement|spare) (?:\w+ ){0,2}?)(?:in the post|out|over|your way|to you)\b"),
    # Keeping the faulty item means a free replacement or refund from the seller: "no need to return the
    # defective one", "das defekte Kabel müssen Sie nicht zurückschicken", "inutile de nous retourner..."
    Phrase(r"\b(?:no need to|(?:you )?(?:don't|do not) (?:need|have) to|needn't) (?:send|return|post|ship) (?:back )?"
           r"(?:the|your|that|this) (?:\w+ )?(?:faulty|defective|broken|damaged|old|wrong|original) (?:\w+)"),
    Phrase(r"\b(?:defekt|kaputt|beschädigt|fehlerhaft)\w*\b" + _GAP + r"{0,50}?\b(?:müssen|brauchen) sie\b" + _GAP
           + r"{0,20}?\bnicht\b" + _GAP + r"{0,20}?\b(?:zurück\w*|einzusenden|einsenden|retournieren)"),
    Phrase(r"\b(?:inutile de|pas besoin de|vous n'avez pas (?:besoin )?(?:à|de)) (?:nous )?(?:le |la |les |l')?"
           r"(?:retourner|renvoyer|réexpédier|rendre)"),
    Phrase(r"\bno (?:hace falta|es necesario|tiene que|necesita) (?:que )?(?:nos )?(?:lo |la |los |las )?"
           r"(?:devolv\w*|devuelv\w*|reenvi\w*|enviar de vuelta)"),
    Phrase(r"\bnon (?:è necessario|serve|occorre|deve) (?:che )?(?:ce |ci )?(?:lo |la |li |le )?(?:restituir\w*"
           r"|rispedir\w*|rimandar\w*|rendere|renderc\w*)"),
    Phrase(r"(?:不良品|初期不良品|破損品|お手元の商品)?(?:の)?(?:ご?返品|ご?返送|ご?返却)(?:は|の必要は|していただく必要は)"
           r"(?:不要|必要ありません|ございません|結構)"),
    Phrase(r"(?:ご?返品|ご?返送|ご?返却)(?:いただく|頂く|して頂く)必要は(?:ございません|ありません)"
           r"|(?:そのまま)?(?:処分|破棄)(?:して)?(?:いただいて|頂いて)(?:構いません|結構です|問題ございません)"),
    # es: "ya le hemos devuelto los 6,50 € de envío"
    Phrase(r"\b(?:le |les )?(?:hemos|he|vamos a|voy a) (?:devuelto|devolver|reintegrado|reintegrar|abonado|abonar)\b"
           + _GAP + r"{0,40}?(?:[€$]|\d|importe|dinero|gastos)", veto=_ES_NEG),
    # en: the seller has someone else send it: "I've asked the warehouse to send you a brand-new kettle"
    Phrase(
        _WE + _AUX + r"{0,3}[ ](?:asked|told|instructed|arranged for|had|got|requested)(?: (?:the|our|my))?"
        r" (?:warehouse|team|colleagues?|logistics|courier|dispatch(?: team)?|shipping(?: team)?|store|staff"
        r"|partner|supplier|office)s? to (?:send|ship|post|dispatch|deliver|courier|issue|give|pop|refund)\b"
        + _GAP + r"{0,60}?(?:" + _COMP_NOUN + r"|\b(?:you|the|a|an) (?:new|replacement|another)\b)",
        veto=_NEG_EN,
    ),
    # en: "we will refund you", "I have refunded your order", "we'll replace it"
    Phrase(
        _WE + _AUX + r"{0,6}[ ](?:refund(?:ed|ing)?|reimburs(?:e|ed|ing)|compensat(?:e|ed|ing)|credit(?:ed)?)\b",
        veto_before=_UNSURE_BEFORE,
    ),
    # en: "we'll replace it", "I will resend the item" (a free product, not a new tracking link)
    Phrase(
        _WE + _AUX + r"{0,6}[ ](?:replac(?:e|ed|ing)|resen[dt]|resending|reship(?:ped|ping)?|re-?send|re-?ship|swap(?:ped)?"
        r"|exchang(?:e|ed))(?: you)?"
        r" (?:it|them|this|that|one|(?:(?:the|your|a|an|another) )?(?:(?:new|brand[- ]new|fresh|second|working) )"
        r"(?:\w+ ){0,2}?(?:one|item|product|unit|device|part|piece|bottle|pair|set)"
        r"|(?:the|your|a|an) (?:\w+ ){0,2}?(?:item|product|unit|order|device|parcel|one"
        r"|package|part|piece|bottle|pair|set|goods|purchase|shipment))\b",
        veto=_NEG_EN,
    ),
    # en: "we will send you a replacement", "I can offer you 20% off", "we'll give you a $10 gift card"
    Phrase(
        _WE + _AUX + r"{0,6}[ ](?:issu|process|initiat|send|sent|ship|mail|giv|gave|offer|provid|arrang"
        r"|grant|add|apply|applied|extend|pay|paid|transfer|wire|includ|put|throw|upgrad|waiv|approv"
        r"|authori[sz]|organi[sz]|set up|book|pop|post|knock|slip|return|dispatch|courier|sort|load)\w{0,4}\b"
        + _GAP + r"{0,60}?" + _COMP_NOUN,
        veto=_NEG_EN,
        veto_before=_UNSURE_BEFORE,
    ),
    Phrase(
        r"\b(?:(?:a|the|your) )?(?:full |partial )?(?:refund|reimbursement|compensation)(?: of " + _GAP
        + r"{1,20})? (?:has|have) (?:now |already )?been (?:issued|processed|initiated|sent|made|granted"
        r"|approved|completed|arranged)\b",
        veto_after=r"^\s*by amazon",
        veto_before=r"\b(?:whether|if)(?: or not)?\s*$",
    ),
    # en, passive: "a replacement unit is already on its way to you"
    Phrase(r"\b(?:a|your|the) (?:free |new |brand[- ]new )?replacement(?: \w+)? (?:is|has been|was|will be) (?:already |now "
           r"|just )?(?:on (?:its|the) way|sent|shipped|dispatched|posted|in the post|going out|being (?:sent|shipped"
           r"|prepared|packed))\b", veto_before=r"\bamazon\b" + _GAP + r"*$"),
    # en, the seller's note without a subject: "Refunded €8.50 for the missing screws. Sorry."
    Phrase(r"(?:^|(?<=[.!?\n]))\s*(?:(?:just|already|have|now|fully|partially)\s+)?(?:refunded|reimbursed|credited)"
           r"\s+(?:you\b|your\b|[$€£¥₹]|\d)", veto_after=r"^[^!?\n]{0,40}?\bby amazon\b"),  # decimals: no _GAP
    Phrase(
        r"\b(?:order|item|amount|purchase|payment|money) (?:has|have) (?:now |already )?been (?:fully |partially )?"
        r"(?:refunded|reimbursed)\b",
        veto_after=r"^\s*by amazon",
    ),
    Phrase(
        r"\bhere(?:'s| is| are)(?: (?:a|an|your|our|the))?(?: (?:small|little|special|exclusive))?(?: [$€£]?\d+"
        r"(?:[.,]\d+)?(?: ?[$€£%])?(?: (?:usd|eur|gbp|dollars?|euros?))?)?(?: off)?(?: amazon)? (?:gift ?cards?|coupons?"
        r"|vouchers?|discount|promo code|discount code|coupon code|voucher code|credit|refund|bonus|gift)\b"
    ),
    Phrase(
        r"\bplease (?:accept|use|enjoy|find)\b" + _GAP + r"{0,40}(?:gift ?card|coupon|voucher|discount|promo code"
        r"|refund|compensation|token of|% off)"
    ),
    Phrase(r"\bas a (?:small |little )?(?:token|gesture) of (?:our )?(?:apology|goodwill|appreciation|thanks)"),
    Phrase(
        r"\b(?:you (?:can|may) (?:also )?|feel free to |please )keep (?:the|your) (?:item|product|old one|unit"
        r"|original item|faulty one|defective one)\b"
    ),
    # de: "wir erstatten Ihnen", "wir werden Ihnen den Betrag zurückerstatten", "Gutschein"
    Phrase(
        r"\b(?:wir|ich)\b" + _GAP + r"{0,50}?\b(?:(?:zurück|rück)?erstatt\w*|gutschreib\w*|gutgeschrieben"
        r"|entschädig\w*|ersetzen|ersetzt)\b",
        veto=_DE_NEG, veto_after=_REFUSED_LATER,
    ),
    Phrase(
        r"\b(?:wir|ich)\b" + _GAP + r"{0,50}?\b(?:gutschein\w*|rabatt\w*|preisnachlass|nachlass|teilerstattung"
        r"|gutschrift|ersatz(?:artikel|gerät|produkt|lieferung|teil)?|neue[ns]? (?:gerät|produkt|exemplar"
        r"|artikel)|kostenlos\w* (?:ersatz|neu\w*|zu)|gratis|geld zurück|entschädigung|als (?:kleine )?"
        r"(?:entschuldigung|wiedergutmachung))\b",
        veto=_DE_NEG,
    ),
    # de, verb first: "Selbstverständlich erstatten wir Ihnen ...", "gerne schicken wir Ihnen einen Ersatz"
    # an amount paid back: "überweisen wir Ihnen 15 € zurück"
    Phrase(r"\b(?:überweisen|zahlen|erstatten|schicken|senden|geben) (?:wir|ich) (?:ihnen |dir )?(?:\w+ ){0,3}?"
           r"\d+(?:[.,]\d+)? ?(?:€|euro\b|eur\b)", veto=_DE_NEG),
    Phrase(r"\b(?:(?:zurück|rück)?erstatten|ersetzen|entschädigen) (?:wir|ich)\b", veto_after=r"^\s*(?:nicht|kein)"),
    Phrase(
        r"\b(?:schicken|senden|geben|bieten|gewähren|schenken|liefern|stellen|überweisen|erlassen) (?:wir|ich)\b"
        + _GAP + r"{0,50}?\b(?:gutschein\w*|rabatt\w*|preisnachlass|nachlass|teilerstattung|gutschrift"
        r"|ersatz(?:artikel|gerät|produkt|lieferung|teil)?|neue[ns]? (?:gerät|produkt|exemplar|artikel)"
        r"|kostenlos\w*|gratis|geld|betrag|kaufpreis|entschädigung)\b",
        veto=_DE_NEG,
    ),
    # de: "erhalten Sie von uns einen Gutschein", "als kleine Entschuldigung ..."
    Phrase(
        r"\bvon uns\b" + _GAP + r"{0,40}?\b(?:gutschein\w*|rabatt\w*|preisnachlass|teilerstattung|gutschrift"
        r"|ersatz\w*|(?:rück)?erstattung|gratis|kostenlos\w*|entschädigung|geschenk)",
        veto=_DE_NEG,
    ),
    Phrase(r"\bals (?:kleine |kleines )?(?:entschuldigung|wiedergutmachung|dankeschön)\b"),
    Phrase(
        r"\b(?:ihre|die) (?:rück)?erstattung (?:wurde|ist) (?:bereits )?(?:veranlasst|ausgelöst|durchgeführt"
        r"|angewiesen|bearbeitet)",
        veto_after=r"^\s*(?:von|durch) amazon",
    ),
    # fr: "nous vous rembourserons", "je vous ai remboursé", "un bon d'achat"
    Phrase(
        r"\b(?:nous|je|j')" + _GAP + r"{0,40}?\b(?:rembours\w*|dédommag\w*|indemnis\w*)",
        veto=_FR_NEG,
        # "nous vous signalons que le remboursement ... a déjà été effectué par Amazon"
        veto_after=r"^[^.!?\n]{0,90}?\bpar amazon\b",
    ),
    Phrase(
        r"\b(?:nous|je|j')" + _GAP + r"{0,40}?\b(?:bon d'achat|carte cadeau|code promo|code de réduction"
        r"|réduction|remise|geste commercial|produit de remplacement|article de remplacement|un remplacement"
        r"|remplacement gratuit|gratuitement|à titre gracieux|sans frais|à nos frais|compensation|vous offr\w+"
        r"|un nouvel? (?:produit"
        r"|article|appareil|exemplaire)|une nouvelle (?:unité|paire))",
        veto=_FR_NEG,
    ),
    Phrase(
        r"\bvotre remboursement a (?:bien )?été (?:effectué|émis|traité|initié|validé)",
        veto_after=r"^\s*par amazon",
    ),
    # es: "le reembolsaremos", "le enviaremos un reemplazo", "hemos emitido un reembolso"
    Phrase(
        r"\b(?:reembolsaremos|reembolsamos|hemos reembolsado|vamos a reembolsar\w*|podemos reembolsar\w*"
        r"|procederemos (?:a|al) (?:reembols\w*|devol\w*)|devolveremos (?:el|su) (?:dinero|importe)"
        r"|compensaremos|compensamos|hemos (?:emitido|procesado|tramitado|realizado|hecho) (?:el|un|su) reembolso"
        r"|(?:emitiremos|procesaremos|tramitaremos|realizaremos|haremos) (?:el|un|su) reembolso)\b",
        veto=r"\bno\b",
        veto_before=r"\bno\s*$",
    ),
    Phrase(
        r"\b(?:le|te|les|os) (?:enviaremos|enviamos|mandaremos|mandamos|ofrecemos|ofreceremos|regalamos"
        r"|regalaremos|daremos|damos|haremos llegar|hacemos llegar|hago llegar|haré llegar|envío|mando"
        r"|podemos (?:enviar|ofrecer|dar|mandar))\b"
        + _GAP + r"{0,50}?(?:reemplazo|sustitución|sustituto|uno nuevo|una nueva|(?:producto|artículo|unidad)"
        r" nuev[oa]|nuev[oa] (?:producto|artículo|unidad)|cupón|cupon|descuento|tarjeta regalo|vale|bono"
        r"|reembolso|compensación|gratis|gratuit\w*|sin coste|sin costo|sin cargo|regalo)",
        veto=_ES_NEG,
    ),
    Phrase(
        r"\b(?:su|el) reembolso (?:ha sido|fue|ya ha sido) (?:emitido|procesado|realizado|tramitado)",
        veto_after=r"^\s*por amazon",
    ),
    # it: "la rimborseremo", "le invieremo un prodotto sostitutivo", "buono sconto"
    Phrase(
        r"\b(?:rimborseremo|rimborsiamo|abbiamo rimborsato|possiamo rimborsar\w*|provvederemo (?:al|a) rimbors\w*"
        r"|procederemo (?:al|con il) rimborso|emetteremo (?:il|un) rimborso|abbiamo (?:emesso|effettuato"
        r"|elaborato|disposto) (?:il|un) rimborso|risarciremo|le restituiremo (?:l'importo|il denaro|i soldi))\b",
        veto=r"\bnon\b",
        veto_before=r"\bnon\s*(?:la |le |vi |ti |lo )?$",
    ),
    Phrase(
        r"\b(?:le|ti|vi|la) (?:invieremo|inviamo|spediremo|spediamo|manderemo|offriamo|offriremo|daremo"
        r"|regaliamo|possiamo (?:inviare|offrire|dare|spedire))\b" + _GAP + r"{0,50}?(?:sostituzione"
        r"|sostitutiv\w|nuovo articolo|nuovo prodotto|uno nuovo|una nuova|buono|coupon|sconto|carta regalo"
        r"|rimborso|risarcimento|gratis|gratuit\w*|omaggio|in regalo)",
        veto=_IT_NEG,
    ),
    Phrase(
        r"\bil (?:suo|tuo) rimborso è stato (?:emesso|effettuato|elaborato|disposto)",
        veto_after=r"^\s*da amazon",
    ),
    # ja: "返金いたします", "ギフト券をお送りいたします", "無料で交換いたします"
    Phrase(
        r"(?:返金|払い戻し|補償|交換|再送)(?:の)?(?:処理|手続き|手配)?(?:を)?(?:いたします|致します|させていただきます"
        r"|させて頂きます|します|しました|いたしました|致しました|させていただきました|手配いたしました|手配いたします|手配します)",
        veto_before=r"(?:amazon|アマゾン)" + _GAP + r"{0,15}$",
    ),
    Phrase(
        r"(?:ギフト券|ギフトカード|クーポン|割引|代替品|交換品|新しい商品|新しいもの|代わりの(?:商品|品|もの)|無料で|無償で|無料にて|無償にて|お詫びの品"
        r"|粗品)" + _GAP
        + r"{0,20}?(?:お送り|送付|発送|差し上げ|進呈|プレゼント|ご用意|お届け|発行|適用|再送|交換)(?:いたします|致します"
        r"|させていただきます|させて頂きます|します|しました|いたしました|しております|いたしております)",
        # Free delivery that every order gets is no compensation: Prime's, or "本商品は送料無料でお届けしております"
        veto=_JA_NEG, veto_before=r"(?:prime|プライム)(?:会員)?" + _GAP + r"{0,12}$|(?:商品|全品|製品)(?:は|も)?(?:全品|全国|全て|すべて)?送料$",
    ),
    # Round five's families (de/fr/es/it/ja first, English where the same family exists):
    # a deduction on the next purchase: "beim nächsten Kauf ziehe ich Ihnen die Versandkosten ab"
    Phrase(r"\b(?:ziehe|ziehen) (?:ich|wir) ihnen\b" + _GAP + r"{0,60}?\bab\b|\berlass(?:e|en) (?:ich|wir) ihnen\b"
           r"|\b(?:je|nous) vous (?:déduir\w*|déduis\w*)|\ble (?:descuento|descontaré|descontaremos|descontamos|rebajo"
           r"|rebajaré|rebajaremos)\b|\ble (?:sconto|sconterò|sconteremo|scaliamo|scalerò|scaleremo|tolgo|toglierò"
           r"|toglieremo)\b" + _GAP + r"{0,40}?(?:spese|importo|€|\d|prezzo|spedizione)"),
    Phrase(r"次回(?:の)?(?:ご購入|ご注文|お買い物|お買い上げ)" + _GAP + r"{0,30}?(?:送料|無料|お値引き|値引き|サービス)"),
    # On the house: "cadeau de la maison", "geht aufs Haus", "invita la casa", "offre la casa", "it's on us"
    Phrase(r"\bcadeau de la maison\b|\boffert(?:e|s|es)? par (?:la maison|nous)\b|\baux frais de la maison\b"
           r"|\bc'est (?:cadeau|offert)\b|\bà nos frais\b|\bgeht aufs haus\b|\bauf unsere (?:kosten|rechnung)\b"
           r"|\b(?:schenken|spendieren) (?:wir|ich) ihnen\b|\binvita la casa\b|\bcorre (?:de|por) nuestra cuenta\b"
           r"|\ba nuestro cargo\b|\bpor cuenta nuestra\b|\boffre la casa\b|\ba (?:nostre|mie) spese\b"
           r"|\ba (?:nostro|mio) carico\b|\bomaggio della casa\b|\bin omaggio\b"
           r"|\b(?:it's|it is|that's|that one's|this one's|those are|these are) on (?:us|the house)\b|\bon the house\b"
           r"|\b(?:das )?geht auf (?:uns|mich)\b|\bdetalle de la casa\b|\bregalo de la casa\b",
           veto_before=_REFUSED_BEFORE),
    Phrase(r"\bde regalo\b", veto_before=r"(?:envoltorio|papel|envolver|tarjeta|bolsa|caja|embalaje|paquete|nota"
           r"|mensaje|idea|opción|opciones|ticket)\s*$"),
    # The apology gift: "pour me faire pardonner, je glisse ...", "お詫びの気持ちとして、替え刃を同封"
    Phrase(r"\b(?:pour (?:me|nous) faire pardonner|en guise d'excuses?|pour (?:nous|m')excuser|para compensar"
           r"|como disculpa|para disculparnos|per farmi perdonare|per farci perdonare|come scusa|per scusarci"
           r"|a titolo di scuse|to make (?:it )?up (?:to you|for (?:it|this|that|the))|by way of apology"
           r"|zur entschädigung|um das wiedergutzumachen)\b" + _GAP
           + r"{0,80}?\b(?:glisse|glissons|joins|joindrons|ajoute|ajoutons|mets|mettons|envoie|envoyons|offre|offrons"
           r"|enviamos|enviaremos|incluimos|incluiremos|añadimos|añadiremos|regalamos|mandamos|aggiungo|aggiungiamo"
           r"|invio|inviamo|spedisco|spediamo|regalo|regaliamo|metto|mettiamo|send|sending|add|adding|include"
           r"|including|enclose|enclosing|throw|pop|slip|give|legen|lege|schicken|schicke|senden|sende|packen"
           r"|packe)\b"),
    # A small present: "le faccio anche un piccolo regalo", "je vous fais un petit cadeau"
    Phrase(r"\b(?:le|ti|vi) (?:faccio|facciamo|farò|faremo) (?:anche |pure )?(?:un )?(?:piccolo )?(?:regalo|omaggio"
           r"|sconto|buono|rimborso)\b|\b(?:lo|la|li|le) tenga pure\b|\b(?:le|te|les) (?:hago|hacemos|haré|haremos) (?:también )?(?:un )?(?:pequeño )?"
           r"(?:regalo|descuento|obsequio)\b|\b(?:je|nous) vous (?:fais|faisons|ferai|ferons) (?:aussi |également )?"
           r"(?:un )?(?:petit )?(?:cadeau|geste|remise|rabais)\b|\b(?:mache|machen) (?:ich|wir) ihnen (?:auch |noch )?"
           r"(?:ein )?(?:kleines )?(?:geschenk|präsent)\b|\b(?:ho|abbiamo) (?:messo|aggiunto|inserito|incluso)\b" + _GAP
           + r"{0,40}?\b(?:in più|in omaggio|extra|gratis|in regalo)\b|\b(?:lege|legen|packe|packen|stecke|stecken)"
           r" (?:ich|wir)\b" + _GAP + r"{0,40}?\b(?:neue[nrs]?|ersatz\w*|gratis|kostenlos\w*|dazu|zusätzlich\w*|extra)\b"),
    # "das alte brauchen Sie nicht zurückzuschicken": keeping the item
    # ... and inverted: "zurückschicken müssen Sie nichts"
    Phrase(r"\b(?:zurück\w*|einsenden|einschicken|retournieren) (?:müssen|brauchen) sie (?:\w+ ){0,2}?(?:nichts|nicht)\b",
           veto_before=r"\bamazon\b" + _GAP + r"*$"),
    Phrase(r"\b(?:brauchen|müssen) sie (?:\w+ ){0,3}?nicht (?:mehr )?(?:zurück\w*|einzusenden|einsenden|retournieren)",
           veto_before=r"\bamazon\b" + _GAP + r"*$", veto_after=r"^" + _GAP + r"{0,40}?amazon"),
    Phrase(r"お詫び(?:の気持ち|のしるし|の印|の品)?(?:として|に)" + _GAP + r"{0,40}?(?:同封|お送り|送付|お付け|差し上げ|進呈"
           r"|プレゼント|ご用意|お届け|返金|値引)"),
    # "you won't have to pay anything" for a replacement or a repair
    Phrase(r"\byou (?:won't|will not|don't|do not|needn't|shouldn't) (?:have to |need to )?pay (?:anything|a (?:penny"
           r"|cent|thing|dime)|nothing)\b|\bwon't cost you (?:anything|a (?:penny|cent|thing))\b"
           r"|\b(?:müssen|brauchen) sie\b" + _GAP + r"{0,20}?\bnichts\b" + _GAP + r"{0,15}?\b(?:zu )?(?:bezahlen"
           r"|zahlen)\b|\bkostet sie nichts\b|\bkeine kosten für sie\b|\brien à payer\b|\bne vous coûtera rien\b"
           r"|\bno (?:tendrá|tiene|tendrás|tienes) que pagar nada\b|\bno le costará nada\b"
           r"|\bsin (?:ningún )?cost[eo] para usted\b|\bnon (?:dovrà|deve|dovrai|devi) pagare (?:nulla|niente)\b"
           r"|\bnon le costerà (?:nulla|niente)\b|\bsenza (?:alcun )?costo per lei\b|\bsenza spese per lei\b"
           r"|(?:ご負担|費用|料金|代金)(?:は)?(?:一切)?(?:ございません|いただきません|頂きません|かかりません)",
           veto_before=r"(?:amazon|アマゾン|\bcompris\w*|\binclu[sdiy]\w*|\binbegriffen|\benthalten|\bcompreso"
           r"|込み|含まれ)" + _GAP + r"*$",
           # import VAT or duties already paid at checkout: "you won't pay anything extra at the door"
           veto_after=r"^(?: extra| more| else)? (?:at the door|on delivery|to the (?:courier|driver|postman)|in"
           r" (?:customs|duties|import))"),
    # es/it first-person money back in the present and future: "le abonaremos 5 €", "le rimborso subito la metà"
    Phrase(r"\b(?:le|les|te|os) (?:abonaremos|abonamos|abonaré|abono|devolveremos|devolvemos|devolveré|devuelvo"
           r"|reintegraremos|reintegramos)\b" + _GAP + r"{0,40}?(?:[€$]|\d|importe|dinero|gastos)",
           veto=_ES_NEG),
    Phrase(r"\b(?:le|ti|vi|la) (?:rimborso|rimborsiamo|rimborserò|rimborseremo|restituisco|restituiamo"
           r"|restituirò|accredito|accreditiamo|accrediterò|accrediteremo)\b",
           veto=_IT_NEG, veto_before=r"\bnon\s*$"),
    # Keeping the item: "den Artikel können Sie behalten", "puede quedárselo", "il terrario può tenerlo"
    Phrase(r"\b(?:können|dürfen) sie (?:es|ihn|sie|das \w+|den \w+|die \w+)? ?(?:gerne |gern |einfach |ruhig"
           r" |selbstverständlich )?behalten\b|\bbehalten sie (?:es|ihn|das gerät|den artikel)\b"
           # "Bitte behalten Sie die rosa Tasse einfach", "die grüne geht kostenlos an Sie raus"
           r"|\bbehalten sie (?:\w+ ){1,4}?(?:einfach|gerne|gern|ruhig)\b|\bkostenlos an sie\b",
           veto=r"verpackung|karton|rechnung|beleg|quittung|einstellung|überblick|nerven"),
    Phrase(r"\b(?:puede|pueden|podrá|puedes) quedárse(?:lo|la|los|las)\b|\bquéde(?:se|nse)(?:lo|la|los|las)\b"
           r"|\b(?:vous pouvez|vous pourrez) (?:le|la|les) garder\b|\bconservez-(?:le|la|les)\b",
           # storage advice: "Conservez-la à l'abri de la lumière"
           veto_after=r"^\s*(?:à l'abri|au frais|au sec|au réfrigérateur|au congélateur|dans|entre|à température|fermée?s?"
           r"|hors de|debout|à plat|bien)"),
    Phrase(r"\b(?:può|potete|potrà|puoi) tener(?:lo|la|li|le|selo|sela|selo pure)\b|\bse (?:lo|la|li|le) tenga\b",
           veto_after=r"^\s*(?:premut|acces|spent|pulit|ferm|chius|apert|in |sotto|sopra|lontan|vicin|al riparo"
           r"|a \d|d'occhio|sotto controllo|presente)"),
    # Round six: "para compensarla", "le abbiamo riservato un buono", "knocked a fiver off", "don't bother
    # sending it back", "just bin the wrong one", "vous pouvez jeter les morceaux", "vous en réexpédions un neuf"
    Phrase(r"\bpara compensarl[aoe]s?\b|\bper (?:compensarl[aoe]|risarcirl[aoe])\b|\bum sie zu entschädigen\b"),
    Phrase(r"\b(?:le|vi|ti) (?:abbiamo|ho) (?:riservato|preparato|messo da parte)\b" + _GAP
           + r"{0,40}?(?:buono|sconto|coupon|codice|omaggio|regalo)|\b(?:le|vi|ti) (?:riserviamo|riserveremo)\b"
           + _GAP + r"{0,40}?(?:buono|sconto|coupon|codice|omaggio|regalo)"),
    Phrase(r"\bknock(?:ed|ing)? (?:a |an |the )?(?:fiver|tenner|\w+ quid|[$€£] ?\d+|\d+ ?%|\w+ (?:pounds|dollars"
           r"|euros|bucks)|bit|few (?:quid|bucks|dollars|pounds|euros))\b" + _GAP + r"{0,10}?\boff\b"),
    Phrase(r"\bdon't bother (?:sending|returning|posting|shipping)\b|\b(?:ne vous embêtez|ne vous donnez pas la peine"
           r"|ne prenez pas la peine) (?:surtout )?(?:pas )?(?:à|de) (?:nous )?(?:le |la |les |l')?(?:renvoyer|retourner"
           r"|réexpédier)"),
    Phrase(r"\b(?:just |please |you can |feel free to |simply )(?:bin|toss|chuck|throw away|throw out|dispose of"
           r"|recycle) (?:it|them|the (?:wrong|old|faulty|broken|damaged|defective) (?:one|item|part|unit|\w+))\b"
           r"|\bvous pouvez (?:les |le |la )?jeter\b|\bpuede (?:tirarl[oa]s?|desecharl[oa]s?)\b"
           r"|\b(?:può|potete) (?:buttarl[oaie]|gettarl[oaie])\b|\bkönnen sie (?:es |ihn |sie |das \w+ |den \w+ )?"
           r"(?:entsorgen|wegwerfen)\b",
           veto=r"packaging|box|batter|verpackung|karton|emballage|carton|embalaje|caja|imballaggio|scatola"),
    Phrase(r"\bvous en (?:réexpédi\w*|renvoy\w*|envoy\w*|expédi\w*|renverr\w*|enverr\w*)\b" + _GAP
           + r"{0,20}?\b(?:un|une) (?:autre|neu(?:f|ve)|nouve(?:au|l|lle))\b|\bvous (?:réexpédi\w*)\b" + _GAP
           + r"{0,40}?\b(?:neu(?:f|ve)|nouve(?:au|l|lle)|de remplacement|gratuit\w*)\b"),
    Phrase(r"\b(?:sent|shipped|posted|delivered|dispatched|replaced|fixed|repaired|couriered) (?:to you |out |over )?"
           r"(?:completely |entirely )?(?:at no (?:extra )?(?:cost|charge)|free of charge)\b"),
    Phrase(r"\bno charge (?:for|on) (?:the )?(?:delivery|shipping|postage|courier|carriage)\b"
           r"|\b(?:you )?no need (?:to )?return\b|\b(?:you|they|she|he|whoever \w+(?: \w+){0,6}) can keep"
           r" (?:it|them|both)(?= *(?:[,.!;)]|$| as | or | and | too| anyway| for free))",
           veto_before=r"\bamazon\b" + _GAP + r"*$"),
    Phrase(r"\b(?:je|nous) vous (?:envoie|envoyons|enverrai|enverrons|expédie|expédions|expédierai|expédierons"
           r"|renvoie|renvoyons|fais parvenir|faisons parvenir)\b" + _GAP + r"{0,100}?\b(?:sans frais|gratuitement"
           r"|à nos frais|offert\w*|à titre gracieux|gratuit\w*)", veto=_FR_NEG),
    # it: "le riconosciamo uno sconto di 80 €, e la madia la tiene"; ja: "ご返送いただかなくて結構です"
    Phrase(r"\b(?:le|vi|ti) (?:riconosciamo|riconosceremo|riconosco|riconoscerò)\b" + _GAP
           + r"{0,40}?(?:sconto|rimborso|buono|abbuono|€|\d)"),
    Phrase(r"\b(?:e|ed) (?:\w+ ){0,3}?(?:la|lo|li|le) (?:tiene|tenga)(?: pure)?(?= *(?:[,.!;]|$))"),
    Phrase(r"(?:ご返送|ご返品|返送|返品|ご返却)(?:いただかなくて|していただかなくて|なさらなくて|されなくて)(?:も)?(?:結構|大丈夫"
           r"|構いません|けっこう)"),
    # Round eight: "I'll get another one sent out", "popped a couple of spare bulbs in the post", "a new set goes
    # out to you on us", "feel free to keep it", "Wir tauschen das Gerät kostenlos aus", "el verde se lo puede quedar"
    Phrase(r"\b(?:i'll|we'll|i will|we will|i can|we can|i'd|we'd) (?:get|have) (?:another|a new|a replacement|a fresh"
           r"|a second)(?: one| [\w-]+)? (?:sent|posted|shipped|dispatched|out|couriered)\b"),
    Phrase(_WE + _AUX + r"{0,6}[ ](?:popped|pop|put|slipped|slip|thrown|throw|added|add|included|include|tucked"
           r"|tuck)\w{0,3}\b" + _GAP + r"{0,40}?\b(?:spare|extra|free|complimentary|bonus)\b", veto=_NEG_EN),
    Phrase(r"\b(?:goes|go|going|sent|ships?|shipped|posted|comes?|coming) (?:out )?(?:to you )?on us\b"
           r"|\bfeel free to keep (?:it|them|both)\b|\bse (?:lo|la|los|las) (?:puede|pueden|podrá) quedar\b"),
    Phrase(r"\b(?:wir|ich)\b" + _GAP + r"{0,40}?\b(?:tausch\w*|ersetz\w*|schick\w*|send\w*|liefer\w*|leg\w*|pack\w*"
           r"|steck\w*)\b" + _GAP
           + r"{0,40}?\b(?:kostenlos|gratis|kostenfrei|umsonst)\b", veto=_DE_NEG),
    Phrase(r"\b(?:have|has|'ve) refunded (?:you )?(?:your|the) (?:postage|shipping|delivery|p&p|difference|\w+ fee)\b",
           veto_before=r"\bamazon\b" + _GAP + r"*$"),
    Phrase(r"\bas a (?:small |little )?thank[- ]you\b" + _GAP + r"{0,60}?\b(?:we|i)(?:'ll| will)? (?:also )?(?:send"
           r"|post|give|include|add|pop|mail)\b"),
    # Round ten: "I'll EFT you R350 back and you can keep the game", "loaded an R150 voucher onto your account",
    # "a little something back on your card", "mit 30 € entgegenkommen"
    Phrase(r"\b(?:r|zar) ?\d{2,5} back\b|\byou can keep (?:the|your) \w+(?= *(?:[,.!;-]|$| as | too| anyway| and ))"
           r"|\b(?:loaded|added|put|credited|topped up)\b" + _GAP + r"{0,30}?\b(?:voucher|credit|gift card|balance)\b"
           + _GAP + r"{0,20}?\b(?:onto|on|to) your (?:account|card)\b"
           r"|\ba (?:little|small) something (?:back|extra|for you|in the box|on your card|your way)\b"
           r"|\b(?:mit|um) (?:\d+(?:[.,]\d+)? ?(?:€|euro\b)|€ ?\d+)" + _GAP + r"{0,20}?\bentgegen\w*",
           veto=r"\b(?:receipt|box|packaging|manual|invoice|instructions|tag|label|bag|case)\b"),
    Phrase(r"\bcome (?:segno|gesto) (?:delle nostre scuse|di scuse|di cortesia|di buona volontà)\b|\ben signe de (?:nos"
           r" excuses|bonne volonté)\b|\bcomo (?:muestra|gesto) de (?:disculpa|buena voluntad)\b|\bals zeichen (?:unseres"
           r" bedauerns|des guten willens|der entschuldigung)\b|(?:感謝|お礼)の(?:気持ち|しるし|印)(?:として|に)" + _GAP
           + r"{0,40}?(?:ギフト券|クーポン|プレゼント|お送り|進呈|差し上げ)"),
    # A replacement for a wrong pick: "I've sent the correct glass out today"
    Phrase(_WE + _AUX + r"{0,4}[ ](?:sen[dt]|ship(?:ped)?|post(?:ed)?|dispatch(?:ed)?|pop(?:ped)?) (?:you )?(?:out )?"
           r"the (?:correct|right) (?:[\w-]+ ){0,2}?(?:one|item|size|colou?r|part|glass|unit|product|version|model"
           r"|\w+)\b", veto=_NEG_EN),
    # fr: a new part sent by the seller: "vous expédier une sonde neuve"
    Phrase(r"\bsans que vous (?:ayez|n'ayez) (?:besoin )?(?:à|de) (?:nous )?(?:le |la |les |l')?(?:retourner|renvoyer"
           r"|rendre)"),
    Phrase(r"\bvous (?:expédier|envoyer|renvoyer|faire parvenir|expédie|envoie|renvoie|expédierai|expédierons"
           r"|envoyons|renvoyons|expédions|réexpédions"
           r"|enverrai|enverrons|renverrai|renverrons|ferai parvenir|ferons parvenir)\b" + _GAP
           + r"{0,50}?\b(?:neu(?:f|ve|fs|ves)|nouve(?:au|l|lle|aux|lles)|de remplacement|de rechange|gratuit\w*"
           r"|offert\w*|sans frais)\b",
           veto=_FR_NOT_GOODS, veto_after=r"^\s*(?:de |d')?" + _FR_NOT_GOODS,
           veto_before=r"(?:\bne\b|\bn'|\bpas\b|\bsi\b|\bs'il\b|\bpossible\b|\bvérifi\w*|\bamazon\b)" + _GAP + r"*$"),
    # Round thirty-five: a remedy promised without naming it ("don't worry, we'll sort something out for you",
    # "ci pensiamo noi a rimediare", "当店で埋め合わせさせていただきます"); work done for the buyer free ("we'll fit the
    # screen for you free"); "I will do a partial refund"; a resend ("neu verpackt und heute an Sie auf den Weg
    # gebracht"); costs taken on ("nous prendrons à notre charge les frais de retour"); a freebie emailed.
    Phrase(r"\b(?:i'll|we'll|i will|we will|let me|we're going to|i'm going to) (?:\w+ )?(?:sort|work) something"
           r" out\b|\b(?:we'll|i'll|we will|i will|let us|let me) make it up to you\b"
           r"|\bci (?:pensiamo|penseremo) noi a rimediare\b|\bci faremo perdonare\b",
           veto_after=r"^\s*with (?:the |your )?(?:courier|carrier|amazon|driver|post|bank|delivery)"),
    Phrase(r"埋め合わせ(?:を)?(?:させて|いたし|致し|します)", veto_after=_REFUSED_AFTER),
    Phrase(_WE + _AUX + r"{0,6}[ ](?:fit|fix|repair|replace|swap|install|service|mend|sharpen|engrave|re-?\w+|do)\b"
           + _GAP + r"{0,50}?\bfor you (?:free|for free|free of charge|at no (?:extra )?(?:cost|charge))\b",
           veto=_NEG_EN),
    Phrase(_WE + _AUX + r"{0,6}[ ](?:do|process|sort|arrange|organi[sz]e)\w{0,3} (?:you )?(?:a |an |the )?(?:partial"
           r" |full |small |quick )?(?:refund|reimbursement|discount|credit)\b", veto=_NEG_EN,
           veto_before=_UNSURE_BEFORE),
    Phrase(r"\b(?:wir|ich)\b" + _GAP + r"{0,50}?\b(?:neu (?:verpackt|gepackt|eingepackt)|erneut|nochmals|noch einmal"
           r"|ersatz\w*)\b" + _GAP + r"{0,60}?\b(?:auf den weg gebracht|verschickt|versandt|versendet|abgeschickt"
           r"|losgeschickt|zugeschickt|geschickt)\b", veto=_DE_NEG),
    Phrase(r"\b(?:prend\w*|sont|seront|restent|resteront|mettons) (?:entièrement |intégralement )?à (?:notre|ma)"
           r" charge\b", veto=_FR_NEG),
    Phrase(_WE + _AUX + r"{0,6}[ ](?:e-?mail|send|post|mail|give)\w{0,2} you\b" + _GAP + r"{0,50}?\b(?:for free"
           r"|free of charge|on the house|at no (?:extra )?(?:cost|charge))\b", veto=_NEG_EN,
           veto_before=_UNSURE_BEFORE, veto_after=_REFUSED_AFTER),
    # Round thirty-six: "4.99 refunded for the missing cable", "Keep it. New one sent.", "Le proponiamo il rimborso
    # completo"
    Phrase(r"(?:[$€£¥₹]|\b)\d+(?:[.,]\d{1,2})? (?:(?:has|have) been |was |were |is |are )?refunded (?:to you )?for"
           r" (?:the|your) (?:missing|broken|damaged|faulty|late|wrong|cracked|dented|lost|scratched)\b",
           veto_before=r"\bamazon\b" + _GAP + r"*$"),
    Phrase(r"\b(?:new|replacement|another|fresh) one (?:sent|posted|shipped|dispatched|is on (?:its|the) way|going"
           r" out|goes out)\b", veto_before=r"\b(?:amazon|amazon's|if|whether)\b" + _GAP + r"*$" + "|" + _REFUSED_BEFORE),
    Phrase(r"\b(?:le|vi|ti) (?:proponiamo|proporremo|propongo|offriamo|offriremo|offro)\b" + _GAP + r"{0,30}?\b(?:il |un |uno"
           r" |una )?(?:rimborso|sconto|buono|sostituzione|reso gratuito|omaggio|risarcimento)\b", veto=_IT_NEG),
    # Round thirty-seven: "Refunded the shipping ($7.99) on your order."
    Phrase(r"(?:^|[.!?\n]\s*|\bjust |\balready )refunded (?:you )?(?:the|your) (?:shipping|postage|delivery|difference"
           r"|p&p|\w+ fee)\b"),
    # Round thirty-eight: "we've also covered your original £4.99 delivery on top of the item refund", "Ya te hemos
    # enviado otra unidad completa sin ningún coste ... puedes quedártela", "abbiamo appena provveduto a rimborsarLe le
    # spese di spedizione", "restituirLe la differenza di prezzo", "返品不要ですので … 新しい電動歯ブラシを本日お送りいたしました"
    Phrase(_WE + _AUX + r"{0,6}[ ](?:covered|cover|paid|pay|picked up|pick up|absorbed|absorb)\w{0,2} (?:for )?(?:the |your )?"
           r"(?:original |outbound |return )?(?:[£$€] ?\d+(?:[.,]\d\d)? )?(?:delivery|shipping|postage|courier|p&p)(?: cost"
           r"| costs| fee| charge)?\b", veto=_NEG_EN, veto_before=_UNSURE_BEFORE),
    Phrase(r"\bon top of the (?:item |product |full )?refund\b"),
    Phrase(r"\b(?:le|te|os|les) (?:hemos|he) (?:enviado|mandado|remitido)\b" + _GAP + r"{0,60}?(?:\bsin (?:ningún |ningun )?"
           r"(?:coste|costo|cargo)\b|\botra unidad\b|\buna nueva\b|\buno nuevo\b|\bde (?:reemplazo|repuesto)\b|\bgratis\b)",
           veto=_ES_NEG),
    Phrase(r"\bpuedes? quedárte(?:la|lo|las|los)\b|\bpuede quedárs(?:el[oa]s?|ela|elo)\b"),
    Phrase(r"\b(?:abbiamo|ho) (?:appena |già |gia )?(?:provveduto|proceduto) a rimborsar\w*|\bprovveder(?:emo|ò) a"
           r" rimborsar\w*|\brestituirl[ea] (?:la differenza|l'importo|parte|i soldi|le spese)\b|\b(?:le|vi|ti) restituiamo"
           r" (?:la differenza|l'importo|parte)\b", veto=_IT_NEG, veto_before=_REFUSED_BEFORE),
    Phrase(r"(?:返品|返送|ご返品|ご返送)(?:は)?不要|(?:新しい|新品の|代わりの|交換品の?)" + _GAP + r"{0,20}?を(?:本日|今日|すぐに"
           r"|至急|改めて|別便にて|別便で)?(?:お送りいたしました|お送りしました|発送いたしました|発送しました|お送りいたします|発送いたします)",
           veto_before=r"(?:amazon|アマゾン)" + _GAP + r"{0,20}$", veto_after=_REFUSED_AFTER),
    # Round thirty-nine: "don't worry about sending the scarf back, keep it or give it to a friend", "no need to send the
    # incorrect ones back", "als kleines Trostpflaster ... noch ein Tütchen Pfeffernüsse mit in den Karton gepackt",
    # "pour nous faire pardonner, on a glissé une boîte de palets en plus dans le carton", "per farci perdonare",
    # "おまけのステッカーを1枚お入れしておきました", "gets a $10 Amazon gift card from us"
    Phrase(r"\b(?:(?:don't|do not) (?:worry about |bother )?|no need to |there's no need to )(?:send|sending|return|returning"
           r"|post|posting|ship|shipping) (?:it|them|this|that|the [\w-]+(?: [\w-]+)?|yours) back\b"
           r"|\bkeep (?:it|them) or (?:give|pass) (?:it|them) (?:to|on|away)\b",
           veto_after=r"^" + _GAP + r"{0,40}?\b(?:until|before|yet|amazon)\b",
           # "it can't be returned or resold, so please don't send it back": nothing given, only a fact
           veto_before=r"\b(?:can't|cannot|can not|won't) be (?:returned|resold)\b|\bnon-?returnable\b|\bnot returnable\b"
           + _GAP + r"*$"),
    Phrase(r"\bals (?:kleines |kleinen )?(?:trostpflaster|entschädigung|wiedergutmachung|entschuldigung)\b"
           r"|\bnoch (?:ein|eine|einen) [\wäöüß-]+ (?:[\wäöüß-]+ )?mit (?:in (?:den|das|die) \w+ )?(?:gepackt|gelegt|gesteckt)\b"
           r"|\bpour (?:nous|me) faire pardonner\b|\bper farci perdonare\b|\bpara hacernos perdonar\b"
           r"|\b(?:glissé|ajouté|mis)\b" + _GAP + r"{0,60}?\ben plus dans (?:le|votre) (?:carton|colis|paquet)\b",
           veto_before=_REFUSED_BEFORE),
    Phrase(r"おまけ(?:の|で|として)?" + _GAP + r"{0,20}?(?:お入れ|同封|お付け|入れて|付けて|お送り)", veto_after=_REFUSED_AFTER),
    Phrase(r"\b(?:gets?|receives?|wins?|will get|will receive) (?:an? )?(?:[$£€] ?\d+ )?(?:amazon )?(?:gift ?card|voucher"
           r"|gift certificate)\b", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # Round forty: "We'll remake it free of charge", "le abbiamo appena disposto un rimborso parziale di 6,90 €", "Le
    # spediamo senza alcun costo un'unità nuova"
    Phrase(_WE + _AUX + r"{0,6}[ ](?:remake|redo|reprint|resend|re-?make|re-?do|re-?engrave|replace|fix|repair|engrave)\w{0,2}"
           r"(?: it| them| the [\w-]+)?" + _GAP + r"{0,20}?\b(?:free of charge|for free|at no (?:extra )?(?:cost|charge))\b",
           veto=_NEG_EN, veto_before=_UNSURE_BEFORE),
    Phrase(r"\b(?:le|vi|ti) (?:abbiamo|ho) (?:appena |già |gia )?(?:disposto|emesso|effettuato|predisposto|avviato|fatto)"
           r" (?:un |il )?rimborso\b|\b(?:le|vi|ti) (?:spediamo|spediremo|inviamo|invieremo|mandiamo|manderemo)\b" + _GAP
           + r"{0,40}?(?:\bsenza (?:alcun )?cost[oi]\b|\bgratis\b|\bgratuitamente\b|\bin omaggio\b|\bun'unità nuova\b"
           r"|\buna nuova\b|\bun nuovo\b)", veto=_IT_NEG, veto_before=_REFUSED_BEFORE),
    Phrase(r"\bun bon de \d+ ?€ (?:sur|pour) votre prochain (?:achat|commande)\b|\bvous recevrez (?:chacune?|tous les deux"
           r"|toutes les deux)? ?un bon\b"),
    # Round forty-one: "you'll both get £5 back from us", "Vous n'avez rien à nous renvoyer, vous pouvez disposer de
    # l'ancien", "un nouveau plateau en chêne vous sera expédié"
    Phrase(r"\byou(?:'ll| will)? (?:both |each )?get (?:[£$€] ?\d+|\d+ ?(?:€|euros?|pounds?|dollars?)) back\b"
           r"|\bvous n'avez rien à (?:nous )?renvoyer\b|\bvous pouvez (?:disposer de|garder) l'ancien\w*\b"
           r"|\bun(?:e)? nouve(?:au|lle|l) (?:[\w-]+ ){0,4}?(?:\([^)]{0,30}\) )?vous sera (?:expédié|envoyé|livré)e?\b",
           veto_before=_REFUSED_BEFORE + r"|\bamazon\b" + _GAP + r"*$"),
    # Round forty-two: "I've dispatched a new brass connector by Royal Mail today, no charge."
    Phrase(_WE + _AUX + r"{0,6}[ ](?:dispatched|sent|posted|shipped|popped) (?:you )?(?:out )?an? (?:new|replacement|fresh"
           r"|spare)\b", veto=_NEG_EN, veto_before=r"\bamazon\b" + _GAP + r"*$|" + _UNSURE_BEFORE),
    Phrase(r"[,;-] (?:no charge|free of charge|on the house|at no cost(?: to you)?)\s*[.!]", veto_before=_REFUSED_BEFORE),
    # Round forty-three: "I'll process your return without the 20% restocking fee"
    Phrase(r"\bwithout (?:the|any) (?:\d+ ?% )?restocking fee\b|\bwaive (?:the|your) (?:\d+ ?% )?restocking fee\b",
           veto_before=_REFUSED_BEFORE),
    # Round forty-four: "we make refund of the 349 MXN for the broken glass", "Wir schicken Ihnen heute noch einen neuen
    # Krug raus, der kaputte kann bei Ihnen bleiben"
    Phrase(_WE + _AUX + r"{0,6}[ ](?:make|do|give|send)s? (?:a |the |you )?(?:partial |full )?refund\b", veto=_NEG_EN,
           veto_before=_UNSURE_BEFORE),
    Phrase(r"\b(?:wir|ich) (?:schicken|senden|schick|sende)\w* ihnen\b" + _GAP + r"{0,40}?\b(?:einen neuen|eine neue"
           r"|ein neues|ersatz\w*)\b|\b(?:der|die|das) (?:kaputte|defekte|alte|falsche)\w* (?:kann|darf) (?:gerne |gern )?bei"
           r" ihnen bleiben\b", veto=_DE_NEG),
)

# ------------------------------------------------------------ review requests
_REVIEW_EN = r"(?:reviews?|feedback|ratings?|testimonials?|stars?)"
_THANKS = (
    r"\b(?:thank(?:s| you)(?: so much| very much)?|grateful|appreciate)(?: you)?(?: for)?(?: taking the time)?"
    r"(?: to)?"
)
_THANKS_BEFORE = _THANKS + r"\s*$"
# "thank you for your lovely 5-star review": praise between the thanks and the review
_PRAISE = (r"(?: (?:lovely|kind|great|wonderful|nice|amazing|generous|glowing|fantastic|positive|honest|fair"
           r"|detailed|thoughtful|brilliant|fab|fabulous|super|sweet|warm))")

_PRODUCT_PAGE = (
    r"(?:produktseite|artikelseite|fiche (?:du )?produit|fiche de l'article|page (?:du )?produit|página del producto"
    r"|ficha del (?:producto|artículo)|pagina del prodotto|scheda (?:del )?prodotto|商品ページ|product page|listing"
    r"|sezione (?:delle )?recensioni|secci[oó]n de (?:reseñas|opiniones)|rubrique (?:des )?avis|bewertungsbereich"
    r"|レビュー欄|unter dem (?:artikel|produkt|angebot)|unterm artikel|fiche (?:sur |d')?amazon|ficha (?:de|en) amazon"
    r"|página de amazon|scheda (?:su |di )?amazon|amazon-seite|amazonのページ|página del artículo|inserzione"
    r"|pagina dell'articolo|page de l'article|order page|product listing|amazon page|amazon listing|unter den (?:artikel"
    r"|beitrag))"
)
_FEW_WORDS = (
    r"(?:\b(?:ein paar|einige|zwei|wenigen|kurzen?) (?:zeilen|worte|wörtern|sätze|sätzen)\b|\bein kurzes wort\b"
    r"|\b(?:un )?petit (?:mot|commentaire)\b|\bquelques (?:mots|lignes)\b|\bun mot\b|\b(?:unas|algunas|dos|pocas)"
    r" (?:líneas|palabras)\b|\bun (?:breve )?comentario\b|\b(?:due|poche|qualche) (?:righe|parole)\b"
    r"|\bun (?:breve )?commento\b|ひとこと|一言|ご感想"
    r"|\ba (?:quick|short|brief) (?:line|note|word|comment)\b|\ba few (?:kind |honest |quick )?(?:words|lines)\b)"
)

# Amazon's own review buttons, named in quotes to answer how to leave a review: masked before the review
# phrases run ("To rate us, click “Leave seller feedback”", «Escribir una opinión sobre el producto»,
# 「出品者を評価」). Unquoted, the same words are an ask.
REVIEW_BUTTON_LABELS = (
    r"(?:leave seller feedback|write a (?:product|customer) review|rate (?:this )?seller|add a photo or video"
    r"|laisser une évaluation(?: du vendeur)?|évaluer le vendeur|écrire un commentaire(?: sur le produit| client)?"
    r"|valorar al vendedor|escribir (?:una|mi) opinión(?: sobre el producto| de cliente)?|scrivi una recensione"
    r"(?: cliente| del prodotto)?|lascia(?:re)? un feedback(?: (?:al|sul) venditore)?|valuta il venditore|verkäufer bewerten"
    r"|feedback zum verkäufer (?:abgeben|geben)"
    r"|(?:kunden)?rezension (?:schreiben|verfassen)|bewertung (?:schreiben|abgeben)|出品者を評価|(?:商品|カスタマー)?"
    r"レビューを書く)"
)
# In quotes ("Leave seller feedback", «Escribir una opinión», 「出品者を評価」), unless the button is itself the ask
REVIEW_BUTTONS = (
    r"([\"«「『„'‘]) ?(" + REVIEW_BUTTON_LABELS + r") ?([\"»」』“'’])"
    r"(?! ?(?:を)?(?:いただけ|頂け|ください|下さい|お願い|していただ))"
)
# At the end of a menu path: "Your Orders > Leave seller feedback"
REVIEW_MENU_BUTTON = r"([>＞] ?)(" + REVIEW_BUTTON_LABELS + r")"
# A review named to explain how, or that it is the buyer's choice: the sentence so far is a purpose clause
# ("To leave seller feedback, go to ...", "Pour évaluer le vendeur, allez ..."), answers the buyer's question,
# leaves the choice to them ("È libero di lasciare la recensione che ritiene giusta", "Es steht Ihnen frei, eine
# Bewertung zu schreiben") or gives the scale ("scelga da 1 a 5 stelle").
REVIEW_HOWTO_BEFORE = (
    # after a greeting too: "Hi Nora, to write a review, go to the product page"
    r"(?:(?:^|,)\s*(?:to|pour|para|per|um)\s+(?:\w+\s+){0,1}$|\bto answer your (?:question|query)\b|\byou asked how\b"
    r"|\b(?:you ask(?:ed)?|you're asking|(?:nos|me) pregunta(?:s|ba)?|vous (?:nous )?demand(?:ez|iez)"
    r"|(?:ci|mi) chied(?:e|eva)|sie (?:fragen|fragten|hatten gefragt))\b"
    r"|\b(?:you'd like to|you want to|you wish to|how to|how do i|how can i)\s+$"
    r"|\b(?:è (?:\w+ ){0,2}?liber[oa] di|sei liber[oa] di|est (?:\w+ ){0,2}?libre de|êtes (?:\w+ ){0,3}?libre de"
    r"|es (?:\w+ ){0,2}?libre de|steht ihnen (?:\w+ ){0,2}?frei,?"
    r"|(?:you're|you are) (?:\w+ ){0,2}?(?:free|welcome) to)\s+(?:\w+\s+){0,1}$"
    # not asked for at all: "there's absolutely no need to leave a review, it's completely optional"
    r"|\b(?:no need to|(?:don't|do not) (?:have|need) to|not (?:required|obliged|expected) to)\s+$"
    # "Whether you leave a review or not is entirely your call"
    r"|\bwhether (?:or not )?you\s+$"
    # a permission answered: "Sì, può modificare o eliminare la sua recensione in qualsiasi momento", "yes, you can
    # add photos to a review"
    r"|\b(?:yes|sì|si|sí|oui|ja),? (?:\w+ ){0,2}?(?:you can|può|puoi|potete|pouvez|peux|puede|puedes|pueden"
    r"|können sie|kannst du)\s+(?:\w+\s+){0,3}$"
    # what the buyer can do in their account: "Ihre Rezension können Sie jederzeit selbst ... bearbeiten"
    r"|\b(?:können sie|kannst du) (?:jederzeit|selbst|natürlich|ganz einfach)\b|\b(?:sie können|du kannst) (?:ihre|deine)\s+$"
    r"|\bkönnen (?:sie|es|diese) (?:aber |auch |natürlich |selbst )*jederzeit\b"
    r"|\bwhether (?:you|i|we|buyers|customers) (?:can|could|may|might|are allowed to|should)\s+(?:\w+\s+){0,1}$"
    r"|\b(?:only (?:the )?(?:buyer|customer|purchaser)s?|she|he|they|anyone|buyers|customers|your (?:sister|brother"
    r"|friend|partner|husband|wife|mum|mom|dad|son|daughter|colleague)) (?:can|could|may)\s+$|\bman (?:vergibt|kann)\b"
    r"|\b(?:anyone|everyone|any (?:buyer|customer)|whoever) (?:who|that) (?:\w+ ){1,4}?(?:can|could|may)\s+$"
    r"|\bamazon (?:lets|allows|will let|also lets) (?:you|buyers|customers)\b|\b(?:da 1 a|de 1 a|from 1 to|von 1 bis"
    r"|de 1 à|1 to)\s*$)"
)

# Asking the buyer to change a review, whatever the shape of the sentence: one list of verbs for all of them.
_CHANGE_REVIEW = r"(?:remov|delet|chang|edit|updat|amend|revis|withdraw|revisit|reconsider|rethink)\w*"

REVIEW: tuple[Phrase, ...] = (
    # round thirty-two: "on a scale of 1 to 5, how happy are you ... If it's a 5, posting that on the listing helps"
    Phrase(r"\bon a scale (?:of|from) (?:1|one|0|zero) to (?:5|five|10|ten)\b|\bpost(?:ing)? (?:that|it|this|them)"
           r" (?:up )?on the (?:listing|product page)\b", veto_before=REVIEW_HOWTO_BEFORE),
    # round thirty: "if you show your tea set photo in Amazon review"
    Phrase(r"\b(?:show|post|share|add|upload|put)\w* (?:\w+ ){0,4}?(?:photos?|pictures?|pics?|videos?|images?) (?:in|on|to"
           r"|with) (?:the |your |an? )?(?:amazon )?(?:reviews?|feedback|rating)\b",
           veto_before=r"\b(?:you can|you may|you could|it's possible to|how to|whether you can)\s+$"),
    # round thirty-one: "erzählen Sie es doch den anderen Eltern", "raconter cette expérience aux futurs acheteurs",
    # "se raccontasse agli altri appassionati" (a request, not "as we told other customers")
    Phrase(r"\b(?:raccont(?:i|a|are|asse|arlo|andolo|arci)|dic(?:a|esse)|far(?:lo|e)? sapere|cuénte(?:le|les)?|contar(?:les?)?"
           r"|cuente|dígales?|racont(?:ez|er)|dire|faire savoir|erzählen sie|erzähl|erzählen|sagen sie|teilen sie)\b" + _GAP
           + r"{0,25}?\b(?:agli altri|a otros|a los demás|a los futuros|aux autres|aux futurs|aux prochains|den anderen"
           r"|anderen|künftigen)\b"),
    # round twenty-five: "we kindly wonder if the one-star comment is still necessary, perhaps you could consider to
    # take it down?", "hop into Your Orders and tell Amazon how we did as a seller"
    # round twenty-seven: "would you consider amending your review so it reflects the product itself?"
    Phrase(r"\b(?:would|could|will|can) you (?:please |kindly |maybe |perhaps )?(?:consider |mind )?" + _CHANGE_REVIEW
           + r" (?:your|the|that|this) (?:[\w-]+ )?(?:review|rating"
           r"|feedback|comment|stars?)\b"),
    # round twenty-six: "we noticed the 2-star note went up ... would you mind revisiting what you wrote?"
    Phrase(r"\b(?:comment|review|rating|feedback|stars?|note)\b[^\n]{0,150}?\b(?:consider|mind|think about)(?: to| about)?"
           r" (?:tak(?:e|ing) (?:it|that|this) (?:down|off)|" + _CHANGE_REVIEW
           + r" (?:it|that|this|what you wrote|your (?:review|rating|comment|note)))\b"
           r"|\b(?:comment|review|rating|feedback)\b" + _GAP + r"{0,20}?\b(?:still|really) (?:necessary|needed|justified)\b"),
    Phrase(r"\btell (?:amazon|everyone|others) how (?:we|i) did\b|\bhow (?:we|i) did as (?:a |your )?seller\b"),
    # "If you're ever passing the product page, we'd be chuffed to hear what you made of them"; "se potesse
    # rivedere il giudizio da una stella"
    Phrase(r"\b(?:product page|listing)\b" + _GAP + r"{0,60}?\b(?:hear|know|read|see) (?:what|how) you (?:made of|think"
           r"|thought|found|got on)\b|\b(?:rivedere|riconsiderare|modificare|cambiare|aggiornare) il giudizio\b"),
    # round twenty-four: "share your feedback about our service on Amazon", "what can i do to make it 5?" after
    # the buyer's 3 stars, "un suo commento pubblico sulla pagina del prodotto ci sarebbe utilissimo"
    Phrase(r"\bshare (?:your|some|a few|any) (?:honest )?(?:feedback|thoughts|experience|opinions?|impressions)\b" + _GAP
           + r"{0,40}?\bon (?:amazon|the listing|the product page)\b", veto_before=REVIEW_HOWTO_BEFORE),
    Phrase(r"\b(?:[1-4]|one|two|three|four)[- ]?stars?\b[^\n]{0,100}?\b(?:make|get|turn|bump|bring|raise|change)"
           r" (?:it|that|this|them)(?: up)?(?: to| into)? (?:a )?(?:[4-5]|four|five)\b"),
    Phrase(r"\b(?:un suo|un tuo|il suo|il tuo|una sua|una tua) (?:commento|parere|giudizio|feedback|recensione)\b"
           + _GAP + r"{0,60}?\b(?:ci sarebbe|ci farebbe|sarebbe (?:molto )?utile|ci aiuterebbe)\b"),
    # es: "cuéntenos en la página del producto qué le pareció"
    Phrase(r"\b(?:cuéntenos|cuéntanos|díganos|dinos|coméntenos|coméntanos)\b" + _GAP + r"{0,30}?" + _PRODUCT_PAGE),
    # "Could you spare 30 seconds to rate it?", "a moment to review it"
    Phrase(r"\b(?:spare|take|find|have) (?:a |an |just )?(?:few |couple of |quick )?(?:\d+ )?(?:seconds?|minutes?|moments?"
           r"|minute)\b" + _GAP + r"{0,15}?\bto (?:rate|review)\b"),
    # "write about your experience with the knife on Amazon", "tell others about it"
    Phrase(r"\b(?:write|tell|talk) (?:us |others |everyone |people )?about your experience\b" + _GAP
           + r"{0,40}?\b(?:on amazon|on the listing|on the product page)\b|\btell others about it\b"),
    # noticing the buyer has not reviewed yet is the ask: "we noticed you haven't left feedback yet"; not
    # when it answers a threat ("you haven't left a review, so there is nothing to remove")
    Phrase(r"\b(?:you )?(?:haven't|have not|hasn't|has not|didn't|did not) (?:yet )?(?:had a chance to )?(?:left|leave"
           r"|written|write|posted|post) (?:us )?(?:a |any |your )?(?:feedback|review|rating)s?\b",
           veto_after=r"^" + _GAP + r"{0,40}?\b(?:so there|that's fine|that is fine|nothing to|no need|and that's)\b"),
    # a review word masked with asterisks: "those little st*rs under the listing", "r*view", "f**dback"
    Phrase(r"\b(?=[a-z]*\*)(?:st[a-z*]rs?|r[a-z*]v[a-z*]ews?|rev[a-z*]ews?|f[a-z*]{2}db[a-z*]ck|r[a-z*]t[a-z*]ngs?)\b"),
    # de, conditional on the buyer's removal: "sobald Sie Ihre 2-Sterne-Rezension entfernt haben"
    Phrase(r"\b(?:sobald|wenn|nachdem|falls) sie\b" + _GAP + r"{0,40}?(?:bewertung|rezension|feedback|sterne)\w*"
           + _GAP + r"{0,20}?\b(?:entfernt|gelöscht|geändert|angepasst|zurückgezogen|korrigiert)\b"),
    # round fourteen: "we would be very grateful if you let people know", "if it deserves a place in the reviews",
    # "¿nos ayudaría contando su experiencia en una reseña?"
    # round fifteen: "it would help other families if you could mention the fold in a review", "dites sur Amazon ce
    # que vous en pensez", "ci dica con qualche stellina su Amazon com'è andata", 星いくつ
    Phrase(r"\b(?:mention|say|write|note|a few words|some words|a word or two)\b" + _GAP
           + r"{0,40}?\bin (?:a|your) (?:review|rating)\b"
           r"|\b(?:dites|racontez|partagez)(?:-nous)?\b" + _GAP + r"{0,30}?\bce que vous en pensez\b"
           r"|\bce que vous en pensez\b" + _GAP + r"{0,20}?\bsur amazon\b|\bqualche stellin[ae]\b"
           r"|\bcon (?:qualche|delle|le sue) stell(?:in)?e\b|星いくつ|いくつ星", veto_before=_REFUSED_BEFORE,
           # "What you write in your review is entirely your decision"
           veto_after=r"^ (?:is|are) (?:\w+ ){0,2}?(?:your (?:own )?(?:decision|choice|call)|up to you)\b"),
    Phrase(r"\b(?:grateful|appreciate it|appreciated|love it|mean a lot) if you (?:let|told|tell) (?:people|others"
           r"|everyone|other (?:buyers|customers|shoppers))\b|\bdeserves? a (?:place|spot|mention) in (?:the|your)"
           r" reviews?\b|\bcontando su experiencia\b|\b(?:su|tu) experiencia en una (?:reseña|opinión|valoración)\b"),
    # en: "would you consider updating it", after the review was named; "rate it out of five"; "all we'd ask is
    # an honest review"; "sellers like us rely on feedback"
    Phrase(r"\b(?:review|rating|feedback)\b[^\n]{0,150}?\b(?:could|would|can|will) you (?:please |kindly |maybe "
           r"|perhaps |possibly |just )?"
           r"(?:consider |mind )?(?:tak(?:e|ing) down|" + _CHANGE_REVIEW + r") (?:it|that|this|yours)\b"),
    # an ask tied to the review: "if you could mention that the 180 cm worked when you review it"
    Phrase(r"\b(?:if you could|could you|would you|please|do)\b" + _GAP + r"{0,80}?\b(?:when|once|after|as) you"
           r" (?:(?:review|rate) (?:it|them|us|this (?:product|item)|the (?:product|item|\w+ on amazon)|our (?:product"
           r"|shop|store)|your purchase)|write (?:up )?(?:your|a|the) review)\b"),
    # how much reviews matter to the seller: "feedback is the lifeblood of small sellers like us", "reviews mean
    # the world to a small shop"
    Phrase(r"\b(?:reviews?|feedback|ratings?|stars)\b(?: \w+){0,2}? (?:is|are) (?:the )?(?:life ?blood|oxygen|bread and"
           r" butter)\b|\b(?:reviews?|feedback|ratings?)\b(?: \w+){0,2}? (?:mean|means|matter|matters) (?:the world"
           r"|everything|so much|a lot|a great deal) to (?:us|small|our|a small|sellers like us|independent)\b"),
    # "please take the review down": the phrasal verb around its object
    Phrase(r"\b(?:take|taking|took) (?:the|your|this|that)(?: [\w-]+){0,3}? (?:reviews?|feedback|ratings?) down\b",
           veto_before=r"(?:\bamazon\b|" + NEGATION + r")" + _GAP + r"{0,30}$"),
    Phrase(r"\brate (?:it|us|them|this)\b" + _GAP + r"{0,30}?\b(?:out of (?:five|5|ten|10)|stars?|on (?:amazon"
           r"|the listing))"),
    Phrase(r"\ball we(?:'d| would)? ask(?: for)? is\b" + _GAP + r"{0,20}?" + _REVIEW_EN),
    Phrase(r"\brely on (?:\w+ )?(?:feedback|reviews|ratings)\b"),
    # A few lines on the product page: de, fr, es, it; rating the purchase: es
    Phrase(r"\b(?:ein paar|einige|zwei) (?:zeilen|worte)\b" + _GAP + r"{0,40}?(?:produktseite|amazon|bewertung"
           r"|rezension)|\bquelques (?:mots|lignes)\b" + _GAP + r"{0,40}?(?:page (?:du )?produit|amazon|avis)"
           r"|\b(?:unas|algunas|dos) (?:líneas|palabras)\b" + _GAP + r"{0,40}?(?:página del producto|amazon|opinión)"
           r"|\b(?:due|poche|qualche) (?:righe|parole)\b" + _GAP + r"{0,40}?(?:pagina del prodotto|amazon|commento"
           r"|recensione)"),
    Phrase(r"\b(?:valorar|calificar|puntuar|reseñar) (?:su compra|el producto|la compra|el artículo|al vendedor"
           r"|nuestr[oa])\b|\bno olvide (?:valorar|dejar una|escribir una)\b"),
    # en: "do let other buyers know on the listing", "a few words about it on Amazon really help"
    Phrase(r"\blet(?:ting)? (?:other|fellow|future) (?:buyers|customers|shoppers|parents|people|owners|cooks"
           r"|gardeners|riders|readers) know\b|\b(?:tell|told|telling) (?:everyone|everybody|others|other people|the world)\b"
           + _GAP + r"{0,20}?\bon (?:amazon|the listing|the product page)\b",
           veto_before=r"(?<!\bif )(?<!\bwhen )(?<!\bonce )\b(?:you|you've|you have|you already|they)\s+$"),  # done
    Phrase(r"\buns(?: als (?:verkäufer|händler|shop))? (?:gerne |gern |auch )?(?:bewerten|beurteilen)\b"
           r"|\b(?:nous évaluer|évaluer notre boutique|valorarnos|calificarnos|puntuarnos|valutarci|recensirci)\b"),
    Phrase(r"\btell(?:ing)? (?:other|fellow|future) \w+(?: \w+){0,3}? (?:about|how|what)\b"
           r"|\b(?:pop|post|add|share|include|upload|put) (?:a |some |your )?(?:photos?|pictures?|pics?|videos?)\b"
           + _GAP + r"{0,50}?\b(?:in|on|with|to) (?:a|your|the) (?:review|listing|product page)\b"
           r"|\ba (?:short|quick|brief|little|small|one-line|few-word) (?:review|rating|write-up)\b"
           r"|\b(?:we would|we'd|i would|i'd) (?:really )?(?:value|appreciate|welcome|love) your (?:feedback|rating"
           r"|review)\b|\ba seller rating\b" + _GAP + r"{0,40}?\bhelps?\b",
           veto_before=_THANKS_BEFORE),
    # "¿qué puntuación le daría al producto?", "what score would you give it", "quelle note nous donneriez-vous"
    Phrase(r"\bqué (?:puntuación|nota|valoración|calificación) (?:le |nos |me )?(?:daría|darías|pondría|pondrías|da|das)\b"
           r"|\bwhat (?:score|rating|mark|grade) (?:would|will|could|do) you (?:give|rate)\b"
           r"|\bquelle note (?:nous |lui |leur )?(?:donneriez|mettriez|donnez|mettez)\b"
           r"|\bche (?:voto|punteggio|valutazione) (?:ci |gli |le )?(?:darebbe|daresti|dà|dai|darà)\b"
           r"|\bwelche (?:note|bewertung|punktzahl) (?:würden|geben|gäben) sie\b"),
    Phrase(r"\bcombien d'étoiles (?:vous|tu|\w+ (?:donneriez|donnez|mettriez))\b|\bcuántas estrellas (?:le |nos )?(?:daría|pondría|da|pone)\b"
           r"|\bquante stelle (?:gli |ci )?(?:darebbe|dà|darà|mette)\b|\bwie viele sterne (?:sie|würden sie|du|wäre|wären)\b"
           r"|\bcombien d'étoiles (?:nous |lui )?(?:donneriez|donnerais|mettriez|mettrais)\b"
           r"|星(?:を)?(?:いくつか|いくつ|何個か|何個)(?:を)?(?:付け|つけ)"),
    Phrase(r"\b(?:the|your) (?:rating|review|stars?|feedback) (?:still )?(?:feels?|seems?|is) (?:right|fair|accurate"
           r"|deserved)\b|\b(?:rivedere|riconsiderare) (?:il suo|la sua|il tuo|la tua) (?:giudizio|valutazione"
           r"|recensione|feedback|voto)\b|\breconsiderar (?:su|tu) (?:opinión|valoración|reseña|calificación)\b"),
    # Your opinion on the product page: "votre ressenti sur la page du produit", "cosa ne pensa sulla pagina"
    Phrase(r"\b(?:votre|vos) (?:ressenti|retour|impressions?|avis|expérience)\b" + _GAP + r"{0,40}?" + _PRODUCT_PAGE
           + r"|\b(?:su|tu|sus|tus) (?:opinión|opiniones|impresión|impresiones|experiencia|comentarios?)\b" + _GAP
           + r"{0,40}?" + _PRODUCT_PAGE
           + r"|\bcosa ne (?:pensa|pensi)\b" + _GAP + r"{0,40}?" + _PRODUCT_PAGE
           + r"|\bihre (?:meinung|eindrücke|erfahrung(?:en)?)\b" + _GAP + r"{0,40}?" + _PRODUCT_PAGE),
    Phrase(r"\breviews (?:are|mean) (?:\w+ )?(?:everything|so much|the world|a lot|huge|vital|crucial)\b"
           r"|\banything (?:at all )?on the listing\b|\bbefore (?:leaving|writing|posting|giving) (?:any |a |your )?"
           r"(?:feedback|review|rating)|\b(?:listing|product|page) (?:only )?(?:has|have) (?:only )?\w+ reviews\b"
           r"|\byours would (?:count|mean|help|make)\b|\byours would (?:\w+ ){0,3}?be (?:\w+ ){0,2}?(?:valuable|helpful|useful"
           r"|appreciated)\b|\byour (?:words|thoughts|opinion|experience|impressions?)\b"
           + _GAP + r"{0,60}?" + _PRODUCT_PAGE + r"|" + _PRODUCT_PAGE + _GAP
           + r"{0,60}?\byour (?:words|thoughts|opinion|experience|impressions?)\b"
           r"|\bqué le (?:ha )?parecid[oa]\b" + _GAP + r"{0,60}?" + _PRODUCT_PAGE),
    # Round ten: "before you put up that review", "anyone who posts a review with a photo gets our coupon",
    # "mention that on Amazon", "a kind word about our service on Amazon", "sofern die Rezension nicht online geht"
    Phrase(r"\bbefore you (?:put up|post|leave|write|publish|submit|go ahead with) (?:that |the |a |your |any )?"
           r"(?:\w+ )?(?:review|feedback|rating)\b"
           r"|\b(?:anyone who|whoever|everyone who|customers who|buyers who) (?:posts?|leaves?|writes?|submits?)"
           r" (?:a|an|their) (?:\w+ )?(?:review|rating)\b"
           r"|\b(?:mention|say|post|share) (?:that|it|this|so) on amazon\b|\ba (?:kind|good|nice|few kind) words?\b"
           + _GAP + r"{0,40}?\bon amazon\b"
           r"|\b(?:rezension|bewertung)\w*\b" + _GAP + r"{0,30}?\b(?:noch )?nicht (?:online|veröffentlicht|geschrieben"
           r"|freigeschaltet)"),
    # Asking for what the review should say: "si puede mencionar lo rápido que llegó", "mention how quickly it came"
    Phrase(r"\b(?:mencionar|mention|erwähnen|mentionner|menzionare)\b" + _GAP + r"{0,30}?(?:\blo (?:rápido|bien)"
           r"|\bhow (?:fast|quick|quickly|well|carefully)|\bwie (?:schnell|gut|sorgfältig)|\bla rapidité|\bquanto"
           r" (?:velocemente|bene|veloce))"),
    Phrase(r"一言(?:でも)?(?:添えて|書いて|コメント|ご記入)(?:いただけ|頂け|ください|下さい)|\b(?:button|product page"
           r"|listing|review)\b" + _GAP + r"{0,40}?\bis the best place\b|\bthe best place to (?:say so|share|tell"
           r"|post|leave)\b"),
    Phrase(r"\bhow many stars you(?:'d| would| will| might)? (?:give|rate)\b|\blet(?:ting)? (?:other|fellow|future)"
           r" \w+(?: \w+)? know\b|\b(?:pop|post|add|share|include|upload|put) (?:a |some |your )?(?:short |quick"
           r" |little )?(?:note|comment|photos?|pictures?|pics?|videos?)\b" + _GAP + r"{0,50}?\b(?:in|on|with|to) (?:a"
           r"|your|the) (?:review|listing|product page)\b|\b(?:to|for) (?:\w+ )?(?:who|whoever) (?:shares?|posts?"
           r"|leaves?|writes?) (?:their|an?|your) (?:honest )?(?:experience|review|feedback|opinion|rating)\b"),
    # "レビューを投稿いただいた方に…" offers something; "…方への特典は一切ご用意しておりません" refuses it (round thirty-five)
    Phrase(r"(?:レビュー|評価)(?:を)?(?:ご)?(?:投稿|記入|書いて)(?:いただいた|頂いた|くださった|下さった)(?:方|お客様)",
           veto_after=_REFUSED_AFTER),
    Phrase(r"\bgive (?:\w+ ){0,3}a star rating\b|\b(?:feedback|review|rating|stars?)\b" + _GAP
           + r"{0,30}?\breflect (?:that|this|it|how|the)\b|\b(?:write it|say it|post it|scriverlo|raccontarlo|dirlo"
           r"|escribirlo|contarlo|decirlo|l'écrire|le dire|es schreiben)\b" + _GAP + r"{0,30}?" + _PRODUCT_PAGE),
    Phrase(r"\bcome (?:ci |lo |la |li )?valuterebbe\b|\bcómo (?:nos |lo |la )?valoraría\b|\bcomment (?:nous )?évalueriez"
           r"|\bwie würden sie (?:uns|ihren kauf|den artikel|das produkt|ihre erfahrung) (?:\w+ )?bewerten\b"),
    Phrase(r"\bhow many stars (?:would|will|could|do|did|might) you\b|\bhow would you rate (?:us|it|the|our|your)\b"),
    Phrase(r"\b(?:look again at|reconsider|revisit|rethink|update|change|amend|edit|adjust|revise)\b" + _GAP
           + r"{0,30}?\byour (?:opinion|review|rating|feedback|comment|stars?)\b" + _GAP
           + r"{0,40}?(?:\bon amazon\b|\bif you (?:feel|think|agree)\b|\bchange it\b|\bplease\b|\?)",
           veto_before=_THANKS_BEFORE),
    Phrase(r"(?:\b(?:a few|a couple of|some|some kind) (?:words|lines)|\ba (?:line|word|sentence) or two)\b" + _GAP
           + r"{0,40}?(?:\b(?:on|under|below|beneath) (?:amazon|(?:the )?(?:amazon )?(?:listing|product page))\b"
           r"|\b(?:would|will|really|truly) help)"),
    # A short review "would help us": de, fr, es, it
    Phrase(r"\beine? (?:kurze |kleine |ehrliche )?(?:bewertung|rezension)\b" + _GAP + r"{0,40}?\b(?:würde|wird|hilft)"
           r" uns\b"),
    Phrase(r"\b(?:un|une|votre) (?:petit |petite |court |courte |bref |brève |simple )?(?:avis|commentaire"
           r"|évaluation)\b" + _GAP + r"{0,40}?\b(?:nous )?(?:aiderait|aidera|serait|ferait)\b"),
    Phrase(r"\b(?:una|su) (?:breve |pequeña |corta )?(?:valoración|reseña|opinión)\b" + _GAP
           + r"{0,40}?\b(?:nos )?(?:ayudaría|ayudará|sería|vendría)\b"),
    Phrase(r"\b(?:agradecer\w*|encantaría)\b" + _GAP + r"{0,40}?\b(?:una|su) (?:\w+ )?(?:valoración|reseña"
           r"|opinión)\b"),
    Phrase(r"\b(?:una|la sua) (?:breve |piccola |rapida )?(?:recensione|valutazione)\b" + _GAP
           + r"{0,40}?\b(?:ci )?(?:aiuterebbe|aiuterà|sarebbe|farebbe)\b"),
    # An invitation to rate: "Sie können ... uns als Verkäufer bewerten", "puede valorar la entrega"
    Phrase(r"\b(?:können|könnten|dürfen) sie\b" + _GAP + r"{0,80}?\b(?:bewerten|rezensieren)\b"),
    Phrase(r"\bpuede (?:también )?(?:valorar|calificar|puntuar|evaluar)\b"),
    Phrase(r"\b(?:pouvez|pourrez) (?:également |aussi )?(?:noter|évaluer)\b"),
    Phrase(r"\b(?:può|potrà) (?:anche )?(?:valutare|recensire)\b",
           # "se ha la pianta larga può valutare il 42": considering a size or an option
           veto_after=r"^\s*(?:(?:il|la|lo|l'|un|una|un') ?)?(?:\d|numero|taglia|misura|modello|versione|colore|opzione"
           r"|alternativa|se\b|quale)"),
    # en: "please add your photos in a review", "upload a picture to your review"
    Phrase(r"\b(?:add|upload|post|share|include)\b" + _GAP + r"{0,30}?\b(?:in|to|with|as part of) (?:a|your)"
           r" (?:\w+ )?(?:review|rating)\b"),
    # en: an invitation to rate: "you can rate the delivery in your account", "please rate it"
    Phrase(r"\b(?:you can|you could|please|feel free to|don't forget to|remember to|why not) (?:also |now |easily"
           r" |quickly |simply |then )?rate\b"),
    Phrase(r"\brate (?:the (?:delivery|purchase|order|service|experience)|(?:our |the |your )?products?"
           r"|(?:our |the |your )?items?)\b"),
    # en: "we'd love it if you shared your experience on the product page"
    Phrase(r"\bshar(?:e|ed|ing) your (?:experience|thoughts|opinion|impressions?|photos?|pictures?)\b" + _GAP
           + r"{0,40}(?:amazon|other (?:customers|buyers|shoppers|parents)|reviews?|product page|listing)"),
    # en: "a quick review on Amazon would really help a small shop like ours"
    Phrase(r"\b(?:a|your) (?:quick |short |honest |small |little |kind |brief )?(?:review|rating|feedback)\b"
           + _GAP + r"{0,30}\b(?:would|will|could) (?:really |truly |so |greatly |also |definitely )?(?:help"
           r"|mean|make|be (?:appreciated|great|wonderful|amazing|lovely|fantastic|huge))"),
    # en: the review is named, then the ask: "your 1-star review mentions ... Could you please remove it?"
    Phrase(r"\b(?:review|rating|feedback)\b[^\n]{0,200}?[.!?] *(?:(?:could|would|can|will) you (?:please |kindly )?"
           r"|please )(?:remove|delete|take down|change|update|edit|amend|revise|reconsider|withdraw) (?:it|that|this)\b"
           r"(?! (?:from|off|out|before|first|with)\b)"),  # "please remove it from the socket" is about the thing
    # textspeak: "pls lv fdbk if all ok", "plz leave A+ feedback"
    Phrase(r"\b(?:pls|plz|please) (?:lv|leave|giv|give|post) (?:\w+ )?(?:fdbk|fb|fbk|feedback|review|rvw|a\+)"
           r"|\bfdbk\b"),
    # "the review section is the perfect place to tell everyone"
    Phrase(r"\b(?:review|reviews|feedback|rating) (?:section|page|box|area)\b" + _GAP + r"{0,15}?\b(?:is|would be"
           r"|'s) (?:the )?(?:perfect|best|ideal|right|great) (?:place|spot|way)\b"),
    Phrase(
        r"\b(?:leave|give|write|post|submit|drop|leaving|giving|writing|posting)\b(?: us| me| it| them)?(?: with)?"
        r"(?: a| an| your| some| the)?(?: honest| quick| short| little| brief)?(?: positive| good| great| nice"
        r"| glowing| favou?rable| 5[- ]?stars?| five[- ]?stars?| excellent| kind| happy| fair)?"
        r"(?: seller| product| store| shop)? " + _REVIEW_EN + r"\b",
        veto_before=_THANKS_BEFORE,
        # "Leaving a review has no effect on your return": a statement about reviews, not an ask
        veto_after=r"^(?: \w+){0,3}? (?:has no|have no|doesn't|does not|won't|will not|is (?:entirely |completely "
        r"|totally |always )?(?:optional|voluntary|up to you|your (?:own )?choice|not (?:required|necessary|needed)))\b",
    ),
    Phrase(
        r"\b(?:share|add)\b(?: us| me)?(?: a| an| your)?(?: honest| positive| good| 5[- ]?star| five[- ]?star)?"
        r" (?:review|rating)s?\b",
        veto_before=_THANKS_BEFORE,
    ),
    Phrase(r"\b(?:5|five)[- ]?stars?\b|★★★★★", veto_before=_THANKS + r"(?: the| your| a)?" + _PRAISE + r"?\s*$"),
    Phrase(
        r"\brat(?:e|ing) (?:us|our (?:product|service|store|shop|item)|the (?:product|item|seller)|your "
        r"(?:experience|purchase|order))\b"
    ),
    Phrase(
        r"\b(?:change|update|revise|edit|remove|delete|withdraw|retract|take down|modify|amend|reconsider"
        r"|adjust|correct|improve|upgrade|raise|changing|updating|removing|deleting|revising)\b(?: (?:your"
        r"|the|this|that|my|our))?(?: negative| bad| 1[- ]?star| one[- ]?star| low| poor| recent"
        r"| previous| neutral| [1-4][- ]?stars?| (?:two|three|four)[- ]?stars?)?(?: seller| product| customer)?"
        r" (?:reviews?|feedback|ratings?)\b",
        veto_before=r"\b(?:won't|will not|never|don't|do not|not|can't|cannot|no|didn't|did not)\b" + _GAP
        + r"{0,30}$",
    ),
    Phrase(
        r"\b(?:reviews?|feedback|ratings?) (?:is |are |has been |have been |gets |get |was )?(?:removed|deleted"
        r"|changed|updated|withdrawn|revised|taken down|amended)\b",
        # "if a review is taken down, it's Amazon's decision": Amazon's moderation described
        veto_after=r"^" + _GAP + r"{0,40}?\b(?:amazon|community guidelines)",
    ),
    Phrase(
        r"\b(?:before|instead of) (?:leaving|writing|posting|giving) (?:a |any |us )?(?:negative|bad|poor|low"
        r"|1[- ]?star|one[- ]?star|neutral|critical) " + _REVIEW_EN
    ),
    Phrase(
        r"\b(?:don't|do not|dont|please don't|please do not) (?:leave|write|post|give) (?:a |any |us )?"
        r"(?:negative|bad|poor|low|1[- ]?star|one[- ]?star|critical)"
    ),
    Phrase(
        r"\b(?:would|could|can|will) you (?:please |kindly )?(?:consider |mind )?(?:leaving|writing|giving"
        r"|posting|updating|changing|removing|sharing|taking)\b" + _GAP + r"{0,40}?" + _REVIEW_EN
    ),
    Phrase(
        r"\b(?:we|i)(?:'d| would) (?:really |greatly |truly |so )?(?:love|appreciate|be grateful for"
        r"|be thankful for|be happy to (?:get|receive|see))\b" + _GAP + r"{0,40}?(?:reviews?|ratings?"
        r"|stars|feedback on amazon|seller feedback|positive feedback)"
    ),
    Phrase(r"\b(?:a|your) (?:positive |good |great |5[- ]?star |five[- ]?star |honest )?(?:review|rating)\b" + _GAP
           + r"{0,20}\b(?:would|will) (?:help|mean|be (?:appreciated|great|wonderful|amazing))"),
    Phrase(
        r"\b(?:positive|good|great|glowing|5[- ]?star|five[- ]?star) (?:seller |product )?(?:reviews?|ratings?|feedback)\b",
        veto_before=r"(?:\b(?:your|their|his|her|many|the|those|these|all)|" + _THANKS + r")" + _PRAISE + r"?\s*$",
    ),
    Phrase(r"\bshar(?:e|ing) your (?:\w+ )?(?:experience|thoughts|opinion|story)\b" + _GAP
           + r"{0,40}(?:amazon|other (?:customers"
           r"|buyers|shoppers)|review)"),
    Phrase(
        r"\b(?:in exchange for|in return for|for leaving|for writing|for posting|after you (?:leave|write|post"
        r"|update|remove|change)|once you (?:leave|write|post|update|remove|change)|if you (?:leave|write|post"
        r"|update|remove|change|give|delete))\b" + _GAP + r"{0,40}?" + _REVIEW_EN,
        # "we aren't allowed to give anything in exchange for a review" refuses
        veto_before=r"(?:" + _THANKS_BEFORE + r")|(?:" + _REFUSED_BEFORE + r")",
    ),
    Phrase(
        r"\bfor (?:a|an|your) (?:honest |positive |good |5[- ]?star |five[- ]?star )?(?:review|rating)\b",
        veto_before=r"\b(?:thank(?:s| you)(?: so much| very much)?|grateful|apolog\w+|sorry)\s*$|" + _REFUSED_BEFORE,
    ),
    # Feedback invited on condition of satisfaction, however it is worded: "if you were satisfied with our
    # service, seller feedback can be left from Your Orders", "wenn Sie zufrieden sind, freuen wir uns über eine
    # Bewertung", "ご満足いただけましたら、評価を..."
    Phrase(
        r"(?:\bif (?:you(?:'re| are| were| have been| feel| felt)?|everything|all|it|they) (?:\w+ ){0,3}?"
        r"(?:satisfied|happy|pleased|delighted|content|thrilled|enjoyed|enjoying|loved|loving|liked)\b"
        r"|\b(?:wenn|falls|sofern) (?:sie|alles) (?:\w+ ){0,3}?zufrieden\b"
        r"|\bsi vous (?:êtes|étiez|avez été) (?:\w+ ){0,2}?(?:satisfait|content|ravi)\w*"
        r"|\bsi (?:está|estás|ha quedado|quedó|queda|quedara) (?:\w+ ){0,2}?(?:satisfech|content|encantad)\w*"
        r"|\bse (?:è|sei|è stato|è stata|fosse|rimane) (?:\w+ ){0,2}?(?:soddisfatt|content)\w*"
        r"|ご満足(?:いただけ|頂け)(?:ました|た)?(?:ら|のであれば|場合))"
        + _GAP + r"{0,100}?(?:\b(?:reviews?|feedback|ratings?|stars|bewertung\w*|rezension\w*|sterne"
        r"|avis|évaluation|étoiles|reseña\w*|valoración|estrellas|recensione|recensioni|valutazione|stelle)\b"
        r"|評価|レビュー|星)",
        veto=r"\b(?:won't|will not|never|cannot|can't|not allowed|not permitted)\b",
    ),
    # de
    Phrase(
        r"\b(?:positive|gute|tolle|5[- ]?sterne|fünf[- ]?sterne|ehrliche|kurze)[nrs]?\b" + _GAP
        + r"{0,10}?(?:bewertung|rezension|sternebewertung)",
    ),
    Phrase(
        r"\b(?:bewertung|rezension|feedback|sterne)\w*\b(?:(?!\b(?:gelesen|gesehen|erhalten|bemerkt)\b)"
        r"[^.!?\n。！？]){0,40}?\b(?:abzugeben|abgeben|hinterlassen"
        r"|schreiben|verfassen|ändern|entfernen|löschen|anpassen|überarbeiten|aktualisieren|zurückziehen"
        r"|zurücknehmen|korrigieren|überdenken|zu ändern|zu entfernen|zu löschen|zu hinterlassen)\b",
        veto=r"\bweder\b",
        # the buyer's question; the page described ("dort können Sie Sterne vergeben und einen Kommentar
        # schreiben"); a permission asked about ("ja, Sie dürfen eine Rezension schreiben, auch wenn ...")
        veto_before=r"\b(?:ob|gefragt|fragen|fragten|frage)\b" + _GAP + r"*$"
        r"|\b(?:dort|hier|da|dann|anschließend|danach|darin|auf dieser seite) (?:können|kann) (?:sie|man)\s*$"
        r"|\b(?:sie dürfen|dürfen sie|man darf|darf man)\b" + _GAP + r"{0,20}$",
    ),
    Phrase(r"\b(?:bewerten|rezensieren) sie (?:uns|den artikel|das produkt|ihren kauf|unseren shop)\b"),
    Phrase(r"\b(?:5|fünf)[- ]?sterne\w*\b", veto_before=r"\b(?:danke|dank)\b" + _GAP + r"{0,20}$"),
    Phrase(r"\b(?:über|für|gegen) (?:eine|ihre) (?:positive |gute |ehrliche |5[- ]?sterne[- ]?)?"
           r"(?:bewertung|rezension)\b" + _GAP + r"{0,30}?(?:freuen|dankbar|erhalten|bekommen|senden|schicken)"),
    # fr
    Phrase(
        r"\b(?:laisser|laissez|donner|donnez|écrire|écrivez|publier|publiez|déposer|déposez|poster|postez"
        r"|partager|partagez)(?:[ -](?:nous|-nous))?(?: un| une| votre| vos)?(?: petit| petite)?"
        r" (?:avis|commentaire|évaluation)\b",
        veto_before=r"\bmerci\b" + _GAP + r"{0,30}$",
    ),
    Phrase(r"\b(?:avis|évaluation|commentaire|note) (?:positi\w+|favorable|5 étoiles|cinq étoiles)"),
    # "pourriez-vous modifier votre commentaire d'une étoile"
    Phrase(r"\b(?:modifier|changer|supprimer|retirer|mettre à jour|revoir) (?:votre|ton|vos) (?:commentaire|avis|évaluation"
           r"|note)\b", veto_before=r"\b(?:pouvez|peut|pourrez|possible de)\b" + _GAP + r"{0,20}$|" + _REFUSED_BEFORE),

    Phrase(
        r"\b(?:modifier|modifiez|supprimer|supprimez|retirer|retirez|changer|changez|mettre à jour"
        r"|mettez à jour|revoir|réviser|corriger)\b(?: votre| l'| cet| cette| le| la| ce)? ?(?:avis|évaluation"
        r"|commentaire négatif|note)\b",
        veto_before=r"(?:\bcomment|\bdemand\w*|\bsavoir si|\bni|\bne)\b" + _GAP + r"*$",
    ),
    Phrase(r"\b(?:5|cinq) étoiles\b|\bnotez[- ]nous\b|\bévaluez[- ]nous\b|\ben échange d'(?:un|une) (?:avis"
           r"|évaluation|commentaire)", veto_before=_REFUSED_BEFORE),
    # es
    Phrase(
        r"\b(?:d[eé]j\w+|escrib\w+|publi\w+|darnos|dar|dé|den|denos|compart\w+|pon\w*)\b(?: nos| una| su| un"
        r"| tu)?(?: breve| pequeña)? (?:reseña|valoración|opinión|calificación|comentario|evaluación)\b",
        # "los vendedores no podemos ver quién escribe una reseña, ni editarla"
        veto_before=r"\bgracias\b" + _GAP + r"{0,40}$|" + _REFUSED_BEFORE,
    ),
    Phrase(r"\b(?:reseña|valoración|opinión|calificación|comentario)s? (?:positiv\w+|de (?:5|cinco) estrellas"
           r"|favorable)"),
    Phrase(
        r"\b(?:modific\w+|cambi\w+|elimin\w+|borr\w+|retir\w+|actualiz\w+|quit\w+|revis\w+|correg\w+)\b"
        r"(?: su| tu| la| esa| esta)? (?:reseña|valoración|opinión|calificación|comentario negativo)\b"
    ),
    Phrase(r"\b(?:5|cinco) estrellas\b|\b(?:califíquenos|valórenos|califícanos|valóranos)\b|\ba cambio de (?:una"
           r"|su) (?:reseña|valoración|opinión)", veto_before=_REFUSED_BEFORE),
    # it
    Phrase(
        r"\b(?:lasci\w*|scriv\w*|pubblic\w*|dar\w*|dia|condivid\w*|rilasci\w*)\b(?: ci| una| la| sua| tua"
        r"| un| il)?(?: suo| sua| tuo| tua)?(?: breve| piccola)? (?:recensione|valutazione|feedback|opinione)\b",
        veto_before=r"\bgrazie (?:per|di)\s*$",
    ),
    Phrase(r"\b(?:recensione|valutazione|feedback) (?:positiv\w+|a (?:5|cinque) stelle|favorevole)"),
    Phrase(
        r"\b(?:modific\w+|cambi\w+|rimuov\w+|elimin\w+|cancell\w+|aggiorn\w+|ritir\w+|rivedere|correggere)\b"
        r"(?: la sua| la tua| la| il suo| il tuo| il)? (?:recensione|valutazione|feedback|commento negativo)\b",
        # "no, non abbiamo cancellato la sua recensione"
        veto_before=r"\bnon (?:abbiamo|ho|possiamo|possono|può|potremmo) (?:mai )?$",
    ),
    Phrase(r"\b(?:5|cinque) stelle\b|\bin cambio di una (?:recensione|valutazione)", veto_before=_REFUSED_BEFORE),
    # ja
    Phrase(r"(?:レビュー|ご?評価|フィードバック)" + _GAP + r"{0,12}?(?:お願い|書いて|お書き|投稿|ご記入|いただけ|頂け)",
           veto_after=r"^[^。！？\n]{0,12}?(?:ありがとう|有難う|感謝|拝見)|^[^。！？\n]{0,20}?とのこと"
           r"|^[^。！？\n]{0,12}?(?:もよいか|もいいか|て良いか)"
           r"[^。！？\n]{0,4}?とのご(?:質問|相談|連絡)"
           # "...お願いしたり...することは禁止されております", "当店から何かをお願いすることはございません"
           r"|^[^。！？\n]{0,60}?(?:禁止|ございません|いたしません|致しません|しておりません|できかねます|いたしかねます"
           r"|致しかねます|できません)"
           # "レビューのご投稿は任意でございます": optional, the buyer's own choice
           r"|^[^。！？\n]{0,4}?は?(?:任意|ご自由|お客様(?:のご判断|次第|ご自身))",
           veto=r"ご自由に", veto_before=r"[＞>]\s*「?$"),
    Phrase(r"(?:レビュー|ご?評価|フィードバック)(?:を)?(?:して|お書き|書いて|投稿して)?(?:ください|下さい)"),
    # ... but the page described is no ask: "「出品者を評価」を選択すると、星の数とコメントを入力できます"
    Phrase(r"星(?:5|５|を5|を５|をつけ|を付け|の数)",
           veto_after=r"^(?:と[^。！？\n]{0,10}?)?を?(?:入力|選択|選ぶこと|選べ|付けること|つけること)"
           r"(?:することが)?(?:できます|可能です|します)(?!か)"),
    Phrase(r"高評価|星5|星５|★5|5つ星|五つ星|良い評価|よい評価|好評価"),
    Phrase(r"(?:レビュー|評価|フィードバック)" + _GAP + r"{0,8}?(?:変更|削除|修正|取り消|取消|取り下げ|見直|更新)",
           veto_after=r"^[^。！？\n]{0,40}?(?:とのこと|(?:という|との)(?:ご質問|お問い合わせ|ご相談)|ことはございません|できかね|いたしかね|致しかね|できません(?!でしょうか|か)|出来ません(?!でしょうか|か)|できない|出来ない|できず|お客様ご自身"
           r"|お客様ご本人)|^は[、,]|^[^。！？\n]{0,8}?(?:クリック|タップ|選択)", veto_before=r"[＞>]\s*「?$"),
    # A few words on the product page, in either order: "auf der Produktseite in ein paar Sätzen erzählen",
    # "un petit mot sous la fiche produit"
    Phrase(_PRODUCT_PAGE + _GAP + r"{0,60}?" + _FEW_WORDS),
    Phrase(_FEW_WORDS + _GAP + r"{0,60}?" + _PRODUCT_PAGE),
    # Telling other buyers: "anderen Sammlern erzählen", "raconter aux autres acheteurs", "他のお客様の参考に"
    Phrase(r"\banderen (?:käufer|kunden|sammler|interessenten|eltern|nutzer|hobby\w*|musiker|gärtner|bastler"
           r"|leser|fans|kundinnen)\w*\b" + _GAP + r"{0,60}?\b(?:erzählen|berichten|mitteilen|schreiben|verraten|empfehlen"
           r"|teilen)\b"
           r"|\b(?:dire|raconter|partager|expliquer) (?:aux|avec les) autres (?:acheteurs|clients|client\w*|lecteurs"
           r"|parents|passionnés|utilisateurs)\b|\b(?:contar|compartir|decir|explicar)(?:le)? (?:a|con) otros"
           r" (?:compradores|clientes|usuarios|padres|lectores)\b|\b(?:raccontare|dire|condividere|spiegare)"
           r" (?:agli|con gli) altri (?:acquirenti|clienti|utenti|genitori|lettori|appassionati)\b",
           veto_before=r"\b(?:wie|von|comme|como|come)\s*$"),
    Phrase(r"\bestrellitas\b|\bstelline\b|\b(?:ein paar|einige|fünf|5) stern(?:chen|le|li|derl)\b|\bpetites étoiles\b"),
    Phrase(r"(?:他の|ほかの)(?:お客様|お客さま|購入者|購入者様|方)(?:の|に|へ)" + _GAP + r"{0,20}?(?:参考|お役に立|伝え|教えて)"),
    # Round thirty-five: "how many star you think our lamp deserve", "da lesen das auch andere Kletterer", a scale to score on ("del 1 al 5, qué tanto le gustó"),
    # "un suo parere sulla pagina del prodotto"
    Phrase(r"\bhow many stars? (?:(?:do |would )?you )?(?:think|reckon|feel)\b" + _GAP + r"{0,40}?\bdeserves?\b"
           r"|\b(?:da|dann|damit|so) (?:lesen|sehen|erfahren) (?:das|es) auch (?:andere|die anderen)\b"
           r"|\b(?:parere|opinione|giudizio|commento) (?:\w+ )?sulla (?:pagina|scheda) del prodotto\b"),
    Phrase(r"\b(?:del|de|from|von|da|on a scale of) (?:1|uno|one|eins) (?:al|a|to|bis|à) (?:5|10|cinco|five|ten|diez"
           r"|fünf|zehn|cinque|dieci|cinq|dix)\b" + _GAP + r"{0,50}?\b(?:gust[oó]|gustaron|liked|enjoyed|satisfied|happy"
           r"|zufrieden|gefallen|gefiel|plu|piaciut[oaie]|contento|contenta|soddisfatt[oaie]|satisfait\w*)\b",
           veto=r"\b(?:días|days|tage[n]?|jours|giorni|weeks|semanas|wochen|semaines|settimane|business|werktage"
                r"|hours|horas|stunden|heures|ore)\b"),
    # Round thirty-six: "we'd be grateful to know how you'd rate the condition out of five", "a star rating on
    # Amazon really helps other families find a small publisher like us", "other shoppers would really benefit from
    # hearing how it went", "Vos impressions sur la page du livre", "¿consideraría actualizar el comentario que
    # dejó?", "raccontare com'è andata sulla pagina del prodotto", "se accetta di rimuoverla"
    Phrase(r"\b(?:how (?:you'd|you would|would you|you) )?rate (?:\w+ ){0,3}?out of (?:5|five|10|ten)\b"
           r"|\b(?:other|future|fellow) (?:shoppers|buyers|customers|readers|parents|families|owners) (?:would|will|could)"
           r" (?:really |truly |so )?(?:benefit from|love) (?:hearing|reading|knowing)\b"
           r"|\b(?:other|future|fellow) [\w-]+\b" + _GAP + r"{0,30}?\b(?:would|will|could) (?:really |surely |certainly |so )?"
           r"(?:love to (?:hear|read|know)|benefit from (?:hearing|reading|knowing))\b"),
    Phrase(r"\b(?:reviews?|ratings?|opinions?|feedback|stars|impressions|words)\b" + _GAP + r"{0,40}?\bhelps?\b" + _GAP
           + r"{0,40}?\b(?:find|found|discover|noticed|seen|visible)\b"),
    Phrase(r"\b(?:impressions|avis|commentaire|retour|ressenti) (?:\w+ )?sur la (?:page|fiche) du (?:livre|produit|roman"
           r"|disque|jeu|film)\b|\b(?:raccontar\w*|scriver\w*|condivider\w*|legger\w*)\b" + _GAP + r"{0,50}?\b(?:sulla"
           r"|nella) (?:pagina|scheda) del prodotto\b|\bsur la page du livre\b"),
    Phrase(r"\b(?:consideraría|podría|le importaría|estaría dispuest[oa] a|nos haría el favor de|considereria|potrebbe|volesse"
           r"|vorrebbe"
           r"|le dispiacerebbe|sarebbe dispost[oa] a|pourriez-vous|accepteriez-vous|envisageriez-vous)\b" + _GAP
           + r"{0,30}?\b(?:actualizar|modificar|cambiar|editar|borrar|eliminar|retirar|quitar|aggiornare|modificare"
           r"|cambiare|rimuovere|eliminare|cancellare|togliere|mettre à jour|modifier|changer|supprimer|retirer)\b"
           + _GAP + r"{0,20}?\b(?:el|su|la|il|suo|sua|la|votre|le)(?: suo| sua)? (?:comentario|reseña|opinión|valoración"
           r"|calificación|commento|recensione|valutazione|voto|feedback|giudizio|avis|commentaire|évaluation|note)\b"),
    Phrase(r"\bse (?:accetta|è disposto|è disposta|vuole|accettasse|fosse dispost[oa] a) (?:di )?(?:rimuover|eliminar"
           r"|cancellar|modificar"
           r"|aggiornar|toglier)l[ao]\b"),
    # Round thirty-seven: "Andere Eltern würden sicher gerne lesen, wie ...", "sur 5, combien vous lui mettriez ?"
    Phrase(r"\bandere (?:käufer|kunden|eltern|sammler|nutzer|leser|interessenten|hobby\w*)\w* (?:würden|werden|möchten)"
           r" (?:\w+ )?(?:gerne|gern) (?:lesen|erfahren|hören|wissen)\b"
           r"|\bsur (?:5|10|cinq|dix)\b" + _GAP + r"{0,20}?\bcombien\b|\bcombien (?:d'étoiles )?(?:vous )?(?:lui |nous |leur )?"
           r"(?:mettriez|donneriez)\b|\bout of (?:5|10|five|ten)\b,? how (?:many|much|would)\b"
           r"|\b(?:vous )?(?:nous|lui|leur) (?:mettriez|donneriez) combien\b"),
    # Round thirty-eight: "would you be open to revisiting your 1-star review?"
    Phrase(r"\b(?:would|could) you be (?:open|willing|happy|prepared) to " + _CHANGE_REVIEW + r"\b" + _GAP
           + r"{0,30}?\b(?:review|rating|feedback|stars?)\b"),
    # Round thirty-nine: "we'd be thrilled if you told other buyers what you make of it on the product page", "let other
    # schools on Amazon know", "a few words of feedback ... helps a small shop like ours", "could you take another look
    # at what you wrote?", "we'd love to read their thoughts on the product listing", "nos haría mucha ilusión que lo
    # contara en la página del producto"
    # (one pattern for rounds thirty-five and thirty-nine: "tell the other customers about it on Amazon")
    Phrase(r"\b(?:tell|told|telling|let) (?:the )?other (?:buyers|customers|shoppers|schools|parents|readers|owners|families"
           r"|teachers|users|cooks|gardeners|riders|clients|people|cyclists)\b" + _GAP + r"{0,60}?(?:\bknow\b|\bon (?:the )?"
           r"(?:product page|listing|amazon)\b|\bwhat you (?:make|think)\b|\bhow (?:they|it|you)\b|\babout (?:it|them|this"
           r"|that|the \w+|your experience)\b)"
           r"|\b(?:reviews?|ratings?|opinions?|feedback|stars|impressions|words|thoughts)\b" + _GAP + r"{0,60}?\bhelps? (?:a |our )?"
           r"(?:small|little|tiny|independent|family) (?:shop|business|seller|company|workshop|brand|team)s?\b"
           r"|\b(?:take|have) (?:another|a second|a fresh|a new) look at (?:what you wrote|your (?:review|feedback|rating"
           r"|comment|words))\b|\b(?:read|hear|see) (?:your|their|his|her) (?:thoughts|opinion|views|comments|impressions)\b"
           + _GAP + r"{0,20}?\bon (?:the |our )?(?:product )?(?:listing|page|product page)\b"
           r"|\b(?:lo )?(?:contara|contase|compartiera|compartiese|escribiera|comentara|cuentas|cuente|cuéntanos|cuéntenos"
           r"|contarnos)\b" + _GAP
           + r"{0,30}?\ben la (?:página|ficha) del (?:producto|artículo)\b"),
    Phrase(r"\b(?:who|whoever|that) (?:shares?|posts?|leaves?|writes?|uploads?) (?:a |an |their |your )?(?:\w+ )?(?:review"
           r"|rating|feedback)\b" + _GAP + r"{0,60}?\b(?:gets?|receives?|wins?|will get|will receive)\b"),
    # Round forty: "could you share how it's working out on the product page?", "please can you change to more stars",
    # "before you write anything on the product page ... we'd love to hear how we did", "passen Ihre Rezension
    # entsprechend an", "お味の感想を商品ページにお寄せいただけますと"
    Phrase(r"\b(?:share|tell us|post)\b(?!['\"]| button)" + _GAP + r"{0,40}?\bon (?:the|our) (?:product page|listing"
           r"|amazon page)\b"
           r"|\b(?:change|update|raise|increase|bump)\w* (?:it |the rating |your rating )?(?:to|up to) (?:more|five|5|four|4"
           r"|higher) stars?\b|\bbefore you (?:write|post|leave) (?:anything|a review|your review|feedback)\b"
           r"|\bwe'd love to hear how we did\b"
           r"|\bpassen (?:sie )?ihre (?:rezension|bewertung) (?:\w+ )?an\b|\bihre (?:rezension|bewertung) (?:\w+ )?(?:anpassen"
           r"|ändern|aktualisieren|überdenken)\b"
           r"|(?:ご?感想|ご意見)" + _GAP + r"{0,10}?(?:商品ページ|レビュー欄|amazon)" + _GAP + r"{0,10}?(?:お寄せ|お書き|書いて|投稿"
           r"|ご記入)",
           veto_before=r"\b(?:sie können|können sie|kannst du|du kannst)\s+$"),
    # Round forty-one: "a quick star rating goes a long way for a little shop like ours", "a few words about how we
    # handled the return would mean a lot to a small team like ours", "Da 1 a 5 stelle, quante ne darebbe?"
    Phrase(r"\b(?:reviews?|ratings?|feedback|stars|words)\b" + _GAP + r"{0,40}?\b(?:goes|go|would go|will go|can go) a long"
           r" way\b|\ba few (?:kind )?words\b" + _GAP + r"{0,60}?\b(?:mean|means|would mean) (?:a lot|the world|so much)\b"
           r"|\bquante (?:stelle )?(?:ne |ci |gli |le )?dar(?:ebbe|esti|este)\b"),
    # Round forty-two: "a quick seller feedback rating from you would mean the world to our small family shop"
    Phrase(r"\b(?:reviews?|ratings?|feedback|stars)\b" + _GAP + r"{0,40}?\b(?:would mean|means|mean) (?:a lot|the world"
           r"|so much)\b", veto_before=r"\b(?:thank\w*|grateful)\b" + _GAP + r"*$"),
    # Round forty-three: "once the review is gone I'll process your return ..."
    Phrase(r"\bonce (?:the|your) (?:review|rating|feedback) (?:is|has been) (?:gone|removed|deleted|updated|changed"
           r"|taken down)\b"),
    # Round forty-four: "if you were scoring the packaging and the model out of five, where would we land?", "yours
    # would honestly make our week", "what helps a small shop like ours most is a few honest words on Amazon", "anderen
    # Käufern hilft so ein Hinweis", "il suo voto per noi vale oro"
    Phrase(r"\bscor(?:e|ing) (?:\w+ ){0,6}?out of (?:5|five|10|ten)\b|\bwhere would we land\b"
           r"|\b(?:yours|one from you|a review from you) would (?:honestly |really |totally )?make our (?:day|week|month"
           r"|year)\b|\bhelps? (?:a |our )?(?:small|little|tiny|independent|family) (?:shop|business|seller|company"
           r"|workshop|brand|team)s?\b" + _GAP + r"{0,50}?\b(?:reviews?|words|ratings?|feedback|stars)\b"
           r"|\ba few (?:honest |kind )?words on amazon\b|\banderen (?:käufern|kunden|eltern|nutzern) hilft\b"
           r"|\bil suo voto\b" + _GAP + r"{0,30}?\bvale oro\b"),
)

# ----------------------------------------------------------------- marketing
_DISCOUNT_EN = r"(?:\d{1,3} ?% off|\b(?:discount|coupon|promo|voucher|code|savings?|free shipping)\b)"
MARKETING: tuple[Phrase, ...] = (
    # round twenty-seven: "the Stride Trail drops on the 15th ... might be worth holding out for that one"
    Phrase(r"\b(?:worth|might be worth) (?:holding out|waiting) for (?:that|this|it|the new)\b"),
    # round twenty-six: "nos mitaines assorties viennent d'arriver sur Amazon", "20 % moins chères jusqu'à la fin du
    # mois", "para su próximo pedido con nosotros ... un cupón", "全品２０％オフになるセールを始めます"
    Phrase(r"\b(?:nos|notre) (?:[\w-]+ ){0,3}(?:vient|viennent) d'(?:arriver|être (?:ajouté|lancé|mis en ligne)\w*)\b"
           r"|\d{1,3} ?% moins cher\w*|\b(?:para|en) (?:su|tu) (?:próximo|siguiente) (?:pedido|compra)\b" + _GAP
           + r"{0,60}?(?:cupón|descuento|código|vale|\d{1,3} ?%)|(?:セール|キャンペーン)(?:を)?(?:始め|開始|スタート)"
           r"|全品\s*[0-9０-９]+\s*[%％]\s*(?:オフ|off)"),
    # round twenty-five: "our spring allium and dahlia range has just gone live in our storefront"
    Phrase(r"\b(?:range|collection|line|lineup|selection|designs?|flavou?rs?|products|models)\b" + _GAP
           + r"{0,30}?\b(?:has|have|is|are) just (?:gone live|launched|landed|arrived|dropped|been added|come out)\b"),
    # referral offers: "share your unique link and they'll get 10% off", "tell your friends!"
    Phrase(r"\bshare your (?:unique |personal |own )?(?:referral |invite |invitation )?(?:link|code)\b"
           r"|\btell your friends\b"),
    # fr: a new range on its way: "notre nouvelle gamme de hamacs arrive", "jetez un œil à notre vitrine"
    Phrase(r"\bnotre nouvelle (?:gamme|collection|ligne|série)\b|\bjeter un (?:œil|oeil|coup d'œil|coup d'oeil) à notre"
           r" (?:vitrine|boutique|gamme|collection)\b"),
    # the seller's other listings pointed at: "the matching lid and the Dutch oven - both listed under our brand"
    Phrase(r"\b(?:both|also|all|each) (?:listed|available|sold|stocked) (?:under|in|from|on|at) our (?:brand|store|shop"
           r"|storefront)\b"),
    # it: "nel nostro negozio Amazon arriva anche la nuova linea di snack", "a breve lanciamo la nuova linea"
    Phrase(r"\b(?:arriva|arrivano|arriverà|è arrivata|in arrivo|lanciamo|lanceremo|presentiamo|presenteremo)\b" + _GAP
           + r"{0,30}?\bnuov[aoie] (?:linea|collezione|gamma|serie)\b"),
    # a sale running on the seller's listings: "our listing is running 20% off for new customers through March"
    Phrase(r"\b(?:running|on|having|holding) (?:a |an )?(?:\d{1,2} ?%|half[- ]price)(?: off)?\b" + _GAP
           + r"{0,40}?\b(?:for (?:new|returning|all|existing|first-time) (?:customers|buyers)|until|through|till|this"
           r" (?:week|weekend|month)|ends?\b|sale)|\b\d{1,2} ?% off for (?:new|returning|first-time|all) (?:customers"
           r"|buyers)\b", veto_before=_REFUSED_BEFORE),
    Phrase(r"\bworth (?:grabbing|picking up|stocking up on|getting (?:a|one|two|some))\b"),
    # round fourteen: a code for the whole range ("Mit dem Code WERKBANK10 bekommen Sie 10 % auf unser komplettes
    # Sortiment"), seasonal sales, new products arriving in the shop with a launch price
    Phrase(r"\bmit (?:dem|unserem) (?:code|gutscheincode|rabattcode|aktionscode)\b|\b\d{1,2} ?% auf (?:unser|unsere"
           r"|das gesamte|alle)\b|\b(?:frühjahrs|frühlings|sommer|herbst|winter|oster|weihnachts|jubiläums)"
           r"(?:aktion|sale|rabatt)\b|\bnos nouve(?:aux|lles?)\b" + _GAP + r"{0,80}?\b(?:arrivent|arrive|sortent"
           r"|disponibles?|dans notre boutique)\b|\bpour (?:le|son|leur) lancement\b"),
    # en: newly stocked or launched products, bundles and special prices
    Phrase(r"\b(?:we've|we have|we) (?:just )?(?:started|begun) (?:stocking|selling|carrying|offering)\b"),
    Phrase(r"\bjust (?:launched|released|brought out)\b", veto_before=r"\bamazon\b" + _GAP + r"{0,20}$"),
    Phrase(r"\b(?:special|festive|launch|introductory) (?:\w+ )?(?:price|offer|deal|discount)s?\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\bbundl\w*\b" + _GAP + r"{0,60}?\b\d{1,3} ?% off\b"),
    # Following the shop, new products just out, limited editions, "on offer this week": fr, de, es, it, ja
    Phrase(r"\bsuivre notre boutique\b|\bsuivez(?:-nous| notre boutique)\b|\bfolgen sie (?:uns|unserem shop)\b"
           r"|\bsiga (?:nuestra tienda|a nuestra marca)\b|\bsegua (?:il nostro negozio|la nostra pagina)\b"),
    Phrase(r"\b(?:vient|viennent) (?:tout )?(?:juste )?de sortir\b|\by jeter un (?:œil|oeil|coup d'œil|coup d'oeil)\b|\bsono appena (?:arrivat|uscit)\w*\b|\bacaba(?:n)? de (?:llegar|salir)\b"
           r"|\bgerade (?:neu )?erschienen\b"),
    Phrase(r"\b(?:limited edition|édition limitée|edición limitada|edizione limitata|limitierte edition)\b"),
    Phrase(r"\bunser(?:e|en)? neue[rsn]?\b" + _GAP + r"{0,60}?\b(?:im angebot|erhältlich|verfügbar|reduziert"
           r"|gelistet|bei amazon|zu haben)\b"
           r"|\b(?:diese|nächste) woche im angebot\b"),
    Phrase(r"\b(?:le |li |la |lo )?trova (?:anche )?(?:nel nostro negozio|sul nostro store|nella nostra vetrina)\b"),
    Phrase(r"(?:新色|新商品|新作|新シリーズ|新製品|新モデル)(?:「[^」]{0,20}」)?(?:が|を|も|と)?[^。！？\n]{0,30}?(?:発売|登場|入荷|販売を開始|販売開始)"),
    Phrase(r"ぜひ(?:あわせて|併せて|一緒に)ご覧"),
    # en: other products "in our storefront too", "just search our brand name on Amazon"
    Phrase(r"\b(?:are|is) (?:also |now )?(?:in|on|available in|available on) our (?:amazon )?(?:storefront|store"
           r"|shop)(?: too| as well)?\b"),
    Phrase(r"\bsearch (?:for )?our (?:brand|store|shop)(?: name)?\b"),
    # A look at the shop, in other languages: "schauen Sie gern in unserem Amazon-Shop vorbei", "jetez un œil
    # à notre boutique", "échele un vistazo a nuestra tienda", "dia un'occhiata al nostro negozio"
    Phrase(r"\b(?:schauen sie|besuchen sie|stöbern sie)\b" + _GAP + r"{0,20}?\b(?:unseren?|unserem) (?:amazon[- ]?)?"
           r"(?:shop|store|markenshop|sortiment)"),
    Phrase(r"\b(?:jet(?:er|ez) un (?:œil|oeil|coup d'œil|coup d'oeil)|visitez|découvrez)\b" + _GAP
           + r"{0,20}?\b(?:notre|nos) (?:boutique|magasin|gamme|collection|page|store|nouveautés)"),
    Phrase(r"\b(?:échele|échenle|eche|visite|descubra)\b" + _GAP + r"{0,30}?\bnuestra (?:tienda|colección|gama"
           r"|página)"),
    Phrase(r"\b(?:dia|date|dai) un'?occhiata\b" + _GAP + r"{0,30}?\b(?:al nostro|alla nostra|ai nostri)\b"),
    # round thirty: "we're bundling it with K2 drops at a lower price through the end of the month"
    Phrase(r"\bbundl\w*\b" + _GAP + r"{0,60}?\b(?:(?:lower|special|reduced|discounted|better|bundle) price|discount"
           r"|\d{1,2} ?% off)\b|\b(?:lower|special|reduced|discounted|sale) prices?\b" + _GAP
           + r"{0,30}?\b(?:through|until|till|to|before) the end of (?:the |this )?(?:month|week)\b",
           veto=_NEG_EN, veto_before=_REFUSED_BEFORE),
    # Just launched: "nous venons de lancer", "acabamos de lanzar", "abbiamo appena lanciato", "we've just launched"
    Phrase(r"\bwe(?:'ve| have) just (?:launched|released|added)\b|\bnous venons de (?:lancer|sortir)\b"
           r"|\bacabamos de (?:lanzar|sacar|poner a la venta)\b|\babbiamo appena (?:lanciato|presentato|messo in vendita)\b"
           r"|\bnous venons de (?:mettre en vente|mettre en ligne)\b|\bwe(?:'ve| have) just"
           r" (?:listed|put up|started selling)\b|\bwir haben (?:gerade|soeben|neu) (?:\w+ ){0,4}?(?:ins sortiment"
           r"|eingestellt|gelistet)"
           r"|\bgibt es bei uns (?:jetzt |nun |ab sofort |seit \w+ )?auch\b"),
    # A sale: "Frühjahrsaktion mit reduzierten Preisen", "rebajas", "promozione ... prezzi ridotti", "セールを開催"
    Phrase(r"\breduzierten preisen\b|\b\w*aktion\b" + _GAP + r"{0,30}?\breduziert|\brebajas\b|\bsoldes\b"
           r"|\bprix (?:réduits|cassés)\b|\bprezzi (?:ridotti|scontati)\b|\bsaldi\b|\bpromozion\w*\b",
           veto_before=_NOT_KNOWN_YET_BEFORE,
           # how sales come about, described: "le promozioni vengono decise all'ultimo momento"
           # or run by the platform: "les soldes sur Amazon sont gérées par la plateforme"
           veto_after=r"^\s*(?:(?:sur|su|en|auf|bei|on) amazon\s+)?(?:vengono|sono|werden|sont|se|are) (?:decise|stabilite"
           r"|entschieden|festgelegt|décidées|fixées|deciden|fijan|gérées|gérés|organisées|gestite|organizzate"
           r"|gestionan|organizan|verwaltet|organisiert|run|managed|set)\b"
           # a sale that is over: "era quello dei saldi di gennaio, che si sono conclusi"
           r"|^" + _GAP + r"{0,40}?\b(?:conclus[io]|terminat[io]|finit[io]|vorbei|beendet|terminées?|finalizad[oa]s"
           r"|acabad[oa]s)\b"),
    Phrase(r"(?:セール|キャンペーン|特売|割引キャンペーン)(?:を)?(?:開催|実施|予定)"),
    # en: "have a look at our new linen collection", "see our other designs"
    Phrase(r"\b(?:have a look at|take a look at|look at|see|discover|explore|browse|try) (?:also |too )?(?:our|my)"
           r" (?:new|other"
           r"|latest|full|whole|entire|matching) (?:\w+ )?(?:collection|range|line|products?|designs|styles"
           r"|models|items|listings|shades|colou?rs|flavou?rs|scents)\b"),
    # en: "we have 40 more designs in our shop"
    Phrase(r"\b(?:we have|we've got|there are) (?:\d+ |many |lots of |plenty of |loads of |several )?(?:more"
           r"|other|similar|new) (?:\w+ )?(?:designs|products|items|styles|models|colou?rs|shades|sets|puzzles"
           r"|options|patterns|flavou?rs|scents)\b" + _GAP + r"{0,30}?\b(?:in|on|at) (?:our|my) (?:amazon )?"
           r"(?:shop|store|storefront|range|page)"),
    Phrase(r"\bkeep an eye on (?:our|my) (?:amazon )?(?:store|shop|storefront|page|range|listings?|brand)"),
    Phrase(r"\b(?:we're|we are|we'll be|we will be) (?:launching|releasing|bringing out|introducing)\b"),
    Phrase(r"\b(?:collection|range|line|store|shop|everything|products)\b" + _GAP + r"{0,40}?\b(?:is|are)"
           r" (?:now |currently |all )?on sale\b"),
    Phrase(r"\bmatching \w+(?: [\w-]+){0,6} (?:is|are) (?:now |also |back )?(?:available|in stock)\b"),
    Phrase(r"\b(?:just )?search (?:for )?['\"][^'\"\n]{2,40}['\"] (?:on|in) amazon\b"),
    # en: "next time ... you save 15%"
    Phrase(r"\bnext time\b" + _GAP + r"{0,80}?(?:\bsave (?:up to )?(?:\d|[$€£])|\b\d{1,3} ?%|\bdiscount)"),
    Phrase(r"\byou(?:'ll| will| can| could)? save (?:up to )?(?:\d|[$€£])"),
    Phrase(
        r"\bcheck out (?:our|my) (?:new|other|latest|full|whole|entire|amazing|great|brand|store|shop|range"
        r"|collection|products?|line|website|page|storefront|selection|catalog|catalogue|deals|offers|sale)"
    ),
    Phrase(
        r"\b(?:visit|browse|explore|discover|shop) (?:our|my) (?:amazon )?(?:store|shop|storefront|brand store"
        r"|website|site|page|other|collection|catalog|catalogue|range|new|latest|full range|selection"
        r"|channel|instagram|facebook)"
    ),
    # round thirty-two: "our holiday gift boxes launch November 1st!"
    # round twenty-seven: "the Stride Trail drops on the 15th"
    Phrase(r"\b(?:launch|launches|launching|drops|lands|releases|go on sale|goes on sale|hits? the shelves|comes? out)\b"
           r" (?:on |in |from )?"
           r"(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?\b|jan\w*|feb\w*|march|april|june|july|aug\w*|sept?\w*|oct\w*|nov\w*"
           r"|dec\w*|next (?:week|month)|this (?:week|month|friday|weekend)|soon)",
           # what launches is the seller's product, not "your refund" or "the tracking update"
           veto_before=_REFUSED_BEFORE + r"|\b(?:parcel|package|order|delivery|refund|update|tracking|return|app)s?\s+$"),
    # round thirty-one: "Discover our Ramadan gift collection", "check our Amazon store for new arrivals"
    Phrase(r"\b(?:discover|explore|browse) (?:our|my) (?:[\w-]+ ){1,3}?(?:collection|range|selection|line|catalog"
           r"|catalogue)\b|\b(?:check|see|visit) (?:out )?(?:our|my) (?:amazon )?(?:store|shop|storefront|page)\b" + _GAP
           + r"{0,20}?\bnew (?:arrivals|products|releases|items|stock)\b|\bnew arrivals\b"),
    Phrase(r"\bfollow (?:us|me)\b|\b(?:like|find) us on\b|\bfollow (?:our|my) (?:amazon )?(?:store|shop|brand|page"
           r"|storefront)\b"),
    Phrase(r"\bnew (?:matching )?[\w-]+(?: [\w-]+){0,3} (?:arriving|landing|launching|dropping|coming out)\b",
           veto=r"\b(?:one|tracking|parcel|package|label|replacement|unit|order|shipment|delivery|stock|batch|supply"
           r"|container|lot)\b"),
    Phrase(r"\bnewsletter|\bmailing list\b|\b(?:subscribe|sign up|join)\b" + _GAP + r"{0,20}?\b(?:our list"
           r"|email list|vip|club|channel|community)\b", veto_before=_REFUSED_BEFORE),
    Phrase(r"\byou (?:might|may|will|would) also (?:like|love|enjoy|be interested)"),
    # round thirty-two: "magari le possono interessare", "könnten Sie auch interessieren", "pourraient vous intéresser"
    Phrase(r"\b(?:le|ti) (?:possono|può|potrebbe|potrebbero) interessare\b|\bpotrebbe(?:ro)? interessarl[ea]\b"
           r"|\b(?:le|te) (?:puede|pueden|podría|podrían) interesar\b|\bpodría(?:n)? interesarle\b"
           r"|\bpourrai(?:en)?t vous intéresser\b|\bkönnten? (?:sie|dich) (?:auch )?interessieren\b",
           veto_before=r"\b(?:se|si|wenn|falls)\s+(?:\w+\s+){0,2}$"),
    # a time-limited sale: "20% off this week only", "today only"
    Phrase(r"\b\d{1,3} ?% off\b" + _GAP + r"{0,30}?\b(?:this (?:week|weekend|month)|today|until|only|for a limited"
           r" time|sale|everything|sitewide|storewide)\b"),
    Phrase(r"\b(?:this week|this weekend|today|this month|for \d+ days) only\b"),
    Phrase(r"\b(?:we|i) (?:also|now) (?:sell|carry|stock|have (?:a )?new|launched|make|produce|design|do a)\b"),
    # Codes, "it's in our store", "give our X a go", word of mouth, "just landed", "added ... to our shop"
    Phrase(r"\b\d{1,3} ?% off with (?:the )?code\b|\bwith (?:the )?(?:code|coupon|promo code|discount code)"
           r" [a-z]*\d[a-z0-9]*\b|\buse (?:the )?code [a-z]*\d[a-z0-9]*\b"),
    # the buyer's own wish, sent back to Amazon's basket, is no upsell: "you're welcome to add them to your basket here"
    Phrase(r"\b(?:add|put) (?:it|them|one|a few|some) (?:to|in|into) your (?:next )?(?:order|basket|cart)\b",
           veto_after=r"^\s*(?:here|on amazon|as usual)\b"),
    Phrase(r"\b(?:they're|they are|it's|it is) (?:also )?listed (?:in|on|under) our\b|\blisted in our (?:amazon )?"
           r"(?:shop|store|storefront)\b|\brefer[- ]a[- ]friend\b|\breferral (?:code|scheme|programme|program|link|bonus)\b"
           r"|\byou both get\b|\b(?:see|find|view|browse) (?:them|it|these|those|more|the (?:full )?range)\b" + _GAP
           + r"{0,10}?\b(?:in|on|at) our (?:amazon )?(?:shop|store|storefront)\b|\b(?:our (?:family|team|workshop"
           r"|company|factory|brand)|we) also (?:make|makes|produce|produces|sell|sells|weave|weaves|bake|bakes)\b"
           r"|\bour \w+(?: [\w-]+){0,3}\b" + _GAP + r"{0,80}?\b(?:definitely |well )?worth a (?:look|try)\b"),
    Phrase(r"\bbuy (?:one|two|three|1|2|3)\b" + _GAP + r"{0,30}?\b\d{1,3} ?% off\b|\bsale is (?:now )?live\b"
           r"|\b(?:flat )?\d{1,3} ?% off (?:all|everything|every|our|on our)\b|\bapply (?:the )?coupon\b"
           r"|\bnow live (?:in|on) our\b|新発売|クーポン(?:を)?配布|今なら" + _GAP + r"{0,20}?(?:クーポン|割引|%|％|off)"),
    Phrase(r"\b(?:we're|we are|we'll be|we will be) (?:doing|running|having) (?:a|our) (?:\w+ )?(?:bundle|sale|deal|offer|promo\w*"
           r"|discount)\b|\bbest value of the year\b|\bworth a look before\b|\bbuy[- ](?:one|two|1|2)[- ]get[- ](?:one|1)\b"
           r"|\bfor a limited time\b|\b(?:customers|people) pair (?:\w+ ){1,3}with our\b|\b(?:we've|we have|we) (?:just )?"
           r"dropped (?:it |them |the price )?to [£$€]\d|\b(?:monthly|weekly) (?:note|email|e-mail|newsletter|update|mail)\b"
           r"|\b(?:haben wir|gibt es bei uns) (?:\w+ ){0,4}?(?:auch|neu|jetzt) im sortiment\b|\bin unserem (?:amazon-)?shop"
           r" nach\b|\b(?:est|sont|seront) (?:disponibles? )?(?:dans|sur) notre boutique\b|\bè appena (?:arrivat|uscit)\w*\b"
           r"|\bdisponibil\w* (?:anche )?(?:su amazon )?nel nostro negozio\b"),
    # "our Diwali hampers are now live on Amazon"; not a policy or a page going live
    Phrase(r"\bour (?:[\w-]+ ){1,5}(?:are|is) (?:now |finally )?live\b",
           veto=r"\b(?:returns?|refunds?|tracking|polic\w+|window|page|label|order|account|chat|support|service)\b"),
    Phrase(r"\bon our other listings?\b|\bmost (?:people|customers|buyers) (?:also )?(?:grab|add|get|buy|pick up"
           r"|order)\b" + _GAP + r"{0,60}?\b(?:our|matching)\b"),
    Phrase(r"\b(?:it's|they're|it is|they are) (?:also )?(?:in|on) our (?:amazon )?(?:store|shop|storefront)\b"
           r"|\bgive our \w+(?: \w+){0,3} a (?:go|try|whirl|look)\b"),
    Phrase(r"\bshare our (?:amazon )?(?:store|shop|brand|listing|page|link|products?)\b|\bword of mouth\b"
           r"|\btell (?:your )?(?:friends|family|friends and family) about (?:us|our)\b"),
    Phrase(r"\bour (?:new|latest)\b" + _GAP + r"{0,60}?\b(?:(?:has|have) (?:just )?(?:landed|arrived|dropped"
           r"|launched|gone live)|just (?:landed|arrived|dropped|launched)|(?:goes|go|going|will go) live"
           r"|(?:launches|drops|lands) (?:next|this|on|in)\b)\b"
           r"|\b(?:we've|we have) (?:also )?(?:just )?added\b" + _GAP + r"{0,60}?\bto our (?:amazon )?(?:shop|store"
           r"|range|storefront|listings)\b|\b(?:now |also )?available (?:in|on|from) our (?:amazon )?(?:shop|store"
           r"|storefront)\b"),
    Phrase(
        r"\b(?:new|latest) (?:products?|collection|arrivals?|releases?|models?|range|line)\b" + _GAP
        + r"{0,30}?\b(?:available|in stock|launched|out now|just (?:launched|arrived|released)|coming soon"
        r"|check)"
    ),
    # A discount for a later purchase: "10% off your next order", "code SAVE10 for future orders"
    Phrase(_DISCOUNT_EN + _GAP + r"{0,50}?\b(?:(?:on|for|off|towards?) )?(?:your|any|all) (?:next|future|further"
           r"|subsequent) (?:order|purchase|buy)s?\b", veto_before=_REFUSED_BEFORE),
    Phrase(r"\b(?:on|for) (?:your|any|all) (?:next|future|further|subsequent) (?:order|purchase)s?\b" + _GAP
           + r"{0,50}?" + _DISCOUNT_EN, veto_before=_REFUSED_BEFORE),
    Phrase(r"\b(?:unsubscribe|opt[- ]?out)\b|\breply (?:stop|unsubscribe)\b|\bto stop receiving\b"),
    Phrase(
        r"\b(?:black friday|cyber monday|prime day|holiday|summer|winter|spring|flash|clearance|big) sale\b"
        r"|\blimited[- ]time (?:offer|deal|discount|sale)|\bbuy (?:one|1|2|two) get\b|\bshop now\b"
        r"|\bexclusive (?:offer|deal|discount)s?\b|\bspecial offers?\b|\bdon't miss (?:out|our)"
    ),
    Phrase(
        r"\b(?:our|my) (?:other|new|brand[- ]new|latest|winter|summer|spring|autumn|fall|holiday|christmas"
        r"|seasonal) (?:[\w-]+ ){0,2}?(?:products|items|listings|models|collection|range|releases|line|arrivals"
        r"|designs)\b"
    ),
    Phrase(
        r"\b(?:we|i)(?:'ve| have)? (?:just )?(?:launched|released|introduced|added) (?:a |an |our |some )?"
        r"(?:\d+ )?(?:new|brand[- ]new|exciting)\b"
    ),
    # de
    Phrase(r"\bbesuchen sie (?:doch )?(?:gerne |auch )?(?:unseren|unsere|unser|meinen|meine)\b" + _GAP
           + r"{0,20}?(?:shop|store|seite|website|webseite|markenshop|storefront|kanal|profil)"),
    Phrase(r"\bfolgen sie uns\b|\bfolgt uns\b|\babonnieren sie\b|\bnewsletter\b"),
    Phrase(r"\b(?:unsere|unser|unseren) (?:neue|neuen|neues|weiteren|anderen)\w* \w*(?:produkt|artikel|kollektion"
           r"|sortiment|modell)\w*"),
    Phrase(r"\bentdecken sie (?:auch |doch |jetzt |gerne ){0,2}(?:unsere|unser|unseren|weitere|alle)\b"),
    Phrase(r"\bschauen sie (?:sich )?(?:doch )?(?:gerne |auch ){0,3}(?:unsere|unser|unseren|in unseren)"),
    Phrase(r"(?:\d{1,3} ?%|rabatt|gutschein|code|nachlass)" + _GAP + r"{0,50}?\b(?:bei|auf|für) (?:ihre|ihren"
           r"|ihrer|ihrem) (?:nächste|nächsten|nächster|künftigen|zukünftigen) (?:einkauf|kauf|bestellung)"),
    Phrase(r"\b(?:bei|auf|für) (?:ihre|ihren|ihrer|ihrem) (?:nächste|nächsten|nächster|künftigen|zukünftigen)"
           r" (?:einkauf|kauf|bestellung)" + _GAP + r"{0,50}?(?:\d{1,3} ?%|rabatt|gutschein|code|nachlass)"),
    Phrase(r"\bnur für kurze zeit\b|\bsonderangebot|\bjetzt zugreifen\b"),
    # fr
    Phrase(r"\bvisitez (?:notre|nos|ma|mon)\b" + _GAP + r"{0,20}?(?:boutique|site|magasin|page|vitrine|chaîne)"),
    Phrase(r"\bsuivez[- ]nous\b|\babonnez[- ]vous\b|\blettre d'information\b|\binscrivez[- ]vous à notre\b"),
    Phrase(r"\bdécouvrez (?:nos|notre|toute notre|tous nos|aussi nos|également nos)\b"),
    Phrase(r"\bnos (?:autres|nouveaux|nouvelles|dernières|derniers) (?:produits|articles|collections?|modèles"
           r"|nouveautés)"),
    Phrase(r"(?:\d{1,3} ?%|réduction|remise|code|bon d'achat)" + _GAP + r"{0,50}?\bsur (?:votre|vos)"
           r" (?:prochaine|prochain|prochains|prochaines|futures?) (?:commande|achat)s?"),
    Phrase(r"\bsur (?:votre|vos) (?:prochaine|prochain|prochains|prochaines|futures?) (?:commande|achat)s?"
           + _GAP + r"{0,50}?(?:\d{1,3} ?%|réduction|remise|code|bon d'achat)"),
    Phrase(r"\bse désabonner|\bdésabonnez|\bdésinscri\w+|\boffre (?:spéciale|exclusive|limitée)",
           veto_before=_NOT_KNOWN_YET_BEFORE),
    # es
    Phrase(r"\bvisit\w* nuestra (?:tienda|página|web|sitio)|\bvisit\w* nuestro (?:sitio|perfil|canal)"),
    Phrase(r"\bsíg(?:ue|a)nos\b|\bsuscríb\w+|\bboletín\b", veto_after=r"^\s*(?:y|&) ahorra"),
    Phrase(r"\bdescubr\w+ (?:nuestros|nuestras|nuestra|nuestro|todos nuestros)\b"),
    Phrase(r"\bnuestros (?:otros|nuevos) (?:productos|artículos|modelos)"),
    Phrase(r"(?:\d{1,3} ?%|descuento|cupón|código)" + _GAP + r"{0,50}?\ben (?:su|tu) (?:próxima|siguiente)"
           r" (?:compra|pedido)"),
    Phrase(r"\ben (?:su|tu) (?:próxima|siguiente) (?:compra|pedido)" + _GAP
           + r"{0,50}?(?:\d{1,3} ?%|descuento|cupón|código)"),
    Phrase(r"\bdarse de baja|\bdese de baja|\bdarte de baja|\boferta (?:especial|exclusiva|limitada)"),
    # it
    Phrase(r"\bvisit\w* (?:il )?(?:nostro|nostra) (?:negozio|sito|store|pagina|vetrina)"),
    Phrase(r"\bseguici\b|\bseguiteci\b|\bci segua\b|\biscriviti\b|\biscrivetevi\b", veto_after=r"^\s*(?:e|&) risparmia"),
    Phrase(r"\bscop(?:ri|ra|rite)\w* (?:i nostri|le nostre|il nostro|la nostra|tutti i nostri|anche)\b"),
    Phrase(r"\bi nostri (?:altri|nuovi) (?:prodotti|articoli|modelli)"),
    Phrase(r"(?:\d{1,3} ?%|sconto|buono|codice|coupon)" + _GAP + r"{0,50}?\b(?:sul|per il) (?:suo|tuo) prossimo"
           r" (?:acquisto|ordine)"),
    Phrase(r"\b(?:sul|per il) (?:suo|tuo) prossimo (?:acquisto|ordine)" + _GAP
           + r"{0,50}?(?:\d{1,3} ?%|sconto|buono|codice|coupon)"),
    Phrase(r"\bdisiscriv\w+|\bannullare l'iscrizione|\boffert\w* (?:speciale|esclusiva|limitata)"),
    # ja
    Phrase(r"新商品|新製品|新作|ニューアイテム|期間限定|セール(?:中|情報|開催)"),
    Phrase(r"(?:他の|その他の|ほかの)(?:商品|製品)" + _GAP + r"{0,12}?(?:ご覧|チェック|よろしく|ぜひ|ご検討)"),
    Phrase(r"(?:他|ほか)(?:にも|の)" + _GAP + r"{0,20}?(?:取り扱|取扱|販売して|ご用意|取り揃え|揃えて)"),
    Phrase(r"当店(?:の)?ストア" + _GAP + r"{0,30}?(?:ご覧|チェック|販売中)|\bsend them our way\b"
           r"|\b(?:auch|neu|jetzt|seit \w+ \w+) (?:[\w-]+ ){0,8}?im sortiment\b|\bin unserem (?:amazon-)?shop\b" + _GAP
           + r"{0,30}?\bvorbei"),
    Phrase(r"ストア(?:ページ)?(?:も|を)?" + _GAP + r"{0,6}?(?:ご覧|チェック|フォロー)"),
    Phrase(r"フォロー(?:して(?!(?:まいり|参り|おり|いたし|致し))|を|お願い)|メルマガ|メールマガジン|ニュースレター|配信停止|配信を停止"),
    Phrase(r"次回(?:の)?(?:ご購入|ご注文|お買い物|お買い上げ)" + _GAP + r"{0,30}?(?:割引|クーポン|%|％|オフ|off)"),
    Phrase(r"\b(?:lanzamos|lanzaremos|vamos a lanzar|sacamos|sacaremos) (?:la|el|una|un|nuestra|nuestro) nuev[oa]"
           r"|\bnous (?:lançons|lancerons|allons lancer|sortons|sortirons) (?:la|le|une|un|notre|nos|les) nouve"
           r"|\b(?:lanciamo|lanceremo|lanceremo a breve|presentiamo|presenteremo) (?:la|il|una|un|la nostra|il nostro"
           r"|le|i) nuov|\b(?:bringen|launchen) wir\b" + _GAP + r"{0,40}?\bneue"),
    Phrase(r"\b(?:esta semana|este mes|este fin de semana|solo hoy|hasta el domingo|cette semaine|ce mois-ci"
           r"|ce week-end|questa settimana|questo mese|questo weekend|fino a domenica)\b" + _GAP
           + r"{0,80}?(?:\d{1,3} ?%|descuento|rebaja|réduction|remise|promo|sconto|offerta)"),
    Phrase(r"\b(?:sul|per il|nel) prossimo (?:acquisto|ordine)\b" + _GAP + r"{0,40}?(?:negozio|codice|sconto|buono)"
           r"|(?:sconto|buono|codice|coupon)" + _GAP + r"{0,50}?\b(?:sul|per il|nel) prossimo (?:acquisto|ordine)\b"),
    Phrase(r"\bauf alle \w+(?: [\w-]+){0,3}\b" + _GAP + r"{0,30}?\d{1,3} ?% (?:rabatt|nachlass)|\bim amazon-shop von\b"
           r"|\b(?:im|in unserem) (?:amazon-?)?shop vorbei(?:schauen|zuschauen)?\b"),
    Phrase(r"\b(?:ya )?(?:ha|han) llegado (?:nuestr[oa]s? )?nuev|\ble invitamos a (?:descubrir|conocer|explorar)"
           r"|\bnous vous invitons à (?:découvrir|explorer)|\bla invitiamo a (?:scoprire|esplorare)"
           r"|\bwe invite you to (?:discover|explore|browse|check out)|\bwir laden sie ein\b" + _GAP
           + r"{0,40}?\b(?:entdecken|stöbern)"),
    Phrase(r"\b(?:lanzamos|lanzaremos|sacamos|sacaremos) (?:un|una|el|la|nuestro|nuestra)\b"
           r"|\b(?:lo|la|los|las) (?:encontrará|encontrarás|encuentra|encuentras) en nuestra tienda\b"
           r"|\bvous (?:le|la|les) (?:trouverez|retrouverez) (?:dans|sur) notre boutique\b"
           r"|\bfinden sie (?:es|ihn|sie|das \w+|die \w+|den \w+) (?:auch )?in unserem (?:amazon-)?shop\b"),
    Phrase(r"\b(?:nostra|nostre) promo\w*|-\d{1,3} ?% (?:su|sur|en|auf|on) (?:tutt|tout|tod|all)\w*"),
    # Offering to tell the buyer about new products: "je peux vous prévenir dès que la nouvelle série ..."
    Phrase(r"\b(?:let you know|notify you|tell you|drop you a (?:line|message)|message you|keep you (?:posted|updated"
           r"|informed))\b" + _GAP + r"{0,40}?\b(?:new|latest|next)\b" + _GAP + r"{0,20}?\b(?:collection|range|line"
           r"|series|models?|colou?rs?|flavou?rs?|products?|designs?|release|edition)\b"
           r"|\b(?:benachrichtig|informier|bescheid|melde)\w*\b" + _GAP + r"{0,50}?\bneue[nrs]?\b" + _GAP
           + r"{0,20}?(?:kollektion|serie|modell|farbe|produkt|sortiment|reihe|edition)"
           r"|\b(?:prévenir|informer|tenir au courant|avertir|prévien\w*|informe\w*)\b" + _GAP + r"{0,50}?\bnouve(?:au|l"
           r"|lle|aux|lles)\b" + _GAP + r"{0,20}?(?:série|collection|gamme|modèle|couleur|coloris|produit|ligne"
           r"|édition)"
           r"|\b(?:avisar\w*|le aviso|le avisaré|le avisaremos|informar\w*|le informaré|le informaremos)\b" + _GAP
           + r"{0,50}?\bnuev[oa]s?\b" + _GAP + r"{0,20}?(?:colección|serie|modelo|color|producto|línea|gama|edición)"
           r"|\b(?:avvisar\w*|avviser\w*|la avviso|la informo|informarla|aggiornarla)\b" + _GAP
           + r"{0,50}?\bnuov[oaie]\b" + _GAP + r"{0,20}?(?:serie|collezione|modell|color|prodott|linea|gamma|edizione)"),
    # Signing the buyer up to a list: "la iscrivo alla nostra lista per le novità"
    Phrase(r"\b(?:add|put|sign) you (?:up )?(?:to|on|for) (?:our|my|the) (?:\w+ )?(?:list|newsletter|mailing)"
           r"|\b(?:trage|tragen|nehme|nehmen|setze|setzen) (?:ich|wir) sie\b" + _GAP + r"{0,30}?(?:liste|verteiler"
           r"|newsletter|kundenkartei)|\bvous (?:inscrire|inscris|inscrirai|inscrirons|ajouter|ajoute|ajouterai"
           r"|ajouterons)\b" + _GAP + r"{0,30}?(?:liste|newsletter|lettre d'info)|\b(?:le (?:apunto|apuntaré"
           r"|apuntamos|inscribo|inscribiré|inscribimos|añado|añadiré|añadimos)|apuntarle|inscribirle|añadirle)\b"
           + _GAP + r"{0,30}?(?:lista|boletín|newsletter)|\b(?:la (?:iscrivo|iscriverò|iscriviamo|aggiungo|aggiungerò"
           r"|aggiungiamo|inserisco|inseriamo)|iscriverla|aggiungerla|inserirla)\b" + _GAP
           + r"{0,30}?(?:lista|newsletter|mailing)|(?:リスト|会員|メルマガ|ニュースレター)(?:に|へ)(?:ご)?(?:登録|追加)",
           veto=r"attente|attesa|espera|warteliste|waiting|wait list|waitlist|rückruf"),
    Phrase(r"\b(?:votre|vos) (?:prochaine|prochain|prochains|prochaines) (?:commande|achat)s?" + _GAP
           + r"{0,60}?(?:\d{1,3} ?%|réduction|remise|code|bon d'achat)|\b(?:su|tu) (?:próxima|siguiente) (?:compra"
           r"|pedido)" + _GAP + r"{0,60}?(?:\d{1,3} ?%|descuento|cupón|código)|(?:\d{1,3} ?%|descuento|cupón|código"
           r"|réduction|remise|sconto|buono|codice|coupon)" + _GAP + r"{0,60}?\b(?:(?:su|tu) (?:próxima|siguiente)"
           r" (?:compra|pedido)|(?:suo|tuo) prossimo (?:acquisto|ordine)|(?:votre|vos) (?:prochaine|prochain)"
           r" (?:commande|achat))|\b(?:suo|tuo) prossimo (?:acquisto|ordine)" + _GAP
           + r"{0,60}?(?:\d{1,3} ?%|sconto|buono|codice|coupon)",
           # "Lamentamos no poder ofrecerle un descuento ni un cupón para su siguiente compra"
           veto_before=_REFUSED_BEFORE),
    Phrase(r"\b(?:diese|nächste|kommende) woche\b" + _GAP + r"{0,30}?(?:\d{1,3} ?%|günstiger|reduziert|im angebot)"
           r"|\b\d{1,3} ?% (?:günstiger|billiger|reduziert)\b|\bim shop nach\b|\brundbrief\b|\brundmail\b"
           r"|\binfobrief\b|\b(?:nehme|nehmen) (?:ich|wir) sie (?:gerne |gern )?(?:in (?:den|unseren) verteiler )?auf\b"),

    # "notre nouveau bouchon ... vient d'arriver dans notre boutique Amazon"
    Phrase(r"\bnotre (?:nouveau|nouvel|nouvelle|nouveaux|nouvelles)\b" + _GAP + r"{0,80}?\b(?:disponible|vient d'arriver"
           r"|viennent d'arriver|en vente|boutique)|\b(?:nuestro nuevo|nuestra nueva|nuestros nuevos|nuestras nuevas)\b"
           + _GAP + r"{0,80}?\b(?:disponible|acaba de llegar|ya está|a la venta|tienda)|\b(?:il nostro nuovo|la nostra"
           r" nuova|i nostri nuovi|le nostre nuove)\b" + _GAP + r"{0,80}?\b(?:disponibil|appena arrivat|in vendita"
           r"|negozio)|\bour (?:new|latest)\b" + _GAP + r"{0,60}?\b(?:is|are) (?:now |also )?(?:available|in stock"
           r"|out|on sale|live)\b",
           veto=r"transporteur|livreur|colis|envoi|entrepôt|adresse|numéro|délai|transportista|almacén|dirección"
           r"|corriere|magazzino|indirizzo|courier|warehouse|address|tracking|policy|politique|política|politica"),
    # Round thirty-five: "our Diwali sale starts on 20 October with 15% off across all our listings", "reply YES
    # and we'll add you to our VIP readers list", "tell your braai mates about our store", "Großpackungen, die es
    # auf Amazon nicht gibt"
    Phrase(r"\b(?:our|my) (?:[\w'-]+ ){1,2}?sale (?:starts|begins|kicks off|opens|runs|is on|launches)\b"
           r"|\b\d{1,3} ?% off (?:across|on|throughout) (?:all )?(?:our|my) (?:[\w-]+ )?(?:listings|range|store|shop"
           r"|products|catalogue|catalog)\b"
           r"|\badd you to (?:our|my|the) (?:[\w-]+ ){0,3}?(?:list|club|circle|newsletter)\b"
           r"|\bhear about (?:our )?new (?:releases|products|arrivals|collections?|launches|titles|designs|ranges?)\b"
           r"|\btell your (?:[\w-]+ )?(?:friends|mates|family|colleagues|neighbours|neighbors|pals|buddies|club)"
           r" about (?:us|our)\b|\bmention your name at (?:the )?checkout\b",
           veto=r"\b(?:waiting|wait|restock|back-?order|notification|notify)\b"),
    Phrase(r"\b(?:die|den|das|welche) es (?:so |auch )?(?:auf|bei) amazon (?:nicht|gar nicht|nicht mehr) gibt\b"),
    # Round thirty-six: "the matching glass lid (ASIN B0C7XK2M9P) is back in stock this week in case you want one"
    Phrase(r"\b(?:the|our) matching (?:[\w-]+ ){0,3}?(?:\([^)]{0,20}\) )?(?:is|are) (?:now |also )?(?:back in stock"
           r"|in stock|available|on sale|on amazon|listed)\b|\bin case you want one\b"
           # round thirty-seven: "... under our brand, ASIN B0C8K2L9QX, they go lovely with it"
           r"|\b(?:they|it) (?:go|goes) (?:so )?(?:lovely|perfectly|great|beautifully|nicely|really well) with (?:it|them"
           r"|yours)\b"),
    # Round thirty-seven: "Ab nächster Woche gibt es in unserem Amazon-Shop das komplette Set – schauen Sie gerne mal
    # vorbei!", "abbiamo appena messo online il kit completo, lo trova tra i nostri prodotti su Amazon"
    Phrase(r"\bschau(?:en sie|t|) (?:doch |gerne |gern |einfach |mal |ruhig )+(?:\S+ ){0,6}?vorbei\b|\babbiamo (?:appena |da poco )?(?:messo online|lanciato|aggiunto al catalogo)\b|\bl[oa] trova (?:tra"
           r"|fra) i nostri (?:prodotti|articoli)\b|\besce la (?:nuova )?(?:confezione|versione|linea|collezione)\b",
           veto_before=_REFUSED_BEFORE),
    # Round thirty-eight: "Ab Montag gibt es in unserem Amazon-Shop die neue Herbstkollektion – vielleicht ist ja etwas
    # dabei!", "¡Aprovecha! Esta semana tenemos 2x1 en todas las fundas", "nel nostro negozio Amazon trova anche la
    # versione in acciaio inox ..., perfetti da abbinare"
    Phrase(r"\b(?:die |unsere )?neue \w*kollektion\b|\bvielleicht ist (?:ja )?(?:auch )?etwas (?:für (?:sie|dich|ihren|ihre|ihr"
           r"|deinen|deine|dein) (?:\w+ )?)?dabei\b"
           r"|\b(?:ab|seit) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nächster woche|dieser woche|heute"
           r"|sofort|morgen) gibt es"
           r" in unserem\b|\b[23] ?x ?[12]\b(?= (?:en|on|sur|su|auf|in)\b)|¡aprovecha\w*!|\besta semana tenemos\b"
           r"|\bnel nostro negozio (?:amazon )?(?:trova|troverà|può trovare) anche\b|\bperfett[oaie] da abbinare\b",
           veto_before=_REFUSED_BEFORE),
    # Round thirty-nine: "a quarterly price list to education customers featuring our new classroom lines - would you
    # like us to add you to it?", "kommt bei uns ... ins Amazon-Sortiment", "un codice sconto del 15% valido su tutto il
    # nostro catalogo"
    Phrase(r"\b(?:quarterly|monthly|weekly|seasonal) (?:price ?list|catalogue|catalog|newsletter|mailer|offers?)\b"
           r"|\bnew (?:classroom|spring|summer|autumn|fall|winter|holiday|christmas) (?:lines?|range|collection)\b"
           r"|\bwould you like (?:us|me) to add you to (?:it|the list|our list|our mailing list)\b"
           r"|\bins (?:amazon-)?sortiment\b|\bcodice sconto\b" + _GAP + r"{0,60}?\b(?:su tutto il nostro catalogo|sul prossimo"
           r" (?:ordine|acquisto)|valido fino)\b", veto_before=_REFUSED_BEFORE),
    # Round forty: "our new Ethiopia light roast just went live on our Amazon storefront - worth a look", "have a look
    # at our new 2024 linen bedding collection", "20% off your next custom order", "en mentionnant votre prénom"
    Phrase(r"\bour (?:new|latest)\b" + _GAP + r"{0,80}?\b(?:just |has |have )?(?:went|gone|goes|go) live\b"
           r"|\bworth a look if you\b|\b(?:have|take) a look at our (?:new|latest)\b|\bour new (?:\d{4} )?(?:[\w-]+ ){0,3}?"
           r"(?:collection|range)\b|\b\d{1,3} ?% off your next (?:[\w-]+ ){0,2}?(?:order|purchase)\b"
           r"|\ben mentionnant votre (?:prénom|nom)\b|\bun bon de \d+ ?€ (?:sur|pour) votre prochain (?:achat|commande)\b",
           veto_before=_REFUSED_BEFORE),
    # Round forty-one: "point them to our storefront, we list new pieces every Friday", "tell a friend about us",
    # "parlez-leur de notre boutique Amazon"
    Phrase(r"\b(?:point|send|refer|direct) (?:them|your friends|friends) (?:to|towards) our (?:amazon )?(?:store|storefront"
           r"|shop|page|listings?)\b|\bwe list new (?:pieces|items|stock|products) every\b|\btell (?:a|your) (?:friend|mate"
           r"|colleague)s? about (?:us|our)\b|\bparle[rz][- ]leur de notre (?:boutique|magasin|marque)\b",
           veto_before=_REFUSED_BEFORE),
    # Round forty-two: "le recomendamos también nuestro nuevo kit de brochas, los tiene en nuestra tienda de Amazon",
    # "a dicembre arriva la serie completa, la trovi nel nostro negozio su Amazon"
    Phrase(r"\b(?:le|te|les) recomendamos (?:también |tambien )?nuestr[oa]s?\b|\b(?:los|las|lo|la) (?:tiene|encuentra"
           r"|encontrará) en nuestra tienda\b|\bl[oaie] trov(?:a|i|ate) (?:nel nostro negozio|tra i nostri|fra i nostri)\b"
           r"|\ba (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) arriva\b",
           veto_before=_REFUSED_BEFORE),
    # Round forty-three: "our holiday gift box goes live on our Amazon storefront next week", "our new diffuser is now on
    # Amazon", "our 1000-piece 'Autumn Harbor' just dropped, in case you need your next fix", "sign up for our roast
    # calendar and get early access ... before anyone else"
    Phrase(r"\b(?:went|gone|goes|go|going) live (?:on|in) (?:our |the )?(?:amazon|storefront|store|shop)\b"
           r"|\bour new\b" + _GAP + r"{0,60}?\bis now on amazon\b|\bjust dropped\b" + _GAP + r"{0,30}?\bin case you\b"
           r"|\bsign up for our\b|\bearly access to\b|\bbefore anyone else\b",
           # a restock of what the buyer asked for: "our next shipment ... usually goes live on Amazon 5-7 days after"
           veto_before=_REFUSED_BEFORE + r"|\b(?:it|they|stock|units)\s+(?:usually |normally |typically |should |will"
           r" |then )*$"),
    # Round forty-four: "check out our matching reflective leash, buying the bundle saves you 10%", "Ab dem 1. März gibt
    # es die Decke auch in Salbeigrün"
    Phrase(r"\bcheck out our\b|\b(?:buying )?the bundle saves you\b|\b(?:ab|seit) dem \d{1,2}\.? \w+ gibt es\b",
           veto_before=_REFUSED_BEFORE),
)

# --------------------------------------------------------------- off Amazon
_VIA_AMAZON_AFTER = r"^" + _GAP + r"{0,40}?\b(?:amazon|buyer[- ]seller|this (?:message|thread|chat|conversation)"
_VIA_AMAZON_AFTER += r"|messag\w+|reply)"

# Other marketplaces and shop platforms, where a seller may send a buyer to find them.
_MARKETPLACES = (
    r"(?:ebay|etsy|mercado ?libre|walmart|shopify|rakuten|allegro|cdiscount|wallapop|vinted|kleinanzeigen|temu"
    r"|aliexpress|bol\.com|fnac|zalando|idealo|flipkart|meesho|trade ?me|kogan|shopee|lazada|tokopedia|mercari"
    r"|bandcamp|depop|facebook marketplace)"
)

OFF_AMAZON: tuple[Phrase, ...] = (
    # round thirty-three: "the same bundle is live on the blue-and-yellow site under our name", "Wir lassen Ihnen noch
    # diese Woche kostenfrei ein neues Netzteil zukommen" (compensation, below)
    Phrase(r"\b(?:site|app|platform|marketplace|website|store)\b" + _GAP + r"{0,25}?\bunder our (?:own )?(?:shop |store"
           r" |brand |seller |company )?name\b", veto=r"\bamazon\b", veto_before=r"\bamazon\b" + _GAP + r"{0,20}$"),
    # round thirty-two: "a true 30 at the shop in Brighton, if you're ever passing", "im eigenen Webshop ... einfach
    # nach „Modellbahn Krüger" googeln", 当社の直営オンラインショップ, 「...」で検索していただければ
    Phrase(r"\b(?:if|whenever|when) you(?:'re| are) (?:ever )?(?:passing|in the area|nearby|in town|round this way)\b"
           r"|\bim eigenen (?:webshop|onlineshop|online-shop|shop|laden)\b|\b(?:googeln|googlen)\b"
           r"|直営(?:オンラインショップ|ネットショップ|ショップ|店|サイト)",
           veto_before=_REFUSED_BEFORE),
    Phrase(r"「[^」\n]{2,30}」(?:と|で)(?:検索|ググ)", veto=r"amazon|アマゾン",
           veto_before=r"(?:amazon|アマゾン)[^。！？\n]{0,15}$", veto_after=r"^[^。！？\n]{0,12}(?:amazon|アマゾン)"),
    # round thirty: a contact detail written to slip past a filter, "Tele @ gadget hub sg (no spaces)"
    Phrase(r"\((?:no|without|remove the) spaces?\)|\bremove the spaces\b|\bohne leerzeichen\b|\bsans (?:les )?espaces\b"
           r"|\bsin (?:los )?espacios\b|\bsenza (?:gli )?spazi\b"),
    # a visit to the shop: "Passe nous voir au 4521, rue Saint-Denis", "venga a trovarci in negozio"
    Phrase(r"\b(?:passe[zr]?|venez|viens|venir) nous voir\b|\b(?:pase|pasa|venga|ven|pasen|vengan) a vernos\b"
           r"|\b(?:passi|passa|venga|vieni|passate|venite) a trovarci\b|\b(?:kommen sie|komm|kommt) (?:doch |gerne |gern "
           r"|einfach |ruhig )*(?:bei uns |im (?:laden|geschäft) )?vorbei\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # round twenty-nine: "búsquenos en Mercado Libre como HerramientasDelNorte, ahí sí lo tenemos y hasta sale más
    # barato", "we also sell on eBay", "on Etsy it's cheaper"
    Phrase(r"\b(?:find|search for|look for|look us up|look up|search|google|encontrar|encontrarnos|buscarnos|trouver|trovar\w*|finden|búsquenos|encuéntrenos|búscanos|encuéntranos|cherchez-nous"
           r"|trouvez-nous|cercateci|ci trov\w+|finden sie uns|suchen sie (?:nach )?uns|we (?:also )?sell|vendemos"
           r"|nous vendons|wir verkaufen|vendiamo|we(?:'re| are) (?:also )?(?:on|listed on)|available|in stock"
           r"|for sale|disponible|disponibles|verfügbar|erhältlich|disponibile|disponibili)\b" + _GAP
           + r"{0,45}?\b(?:on|at|en|sur|auf|bei|su|via)? ?" + _MARKETPLACES + r"\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\b(?:on|en|sur|auf|bei|su) " + _MARKETPLACES + r"\b" + _GAP + r"{0,60}?\b(?:cheaper|less|más barato|moins cher|günstiger|billiger"
           r"|più economico|costa meno|meno caro)\b|\b(?:cheaper|más barato|moins cher|günstiger|billiger|più economico)"
           r"\b" + _GAP + r"{0,30}?\b(?:on|at|en|sur|auf|bei|su) " + _MARKETPLACES + r"\b",
           veto=r"\b(?:not|isn't|aren't|wasn't|no|nicht|pas|non)\b|n't\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # round twenty-seven: "you'll find it on our site: w w w . voltparts . de"
    Phrase(r"\b(?:on|at|from|via) our (?:own )?site\b", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # round twenty-seven: "it's honestly better for us if you order direct rather than thru Amazon"
    Phrase(r"\b(?:order|buy|purchase|pay)\w*\b" + _GAP + r"{0,40}?\b(?:rather than|instead of) (?:through|thru|via|on"
           r"|using) amazon\b", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # round twenty-six: "please install our CamLink app and open a ticket", "much quicker than the marketplace messaging"
    Phrase(r"\b(?:install|download) our (?:[\w-]+ ){0,2}app\b|\b(?:quicker|faster|better|easier) than (?:the |using )?"
           r"(?:amazon|marketplace) (?:messag\w*|messenger|chat|inbox|system)\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # "please use the contact form on our company website instead of the Amazon messages"
    Phrase(r"\binstead of (?:the |using |via )?amazon(?:'s)? (?:messag\w*|messenger|chat|system|platform|inbox)\b"),
    # round twenty-five: "la trova sul nostro sito", "gestire la cosa direttamente tra noi ... le coordinate per il
    # bonifico", "unser ganzes Sortiment ... finden Sie auf"
    Phrase(r"\b(?:sul|nel|dal) nostro (?:sito|negozio online|e-?shop|shop online)\b"
           r"|\b(?:direttamente|directamente|directement|direkt) (?:tra|entre|unter) (?:noi|nosotros|nous|uns)\b"
           r"|\bcoordinate (?:bancarie|per il bonifico)\b"
           r"|\b(?:unser|unsere) (?:ganzes|komplettes|gesamtes|volles) (?:sortiment|angebot|programm)\b" + _GAP
           + r"{0,40}?\bfinden sie (?:auf|unter|bei)\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # round twenty-four: "register on our official website to activate the warranty", "Sie können das Regal direkt
    # bei uns im Onlineshop bestellen", "次からは直接うちのネットショップで注文してね"
    Phrase(r"\b(?:register|sign up|create an account|activate)\b" + _GAP + r"{0,40}?\bon our (?:own |official )?(?:website"
           r"|site|web ?shop|online shop|app)\b", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\bdirekt bei uns (?:im|in unserem|über unseren?) (?:online-?shop|webshop|shop|laden)\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"直接[^。！？\n]{0,15}?(?:ネットショップ|オンラインショップ|ウェブショップ|webショップ|自社(?:サイト|ショップ)"
           r"|ホームページ|公式サイト)[^。！？\n]{0,15}?(?:注文|購入|買)", veto_after=_REFUSED_AFTER),
    Phrase(r"お電話(?:で|にて)(?:どうぞ|お問い合わせ|ご連絡|お気軽に)"),
    # de: "bestellen Sie es in unserem Webshop", "weil keine Marktplatzgebühren anfallen"
    Phrase(r"\b(?:in|bei|über|auf) unserem (?:eigenen )?(?:webshop|onlineshop|online-shop|internetshop)\b"
           r"|\b(?:keine|ohne|spar\w*)\b" + _GAP + r"{0,20}?(?:marktplatz|amazon)-?gebühr",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # ja: the same shop on another marketplace or its own site, to order there: "楽天市場にも出店しておりまして、
    # 次回からはそちらでご注文いただくと"
    Phrase(r"(?:楽天(?:市場)?|ヤフー(?:ショッピング)?|yahoo!?(?:ショッピング)?|メルカリ|ebay|etsy|自社(?:サイト|通販|ec)"
           r"|公式(?:サイト|オンラインショップ|通販|ストア))[^。！？\n]{0,40}?(?:にも出店|でもご購入|でご注文|からご注文"
           r"|でもお買い求め|でのご購入|の方が(?:お得|安)|で検索)", veto_after=_REFUSED_AFTER,
           veto_before=r"(?:amazon|アマゾン)(?:の|\.co\.jp の?)?\s*$"),  # Amazon's own site
    # en: "drop in and pick one up", "directly with us instead of through Amazon", "pay by card directly"
    Phrase(r"\b(?:drop|pop|swing|call|come) (?:in|by|round|over)\b" + _GAP + r"{0,30}?\b(?:pick \w+ up|pick up"
           r"|collect|grab|buy)\b"),
    Phrase(r"\bdirect(?:ly)? (?:with us )?(?:rather than|instead of|not) (?:through |via |using |on )?amazon\b"),
    Phrase(r"\bpay (?:by card |by bank transfer |by cheque |by check )?directly\b"),
    Phrase(r"\b(?:take|place|process)\w* (?:the |your |an? )?order\b" + _GAP + r"{0,20}?\bover the phone\b",
           veto_before=_REFUSED_BEFORE),
    # en: paying or dealing outside Amazon with no contact detail: "pro forma for payment by BACS", "we invoice
    # directly", "use the contact form on our site", "search our company name on Google"
    # "bacs" is also French for tubs: "2 bacs à fleurs en zinc"
    Phrase(r"(?<![a-z0-9])(?:bacs(?! (?:à|de|en|pour)\b)|e-?transfer|interac|sepa transfer|paynow|paylah|grabpay|gcash|promptpay|mb way"
           r"|swish|vipps|mobilepay|wero|paypay|rakuten pay|merpay|linepay|spei|mercado ?pago)(?![a-z0-9])"
           # Lydia is also a first name: only as a way to pay ("envoyez-les par Lydia", "mon compte Lydia")
           r"|\b(?:par|via|sur|avec|compte|appli|application) lydia\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # Amazon left out on purpose: "pas besoin de repasser par Amazon", "no need to go through Amazon", and the order
    # moved to the seller's own site: "passez-la directement sur notre site marchand"
    Phrase(r"\b(?:no need to|don't need to|skip|bypass|pas besoin de|sans|sin (?:necesidad de )?|senza"
           r"|ohne)\b" + _GAP + r"{0,15}?\b(?:go(?:ing)? through|(?:re)?passer par|pasar por|passare (?:da|per)|über)"
           r" amazon\b"
           r"|\b(?:directement|direkt|directamente|direttamente) (?:sur|auf|en|sul|nel) (?:notre|unserer|unserem"
           r"|nuestra|nuestro|il nostro|la nostra) (?:site|webshop|online-?shop|boutique en ligne|tienda online|web"
           r"|sito|negozio online)\b|\bnotre site marchand\b", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # "cancel the Amazon order and PayNow us directly": the buyer leaves the platform to pay
    Phrase(r"\bcancel (?:the |your )?amazon order\b" + _GAP + r"{0,40}?\b(?:pay|order|buy|transfer|send)\w*\b",
           veto_before=_REFUSED_BEFORE),
    Phrase(r"\binvoice (?:you )?directly\b"),
    Phrase(r"\bcontact form\b", veto_after=r"^" + _GAP + r"{0,30}?\bamazon"),
    Phrase(r"\bsearch (?:for )?(?:us|our (?:company|shop|store|business)(?: name)?) (?:on|in) (?:google|bing|the web)\b"),
    Phrase(r"\b(?:ring|call|phone) \w+ (?:in|at) (?:the|our) (?:workshop|shop|office|warehouse|showroom)\b"),
    # Saving Amazon's fees is the reason a seller gives for dealing direct, in any language.
    Phrase(r"\bamazon[- ]?(?:gebühren|provision)|\b(?:gebühren|provision) (?:von|bei) amazon\b|\bfrais (?:d')?amazon\b"
           r"|\bcommissions? (?:d')?amazon\b|\bcomisi(?:ón|ones) de amazon\b|\bcommission[ei] (?:di )?amazon\b"
           r"|amazon(?:の)?手数料|\bamazon(?:'s)? (?:fees?|cut|commission)\b|\bfees? (?:to|of|from) amazon\b"),
    # Ordering or paying direct: "bestellen Sie einfach direkt bei uns", "passer directement par nous",
    # "hacernos el pedido directamente a nosotros", "当店へ直接ご注文"
    Phrase(r"\b(?:bestell|kauf|bezahl|zahl)\w*\b" + _GAP + r"{0,30}?\bdirekt (?:bei|über) uns\b"
           r"|\bdirekt bei uns (?:bestell|kauf|bezahl)", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER,
           pattern=r"\b(?:pass|command|achet|commande)\w*\b" + _GAP + r"{0,30}?\bdirectement (?:par|chez|auprès de|à)"
           r" (?:nous|notre (?:atelier|boutique|magasin|site))\b"),
    Phrase(r"(?:実店舗|店頭)(?:で|にて|でも)(?:の)?(?:ご注文|お支払い|お受け取り|直接|ご予約)",
           veto_after=r"^[^。！？\n]{0,20}?(?:いたしかね|致しかね|できません|しておりません|お断り|ご遠慮)"),
    Phrase(r"\b(?:pedid|pedir|compr)\w*\b" + _GAP + r"{0,40}?\bdirectamente (?:a|con|de) nosotros\b"),
    Phrase(r"\b(?:ordin|acquist|compr)\w*\b" + _GAP + r"{0,30}?\bdirettamente (?:da|a|con) noi\b"),
    Phrase(r"(?:当店|弊社|私ども)(?:へ|に|まで)?直接(?:ご注文|注文|お申し込み|お支払い)"),
    Phrase(veto_before=_REFUSED_BEFORE, pattern=r"(?<![a-z0-9])(?:vorkasse|per überweisung|par chèque|par virement|contra ?reembolso|por transferencia"
           r"|tramite bonifico|con bonifico|代金引換|代引き|銀行振込)", veto_after=_REFUSED_AFTER),
    # en: "write to our sales team directly rather than through Amazon", "email us instead of using Amazon messages"
    Phrase(r"\b(?:write|e-?mail|mail|message|contact|reach|call|ring|phone|text|send|deal|order|buy|pay|talk"
           r"|speak|arrange)\b" + _GAP
           + r"{0,60}?\b(?:rather than|instead of|not|bypassing) (?:through |via |using |on |in |over )?(?:the )?"
           r"amazon\b", veto_before=r"\b(?:you want to|you'd like to|you wish to|you asked (?:about|whether|if|to)"
           r"|your request to)\b" + _GAP + r"*$"),
    # en: "ring our shop in Leeds", "call our helpline", "drop by our warehouse"
    Phrase(r"\b(?:ring|call|phone|visit|pop into|drop by|drop into|come (?:to|by|into|and see)) (?:our|my|the)"
           r" (?:\w+ )?(?:shop|store|office|helpline|hotline|workshop|warehouse|showroom|branch|outlet|engineers?"
           r"|technicians?|sales team|service team|support team|agents?|representatives?|executives?)\b",
           veto_after=r"^\s*(?:on|at|in|via) amazon"),
    Phrase(r"\b(?:sort|discuss|talk|deal|arrange|handle|settle|go through)\w*\b" + _GAP
           + r"{0,40}?\bover the phone\b"),
    Phrase(r"\bgive (?:us|me|our \w+|the \w+) a (?:quick |short |brief )?(?:call|ring|bell|buzz)\b"),
    Phrase(r"\b(?:our|my) (?:ebay|etsy|shopify|facebook|instagram|online|physical|local|high[- ]street)"
           r" (?:shop|store|site|website|page|outlet|marketplace)\b"),
    Phrase(r"\bpay (?:there|in person|in cash|cash|on collection|at (?:the|our) (?:shop|store|counter|door))\b"
           r"|\bsettle (?:up )?(?:in|with)? ?cash\b|\bcash on (?:collection|pick-?up)\b"
           # es: a deposit is never Amazon's checkout: "haz el depósito de $689 en cualquier OXXO" (paying in cash at
           # OXXO through Amazon is: "puede elegir el pago en efectivo en OXXO")
           r"|\b(?:haz|haga|hagan|realiza|realice|hace|hacer) (?:el |un |tu |su )?dep[oó]sito\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\b(?:collect|pick)\w*\b" + _GAP + r"{0,40}?\bfrom (?:our|my) (?:yard|farm|barn|depot|garage|factory"
           r"|bakery|studio|shop|store|workshop|warehouse"
           r"|showroom|premises|office|unit)\b",
           veto=r"\bby (?:the )?(?:royal mail|courier|carrier|ups|dpd|dhl|evri|hermes|fedex|usps|driver|amazon|post"
           r"|parcelforce|gls|yodel)", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\bcontact (?:us|me) (?:directly|privately|personally|outside)\b", veto_after=_VIA_AMAZON_AFTER),
    Phrase(r"\b(?:e-?mail|call|phone|text|ring|whatsapp|sms|dm) (?:us|me)\b", veto_after=_VIA_AMAZON_AFTER,
           veto_before=r"\b(?:amazon|they|it) (?:will |may |can )?$"),
    Phrase(r"\b(?:send|drop|write) (?:us|me) an? (?:e-?mail|email|text|sms|dm)\b|\bgive (?:us|me) a (?:call|ring)\b"),
    Phrase(
        r"\b(?:order|buy|purchase|shop|get it|order it|buying|ordering)\b" + _GAP + r"{0,15}?\b(?:directly )?"
        r"(?:from|on|through|via|at) (?:our|my) (?:own )?(?:website|web ?site|site|web ?shop|online store"
        r"|online shop|web ?store|e-?shop|online boutique|store|shop|showroom|clinic|workshop|studio|warehouse|branch|outlet)\b",
        veto_after=r"^\s*(?:on|at|in) amazon",
    ),
    Phrase(r"\b(?:order|buy|purchase) (?:direct(?:ly)? )?from us\b(?! on amazon)", veto_before=_REFUSED_BEFORE),
    Phrase(r"\b(?:our|my) (?:own |company |official |shop |store |family )?(?:website|web ?site|web ?shop|online shop"
           r"|online store|web ?store|e-?shop|online boutique|homepage)\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(
        r"(?<!amazon )\b(?:pay|payment|paying|send (?:the )?money|send (?:the )?payment|transfer)\b" + _GAP
        + r"{0,30}?\b(?:paypal|venmo|zelle|cash ?app|bank transfer|wire transfer|western union|wise|revolut"
        r"|bank account|bank details|crypto|bitcoin)\b",
        veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER,
    ),
    Phrase(r"(?<![a-z0-9])(?:paypal|venmo|zelle|western union|cash ?app|bizum|postepay|upi|gpay|google pay|phonepe"
           r"|paytm|alipay|wechat pay|twint|satispay|paylib|blik)(?![a-z0-9])",
           # Amazon's own Pay on Delivery takes UPI at the door: "paid to the Amazon delivery associate in cash or UPI"
           veto_before=_REFUSED_BEFORE + r"|\b(?:pay on delivery|cash on delivery|delivery (?:associate|agent|executive"
           r"|partner)|amazon (?:delivery|pay|courier|driver))\b" + _GAP + r"*$", veto_after=_REFUSED_AFTER),
    Phrase(r"\b(?:bsb|sort code|routing number|account number)\b|\b(?:do|make|send) (?:you )?(?:a |the )?bank"
           r" transfer\b|\bskip (?:the )?amazon\b|\b(?:directly pay|pay (?:us|me) directly)\b"),
    Phrase(r"\b(?:outside|off) (?:of )?amazon\b", veto_after=r"^(?:'s|s')",
           veto_before=_REFUSED_BEFORE + r"|\bno need to\b" + _GAP + r"{0,40}$"),
    Phrase(
        r"\b(?:send|give|share|provide|tell)\b(?: us| me)? your (?:personal |private )?(?:e-?mail|email address"
        r"|phone|phone number|mobile|mobile number|cell|whatsapp|contact details|bank details|paypal)"
    ),
    Phrase(r"\b(?:direct|private) (?:deal|sale|order|transaction|payment)s?\b", veto_before=_REFUSED_BEFORE,
           veto_after=_REFUSED_AFTER),
    Phrase(r"\breach (?:us|me) (?:directly|privately|outside)\b", veto_after=_VIA_AMAZON_AFTER),
    # de
    Phrase(r"\bkontaktieren sie (?:uns|mich) (?:direkt|persönlich|privat|per|telefonisch)",
           veto_after=r"^" + _GAP + r"{0,30}?amazon"),
    Phrase(r"\b(?:schreiben|senden|schicken) sie (?:uns|mir) (?:doch |gerne |einfach |direkt |bitte ){0,3}"
           r"(?:eine )?(?:e-?mail|mail|sms|whatsapp)"),
    Phrase(r"\brufen sie (?:uns|mich)\b" + _GAP + r"{0,20}?\ban\b|\b(?:erreichen|kontaktieren) sie (?:uns|mich)"
           r" (?:per e-?mail|per telefon|telefonisch|unter)"),
    Phrase(r"\b(?:bestellen|kaufen) sie (?:direkt |gerne )?(?:über|in|auf|bei) (?:unsere[mnr]?|unser|meine[mnr]?)"
           r" (?:website|webseite|homepage|onlineshop|online-shop|shop)"),
    Phrase(r"\bunsere[nmr]? (?:eigene[nmr]? )?(?:website|webseite|homepage|onlineshop|online-shop)"),
    Phrase(r"\b(?:zahlung|zahlen|bezahlen|bezahlung|überweisen|überweisung)\b" + _GAP
           + r"{0,30}?(?:paypal|überweisung|bankverbindung|vorkasse|bar|iban)\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\baußerhalb (?:von )?amazon", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\b(?:senden|geben|nennen|schicken) sie (?:uns|mir) (?:ihre|ihr) (?:e-?mail|e-?mail-adresse"
           r"|telefonnummer|handynummer|rufnummer|whatsapp)"),
    # fr
    Phrase(r"\bcontactez[- ](?:nous|moi) (?:directement|en privé|par (?:e-?mail|mail|téléphone|whatsapp|sms))",
           veto_after=r"^" + _GAP + r"{0,30}?amazon"),
    Phrase(r"\b(?:écrivez|envoyez)[- ](?:nous|moi) (?:un |directement )?(?:e-?mail|mail|courriel|sms)"),
    Phrase(r"\bappelez[- ](?:nous|moi)\b|\bt[ée]l[ée]phonez[- ]nous\b"),
    # "le plus simple, c'est de nous téléphoner", "llámenos", "può chiamarci"
    Phrase(r"\bnous (?:téléphoner|appeler|passer un coup de fil)\b|\b(?:llámenos|llámanos|llamarnos)\b"
           r"|\b(?:chiamarci|telefonarci|ci chiami|ci telefoni)\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\b(?:commandez|achetez|commander|acheter) (?:directement )?sur (?:notre|mon) (?:site|boutique"
           r" en ligne|e-shop)"),
    Phrase(r"\bnotre (?:propre )?(?:site (?:web|internet)|boutique en ligne|e-shop)"),
    Phrase(r"\b(?:payer|paiement|réglez|régler)\b" + _GAP + r"{0,30}?(?:paypal|virement|espèces|rib|iban)\b"
           r"|\bcoordonnées bancaires\b|\brib\b", veto_before=_REFUSED_BEFORE,
           veto_after=_REFUSED_AFTER),
    Phrase(r"\ben dehors d'amazon|\bhors (?:d')?amazon", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\benvoyez[- ]nous votre (?:e-?mail|adresse e-?mail|adresse mail|numéro|téléphone)"),
    # es
    Phrase(r"\bcontáct(?:enos|anos|eme|ame) (?:directamente|por (?:correo|email|e-mail|teléfono|whatsapp))",
           veto_after=r"^" + _GAP + r"{0,30}?amazon"),
    Phrase(r"\bescríb(?:anos|enos|eme|ame)\b" + _GAP + r"{0,20}?(?:correo|email|e-mail|whatsapp)"),
    Phrase(r"\bllám(?:enos|anos|eme|ame)\b"),
    Phrase(r"\b(?:compre|pida|haga su pedido|comprar|pedir)\b" + _GAP + r"{0,15}?(?:en|a través de|desde)"
           r" nuestra (?:web|tienda online|tienda en línea|página web|página)"),
    Phrase(r"\bnuestra (?:propia )?(?:página web|web|tienda online|tienda en línea)\b"),
    Phrase(r"\b(?:pago|pagar|abonar)\b" + _GAP + r"{0,30}?(?:paypal|transferencia|bizum|efectivo|cuenta"
           r" bancaria)", veto_before=_REFUSED_BEFORE,
           # "el pago en efectivo en OXXO, que es un método de la propia Amazon"
           veto_after=_REFUSED_AFTER + r"|^" + _GAP + r"{0,60}?\b(?:amazon|de la propia)"),
    Phrase(r"\bfuera de amazon", veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\benví(?:enos|anos|eme) (?:su|tu) (?:correo|email|e-mail|teléfono|número de teléfono|whatsapp)"),
    # it
    Phrase(r"\bcontatt(?:ateci|aci|arci|ami) (?:direttamente|privatamente|via (?:e-?mail|email|whatsapp"
           r"|telefono)|per e-?mail)|\bci contatti direttamente", veto_after=r"^" + _GAP + r"{0,30}?amazon"),
    Phrase(r"\bscriv(?:eteci|ici|erci)\b" + _GAP + r"{0,20}?(?:e-?mail|email|whatsapp)"),
    Phrase(r"\bchiam(?:ateci|aci|ami)\b|\b(?:ci|mi) chiami\b"),
    Phrase(r"\b(?:ordin|acquist|compr)\w*\b" + _GAP + r"{0,15}?(?:sul|dal|tramite il) nostro (?:sito|negozio"
           r" online|shop online|e-shop)"),
    Phrase(r"\bil nostro (?:sito web|sito internet|sito|negozio online|shop online)\b"),
    Phrase(r"\b(?:pagamento|pagare|bonifico)\b" + _GAP + r"{0,30}?(?:paypal|bonifico|contanti|postepay|iban)",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\bfuori (?:da )?amazon|\bal di fuori di amazon", veto_before=_REFUSED_BEFORE,
           veto_after=_REFUSED_AFTER),
    Phrase(r"\b(?:invi(?:aci|ateci)|ci invii|mi invii|ci mandi|mi mandi) (?:il suo|il tuo|la sua|la tua)"
           r" (?:numero|indirizzo e-?mail|email|e-mail|telefono|contatto)"),
    # ja
    # not when Amazon is the one in touch: "結果はAmazonからお客様へ直接連絡されます"
    Phrase(r"直接(?:ご)?連絡|直接(?:お)?取引|直接(?:ご)?購入|直接(?:お)?支払", veto_before=r"(?:amazon|アマゾン)[^。！？\n]{0,10}$",
           veto_after=_REFUSED_AFTER),
    Phrase(r"(?:電話|ライン|line)(?:で|にて)(?:ご)?連絡(?:ください|下さい|して|を)|直接メール"),
    Phrase(r"お電話(?:ください|下さい|にて|いただければ|頂ければ|いただけましたら|いただくと|いただけませんか|頂けませんか"
           r"|いただけますか|いただけますと|頂けますと|いただけると|頂けると|をお願い)|当店(?:の)?(?:ホームページ|公式サイト|ウェブサイト|サイト|オンラインショップ)"
           r"|公式(?:サイト|ホームページ|オンラインショップ)|自社(?:サイト|ホームページ|オンラインショップ|ネットショップ|通販"
           r"|ショップ|ストア|ecサイト)",
           veto_before=r"(?:amazon|アマゾン)(?:の|\.co\.jp の?)?\s*$"),  # "Amazonの公式サイト": Amazon's own
    Phrase(r"(?:amazon|アマゾン)(?:以外|外)|ペイパル|銀行振込|お振込", veto_after=r"^[^。！？\n]{0,40}?" + JA_REFUSAL_AFTER),
    Phrase(r"(?:メールアドレス|電話番号|ライン|line ?id)(?:を)?(?:教えて|お知らせ|送って|ご連絡)", veto_after=_REFUSED_AFTER),
    Phrase(r"\bla? paga (?:allí|aquí|en (?:la )?tienda)\b|\bpagar(?:la|lo)? (?:allí|en (?:la )?tienda)\b"
           r"|\bpayer sur place\b|\b(?:la|lo) paga (?:lì|in negozio|al ritiro)\b|\bvor ort (?:bar )?(?:bezahlen|zahlen)\b"
           r"|\bbezahlen sie (?:bequem |einfach |gerne )?(?:vor ort|im laden|bar)\b|楽天(?:市場)?(?:店|の店舗|ショップ)"
           r"|(?:ヤフー|yahoo!?)ショッピング|メルカリ|\bminne\b|\bcreema\b"),
    Phrase(r"\bbank(?:ing)? details\b|(?<![a-z0-9])eft(?![a-z0-9])|\b(?:nous )?(?:écrire|contacter|écrivez|contactez)(?:[ -]nous)?"
           r" (?:directement )?(?:sur|via|par) (?:messenger|facebook|instagram|whatsapp|telegram)\b",
           # the buyer's own details, given to Amazon: "to your bank account if you added bank details during the
           # return request"
           veto_before=_REFUSED_BEFORE + r"|\b(?:you|buyers?) (?:have )?(?:added|entered|provided|add|enter)\s*$"),
    Phrase(r"\b(?:chat|talk|message|contact|reach|find|msg) (?:us |me )?(?:on|via|over|through) (?:facebook |fb )?"
           r"(?:messenger|instagram|facebook|whatsapp|telegram|wechat|viber|signal)\b"
           r"|\bdirektgeschäft\w*|\bdirektverkauf\b|\b(?:sie )?überweisen (?:vorab|im voraus|direkt)\b"
           r"|\brufen sie (?:\w+ ){0,3}?durch\b|\büberweisung an uns\b|\ban uns überweisen\b"
           r"|\bin unserem (?:laden|ladengeschäft|geschäft) in\b", veto_before=_REFUSED_BEFORE),
    Phrase(r"\bwe don't (?:go|sell|deal|work) through amazon\b|\binvoiced direct(?:ly)? (?:from|by) us\b"),
    # A bank account is a payment outside Amazon whatever the sentence says first ("Como Amazon no nos deja devolver
    # ese importe, mándenos su IBAN")
    Phrase(r"\bbankverbindung\b|\biban\b"),
    # Round twelve: "a payment request outside the platform", "isn't listed on Amazon", "wenn Sie uns kurz anrufen",
    # "nos hace una transferencia de la diferencia"
    Phrase(r"\boutside (?:the|this) (?:platform|site|marketplace)\b|\b(?:isn't|is not|aren't|not) listed on amazon\b"
           # "it isn't listed on Amazon at the moment - we're waiting on stock": back later, on Amazon
           r"(?! (?:at the moment|right now|yet|currently|for now|until)\b)"
           r"|\baußerhalb der plattform\b|\ben dehors de la plateforme\b|\bfuera de la plataforma\b|\bfuori dalla"
           r" piattaforma\b|\bsie uns (?:\w+ ){0,2}?anrufen\b|\btelefonnummer steht auf\b|\bam telefon durch\b"
           r"|\b(?:nos|me) (?:hace|haga|envía|manda) una transferencia\b|\bhacer(?:nos)? una transferencia\b"
           r"|\bci fa(?:ccia)? un bonifico\b|\bnous faire un virement\b|\buns (?:\w+ )?überweisen\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # Round seven: "cancel here and order through our showroom instead", "paid for on site"
    Phrase(r"\bcancel\w*\b" + _GAP + r"{0,60}?\b(?:and|then)\b" + _GAP + r"{0,40}?\b(?:order|buy|book|purchase|come"
           r"|visit|get|pay)\w*\b" + _GAP + r"{0,60}?\b(?:(?:our|one of our) (?:showroom|shop|store|clinic|site|website"
           r"|workshop|studio|warehouse|branch|outlet|clinics|shops|stores|branches)|(?:directly )?(?:with|from) us"
           r"(?! on amazon))\b"),
    Phrase(r"\b(?:paid for|pay|payment|paying) (?:on site|in store|at the door|at (?:the|our|one of our) (?:clinic"
           r"|shop|store|showroom|workshop|counter|clinics|shops))\b"),
    # Without going through Amazon: "senza passare da Amazon", "sans passer par Amazon", "Amazonを通さず"
    Phrase(r"\bwithout (?:going |having to go )?(?:through|via) amazon\b|\bbypass(?:ing)? amazon\b"
           r"|\bohne (?:den )?(?:umweg über |über )?amazon\b|\ban amazon vorbei\b|\bsans (?:re)?passer par amazon\b"
           r"|\bsin pasar por amazon\b|\bsenza passare (?:da|per|tramite) amazon\b"
           r"|(?:amazon|アマゾン)(?:を)?(?:通さず|介さず|経由せず|通さない|介さない)",
           veto_before=r"\b(?:not|n't|cannot|unable|nicht|kein\w*|ne|pas|no|non)\b" + _GAP + r"*$",
           veto_after=_REFUSED_AFTER),
    # Come to the physical shop: "passare direttamente in bottega", "pásese por nuestra tienda", "店舗へお越し"
    Phrase(r"\bpassar\w* (?:direttamente |pure |anche )?(?:in bottega|in negozio|nel nostro negozio|da noi"
           r"|in laboratorio)\b|\bpass(?:er|ez) (?:nous voir )?(?:à la boutique|au magasin|à l'atelier|dans notre"
           r" (?:boutique|magasin|atelier))\b|\bpás(?:ese|ate|ense) por (?:nuestra|la) tienda\b|\bvenga a (?:nuestra"
           r"|la) tienda\b|\b(?:kommen|schauen) sie (?:doch |gerne |gern |einfach |mal )*(?:bei uns )?(?:im laden"
           r"|in unserem (?:laden|geschäft|ladengeschäft)|in unserer (?:werkstatt|filiale))"
           r"|(?:店舗|店頭|実店舗|工房)(?:に|へ|まで)(?:直接)?(?:お越し|ご来店|来店|お立ち寄り)",
           veto_after=r"^\s*(?:amazon|on amazon|su amazon|sur amazon|en amazon)"),
    Phrase(r"\bappel(?:er|ez) (?:directement )?(?:notre |mon |l')(?:atelier|magasin|boutique|bureau|service|standard"
           r"|équipe)|\bllam(?:ar|e) (?:directamente )?a nuestr[oa] (?:taller|tienda|oficina|servicio|equipo)"
           r"|\bchiam(?:are|i) (?:direttamente )?(?:il )?(?:nostro|nostra) (?:laboratorio|negozio|ufficio|servizio"
           r"|bottega|assistenza)|\brufen sie (?:direkt )?(?:in )?(?:unsere[nmr]?|unser) (?:werkstatt|laden|geschäft"
           r"|büro|service|hotline)",
           veto_after=r"^" + _GAP + r"{0,30}?amazon"),
    # Ordering from the seller's own shop: "弊社の直営店へ直接ご注文"
    Phrase(r"(?:直営店|直販(?:サイト|ショップ|ページ)|公式(?:ストア|ショップ|サイト|オンラインショップ)|自社(?:店舗|ショップ|通販|サイト))"
           + _GAP
           + r"{0,10}?(?:へ|に|まで|から|で)" + _GAP + r"{0,6}?(?:ご注文|注文|お申し込み|お支払い|ご購入|購入|お問い合わせ)"
           r"|直接(?:ご)?注文", veto_before=r"(?:amazon|アマゾン)" + _GAP + r"{0,10}$", veto_after=_REFUSED_AFTER),
    # Round thirty-five: "pop into our repair counter", "pásate por nuestro taller", "ritirarlo direttamente nel
    # nostro negozio", another shop named for the buyer to buy from ("bei Velo Brunner ist es vorrätig, dort können
    # Sie es direkt abholen"), "chez nous en direct ... sans les frais de la plateforme", phone support offered
    Phrase(r"\b(?:pop|drop|come|stop|swing|call|nip|pull) (?:in(?:to)?|by|round|over|down)(?: to| at)? (?:our|my)"
           r" (?:[\w-]+ ){0,2}?(?:shop|store|counter|workshop|showroom|studio|warehouse|stall|office|premises"
           r"|boutique|bakery|garage|unit)\b"
           r"|\bpás(?:ate|ese|ense) por (?:nuestr[oa]|el|la) (?:taller|local|almacén|oficina|puesto|estudio|tienda|bodega|finca"
           r"|obrador|granja|fábrica)\b"
           r"|\b(?:può|potete|puoi|possono|venga a|venite a) (?:\w+ ){0,2}?ritirarl?[oaie]? (?:\w+ ){0,3}?(?:da noi\b|(?:nel|presso"
           r" il|dal|al|in) (?:nostro |nostra )?(?:negozio|laboratorio|magazzino|cantina|azienda"
           r"|punto vendita|bottega|showroom)\b)",
           veto=r"\bamazon\b", veto_after=r"^\s*(?:on|su|en|sur) amazon"),
    Phrase(r"\bdort (?:können|könnten|kannst) (?:sie|du) (?:es|ihn|sie|das \w+|den \w+|die \w+) (?:auch |direkt |gleich"
           r" |sofort )*(?:abholen|kaufen|bestellen|mitnehmen)\b"
           r"|\bchez nous en direct\b|\ben direct chez nous\b|\bsans (?:les )?frais (?:de la plateforme|d'amazon)\b",
           veto_before=r"\bamazon\b" + _GAP + r"*$"),
    Phrase(r"お電話(?:での|による|にて)(?:サポート|ご相談|対応|ご案内|お問い合わせ)", veto_after=_REFUSED_AFTER),
    # Round thirty-six: "si vous annulez votre commande Amazon et que vous passez commande chez nous directement"
    Phrase(r"\b(?:passe[rz]|passiez) (?:votre )?commande (?:directement )?chez nous\b|\bcommand(?:er|ez) (?:directement"
           r" )?chez nous\b|\bchez nous directement\b",
           veto_before=_REFUSED_BEFORE),
    # Round thirty-seven: "it'd just have to be outside of here ... reply with your email and I'll send an invoice you
    # can pay by internet banking", "download the SweepPro app and chat with our team in there"
    Phrase(r"\bpay (?:by|via|through|with) (?:internet|online|net|mobile) banking\b|\breply with your (?:e-?mail|email"
           r" address|phone|number|mobile|whatsapp)\b|\boutside of here\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    Phrase(r"\b(?:download|install|get|use) (?:the |our )?[\w-]+ app\b" + _GAP + r"{0,40}?\b(?:chat|message|talk|contact"
           r"|reach|write)\w*\b|\bchat with (?:our|the) (?:team|support|staff|agents?) (?:in there|in the app|on the app)\b",
           veto=r"\bamazon\b", veto_before=_REFUSED_BEFORE),
    # Round thirty-eight: "If you cancel it though, you can order the sage green directly from us"
    Phrase(r"\b(?:order|buy|purchase|get)\b" + _GAP + r"{0,30}?\b(?:directly|direct) (?:from|with|through) (?:us|me|our"
           r" (?:shop|store|website|site|workshop))\b", veto=r"\bamazon\b", veto_before=_REFUSED_BEFORE,
           veto_after=_REFUSED_AFTER),
    # Round thirty-nine: "please call our service centre directly instead of going through Amazon", "Kommen Sie doch auf
    # einen Schoppen bei uns im Weinhof vorbei, dann nehmen Sie die Kiste gleich direkt bei uns mit", "venez donc goûter
    # au caveau ... que vous pourrez emporter directement", "passez-nous un coup de fil", "te llevas directamente de aquí
    # las botellas", "paga sul posto e si risparmia la spedizione"
    Phrase(r"\binstead of (?:going )?(?:through|via|on) amazon\b|\bcall (?:our|the) (?:service|repair|support) (?:centre|center"
           r"|team|department|line)\b"
           r"|\bkommen sie (?:doch |gern |gerne |einfach )*(?:\w+ ){0,4}?bei uns (?:im|in der|in unserem|in unserer) \w+"
           r"|\bdirekt bei uns (?:mit|ab|abholen|kaufen)\b|\bnehmen sie (?:\w+ ){0,3}(?:direkt|gleich) bei uns mit\b"
           r"|\bvenez (?:donc |nous )?(?:goûter|déguster|voir|nous voir|passer)\b" + _GAP + r"{0,30}?(?:\bau (?:caveau|domaine"
           r"|magasin|atelier|chai)\b|\bà la (?:boutique|ferme|cave)\b|\bchez nous\b)|\bvous pourrez (?:les |l'|la |le )?"
           r"emporter directement\b|\b(?:passez|passe|donnez|donne)[- ](?:nous|moi) un coup de (?:fil|téléphone)\b"
           r"|\bte (?:llevas|lleva) directamente de aquí\b|\bpaga(?:re)? (?:direttamente )?sul posto\b"
           r"|\bsi risparmia la spedizione\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # Round forty: "mejor mándanos whats al 55 1234 5678"
    Phrase(r"\b(?:mánda(?:nos|me)|escríbe(?:nos|me)|llámanos|llámame|márca(?:nos|me))\b" + _GAP + r"{0,20}?(?:\bwhats\w*|\bwasap"
           r"|\bguasap|\bwsp\b|\bal \d)", veto_before=_REFUSED_BEFORE),
    # Round forty-one: "pop your number in a reply and we'll give you a ring", "I can take a bank transfer", "Sie
    # überweisen den Betrag direkt auf unser Geschäftskonto", "vous faites un virement sur notre compte", "se la
    # vendemos directo en nuestra tienda"
    Phrase(r"\b(?:pop|send|leave|drop|put) (?:us |me )?your (?:phone |mobile |contact )?number\b|\b(?:give|gave) you a (?:ring"
           r"|bell)\b|\bon the phone (?:than|rather than) (?:on )?here\b"
           r"|\b(?:take|accept|do)\w* (?:a |the )?(?:bank transfer|wire transfer|direct transfer|paypal payment)\b"
           r"|\büberweis\w*\b" + _GAP + r"{0,40}?\bauf unser (?:\w+)?konto\b|\bvirement (?:bancaire )?sur notre compte\b"
           r"|\bfaites un virement\b|\btransferencia a nuestra cuenta\b|\bbonifico sul nostro conto\b"
           r"|\bse (?:lo|la|los|las) vendemos (?:directo|directamente)\b|\bvend(?:emos|o) (?:directo|directamente) en nuestra"
           r" tienda\b",
           veto_before=_REFUSED_BEFORE + r"|\b(?:don't|do not|never|no need to)\s+$", veto_after=_REFUSED_AFTER),
    # Round forty-two: "sort it privately with us ... cancel the Amazon one and we'll arrange delivery and payment between
    # ourselves", "drop us a line directly. Without the marketplace fees ... less than here", "I can sell it to you
    # directly", "te lo vendo por Mercado Libre"
    Phrase(r"\b(?:sort|deal with|arrange|do) (?:it|this|that) (?:out )?privately\b|\bbetween ourselves\b|\bcancel the amazon"
           r" (?:one|order)\b|\bdrop (?:us|me) a line directly\b|\bwithout (?:the )?(?:marketplace|amazon(?:'s)?|platform)"
           r" fees\b|\b(?:less|cheaper) than (?:on )?here\b|\bsell (?:it|them|one|this|that) to you (?:directly|direct"
           r"|privately)\b|\b(?:te|se) (?:lo|la|los|las) vendo por\b",
           veto_before=_REFUSED_BEFORE + r"|\b(?:don't|do not|never|no need to)\s+$", veto_after=_REFUSED_AFTER),
    # Round forty-three: "kann ich Ihnen die Thermostate auch direkt gegen Rechnung schicken, und Sie überweisen dann an
    # uns"
    Phrase(r"\bdirekt gegen rechnung\b|\büberweisen (?:\w+ ){0,5}?an uns\b",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
    # Round forty-four: "our tienda in Mercado Libre", "pas la peine de repasser par Amazon : je vous livre directement,
    # on s'arrangera pour le règlement", "cómprenos directamente por Mercado Libre"
    Phrase(r"\b(?:our|nuestra|notre|unser(?:en|em)?|il nostro|la nostra) (?:tienda|store|shop|boutique|negozio|laden)"
           r" (?:in|on|en|sur|auf|su) " + _MARKETPLACES + r"|\bpas (?:la peine|besoin) de (?:re)?passer par amazon\b"
           r"|\bje vous (?:le |la |les )?livre directement\b|\bon s'arrangera pour le (?:règlement|paiement)\b"
           r"|\bcómpre(?:nos|me)\b" + _GAP + r"{0,30}?(?:\bdirectamente\b|\bdirecto\b|\bpor " + _MARKETPLACES + r")",
           veto_before=_REFUSED_BEFORE, veto_after=_REFUSED_AFTER),
)

# Words that make a compensation promise an incentive when a review request
# sits right next to it.
REVIEW_WORDS = (
    r"(?:\b(?:reviews?|ratings?|stars|bewertung\w*|rezension\w*|sterne|avis|évaluation|étoiles|reseña\w*"
    r"|valoraci\w+|estrellas|recensione|recensioni|valutazione|stelle)\b|レビュー|評価)"
)
