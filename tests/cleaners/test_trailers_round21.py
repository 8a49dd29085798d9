"""The trailers cleaner, round 21: precision first, then the boxes and wire furniture
that stayed.

- a bare "Related" heading (and its kin marked ``{dated}`` in the packs) alone on its
  line over two items or more, each a title over a date line with a year or a read
  time, goes with them; over anything else, under a question, or flattened it stays;
- a news agency's slug line that opens the text ("BC-XX--<keywords>, 2nd
  Ld-Writethru", or an older one with no desk code and a writethru) goes, as a line,
  and flattened after its writethru;
- a read-also heading over no title ("Meer over dit onderwerp:") takes the topic tags
  under it where they end the text.

Reviewed, three rules of this round went again: they took article text (the last
table holds what they took). A heading glued to a paragraph's end takes no lines under
it, a colon link there no title run into the next paragraph, and a label in capitals
ends no linked title.

Every junk unit must go and every article word around it stay; the negatives are
article prose in the same words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.cleaners.test_trailers_round17 import test_units_repeated_are_linear as _linear
from tests.cleaners.test_trailers_round20 import (
    test_a_box_item_s_date_line_goes_with_it as _dated_box_goes,
)

from cleantext import clean

EN = ARTICLES["en"]

# --- a bare heading over dated items ------------------------------------------------------

DATED = [
    "Related\nFerry fares to rise in April\n12 Nov 2026 · 2 min read\n"
    "New lifeboat named after volunteer\n3 Oct 2026",
    "Related\nFerry fares to rise in April\n12 Nov 2026 · 2 min read\n\n"
    "Lifeboat crew honoured at the quay\n3 Oct 2026 · 4 min read",
    "Relacionados\nSube el billete del ferri en abril\n12 nov 2026\n"
    "Nueva lancha para los voluntarios\n3 oct 2026",
    "Relaterat\nFärjan får nya turer i vinter\n12.11.2026\n"
    "Ny räddningsbåt döps i hamnen\n03.10.2026",
]


@pytest.mark.parametrize("box", DATED)
def test_a_bare_heading_over_dated_items_goes(box: str) -> None:
    _dated_box_goes(box)  # between two paragraphs: the box goes, the paragraphs stay


# What stays: a byline, a poll's options, a live blog's entries and their clocks, a
# dated item a blank line on with a date only (a timeline's), prose
# lines with dates, and a heading of more words.
UNDATED = [
    ("Related\nBy Maria Lindqvist\n12 Nov 2026", "By Maria Lindqvist 12 Nov 2026"),
    ("Related\nYes\nNo\nNot sure", "Yes No Not sure"),
    ("Related\nFerry services suspended for the day\n10:32\nHarbour wall closed to walkers\n10:15",
     "Ferry services suspended for the day 10:32 Harbour wall closed to walkers"),
    ("Related\nFerry fares to rise in April\n12 Nov 2026\n\nHow the dispute started\n3 Oct 2026",
     "How the dispute started 3 Oct 2026"),
    ("Related\nThe council urged residents to sign up for alerts, she said.\n12 Nov 2026\n"
     "If the newsletter closes, readers get a refund.\n14 Nov 2026",
     "The council urged residents to sign up for alerts, she said."),
]


@pytest.mark.parametrize(("box", "kept"), UNDATED)
def test_lines_under_a_bare_heading_without_dates_stay(box: str, kept: str) -> None:
    out = clean(f"{EN[0]}\n\n{box}\n\n{EN[1]}")
    for word in kept.split():
        assert word in out, (box, out)


# --- a wire's slug line -----------------------------------------------------------------

SLUGS = [
    "BC-EU--Harbour-Ferry Strike, 2nd Ld-Writethru",
    "BC-US--Lake Effect-Snow,1st Ld-Writethru,640",
    "BC-Harbour-Ferry Strike, 3rd Ld-Writethru",  # an older slug: no desk code
]


@pytest.mark.parametrize("slug", SLUGS)
def test_a_wire_slug_opening_the_text_goes(slug: str) -> None:
    for sep in ("\n\n", " ", ""):
        text = sep.join([slug, EN[0], EN[1]])
        assert _same(clean(text), sep.join(EN[:2])), text


# What stays whole: a first line that opens with capitals and a hyphen, a slug-like
# line inside the text, a quoted slug, keywords run into a sentence with
# no writethru to end them; a read-more link's words in capitals or quoted inside a
# sentence.
PROSE = [
    f"BC-based ferry firms said on Monday that fares would rise.\n\n{EN[1]}",
    f"{EN[0]}\n\nBC-EU--Harbour-Ferry Strike, 2nd Ld-Writethru\n\n{EN[1]}",
    f"The slug “BC-EU--Harbour-Ferry Strike” was sent at noon, she said.\n\n{EN[1]}",
    f"BC-EU--Harbour-Ferry Strike Ferry workers walked out on Monday.\n\n{EN[1]}",
    f"BC-Hydro Plans New Dam\n\n{EN[1]}",
    f"{EN[0]} Pupils joined the READ MORE campaign this week, the head said. {EN[1]}",
    f"{EN[0]} “READ MORE” was painted on the library wall, the head said. {EN[1]}",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_in_a_slug_s_or_a_label_s_words_stays(text: str) -> None:
    assert clean(text) == text


# --- topic tags under a read-also heading ------------------------------------------------

NL = ARTICLES["nl"]

# (the heading and its tags, what follows them, a tag, whether it goes): a "{list}"
# heading's tags go where they end the text, before a box that goes too; before prose,
# or under a bare "Read more:" (a sign-off may follow it), they stay.
TAGGED = [
    ("Meer over dit onderwerp:\nAfval\nZeeburg-Oost", "", "Afval", True),
    ("Lees ook:\nHoreca\nVerkeer", "Meest gelezen\nBrand in schuur aan de dijk\n"
     "Nieuwe bussen voor het centrum", "Horeca", True),
    ("Meer over dit onderwerp:\nAfval\nZeeburg-Oost", NL[1], "Afval", False),
    ("Read more:\nEditor\nHarbour Desk", "", "Editor", False),
]


@pytest.mark.parametrize(("box", "after", "tag", "gone"), TAGGED)
def test_tags_under_a_read_also_heading(box: str, after: str, tag: str, gone: bool) -> None:
    text = "\n\n".join(p for p in (NL[0], box, after) if p)
    out = clean(text)
    assert (tag not in out) == gone, (text, out)
    assert NL[0] in out and (gone or after in out), out


# --- linear time ----------------------------------------------------------------------

REPEATED = [
    "Related\nFerry fares rise\n12 Nov 2026\n",
    "BC-EU--Fire Fire, 1st Ld-Writethru ",
]


@pytest.mark.parametrize("unit", REPEATED)
def test_units_repeated_are_linear(unit: str) -> None:
    _linear(unit)  # 25 K and 100 K characters of it: at most 10 times the time


# --- what the reviewed rules took ------------------------------------------------------

# (a unit, flattened with spaces or not, what must stay of it) between two paragraphs:
# the lines under a heading glued to a paragraph's end (contacts, a numbered list,
# results, credits, a blank line on), a subhead, byline or list item run into the next
# paragraph after a glued colon link; a "Related" that opens a name or a sentence in
# flattened text, or that heads a Q&A, questions or short labels; a read-more link's
# words in capitals inside a sentence.
TAKEN = [
    ("Entries close on Friday at noon. See also\nThe museum's reply to the audit\n"
     "The director's note on the loans", False, "The director's note on the loans"),
    ("Doors open at six, so arrive early. Don't miss\n\nThe torch procession begins at "
     "8pm on Friday\n\nThe food stalls open on Saturday", False, "The torch procession"),
    ("La matrícula sigue abierta hasta el lunes. Más información:\nTeléfono 981 555 210\n"
     "Correo deportes@concello.gal", False, "Teléfono 981 555 210"),
    ("La exposición cierra en marzo. Para saber más:\nMuseo de Arte Moderno\n"
     "Horario de apertura", False, "Museo de Arte Moderno"),
    ("Il festival dura fino a domenica. Per approfondire:\nIl programma completo della "
     "rassegna estiva\nGli orari delle navette serali", False, "Il programma completo"),
    ("The audit made two findings. See also\n1. Close the west car park\n2. Repair the roof",
     False, "Close the west car park"),
    ("Scores were confirmed on Sunday. See more\nYork beat Hull 3-1 away\n"
     "Bath drew with Derby 0-0", False, "York beat Hull 3-1 away"),
    ("The show closes on Saturday. See also:\nPhotography: Maria Holt\nDesign: Sam Reid",
     False, "Photography: Maria Holt"),
    ("The motion passed narrowly.Read more:\nWhat comes nextThe board will meet in July.",
     False, "What comes next"),
    ("The motion passed narrowly.Read more:\nBy Ann WrightThe board will meet in July.",
     False, "By Ann Wright"),
    ("Comments are closed. Read more:\nThe mayor asked drivers to register for updates"
     "Cones mark the new lane.", False, "The mayor asked drivers to register for updates"),
    ("The charity set out its aims.Read more:\nMore beds for patientsLonger opening hours "
     "were also requested.", False, "More beds for patients"),
    ("The gallery reopens in May. Related Works Girl with a Fan 4 May 1888 View of the "
     "Harbour 9 June 1889 are lent by Oslo.", True, "Related Works Girl with a Fan"),
    ("The judge sat twice. Related Hearings First hearing 2026-10-02 Second hearing "
     "2026-11-05 The ruling is due in spring.", True, "Related Hearings First hearing"),
    ("The developer bought the land last year. Related Companies bought the plot 14 Oct "
     "2026 The city approved the zoning 2 Nov 2026", True, "Related Companies bought"),
    ("Tickets went on sale on Monday. Related Fixtures Hull City v Derby 4 Oct Bath v York "
     "11 Oct Leeds v Stoke 18 Oct", True, "Related Fixtures Hull City"),
    ("Q: Which storms are linked?\nRelated\nThe gale in Cork\n12 January 2025\n"
     "The surge in Galway\n3 February 2025", False, "The gale in Cork"),
    ("Related\nQ: When does the bridge reopen\n3 March 2025\nA: Engineers expect it by June"
     "\n4 March 2025", False, "When does the bridge reopen"),
    ("Related\nWill fares rise again?\n3 March 2025\nWho pays for the new line?\n"
     "4 March 2025", False, "Will fares rise again?"),
    ("Related\nOpening ceremony\n3 March 2025\nClosing ceremony\n4 March 2025", False,
     "Opening ceremony"),
    ("See also: Pier Reopens After Storm Pupils waved a banner saying READ MORE Today was "
     "the start.", True, "Pupils waved a banner saying"),
    ("Read more: Flood Clean-Up Continues Shown above FULL STORY Volunteers cleared the "
     "mud.", True, "Shown above"),
]


@pytest.mark.parametrize(("unit", "flat", "kept"), TAKEN)
def test_article_lines_the_reviewed_rules_took_stay(unit: str, flat: bool, kept: str) -> None:
    text = f"{EN[0]}\n\n{unit}\n\n{EN[1]}"
    out = clean(text.replace("\n", " ") if flat else text)
    assert kept in out, (unit, out)
