"""The promo cleaner, round 23: page furniture every news site prints.

A reaction bar (three reactions or more with their counts, a line of nothing else), and
an event's or a job's promo line (its label with a colon or a bar first, its button
last after a stop: "EVENT: … Free entry. Find out more", "VACATURE | … Bekijk
vacature").

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
    ("nl", "Agenda: Lichtjesavond Veere, zaterdag 13 december, 17.00 uur. Meer info"),
    ("de", "Veranstaltung: Hafenfest Husum, Samstag 14 Uhr. Eintritt frei. Mehr erfahren"),
    ("fr", "Agenda : Fête du port, samedi 10 h. Places limitées. Réserver"),
    ("es", "Agenda: Feria del puerto, sábado a las 10. Entrada 5 euros. Comprar entradas"),
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
]


@pytest.mark.parametrize("text", STAYS)
def test_box_words_in_prose_stay(text: str) -> None:
    assert clean(text) == text


# A live blog's key-events box: lines of a relative time and a headline, two or more.
EVENT_LISTS = [
    ("en", "2h ago Ferries cancelled\n3h ago Red warning issued\n5h ago Schools close early"),
    ("en", "45 mins ago Bridge reopens\n2 hours ago Power cut in Lanmore"),
    ("de", "vor 2 Std. Fähren gestrichen\nvor 3 Std. Rote Warnung"),
    ("fr", "il y a 2 h Ferries annulés\nil y a 3 h Alerte rouge"),
    ("nl", "2 uur geleden Veerdienst gestaakt\n3 uur geleden Code rood"),
]


@pytest.mark.parametrize(("lang", "box"), EVENT_LISTS, ids=[e[1][:20] for e in EVENT_LISTS])
def test_a_key_events_list_goes(lang: str, box: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{first}\n\n{box}\n\n{second}") == f"{first}\n\n{second}"


EVENT_STAYS = [
    # One line alone, a sentence with its stop, a small word after the time.
    f"{EN[0]}\n\n2h ago Ferries cancelled\n\n{EN[1]}",
    f"{EN[0]}\n\n2h ago Ferries were cancelled.\n3h ago Red warning was issued.\n\n{EN[1]}",
    f"{EN[0]}\n\n2 hours ago the ferries stopped\n3 hours ago the warning came\n\n{EN[1]}",
    # A timeline in the article's words.
    f"{EN[0]}\n\nTwo hours ago Ferries Ltd said\nthree hours ago it warned\n\n{EN[1]}",
]


@pytest.mark.parametrize("text", EVENT_STAYS)
def test_relative_times_in_prose_stay(text: str) -> None:
    assert clean(text) == text
