"""Related-links boxes flattened into the text: the further titles after a box heading
(``_more_titles``), ranked boxes ("Most Read 1. <title> 2. <title>", spaced or glued),
titles each led by the heading's mark, and a heading that names a site, or a tag box,
ending the text.
"""

from __future__ import annotations

import itertools

import regex

from cleantext._lazy import lazy, lazy_regex
from cleantext._units import CLOSERS
from cleantext.cleaners.trailers._boundaries import _ends_sentence, _prev_nonspace
from cleantext.cleaners.trailers._line_boxes import _heading_line, _short_site
from cleantext.cleaners.trailers._patterns import _ENDS
from cleantext.cleaners.trailers._phrase_book import _Book, _heading_key
from cleantext.cleaners.trailers._sentence_starts import (
    _MAX_TITLE_WORDS,
    _NEXT_STOP,
    _TOKEN,
    _glued_stop,
    _junction,
)
from cleantext.cleaners.trailers._spaced_titles import _spaced_titles
from cleantext.cleaners.trailers._tail_peel import _decorated_start
from cleantext.cleaners.trailers._title_end import (
    _glued_title,
    _seen_end,
    _sentence_follows,
    _title_before_sentence,
)
from cleantext.cleaners.trailers._title_shapes import _KICKER, _MAX_LIST

#: A rank of a ranked box's item, a word of its own ("1.", "2)").
_RANK_WORD = lazy(r"\d{1,2}[.)]")
_MAX_BOX_WORDS = 45  # a flattened box's further titles: two or three, with a label
_PROSE_ENDS = tuple(e for e in _ENDS if e not in "!?！？")  # what no title ends in


def _more_titles(text: str, te: int, le: int) -> int:
    """Where a flattened related-links box ends whose first title ends at ``te``: the end
    of the text, if what is left of it after ``te`` is short and ends no sentence (the
    box's further titles: "… Te puede interesar <title> <title>", "Sur le même sujet
    <title> <title> Voir tous les articles"), else ``te``.

    A box heading marked ``{list}`` heads several titles, and a flattened text keeps no
    line between them; the first title's end is seen (a sentence opener), the others'
    are not. Article prose ends in a full stop: a rest with a full stop or an ellipsis
    in it (before a space or at the end, or glued to the next block's capital after a
    lower-case word: "… te komen.Deel dit artikel …") stays, and so does one within a
    line that more text follows. A title may end in "?" or "!" ("Mehr zum Thema: Wer
    übernimmt, wenn der Chef aufhört? Stadt will …"): with no full stop in the rest,
    they end titles. Titles glued to more titles ("… betaalbaar maakteNieuwe regels
    voor …") hold no stop, and go.
    """
    if te >= le or _prev_nonspace(text, len(text), le) >= 0:
        return te
    for words, m in enumerate(_TOKEN.finditer(text, te, le), 1):
        if words > _MAX_BOX_WORDS:
            return te
        w = m.group()
        if _RANK_WORD.fullmatch(w):
            continue  # "Lo más leído 1. <title> 2. <title>": a box's ranks
        if w.rstrip(CLOSERS).endswith(_PROSE_ENDS) or (
            # A stop inside a word: a sentence glued to what follows it (a share
            # widget, more debris) shows the rest is prose, not a box's titles.
            len(w) > 3 and _NEXT_STOP.search(w) is not None
        ):
            return te
    return le






def _ranked_box(text: str, ts: int, le: int) -> int | None:
    """Where a ranked box glued after its heading ends ("… Association.Most Read 1.
    <title> 2. <title> 3. <title> Councillor Smith said …", "Meest gelezen 1. <title>
    2. <title>"); None unless it is one.

    The ranks are the box's own marks: "1." (or "1)") right after the heading, then
    "2.", "3." … in order, each item a short run with no sentence end, two items at
    least. The last item's end is seen as a read-also title's is (see _glued_title and
    _title_before_sentence), or it runs to the end of the line; unseen, only the heading
    and the items before the last go, and the last one stays with what follows it.
    """
    rank = 1
    item = ts  # where the current item's rank starts
    title = ts  # where its title starts
    words = 0
    for m in _TOKEN.finditer(text, ts, min(le, ts + _MAX_LIST * 300)):
        w = m.group()
        if w in (f"{rank}.", f"{rank})") and (rank == 1 or words):
            if rank == 1 and m.start() != ts:
                return None
            if rank > _MAX_LIST:
                break
            rank, item, title, words = rank + 1, m.start(), m.end(), 0
            continue
        if rank == 1:
            return None  # no "1." after the heading: no ranked box
        words += 1
        if words > _MAX_TITLE_WORDS or w.rstrip(CLOSERS).endswith(_ENDS):
            break  # the last item runs into a sentence
    else:
        if rank > 2 and words and (le <= ts + _MAX_LIST * 300) and words <= _MAX_TITLE_WORDS:
            return le  # the last item ends the line
    if rank <= 2:
        return None  # one item ranked "1." is no box: a list in a sentence may start so
    seen = _seen_end(text, title, le)
    return seen if seen is not None else _prev_nonspace(text, item, ts) + 1


