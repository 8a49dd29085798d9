"""The truncation cleaner, round 23: an interview's last answer cut whole.

When the cut sentence is all of an interview's last answer, its question line right
above it goes too: no answer follows it once the cut one goes. Only in an interview (two
turns or more before, each a question line with its answer on the line under it); an
article's question before a cut paragraph, a question a blank line above, and a question
over an answer whose earlier sentences stay are kept.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest

from cleantext.cleaners.truncation import truncation

TRUNCATE = truncation()

INTERVIEW_DE = (
    "Der Hafenmeister über den Winter\n\n"
    "Wie lange dauert die Sperrung?\nZwei Wochen, wenn das Wetter hält.\n\n"
    "Wer bezahlt die Arbeiten?\nDas Land übernimmt den größten Teil.\n\n"
)
INTERVIEW_ES = (
    "Entrevista con el farero\n\n"
    "—¿Cuántos años lleva aquí?\n—Veinte, desde que cerraron la escuela.\n\n"
    "—¿Qué es lo más duro?\n—Las noches de temporal en enero.\n\n"
)


@pytest.mark.parametrize(("body", "turn"), [
    (INTERVIEW_DE, "Und was passiert jetzt mit dem Leuchtturm?\nEr bleibt stehen, weil er "
                   "unter Denkmalschutz…"),
    (INTERVIEW_ES, "—¿Lo recomendaría?\n—A quien le guste madrugar, sí, pero le diría que…"),
    ("Talking to the harbour master\n\nHow long will it close?\nTwo weeks.\n\n"
     "Who pays?\nThe county.\n\n",
     "What happens next?\nWe will keep the light on until the…"),
])
def test_question_over_a_cut_answer_goes_with_it(body: str, turn: str) -> None:
    assert TRUNCATE(body + turn).rstrip() == body.rstrip()


@pytest.mark.parametrize("text", [
    # No interview before: an article's question and its cut paragraph's sentence.
    "The harbour will close in January.\nWhat happens next?\nThe council will meet in May "
    "to…",
    # A blank line under the question: a paragraph of its own.
    INTERVIEW_DE + "Und jetzt?\n\nDer Stadtrat berät im Mai darüber, ob…",
    # The answer's earlier sentences stay, and so does its question.
    INTERVIEW_DE + "Und jetzt?\nDas wissen wir noch nicht. Der Stadtrat berät im Mai, ob…",
])
def test_question_with_something_of_its_own_stays(text: str) -> None:
    out = TRUNCATE(text)
    question = text[: text.rfind("?") + 1]
    assert out.startswith(question)
