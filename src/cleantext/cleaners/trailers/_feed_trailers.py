"""Closed feed-trailer frames in a line ("The post <title> appeared first on <site>.")
and the checks that tell them from an article sentence in the same words: the site is
a name, not a clause or a year, and the title opens as a title does.
"""

from __future__ import annotations

import itertools

import regex

from cleantext._lazy import lazy, lazy_regex
from cleantext._units import sentences
from cleantext.cleaners.trailers._boundaries import _is_lower, _sentence_end, _starts_unit
from cleantext.cleaners.trailers._patterns import _MAX_FRAME
from cleantext.cleaners.trailers._phrase_book import _Book
from cleantext.cleaners.trailers._sentence_starts import (
    _WORD_OPENERS,
    _glued_stop,
    _opens_sentence,
)
from cleantext.cleaners.trailers._title_shapes import _SPACELESS


def _glued_to_end(text: str, p: int, e: int) -> bool:
    """Is the closed frame at ``p``, ending at ``e``, a block glued to the word before it
    (a capital after a letter or a figure: "… dpa:250714-930-811204/2Der Beitrag …
    erschien zuerst auf …", or after a word in capitals, an agency's name: "… (c)
    Agencia EFELa entrada … se publicó primero en …") that ends the text? Blocks joined
    by nothing run so; inside an article a word never runs into a capital, and a frame
    that ends the text (the feed's last block) is no sentence that goes on. A single
    capital before it is a word's first letter, not a word run into it."""
    if p > 0 and _SPACELESS.match(text, p - 1) and _SPACELESS.match(text, p):
        # Japanese or Chinese have no capitals: a frame run into a box title's last
        # character ("…サイクリングロードに投稿 <title> は <site> に最初に表示されました。")
        # is glued so when it ends the text.
        return not text[e:].strip()
    return (
        p > 0 and text[p - 1].isalnum() and text[p].isupper()
        and (not text[p - 1].isupper() or (p > 1 and text[p - 2].isupper()))
        and not text[e:].strip()
    )


def _frames_at(text: str, hits: list[int], ls: int, le: int, book: _Book) -> list[tuple[int, int]]:
    """Closed feed-trailer frames that start (or whose first literal starts) at a hit."""
    found: list[tuple[int, int]] = []
    covered = -1  # "The post X appeared first on Y": found by "The post", not again by its middle
    for p in hits:
        if p < covered:
            continue
        if book.closed is not None:
            m = book.closed.match(text, p, min(le, p + _MAX_FRAME))
            if (
                m is not None and _site_ok(m)
                and (_starts_unit(text, p, ls) or _glued_to_end(text, p, m.end()))
                and (m.end() >= le or _frame_ends(text, m.end(), le))
            ):
                found.append(_widen(text, p, m.end(), le))
                covered = m.end()
                continue
        if book.lead_title is not None:
            m = book.lead_title.match(text, p, min(le, p + _MAX_FRAME))
            if m is not None and _site_ok(m):
                start = _title_start(text, ls, p)
                if start is not None:
                    found.append(_widen(text, start, m.end(), le))
                    covered = m.end()
    return found


