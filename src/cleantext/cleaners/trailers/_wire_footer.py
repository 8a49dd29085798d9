"""A press-release wire's footer that ends the text: the last line "SOURCE <company>" in
capitals (PR Newswire, Cision; "FUENTE", "FONTE", "QUELLE" in their other editions).
"Source: Reuters" is no such footer.
"""

from __future__ import annotations

import regex

#: A press-release wire's last line, "SOURCE <company>" (PR Newswire and Cision: "SOURCE
#: Acme Foods, Inc."; "FUENTE", "FONTE", "QUELLE", "BRON" in their other editions), the
#: word in capitals and alone on the text's last line with the name after it; the "View
#: original content: <url>" line above it is a pack frame that ends the text once it
#: goes. Not "Source: Reuters" (a colon: a credit) nor "Source" in sentence case. Searched
#: for in the last characters only.
_WIRE_WORDS = ("SOURCE", "FUENTE", "FONTE", "QUELLE", "BRON")
_WIRE_SOURCE = regex.compile(
    rf"(?:\A|\n)[ \t]*(?P<unit>(?:{'|'.join(_WIRE_WORDS)})[ \t]{{1,3}}\p{{Lu}}[^\n]{{0,80}})"
    r"\s*\Z"
)


#: The same after the "View original content: <url>" line's address, where the line
#: break between them was lost (flattened text): the address, a space, the word.
_WIRE_SOURCE_FLAT = regex.compile(
    rf"(?:https?://|www\.)\S{{1,300}}[ \t]{{1,3}}(?P<unit>(?:{'|'.join(_WIRE_WORDS)})"
    r"[ \t]{1,3}\p{Lu}[^\n]{0,80})\s*\Z"
)


def _wire_source(text: str) -> int | None:
    """Where a press-release wire's "SOURCE <company>" line ends the text, if it does.
    A substring test on the last characters first: most texts hold no such capitals."""
    lo = max(0, len(text) - 160)
    if not any(text.find(w, lo) >= 0 for w in _WIRE_WORDS):
        return None
    m = _WIRE_SOURCE.search(text, lo)
    if m is None:
        # Flattened: the word right after the footer's address ("… multimedia:
        # https://www.prnewswire.com/… SOURCE Acme Foods, Inc.").
        m = _WIRE_SOURCE_FLAT.search(text, max(0, len(text) - 500))
    return None if m is None else m.start("unit")
