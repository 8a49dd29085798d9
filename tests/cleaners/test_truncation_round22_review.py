"""The round-22 review of the truncation cleaner: a stop glued to a dash ends a cut
text's sentence only after a word's two small letters. "… at 9 p.m.—Crowds gathered …"
is one sentence, so the cut one is whole, and in a flattened text the guard against
taking 50 words and more with it stands. The review's case is kept as it was written;
the others are written for these tests.
"""

from __future__ import annotations

import pytest

from cleantext.cleaners.truncation import truncation

_LONG = (
    "Harbour Notes Ferry timetable Night ferry returns to the island after a year the "
    "first sailing left at 9 p.m.—Crowds gathered on the quay with flags and the band "
    "played until the ferry was out of sight and the islanders who had waited all year "
    "for a crossing said the service meant they could again work on the mainland and "
    "return home at night without paying for a hotel room in town which had"
)


@pytest.mark.parametrize(("text", "want"), [
    # Flattened, no sentence end before the cut but "p.m." before a dash: over 50 words,
    # the run is no sentence, and only the marker goes.
    (_LONG + "…", _LONG),
    # Short: the cut sentence is the whole one, "p.m." or a score inside it.
    ("She arrived at 5 p.m.—After the meeting she said the board would decide by…", ""),
    ("The vote passed 5–4.– Council members then left the chamber before the…", ""),
    ("Doors open at 7 a.m.—Queues formed early along the harbour wall and the…", ""),
])
def test_a_dash_after_an_abbreviation_or_a_figure_ends_no_sentence(
    text: str, want: str
) -> None:
    assert truncation()(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # A turn's dash after a word's two small letters still ends the sentence before it.
    ("El alcalde habló con los vecinos.—¿Lo recomendaría?—A quien le guste el campo, sí, "
     "aunque…",
     "El alcalde habló con los vecinos.—¿Lo recomendaría?"),
    ("He said it was fine.—The mayor, who spoke after him, warned that the…",
     "He said it was fine."),
    ("Se fue.—¡Qué pena! dijo la vecina mientras cerraba la puerta de la casa que…",
     "Se fue."),
])
def test_a_turn_s_dash_after_a_word_still_ends_a_sentence(text: str, want: str) -> None:
    assert truncation()(text) == want
