"""The trailers cleaner, round 21: precision first, then the boxes and wire furniture
that stayed.

- a bare "Related" heading (and its kin marked ``{dated}`` in the packs) over two items
  or more that each carry a date line goes with them; over anything else it stays;
- a news agency's slug line that opens the text ("BC-XX--<keywords>, 2nd
  Ld-Writethru", or an older one with no desk code and a writethru) goes, as a line,
  and flattened after its writethru;
- a read-also label in capitals ("MORE ON THIS STORY") ends the linked title before it,
  lines joined by spaces, and goes as its own unit;
- a read-also heading glued to a paragraph's last sentence ("…。関連記事") takes the
  title lines under it, as one alone on its line does, and a colon link there its
  title on the next line when the paragraph after it runs into the title's last word;
- a read-also heading over no title ("Meer over dit onderwerp:") takes the topic tags
  under it where they end the text.

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


# Flattened, lines joined by spaces or by nothing: after a sentence's end, two dated
# items or more; a sentence with dates in it stays, and so does one dated title.
FLAT_DATED = [
    ("Related Ferry fares to rise in April 12 Nov 2026 · 2 min read "
     "New lifeboat named after volunteer 3 Oct 2026", True),
    ("Related Ferry fares to rise in April12 Nov 2026 · 2 min read"
     "New lifeboat named after volunteer3 Oct 2026", True),
    ("Related talks began on 3 Oct 2026 and ended on 5 Oct 2026.", False),
    ("Related Harbour Trust chair Ann Lee met on 12 Nov 2026 Ministers on 3 Oct 2026.", False),
    ("Related Ferry fares to rise in April 12 Nov 2026", False),
]


@pytest.mark.parametrize(("box", "goes"), FLAT_DATED)
def test_a_flattened_dated_box(box: str, goes: bool) -> None:
    text = f"{EN[0]} {box} {EN[1]}"
    assert _same(clean(text), f"{EN[0]} {EN[1]}" if goes else text), text


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


# --- a label in capitals ends a linked title, lines joined by spaces -------------------------

def test_a_label_in_capitals_ends_the_title_before_it() -> None:
    box = ("ALSO READ Ferry strike talks collapse at midnight Bus fares to rise in April "
           "MORE ON THIS STORY What the strike means for commuters (3 min read)")
    assert _same(clean(f"{EN[0]} {box} {EN[1]}"), f"{EN[0]} {EN[1]}")


# What stays whole: a first line that opens with capitals and a hyphen, a slug-like
# line inside the text, a quoted slug, keywords run into a sentence with
# no writethru to end them; a label's words in capitals or quoted inside a sentence.
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


# --- a read-also heading glued to a paragraph's end ---------------------------------------

GLUED = [
    (f"{EN[0]}Read also\nFerry strike talks collapse at midnight\n\n{EN[1]}",
     f"{EN[0]}\n\n{EN[1]}"),
    ("長野県の小学校は給食を始めた。関連記事\n県内のシカ被害、過去最多に\n\n長野市の農家は喜んだ。",
     "長野県の小学校は給食を始めた。\n\n長野市の農家は喜んだ。"),
    # A colon link: its title on the next line, the paragraph run into its last word.
    (f"{EN[0]}Keep reading:\nFerry fares to rise by a fifth, says operatorSigns ask riders "
     "to give way.", f"{EN[0]} Signs ask riders to give way."),
]


@pytest.mark.parametrize(("text", "want"), GLUED)
def test_a_glued_heading_takes_its_title_lines(text: str, want: str) -> None:
    assert _same(clean(text), want), text


# What stays: the lines after such words in a sentence that goes on, after a condition,
# after a quoted label, after a bare "Read more" that ends a teaser, and a sentence
# under the heading.
GLUED_PROSE = [
    f"{EN[0]} Readers could read also\nthe minutes of the meeting online.",
    "If the newsletter closes, see also\nFerry strike talks collapse at midnight",
    f"{EN[0]} “Read also”.\nFerry strike talks collapse at midnight",
    f"{EN[0]} Comments are closed. Read more\nFerry strike talks collapse at midnight",
    f"{EN[0]}Keep reading:\nThe mayor said The Times was wrong about the plan.",
    "長野県の小学校は給食を始めた。関連記事\n関連記事の配信は、今月から始まった。",
]


@pytest.mark.parametrize("para", GLUED_PROSE)
def test_lines_after_glued_words_stay(para: str) -> None:
    out = clean(f"{para}\n\n{EN[1]}")
    last = para.rsplit("\n", 1)[1]
    assert last in out, (para, out)


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
    "fine. Related Ferry fares to rise in 12 Nov 2026 ",
    "BC-EU--Fire Fire, 1st Ld-Writethru ",
    "ALSO READ Ferry talks fail MORE ON THIS STORY Fares rise ",
    "。関連記事\n県内のシカ被害、過去最多に\n",
]


@pytest.mark.parametrize("unit", REPEATED)
def test_units_repeated_are_linear(unit: str) -> None:
    _linear(unit)  # 25 K and 100 K characters of it: at most 10 times the time
