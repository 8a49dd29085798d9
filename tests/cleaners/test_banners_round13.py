"""Banners, round 13: the walls written-12 showed left behind, and a paywall's offer whose
buttons ran into the article's first sentence where the line breaks were lost.

All text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext.cleaners.banners import banners

# (language, wall with its line breaks lost: its label, an offer with no stop, its button)
OFFER_THEN_BUTTON = [
    ("nl", "Dit artikel is alleen te lezen voor abonnees. Eerste maand gratis Word abonnee"),
    ("fr", "Cet article est réservé aux abonnés. 2 € le premier mois Je m'abonne"),
    ("en", "This article is for subscribers only. First month free Subscribe now"),
]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} offer and button go, the article after them stays")
     for lang, wall in OFFER_THEN_BUTTON],
)
def test_offer_buttons_run_into_the_article_go_with_the_offer(lang: str, wall: str) -> None:
    # The offer's line had no stop, and its button's line none either: the article's
    # first sentence follows the button, and must not be read as more of the offer.
    article = " ".join(ARTICLES[lang])
    assert banners(f"{wall} {article}") == article
