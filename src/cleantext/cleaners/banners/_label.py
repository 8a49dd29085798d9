"""A subscriber plan's label at the head of a text that holds a wall: "PLUS" or
"Premium" on the line over the headline, which a site prints on every article behind
its paywall, while the wall itself comes at the foot of the teaser.

Removed: the label as the text's first line, in any case ("Plus", "PREMIUM"); in
capitals, also where a lost line break left a space or nothing between it and the
headline ("PLUS Bakker …", "PLUSBakker …"). Only in a text where a wall was found.

Deliberately left alone: the same word anywhere else, as a word of the headline or of
prose ("Plus de 200 personnes …", "PLUS DE 200 PERSONNES", "Premium bonds …": the
label is one word on its line, or capitals run into a capitalised word), and a label
in a text that holds no wall."""

from __future__ import annotations

import re

from cleantext._core import Span
from cleantext.cleaners.banners._doc import _Doc
from cleantext.cleaners.banners._letters import _LO, _UP

# The spaces before the text's first word, what may end a label's line, and the blank
# lines after it.
_LEAD = re.compile(r"\s{0,20}+")
_LINE_END = re.compile(r"[ \t]{0,20}+(?:\n|\Z)")
_BLANK_LINES = re.compile(r"(?:[ \t]{0,20}+\n){0,20}+")
# A capitalised word after a label in capitals, the spaces of a lost line break or of
# a lost blank line (or none) between them (group 1).
_HEADLINE = re.compile(f"([ \t]{{0,3}}+)[{_UP}][{_LO}]")


def _head_label(doc: _Doc) -> Span | None:
    """The span of the plan's label at the text's head, or None (a few ``startswith``
    tests at one place: no scan of the text)."""
    text, low = doc.text, doc.low
    lead = _LEAD.match(text)
    start = 0 if lead is None else lead.end()
    for label in doc.lex.labels:
        if not low.startswith(label, start):
            continue
        end = start + len(label)
        line_end = _LINE_END.match(text, end)
        if line_end is not None:
            blank = _BLANK_LINES.match(text, line_end.end())
            return 0, line_end.end() if blank is None else blank.end(), ""
        if text[start:end].isupper() and (head := _HEADLINE.match(text, end)) is not None:
            return 0, head.end(1), ""
    return None
