"""The one scan over a document (``_scan``): its hits, kept where a unit of their kind
can start (``_may_start``), network-name runs, comment counts and copyright notices,
gathered in ``_Cues``."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from cleantext._lazy import lazy
from cleantext.cleaners.promo._fixed_cues import _LITERAL_KINDS, _LITERAL_SCAN
from cleantext.cleaners.promo._gating import _matches
from cleantext.cleaners.promo._lines import (
    _LINE,
    _PUNCT,
    _SENTENCE,
    _WORD,
    _after_spaces,
    _ends_line,
    _where,
)
from cleantext.cleaners.promo._packs import _AFTER_STOP, _OPENING, _key
from cleantext.cleaners.promo._players import _GALLERY_WORDS
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._shares import _as_buttons, _share_tail

_Hit = tuple[int, int, frozenset[str], str]  # start, end, sections, matched text
# A comment count is a label (a line of it goes) that ``_inline`` also takes between
# sentences (``_count_ok``).
_COUNT_KINDS = frozenset({"label", "count"})
# What may make up a tail of widgets (``_Doc._tail``): labels, counts, and prompts whose
# phrase is all there is of them ("… Réagir Connectez-vous pour commenter Trier par :
# Plus récents"; a prompt's object would be words no phrase covers).
_TAIL_KINDS = _COUNT_KINDS | {"prompt", "lead"}


@dataclass
class _Cues:
    """What the one scan found in a document."""

    hits: list[_Hit]
    socials: list[tuple[int, int]]
    rights: list[tuple[int, int]]
    badges: list[tuple[int, int]]
    channels: list[int]  # where a [channel] word starts (see "newsletter pitches")
    glued: list[int]  # where a network name glued to a capital starts ("glued share bars")
    medium: bool = False  # Medium's "Listen Share" is in it (``_MEDIUM_BAR``)
    gallery: bool = False  # a gallery's counter, link or label is in it (``_GALLERY_CUE``)
    gallery_labels: list[int] = field(default_factory=list)  # where its labels start

    def add(self, hit: _Hit) -> None:
        """A phrase kept; a label of a gallery's is its cue too (``_GALLERY_WORDS``)."""
        self.hits.append(hit)
        if "label" in hit[2] and any(w in hit[3] for w in _GALLERY_WORDS):
            self.gallery = True
            self.gallery_labels.append(hit[0])


@functools.lru_cache(maxsize=16)
def _ignore_case(scan: re.Pattern[str]) -> re.Pattern[str]:
    """``scan``, case-insensitive: for the rare text whose lower-casing changes its
    length ("İ"), where offsets would not line up. Compiled when first needed, as
    most processes never need it."""
    return re.compile(scan.pattern, re.IGNORECASE)


def _scan(rules: _Rules, text: str, data: bytes | None) -> _Cues:
    lowered = text.lower()
    if len(lowered) != len(text):
        matches: Iterable[re.Match[str]] = _ignore_case(rules.scan).finditer(text)
    elif data is None:
        matches = rules.scan.finditer(lowered)
    else:
        matches = _matches(rules, text, lowered, data)
    cues = _Cues([], [], [], [], [], [])
    copies: list[tuple[int, int]] = []  # "Copyright", "©", "(c)"
    # Where the spaces after the last cue kept end (-1: none kept yet): a label that
    # starts there may be part of a bar. Found once per cue kept, not once per hit, so a
    # long text of hits costs no rescan of the gap before each.
    joined = -1
    for m in matches:
        start, end = m.span()
        if (found := m.group("p")) is not None:
            # The matched text as a key: itself when it is one (a key is its own key).
            key = found if found in rules.kinds else _key(found)
            kinds = rules.kinds.get(key)
            if rules.channels and key in rules.channels:
                cues.channels.append(start)
            # Most hits are words of prose ("the share of", "comments from"): drop
            # those that stand where no unit of their kind can start.
            if (tail := _share_tail(rules, text, start, end)) is not None:
                # "Partager sur Facebook Twitter": the share label took the first
                # network name; the run goes on from it (a line of it goes whole, and
                # glued to text it goes as a run, ``_inline``).
                cues.socials.append((start, tail))
                joined = _after_spaces(text, tail)
            elif kinds and _may_start(rules, text, start, end, kinds, joined):
                cues.add((start, end, kinds, m.group("p")))
                joined = _after_spaces(text, end)
        elif m.group("social") is not None:
            # As buttons print them: "Facebook Twitter", not "more email" in a sentence.
            if _as_buttons(rules, text[start:end].split()):
                cues.socials.append((start, end))
                joined = _after_spaces(text, end)
        elif m.group("rights") is not None:
            # "All rights reserved": a label on its own line, the end of a notice after
            # "Copyright 2022 The Associated Press." on the same line.
            cues.hits.append((start, end, frozenset({"label"}), m.group()))
            _pair_notice(text, copies, start, end, cues.rights)
        elif m.group("tally") is not None or (
                m.group("count") is not None and _counter_word(text, start, end)):
            cues.hits.append((start, end, _COUNT_KINDS, m.group()))
            # The widget's labels after its count ("47 Comments Sort by Newest"): a bar.
            joined = _after_spaces(text, end)
        elif m.group("channel") is not None:
            cues.channels.append(start)
        elif m.group("medium") is not None:
            cues.medium = True
        elif m.group("gallery") is not None:
            cues.gallery = True
        elif m.group("glued") is not None:
            if text[start].isupper() and text[end].isupper():
                cues.glued.append(start)
        elif m.group("badge") is not None:
            # Not a number's decimals ("2.5 min read"); after a sentence's stop, a badge
            # that flattened text glued there ("… the road.4 min readThe council …").
            if start == 0 or text[start - 1] not in ".," or (
                    text[start - 1] == "." and start > 1 and text[start - 2].isalpha()):
                cues.badges.append((start, end))
        elif _notice_holder(text, end):
            copies.append((start, end))
    if (b"annons" in data) if data is not None else _LITERAL_SCAN.search(text) is not None:
        cues.hits.extend((m.start(), m.end(), _LITERAL_KINDS, m.group())
                         for m in _LITERAL_SCAN.finditer(text))
        cues.hits.sort(key=lambda hit: hit[:2])
    return cues


