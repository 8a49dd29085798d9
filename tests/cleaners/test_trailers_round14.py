"""The trailers cleaner, round 14: a related box's further titles where the text's blocks
were joined by spaces ("… Related stories <title> <title> <title> Most of the …"), up
to the article sentence after the box; a box heading right after a bare read-more
link ("… Continue reading the main story Related stories <title> <title>"); and a
heading marked ``{heading}`` flattened ("… Trending Now <title> <title>", glued "…
permission.Trending NowTap …").

Every case removes the box and must keep each word of the article around it; the
negatives keep article sentences after a box's first title whose words could be read
as one more title. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.linear import assert_linear

from cleantext import clean
from cleantext.cleaners.trailers import trailers

# --- a box heading's titles, spaced, then the article's next sentence

EN_BEFORE = "The pier reopened on Friday after a winter of repairs."
EN_AFTER = "Most of the money came from the town's harbour fund, the mayor said."
EN_TITLES = [
    "Harbour lights switched back on for the summer",
    "Ferry timetable changes from next week",
    "Why the dunes are moving inland",
]
DE_BEFORE = "Der Steg am Nordufer ist seit Freitag wieder offen."
DE_AFTER = "Während der Sommermonate bleibt der Steg bis Mitternacht geöffnet."
DE_TITLES = ["Neue Bojen für den Hafen sind bestellt",
             "Heizkosten: Worauf Mieter jetzt achten sollten"]
ES_BEFORE = "El paseo marítimo reabrió el viernes tras las obras."
ES_AFTER = "Según el ayuntamiento, las obras del muelle terminarán antes de agosto."
ES_TITLES = ["Las grúas del puerto llegan en junio", "Cómo cambiará el paseo marítimo"]

BOXES = [
    (EN_BEFORE, "Related stories", EN_TITLES, EN_AFTER),
    (EN_BEFORE, "RELATED STORIES", EN_TITLES[:2], EN_AFTER),
    (EN_BEFORE, "More on this story", EN_TITLES, EN_AFTER),
    (DE_BEFORE, "Mehr zum Thema", DE_TITLES, DE_AFTER),
    (ES_BEFORE, "Noticias relacionadas", ES_TITLES, ES_AFTER),
]


@pytest.mark.parametrize(("before", "heading", "titles", "after"), BOXES)
def test_spaced_box_titles_all_go_before_the_article_sentence(
    before: str, heading: str, titles: list[str], after: str
) -> None:
    text = " ".join([before, heading, *titles, after])
    assert trailers(text) == f"{before} {after}"


@pytest.mark.parametrize(("before", "heading", "titles", "after"), BOXES)
def test_spaced_box_titles_go_with_more_article_after_them(
    before: str, heading: str, titles: list[str], after: str
) -> None:
    # The article goes on after the sentence that follows the box; clean() too.
    more = {"en": "Work starts in May.", "de": "Die Stadt zahlt.", "es": "El puerto paga."}
    tail = more["de" if before is DE_BEFORE else "es" if before is ES_BEFORE else "en"]
    text = " ".join([before, heading, *titles, after, tail])
    assert clean(text) == f"{before} {after} {tail}"


def test_the_box_as_written_still_goes_line_by_line() -> None:
    text = "\n\n".join([EN_BEFORE, "\n".join(["Related stories", *EN_TITLES]), EN_AFTER])
    assert clean(text) == f"{EN_BEFORE}\n\n{EN_AFTER}"


# --- what stays: the words after the box's first title, where no further title is plain

_EN_STAYS = [
    # A name after a verb of saying is the sentence's, no title's start.
    "Ferry crews in the bay said Gullstone pier had flooded twice this winter.",
    "Ferry crews in the bay told Gullstone council about the damage in March.",
    # A name after a preposition or an article: its object.
    "Ferry crews working through the night repaired the Gullstone slipway by dawn.",
    # Too few words for a title before the capital.
    "Ferry crews worked Gullstone pier all night and into the morning.",
    # A comma inside the run: prose, not a headline.
    "Ferry crews, who worked all night, cleared Gullstone pier before the tide came in.",
    # The run after the capital is too short to be the article's sentence.
    "Ferry crews in the bay repaired Gullstone pier.",
    # The capital after the last title's end opens no sentence plainly: a name's.
    "Ferry crews in the bay worked all night Gullstone pier reopened at noon on Friday.",
]
# "leere Netze": a capital after a lower-case word is a German noun's; the runs around
# it are no titles.
_DE_STAYS = [
    "Fischer melden seit Wochen leere Netze und bangen um das Geschäft am See.",
    "Fischer melden seit Wochen leere Netze Mehrere Betriebe haben bereits aufgegeben.",
    "Fischer melden seit Wochen leere Netze Betriebe am See haben bereits aufgegeben.",
]


@pytest.mark.parametrize(("before", "heading", "title", "after"), [
    *((EN_BEFORE, "Related stories", EN_TITLES[0], a) for a in _EN_STAYS),
    *((DE_BEFORE, "Mehr zum Thema", DE_TITLES[0], a) for a in _DE_STAYS),
])
def test_the_article_sentence_after_a_first_title_stays(
    before: str, heading: str, title: str, after: str
) -> None:
    out = trailers(" ".join([before, heading, title, after]))
    assert out.startswith(before)
    assert out.endswith(after)


def test_prose_that_names_a_related_story_stays() -> None:
    text = ("Related stories ran in the paper all week about the pier Ferry crews said the "
            "repairs went well. Work starts in May.")
    assert trailers(text) == text


# --- a box heading right after a bare read-more link whose words went alone

LINK_TITLES = ["Rare owl chick hatches at Marlow sanctuary",
               "Seals return to the Wey estuary after 30 years",
               "Keepers explain how the aviary is heated"]


@pytest.mark.parametrize("link", ["Continue reading the main story", "Continue reading"])
@pytest.mark.parametrize("heading", [
    "Read more stories like this", "Related stories", "More on this story", "Most read",
])
def test_a_box_after_a_bare_link_goes_with_its_titles(link: str, heading: str) -> None:
    # The heading stands as after a sentence, not as the link's linked title with the
    # box's titles left behind.
    text = " ".join([EN_BEFORE, link, heading, *LINK_TITLES])
    assert trailers(text) == EN_BEFORE


@pytest.mark.parametrize("text", [
    # A "title" that ends in a full stop is a sentence: it stays.
    f"{EN_BEFORE} Continue reading the main story Read more stories like this Rare owl "
    "chick hatches at Marlow sanctuary. The sanctuary is open daily.",
    # The words in prose.
    f"{EN_BEFORE} She kept reading the main story. Read more stories like this one, her "
    "editor said.",
])
def test_sentences_after_a_bare_link_and_a_heading_stay(text: str) -> None:
    out = trailers(text)
    assert out.startswith(EN_BEFORE)
    assert out.endswith(text.rsplit("sanctuary", 1)[-1] if "sanctuary." in text
                        else "her editor said.")


# --- a "{heading}" box heading ("Trending Now") flattened: with its titles ending the
# text, or glued alone between two blocks

TRENDING = ["Tremont council tax to rise by 5%", "Fans queue overnight for cup final tickets",
            "New bus lane opens on Harrow Road"]


@pytest.mark.parametrize("heading", ["Trending Now", "TRENDING NOW", "Trending now"])
@pytest.mark.parametrize("before", [EN_BEFORE, EN_BEFORE + " (Photo: Ann Lee)"])
def test_a_trending_box_ending_a_flattened_text_goes(heading: str, before: str) -> None:
    # After a sentence, or after a caption's credit in brackets (the caption is the
    # promo cleaner's).
    text = " ".join([before, heading, *TRENDING])
    assert trailers(text) == before


@pytest.mark.parametrize("text", [
    # A headline that opens with the words, after a colon or alone: one title.
    f"{EN_BEFORE} Trending Now: Why sourdough is back",
    f"{EN_BEFORE} Trending Now Why sourdough is back in every bakery",
    # Prose that opens with them.
    f"{EN_BEFORE} Trending now in the town are e-bikes and scooters.",
    f"{EN_BEFORE} Trending now in the town are e-bikes and scooters",
    # A sentence after the heading: the heading's end is not seen (the promo cleaner
    # takes the prompt; the heading stays).
    f"{EN_BEFORE} Trending Now Tap here for a layout that puts the article first.",
    # Titles in mid-text, with the article after them.
    f"{EN_BEFORE} (Photo: Ann Lee) Trending Now {TRENDING[1]} The pier is open daily.",
])
def test_trending_words_with_no_box_after_them_stay(text: str) -> None:
    assert trailers(text) == text


@pytest.mark.parametrize(("text", "want"), [
    (f"{EN_BEFORE}Trending NowTap here for a layout that puts the article first.",
     f"{EN_BEFORE} Tap here for a layout that puts the article first."),
    (f"{EN_BEFORE}Trending nowOfficials said the pier would reopen.",
     f"{EN_BEFORE} Officials said the pier would reopen."),
    # A heading that names a site, glued the same way.
    (f"{EN_BEFORE}More from the Harbour GazetteOfficials said the pier would reopen.",
     f"{EN_BEFORE} Officials said the pier would reopen."),
])
def test_a_glued_box_heading_goes_alone(text: str, want: str) -> None:
    assert trailers(text) == want


def test_a_box_after_a_glued_site_heading_goes_once_the_heading_goes() -> None:
    before = "De kerk gaat zaterdag weer open voor publiek."
    text = (before + "Meer nieuws uit VeldhovenLees ookSchool zoekt vrijwilligers voor de "
            "bibliotheekN69 dit weekend dicht voor onderhoud")
    assert trailers(text) == before


@pytest.mark.parametrize("text", [
    f"{EN_BEFORE}Trending NowadaysThe pier is busy.",
    f"{EN_BEFORE}Trending McDonald burgers sold out.",
    f"{EN_BEFORE}TRENDING NOWTap here.",  # capitals run into a capital: no junction seen
    # The "site" is a clause, not a name.
    f"{EN_BEFORE}More from the harbour came in by boatThe pier is busy.",
])
def test_words_glued_that_are_no_box_heading_stay(text: str) -> None:
    assert trailers(text) == text


# --- a tag box glued ("… open.Meer overVeldhovenSportZwembaden"): each tag a block

NL_BEFORE = "Het zwembad gaat zaterdag weer open, zegt de wethouder: “Eindelijk.”"


@pytest.mark.parametrize("tags", [
    "Meer overVeldhovenSportZwembaden", "Meer over Veldhoven Sport Zwembaden",
    "Meer overVeldhoven",
])
def test_a_glued_tag_box_ends_the_text_and_goes(tags: str) -> None:
    assert trailers(NL_BEFORE + tags) == NL_BEFORE


@pytest.mark.parametrize("text", [
    NL_BEFORE + "Meer over de wijkLeest u morgen in de krant.",
    NL_BEFORE + " Meer over de wijk leest u morgen.",
])
def test_prose_after_the_words_stays(text: str) -> None:
    assert trailers(text) == text


# --- hostile text: the rule reads a bounded window after each box title

@pytest.mark.parametrize("unit", [
    "Related stories Harbour lights switched back on for the summer Ferry timetable "
    "changes from next week ",
    "RELATED STORIES HARBOUR LIGHTS SWITCHED BACK ON ",
    "Related stories Harbour lights switched back on for the summer.",
    "Related stories Harbour lights switched back on for the summer Much of the pier ",
    "Mehr zum Thema Neue Bojen sind bestellt Heizkosten: Worauf Mieter achten Während ",
    "Continue reading the main story Read more stories like this ",
    "Continue reading the main story Related stories Rare owl chick hatches at Marlow ",
    "Trending Now Fans queue overnight for tickets ", "Trending NowFans queue. ",
    "(Photo: Ann Lee) Trending Now ",
    "Meer overVeldhovenSport", "x.Meer overVeldhovenSport ",
])
def test_a_box_repeated_stays_linear(unit: str) -> None:
    small = EN_BEFORE + " " + unit * (25_000 // len(unit))
    big = EN_BEFORE + " " + unit * (100_000 // len(unit))
    # Linear is 4x; a quadratic step would be 16x (the margin absorbs a busy machine).
    assert_linear(trailers, small, big, slack=0.05, small_runs=3)


# --- a read-more link quoted in a sentence that goes on: someone's words, which stay.
# A quotation mark that opens after a space is no place for a unit to start, glued as
# the link is to it (a closing or German mark after a stop still is, see test_trailers).

QUOTED_LINKS = [
    "A button reading “Click here to read more” was added to the page in May.",
    "A button reading ‘Click here for more’ was added to the page in May.",
    "The “Read more:” link was moved to the top, the editor said.",
    'Readers clicked "Continue reading" twice as often after the redesign.',
]


@pytest.mark.parametrize("sentence", QUOTED_LINKS)
@pytest.mark.parametrize("join", ["\n\n", " "], ids=["lines", "flattened"])
def test_a_quoted_read_more_link_in_a_sentence_stays(sentence: str, join: str) -> None:
    text = join.join([EN_BEFORE, sentence, EN_AFTER])
    assert trailers(text) == text
    assert clean(text) == text
