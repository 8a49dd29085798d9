"""The promo cleaner, round 24: an audio player's label with its length on a line of its
own goes; the label with a sentence after its minutes, and minutes after a word that
names no player, stay. The wordings are written for these tests."""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

PLAYERS = [
    ("es", "Escuchar noticia · 4 min"),
    ("de", "Artikel anhören · 5 Min."),
    ("it", "Ascolta l'articolo 3 min"),
    ("fr", "Écouter l'article · 6 min"),
]


@pytest.mark.parametrize(("lang", "line"), PLAYERS, ids=[p[1] for p in PLAYERS])
def test_a_player_label_with_its_length_goes(lang: str, line: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"


PLAYER_STAYS = [
    # The label with more words after its minutes: a sentence.
    "Escuchar noticia · 4 min de lectura sobre el puerto y sus obras",
    # Minutes after a word that names no player.
    "Tipps · 4 min",
    # English "Listen" is a podcast's note as often as a player's label.
    "Listen · 45 min",
]


@pytest.mark.parametrize("line", PLAYER_STAYS, ids=[s[:24] for s in PLAYER_STAYS])
def test_a_label_with_more_after_its_length_stays(line: str) -> None:
    first, second = ARTICLES["es"][:2]
    text = f"{first}\n\n{line}\n\n{second}"
    assert line in clean(text)
