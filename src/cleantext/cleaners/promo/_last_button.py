"""A [button] that ends the text, left by a form or a paywall ("See all offers",
"Inicie sessão"): alone on the last line, or after a teaser's truncation marker."""

from __future__ import annotations

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
