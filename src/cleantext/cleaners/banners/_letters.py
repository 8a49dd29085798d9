"""Letters and the marks around them, as every scan reads them: the word edges of the
scripts that separate words by spaces (CJK letters are no edge), the capitals and
small letters where a join is told by case (and whether a capital starts a word),
quotation marks, and the lower-cased copy of a text with its offsets kept (``_lowered``)."""

from __future__ import annotations

import re

from cleantext._lazy import lazy

# Word edges for scripts that separate words by spaces. CJK phrases are matched inside
# running text (no spaces), so CJK letters do not count as an edge here.
_LETTERS = (  # digits, Latin, Greek, Cyrillic (the text is lower-cased)
    "0-9a-z\u00aa\u00b5\u00ba\u00df-\u00f6\u00f8-\u024f"
    "\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff"
)
_B = f"(?<![{_LETTERS}])"
_E = f"(?![{_LETTERS}])"
_NOT_LETTER = lazy(f"[^{_LETTERS}]")
# Quotation marks: a wording inside a pair of them is quoted, not printed by a wall.
_QUOTES = frozenset("\"“”„«»「」『』")
# Quotation marks that open and close a button's label in a wall's sentence ("Door op
# ‘Akkoord’ te klikken", "pulsando «Aceptar y seguir»", "Mit Klick auf „Zustimmen“").
_OPENING_MARKS = frozenset("\"'‘‚“„«‹「『")
_CLOSING_MARKS = frozenset("\"'’‘”“»›」』")
_QUOTE_MARKS = lazy("[" + re.escape("".join(sorted(_QUOTES))) + "]")
_WORD = lazy(r"\w+")
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _case_class(upper: bool) -> str:
    """The letters of one case, as the inside of a character class: ASCII, Latin-1 and
    Latin Extended-A with the Romanian comma-below letters (the packs' Polish, Czech,
    Romanian and Hungarian letters: "Ł", "Ś", "Ż", "Č", "Ř", "Ș", "Ț", "Ő" …). Where a
    dropped tag or a lost line break ran two words together, the capital of the second
    tells the join: a class with Latin-1 capitals only misses "…wszystkieŁódź" and
    reads "SOUHLASÍMŘeditel" as one word in capitals. The modern Greek letters too, as
    two ranges each (a Greek dialog's buttons in capitals run into the headline:
    "ΔΙΑΦΩΝΩΣΥΜΦΩΝΩΑνοίγει ξανά …"). (Not Cyrillic: the classes compile at import, and
    each block of letters enumerated here adds to it.)"""
    out = ["A-ZÀ-ÖØ-Þ" if upper else "a-zß-öø-ÿ"]
    for code in (*range(0x100, 0x180), *range(0x218, 0x21C)):
        ch = chr(code)
        if ch.isupper() if upper else ch.islower():
            out.append(ch)
    # Greek capitals Ά, Έ-Ί, Ό, Ύ, Ώ, Α-Ρ, Σ-Ϋ; small letters ΐ, ά-ώ (with ς)
    out.append("\u0386\u0388-\u038a\u038c\u038e\u038f\u0391-\u03a1\u03a3-\u03ab" if upper
               else "\u0390\u03ac-\u03ce")
    return "".join(out)


_UP = _case_class(upper=True)
_LO = _case_class(upper=False)
# Where a dropped tag ran two words together: a lower-case letter then a capital
# ("Got itHarlow"), or a capital word then a capitalised one ("ASSINE JÁEntrar").
_CAMEL = lazy(f"(?<=[{_LO}])(?=[{_UP}])|(?<=[{_UP}])(?=[{_UP}][{_LO}])")


def _lowered(text: str) -> str:
    """``text`` lower-cased with its offsets kept: "İ", the one character that lengthens
    ("i" and a combining dot), becomes "i", as a Turkish reader reads it ("TERCİHLERİ
    YÖNET" is "tercihleri yönet"; the gate lets through every text that holds it)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else "i" if c == "\u0130" else c
                   for c in text)


def _capitalised_at_word(text: str, pos: int, start: int) -> bool:
    """Whether a capital at ``pos`` starts a word: at ``start``, after a character that
    is no letter or digit, or run into a lower-case word before it (a join where a line
    break was lost: the word scans find no wording there, ``_glued_wordings`` does)."""
    return text[pos].isupper() and (
        pos == start or not text[pos - 1].isalnum() or text[pos - 1].islower())
