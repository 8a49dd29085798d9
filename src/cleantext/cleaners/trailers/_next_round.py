"""The next round: what a call that removed spans leaves for the call on the text they
leave, so that the scans' finds are reused and only the windows before each cut are
scanned again.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from cleantext._core import Span
from cleantext.cleaners.trailers._byte_scan import _SCAN_REACH, _Scan
from cleantext.cleaners.trailers._start_hits import _scanned_in

# --- the next round ---------------------------------------------------------------------
#
# ``trailers`` runs again on its own output while that changes it (``rounds``): the next
# call gets the text less the spans this one removed, and the scans, most of the work on
# such a text, have seen nearly all of its bytes. So a call that removes something leaves
# in ``_carried`` that text, its UTF-8 and the pieces it keeps of this one; a call whose
# text is that one (compared whole) takes the scans' finds inside each piece from this
# call's, shifted, and scans again only the window before each cut: a find reads at
# most ``_SCAN_REACH`` bytes from its character's start on, so one further than that
# from the end of its piece reads the same bytes in both texts. Any other text is
# scanned whole; the comparison makes a stale or foreign ``_carried`` harmless. A short
# text is not carried: where the windows are more than an eighth of it, the Python work
# around them costs more than ``re``'s scan of the whole (measured on the golden inputs,
# the two break even at about 1.5 kB).


@dataclass(frozen=True)
class _Carried:
    """What a call that removed spans leaves for the next round (see "the next round")."""

    scan: _Scan  # whose finds ``at`` holds
    text: str  # the text the spans leave
    raw: bytes  # its UTF-8
    kept: tuple[tuple[int, int, int], ...]  # per piece: start, end in the old UTF-8, start in raw
    windows: tuple[tuple[int, int], ...]  # in raw, ascending: where a find may read a cut
    at: list[int]  # what ``_scanned`` found in the old UTF-8


#: One slot, read and replaced whole (so threads that share it at worst miss a carry).
_carried: list[_Carried | None] = [None]


def _carry(scan: _Scan, text: str, raw: bytes, at: list[int], spans: list[Span]
           ) -> _Carried | None:
    """The next round's start: the text ``spans`` (removals, sorted) leave of ``text``;
    None if it is too short to pay for (see "the next round")."""
    chars: list[tuple[int, int]] = []
    pos = 0
    for s, e, _ in spans:
        chars.append((pos, s))
        pos = e
    chars.append((pos, len(text)))
    if len(raw) - sum(e - s for s, e, _ in spans) < 8 * _SCAN_REACH:
        return None  # the window before the end alone is more than an eighth of what is left
    chars = [(s, e) for s, e in chars if s < e]
    ends = _byte_offsets(text, raw, [x for piece in chars for x in piece])
    kept: list[tuple[int, int, int]] = []
    windows: list[tuple[int, int]] = []
    new = 0  # bytes kept so far
    for bs, be in zip(ends[::2], ends[1::2], strict=True):
        kept.append((bs, be, new))
        new += be - bs
        lo = max(0, new - _SCAN_REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], new)
        else:
            windows.append((lo, new))
    if 8 * sum(hi - lo for lo, hi in windows) > new:
        return None
    return _Carried(
        scan=scan,
        text="".join(text[s:e] for s, e in chars),
        raw=b"".join(raw[s:e] for s, e, _ in kept),
        kept=tuple(kept),
        windows=tuple(windows),
        at=at,
    )


def _byte_offsets(text: str, raw: bytes, chars: list[int]) -> list[int]:
    """The offsets in ``raw`` (``text`` in UTF-8) of the character offsets ``chars``
    (ascending). Each is counted from the nearer end of the text, so cuts near the tail,
    the usual case, encode only the tail."""
    if len(raw) == len(text):
        return chars
    half = bisect.bisect_right(chars, len(text) // 2)
    out: list[int] = []
    b = c = 0
    for x in chars[:half]:
        b += len(text[c:x].encode("utf-8", "surrogatepass"))
        c = x
        out.append(b)
    tail: list[int] = []
    b, c = len(raw), len(text)
    for x in reversed(chars[half:]):
        b -= len(text[x:c].encode("utf-8", "surrogatepass"))
        c = x
        tail.append(b)
    return out + tail[::-1]


def _rescanned(carried: _Carried) -> list[int]:
    """``_scanned(carried.scan, carried.raw)``, from the old finds inside each kept piece
    and new scans of the windows before its end (see "the next round")."""
    old = carried.at
    at = [
        p - s + new
        for s, e, new in carried.kept
        for p in old[bisect.bisect_left(old, s) : bisect.bisect_left(old, e - _SCAN_REACH)]
    ]
    raw = carried.raw
    wide = [(first, pattern) for first, pattern in carried.scan.wide if first in raw]
    for lo, hi in carried.windows:
        at.extend(_scanned_in(carried.scan, wide, raw, lo, hi))
    return sorted(at)
