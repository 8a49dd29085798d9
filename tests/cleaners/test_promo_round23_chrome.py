"""The promo cleaner, round 23: page furniture every news site prints.

A live blog's chrome, lines of nothing else: the pinned post's badge, a post's report
button, the banner that loads newer posts.

With article prose, quotes and headlines that use the same words and stay. The wordings
are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]

CHROME = [
    ("en", "Pinned"),
    ("en", "Report this post"),
    ("en", "Show latest updates"),
    ("en", "New posts"),
    ("de", "Beitrag melden"),
    ("fr", "Épinglé"),
    ("es", "Denunciar esta publicación"),
    ("nl", "Vastgepind"),
    ("it", "Segnala questo post"),
    ("pt", "Fixado"),
]


@pytest.mark.parametrize(("lang", "line"), CHROME, ids=[t[1] for t in CHROME])
def test_a_live_blog_chrome_line_goes(lang: str, line: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"


CHROME_STAYS = [
    f"{EN[0]}\n\nPinned down by the storm, the ferry stayed in port.\n\n{EN[1]}",
    f"{EN[0]}\n\nReport this post to the police, the officer told residents.\n\n{EN[1]}",
    f"{EN[0]}\n\nNew posts were created in the planning department.\n\n{EN[1]}",
]


@pytest.mark.parametrize("text", CHROME_STAYS)
def test_chrome_words_in_prose_stay(text: str) -> None:
    assert clean(text) == text
