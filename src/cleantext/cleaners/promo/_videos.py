"""A video list's items inside a line after a [video] cue, each ending at its length
("Watch: Storm surge floods harbour car park 01:12"). Left alone: a title with no
length after it (where it ends cannot be told)."""

from __future__ import annotations

import re

from cleantext._lazy import lazy
from cleantext._phrases import trie_pattern
from cleantext.cleaners.promo._lines import _QUOTE_OPENERS, _after_spaces, _after_stop, _Line
from cleantext.cleaners.promo._ruleset import _Rules

# A video's title after its cue ([video]: "Watch:", "Vidéo :"), to the line's end: a
# capitalised word, no sentence stop, and the clip's length perhaps ("… car park 01:12").
_VIDEO_LINE = 200
_VIDEO_TITLE = lazy(r"[ \t]{0,3}+(?P<title>[^\W\d_][^\n.!]{1,160}?)"
                          r"(?:[ \t]{0,3}(?P<time>\d{1,2}:\d\d(?::\d\d)?))?[ \t]*")
# The player's play button before the clip's length, as flattened text prints it
# ("Watch: Ferry delayed by fog Play Video 0:45"; the packs' [lead] buttons).
_PLAY_BUTTONS = ("Play Video", "Play video", "PLAY VIDEO", "Lire la vidéo", "Video abspielen",
                 "Reproducir vídeo", "Reproducir video", "Video afspelen")
_PLAY = "|".join(_PLAY_BUTTONS)
# The same inside a line, where only the length can end it: the player's position and
# length ("00:00 / 02:47", glued or not), the length in brackets as a teaser prints it
# ("(1:42)": no time of day is written so), the length after the play button, or the
# clip's length, no digit or colon after.
_VIDEO_ITEM = lazy(r"[ \t]{0,3}+(?P<title>[^\W\d_][^\n.!]{1,160}?)[ \t]{0,3}"
                         r"(?:(?P<player>0{1,2}:00[ \t]{0,2}/[ \t]{0,2}\d{1,2}:\d\d(?::\d\d)?)"
                         r"|(?P<bracketed>\(\d{1,2}:\d\d(?::\d\d)?\))"
                         rf"|(?P<button>(?:{_PLAY})[ \t]{{1,3}}\d{{1,2}}:\d\d(?::\d\d)?)"
                         r"|\d{1,2}:\d\d(?::\d\d)?)(?![\d:])")


# The [video] cues of the rules they were compiled for, as ``_START_LABELS``.
_VIDEO_CUES: dict[int, tuple[_Rules, re.Pattern[str]]] = {}


def _video_cue_scan(rules: _Rules) -> re.Pattern[str]:
    """A [video] cue, any case, matched where the last item's length ends: the scan
    needs a word edge before a cue, and flattened text glues the next item to the
    length ("… car park 01:12Watch: Seal pup …")."""
    found = _VIDEO_CUES.get(id(rules))
    if found is not None and found[0] is rules:
        return found[1]
    keys = sorted(k for k, v in rules.kinds.items() if "video" in v)
    scan = re.compile(rf"(?i:{trie_pattern(keys)})" if keys else "(?!)")
    _VIDEO_CUES[id(rules)] = (rules, scan)
    return scan


def _video_run(rules: _Rules, text: str, line: _Line, cue: tuple[int, int],
               chained: int) -> int | None:
    """The end of a run of video items inside a line whose first cue is ``cue``
    (see ``_Doc.videos``), or None if it is not one."""
    start, pos = cue
    if not (_after_stop(text, line, start, chained) or
            (start > line.start and text[start - 1].islower())):
        return None
    items, player = 0, False
    while True:
        m = _VIDEO_ITEM.match(text, pos, line.end)
        if m is None or not text[m.start("title")].isupper():
            break
        items += 1
        # One item ends for sure at a player's time, a bracketed length or the length
        # after the play button; a bare
        # "19:30" may be the time a programme starts ("Watch: Live from 19:30 The …").
        player = player or m.group("player") is not None or \
            m.group("bracketed") is not None or m.group("button") is not None
        pos = m.end()
        nxt = _video_cue_scan(rules).match(text, _after_spaces(text, pos), line.end)
        if nxt is None:
            break
        pos = nxt.end()
    if not items:
        return None
    after = _after_spaces(text, pos)
    if after < line.end and not (text[after].isupper() or text[after] in _QUOTE_OPENERS):
        return None
    if player or items >= 2 or start <= chained or after >= line.end:
        return pos
    return None
