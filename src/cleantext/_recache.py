"""Large ``re`` patterns compiled once per machine, not once per process.

The families' phrase scans are patterns of tens of kilobytes (tries of every pack's
phrases). The standard library turns a pattern's source into the engine's code in
Python, and for these that is most of the few seconds a process spends before its first
``clean`` - which every worker of ``cleantext clean --jobs N`` spends again, while the
other cores wait on its first chunk. :func:`compile` keeps that code on disk, keyed by
the source, the flags and the engine's version, and hands it to the engine directly the
next time. The pattern is the one ``re.compile`` gives: the engine validates code it is
handed, and a file is used only if its length and checksum match what was written.

The folder is ``$CLEANTEXT_CACHE_DIR`` if set (set and empty: no cache), else
``$XDG_CACHE_HOME/cleantext``, else ``~/.cache/cleantext``. Each Python version and
engine revision has its own subfolder; nothing there is needed, so the folder can be
deleted at any time. Whatever goes wrong - no home, a read-only disk, a damaged or
foreign file, an interpreter whose internals differ - ends in a plain ``re.compile``:
the cache can make a start faster, never a result different.

>>> import re
>>> source = r"(?:read|see) (?:more|also)"
>>> compile(source) .pattern == re.compile(source).pattern
True
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import re
import sys
import threading
import zlib
from array import array
from pathlib import Path
from types import ModuleType
from typing import Any, AnyStr


def _internals() -> tuple[ModuleType, ModuleType, ModuleType] | None:
    """The engine and the stdlib's parser and compiler of its code (``re._parser`` and
    ``re._compiler`` since 3.11, ``sre_parse`` and ``sre_compile`` before), if present."""
    for parser, compiler in (("re._parser", "re._compiler"), ("sre_parse", "sre_compile")):
        try:
            return (importlib.import_module("_sre"), importlib.import_module(parser),
                    importlib.import_module(compiler))
        except ImportError:
            continue
    return None  # pragma: no cover - another implementation of Python


_INTERNALS = _internals()
_sre: Any
_parser: Any
_compiler: Any
_sre, _parser, _compiler = _INTERNALS or (None, None, None)
#: The subfolder for this interpreter and engine: code is valid only where it was made.
_TAG = (f"re-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
        f"-{getattr(_sre, 'CODESIZE', 0)}")
_WORD = "I"  # array type of one code word; used only if its size is the engine's


def folder() -> Path | None:
    """Where compiled patterns are kept, or None when the cache is off."""
    if _INTERNALS is None or array(_WORD).itemsize != getattr(_sre, "CODESIZE", -1):
        return None
    chosen = os.environ.get("CLEANTEXT_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) / _TAG if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if base.startswith("~"):
        return None  # no home folder to expand
    return Path(base) / "cleantext" / _TAG


def compile(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(source, flags)``, with the engine's code kept on disk (see above)."""
    where = folder()
    if where is None:
        return re.compile(source, flags)
    flags = int(flags)
    key = hashlib.sha256(repr((flags, source)).encode("utf-8", "surrogatepass")).hexdigest()
    path = where / key
    try:
        return _load(path, source, flags)
    except Exception:  # missing, damaged or foreign: compile afresh
        pass
    try:
        pattern, record = _build(source, flags)
    except Exception:  # internals unlike those of 3.10 to 3.13: no cache
        return re.compile(source, flags)
    _store(path, record)
    return pattern


def _build(source: AnyStr, flags: int) -> tuple[re.Pattern[AnyStr], tuple[Any, ...]]:
    """The pattern and what rebuilds it, as ``re._compiler.compile`` makes them."""
    tree = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    record = (flags | tree.state.flags, code, tree.state.groups - 1, groupindex, indexgroup)
    return _make(source, record), record


def _make(source: AnyStr, record: tuple[Any, ...]) -> re.Pattern[AnyStr]:
    final_flags, code, groups, groupindex, indexgroup = record
    pattern: re.Pattern[AnyStr] = _sre.compile(source, final_flags, code, groups,
                                               groupindex, tuple(indexgroup))
    return pattern


def _load(path: Path, source: AnyStr, flags: int) -> re.Pattern[AnyStr]:
    head, _, body = path.read_bytes().partition(b"\n")
    final_flags, groups, groupindex, indexgroup, size, crc = json.loads(head)
    if len(body) != size or zlib.crc32(body) != crc:
        raise ValueError("damaged cache file")
    code = array(_WORD)
    code.frombytes(body)
    return _make(source, (final_flags, code.tolist(), groups, groupindex, indexgroup))


def _store(path: Path, record: tuple[Any, ...]) -> None:
    """Write ``record`` under ``path``: to a temporary name of this process and thread,
    then renamed, so a reader (another worker) sees a whole file or none."""
    final_flags, code, groups, groupindex, indexgroup = record
    body = array(_WORD, code).tobytes()
    head = json.dumps([final_flags, groups, groupindex, indexgroup, len(body),
                       zlib.crc32(body)]).encode()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(head + b"\n" + body)
        os.replace(temporary, path)
    except OSError:  # read-only, full or missing: the next process compiles again
        with contextlib.suppress(OSError):
            temporary.unlink()