def _may_start(rules: _Rules, text: str, start: int, end: int,  # noqa: PLR0917
               kinds: frozenset[str], joined: int) -> bool:
    """Whether a phrase of these sections can open a unit here (a cheap pre-check).
    ``joined``: where the spaces after the last cue kept end, -1 if none was kept."""
    written = " ".join(text[start:end].split()) if kinds & {"inline", "tail"} else ""
    if "inline" in kinds and (written in rules.inline_as_written or written.isupper()):
        return True
    if "tail" in kinds and (written in rules.tail_as_written or written.isupper()) and \
            _ends_line(text, end):
        return True
    if "download" in kinds:
        return True  # an app pitch's last word, anywhere ("… -App herunterladen")
    where = _where(text, start)
    if where == _LINE:
        return True
    if where == _SENTENCE and kinds & _AFTER_STOP:
        return True
    if "video" in kinds and (start <= joined or (
            where == _WORD and text[start].isupper() and not text[start - 1].isupper())):
        # After a list's heading ("More videos Watch: …"), or glued to the block
        # before it: "… More videosWatch: Storm …", "… car park 01:12Watch: Seal …".
        return True
    # A label after a separator or right after another cue, in a bar of labels.
    # (A label inside the last cue's run, which a share tail may reach past, counts too.)
    # A prompt right after another cue may be one of a bar's too ("Réagir Connectez-vous
    # pour commenter"): ``_Doc._tail`` judges it with the bar.
    return ("label" in kinds and (where == _PUNCT or start <= joined)) or \
        (start <= joined and not kinds.isdisjoint(_OPENING))


_COUNT_WORD = lazy(r"[^\W\d_]+$")


def _counter_word(text: str, start: int, end: int) -> bool:
    """Whether a count (``start``-``end``) is a widget's: a comment count in any case, a
    share or follower count only capitalised as the counter prints it ("0 Shares",
    Medium's "412 Followers"; not "300 shares", "412 followers")."""
    m = _COUNT_WORD.search(text, start, end)
    return m is None or not m.group().casefold().startswith(("share", "follower")) or \
        m.group()[0].isupper()


def _pair_notice(text: str, copies: list[tuple[int, int]], start: int, end: int,
                 out: list[tuple[int, int]]) -> None:
    """A notice runs from the last "Copyright"/"©" before ``start`` on its line, at most
    150 characters back, to the rights phrase and its period. A notice that writes both
    ("Copyright © 2024 The Herald Ltd.", "© Copyright ANSA") starts at the first."""
    i = bisect.bisect_left(copies, (start, start)) - 1
    if i < 0:
        return
    while i > 0 and not text[copies[i - 1][1]:copies[i][0]].strip(" \t"):
        i -= 1
    c_start = copies[i][0]
    if start - c_start > 150 or text.find("\n", c_start, start) != -1:
        return
    if text.startswith(".", end):
        end += 1
    out.append((c_start, end))


def _notice_holder(text: str, pos: int) -> bool:
    """What follows "Copyright"/"©" in a notice: a year, a sign, a name; not "law gives"."""
    limit = min(len(text), pos + 3)
    while pos < limit and text[pos] in " \t":
        pos += 1
    return pos < len(text) and (text[pos].isdigit() or text[pos].isupper() or text[pos] in "©(")
