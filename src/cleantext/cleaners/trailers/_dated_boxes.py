"""A bare box heading marked ``{dated}`` in the packs ("Related", "Relacionados") and the
items it heads, each a title over its date ("Flood warnings for two rivers" / "27 Nov
2026 · 3 min read"): as lines (``_dated_box``), and with its lines joined by spaces or by
nothing (``_flat_dated_box``: "… hours. Related <title> 27 Nov 2026 · 3 min read <title>
25 Nov 2026 07:50 GMT …").

Deliberately left alone: the heading over anything else (a byline, a poll's options, a
live blog's entries under their clocks, one dated title), and the word inside a
sentence ("Related talks began on 3 Oct 2026 …": a title opens with a capital).
"""

from __future__ import annotations

import regex

from cleantext._phrases import trie_pattern
from cleantext.cleaners.trailers._boundaries import _ends_sentence, _prev_nonspace
from cleantext.cleaners.trailers._line_boxes import (
    _heading_line,
    _line_end,
    _read_timed,
    _title_lines,
)
from cleantext.cleaners.trailers._phrase_book import _Book
from cleantext.cleaners.trailers._spaced_titles import _TITLE_END_WORDS
from cleantext.cleaners.trailers._title_shapes import _DATE, _MINUTES, _READ_TIME


def _box_heading(text: str, first: int, le: int, tail_end: int, book: _Book) -> int | None:
    """Where a box heading alone on the line from ``first`` to ``le`` ends with its
    titles: one that names a site or is marked ``{heading}`` (see _heading_line), or a
    bare one over dated items (see _dated_box); None if the line is neither."""
    end = _heading_line(text, first, le, tail_end, book)
    return _dated_box(text, first, le, tail_end, book) if end is None else end


def _dated_box(text: str, first: int, le: int, tail_end: int, book: _Book) -> int | None:
    """Where a bare box heading marked ``{dated}`` ("Related") ends with its items, if the
    line from ``first`` to ``le`` is one and two items or more follow it, each a title
    with its date line under it ("Flood warnings issued for two rivers" / "27 Nov 2026 ·
    3 min read"); else None.

    The word alone heads a byline, a credit, a time stamp, a numbered list or a poll's
    options too, and those stay: none is a title over a date. The first item stands
    right under the heading, the next ones one a line, or a blank line apart when each
    carries a read time (as in _announced_titles: a timeline's subheads carry dates,
    never read times); an item without its date line ends the box, and stays.
    """
    if book.dated is None or book.dated.match(text, first, le) is None:
        return None
    end, count = le, 0
    titles = _title_lines(text, le, tail_end)
    timed = bool(titles) and _read_timed(text, titles[0])
    for title in titles:
        if _line_end(text, title) == title[1]:
            break  # no date line: not an item of this box
        if title[2] and not (count and timed and _read_timed(text, title)):
            break
        end, count = title[1], count + 1
    return end if count >= 2 else None


# A flattened item: a title that opens with a capital and holds no full stop, then its
# date, run into its last word or a space away, and the read time after a dot or a bar
# ("Flood warnings for two rivers27 Nov 2026 · 3 min read"). The title is the shortest
# run to a date, a few hundred characters at most (a failed box costs a short scan),
# and ends in no word a date follows in prose ("… met on 12 Nov 2026"): a preposition,
# an article or a verb of saying; the date is whole, no figure before or after it.
_END_WORDS = trie_pattern(sorted(_TITLE_END_WORDS))
_FLAT_ITEM = regex.compile(
    rf"[ \t]?(?-i:\p{{Lu}})[^\n.]{{7,150}}?[^\s.](?<!\b(?:{_END_WORDS}))"
    rf"[ \t]?(?<!\d)(?:{_DATE})(?!\d)"
    rf"(?:[ \t]{{0,3}}[·|•][ \t]{{0,3}}(?:{_READ_TIME}|{_MINUTES}))?",
    regex.V0 | regex.IGNORECASE,
)
_MAX_ITEMS = 10  # a box's items: a few


def _flat_items(text: str, pos: int, le: int) -> int | None:
    """Where two dated items or more from ``pos`` end (see _FLAT_ITEM), else None."""
    count = 0
    while count < _MAX_ITEMS:
        m = _FLAT_ITEM.match(text, pos, le)
        if m is None:
            break
        pos, count = m.end(), count + 1
    return pos if count >= 2 else None


def _flat_dated_box(
    text: str, hits: list[int], ls: int, le: int, book: _Book
) -> list[tuple[int, int]]:
    """The bare ``{dated}`` headings with their items in the line from ``ls`` to ``le``
    where its blocks were joined by spaces or by nothing: a heading after a sentence's
    end, glued or a space away, in its usual case ("… hours. Related", "… hours.Related"),
    then two dated items or more (see _flat_items); the box ends after the last item's
    date or read time, where the article goes on."""
    if book.dated_flat is None:
        return []
    out: list[tuple[int, int]] = []
    for h in hits:
        q = _prev_nonspace(text, h, ls)
        if q < 0 or not text[h].isupper() or not _ends_sentence(text, q):
            continue
        m = book.dated_flat.match(text, h, le)
        end = None if m is None else _flat_items(text, m.end(), le)
        if end is not None:
            out.append((h, end))
    return out
