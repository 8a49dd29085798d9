"""The trailers cleaner, round 15: a bare recommendation heading ("Recommended",
"Recomendados", "Consigliati", "Aanbevolen") over its titles.

Every case removes the junk and must keep each word of the article around it; the
negatives keep article text that uses the same words or shapes. The wordings are
written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.linear import cpu_seconds

from cleantext import clean
from cleantext.cleaners.trailers import trailers

# --- a bare recommendation heading over its titles

HEADINGS = [
    ("en", "Recommended", ["Lifeboat crew honoured for storm rescue",
                           "New footbridge opens over the estuary"]),
    ("en", "RECOMMENDED", ["Lifeboat crew honoured for storm rescue",
                           "New footbridge opens over the estuary"]),
    ("es", "Recomendados", ["Cortes de luz en el barrio del puerto",
                            "La romería vuelve tras dos años"]),
    ("it", "Consigliati", ["Nuovo traghetto per le isole da giugno",
                           "La sagra del pesce torna in piazza"]),
    ("pt", "Recomendados", ["Novo cais abre ao público em julho",
                            "Festa do mar regressa ao centro"]),
    ("nl", "Aanbevolen", ["Nieuwe veerboot vaart vanaf juni",
                          "Visfeest keert terug op het plein"]),
]


@pytest.mark.parametrize(("lang", "heading", "titles"), HEADINGS)
def test_a_recommendation_box_at_the_tail_goes(
    lang: str, heading: str, titles: list[str]
) -> None:
    kept = "\n\n".join(ARTICLES[lang])
    assert clean(kept + "\n\n" + "\n".join([heading, *titles])) == kept


@pytest.mark.parametrize(("lang", "heading", "titles"), HEADINGS)
def test_a_recommendation_box_between_paragraphs_goes(
    lang: str, heading: str, titles: list[str]
) -> None:
    first, second = ARTICLES[lang]
    text = f"{first}\n\n" + "\n".join([heading, *titles]) + f"\n\n{second}"
    assert clean(text) == f"{first}\n\n{second}"


@pytest.mark.parametrize(("lang", "heading", "titles"), HEADINGS)
def test_a_recommendation_box_flattened_at_the_end_goes(
    lang: str, heading: str, titles: list[str]
) -> None:
    article = " ".join(ARTICLES[lang])
    assert clean(" ".join([article, heading, *titles])) == article


def test_a_recommendation_box_after_a_keep_reading_link_goes() -> None:
    kept = "\n\n".join(ARTICLES["en"])
    box = "Keep reading\n\nRecommended\n" + "\n".join(HEADINGS[0][2])
    assert clean(f"{kept}\n\n{box}") == kept


_REVIEW = "The Kestrel kettle boils a litre in under two minutes and stays quiet."

RECOMMENDED_STAYS = [
    # A review's verdict as a subhead, its product line, then its prose.
    f"Our verdict\n\nRecommended\nKestrel Luxe steel kettle for small kitchens\n\n{_REVIEW}",
    # The word heading prose, and opening a sentence.
    f"Our verdict\n\nRecommended\n{_REVIEW}",
    f"{_REVIEW}\n\nRecommended by the panel, the kettle went on sale in May.",
    f"{_REVIEW} Recommended reading for owners includes the care guide.",
    # The same shape under "Trending now": one title line, then the article goes on.
    f"{_REVIEW}\n\nTrending now\nKettles that switch off by themselves\n\nThe lid is wide.",
]


@pytest.mark.parametrize("text", RECOMMENDED_STAYS)
def test_recommended_in_article_text_stays(text: str) -> None:
    assert trailers(text) == text


# --- hostile text: the new rules stay linear


@pytest.mark.parametrize("unit", [
    "Recommended\nLifeboat crew honoured for storm rescue\n",
    "Recommended ",
])
def test_a_unit_repeated_stays_linear(unit: str) -> None:
    small = (unit * (25_000 // len(unit) + 1))[:25_000]
    big = (unit * (100_000 // len(unit) + 1))[:100_000]
    trailers(small)  # warm the caches
    assert cpu_seconds(trailers, big, 3) < 10 * cpu_seconds(trailers, small, 3) + 0.05
