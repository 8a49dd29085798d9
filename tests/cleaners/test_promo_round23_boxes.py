"""The promo cleaner, round 23: page furniture every news site prints.

A reaction bar (three reactions or more with their counts, a line of nothing else), and
an event's or a job's promo line (its label in capitals, or a box's label of its own,
with a colon or a bar first, its button last after a stop: "EVENT: … Free entry. Find
out more", "VACATURE | … Bekijk vacature"), a live blog's key-events list under its
heading. Listings and reporting under a label in sentence case, or with figures or a
speech verb, stay.

With article prose, quotes and headlines that use the same words and stay. The wordings
are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]

# (language, a line of furniture)
LINES = [
    ("en", "👍 34   ❤️ 12   😮 3   😢 1"),
    ("en", "❤️ 1.2k · 😂 304 · 👏 88"),
    ("de", "👍 7  😡 2  😢 1"),
    ("en", "EVENT: Harbour Lantern Parade, Friday 12 December, 6pm. Free entry. Find out more"),
    ("en", "Get tickets: Quayside Brass Band, Pier Pavilion, 9 January. Book now"),
    ("en", "JOBS | Harbour master (full time), Port of Kellow. Apply now →"),
    ("nl", "VACATURE | Medewerker havenkantoor (24 uur) bij Gemeente Veere. Bekijk vacature"),
    ("nl", "AGENDA: Lichtjesavond Veere, zaterdag 13 december, 17.00 uur. Meer info"),
    ("de", "VERANSTALTUNG: Hafenfest Husum, Samstag 14 Uhr. Eintritt frei. Mehr erfahren"),
    ("fr", "AGENDA : Fête du port, samedi 10 h. Places limitées. Réserver"),
]


@pytest.mark.parametrize(("lang", "line"), LINES, ids=[t[1][:30] for t in LINES])
def test_a_box_line_goes(lang: str, line: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"
    assert clean(f"{first}\n\n{second}\n\n{line}") == f"{first}\n\n{second}"


STAYS = [
    # A match's tally is no reaction bar; two reactions are too few to tell.
    f"{EN[0]}\n\n⚽ 2 🟨 3 🟥 1\n\n{EN[1]}",
    f"{EN[0]}\n\n👍 34 ❤️ 12\n\n{EN[1]}",
    f"{EN[0]}\n\n👍 34 people liked the post, 12 loved it and 3 were surprised.\n\n{EN[1]}",
    # A label with no button, a button with no label.
    f"{EN[0]}\n\nAgenda: the council will discuss parking and the new pool.\n\n{EN[1]}",
    f"{EN[0]}\n\nEvent: the lantern parade returns on Friday after a year away.\n\n{EN[1]}",
    f"{EN[0]}\n\nThe festival opens on Friday. Book now, organisers urged.\n\n{EN[1]}",
    # The button's words inside the sentence, no stop before them.
    f"{EN[0]}\n\nJobs: residents who want to apply now have until Friday to apply\n\n{EN[1]}",
    # An agenda item's sentence that goes on after the words.
    f"{EN[0]}\n\nAgenda: the budget. Find out more about the vote on Friday.\n\n{EN[1]}",
    # Listings and reporting with a label and a button.
    "Weekend guide\nQuay Fair\nThe harbour, Saturday 11am-5pm.\n"
    "Tickets: £4 adults, under-12s free. Book now\nFarmers' market\nThe green, Sunday.",
    "The chancellor's pledges:\nJobs: 80,000 new training places by 2028. Learn more\n"
    "Homes: 900,000 more. Learn more",
    "The county's figures.\nJobs: Unemployment rose to 5.2% in May, the council said. "
    "Learn more\nMore follows.",
    "Wat te doen\nAgenda: entree gratis. Meer info\nRommelmarkt\nZondag.",
    "Tipps\nVeranstaltung: Lichterfest am Hafen, ab Samstag. Mehr erfahren\nDas Fest dauert "
    "drei Tage.",
    # A label in capitals over a line that reports.
    "The county's figures.\nJOBS: Claimant count up 3% in May, the council said. Find out "
    "more\nMore follows.",
    "Council.\nEVENT: The fair drew 12,000 visitors. Find out more\nMore.",
    # Counts under a line that ends with a colon.
    "Results:\n👍 88 👎 12 😮 9\nThe motion was carried.",
]


@pytest.mark.parametrize("text", STAYS)
def test_box_words_in_prose_stay(text: str) -> None:
    assert clean(text) == text


# A live blog's key-events box: lines of a relative time and a headline, two or more.
EVENT_LISTS = [
    ("en", "Key events\n2h ago Ferries cancelled\n3h ago Red warning issued\n"
           "5h ago Schools close early"),
    ("en", "Latest updates\n\n45 mins ago Bridge reopens\n2 hours ago Power cut in Lanmore"),
    ("de", "Das Wichtigste\nvor 2 Std. Fähren gestrichen\nvor 3 Std. Rote Warnung"),
    ("fr", "Les moments clés\nil y a 2 h Ferries annulés\nil y a 3 h Alerte rouge"),
    ("nl", "Belangrijkste momenten\n2 uur geleden Veerdienst gestaakt\n3 uur geleden Code rood"),
]


@pytest.mark.parametrize(("lang", "box"), EVENT_LISTS, ids=[e[1][:20] for e in EVENT_LISTS])
def test_a_key_events_list_goes(lang: str, box: str) -> None:
    first, second = ARTICLES[lang][:2]
    heading = box.partition("\n")[0]
    # The heading is the page's, but only "Key events" is a [label] of its own.
    assert clean(f"{first}\n\n{box}\n\n{second}") in (
        f"{first}\n\n{second}", f"{first}\n\n{heading}\n\n{second}")


EVENT_STAYS = [
    # One line alone, a sentence with its stop, a small word after the time.
    f"{EN[0]}\n\n2h ago Ferries cancelled\n\n{EN[1]}",
    f"{EN[0]}\n\n2h ago Ferries were cancelled.\n3h ago Red warning was issued.\n\n{EN[1]}",
    f"{EN[0]}\n\n2 hours ago the ferries stopped\n3 hours ago the warning came\n\n{EN[1]}",
    # A timeline in the article's words.
    f"{EN[0]}\n\nTwo hours ago Ferries Ltd said\nthree hours ago it warned\n\n{EN[1]}",
    # A list under no key-events heading, a timeline in days.
    f"{EN[0]}\n\n2h ago Ferries cancelled\n3h ago Red warning issued\n\n{EN[1]}",
    "Timeline\n6h ago Smoke seen over the depot\n2h ago Crews evacuate the site",
    "Highlights\n12 days ago Talks collapse\n4 days ago Strike called",
    "Hace 4 días El Senado recibe la ley\nHace 1 día La comisión la aprueba\nHoy se vota.",
    "Il y a 12 jours Le maire démissionne\nIl y a 2 jours Le conseil vote\nLa suite lundi.",
]


@pytest.mark.parametrize("text", EVENT_STAYS)
def test_relative_times_in_prose_stay(text: str) -> None:
    assert clean(text) == text
