"""Prompts inside a quotation that opened in an earlier sentence are someone's words.

An article that quotes a message ("‘Your payment failed. Click here to …’, the mail
reads.") holds a prompt's wording; the quotation, opened a sentence before the prompt
and closed after it, says it is reported, as a quote right before the prompt does.
A prompt outside any quotation still goes, also after a closed one.
"""

import pytest

from cleantext.cleaners.promo import promo

QUOTED = [
    "The mail carries a real paper's logo. “Your payment failed. Click here to keep your "
    "delivery going,” the text reads. Nobody at the paper sent it.",
    "In de mails staat het logo van een krant. ‘Uw betaling is mislukt. Klik hier om te "
    "voorkomen dat uw bezorging stopt’, luidt de tekst. De krant stuurde ze niet.",
    "Die Mail trägt das Logo der Zeitung. „Ihre Zahlung ist fehlgeschlagen. Klicken Sie "
    "hier, um Ihr Abo zu behalten“, heißt es darin. Die Zeitung warnt davor.",
    "Le courriel reprend le logo du journal. « Votre paiement a échoué. Cliquez ici pour "
    "continuer à recevoir le journal », indique le texte. Le journal dément.",
    "Der Brief wirkt echt. »Ihr Abo läuft aus. Klicken Sie hier, um es zu verlängern«, "
    "steht darin. Der Verlag hat ihn nicht verschickt.",
]


@pytest.mark.parametrize("text", QUOTED)
def test_a_prompt_in_a_quoted_message_stays(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize("text", QUOTED)
def test_it_stays_as_the_paragraph_s_last_words(text: str) -> None:
    # The quotation's sentence ends the paragraph: the tail a flattened page glues to
    # an article's last sentence is judged there, and it is no tail.
    last = text[: text.rindex(". ") + 1]
    assert promo("The council met.\n\n" + last) == "The council met.\n\n" + last


@pytest.mark.parametrize("before", [
    "The council met on Monday.",
    "He called it “a fine result” on Monday.",  # a quotation that closed already
    "‘It was fine,’ she said.",
])
def test_a_prompt_outside_a_quotation_goes(before: str) -> None:
    text = f"{before} Click here to subscribe to our newsletter. It adjourned at noon."
    assert promo(text) == f"{before} It adjourned at noon."


def test_a_quotation_that_never_closes_protects_nothing() -> None:
    # A stray opening mark (a headline's, a scraper's) is no quotation of the prompt.
    text = "“The council met on Monday. Click here to subscribe to our newsletter. It adjourned."
    assert "Click here" not in promo(text)
