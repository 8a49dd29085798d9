"""Where units may start in a text: the byte scan's finds turned into the positions
where the trigger patterns match, as ``finditer`` over the whole text finds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleantext.cleaners.trailers._byte_scan import _SCAN_REACH, _Needles, _Scan
from cleantext.cleaners.trailers._phrase_book import _Starts


def _hit(m: re.Match[str]) -> int:
    """Where a trigger match says a unit may start: after a bracket or line break, or at it."""
    return m.end() if m.group()[:1] in "[(\n" else m.start()


def _hits(starts: _Starts, text: str, raw: bytes, at: list[int]) -> list[int]:
    """Where units may start: the positions of every trigger match, as ``finditer`` of
    each trigger pattern over the whole text finds them (see "the byte scan"). ``raw``
    is the text's UTF-8, ``at`` what ``_scanned`` makes of the scans' matches in it."""
    found: set[int] = set()
    if at:
        # Byte offsets to character offsets; each is where a character starts.
        pos = at if len(raw) == len(text) else _char_offsets(raw, at)
        capital_end = 0  # ``finditer`` goes on where its last match ended
        for b, p in zip(at, pos, strict=True):
            lead = raw[b]
            if starts.capital is not None and lead in starts.capital_firsts and p >= capital_end:
                m = starts.capital.match(text, p)
                if m is not None:
                    found.add(_hit(m))
                    capital_end = m.end()
            # A bracket or dash match is one character and spaces, or "— More": none
            # holds the start of another, so each is tried on its own.
            bracket = p if lead in b"[(\n" else _bracket_before(text, p, starts)
            if bracket >= 0 and starts.bracket is not None:
                m = starts.bracket.match(text, bracket)
                if m is not None:
                    found.add(_hit(m))
            elif lead == 0xE2:
                m = starts.dash.match(text, p)
                if m is not None:
                    found.add(_hit(m))
    if starts.inner is not None:
        found.update(_hit(m) for m in _inner_matches(starts.inner, starts.needles, text))
    return sorted(found)


def _inner_matches(
    inner: re.Pattern[str], needles: _Needles | None, text: str
) -> Iterator[re.Match[str]]:
    """What ``inner.finditer(text)`` finds, found by running it only around its needles.

    Every match holds a needle, within the reach ``needles`` gives, and its pattern (a
    trie of literals and bounded spaces, no look-around) matches at a position the same
    with the text cut after that reach: so ``finditer`` over the merged windows around
    the needles finds the same matches, and skips the text between them in C.
    """
    if needles is None:
        yield from inner.finditer(text)
        return
    spots: list[int] = []
    for piece, guard in zip(needles.pieces, needles.guards, strict=True):
        if guard and guard not in text:
            continue
        i = text.find(piece)
        while i >= 0:
            spots.append(i)
            i = text.find(piece, i + 1)
    lo = hi = 0
    for c in sorted(spots):
        if c - needles.before > hi:
            if hi > lo:
                yield from inner.finditer(text, lo, hi)
            lo = c - needles.before
        hi = min(len(text), c + needles.after)
    if hi > lo:
        yield from inner.finditer(text, lo, hi)


def _scanned(scan: _Scan, raw: bytes) -> list[int]:
    """The byte offsets of the characters the scans of ``scan`` find (a branch led by
    a last byte matches there: the character starts that many bytes before)."""
    # In the main scan only the dashes (three bytes) are led by their last byte.
    at = [b if raw[b] < 0x80 else b - 2 for b in (m.start() for m in scan.main.finditer(raw))]
    for first, wide in scan.wide:
        if first in raw:
            back = _width(first) - 1
            at = sorted([*at, *(m.start() - back for m in wide.finditer(raw))])
    return at


def _scanned_in(
    scan: _Scan, wide: list[tuple[bytes, re.Pattern[bytes]]], raw: bytes, lo: int, hi: int
) -> list[int]:
    """What ``_scanned`` finds at the characters that start in ``raw[lo:hi]``; only the
    bytes these matches can read (see _SCAN_REACH) are scanned. ``wide``: the wide scans
    of ``scan`` whose first byte ``raw`` holds (found once per text, not per window)."""
    end = min(len(raw), hi + _SCAN_REACH)
    # A character's lead byte is at most three bytes after its start.
    at = [b if raw[b] < 0x80 else b - 2 for b in _leads(scan.main, raw, lo, hi + 3, end)]
    for first, pattern in wide:
        back = _width(first) - 1
        at.extend(b - back for b in _leads(pattern, raw, lo, hi + 3, end))
    return sorted(p for p in at if lo <= p < hi)


def _leads(pattern: re.Pattern[bytes], raw: bytes, lo: int, hi: int, end: int) -> list[int]:
    """Where ``pattern`` matches in ``raw[lo:hi]``, looking ahead no further than ``end``."""
    out: list[int] = []
    for m in pattern.finditer(raw, lo, end):
        if m.start() >= hi:
            break
        out.append(m.start())
    return out


def _width(first: bytes) -> int:
    """The length of a UTF-8 character that starts with the byte ``first[0]``."""
    return 2 if first[0] < 0xE0 else 3 if first[0] < 0xF0 else 4


def _bracket_before(text: str, p: int, starts: _Starts) -> int:
    """Where the bracket or line break before a shared capital at ``p`` stands, within
    the eight spaces or tabs the bracket pattern allows (-1 if none): the main scan does
    not look for it there (see _start_scan)."""
    if text[p] not in starts.scan.shared:
        return -1
    j = p
    while j > 0 and p - j < 8 and text[j - 1] in " \t":
        j -= 1
    return j - 1 if j > 0 and text[j - 1] in "[(\n" else -1


def _char_offsets(raw: bytes, at: list[int]) -> list[int]:
    """The character offsets of the byte offsets ``at`` (ascending, at character starts)."""
    out: list[int] = []
    chars = done = 0
    for b in at:
        chars += len(raw[done:b].decode("utf-8", "surrogatepass"))
        done = b
        out.append(chars)
    return out
