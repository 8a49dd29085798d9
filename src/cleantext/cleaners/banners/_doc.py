"""One text under examination (the original, for capitals, and its lower-case copy), and
its lines: a line's bounds and the non-blank lines before and after it."""

from __future__ import annotations

from dataclasses import dataclass

from cleantext.cleaners.banners._patterns import _Lexicon


@dataclass
class _Doc:
    """One text under examination: the original (for capitals) and its lower-case copy."""

    lex: _Lexicon
    text: str
    low: str


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _next_line(text: str, pos: int) -> tuple[int, int] | None:
    """The first non-blank line from the line start ``pos`` on."""
    n = len(text)
    while pos < n:
        s, e = _line_bounds(text, pos)
        if text[s:e].strip():
            return s, e
        pos = e + 1
    return None


def _prev_line(text: str, pos: int) -> tuple[int, int] | None:
    """The last non-blank line ending before the line start ``pos``."""
    while pos > 0:
        s, e = _line_bounds(text, pos - 1)
        if text[s:e].strip():
            return s, e
        pos = s
    return None
