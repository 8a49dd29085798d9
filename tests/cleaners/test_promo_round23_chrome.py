"""The promo cleaner, round 23: page furniture every news site prints.

A live blog's chrome, lines of nothing else: the banner that loads newer posts; the
one-word pinned badge ("Pinned", "Épinglé"), "New posts" and a post's report button
beside a post's clock time or its copy-link or share button. Alone they stay: an
article's subheads, list items and hard-wrapped lines print the same words.

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


# (language, a live blog's post with its chrome, the chrome, the post's sentence)
LIVE = [
    ("en", "14:02\nPinned\nThe ferry has left port.\nShare", "Pinned",
     "The ferry has left port."),
    ("en", "11:05\nThe ferry has left port.\nShare\nReport this post", "Report this post",
     "The ferry has left port."),
    ("fr", "Copier le lien\nÉpinglé\n\n09h40\nLe ferry a quitté le port.", "Épinglé",
     "Le ferry a quitté le port."),
    ("nl", "10:15\nVastgepind\nDe veerpont vaart weer.\nDelen", "Vastgepind",
     "De veerpont vaart weer."),
    ("de", "11:20 Uhr\nBeitrag melden\nDie Fähre fährt wieder.\nTeilen", "Beitrag melden",
     "Die Fähre fährt wieder."),
]


@pytest.mark.parametrize(("lang", "post", "chrome", "sentence"), LIVE,
                         ids=[t[1][:20] for t in LIVE])
def test_live_blog_chrome_beside_its_post_goes(lang: str, post: str, chrome: str,
                                               sentence: str) -> None:
    first, second = ARTICLES[lang][:2]
    out = clean(f"{first}\n\n{post}\n\n{second}")
    assert chrome not in out.split("\n")
    assert sentence in out
    assert out.startswith(first)
    assert out.endswith(second)


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


def test_an_apps_buttons_listed_in_a_feature_stay() -> None:
    # A share line beside them, but no post's clock time in the text.
    out = clean("The toolbar now has three buttons:\nShare\nPinned\nReport this post\n"
                "Each appears under every post.")
    assert "\nPinned\nReport this post\n" in out


@pytest.mark.parametrize("text", CHROME_STAYS)
def test_chrome_words_in_prose_stay(text: str) -> None:
    assert clean(text) == text
