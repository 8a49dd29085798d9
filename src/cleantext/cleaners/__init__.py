"""The cleaners, one module per family of boilerplate, and the default order.

The order matters, and each step has a reason:

1. ``markup``: tags and entities hide words and paragraph breaks from every later
   cleaner, and entities can encode the very characters ``unicode`` normalises
   (``&nbsp;``, ``&#8203;``), so markup is decoded first.
2. ``unicode``: mojibake and zero-width characters break phrase matching; line
   breaks are normalised here so the families see ``\\n`` only.
3. ``banners``: consent and paywall walls are whole units whose button words
   ("Read More", "Accept") would otherwise be taken piecemeal by later families.
4. ``trailers``: read-more lines and feed trailers sit at the tail, after the
   truncated teaser they follow.
5. ``promo``: ads, share, newsletter and widget lines, anywhere.
6. ``truncation``: only once the tail junk is gone is the cut-off sentence last.
7. ``whitespace``: tidies what the others leave behind; always last.
"""

from __future__ import annotations

from cleantext._core import Cleaner

# Import the modules, not their cleaners: binding a cleaner under its module's name
# here would shadow the submodule (`import cleantext.cleaners.markup` would give the
# cleaner object).
from cleantext.cleaners import (
    banners,
    markup,
    promo,
    trailers,
    truncation,
    unicode,
    whitespace,
)

DEFAULT_ORDER: tuple[Cleaner, ...] = (
    markup.markup,
    unicode.unicode,
    banners.banners,
    trailers.trailers,
    promo.promo,
    truncation.truncation(),
    whitespace.whitespace,
)

#: Every registered cleaner by name, in the default order.
REGISTRY: dict[str, Cleaner] = {c.name: c for c in DEFAULT_ORDER}

__all__ = ["DEFAULT_ORDER", "REGISTRY"]
