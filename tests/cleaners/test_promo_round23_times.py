"""The promo cleaner, round 23: page furniture every news site prints.

A time stamp relative to now on a line of its own ("Updated 3 min ago", "Actualizado
hace 5 minutos", "Aktualisiert vor 3 Minuten", …): the page's, never the article's.
Google's preferred-source button on a line of its own ("Add <site> as a preferred
source on Google").

With article prose, quotes and headlines that use the same words and stay. The wordings
are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]
HEAD = "Bus drivers reject fresh pay offer"

# (language, time stamp line)
TIMES = [
    ("en", "Updated 3 min ago"),
    ("en", "Published 2 hours ago"),
    ("en", "Last updated: 25 minutes ago"),
    ("en", "• Posted an hour ago"),
    ("es", "Actualizado hace 5 minutos"),
    ("pt", "Atualizado há 2 horas"),
    ("nl", "Bijgewerkt 10 minuten geleden"),
    ("de", "Aktualisiert vor 3 Minuten"),
    ("de", "Veröffentlicht vor 2 Std."),
    ("fr", "Mis à jour il y a 2 heures"),
    ("it", "Aggiornato 5 minuti fa"),
]


@pytest.mark.parametrize(("lang", "line"), TIMES, ids=[t[1] for t in TIMES])
def test_a_time_stamp_line_goes(lang: str, line: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{line}\n\n{HEAD}\n\n{first}\n\n{second}") == \
        f"{HEAD}\n\n{first}\n\n{second}"
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"


TIME_STAYS = [
    # In a sentence, the words are the article's.
    f"{EN[0]}\n\nUpdated 3 min ago, the figures showed turnout had risen.\n\n{EN[1]}",
    f"{EN[0]}\n\nThe timetable was updated 3 min ago, a spokesman said.\n\n{EN[1]}",
    f"{EN[0]}\n\nPublished 2 hours ago, the report has already been withdrawn.\n\n{EN[1]}",
    "Aktualisiert vor 3 Minuten: Die Stadt hat den Haushalt beschlossen\n\n"
    + ARTICLES["de"][0],
    # An absolute date is the article's own date line.
    f"Updated 28 November 2026, 14:05\n\n{EN[0]}\n\n{EN[1]}",
    # Words, not a number: prose.
    f"{EN[0]}\n\nUpdated two hours ago\n\n{EN[1]}",
]


@pytest.mark.parametrize("text", TIME_STAYS)
def test_time_words_in_prose_stay(text: str) -> None:
    assert clean(text) == text


PREFERRED = [
    "⭐ Add Hamblecote Herald as a preferred source",
    "Add The Gazette as a preferred source on Google",
]


@pytest.mark.parametrize("line", PREFERRED)
def test_the_preferred_source_button_goes(line: str) -> None:
    assert clean(f"{EN[0]}\n\n{line}\n\n{EN[1]}") == f"{EN[0]}\n\n{EN[1]}"
    assert clean(f"{EN[0]}\n\n{EN[1]}\n\n{line}") == f"{EN[0]}\n\n{EN[1]}"


PREFERRED_STAYS = [
    f"{EN[0]}\n\nReaders can add the Gazette as a preferred source on Google.\n\n{EN[1]}",
    f"{EN[0]}\n\nAdd more buses as a preferred source of transport\n\n{EN[1]}",
    f"{EN[0]}\n\nAdd the Gazette as a preferred source, the help page says.\n\n{EN[1]}",
    f"{EN[0]}\n\nAdd the Gazette as a preferred source on Google and more news "
    f"follows.\n\n{EN[1]}",
]


@pytest.mark.parametrize("text", PREFERRED_STAYS)
def test_preferred_source_prose_stays(text: str) -> None:
    assert clean(text) == text


# Flattened text: the stamp at the text's start before the headline, after a space or
# glued to it.
FLAT = [
    ("Updated 3 min ago Bus drivers reject fresh pay offer " + EN[0],
     "Bus drivers reject fresh pay offer " + EN[0]),
    ("Updated 3 min agoBus drivers reject fresh pay offer " + EN[0],
     "Bus drivers reject fresh pay offer " + EN[0]),
    ("Aktualisiert vor 3 Minuten Busfahrer lehnen Angebot ab " + ARTICLES["de"][0],
     "Busfahrer lehnen Angebot ab " + ARTICLES["de"][0]),
    ("Actualizado hace 5 minutosEl puerto amplía su muelle " + ARTICLES["es"][0],
     "El puerto amplía su muelle " + ARTICLES["es"][0]),
]


@pytest.mark.parametrize(("text", "out"), FLAT, ids=[f[0][:26] for f in FLAT])
def test_a_time_stamp_goes_before_a_flattened_headline(text: str, out: str) -> None:
    assert clean(text) == out


FLAT_STAYS = [
    "Posted an hour ago by the council, the notice warns of delays. " + EN[0],
    "Updated 3 min ago, the timetable shows fewer buses. " + EN[0],
    EN[0] + " Updated 3 min ago Bus drivers reject fresh pay offer.",
]


@pytest.mark.parametrize("text", FLAT_STAYS)
def test_a_stamp_in_flattened_prose_stays(text: str) -> None:
    assert clean(text) == text
