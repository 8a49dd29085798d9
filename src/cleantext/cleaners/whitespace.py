"""Whitespace, always last: what the other cleaners leave behind, tidied.

- CR LF and CR become LF;
- runs of spaces and tabs inside a line become one space;
- spaces at the start and end of each line are dropped;
- runs of blank lines become one blank line;
- blank lines at the start and end of the text are dropped.

Deliberately left alone: the text's own line structure. A single line break stays a
single line break and paragraphs stay paragraphs; nothing is reflowed or joined.

>>> whitespace("\\n\\n  Title \\r\\n\\r\\n\\r\\nFirst  line\\t here\\nsecond line  \\n\\n")
'Title\\n\\nFirst line here\\nsecond line'
"""

from __future__ import annotations

import regex

from cleantext._core import Span, SpanCleaner

# Each alternative is bounded by what it can consume: a run of one character class.
_WS = regex.compile(
    r"""
      \A[\s]+                        # leading blank lines and spaces
    | [\s]+\Z                        # trailing ones
    | [ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t]*  # two or more line breaks, with the spaces around
    | [ \t]*(?:\r\n|\r|\n)[ \t]*     # one line break with the spaces around it
    | [ \t]{2,} | \t                 # a run of spaces inside a line
    """,
    regex.VERBOSE,
)


def _ws_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _WS.finditer(text):
        start, end = m.span()
        if start == 0 or end == len(text):
            new = ""
        else:
            s = m.group()
            breaks = s.count("\n") + s.replace("\r\n", "").count("\r")
            new = "\n\n" if breaks >= 2 else "\n" if breaks == 1 else " "
        if text[start:end] != new:
            spans.append((start, end, new))
    return spans


whitespace = SpanCleaner("whitespace", _ws_spans)
