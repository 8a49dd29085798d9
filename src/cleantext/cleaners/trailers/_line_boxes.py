"""A link or box heading alone on a line, and the title lines it takes under it: the
titles a colon or a ``{list}`` heading announces, a heading that names a site, a tag
box, the box a closing link heads; the link line that is the article's own words (after
a colon) stays, and one asked as a question goes.
"""

from __future__ import annotations

import itertools

import regex

from cleantext._lazy import lazy_regex
from cleantext.cleaners.trailers._boundaries import _ends_as_sentence, _prev_nonspace
from cleantext.cleaners.trailers._feed_trailers import _site_ok
from cleantext.cleaners.trailers._patterns import _ENDS
from cleantext.cleaners.trailers._phrase_book import _Book
from cleantext.cleaners.trailers._title_shapes import (
    _MAX_LIST,
    _box_title,
    _meta_line,
    _read_time,
)


def _quoted_line(text: str, ls: int, le: int) -> bool:
    """Is the link line ``text[ls:le]`` ("Lees meer.") the article's own words, a slogan
    or a sign it announces with a colon ("Op de posters staat in grote letters:\n\nLees
    meer.\nGewoon omdat het kan.")? It ends in a full stop, as a sentence does, and the
    line before it ends in a colon. A widget's link ends in no full stop, or follows a
    paragraph that ends as a sentence does; a teaser cut after a colon ("… as
    follows:\n\nContinue reading →") keeps its link's usual shape, and goes.
    """
    line = text[ls:le].rstrip()
    if not line.endswith(".") or line.endswith(".."):
        return False
    q = _prev_nonspace(text, ls, max(0, ls - 200))
    return q >= 0 and text[q] in ":："


def _asked_link(text: str, first: int, le: int, link_end: regex.Pattern[str]) -> bool:
    """Is the line from ``first`` to ``le`` a read-more link asked as a question ("Lees
    verder?", "Weiterlesen?"), a paywall's prompt over its offer? (``link_end``: the
    book's pattern of a link that ends a line.)

    Only a whole line: in a line with more words the question is a sentence's ("Do you
    want to read more?"), and such a prompt heads no titles, so it goes alone.
    """
    q = _prev_nonspace(text, le, first)
    if q <= first or text[q] not in "?？" or text[q - 1] == "?":
        return False
    return link_end.match(text, first, q) is not None


def _heading_line(text: str, first: int, le: int, tail_end: int, book: _Book) -> int | None:
    """Where a box heading that names a site ("More from Example News", "Read more from
    Example News:", "Lees meer uit Tilburg") ends with its titles, if the line from
    ``first`` to ``le`` is one; else None.

    The site must be a short name that ends no sentence (see _site_ok: "More from the
    minister" is a subhead, "Read more from Example News about the vote." a sentence),
    and the heading must head titles (see _announced_titles) or end the text: alone
    between paragraphs, a line in these words may be the article's own subhead, and it
    stays.
    """
    if book.heading is None or first >= le:
        return None
    m = book.heading.match(text, first, le)
    if m is None or not _short_site(m):
        return None
    site = (m.group("site") or "").rstrip()  # none in a ``{heading}`` phrase
    end = _announced_titles(text, le, tail_end)
    if end == le and not site:
        end = _tag_lines(text, le, tail_end)
    elif not site and _lone_title(text, le, end, tail_end):
        return None  # "Recommended" / <product> / <review prose>: a review's subheads
    return end if end > le or _prev_nonspace(text, tail_end, le) < 0 else None


def _lone_title(text: str, le: int, end: int, tail_end: int) -> bool:
    """Is what a ``{heading}`` line ending at ``le`` takes one title line, up to ``end``,
    with the text going on after it? Such headings ("Trending now", "Recommended") have
    no site to show they are a box's, and a review or a guide heads its own subhead and
    prose with the same words ("Recommended" / "Breville Luxe kettle" / "It boils …"): a
    box holds two titles or more, or ends the text."""
    return "\n" not in text[le:end].strip() and _prev_nonspace(text, tail_end, end) >= 0


