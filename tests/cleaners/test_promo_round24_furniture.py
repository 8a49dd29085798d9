"""The promo cleaner, round 24: a page's head and an article's toolbar.

A masthead's date-and-weather bar above the headline; an audio player's label with its
length on a line of its own; a toolbar's save, share and print buttons and its
font-size buttons. With article prose, headlines and lists that use the same words and
stay. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

# (language, the bar)
DATE_BARS = [
    ("en", "Tuesday 3 March 2026 | 11°C Light rain"),
    ("en", "Friday, March 6, 2026 · 48°F Sunny"),
    ("es", "Martes, 3 de marzo de 2026 | Villaverde 14 °C"),
    ("de", "Dienstag, 3. März 2026 | Rottweil 6 °C"),
    ("fr", "mardi 3 mars 2026 Chambéry 8 °C"),
    ("nl", "dinsdag 3 maart 2026 | Zwolle 7°C"),
    ("it", "Martedì 3 marzo 2026 | Cremona 9 °C Nuvoloso"),
]


@pytest.mark.parametrize(("lang", "bar"), DATE_BARS, ids=[b[1][:24] for b in DATE_BARS])
def test_a_date_and_weather_bar_over_the_headline_goes(lang: str, bar: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{bar}\n\n{first}\n\n{second}") == f"{first}\n\n{second}"


def test_the_bar_goes_under_a_skip_link_and_a_menu() -> None:
    first, second = ARTICLES["de"][:2]
    text = (f"Zum Inhalt springen\nLokales  Sport  Kultur\nDienstag, 3. März 2026 | "
            f"Rottweil 6 °C\n\n{first}\n\n{second}")
    assert "Rottweil 6 °C" not in clean(text)
    assert clean(text).endswith(f"{first}\n\n{second}")


BAR_STAYS = [
    # A weather report's first sentence: it runs on, with a stop.
    "Tuesday 3 March 2026 was the coldest day of the winter, at -7 °C.",
    "Dienstag, 3. März 2026: In Rottweil fielen die Temperaturen auf -6 °C, so der "
    "Wetterdienst.",
    # A table's row of a weather log: no weekday.
    "3 March 2026 | Bristol 11°C",
    # A weekday and a date with no temperature: the article's dateline.
    "Tuesday 3 March 2026 | Bristol",
]


@pytest.mark.parametrize("line", BAR_STAYS, ids=[s[:24] for s in BAR_STAYS])
def test_a_sentence_or_a_row_with_a_date_and_a_temperature_stays(line: str) -> None:
    first, second = ARTICLES["en"][:2]
    text = f"{line}\n\n{first}\n\n{second}"
    assert clean(text) == text


def test_a_bar_below_the_articles_first_paragraph_stays() -> None:
    first, second = ARTICLES["en"][:2]
    text = f"{first}\n\nTuesday 3 March 2026 | 11°C Light rain\n\n{second}"
    assert clean(text) == text


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
]


@pytest.mark.parametrize("line", PLAYER_STAYS, ids=[s[:24] for s in PLAYER_STAYS])
def test_a_label_with_more_after_its_length_stays(line: str) -> None:
    first, second = ARTICLES["es"][:2]
    text = f"{first}\n\n{line}\n\n{second}"
    assert line in clean(text)


TOOLBARS = [
    ("de", "Merken  Teilen  Drucken  A A A"),
    ("en", "Save  Share"),
    ("nl", "Deel dit artikel  Bewaren  Printen"),
]


@pytest.mark.parametrize(("lang", "line"), TOOLBARS, ids=[t[1] for t in TOOLBARS])
def test_a_toolbars_buttons_go(lang: str, line: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"


TOOLBAR_STAYS = [
    # A grade row and a rating row: no tool's word.
    "Maths  A A A",
    "Fitch  A+  A  A-",
    # Two plain buttons beside a print word: no set of sizes.
    "Print  A  A  B",
    # The verbs in a sentence.
    "Save the date: the harbour festival returns on 4 July.",
]


@pytest.mark.parametrize("line", TOOLBAR_STAYS, ids=[s[:24] for s in TOOLBAR_STAYS])
def test_rows_and_sentences_that_look_like_a_toolbar_stay(line: str) -> None:
    first, second = ARTICLES["en"][:2]
    text = f"{first}\n\n{line}\n\n{second}"
    assert " ".join(line.split()) in " ".join(clean(text).split())
