"""The promo cleaner, round 23: page furniture every news site prints.

A poll widget: its heading, its question and its options, its vote button and the
results link or the vendor's credit under it, heading to button.

With article prose, quotes and headlines that use the same words and stay. The wordings
are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]

# (language, the poll box)
POLLS = [
    ("en", "POLL\nShould the pier reopen this summer?\nYes\nNo\nNot sure\nVote  View results"),
    ("en", "Poll\nWhich bus route matters most to you?\nRoute 4 to the hospital\n"
           "Route 12 to the station\nVote\nView Results\nPolls powered by Pollster"),
    ("de", "UMFRAGE\nSoll die Fähre im Winter fahren?\nJa\nNein\nAbstimmen"),
    ("fr", "Sondage\nFaut-il rouvrir la piscine ?\nOui\nNon\nVoter  Voir les résultats"),
    ("es", "Encuesta\n¿Debe abrir la piscina en invierno?\nSí\nNo\nVotar"),
    ("nl", "Peiling\nMoet de veerpont in de winter varen?\nJa\nNee\nStemmen"),
]


@pytest.mark.parametrize(("lang", "box"), POLLS, ids=[p[1][:30] for p in POLLS])
def test_a_poll_box_goes(lang: str, box: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{first}\n\n{box}\n\n{second}") == f"{first}\n\n{second}"


STAYS = [
    # A subhead named "Poll" over the article's paragraphs.
    f"{EN[0]}\n\nPoll\nThe survey of 800 residents found most wanted the pier reopened.\n"
    f"Vote\n\n{EN[1]}",
    # The questions an article asked, no button.
    f"{EN[0]}\n\nPOLL\nShould the pier reopen?\nYes\nNo\n\n{EN[1]}",
    # No question among the lines.
    f"{EN[0]}\n\nPoll\nYes\nNo\nVote\n\n{EN[1]}",
    # A line that ends like a sentence is the article's.
    f"{EN[0]}\n\nPoll\nShould the pier reopen?\nMost said yes.\nVote\n\n{EN[1]}",
    # "Vote" in the article's words.
    f"{EN[0]}\n\nPoll\nShould the pier reopen?\nYes\nNo\nVote on Thursday, the clerk said.\n\n"
    f"{EN[1]}",
    # A poll's results, an article's figures.
    "Residents back the lido\nPoll\nShould the lido reopen?\nYes: 58%\nNo: 35%\n"
    "Unsure: 7%\nVote\nThe survey of 900 people was run by Opinium.",
    "Tracker\nPoll\nWho leads?\nGreens 33%\nLiberals 29 %\nVote\nThe figures are YouGov's.",
    # A bare "Vote" with the article's sentence right under it.
    "Poll\nWho won the debate?\nMorgan\nPatel\nVote\nBy the snap poll's count, Morgan won.",
]


@pytest.mark.parametrize("text", STAYS)
def test_poll_words_in_prose_stay(text: str) -> None:
    assert clean(text) == text
