"""The truncation cleaner, round 16: a cut last paragraph that an editor's note follows.

A feed's teaser keeps the notes a newsroom prints under its article (a correction, a
clarification, an editor's note) after the paragraph it cut: the cut sentence goes as
it would at the end of the text, and the note stays (the labelling rules count it
either way). The note must open with its label (with a date or in brackets, in the
languages the packs cover), on its own line or, flattened, right after the marker, and
only notes may follow it. Every case keeps each word of the article; the negatives
keep ellipses that are style or inside the text. The wordings are written for these
tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.linear import assert_linear

from cleantext import clean
from cleantext.cleaners.truncation import truncation

# (language, the cut sentence, a note after it)
NOTES = [
    ("en", "A spokesman said the crossing would open in the…",
     "Correction: An earlier version of this story gave the wrong date for the vote."),
    ("en", "A spokesman said the crossing would open in the…",
     "Correction, 4 March 2026: An earlier version of this story misspelt a name."),
    ("en", "A spokesman said the crossing would open in the...",
     "CORRECTION: The vote took place on Monday, not Tuesday."),
    ("en", "A spokesman said the crossing would open in the…",
     "Editor's note: This story was first published in the print edition."),
    ("en", "A spokesman said the crossing would open in the…",
     "[Clarification: The bridge is owned by the port authority.]"),
    ("de", "Ein Sprecher sagte, die Brücke werde im…",
     "Korrektur: In einer früheren Fassung stand ein falsches Datum."),
    ("de", "Ein Sprecher sagte, die Brücke werde im…",
     "Anmerkung der Redaktion: Der Text wurde am Dienstag ergänzt."),
    ("fr", "Un porte-parole a indiqué que le pont ouvrirait au…",
     "Rectificatif : une version précédente de cet article comportait une erreur."),
    ("es", "Un portavoz dijo que el puente abriría en la…",
     "Fe de errores: una versión anterior de esta noticia daba otra fecha."),
    ("es", "Un portavoz dijo que el puente abriría en la…",
     "Nota de la redacción: esta información se actualizó el martes."),
    ("it", "Un portavoce ha detto che il ponte aprirà nella…",
     "Rettifica: una versione precedente dell'articolo riportava una data errata."),
    ("pt", "Um porta-voz disse que a ponte abrirá na…",
     "Correção: uma versão anterior deste texto indicava outra data."),
    ("nl", "Een woordvoerder zei dat de brug in de…",
     "Correctie: in een eerdere versie van dit artikel stond een verkeerde datum."),
    ("sv", "En talesperson sade att bron öppnar i…",
     "Rättelse: I en tidigare version av artikeln angavs fel datum."),
]
IDS = [f"{lang}-{note.split(':')[0][:24]}" for lang, _, note in NOTES]


def _kept(lang: str) -> str:
    first, second = ARTICLES[lang]
    return f"{first}\n\n{second}"


@pytest.mark.parametrize(("lang", "cut", "note"), NOTES, ids=IDS)
def test_the_cut_sentence_before_a_note_goes(lang: str, cut: str, note: str) -> None:
    kept = _kept(lang)
    assert clean(f"{kept} {cut}\n\n{note}") == f"{kept}\n\n{note}"


@pytest.mark.parametrize(("lang", "cut", "note"), NOTES, ids=IDS)
def test_a_cut_paragraph_before_a_note_goes(lang: str, cut: str, note: str) -> None:
    kept = _kept(lang)
    assert clean(f"{kept}\n\n{cut}\n\n{note}") == f"{kept}\n\n{note}"


@pytest.mark.parametrize(("lang", "cut", "note"), NOTES, ids=IDS)
def test_flattened_the_cut_sentence_before_a_note_goes(lang: str, cut: str, note: str) -> None:
    kept = " ".join(ARTICLES[lang])
    assert clean(f"{kept} {cut} {note}") == f"{kept} {note}"


@pytest.mark.parametrize(("lang", "cut", "note"), NOTES, ids=IDS)
def test_glued_the_cut_sentence_before_a_note_goes(lang: str, cut: str, note: str) -> None:
    kept = "".join(ARTICLES[lang])
    out = clean(f"{kept}{cut}{note}")
    assert out.replace(" ", "") == f"{kept}{note}".replace(" ", "")
    assert cut.split()[1] not in out.split(kept[-12:])[1]


def test_two_notes_may_follow_the_cut() -> None:
    kept = _kept("en")
    notes = ("Correction: The vote took place on Monday.\n\n"
             "Editor's note: This story was first published in print.")
    assert clean(f"{kept} A spokesman said the work would…\n\n{notes}") == f"{kept}\n\n{notes}"


def test_the_marker_policy_takes_only_the_marker() -> None:
    note = "Correction: The vote was on Monday."
    text = f"The council met. A spokesman said the work would…\n\n{note}"
    assert truncation("marker")(text) == (
        f"The council met. A spokesman said the work would\n\n{note}"
    )


def test_a_marker_after_a_complete_sentence_goes_alone_before_a_note() -> None:
    note = "Correction: The vote was on Monday."
    text = f"The council met. The work starts in May.…\n\n{note}"
    assert clean(text) == f"The council met. The work starts in May.\n\n{note}"


# --- what stays -----------------------------------------------------------------------------

NOTE = "Correction: An earlier version of this story gave the wrong date for the vote."

KEPT = [
    # A note after a complete paragraph: nothing was cut.
    f"The council met on Monday.\n\n{NOTE}",
    # An ellipsis inside the text, an article paragraph between it and the note.
    f"The mayor paused… and then spoke.\n\nShe said the council would wait…\n\n"
    f"The vote is due in May.\n\n{NOTE}",
    # A quotation that closes after its ellipsis.
    f'The mayor said: "We will see…"\n\n{NOTE}',
    # Paragraphs that end in ellipses as a house style: the last one is style too.
    "Markets fell again…\n\nBonds slipped too…\n\nAnd gold is flat…\n\n" + NOTE,
    # After the note, article text: the note is no trailer, and the cut is none.
    f"The council met. The mayor hesitated…\n\n{NOTE}\n\nThe vote is due in May.",
    # A note's word in lower case inside a sentence is prose.
    "The council met. The mayor hesitated… correction: the budget was not final.",
    # An "Update" dateline is the article's, no note.
    "The council met. The mayor said the work would…\n\nUpdate: The council met again.",
]


@pytest.mark.parametrize("text", KEPT, ids=[
    "after a complete paragraph", "an article paragraph between", "a closed quotation",
    "house style", "article text after the note", "a lower-case label", "an update"])
def test_ellipses_that_are_no_cut_before_a_note_stay(text: str) -> None:
    assert clean(text) == text


# --- worst cases ----------------------------------------------------------------------------


@pytest.mark.parametrize("unit", [
    "the storm last… Correction: a name. ",
    "the storm last…Correction: a name.",
    "the storm last…\n\nCorrection: a name.\n\n",
    "CORRECTION: ",
    "… Editor's note: ",
], ids=["spaced", "glued", "one a line", "labels only", "marker and label"])
def test_notes_repeated_are_linear(unit: str) -> None:
    small = unit * (25_000 // len(unit)) + "the storm last…\n\nCorrection: The vote was on Monday."
    big = unit * (100_000 // len(unit)) + "the storm last…\n\nCorrection: The vote was on Monday."
    cleaner = truncation()
    assert_linear(cleaner, small, big, slack=0.05, small_runs=3)
