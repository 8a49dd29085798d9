"""Banners, round 23: a wall's last stop run into the article's first sentence where a
line break was lost, the sentence's first word one letter (an article: Hungarian and
Portuguese "A"): the wall ends at its stop, the sentence stays. All text here is
written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean


# A wall's last stop run into the article's first sentence, whose first word is one
# letter ("… érhető el.A debreceni …", "… assinantes.A câmara …"): the sentence stays.
@pytest.mark.parametrize(("wall", "lang"), [
    ("Ez a cikk csak előfizetőink számára érhető el.", "hu"),
    ("Conteúdo exclusivo para assinantes.", "pt"),
])
def test_one_letter_word_after_a_glued_stop_stays(wall: str, lang: str) -> None:
    first = {"hu": "A debreceni közgyűlés hétfőn döntött egy új uszoda építéséről.",
             "pt": "A câmara aprovou na segunda-feira o orçamento do porto."}[lang]
    second = ARTICLES[lang][1]
    assert clean(f"{wall}{first}{second}") == f"{first}{second}"


# The same join inside a wall: a button of one letter's words after its stop ("I
# accept") is no article sentence, and the wall goes on through it.
def test_button_after_a_glued_stop_stays_in_the_wall() -> None:
    kept = "\n\n".join(ARTICLES["en"])
    wall = "This website uses cookies to improve your experience.I accept"
    assert clean(f"{wall}\n\n{kept}") == kept
