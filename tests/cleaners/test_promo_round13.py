"""The promo cleaner on widget families met in the twelfth written set: Nordic menus
and share bars, breadcrumb trails and menus in flattened text, pitches and badges
glued into it. Each as a line and in the shapes the family allows, and the article
sentences that use the same words, which stay.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES, dressed

from cleantext import clean

# (id, language, lines that are a widget): they go, the article around them stays.
LINES = [
    ("a Swedish menu one section a line", "sv", "Nyheter\nSport\nKultur\nNöje\nLedare\nE-tidning"),
    ("a Danish menu one section a line", "da", "Forside\nNyheder\nSport\nKultur\nDebat\nE-avis"),
    ("a Norwegian menu one section a line", "nb",
     "Forsiden\nNyheter\nSport\nKultur\nDebatt\nE-avis"),
    ("a Finnish menu one section a line", "fi",
     "Etusivu\nUutiset\nUrheilu\nKulttuuri\nMielipide\nNäköislehti"),
    ("a Swedish share bar under its heading", "sv", "Dela artikeln\nFacebook\nX\nKopiera länk"),
    ("a Danish share prompt with a network", "da", "Del artiklen på Facebook"),
    ("a Danish share bar under its heading", "da", "Del artiklen\nFacebook\nLinkedIn"),
    ("a Norwegian share prompt with a network", "nb", "Del artikkelen på Facebook"),
]


@pytest.mark.parametrize(("lang", "unit"), [c[1:] for c in LINES], ids=[c[0] for c in LINES])
@pytest.mark.parametrize("where", ["head", "middle", "tail"])
def test_a_widget_line_goes(lang: str, unit: str, where: str) -> None:
    first, second = ARTICLES[lang]
    parts = {"head": [unit, first, second], "middle": [first, unit, second],
             "tail": [first, second, unit]}[where]
    assert clean("\n\n".join(parts)) == f"{first}\n\n{second}"


# Article text that uses the same words: it stays.
KEPT = [
    "Sport\nKultur",  # two section headings are no menu
    "Nyheter om färjan kom sent.\nSport och kultur får mer pengar.",
    "Han bad dem dela artikeln på Facebook, sa hon.",
    "Debat\nByrådet diskuterede sagen i tre timer.",
    "Kultur er vigtig for byen, sagde borgmesteren.",
]


@pytest.mark.parametrize("text", KEPT, ids=repr)
def test_article_text_stays(text: str) -> None:
    assert clean(dressed(text)) == dressed(text)