def _short_site(m: regex.Match[str]) -> bool:
    """Is the site a heading's match names (none in a ``{heading}`` phrase) a short name
    that ends no sentence: six words at most, one lower-case word of three letters at
    most (see _site_ok)?"""
    site = (m.group("site") or "").rstrip()
    lower = [w for w in site.split() if w[:1].islower() and len(w) >= 3]
    return _site_ok(m) and not (
        site.endswith((".", "!", "?", "…")) or len(site.split()) > 6 or len(lower) > 1
    )


_MAX_TAG_WORDS = 4  # a topic tag is a name or a short noun phrase ("Zeeburg-Oost")


def _tag_lines(text: str, le: int, tail_end: int) -> int:
    """Where the topic tags under a tag box's heading ("Meer over" / "Brandweer" /
    "Dieren") end, if such tags, one a line, run from ``le`` to the end of the text
    (``tail_end``); else ``le``.

    A tag is a line of one to _MAX_TAG_WORDS words that opens with a capital and ends in
    no sentence mark: too short for a title (see _title_like), so a box of tags is only
    taken whole at the text's end, where no subhead or prose follows it.
    """
    pos, count = le, 0
    while count < _MAX_LIST:
        nxt = _next_line(text, pos, tail_end)
        if nxt is None:
            break
        tag = text[nxt[0]:nxt[1]].strip()
        words = tag.split()
        if not (
            0 < len(words) <= _MAX_TAG_WORDS
            and len(tag) <= 40
            and tag[0].isupper()
            and not tag.endswith((*_ENDS, ":", ",", ";"))
        ):
            break
        pos, count = nxt[1], count + 1
    return pos if count and _prev_nonspace(text, tail_end, pos) < 0 else le


_GAP = 40  # blank lines between a heading and its titles, not a run of spaces to scan


def _next_line(text: str, pos: int, stop: int) -> tuple[int, int, bool] | None:
    """The next line after ``pos`` that is not blank, before ``stop``: its start, its end,
    and whether a blank line comes before it; None if there is none near."""
    i = pos
    hi = min(stop, pos + _GAP)
    while i < hi and text[i] in "\n\r \t":
        i += 1
    if i >= hi:
        return None
    nl = text.find("\n", i, i + 300)
    e = len(text) if nl < 0 and len(text) - i <= 300 else nl
    if e < 0:
        return None
    return i, e, text.count("\n", pos, i) >= 2


def _heads_article(text: str, le: int, te: int, tail_end: int) -> bool:
    """Is the title-shaped line that ends at ``te``, a blank line after a heading line
    that ends at ``le``, rather the article's own headline: does the heading follow no
    sentence (a dialog's buttons, or nothing), end in no colon, and is the title
    followed, a blank line away, by a line that is no sentence (a standfirst, a byline:
    "Aceptar\nMás información\n\nCalasparra abre un museo\n\nEl espacio abrirá en
    mayo\n\nANA GIL | Murcia")?

    A box title a blank line away from its heading stands between prose paragraphs, or
    ends the text (asked only when the titles do not run to the end). The same words
    ("Más información", "Read more") are buttons of the consent dialogs printed above an
    article, and a heading read there would take the headline. A box sits after a
    paragraph, and "Read more:" announces what follows; a button label after other
    buttons does neither, and a line that ends in no full stop after the title says the
    title may open the article.
    """
    q = _prev_nonspace(text, le, max(0, le - 200))
    if q < 0 or text[q] in ":：":
        return False
    ls = text.rfind("\n", max(0, q - 300), q) + 1  # the heading line is short
    p = _prev_nonspace(text, ls, max(0, ls - 300)) if ls else -1
    # (Bounded look-backs: a text of many headings must not be scanned whole for each.)
    if p >= 0 and _ends_as_sentence(text, max(0, p - 2000), p + 1):
        return False  # between paragraphs: a box's place
    nxt = _next_line(text, te, tail_end)
    return nxt is not None and nxt[2] and not _ends_as_sentence(text, nxt[0], nxt[1])


