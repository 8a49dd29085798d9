"""Finding units at the end of a line: the read-more link, the link that leads a title,
or the feed-trailer frame that ends there (``_best_tail_unit``), peeled back one by one.

Removed: a read-more link alone on a line or glued to its end ("…the federal
government’s..Read more"), a link that leads a title ("Read More: <title>"), an open or
closed frame. Left alone: what follows a link that is the rest of an article sentence
("Continue reading the statement, he said."), and a Title Case headline that ends in a
link's words ("Why Children Should Read More").
"""

from __future__ import annotations

import bisect

import regex

from cleantext._units import sentences
from cleantext.cleaners.trailers._boundaries import (
    _asks_as_title,
    _ends_as_sentence,
    _is_lower,
    _prev_nonspace,
    _starts_unit,
)
from cleantext.cleaners.trailers._feed_trailers import _CLAUSE, _end_site_ok, _site_ok
from cleantext.cleaners.trailers._patterns import _DECOR_OPEN, _TAIL_WINDOW, _marked
from cleantext.cleaners.trailers._phrase_book import _Book
from cleantext.cleaners.trailers._title_end import _glued_title, _runs_on

# --- finding units ------------------------------------------------------------------------


def _title_ok(title: str, sep: str, line_start: bool) -> bool:
    """Is what follows a link ("Read More: <title>") a linked title, not a sentence?"""
    t = title.strip()
    if not t or len(t) > 300:
        return False
    marked = _marked(sep)
    if not marked and _is_lower(t[0]):
        return False  # "Continue reading the statement, he said." is prose
    if not marked and t.rstrip("\"'”’»)]").endswith(".") and not t.endswith(("..", "…")):
        return False  # "Zum Artikel gehört ein Video." is a sentence; titles do not end so
    if line_start:
        return True
    # Glued to an article sentence (flattened text): a title is one short unit.
    return len(sentences(t)) <= 2 and len(t.split()) <= 40


def _decorated_start(text: str, h: int, ls: int) -> int:
    """Where a link that starts at ``h`` starts with its opening decoration ("[", "| ", "» ")."""
    k = h
    while k > ls and text[k - 1] in " \t":
        k -= 1
    if k > ls and text[k - 1] in _DECOR_OPEN:
        k -= 1
        while k > ls and text[k - 1] in _DECOR_OPEN:
            k -= 1
        return k
    return h


def _in_headline(text: str, start: int, ls: int, m: regex.Match[str]) -> bool:
    """Is a Title Case link the end of a Title Case headline ("Why Children Should Read More")?

    A linked title before its link ("… political points Read more") is in sentence case;
    a headline in Title Case uses the link's words as its own.
    """
    words = m.group("link").split()
    q = _prev_nonspace(text, start, ls)
    if len(words) < 2 or q < 0 or not text[q].isalnum():
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    w = q
    while w > ls and not text[w - 1].isspace():
        w -= 1
    return text[w].isupper()


def _best_tail_unit(
    text: str, span: tuple[int, int], hits: list[int], book: _Book, at_tail: bool
) -> tuple[int, str] | None:
    """The shortest read-more unit (or open frame) that ends at ``end``: (start, kind).

    Every such unit starts at a trigger hit, so only the hits in the window before
    ``end`` are tried, latest first, each with anchored matches.
    """
    ls, end = span
    lo = max(ls, end - _TAIL_WINDOW)
    i = bisect.bisect_left(hits, end)
    while i > 0 and hits[i - 1] >= lo:
        i -= 1
        h = hits[i]
        start = _decorated_start(text, h, ls)
        if book.link_end is not None:
            m = book.link_end.match(text, h, end)
            if m is not None and (
                # "September.—More…", or a line that starts with it ("— More…Read more")
                text[h - 1 : h] in ".!?\"”’)" or _prev_nonspace(text, h, ls) < 0
                if m.group("dash") is not None
                else _starts_unit(text, start, ls, h) and not _in_headline(text, start, ls, m)
            ):
                return start, "link"
        if book.link_lead is not None:
            m = book.link_lead.match(text, h, end)
            line_start = _prev_nonspace(text, start, ls) < 0
            if (
                m is not None
                and _starts_unit(text, start, ls, h)
                and _title_ok(m.group("title"), m.group("sep"), line_start)
                # Glued: only a title that visibly runs to the end (see _glued_title); at
                # a line start, not in a line that ends as a sentence does: an article
                # sentence may follow the title (see _runs_on, which looks only then).
                and (
                    (not _ends_as_sentence(text, m.start("title"), end)
                     or _asks_as_title(text, m.start("title"), end))
                    if line_start
                    else _glued_title(text, m.start("title"), end)[0] == "whole"
                )
            ):
                return start, "lead"
        if book.closed is not None:
            # A frame whose site name ends where the next unit starts ("Read the full
            # story at Example News Read More: …") ends at this peel point.
            m = book.closed.match(text, h, end)
            if m is not None and not text[m.end() : end].strip() and _site_ok(m) and (
                _starts_unit(text, h, ls)
            ):
                return h, "frame"
        for pattern, kind in ((book.open_end, "open"), (book.tail if at_tail else None, "tail")):
            m = None if pattern is None else pattern.match(text, h, end)
            if m is None or not _starts_unit(text, h, ls):
                continue
            if kind == "open" and not _open_title_ok(text, m, _prev_nonspace(text, h, ls) < 0):
                continue
            if kind == "tail" and not _end_site_ok(m):
                continue  # "Cet article est paru dans L'Aurore en 1898." dates a text
            if kind == "tail" and not _after_sentence(text, h, ls):
                continue  # "A: This story was produced by …": an answer, a quotation
            return h, kind
    return None


#: What a note that ends the text follows when it is its own sentence: a stop, a closing
#: quote or bracket after one.
_NOTE_AFTER = frozenset(".!?…。！？\"”’»)]")


def _after_sentence(text: str, h: int, ls: int) -> bool:
    """Does the unit at ``h`` open its line or follow a sentence's end? Not after a colon
    or a word: an interview's "A: This story was produced by …", a quotation
    introduced by "a line:", is someone's words, not the site's note."""
    q = _prev_nonspace(text, h, ls)
    # A straight "'" closes a quotation only after a stop ("… leren zwemmen.' Dit artikel
    # is afkomstig van …"); elsewhere it is an apostrophe or opens one.
    return q < 0 or text[q] in _NOTE_AFTER or (
        text[q] == "'" and q > ls and text[q - 1] in ".!?…")


def _open_title_ok(text: str, m: regex.Match[str], line_start: bool) -> bool:
    """Is the title of an open frame ("Read more about <title>", "More: <title>") a
    linked title, not the rest of an article sentence?

    Not when a clause goes on after a comma ("Read more about the case, the judge told
    the jury."), nor when an article sentence visibly follows the title ("Click here for
    the full story The city council approved …", see _runs_on: the frame is a line's
    paragraph only if nothing else shares it); glued after a sentence, only a
    title-length run (see _title_ok). A frame
    that ends in a colon (USA Today's and ABC's "More: <title>") heads a headline, which
    opens with a capital and ends in no full stop: "More: the council also approved a
    plan." is prose.
    """
    title = m.group("title")
    if "," in title and _CLAUSE.search(title) is not None:
        return False
    if not line_start and not _title_ok(title, ":", False):
        return False
    ts = m.start("title")
    if _runs_on(text, ts, m.end("title")) is not None:
        return False
    colon = text[max(0, ts - 12) : ts].rstrip().endswith((":", "："))
    return not colon or _title_ok(title, " ", line_start)
