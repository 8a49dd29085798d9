"""The trailers cleaner, round 17: feed footers that stayed.

- The older RSS Footer plugin's line under each feed item, "<title> is a post from:
  <site>", after the article, as a line, run into it after a space, or glued;
- The Conversation's older footer with its link, "This article was originally published
  on <site>. Read the original article.", as one unit (the link alone stays: after
  Futurism's credit line it ends a line the labelled bodies keep);
- Yoast's Danish feed footer as some sites word it, "Indlægget <title> blev først vist på
  <site>.";
- The Conversation Brasil's footer, "Este artigo foi republicado do <site> sob licença
  Creative Commons. Leia o artigo original.", and its link after the shorter credit;
- a feed copyright plugin's notice under each item ("This RSS feed is for personal
  non-commercial use only. If you are not reading this material in your news
  aggregator, the site you are looking at is guilty of copyright infringement."), with
  the copyright line it opens with, peeled from the end of the text.

Every junk unit is set after the article in each shape (its own paragraph, run into the
last sentence after a space, glued to it); the negatives are article prose in the same
words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.linear import assert_linear

from cleantext import clean
from cleantext.cleaners.trailers import trailers

EN = ARTICLES["en"]
DA = ARTICLES["da"]
PT = ARTICLES["pt"]


def _shapes(article: list[str], unit: str) -> list[tuple[str, str]]:
    """(text, what must be left) for ``unit`` after the article: as its own paragraph,
    run into the last sentence after a space, and glued to it."""
    kept = "\n\n".join(article)
    return [
        (f"{kept}\n\n{unit}", kept),
        (" ".join([*article, unit]), " ".join(article)),
        ("".join([*article, unit]), "".join(article)),
    ]


FOOTERS = [
    (EN, "Ferry timetable changes for the winter is a post from: Harbour Notes"),
    (EN, "Ferry timetable changes for the winter is a post from: harbournotes.example"),
    (EN, "This article was originally published on The Lantern. Read the original article."),
    (DA, "Indlægget Ny svømmehal ved havnen blev først vist på Østjysk Avis."),
    (DA, "Indlægget Ny svømmehal ved havnen blev først publiceret på aarhusnyt.example."),
    (EN, "© 2026 Harbour Notes. This RSS feed is for personal non-commercial use only. If "
         "you are not reading this material in your news aggregator, the site you are "
         "looking at is guilty of copyright infringement."),
    (EN, "Copyright © 2025 harbournotes.example. This feed is for personal, non-commercial "
         "use only. If you are not reading this article in your feed reader, then the site "
         "you are looking at is guilty of copyright infringement. Please contact "
         "rights@harbournotes.example so we can take legal action immediately."),
    (EN, "This RSS feed is for personal non-commercial use only."),
    (PT, "Este artigo foi republicado do Jornal da Serra sob licença Creative Commons. Leia "
         "o artigo original."),
    (PT, "Este artigo foi publicado originalmente em Jornal da Serra. Leia o artigo original."),
]


@pytest.mark.parametrize(
    ("text", "kept"),
    [shape for article, unit in FOOTERS for shape in _shapes(article, unit)],
)
def test_a_feed_footer_after_the_article_goes(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)
    assert _same(clean(text), clean(kept))


def test_the_copyright_line_before_a_feed_notice_after_a_bracket_goes_with_it() -> None:
    # Flattened under a byline's bracket, the copyright line starts at its sign.
    text = (f"{EN[0]} (Reporting by Ann Ray) © 2026 Harbour Notes. This RSS feed is for "
            "personal non-commercial use only.")
    assert trailers(text) == f"{EN[0]} (Reporting by Ann Ray)"


STAYS = [
    # Prose about a post, with no colon before the site.
    "The photograph is a post from the harbour master's account, officials said.",
    "Officials said the note is a post from: the harbour master, and nobody else.",
    # An article's original publication, with no link after it.
    "This article was originally published in 1998 and revised in 2004.",
    # The notice's words in a report, not at the end of the text or not as the plugin
    # prints them.
    "The court said a site that copied the feed was guilty of copyright infringement. "
    "The owners will appeal.",
    "The licence says this feed is for personal non-commercial use only, lawyers said.",
    # A copyright line with a name and nothing else: no feed notice after it.
    "The ferry left at dawn.\n\n© 2026 Harbour Notes.",
    # A reader's words about the original, inside a sentence.
    "O professor pediu que cada aluno leia o artigo original antes da prova.",
    # Danish prose: "indlægget" as a word of the sentence.
    "Indlægget blev først vist på skærmen, da mødet begyndte.",
]


@pytest.mark.parametrize("text", STAYS)
def test_prose_in_the_same_words_stays(text: str) -> None:
    assert trailers(text) == text


# --- round 17, read-also boxes in flattened text -------------------------------------------
#
# A title that quotes after its kicker's colon ends where its quotation closes, before the
# article sentence; a box heading's further titles, spaced, after a first title that an
# opener ended; and "About", "Around" open a sentence as a count does (a list's last
# title, its year run into the sentence after it, ends there).

BOXES = [
    # (text, what must be left)
    ("De brug ging maandag open. Lees ook. Oude schipper: ‘Het water staat hoger dan ooit’ "
     "Rijkswaterstaat meet sinds vorig jaar elke dag de stand.",
     "De brug ging maandag open. Rijkswaterstaat meet sinds vorig jaar elke dag de stand."),
    ("The bridge opened on Monday. Read more: Retired ferry skipper: “We never saw the river "
     "this high” Engineers have measured the river every day since May.",
     "The bridge opened on Monday. Engineers have measured the river every day since May."),
    ("Le pont a ouvert lundi. Lire aussi : Un ancien marin raconte : « On n’a jamais vu ça » "
     "Le niveau du fleuve est mesuré chaque jour depuis mai.",
     "Le pont a ouvert lundi. Le niveau du fleuve est mesuré chaque jour depuis mai."),
    (f"{ARTICLES['es'][0]} Te puede interesar: La biblioteca municipal amplía su horario en "
     "verano El mercado de abastos estrena cubierta tras dos años de obras "
     f"{ARTICLES['es'][1][:-1]}, según el concejal.",
     f"{ARTICLES['es'][0]} {ARTICLES['es'][1][:-1]}, según el concejal."),
    (f"{EN[0]} Related stories: Harbour wall to be repaired before winter The trust plans "
     "bird hides on the north shore The new bridge will open in the spring, officials said.",
     f"{EN[0]} The new bridge will open in the spring, officials said."),
    # ... and the sentence after it may hold a name that a plain cut would start.
    (f"{ARTICLES['es'][0]} Las noticias más leídas Cortes de tráfico en la avenida por obras "
     "El tiempo: llega la primera nevada del año Su hija Marta contó que el puerto abrirá "
     "en marzo.",
     f"{ARTICLES['es'][0]} Su hija Marta contó que el puerto abrirá en marzo."),
    (f"{EN[0]}Read more:• Harbour wall to be repaired before winter• Bird hides planned for "
     f"the north shore{EN[1]}",
     f"{EN[0]}{EN[1]}"),
    (f"{EN[0]}READ MORE:• Harbour wall to be repaired before winter• Council to check "
     "every bridge built before 1968About 300 drivers use the crossing each day.",
     f"{EN[0]}About 300 drivers use the crossing each day."),
    (f"{EN[0]}Read more:• Harbour wall to be repaired before winter• Bird hides planned for "
     "the north shore",
     f"{EN[0]}"),
]


@pytest.mark.parametrize(("text", "kept"), BOXES)
def test_a_flattened_read_also_box_goes_whole(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)


BOX_STAYS = [
    # A quotation with a sentence end inside: where the title ends is not seen, and the
    # quotation stays with the article (the title before it goes).
    ("De brug ging maandag open. Lees ook. Oude schipper: ‘Het water staat hoog. We "
     "wachten af’ Rijkswaterstaat meet sinds vorig jaar elke dag de stand.",
     "‘Het water staat hoog. We wachten af’ Rijkswaterstaat meet sinds vorig jaar elke dag "
     "de stand."),
    # The run after the first title is the article's sentence: no plain start of
    # another in it, or none that an opener starts.
    (f"{EN[0]} Related stories: Harbour wall to be repaired before winter The trust said on "
     "Monday that work would begin in the spring.",
     "The trust said on Monday that work would begin in the spring."),
    (f"{ARTICLES['de'][0]} Lesen Sie auch: Hafenmauer wird vor dem Winter repariert Die "
     "Stiftung hat vor einer neuen Welle von Sturmfluten an der Küste gewarnt.",
     "Die Stiftung hat vor einer neuen Welle von Sturmfluten an der Küste gewarnt."),
    # A list after a colon that is no link's: the article's.
    (f"{EN[0]}The plan holds:• a new roof for the harbour office• two lifts{EN[1]}",
     "The plan holds:• a new roof for the harbour office• two lifts"),
]


@pytest.mark.parametrize(("text", "kept"), BOX_STAYS)
def test_what_is_not_seen_as_a_title_stays(text: str, kept: str) -> None:
    out = trailers(text)
    assert kept in out


# Each new rule on a text made of its unit repeated: after a stop, glued, one a line, in
# capitals.
REPEATED = [
    "A is a post from: B. ",
    "A is a post from: B.",
    "A IS A POST FROM: B.\n",
    "© 2026 A. This RSS feed is for personal non-commercial use only. ",
    "If you are not reading this material in your news aggregator, the site you are "
    "looking at is guilty of copyright infringement.",
    "Indlægget A blev først vist på B. ",
    "Lees ook: Oude schipper: ‘Het water staat’ ",
    "Lees ook: Oude schipper: ‘Het water staat hoog ",
    "Read more:• A b c d• E f g h",
    "READ MORE:• A B C D\n",
    "Te puede interesar: La casa de la villa El mercado de la plaza Las ",
]


@pytest.mark.parametrize("unit", REPEATED)
def test_units_repeated_are_linear(unit: str) -> None:
    small = "The ferry left. " + unit * (25_000 // len(unit))
    big = "The ferry left. " + unit * (100_000 // len(unit))
    assert_linear(trailers, small, big, slack=0.05, small_runs=3)


# Japanese related-news headings over their "・" titles ("関連ニュース", "おすすめ記事"), as
# "関連記事" was: the box goes, and a sentence that opens with the same words stays.
JA_ARTICLE = "長野県北部の小学校は、今月から給食にシカ肉を使ったメニューを取り入れた。"


@pytest.mark.parametrize("heading", ["関連ニュース", "おすすめ記事"])
def test_a_japanese_related_news_box_goes(heading: str) -> None:
    box = f"{heading}\n・県内のシカ被害、過去最多に\n・ジビエ料理教室、今年も開催へ"
    assert trailers(f"{JA_ARTICLE}\n\n{box}").rstrip() == JA_ARTICLE


def test_a_japanese_sentence_on_related_news_stays() -> None:
    text = f"{JA_ARTICLE}\n\n関連ニュースの配信は、今月から始まった。\n\n{JA_ARTICLE}"
    assert clean(text) == text