# Articles a site name may be written after in lower case: "erschien zuerst in der
# Beispiel Zeitung", "appeared first on the Daily Example".
_SITE_ARTICLES = frozenset(
    ["the", "der", "die", "das", "dem", "den", "de", "het", "la", "le", "les", "el", "il",
     "lo", "o", "a"]
)
# A comma and a lower-case word: a clause goes on ("…, officials said"), no name or title does.
_CLAUSE = lazy_regex(r",\s*\p{Ll}")
# A year, after at most two short words ("Jahr 1912", "the year 1998", "mei 2003"): a
# date, no site. A site may hold one ("the May 2023 issue of Example Magazine").
# A closing bracket run into a capital: a bracketed note's end, the next block glued on
# ("… to Coast Digest.]Officials said …"); no name holds one so.
_GLUED_BRACKET = lazy_regex(r"[\])](?=\p{Lu})")
# ... or a figure's stop run into the next sentence's first word ("… dans Combat en
# 1944.Les travaux …"), which _glued_stop leaves to names ("U.S.Army").
_FIGURE_STOP = lazy_regex(r"\d[.!?][\])»”\"]?(?=\p{Lu}\p{Ll})")
# A day of the month before its month's name in lower case ("du 3 mai", "del 12 de
# mayo"): a site name holds no date ("20 Minutes" has a capital after its figure).
_DAY = lazy(r"\d{1,2}\.?")
# A quoted reference-work entry, a name inverted at its comma ("“Smith, John”",
# "“Harlow, Essex”"): an encyclopedia's or a register's entry that the article names
# ("The entry “Smith, John” was first published on …"), no feed's headline.
_INDEX_ENTRY = lazy_regex(
    r"[“\"‘'«„]\p{Lu}\p{L}{0,40}+(?:[ '’-]\p{L}{1,40}+){0,3}+,\s{1,3}"
    r"\p{Lu}\p{L}{0,40}+(?:[ .'’-]{1,2}\p{L}{1,40}+){0,3}+\.?[”\"’'»“]"
)
_YEAR_SITE = lazy(r"(?:\w{1,5}\.?\s{1,3}){0,2}(?:1[5-9]|20)\d\d")


def _frame_ends(text: str, e: int, le: int) -> bool:
    """Does a frame that ends at ``e`` end its sentence? Not when a lower-case word goes on
    in its line: "Originally published at <url> on March 3" is one unit with its date."""
    q = e
    while q < le and text[q].isspace():
        q += 1
    return q >= le or not _is_lower(text[q])


def _site_ok(m: regex.Match[str]) -> bool:
    """Is a frame's match a feed trailer, not an article sentence in the same words?

    A site is a name or a domain: "He appeared first on the ballot." is prose. A frame
    with a linked title ("The post <title> appeared first on <site>") shares its words
    with reporting about a social-media post ("The post about the recall appeared first
    on Facebook, officials said."): there the title must open as a title does (not with
    a lower-case word or a comma: "iPhone" and "eBay" still do), hold no full stop
    that ends a sentence ("The post Office closed. The story appeared first on …") and
    be no quoted reference entry ("The entry “Smith, John” was first published on
    …"), and the site must be a name, not a clause (at most one lower-case word of
    three letters or more: "OOG Radio en Televisie", not "Facebook before it was
    deleted"). No site goes on with a comma and a lower-case word ("…, officials
    said") or runs into the next sentence glued after its stop ("… on Harbour
    Notes.Officials said …", "… en 1944.Les travaux …"), and none is a year ("Dieser
    Text erschien zuerst im Jahr 1912.", "This article first appeared in 1998." date a
    text) or a number that a lower-case word follows (a date, "publicado en 3 de
    mayo.", or a clause, "publicado em 1920 volta às livrarias."; "20 Minutes" is a
    name), and none holds a day before a month in lower case ("Cet article est paru
    dans le Journal officiel du 3 mai.": a law's article, no feed's) or ends in a date
    after a lower-case word ("Cet article est paru dans L'Aurore en 1898.", "… in The
    Dial in May 1843."): a note names its site and nothing after it.
    """
    site, title = _slots(m)
    if site is None:
        return True
    words = site.lstrip("\"'“‘«„").split()
    if len(words) > 1 and words[0] in _SITE_ARTICLES:
        words = words[1:]  # "der Beispiel Zeitung": the name starts after its article
    if not words or (words[0][0].islower() and "." not in site):
        return False
    if "," in site and _CLAUSE.search(site) is not None:
        return False  # "erschien zuerst in der Schülerzeitung, erzählt sie."
    if _glued_stop(site) is not None or _GLUED_BRACKET.search(site) is not None or (
            _FIGURE_STOP.search(site) is not None):
        return False  # the next sentence glued on: "… on Harbour Notes.Officials said …"
    if _YEAR_SITE.fullmatch(" ".join(words).rstrip(".!。！")) is not None:
        return False  # "Dieser Text erschien zuerst im Jahr 1912."
    if words[0][0].isdigit() and any(w[0].islower() and len(w) >= 3 for w in words[1:]):
        return False  # a number and a clause or a date: "… em 1920 volta às livrarias."
    if any(_DAY.fullmatch(a) is not None and b[0].islower() and len(b) >= 3
           for a, b in itertools.pairwise(words)):
        return False  # a dated issue, no site: "… paru dans le Journal officiel du 3 mai."
    if words[-1].rstrip(".!。！").isdigit() and any(w[0].islower() for w in words[-3:-1]):
        return False  # a date after the name: "… paru dans L'Aurore en (mai) 1898."
    if title is None:
        return True
    head = title.lstrip()
    first = head.split(None, 1)[0].lstrip(_WORD_OPENERS) if head else ""
    if not first or head[0] in ",;:" or (first[0].islower() and first == first.lower()):
        return False  # "The post, which …", "The post about the recall …"
    if _INDEX_ENTRY.fullmatch(head.rstrip()) is not None:
        return False  # "The entry “Smith, John” was first published on …"
    if ". " in title and _full_stop_inside(title):
        return False  # "The post Office closed Monday. The story appeared first on …"
    return len([w for w in words if w[0].islower() and len(w) >= 3]) < 2


