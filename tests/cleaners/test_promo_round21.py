"""The promo cleaner, round 21: a republish box's licence line and embed prompt under
its heading; a channel ask in the vos of Argentina and Uruguay ("Sumate a nuestro
canal de WhatsApp").

Each in the shapes the family allows, with article prose that uses the same words and
stays. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean

EN = ARTICLES["en"]
ES = ARTICLES["es"]


# --- the republish box -----------------------------------------------------------------

# A Creative Commons republish box: its heading, the licence of the page's story in
# full, the embed prompt.
REPUBLISH = [
    ["Republish this story",
     "This work is licensed under a Creative Commons Attribution 4.0 International License.",
     "Copy the HTML below"],
    ["Republish this article",
     "This article is licensed under a Creative Commons Attribution-NonCommercial 4.0 "
     "International License.",
     "Copy and paste the HTML below to republish this story."],
]


@pytest.mark.parametrize("box", REPUBLISH, ids=["story", "article"])
def test_a_republish_box_goes_whole(box: list[str]) -> None:
    kept = "\n\n".join(EN)
    assert clean(kept + "\n\n" + "\n".join(box)) == kept
    assert clean(EN[0] + "\n\n" + "\n".join(box) + "\n\n" + EN[1]) == kept


# Article lines on a licence, or on the HTML, that stay: a licence named short, quoted,
# reported, on a condition; the embed words reported.
LICENCE_PROSE = [
    "This work is licensed under a Creative Commons licence, which lets other papers "
    "reprint it.",
    "«This work is licensed under a Creative Commons Attribution licence», the sign says.",
    "This work is licensed under a Creative Commons Attribution licence, the archive said.",
    "If this work is licensed under a Creative Commons Attribution licence, schools may "
    "copy it.",
    "Copy the HTML below, the agency told partner papers, and credit the author.",
]


@pytest.mark.parametrize("line", LICENCE_PROSE, ids=repr)
@pytest.mark.parametrize("join", ["\n\n", " "], ids=["line", "space"])
def test_licence_prose_stays(line: str, join: str) -> None:
    text = join.join([EN[0], line, EN[1]])
    assert clean(text) == text


# --- the channel ask in voseo ----------------------------------------------------------

CHANNEL_ASKS = [
    "Sumate a nuestro canal de WhatsApp",
    "Unite a nuestro canal de Telegram y recibí las noticias del barrio.",
    "Súmate a nuestro canal de WhatsApp",
]


@pytest.mark.parametrize("ask", CHANNEL_ASKS, ids=repr)
def test_a_channel_ask_goes(ask: str) -> None:
    for text, kept in every_shape(ES, [ask]):
        assert clean(text) == kept
    # Glued between two sentences of flattened text.
    assert clean(f"{ES[0]}{ask}{ES[1]}") == f"{ES[0]} {ES[1]}"


# The ask quoted or reported by the article: it stays.
CHANNEL_PROSE = [
    "«Sumate a nuestro canal de WhatsApp», pidió el presidente a los socios.",
    "Sumate a nuestro canal de WhatsApp, pidió el presidente a los socios.",
    "La directiva pidió a los vecinos: «Sumate a nuestro canal de socios».",
]


@pytest.mark.parametrize("line", CHANNEL_PROSE, ids=repr)
@pytest.mark.parametrize("join", ["\n\n", " "], ids=["line", "space"])
def test_a_channel_ask_in_prose_stays(line: str, join: str) -> None:
    text = join.join([ES[0], line, ES[1]])
    assert clean(text) == text
