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


# --- review of round 24: labels before "(continued)", fragments in small letters --------

STORM = "The storm knocked out power to 40,000 homes overnight, the utility said."


def _flat(text: str) -> list[str]:
    """The text as written, flattened (line breaks to spaces) and glued (to nothing)."""
    return [text, text.replace("\n", " "), text.replace("\n", "")]


@pytest.mark.parametrize("label", [
    # A table's, a figure's, a serial's label in small letters after its number or colon.
    "Table 2: casualties by region (continued)",
    "Tabla 2. Víctimas por región (continúa)",
    "Tabella 2 - vittime per regione (continua)",
    "Figure 3. rainfall totals by county (cont'd)",
    "Episodio 3: la fuga (continua)",
    "Capítulo 3: la huida (continúa)",
    # A caption, an interview's answer, a play's line.
    "Caption: volunteers fill sandbags in the rain (continued)",
    "Q: What happens next?\nA: we wait and see (continued)",
    "HAMLET: To be, or not to be (continued)",
    # A serial's instalment under its chapter's heading.
    "Chapter 3: The lighthouse keeper's daughter\nShe climbed the stairs and looked out to "
    "sea, where the boat was (continued)",
    # A short label, no sentence.
    "Rainfall by county, monthly (continued)",
])
def test_a_label_before_a_continued_mark_stays(label: str) -> None:
    for text in _flat(f"{STORM}\n{label}"):
        assert TR(text) == text


@pytest.mark.parametrize(("text", "want"), [
    # A cut fragment in small letters after a complete sentence goes alone.
    (f"{STORM} the rain…", STORM),
    (f"{STORM} il racconto della notte…", STORM),
    ("The storm knocked out power. It was bad. the rain…",
     "The storm knocked out power. It was bad."),
    (f"{STORM}14:05 — update crews are still on site…", STORM),
    (f"{STORM} the crews who worked through the night to restore the lines said that "
     "(continued)", STORM),
])
def test_a_fragment_in_small_letters_goes_alone(text: str, want: str) -> None:
    assert TR(text).rstrip() == want


@pytest.mark.parametrize("text", [
    # An abbreviation or initials before the small letter: no sentence ends there.
    "Prices rose approx. the most since 2019 and the bank said…",
    "The U.S. economy grew. The bank said it would raise rates e.g. the main one…",
])
def test_no_sentence_ends_at_an_abbreviation_before_small_letters(text: str) -> None:
    out = TR(text)
    assert not out.endswith(("approx.", "e.g.")), out
