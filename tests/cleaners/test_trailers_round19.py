"""The trailers cleaner, round 19: precision first, then read-also boxes that stayed.

- glued text: an article sentence after a read-also or most-read heading, its full stop
  run into the next block (a comment widget), is the article's, not a title: titles end
  in no full stop;
- read-also boxes that stayed: the voseo "Leé también: <title>"; a dotted heading on a
  line of its own ("LEES OOK. <title>"); a title run into the article's next sentence
  where that opens with an English count ("More than 500 …").

German prepositions ("Über eine …", "Unter den …") are no sentence opener here: they
open names inside sentences too ("die Straße Unter den Linden", the film "Gegen die
Wand"), and a title that ended there took the sentence's first words.

Every junk unit must go and every article word around it stay; the negatives are
article prose in the same words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.cleaners.test_trailers_round17 import test_units_repeated_are_linear as _linear

from cleantext import clean
from cleantext.cleaners.trailers import trailers

EN = ARTICLES["en"]
DE = ARTICLES["de"]
FR = ARTICLES["fr"]
ES = ARTICLES["es"]
NL = ARTICLES["nl"]
IT = ARTICLES["it"]
PT = ARTICLES["pt"]


# --- a sentence glued after a heading is the article's ---------------------------------------

# (article, heading, the article's sentence after it, the widget glued after its stop)
GLUED_SENTENCES = [
    (ES, "Más leídas", "Los pescadores llevan semanas esperando la nueva lonja del muelle.",
     "Comentarios"),
    (ES, "Lee también", "Los pescadores llevan semanas esperando la nueva lonja del muelle.",
     "Comentarios0Deja tu comentario"),
    (EN, "Most Read", "Fishermen have waited for weeks for the new market hall on the quay.",
     "Comments"),
    (EN, "Read more", "Fishermen have waited for weeks for the new market hall on the quay.",
     "Share this article"),
    (DE, "Mehr zum Thema", "Die Fischer warten seit Wochen auf die neue Halle am Kai.",
     "Kommentare"),
    (FR, "À lire aussi", "Les pêcheurs attendent depuis des semaines la nouvelle halle du quai.",
     "Commentaires"),
    (NL, "Lees ook", "De vissers wachten al weken op de nieuwe visafslag aan de kade.",
     "Reacties"),
    (IT, "Leggi anche", "I pescatori aspettano da settimane il nuovo mercato sul molo.",
     "Commenti"),
    (PT, "Leia também", "Os pescadores esperam há semanas pelo novo mercado do cais.",
     "Comentários"),
]


@pytest.mark.parametrize(("article", "heading", "sentence", "widget"), GLUED_SENTENCES)
def test_a_sentence_glued_after_a_heading_stays(
    article: list[str], heading: str, sentence: str, widget: str
) -> None:
    # Glued, as DOM text_content() joins blocks, and spaced: the heading may go, the
    # sentence stays whole, with or without the widget after it.
    for sep in ("", " "):
        for tail in (widget, ""):
            text = sep.join(x for x in (article[0], heading, sentence, tail) if x)
            assert sentence in trailers(text), text
            assert sentence in clean(text), text


def test_a_kicker_s_glued_stop_still_leads_its_title() -> None:
    # A kicker of three words at most keeps its stop inside the box's title.
    text = f"{NL[0]}Lees ook. Haven Noord.Nieuwe steiger voor zeilboten"
    assert trailers(text) == NL[0]


# --- read-also titles and boxes that stayed -----------------------------------------------------

# (article, the box or link with its title, shapes: "line" as a paragraph, "spaced" run
# into the article's sentences after a space, "glued" run in with nothing)
BOXES = [
    # Voseo, the Rioplatense kin of "Lee también".
    (ES, "Leé también: Nueva lonja para el puerto de Vigo", ("line", "spaced", "glued")),
    # A dotted heading in capitals on a line of its own, or run in after a sentence.
    (NL, "LEES OOK. Nieuwe steiger voor zeilboten in de jachthaven", ("line", "spaced")),
    (NL, "Lees ook. Nieuwe steiger voor zeilboten in de jachthaven", ("line", "spaced")),
]


def _box_shapes(article: list[str], box: str, shapes: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    if "line" in shapes:
        out.append((f"{article[0]}\n\n{box}\n\n{article[1]}", f"{article[0]}\n\n{article[1]}"))
    if "spaced" in shapes:
        flat = box.replace("\n", " ")
        out.append((f"{article[0]} {flat} {article[1]}", f"{article[0]} {article[1]}"))
    if "glued" in shapes:
        glued = box.replace("\n", "")
        out.append((f"{article[0]}{glued}{article[1]}", f"{article[0]}{article[1]}"))
    return out


@pytest.mark.parametrize(
    ("text", "kept"),
    [shape for article, box, shapes in BOXES for shape in _box_shapes(article, box, shapes)],
)
def test_a_read_also_box_goes(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)


# A read-also title run into the article's next sentence, which opens with an English
# count: the title ends before it.
RUN_IN = [
    (EN[0], "ALSO READ: Harbour festival draws record crowds",
     "More than 500 people signed the petition in a week."),
    (EN[0], "Read more: Ferry fares set to rise again",
     "Fewer than 20 boats now use the old slipway."),
]


@pytest.mark.parametrize(("before", "link", "after"), RUN_IN)
def test_a_title_before_a_count_ends_there(
    before: str, link: str, after: str
) -> None:
    for sep in (" ", ""):
        text = sep.join([before, link, after])
        assert _same(trailers(text), sep.join([before, after])), text


# Prose in the same words, in the shapes a text comes in: it stays whole.
STAYS = [
    "Related measures were approved on Monday, the council said.",
    "If related costs rise, the council will meet again.",
    "“Related” was the word printed on the old box, the archivist said.",
    "Related\nThe council said the two schemes were linked and would be reviewed together.",
    "La maestra le dijo: «Leé más despacio», y el chico obedeció.",
    "El cartel decía «Leé también: nuestras novedades» junto a la puerta.",
    "Der Rat sagte, Leser könnten mehr zum Thema Überstunden auf der Website lesen.",
    "„Lesen Sie auch: Über den Wolken“ stand auf dem Plakat am Rathaus.",
    "She said readers could read more than 500 pages of the report online.",
    "Read more: the council said More than 500 people attended.",
    "Read more: Residents of the estate said More Than Words volunteers had helped them.",
    "Lees ook. De gemeente heeft de tarieven maandag verhoogd.",
    "Op het bord stond \"Lees ook. Nieuwe parkeertarieven vanaf januari\", zei hij.",
]


@pytest.mark.parametrize("sentence", STAYS)
def test_prose_in_a_box_s_words_stays(sentence: str) -> None:
    flat = sentence.replace("\n", " ")
    for text in (
        f"{EN[0]}\n\n{sentence}\n\n{EN[1]}",
        f"{EN[0]} {flat} {EN[1]}",
        f"{EN[0]}{flat.replace(chr(10), '')}{EN[1]}",
    ):
        out = trailers(text)
        for word in flat.split():
            if word not in ("Read", "more:", "Lees", "ook."):  # a link's words may go
                assert word.strip("\"“”«»„") in out, (text, out)


# A German preposition that opens a name inside the article's next sentence (a street,
# a film, a novel, a podcast): the read-also title before it must not end there, taking
# the sentence's first words with it. (The title's words may stay: either is safe.)
NAMES_INSIDE = [
    ("Lesen Sie auch: Neue Radwege in Mitte geplant",
     "Berlins Verkehrssenatorin will die Straße Unter den Linden bis 2027 autofrei machen."),
    ("Mehr zum Thema: Berlinale zeigt Klassiker",
     "Fatih Akins Film Gegen die Wand läuft am Sonntag im Freiluftkino."),
    ("Lesen Sie auch: Buchpreis in Frankfurt vergeben",
     "Ihr Roman Nachdem das Licht ging steht seit Wochen auf der Bestsellerliste."),
    ("Auch interessant: Podcast-Boom hält an",
     "Der Podcast Ohne Filter erreicht jede Woche rund 80.000 Hörer."),
]


@pytest.mark.parametrize(("link", "sentence"), NAMES_INSIDE)
def test_a_name_opening_with_a_preposition_keeps_its_sentence(link: str, sentence: str) -> None:
    for sep in (" ", ""):
        text = sep.join([DE[0], link, sentence, DE[1]])
        assert sentence in trailers(text), text


# What follows a bare "Related" line is no box of titles without a read-also word:
# a byline, a credit, a numbered list, a poll's options. (The review of round 19.)
@pytest.mark.parametrize("lines", [
    "Related\nBy Sarah Jones, Health Correspondent",
    "Related\nPhoto: John Smith",
    "Related\n1. Check the tyre pressure\n2. Top up the oil",
    "Related\nUnrelated\nNot sure",
])
def test_lines_under_a_bare_related_stay(lines: str) -> None:
    for text in (f"{EN[0]}\n\n{lines}\n\n{EN[1]}", f"{EN[0]}\n\n{lines}"):
        out = clean(text)
        for line in lines.split("\n")[1:]:
            assert line in out, (text, out)


# --- hostile text: each new rule's unit repeated stays linear ----------------------------------

REPEATED = [
    "Más leídasLas clientas llegan al muelle.Comentarios",
    "LEES OOK. Nieuwe steiger voor zeilboten\n",
    "ALSO READ: Harbour festival draws crowds More than 500 ",
]


@pytest.mark.parametrize("unit", REPEATED)
def test_units_repeated_are_linear(unit: str) -> None:
    _linear(unit)  # 25 K and 100 K characters of it: at most 10 times the time