_GLUED_BOX_REACH = 3000  # a glued ranked box: its heading and ten items
#: A rank that opens an item of a ranked box, run into the last word of the item before
#: ("… spelling bee2. Bridge closure …"), with the item's first letter (or quote) after it.
_RANK_MARK = lazy(r"(\d{1,2})[.)][ \t]?(?=[\"“„«‘']?[^\W\d_])")


def _glued_ranked_tail(
    text: str, hits: list[int], ls: int, tail_end: int, book: _Book
) -> list[tuple[int, int]]:
    """A most-read box whose lines were joined by nothing, near the end of the text ("…
    October.Most Read1. Two injured in crash2. Dale High names new coach3. …", its
    heading glued to whatever came before it too: "… Budget 2025Most Read1. …"); empty if
    there is none.

    A heading the packs mark ``{list}`` right before "1." (no separator: the heading's
    block ended there), then items ranked from 1 in order, each rank run into the last
    word of the item before it (see _glued_ranks), the last item ending the text
    (``tail_end``: once the units after it go) or run into an article sentence's first
    word ("… warned over parkingParents have been told …"). The ranks make the box: a
    heading's words in an article have no run of ranked titles after them.
    """
    if book.link_end is None or text.find("1", max(ls, tail_end - _GLUED_BOX_REACH)) < 0:
        return []
    for h in reversed(hits):
        if h < tail_end - _GLUED_BOX_REACH:
            break
        for rank in ("1.", "1)"):
            p = text.find(rank, h, min(tail_end, h + 80))
            if p < 0:
                continue
            m = book.link_end.match(text, h, p)
            if (
                m is not None and m.group("dash") is None
                and _heading_key(m.group("link")) in book.list_heads
            ):
                end = _glued_ranks(text, p, tail_end)
                if end is not None:
                    return [(_decorated_start(text, h, ls), end)]
    return []


def _glued_ranks(text: str, ts: int, end: int) -> int | None:
    """Where ranked items that run from ``ts`` ("1. <title>2. <title>…") end, each rank
    the next number after the one before (looked for as text, run into the last word
    before it: "… bee2. Bridge …", "… on Highway 122. Dale …"), each item a title (see
    _glued_item), two items at least; None if they are no such box.

    The last item runs to ``end``, or to a junction of blocks (see _glued_last) with an
    article sentence after it."""
    m = _RANK_MARK.match(text, ts, end)
    if m is None or m.group(1) != "1":
        return None
    rank = 1
    start = m.end()  # where the current item's title starts
    while True:
        nxt = None
        for k in _RANK_MARK.finditer(text, start, min(end, start + 300)):
            if k.group(1) == str(rank + 1) or k.group(1).endswith(str(rank + 1)):
                nxt = k
                break
        if nxt is None:
            if rank < 2:
                return None
            if _glued_item(text, start, end, last=True):
                return end  # the last item runs to the end of the text
            return _glued_last(text, start, end)
        # A rank's figure may end the item's own figure ("Highway 12" + "2."): the item
        # ends before the rank's last digits.
        cut = nxt.end(1) - len(str(rank + 1))
        if rank >= _MAX_LIST or not _glued_item(text, start, cut, last=False):
            return None
        rank += 1
        start = nxt.end()


def _glued_last(text: str, s: int, end: int) -> int | None:
    """Where the last item of a glued ranked box, from ``s``, ends when the article's
    next block is run into it ("… warned over parkingParents have been told …"): at the
    first junction of blocks (see _junction) within a title's length, before any
    sentence end, with an article sentence after it (see _sentence_follows); None if
    there is none. Where the item ends in a stop ("… parking.Parents …") no end of the
    title shows, and the box is left whole."""
    for words, m in enumerate(_TOKEN.finditer(text, s, min(end, s + 300))):
        w = m.group()
        if words >= _MAX_TITLE_WORDS or w.rstrip(CLOSERS).endswith(_ENDS):
            return None
        if _glued_stop(w) is not None:
            return None
        if len(w) > 4:
            j = _junction(w)
            if j and _sentence_follows(text, m.start() + j, end):
                return m.start() + j
    return None


