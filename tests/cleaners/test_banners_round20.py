"""Banners, round 20: the paywalls and the consent dialog written-19 left. A wall that
names its plan on the article ("Premium" over "This is a Premium article."), a TCF
dialog's vendor count ("Vendors (842)", a tab under its buttons), the German wall in
gendered spelling ("Abonnent:innen", "Abonnent*innen", "Abonnent_innen",
"AbonnentInnen"), the Finnish foot of a paywall that says no "Tämä … on vain
tilaajille" ("Oletko jo tilaaja? Kirjaudu sisään", examined at its "ä"), a wall's login
line, offer and terms run together where their line breaks were lost ("… Inicia
sesiónSuscríbete por 1 € el primer mesSin permanencia."), a Spanish question mark run
into the stop before it (".¿Ya eres …": a sentence starts there), and the plan's label
as a text's first line ("PLUS", also run into the headline with no space) where the text
holds a paywall.

Positive tables: walls as paragraphs, flattened and glued; labels at the head. Negative
tables: article sentences with the same words, quoted, reported, as a condition or a
subject, or right next to a paywall; headlines that start with a label's word; a label
over a cookie banner. All text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round13 as round13
from tests.cleaners import test_banners_round19 as round19
from tests.cleaners._articles import ARTICLES

from cleantext import clean

# (language, what it is, wall lines)
WALLS = [
    ("en", "paywall that names its plan",
     ["Premium", "This is a Premium article.", "Subscribe to continue reading.",
      "Start your free trial"]),
    ("de", "paywall with a gender star",
     ["Dieser Beitrag ist exklusiv für Abonnent*innen. Jetzt Abo abschließen.",
      "Sie sind bereits Abonnent*in? Hier anmelden"]),
    ("de", "paywall with a capital I and an underscore",
     ["Dieser Inhalt ist nur für AbonnentInnen.", "Bereits Abonnent_in? Hier einloggen"]),
    ("es", "login line, offer and terms",
     ["¿Ya eres suscriptor? Inicia sesión", "Suscríbete por 2 € el primer mes",
      "Sin permanencia. Cancela cuando quieras."]),
    ("en", "login line and offer",
     ["Already a subscriber? Sign in", "Subscribe for £2 for the first month",
      "Cancel anytime."]),
    ("fi", "paywall's foot with no 'vain tilaajille'",
     ["Lue koko artikkeli tilaajana", "Tilaa nyt 3 kk 1 €", "Oletko jo tilaaja? Kirjaudu sisään"]),
    # A TCF dialog's vendor count, a tab under its buttons.
    ("en", "TCF dialog's vendor count",
     ["We and our 312 partners use cookies to store information on a device.", "Accept all",
      "Show purposes", "Partners (312)"]),
    ("de", "TCF dialog's vendor count",
     ["Wir und unsere 615 Partner verwenden Cookies, um Informationen auf einem Gerät zu "
      "speichern.", "Akzeptieren", "Anbieter (615)"]),
    ("fr", "TCF dialog's vendor count",
     ["Nous et nos 97 partenaires utilisons des cookies pour stocker des informations sur "
      "un appareil.", "Accepter", "Partenaires (97)"]),
]


@pytest.mark.parametrize(("lang", "what", "wall"), WALLS, ids=[w for _, w, _ in WALLS])
def test_walls_go(lang: str, what: str, wall: list[str]) -> None:
    # As paragraphs, flattened and glued (round 19's shapes).
    round19.test_wall_goes_as_paragraphs_flattened_and_glued(what, lang, wall)


# (language, label, the text's wall at its foot)
LABELS = [
    ("nl", "PLUS", "Lees verder met een abonnement\nAl abonnee? Log in"),
    ("en", "PREMIUM", "This article is for subscribers only\nAlready a subscriber? Sign in"),
    ("de", "ABO",
     "Dieser Artikel ist exklusiv für Abonnent:innen.\nBereits Abonnent:in? Hier anmelden"),
]


@pytest.mark.parametrize(("lang", "label", "wall"), LABELS, ids=[x[1] for x in LABELS])
def test_plan_label_at_the_head_goes(lang: str, label: str, wall: str) -> None:
    a1, a2 = ARTICLES[lang]
    # Its own line (also in title case), then run into the headline, the line breaks
    # lost with nothing in their place (with a space, it is a name: see HEADLINES).
    for head, rest in [(f"{label}\n\n", f"{a1}\n\n{a2}"), (f"{label.title()}\n", f"{a1}\n\n{a2}"),
                       (label, f"{a1}{a2}")]:
        sep = "\n\n" if "\n" in rest else ""
        assert clean(f"{head}{rest}{sep}{wall.replace(chr(10), sep)}") == rest, head


# (language, article sentence): the walls' words, quoted, reported, as a condition or
# a subject, and a Spanish question after a stop with no space.
CONTENT = [
    ("en", "“This is a Premium article,” the banner said, though the story was free to "
     "read, readers said."),
    ("en", "If you need a subscription to read the full story, the library will print it."),
    ("en", "The union said that, to read it, you need a subscription costing £4 a month."),
    ("en", "McLeod's bakery sells bread at £1 for the first month, its owner said."),
    ("de", "„Dieser Artikel ist exklusiv für Abonnent:innen“, stand über dem Text, sagte "
     "die Sprecherin."),
    ("de", "Nur für Abonnent*innen gilt künftig der ermäßigte Eintritt im Stadtmuseum."),
    ("de", "Die Zeitung schreibt, dieser Artikel ist exklusiv für AbonnentInnen, und erntet "
     "dafür Kritik."),
    ("es", "«¿Ya eres suscriptor? Inicia sesión», decía el aviso, según los consumidores."),
    ("es", "El diario cobra 1 € el primer mes, sin permanencia, explicó su director."),
    ("es", "La obra terminó.¿Qué pasará con el tren?¡Nadie lo sabe!"),
    ("fi", "”Lue koko juttu tilaajana”, kehotti mainos, mutta moni ei maksanut, sanoi tutkija."),
    ("fi", "Jos Kirjaudu sisään -painike ei toimi, kirjaston henkilökunta auttaa asiakkaita."),
    ("fi", "Tilaa nyt 1 kk 1 € oli lehden mainoslause koko syksyn, kertoi päätoimittaja."),
    ("es", "¿Ya eres suscriptora de Filmin? Estos son los estrenos de marzo en la plataforma."),
]


@pytest.mark.parametrize(("lang", "sentence"), CONTENT, ids=[s[:40] for _, s in CONTENT])
def test_article_sentences_stay(lang: str, sentence: str) -> None:
    round19.test_wall_words_in_an_article_stay(lang, sentence)


# A paywall per language, for the sentences next to one (NEAR_WALL).
PAYWALLS = {
    "en": "Subscribe to continue reading.\nAlready a subscriber? Log in",
    "fi": "Tämä artikkeli on vain tilaajille.\nOletko jo tilaaja? Kirjaudu sisään",
}
# (language, article sentence) that a wall's wording starts, or that names a price for
# a first month, right before or right after a paywall.
NEAR_WALL = [
    ("en", "This is a premium article of faith for the club's fans, who pay £40 a season."),
    ("en", "This is a premium piece of software, and at $300 a seat it is priced like one."),
    ("en", "This is a premium story in every sense: the suites cost £2,000 a night."),
    ("en", "This is a subscriber-only story at the Herald, but the council has published "
     "the report."),
    ("en", "Members will pay £3 for the first month, then £9 after that."),
    ("fi", "Uimahallin kausikortti maksaa 1 kk 25 euroa."),
]


@pytest.mark.parametrize(("lang", "sentence"), NEAR_WALL, ids=[s[:40] for _, s in NEAR_WALL])
def test_article_sentence_next_to_a_paywall_stays(lang: str, sentence: str) -> None:
    a1, a2 = ARTICLES[lang]
    wall = PAYWALLS[lang]
    for sep in ["\n\n", " "]:
        for before, after in [(f"{a1}{sep}{sentence}", f"{a2}"), (a1, f"{sentence}{sep}{a2}")]:
            kept = f"{before}{sep}{after}"
            text = f"{before}{sep}{wall.replace(chr(10), sep)}{sep}{after}"
            assert clean(text) == kept, text


# Headlines that start with a label's word, over an article with a wall at its foot:
# prose, and a name in capitals (a PLUS shop bears its owner's name).
HEADLINES = ["Plus de 200 personnes ont manifesté samedi à Brest", "PLUS DE 200 PERSONNES",
             "PLUSIEURS Bakkers sluiten hun deuren", "Premium bonds pay out less this year",
             "Plus: the mayor on the new bridge", "PLUS Van Dijk opent nieuwe winkel in Zwolle",
             "ABO Wind plant Solarpark bei Mainz", "PREMIUM Bonds: who won this month"]


@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_with_a_label_word_stays(headline: str) -> None:
    text = "\n\n".join([headline, *ARTICLES["nl"]])
    assert clean(f"{text}\n\nLees verder met een abonnement\nAl abonnee? Log in") == text


@pytest.mark.parametrize("label", ["Plus", "PREMIUM"])
def test_label_over_a_cookie_banner_stays(label: str) -> None:
    # The label goes only where the text holds a paywall, not a cookie banner.
    text = "\n\n".join([label, *ARTICLES["en"]])
    banner = "We use cookies to improve your experience on our site.\nAccept all"
    assert clean(f"{text}\n\n{banner}") == text


LINEAR = [
    "¿Ya eres suscriptor? Inicia sesiónSuscríbete por 1 € el primer mesSin permanencia.",
    "Dieser Artikel ist exklusiv für Abonnent:innen.",
    "Oletko jo tilaaja? Kirjaudu sisään\n",
    "PLUS\nThis is a Premium article. ",
]


@pytest.mark.parametrize("unit", LINEAR)
def test_new_wordings_stay_linear(unit: str) -> None:
    # A text made of one of them repeated (round 13's measure).
    round13.test_repeated_wording_stays_linear(unit)