def _announced_titles(text: str, le: int, tail_end: int) -> int:
    """Where the linked titles a link line announces end: a line ending in a colon ("Read
    more:", "Seguir leyendo:") or a read-also heading marked ``{list}`` in the packs
    ("Mehr zum Thema", "Lee también", "Bekijk ook"). Returns ``le`` if no title follows.

    Scrapers put a link's label and its linked titles in lines or blocks of their own;
    the colon or the heading says titles follow. What is taken, precision first:

    - the first line after the heading, if it is a title (see _title_like; not a credit
      line: "Reporting by …; Editing by …" is the byline, kept);
    - every further title of the list if nothing but titles follows them up to the end of
      the text (``tail_end``: the end once this cleaner's later units go);
    - else the further titles in the same block as the one before (a single line break),
      and only in a text whose paragraphs are blank-line apart: there a block is a box
      (a title's date line is the title's, see _title_lines; items that each carry a read
      time there, "2 min read", are a box's even a blank line apart, but a title with
      a date only stays: a timeline's or a live blog's subheads carry dates and times).

    A title-shaped line a blank line after the first title may be the article's subhead,
    and one in a text without blank lines may be too: both stay, with the prose after. A
    first title a blank line away that a non-sentence line follows, a blank line away
    again, may be the article's headline (see _heads_article): nothing is taken.
    """
    titles = _title_lines(text, le, tail_end)
    if not titles:
        return le
    first = titles[0]
    if _prev_nonspace(text, tail_end, titles[-1][1]) < 0:
        return titles[-1][1]  # the list runs to the end of the text
    if first[2] and _heads_article(text, le, _line_end(text, first), tail_end):
        return le
    boxed = _nested_titles(text, le, titles)
    if boxed is not None:
        return boxed
    end = first[1]
    # Blank-line paragraphs near the heading (a window: a text of many headings and no
    # blank line must not be scanned whole for each).
    lo, hi = max(0, le - 3000), le + 3000
    if text.find("\n\n", lo, hi) >= 0 or text.find("\n\r\n", lo, hi) >= 0:
        # Items that each carry a read time under the title ("12 Nov 2026 · 2 min
        # read") are a box's even a blank line apart: an article's subhead may carry a
        # date or a time (a timeline's, a live blog's), never a read time.
        timed = _read_timed(text, first)
        for title in titles[1:]:
            if title[2] and not (timed and _read_timed(text, title)):
                break
            end = title[1]
    return end


def _read_also_box(text: str, le: int, tail_end: int, *, listed: bool) -> int:
    """Where a read-also line that ends at ``le`` ends with what it heads: the titles it
    announces (see _announced_titles), or, for a heading marked ``{list}`` (``listed``)
    over no title, the topic tags under it that end the text ("Meer over dit
    onderwerp:" / "Afval" / "Lindewoude", see _tag_lines); ``le`` if neither follows.
    A bare "Read more:" takes no tags: short lines after it may be a sign-off."""
    end = _announced_titles(text, le, tail_end)
    return _tag_lines(text, le, tail_end) if end == le and listed else end


