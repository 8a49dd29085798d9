"""The trailers cleaner, round 17: feed footers that stayed.

- The older RSS Footer plugin's line under each feed item, "<title> is a post from:
  <site>", after the article, as a line, run into it after a space, or glued;
- The Conversation's older footer with its link, "This article was originally published
  on <site>. Read the original article.", as one unit (the link alone stays: after
  Futurism's credit line it ends a line the labelled bodies keep);
- Yoast's Danish feed footer as some sites word it, "Indlægget <title> blev først vist på
  <site>.";
- a feed copyright plugin's notice under each item ("This RSS feed is for personal
  non-commercial use only. If you are not reading this material in your news
  aggregator, the site you are looking at is guilty of copyright infringement."), with
  the copyright line it opens with, peeled from the end of the text.

Every junk unit is set after the article in each shape (its own paragraph, run into the
last sentence after a space, glued to it); the negatives are article prose in the same
words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.linear import cpu_seconds

from cleantext import clean
from cleantext.cleaners.trailers import trailers

EN = ARTICLES["en"]
DA = ARTICLES["da"]


def _shapes(article: list[str], unit: str) -> list[tuple[str, str]]:
    """(text, what must be left) for ``unit`` after the article: as its own paragraph,
    run into the last sentence after a space, and glued to it."""
    kept = "\n\n".join(article)
    return [
        (f"{kept}\n\n{unit}", kept),
        (" ".join([*article, unit]), " ".join(article)),
        ("".join([*article, unit]), "".join(article)),
    ]


FOOTERS = [
    (EN, "Ferry timetable changes for the winter is a post from: Harbour Notes"),
    (EN, "Ferry timetable changes for the winter is a post from: harbournotes.example"),
    (EN, "This article was originally published on The Lantern. Read the original article."),
    (DA, "Indlægget Ny svømmehal ved havnen blev først vist på Østjysk Avis."),
    (DA, "Indlægget Ny svømmehal ved havnen blev først publiceret på aarhusnyt.example."),
    (EN, "© 2026 Harbour Notes. This RSS feed is for personal non-commercial use only. If "
         "you are not reading this material in your news aggregator, the site you are "
         "looking at is guilty of copyright infringement."),
    (EN, "Copyright © 2025 harbournotes.example. This feed is for personal, non-commercial "
         "use only. If you are not reading this article in your feed reader, then the site "
         "you are looking at is guilty of copyright infringement. Please contact "
         "rights@harbournotes.example so we can take legal action immediately."),
    (EN, "This RSS feed is for personal non-commercial use only."),
]


@pytest.mark.parametrize(
    ("text", "kept"),
    [shape for article, unit in FOOTERS for shape in _shapes(article, unit)],
)
def test_a_feed_footer_after_the_article_goes(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)
    assert _same(clean(text), clean(kept))


def test_the_copyright_line_before_a_feed_notice_after_a_bracket_goes_with_it() -> None:
    # Flattened under a byline's bracket, the copyright line starts at its sign.
    text = (f"{EN[0]} (Reporting by Ann Ray) © 2026 Harbour Notes. This RSS feed is for "
            "personal non-commercial use only.")
    assert trailers(text) == f"{EN[0]} (Reporting by Ann Ray)"


STAYS = [
    # Prose about a post, with no colon before the site.
    "The photograph is a post from the harbour master's account, officials said.",
    "Officials said the note is a post from: the harbour master, and nobody else.",
    # An article's original publication, with no link after it.
    "This article was originally published in 1998 and revised in 2004.",
    # The notice's words in a report, not at the end of the text or not as the plugin
    # prints them.
    "The court said a site that copied the feed was guilty of copyright infringement. "
    "The owners will appeal.",
    "The licence says this feed is for personal non-commercial use only, lawyers said.",
    # A copyright line with a name and nothing else: no feed notice after it.
    "The ferry left at dawn.\n\n© 2026 Harbour Notes.",
    # Danish prose: "indlægget" as a word of the sentence.
    "Indlægget blev først vist på skærmen, da mødet begyndte.",
]


@pytest.mark.parametrize("text", STAYS)
def test_prose_in_the_same_words_stays(text: str) -> None:
    assert trailers(text) == text


@pytest.mark.parametrize("unit", [
    "A is a post from: B. ",
    "© 2026 A. This RSS feed is for personal non-commercial use only. ",
    "If you are not reading this material in your news aggregator, the site you are "
    "looking at is guilty of copyright infringement. ",
    "Indlægget A blev først vist på B. ",
])
def test_footers_repeated_are_linear(unit: str) -> None:
    small = "The ferry left. " + unit * (25_000 // len(unit))
    big = "The ferry left. " + unit * (100_000 // len(unit))
    assert cpu_seconds(trailers, big, 3) < 10 * cpu_seconds(trailers, small, 3) + 0.05
