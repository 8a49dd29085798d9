"""Navigation menus flattened onto the start of the headline's line: "Portada Local
Deportes Cultura Opinión El Atlético asciende …" (line breaks turned to spaces),
"NyheterSportNöjeKulturDebattNy färjelinje …" (turned to nothing). A run of five
section names or more, each a [menu] word written capitalised or in capitals, one
space or a glued capital between them, goes from the line's start up to the
capitalised word after it (the headline's first word), or a line of nothing else.

Left alone: a run with any other word in it, up to that word (a section no pack lists
ends it: junk left, never a headline's word lost); its last name when no capitalised
word follows it ("Opinión Deportes y ocio en verano …": the headline's, which opens
with a section's name; "Jobs Search Home › News": a trail's home word, for the trail's
own rules); a line that does not open with the run; fewer than five names (a headline
may open with two: "Sport Business").

A site's header that opens the text with its menu button's word ("Menu Search Sign in
Subscribe …", "Menú Buscar Suscríbete Iniciar sesión"): the button's label says it is
a header, so three names suffice there, the button's among them ("Menu Search Engine
launched …" keeps its words: two names, then one no pack lists).
"""

from __future__ import annotations

from cleantext._core import Span
from cleantext._lazy import lazy_regex

# A run of fewer names is a headline's or a sentence's opening as likely as a menu.
_LEAST = 5
# Past this many names a line is no menu but hostile text: the run stops reading.
_MOST = 40
# One name: a word in capitals that no small letter follows ("PORTADA", "NEWS"), or a
# capital and small letters, with an apostrophe or a hyphen inside ("What's",
# "E-tidning"); it ends at the next capital, where a glued name starts.
_NAME = lazy_regex(r"\p{Lu}{2,20}+(?!\p{Ll})|\p{Lu}(?:\p{Ll}|['’-](?=\p{L})){0,24}+")
# A line that opens with five names, any five (one pass in C over the text, led by
# the line break, which is four times as fast as "(?m)^": a line of prose fails at its
# second word, and ``_names`` reads only the few left); and the text's first line.
_FIVE = r"([ \t]{0,3}+)(?=(?:(?:" + _NAME.pattern + r") ?){5})"
_FIVE_NAMES = lazy_regex(r"\n" + _FIVE)
_FIVE_AT_START = lazy_regex(_FIVE)
# The menu button's label opening the text, as a header prints it.
_BUTTON_AT_START = lazy_regex(r"([ \t]{0,3}+)(?=(?:Menu|MENU|Menú|MENÚ|Menü|MENÜ) )")
_LEAST_AFTER_BUTTON = 3
# The end of a line, after spaces.
_LINE_END = lazy_regex(r"[ \t]*+(?:\n|\Z)")
# A name of two words ("What's On", "Log in"): the second after one space.
_SECOND = lazy_regex(r" (?:\p{Lu}{2,20}+(?!\p{Ll})|\p{L}\p{Ll}{0,24}+)")


def _flat_menus(menu: frozenset[str], text: str) -> list[Span]:
    """Flattened menus at a line's start (see the module's docstring): each from the
    line's start to the headline after it (the space before the headline goes too)."""
    spans: list[Span] = []
    first = _FIVE_AT_START.match(text)
    button = _BUTTON_AT_START.match(text)
    start = first or button
    for opening in ([start] if start else []) + list(_FIVE_NAMES.finditer(text)):
        run = _names(menu, text, opening.end(1))
        if len(run) >= (_LEAST_AFTER_BUTTON if button and opening is start else _LEAST):
            end = run[-1]
            if text.startswith(" ", end):
                end += 1
            spans.append((opening.start(1), end, ""))
    return spans


def _menu_at_start(menu: frozenset[str], text: str) -> bool:
    """Whether the text opens with a flattened menu (the gate's test: one match at the
    text's start, where a page's menu stands; later lines are read once the text is let
    through for another unit)."""
    button = _BUTTON_AT_START.match(text)
    opening = _FIVE_AT_START.match(text) or button
    least = _LEAST_AFTER_BUTTON if button else _LEAST
    return opening is not None and len(_names(menu, text, opening.end(1))) >= least


def _names(menu: frozenset[str], text: str, pos: int) -> list[int]:
    """The ends of the menu's names from ``pos``, each followed by the capital of the
    next word (the run's last name that is not drops out)."""
    ends: list[int] = []
    while len(ends) < _MOST:
        m = _NAME.match(text, pos)
        if m is None:
            break
        end = m.end()
        pair = _SECOND.match(text, end)
        if pair is not None and text[m.start():pair.end()].casefold() in menu:
            end = pair.end()
        elif m.group().casefold() not in menu:
            return ends  # a capitalised word no menu holds: the headline's first
        ends.append(end)
        pos = end + 1 if text.startswith(" ", end) else end
        if not text[pos:pos + 1].isupper():
            # A menu of its own line keeps its last name; before other words that
            # name is the headline's (or a trail's) first.
            return ends if _LINE_END.match(text, end) else ends[:-1]
    return ends[:-1]
