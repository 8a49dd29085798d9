"""The promo cleaner, round 24: a follow or sign-up prompt's lead-in question.

The question a prompt opens with on its line ("Don't want to miss a story? Follow us
on WhatsApp.") goes with the prompt. With questions an article asks or quotes, and
questions whose line goes on with the article, which stay. The wordings are written for
these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

# (language, the prompt's line)
LEAD_INS = [
    ("de", "Sie wollen keine Neuigkeiten aus dem Kinzigtal verpassen? Folgen Sie uns auf "
           "WhatsApp!"),
    ("en", "Don't want to miss a story from the harbour? Follow us on WhatsApp."),
    ("fr", "Vous ne voulez rien rater de l'actualité du port ? Suivez-nous sur WhatsApp !"),
    ("es", "¿No quieres perderte nada de lo que pasa en la comarca? Síguenos en WhatsApp."),
]


@pytest.mark.parametrize(("lang", "line"), LEAD_INS, ids=[x[1][:24] for x in LEAD_INS])
def test_a_prompts_lead_in_question_goes_with_it(lang: str, line: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"


STAYS = [
    # The article asks: no reader spoken to.
    ("en", "Why did the council miss the deadline? Follow us on WhatsApp.",
     "Why did the council miss the deadline?"),
    # Someone quoted asking.
    ("de", "Er sagte: Was wollen Sie verpassen? Folgen Sie uns auf WhatsApp!",
     "Er sagte: Was wollen Sie verpassen?"),
    # The question's line goes on with the article.
    ("en", "Did you miss the match? The highlights are on page four.",
     "Did you miss the match? The highlights are on page four."),
    # Two sentences before the prompt.
    ("en", "The ferry is late again. Don't want to miss it? Follow us on WhatsApp.",
     "The ferry is late again. Don't want to miss it?"),
]


@pytest.mark.parametrize(("lang", "line", "kept"), STAYS, ids=[x[1][:24] for x in STAYS])
def test_a_question_the_article_asks_stays(lang: str, line: str, kept: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert kept in clean(f"{first}\n\n{line}\n\n{second}")


NOT_THE_NEWS = [
    # A reader's question in a Q&A, and the article's: missing a bus, a train, a ferry.
    "Readers ask\nWhy do you miss so many buses? Follow us on X for updates.\nThe bus "
    "company replied.",
    "Will you miss the last ferry of the year? Follow us on Facebook for updates.\nThe "
    "ferry stops in December.",
    "Wie wollen Sie verhindern, dass Sie Ihren Zug verpassen? Folgen Sie uns auf "
    "WhatsApp!\nDie Bahn streikt.",
]


@pytest.mark.parametrize("text", NOT_THE_NEWS, ids=[t[:24] for t in NOT_THE_NEWS])
def test_a_question_about_missing_anything_but_the_news_stays(text: str) -> None:
    start = text.find("\n") + 1 if text.startswith("Readers") else 0
    question = text[start:].split("?", maxsplit=1)[0]
    assert question + "?" in clean(text)


def test_flattened_text_has_no_line_for_a_lead_in() -> None:
    text = ("Readers askWhy do you miss so many stories? Follow us on X for updates.The bus "
            "company replied.")
    assert "Readers askWhy do you miss so many stories?" in clean(text)


def test_a_lead_in_at_the_texts_start_goes_in_text_with_lines() -> None:
    first, second = ARTICLES["en"][:2]
    text = f"Don't want to miss a story? Follow us on WhatsApp.\n\n{first}\n\n{second}"
    assert clean(text) == f"{first}\n\n{second}"