def _glued_item(text: str, s: int, e: int, *, last: bool) -> bool:
    """Is ``text[s:e]`` one item of a ranked box: a title of at most _MAX_TITLE_WORDS words
    with no sentence end inside (spaced or run into a capital) and, as the last one, no
    full stop at its end?"""
    words = text[s:e].split()
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    if any(w.rstrip(CLOSERS).endswith(_ENDS) for w in words[:-1]):
        return False
    if any(_NEXT_STOP.search(w) is not None for w in words):
        return False
    tail = words[-1].rstrip(CLOSERS)
    return not (last and tail.endswith((".", "…")))


#: The marks that lead each title of a related-links box ("Sur le même sujet › <title> ›
#: <title>"): not ":" or "-", which titles hold ("Bac 2026 : les dates …"), nor "»" or "|",
#: which close a quotation or part a byline in article text.
_ITEM_MARKS = "›•·▸►▶→"


def _title_item(words: list[str]) -> bool:
    """Whether the words of one item of a marked box read as a title: title-length, no
    sentence mark before the last word, no full stop after it."""
    return bool(words) and len(words) <= _MAX_TITLE_WORDS and not any(
        w.rstrip(CLOSERS).endswith(_ENDS) for w in words[:-1]
    ) and not words[-1].rstrip(CLOSERS).endswith(".")


def _marked_items(text: str, ts: int, le: int, mark: str) -> int | None:
    """Where a flattened box of titles, each led by ``mark`` (the mark after its heading:
    "Sur le même sujet › <title> › <title> › <title>"), ends; None unless it is one.

    The mark recurs before each further title, so every title but the last shows its
    end; each is title-length and ends no sentence. The last runs to the end of the text
    when it is title-length and ends in no full stop, or to its seen end (see
    _seen_end); unseen, it stays with the article text after it, and the box ends at its
    mark. A run with no second mark, or an item that ends a sentence, is no box.
    """
    marks: list[int] = []
    pos = text.find(mark, ts, le)
    while pos >= 0 and len(marks) < _MAX_LIST:
        marks.append(pos)
        pos = text.find(mark, pos + 1, le)
    if not marks:
        return None
    for s, e in zip([ts, *(m + 1 for m in marks[:-1])], marks, strict=True):
        if not _title_item(_TOKEN.findall(text, s, e)):
            return None
    last = marks[-1] + 1
    rest = _TOKEN.findall(text, last, le)
    if _title_item(rest) and _prev_nonspace(text, len(text), le) < 0:
        return le
    seen = _seen_end(text, _prev_nonspace(text, last, 0) + 1, le) if rest else None
    return seen if seen is not None else _prev_nonspace(text, marks[-1], ts) + 1


def _closing_decor(text: str, h: int, le: int, book: _Book) -> regex.Match[str] | None:
    """The link at ``h`` with the mark that closes it ("Continue reading…", "Read more
    »"), or None; None too where the mark is an arrow that leads a read-also title
    ("… pollinisateurs. Lire aussi → <title> « Les gens … »"), which is read as after a
    colon."""
    d = None if book.link_decor is None else book.link_decor.match(text, h, le)
    return None if d is None or _arrow_leads_title(text, d, book) else d


def _arrow_leads_title(text: str, d: regex.Match[str], book: _Book) -> bool:
    """Whether the arrow after a read-also link (a heading the packs mark ``{list}``)
    leads its linked title ("Lire aussi → <title>", "Lesen Sie auch › <title>") rather
    than closing the link as it closes "Continue reading →": the title is then read as
    after any mark (_glued_box_title sees where it ends, and titles each led by the
    mark)."""
    return (text[d.end() - 1] in "→›»"
            and _heading_key(d.group("link")) in book.list_heads)


def _box_end(text: str, d: regex.Match[str], le: int, book: _Book) -> int:
    """Where a link that ends in a mark ends: after its mark, or, when it heads a box
    ({list}) and the mark is one that leads titles ("Sur le même sujet › <title> ›
    <title>"), after the titles it leads (see _marked_items)."""
    mark = text[d.start("link") : d.end()].rstrip()[-1:]
    if mark in _ITEM_MARKS and _heading_key(d.group("link")) in book.list_heads:
        end = _marked_items(text, d.end(), le, mark)
        if end is not None:
            return end
    return d.end()


