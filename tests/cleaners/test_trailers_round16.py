"""The trailers cleaner, round 16: a read-also title whose last word is a compound
("clear-up", "drop-in", "sit-in", "come-back") run into the next block's first word
where blocks were joined by nothing ("… after storm clear-upThe trust …").

Every case removes the link and its title and must keep each word of the article around
it; the negatives keep compounds and names whose inner capital starts no block. (A
compound that opens with a capital, as German nouns do, is read as before.) The
wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.linear import assert_linear

from cleantext import clean
from cleantext.cleaners.trailers import trailers

# (text before, link, a title ending in a compound, the article sentence after it)
COMPOUNDS = [
    ('The lake "will look after itself," the warden said.', "You might also like: ",
     "Riverside path reopens after storm clear-up",
     "The trust plans two bird hides near the north shore."),
    ("The warden spoke on Monday.", "Read more: ", "Harbour cafe becomes a weekly drop-in",
     "The trust plans two bird hides near the north shore."),
    ("The warden spoke on Monday.", "Also read: ", "Students stage a week-long sit-in",
     "Their union said it would meet the dean again."),
    ("De boswachter sprak maandag.", "Lees ook: ", "Studenten houden een sit-in",
     "De gemeente wil maandag met hen praten."),
    ("Le garde a parlé lundi.", "Lire aussi : ", "La fête du port fait son come-back",
     "Les travaux commenceront au printemps."),
    ("El guarda habló el lunes.", "Leer más: ", "El club de remo vuelve al pre-olímpico",
     "Las obras del nuevo puente comenzarán en primavera."),
]


@pytest.mark.parametrize("case", COMPOUNDS, ids=lambda case: case[2])
def test_a_glued_title_ending_in_a_compound_goes(case: tuple[str, str, str, str]) -> None:
    before, link, title, after = case
    text = f"{before}{link}{title}{after}"
    assert _same(trailers(text), f"{before}{after}")
    # ... and in the whole pipeline, no word of the title is left.
    out = clean(text)
    assert _same(out, f"{before}{after}")
    assert title.rsplit(maxsplit=1)[-1] not in out


STAYS = [
    # A compound's last part of one letter before a capital: a name written so.
    "The warden spoke.Read more: Shops that sold the pre-iPhone models close",
    # A name with a particle and a hyphen: the capital is the name's.
    "The warden spoke.Read more: Talks with the von-der-Leyen office resume",
]


@pytest.mark.parametrize("text", STAYS)
def test_a_compound_before_a_names_capital_ends_no_title(text: str) -> None:
    # The title runs to the end of the text: it goes whole, and nothing is split inside it.
    assert _same(trailers(text), "The warden spoke.")


PROSE = [
    # Article prose with compounds and no link: nothing goes.
    "The storm clear-up took a week.The trust plans two bird hides near the north shore.",
    "Students held a week-long sit-in.Their union said it would meet the dean again.",
]


@pytest.mark.parametrize("text", PROSE)
def test_compounds_in_article_prose_stay(text: str) -> None:
    assert trailers(text) == text


@pytest.mark.parametrize("unit", ["Read more: a clear-upThe ", "clear-up-up-upThe ",
                                  "a-b-c-dThe"], ids=["linked", "hyphens", "letters"])
def test_glued_compounds_repeated_are_linear(unit: str) -> None:
    small = "The warden spoke." + unit * (25_000 // len(unit))
    big = "The warden spoke." + unit * (100_000 // len(unit))
    assert_linear(trailers, small, big, slack=0.05, small_runs=3)


# --- a read-also heading run into a block that ends in a lower-case word, at the tail

# (the article, a block that ends with no stop, a read-also heading, its titles glued)
GLUED_TAILS = [
    ("The road reopens on Friday.", "Get the app for traffic alerts", "MORE STORIES:",
     ["Harbour lift closes for repairs", "School bus timetable changes in May"]),
    ("Die Straße ist ab Freitag wieder frei.", "Quelle: Kreisbote, red/dpa",
     "Weitere Artikel", ["Hafenaufzug wird repariert", "Neuer Busfahrplan ab Mai"]),
    ("La carretera reabre el viernes.", "Síguenos en las redes", "Otras noticias",
     ["El ascensor del puerto cierra por obras", "Cambia el horario del autobús"]),
    ("De weg gaat vrijdag weer open.", "Volg ons op sociale media", "Lees ook",
     ["Havenlift gaat dicht voor onderhoud", "Nieuwe dienstregeling voor de bus"]),
]


@pytest.mark.parametrize("case", GLUED_TAILS, ids=lambda case: case[2])
def test_a_glued_list_heading_and_its_titles_end_the_text(
    case: tuple[str, str, str, list[str]]
) -> None:
    article, block, heading, titles = case
    out = trailers(article + block + heading + "".join(titles))
    assert out == article + block
    for title in titles:
        assert title not in out


GLUED_PROSE = [
    # Prose after the heading's words: a sentence, no titles.
    "The road reopens on Friday.Get the app for alertsMore stories are on the app.",
    # A title, then an article sentence after it: no tail of titles.
    "The road reopens on Friday.Get the app for alertsMORE STORIES:Harbour lift closes "
    "for repairs. The mayor spoke on Monday.",
    # The heading's words after a space inside prose: no junction of blocks.
    "The paper said more stories were coming in the spring about the harbour lift",
]


@pytest.mark.parametrize("text", GLUED_PROSE)
def test_article_text_after_a_glued_heading_stays(text: str) -> None:
    assert trailers(text) == text


@pytest.mark.parametrize("unit", ["alertsMORE STORIES:Harbour lift closes",
                                  "xWeitere ArtikelHafen", "a More stories "],
                         ids=["headings", "glued German", "spaced"])
def test_glued_list_headings_repeated_are_linear(unit: str) -> None:
    small = "The road reopens." + unit * (25_000 // len(unit))
    big = "The road reopens." + unit * (100_000 // len(unit))
    assert_linear(trailers, small, big, slack=0.05, small_runs=3)