def _nested_titles(text: str, le: int, titles: list[tuple[int, int, bool]]) -> int | None:
    """Where a box's titles end when their line breaks show them nested in the box (the
    markup cleaner's block breaks: "<h4>Potrebbe interessarti anche</h4><ul><li>…</li>
    <li>…</li></ul><p>…" gives six line breaks after the heading, four between the
    items, six after the last); None if they do not.

    The titles after the first are taken while each is set apart from the one before
    by the same run of line breaks, fewer than part the heading from the first title
    and fewer than part the last one taken from what follows: a list inside the box. A
    subhead after the box is set apart as the box is, or more; a text of blank-line
    paragraphs sets every line apart alike, and keeps the rule of _announced_titles.
    """
    head_gap = text.count("\n", le, titles[0][0])
    gaps = [text.count("\n", a[1], b[0]) for a, b in itertools.pairwise(titles)]
    if not gaps or not gaps[0] < head_gap:
        return None
    last = 0
    while last < len(gaps) and gaps[last] == gaps[0]:
        last += 1
    # The line after the last title taken: the next title, or the line _next_line finds.
    after = titles[last + 1][0] if last + 1 < len(titles) else None
    if after is None:
        nxt = _next_line(text, titles[last][1], len(text))
        after = len(text) if nxt is None else nxt[0]
    if text.count("\n", titles[last][1], after) <= gaps[0]:
        return None
    return titles[last][1]


def _closing_titles(text: str, le: int, tail_end: int, link: str = "") -> int:
    """Where a read-more link alone on a line ("Continue reading", "Meer lezen") ends with
    the titles under it: after them, if two or more title lines follow it and nothing
    else up to the end of the text (a box of further stories at the page foot, its
    heading a link's words); else ``le``, the link's line alone.

    Such a link is no read-also heading (see _announced_titles): after it the article
    may go on with a subhead. But a subhead heads prose, and no prose follows here; one
    title-shaped line alone may still be the article's last (a sign-off): it stays.

    Between paragraphs, the titles go only when the markup cleaner's line breaks show
    them nested in the link's box (see _nested_titles: "<h4>Read more</h4><ul><li>…
    </li><li>…</li></ul><p>…"), two or more of them, or when the link and two titles
    or more make a block of their own between prose paragraphs (see _block_box): a
    subhead and its paragraph make no such list.
    """
    titles = _title_lines(text, le, tail_end)
    if len(titles) < 2:
        return le
    end = titles[-1][1]
    if _prev_nonspace(text, tail_end, end) < 0:
        return end
    if titles[0][2] and _heads_article(text, le, _line_end(text, titles[0]), tail_end):
        return le
    boxed = _nested_titles(text, le, titles)
    if boxed is None and link in _BOX_LINKS:
        boxed = _block_box(text, le, titles)
    return le if boxed is None else boxed


# The bare links whose words head a box of further stories ("READ MORE", "Lees meer"):
# "read more", not "the story continues" or "learn more". After "Story continues",
# "Continue reading", "Weiterlesen", "Lire la suite" or "En savoir plus" the article
# goes on, with a subhead and its short lines ("Key facts\n300 homes flooded\n…").
_BOX_LINKS = frozenset(
    ["read more", "mehr lesen", "lesen sie mehr", "lire plus", "leer más", "lee más",
     "lea más", "leggi altro", "leggi di più", "leia mais", "ler mais", "lees meer",
     "meer lezen", "läs mer", "læs mere", "les mer", "czytaj więcej", "číst více"]
)


def _block_box(text: str, le: int, titles: list[tuple[int, int, bool]]) -> int | None:
    """Where a box ends whose link line and titles, one a line, are a block of their own
    in a text of blank-line paragraphs ("…half of them.\n\nREAD MORE\n<title>\n<title>
    \n\nBranch manager …"); None if they are not.

    The link line opens its block after a paragraph that ends as a sentence does, two
    titles or more follow it with single line breaks, and a blank line ends the block:
    a page's box, set apart as the paragraphs are. A subhead heads its paragraph in the
    same block, and prose is no title (see _box_title), so the article makes no such
    block; a link line after no sentence (a dialog's buttons) heads none. Each title
    is a headline (see _headline_line): a subhead over short lines ("Opening
    hours\nMonday to Friday, 9am to 5pm\n…", "Les dates clés\n12 mars : vote …") makes
    a block too, and stays.
    """
    ls = text.rfind("\n", max(0, le - 300), le) + 1
    if ls < 2 or text[ls - 2] != "\n":
        return None  # no blank line before the link line
    p = _prev_nonspace(text, ls, max(0, ls - 300))
    if p < 0 or not _ends_as_sentence(text, max(0, p - 2000), p + 1):
        return None
    last = 0
    while last < len(titles) and not titles[last][2]:
        last += 1
    if last < 2 or not all(_headline_line(text, s, e) for s, e, _ in titles[:last]):
        return None
    nxt = titles[last][0] if last < len(titles) else None
    if nxt is None:
        after = _next_line(text, titles[last - 1][1], len(text))
        if after is not None and not after[2]:
            return None  # a line of prose goes on in the block
    return titles[last - 1][1]


