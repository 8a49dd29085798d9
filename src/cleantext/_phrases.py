"""Phrase packs: data files of boilerplate wording, compiled once into trie-shaped patterns.

A pack is a UTF-8 text file ``data/<family>.<lang>.txt``: one phrase per line, ``#``
starts a comment. Phrases are literal text; when compiled, a space matches a run of up to
eight whitespace characters, an apostrophe matches ``'`` or ``’``, and case is ignored.

A flat alternation of a few hundred phrases makes the regex engine try every phrase
at every position; factoring the phrases into a trie (shared prefixes written once)
lets it reject most positions after one or two characters. That is what
:func:`trie_pattern` does.

>>> trie_pattern(["read more", "read the full story", "reading"])
'read(?:\\\\s{1,8}(?:more|the\\\\s{1,8}full\\\\s{1,8}story)|ing)'
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import regex

_SPACE = r"\s{1,8}"  # bounded: a flood of spaces after a phrase word stays cheap
_APOSTROPHES = "'’"
#: Characters whose regex escaping must be explicit in a trie.
_END = ""


def read_pack(path: str | Path) -> list[str]:
    """The phrases of one pack file (or any text file in the same format)."""
    text = Path(path).read_text(encoding="utf-8")
    return parse_pack(text)


def parse_pack(text: str) -> list[str]:
    """Phrases from pack text: one a line, blank lines and ``#`` comments skipped.

    >>> parse_pack("# consent\\nwe use cookies\\n\\nAccept all  # button\\n")
    ['we use cookies', 'Accept all']
    """
    out = []
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(" ".join(line.split()))
    return out


@cache
def packaged(family: str) -> tuple[str, ...]:
    """Every packaged phrase of ``family``, all languages, in file order, deduplicated."""
    seen: dict[str, None] = {}
    root = resources.files("cleantext") / "data"
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        name = entry.name
        if name.startswith(family + ".") and name.endswith(".txt"):
            for phrase in parse_pack(entry.read_text(encoding="utf-8")):
                seen.setdefault(phrase.casefold(), None)
    return tuple(seen)


def _escape_char(ch: str) -> str:
    if ch == " ":
        return _SPACE
    if ch in _APOSTROPHES:
        return "['’]"
    return regex.escape(ch)


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex source matching any of ``phrases``, factored as a character trie.

    Longer phrases win over their prefixes (alternatives are ordered longest first
    within each branch, and the empty alternative comes last).
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = trie
        # lower(), not casefold(): folding turns "ß" into "ss", which an
        # IGNORECASE pattern would no longer match against "ß" in the text.
        for ch in " ".join(phrase.lower().split()):
            key = "'" if ch in _APOSTROPHES else ch
            node = node.setdefault(key, {})
        node[_END] = {}
    return _emit(trie)


def _emit(node: dict) -> str:  # type: ignore[type-arg]
    branches = []
    ends = False
    for ch in sorted(node):
        if ch == _END:
            ends = True
            continue
        branches.append(_escape_char(ch) + _emit(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    if ends:
        body = "(?:" + "|".join(branches) + ")?"
    return body


def compile_phrases(
    phrases: Iterable[str], *, before: str = "", after: str = ""
) -> regex.Pattern[str]:
    """Compile phrases into one case-insensitive pattern, wrapped in ``before``/``after``.

    >>> p = compile_phrases(["we use cookies"], before=r"\\b", after=r"\\b")
    >>> bool(p.search("Hi! We  use cookies."))
    True
    """
    return regex.compile(before + "(?:" + trie_pattern(phrases) + ")" + after,
                         regex.IGNORECASE | regex.V0)
