"""The trailers cleaner, round 20: precision first, then read-also boxes that stayed.

- a live blog's time stamp ("Ore 9.30", "10:32", "10.45 Uhr") that opens the next entry
  after a read-also title, lines joined by spaces, is the article's: the title ends
  before it. A title holds a time after a preposition ("… resume at 9.30"): there it
  stays the title's;
- a box item's date and read time on the line under its title ("12 Nov 2026 · 2 min
  read") goes with the title, and items that each carry a read time are a box's even a
  blank line apart; a bare clock, "Minute 46" or "Part 2" under a line is a live
  blog's or a timeline's, and a title with a date only a blank line on stays;
- the article's paragraph after a bare colon link ("Read more:" with no title line), or
  the lines after a sentence ending in "Read on:", stay whole, names and all.

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
    "Related stories\nFerry fares to rise in April\n12 Nov 2026 · 2 min read\n"
    "New lifeboat named after volunteer\n3 Oct 2026 · 4 min read",
    "Mehr zum Thema\nFähre fährt wieder nach Fahrplan\n12.10.2026 · Lesezeit 3 Min.",
    "Bekijk ook\nVIDEO. Zo ziet de nieuwe kade eruit\n14/11 · 2 min.",
    "More on this story:\nHarbour wall repairs begin\n2026-11-03",
    "Related stories\n\nFerry fares to rise in April\n12 Nov 2026 · 2 min read\n\n"
    "Lifeboat crew honoured\n3 Oct 2026 · 4 min read",
]


@pytest.mark.parametrize("box", DATED_BOXES)
def test_a_box_item_s_date_line_goes_with_it(box: str) -> None:
    text = f"{EN[0]}\n\n{box}\n\n{EN[1]}"
    assert _same(trailers(text), f"{EN[0]}\n\n{EN[1]}"), text


# What stays, whole, as lines (after a paragraph or at the text's head): a subhead a
# blank line after a dated item, with or without a date of its own (a timeline's); a live
# blog's entry and its time; a headline with its dateline under a consent dialog's
# buttons (the article's own); a line of prose under a title; the paragraph after a bare
# colon link, names and all; the lines after a sentence ending in "Read on:".
STAYS = [
    ("Related stories\n\nFerry fares to rise in April\n12 Nov 2026 · 2 min read\n\n"
     "What happens next", "What happens next"),
    ("Also read:\nHarbour strike talks collapse\n12 Nov 2026 · 2 min read\n\n"
     "How the dispute started\nMarch 3, 2026", "How the dispute started\nMarch 3, 2026"),
    ("Also read:\nHarbour strike talks collapse\n12 Nov 2026\n\nDockers walk out\n10:32",
     "Dockers walk out\n10:32"),
    ("Mehr zum Thema:\nHafenstreik geht weiter\n12.11.2026\n\nWie alles begann\n3. März 2026",
     "Wie alles begann\n3. März 2026"),
    ("Read more:\nFerry club signs new keeper\n3 Oct 2026\n\nSecond half\nMinute 46",
     "Second half\nMinute 46"),
    ("Accept all\nRead more\n\nFerry fares to rise in April\n12 Nov 2026 · 2 min read",
     "Ferry fares to rise in April"),
    ("Read more:\nFerry fares to rise in April\nOver 10 minutes of delays were reported.",
     "Over 10 minutes of delays were reported."),
    ("Read more:\n\nThe harbour master told The Courier on Friday that fares would rise.",
     "The harbour master told The Courier on Friday that fares would rise."),
    ("Lesen Sie auch:\n\nDer Hafenmeister sagte der Zeitung Die Welt, die Preise stiegen.",
     "Der Hafenmeister sagte der Zeitung Die Welt, die Preise stiegen."),
    ("Lire aussi :\n\nLe capitaine a déclaré au journal Le Monde que le port rouvrira.",
     "Le capitaine a déclaré au journal Le Monde que le port rouvrira."),
    ("What changes for riders. Read on:\nNew ferry times from May\nCheaper fares for pupils",
     "New ferry times from May\nCheaper fares for pupils"),
]


@pytest.mark.parametrize(("box", "kept"), STAYS)
def test_lines_near_a_box_or_a_colon_link_stay(box: str, kept: str) -> None:
    for text in (f"{EN[0]}\n\n{box}\n\n{EN[1]}", f"{box}\n\n{EN[0]}\n\n{EN[1]}"):
        out = clean(text)
        for word in kept.split():
            assert word in out, (text, out)
        assert EN[1] in out, (text, out)


# --- linear time ----------------------------------------------------------------------

REPEATED = [
    "Read more: Storm shuts ferry routes for a day Ore 9.30 Il ",
    "Leggi anche: Gelate in pianura, cosa sapere 10:32 The ",
    "Related stories\nFerry fares rise\n12 Nov 2026 · 2 min read\n\n",
]


@pytest.mark.parametrize("unit", REPEATED)
def test_units_repeated_are_linear(unit: str) -> None:
    _linear(unit)  # 25 K and 100 K characters of it: at most 10 times the time
