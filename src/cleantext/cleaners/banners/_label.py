"""A subscriber plan's label at the head of a text that holds a paywall: "PLUS" or
"Premium" on the line over the headline, which a site prints on every article behind
its paywall, while the wall itself comes at the foot of the teaser.

Removed: the label as the text's first line, nothing else on it, in any case ("Plus",
"PREMIUM"); in capitals, also run with no space into a capitalised headline where a
lost line break left nothing between them ("PLUSBakker …"), and a label of two words
in any case where its last letter is small and the headline's first capital
("Subscriber exclusiveInside …", a join no word has), or then a space and the
headline in a flattened text, which has no line break left ("Subscriber exclusive Port
authority fines …"). Only in a text where a paywall was found (a removed wall with a
subscription word: "subscri", "abonn", "abo", or its offer's "free trial"; not
"unlock", which an ad-block wall says too: "Turn it off to unlock all our free
content").

Deliberately left alone: the same word anywhere else, as a word of the headline or of
prose ("Plus de 200 personnes …", "PLUS DE 200 PERSONNES", "Premium bonds …"); a
headline in capitals then a space, which is a name as often as a lost line break
("PLUS Kok verhuist …", Dutch PLUS shops bear their owner's name; "ABO Energy baut …",
"PREMIUM Bonds winners …"); and a label in a text whose only wall is a cookie or
consent banner, or that holds no wall."""

from __future__ import annotations

from cleantext._core import Span
from cleantext._lazy import lazy
from cleantext.cleaners.banners._doc import _Doc
from cleantext.cleaners.banners._letters import _LO, _UP

# The spaces before the text's first word, what may end a label's line, and the blank
# lines after it.
_LEAD = lazy(r"\s{0,20}+")
_LINE_END = lazy(r"[ \t]{0,20}+(?:\n|\Z)")
_BLANK_LINES = lazy(r"(?:[ \t]{0,20}+\n){0,20}+")
# A capitalised word right after a label in capitals, the line break between them lost
# with nothing in its place.
_HEADLINE = lazy(f"[{_UP}][{_LO}]")
# A paywall's subscription word, in the removed walls (lower-cased text).
_PAYWALL = lazy(r"subscri|abonn|(?<![^\W\d_])abos?(?![^\W\d_])|free trial")


def _flattened_headline(text: str, end: int) -> bool:
    """Whether a label of more than one word, ending at ``end``, is followed by a space
    and a capitalised headline in a text with no line break at all, flattened ("Subscriber
    exclusive Port authority fines …"): the label's line break went, a space in its
    place. In a text that keeps its lines, the label on the headline's line is a word of
    the headline ("Subscriber exclusive: how …") and stays."""
    return (text.startswith(" ", end) and _HEADLINE.match(text, end + 1) is not None
            and "\n" not in text)


def _head_label(doc: _Doc, walls: list[Span]) -> Span | None:
    """The span of the plan's label at the text's head, or None: a few ``startswith``
    tests at one place and, only where a label is there, a search of the removed
    ``walls`` for a paywall's word (no scan of the rest of the text)."""
    text, low = doc.text, doc.low
    lead = _LEAD.match(text)
    start = 0 if lead is None else lead.end()
    for label in doc.lex.labels:
        if not low.startswith(label, start):
            continue
        end = start + len(label)
        if (line_end := _LINE_END.match(text, end)) is not None:
            blank = _BLANK_LINES.match(text, line_end.end())
            span = 0, line_end.end() if blank is None else blank.end(), ""
        elif ((text[start:end].isupper() or (" " in label and text[end - 1].islower()))
              and _HEADLINE.match(text, end) is not None):
            span = 0, end, ""
        elif " " in label and _flattened_headline(text, end):
            span = 0, end + 1, ""
        else:
            continue
        return span if any(_PAYWALL.search(low, s, e) for s, e, _ in walls) else None
    return None
