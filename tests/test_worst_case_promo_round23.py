"""Hostile inputs for promo's round-23 scans (``_furniture``'s time stamps, buttons and
polls, the trail at the text's start, the header at the text's start): at 250 K and 1 M
characters time grows linearly (see ``tests/test_worst_case.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.linear import assert_linear
from tests.linear import lines as _lines
from tests.linear import opening as _opening
from tests.linear import repeat as _repeat

from cleantext import clean

K = 1_000
BOUND = 10.0
SLACK = 0.05





CASES: list[tuple[str, Callable[[int], str]]] = [
    ("time stamps on every line", _lines("Updated 3 min ago")),
    ("time stamps that run on, on every line", _lines("Updated 3 min ago and then some")),
    ("time openings with no unit, on every line", _lines("Aktualisiert vor 3 3 3 3 3 3")),
    ("a preferred-source button with no end, on every line",
     _lines("⭐ Add A B C D E F G H I J as a preferred")),
    ("preferred-source openings in one line", _repeat("Add The Herald as a preferred ")),
    ("a trail at the start, its items never ending", _opening("Home › Regio › ", "Zeeland › ")),
    ("a trail at the start, then capitalised words", _opening("Home › Regio › ", "Zeeland ")),
    ("a header at the start, then menu names", _opening("Menu ", "Search ")),
    ("poll headings with options and no button", _lines("POLL\nShould it?\nYes\nNo")),
    ("a poll heading, then blank lines", _opening("POLL\nShould it?\n", "\n")),
    ("poll headings on every line", _lines("Poll")),
    ("reactions with no end, in one line", _repeat("👍 34 ❤️ 12 ")),
    ("reaction bars on every line", _lines("👍 34  ❤️ 12  😮 3")),
    ("event labels with no button, on every line",
     _lines("EVENT: Fair. Free entry. Free entry. Free entry. Free entry. Find out")),
    ("an event label, then a line with no break", _opening("EVENT: ", "Fair. ")),
    ("key-events lines on every line", _lines("2h ago Ferries cancelled")),
    ("key-events lines that end with a stop", _lines("2h ago Ferries cancelled today.")),
    ("relative times with no break", _repeat("2h ago Ferries ")),
    ("key-events headings over lists, on every line",
     _lines("Key events\n2h ago Ferries cancelled\n3h ago Red warning")),
    ("live-blog chrome beside share lines, on every line", _lines("Share\nPinned\n14:02")),
    ("live-blog chrome with nothing beside it, on every line", _lines("Pinned")),
    ("poll options with figures, on every line", _lines("POLL\nShould it?\nYes 52%\nNo 48%")),
    ("time stamps in hard-wrapped lines", _lines("He said\nPosted 2 hours ago\nand then")),
]


@pytest.mark.parametrize("build", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_time_grows_linearly(build: Callable[[int], str]) -> None:
    small, large = build(250 * K), build(1000 * K)
    assert len(large) >= 1000 * K - 100
    took = assert_linear(clean, small, large, bound=BOUND, slack=SLACK)
    print(f"  250 K {took.small:7.3f} s   1 M {took.large:7.3f} s")
    assert isinstance(took.output, str)
