"""Truncated endings: the last sentence cut off and ended with a marker.

Feeds, news APIs and teaser extractors cut a text at a length and mark the cut. Markers:
``…``, ``...``, ``..``, ``[…]``, ``[...]``, ``(...)``, and NewsAPI's ``… [+1234 chars]``
or ``[+1234 chars]``. Only a marker at the very end of the text counts.

Removed, by policy:

- ``"drop"`` (default): the incomplete last sentence goes whole with its marker;
- ``"marker"``: the fragment stays, only the marker goes;
- ``"keep"``: nothing changes.

Under every policy but ``"keep"``, a marker after a complete sentence (ending in ``.``,
``!``, ``?``, or a closing quote after one) goes alone: ``"…at the center of the
scandal?…"`` keeps its question. A marker alone on the last line goes alone.

Deliberately left alone: an ellipsis inside a sentence ("overnight… and stocks dump"), a
quotation that closes after its ellipsis (``“we will see…”``), any ellipsis that is not at
the end of the text, a text that is one short teaser line ("Wenn der Wunsch, eine
Spielerfrau zu werden, aus dem Ruder läuft ..."), and a text whose paragraphs end in
ellipses as a matter of style (two or more earlier paragraphs ending in ``…``, as
ZeroHedge writes): there the last one is style too. In flattened text (one line) the cut
sentence is the last sentence of the line; sentences are split by :mod:`cleantext._units`.

>>> truncation()("Prices rose. Analysts expect the central bank to…")
'Prices rose. '
>>> truncation(policy="marker")("Prices rose. Analysts expect the central bank to…")
'Prices rose. Analysts expect the central bank to'
>>> truncation()("Who is she?…")
'Who is she?'
>>> truncation()("Dow up 150 points overnight… and stocks dump at the open.")
'Dow up 150 points overnight… and stocks dump at the open.'
>>> truncation(policy="cut")
Traceback (most recent call last):
...
ValueError: unknown truncation policy 'cut'; valid policies: drop, marker, keep
"""

from __future__ import annotations

import functools

import regex

from cleantext._core import Span, SpanCleaner
from cleantext._units import CLOSERS, sentences

POLICIES = ("drop", "marker", "keep")

#: How far from the end a marker is looked for: the trigger never scans the whole text.
_TAIL = 64
#: How far back the cut sentence may start; a longer "sentence" is not cut off, it is
#: a text without punctuation, and only its marker goes.
_MAX_SENTENCE = 5000
#: A one-line teaser whose ellipsis is style is a headline: at most this long.
_TEASER = 160
_NEWSAPI = r"\[\+\d{1,8}\s?chars?\]"
# Anchored at the end; each alternative is a bounded run, so a search over the tail
# window costs at most _TAIL times a few steps.
_MARKER = regex.compile(
    rf"(?:(?:…|\.{{2,10}}|\[\s?(?:…|\.{{2,5}})\s?\]|\(\s?(?:…|\.{{2,5}})\s?\))"
    rf"(?:\s{{0,3}}{_NEWSAPI})?|{_NEWSAPI})\Z"
)
_PLAIN_ELLIPSIS = regex.compile(r"(?:…|\.{2,10})\Z")
_TERMINAL = ".!?。！？"
_WORD = regex.compile(r"\w+")


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end a complete sentence ("… the scandal?", "… said.”")?"""
    i = end
    while i > start and text[i - 1] in CLOSERS:
        i -= 1
    return i > start and text[i - 1] in _TERMINAL and text[max(start, i - 2) : i] != ".."


def _skip_space_back(text: str, pos: int, floor: int = 0) -> int:
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return pos


def _is_style(text: str, end: int, mstart: int, marker: str) -> bool:
    """Is a plain ellipsis at the end style rather than a cut?"""
    if _PLAIN_ELLIPSIS.search(marker) is None or marker.startswith(("[", "(")):
        return False
    body = text[:end]
    blocks = [b.strip() for b in body.split("\n") if b.strip()]
    # One short teaser line whose last word is whole ("… aus dem Ruder läuft ...").
    if len(blocks) == 1 and mstart > 0 and text[mstart - 1].isspace():
        head = text[:mstart].strip()
        if len(head) <= _TEASER and len(sentences(head)) == 1 and len(_WORD.findall(head)) <= 12:
            return True
    # Paragraphs that end in ellipses as a house style.
    styled = sum(1 for b in blocks[:-1] if b.endswith(("…", "...")))
    return styled >= 2


def _find(policy: str, text: str) -> list[Span]:
    if policy == "keep":
        return []
    # The trigger: a marker character among the last characters, without a scan.
    tail = text[-_TAIL:]
    if "…" not in tail and "." not in tail and "]" not in tail and ")" not in tail:
        return []
    end = _skip_space_back(text, len(text))
    m = _MARKER.search(text, max(0, end - _TAIL), end)
    if m is None:
        return []
    mstart = m.start()
    if text[mstart] in ".…":  # the whole run of dots and ellipses is the marker ("…...")
        mstart = len(text[:mstart].rstrip(".…"))
    if _is_style(text, end, mstart, m.group()):
        return []
    before = _skip_space_back(text, mstart)
    line_start = text.rfind("\n", 0, before) + 1 if before else 0
    if before <= line_start or _ends_sentence(text, line_start, before):
        return [(before, end, "")]  # a marker alone, or after a complete sentence
    if policy == "marker":
        return [(before, end, "")]
    lo = max(line_start, before - _MAX_SENTENCE)
    spans = sentences(text, lo, before)
    if not spans or (spans[-1][0] == lo and lo > line_start):
        return [(before, end, "")]
    return [(spans[-1][0], end, "")]


def truncation(policy: str = "drop") -> SpanCleaner:
    """The truncation cleaner with a ``policy``: ``"drop"``, ``"marker"`` or ``"keep"``."""
    if policy not in POLICIES:
        raise ValueError(
            f"unknown truncation policy {policy!r}; valid policies: {', '.join(POLICIES)}"
        )
    return SpanCleaner("truncation", functools.partial(_find, policy))
