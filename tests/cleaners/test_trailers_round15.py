"""The trailers cleaner, round 15: a bare recommendation heading ("Recommended",
"Recomendados", "Consigliati", "Aanbevolen") over its titles; a most-read box glued
between two blocks of a text joined by nothing, its last title run into the article's
next sentence ("… Most Read1. <title>2. <title>3. <title>Parents have …"); a
read-also title that ends in a short capitalised noun glued to a long one ("… schnellere
HilfeBürgermeister …", German capitalises its nouns); a site heading's titles glued
between two blocks ("… custody.Read more from Example News:<title><title>Detective …");
and a quotation after a colon or a comma, which opens no sentence after a title.

Every case removes the junk and must keep each word of the article around it; the
negatives keep article text that uses the same words or shapes. The wordings are
written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.linear import assert_linear

from cleantext import clean
from cleantext.cleaners.trailers import trailers

# --- a bare recommendation heading over its titles

HEADINGS = [
    ("en", "Recommended", ["Lifeboat crew honoured for storm rescue",
                           "New footbridge opens over the estuary"]),
    ("en", "RECOMMENDED", ["Lifeboat crew honoured for storm rescue",
                           "New footbridge opens over the estuary"]),
    ("es", "Recomendados", ["Cortes de luz en el barrio del puerto",
                            "La romería vuelve tras dos años"]),
    ("it", "Consigliati", ["Nuovo traghetto per le isole da giugno",
                           "La sagra del pesce torna in piazza"]),
    ("pt", "Recomendados", ["Novo cais abre ao público em julho",
                            "Festa do mar regressa ao centro"]),
    ("nl", "Aanbevolen", ["Nieuwe veerboot vaart vanaf juni",
                          "Visfeest keert terug op het plein"]),
]


@pytest.mark.parametrize(("lang", "heading", "titles"), HEADINGS)
def test_a_recommendation_box_at_the_tail_goes(
    lang: str, heading: str, titles: list[str]
) -> None:
    kept = "\n\n".join(ARTICLES[lang])
    assert clean(kept + "\n\n" + "\n".join([heading, *titles])) == kept


@pytest.mark.parametrize(("lang", "heading", "titles"), HEADINGS)
def test_a_recommendation_box_between_paragraphs_goes(
    lang: str, heading: str, titles: list[str]
) -> None:
    first, second = ARTICLES[lang]
    text = f"{first}\n\n" + "\n".join([heading, *titles]) + f"\n\n{second}"
    assert clean(text) == f"{first}\n\n{second}"


@pytest.mark.parametrize(("lang", "heading", "titles"), HEADINGS)
def test_a_recommendation_box_flattened_at_the_end_goes(
    lang: str, heading: str, titles: list[str]
) -> None:
    article = " ".join(ARTICLES[lang])
    assert clean(" ".join([article, heading, *titles])) == article


def test_a_recommendation_box_after_a_keep_reading_link_goes() -> None:
    kept = "\n\n".join(ARTICLES["en"])
    box = "Keep reading\n\nRecommended\n" + "\n".join(HEADINGS[0][2])
    assert clean(f"{kept}\n\n{box}") == kept


_REVIEW = "The Kestrel kettle boils a litre in under two minutes and stays quiet."

RECOMMENDED_STAYS = [
    # A review's verdict as a subhead, its product line, then its prose.
    f"Our verdict\n\nRecommended\nKestrel Luxe steel kettle for small kitchens\n\n{_REVIEW}",
    # The word heading prose, and opening a sentence.
    f"Our verdict\n\nRecommended\n{_REVIEW}",
    f"{_REVIEW}\n\nRecommended by the panel, the kettle went on sale in May.",
    f"{_REVIEW} Recommended reading for owners includes the care guide.",
    # The same shape under "Trending now": one title line, then the article goes on.
    f"{_REVIEW}\n\nTrending now\nKettles that switch off by themselves\n\nThe lid is wide.",
]


@pytest.mark.parametrize("text", RECOMMENDED_STAYS)
def test_recommended_in_article_text_stays(text: str) -> None:
    assert trailers(text) == text


# --- a most-read box glued between two blocks

RANKED = [
    ("The vote passed after midnight.", "MOST READ",
     ["Walker found safe after night on the moor", "Bakery reopens two months after fire",
      "Parents warned over school gate parking"],
     "Parents have been told the school will stay open."),
    ("The vote passed after midnight.", "Most Read",
     ["Walker found safe after night on the moor", "Bakery reopens two months after fire"],
     "Councillors will meet again in March."),
    ("La reunión terminó de madrugada.", "Lo más leído",
     ["Cortes de agua en el centro el lunes", "Vuelve la feria de ganado tras tres años",
      "Detenido un hombre por robar cobre en varias naves"],
     "El alcalde dijo que el plan sigue adelante."),
    ("Die Sitzung endete erst nach Mitternacht.", "Meistgelesen",
     ["Wanderer nach Nacht im Moor gerettet", "Bäckerei öffnet nach dem Großbrand"],
     "Bürgermeisterin Anna Roth kündigte eine weitere Sitzung an."),
    ("De vergadering eindigde na middernacht.", "Meest gelezen",
     ["Wandelaar gered na nacht op de heide", "Bakker opent weer na brand"],
     "Wethouder Jansen zegt dat het plan doorgaat."),
]


def _ranked(heading: str, titles: list[str]) -> str:
    return heading + "".join(f"{i}. {t}" for i, t in enumerate(titles, 1))


@pytest.mark.parametrize(("before", "heading", "titles", "after"), RANKED)
def test_a_glued_ranked_box_before_an_article_sentence_goes(
    before: str, heading: str, titles: list[str], after: str
) -> None:
    text = before + _ranked(heading, titles) + after
    assert trailers(text) == f"{before} {after}"


@pytest.mark.parametrize(("before", "heading", "titles", "after"), RANKED)
def test_a_glued_ranked_box_goes_with_more_text_after_it(
    before: str, heading: str, titles: list[str], after: str
) -> None:
    # More article, and a newsletter prompt for the promo cleaner, after the sentence.
    text = before + _ranked(heading, titles) + after + before
    assert clean(text) == f"{before} {after}{before}"


RANKED_STAYS = [
    # An article's own numbered steps: no heading before them.
    "The plan has three steps.1. Repair the harbour wall2. Paint the old hall"
    "3. Reopen the ferry officeThe council said work starts in May.",
    # One ranked item is no box.
    "The vote passed.Most Read1. Walker found safe after night on the moorParents "
    "have been told the school will stay open.",
    # The last item runs into a sentence with a full stop between: its end is not seen,
    # and the box stays whole rather than take a word of the sentence.
    "The vote passed.Most Read1. Walker found safe on the moor2. Bakery reopens after "
    "fire.Parents have been told the school will stay open.",
]


@pytest.mark.parametrize("text", RANKED_STAYS)
def test_numbered_text_that_is_no_box_before_a_sentence_stays(text: str) -> None:
    assert trailers(text) == text


# --- a read-also title glued to the next sentence after a short capitalised noun

GLUED_NOUN = [
    ("Die Bauteile kosteten rund 300 Euro.", "Mehr zum Thema:",
     "Sturmschäden im Landkreis – Winzer fordern schnellere Hilfe",
     "Bürgermeisterin Petra Lang lobte das Projekt."),
    ("Die Bauteile kosteten rund 300 Euro.", "Lesen Sie auch:",
     "Stadt beschließt neue Regeln", "Landwirte aus dem Umland reagierten gelassen."),
    # A place's name ends the title: "… road to Baxton" + "Councillors …".
    ("The repairs cost about £300.", "Read more:", "Storm damage closes the road to Baxton",
     "Councillors from both parties backed it."),
]


@pytest.mark.parametrize(("before", "link", "title", "after"), GLUED_NOUN)
def test_a_glued_title_ending_in_a_short_noun_goes(
    before: str, link: str, title: str, after: str
) -> None:
    text = f"{before}{link} {title}{after} Die Arbeiten beginnen im Mai."
    assert trailers(text) == f"{before} {after} Die Arbeiten beginnen im Mai."


# Names written with an inner capital and a short second part stay whole inside a title.
INNER_CAPITALS = [
    "Neue PlayStation kostet mehr",
    "Verlag HarperCollins kauft Buchhandlung",
    "AstraZeneca baut neues Werk",
]


@pytest.mark.parametrize("title", INNER_CAPITALS)
def test_a_name_with_an_inner_capital_is_no_junction(title: str) -> None:
    before, after = "Der Rat tagte am Montag.", "Die Händler melden hohe Nachfrage."
    assert trailers(f"{before}Lesen Sie auch: {title}{after}") == f"{before} {after}"


def test_article_prose_with_a_long_glued_noun_stays() -> None:
    # No link before it: a block junction alone removes nothing.
    text = "Die Stadt zahlt die HilfeBürgermeister Lang dankte dem Verein."
    assert trailers(text) == text


# --- a site heading's titles glued between two blocks

SITE_BOXES = [
    ("They were remanded in custody.", "Read more from Example News:",
     ["Pensioner wins fight over a parking fine", "Record numbers sign up for sea swimming"],
     "Detective Inspector Ann Okoro said the operation had taken a year."),
    ("They were remanded in custody.", "More from Example News:",
     ["Pensioner wins fight over a parking fine"],
     "The detective said the operation had taken a year."),
    ("De verdachten blijven vastzitten.", "Lees meer uit Tilburg:",
     ["Gepensioneerde wint strijd om parkeerboete", "Recordaantal zwemmers in de zee"],
     "Rechercheur Ans de Wit zei dat het onderzoek een jaar duurde."),
]


@pytest.mark.parametrize(("before", "heading", "titles", "after"), SITE_BOXES)
def test_a_glued_site_box_before_an_article_sentence_goes(
    before: str, heading: str, titles: list[str], after: str
) -> None:
    text = before + heading + "".join(titles) + after + " Work starts in May."
    assert trailers(text) == f"{before} {after} Work starts in May."


@pytest.mark.parametrize(("before", "heading", "titles", "after"), SITE_BOXES)
def test_a_spaced_site_box_before_a_noun_stays(
    before: str, heading: str, titles: list[str], after: str
) -> None:
    # Spaced, no end of the titles shows: all stays, and no word of the sentence goes.
    text = " ".join([before, heading, *titles, after, "Work starts in May."])
    assert after in trailers(text)


def test_a_site_heading_over_prose_stays() -> None:
    text = ("The summit ended on Friday.More from Brussels:The commission said the plan "
            "would be voted on in May. Work starts in June.")
    assert trailers(text) == text


# --- quoted speech after a colon or a comma opens no sentence after a title

QUOTED = [
    "Detective Inspector Ann Okoro said: \"This was a large operation.\"",
    "Detective Inspector Ann Okoro said, “This was a large operation.”",
    "Der Ermittler Jan Roth sagte: „Das war eine große Operation.“",
]


@pytest.mark.parametrize("sentence", QUOTED)
def test_a_quotation_after_a_colon_is_no_title_end(sentence: str) -> None:
    # The title's end is not seen: the link goes, and every word of the sentence stays.
    before = "They were remanded in custody."
    text = f"{before} Read more: Pensioner wins fight over a parking fine {sentence}"
    assert sentence in trailers(text)


def test_a_titles_own_quotation_after_a_colon_still_ends_it() -> None:
    # After a noun and a colon the quote may be the title's ("… soccorsi: «…»"): the
    # title's words before it go as before, and the sentence after stays whole.
    after = "«Senza di loro avremmo aspettato», dice il gestore."
    text = ("Il Comune ha pagato i materiali. Leggi anche: Montagna, boom di soccorsi: "
            f"«Servono scarpe adatte» {after}")
    out = trailers(text)
    assert "boom di soccorsi" not in out and out.endswith(after)


def test_a_quotation_that_opens_the_sentence_still_ends_the_title() -> None:
    before = "They were remanded in custody."
    after = "“This was a large operation,” the detective said."
    text = f"{before} Read more: Pensioner wins fight over a parking fine {after}"
    assert trailers(text) == f"{before} {after}"


# --- hostile text: the new rules stay linear


@pytest.mark.parametrize("unit", [
    "Most Read1. Bakery reopens after fire2. Walker found safe on moorParents ",
    "MOST READ1. A2. B3. C",
    "The vote passed.Most Read1. Bakery reopens2. Walker found safe on moorParents said so. ",
    "Recommended\nLifeboat crew honoured for storm rescue\n",
    "RECOMMENDED\n",
    "Recommended ",
    "Mehr zum Thema: Neue Regeln für HilfeBürgermeister ",
    "HilfeBürgermeister ",
    "More from Example News:Pensioner wins a fightRecord numbers swimDetective said so. ",
    "Read more: Pensioner wins a fight Okoro said: \"This was it.\" ",
])
def test_a_unit_repeated_stays_linear(unit: str) -> None:
    # Whole units and a sentence after them, in both texts: a unit cut at the end would
    # make one text all junk to its end and the other not, and time two kinds of work.
    small = unit * (25_000 // len(unit)) + "Officials said more."
    big = unit * (100_000 // len(unit)) + "Officials said more."
    trailers(small)  # warm the caches
    assert_linear(trailers, small, big, slack=0.05, small_runs=3)
