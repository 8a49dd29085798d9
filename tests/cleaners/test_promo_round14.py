"""The promo cleaner on short flattened texts: a widget's label glued before an
article of one or two sentences. The label goes and the article stays. Before this,
a line shorter than 200 characters that opened with a label such as "Listen to this
article" went whole, and the text came back empty.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest

from cleantext import clean
from cleantext.cleaners.promo import promo

ONE_SENTENCE = [
    "The ferry runs again after the council fixed the ramp on Monday.",
    "The ferry runs again. It was fixed.",
    "The ferry runs again.",
    "Tram fares rise in May and again in the autumn!",
]


@pytest.mark.parametrize("label", ["Listen to this article ", "Listen to this article · 4 min ",
                                   "🔊 Listen to this article "])
@pytest.mark.parametrize("article", ONE_SENTENCE)
def test_a_label_before_a_short_flattened_article_goes_alone(label: str, article: str) -> None:
    assert promo(label + article) == article
    assert clean(label + article) == article


@pytest.mark.parametrize("text", [
    # A box's title, not closed by a stop: the line is the widget's.
    "Listen to this article Tram extension opens early",
    # A sentence cut short: a teaser, not the article.
    "Listen to this article The ferry runs again after the council …",
    # A sentence that talks to the reader is the widget's second line.
    "Listen to this article Tap play and we read it to you.",
])
def test_a_label_before_what_is_no_article_sentence_still_goes_whole(text: str) -> None:
    assert promo(text) == ""
