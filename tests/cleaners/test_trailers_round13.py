"""The trailers cleaner, round 13: flattened read-also titles that end where the next
block opens with an elided article ("… de travauxL’adjointe …", blocks joined by
nothing), before a German sentence that opens with "Beim", "Vom", "Viele" or "Einige",
at a junction after a name's article, and a related box's titles glued one to the next.

Every case removes the junk and must keep each word of the article around it; the
negatives keep article sentences that use the same words. The wordings are written for
these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded

from cleantext.cleaners.trailers import trailers

# --- an elided article opens the next block, glued to the title's last word

FR_BEFORE = "Le marché couvert a rouvert samedi matin."
FR_AFTER = ("L’adjoint au commerce, Paul Le Bihan, a promis des places de parking. "
            "Les commerçants sont satisfaits.")


@pytest.mark.parametrize(("link", "title", "after", "before"), [
    ("Lire aussi : ", "Vannes : la piscine rouvre après huit mois de travaux",
     FR_AFTER, FR_BEFORE),
    ("Lire aussi : ", "Vannes : la piscine rouvre après huit mois de travaux",
     FR_AFTER.replace("’", "'"), FR_BEFORE),
    ("À lire aussi : ", "Le port de plaisance change de gérant",
     "D’après la mairie, Anne Le Goff restera en poste. Rien ne change.", FR_BEFORE),
    ("Leggi anche: ", "Il porto turistico cambia gestione dopo vent’anni",
     "L’assessore al turismo, Marco De Luca, ha confermato la data. Tutti sono contenti.",
     "Il mercato coperto ha riaperto sabato."),
])
def test_a_glued_title_ends_before_an_elided_article(
    link: str, title: str, after: str, before: str
) -> None:
    text = f"{before}{link}{title}{after}"
    assert _same(trailers(text), f"{before}{after}")


@pytest.mark.parametrize("text", [
    # A name's elision has a capital after the apostrophe: no block starts there.
    "Le marché a rouvert.Lire aussi : Un concert de Sean O’Brien au port samedi",
    # No sentence after the junction: a run of titles, not an article block.
    "Le marché a rouvert.Lire aussi : La piscine rouvre après huit mois de travauxL’été "
    "des plages bretonnes",
])
def test_an_elision_with_no_article_sentence_after_it_takes_nothing_more(text: str) -> None:
    out = trailers(text)
    assert out.startswith("Le marché a rouvert.")
    assert "Lire aussi" not in out


def test_elided_article_prose_stays() -> None:
    text = ("Les travaux ont duré huit mois. L’adjointe au maire, Anne Le Goff, a annoncé la "
            "date. D’après elle, tout sera prêt.")
    assert trailers(text) == text


# --- German sentences that open with a contracted preposition or a count

DE_BEFORE = "„Es lohnt sich“, sagt sie."
DE_TITLES = [
    "Stadt Lindau will Leerstand in der Innenstadt bekämpfen",
    "Gemeinde Altdorf plant neue Radwege am Seeufer",
]
DE_AFTERS = [
    "Beim ersten Treffen kamen mehr als 40 Gäste. Die Stadt zahlt die Miete.",
    "Vom Bahnhof aus fahren künftig zwei Busse mehr. Die Stadt zahlt die Kosten.",
    # A count opens a sentence as an article does.
    "Viele Läden stehen seit Jahren leer. Die Stadt zahlt die Kosten.",
    "Einige Händler haben schon Interesse gezeigt. Die Stadt zahlt die Kosten.",
]


@pytest.mark.parametrize("title", DE_TITLES)
@pytest.mark.parametrize("after", DE_AFTERS)
@pytest.mark.parametrize("join", [" ", "\n"])
def test_a_read_also_title_ends_before_a_contraction_or_a_count(
    title: str, after: str, join: str
) -> None:
    text = f"{DE_BEFORE}{join}Lesen Sie auch: {title} {after}"
    assert _same(trailers(text), f"{DE_BEFORE} {after}")


@pytest.mark.parametrize("title", [
    "Was beim Umzug vom Land in die Stadt zählt",
    "Warum viele Vereine einige Mitglieder verlieren",
])
def test_the_words_inside_a_title_keep_it_whole(title: str) -> None:
    # Inside a sentence-case title they are lower case: the title runs to the end.
    text = f"Die Stadt zahlt. Lesen Sie auch: {title}"
    assert _same(trailers(text), "Die Stadt zahlt.")


def test_sentences_opening_with_the_words_stay() -> None:
    text = ("Beim ersten Treffen kamen 40 Gäste. Vom Bahnhof aus fahren zwei Busse mehr. "
            "Viele Läden stehen leer. Einige Händler zeigen Interesse.")
    assert trailers(text) == text


# --- a name's article inside a glued title: the title ends at the blocks' junction

@pytest.mark.parametrize(("text", "want"), [
    ("Het dorp viert feest.Lees ook: Nieuw speeltoestel bij basisschool De Regenboog "
     "trekt kinderen aanDe gemeente betaalt de helft van de kosten.Ouders zijn blij.",
     "Het dorp viert feest.De gemeente betaalt de helft van de kosten.Ouders zijn blij."),
    ("The fair opens today.Read more: Volunteers at The Harbour Inn raise money for the "
     "lifeboatThe organisers said the raffle made a record sum.Tickets are free.",
     "The fair opens today.The organisers said the raffle made a record sum.Tickets are "
     "free."),
])
def test_a_glued_title_with_a_names_article_ends_at_the_junction(text: str, want: str) -> None:
    assert _same(trailers(text), want)


@pytest.mark.parametrize("text", [
    # Spaced: no junction after the article; the title ends before it, as before.
    "Het dorp viert feest. Lees ook: Nieuw speeltoestel bij basisschool De gemeente "
    "betaalt de helft van de kosten en de oudersVereniging helpt mee.",
    # A stop comes before the junction: the sentence after the article is the article's.
    "Het dorp viert feest.Lees ook: Nieuw speeltoestel bij de school De Regenboog krijgt "
    "een prijs. De kinderen zijn blij met de schoolTuin.",
])
def test_the_article_sentence_after_a_glued_title_stays(text: str) -> None:
    out = trailers(text)
    kept = text.split(" De ", 1)[1]
    assert out.endswith(kept)


# --- a related box's titles glued one to the next, in the middle of a glued text

GLUED_BODY = "The pier reopened on Friday after a winter of repairs."
GLUED_AFTER = "Most of the money came from the town's harbour fund, the mayor said."


@pytest.mark.parametrize("heading", ["RELATED STORIES", "Related stories", "More on this story"])
@pytest.mark.parametrize("titles", [
    ["Harbour lights switched back on for the summer", "Why the dunes are moving inland"],
    ["Harbour lights switched back on for the summer", "Why the dunes are moving inland",
     "Ferry timetable changes from next week"],
])
def test_glued_box_titles_all_go_before_the_article_sentence(
    heading: str, titles: list[str]
) -> None:
    text = GLUED_BODY + heading + "".join(titles) + GLUED_AFTER
    assert _same(trailers(text), GLUED_BODY + GLUED_AFTER)


@pytest.mark.parametrize("text", [
    # The run after the first title holds a stop: it is the article's, and stays.
    GLUED_BODY + "RELATED STORIESHarbour lights switched back on for the summerThe mayor "
    "said the lights cost less this year.Ferry timetables change in May.",
    # Spaced, the titles' ends are not seen: the words after the first title stay.
    GLUED_BODY + " RELATED STORIES Harbour lights switched back on for the summer The mayor "
    "said the lights cost less this year. Ferry timetables change in May.",
])
def test_article_sentences_after_a_glued_box_title_stay(text: str) -> None:
    assert trailers(text).endswith(
        "said the lights cost less this year." + text.rsplit("year.", 1)[1])


# --- read-also units glued one after another: one pass takes them all

def test_glued_read_also_units_all_go_in_one_pass() -> None:
    unit = "Read More: Harbour board backs repairs"
    text = unit * 5 + "The harbour board met on Tuesday.Read more"
    once = trailers(text)
    assert once == "The harbour board met on Tuesday."
    assert trailers(once) == once
