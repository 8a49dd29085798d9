"""Hostile inputs for the trailers cleaner's line loop: a text of nothing but short
source lines ("Source: A", "Source: Reuters", "Source: A via B") puts a unit start on
every line, and each round of the cleaner tries its lines. Only the last lines with
hits are tried (``_text_units._MAX_LINES``): at 250 K and 1 M characters time grows
linearly (see ``tests/test_worst_case.py``), and the lines tried per text stay bounded.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.linear import assert_linear

from cleantext import clean
from cleantext.cleaners.trailers import _text_units, trailers

K = 1_000
BOUND = 10.0
SLACK = 0.05


def _lines(line: str) -> Callable[[int], str]:
    unit = line + "\n"

    def build(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return build


CASES: list[tuple[str, Callable[[int], str]]] = [
    ("a one-letter source on every line", _lines("Source: A")),
    ("an agency's source on every line", _lines("Source: Reuters")),
    ("an aggregator's source on every line", _lines("Source: A via B")),
    ("a source in German on every line", _lines("Quelle: dpa")),
]


@pytest.mark.parametrize("build", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_time_grows_linearly(build: Callable[[int], str]) -> None:
    small, large = build(250 * K), build(1000 * K)
    took = assert_linear(clean, small, large, bound=BOUND, slack=SLACK)
    print(f"  250 K {took.small:7.3f} s   1 M {took.large:7.3f} s")
    assert isinstance(took.output, str)


@pytest.mark.parametrize("build", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_lines_tried_per_text_are_bounded(
        build: Callable[[int], str], monkeypatch: pytest.MonkeyPatch) -> None:
    tried = 0
    line_units = _text_units._line_units

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal tried
        tried += 1
        return line_units(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_text_units, "_line_units", counting)
    trailers(build(100 * K))
    # Four rounds at most, each trying at most _MAX_LINES lines (a flood holds 6,000+).
    assert tried <= 4 * 200


def test_the_last_source_line_still_goes() -> None:
    text = "The council met on Monday.\n" + "Source: A\n" * 3000 + "Source: Reuters"
    assert not trailers(text).rstrip().endswith("Source: Reuters")
