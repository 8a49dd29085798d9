"""Read-also links inside a line, with as much of their title as is visible: after a
sentence (``_glued_leads``), at a line start with an article sentence after the title,
with a ranked box, or with a full stop for a separator; and whether another unit starts
at a hit (``_next_unit_at``), ending a title before it.
"""

from __future__ import annotations

import bisect

import regex

from cleantext._lazy import lazy
from cleantext.cleaners.trailers._bare_links import (
    _after_title,
    _sentence_after,
    _title_before_link,
    _usual_case,
)
from cleantext.cleaners.trailers._boundaries import (
    _asks_as_title,
    _ends_as_sentence,
    _ends_sentence,
    _is_lower,
    _prev_nonspace,
    _quoted_phrase,
    _starts_unit,
)
from cleantext.cleaners.trailers._feed_trailers import _site_ok
from cleantext.cleaners.trailers._flat_boxes import (
    _box_end,
    _closing_decor,
    _glued_box_title,
    _ranked_box,
    _read_also_end,
)
from cleantext.cleaners.trailers._patterns import _MAX_FRAME, _marked
from cleantext.cleaners.trailers._phrase_book import _Book, _heading_key
from cleantext.cleaners.trailers._sentence_starts import _TOKEN
from cleantext.cleaners.trailers._tail_peel import _decorated_start, _in_headline
from cleantext.cleaners.trailers._title_end import _seen_end
from cleantext.cleaners.trailers._title_shapes import _title_like


def _line_start_lead(
    text: str, h: int, start: int, le: int, link_sep: regex.Pattern[str]
) -> int | None:
    """Where a link with a marked separator at a line start ends, with as much title as
    is visible, when an article sentence follows in its line (see _runs_on); None when
    the paragraph rule holds (the tail peel takes the line whole, or refuses it)."""
    m = link_sep.match(text, h, le)
    if m is None or not _marked(m.group("sep")):
        return None
    if _dialogue(text, m):
        return None
    if not _ends_as_sentence(text, m.end(), le) or _asks_as_title(text, m.end(), le):
        return None  # the paragraph rule: a title runs to the line end
    seen = _seen_end(text, m.end(), le)  # what _runs_on does past its own check
    if seen is not None:
        return seen
    # No title end is visible, and the line ends as a sentence does: it may be one, so
    # only the link words go ("Read more: Council Backs Budget Smith said the vote was
    # close." keeps the rest).
    return _prev_nonspace(text, m.end(), start) + 1


def _dialogue(text: str, m: regex.Match[str]) -> bool:
    """Is the link ``m`` (a ``link_sep`` match) a quotation set off by dashes, with the
    verb of saying in lower case after it ("– Ezt olvasta már? – kérdezte …", as
    Hungarian, Finnish and Swedish write dialogue), no link and title?"""
    return _is_lower(text[m.end()]) and any(c in "–—" for c in m.group("sep"))


# A first rank, "1." or "1)", as a word of its own: _ranked_box reads ranks as whole
# tokens, so a line without one ("2021.", "$1.2bn") holds no ranked box.
_FIRST_RANK = lazy(r"(?<!\w)1[.)](?!\S)")


def _ranked_leads(
    text: str, hits: list[int], ls: int, le: int, book: _Book
) -> list[tuple[int, int]]:
    """Most-read headings glued at a line start or after a sentence end with their ranked
    box ("… Association.Most Read 1. <title> 2. <title> …", see _ranked_box): the ranks
    show the box and its items where _glued_leads sees one title at most. Only a line
    with a first rank ("1." or "1)") in it is tried."""
    if book.link_sep is None or _FIRST_RANK.search(text, ls, le) is None:
        return []
    out: list[tuple[int, int]] = []
    for h in hits:
        start = _decorated_start(text, h, ls)
        q = _prev_nonspace(text, start, ls)
        if q >= 0 and not _starts_unit(text, start, ls, h):
            continue
        m = book.link_sep.match(text, h, le)
        if (
            m is None or not text[m.end() : m.end() + 1].isdigit()
            or _heading_key(m.group("link")) not in book.list_heads
        ):
            continue
        te = _ranked_box(text, m.end(), le)
        # After no sentence end (widget debris: "… Nieuwste eerst Meest gelezen 1. <title>
        # 2. <title>"), only a box whose ranked items run to the end of the text.
        if te is not None and (q < 0 or _ends_sentence(text, q) or (
                te == le and _prev_nonspace(text, len(text), le) < 0)):
            out.append((start, te))
    return out