def _glued_box_title(
    text: str, ts: int, le: int, nexts: frozenset[int], *, link: str, sep: str, book: _Book
) -> tuple[str, int]:
    """_glued_title's end of the title after ``link``, and after a box heading marked
    ``{list}`` the end of the box's further titles (see _more_titles, and _marked_items
    for titles each led by the heading's mark)."""
    mark = sep.strip()[:1]
    if mark and mark in _ITEM_MARKS and _heading_key(link) in book.list_heads:
        end = _marked_items(text, ts, le, mark)
        if end is not None and end > ts:
            return "cut", end
    kind, te = _glued_title(text, ts, le, nexts)
    if kind == "none":
        # A kicker's full stop is its title's ("Czytaj także: Bobry w Podlaskiem. Ile
        # szkód …?"): the title after it is read, and the unit still starts at the link.
        kick = _KICKER.match(text, ts, le)
        if kick is not None:
            kind, te = _glued_title(text, kick.end(), le, nexts)
            if kind == "whole":
                kind, te = "cut", le
            elif kind == "none":
                te = ts
    if kind == "cut" and _heading_key(link) in book.list_heads:
        # Further titles after the first: glued (see _junction_titles) or spaced (see
        # _spaced_titles: "… desde el lunes El colegio … de espera Los antiguos …").
        glued = _junction_titles(text, te, le)
        te = _more_titles(text, _spaced_titles(text, glued, le, opener=True), le)
    return kind, te


def _junction_titles(text: str, te: int, le: int) -> int:
    """Where a box's further titles end when its first title ends at ``te`` in a junction
    of blocks joined by nothing ("RELATED<title>Seal pups seen on the sandbarWhy the
    coast is shrinkingMuch of the …", see _junction), else ``te``.

    Each further title is a block of its own: a run of three words or more, one of them
    lower case, with no stop in it, that runs into the next block's first word; the
    first run that holds a stop is the article's sentence, and the box ends before it.
    """
    for _ in range(_MAX_LIST):
        if not (0 < te < le and text[te - 1].isalnum() and text[te].isupper()):
            return te
        lower = False
        for words, m in enumerate(_TOKEN.finditer(text, te, min(le, te + 400))):
            w = m.group()
            j = _junction(w) if words >= 2 and len(w) > 4 and not w.islower() else 0
            if j and lower:
                te = m.start() + j
                break
            if words >= _MAX_TITLE_WORDS or w.rstrip(CLOSERS).endswith(_ENDS) or (
                    _glued_stop(w) is not None):
                return te  # a sentence: the article's
            lower = lower or (w[:1].islower() and sum(map(str.isalpha, w)) >= 3)
        else:
            return te
    return te


def _read_also_end(
    text: str, ts: int, le: int, link: str, *, marked: bool, book: _Book
) -> tuple[str, int]:
    """``("cut", end)`` where the title after a read-also link ends before a sentence
    that opens with a word no opener list holds (see _title_before_sentence), else
    ``("none", ts)``; ``("cut", le)`` where titles too many for one run to the end of the
    text. A read-also link (with a separator, or a heading the packs mark ``{list}``)
    has a title after it; a bare "Read more" may have the article go on."""
    heads = _heading_key(link) in book.list_heads
    if marked or heads:
        end = _title_before_sentence(text, ts, le)
        if end is not None:
            # A box heading's further titles, spaced ("… Related stories <title>
            # <title> <title> Much of the …", see _spaced_titles).
            return "cut", _spaced_titles(text, end, le) if heads else end
        # "… miércoles. Seguir leyendo: <title> <title>", "… omgeving. Meest gelezen
        # <title> <title> <title>": more words than one title has, to the end of the
        # text and ending no sentence, are a box's titles (see _more_titles).
        # (A Spanish title that asks opens with "¿": "Más noticias ¿Cuándo empieza …?";
        # a kicker's full stop is its title's: "Czytaj więcej: Gmina Lipno. Nowy most …")
        first = text[ts + 1 : ts + 2] if text[ts] in "¿¡" else text[ts]
        kick = _KICKER.match(text, ts, le)
        if (first.isupper() or first.isdigit()) and _more_titles(
            text, ts if kick is None else kick.end(), le
        ) == le:
            return "cut", le
    return "none", ts


