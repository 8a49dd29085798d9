"""The trailers cleaner, round 24.

- an aggregator's source line that ends the text, the paper and the aggregator that
  carried its story on each side of "via" ("Source: Harbour Notes via NewsNow", "Fuente:
  El Faro del Sil vía Agregador Noticias CyL", "Quelle: beispiel-bote.de via
  News-Aggregator Süd", "Bron: Polder Nu via Nieuwsoverzicht Zeeland"), with the paper's
  address in brackets too; as its own line, run into the last sentence and glued to it.
  A source line whose "via" has prose on either side stays, as does a sentence that says
  how a story spread;
- a Dutch republished story's permission note at the text's end ("Dit artikel is
  afkomstig van <site> en wordt hier met toestemming gepubliceerd."); the same words
  with the article going on after them, or about a report, stay.

Every junk unit must go and every article word around it stay; the negatives are
article prose in the same words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.cleaners.test_trailers_round17 import _shapes
from tests.linear import assert_linear

from cleantext.cleaners.trailers import trailers

# --- an aggregator's source line ---------------------------------------------------------

AGGREGATOR_LINES = [
    ("en", "Source: Harbour Notes via NewsNow"),
    ("en", "Source: Harbour Notes (https://harbournotes.example) via NewsNow"),
    ("en", "Source: harbournotes.example via Local News Hub"),
    ("es", "Fuente: El Faro del Sil vía Agregador Noticias CyL"),
    ("es", "Fuente: El Faro del Sil (https://elfarodelsil.example) vía Agregador de Noticias"),
    ("de", "Quelle: beispiel-bote.de via News-Aggregator Süd"),
    ("de", "Quelle: Beispieler Bote via Nachrichten Süd"),
    ("nl", "Bron: Polder Nu via Nieuwsoverzicht Zeeland"),
    ("fr", "Source : Le Petit Phare via Actu Régions"),
    ("it", "Fonte: Il Faro di Sotto via Notizie Locali"),
    ("pt", "Fonte: Gazeta do Porto Velho via Agregador Notícias"),
]


@pytest.mark.parametrize(("lang", "line"), AGGREGATOR_LINES)
@pytest.mark.parametrize("shape", [0, 1, 2])
def test_an_aggregators_source_line_at_the_end_goes(lang: str, line: str, shape: int) -> None:
    text, kept = _shapes(ARTICLES[lang], line)[shape]
    assert _same(trailers(text), kept)


@pytest.mark.parametrize("text", [
    # Prose on either side of "via": a source that is no name.
    "The figures were released on Friday.\n\nSource: figures via a records request",
    "The figures were released on Friday.\n\nSource: officials via email",
    # A sentence that says how a story spread, who carried whom.
    "The story spread via NewsNow and Google News within the hour.",
    "The council met.\n\nThe report reached the paper via NewsNow.",
    "Local papers are read via aggregators. Harbour Notes via NewsNow reached 10,000 readers.",
    # A quoted source line inside an article.
    'The page ended with "Source: Harbour Notes via NewsNow", the editor said.',
    # A bare address after the word: a "Source: <url>" line, not a name.
    "The council met.\n\nSource: https://harbournotes.example via NewsNow",
])
def test_a_via_that_is_no_aggregators_credit_stays(text: str) -> None:
    assert trailers(text) == text


def test_an_aggregators_line_in_the_middle_stays() -> None:
    text = ("The council met.\n\nSource: Harbour Notes via NewsNow\n\n"
            "Officials said the bridge would open in the spring, and the mayor agreed.")
    assert trailers(text) == text


# --- a Dutch permission note -------------------------------------------------------------

NL_NOTES = [
    "Dit artikel is afkomstig van Polder Nu en wordt hier met toestemming gepubliceerd.",
    "Dit artikel is afkomstig van Polder Nu en wordt hier gepubliceerd met toestemming.",
    "Dit artikel is afkomstig van poldernu.example en is met toestemming overgenomen.",
    "Dit artikel is met toestemming overgenomen van Polder Nu.",
]


@pytest.mark.parametrize("note", NL_NOTES)
@pytest.mark.parametrize("shape", [0, 1, 2])
def test_a_dutch_permission_note_at_the_end_goes(note: str, shape: int) -> None:
    text, kept = _shapes(ARTICLES["nl"], note)[shape]
    assert _same(trailers(text), kept)


def test_a_permission_note_and_the_aggregators_line_go_together() -> None:
    body = " ".join(ARTICLES["nl"])
    text = f"{body} {NL_NOTES[0]} Bron: Polder Nu via Nieuwsoverzicht Zeeland"
    assert _same(trailers(text), body)


def test_a_permission_note_after_a_quotation_in_straight_quotes_goes() -> None:
    body = "De raad stemde in. De wethouder zei: 'Die moeten toch ergens leren zwemmen.'"
    assert _same(trailers(f"{body} {NL_NOTES[1]}"), body)
    assert _same(trailers(f"{body}\n\n{NL_NOTES[1]}"), body)


@pytest.mark.parametrize("text", [
    # After a colon or a word's apostrophe, not after a sentence: someone's words.
    "De wethouder zei: 'Dit artikel is afkomstig van Polder Nu en wordt hier met "
    "toestemming gepubliceerd.'",
    "Hij vroeg 's Dit artikel is afkomstig van Polder Nu en wordt hier met toestemming "
    "gepubliceerd.",
    # The article goes on after the note's words.
    "De raad stemde in. Dit artikel is afkomstig van Polder Nu en wordt hier met toestemming "
    "gepubliceerd. De wethouder was blij met het besluit.",
    # A report, not this article, came from somewhere.
    "Het rapport is afkomstig van de provincie en wordt hier met toestemming gepubliceerd.",
    "De raad stemde in.\n\nDe foto is afkomstig van Polder Nu en wordt met toestemming gebruikt.",
])
def test_a_dutch_sentence_in_the_notes_words_stays(text: str) -> None:
    assert trailers(text) == text


def test_the_flat_credit_search_is_linear_past_addresses() -> None:
    body = " ".join(ARTICLES["en"])
    small = body + " Source: Harbour Notes (https://a.example) via NewsNow"
    big = body * 200 + " (https://" + "a." * 3000 + "example) via NewsNow"
    assert_linear(trailers, small, big, slack=0.05, small_runs=3)


# --- a wire's distribution line after its copyright --------------------------------------

DISTRIBUTION_LINES = [
    ("en", "Copyright 2026 Harbour Wire. Distributed by NewsFeedr."),
    ("en", "© 2026 Harbour Wire. Syndicated by Feedline Media."),
    ("es", "© 2026 Agencia Faro. Distribuido por NoticiasRed."),
    ("fr", "© 2026 Agence Phare. Diffusé par FluxInfo."),
    ("de", "© 2026 Hafen-Dienst. Verbreitet durch Nachrichtenfeed GmbH."),
    ("it", "© 2026 Agenzia Faro. Distribuito da NotizieRete."),
    ("pt", "© 2026 Agência Farol. Distribuído por NotíciasRede."),
    ("nl", "© 2026 Havenpers. Verspreid door NieuwsFeed."),
]


@pytest.mark.parametrize(("lang", "line"), DISTRIBUTION_LINES)
@pytest.mark.parametrize("shape", [0, 1, 2])
def test_a_wires_distribution_line_after_its_copyright_goes(
        lang: str, line: str, shape: int) -> None:
    text, kept = _shapes(ARTICLES[lang], line)[shape]
    assert _same(trailers(text), kept)


def test_a_distribution_line_and_the_source_line_under_it_go() -> None:
    body = " ".join(ARTICLES["en"])
    text = (f"{body}\n\nCopyright 2026 Harbour Wire. Distributed by NewsFeedr. "
            "Source: harbourwire.example")
    assert _same(trailers(text), body)


@pytest.mark.parametrize("text", [
    # No copyright before it: a film's or a book's distributor, the article's fact.
    "The film opens in cinemas on Friday. Distributed by Altitude.",
    "The film opens in cinemas on Friday.\n\nDistributed by Altitude Films.",
    "Le film sort mercredi. Distribué par Pathé.",
    # A copyright sentence in prose, and a distributor in lower case or with a clause.
    "The rights were sold. Copyright 2026 went to the estate. Distributed by the estate.",
    "The rights were sold. Copyright 2026 Harbour Wire. Distributed by Harbour Books, the "
    "novel sold well.",
    # Inside the text, not at its end.
    "Copyright 2026 Harbour Wire. Distributed by NewsFeedr.\n\nThe council approved the "
    "harbour budget on Monday.",
])
def test_a_distribution_sentence_that_is_no_wire_line_stays(text: str) -> None:
    assert trailers(text) == text


# --- review of round 24: prose that looked like a wire's copyright or source -------------

FILM = "The documentary follows three families through a flood year.\n"


def _flat(text: str) -> list[str]:
    """The text as written, flattened (line breaks to spaces) and glued (to nothing)."""
    return [text, text.replace("\n", " "), text.replace("\n", "")]


@pytest.mark.parametrize("text", [
    # A prose sentence about copyright, then a distributor and where it shows the film.
    FILM + "Copyright disputes held up its release for years. Distributed by Altitude in "
    "the UK.",
    FILM + "Copyright was the sticking point. Distributed by Netflix in 190 countries.",
    FILM + "Copyright remains with the family. Distributed by Curzon in selected cinemas "
    "from Friday.",
    FILM + "Copyright claims delayed it. Distributed by A24 from March 3",
    "Die Dokumentation läuft ab Donnerstag.\nCopyright bleibt beim Sender. Verbreitet durch "
    "Arte in ganz Europa.",
    "Le film sort mercredi.\nCopyright réservé aux ayants droit. Distribué par Pyramide "
    "dans 80 salles.",
    "Il film esce giovedì.\nCopyright degli eredi. Distribuito da Lucky Red in 200 sale.",
    "De film draait vanaf woensdag.\nCopyright ligt bij de maker. Verspreid door Cinéart "
    "in 40 zalen.",
    "O filme estreia quinta.\nCopyright da família. Distribuído por Vitrine Filmes em 30 "
    "salas.",
    "Los derechos de autor retrasaron el estreno.\n© Los herederos. Distribuido por Filmax "
    "en toda España.",
    # A copyright sign inside a sentence, after a comma.
    "The novel, © 2024 Jane Doe. Distributed by Penguin Random House.",
    # A year and a name, then a distributor and a clause in small letters.
    "The rights were sold.\nCopyright 2026 Harbour Wire. Distributed by NewsFeedr in the "
    "north.",
])
def test_prose_about_copyright_and_a_distributor_stays(text: str) -> None:
    for shape in _flat(text):
        assert trailers(shape) == shape


@pytest.mark.parametrize("line", [
    "Copyright 2026 Harbour Wire. Distributed by Harbour News and Feeds.",
    "Copyright © 2026 Harbour Wire. Distributed by NewsFeedr.",
    "(c) 2026 Harbour Wire. Syndicated by Feedline Media.",
])
def test_a_wires_distribution_line_with_a_joined_name_goes(line: str) -> None:
    body = " ".join(ARTICLES["en"])
    assert _same(trailers(f"{body}\n\n{line}"), body)


def test_a_distribution_line_after_a_cut_marks_bracket_goes() -> None:
    # Flattened, the wire's lines follow its cut mark's bracket, not a stop.
    body = "The choir won the title. The conductor said they rehearsed since (continued)"
    assert _same(trailers(f"{body} Copyright 2026 Harbour Wire. Distributed by NewsFeedr."),
                 body)


@pytest.mark.parametrize("line", [
    # German capitalises its nouns: a noun phrase on either side of "via".
    "Quelle: Angaben der Polizei via Pressemitteilung",
    "Quelle: Auskunft des Landratsamts via E-Mail",
    "Quelle: Mitteilung von Anwohnern via Facebook",
])
def test_a_german_noun_phrase_around_via_stays(line: str) -> None:
    text = "Flights resume on Monday, the airline said.\n" + line
    for shape in _flat(text):
        assert trailers(shape) == shape
