"""The gate and the anchored scan at work: ``_gate`` turns away a text in which
``_find`` can find nothing, on the text's bytes; ``_matches`` yields exactly what the
full scan would, trying it only before anchors."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from cleantext._lazy import lazy
from cleantext.cleaners.promo._anchors import _FULL_SCAN, _SPACE_BYTES, _compiled
from cleantext.cleaners.promo._bars import _BAR_BYTES
from cleantext.cleaners.promo._crumbs import _CRUMB_MARKS, _HOME_WORDS
from cleantext.cleaners.promo._fixed_cues import _LITERAL_INLINE
from cleantext.cleaners.promo._flat_menus import _menu_at_start
from cleantext.cleaners.promo._furniture import (
    chrome_opening,
    event_list_opening,
    poll_heading,
    preferred_opening,
    promo_label_opening,
    reaction_opening,
    time_opening,
)
from cleantext.cleaners.promo._glued_labels import _glued_label_scan, _glued_start_label
from cleantext.cleaners.promo._last_button import _last_button
from cleantext.cleaners.promo._openings import _APP_VERBS, _FOLLOW_VERBS
from cleantext.cleaners.promo._ruleset import _Rules

# The bytes of the text the gate last let through (the text, its UTF-8, translated):
# SpanCleaner calls the gate, then the finder, on the same ``str``, which then needs
# them again. One tuple, swapped whole, so that threads sharing it see one text's bytes.
_LAST_BYTES: list[tuple[str, bytes, bytes] | None] = [None]


def _raw(text: str) -> bytes:
    """The text's UTF-8 bytes (the gate's, if it just read this text)."""
    last = _LAST_BYTES[0]
    if last is not None and last[0] is text:
        return last[1]
    return text.encode("utf-8", "surrogatepass")


def _bytes(rules: _Rules, text: str) -> bytes | None:
    """The text as the anchors are scanned in, or None if it must take the full scan."""
    if rules.anchors.exhaustive or _FULL_SCAN[0] in text or _FULL_SCAN[1] in text:
        return None
    last = _LAST_BYTES[0]
    if last is not None and last[0] is text:
        return last[2]
    return _raw(text).translate(rules.anchors.table)


def _matches(rules: _Rules, text: str, low: str, data: bytes) -> Iterator[re.Match[str]]:
    """Exactly what ``rules.scan.finditer(low)`` yields (see "the anchored scan")."""
    anchors = rules.anchors
    hits: list[tuple[int, int]] = []  # (byte offset of a lead, how far back to look)
    for lead, seek, reaches in anchors.seek:
        if lead in data:
            hits.extend((m.start(), reaches[m.lastindex - 1])  # type: ignore[operator]
                        for m in _compiled(seek).finditer(data))
    windows: list[tuple[int, int]] = []
    if len(data) == len(text):
        windows = [(at - reach, at) for at, reach in hits]
    else:  # byte offsets to character offsets
        raw = _raw(text)
        chars = done = 0
        for at, reach in sorted(hits):
            chars += len(raw[done:at].decode("utf-8", "surrogatepass"))
            done = at
            windows.append((chars - reach, chars))
    at = low.find("©")  # a notice's start without a letter to anchor on
    while at != -1:
        windows.append((at, at))
        at = low.find("©", at + 1)
    last_end = tried = 0
    for lo, hi in sorted(windows):
        for start in _WORD_STARTS.finditer(low, max(lo, last_end, tried), hi + 1):
            pos = start.start()
            if pos < last_end:
                continue
            m = rules.scan.match(low, pos)
            if m is not None:
                yield m
                last_end = m.end()
        tried = max(tried, hi + 1)


# Where a match of ``scan`` can start: it opens with ``(?<!\w)`` and a character that is
# not a space.
_WORD_STARTS = lazy(r"(?<!\w)\S")


# Three short lines in a row (``_SHORT_LINES``) in the gate's bytes: each character a
# byte sequence of its UTF-8 (at most four bytes), each ``\s`` any of them. A text
# ``_SHORT_LINES`` matches has bytes this matches.
_SHORT_BODY = (rb"(?:[ \t]{0,10}[^\t-\r ]{1,120}+(?:[ \t][^\t-\r ]{1,120}+)?[ \t]{0,10}\n"
               + _SPACE_BYTES + rb"{0,10}){3}")
_SHORT_AT_START = lazy(_SHORT_BODY)
_SHORT_AFTER_BREAK = lazy(rb"\n" + _SHORT_BODY)


def _short_lines(data: bytes) -> bool:
    return _SHORT_AT_START.match(data) is not None or \
        _SHORT_AFTER_BREAK.search(data) is not None


def _gate(rules: _Rules, text: str) -> bool | None:
    """Whether ``_find`` may find something in ``text`` (see "the gate"); the bytes it
    read are kept for ``_find`` if so (``_LAST_BYTES``)."""
    anchors = rules.anchors
    if anchors.exhaustive or _FULL_SCAN[0] in text or _FULL_SCAN[1] in text:
        return True
    raw = text.encode("utf-8", "surrogatepass")
    data = raw.translate(anchors.table)
    found = _gate_bytes(rules, text, raw, data)
    if found:
        _LAST_BYTES[0] = (text, raw, data)
    return found


def _gate_bytes(rules: _Rules, text: str, raw: bytes, data: bytes) -> bool | None:
    """``_gate`` on the text's UTF-8 (``raw``) and its translation (``data``)."""
    anchors = rules.anchors
    for lead, source, plain in anchors.gate:
        if lead not in data:
            continue
        scan = _compiled(source)
        m = scan.search(data)
        while m is not None:
            if m.lastindex is None:
                return True
            # An [inline] phrase anywhere: only as written in its pack or in capitals
            # (``_may_start``). The window holds the whole phrase (at most four bytes a
            # character before its lead) and its part from the lead on.
            at = m.start()
            window = raw[max(0, at - 4 * anchors.case_reach): m.end()].decode("utf-8", "ignore")
            if re.search(rb"[a-z]", raw[at:m.end()]) is None or \
                    anchors.as_written.search(" ".join(window.split())) is not None:
                return True
            if plain is not None and _compiled(plain).match(data, at) is not None:
                return True
            m = scan.search(data, at + 1)
    # Three short lines or a breadcrumb's opening after a line break: one scan for both;
    # a flattened menu at the text's start.
    # An ad label glued between two sentences has no word edge for the anchors, with or
    # without a space after the stop ("… i går. Dela artikelnFacebookX …": the label is
    # glued to what follows it): the finder's own first scan (``_glued_labels``), or
    # the gate would turn away texts in which it finds one.
    crumb_at_start, _, short_or_crumb = _crumb_scans(anchors.table)
    glued = _glued_label_scan(rules.inline_as_written)
    return _SHORT_AT_START.match(data) is not None or _menu_at_start(rules.menu, text) or \
        (glued is not None and glued.search(text) is not None) or \
        bool(_glued_start_label(rules, text)) or _last_button(rules, text) is not None or \
        crumb_at_start.match(data) is not None or \
        _furniture_scans(anchors.table).match(data) is not None or \
        short_or_crumb.search(data) is not None or _BAR_BYTES.search(data) is not None or None
