"""An affiliate box's shop buttons, one a line: "$119 at Amazon", "£24.99 at Argos",
"€89 bei MediaMarkt", with its "Check price" button perhaps.

Removed: a run of such lines with no blank line between that holds a shop [button]
("Check price", "View deal"). Left alone: price lines with no such button, however
many (a consumer story's comparison, "A pint of milk now costs:" / "£1.45 at Tesco" /
"£1.39 at Aldi"; a fare table), and any sentence ("Tickets cost $19 at the door." has
more than a price and a name). Looked for only in texts the gate let through."""

from __future__ import annotations

import re

from cleantext._lazy import lazy
from cleantext.cleaners.promo._last_button import _DEAL_BUTTONS
from cleantext.cleaners.promo._packs import _key

# A price, "at"/"bei"/"chez"/"en"/"su"/"bij", a shop's capitalised name of up to four
# words, and nothing else on the line.
_SHOP_LINE = lazy(
    r"^[ \t]{0,3}+(?:[$£€][ \t]?\d{1,6}+(?:[.,]\d{2})?|\d{1,6}+(?:[.,]\d{2})?[ \t]?[€$£])"
    r"[ \t]+(?:at|bei|chez|en|su|bij)[ \t]+"
    r"[A-Z0-9][\w'’&.-]{0,30}+(?:[ \t][A-Z0-9][\w'’&.-]{0,30}+){0,3}+[ \t]*$", re.MULTILINE)

# The longest a deal button's line is read for one.
_BUTTON_MAX = 20


def _shop_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of a shop box: price lines (``_SHOP_LINE``) and the
    deal buttons next to them, in runs of lines with no blank line between that hold a
    deal button."""
    out: list[tuple[int, int]] = []
    # Every price line holds a currency sign: a text with none (most articles) pays
    # three substring searches instead of the line pattern's scan.
    if "$" not in text and "£" not in text and "€" not in text:
        return out
    run: list[tuple[int, int]] = []
    prices = buttons = 0
    last_end = -2

    def flush() -> None:
        if prices and buttons:
            out.extend(run)

    for m in _SHOP_LINE.finditer(text):
        if m.start() != last_end + 1:
            flush()
            run, prices, buttons = [], 0, 0
            # A deal button right above the first price line.
            above = text.rfind("\n", max(0, m.start() - _BUTTON_MAX), max(0, m.start() - 1)) + 1
            if m.start() > 0 and above > 0 and \
                    _key(text[above:m.start() - 1]) in _DEAL_BUTTONS:
                run.append((above, m.start() - 1))
                buttons += 1
        run.append(m.span())
        prices += 1
        last_end = m.end()
        # Deal buttons right under it.
        nxt = m.end() + 1
        while nxt < len(text):
            stop = text.find("\n", nxt)
            stop = len(text) if stop == -1 else stop
            if stop - nxt > _BUTTON_MAX or _key(text[nxt:stop]) not in _DEAL_BUTTONS:
                break
            run.append((nxt, stop))
            buttons += 1
            last_end = stop
            nxt = stop + 1
    flush()
    return out
