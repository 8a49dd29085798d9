"""The promo cleaner, round 19: a live blog's entry times stay under a removed share
line, while a player's duration under its label still goes. Each with article prose
that uses the same words and stays.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]
KEPT = "\n\n".join(EN)


# --- a live blog's entry time under a removed line -----------------------------------

# (removed line(s), gap between them and the time): the time heads an entry, whose
# headline is on the line under it, so it stays.
ENTRY_TIMES = [
    ("Copy link\nShare", "\n\n"),
    ("Copy link\nShare", "\n"),
    ("Share", "\n\n"),
    ("Show key events only", "\n\n"),
]


@pytest.mark.parametrize(("above", "gap"), ENTRY_TIMES, ids=repr)
def test_a_live_blogs_entry_time_stays_under_a_removed_line(above: str, gap: str) -> None:
    entry = "09:47\nFerry sailings cancelled\nThe operator said no boats would leave today."
    assert clean(f"{EN[0]}\n\n{above}{gap}{entry}\n\n{EN[1]}") == \
        f"{EN[0]}\n\n{entry}\n\n{EN[1]}"


# (label, time, gap): what a player prints under its label goes, whatever follows it.
PLAYER_TIMES = [
    ("Listen to this article", "03:12", "\n"),
    ("Listen to this article", "03:12", "\n\n"),
    ("Listen to this story", "4:05", "\n\n"),
    ("Escuchar noticia", "02:10", "\n\n"),
    ("Share", "3 min", "\n\n"),
]


@pytest.mark.parametrize(("label", "time", "gap"), PLAYER_TIMES, ids=repr)
def test_a_players_time_under_its_label_goes(label: str, time: str, gap: str) -> None:
    # Blank under the time, or the article's paragraph right under it.
    assert clean(f"{label}{gap}{time}\n\n{KEPT}") == KEPT
    assert clean(f"{label}{gap}{time}\n{KEPT}") == KEPT
