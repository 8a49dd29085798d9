"""The promo cleaner, round 19 (second pass): a line that opens with a [lead] prompt
("Subscribe to our YouTube channel for …") keeps the article sentence flattened or
glued after it; an affiliate box's price lines go with its deal button ("$89 at
Walmart" / "Check price"), and without one they stay; a pitch's dash or colon before
words a button may hold is article prose's too (what a review of the round found).

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



# --- a pitch, a dash, then words a button may hold: the article's ----------------------
# (The review of round 19: headlines, subheads and one-line paragraphs end so, and a
# rule that took such a line took them: "Stadtradeln 2026 in Erfurt – jetzt anmelden",
# "Prices are rising – buy now.", "Earthquake appeal – donate now".)

# Article prose with a dash and the button's words: the words do not end a one-phrase
# line, or someone says them.
DASH_NEGATIVES = [
    "Residents were told to turn on notifications – and most did.",
    "Residents were asked to download the app – turn on notifications, the mayor said",
    "“Get the deals while they last – shop now,” the shop's banner read.",
    "The market opened late. Traders had one message for visitors – shop now",
    "If the alerts stop – turn on notifications again, the council advised.",
    "Analysts have one message for investors – buy now.",
    "Flood warnings issued – turn on notifications",
    "Marathon entries open – sign up now",
    "Stadtradeln 2026 in Erfurt – jetzt anmelden",
    "Hochwasserhilfe für das Ahrtal – jetzt spenden",
]


@pytest.mark.parametrize("sentence", LEAD_NEGATIVES + DASH_NEGATIVES)
def test_the_same_words_in_article_prose_stay(sentence: str) -> None:
    # As a paragraph of its own, and flattened between the article's sentences.
    for text in (f"{EN[0]}\n\n{sentence}\n\n{EN[1]}", f"{EN[0]} {sentence} {EN[1]}"):
        assert clean(text) == text


# --- a prompt after a colon that ends its line: advice, a step, a headline -------------
# (The review of round 19 found a rule that read such a line as a pitch taking them.)

COLON_NEGATIVES = [
    "Le maire a un conseil : abonnez-vous à la newsletter de la mairie pour suivre les travaux.",
    "Le maire a été clair : inscrivez-vous à notre newsletter, a-t-il lancé aux habitants.",
    "Le conseil du préfet aux habitants : abonnez-vous à la newsletter.",
    "Étape 3 : abonnez-vous à la newsletter.",
]


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
    "$210 at B&H Photo\n$229 at Amazon\nView deal",
]


@pytest.mark.parametrize("box", SHOP_BOXES, ids=repr)
def test_an_affiliate_boxs_price_lines_go(box: str) -> None:
    assert clean(f"{NOTICE}\n\n{EN[0]}\n\n{box}\n\n{EN[1]}") == f"{EN[0]}\n\n{EN[1]}"


# One price line alone, price lines with no deal button (a consumer story's
# comparison, a fare table), or a sentence with a price and a place.
SHOP_NEGATIVES = [
    "$19 at Amazon",
    "A pint of milk now costs:\n£1.45 at Tesco\n£1.52 at Waitrose\n£1.39 at Aldi",
    "1,29 € bei Aldi\n1,49 € bei Lidl\n1,59 € bei Rewe",
    "1,50 € en Madrid\n2,55 € en Barcelona",
    "Tickets cost $19 at the door.\n$25 at the gate",
    "The kettle was $40 at Argos last week, the shop said.",
]


@pytest.mark.parametrize("lines", SHOP_NEGATIVES, ids=repr)
def test_prices_in_article_lines_stay(lines: str) -> None:
    kept = f"{EN[0]}\n\n{lines}\n\n{EN[1]}"
    assert clean(f"{NOTICE}\n\n{kept}") == kept
