"""How the phrases become patterns: trie-factored sources (spaces as bounded runs, "{n}"
as a bounded number, "ß" as both spellings), one trie per script of the first letters,
the opener and body tries run together behind the word starts (``_WordScan``), and the
consent buttons matched capitalised in the original text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from cleantext import _recache
from cleantext._phrases import trie_pattern
from cleantext.cleaners.banners._letters import _B, _E, _LETTERS

# How the phrases are matched, chosen by measurement (one core, dev-clean text): a
# case-insensitive trie of the ~400 opener phrases scans at ~1 MB/s with ``regex`` and
# ~4 with ``re``; the same trie matched case-sensitively against the lower-cased text
# scans at ~10 with ``re``, and lower-casing costs ~600 MB/s. So every scan runs on
# ``text.lower()`` (same offsets), with stdlib ``re`` and bounded repeats (linear on
# any input: each attempt examines at most one phrase's length); capitals are checked
# in the original text. The anchored matches of button runs use possessive repeats.
# Before any of this, a gate on the text's bytes turns away most texts (see "The gate"
# below): ~130 MB/s for the whole cleaner on dev-clean where the trie alone gave ~30.

# trie_pattern case-folds phrases, and folding turns "ß" into "ss", which lower-cased
# text does not have: "ß" is carried through the trie as a private-use character and
# becomes both spellings afterwards.
_SHARP_S = "\ue000"
# "{n}" in a phrase stands for a number, as dialogs print their partner counts ("We and
# our 842 partners"): a digit and up to seven more digits and separators.
_NUMBER = "\ue001"
_NUMBER_SOURCE = r"\d[\d.,\u00a0\u202f]{0,7}"


def _source(phrases: Iterable[str], *, by_script: bool = False) -> str:
    """Trie-factored source for ``phrases``; a pattern that never matches if there are none.

    Spaces inside phrases become a bounded run, and "{n}" a bounded number, so no
    attempt scans far. ``by_script``: one trie per script of the phrases' first letters
    (see :func:`_by_script`).
    """
    listed = [p.lower().replace("ß", _SHARP_S).replace("{n}", _NUMBER)
              for p in phrases if p.strip()]
    if not listed:
        return "(?!)"
    if by_script:
        return "(?:" + "|".join(_by_script(listed)) + ")"
    return "(?:" + _trie(listed) + ")"


def _trie(listed: list[str]) -> str:
    source = trie_pattern(listed).replace(r"\s+", r"\s{1,8}")
    source = source.replace(regex.escape(_NUMBER), _NUMBER_SOURCE)
    return source.replace(regex.escape(_SHARP_S), "(?:ß|ss)")


def _by_script(listed: list[str]) -> list[str]:
    """The trie of the phrases that begin with a Latin letter (or a digit, a punctuation
    mark, a placeholder), and one branch for all the others: their first letters as one
    class, then each one's trie after a one-letter look-behind. A trie's top level is an
    alternation that ``re`` tries branch by branch, one per first letter, each skipped
    by a test of its first letter: where the Latin branch of a word fails, every later
    one is tested too, and the Greek, Cyrillic and CJK ones cost Latin text a test each
    at every word (the Greek pack's ~30 first letters made the wording scan ~7% slower
    on English text). One class is one test. Only for scans that begin with a literal
    or a look-behind: a trie whose first letters are all literals lets ``re`` skip
    through the text to them (``gate``, ``opener_head``), and a class among them would
    lose that skip. (Which phrase matches is as with one trie: no phrase of one branch
    begins with another's first letter.)"""
    latin: list[str] = []
    others: dict[str, list[str]] = {}
    for p in listed:
        first = " ".join(p.split())[:1]
        if ord(first) < 0x0370 or first in (_SHARP_S, _NUMBER):
            latin.append(p)
        else:
            others.setdefault(first, []).append(p)
    parts = [_trie(latin)] if latin else []
    if others:
        rests = []
        for first, ps in sorted(others.items()):
            source, head = _trie(ps), regex.escape(first)
            if not source.startswith(head):  # several branches: "(?:α…|…)" cannot be
                raise AssertionError(source)  # (they all begin with ``first``)
            rests.append(f"(?<={head}){source[len(head):]}")
        firsts = "".join(re.escape(c) for c in sorted(others))
        parts.append(f"[{firsts}](?:{'|'.join(rests)})")
    return parts


def _scan(phrases: Iterable[str], *, left: bool = True, right: bool = True) -> re.Pattern[str]:
    """A scan for ``phrases`` in lower-cased text, with word edges where asked."""
    return _recache.compile((_B if left else "") + _source(phrases, by_script=left)
                            + (_E if right else ""))


# The opener and body tries run over every line that holds a stem, the whole text when
# it has lost its line breaks. ``re`` finds the first character of a pattern that begins
# with a literal by a fast skip, but one that begins with a look-behind (the left word
# edge) is tried at every position, and that try cost as much as the tries themselves.
# A word starts after a space, after another character that is not a letter, or at the
# line's start; so both tries run, each in a look-ahead, behind a literal space, behind
# a class of the other non-letters, and once at the start (one pass of each for the
# two tries), and the matches are put in the order ``finditer`` would give.


@dataclass(frozen=True)
class _WordScan:
    """``spans(low, start, end)`` is, for the opener and the body trie with the left word
    edge (``_B``) before each, ``[m.span() for m in trie.finditer(low, start, end)]``."""

    at: re.Pattern[str]  # ``_B`` and the look-aheads: tried at ``start`` only
    after_space: re.Pattern[str]  # a space, then the look-aheads
    after_other: re.Pattern[str]  # another non-letter, then the same

    def spans(self, low: str, start: int,
              end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The opener wordings' spans, and the body wordings'."""
        first = self.at.match(low, start, end)
        found: list[re.Match[str]] = [] if first is None else [first]
        found += self.after_space.finditer(low, start, end)
        found += self.after_other.finditer(low, start, end)
        # A group that did not match spans (-1, -1): before ``start``, so ``_in_turn``
        # passes over it.
        return (_in_turn([m.span(1) for m in found], start),
                _in_turn([m.span(2) for m in found], start))


def _in_turn(found: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """What ``finditer`` returns, from all the places a pattern matches (and any before
    ``start``, which are left out): from ``start``, and then from each match's end on,
    the first match that starts there or later.

    A match depends only on where it starts (the look-behind reads the text before
    ``start`` as ``finditer`` does), and no phrase matches empty.
    """
    out: list[tuple[int, int]] = []
    pos = start
    for a, b in sorted(found):
        if a >= pos:
            out.append((a, b))
            pos = b
    return out


def _word_scan(openers: Iterable[str], bodies: Iterable[str]) -> _WordScan:
    """The opener trie (with the right word edge) as group 1, the body trie (without:
    body wordings may end mid-word, "cookielawinfo-checkbox-…") as group 2; a place
    where neither matches is no match."""
    both = (f"(?=({_source(openers, by_script=True)}{_E})|)"
            f"(?=({_source(bodies, by_script=True)})|)"
            "(?(1)|(?(2)|(?!)))")
    return _WordScan(_recache.compile(_B + both), _recache.compile(" " + both),
                     _recache.compile(f"[^ {_LETTERS}]" + both))


# The button patterns were written for ``regex``, whose ``\s`` leaves out \x1c-\x1f
# (``re``'s takes them: they are ``str.isspace``). ``re`` compiles them four times
# faster, so they are compiled with ``re`` and ``regex``'s spaces spelt out.
_REGEX_SPACES = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def _regex_spaces(source: str) -> str:
    r"""``source`` with each ``\s`` (in a class or not) as the spaces ``regex`` means."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            escape = source[i : i + 2]
            if escape == r"\s":
                escape = _REGEX_SPACES if in_class else f"[{_REGEX_SPACES}]"
            out.append(escape)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def _capitalised(phrases: Iterable[str]) -> str:
    """A source matching each phrase with its first letter a capital and the rest in any
    case, trie-factored after the capital; spaces as in :func:`_source`."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        plain = " ".join(phrase.lower().split())
        if plain:
            groups.setdefault(plain[0], []).append(plain[1:])
    branches = []
    for first, rests in sorted(groups.items()):
        # trie_pattern drops a leading space ("i accept"): those rests go after one.
        inner = [_source(r for r in rests if r and r[0] != " "),
                 r"\s{1,8}" + _source(r.lstrip() for r in rests if r[:1] == " ")]
        if "" in rests:
            inner.append("")
        branches.append(re.escape(first.upper()) + "(?i:" + "|".join(inner) + ")")
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"