_HEADLINE_WORDS = 5  # a headline says who does what: "Ferry fares to rise in April"
_ITEM_MARKS = "-–—•*·▪►"  # what opens a list's item, not a headline
_WORD_MARKS = ",.;:!?\"'“”‘’«»„()[]"  # what a word may carry around its letters


# A comma before a capital or a figure: a listing's parts ("The Lantern Parade, Saturday
# 6pm", "Erling Haaland, Manchester City, 18") or a caption's ("Mayor Ellen Price,
# speaking …" has one before a small letter, and a headline's clause does too).
_LISTING_COMMA = lazy_regex(r",\s*[\p{Lu}\d]")


def _headline_line(text: str, s: int, e: int) -> bool:
    """Is the line ``text[s:e]`` a story's headline, as a box of further stories lists
    them ("Council tax rise of 4.9% approved after heated debate"), not a subhead ("Key
    facts", "The road ahead"), a list's item ("- 300 homes flooded", "12 mars : vote du
    budget") or a practical line ("Monday to Friday, 9am to 5pm", "Jazz on the Quay,
    Sunday noon")? Five words of letters, it opens with a letter or a quote (no mark
    or figure), and no comma parts a listing in it."""
    line = text[s:e].strip()
    if not line or line[0] in _ITEM_MARKS or line[0].isdigit():
        return False
    if _LISTING_COMMA.search(line) is not None:
        return False
    words = 0
    for raw in line.split():
        w = raw.strip(_WORD_MARKS)
        words += len(w) >= 2 and w.isalpha()
    return words >= _HEADLINE_WORDS


def _title_lines(text: str, le: int, tail_end: int) -> list[tuple[int, int, bool]]:
    """The title-shaped lines (``_box_title``) right after ``le``, at most ``_MAX_LIST``,
    as ``_next_line`` gives them (whether a blank line comes before each); an item's
    date or read time on the line under its title (see _meta_line) is the item's."""
    titles: list[tuple[int, int, bool]] = []
    pos = le
    while len(titles) < _MAX_LIST:
        nxt = _next_line(text, pos, tail_end)
        if nxt is None or not _box_title(text, nxt[0], nxt[1]):
            break
        meta = _next_line(text, nxt[1], tail_end)
        if meta is not None and not meta[2] and _meta_line(text, meta[0], meta[1]):
            nxt = (nxt[0], meta[1], nxt[2])  # the item's date line is the item's
        titles.append(nxt)
        pos = nxt[1]
    return titles


def _line_end(text: str, title: tuple[int, int, bool]) -> int:
    """Where the line of the box item ``title`` ends, before its date line if it has one:
    a headline's dateline says nothing of whether it opens the article (see
    _heads_article), the line after it does."""
    nl = text.find("\n", title[0], title[1])
    return title[1] if nl < 0 else nl


def _read_timed(text: str, title: tuple[int, int, bool]) -> bool:
    """Does the box item ``title`` carry a read time on its date line (see _read_time)?"""
    end = _line_end(text, title)
    return end < title[1] and _read_time(text[end:title[1]])
