"""Hostile inputs for promo's gate, round 24: a text that opens with a ticker's label
("BREAKING: … – live updates") or a masthead's weekday ("Saturday 28 November 2026 |
7°C") on every line costs what the same text costs without that opening, give or take,
not the full finder run on every line (a 200 K text once took 2.6 s against 0.05 s)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from cleantext import clean

K = 1_000
# The hostile text may take this many times the plain one's time, plus this much.
RATIO = 8.0
FLOOR = 0.25


def _lines(line: str, n: int = 200 * K) -> str:
    unit = line + "\n"
    return (unit * (n // len(unit) + 1))[:n]


def _took(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        clean(text)
        best = min(best, time.perf_counter() - start)
    return best


# (name, hostile text, the same text with its opening written as prose)
CASES: list[tuple[str, Callable[[], str], Callable[[], str]]] = [
    ("tickers on every line",
     lambda: _lines("BREAKING: road closed – live updates"),
     lambda: _lines("breaking the road closed and live updates")),
    ("a live label, then live words",
     lambda: "LIVE: " + _lines("Live Live Live Live"),
     lambda: "live: " + _lines("live live live live")),
    ("weekday, date and temperature on every line",
     lambda: _lines("Saturday 28 November 2026 | 7°C Partly cloudy"),
     lambda: _lines("saturday the 28th of november 2026 was 7 degrees and partly cloudy")),
]


@pytest.mark.parametrize(("hostile", "plain"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_an_opening_costs_no_more_than_plain_text(hostile: Callable[[], str],
                                                  plain: Callable[[], str]) -> None:
    bad, good = _took(hostile()), _took(plain())
    print(f"  hostile {bad:7.3f} s   plain {good:7.3f} s")
    assert bad <= RATIO * good + FLOOR
