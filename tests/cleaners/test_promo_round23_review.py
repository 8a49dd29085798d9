"""The promo cleaner, round 23 after review: article text that round 23's furniture rules
took and that stays.

Subheads and list items that read like a live blog's chrome ("Pinned", "New posts"),
listings and reporting with an event's or a job's label and a button, timelines in
days, a poll's results, counts under a colon, a time stamp inside a hard-wrapped
sentence, and a headline that quotes a sign-up phrase. The wordings are written for
these tests.
"""

from __future__ import annotations

import pytest

from cleantext import clean

STAYS = [
    # Feature subheads and one-word lines.
    "Novità dell'app\nFissato\nI membri possono fissare due post in cima.",
    "Lo nuevo\nFijado\nLos miembros fijan dos mensajes arriba.",
    "O preço foi\nFixado\nem três euros.",
    "The bout\nPinned\nThe referee stopped it in the second round.",
    # A job's or an event's line with figures or a source.
    "The figures.\nLavoro: La disoccupazione scende al 6%. Scopri di più\nAltro.",
    "The gale.\nEvent: The regatta was called off after the gale (the club said). Learn more\n"
    "More.",
    "Festival.\nAgenda: Friday: blues. Saturday: soul. More info\nEnd.",
    # Timelines in days.
    "Chronology:\n9 days ago Both sides agree a truce\n2 days ago Prisoners freed\nWhat next",
    "Quotes of the week\n3 days ago Reeves: We will grow the economy\n1 day ago Badenoch: No",
    # A hard-wrapped quote around a time stamp's words.
    "She wrote:\nPosted 3 hours ago\nand shared a thousand times.",
    # A headline that quotes a sign-up phrase with more words after it.
    "Wijkblad De Toren wordt nieuwsbrief: 'Meld je aan, en lees ons ook op papier'\n\n"
    "Na 20 jaar stopt het gedrukte wijkblad.",
    "Club newsletter goes online: 'Sign up, but keep coming to the bar'\n\n"
    "After 40 years the printed sheet stops.",
]


@pytest.mark.parametrize("text", STAYS)
def test_article_text_stays(text: str) -> None:
    assert clean(text) == text


def test_a_reaction_bar_takes_its_line_break() -> None:
    assert clean("Rain fell.\n👍 34 ❤️ 12 😮 3\nThe ferry waited.") == \
        "Rain fell.\nThe ferry waited."
