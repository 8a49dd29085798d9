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

import regex

_SPACE = r"\s{1,8}"  # bounded: a flood of spaces after a phrase word stays cheap
_APOSTROPHES = "'’"
#: The trie key that marks "a phrase ends here" (no character is the empty string).
_END = ""


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
    alternation = "|".join(branches)
    if ends:
        return f"(?:{alternation})?"
    return branches[0] if len(branches) == 1 else f"(?:{alternation})"
