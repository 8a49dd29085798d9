"""A [button] that ends the text, left by a form or a paywall ("See all offers",
"Inicie sessão"): alone on the last line, or after a teaser's truncation marker; an
affiliate box's pick over its shop button ("Our pick: …" / "View deal")."""

from __future__ import annotations

from cleantext._lazy import lazy
from cleantext.cleaners.promo._lines import _after_spaces
from cleantext.cleaners.promo._packs import _key
from cleantext.cleaners.promo._ruleset import _Rules

# A button that a widget or a paywall leaves alone as the text's last line ("See all
# offers", "Inicie sessão", "Submit"): the longest the last line is read for one.
_LAST_BUTTON = 40


def _last_button(rules: _Rules, text: str) -> int | None:
    """Where a [button] that ends the text starts: alone on the last line, below other
    text (the rest of its form or wall went before it), or in flattened text right
    after the truncation marker of a teaser the wall cut ("… serão compens… Inicie
    sessão"); else None."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    lo = max(0, end - _LAST_BUTTON)
    nl = text.rfind("\n", lo, end)
    if nl >= 0 and _after_spaces(text, 0) < nl and _key(text[nl + 1:end]) in rules.buttons:
        return nl + 1
    dots = text.rfind("...", lo, end)
    cut = max(text.rfind("…", lo, end), dots + 2 if dots >= 0 else -1)
    if cut < 0 or not text[cut + 1:cut + 2].isspace():
        return None
    start = _after_spaces(text, cut + 1)
    return start if _key(text[start:end]) in rules.buttons else None


# An affiliate box's shop buttons (the packs' [button] keys), and the heading of the pick
# over one ("Our pick: the best kettles under £50", "Notre choix : …", "Unser Tipp: …"):
# at a line's start, its colon, then a product's name, no sentence stop at its end.
# Only over the button: "Our pick: the council's plan." opens an editorial's line.
_DEAL_BUTTONS = frozenset({"view deal", "see deal", "check price"})
_PICK_LINE = lazy(
    r"(?i:our|top|editor's|editors'|editor’s|editors’|best)[ \t]pick[ \t]?:[ \t]+[^\n]{1,100}+"
    r"|(?i:notre[ \t]choix|unser[ \t]tipp|nuestra[ \t]elección)[ \t]?:[ \t]+[^\n]{1,100}+")


def _deal_pick(button: str, line: str) -> bool:
    """Whether ``line``, right over the removed ``button``, is an affiliate box's pick:
    the button is a shop's, the line a pick's heading with a product after it and no
    full stop at its end."""
    body = line.strip()
    return _key(button) in _DEAL_BUTTONS and _PICK_LINE.fullmatch(body) is not None and \
        not body.endswith((".", "!", "?"))
