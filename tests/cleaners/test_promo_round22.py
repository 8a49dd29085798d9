"""The promo cleaner, round 22: a channel pitch with no full stop that flattened text ran
into the quotation after it ("… per restare aggiornato "Abbiamo aspettato …", racconta il
sindaco."): the pitch goes, the quotation stays, as it closes with a speech verb.

With article prose that uses the same words and stays. The wordings are written for
these tests.
"""

from __future__ import annotations

import pytest

from cleantext import clean

# (language, the article's sentence before, the pitch, the quotation with its speech
# verb, the article's sentence after): the pitch has no stop, the quotation opens with
# a capital right after it.
PITCHES = [
    ("it", "Il consiglio comunale ha approvato lunedì il bilancio del porto.",
     "Iscriviti al nostro canale WhatsApp per restare sempre aggiornato",
     "\"Abbiamo aspettato dieci anni\", racconta il sindaco.",
     "I lavori del nuovo ponte inizieranno in primavera."),
    ("es", "El ayuntamiento aprobó el lunes el presupuesto del puerto.",
     "Únete a nuestro canal de WhatsApp",
     "«Hemos esperado diez años», afirma la alcaldesa.",
     "Las obras del nuevo puente comenzarán en primavera."),
    ("fr", "Le conseil municipal a adopté lundi le budget du port.",
     "Suivez-nous sur WhatsApp",
     "« Nous attendions ce pont depuis dix ans », raconte le maire.",
     "Les travaux du nouveau pont commenceront au printemps."),
    ("en", "The council approved the harbour budget on Monday after a long debate.",
     "Follow us on WhatsApp for the latest news",
     "\"We have waited ten years for this,\" the mayor says.",
     "Officials said work on the new bridge would begin in the spring."),
    ("de", "Der Stadtrat hat am Montag den Haushalt für den Hafen beschlossen.",
     "Folgen Sie uns auf WhatsApp",
     "„Wir haben zehn Jahre gewartet“, sagt die Bürgermeisterin.",
     "Die Arbeiten an der neuen Brücke sollen im Frühjahr beginnen."),
    ("nl", "De gemeenteraad keurde maandag de begroting voor de haven goed.",
     "Volg ons op WhatsApp",
     "\"We hebben tien jaar gewacht\", zegt de wethouder.",
     "De bouw van de nieuwe brug begint in het voorjaar."),
    ("pt", "A câmara aprovou na segunda-feira o orçamento do porto.",
     "Siga-nos no WhatsApp",
     "\"Esperámos dez anos por isto\", diz o presidente.",
     "As obras da nova ponte começam na primavera."),
]


@pytest.mark.parametrize(("lang", "before", "pitch", "quote", "after"), PITCHES,
                         ids=[p[0] for p in PITCHES])
def test_a_pitch_run_into_a_quotation_goes_alone(lang: str, before: str, pitch: str,
                                                 quote: str, after: str) -> None:
    kept = f"{before} {quote} {after}"
    assert clean(f"{before} {pitch} {quote} {after}") == kept
    # Joined with no space: the quotation's mark glued to the pitch's last word.
    glued = clean(f"{before}{pitch}{quote} {after}")
    assert pitch not in glued
    assert quote in glued


# Article sentences with the same words, which stay: an ask reported with a verb in the
# present, which no pitch is ("…, dice il sindaco", "…, afirma el cartel").
PROSE = [
    "Il consiglio ha approvato il bilancio. Iscriviti al nostro canale, dice il sindaco ai "
    "cittadini che chiedono notizie. I lavori inizieranno in primavera.",
    "El pleno aprobó el presupuesto. Únete a nuestro canal, afirma el cartel de la plaza "
    "mayor. Las obras comenzarán en primavera.",
    "Le conseil a adopté le budget. Suivez-nous sur WhatsApp, raconte le maire aux "
    "habitants du quartier. Les travaux commenceront au printemps.",
]


@pytest.mark.parametrize("text", PROSE)
def test_the_prose_stays(text: str) -> None:
    assert clean(text) == text


# Look-alikes beside the unit, in the same text, which stay: a quotation after a
# prompt's joiner (the prompt's object), a quotation no speech verb closes.
def test_look_alikes_beside_a_pitch_stay() -> None:
    before, pitch, quote, after = PITCHES[3][1:]
    named = "Readers can subscribe to \"The Harbour Weekly\", the council says."
    unsaid = "The sign read \"Harbour Live\" in red letters."
    text = f"{before} {pitch} {quote} {named} {unsaid} {after}"
    assert clean(text) == f"{before} {quote} {named} {unsaid} {after}"


