"""The promo cleaner, round 23: page furniture every news site prints.

A header that opens the text with its menu button ("Menu Search Sign in Subscribe").

With article prose, quotes and headlines that use the same words and stay. The wordings
are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]

MENUS = [
    ("Menu Search Sign in Subscribe Shoe factory saved by staff buyout " + EN[0],
     "Shoe factory saved by staff buyout " + EN[0]),
    ("Menu Search Sign in Subscribe\n\nShoe factory saved by staff buyout\n\n" + EN[0],
     "Shoe factory saved by staff buyout\n\n" + EN[0]),
    ("Menú Buscar Suscríbete Iniciar sesión El puerto amplía su muelle\n\n"
     + ARTICLES["es"][0],
     "El puerto amplía su muelle\n\n" + ARTICLES["es"][0]),
]


@pytest.mark.parametrize(("text", "out"), MENUS, ids=[m[1][:20] for m in MENUS])
def test_a_header_with_its_menu_button_goes(text: str, out: str) -> None:
    assert clean(text) == out


MENU_STAYS = [
    "Menu prices rise at the harbour café\n\n" + EN[0],
    "Menu Search Engine launched by a start-up\n\n" + EN[0],
    "Menu Search Business: what the new café offers\n\n" + EN[0],
    EN[0] + "\n\nMenu Search Sign in Subscribe\n\n" + EN[1],
]


@pytest.mark.parametrize("text", MENU_STAYS)
def test_a_headline_that_opens_with_menu_stays(text: str) -> None:
    assert clean(text) == text