def _glued_leads(  # noqa: PLR0915
    text: str, hits: list[int], ls: int, le: int, book: _Book
) -> list[tuple[int, int]]:
    """Read-also links glued after a sentence inside a line, with as much title as is visible.

    A link at the start of a line keeps the paragraph rule (its title runs to the line
    end), unless an article sentence visibly follows its title in the line (see
    _runs_on); here the link follows a sentence end in the same line, and _glued_title
    decides how much of what follows is its title. A unit right after another's title,
    or after a bare link's words that go alone, stands as after a sentence end.
    """
    if book.link_sep is None:
        return []
    out: list[tuple[int, int]] = []
    cut_ends: set[int] = set()  # where a title cut before the next unit ends
    for h in hits:
        start = _decorated_start(text, h, ls)
        q = _prev_nonspace(text, start, ls)
        if q < 0:
            te = _line_start_lead(text, h, start, le, book.link_sep)
            if te is not None:
                out.append((start, te))
                cut_ends.add(te)
            continue
        if _quoted_phrase(text, start, le):
            continue  # "… deux mots. « Lire la suite ». Ravier …": the article quotes it
        # After a title that ends where this unit starts, the unit stands as after a
        # sentence, glued to the title's last word too ("… backs budgetRead More: …").
        if q + 1 not in cut_ends and not _starts_unit(text, start, ls, h):
            continue
        ended = q + 1 in cut_ends or _ends_sentence(text, q)
        # Or after a headline or a label, which carry no full stop (see _after_title):
        # then only a link in its usual case, and only its words go.
        titled = not ended and _after_title(text, ls, start)
        d = _closing_decor(text, h, le, book)
        if d is not None and (ended or (titled and _usual_case(d.group("link")))):
            # "… until dawn. Continue reading… Officials said …": the mark ends the link.
            w = _TOKEN.search(text, d.end(), le)
            if w is not None and w.group()[:1].isupper():
                out.append((start, _box_end(text, d, le, book)))
            continue
        m = book.link_sep.match(text, h, le)
        if m is None or _dialogue(text, m):
            continue
        marked = _marked(m.group("sep"))
        if not marked and not (ended or (titled and _usual_case(m.group("link")))):
            # A bare link inside a sentence is prose ("Lesen Sie auch:" is not), unless
            # a card's title runs to it from a full stop ("… cut. <title> Read more …").
            out.extend(_title_before_link(text, (ls, le), start, m))
            continue
        ts = m.end()
        if (not marked or not (ended or titled)) and _is_lower(text[ts]):
            # "… said. Read on the way home" is prose, and so is a marked link inside a
            # sentence that goes on ("un clic sur « Lire la suite » suffisait").
            continue
        if titled and not marked:
            # A bare link after a headline: no title after it is taken, only its words go.
            if _sentence_after(text, start, ts, le, m.group("link")):
                out.append((start, m.end("link")))
            continue
        nexts = frozenset(
            k for k in hits[bisect.bisect_right(hits, ts) :] if k < ts + 300
            and _next_unit_at(text, k, ls, le, book)
        )
        kind, te = _glued_box_title(
            text, ts, le, nexts, link=m.group("link"), sep=m.group("sep"), book=book
        )
        if kind == "whole":
            continue  # the tail peel takes it (or it is prose the tail rules refused)
        if kind == "none":
            kind, te = _read_also_end(
                text, ts, le, m.group("link"), marked=marked, book=book
            )
        if kind == "cut":
            out.append((start, te))
            cut_ends.add(te)
            continue
        # No visible end: the link words go alone, with a marked separator; an unmarked
        # link only when a sentence plainly starts after it ("Lire la suite L’article …").
        if marked:
            out.append((start, _prev_nonspace(text, ts, start) + 1))
        elif _sentence_after(text, start, ts, le, m.group("link")):
            out.append((start, m.end("link")))
            # A unit right after the link's words stands as after a sentence ("…
            # month. Continue reading the main story Read more stories like this
            # <title> …"), not as a card's link with the link for its title.
            cut_ends.add(m.end("link"))
    return out


