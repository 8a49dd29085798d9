"""The truncation cleaner, round 24: a wire's "(continued)" where a take stops mid-sentence.

A wire or a feed that sends a story's first take, or a teaser, marks the cut with
"(continued)" ("(cont.)", "(cont'd)", "(continúa)", "(continua)"). After a word in small
letters it ends a cut sentence, which goes with it, as with "…". After a capitalised
word, a figure or a full stop it labels a heading, a table's next part or a serial's
instalment, and stays. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.linear import assert_linear

from cleantext.cleaners.truncation import truncation

TR = truncation()


@pytest.mark.parametrize(("text", "want"), [
    ("The choir won the title.\n\nThe conductor said they had rehearsed in a cold hall, "
     "which they (continued)", "The choir won the title.\n\n"),
    ("The choir won the title. The conductor said they had rehearsed in a cold hall "
     "since (cont.)", "The choir won the title. "),
    ("The choir won the title. The conductor said the hall had no heating and (cont'd)",
     "The choir won the title. "),
    ("El coro ganó el título. La directora dijo que ensayaron en una sala sin calefacción "
     "desde (continúa)", "El coro ganó el título. "),
    ("Il coro ha vinto il titolo. La direttrice ha detto che la sala era fredda e "
     "(continua)", "Il coro ha vinto il titolo. "),
])
def test_a_sentence_cut_before_a_continued_mark_goes(text: str, want: str) -> None:
    assert TR(text) == want


@pytest.mark.parametrize("text", [
    # A heading's or a table's next part.
    "The council published the results.\n\nResults (continued)",
    "The council published the results.\n\nTable 2 (cont.)",
    "Chapter One (continued)",
    # A serial's instalment after a complete sentence.
    "The keeper lit the lamp and waited for the boat. (continued)",
    # Inside a sentence, or a longer bracket.
    "The story (continued) on page 4 with a map.",
    "The series follows next week (continued from Monday)",
])
def test_a_continued_mark_that_ends_no_cut_sentence_stays(text: str) -> None:
    assert TR(text) == text


def test_a_continued_mark_is_linear() -> None:
    small = "The choir won. The conductor said that " + "(continued) " * 5 + "(continued)"
    big = "The choir won. " * 3000 + "The conductor said that " + "x" * 50_000 + " (continued)"
    assert_linear(TR, small, big, slack=0.05, small_runs=3)