_FLAT_BOX_REACH = 800  # a flattened site box: its heading and a few titles


def _flat_site_box(
    text: str, hits: list[int], ls: int, tail_end: int, book: _Book
) -> list[tuple[int, int]]:
    """A box heading that names a site, with its titles, ending a flattened text ("…
    £300,000. More from Lakeland Today: <title> <title>"), or alone ("… door de politie.
    Lees meer uit Tilburg en omgeving", as _heading_line reads a line); empty if there is
    none.

    The heading follows a sentence end (at a line start _heading_line sees it) and its
    colon ends the site name, a short name that ends no sentence (as in _heading_line);
    its titles run to the end of the text (``tail_end``: once the units after them go)
    and are a short run that ends no sentence (see _more_titles), so an article
    sentence after the heading ("More from the council: it will meet again.") keeps it.
    """
    if book.flat_heading is None or tail_end - ls <= 0:
        return []
    for h in reversed(hits):
        if h < tail_end - _FLAT_BOX_REACH:
            break
        q = _prev_nonspace(text, h, ls)
        if q < 0 or not text[h].isupper():
            continue
        if not _ends_sentence(text, q):
            # A heading with no site after a caption's credit in brackets ("… (Photo:
            # Ann Lee) Trending Now <title> <title>"): its titles show it.
            if text[q] in ")]" and _heading_titles(text, h, tail_end, book):
                return [(h, tail_end)]
            if q == h - 1 and text[q].islower() and _glued_list_tail(text, h, tail_end, book):
                return [(h, tail_end)]
            continue
        m = book.flat_heading.match(text, h, tail_end)
        if m is None:
            # With no colon and no titles: the heading alone ends the text ("… door de
            # politie. Lees meer uit Tilburg en omgeving"), read as a line of its own.
            # (A heading and a name are short: a longer rest is not tried.)
            if tail_end - h <= 120 and (
                _heading_line(text, h, tail_end, tail_end, book) is not None
                or _flat_tags(text, h, tail_end, book)
            ):
                return [(h, tail_end)]
            if _heading_titles(text, h, tail_end, book):
                return [(h, tail_end)]
            glued = _glued_heading(text, h, tail_end, book)
            if glued is not None:
                return [(h, glued)]
            continue
        site = m.group("site").split()
        if not site or len(site) > 6 or not site[0][:1].isupper() or sum(
            w[:1].islower() and len(w) >= 3 for w in site
        ) > 1:
            continue
        w = _TOKEN.search(text, m.end(), tail_end)
        if w is None or not w.group()[:1].isupper():
            continue
        if _titles_to_end(text, m.end(), tail_end):
            return [(h, tail_end)]
        end = _titles_before_sentence(text, w.start(), tail_end)
        if end is not None:
            return [(h, end)]
    return []


def _glued_list_tail(text: str, h: int, tail_end: int, book: _Book) -> bool:
    """Is the rest of the text from ``h`` a read-also heading (``{list}``) and its titles,
    the heading run into a block that ends in a lower-case word, where blocks were
    joined by nothing ("… for breaking news alertsMORE STORIES:<title><title>", "…
    dbe/dpaWeitere Artikel<title><title>")?

    A lower-case letter run into a capital is a junction of blocks, as a sentence end
    is: the heading starts a block. Its titles run to the end of the text and are a short
    run that ends no sentence (see _more_titles): "… alertsMore stories are on the
    app." stays.
    """
    if book.link_sep is None:
        return False
    m = book.link_sep.match(text, h, tail_end)
    if m is None or _heading_key(m.group("link")) not in book.list_heads:
        return False
    ts = m.end()
    if ts >= tail_end or not text[ts].isupper():
        return False
    return _titles_to_end(text, ts, tail_end)


def _titles_to_end(text: str, ts: int, tail_end: int) -> bool:
    """Whether what follows ``ts`` is a box's further titles to the end of the text once
    the units from ``tail_end`` on go (see _more_titles, which reads to the text's end)."""
    tail = text[:tail_end].rstrip()
    return _more_titles(tail, ts, len(tail)) == len(tail)