# The gate's test: a line that opens with a home word and a mark, in the bytes the gate
# reads (``_Anchors.table``: ASCII lower-cased, so any case). Led by the line break, so
# that ``re`` skips in C from one to the next.
@functools.lru_cache(maxsize=16)
def _crumb_scans(table: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes],
                                        re.Pattern[bytes]]:
    """The scans for a trail's opening at the text's start and after a line break, in
    ``table``'s bytes, and the gate's scan for either that or three short lines after a
    line break. (A byte search for the marks first is slower: eight passes over every
    text, where the line-break scan makes one.)"""
    # Every case of every word: the table lower-cases ASCII only ("INÍCIO", "Início").
    spellings = {f(w).encode().translate(table) for w in _HOME_WORDS
                 for f in (str, str.lower, str.upper, str.title)}
    homes = b"|".join(re.escape(w) for w in sorted(spellings, key=lambda w: (-len(w), w)))
    marks = b"|".join(re.escape(m.encode().translate(table)) for m in _CRUMB_MARKS)
    opening = rb"[ \t]{0,3}(?:" + homes + rb")[ \t]{1,3}(?:" + marks + rb")"
    # A follow prompt's verb at a line's start (``_follow_line``), in the same scan.
    # And an app pitch's (``_app_line``).
    verbs = b"|".join(re.escape(v.encode().translate(table))
                      for v in (*_FOLLOW_VERBS, *_APP_VERBS))
    follow = rb"[ \t]{0,3}(?:" + verbs + rb")[ \t]"
    # A player's time line (``_PLAYER_TIME``): the table writes every digit as one byte.
    # (Not after its play sign, "▶ 0:00 / 4:12": that comes under a player's label that
    # lets the text through; each alternative here costs every line of every text. A
    # gallery's lines pass by their words' anchors, ``_build_anchors``.)
    digit = re.escape(b"0".translate(table))
    # (a superset: any digits, as the table reads them).
    player = rb"[ \t]{0,3}%s{1,2}(?::%s%s){1,2}[ \t]{0,2}/" % (digit, digit, digit)
    # A label found only as written (``_LITERAL_INLINE``: "Annons"), as a line.
    literal = rb"[ \t]{0,3}(?:%s)[ \t]*(?:\r?\n|\Z)" % b"|".join(sorted(
        {re.escape(w.encode().translate(table)) for w in _LITERAL_INLINE}))
    # A time stamp's line or the preferred-source button's (``_furniture``: "Updated 3
    # min ago", "Add the Gazette as a preferred source on Google"), a poll's heading, a
    # reaction bar's first pictograph and count, an event's or a job's promo label, a
    # key-events line's relative time.
    time = time_opening(table) + rb"|" + preferred_opening(table) + rb"|" + \
        poll_heading(table) + rb"|" + reaction_opening() + rb"|" + \
        promo_label_opening(table) + rb"|" + event_list_opening(table)
    return (re.compile(rb"(?:" + opening + rb"|" + follow + rb")"),
            re.compile(rb"\n" + opening),
            re.compile(rb"\n(?:" + opening + rb"|" + follow + rb"|" + _SHORT_BODY + rb"|"
                       + player + rb"|" + literal + rb"|" + time + rb")"))