# A read-aloud player's button on a line of its own (German "Vorlesen"), and its
# duration glued to the headline under it: the button and the minutes go, the headline
# stays. Beside it, a duration under a button that names no player, which stays. Dutch
# "Voorlezen" goes only right over its glued minutes: alone it is as often a subhead
# (see test_promo_round22_review), and stays.
PLAYERS = [
    ("Voorlezen\n3 minNieuwe brug voor de haven\n\n"
     "De gemeenteraad keurde maandag de begroting voor de haven goed.\n\n"
     "Voorlezen\n\nLees elke dag een kwartier samen.\n\nVolg ons op Facebook",
     "Nieuwe brug voor de haven\n\n"
     "De gemeenteraad keurde maandag de begroting voor de haven goed.\n\n"
     "Voorlezen\n\nLees elke dag een kwartier samen."),
    # Flattened onto the headline's line, with a space or none.
    ("Voorlezen 3 minNieuwe brug voor de haven De gemeenteraad keurde maandag de "
     "begroting goed. Voorlezen 3 minuten per dag helpt, zegt de bibliotheek. "
     "Volg ons op Facebook",
     "Nieuwe brug voor de haven De gemeenteraad keurde maandag de begroting goed. "
     "Voorlezen 3 minuten per dag helpt, zegt de bibliotheek."),
    ("Voorlezen3 minNieuwe brug voor de haven.De gemeenteraad keurde maandag de "
     "begroting goed.Volg ons op Facebook",
     "Nieuwe brug voor de haven.De gemeenteraad keurde maandag de begroting goed."),
    ("Vorlesen\n4 minNeue Brücke für den Hafen\n\n"
     "Der Stadtrat hat am Montag den Haushalt beschlossen.\n\nVorlesen\n"
     "15 Minuten lang sprach der Bürgermeister.",
     "Neue Brücke für den Hafen\n\nDer Stadtrat hat am Montag den Haushalt beschlossen."
     "\n\n15 Minuten lang sprach der Bürgermeister."),
    ("Listen to this article\n2 minHarbour bridge approved\n\nMerken\n5 minWalk to the "
     "station, the guide says.",
     "Harbour bridge approved\n\n5 minWalk to the station, the guide says."),
]


@pytest.mark.parametrize(("text", "kept"), PLAYERS)
def test_a_read_aloud_button_and_its_glued_minutes_go(text: str, kept: str) -> None:
    assert clean(text) == kept


# An ad break that markup glued into the middle of a sentence, between two small
# letters, in a text with other units (an ad label's line): it goes, and leaves one
# space between the sentence's words. Beside it, the same words after a space, a break
# glued before a capital, and a sentence that names the break, which stay.
INSIDE = [
    ("nl", "De bouw van de nieuwe brug begint volgens de wethouder erLees verder na de "
     "advertentiein het voorjaar.",
     "De bouw van de nieuwe brug begint volgens de wethouder er in het voorjaar.",
     "Advertentie"),
    ("en", "Officials said work on the new bridge wouldContinue reading after the "
     "advertisementbegin in the spring.",
     "Officials said work on the new bridge would begin in the spring.", "Advertisement"),
    ("de", "Die Arbeiten an der neuen Brücke sollen nach Angaben der StadtWeiterlesen nach "
     "der Anzeigeim Frühjahr beginnen.",
     "Die Arbeiten an der neuen Brücke sollen nach Angaben der Stadt im Frühjahr beginnen.",
     "Anzeige"),
    ("es", "Las obras del nuevo puente comenzaránSigue leyendo tras la publicidaden "
     "primavera.",
     "Las obras del nuevo puente comenzarán en primavera.", "Publicidad"),
]
KEPT_BESIDE = [
    "The banner read Continue reading after the ad in small print.",
    "Readers saw the line Continue reading after the adAnd then nothing.",
    # A break that ends on "ad", which starts too many words, stays glued or not.
    "The board said it wouldContinue reading after the adjournment, the chair said.",
    # A break that runs on into its noun's plural.
    "Het bureau zei dat weLees verder na de advertenties van de krant zouden zien.",
]


@pytest.mark.parametrize(("lang", "text", "kept", "label"), INSIDE, ids=[i[0] for i in INSIDE])
def test_an_ad_break_glued_inside_a_sentence_goes(lang: str, text: str, kept: str,
                                                   label: str) -> None:
    beside = "\n\n".join(KEPT_BESIDE)
    assert clean(f"{text}\n\n{label}\n\n{beside}") == f"{kept}\n\n{beside}"


# An article's toolbar, its font-size buttons among its print, dark-mode and share
# buttons parted by runs of spaces, as a line or flattened before the headline, in a
# text with other units (an ad label): it goes. Beside it, a grade table's row and a
# sentence with the same words, which stay (the row's runs of spaces made one).
TOOLBARS = [
    ("Print  A-  A+  Dark mode\n\nHarbour bridge approved\n\nAdvertisement\n\n"
     "Team  A  A  Points\n\nThe print edition will share the dark mode design.",
     "Harbour bridge approved\n\nTeam A A Points\n\n"
     "The print edition will share the dark mode design."),
    ("Advertisement\n\nSchriftgröße  A  A  A    Drucken    Teilen Neue Brücke für den Hafen "
     "Der Stadtrat hat am Montag den Haushalt beschlossen.",
     "Neue Brücke für den Hafen Der Stadtrat hat am Montag den Haushalt beschlossen."),
    ("Publicité\n\nLe conseil a adopté le budget. Imprimer  A-  A+  Partager Les travaux "
     "commenceront au printemps.",
     "Le conseil a adopté le budget. Les travaux commenceront au printemps."),
]


@pytest.mark.parametrize(("text", "kept"), TOOLBARS)
def test_a_toolbar_goes(text: str, kept: str) -> None:
    assert clean(text) == kept
