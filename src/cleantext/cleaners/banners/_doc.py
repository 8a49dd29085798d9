"""One text under examination (the original, for capitals, and its lower-case copy), and
its lines: a line's bounds and the non-blank lines before and after it; and where a
pattern matched at a place in it ends (``_match_end``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleantext.cleaners.banners._patterns import _Lexicon


@dataclass
class _Doc:
    """One text under examination: the original (for capitals) and its lower-case copy."""

    lex: _Lexicon
    text: str
    low: str
    # A copy of a part (``_from_join``): the whole text's lower-case copy, and where the
    # part starts in it, for a read that looks before the part (``_boxed_offer``).
    outer: str | None = None
    offset: int = 0

    def before(self, start: int, end: int, reach: int) -> str:
        """The lower-cased text from ``reach`` before ``start`` to ``end``, read in the
        whole text where this is a copy of a part of it."""
        low = self.low if self.outer is None else self.outer
        a, b = start + self.offset, end + self.offset
        return low[max(0, a - reach):b]


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


def _match_end(pattern: re.Pattern[str], doc: _Doc, pos: int, end: int, *,
               cut: bool, full: bool = False) -> int | None:
    """Where ``pattern`` matches ``doc.low`` at ``pos`` ends (None if not). With ``cut``,
    the text before ``pos`` is not seen: the pattern's left word edge holds there, where a
    dropped tag ran a button into the word before it ("JÁEntrar")."""
    low, base = (doc.low[pos:end], pos) if cut else (doc.low, 0)
    lo, hi = pos - base, end - base
    m = pattern.fullmatch(low, lo, hi) if full else pattern.match(low, lo, hi)
    return None if m is None else m.end() + base
