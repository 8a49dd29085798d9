"""The promo cleaner, round 23: page furniture every news site prints.

A live blog's chrome, lines of nothing else: the banner that loads newer posts. The
one-word pinned badge ("Pinned", "Épinglé"), "New posts" and a post's report button
stay: an article's subheads, list items and hard-wrapped lines print the same words.

With article prose, quotes and headlines that use the same words and stay. The wordings
are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]

CHROME = [
    ("en", "Show latest updates"),
    ("de", "Neue Beiträge anzeigen"),
    ("nl", "Toon nieuwe berichten"),
    ("it", "Mostra nuovi aggiornamenti"),
]


@pytest.mark.parametrize(("lang", "line"), CHROME, ids=[t[1] for t in CHROME])
def test_a_live_blog_chrome_line_goes(lang: str, line: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"


CHROME_STAYS = [
    f"{EN[0]}\n\nPinned down by the storm, the ferry stayed in port.\n\n{EN[1]}",
    f"{EN[0]}\n\nReport this post to the police, the officer told residents.\n\n{EN[1]}",
    f"{EN[0]}\n\nNew posts were created in the planning department.\n\n{EN[1]}",
    # A feature's subheads, a list's items, a hard-wrapped sentence.
    "What the app changed\nPinned\nMembers may now pin two posts to their page.\n"
    "New posts\nA banner lists the posts since the last visit.\nReport this post\n"
    "The report menu gained a fraud option.",
    "Die Änderungen\nAngepinnt\nMitglieder heften zwei Beiträge an.\nBeitrag melden\n"
    "Die Meldung geht schneller.",
    "La commissaire a été\nÉpinglé\npar le rapport annuel.",
    "Wat is er nieuw?\nVastgepind\nLeden zetten twee berichten bovenaan.",
    "Round three\nKell def. Ward\nPinned\nTime: 4:31",
    "Forum sections\nNew posts\nArchived posts\nHidden posts",
]


@pytest.mark.parametrize("text", CHROME_STAYS)
def test_chrome_words_in_prose_stay(text: str) -> None:
    assert clean(text) == text
