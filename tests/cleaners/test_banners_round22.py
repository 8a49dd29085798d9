"""Banners, round 22: what written-21 left. A notice with no stop whose purpose clause
runs into a live blog's entry, the entry's time stamp before its first capital ("… to
use this feature 02:14 Turnout …"); Cookiebot's Danish "Tillad valgte"; the Czech
paywall's "Předplaťte si" and its sign-in question with no "již" ("Jste předplatitel?
Přihlásit se"); an English paywall's foot flattened, its buttons and offer before the
sign-in question ("Unlock this article. Start your free trial. Cancel anytime. Already
a subscriber? Log in"), and its plan's label then a space and the headline in a
flattened text ("Subscriber exclusive Port …").

Positive tables: walls as paragraphs, flattened and glued; the entry after the notice.
Negative tables: the same words in an article, with no wall, or where they are not the
wall's; all text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round19 as round19
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean
from cleantext.cleaners.banners import banners

# (notice, stamp, entry): a live blog flattened, the notice with no stop of its own,
# the entry's time stamp and sentence run into it after a space. The stamp and the
# entry stay.
STAMPED = [
    ("Please turn on JavaScript to use this feature", "02:14",
     "Polling stations in the north ward closed with long queues outside."),
    ("Please enable JavaScript to follow the updates", "14.05",
     "The ferry left the harbour an hour late because of the wind."),
    ("Please enable JavaScript to see the live updates", "2:14 pm",
     "Police reopened the coast road after the fallen tree was cleared."),
    ("Activez JavaScript pour suivre le direct", "14h05",
     "Les pompiers sont intervenus pendant deux heures sur le toit de la mairie."),
]


@pytest.mark.parametrize(("notice", "stamp", "entry"), STAMPED,
                         ids=[s for _, s, _ in STAMPED])
def test_live_entry_after_a_notice_with_no_stop_stays(notice: str, stamp: str,
                                                      entry: str) -> None:
    text = f"Live: storm updates Key events {notice} {stamp} {entry} Copy link"
    out = banners(text)
    assert f"{stamp} {entry}" in out
    assert "JavaScript" not in out


# Where the words after the stamp read as the notice's own, or are no whole sentence,
# the notice goes on: nothing after it is taken for an entry.
@pytest.mark.parametrize("rest", [
    "02:14 Please reload the page to see our latest updates.",
    "02:14 Copy link",
])
def test_stamp_before_more_of_the_notice_starts_no_entry(rest: str) -> None:
    text = f"The storm hit on Monday. Please turn on JavaScript to use this feature {rest}"
    assert "JavaScript" not in banners(text)


# A number with a stop in it after a notice is no stamp when the hour or the minutes
# cannot be one: the sentence after it is read as before (a whole article sentence
# right after the notice's clause stays either way).
def test_article_sentence_with_a_time_in_it_stays() -> None:
    text = ("Voting closed at 22:00 Tuesday and the count began in the sports hall at "
            "midnight.")
    assert clean(text) == text


# (language, what it is, wall lines)
WALLS = [
    ("da", "Cookiebot's buttons with 'Tillad valgte'",
     ["Vi bruger cookies til at forbedre din oplevelse og lave statistik.",
      "Tillad alle", "Tillad valgte", "Afvis", "Vis detaljer"]),
    ("en", "paywall's foot: buttons and an offer before the sign-in question",
     ["Unlock this article.", "Start your free trial.", "Cancel anytime.",
      "Already a subscriber? Log in"]),
]


@pytest.mark.parametrize(("lang", "what", "wall"), WALLS, ids=[w for _, w, _ in WALLS])
def test_walls_go(lang: str, what: str, wall: list[str]) -> None:
    round19.test_wall_goes_as_paragraphs_flattened_and_glued(what, lang, wall)


# The Czech paywall's lines go where they keep their lines: "Předplaťte si" a line of
# its own, the question with its sign-in link on one line. Flattened, the question is a
# sentence of its own ("… Předplaťte si Jste předplatitel? Přihlásit se"), and alone it
# may be an article's ("Jste předplatitel? Pak vám dárek přijde …"): left there.
CS_PAYWALL = ["Tento článek je dostupný pouze pro předplatitele.", "Předplaťte si",
              "Jste předplatitel? Přihlásit se"]


def test_czech_paywall_lines_go() -> None:
    for text, want in every_shape(ARTICLES["cs"], CS_PAYWALL)[:2]:
        assert clean(text) == want, text


# The foot of a flattened paywall under a teaser: its buttons, the offer between them
# and the sign-in question go; the article's last sentence stays.
def test_flattened_paywall_foot_goes() -> None:
    a1, a2 = ARTICLES["en"]
    text = (f"{a1} {a2} Unlock this article. Start your free trial. Cancel anytime. "
            "Already a subscriber? Log in")
    assert banners(text) == f"{a1} {a2}"


# An offer-like sentence of the article right before a wall, with no buttons before
# it, stays: only offers between a wall's buttons go with them.
@pytest.mark.parametrize("sentence", [
    "Members of the sailing club get unlimited access to the slipway.",
    "The trial membership is cancel anytime, the club's leaflet says.",
])
def test_offer_like_article_sentence_before_a_wall_stays(sentence: str) -> None:
    a1 = ARTICLES["en"][0]
    text = f"{a1} {sentence} Already a subscriber? Log in"
    assert sentence in banners(text)


# The plan's label in two words, then a space and the headline, in a flattened text
# (no line break left) with a paywall at its foot: the label goes.
def test_label_before_a_flattened_headline_goes() -> None:
    a1, a2 = ARTICLES["en"]
    text = (f"Subscriber exclusive Harbour budget approved {a1} {a2} Unlock this article. "
            "Start your free trial. Cancel anytime. Already have an account? Log in")
    assert banners(text) == f"Harbour budget approved {a1} {a2}"


# The label's words heading a text that keeps its lines, with a colon, or in a text
# with no paywall: all stay.
@pytest.mark.parametrize("text", [
    "Subscriber exclusive Harbour budget approved\n\nThe council met on Monday.\n\n"
    "Subscribe to continue reading.",
    "Subscriber exclusive: the harbour budget explained The council met on Monday. "
    "Subscribe to continue reading.",
    "Subscriber exclusive Harbour budget approved The council met on Monday. We use "
    "cookies to measure traffic. Accept all",
])
def test_label_words_stay(text: str) -> None:
    assert banners(text).startswith("Subscriber exclusive")


# (language, article sentence): the buttons' words in an article with no wall.
CONTENT = [
    ("da", "Tillad valgte borgere at tale på mødet, foreslog formanden i går."),
    ("cs", "Jste předplatitel divadla? Nová sezona začne v září premiérou Lucerny."),
    ("cs", "Předplaťte si vstupenky včas, radí pořadatelé festivalu."),
    ("en", "Unlock this article's archive photos by visiting the museum, the curator said."),
]


@pytest.mark.parametrize(("lang", "sentence"), CONTENT, ids=[s[:40] for _, s in CONTENT])
def test_article_sentences_stay(lang: str, sentence: str) -> None:
    round19.test_wall_words_in_an_article_stay(lang, sentence)


@pytest.mark.parametrize("unit", [
    "Please turn on JavaScript to use this feature 02:14 ",
    "Unlock this article. Start your free trial. Cancel anytime. ",
    "Subscriber exclusive ",
])
def test_repeated_wordings_stay_linear(unit: str) -> None:
    round19.test_repeated_wordings_stay_linear(unit)
