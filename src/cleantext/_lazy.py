"""Patterns compiled when first used, not when their module is imported.

Compiling a module's patterns at import made up about two thirds of ``import cleantext``
(about 100 ms of 145 on a 2-core machine), although most of them serve scans that run
only in the texts a family's gate lets through, and a short job may never reach them.
:func:`lazy` stands in for ``re.compile`` or ``regex.compile`` at module level: the
pattern is compiled on the first attribute asked of it, or by :func:`warm_up`, which a
cleaner's ``prepare`` calls so that workers of a bulk run compile before they are timed
and before their first chunk.

After that first use the proxy holds the compiled pattern's bound methods in its own
``__dict__``, so ``proxy.search(text)`` costs the same as ``pattern.search(text)``: no
Python frame is added per call.

>>> import re
>>> word = lazy(r"\\bread more\\b", re.IGNORECASE)
>>> word.pattern          # the source is known without compiling
'\\\\bread more\\\\b'
>>> bool(word.search("Read More: Council votes"))
True
>>> word.sub("", "a read more b")
'a  b'
"""

from __future__ import annotations

import re
import sys
from types import ModuleType
from typing import Any, AnyStr, cast

import regex

#: Every proxy made, by the module that made it, so that :func:`warm_up` can compile
#: one family's patterns without compiling every family's.
_MADE: dict[str, list[_LazyPattern]] = {}

_ENGINES: dict[str, ModuleType] = {"re": re, "regex": regex}

#: What a compiled pattern is asked for; each is copied onto the proxy at compile time.
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
           "flags", "groups", "groupindex")


class _LazyPattern:
    """A compiled pattern's stand-in until first use (see the module's docstring)."""

    def __init__(self, source: Any, flags: int, engine: str) -> None:
        self.pattern = source
        self._flags = flags
        self._engine = engine

    def compiled(self) -> Any:
        """The compiled pattern, compiled now if it was not yet."""
        done = self.__dict__.get("_done")
        if done is None:
            # The engine's compile is looked up now, not kept: what wraps it later
            # (a count of compiles in the tests of ``prepare``) sees this call too.
            done = _ENGINES[self._engine].compile(self.pattern, self._flags)
            for name in _COPIED:
                setattr(self, name, getattr(done, name))
            self._done = done
        return done

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not hold yet: compile, then answer.
        if name.startswith("__") or name in ("_done", "_flags", "_engine", "pattern"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Any, ...]:
        # Bound methods of a compiled pattern do not pickle; a proxy pickles as its
        # recipe, and a worker compiles it again on first use or at warm-up.
        return (_LazyPattern, (self.pattern, self._flags, self._engine))

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def _register(proxy: _LazyPattern) -> None:
    module = sys._getframe(2).f_globals.get("__name__", "")
    _MADE.setdefault(module, []).append(proxy)


def lazy(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(source, flags)``, done when the pattern is first used."""
    proxy = _LazyPattern(source, flags, "re")
    _register(proxy)
    return cast("re.Pattern[AnyStr]", proxy)


def lazy_regex(source: AnyStr, flags: int = 0) -> regex.Pattern[AnyStr]:
    """``regex.compile(source, flags)``, done when the pattern is first used.

    >>> bool(lazy_regex(r"\\p{Lu}\\p{Ll}+").match("Council"))
    True
    """
    proxy = _LazyPattern(source, flags, "regex")
    _register(proxy)
    return cast("regex.Pattern[AnyStr]", proxy)


def warm_up(package: str) -> int:
    """Compile every pattern made by ``package`` or its modules that is not compiled
    yet; the number compiled now.

    >>> _ = lazy(r"warm(?:ed)? up")
    >>> warm_up(__name__) >= 1, warm_up(__name__)
    (True, 0)
    """
    count = 0
    for module, made in _MADE.items():
        if module == package or module.startswith(package + "."):
            for proxy in made:
                if "_done" not in proxy.__dict__:
                    proxy.compiled()
                    count += 1
    return count
