"""Hostile inputs shaped like round 24's promo furniture (date-and-weather bars and
tickers, whose rules were reverted after review and stay here as inputs, the finder's
furniture probe, the players' label lines, toolbar button sets): at 250 K and 1 M
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
    ("date bars on every line", _lines("Saturday 28 November 2026 | 7°C Partly cloudy")),
    ("date bars with no temperature, on every line",
     _lines("Samstag, 28. November 2026 | Meersburg Konstanz Lindau Bregenz")),
    ("a weekday at the start, then place words", _opening("Sábado, 28 de noviembre de 2026 ",
                                                          "Solanes ")),
    ("weekday openings with no date, in one line", _repeat("Saturday Saturday ")),
    ("tickers on every line", _lines("LIVE  Storm Ilsa: follow the latest")),
    ("a ticker at the start with no live page", _opening("BREAKING: ", "Road closed ")),
    ("a ticker at the start, live words with no capital after",
     _opening("BREAKING: Road closed ", "live updates live ")),
    ("ticker labels after every break", _lines("LIVE: ")),
    ("player labels with durations on every line", _lines("Escuchar noticia · 3 min")),
    ("toolbar buttons one space apart", _repeat("Print  A A A A A A- A+ ")),
    ("every furniture kind's opening, on every line",
     _lines("Updated 3 min ago\nPOLL\n👍 3\nEVENT: x\n2h ago X\nPinned\nSaturday 28\nLIVE: x")),
]


@pytest.mark.parametrize("build", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_time_grows_linearly(build: Callable[[int], str]) -> None:
    small, large = build(250 * K), build(1000 * K)
    assert len(large) >= 1000 * K - 100
    took = assert_linear(clean, small, large, bound=BOUND, slack=SLACK)
    print(f"  250 K {took.small:7.3f} s   1 M {took.large:7.3f} s")
    assert isinstance(took.output, str)
