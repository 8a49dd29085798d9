"""A pitch line that ends in its button after a dash: "Get storm alerts on your phone
– turn on notifications", "Mehr aus dem Landkreis im Newsletter – hier kostenlos
anmelden", "Our tested picks for winter boots – shop now".

Removed: a whole short line whose last words, after a spaced dash, are a [button] that
is also a scanned [label] (what a box prints on its button), one phrase before the dash.
Left alone: prose with a dash ("Residents were told to turn on notifications – and most
did": the button is not the line's end), a line of more than one sentence, a quoted or
reported line, and the button inside a paragraph or flattened text."""

from __future__ import annotations

import re

from cleantext.cleaners.promo._lines import _QUOTES, _Line
from cleantext.cleaners.promo._packs import _key
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._speech import _reported

# A pitch and its button fit on a short line; a longer one is a paragraph.
_PITCH_LINE = 160
# The spaced dash before the button, read back from the button's first letter.
_DASH_BEFORE = re.compile(r"[ \t]{1,3}[–—-][ \t]{1,3}\Z")
# What may follow the button on its line: a stop or an arrow, nothing else.
_BUTTON_END = re.compile(r"[.!]?[ \t]*[→›»>]?[ \t]*\Z")
# A sentence's stop inside the pitch: two sentences are the article's.
_INNER_STOP = re.compile(r"[.!?][ \t]")


def _dash_button(rules: _Rules, text: str, line: _Line, start: int, end: int) -> bool:
    """Whether the hit ``start``-``end`` is a button that ends ``line`` after a dash and
    a one-phrase pitch: the line is the box's whole."""
    if line.end - line.start > _PITCH_LINE or _key(text[start:end]) not in rules.buttons or \
            _BUTTON_END.match(text, end, line.end) is None:
        return False
    dash = _DASH_BEFORE.search(text, max(line.start, start - 7), start)
    if dash is None or dash.start() <= line.start:
        return False
    pitch = text[line.start:dash.start()]
    return pitch[-1].isalnum() and _INNER_STOP.search(pitch) is None and \
        _QUOTES.isdisjoint(text[line.start:line.end]) and \
        not _reported(text, line.start, dash.start())
