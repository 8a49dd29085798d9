"""The promo cleaner, round 19 (second pass): a line that opens with a [lead] prompt
("Subscribe to our YouTube channel for …") keeps the article sentence flattened or
glued after it.

Each with article prose that uses the same words and stays. The wordings are written
for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

EN = ARTICLES["en"]


# --- a [lead] prompt with the article's next sentence flattened after it -------------

# Prompts that open with a [lead] phrase and run on with no stop: flattened, the
# article's next sentence joins their line.
LEAD_PROMPTS = [
    "Subscribe to our YouTube channel for the latest videos",
    "Subscribe to our YouTube channel for daily clips from the harbour",
]


@pytest.mark.parametrize("prompt", LEAD_PROMPTS)
@pytest.mark.parametrize("join", [" ", ""], ids=["space", "glue"])
def test_a_lead_prompt_keeps_the_sentence_flattened_after_it(prompt: str, join: str) -> None:
    # After the paragraph's last sentence, and at the text's start: only the prompt goes.
    assert clean(f"{EN[0]} {prompt}{join}{EN[1]}") == f"{EN[0]} {EN[1]}"
    assert clean(f"{prompt}{join}{EN[1]}") == EN[1]
    # As a line of its own, it goes whole as before.
    assert clean(f"{EN[0]}\n\n{prompt}\n\n{EN[1]}") == f"{EN[0]}\n\n{EN[1]}"


# Lead prompts with no complete phrase: the line is kept whole rather than lose the
# article sentence run into it.
LEAD_RUN_ON = [
    "Join our Telegram channel for daily updates",
    "Follow our live blog for updates",
]


@pytest.mark.parametrize("prompt", LEAD_RUN_ON)
def test_a_lead_line_never_takes_the_article_sentence_after_it(prompt: str) -> None:
    text = f"{prompt} {EN[1]}"
    assert EN[1] in clean(text)


# The same words as the article's: quoted, reported, a condition, a subject.
LEAD_NEGATIVES = [
    "Subscribe to our YouTube channel, the presenter urged viewers at the end of the show.",
    "“Subscribe to our YouTube channel for the latest videos,” the presenter said.",
    "The mayor said residents could subscribe to the council channel for updates.",
    "If the council closes its YouTube channel, officials said more videos would go.",
]



# --- a pitch, a dash, then its button ------------------------------------------------

DASH_BUTTONS = [
    ("en", "Flood warnings for your street, sent to your phone – turn on notifications"),
    ("en", "The best walking boots of the season, picked by our testers – shop now"),
    ("en", "Harbour news in your inbox every Friday — Sign up for free."),
    ("de", "Alles aus dem Stadtrat jeden Freitag per Mail – jetzt kostenlos anmelden"),
    ("de", "Lokale Recherche kostet Geld – jetzt freiwillig unterstützen"),
    ("fr", "Toute l'actualité du port chaque vendredi – je m'inscris"),
]


@pytest.mark.parametrize(("lang", "line"), DASH_BUTTONS)
def test_a_pitch_line_that_ends_in_its_button_goes(lang: str, line: str) -> None:
    kept = "\n\n".join(ARTICLES[lang])
    first, second = ARTICLES[lang]
    assert clean(f"{first}\n\n{line}\n\n{second}") == kept
    assert clean(f"{kept}\n\n{line}") == kept


# Article prose with a dash and the button's words: the words do not end a one-phrase
# line, or someone says them.
DASH_NEGATIVES = [
    "Residents were told to turn on notifications – and most did.",
    "Residents were asked to download the app – turn on notifications, the mayor said",
    "“Get the deals while they last – shop now,” the shop's banner read.",
    "The market opened late. Traders had one message for visitors – shop now",
    "If the alerts stop – turn on notifications again, the council advised.",
]


@pytest.mark.parametrize("sentence", LEAD_NEGATIVES + DASH_NEGATIVES)
def test_the_same_words_in_article_prose_stay(sentence: str) -> None:
    # As a paragraph of its own, and flattened between the article's sentences.
    for text in (f"{EN[0]}\n\n{sentence}\n\n{EN[1]}", f"{EN[0]} {sentence} {EN[1]}"):
        assert clean(text) == text


# --- a newsletter pitch whose prompt follows a colon ----------------------------------

COLON_PITCHES = [
    ("fr", "Ne manquez rien de l'actualité du port : abonnez-vous à notre newsletter"),
    ("fr", "Recevez chaque soir les nouvelles du quartier : inscrivez-vous à notre newsletter !"),
]

# The colon introduces someone's advice, and the prompt runs on after its phrase.
COLON_NEGATIVES = [
    "Le maire a un conseil : abonnez-vous à la newsletter de la mairie pour suivre les travaux.",
    "Le maire a été clair : inscrivez-vous à notre newsletter, a-t-il lancé aux habitants.",
]


@pytest.mark.parametrize(("lang", "line"), COLON_PITCHES)
def test_a_pitch_with_its_prompt_after_a_colon_goes(lang: str, line: str) -> None:
    first, second = ARTICLES[lang]
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"


@pytest.mark.parametrize("sentence", COLON_NEGATIVES)
def test_advice_after_a_colon_stays(sentence: str) -> None:
    first, second = ARTICLES["fr"]
    text = f"{first}\n\n{sentence}\n\n{second}"
    assert clean(text) == text


# --- an affiliate box's price lines --------------------------------------------------

# The box's lines under an affiliate notice, which lets the text past the gate.
NOTICE = "This article contains affiliate links."
SHOP_BOXES = [
    "$89 at Walmart\n$95 at Target\nCheck price",
    "£24.99 at Argos\nView deal",
    "$210 at B&H Photo\n$229 at Amazon",
]


@pytest.mark.parametrize("box", SHOP_BOXES, ids=repr)
def test_an_affiliate_boxs_price_lines_go(box: str) -> None:
    assert clean(f"{NOTICE}\n\n{EN[0]}\n\n{box}\n\n{EN[1]}") == f"{EN[0]}\n\n{EN[1]}"


# One price line alone, or a sentence with a price and a place.
SHOP_NEGATIVES = [
    "$19 at Amazon",
    "Tickets cost $19 at the door.\n$25 at the gate",
    "The kettle was $40 at Argos last week, the shop said.",
]


@pytest.mark.parametrize("lines", SHOP_NEGATIVES, ids=repr)
def test_prices_in_article_lines_stay(lines: str) -> None:
    kept = f"{EN[0]}\n\n{lines}\n\n{EN[1]}"
    assert clean(f"{NOTICE}\n\n{kept}") == kept
