"""Banners, round 14: the tail written-1..12 showed left behind in their flattened
shapes, where the line breaks went with nothing in their place: a consent dialog's
buttons run into the placeholders its template left unfilled ("Save preferences{title}")
or into the consent tool's credit written as its domain ("… ablehnenconsentmanager.net"),
a paywall's sign-in answer that is also an everyday word run into the headline ("… Já é
assinante? EntreFeira …"); and an ad-block wall's two answers ("I've turned it off",
"Subscribe instead") where the line breaks became spaces.

Positive tables: dialogs with their buttons, at the head and the tail of an article, as
paragraphs, flattened, and glued (every line break lost with nothing in its place).
Negative tables: article sentences with the same words (a developer's "{title}", a
fine on the consent tool, "Entre 2019 e 2023 …", also right after the wall) stay
exactly as they are. All text here is written for these
tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round13 as round13
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
    ("en", "ad-block wall with its two answers",
     ["It looks like you're using an ad blocker.",
      "The Evening Courier relies on advertising to pay for its reporters. Please add us "
      "to your allow list or support us with a subscription.",
      "I've turned it off   Subscribe instead"]),
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


# (language, what it is, wall lines): paywalls whose last button, the sign-in answer, is
# also an everyday word ("Entre", "Entra": a [lone] button)
LONE = [
    ("pt", "metered paywall whose sign-in answer is the word for \"between\"",
     ["Você atingiu o limite de 4 matérias gratuitas deste mês.",
      "Assine a Gazeta do Porto e tenha acesso ilimitado. Já é assinante? Entre"]),
    ("es", "metered paywall whose sign-in answer is a verb that starts sentences",
     ["Has alcanzado el límite de artículos gratuitos de este mes.",
      "¿Ya eres suscriptor? Entra"]),
    ("it", "metered paywall whose sign-in answer is a verb that starts sentences",
     ["Hai raggiunto il limite di articoli gratuiti.", "Sei già abbonato? Entra"]),
]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {what} goes, at the head, at the tail, glued")
     for lang, what, wall in LONE],
)
def test_wall_with_a_lone_answer_goes(lang: str, wall: list[str]) -> None:
    # Not flattened with spaces: there the answer heads the article's first sentence,
    # and may be its first word (``test_article_that_starts_with_a_lone_answer_stays``).
    article = ARTICLES[lang]
    for text, want in [*every_shape(article, wall)[:2], *glued(article, wall)]:
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
    ("a sign-in answer run into the headline after it",
     "Você atingiu o limite de 4 matérias gratuitas deste mês. Já é assinante? EntreFeira do livro "
     "volta à praça central: A feira abre no sábado, disse a organização.",
     "Feira do livro volta à praça central: A feira abre no sábado, disse a organização."),
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
    ("en", "Subscribe instead of buying single copies, the editor advised readers."),
    ("en", "I've turned it off and on again, said the technician, but the line is dead."),
    ("pt", "Entre 2019 e 2023, o porto recebeu mais navios, disse o presidente."),
    ("es", "Entra en vigor la nueva ordenanza del puerto, según el ayuntamiento."),
]


# (language, wall, article that starts with the wall's lone answer as its own word)
AFTER_WALL = [
    ("pt", "Você atingiu o limite de 4 matérias gratuitas deste mês. Já é assinante? Entre",
     "Entre Lisboa e Porto, a obra custou 80 milhões de euros, disse o ministro."),
    ("pt", "Você atingiu o limite de 4 matérias gratuitas deste mês. Já é assinante? Entre",
     "Entre 2019 e 2023, o porto recebeu mais navios."),
    ("es", "Has alcanzado el límite de artículos gratuitos. ¿Ya eres suscriptor? Entra",
     "Entra en vigor la nueva ordenanza del puerto, según el ayuntamiento."),
]


@pytest.mark.parametrize(
    ("wall", "article"),
    [pytest.param(w, a, id=f"{lang} article after the wall: {a[:40]} stays")
     for lang, w, a in AFTER_WALL],
)
def test_article_that_starts_with_a_lone_answer_stays(wall: str, article: str) -> None:
    # The wall goes, and the article's first word, the same as the wall's last, stays:
    # after a line break, run into the answer, and after a space (where the answer stays
    # too, as it may be the article's own first word).
    for text in (f"{wall}\n\n{article}", f"{wall}{article}"):
        assert banners(text) == article, text
    assert banners(f"{wall} {article}").endswith(f" {article}")


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
    "Já é assinante? EntreFeira ", "EntreFeira", "I've turned it off Subscribe instead ",
])
def test_repeated_wording_stays_linear(unit: str) -> None:
    # Round 13's check of time: a text made of one wording repeated, 25 K and 100 K
    # characters long.
    round13.test_repeated_wording_stays_linear(unit)


# A wall's wording quoted in single marks, as British English quotes, in a sentence that
# goes on: the article's, as with double marks. A right single mark before a letter is
# an apostrophe ("paper’s"), not the quotation's end.
SINGLE_QUOTED = [
    "The paper’s paywall, which reads ‘Subscribe to continue reading’, went up in March.",
    "A pop-up reading ‘We use cookies’ was added to the site in May.",
    "The words 'This website uses cookies' were printed on the poster.",
]


@pytest.mark.parametrize("sentence", SINGLE_QUOTED)
def test_a_wording_in_single_quotes_in_a_sentence_stays(sentence: str) -> None:
    a1, a2 = ARTICLES["en"]
    for text in (sentence, f"{a1}\n\n{sentence}\n\n{a2}", f"{a1} {sentence} {a2}"):
        assert banners(text) == text
        assert clean(text) == text


def test_a_wall_with_apostrophes_and_a_quoted_button_still_goes() -> None:
    a1, a2 = ARTICLES["en"]
    wall = ("We use cookies to make the site work. Click ‘Accept’ if you’re happy with "
            "that, or manage your choices.")
    assert banners(f"{a1}\n\n{wall}\n\n{a2}") == f"{a1}\n\n{a2}"