@functools.lru_cache(maxsize=16)
def _furniture_scans(table: bytes) -> re.Pattern[bytes]:
    """A time stamp's line opening (``time_opening``) or the preferred-source button's
    (``preferred_opening``) at the text's start, in ``table``'s bytes: the gate's test
    there (after a line break it is in ``_crumb_scans``'s scan; the finder asks
    ``_furniture_probe``)."""
    return re.compile(rb"(?:" + time_opening(table) + rb"|" + preferred_opening(table) + rb")")


# The kinds of furniture ``_furniture_probe`` tells apart, one named group each.
FURNITURE_KINDS = ("stamp", "poll", "reactions", "promo", "events", "chrome")


@functools.lru_cache(maxsize=16)
def _furniture_probe(table: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """The finder's one scan for the openings of every kind of furniture (a time stamp
    or the preferred-source button, a poll's heading, a reaction bar, an event's or a
    job's promo label, a key-events line, a live blog's chrome), at the text's start and
    after a line break, in ``table``'s bytes; the group that matched names its kind.
    Each kind's own scans (``_furniture``) then run only where its opening was found,
    in place of one scan of the text a kind. The openings are disjoint (each opens with
    its own words, or after a mark with a digit, "add" or a verb), so a line that opens
    one kind's matches that kind's group."""
    kinds = (rb"(?P<stamp>" + time_opening(table) + rb"|" + preferred_opening(table)
             + rb")|(?P<poll>" + poll_heading(table) + rb")|(?P<reactions>"
             + reaction_opening() + rb")|(?P<promo>" + promo_label_opening(table)
             + rb")|(?P<events>" + event_list_opening(table) + rb")|(?P<chrome>"
             + chrome_opening(table) + rb")")
    return re.compile(kinds), re.compile(rb"\n(?:" + kinds + rb")")


def _furniture_in(table: bytes, data: bytes) -> frozenset[str]:
    """The kinds of furniture (``FURNITURE_KINDS``) whose opening a line of the
    translated text has, at its start or after a line break: one scan."""
    at_start, after_break = _furniture_probe(table)
    first = at_start.match(data)
    found = {first.lastgroup} if first is not None else set()
    for m in after_break.finditer(data):
        found.add(m.lastgroup)
        if len(found) == len(FURNITURE_KINDS):
            break
    return frozenset(k for k in found if k is not None)


def _crumbs_in(table: bytes, data: bytes) -> bool:
    """Whether a line of the translated text opens like a breadcrumb trail (the gate's
    test; a superset of ``_CRUMB_LINE``)."""
    at_start, after_break, _ = _crumb_scans(table)
    return at_start.match(data) is not None or after_break.search(data) is not None
