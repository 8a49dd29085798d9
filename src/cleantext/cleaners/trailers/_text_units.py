"""A text's units, found line by line from the last and merged into the spans
``trailers`` removes.

Removed: each line's units (frames, read-also links and titles, boxes, and the read-more
units peeled back from its end and from each frame, see _line_units), a feed excerpt's
link after its cut and a wire's "SOURCE <company>" at the end of the text, and the
agency credits and notes that end it; a unit that may only end the text ("Source:
<url>") is tried once the units after it are gone.

Deliberately left alone: a unit must start where a line, a sentence or a link starts
and run to the end of its line, or be a complete feed-trailer frame. A cut sentence
before a link is left to the truncation cleaner, which runs after this one.
"""

from __future__ import annotations

import re

from cleantext._core import Span
from cleantext._lazy import lazy
from cleantext.cleaners.trailers._bare_links import _card_title, _usual_case
from cleantext.cleaners.trailers._boundaries import _prev_nonspace
from cleantext.cleaners.trailers._credits import _credits_start
from cleantext.cleaners.trailers._dated_boxes import _box_heading
from cleantext.cleaners.trailers._feed_trailers import _frames_at
from cleantext.cleaners.trailers._flat_boxes import _flat_site_box, _glued_ranked_tail
from cleantext.cleaners.trailers._lead_links import _dotted_leads, _glued_leads, _ranked_leads
from cleantext.cleaners.trailers._line_boxes import (
    _asked_link,
    _closing_titles,
    _quoted_line,
    _read_also_box,
)
from cleantext.cleaners.trailers._next_round import _carried, _carry, _rescanned
from cleantext.cleaners.trailers._patterns import _DECOR_OPEN, _MAX_HITS, _MAX_PEEL, _TAIL_WINDOW
from cleantext.cleaners.trailers._phrase_book import _Book, _heading_key
from cleantext.cleaners.trailers._start_hits import _hits, _scanned
from cleantext.cleaners.trailers._tail_peel import _best_tail_unit
from cleantext.cleaners.trailers._title_shapes import _title_like
from cleantext.cleaners.trailers._wire_footer import _wire_slug, _wire_source


def _line_units(
    text: str, line: tuple[int, int, list[int]], book: _Book, tail_end: int, first_line: bool
) -> list[tuple[int, int]]:
    """The units of one line. ``tail_end``: where the text ends once the units of the
    lines after this one are gone ("Source: <url>" may only stand there)."""
    ls, le, hits = line
    # The common case first, in one call: a line that is nothing but a link ("Read more »").
    if book.link_end is not None and le - ls <= 120:
        # After the bullets and arrows of a link list ("► Lesen Sie auch", "• Read more").
        first = ls + len(text[ls:le]) - len(text[ls:le].lstrip(_DECOR_OPEN + " \t"))
        # (A heading starts where a trigger does: most lines are not tried.)
        at_hit = first in hits
        heading = _box_heading(text, first, le, tail_end, book) if at_hit else None
        if heading is not None:
            return [(ls, heading)]
        alone = book.link_end.match(text, first, le) if first < le else None
        if alone is None and at_hit and _asked_link(text, first, le, book.link_end):
            return [(ls, le)]
        if alone is not None and _quoted_line(text, ls, le):
            return []
        if alone is not None:
            colon = text[ls:le].rstrip().endswith((":", "："))
            key = _heading_key(alone.group("link"))
            if colon or key in book.list_heads:
                return [(ls, _read_also_box(text, le, tail_end, listed=key in book.list_heads))]
            return [(ls, _closing_titles(text, le, tail_end, key))]
    # Trailers sit at the head or the tail of a line: a line with thousands of hits
    # ("The post The post …") is only tried at its first and last ones.
    tried = hits if len(hits) <= _MAX_HITS else [*hits[:8], *hits[-_MAX_HITS + 8 :]]
    spans = sorted(_frames_at(text, tried, ls, le, book))
    # (Only in the line the text ends in, once the units after it go.)
    ranked = _glued_ranked_tail(text, tried, ls, tail_end, book) if le >= tail_end else []
    # A read-also box glued before a ranked one ("… agua.Noticias relacionadas<title>
    # <title>Lo más leído1. …") ends the text once that one goes: its titles are read
    # in the text cut there (a copy only when there is such a box). A ranked box run
    # into an article sentence ends nothing.
    lead_end = ranked[0][0] if ranked and ls < ranked[0][0] and ranked[0][1] >= tail_end else le
    glued = [
        *_glued_leads(
            text if lead_end == le else text[:lead_end],
            [h for h in tried if h < lead_end], ls, lead_end, book,
        ),
        *_ranked_leads(text, tried, ls, le, book),
        *_dotted_leads(text, tried, ls, le, book),
        *(_flat_site_box(text, tried, ls, tail_end, book) if le >= tail_end else ()),
        *ranked,
    ]
    # Peel read-more units back from the line end and from the start of each frame; a
    # unit at the line end starts at a hit near it, so a long line without one is skipped.
    near_end = hits[-1] >= le - _TAIL_WINDOW
    points = [*([(le, le)] if near_end else []), *((s, e) for s, e in reversed(spans))]
    out = [*spans, *glued]
    reached = tail_end  # everything from here to the end of the text goes
    for point, unit_end in points:
        end = point
        kinds: list[str] = []
        start = last_end = point
        # What is peeled here is at the end of the text if all that follows it goes.
        at_tail = _prev_nonspace(text, reached, unit_end) < 0
        for _ in range(_MAX_PEEL):
            q = _prev_nonspace(text, end, ls)
            if q < 0:
                break
            unit = _best_tail_unit(
                text, (ls, q + 1), hits, book, at_tail=at_tail or q + 1 >= tail_end
            )
            if unit is None:
                break
            start, kind = unit
            kinds.append(kind)
            last_end, end = end, start
        if at_tail:
            reached = min(reached, point)
        if not kinds:
            continue
        # "<title> Read more": a title line with its link goes whole (not the headline).
        if kinds[-1] == "link" and not first_line and _title_like(text, ls, start):
            start = ls
        elif kinds[-1] == "link" and _usual_case(
            text[start:last_end].strip(_DECOR_OPEN + " ")
        ):
            # Flattened, the card's title runs from the sentence end before it.
            card = _card_title(text, ls, start)
            start = start if card is None else card
        out.append((start, point))
        if at_tail:
            reached = min(reached, start)
    return out


