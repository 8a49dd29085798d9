"""The truncation cleaner, round 22: a cut sentence glued to an interview's turn.

An interview writes each turn on a line of its own, opened by a dialogue dash (Spanish,
and in other languages a dash or an en dash: "—¿Qué …?", "—La soledad …"); flattened
with its blocks joined by nothing, a turn's stop runs into the dash of the next
("… convivimos.—¿Lo recomendaría?—A quien …"). That is a sentence end: the cut sentence
starts at the last such dash and goes with it, and the turns before it stay. Every case
keeps each word of the article; the negatives are dashes that end no sentence. The
wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.linear import assert_linear

from cleantext.cleaners.truncation import truncation


@pytest.mark.parametrize(("text", "want"), [
    ("—¿Y el zorro?—Lo vemos. Tengo tres perros y duermo mal, pero lo vemos.—¿Lo "
     "recomendaría?—A quien le guste madrugar, sí, pero le diría que no es para…",
     "—¿Y el zorro?—Lo vemos. Tengo tres perros y duermo mal, pero lo vemos.—¿Lo "
     "recomendaría?"),
    ("—¿Y el invierno?—Es duro, pero se pasa.—¡Qué valiente!—No tanto, la verdad es que…",
     "—¿Y el invierno?—Es duro, pero se pasa.—¡Qué valiente!"),
    ("The keeper paused.—Then he said the lamp would be lit again in the…",
     "The keeper paused."),
    ("– Mikä oli vaikeinta?– Talvi. Ja paperityöt.– Suosittelisitko työtä?– Niille, jotka…",
     "– Mikä oli vaikeinta?– Talvi. Ja paperityöt.– Suosittelisitko työtä?"),
])
def test_a_cut_turn_glued_after_a_dash_goes_alone(text: str, want: str) -> None:
    assert truncation()(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # A dash inside a sentence, before a lower-case word or a name after no stop: the
    # cut sentence is the whole one.
    ("The bridge opened. The mayor—Ana Ruiz—said the lamps would be lit again in the…",
     "The bridge opened. "),
    ("Abrió el puente. —dijo el alcalde— y añadió que las farolas se encenderían en…",
     "Abrió el puente. "),
    # A dash after initials or an abbreviation's point ends no sentence.
    ("The bridge opened. Work by the U.S.—Army engineers would go on into the…",
     "The bridge opened. "),
])
def test_dashes_that_end_no_sentence_keep_the_cut_whole(text: str, want: str) -> None:
    assert truncation()(text) == want


def test_glued_turns_before_a_cut_are_linear() -> None:
    unit = "lo vemos.—¿Lo recomendaría?— Quizá "
    small = "—¿Y el zorro?" + unit * (25_000 // len(unit)) + "para…"
    big = "—¿Y el zorro?" + unit * (100_000 // len(unit)) + "para…"
    assert_linear(truncation(), small, big, slack=0.05, small_runs=3)
