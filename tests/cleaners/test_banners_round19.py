"""Banners, round 19: precision first. Where line breaks went with nothing in their
place, a wall run into the next block ended at the first capital after a lower-case
word that opened a whole article sentence; a live blog's time stamp ("…
feature14:32Ferry …") or a date line before it is no capital, so the wall took the
stamp and the entry's headline with it. A digit run into a wall's last word, or into
its stop, is now a join too, and the wall ends there.

Positive tables: walls glued to the article's next block (a time stamp, a date line,
a headline), where the block must stay whole. Negative tables: article sentences with
the walls' words, quoted, reported, as a condition or a subject, alone, glued and
flattened. All text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round11 as round11
from tests.cleaners import test_banners_round13 as round13

from cleantext import clean

# (language, wall, the article's next block run into it)
_EN_ENTRY = "09:15Ferries cancelledThe harbour master said no boat would sail before noon."
_DE_ENTRY = "09:15Fähren fallen ausDer Hafenmeister sagte, vor Mittag fahre kein Schiff."
GLUED_JOINS = [
    ("en", "Please turn on JavaScript to use this feature", _EN_ENTRY),
    ("en", "Please enable JavaScript to watch this video",
     "3 March: Ferries cancelledThe harbour master said no boat would sail before noon."),
    ("en", "Please enable JavaScript to view the comments powered by Disqus.", _EN_ENTRY),
    ("en", "We use cookies to measure traffic.Accept all",
     "Ferries cancelledThe harbour master said no boat would sail before noon."),
    ("en", "This article is for subscribers only",
     "Ferries cancelledThe harbour master said no boat would sail before noon."),
    ("de", "Bitte aktivieren Sie JavaScript, um diese Funktion zu nutzen", _DE_ENTRY),
    ("de", "Dieser Artikel ist exklusiv für Abonnenten",
     "Fähren fallen ausDer Hafenmeister sagte, vor Mittag fahre kein Schiff."),
    ("es", "Por favor, habilita JavaScript para ver este contenido",
     "09:15Se suspenden los ferrisEl capitán del puerto dijo que no zarpará ningún barco."),
    ("fr", "Veuillez activer JavaScript pour utiliser cette fonctionnalité",
     "09:15Les ferries annulésLe capitaine du port a annoncé qu'aucun bateau ne partirait."),
]


@pytest.mark.parametrize(("lang", "wall", "block"), [
    pytest.param(lang, wall, block, id=f"{lang}: {wall[:30]} / {block[:12]}")
    for lang, wall, block in GLUED_JOINS])
def test_wall_ends_where_its_words_end(lang: str, wall: str, block: str) -> None:
    # At the text's head, and after the article's last sentence run into it.
    assert clean(wall + block) == block
    out = clean("The council met on Monday." + wall + block)
    assert out.endswith(block), out
    assert wall.split()[1] not in out, out


# (language, article sentence): a wall's words, quoted, reported, as a condition or a
# subject, with a time stamp or a date after them.
CONTENT = [
    ("en", "“Please turn on JavaScript to use this feature,” the notice read at 14:32, "
     "the council said."),
    ("en", "The council urged residents to enable JavaScript to use this feature14 of "
     "the new map, she said."),
    ("en", "If JavaScript is disabled, the map shows 12 stops, the guide says."),
    ("en", "Please enable JavaScript, the help desk told callers from 9.30 on Monday."),
    ("de", "„Bitte aktivieren Sie JavaScript“, stand am 3. März auf der Seite, sagte "
     "die Verbraucherschützerin."),
]


@pytest.mark.parametrize("lang, sentence",
                         [pytest.param(lang, s, id=f"{lang}: {s[:50]}") for lang, s in CONTENT])
def test_article_sentence_stays(lang: str, sentence: str) -> None:
    # Alone, between and after the article's paragraphs, flattened.
    round11.test_article_with_the_same_words_stays(lang, sentence)


@pytest.mark.parametrize("unit", [
    "Please turn on JavaScript to use this feature14:32",
    "Please enable JavaScript to view the comments powered by Disqus.14:32",
    "DIESER ARTIKEL IST EXKLUSIV FÜR ABONNENTEN14:32",
])
def test_repeated_wordings_stay_linear(unit: str) -> None:
    # A text made of one wording repeated, glued to a time stamp (round 13's measure).
    round13.test_repeated_wording_stays_linear(unit)
