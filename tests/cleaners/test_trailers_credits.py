"""The trailers cleaner: source credits and agency sign-offs that end the text.

A "Source: <publication>" line ("Quelle:", "Fuente:", "Bron:", "Källa:", "Źródło:" …)
goes when it is the text's last line (or, flattened, what follows its last sentence)
and what follows the word is a name; the news agencies of every packaged language are
credited as dpa's and AFP's are. Article text in the same words stays: prose or a
quotation after the word, a lower-case note ("eigene Recherche"), the line mid-text.
The names and wordings are written for these tests; where a shape is an agency's
printed sign-off, the agency is named.
"""

from __future__ import annotations

import pytest

from cleantext.cleaners.trailers import trailers
from cleantext.cleaners.trailers._credits import _publication

BODY = "The harbour handled more freight this year.\n\nThe port is owned by the city."
FLAT = "The harbour handled more freight this year. The port is owned by the city."

# (lang, line): a source credit naming a publication or an office, in each pack's word.
SOURCE_LINES = [
    ("en", "Source: Northfield Gazette"),
    ("en", "Source: Office for National Statistics"),
    ("en", "Sources: Northfield Gazette / Hilltop Radio"),
    ("en", "Source: northfield-gazette.example"),
    ("fr", "Source : Le Courrier du Val"),
    ("de", "Quelle: Lindenauer Bote / Redaktion Ostheim"),
    ("de", "Quelle: Statistisches Landesamt (Destatis)"),
    ("es", "Fuente: Diario del Valle."),
    ("es", "Fuente: Ministerio de Agricultura, Pesca y Alimentación"),
    ("it", "Fonte: Gazzetta di Borgoalto"),
    ("pt", "Fonte: Jornal da Serra"),
    ("nl", "Bron: Streekkrant Oost"),
    ("sv", "Källa: Norrbygdens Tidning"),
    ("da", "Kilde: Vestegnens Avis"),
    ("nb", "Kilde: Fjordposten"),
    ("pl", "Źródło: Gazeta Nadrzeczna"),
    ("cs", "Zdroj: Deník Horácko"),
    ("ro", "Sursa: Gazeta de Vest"),
    ("fi", "Lähde: Savon Viikko"),
    ("hu", "Forrás: Dunamenti Hírlap"),
    ("ru", "Источник: Городские вести Заречья"),
    ("zh", "来源：东方晚报"),
    # In brackets.
    ("en", "(Source: Northfield Gazette)"),
    ("es", "[Fuente: Diario del Valle]"),
    ("zh", "（来源：东方晚报）"),
]

# (lang, line): the agencies of the newer packs, in their credits and sign-offs.
AGENCY_LINES = [
    ("pl", "Źródło: PAP"),
    ("pl", "(PAP)"),
    # PAP's editors' initials, each closed by a slash.
    ("pl", "ksi/ mhr/"),
    ("cs", "Zdroj: ČTK"),
    ("cs", "© ČTK"),
    ("ro", "Sursa: Agerpres"),
    # Agerpres's sign-off with its desk, author and editors.
    ("ro", "AGERPRES/(AS - autor: Ioana Marin, editor: Dan Pop)"),
    ("fi", "Lähde: STT"),
    ("hu", "Forrás: MTI"),
    ("hu", "(MTI)"),
    ("da", "Kilde: Ritzau"),
    # Ritzau's sign-off, alone and with the agency the story came from.
    ("da", "/ritzau/"),
    ("da", "/ritzau/AFP"),
    # NTB's sign-off.
    ("nb", "(©NTB)"),
    ("sv", "Källa: TT"),
    ("it", "Fonte: ANSA"),
    ("ru", "Источник: ТАСС"),
]


@pytest.mark.parametrize(("lang", "line"), SOURCE_LINES + AGENCY_LINES)
def test_a_source_credit_that_ends_the_text_goes(lang: str, line: str) -> None:
    assert trailers(f"{BODY}\n\n{line}") == BODY, lang


@pytest.mark.parametrize("sep", [" ", ""])
@pytest.mark.parametrize(("lang", "line"), SOURCE_LINES + AGENCY_LINES)
def test_a_source_credit_run_into_the_last_sentence_goes(lang: str, line: str, sep: str) -> None:
    assert trailers(f"{FLAT}{sep}{line}") == FLAT, lang


def test_a_source_credit_goes_behind_a_feed_trailer_too() -> None:
    text = (f"{BODY}\n\nThis article originally appeared on Northfield Gazette and is "
            "republished here with permission.\n\nSource: Northfield Gazette")
    # (the line breaks the two leave are the whitespace cleaner's to fold)
    assert trailers(text).rstrip() == BODY
    assert trailers(" ".join(text.split())) == " ".join(BODY.split())


# Article text with a source word: prose, a question or a quotation after it, a note in
# lower case, a line mid-text.
SOURCE_NEGATIVES = [
    "Source: officials at the ministry.",
    "Source: The council said the figures were wrong.",
    "Quelle: eigene Recherche",
    "(Quelle: eigene Recherche)",
    "Quelle: „Wir wussten von nichts“, sagte der Wirt.",
    "Fuente: ¿quién paga la obra?",
    "Source: Who Pays For The Bridge?",
    "Bron: de gemeente zelf, zegt de wethouder.",
    "Źródło: to nie jest żaden sekret, mówi burmistrz.",
    "Source: The Mayor Resigned. Then The Council Met Again",
]


@pytest.mark.parametrize("line", SOURCE_NEGATIVES)
def test_source_words_before_prose_stay(line: str) -> None:
    text = f"{BODY}\n\n{line}"
    assert trailers(text) == text
    flat = f"{FLAT} {line}"
    assert trailers(flat) == flat


@pytest.mark.parametrize("line", ["Source: Northfield Gazette", "Quelle: eigene Recherche"])
def test_a_source_line_mid_text_stays(line: str) -> None:
    text = f"The harbour handled more freight.\n\n{line}\n\nThe port is owned by the city."
    assert trailers(text) == text


def test_agency_shapes_inside_prose_stay() -> None:
    for text in (
        f"{BODY}\n\nThe agency PAP reported the sale on Monday.",
        f"{BODY}\n\nRitzau and NTB carried the story.",
        f"{FLAT} The figures came from MTI, the ministry said.",
        # A slash in a sentence is no editors' sign-off.
        f"{FLAT} Both and/or neither.",
    ):
        assert trailers(text) == text


@pytest.mark.parametrize(("name", "ok"), [
    ("Dales Gazette", True),
    ("Folha de Vila Nova", True),
    ("example-news.org", True),
    ("人民网 - 城市版", True),
    ("the council", False),
    ("Council records show a rise.", False),
    ("“Yes,” she said", False),
    ("人民网说，城市很好。", False),
    ("A B C D E F G H I", False),  # longer than a name
])
def test_what_reads_as_a_publication_name(name: str, ok: bool) -> None:
    assert _publication(name) is ok
