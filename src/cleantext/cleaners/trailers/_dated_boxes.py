"""A bare box heading marked ``{dated}`` in the packs ("Related", "Relacionados") alone
on its line, and the items it heads, each a title over its date ("Flood warnings for two
rivers" / "27 Nov 2026 · 3 min read").

One item goes too when it carries a read time ("Harbour fees to rise in April · 3 min
read"): a card's, no article line's.

Deliberately left alone: the heading over anything else (a byline, a poll's options, a
Q&A, a live blog's entries under their clocks, one title dated with a year), the heading under a
question, and the word in flattened text, where it opens names and sentences ("Related
Companies to build …", "Related Works Portrait of a Lady 12 May 1890 …").
"""

from __future__ import annotations

from cleantext._lazy import lazy_regex
from cleantext.cleaners.trailers._boundaries import _prev_nonspace
from cleantext.cleaners.trailers._line_boxes import (
    _heading_line,
    _line_end,
    _read_timed,
    _title_lines,
)
from cleantext.cleaners.trailers._phrase_book import _Book
from cleantext.cleaners.trailers._title_shapes import _read_time


def _box_heading(text: str, first: int, le: int, tail_end: int, book: _Book) -> int | None:
    """Where a box heading alone on the line from ``first`` to ``le`` ends with its
    titles: one that names a site or is marked ``{heading}`` (see _heading_line), or a
    bare one over dated items (see _dated_box); None if the line is neither."""
    end = _heading_line(text, first, le, tail_end, book)
    return _dated_box(text, first, le, tail_end, book) if end is None else end


_YEAR = lazy_regex(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A read time after a card's title on its own line, set apart by a mark ("Harbour fees to
# rise in April · 3 min read"): the last part of the line, short.
_INLINE_META = lazy_regex(r"[ \t][·•|][ \t](?P<meta>[^\n·•|]{1,30}+)\Z")


def _inline_read_time(line: str) -> int:
    """Where the read time that ends the item ``line`` after a mark starts (see
    _INLINE_META and _read_time), or 0 if it ends in none."""
    m = _INLINE_META.search(line, max(0, len(line) - 40))
    return m.start() if m is not None and _read_time(m.group("meta")) else 0


def _dated_item(text: str, title: tuple[int, int, bool]) -> bool:
    """Is the box item ``title`` a title line with a date line under it that holds a
    year or a read time ("27 Nov 2026", "3 min read"), or a read time after it on its
    line ("<title> · 3 min read")? A title opens with a capital,
    runs to three words or more and asks nothing; a Q&A's "Q:"/"A:" line is none, and a
    schedule's entries carry a bare day or a clock."""
    end = _line_end(text, title)
    line = text[title[0] : end]
    inline = _inline_read_time(line) if end == title[1] else 0
    if inline:
        line = line[:inline]  # "<title> · 3 min read": the title before its read time
    if (
        (end == title[1] and not inline)
        or not line[:1].isupper()
        or len(line.split()) < 3
        or "?" in line
        or line.startswith(("Q:", "A:"))
    ):
        return False
    if inline:
        return True
    meta = text[end : title[1]]
    return _YEAR.search(meta) is not None or _read_time(meta)


def _timed_item(text: str, title: tuple[int, int, bool]) -> bool:
    """Does the box item ``title`` carry a read time, under it or after it on its line?"""
    return _read_timed(text, title) or (
        _line_end(text, title) == title[1] and _inline_read_time(text[title[0] : title[1]]) > 0
    )


def _dated_box(text: str, first: int, le: int, tail_end: int, book: _Book) -> int | None:
    """Where a bare box heading marked ``{dated}`` ("Related") ends with its items, if the
    line from ``first`` to ``le`` is one and two items or more follow it, each a title
    with its date line under it ("Flood warnings issued for two rivers" / "27 Nov 2026 ·
    3 min read"); else None.

    One item is a box when it carries a read time ("<title> · 3 min read", or under it):
    a card's, which no article line holds; one with a year only stays (a timeline's
    entry, a dated note).

    The word alone heads a byline, a credit, a time stamp, a numbered list or a poll's
    options too, and those stay: none is a title over a year or a read time (see
    _dated_item), and the first line that is no such item ends the box, and stays. The
    first item stands right under the heading, the next ones one a line, or a blank line
    apart when each carries a read time (as in _announced_titles: a timeline's subheads
    carry dates, never read times). Under a question the lines are its answer's.
    """
    if book.dated is None or book.dated.match(text, first, le) is None:
        return None
    q = _prev_nonspace(text, first, 0)
    if q >= 0 and text[q] in "?？":
        return None  # under a question: an answer's lines, not a box
    end, count = le, 0
    titles = _title_lines(text, le, tail_end)
    timed = bool(titles) and _read_timed(text, titles[0])
    for title in titles:
        if not _dated_item(text, title):
            break  # not an item of this box: it and what follows stay
        if title[2] and not (count and timed and _read_timed(text, title)):
            break
        end, count = title[1], count + 1
    if count == 1 and _timed_item(text, titles[0]):
        return end  # one card with its read time: a box's, no article line carries one
    return end if count >= 2 else None
