"""A wire's furniture at either end of the text: a press-release wire's footer, the last
line "SOURCE <company>" in capitals (PR Newswire, Cision; "FUENTE", "FONTE", "QUELLE" in
their other editions), and a news agency's slug line that opens it ("BC-EU--Latvia-Forest
Fire, 1st Ld-Writethru").

"Source: Reuters" is no such footer, and a first line that only starts with capitals
and a hyphen ("BC-based firms …") no slug.
"""

from __future__ import annotations

from cleantext._lazy import lazy_regex

#: A press-release wire's last line, "SOURCE <company>" (PR Newswire and Cision: "SOURCE
#: Acme Foods, Inc."; "FUENTE", "FONTE", "QUELLE", "BRON" in their other editions), the
#: word in capitals and alone on the text's last line with the name after it; the "View
#: original content: <url>" line above it is a pack frame that ends the text once it
#: goes. Not "Source: Reuters" (a colon: a credit) nor "Source" in sentence case. Searched
#: for in the last characters only.
_WIRE_WORDS = ("SOURCE", "FUENTE", "FONTE", "QUELLE", "BRON")
_WIRE_SOURCE = lazy_regex(
    rf"(?:\A|\n)[ \t]*(?P<unit>(?:{'|'.join(_WIRE_WORDS)})[ \t]{{1,3}}\p{{Lu}}[^\n]{{0,80}})"
    r"\s*\Z"
)


#: The same after the "View original content: <url>" line's address, where the line
#: break between them was lost (flattened text): the address, a space, the word.
_WIRE_SOURCE_FLAT = lazy_regex(
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


#: A news agency's slug line (AP style) at the very start of the text: its cycle ("BC",
#: "AM", "PM"), a hyphen, a desk code in capitals and two hyphens ("BC-EU--"), the
#: story's keywords, each capitalised ("Latvia-Forest Fire"), and, where the story was
#: rewritten, its lead and the writethru ("1st Ld-Writethru") and a word count (",870").
#: The two hyphens after the code are the slug's: no name or sentence opens so. An older
#: slug has no desk code ("BC-Weather-Valley Floods, 1st Ld-Writethru"): there only the
#: writethru shows it is one.
_SLUG_HEAD = ("BC-", "AM-", "PM-")
_SLUG = (
    r"(?:BC|AM|PM)-(?P<desk>[A-Z]{2,4}--)?[\p{Lu}\d][\p{L}\d'’&/]{0,30}"
    r"(?:[ -][\p{Lu}\d][\p{L}\d'’&/]{0,30}){0,8}"
    r"(?P<lead>, ?(?:\d{1,2}(?:st|nd|rd|th) Ld-)?Writethru)?(?:, ?\d{2,4})?"
)
#: As written, the slug is its line (with a desk code or a writethru); flattened, it ends
#: only after a writethru, run into the headline by a space or by nothing ("… 1st
#: Ld-WritethruForest fire …").
_WIRE_SLUG = lazy_regex(
    rf"{_SLUG}(?:(?(desk)|(?(lead)|(?!)))[ \t]*(?=\r?\n|\Z)|(?(lead)(?=[ \t]?\p{{Lu}})|(?!)))"
)


_LEADING_SPACE = lazy_regex(r"\s*")


def _wire_slug(text: str) -> tuple[int, int] | None:
    """Where a news agency's slug line that opens the text starts and ends, if one does.
    Only the text's leading white space is read before a prefix test: most texts open
    with no such capitals."""
    space = _LEADING_SPACE.match(text)
    first = 0 if space is None else space.end()
    if not text.startswith(_SLUG_HEAD, first):
        return None
    m = _WIRE_SLUG.match(text, first)  # (bounded: a slug is a few hundred characters)
    return None if m is None else (first, m.end())
