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

import regex

from cleantext._core import Span, SpanCleaner

# Every run of two or more whitespace characters is taken whole (possessive), so a
# match never rescans its run: linear on any input. Single characters are matched
# only where they need a change: a tab or CR anywhere, a space or LF at either end.
_WS = regex.compile(r"[ \t\r\n]{2,}+|[\t\r]|\A[ \n]|[ \n]\Z")


def _ws_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    size = len(text)
    for m in _WS.finditer(text):
        start, end = m.span()
        if start == 0 or end == size:
            new = ""
        else:
            s = m.group()
            lf = s.count("\n")
            breaks = lf + s.count("\r") - s.count("\r\n")
            new = "\n\n" if breaks >= 2 else "\n" if breaks == 1 else " "
        if new != m.group():
            spans.append((start, end, new))
    return spans


class _NeedsTidying:
    """The gate: ``search`` is true exactly when ``_ws_spans`` would change something.

    Each test is a substring search in C, so a tidy text (most of a corpus, once the
    other cleaners are done) costs a few passes of ``memchr``-speed scanning instead of
    one match per paragraph break.
    """

    _PIECES = ("\t", "\r", "  ", " \n", "\n ", "\n\n\n")

    def search(self, text: str, /) -> bool | None:
        if not text:
            return None
        if text[0] in " \n" or text[-1] in " \n":
            return True
        return any(piece in text for piece in self._PIECES) or None


whitespace = SpanCleaner("whitespace", _ws_spans, trigger=_NeedsTidying())
