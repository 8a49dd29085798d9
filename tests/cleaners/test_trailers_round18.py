"""The trailers cleaner, round 18: feed footers, read-also titles and boxes that stayed.

- WordPress's "The entry <title> was first published on <site>." footer; an
  aggregator's note over a post it reposts ("[This article was first published on
  <blog>, and kindly contributed to <aggregator>.]"); a syndication note with the
  link to the original after it ("This article originally appeared on <site>. Read the
  original article."); a French paper's "Cet article est paru dans <titre>.";
- a read-also link's title that asks ("À lire aussi : <kicker> : <question> ?"), on a
  line of its own or flattened before the article's next sentence;
- a title whose last word, a short name, is glued to a two-letter article that opens
  the next sentence ("… bij De HavenDe gemeente …");
- a bare "Read more" line and its titles, one a line, as a block of their own between
  the article's paragraphs.

Every junk unit must go and every article word around it stay; the negatives are
article prose in the same words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.cleaners.test_trailers_round17 import _shapes  # paragraph, spaced, glued
from tests.linear import assert_linear

from cleantext import clean
from cleantext.cleaners.trailers import trailers, trailers_with

EN = ARTICLES["en"]
FR = ARTICLES["fr"]
NL = ARTICLES["nl"]
ES = ARTICLES["es"]


# --- feed footers and syndication notes -----------------------------------------------------

FOOTERS = [
    (EN, "The entry Harbour wall to be repaired before winter was first published on "
         "Harbour Notes."),
    (EN, "The entry Harbour wall to be repaired before winter was originally published on "
         "harbournotes.example."),
    (EN, "[This article was first published on Harbour Notes, and kindly contributed to "
         "Coast Digest.]"),
    (EN, "This article was first published on Harbour Notes, and kindly contributed to "
         "Coast Digest."),
    (EN, "This article originally appeared on The Lantern. Read the original article."),
    (EN, "This article first appeared in The Lantern. Read the original article."),
    (EN, "This story originally appeared on The Lantern. Read the original story."),
    (FR, "Cet article est paru dans Le Phare du Port."),
    (FR, "Cet article est paru initialement dans L'Écho des Quais."),
    (FR, "Cet article est paru sur lephare.example."),
]


@pytest.mark.parametrize(
    ("text", "kept"),
    [shape for article, unit in FOOTERS for shape in _shapes(article, unit)],
)
def test_a_feed_footer_after_the_article_goes(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)
    assert _same(clean(text), clean(kept))


@pytest.mark.parametrize(("article", "unit"), FOOTERS)
def test_the_article_s_next_sentence_after_a_footer_stays(article: list[str], unit: str) -> None:
    # Flattened, with the article going on after the footer: its sentence is kept whole.
    for text in (f"{article[0]} {unit} {article[1]}", f"{article[0]}{unit}{article[1]}"):
        assert trailers(text).endswith(article[1])


FOOTER_STAYS = [
    # "entry" as a word of the sentence: no title after it.
    "The entry fee was first published on the council's website in May.",
    "The entry, which won first prize, was first published on Instagram, she said.",
    # The note's words in a report: the site goes on as a clause.
    "This article was first published on Monday, and kindly contributed to the debate, "
    "the editor said.",
    # French prose: an edition, no title; a clause after the name.
    "Cet article est paru dans l'édition de lundi, précise la rédaction.",
    "Cet article est paru dans Le Phare, a rappelé le maire lors du conseil.",
    # A law's article in a dated issue: no feed's site.
    "Cet article est paru dans le Bulletin municipal du 12 mars.",
    "Cet article est paru dans Le Bulletin municipal du 12 mars.",
    # The link's words inside a sentence, or in reported speech.
    "Students were asked to read the original article before the exam.",
    "She said readers could read the original article online.",
    # The footer quoted inside the article's sentence, or reported.
    "The footer read “This article originally appeared on The Lantern. Read the original "
    "article.” until Monday.",
    "Editors said this article first appeared in The Lantern. Read the original article, "
    "they urged.",
    "« Cet article est paru dans Le Phare », a dit le maire.",
]


@pytest.mark.parametrize("sentence", FOOTER_STAYS)
def test_prose_in_a_footer_s_words_stays(sentence: str) -> None:
    text = f"{EN[0]}\n\n{sentence}"
    assert trailers(text) == text


# --- a read-also title that asks --------------------------------------------------------------

ASKED = [
    # (text, what must be left)
    (f"{FR[0]}\n\nÀ lire aussi : Port de pêche : les quais seront-ils rénovés ?\n\n{FR[1]}",
     f"{FR[0]}\n\n{FR[1]}"),
    (f"{EN[0]}\n\nRead more: Why are harbour fees rising again?\n\n{EN[1]}",
     f"{EN[0]}\n\n{EN[1]}"),
    (f"{EN[0]}\n\nRead more: Why are harbour fees rising again?",
     EN[0]),
    # Flattened: the question ends the title before the article's next sentence.
    (f"{FR[0]} À lire aussi : Port de pêche : les quais seront-ils rénovés ? « Nous "
     f"attendions ce chantier », dit un pêcheur. {FR[1]}",
     f"{FR[0]} « Nous attendions ce chantier », dit un pêcheur. {FR[1]}"),
    (f"{FR[0]}À lire aussi : Port de pêche : les quais seront-ils rénovés ?« Nous "
     f"attendions ce chantier », dit un pêcheur.{FR[1]}",
     f"{FR[0]}« Nous attendions ce chantier », dit un pêcheur.{FR[1]}"),
    (f"{EN[0]} Read more: Why are harbour fees rising again? The board said fees would "
     f"be reviewed in May. {EN[1]}",
     f"{EN[0]} The board said fees would be reviewed in May. {EN[1]}"),
    (f"{EN[0]} Read more: Why are harbour fees rising again? “We cannot pay,” one "
     f"skipper said. {EN[1]}",
     f"{EN[0]} “We cannot pay,” one skipper said. {EN[1]}"),
]


@pytest.mark.parametrize(("text", "kept"), ASKED)
def test_a_read_also_title_that_asks_goes(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)


ASKED_STAYS = [
    # Two sentences after the link: where the title ends is not seen, and the line keeps
    # all but the link words.
    (f"{EN[0]}\n\nRead more: Council backs budget. Who pays?\n\n{EN[1]}",
     "Council backs budget. Who pays?"),
    # A name after the question may be the title's second part: it stays.
    (f"{EN[0]} Read more: Who pays? Harbour Board chair Ann Ray said the fees would rise "
     f"in May. {EN[1]}",
     "Harbour Board chair Ann Ray said the fees would rise in May."),
    # The link's words quoted inside the article's sentence.
    (f"{FR[0]} Le panneau disait « À lire aussi : les quais seront-ils rénovés ? » et "
     f"rien d'autre. {FR[1]}",
     "Le panneau disait « À lire aussi : les quais seront-ils rénovés ? » et rien d'autre."),
    # Reported speech that asks, no link before it.
    (f"{EN[0]} Readers asked: why are harbour fees rising again? The board said it would "
     f"explain. {EN[1]}",
     "Readers asked: why are harbour fees rising again? The board said it would explain."),
]


@pytest.mark.parametrize(("text", "kept"), ASKED_STAYS)
def test_what_is_not_seen_as_a_title_that_asks_stays(text: str, kept: str) -> None:
    assert kept in trailers(text)


# --- a title's last word glued to a two-letter article ------------------------------------------

GLUED_ARTICLE = [
    (f"{NL[0]}Lees ook | Nieuwe steiger bij jachthaven De HavenDe gemeente betaalt de helft "
     "van de kosten.",
     f"{NL[0]}De gemeente betaalt de helft van de kosten."),
    (f"{FR[0]}Lire aussi : Le marché aux poissons revient à LyonLe maire a signé l'arrêté "
     "lundi.",
     f"{FR[0]}Le maire a signé l'arrêté lundi."),
    (f"{ES[0]}Lee también: Nueva lonja para el puerto de VigoEl alcalde la inaugurará en "
     "marzo.",
     f"{ES[0]}El alcalde la inaugurará en marzo."),
]


@pytest.mark.parametrize(("text", "kept"), GLUED_ARTICLE)
def test_a_title_glued_to_a_two_letter_article_ends_there(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)


def test_a_name_with_an_inner_capital_ends_no_title() -> None:
    # "LinkedIn", "CheckIn": a two-letter word that is no article ends no title there.
    text = (f"{EN[0]}Read more: Harbour jobs now posted on LinkedIn and the port's own "
            "siteApplications close in May.")
    out = trailers(text)
    assert "LinkedIn" not in out and out.endswith("Applications close in May.")


# --- a bare "Read more" line and its titles as a block between paragraphs ---------------------

BLOCKS = [
    ("READ MORE", ["Harbour wall to be repaired before winter",
                   "Ferry fares to rise by 4% from April"]),
    ("Read more", ["Harbour wall to be repaired before winter",
                   "Ferry fares to rise by 4% from April",
                   "Lighthouse cottage opens as a museum"]),
]


@pytest.mark.parametrize(("link", "titles"), BLOCKS)
def test_a_read_more_block_between_paragraphs_goes(link: str, titles: list[str]) -> None:
    box = "\n".join([link, *titles])
    text = f"{EN[0]}\n\n{box}\n\n{EN[1]}"
    assert _same(trailers(text), f"{EN[0]}\n\n{EN[1]}")


def test_a_lees_meer_block_between_paragraphs_goes() -> None:
    box = "Lees meer\nNieuwe steiger voor de jachthaven\nVeerpont vaart vaker in de zomer"
    text = f"{NL[0]}\n\n{box}\n\n{NL[1]}"
    assert _same(trailers(text), f"{NL[0]}\n\n{NL[1]}")


BLOCK_STAYS = [
    # One title only: it may be the article's subhead.
    f"{EN[0]}\n\nRead more\nThe harbour wall\n\n{EN[1]}",
    # A subhead heads prose in the same block.
    f"{EN[0]}\n\nRead more\nThe harbour wall\nWhat the engineers found\n"
    "Engineers found cracks along a forty-metre stretch last week.\n\n" + EN[1],
    # After no sentence (a consent dialog's buttons), the block heads nothing.
    "Accept all\nReject\n\nRead more\nHarbour wall to be repaired before winter\n"
    f"Ferry fares to rise by 4% from April\n\n{EN[1]}",
]


@pytest.mark.parametrize("text", BLOCK_STAYS)
def test_titles_that_are_not_a_block_of_their_own_stay(text: str) -> None:
    out = trailers(text)
    assert "Ferry fares" in out or "The harbour wall" in out


# --- each new rule on a text made of its unit repeated -----------------------------------------

REPEATED = [
    "The entry A b was first published on C. ",
    "The entry A b was first published on C.",
    "[This article was first published on A, and kindly contributed to B.]\n",
    "THIS ARTICLE ORIGINALLY APPEARED ON A. READ THE ORIGINAL ARTICLE. ",
    "Cet article est paru dans A. ",
    "À lire aussi : A b : c d ? « E f » ",
    "Read more: Why a b c? The d e f. ",
    "Read more: Why a b c?\n",
    "Lees ook | A b bij De HavenDe c d e. ",
    "READ MORE\nA b c d\nE f g h\n\nI j k.\n\n",
    # The rules as the review narrowed them (below).
    "Read more: A b c d Why e f? The g h i. ",
    "Lee también: A b c d ¿Y e f? El g h i. ",
    "Read more\nA b c d e f\nG h i j k l\n\nM n o.\n\n",
    "Cet article est paru dans A b en 1944. ",
    "The entry “A, B” was first published on C. ",
]


@pytest.mark.parametrize("unit", REPEATED)
def test_units_repeated_are_linear(unit: str) -> None:
    small = "The ferry left. " + unit * (25_000 // len(unit))
    big = "The ferry left. " + unit * (100_000 // len(unit))
    assert_linear(trailers, small, big, slack=0.05, small_runs=3)


# --- article text the round's rules took (a review of them) -----------------------------------
#
# Each negative below was lost before the rules were narrowed: the test fails without it.


def _around(article: list[str], block: str) -> list[str]:
    """``block`` among the article's paragraphs in the shapes a text comes in: between
    them, last, and both flattened with spaces (where the review found the losses)."""
    return [
        f"{article[0]}\n\n{block}\n\n{article[1]}",
        f"{article[0]}\n\n{block}",
        " ".join([article[0], block.replace("\n", " "), article[1]]),
        " ".join([article[0], block.replace("\n", " ")]),
    ]


DE = ARTICLES["de"]
IT = ARTICLES["it"]

# A read-also link whose title reads whole (no "?"), then the article's paragraph that
# opens with a short question of its own: flattened, the question stays the article's.
QUESTION_AFTER_TITLE = [
    (EN, "Read more: Ferry operator confirms winter timetable",
     "Why was it published so late?", "The operator blamed a shortage of crews."),
    (EN, "Also read: Harbour board appoints new chief executive",
     "So what changes now?", "“Very little at first,” a board member said."),
    (EN, "READ MORE: Ferry operator confirms winter timetable",
     "Is it enough?", "Not according to the unions, which want a daily crossing."),
    (DE, "Lesen Sie auch: Reederei bestätigt den Winterfahrplan",
     "Und wer bezahlt das?", "Die Gemeinden, heißt es im Vertrag."),
    (DE, "Mehr zum Thema: Hafenamt ernennt neuen Leiter",
     "Warum erst jetzt?", "Der Stadtrat hatte die Stelle zwei Jahre offen gelassen."),
    (FR, "Lire aussi : Le port recrute un nouveau directeur",
     "Pourquoi maintenant ?", "« Le poste était vacant depuis deux ans », explique le maire."),
    (FR, "À lire aussi : Le bac fera escale à Brest cet hiver",
     "Et après ?", "Le conseil étudiera une ligne vers Ouessant."),
    (IT, "Leggi anche: Il porto nomina un nuovo direttore",
     "Chi lo sceglierà?", "Il sindaco ha promesso un bando pubblico."),
    (ES, "Lee también: El puerto nombra un nuevo director",
     "¿Y ahora qué?", "El consejo votará el plan en abril."),
    (NL, "Lees ook: Haven benoemt nieuwe directeur",
     "Waarom nu pas?", "De raad liet de functie twee jaar open."),
]


@pytest.mark.parametrize(
    ("text", "question"),
    [(text, question) for article, link, question, sentence in QUESTION_AFTER_TITLE
     for text in _around(article, f"{link}\n\n{question} {sentence}")],
)
def test_the_article_s_question_after_a_whole_title_stays(text: str, question: str) -> None:
    out = trailers(text)
    assert question in out
    assert "Read more" not in out and "Lees ook" not in out  # the link still goes


def test_a_title_s_own_question_after_its_kicker_still_goes() -> None:
    # The rule the narrowing keeps: the kicker's colon, then the title's question.
    text = (f"{FR[0]} À lire aussi : Port de plaisance : les pontons seront-ils remplacés ? "
            f"« Il était temps », dit un plaisancier. {FR[1]}")
    assert _same(trailers(text), f"{FR[0]} « Il était temps », dit un plaisancier. {FR[1]}")


# A stray link line, then the article's next block: a subhead over short lines (a fact
# box, a timetable, a list of decisions), set apart by blank lines as a box would be.
SUBHEAD_BLOCKS = [
    (EN, "Story continues", ["Key figures", "- 120 boats moored in the marina",
                             "- £40,000 of storm damage"]),
    (EN, "Continue reading", ["What the board agreed", "A new slipway for the lifeboat by 2026",
                              "A fee for visiting yachts from next summer"]),
    (EN, "Read more", ["Visiting the museum", "Tuesday to Sunday, 10am to 4pm",
                       "Closed on bank holidays"]),
    (EN, "Read more", ["Results", "Harbour Rowing Club, 12 minutes 40 seconds",
                       "Quayside Sea Scouts, 13 minutes 5 seconds"]),
    (EN, "Read more", ["The harbour open day, Saturday 11am",
                       "Boat trips round the bay, Sunday noon"]),
    (FR, "Lire la suite", ["Le calendrier", "3 juin : ouverture du chantier",
                           "15 septembre : fin des travaux"]),
    (FR, "En savoir plus", ["Maison de la Mer, 4 quai Duguay-Trouin",
                            "Ouvert tous les jours de 10 h à 18 h sauf le lundi"]),
    (DE, "Weiterlesen", ["Was der Rat beschlossen hat", "Eine neue Mole für den Hafen bis 2026",
                         "Eine Gebühr für alle Gastlieger im Hafen"]),
]


@pytest.mark.parametrize(("article", "link", "lines"), SUBHEAD_BLOCKS)
def test_a_subhead_and_its_lines_after_a_stray_link_stay(
    article: list[str], link: str, lines: list[str]
) -> None:
    block = "\n".join(lines)
    text = f"{article[0]}\n\n{link}\n{block}\n\n{article[1]}"
    out = trailers(text)
    assert block in out and out.endswith(article[1])


def test_a_box_of_headlines_under_read_more_still_goes() -> None:
    # What the rule was made for: headlines, under a link that means "read more".
    box = ("Read more\nLifeboat crew rescues two kayakers off the point\n"
           "Harbour café wins award for its fish soup")
    text = f"{EN[0]}\n\n{box}\n\n{EN[1]}"
    assert _same(trailers(text), f"{EN[0]}\n\n{EN[1]}")


# French prose in the paper's note's words, inside the article or dated: the note ends
# the text and names its paper and nothing after it.
NOTE_WORDS_IN_PROSE = [
    "Le 21 août 1944, Camus signe son premier éditorial. Cet article est paru dans Combat.",
    "Cet article est paru sur Mediapart, qui l'a retiré depuis.",
    "Cet article a paru dans La Revue blanche.",
]
DATED_NOTE_WORDS = [
    "Cet article est paru dans Combat en 1944.",
    "Cet article est paru dans le Bulletin des lois en mai 1791.",
    "Cet article est paru dans L'Humanité du 12 mars 1936.",
]


@pytest.mark.parametrize(
    "text",
    [f"{FR[0]}\n\n{s}\n\n{FR[1]}" for s in NOTE_WORDS_IN_PROSE + DATED_NOTE_WORDS]
    + [f"{FR[0]} {s} {FR[1]}" for s in NOTE_WORDS_IN_PROSE + DATED_NOTE_WORDS]
    + [f"{FR[0]}{s}{FR[1]}" for s in NOTE_WORDS_IN_PROSE + DATED_NOTE_WORDS],
)
def test_the_note_s_words_inside_the_article_stay(text: str) -> None:
    assert trailers(text) == text


@pytest.mark.parametrize(
    "text",
    [text for s in DATED_NOTE_WORDS for text in _around(FR, s)[1::2]],
)
def test_a_dated_note_at_the_end_stays(text: str) -> None:
    assert trailers(text) == text


def test_the_note_at_the_end_still_goes() -> None:
    for text, kept in _shapes(FR, "Cet article est paru dans Le Phare du Port."):
        assert _same(trailers(text), kept)


# A reference work's entry, a name inverted at its comma, quoted in the sentence.
ENTRY_PROSE = [
    "The entry “Moreau, Jeanne” was first published on Ancestry Online.",
    "The entry \"Lanvéoc, Finistère\" was originally published on Old Parishes Online.",
]


@pytest.mark.parametrize(
    "text", [text for s in ENTRY_PROSE for text in _around(EN, s)]
)
def test_a_quoted_reference_entry_in_the_footer_s_words_stays(text: str) -> None:
    assert trailers(text) == text


def test_a_frame_marked_end_of_your_own_goes_only_at_the_end() -> None:
    mine = trailers_with(["Zuerst erschienen im {site} {end}"])
    de = ARTICLES["de"]
    note = "Zuerst erschienen im Hafenboten."
    assert mine(f"{de[0]}\n\n{de[1]}\n\n{note}") == f"{de[0]}\n\n{de[1]}"
    inside = f"{de[0]}\n\n{note}\n\n{de[1]}"
    assert mine(inside) == inside
    with pytest.raises(ValueError, match="opens with its words"):
        trailers_with(["{title} erschien zuerst im {site} {end}"])("Der Rat tagte.")