def _dotted_leads(
    text: str, hits: list[int], ls: int, le: int, book: _Book
) -> list[tuple[int, int]]:
    """Read-also headings with a full stop for a separator after a sentence inside a line
    (see _dotted_heading), each with its title as far as it is seen; at a line start
    ("LEES OOK. <title>"), only with a title that runs to the line end, no sentence
    ("Lees ook. De gemeente heeft … verhoogd." stays)."""
    out: list[tuple[int, int]] = []
    for h in hits:
        start = _decorated_start(text, h, ls)
        q = _prev_nonspace(text, start, ls)
        if q < 0:
            # A line of its own: "LEES OOK. <title>", the title running to the line end.
            dotted = _dotted_heading(text, h, le, book)
            if dotted is not None and _title_like(text, dotted[1], le):
                out.append((start, le))
            continue
        if not _ends_sentence(text, q) or not _starts_unit(text, start, ls, h):
            continue
        dotted = _dotted_heading(text, h, le, book)
        if dotted is not None:
            out.append((start, _dotted_title_end(text, dotted, hits, (ls, le), book)))
    return out


def _dotted_heading(text: str, h: int, le: int, book: _Book) -> tuple[str, int] | None:
    """A read-also heading (``{list}``) at ``h`` with a full stop for its separator, as a
    flattened box's heading gets one ("… vier meter. Lees ook. Vlaamse ingenieurs …",
    glued "meter.Lees ook.Vlaamse …"): its link words and where its title starts, or None.

    Only a heading that announces other stories, and only before a capital: "Lees
    verder." is a link of its own, and a bare "See also." a sentence's end.
    """
    dot = text.find(".", h, min(le, h + 60))
    if dot < 0 or book.link_end is None:
        return None
    ts = dot + 2 if text[dot + 1 : dot + 2] == " " else dot + 1
    if ts >= le or not text[ts].isupper():
        return None
    m = book.link_end.match(text, h, dot + 1)
    if m is None or _heading_key(m.group("link")) not in book.list_heads:
        return None
    return m.group("link"), ts


def _dotted_title_end(
    text: str, dotted: tuple[str, int], hits: list[int], line: tuple[int, int], book: _Book
) -> int:
    """Where a dotted heading's unit ends (see _dotted_heading): after its title, where
    _glued_title sees it end, or after the heading's full stop when it does not."""
    link, ts = dotted
    ls, le = line
    nexts = frozenset(
        k for k in hits[bisect.bisect_right(hits, ts) :] if k < ts + 300
        and _next_unit_at(text, k, ls, le, book)
    )
    kind, te = _glued_box_title(text, ts, le, nexts, link=link, sep=". ", book=book)
    if kind == "none":
        kind, te = _read_also_end(text, ts, le, link, marked=True, book=book)
    if kind == "whole":
        return le
    return te if kind == "cut" else _prev_nonspace(text, ts, 0) + 1


def _next_unit_at(text: str, k: int, ls: int, le: int, book: _Book) -> bool:
    """Does a tail unit this cleaner knows start at hit ``k``, ending a linked title before it?

    A read-more link with a closing mark ("Continue reading…") or a separator ("Lesen Sie
    auch: …"), a bare link before a capital or at the line end ("Lees verder"), or a
    closed feed trailer ("The post … appeared first on …"). A link whose words close a
    Title Case headline ("… Why Children Should Read More") is the headline's, and a bare
    link in Title Case may be a name ("the Read More Books campaign").
    """
    start = _decorated_start(text, k, ls)
    if not _starts_unit(text, start, ls, k):
        return False
    if book.closed is not None:
        f = book.closed.match(text, k, min(le, k + _MAX_FRAME))
        if f is not None and _site_ok(f):
            return True
    if book.link_decor is not None and book.link_decor.match(text, k, le) is not None:
        return True
    m = None if book.link_sep is None else book.link_sep.match(text, k, le)
    if m is None:
        m = None if book.link_end is None else book.link_end.match(text, k, le)
        return m is not None and m.group("dash") is None and not _in_headline(
            text, start, ls, m
        )
    if _marked(m.group("sep")):
        return True
    # A bare link before a capital: a widget label ("Lees verder", "Weiterlesen"), not a
    # name in Title Case inside a sentence ("… the campaign Read More Books runs").
    words = m.group("link").split()
    named = len(words) > 1 and all(w[:1].isupper() for w in words)
    return not _is_lower(text[m.end()]) and not named
