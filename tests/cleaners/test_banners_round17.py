"""Banners, round 17: the tail written-15 showed: a cookie notice that asks nothing, whose
last sentence is its link with where it points ("Find out more here.") and whose only
button acknowledges it ("OK, got it"), run into the headline under it where the line
break went with nothing in its place; in every language a pack covers. And a notice
that scripts are off whose whole wording has no stop ("Please turn on JavaScript to use
this feature"), which took a live blog's next entry with it once the line breaks became
spaces.

Positive tables: notices with their link and button, at the head and the tail of an
article, as paragraphs, flattened, glued, and with the button run into the headline.
Negative tables: articles about cookie notices that quote their link and buttons stay
exactly as they are, also right after a notice. All text here is written for these
tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round11 as round11
from tests.cleaners import test_banners_round14 as round14
from tests.cleaners._articles import ARTICLES
from tests.linear import assert_linear

from cleantext import clean
from cleantext.cleaners.banners import banners

# (language, the notice, its link with where it points, the button that acknowledges it)
NOTICES = [
    ("en", "We use cookies to count visits. By using this site you accept their use.",
     "Find out more here.", "OK, got it"),
    ("en", "This website uses cookies to count visits.", "Learn more here.", "Got it!"),
    ("en", "We use cookies to count visits. By using this site you accept their use.",
     "Click here to find out more.", "Got it"),
    ("en", "This website uses cookies to count visits.", "Find out more about cookies here.",
     "I understand"),
    ("en", "We use cookies to count visits.", "Learn more about how we use cookies.",
     "Got it, thanks!"),
    ("de", "Wir verwenden Cookies, um Besuche zu zählen.", "Hier erfahren Sie mehr.",
     "OK, verstanden"),
    ("de", "Wir verwenden Cookies, um Besuche zu zählen.", "Mehr über Cookies erfahren.",
     "Verstanden"),
    ("fr", "Nous utilisons des cookies pour mesurer l'audience.",
     "En savoir plus sur les cookies.", "J'ai compris"),
    ("es", "Utilizamos cookies para contar las visitas.", "Más información sobre las cookies.",
     "OK, entendido"),
    ("it", "Utilizziamo i cookie per contare le visite.", "Scopri di più sui cookie.",
     "OK, ho capito"),
    ("nl", "Wij gebruiken cookies om het bezoek te meten.", "Meer informatie over cookies.",
     "Begrepen"),
    ("fr", "Nous utilisons des cookies pour mesurer l'audience.", "En savoir plus ici.",
     "OK, j'ai compris"),
    ("es", "Utilizamos cookies para contar las visitas.", "Más información aquí.",
     "Entendido"),
    ("it", "Utilizziamo i cookie per contare le visite.", "Maggiori informazioni qui.",
     "Ho capito"),
    ("pt", "Utilizamos cookies para contar as visitas.", "Saiba mais aqui.", "Entendi"),
    ("nl", "Wij gebruiken cookies om het bezoek te meten.", "Lees hier meer.",
     "Oké, begrepen"),
    ("da", "Vi bruger cookies til at tælle besøg.", "Læs mere her.", "OK, forstået"),
    ("sv", "Vi använder cookies för att räkna besök.", "Läs mer här.", "Jag förstår"),
    ("pl", "Serwis używa plików cookie do statystyk.", "Dowiedz się więcej tutaj.",
     "Rozumiem"),
    ("ro", "Folosim cookie-uri pentru a măsura traficul.", "Află mai multe aici.",
     "Am înțeles"),
]

_IDS = [f"{lang}: {ack}" for lang, _, _, ack in NOTICES]


@pytest.mark.parametrize(("lang", "notice", "link", "ack"), NOTICES, ids=_IDS)
def test_notice_goes_in_every_shape(lang: str, notice: str, link: str, ack: str) -> None:
    # The link on the notice's line, the button on its own: at the head, at the tail,
    # flattened and glued, as round 14's walls are.
    round14.test_wall_goes_in_every_shape(lang, [f"{notice} {link}", ack])


@pytest.mark.parametrize(("lang", "notice", "link", "ack"), NOTICES, ids=_IDS)
def test_button_run_into_the_headline_goes(lang: str, notice: str, link: str,
                                          ack: str) -> None:
    # A dropped tag ran the button into the headline under it; the headline stays.
    headline = "Harbour budget passes"
    body = ARTICLES[lang][0]
    assert clean(f"{notice} {link}\n{ack}{headline}\n\n{body}") == f"{headline}\n\n{body}"
    # Every line break lost, the link's stop run into the button too.
    assert banners(f"{notice} {link}{ack}{headline}{body}") == f"{headline}{body}"


# (language, article sentence): the notice's link and buttons quoted or used by an article
CONTENT = [
    ("en", "The notice offered one button, OK, got it, and no way to refuse, the "
     "regulator said."),
    ("en", "Readers who clicked “Got it” were tracked anyway, according to the complaint."),
    ("en", "Find out more here: the consultation on cookie rules closes in May."),
    ("en", "Got it wrong on cookies, the minister admitted after the vote."),
    ("en", "Click here to find out more, the banner said, but the link was broken."),
    ("en", "I understand why readers find cookie banners tiresome, the commissioner said."),
    ("en", "Understood as consent, a click on the cookie notice was worth little in court."),
    ("en", "Learn more about cookies before you accept them, the watchdog's guide advises."),
    ("de", "Mehr über Cookies erfahren Schüler in einem neuen Kurs der Volkshochschule."),
    ("fr", "En savoir plus sur les cookies est l'objectif de l'atelier organisé samedi."),
    ("de", "„Hier erfahren Sie mehr“, stand unter dem Cookie-Hinweis, sagte die Prüferin."),
    ("de", "Verstanden hat den Cookie-Hinweis kaum jemand, ergab die Umfrage."),
    ("fr", "« J'ai compris » était le seul bouton du bandeau de cookies, a relevé la Cnil."),
    ("es", "Entendido como consentimiento, el aviso de cookies fue anulado por el juez."),
    ("nl", "Begrepen werd de cookiemelding nauwelijks, blijkt uit het onderzoek."),
    ("pt", "Saiba mais aqui, dizia o aviso de cookies, segundo a reclamação."),
]


@pytest.mark.parametrize(("lang", "sentence"),
                         [pytest.param(lang, s, id=f"{lang}: {s[:50]}") for lang, s in CONTENT])
def test_article_sentence_stays(lang: str, sentence: str) -> None:
    # Alone, between and after the article's paragraphs, flattened, as round 11's are.
    round11.test_article_with_the_same_words_stays(lang, sentence)


NOTICE = "We use cookies to count visits. By using this site you accept their use."
_BODY = ARTICLES["en"][0]
# The article's headline after the notice, starting with the button's words, on a line
# of its own; and, flattened, an abbreviation's stop before a space or a number, which
# is no stop run into a button (only one run into a letter parts a link from the next
# button).
_HEADLINES = ["Got It Right: how the harbour budget was saved",
              "OK Computer tribute band plays the harbour festival",
              "No. 10 said the harbour budget would pass on Monday."]
AFTER_NOTICE = [
    *((f"{NOTICE}{gap}{line}\n\n{_BODY}", f"{line}\n\n{_BODY}")
      for line in _HEADLINES for gap in ("\n\n", "\n")),
    *((f"{NOTICE}{gap}{_HEADLINES[2]}{gap}{_BODY}", f"{_HEADLINES[2]}{gap}{_BODY}")
      for gap in (" ", "")),
]


@pytest.mark.parametrize(("text", "want"), AFTER_NOTICE)
def test_article_after_a_notice_stays(text: str, want: str) -> None:
    assert banners(text) == want


LIVE = ("Harbour storm: live updates Key events Show key events only {notice} Updated "
        "09.15 BST Pinned post The harbour wall was breached overnight and the coastguard "
        "has closed the slipway. Residents of the quay were told to leave.")


# A notice that scripts are off, in its whole wording, with no stop of its own.
SCRIPT_NOTICES = ["Please turn on JavaScript to use this feature",
                  "Please enable JavaScript to use this feature",
                  "JavaScript is required to use this feature",
                  "Please enable JavaScript to view this content"]


@pytest.mark.parametrize("notice", SCRIPT_NOTICES)
def test_script_notice_with_no_stop_ends_at_its_last_word(notice: str) -> None:
    # Flattened with spaces, the live blog's next entry runs into the notice: it stays.
    text = LIVE.format(notice=notice)
    assert banners(text) == LIVE.format(notice="").replace("only  Updated", "only Updated")
    # On a line of its own, the notice goes as before.
    body = ARTICLES["en"][0]
    assert banners(f"{notice}\n\n{body}") == body


def test_script_notice_reported_by_an_article_stays() -> None:
    sentence = ("The council's map said please turn on JavaScript to use this feature, "
                "residents complained.")
    round11.test_article_with_the_same_words_stays("en", sentence)


@pytest.mark.parametrize("unit", [
    "Find out more here.OK, got it",
    "Got it!No.",
    "Find out more here. OK, got it\n",
])
def test_repeated_link_and_button_stay_linear(unit: str) -> None:
    # A text made of the notice's link and button repeated, glued or one a line, costs
    # time in proportion to its length (as round 13's repeated wordings do).
    def text(n: int) -> str:
        return NOTICE + " " + unit * (n // len(unit))
    banners(text(2_000))
    assert_linear(banners, text(25_000), text(100_000), slack=0, floor=5e-3)


# A geo-block notice with "isn't" (and a US site's notice to European readers): a pack
# line had run five phrases together into one that never matched, so these stayed.
GEO_BLOCKS = [
    "Sorry, this content isn't available in your region.",
    "Sorry, this video isn’t available in your country.",
    "This video isn't available in your country.",
    "We recognize you are attempting to access this website from a country belonging to "
    "the European Economic Area (EEA) including the EU which enforces the General Data "
    "Protection Regulation (GDPR) and therefore access cannot be granted at this time.",
]


@pytest.mark.parametrize("notice", GEO_BLOCKS)
def test_geo_block_notice_goes(notice: str) -> None:
    body = ARTICLES["en"][0]
    assert banners(f"{notice}\n\n{body}") == body
    assert banners(f"{body}\n\n{notice}") == body


def test_geo_block_words_reported_by_an_article_stay() -> None:
    sentence = ("This video isn't available in your country, the broadcaster told viewers "
                "who complained on Monday.")
    round11.test_article_with_the_same_words_stays("en", sentence)
