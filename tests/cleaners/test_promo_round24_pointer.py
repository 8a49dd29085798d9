"""The promo cleaner, round 24: a pitch that ends at a pointing emoji ("… 👉") points at
its link or button, never at a sentence; flattened text glues the article's next
sentence to the emoji, and it stays. The pitch still goes, with a link or a short button
after its emoji. Written for these tests."""

from __future__ import annotations

import pytest

from cleantext import clean

KEPT = [
    # Flattened: the article's sentence glued after the pitch's emoji.
    ("Het college besloot donderdag. Volg ons WhatsApp-kanaal en mis geen nieuws uit de "
     "regio 👉 De pont vaart op zondag van tien tot zes. De wethouder is blij.",
     "De pont vaart op zondag van tien tot zes."),
    ("Volg ons WhatsApp-kanaal en mis geen nieuws uit de regio 👉 De pont vaart op zondag "
     "van tien tot zes.", "De pont vaart op zondag van tien tot zes."),
    ("Follow us on WhatsApp for the latest news 👉 The ferry runs on Sundays from ten "
     "until six.", "The ferry runs on Sundays from ten until six."),
    ("Síguenos en WhatsApp y no te pierdas nada 👇 El ferry no circula el domingo por la "
     "tarde.", "El ferry no circula el domingo por la tarde."),
    ("Folgen Sie uns auf WhatsApp und verpassen Sie keine Nachrichten ➡️ Die Fähre fährt "
     "am Sonntag nicht mehr.\nDer Bürgermeister sagte es.",
     "Die Fähre fährt am Sonntag nicht mehr."),
]


@pytest.mark.parametrize(("text", "sentence"), KEPT, ids=[k[1][:30] for k in KEPT])
def test_the_sentence_after_a_pitchs_emoji_stays(text: str, sentence: str) -> None:
    out = clean(text)
    assert sentence in out
    assert "WhatsApp" not in out


GOES = [
    # The emoji points at a button or a link: the pitch's line goes whole.
    "Volg ons WhatsApp-kanaal en mis geen nieuws uit de regio 👉 Volg ons hier",
    "Volg ons WhatsApp-kanaal en mis geen nieuws uit de regio 👉 https://wa.me/123",
    "Follow us on WhatsApp for the latest news 👉 Join The Herald Channel",
]


@pytest.mark.parametrize("line", GOES, ids=[g[-24:] for g in GOES])
def test_a_pitch_pointing_at_its_button_goes(line: str) -> None:
    text = f"De raad besloot het donderdag.\n{line}\nDe pont vaart op zondag."
    assert clean(text) == "De raad besloot het donderdag.\nDe pont vaart op zondag."
