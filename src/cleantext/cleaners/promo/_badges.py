"""Reading-time badges ("4 min read", "Estimated reading time: 2 minutes") and Medium's
header around them (its "Follow" button, "Published in …", the clap bar "-- 3 Listen
Share"). Left alone: the date beside a badge, a badge inside a sentence."""

from __future__ import annotations

import regex

from cleantext._lazy import lazy, lazy_regex
from cleantext.cleaners.promo._lines import _is_upper_word, _Line

# Medium's bar under a story's byline, as a scrape prints it: the claps' "--" (the
# icon's text), the clap and response counts, "Listen" and "Share", one a line, or
# run together when the line breaks are lost ("2024 -- 3 Listen Share In …"). The
# counts may be shortened ("1.2K"). Read only where the scan found its "Listen" at a
# word's start ("--3ListenShareIn", all glued, stays).
_MEDIUM_BAR = lazy(r"--\s{0,8}+(?:\d{1,4}(?:[.,]\d)?K?\s{0,8}+){0,2}Listen\s{0,8}+Share"
                         r"(?![a-z])")


def _medium_bars(text: str) -> list[tuple[int, int]]:
    """Medium's bars (``_MEDIUM_BAR``) that no word runs into before their "--"."""
    return [m.span() for m in _MEDIUM_BAR.finditer(text)
            if m.start() == 0 or not text[m.start() - 1].isalpha()]


# The word a reading-time plugin prints before the badge (Yoast's "Estimated reading
# time: 2 minutes", "Geschätzte Lesezeit: 3 Min.", "Geschatte leestijd: 4 minuten").
_ESTIMATED = lazy_regex(r"(?:estimated|est\.|geschätzte|geschatte)[ \t]{1,3}+$",
                           regex.IGNORECASE)


def _estimated(text: str, line: _Line, start: int) -> int:
    """Where a badge starts: before the word that says it is an estimate, if one."""
    m = _ESTIMATED.search(text, max(line.start, start - 16), start)
    return m.start() if m is not None and (m.start() == line.start or
                                           not text[m.start() - 1].isalnum()) else start


def _reading_time_ok(text: str, line: _Line, start: int, end: int, *,
                     led: bool = False) -> bool:
    """A badge stands at a line's edge, beside a date or after a sentence's end (in
    flattened text, before a capitalised word), not inside a sentence. Flattened
    text runs the byline on into it: after a word in capitals ("Published 09:30 GMT 4
    min read Harrowfield …"), a badge whose label opens it capitalised goes too
    (``_labelled``: "… desde julio Tiempo de lectura: 2 min Las personas …"), one
    that Medium's "Follow" button leads (``led``), and one run into the next block's
    capital ("… rise again 5 min readThe council …": a junction no sentence has)."""
    before = start
    while before > line.start and text[before - 1] in " \t":
        before -= 1
    glued = end < line.end and text[end].isupper() and \
        (text[end - 1].islower() or text[end - 1] == ".")
    left = led or glued or before <= line.start or text[before - 1].isdigit() or \
        text[before - 1] in "|·•-–—,.!?" or _is_upper_word(text, before) or \
        _labelled(text, start, end)
    after = end
    while after < line.end and text[after] in " \t":
        after += 1
    right = after >= line.end or text[after] in "|·•-–—" or text[after].isupper()
    return left and right
# The separator after a badge, its spaces before it (``_Doc.badges``).
_BADGE_SEPARATOR = lazy(r"[ \t]{0,3}[|·•–—-]")
# Reading-time labels that are German nouns: after a word, "die Lesezeit 3 Min." may be
# a sentence's; with a colon after them they are the badge's.
_NOUN_LABELS = frozenset({"lesezeit", "lesedauer"})


def _labelled(text: str, start: int, end: int) -> bool:
    """Whether a badge opens with its label capitalised ("Tiempo de lectura: 2 min",
    "Leestijd 2 minuten"), which no sentence writes so after a word; a German noun only
    with its colon ("Lesezeit: 3 Min.")."""
    if not text[start].isupper():
        return False
    label = text[start:end].split(":", 1)
    return len(label) > 1 or label[0].split()[0].casefold() not in _NOUN_LABELS


# Medium prints its "Follow" button between the author's name and the reading time
# ("Daniel Okoro" / "Follow" / "5 min read · Mar 4, 2024"), and a story of a publication
# the publication's name after it ("Follow" / "Published in The Civic Desk" / "6 min
# read"): they go with the badge.
_PUBLISHED_IN = lazy(r"Published[ \t]in[ \t][^\n·•]{1,60}?[ \t·•]{0,4}")
_FOLLOW_BUTTON = lazy(r"Follow[\s·]{0,8}(?:" + _PUBLISHED_IN.pattern + r"\s{0,8})?\Z")


def _follow_button(text: str, start: int) -> int | None:
    """Where Medium's "Follow" right before a badge starting at ``start`` starts (a
    line's or a word's start, or glued to a name's last letter), if one is there."""
    m = _FOLLOW_BUTTON.search(text, max(0, start - 96), start)
    if m is None or m.end() == m.start() + len("Follow"):
        return None  # (glued to the badge: no badge is found there)
    at = m.start()
    return at if at == 0 or text[at - 1].isspace() or text[at - 1] == "·" or \
        text[at - 1].islower() else None
