"""A phrase set compiled: the trigger patterns that find where a unit may start
(``_Starts``, from ``_triggers``) and every pattern of its links, frames and headings
(``_Book``, from ``_compile``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from cleantext._phrases import trie_pattern
from cleantext.cleaners.trailers._byte_scan import _Needles, _needles, _Scan, _start_scan
from cleantext.cleaners.trailers._frame_patterns import (
    _alternation,
    _ByFirst,
    _Frame,
    _literal,
    _parse_frame,
)
from cleantext.cleaners.trailers._patterns import (
    _CUT,
    _DATED_MARK,
    _DECOR_CLOSE,
    _END_MARK,
    _FLAGS,
    _HEADING_MARK,
    _LIST_MARK,
    _SEP,
    _SLOT,
    _TITLE,
)


@dataclass(frozen=True)
class _Book:
    """Every compiled pattern of one phrase set."""

    starts: _Starts  # where a unit may start; see _triggers and _hits
    link_end: regex.Pattern[str] | None  # a bare link ending a segment
    link_lead: regex.Pattern[str] | None  # a link, a separator, a title to the segment end
    link_sep: regex.Pattern[str] | None  # a link and its separator, anywhere in a line
    link_decor: regex.Pattern[str] | None  # a link with a closing mark: "Continue reading…"
    closed: _ByFirst | None  # frames that end in a literal or a site, anywhere
    lead_title: regex.Pattern[str] | None  # frames starting with {title}: from their literal
    open_end: regex.Pattern[str] | None  # frames ending with {title}, at a segment end
    tail: regex.Pattern[str] | None  # {url} frames, at the end of the text only
    list_heads: frozenset[str] = frozenset()  # links that head a list of titles ({list})
    cut_link: re.Pattern[str] | None = None  # a link after a cut, ending the text
    heading: regex.Pattern[str] | None = None  # "More from <site>": a heading line, whole
    # "More from <site>:" after a sentence in flattened text, its colon ending the name
    flat_heading: regex.Pattern[str] | None = None
    dated: regex.Pattern[str] | None = None  # "Related": a heading line over dated items


def _rest_pattern(rests: list[str]) -> str:
    """Case-insensitive trie of what follows a first letter ("ead more", " post")."""
    spaced = [r.lstrip() for r in rests if r[:1].isspace() and r.strip()]
    glued = [r for r in rests if r and not r[:1].isspace()]
    alts = ([rf"\s+(?:{trie_pattern(spaced)})"] if spaced else []) + (
        [trie_pattern(glued)] if glued else []
    )
    return f"(?i:{'|'.join(alts)})" if alts else ""


@dataclass(frozen=True)
class _Starts:
    """The trigger patterns (see _triggers) and the byte scan that finds where they can match."""

    capital: re.Pattern[str] | None  # "Read more", "READ MORE", "Weiterlesen", "続きを読む"
    bracket: re.Pattern[str] | None  # "[read more here]", a lower-case link alone on its line
    dash: re.Pattern[str]  # "September.—More…"
    inner: re.Pattern[str] | None  # "appeared first on": frames that start with a title
    scan: _Scan  # where capital, bracket and dash can match (see _hits)
    capital_firsts: frozenset[int]  # the first bytes of the capitals
    needles: _Needles | None  # a piece of each inner literal; None: always run it


def _triggers(starts: list[str], inner: list[str]) -> _Starts:
    """The cheap patterns that find where a unit may start, as stdlib ``re`` patterns.

    A unit starts with a capital (after a sentence end, a cut or a space), after a
    bracket, or at a line start; a frame that starts with a title is found by its first
    literal ("appeared first on"). Measured on the development sets (one core): one
    case-insensitive trie of all phrases runs at 2 MB/s with ``regex`` and 8-25 MB/s with
    ``re``; split this way, each pattern keeps a small set of first characters, and the
    four run over a text at about 35 MB/s together. So they do not run over the text:
    ``_hits`` tries them only where the byte scan (``_start_scan``) says they can match,
    and the inner literals only around a piece of one (``_needles``).
    """
    by_first: dict[str, list[str]] = {}
    for p in starts:
        by_first.setdefault(p[0].upper(), []).append(p[1:])
        if p[0] == "i":
            # Turkish writes the capital of "i" dotted ("İlginizi çekebilir"), where
            # ``str.upper`` gives "I"; the patterns after the capital take either.
            by_first.setdefault("İ", []).append(p[1:])
    capital = "|".join(
        re.escape(k) + _rest_pattern(rests) for k, rests in sorted(by_first.items())
    )
    bracket = rf"[\[(\n][ \t]{{0,8}}(?=(?i:{trie_pattern(starts)}))" if starts else ""
    # "September.—More…", on its own: added to either pattern above as an alternative,
    # it costs that pattern its first-character filter (135 MB/s became 9).
    dash = r"[—–] ?More"
    inner_src = trie_pattern(inner) if inner else ""
    return _Starts(
        capital=re.compile(capital) if capital else None,
        bracket=re.compile(bracket) if bracket else None,
        dash=re.compile(dash),
        inner=re.compile(inner_src) if inner_src else None,
        scan=_start_scan(by_first, starts),
        capital_firsts=frozenset(k.encode("utf-8", "surrogatepass")[0] for k in by_first),
        needles=_needles(inner),
    )


def _heading_key(link: str) -> str:
    """How a list heading is looked up: case and spacing folded, apostrophes one way."""
    return " ".join(link.lower().replace("’", "'").split())


def _heading_pattern(frame: _Frame, *, flat: bool = False) -> str:
    """A heading frame ("more from {site}") as regex: its literals and a site name. For
    a whole line, the name runs up to an optional closing colon ("Read more from Example
    News:"); in flattened text (``flat``), where no line break ends it, it runs to a
    colon, the only end a name shows there, and holds no sentence's stop."""
    name = r"[^\n:：|.!?]{1,60}?" if flat else r"[^\n:：|]{1,80}?"
    out: list[str] = []
    named = False
    for i, (kind, text) in enumerate(frame.parts):
        if kind == "lit":
            out.append(_literal(text) if i else _literal(text.lstrip()))
        else:
            # Any slot is a name here; the first is the one _site_ok tests.
            out.append(f"({'' if named else '?P<site>'}{name})")
            named = True
    return "".join(out) + (r"[ \t]{0,2}[:：]" if flat else r"\s*[:：]?\s*\Z")


def _compile(phrases: Iterable[str]) -> _Book:
    links: list[str] = []
    frames: list[_Frame] = []
    headings: list[_Frame] = []
    dated: list[_Frame] = []
    heads: set[str] = set()
    for given in dict.fromkeys(" ".join(p.split()) for p in phrases if p.strip()):
        phrase = given
        if given.endswith(_END_MARK) and given != _END_MARK:
            # "cet article est paru dans {site} {end}": a frame that may only end the
            # text, tried from its first words as a "{url}" frame is (so not after a title).
            frame = _parse_frame(given[: -len(_END_MARK)].rstrip(), at_end=True)
            if frame.leading_title or not frame.parts:
                raise ValueError(f"an {_END_MARK} frame opens with its words: {given!r}")
            frames.append(frame)
            continue
        if given.endswith(_HEADING_MARK) and given != _HEADING_MARK:
            # "trending now {heading}": a heading line, never a link inside a line.
            headings.append(_parse_frame(given[: -len(_HEADING_MARK)].rstrip()))
            continue
        if given.endswith(_DATED_MARK) and given != _DATED_MARK:
            # "related {dated}": a heading line over dated items only (see _dated_box).
            dated.append(_parse_frame(given[: -len(_DATED_MARK)].rstrip()))
            continue
        if given.endswith(_LIST_MARK) and given != _LIST_MARK:
            # "lee también {list}": a read-more link that may also head a list of titles.
            phrase = given[: -len(_LIST_MARK)].rstrip()
            if _SLOT.search(phrase):
                # "more from {site} {list}": a heading only, never a link inside a line.
                headings.append(_parse_frame(phrase))
                continue
            heads.add(_heading_key(phrase))
        if _SLOT.search(phrase):
            frames.append(_parse_frame(phrase))
        else:
            links.append(phrase)
    starts = [
        *links,
        *(f.first_literal() for f in (*frames, *headings, *dated) if not f.leading_title),
    ]
    inner = [f.first_literal() for f in frames if f.leading_title]
    link_src = trie_pattern(links) if links else None
    closed = [f for f in frames if not f.open_ended and not f.tail_only]
    return _Book(
        starts=_triggers(starts, inner),
        link_end=None if link_src is None else regex.compile(
            rf"(?P<link>{link_src}){_DECOR_CLOSE}\s*\Z"
            # "September.—More…": the bare word "More" after a dash, glued to a sentence.
            r"|(?P<dash>[—–]\s?)(?P<link>(?-i:More))(?:…|\.{2,3})?\s*\Z",
            _FLAGS,
        ),
        link_lead=None if link_src is None else regex.compile(
            rf"(?P<link>{link_src}){_SEP}{_TITLE}\s*\Z", _FLAGS
        ),
        link_sep=None if link_src is None else regex.compile(
            rf"(?P<link>{link_src}){_SEP}(?=\S)", _FLAGS
        ),
        link_decor=None if link_src is None else regex.compile(
            rf"(?P<link>{link_src})(?:…|\.{{3}}|\s?[»›→])(?=\s{{1,3}}\S)", _FLAGS
        ),
        closed=_ByFirst([f for f in closed if not f.leading_title]) if any(
            not f.leading_title for f in closed
        ) else None,
        lead_title=_alternation([f.pattern() for f in closed if f.leading_title]),
        open_end=_alternation(
            [f.pattern() + r"\s*\Z" for f in frames if f.open_ended and not f.tail_only]
        ),
        tail=_alternation([f.pattern() + r"\s*\Z" for f in frames if f.tail_only]),
        list_heads=frozenset(heads),
        # Stdlib ``re``: the one trie pattern tried per text, where ``regex`` costs ~10x.
        cut_link=None if link_src is None else re.compile(
            # (A paywall asks it: "… jongeren tussen...Lees verder?")
            rf"{_CUT}\s{{0,3}}(?P<link>{link_src}){_DECOR_CLOSE}\??\s*\Z", re.IGNORECASE
        ),
        heading=_alternation([_heading_pattern(f) for f in headings]),
        flat_heading=_alternation(
            [_heading_pattern(f, flat=True) for f in headings if len(f.parts) > 1]
        ),
        dated=_alternation([_heading_pattern(f) for f in dated]),
    )
