"""Banners, round 23: regional "Plus"/"Premium" paywall boxes and metered counters in
the Nordic and Central European languages (the box's heading, its sign-in question,
its trial offer with a price), in every shape round 14 tries (at the head and the tail,
as paragraphs, flattened, glued).

Negative tables: article sentences with the same words (a series an article is part
of, a reader's question in a lead, a price in a report) stay exactly as they are, alone
and around the article's paragraphs, flattened. All text here is written for these
tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round11 as round11
from tests.cleaners import test_banners_round14 as round14
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean

# (language, what it is, wall lines)
WALLS = [
    ("sv", "Plus box with its sign-in question and trial offer",
     ["Den här artikeln ingår i Plus", "Redan prenumerant? Logga in",
      "Prova 1 månad för 1 kr"]),
    ("sv", "Premium box whose sign-in question opens with its verb",
     ["Den här artikeln ingår i Premium", "Är du redan prenumerant? Logga in"]),
    ("sv", "box for subscribers with a meter's count under it",
     ["Den här artikeln är för prenumeranter", "Du har 2 gratis artiklar kvar",
      "Redan prenumerant? Logga in"]),
    ("da", "box with its trial offer", ["Denne artikel er kun for abonnenter",
                                        "Er du allerede abonnent? Log ind",
                                        "Prøv 1 måned for 1 kr."]),
    ("da", "meter's count under the box",
     ["Denne artikel er kun for abonnenter", "Du har 2 gratis artikler tilbage",
      "Er du allerede abonnent? Log ind"]),
    ("nb", "box with its trial offer", ["Denne artikkelen er for abonnenter",
                                        "Er du allerede abonnent? Logg inn",
                                        "Prøv 1 måned for 1 kr"]),
    ("nb", "meter's count under the box",
     ["Denne artikkelen er for abonnenter", "Du har 1 gratis artikkel igjen",
      "Er du allerede abonnent? Logg inn"]),
    ("fi", "meter's count", ["Sinulla on 2 maksutonta artikkelia jäljellä tässä kuussa."]),
    ("pl", "box with its trial offer",
     ["Ten artykuł jest dostępny tylko dla prenumeratorów",
      "Masz już prenumeratę? Zaloguj się", "Wypróbuj 1 miesiąc za 1 zł"]),
    ("pl", "meter's count", ["Zostały Ci 2 darmowe artykuły w tym miesiącu."]),
    ("cs", "box with its trial offer",
     ["Tento článek je dostupný pouze pro předplatitele",
      "Jste již předplatitel? Přihlaste se", "Vyzkoušejte 1 měsíc za 1 Kč"]),
    ("cs", "meter's count", ["Zbývají vám 2 články zdarma tento měsíc."]),
    ("ro", "meter's count", ["Mai ai 2 articole gratuite luna aceasta."]),
    ("hu", "box with its sign-in question and trial offer",
     ["Ez a cikk csak előfizetőknek érhető el", "Már előfizető? Jelentkezzen be",
      "Próbálja ki 1 hónapig 1 Ft-ért"]),
    ("hu", "meter's count", ["Még 2 ingyenes cikket olvashat el ebben a hónapban."]),
]

# (language, article sentence): the boxes' words in an article's own use
CONTENT = [
    ("sv", "Den här artikeln ingår i en serie om skärgårdens färjor."),
    ("sv", "Den här artikeln ingår i Plus-serien om skolan, säger redaktören."),
    ("sv", "Är du redan prenumerant på lokaltidningen? Då får du rabatt på teatern."),
    ("sv", "Den här artikeln är för dig som funderar på att byta elbolag."),
    ("sv", "Du har 2 gratis artiklar kvar att lämna tillbaka, sade bibliotekarien."),
    ("sv", "Den här artikeln är en del av vår serie om skolan."),
    ("da", "Du har 2 gratis artikler tilbage at læse, siger bibliotekaren."),
    ("da", "Prøv 1 måned for 1 kr, lyder tilbuddet fra fitnesscentret."),
    ("fi", "Kokeile 1 kk 1 € -tarjous houkutteli kuntosalille satoja uusia jäseniä."),
    ("fi", "Sinulla on 2 maksutonta artikkelia jäljellä, kertoo sivusto, joka myy "
     "tilauksia."),
    ("pl", "Zostały Ci 2 darmowe artykuły, informuje serwis, który sprzedaje subskrypcje."),
    ("pl", "Darmowe artykuły o zdrowiu cieszą się największą popularnością, wynika z "
     "raportu."),
    ("cs", "Články zdarma čte podle průzkumu většina Čechů, uvedla agentura."),
    ("cs", "Zbývají vám 2 články zdarma, upozorňuje web, který prodává předplatné."),
    ("ro", "Articolele gratuite sunt citite de majoritatea românilor, arată un studiu."),
    ("ro", "Mai ai 2 articole gratuite, scrie pe site, care vinde abonamente."),
    ("hu", "Az ingyenes cikkek olvasottsága nőtt tavaly, közölte a kiadó."),
    ("hu", "Még 2 ingyenes cikket olvashat el, írja az oldal, amely előfizetést árul."),
    ("hu", "Jelentkezzen be a polgármesteri hivatalban, aki lakossági fórumra menne."),
]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {what}") for lang, what, wall in WALLS],
)
def test_wall_goes_in_every_shape(lang: str, wall: list[str]) -> None:
    round14.test_wall_goes_in_every_shape(lang, wall)


# (language, what it is, wall lines): boxes tried as lines and flattened only. Glued, the
# offer's price sign runs into the headline ("1 €Tampereen"), and the Romanian sign-in
# link's "-te" into the offer's "Î": joins no rule reads, where the offer stays.
UNGLUED = [
    ("fi", "box with its trial offer", ["Tämä artikkeli on vain tilaajille",
                                        "Oletko jo tilaaja? Kirjaudu sisään",
                                        "Kokeile 1 kk 1 €"]),
    ("ro", "box with its trial offer",
     ["Acest articol este disponibil doar pentru abonați",
      "Ești deja abonat? Autentifică-te", "Încearcă 1 lună cu 1 leu"]),
]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {what}") for lang, what, wall in UNGLUED],
)
def test_wall_goes_as_lines_and_flattened(lang: str, wall: list[str]) -> None:
    for text, want in every_shape(ARTICLES[lang], wall):
        assert clean(text) == want, text


@pytest.mark.parametrize("lang, sentence",
                         [pytest.param(lang, s, id=f"{lang}: {s[:50]}") for lang, s in CONTENT])
def test_article_sentence_stays(lang: str, sentence: str) -> None:
    round11.test_article_with_the_same_words_stays(lang, sentence)
