"""The promo cleaner on two kinds of article text it used to take: a short flattened
article glued after a widget's label (a line shorter than 200 characters that opened
with a label such as "Listen to this article" went whole, and the text came back
empty), and a prompt quoted in single marks inside a sentence.

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


# A prompt quoted in single marks, as British English quotes, in a sentence that goes
# on: someone's words, which stay. Before, only double quotes were read as quotes here
# (a closing single mark after a letter was taken for an apostrophe), and the line went.
SINGLE_QUOTED = [
    "A poster reading ‘Get our free newsletter’ hung by the door.",
    "A poster reading ‘Subscribe to our newsletter’ hung by the door.",
    "A poster reading 'Sign up for our newsletter' hung by the door.",
    "The van said ‘Follow us on Instagram’, in letters a foot high.",
]
AROUND = ("The council met on Monday.", "The ferry runs again after the council fixed the ramp.")


@pytest.mark.parametrize("sentence", SINGLE_QUOTED)
@pytest.mark.parametrize("join", ["\n\n", " "], ids=["lines", "flattened"])
def test_a_prompt_in_single_quotes_in_a_sentence_stays(sentence: str, join: str) -> None:
    text = join.join([AROUND[0], sentence, AROUND[1]])
    assert clean(text) == text


@pytest.mark.parametrize("line", [
    # An apostrophe is no quote: the widget's line still goes.
    "Don't miss out! Sign up for our readers’ newsletter today.",
    "Sign up for our newsletter",
])
def test_a_prompt_with_apostrophes_but_no_quotation_still_goes(line: str) -> None:
    assert clean("\n\n".join([AROUND[0], line, AROUND[1]])) == "\n\n".join(AROUND)


# A prompt's words reported as advice in the past tense ("…, officials advised"): someone
# else's words, as with "said" or "advises". It took its sentence before.
@pytest.mark.parametrize("sentence", [
    "Subscribe to the council's alerts if you live near the river, officials advised.",
    "Download the app before you travel, the operator recommended.",
    "Follow us on Facebook, the museum suggested in its letter to members.",
])
@pytest.mark.parametrize("join", ["\n\n", " "], ids=["lines", "flattened"])
def test_a_prompt_reported_as_past_advice_stays(sentence: str, join: str) -> None:
    text = join.join([AROUND[0], sentence, AROUND[1]])
    assert clean(text) == text
