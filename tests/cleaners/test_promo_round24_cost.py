"""The promo cleaner, round 24: what the furniture and the import cost.

The finder's one scan of a text's bytes tells which kinds of page furniture open a line
(``_gating._furniture_in``); each kind's own scans run only then. A kind missed there
would be furniture left, so each kind's opening is checked here, at the text's start
and after a line break, with the kinds the text does not hold absent. The trail and
pitch modules compile their patterns when first used, not at import. The wordings are
written for these tests.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from cleantext.cleaners.promo import _rules, _Wording
from cleantext.cleaners.promo._gating import FURNITURE_KINDS, _furniture_in

# (kind, a line that opens it)
OPENINGS = [
    ("stamp", "Updated 3 min ago"),
    ("stamp", "• Aktualisiert vor 5 Minuten"),
    ("stamp", "Add the Harbour Gazette as a preferred source on Google"),
    ("poll", "POLL"),
    ("poll", "Sondage :"),
    ("reactions", "👍 34   ❤️ 12   😮 3"),
    ("promo", "EVENT: Science fair, Saturday. Free entry. Find out more"),
    ("promo", "Job of the week: Harbour master. Apply now"),
    ("events", "2h ago Ferries cancelled"),
    ("events", "vor 3 Std. Fähre gestrichen"),
    ("chrome", "Pinned"),
    ("chrome", "Épinglé"),
    ("chrome", "Report this post"),
]


def _kinds(text: str) -> frozenset[str]:
    anchors = _rules(_Wording()).anchors
    return _furniture_in(anchors.table, text.encode().translate(anchors.table))


@pytest.mark.parametrize(("kind", "line"), OPENINGS, ids=[o[1][:24] for o in OPENINGS])
def test_each_kind_is_found_where_its_line_opens(kind: str, line: str) -> None:
    assert kind in FURNITURE_KINDS
    assert _kinds(f"The harbour reopened on Monday.\n{line}\nMore boats came.") == {kind}
    assert kind in _kinds(f"{line}\nThe harbour reopened on Monday.")


def test_a_text_without_furniture_runs_none_of_its_scans() -> None:
    text = ("The harbour reopened on Monday after three weeks of repairs.\n\n"
            "Pinned to the wall of the office is a map of the old quay. The poll of 300\n"
            "residents was updated 3 min ago, the council said.")
    assert _kinds(text) == frozenset()


def test_the_trail_and_pitch_patterns_compile_on_first_use() -> None:
    code = ("import cleantext\n"
            "from cleantext.cleaners.promo import _crumbs, _pitches\n"
            "lazy = [_crumbs._CRUMB_LINE, _crumbs._GLUED_CRUMB, _crumbs._START_CRUMB,\n"
            "        _pitches._QUOTED_NAME, _pitches._LETTER_WORDS, _pitches._THANKS]\n"
            "assert all('_done' not in vars(p) for p in lazy)\n"
            "cleantext.DEFAULT.prepare()\n"
            "assert all('_done' in vars(p) for p in lazy)\n")
    subprocess.run([sys.executable, "-c", code], check=True)
