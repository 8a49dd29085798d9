"""The truncation cleaner, round 23: a labelled interview's last answer cut whole.

When the cut sentence is all of an interview's last answer and every turn carries its
label (the dash that opens each turn, "Q:" / "A:", "P:" / "R:", "Frage:" / "Antwort:"),
its question line right above it goes too: no answer follows it once the cut one goes.
Only with two labelled turns or more before, and a question line that is one question
of its own. Unlabelled questions stay: a column's rhetorical questions, an explainer's
subheads, a live blog's heads, reported speech, a paragraph that ends in a question.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest

from cleantext.cleaners.truncation import truncation

TRUNCATE = truncation()

INTERVIEW_ES = (
    "Entrevista con el farero\n\n"
    "—¿Cuántos años lleva aquí?\n—Veinte, desde que cerraron la escuela.\n\n"
    "—¿Qué es lo más duro?\n—Las noches de temporal en enero.\n\n"
)
INTERVIEW_EN = (
    "Talking to the harbour master\n\n"
    "Q: How long will it close?\nA: Two weeks, if the weather holds.\n\n"
    "Q: Who pays?\nA: The county pays most of it.\n\n"
)
INTERVIEW_DE = (
    "Der Hafenmeister über den Winter\n\n"
    "Frage: Wie lange dauert die Sperrung?\nAntwort: Zwei Wochen, wenn das Wetter hält.\n\n"
    "Frage: Wer bezahlt die Arbeiten?\nAntwort: Das Land übernimmt den größten Teil.\n\n"
)


@pytest.mark.parametrize(("body", "turn"), [
    (INTERVIEW_ES, "—¿Lo recomendaría?\n—A quien le guste madrugar, sí, pero le diría que…"),
    (INTERVIEW_EN, "Q: What happens next?\nA: We will keep the light on until the…"),
    (INTERVIEW_DE, "Frage: Und was passiert jetzt?\nAntwort: Er bleibt stehen, weil er "
                   "unter Denkmalschutz…"),
])
def test_labelled_question_over_a_cut_answer_goes_with_it(body: str, turn: str) -> None:
    assert TRUNCATE(body + turn).rstrip() == body.rstrip()


@pytest.mark.parametrize("text", [
    # Unlabelled turns: an interview and an explainer's subheads look the same.
    "Der Hafenmeister über den Winter\n\nWie lange dauert die Sperrung?\nZwei Wochen.\n\n"
    "Wer bezahlt?\nDas Land.\n\nUnd was passiert jetzt?\nEr bleibt stehen, weil er…",
    "Council votes on harbour levy\nWhat is the levy?\nA charge of £2 per night.\n"
    "Who pays it?\nHotels collect it.\nWhen does it start?\nThe first payments are due in…",
    # A live blog's heads with their time stamps.
    "Live: storm updates\n10:02 Will schools close?\nA decision comes at noon.\n10:15 Are "
    "trains running?\nMost lines are suspended.\n10:30 What about flights?\nThe airport "
    "said all departures had been cancelled and that passengers should…",
    # A column's rhetorical questions.
    "So who will pay for the bridge?\nNot the government.\nAnd the ferry?\nIt will close.\n"
    "But what does this mean for families?\nIt means longer journeys for people who…",
    # A labelled interview, but the last question line is a paragraph or reported speech.
    INTERVIEW_EN + "Q: The mayor promised action. Will this time be different?\nA: The "
    "council will meet again in May to…",
    INTERVIEW_EN + "Q: She asked: what is the alternative?\nA: Officials said the review "
    "would take until…",
    # The labels change: no one interview's turns.
    INTERVIEW_ES + "Q: ¿Y el invierno?\nA: Las noches son largas y el…",
    # Only one labelled turn before.
    "Entrevista con el farero\n\n—¿Cuántos años lleva aquí?\n—Veinte.\n\n—¿Lo recomendaría?"
    "\n—A quien le guste madrugar, sí, pero…",
    # A blank line under the question: a paragraph of its own.
    INTERVIEW_ES + "—¿Y ahora?\n\n—El ayuntamiento decidirá en mayo si…",
    # The answer's earlier sentences stay, and so does its question.
    INTERVIEW_ES + "—¿Y ahora?\n—No lo sabemos. El ayuntamiento decidirá en mayo si…",
])
def test_question_without_a_labelled_interview_stays(text: str) -> None:
    out = TRUNCATE(text)
    question = text[: text.rfind("?") + 1]
    assert out.startswith(question)