def _reach(text: str, units: list[tuple[int, int]], tail_end: int) -> int:
    """Where the text ends once ``units`` (one line's) and everything after ``tail_end`` go."""
    for s, e in sorted(units, reverse=True):
        if _prev_nonspace(text, tail_end, e) >= 0:
            break  # text that stays lies between this unit and the end
        tail_end = min(tail_end, _prev_nonspace(text, s, 0) + 1)
    return tail_end


#: Lines with hits tried per text, from the last: articles hold a few (the written sets
#: and the eval sets at most 16, all rounds together); a text of thousands of short
#: "Source: A" lines, a flood, costs each round this many lines' tries, not one per line.
_MAX_LINES = 200


def _spans(book: _Book, text: str) -> list[Span]:
    carried, _carried[0] = _carried[0], None
    scan = book.starts.scan
    if carried is not None and carried.scan is scan and carried.text == text:
        raw, at = carried.raw, _rescanned(carried)
    else:
        raw = text.encode("utf-8", "surrogatepass")
        at = _scanned(scan, raw)
    hits = _hits(book.starts, text, raw, at)
    # A feed excerpt's link after its cut, in whatever case the theme prints it ("…the
    # plan would... read more", "[…] weiterlesen"): the trigger scan finds links by a
    # capital, a bracket or a line start, so this one unit is looked for at the end of
    # the text, in its last characters only. The cut sentence is the truncation
    # cleaner's, which runs after this one.
    cut = None if book.cut_link is None else _cut_link(book.cut_link, text)
    wire = _wire_source(text)
    credits = _credits_start(text)
    slug = _wire_slug(text)  # an agency's slug line that opens the text
    if not hits and cut is None and wire is None and credits is None and slug is None:
        return []
    lines: list[tuple[int, int, list[int]]] = []  # the last _MAX_LINES, from the last
    ls = len(text) + 1
    for h in reversed(hits):  # one pass from the end, never rescanning a long line
        if h < ls:
            if len(lines) == _MAX_LINES:
                break
            ls = text.rfind("\n", 0, h) + 1
            nl = text.find("\n", h)
            lines.append((ls, len(text) if nl < 0 else nl, []))
        lines[-1][2].append(h)
    for line in lines:
        line[2].reverse()
    # Lines from the last: when the units at the end go, the text ends earlier, and a
    # unit that may only end the text ("Source: <url>") may stand there.
    tail_end = len(text.rstrip())
    first_content = len(text) - len(text.lstrip())
    units_found: list[tuple[int, int]] = [] if slug is None else [slug]
    if cut is not None:
        units_found.append((cut.start("link"), len(text)))
        tail_end = _prev_nonspace(text, cut.start("link"), 0) + 1
    elif wire is not None:
        units_found.append((wire, len(text)))
        tail_end = _prev_nonspace(text, wire, 0) + 1
    if credits is not None:
        units_found.append((credits, len(text)))
        tail_end = min(tail_end, _prev_nonspace(text, credits, 0) + 1)
    # (The last _MAX_LINES lines with hits only: an article holds a handful, a text of
    # nothing but short "Source: A" lines thousands, each tried again in every round.)
    for line in lines:
        units = _line_units(text, line, book, tail_end, line[0] <= first_content)
        units_found.extend(units)
        tail_end = _reach(text, units, tail_end)
    spans = _merge(text, units_found)
    if spans:
        _carried[0] = _carry(scan, text, raw, at, spans)
    return spans


#: A cut mark with a word after it: where a link after a cut may start. Stdlib ``re``, one
#: C-level search of a text's last characters; most texts have none there.
_CUT_WORD = lazy(r"(?:…|\.{3})[\])]?[ \t]{0,3}[^\W\d_]")


def _cut_link(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """A link after a cut that ends the text ("… would... read more"), or None.

    Tried only where a cut mark in the last 120 characters has a word after it (see
    _CUT_WORD): many texts end near a cut (news-API teasers), few with a link after it.
    """
    lo = max(0, len(text) - 120)
    if text.find("…", lo) < 0 and text.find("...", lo) < 0:
        return None  # str.find first: a regex search costs more than the rest of a text
    for near in _CUT_WORD.finditer(text, lo):
        m = pattern.match(text, near.start())
        if m is not None:
            return m
    return None


def _merge(text: str, found: list[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    for start, end in sorted(found):
        # Take the spaces before a unit glued to a sentence: "said. Read more" -> "said."
        s, e = start, end
        while s > 0 and text[s - 1] in " \t":
            s -= 1
        if s == 0 or text[s - 1] == "\n":  # a whole line goes with its line break
            while e < len(text) and text[e] in " \t\r":
                e += 1
            if e < len(text) and text[e] == "\n":
                e += 1
            elif e == len(text):
                while s > 0 and text[s - 1] in "\r\n":
                    s -= 1
        if spans and s <= spans[-1][1]:
            ps, pe, _ = spans[-1]
            spans[-1] = (ps, max(pe, e), "")
        else:
            spans.append((s, e, ""))
    return spans
