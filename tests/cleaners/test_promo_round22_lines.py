"""The promo cleaner, round 22: widget lines that the packs now name.

- Polish "Dalsza część artykułu pod materiałem wideo": the break over a video slot, as
  "Dalsza część artykułu pod reklamą" is over an ad: a line of it, or between sentences
  of flattened text written as the page prints it.
- Finnish "Kommentoi": a comment button, a line of nothing else.
- English "Sign up | Log in" and its kin: a header's account links, a line of nothing else.

With article prose, quotes and headlines that use the same words and stay. The wordings
are written for these tests.
"""

from __future__ import annotations

import pytest

from cleantext import clean

BEFORE = "The council approved the harbour budget on Monday after a long debate."
AFTER = "Officials said work on the new bridge would begin in the spring."
PL_BEFORE = "Rada gminy przyjęła w poniedziałek budżet na przyszły rok."
PL_AFTER = "Prace przy nowym moście ruszą wiosną, zapowiedział wójt."
FI_BEFORE = "Kaupunginvaltuusto hyväksyi maanantaina sataman talousarvion."
FI_AFTER = "Uuden sillan rakentaminen alkaa keväällä, kertoi kaupunginjohtaja."

LINES = [
    (PL_BEFORE, "Dalsza część artykułu pod materiałem wideo", PL_AFTER),
    (PL_BEFORE, "DALSZA CZĘŚĆ ARTYKUŁU POD MATERIAŁEM WIDEO", PL_AFTER),
    (FI_BEFORE, "Kommentoi", FI_AFTER),
    (BEFORE, "Sign up | Log in", AFTER),
    (BEFORE, "Log in | Sign up", AFTER),
    (BEFORE, "Sign up / Log in", AFTER),
]


@pytest.mark.parametrize(("before", "line", "after"), LINES, ids=[x[1] for x in LINES])
def test_a_widget_line_goes(before: str, line: str, after: str) -> None:
    assert clean(f"{before}\n\n{line}\n\n{after}") == f"{before}\n\n{after}"


@pytest.mark.parametrize(("before", "line"), [(PL_BEFORE, LINES[0][1]), (FI_BEFORE, "Kommentoi"),
                                              (BEFORE, "Sign up | Log in")])
def test_a_widget_line_goes_as_the_last_line(before: str, line: str) -> None:
    assert clean(f"{before}\n\n{line}") == before


def test_the_video_break_goes_between_flattened_sentences() -> None:
    text = f"{PL_BEFORE} Dalsza część artykułu pod materiałem wideo {PL_AFTER}"
    assert clean(text) == f"{PL_BEFORE} {PL_AFTER}"


STAYS = [
    # The words inside the article's sentences.
    f"{PL_BEFORE}\n\nDalsza część artykułu pod materiałem wideo ukaże się jutro, "
    "zapowiedziała redakcja.\n\n" + PL_AFTER,
    f"{PL_BEFORE}\n\nRedaktor napisał, że dalsza część artykułu pod materiałem wideo "
    "była za długa.\n\n" + PL_AFTER,
    f"{PL_BEFORE}\n\nNapis „Dalsza część artykułu pod materiałem wideo” wisiał nad "
    "pustą ramką przez cały dzień.\n\n" + PL_AFTER,
    f"{FI_BEFORE}\n\nKommentoi asiaa myöhemmin, pormestari sanoi toimittajille.\n\n" + FI_AFTER,
    f"{FI_BEFORE}\n\nKommentoi: näin kaupunki vastasi asukkaiden kysymyksiin\n\n" + FI_AFTER,
    f"{FI_BEFORE}\n\nMinisteri ei kommentoi asiaa ennen perjantaita.\n\n" + FI_AFTER,
    f"{FI_BEFORE}\n\n\"Kommentoi\", sanoi ministeri.\n\n" + FI_AFTER,
    f"{BEFORE}\n\nSign up or log in to the council's portal before Friday, the clerk "
    "said.\n\n" + AFTER,
    f"{BEFORE}\n\nSign up, log in and vote: how the town's new budget app works\n\n" + AFTER,
    f"{BEFORE}\n\nThe form says \"Sign up | Log in\" at the top, residents complained.\n\n"
    + AFTER,
    f"{BEFORE}\n\nResidents who sign up or log in can track the works.\n\n" + AFTER,
    # A step of a how-to's list, a subhead that asks (the second review's cases).
    "How to claim the rebate\n\nGo to the portal\nSign up or log in\nUpload your bill\n\n"
    "The council pays within a month.",
    "Sign up or log in?\n\nThe council's new portal asks every resident to create an "
    "account.\n\n" + AFTER,
]


@pytest.mark.parametrize("text", STAYS)
def test_the_prose_stays(text: str) -> None:
    assert clean(text) == text
