"""Navigation bars: a line of three or more capitalised menu items between "|", "•" or
" / " with a [menu] word ("Home | News | Sport"), the same glued between sentences,
and menus whose items runs of spaces part. Left alone: table rows and figures,
datelines ("Berlin | 12.03.2024"), bylines ("By Ann Lee | Reuters")."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from cleantext._core import Span
from cleantext._lazy import lazy, lazy_regex
from cleantext.cleaners.promo._lines import (
    _after_stop,
    _inline_span,
    _Line,
    _sentence_next,
    _word_before,
)
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._shares import _RUN_WORD

# A navigation bar: three or more short items between "|", "•" or " / " ("Home | News |
# Local | Sport | Weather"), a whole line (``_BAR_LINE`` finds candidate lines) or, in
# flattened text, glued between sentences (``_bar_chains`` finds runs of separators);
# ``_menu_bar`` decides. ``_BAR_BYTES`` is the gate's superset of both: two separators
# on a line with at most an item (``_BAR_ITEM`` characters, four bytes each at most) and
# their spaces between, in the translated bytes.
_BAR_ITEM = 30
_BAR_SEP = r"[ \t]{0,3}(?:\||•|·|[ \t]/)[ \t]{0,3}"
# Each separator and the item after it is one atomic group: an item cannot hold a
# separator's mark, so it ends where it must, and a line that fails is given up at once
# instead of trying every way its spaces could be shared between items and separators
# (exponential in the items: a line of sixteen "Home | " took minutes). The item before
# it may have taken the space of a " /": the slash's look-behind accepts that space.
_BAR_LINE = lazy(rf"(?m)^[ \t]*+([^\n|•·]{{1,{_BAR_ITEM}}}"
                       rf"(?>[ \t]{{0,3}}(?:\||•|·|(?<=[ \t])/)[ \t]{{0,3}}"
                       rf"[^\n|•·/]{{1,{_BAR_ITEM}}}){{2,15}})[ \t]*$")
_BAR_MARK = rb"(?:\||\xe2\x80\xa2|\xc2\xb7| /)"
# The first mark's " /" written from its "/": every branch then starts with a byte,
# and ``re`` skips in C to the few bytes that can start a mark instead of stopping at
# every space.
_BAR_BYTES = lazy(rb"(?:\||\xe2\x80\xa2|\xc2\xb7|/(?<= /))[^\n]{1,%d}?" % (4 * _BAR_ITEM + 6)
                        + _BAR_MARK)
_BAR_SPLIT = lazy(_BAR_SEP)


def _menu_item(item: str) -> bool:
    """One or two capitalised words, without digits or sentence punctuation."""
    words = item.split()
    return 1 <= len(words) <= 2 and len(item) <= _BAR_ITEM and \
        all(w[:1].isupper() for w in words) and \
        not any(ch.isdigit() or ch in ".,;:!?\"()" for ch in item)


def _menu_items(rules: _Rules, items: Sequence[str], least: int = 3) -> bool:
    """Whether separated items are a navigation bar: ``least`` or more menu items
    (``_menu_item``), one of them a [menu] word."""
    return len(items) >= least and all(map(_menu_item, items)) and \
        any(i.casefold() in rules.menu for i in items)


def _menu_bar(rules: _Rules, body: str) -> bool:
    """Whether a separated line is a navigation bar: three items or more, each one or
    two capitalised words without digits or sentence punctuation, one of them a [menu]
    word. Left alone: table rows ("Revenue | Profit | Margin", no menu word; figures),
    datelines ("Berlin | 12.03.2024": two items, a digit), bylines ("By Ann Lee | Reuters").
    A page footer's bar opens with the site's copyright ("© Kreisbote 2024 | Impressum |
    Datenschutz"): the notice is its first item, and two menu items or more follow."""
    items = [i.strip() for i in _BAR_SPLIT.split(body)]
    if items[0].startswith(("©", "(c)", "(C)", "Copyright")):
        return _menu_items(rules, items[1:], least=2)
    return _menu_items(rules, items)


# A bar whose items runs of two spaces or more part (a single space parts an item's
# words): a menu laid out with padding, its separators lost. Each item is taken whole
# at once, so a line that fails is given up without trying its spaces two ways.
_SPACED_LINE = 160
_SPACED_ITEMS = 4
_SPACED_BAR = lazy(r"[ \t]*+(\S{1,30}+(?: \S{1,30}+)?+)((?:[ \t]{2,8}+\S{1,30}+"
                         r"(?: \S{1,30}+)?+){3,15}+)[ \t]*+")
_SPACED_SPLIT = lazy(r"[ \t]{2,8}")


def _spaced_bar(rules: _Rules, body: str) -> bool:
    """Whether a line is a navigation bar of items parted by runs of spaces: four items
    or more, each one or two capitalised words without digits or sentence punctuation
    (``_menu_item``), two of them [menu] words. Left alone: table rows ("Name  Age
    City  Country": no menu word; figures), a heading padded with spaces, one menu word
    (a table's "Home  Away  Draw  Points" header has one)."""
    if _SPACED_BAR.fullmatch(body) is None:
        return False
    items = _SPACED_SPLIT.split(body.strip())
    return len(items) >= _SPACED_ITEMS and all(map(_menu_item, items)) and \
        sum(1 for i in items if i.casefold() in rules.menu) >= 2


def _bar_chains(text: str) -> list[list[tuple[int, int]]]:
    """Runs of two or more separators, each pair with one menu item between them
    (``_menu_item``), on one line: the middle of a bar. One pass over the separators."""
    chains: list[list[tuple[int, int]]] = []
    chain: list[tuple[int, int]] = []
    for m in _BAR_SPLIT.finditer(text):
        if chain and m.start() - chain[-1][1] <= _BAR_ITEM and \
                _menu_item(text[chain[-1][1]:m.start()]) and \
                "\n" not in text[chain[-1][1]:m.start()]:
            chain.append(m.span())
            continue
        if len(chain) >= 2:
            chains.append(chain)
        chain = [m.span()]
    if len(chain) >= 2:
        chains.append(chain)
    return chains


_CASE_JOINT = lazy_regex(r"(?<=\p{Ll})(?=\p{Lu})")


def _inline_bar(rules: _Rules, text: str, line: _Line, chain: Sequence[tuple[int, int]],
                chained: int) -> Span | None:
    """A navigation bar glued inside a line ("… bread again.\" Home | News | Local |
    Sport | Weather The prize …"), or None. Its first item is the one or two words
    before its first separator, its last the rest of the line (one or two words) or
    else the one word after its last separator; it goes between a sentence end (the
    line start, or a unit removed just before it) and a capitalised word (or the line
    end). A table row keeps its figures ("Revenue | Profit | Margin 2023 | 4.1"), a
    byline has two items ("By Ann Lee | Reuters"): both stay."""
    middle = [text[a[1]:b[0]].strip() for a, b in itertools.pairwise(chain)]
    # (Only a short rest is read: a long line must not be copied once per bar.)
    rest = text[chain[-1][1]:line.end].strip() if line.end - chain[-1][1] <= 2 * _BAR_ITEM \
        else ""
    if rest and _menu_item(rest):
        last, end = rest, line.end
    else:
        m = _RUN_WORD.match(text, chain[-1][1])
        if m is None:
            return None
        last, end = m.group(), m.end()
        # Flattened text that joined blocks with no space glues the headline to the
        # last item ("… / Oost-Brabant / NieuwsDorpsbewoners knappen …"): the item ends
        # where a capital follows a small letter. (A camel-cased item, "YouTube", is cut
        # too: junk left, never the headline's first word lost.)
        joint = _CASE_JOINT.search(last)
        if joint is not None:
            last, end = last[:joint.start()], m.start() + joint.start()
        if not _sentence_next(text, line, end):
            return None
    one_at, one = _word_before(text, line, chain[0][0])
    two_at, two = _word_before(text, line, one_at)
    firsts = [(two_at, f"{two} {one}")] if two else []
    for start, first in [*firsts, (one_at, one)]:
        if _menu_items(rules, [first, *middle, last]) and \
                _after_stop(text, line, start, chained):
            return _inline_span(text, line, start, end)
    return None
