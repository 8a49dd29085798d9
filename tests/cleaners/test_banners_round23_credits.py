"""Banners, round 23 (written-22): a paywall's sign-in question that asks for an account
rather than a subscription (Finnish "Onko sinulla jo tunnukset? Kirjaudu sisään"): a
button line, taken next to a wall only. The same words in an article's how-to, with no
wall, and a sentence that goes on after them, stay. Axeptio's credit line under its
buttons ("Consentements certifiés par Axeptio") goes right under the wall's block only;
a blank line under it, the words may be an article's subhead (see
test_banners_round23_review2). All text here is written for these tests.
"""

from __future__ import annotations

import pytest

from cleantext import clean

FI_ARTICLE = ("Kaupunginhallitus päätti maanantaina korjata Hervannan uimahallin katon.\n\n"
              "Työt alkavat syksyllä ja maksavat noin kaksi miljoonaa euroa.")

FR_ARTICLE = ("Le conseil municipal de Quimper a voté lundi la rénovation de la piscine.\n\n"
              "Les travaux commenceront à l'automne et coûteront deux millions d'euros.")

WALLS = [
    (FI_ARTICLE, "Tämä artikkeli on vain tilaajille.\nTilaa nyt 1 kk 1 €\n"
                 "Onko sinulla jo tunnukset? Kirjaudu sisään", "tail"),
    (FR_ARTICLE, "Ce site utilise des cookies !\nNous utilisons des cookies pour mesurer "
                 "l'audience. Vous pouvez changer d'avis à tout moment.\n"
                 "Non merci  Je choisis  OK pour moi\nConsentements certifiés par Axeptio",
     "head"),
]


@pytest.mark.parametrize(("article", "wall", "where"), WALLS, ids=["fi", "fr"])
def test_wall_goes_with_its_last_line(article: str, wall: str, where: str) -> None:
    text = f"{article}\n\n{wall}" if where == "tail" else f"{wall}\n\n{article}"
    assert clean(text) == article


STAY = [
    "Onko sinulla jo tunnukset? Kirjaudu sisään Omakantaan pankkitunnuksilla, neuvoo Kela.",
    "Onko sinulla jo tunnukset? Jos ei, ne saa kirjastosta.\n\nKirjaudu sisään "
    "verkkokirjastoon kirjastokortin numerolla.",
    "Consentements certifiés par Axeptio ou par un autre prestataire : la CNIL veut "
    "contrôler les outils.",
    "La CNIL a examiné les consentements certifiés par Axeptio, a indiqué l'autorité.",
]


@pytest.mark.parametrize("text", STAY, ids=[s[:40] for s in STAY])
def test_same_words_in_an_article_stay(text: str) -> None:
    assert clean(text) == text