# A stop and a space inside a site name: the name ended there, and a sentence goes on.
_NAME_STOP = lazy_regex(r"[.!。！][\])]?\s")


def _end_site_ok(m: regex.Match[str]) -> bool:
    """Is an ``{end}`` frame's match, tried up to the end of the text, a note, not an
    article sentence with more text after it? Its site is one name, as a closed frame's
    is (see _site_ok): the name may not run over a sentence's end to reach the text's
    ("… paru dans Le Phare. Les travaux commenceront au printemps.")."""
    site, _ = _slots(m)
    return site is None or (_NAME_STOP.search(site) is None and _site_ok(m))


def _full_stop_inside(title: str) -> bool:
    """Does a full stop end a sentence inside ``title``, before a sentence opener ("…
    Monday. The story …")? A title is one headline: its abbreviations end none ("U.S.",
    "Dr."), nor does a dateline's state before a dash ("BUFFALO, N.Y. — Hours …"), and a
    question may end ("Who wins? Experts …")."""
    spans = sentences(title)
    return any(
        title[e - 1] == "." and _opens_sentence(title[s:].split(None, 1)[0])
        for (_, e), (s, _) in itertools.pairwise(spans)
    )


def _slots(m: regex.Match[str]) -> tuple[str | None, str | None]:
    """A frame match's site and title (None where its frame has no such slot)."""
    # By number: ``regex`` looks a group up by name several times slower (~0.4 µs).
    names = m.re.groupindex
    site, title = names.get("site"), names.get("title")
    return (None if site is None else m.group(site), None if title is None else m.group(title))


def _title_start(text: str, ls: int, lit: int) -> int | None:
    """Where a title that ends at ``lit`` starts: the start of the sentence it closes."""
    lo = max(ls, lit - 300)
    spans = sentences(text, lo, lit)
    if not spans:
        return None
    start = spans[-1][0]
    if start == lo and lo > ls:
        return None  # longer than a title
    if not _starts_unit(text, start, ls) or _sentence_end(text[start:lit]):
        return None
    return start


def _widen(text: str, s: int, e: int, hi: int) -> tuple[int, int]:
    """Take the brackets a unit is wrapped in: "[Dieser Text erschien zuerst auf …]"."""
    if s > 0 and text[s - 1] in "[(":
        j = e
        while j < hi and text[j] in " .":
            j += 1
        if j < hi and text[j] in "])":
            return s - 1, j + 1
    return s, e
