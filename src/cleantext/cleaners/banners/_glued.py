"""Wall wordings run into the words next to them where a line break was lost with nothing
in its place, which the word scans, wanting word edges, pass over: a wording that
starts at the next block's first word, and an opener whose last word ran into it."""

from __future__ import annotations

from cleantext._lazy import lazy
from cleantext.cleaners.banners._doc import _Doc, _match_end
from cleantext.cleaners.banners._letters import _LO, _UP
from cleantext.cleaners.banners._limits import _MAX_TRIES, _MEDIUM_MAX

# Where a block's last word (ending in a lower-case letter) ran into the next block's
# first, a capitalised word, with no space ("… for subscribers onlyYou've read …"): the
# capital. The scan starts with the capital's class (``re`` skips to capitals in C).
_RUN_INTO = lazy(f"[{_UP}](?<=[{_LO}][{_UP}])(?=[{_LO}])")
# A wall's first word is at most this far before the place its opener ran into the next.
_GLUED_OPENER_REACH = 120
# A line longer than this is a text's that lost its line breaks (``_glued_in_line``), and
# where blocks were joined by nothing, a join shows within this many characters of
# either end (a headline run into its first paragraph, a footer into the last).
_GLUED_LINE = 2 * _MEDIUM_MAX
_GLUED_PROBE = 1000


def _glued_in_line(doc: _Doc, start: int, end: int,
                   hits: bool) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``_glued_wordings`` of the line, read where they can be: a short line (a
    paragraph) that holds a wall wording the word scans found, a stop run into the
    next sentence, or a word run into the next (a wall at the head of its line whose
    opener's last word ran into the next wording: "This article is for subscribers
    onlyAlready a subscriber? Log in", where the scans find neither wording); most
    lines examined are an article's and hold no join; a long one
    (a text that lost its line breaks) when
    a sentence's stop run into the next one's capital shows near either end, as in a
    text whose blocks were joined by nothing ("… the spring.The council …"). One that
    kept a space between its blocks has none, and reading all of it for joins would
    cost more than the rest of the line's reads; a name's inner capital ("SunExpress")
    is no sign."""
    text = doc.text
    if end - start <= _GLUED_LINE:
        if (hits or _GLUED_SENTENCES.search(text, start, end) is not None
                or _RUN_INTO.search(text, start, end) is not None):
            return _glued_wordings(doc, start, end)
        return [], []
    if (_GLUED_SENTENCES.search(text, start, start + _GLUED_PROBE) is None
            and _GLUED_SENTENCES.search(text, end - _GLUED_PROBE, end) is None):
        return [], []
    return _glued_wordings(doc, start, end)


# A stop (or a teaser's ellipsis) run into the next sentence's capital after a
# lower-case letter: the scan starts with the stops' class, which few characters of a
# text are.
_GLUED_SENTENCES = lazy(f"[.!?…](?<=[{_LO}][.!?…])(?=[{_UP}][{_LO}])")


def _glued_wordings(doc: _Doc, start: int,
                    end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The opener and body wordings in ``text[start:end]`` that a lost line break ran
    into the words next to them with no space, which the word scans, wanting word edges
    in the lower-cased text, pass over: a wording that starts at the next block's first
    word ("DatenschutzeinstellungenWir nutzen Technologien wie Cookies …", the dialog's
    heading run into its text), and an opener whose last word ran into the next block's
    first ("… 30 per cent.This article is for subscribers onlyYou've read all of your
    free articles …", "Questo articolo è riservato agli abbonatiPer continuare …"). The
    latter starts at a capitalised word (a wall's first word, as where it is glued to
    the article) and ends at the join.

    At each join one anchored match is tried; an opener that ends there is looked for
    only after a word that ends one (a set lookup), at most ``_MAX_TRIES`` times, at the
    capitalised words up to ``_GLUED_OPENER_REACH`` before it: bounded work per join."""
    text, low, lex = doc.text, doc.low, doc.lex
    ends = lex.opener_ends
    openers: list[tuple[int, int]] = []
    bodies: list[tuple[int, int]] = []
    tries = 0
    for m in _RUN_INTO.finditer(text, start, end):
        j = m.start()
        at = lex.join_words.match(low, j, end)
        if at is not None:
            if at.group(1) is not None:
                openers.append(at.span(1))
            if at.group(2) is not None:
                bodies.append(at.span(2))
        w = j
        while w > start and j - w < 40 and low[w - 1].isalpha():
            w -= 1
        if tries >= _MAX_TRIES or low[w:j] not in ends:
            continue
        tries += 1
        k = max(start, j - _GLUED_OPENER_REACH)
        for c in _CAPITAL_WORD.finditer(text, k, w + 1):
            if _match_end(lex.opener_head, doc, c.start(), j, cut=False, full=True) is not None:
                openers.append((c.start(), j))
                break
    return openers, bodies


# A capitalised word's first letter, where a word starts (after a non-letter, or at the
# start of what is searched), or where a lost line break ran it into the word before
# ("… 90 årKun for abonnenterAf Niels Holm …": a label between headline and byline).
_CAPITAL_WORD = lazy(f"(?<![^\\W\\d_])[{_UP}]|(?<=[{_LO}])[{_UP}]")
