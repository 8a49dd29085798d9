"""A pattern compiled when first used or at the cleaner's warm-up (``Pipeline.prepare``),
not at import: the trailers scans run only at a text's end or where a phrase was found,
and compiling the largest of them at import cost ``import cleantext`` some 30 ms (a box
item's date line alone, every month's name in eight languages, about 20 ms with
``regex``).

>>> lazy = Lazy(lambda: re.compile(r"\\d+"))
>>> lazy.compiled.findall("a 12 b 3")
['12', '3']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Generic, TypeVar

import regex

_P = TypeVar("_P", re.Pattern[str], regex.Pattern[str])

#: Every lazy pattern made, for :func:`warm_up`.
_MADE: list[Lazy[re.Pattern[str]] | Lazy[regex.Pattern[str]]] = []


class Lazy(Generic[_P]):
    """``make()`` called once, at the first ``compiled`` or at :func:`warm_up`."""

    __slots__ = ("_compiled", "_make")

    def __init__(self, make: Callable[[], _P]) -> None:
        self._make: Callable[[], _P] = make
        self._compiled: _P | None = None
        _MADE.append(self)

    @property
    def compiled(self) -> _P:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self._make()
        return compiled


def warm_up() -> None:
    """Compile every lazy pattern now, not in the first text that needs one."""
    for lazy in _MADE:
        _ = lazy.compiled
