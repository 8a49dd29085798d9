"""Patterns compiled when first used or warmed (:func:`warm_up`, from ``Pipeline.prepare``),
not at import: most of the package's scans run only in the texts its gate lets through,
and compiling them all at import made ``import cleantext`` pay for every one of them in
every process, a ``regex`` pattern costing most (its compiler is Python too).

Each :class:`Lazy` (``re``) and :class:`LazyRegex` (``regex``) registers itself; the
package's warm-up compiles all of them, so that no text compiles one after ``prepare``.

>>> scan = Lazy(r"\\bpoll\\b")
>>> scan.search("a poll today").span()
(2, 6)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

import regex

# Every lazy pattern made so far: what ``warm_up`` compiles.
_MADE: list[Lazy | LazyRegex] = []


class Lazy:
    """An ``re`` pattern compiled when first used: the methods the package calls."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        _MADE.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)


class LazyRegex:
    """A ``regex`` pattern compiled when first used: the methods the package calls."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: regex.Pattern[str] | None = None
        _MADE.append(self)

    @property
    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex.compile(self._source)
        return self._compiled

    def search(self, text: str, pos: int | None = None,
               endpos: int | None = None) -> regex.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int | None = None,
              endpos: int | None = None) -> regex.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int | None = None,
                  endpos: int | None = None) -> regex.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int | None = None,
                 endpos: int | None = None) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def sub(self, repl: str | Callable[[regex.Match[str]], str], text: str) -> str:
        return self.compiled.sub(repl, text)


def warm_up() -> None:
    """Compile every lazy pattern now (``Pipeline.prepare``), not in the first text that
    needs it."""
    for scan in _MADE:
        _ = scan.compiled
