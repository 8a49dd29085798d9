"""The promo cleaner, round 23: page furniture every news site prints.

A breadcrumb trail that opens flattened text down to a regional section and its place
("Accueil > Régions > Liège-Verviers Le marché …"): the place's one word goes with the
trail when the headline after it opens with a capitalised article before a small word.

With article prose, quotes and headlines that use the same words and stay. The wordings
are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]

# (flattened text that opens with a trail, what is left of it)
CRUMBS = [
    ("Home › Regio › Zeeland De veerdienst krijgt een elektrische boot. " + ARTICLES["nl"][0],
     "De veerdienst krijgt een elektrische boot. " + ARTICLES["nl"][0]),
    ("Accueil > Régions > Liège-Verviers Le marché de Noël ouvrira plus tôt. "
     + ARTICLES["fr"][0],
     "Le marché de Noël ouvrira plus tôt. " + ARTICLES["fr"][0]),
    ("Accueil > Régions > Liège L'entrée du marché sera gratuite. " + ARTICLES["fr"][0],
     "L'entrée du marché sera gratuite. " + ARTICLES["fr"][0]),
    ("Início > Local > Braga A biblioteca abre à noite. " + ARTICLES["pt"][0],
     "A biblioteca abre à noite. " + ARTICLES["pt"][0]),
    ("Inicio > Local > Cádiz El puerto amplía su muelle. " + ARTICLES["es"][0],
     "El puerto amplía su muelle. " + ARTICLES["es"][0]),
    ("Home › Regioni › Liguria Il porto di Genova amplia il molo. " + ARTICLES["it"][0],
     "Il porto di Genova amplia il molo. " + ARTICLES["it"][0]),
]


@pytest.mark.parametrize(("text", "out"), CRUMBS, ids=[c[1][:20] for c in CRUMBS])
def test_a_trail_down_to_a_place_goes_before_its_headline(text: str, out: str) -> None:
    assert clean(text) == out


CRUMB_STAYS = [
    # The trail may end at its regional section, the headline opening with a place's
    # name of two words: no capitalised article shows where a place's word would end.
    "Home › Regio › Zeeland Veerdienst Breskens krijgt een elektrische boot. "
    + ARTICLES["nl"][0],
    "Home › Regio › Oost Gelre krijgt een nieuwe school. " + ARTICLES["nl"][0],
    "Início > Local > Braga Biblioteca de Fonte Seca abre à noite. " + ARTICLES["pt"][0],
    # A capitalised article before a capital is a name's.
    "Accueil > Régions > Paris La Défense accueille un marché. " + ARTICLES["fr"][0],
    "Accueil > Régions > Normandie Le Havre accueille un marché. " + ARTICLES["fr"][0],
    # English headlines are title case: "Harbour" may be the headline's.
    "Home › News › Local › Harbour Road Closed For Repairs " + EN[0],
    "Home › Local › Harbour Road closed for repairs. " + EN[0],
    # Not a regional section before the last item.
    "Accueil > Actualités > Herbeumont Le marché de Noël ouvrira plus tôt. "
    + ARTICLES["fr"][0],
    # Not at the text's start.
    ARTICLES["nl"][0] + " Home › Regio › Zeeland Veerdienst krijgt een boot.",
    # A trail's line of its own is the line rule's; a headline after a lower-case word.
    "Home › Regio › Zeeland krijgt een nieuwe veerboot. " + ARTICLES["nl"][0],
]


@pytest.mark.parametrize("text", CRUMB_STAYS)
def test_other_trails_stay(text: str) -> None:
    assert clean(text) == text
