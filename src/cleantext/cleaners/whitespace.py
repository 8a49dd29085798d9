"""Whitespace, always last: what the other cleaners leave behind, tidied.

- CR LF and CR become LF;
- runs of spaces and tabs inside a line become one space, a lone tab a space;
- spaces and tabs at the start and end of each line are dropped;
- runs of blank lines (empty or only spaces and tabs) become one blank line;
- blank lines and spaces at the start and end of the text are dropped.

Deliberately left alone: the text's own line structure. A single line break stays a
single line break and paragraphs stay paragraphs; nothing is reflowed or joined.
Other spaces and breaks (NBSP, U+2003, U+2028, form feeds) are the ``unicode``
cleaner's to normalise; here they are text, and so are zero-width characters: a line
holding only a zero-width space is not blank.

>>> whitespace("\\n\\n  Title \\r\\n\\r\\n\\r\\nFirst  line\\t here\\nsecond line  \\n\\n")
'Title\\n\\nFirst line here\\nsecond line'
>>> whitespace("one\\r\\rtwo\\rthree")
'one\\n\\ntwo\\nthree'
"""

from __future__ import annotations

import re

import regex

from cleantext._core import Span, SpanCleaner

# The whitespace this cleaner tidies; every other space or break is text here.
_WS_CHARS = " \t\r\n"

# Where the text needs tidying. A run of whitespace between two characters of text is
# left as it is when it is one space, one line break or one paragraph break ("\n\n");
# any other run holds a *spot*: a tab or CR, two spaces, a space next to a line break,
# or three line breaks (a run of spaces and line breaks that holds both has a space
# next to a line break somewhere). So instead of visiting every run (every space
# between two words, every paragraph break) the cleaner looks for spots, each kind
# with a search that runs in C (a substring search, or a scan that stops only at line
# breaks), and takes the run around each spot.
#
# Linear on any input: a run is one character class under ``*`` (nothing follows it,
# so nothing to backtrack), matched forward from a spot to the run's end and backward
# to its start, and each search goes on from where the last run found ended.

# A run of whitespace, from where a match starts (``re``: half the cost of a ``regex``
# call); and backward, from where it ends (``regex``'s reverse matching, so a spot
# found far into a run is not walked back from in Python).
_RUN = re.compile(r"[ \t\r\n]*")
_RUN_BEFORE = regex.compile(r"[ \t\r\n]*+", flags=regex.REVERSE)
# " \n", "\n " and "\n\n\n", with the rest of their run, as one scan that starts at a
# line break (``re`` skips to each "\n" in C); the space before one is a look-behind.
_UNTIDY_BREAK_RUN = re.compile("\n(?: |\n\n|(?<= \n))[ \t\r\n]*")


def _run_start(text: str, spot: int, lead: int) -> int:
    """Where the run of whitespace holding ``spot`` starts (not before ``lead``).

    Spots sit at most a character or two into their run (" \n", "\n\n\t"): those are
    stepped over here, anything longer matched backward in C.
    """
    ws = _WS_CHARS
    if text[spot - 1] not in ws:
        return spot
    if text[spot - 2] not in ws:
        return spot - 1
    m = _RUN_BEFORE.match(text, lead, spot)
    return spot if m is None else m.start()


def _untidy_runs(text: str, lead: int, tail: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of whitespace in ``text[lead:tail]`` that holds a spot,
    in order (``lead`` and ``tail`` are where the text proper starts and ends)."""
    runs: dict[int, int] = {}  # start: end; a run with spots of several kinds is one run
    for needle in ("\t", "\r", "  "):
        at = text.find(needle, lead, tail)
        while at != -1:
            m = _RUN.match(text, at)
            end = at if m is None else m.end()
            runs[_run_start(text, at, lead)] = end
            at = text.find(needle, end, tail)
    for m in _UNTIDY_BREAK_RUN.finditer(text, lead, tail):
        runs[_run_start(text, m.start(), lead)] = m.end()
    return sorted(runs.items())


def _replacement(run: str) -> str:
    """What a run of whitespace between two characters of text becomes."""
    breaks = run.count("\n") + run.count("\r") - run.count("\r\n")
    return "\n\n" if breaks >= 2 else "\n" if breaks == 1 else " "


def _ws_spans(text: str) -> list[Span]:
    size = len(text)
    m = _RUN.match(text)
    lead = 0 if m is None else m.end()
    if lead == size:
        return [(0, size, "")] if size else []
    tail = len(text.rstrip(_WS_CHARS))  # the text itself when nothing is stripped
    spans: list[Span] = [(0, lead, "")] if lead else []
    # A run with a spot always changes: its replacement has no tab, CR or space next
    # to a line break, at most two line breaks, and is one space where it has none.
    spans.extend((s, e, _replacement(text[s:e])) for s, e in _untidy_runs(text, lead, tail))
    if tail < size:
        spans.append((tail, size, ""))
    return spans


class _NeedsTidying:
    """The gate: ``search`` is true exactly when ``_ws_spans`` would change something:
    whitespace at either end of the text, or a spot.

    Each test runs in C: the single characters are a ``memchr``, the line-break spots
    one scan that stops only at line breaks, and "two spaces" a substring search. A
    tidy text (most of a corpus, once the other cleaners are done) costs those few
    passes and nothing else.
    """

    def search(self, text: str, /) -> bool | None:
        if not text:
            return None
        if text[0] in " \n" or text[-1] in " \n":
            return True
        if "\t" in text or "\r" in text or _UNTIDY_BREAK_RUN.search(text) is not None:
            return True
        return "  " in text or None


whitespace = SpanCleaner("whitespace", _ws_spans, trigger=_NeedsTidying())
