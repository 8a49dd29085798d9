"""The trailers cleaner, round 20: precision first, then read-also boxes that stayed.

- a live blog's time stamp ("Ore 9.30", "10:32", "10.45 Uhr") that opens the next entry
  after a read-also title, lines joined by spaces, is the article's: the title ends
  before it. A title holds a time after a preposition ("… resume at 9.30"): there it
  stays the title's;
- a box item's date and read time on the line under its title ("12 Nov 2026 · 2 min
  read") goes with the title, and items that carry one are a box's even a blank line
  apart (a subhead carries none);
- a title announced by a link ending in a colon ("Keep reading:"), glued after the
  article's sentence or alone on its line, that runs into the next sentence on the line
  after: the title goes up to the junction, the sentence stays.

Every junk unit must go and every article word around it stay; the negatives are
article prose in the same words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.cleaners.test_trailers_round17 import test_units_repeated_are_linear as _linear

from cleantext import clean
from cleantext.cleaners.trailers import trailers

EN = ARTICLES["en"]

# --- a live blog's time stamp after a read-also title ------------------------------------

# (sentence before, read-also link and title, the next entry's stamp, its first sentence)
ENTRIES = [
    ("La neve ha chiuso due passi in quota.", "Leggi anche: Gelate in pianura, cosa sapere",
     "Ore 10.15", "Il prefetto ha convocato il comitato per la sicurezza."),
    ("Crews worked through the night.", "Read more: Storm shuts ferry routes for a day",
     "10:32", "The harbour master said crossings would resume on Friday."),
    ("Crews worked through the night.", "Read more: Storm shuts ferry routes for a day",
     "10.32am", "The harbour master said crossings would resume on Friday."),
    ("Die Feuerwehr war die ganze Nacht im Einsatz.", "Lesen Sie auch: Sturm legt Fähren lahm",
     "10.45 Uhr", "Der Hafenmeister sagte, die Fähren führen am Freitag wieder."),
    ("De brandweer was de hele nacht in touw.", "Lees ook: Storm legt veerdiensten plat",
     "14:05", "De havenmeester zegt dat de veren vrijdag weer varen."),
    ("Les pompiers sont intervenus toute la nuit.", "À lire aussi : La tempête bloque les ferries",
     "9h30", "Le maire a annoncé la réouverture du port vendredi."),
]


@pytest.mark.parametrize(("before", "link", "stamp", "after"), ENTRIES)
def test_an_entry_s_stamp_after_a_title_stays(
    before: str, link: str, stamp: str, after: str
) -> None:
    # Lines joined by spaces: the title goes, the stamp and the entry stay. Joined by
    # nothing, or as lines, the stamp and the entry stay whatever the title does.
    spaced = " ".join([before, link, stamp, after])
    assert _same(trailers(spaced), " ".join([before, stamp, after])), spaced
    for text in ("\n\n".join([before, link, stamp, after]), "".join([before, link, stamp, after])):
        out = clean(text)
        assert stamp in out and after in out, (text, out)


# A title that holds a time: after a preposition, or after a comma, it is the title's,
# and goes with it.
TIMED_TITLES = [
    ("Crews worked through the night.", "Read more: Trains resume at 9.30 after strike",
     "The harbour master said crossings would resume on Friday."),
    ("Crews worked through the night.", "Read more: Ferry sailings resume at 10:15",
     "The harbour master said crossings would resume on Friday."),
    ("La neve ha chiuso due passi in quota.", "Leggi anche: Treni fermi fino alle 9.30",
     "Il sindaco ha chiesto spiegazioni alle ferrovie."),
    ("Die Feuerwehr war die ganze Nacht im Einsatz.", "Lesen Sie auch: Sperrung endet um 10.30 Uhr",
     "Der Hafenmeister sagte, die Fähren führen am Freitag wieder."),
    ("Crews worked through the night.", "Read more: Council meeting, 10:30",
     "The harbour master said crossings would resume on Friday."),
]


@pytest.mark.parametrize(("before", "link", "after"), TIMED_TITLES)
def test_a_title_s_own_time_goes_with_it(before: str, link: str, after: str) -> None:
    for sep in (" ", "\n\n"):
        text = sep.join([before, link, after])
        assert _same(trailers(text), sep.join([before, after])), text


# Article prose with times and a link's words: it stays whole, in every shape.
TIMED_PROSE = [
    'The notice on the quay read "Read more: ferries resume 10:30" until noon.',
    "She said readers could keep reading at 10:30 The Harbour Gazette online.",
    "Leggi anche alle 9.30 Il Corriere del porto, disse il sindaco.",
]


@pytest.mark.parametrize("sentence", TIMED_PROSE)
def test_prose_with_a_time_stays(sentence: str) -> None:
    for sep in ("\n\n", " ", ""):
        text = sep.join([EN[0], sentence, EN[1]])
        out = clean(text)
        for word in sentence.split():
            assert word in out, (text, out)


# --- a box item's date and read time ------------------------------------------------------

DATED_BOXES = [
    "Related stories\n\nFerry fares to rise in April\n12 Nov 2026 · 2 min read\n\n"
    "New lifeboat named after volunteer\n3 Oct 2026 · 4 min read",
    "Mehr zum Thema\nFähre fährt wieder nach Fahrplan\n12.10.2026 · Lesezeit 3 Min.",
    "Bekijk ook\nVIDEO. Zo ziet de nieuwe kade eruit\n14/11 · 2 min.",
    "More on this story:\nHarbour wall repairs begin\n2026-11-03",
]


@pytest.mark.parametrize("box", DATED_BOXES)
def test_a_box_item_s_date_line_goes_with_it(box: str) -> None:
    text = f"{EN[0]}\n\n{box}\n\n{EN[1]}"
    assert _same(trailers(text), f"{EN[0]}\n\n{EN[1]}"), text


# What stays: a subhead a blank line after a dated item (no date under it); a headline
# with its dateline under a consent dialog's buttons (the article's own); a line of
# prose under a title.
DATED_STAYS = [
    ("Related stories\n\nFerry fares to rise in April\n12 Nov 2026 · 2 min read\n\n"
     "What happens next", "What happens next"),
    ("Accept all\nRead more\n\nFerry fares to rise in April\n12 Nov 2026 · 2 min read",
     "Ferry fares to rise in April"),
    ("Read more:\nFerry fares to rise in April\nOver 10 minutes of delays were reported.",
     "Over 10 minutes of delays were reported."),
]


@pytest.mark.parametrize(("box", "kept"), DATED_STAYS)
def test_lines_near_a_dated_box_stay(box: str, kept: str) -> None:
    for text in (f"{EN[0]}\n\n{box}\n\n{EN[1]}", f"{box}\n\n{EN[0]}\n\n{EN[1]}"):
        out = clean(text)
        assert kept in out and EN[1] in out, (text, out)


# --- a title announced by a colon, run into the next sentence -----------------------------

TITLE = "Bridge repair overspend 'unacceptable', says councillor"
NEXT = "Signs ask riders to give way and keep below 10mph."


DE = ARTICLES["de"]


# (text, the sentence that stays, a word of the title that goes)
RUN_IN = [
    (f"{EN[0]}Keep reading:\n{TITLE}{NEXT}", NEXT, "councillor"),
    (f"{EN[0]}\nKeep reading:\n{TITLE}{NEXT}", NEXT, "councillor"),
    (f"{EN[0]}Keep reading:\n{TITLE}\n{NEXT}", NEXT, "councillor"),
    (f"{DE[0]}Lesen Sie auch:\nFähre fährt wieder nach FahrplanDie Kosten trägt das Land.",
     "Die Kosten trägt das Land.", "Fahrplan"),
]


@pytest.mark.parametrize(("text", "sentence", "gone"), RUN_IN)
def test_a_run_in_title_after_a_colon_goes(text: str, sentence: str, gone: str) -> None:
    out = trailers(text)
    assert sentence in out and gone not in out and ":" not in out, out


@pytest.mark.parametrize("text", [
    f"{EN[0]}Keep reading:\n{NEXT}",
    f"{EN[0]}\nRead more:\nThe council said the plan would go ahead. It starts in May.",
    f"{EN[0]} The sign said: Keep reading:\n{TITLE}{NEXT}",
])
def test_a_sentence_after_a_colon_link_stays(text: str) -> None:
    out = clean(text)
    last = text.rsplit("\n", 1)[-1]
    for word in last.split():
        if "'" not in word and "councillor" not in word:
            assert word in out, (text, out)


# --- linear time ----------------------------------------------------------------------

REPEATED = [
    "Read more: Storm shuts ferry routes for a day Ore 9.30 Il ",
    "Leggi anche: Gelate in pianura, cosa sapere 10:32 The ",
    "Related stories\nFerry fares rise\n12 Nov 2026 · 2 min read\n\n",
    "It rained.Keep reading:\nBridge repair overspend, says councillorSigns ask riders. ",
]


@pytest.mark.parametrize("unit", REPEATED)
def test_units_repeated_are_linear(unit: str) -> None:
    _linear(unit)  # 25 K and 100 K characters of it: at most 10 times the time
