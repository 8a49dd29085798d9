"""Banners, round 14: the tail written-1..12 showed left behind in their flattened
shapes, where the line breaks went with nothing in their place: a consent dialog's
buttons run into the placeholders its template left unfilled ("Save preferences{title}")
or into the consent tool's credit written as its domain ("… ablehnenconsentmanager.net").

Positive tables: dialogs with their buttons, at the head and the tail of an article, as
paragraphs, flattened, and glued (every line break lost with nothing in its place).
Negative tables: article sentences with the same words (a developer's "{title}", a
fine on the consent tool) stay exactly as they are. All text here is written for these
tests.
"""

from __future__ import annotations

import time

import pytest
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean
from cleantext.cleaners.banners import banners


def glued(article: list[str], unit: list[str]) -> list[tuple[str, str]]:
    """(text, what cleaning must leave) for ``unit``'s lines run into each other, and
    into the article's at its head and at its tail, every line break lost with nothing
    in its place; and the unit so glued over the article's paragraphs."""
    kept, wall = "".join(article), "".join(unit)
    return [(kept + wall, kept), (wall + kept, kept),
            (wall + "\n\n" + "\n\n".join(article), "\n\n".join(article))]


# (language, what it is, dialog lines: its text, then the buttons it prints)
WALLS = [
    ("en", "consent dialog whose category names are unfilled placeholders",
     ["Manage Cookie Consent",
      "To give you the best experience, we use technologies such as cookies to store "
      "and/or access information about your device.",
      "Accept", "Deny", "View preferences", "Save preferences", "{title}", "{title}"]),
    ("en", "consent dialog whose placeholders share a line",
     ["Manage consent", "We use cookies to measure traffic and to show you relevant ads.",
      "Accept all", "Reject all", "Settings", "{title} {title} {title}"]),
    ("nl", "consent dialog whose category names are unfilled placeholders",
     ["Toestemming beheren",
      "Wij gebruiken cookies om het verkeer op onze site te meten en advertenties te "
      "tonen.", "Accepteren", "Weigeren", "Voorkeuren opslaan", "{title}", "{title}"]),
    ("de", "consent dialog with its tool's domain under the buttons",
     ["Wir brauchen Ihre Zustimmung",
      "Wir verwenden Cookies, um die Nutzung unserer Seite zu messen und Ihnen passende "
      "Werbung zu zeigen.", "Alle akzeptieren", "Einstellungen oder ablehnen",
      "consentmanager.net"]),
    ("de", "consent bar with its tool's domain after a lower-case button",
     ["Wir verwenden Cookies, um die Nutzung unserer Seite zu messen.", "Alle ablehnen",
      "consentmanager.net"]),
    ("en", "consent dialog with its tool's domain under the buttons",
     ["We value your privacy",
      "We use cookies to measure traffic and to show you relevant ads.", "Accept all",
      "Reject all", "consentmanager.net"]),
]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {what} goes, at the head, at the tail, "
                  "flattened, glued")
     for lang, what, wall in WALLS],
)
def test_wall_goes_in_every_shape(lang: str, wall: list[str]) -> None:
    article = ARTICLES[lang]
    for text, want in [*every_shape(article, wall), *glued(article, wall)]:
        assert clean(text) == want, text


# (what it is, text with its line breaks lost and nothing in their place, what stays)
GLUED = [
    ("placeholders run into the headline after them",
     "Manage consentWe use cookies to measure traffic and to show you relevant ads.Accept "
     "allSave preferences{title}{title}Tram fares frozen for a second yearFares will stay "
     "at two pounds, the authority said.",
     "Tram fares frozen for a second yearFares will stay at two pounds, the authority "
     "said."),
    ("the tool's domain run into the headline after it",
     "Wir verwenden Cookies, um die Nutzung unserer Seite zu messen.Alle "
     "akzeptierenEinstellungen oder ablehnenconsentmanager.netStadtbibliothek öffnet "
     "wieder: Die Bibliothek öffnet am Montag, sagte die Leiterin.",
     "Stadtbibliothek öffnet wieder: Die Bibliothek öffnet am Montag, sagte die Leiterin."),
]


@pytest.mark.parametrize(("text", "want"),
                         [pytest.param(t, w, id=what) for what, t, w in GLUED])
def test_glued_wall_goes_and_the_article_run_into_it_stays(text: str, want: str) -> None:
    assert banners(text) == want


# (language, article sentence): the same words in an article, which stays
CONTENT = [
    ("en", "In the template, write {title} where the page name should appear, the "
     "developer said."),
    ("en", "The plugin printed {title}{title} instead of the category names, a user "
     "reported."),
    ("en", "Regulators fined consentmanager.net last year, the agency said."),
    ("en", "The firm behind consentmanager.net said it would appeal."),
    ("en", "Readers saw Save preferences{title} on the broken page, the complaint said."),
    ("de", "Einstellungen oder ablehnen, das ist hier die Frage, sagte die "
     "Datenschützerin."),
]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{lang} article: {s[:50]} stays") for lang, s in CONTENT],
)
def test_article_with_the_same_words_stays(lang: str, sentence: str) -> None:
    a1, a2 = ARTICLES[lang]
    for text in (sentence, f"{a1}\n\n{sentence}\n\n{a2}", f"{sentence}\n\n{a1}",
                 f"{a1} {sentence} {a2}", f"{a1} {a2} {sentence}", f"{a1}{sentence}{a2}",
                 f"{sentence}{a1}"):
        assert banners(text) == text
        assert clean(text) == text


@pytest.mark.parametrize("unit", [
    "{title}", "{title} ", "Save preferences{title}", "SAVE PREFERENCES{TITLE}\n",
    "ablehnenconsentmanager.net", "Alle ablehnenconsentmanager.net. ",
    "We use cookies. Accept all{title}",
])
def test_repeated_wording_stays_linear(unit: str) -> None:
    # A text made of one wording repeated: four times the text, about four times the
    # time when linear, sixteen if quadratic (the margin absorbs a busy machine).
    def took(n: int) -> float:
        text = "The council met. " + unit * (n // len(unit))
        t0 = time.perf_counter()
        banners(text)
        return time.perf_counter() - t0
    took(2_000)
    small = min(took(25_000) for _ in range(2))
    large = min(took(100_000) for _ in range(2))
    assert large < 10 * max(small, 5e-3), (small, large)
