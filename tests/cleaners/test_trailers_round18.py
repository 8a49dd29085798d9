"""The trailers cleaner, round 18: feed footers, read-also titles and boxes that stayed.

- WordPress's "The entry <title> was first published on <site>." footer; an
  aggregator's note over a post it reposts ("[This article was first published on
  <blog>, and kindly contributed to <aggregator>.]"); a syndication note with the
  link to the original after it ("This article originally appeared on <site>. Read the
  original article."); a French paper's "Cet article est paru dans <titre>."

Every junk unit must go and every article word around it stay; the negatives are
article prose in the same words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.linear import cpu_seconds

from cleantext import clean
from cleantext.cleaners.trailers import trailers

EN = ARTICLES["en"]
FR = ARTICLES["fr"]


def _shapes(article: list[str], unit: str) -> list[tuple[str, str]]:
    """(text, what must be left) for ``unit`` after the article: as its own paragraph,
    run into the last sentence after a space, and glued to it."""
    kept = "\n\n".join(article)
    return [
        (f"{kept}\n\n{unit}", kept),
        (" ".join([*article, unit]), " ".join(article)),
        ("".join([*article, unit]), "".join(article)),
    ]


# --- feed footers and syndication notes -----------------------------------------------------

FOOTERS = [
    (EN, "The entry Harbour wall to be repaired before winter was first published on "
         "Harbour Notes."),
    (EN, "The entry Harbour wall to be repaired before winter was originally published on "
         "harbournotes.example."),
    (EN, "[This article was first published on Harbour Notes, and kindly contributed to "
         "Coast Digest.]"),
    (EN, "This article was first published on Harbour Notes, and kindly contributed to "
         "Coast Digest."),
    (EN, "This article originally appeared on The Lantern. Read the original article."),
    (EN, "This article first appeared in The Lantern. Read the original article."),
    (EN, "This story originally appeared on The Lantern. Read the original story."),
    (FR, "Cet article est paru dans Le Phare du Port."),
    (FR, "Cet article est paru initialement dans L'Écho des Quais."),
    (FR, "Cet article est paru sur lephare.example."),
]


@pytest.mark.parametrize(
    ("text", "kept"),
    [shape for article, unit in FOOTERS for shape in _shapes(article, unit)],
)
def test_a_feed_footer_after_the_article_goes(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)
    assert _same(clean(text), clean(kept))


@pytest.mark.parametrize(("article", "unit"), FOOTERS)
def test_the_article_s_next_sentence_after_a_footer_stays(article: list[str], unit: str) -> None:
    # Flattened, with the article going on after the footer: its sentence is kept whole.
    for text in (f"{article[0]} {unit} {article[1]}", f"{article[0]}{unit}{article[1]}"):
        assert trailers(text).endswith(article[1])


FOOTER_STAYS = [
    # "entry" as a word of the sentence: no title after it.
    "The entry fee was first published on the council's website in May.",
    "The entry, which won first prize, was first published on Instagram, she said.",
    # The note's words in a report: the site goes on as a clause.
    "This article was first published on Monday, and kindly contributed to the debate, "
    "the editor said.",
    # French prose: an edition, no title; a clause after the name.
    "Cet article est paru dans l'édition de lundi, précise la rédaction.",
    "Cet article est paru dans Le Phare, a rappelé le maire lors du conseil.",
    # A law's article in a dated issue: no feed's site.
    "Cet article est paru dans le Bulletin municipal du 12 mars.",
    "Cet article est paru dans Le Bulletin municipal du 12 mars.",
    # The link's words inside a sentence, or in reported speech.
    "Students were asked to read the original article before the exam.",
    "She said readers could read the original article online.",
    # The footer quoted inside the article's sentence, or reported.
    "The footer read “This article originally appeared on The Lantern. Read the original "
    "article.” until Monday.",
    "Editors said this article first appeared in The Lantern. Read the original article, "
    "they urged.",
    "« Cet article est paru dans Le Phare », a dit le maire.",
]


@pytest.mark.parametrize("sentence", FOOTER_STAYS)
def test_prose_in_a_footer_s_words_stays(sentence: str) -> None:
    text = f"{EN[0]}\n\n{sentence}"
    assert trailers(text) == text


# --- each new rule on a text made of its unit repeated -----------------------------------------

REPEATED = [
    "The entry A b was first published on C. ",
    "The entry A b was first published on C.",
    "[This article was first published on A, and kindly contributed to B.]\n",
    "THIS ARTICLE ORIGINALLY APPEARED ON A. READ THE ORIGINAL ARTICLE. ",
    "Cet article est paru dans A. ",
]


@pytest.mark.parametrize("unit", REPEATED)
def test_units_repeated_are_linear(unit: str) -> None:
    small = "The ferry left. " + unit * (25_000 // len(unit))
    big = "The ferry left. " + unit * (100_000 // len(unit))
    assert cpu_seconds(trailers, big, 3) < 10 * cpu_seconds(trailers, small, 3) + 0.05
