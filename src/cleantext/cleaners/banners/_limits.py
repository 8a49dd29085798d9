"""The bounds that keep each read short: how long a sentence that is part of a wall, an
offer, a heading may be, how far a wall's first word or its buttons are looked for, and
how many tries, lines and glued buttons are read at most."""

from __future__ import annotations

# A sentence longer than this is never part of a wall unless a wall wording is in it.
_MEDIUM_MAX = 600
# A paywall's offer sentence is at most this long: offers are a line of a dialog.
_OFFER_MAX = 200
# How far before a [body] wording its wall's first word is looked for.
_STARTER_WINDOW = 300
# At most this many wordings are tried per sentence, and lines absorbed per wall.
_MAX_TRIES = 20
_MAX_ABSORBED_LINES = 40
_MAX_GLUED = 12
# A sentence after a wall is read as its pieces run together at no more joins than this.
_MAX_WALL_JOINS = 6
# A dialog's heading that is a wall wording of its own is at most this long.
_HEADING_MAX = 200
# At most this many sentences on a wall's subject are taken between a wall sentence and
# the consent buttons that close it.
_MAX_BETWEEN = 3
# Button labels run together by dropped tags are looked for in lines up to this long.
_GLUED_BUTTONS_MAX = 200
# A button run into the article's first word is looked for this far from its start.
_CAMEL_BUTTON_MAX = 60
# Consent buttons that answer wall-like sentences are looked for this far from either
# end of a line (and in the whole of a line twice as long).
_ANSWER_WINDOW = 4 * _MEDIUM_MAX
