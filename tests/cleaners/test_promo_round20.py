"""The promo cleaner, round 20: a flattened button ends where the article's next
sentence starts again with a name in apposition ("Subscribe here Jonas Petersen, the
harbour master, said …"); advice and service news that name the reader's inbox stay.

Each with article prose that uses the same words and stays. The wordings are written
for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]
ES = ARTICLES["es"]


# --- a button run into a name in apposition ------------------------------------------

# (button, the article's next sentence, which opens with a name, its comma and words).
APPOSED = [
    ("Subscribe here", "Jonas Petersen, the harbour master, said the crossing was safe."),
    ("Suscríbete aquí", "Marta Quiroga, una de las vecinas, explica que la regla es sencilla."),
]


@pytest.mark.parametrize(("button", "sentence"), APPOSED)
@pytest.mark.parametrize("join", ["\n\n", " "], ids=["line", "space"])
def test_a_button_ends_where_a_name_in_apposition_starts(button: str, sentence: str,
                                                          join: str) -> None:
    first = EN[0] if button.startswith("Sub") else ES[0]
    assert clean(f"{first}{join}{button}{join}{sentence}") == f"{first}{join}{sentence}"


def test_a_quotation_glued_after_a_prompt_keeps_its_nouns() -> None:
    # German capitalises nouns: "Prozent Ertrag, aber …" inside a quotation glued after
    # a follow prompt is no name in apposition; the quotation stays whole.
    quote = "„Wir verlieren dadurch ein paar Prozent Ertrag, aber wir gewinnen Bienen“, sagte er."
    text = ("Die Streifen werden einmal im Jahr gemäht.Folgen Sie uns auch auf Instagram, um"
            f" keine Nachricht aus der Region zu verpassen!{quote}")
    assert quote in clean(text)


# --- pitches a pack now holds: the podcast "too", the donation ask -------------------

# (language, pitch line).
PACK_PITCHES = [
    ("nl", "Luister ook naar onze podcast 'Dijk en Duin' via Spotify of Apple Podcasts."),
    ("en", "If you value our reporting, please consider a donation."),
    # A network's name before a comma is no person's name: the prompt goes whole.
    ("ru", "Подписывайтесь на наш канал в Telegram, чтобы первыми читать новости района."),
]


@pytest.mark.parametrize(("lang", "pitch"), PACK_PITCHES)
@pytest.mark.parametrize("join", ["\n\n", " "], ids=["line", "space"])
def test_a_pack_pitch_goes(lang: str, pitch: str, join: str) -> None:
    article = ARTICLES[lang]
    assert clean(join.join([article[0], pitch, article[1]])) == join.join(article)


# The same words as the article's: the prompt's object named in apposition, reported;
# the reader's inbox in advice, a quotation, reported speech or a condition; the packs'
# new pitches quoted.
NEGATIVES = [
    ("en", "Readers can subscribe to Harbour Weekly, a free newsletter, the editor said."),
    ("en", "The council urged residents to sign up here, Jonas Petersen, the harbour master,"
           " said."),
    ("es", "El banco advirtió a sus clientes: si recibes un mensaje en tu correo, no lo abras."),
    ("en", "The bank warned customers: if you get a message in your inbox, do not open it."),
    ("es", "«Recibe las alertas en tu correo», dice el cartel del ayuntamiento en la plaza."),
    ("es", "Los expertos recomiendan activar la verificación en dos pasos en tu correo."),
    ("en", "Experts recommend turning on two-step verification for your inbox."),
    ("es", "Si la newsletter cierra, la asociación buscará otro canal."),
    ("en", '"If you value our reporting, tell your friends," the editor wrote in her letter.'),
    ("nl", '"Luister ook naar onze podcast", zei de burgemeester tegen de raad.'),
    # Found by round 20's review: a fronted imperative that a named person says, and
    # service news that names the reader's inbox (a pack's "tu correo" took them).
    ("en", "Don't miss out, warns Sarah Okafor, a pensions adviser in Leeds, who says savers"
           " should act before April."),
    ("es", "Según la Agencia Tributaria, el borrador llegará a tu correo a partir del 3 de"
           " abril."),
    ("es", "Revisa tu correo: el ayuntamiento envía estos días las citas para la vacuna."),
]


@pytest.mark.parametrize(("lang", "sentence"), NEGATIVES)
def test_the_same_words_in_article_prose_stay(lang: str, sentence: str) -> None:
    first, second = ARTICLES[lang]
    for text in (f"{first}\n\n{sentence}\n\n{second}", f"{first} {sentence} {second}"):
        assert clean(text) == text


# --- a player's chrome flattened onto the article's last sentence ---------------------

def test_a_flattened_players_chrome_keeps_the_article_after_it() -> None:
    # video.js's lines with no modal window to close them, then the article's last
    # sentence: the chrome's prompt ran into it with no stop, and it must stay.
    chrome = "Video Player is loading. Play Video Current Time 0:00 Duration 2:05 Loaded: 0%"
    assert EN[1] in clean(f"{EN[0]} {chrome} {EN[1]}")
