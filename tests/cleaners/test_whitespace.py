"""The whitespace cleaner: the rules of its docstring, one case each."""

from __future__ import annotations

import pytest

from cleantext._core import replay
from cleantext.cleaners.whitespace import whitespace

CHANGED = [
    ("CRLF becomes LF", "a\r\nb", "a\nb"),
    ("a lone CR becomes LF", "a\rb", "a\nb"),
    ("two CRs are a paragraph break", "a\r\rb", "a\n\nb"),
    ("CRs with spaces collapse like LFs", "a\r \r \rb", "a\n\nb"),
    ("a run of spaces becomes one", "a   b", "a b"),
    ("a tab becomes a space", "a\tb", "a b"),
    ("spaces and tabs mixed become one space", "a \t \tb", "a b"),
    ("trailing spaces on a line go", "a  \nb", "a\nb"),
    ("leading spaces on a line go", "a\n   b", "a\nb"),
    ("three blank lines become one", "a\n\n\n\nb", "a\n\nb"),
    ("blank lines holding spaces count as blank", "a\n  \n\t\n b", "a\n\nb"),
    ("leading blank lines go", "\n\n\na", "a"),
    ("trailing blank lines go", "a\n\n\n", "a"),
    ("leading spaces of the text go", "  a", "a"),
    ("trailing spaces of the text go", "a ", "a"),
    ("a single leading newline goes", "\na", "a"),
    ("whitespace only becomes empty", " \t\r\n \n", ""),
]

KEPT = [
    ("a single line break stays", "a\nb"),
    ("a paragraph break stays", "a\n\nb"),
    ("single spaces stay", "one two three"),
    ("an NBSP is text here", "a\xa0\xa0b"),
    ("an em space is text here", "a\u2003b"),
    ("a line of only a zero-width space is not blank", "a\n\u200b\nb"),
    ("a form feed is text here", "a\x0cb"),
    ("the empty string stays", ""),
    ("CJK without spaces stays", "日本語\n\n中文"),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CHANGED],
                         ids=[c[0] for c in CHANGED])
def test_whitespace_is_normalised(raw: str, expected: str) -> None:
    assert whitespace(raw) == expected
    out, edits = whitespace.explain(raw)
    assert out == expected
    assert replay(raw, edits) == expected
    assert whitespace(expected) == expected


@pytest.mark.parametrize("raw", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_line_structure_stays(raw: str) -> None:
    assert whitespace(raw) == raw
    assert whitespace.explain(raw) == (raw, [])


def test_edits_report_the_collapsed_runs() -> None:
    _, edits = whitespace.explain(" a  b\n\n\nc ")
    assert [(e.start, e.removed, e.inserted) for e in edits] == [
        (0, " ", ""), (2, "  ", " "), (5, "\n\n\n", "\n\n"), (9, " ", "")]