def _titles_before_sentence(text: str, ts: int, end: int) -> int | None:
    """Where the titles after a site heading's colon end when an article sentence
    follows them ("… custody.Read more from Example News:<title><title>Detective
    Inspector …", blocks joined by nothing); None if no end is seen.

    The first title ends where a read-also title's end is seen (see _glued_title), at a
    junction of blocks with an article sentence after it, the further ones each at a
    junction too (see _junction_titles). Where a space joined the blocks, the heading
    and its titles stay: a title's end seen there may be a quotation's opening mark
    inside the article's sentence after the titles ("… swimming Detective Ruth Okafor
    said: "This …"), and "the titles" would take that sentence's first words.
    """
    kind, te = _glued_title(text, ts, end)
    if kind != "cut" or not (0 < te < end and text[te - 1].isalnum() and text[te].isupper()):
        return None
    return _junction_titles(text, te, end)


_MAX_FLAT_TAGS = 12  # a flattened tag box's words after its heading: three tags of four
_MAX_HEADING_WORDS = 3  # a heading marked {heading}: "Trending now", "Meer over"
_MAX_GLUED_HEADING = 10  # ... or one that names a site: four words and a short name
#: A further title's start in a flattened box: a capital after a lower-case word.
_TITLE_START = lazy_regex(r"(?<=\p{Ll}[ \u00a0])\p{Lu}")
#: Two blocks joined by nothing: a lower-case letter run into a capital ("overOldebroek").
_BLOCK_JOIN = lazy_regex(r"(?<=\p{Ll})(?=\p{Lu})")


def _glued_heading(text: str, h: int, tail_end: int, book: _Book) -> int | None:
    """Where a box heading ends when its last word runs into the next block's capital
    ("… permission.Trending NowTap to …", "… kerk.Meer nieuws uit WormerlandLees ook
    …", blocks joined by nothing): a block of its own, as a heading alone on a line is,
    it goes alone (a box after it is read once it goes); None if the words at ``h`` are
    no such heading, or the site it names no short name (see _short_site)."""
    if book.heading is None:
        return None
    for m in itertools.islice(_TOKEN.finditer(text, h, tail_end), _MAX_GLUED_HEADING):
        w = m.group()
        j = next((k for k in range(1, len(w)) if w[k].isupper() and w[k - 1].islower()), 0)
        if j:
            head = book.heading.match(text[h : m.start() + j])
            return m.start() + j if head is not None and _short_site(head) else None
    return None


def _heading_titles(text: str, h: int, tail_end: int, book: _Book) -> bool:
    """Is the rest of the text from ``h`` a box heading marked ``{heading}``, with no
    site, and its titles, flattened ("… month. Trending Now <title> <title> <title>")?

    Its words open headlines too ("Trending now: why …", "Trending Now Why …"), so no
    colon may follow them, two titles at least (a capital after a lower-case word) and
    what _more_titles takes: capitalised after the heading, a short run to the end of
    the text that ends no sentence ("Trending now in the town are e-bikes." stays).
    """
    if book.heading is None:
        return False
    words = list(itertools.islice(_TOKEN.finditer(text, h, tail_end), _MAX_HEADING_WORDS + 1))
    for n in range(1, min(_MAX_HEADING_WORDS, len(words) - 1) + 1):
        if not (words[n].group()[:1].isupper() and words[n - 1].group()[-1:].isalnum()):
            continue
        m = book.heading.match(" ".join(w.group() for w in words[:n]))
        if m is not None and not (m.group("site") or "").strip():
            return _titles_to_end(text, words[n - 1].end(), tail_end) and (
                _TITLE_START.search(text, words[n].end(), tail_end) is not None)
    return False


def _flat_tags(text: str, h: int, tail_end: int, book: _Book) -> bool:
    """Is the rest of the text from ``h`` a tag box's heading (``{heading}``, "Meer
    over") and its tags, flattened ("… doen.” Meer over Oldebroek Horeca Leefbaarheid")?

    The heading is one of the first words' runs; the tags after it (see _tag_lines) are
    a few words, each capitalised, with no mark that ends or parts a sentence: "Meer
    over de wijk leest u morgen." stays. Where blocks were joined by nothing, each tag's
    block starts at a capital run into the word before it ("… doen.”Meer
    overOldebroekHorecaLeefbaarheid").
    """
    if book.heading is None:
        return False
    rest = _BLOCK_JOIN.sub(" ", text[h:tail_end]).split()
    for n in range(2, min(4, len(rest))):
        tags = rest[n:]
        if len(tags) > _MAX_FLAT_TAGS or not all(
            t[:1].isupper() and t[-1:].isalnum() for t in tags
        ):
            continue
        head = " ".join(rest[:n])
        m = book.heading.match(head)
        if m is not None and not (m.group("site") or "").strip():
            return True
    return False
