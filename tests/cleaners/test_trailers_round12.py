"""The trailers cleaner, round 12: Romanian feed trailers in every spelling, related-title
headings over Japanese and Chinese titles, a read-more link asked as a question, a
"Read more" box the markup cleaner's line breaks show nested, a kicker before a box's
title, and flattened read-also titles that end before a dialogue dash, after a heading
with a full stop, or at a Spanish "¿".

Every case removes the junk and must keep each word of the article around it; the
negatives keep article sentences that use the same words. The wordings are written for
these tests.
"""

from __future__ import annotations

import re

import pytest

from cleantext import clean
from cleantext.cleaners.trailers import trailers


def _fold(text: str) -> str:
    """Spaces folded, and the one after a sentence's stop dropped: "Land. Kritik" and
    "Land.Kritik" (a glued text keeps none) read the same."""
    return re.sub(r"([.!?。][\"'”’»)]{0,3}) (?=\S)", r"\1", " ".join(text.split()))


def _same(got: str, want: str) -> bool:
    return _fold(got) == _fold(want)


# --- Romanian feed trailers: "pe" or "în" before the site, either tense, no diacritics

RO_BODY = "Podul nou de peste Siret a fost deschis circulației luni dimineață."
RO_TRAILERS = [
    "Articolul Podul de peste Siret se deschide luni apare prima dată pe Gazeta de Bacău.",
    "Articolul Podul de peste Siret se deschide luni a apărut prima dată în Monitorul.",
    "Articolul Podul de peste Siret se deschide luni apare prima data pe Gazeta de Bacau.",
    "Articolul Podul de peste Siret se deschide luni a aparut prima data in gazetabc.ro.",
]


@pytest.mark.parametrize("trailer", RO_TRAILERS)
@pytest.mark.parametrize("join", ["\n\n", " ", ""])
def test_a_romanian_feed_trailer_goes_in_each_spelling(trailer: str, join: str) -> None:
    assert _same(trailers(f"{RO_BODY}{join}{trailer}"), RO_BODY)


@pytest.mark.parametrize("sentence", [
    "Primarul a spus că articolul apare prima dată pe site-ul primăriei, nu în ziar.",
    "Articolul din lege apare prima dată pe ordinea de zi a consiliului, spun consilierii.",
])
def test_a_romanian_sentence_about_where_an_article_appears_stays(sentence: str) -> None:
    text = f"{RO_BODY}\n\n{sentence}"
    assert trailers(text) == text


# --- Japanese and Chinese related-title headings take their titles

JA_FIRST = "市は新しい図書館の建設を決めた。"
JA_LAST = "開館は再来年の春になる見込みだ。"
ZH_FIRST = "市政府决定修建一座新的图书馆。"
ZH_LAST = "图书馆预计后年春天开放。"


@pytest.mark.parametrize(("text", "want"), [
    (f"{JA_FIRST}\n\n関連記事\n駅前の商店街に新しい広場が完成", JA_FIRST),
    (f"{JA_FIRST}\n\nあわせて読みたい\n駅前の商店街に新しい広場が完成\n港町で花火大会が復活\n\n{JA_LAST}",
     f"{JA_FIRST}\n\n{JA_LAST}"),
    (f"{ZH_FIRST}\n\n相关阅读\n老城区街道改造工程启动\n\n{ZH_LAST}", f"{ZH_FIRST}\n\n{ZH_LAST}"),
    # Flattened with spaces: the space after the title is where the blocks met.
    (f"{ZH_FIRST} 延伸阅读：老城区街道改造工程启动 {ZH_LAST}", f"{ZH_FIRST} {ZH_LAST}"),
    (f"{JA_FIRST} 関連記事 駅前の商店街に新しい広場が完成 {JA_LAST}", f"{JA_FIRST} {JA_LAST}"),
])
def test_a_cjk_heading_takes_its_title(text: str, want: str) -> None:
    assert _same(trailers(text), want)


@pytest.mark.parametrize("text", [
    # The paragraph after the heading ends as a sentence: the article's, it stays.
    f"{JA_FIRST}\n\n関連記事\n\n{JA_LAST}",
    f"{ZH_FIRST}\n\n推荐阅读\n\n{ZH_LAST}",
    # A short line with a comma at its end is a lead-in, no title.
    f"{JA_FIRST}\n\n関連記事\n市の担当者によると、\n{JA_LAST}",
])
def test_a_cjk_heading_leaves_the_article_after_it(text: str) -> None:
    assert JA_LAST in trailers(text) or ZH_LAST in trailers(text)
    assert "市の担当者によると、" in trailers(text) or "によると" not in text


# --- a read-more link asked as a question: a paywall's prompt

@pytest.mark.parametrize(("text", "want"), [
    ("De brug gaat maandag open.\n\nLees verder?\nDit artikel is alleen voor abonnees.",
     "De brug gaat maandag open.\n\nDit artikel is alleen voor abonnees."),
    ("De brug gaat maandag open.\n\n» Weiterlesen?", "De brug gaat maandag open."),
])
def test_a_read_more_link_asked_alone_on_its_line_goes(text: str, want: str) -> None:
    assert _same(trailers(text), want)


@pytest.mark.parametrize("join", [" \n\n", "", " "])
def test_a_cut_teaser_and_its_asked_link_go(join: str) -> None:
    text = ("De brug gaat maandag open. De stad betaalt de helft van de kosten "
            f"voor...{join}Lees verder?")
    assert clean(text) == "De brug gaat maandag open."


@pytest.mark.parametrize("line", [
    "Want to read more?", "Read more??", "Read more? Only if the council agrees.",
    "Lees verder? Dat wil niemand.",
])
def test_a_question_that_holds_a_links_words_stays(line: str) -> None:
    text = f"The bridge opens on Monday.\n\n{line}\n\nThe city pays half."
    assert trailers(text) == text


# --- a "Read more" box between paragraphs, nested by the markup's line breaks

def test_a_read_more_box_nested_between_paragraphs_goes() -> None:
    html = ("<p>The bridge opens on Monday.</p><aside><h4>Read more</h4><ul>"
            "<li><a>Ferry timetable cut for the winter</a></li>"
            "<li><a>Harbour wall repairs finish early</a></li></ul></aside>"
            "<p>The city pays half of the cost.</p>")
    assert clean(html) == "The bridge opens on Monday.\n\nThe city pays half of the cost."


@pytest.mark.parametrize("html", [
    # One subhead after the link, then prose: the article goes on.
    "<p>The bridge opens on Monday.</p><h4>Continue reading</h4><h3>A new plan for the "
    "harbour</h3><p>The council met on Tuesday.</p>",
    # Title-shaped lines set apart as paragraphs are: subheads, not a box's list.
    "<p>The bridge opens on Monday.</p><h4>Read more</h4><h3>A new plan for the harbour"
    "</h3><h3>What the council decided</h3><p>The council met on Tuesday.</p>",
])
def test_subheads_after_a_read_more_heading_stay(html: str) -> None:
    got = clean(html)
    assert "A new plan for the harbour" in got
    assert got.endswith("The council met on Tuesday.")


def test_blank_line_titles_after_a_bare_read_more_stay_between_paragraphs() -> None:
    text = ("The bridge opens on Monday.\n\nRead more\n\nFerry timetable cut for the winter"
            "\n\nHarbour wall repairs finish early\n\nThe city pays half.")
    got = trailers(text)
    assert "Ferry timetable cut for the winter" in got and got.endswith("The city pays half.")


# --- a kicker before a box title ("<Place>. <title>")

def test_a_box_title_with_a_kicker_goes_with_the_heading() -> None:
    text = ("Wstęp na koncert będzie wolny.\n\nCzytaj więcej:\nGmina Lipno. Nowy most na "
            "Wiśle – termin otwarcia\nRada gminy: co dalej ze szkołą?")
    assert trailers(text) == "Wstęp na koncert będzie wolny."


@pytest.mark.parametrize("line", [
    "Tak. Ale nie dziś, powiedział wójt.",  # ends as a sentence
    # Four words before the stop: a sentence, not a kicker; the line is two sentences.
    "Rada gminy zebrała się wczoraj. Most będzie gotowy w maju",
])
def test_prose_with_a_short_sentence_first_stays_under_a_heading(line: str) -> None:
    text = f"Wstęp na koncert będzie wolny.\n\nCzytaj więcej:\n{line}\n\nRada zbierze się."
    assert line in trailers(text)


# --- flattened read-also titles: a dialogue dash after the title

@pytest.mark.parametrize(("text", "want"), [
    ("Kunta myi koulun yhdistykselle. Lue myös: Lossin vuorovälit harvenevat talvella – "
     "Haluamme pitää talon elävänä, sanoo puheenjohtaja Anna Koski. Talo avataan kesällä.",
     "Kunta myi koulun yhdistykselle. – Haluamme pitää talon elävänä, sanoo puheenjohtaja "
     "Anna Koski. Talo avataan kesällä."),
    ("Most otwarto w poniedziałek. Czytaj także: Nowe rondo zamknięte do jesieni – "
     "Czekamy na decyzję wojewody – mówi wójt Jan Kowal. Rada zbierze się w piątek.",
     "Most otwarto w poniedziałek. – Czekamy na decyzję wojewody – mówi wójt Jan Kowal. "
     "Rada zbierze się w piątek."),
])
def test_a_flattened_title_ends_before_a_dialogue_dash(text: str, want: str) -> None:
    assert _same(trailers(text), want)


@pytest.mark.parametrize(("text", "kept"), [
    # The title's own dash, a sentence opener later on: the opener ends the title.
    ("Die Brücke ist offen. Mehr zum Thema: Sturm reißt Dach ab – Anwohner fordern Hilfe "
     "Nach Angaben der Polizei wurde niemand verletzt. Die Straße bleibt gesperrt.",
     "Die Brücke ist offen. Nach Angaben der Polizei wurde niemand verletzt. Die Straße "
     "bleibt gesperrt."),
    # The title's own dash at the end of the text: the title goes whole.
    ("Die Brücke ist offen. Mehr zum Thema: Sturm reißt Dach ab – Anwohner fordern Hilfe",
     "Die Brücke ist offen."),
    # A dash with a lower-case word after it is the title's.
    ("Most otwarto w poniedziałek. Czytaj także: Budżet gminy 2025 – wyniki głosowania "
     "W piątek rada zbierze się ponownie.",
     "Most otwarto w poniedziałek. W piątek rada zbierze się ponownie."),
])
def test_a_titles_own_dash_does_not_end_it(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)


# --- flattened read-also heading with a full stop for its separator

@pytest.mark.parametrize(("text", "want"), [
    ("De brug is vier meter breed. Lees ook. Studenten bouwen lichtste boot van het land "
     "‘We werkten elke avond’, zegt zij.",
     "De brug is vier meter breed. ‘We werkten elke avond’, zegt zij."),
    ("De brug is vier meter breed.Lees ook.Studenten bouwen lichtste boot van het land"
     "‘We werkten elke avond’, zegt zij.",
     "De brug is vier meter breed.‘We werkten elke avond’, zegt zij."),
    ("De brug is vier meter breed. Lees ook. Studenten bouwen lichtste boot van het land",
     "De brug is vier meter breed."),
])
def test_a_dotted_read_also_heading_goes_with_its_title(text: str, want: str) -> None:
    assert _same(trailers(text), want)


@pytest.mark.parametrize("text", [
    # A link of its own ("Lees verder"), not a heading of other stories.
    "De brug is vier meter breed. Lees verder. Het team werkte hard.",
    # The words inside a sentence, after a lower-case word.
    "De gids zegt: lees ook. Het team werkte hard.",
    # A heading's words before a lower-case word: no title follows.
    "De brug is vier meter breed. Lees ook. daarna komt de rest.",
])
def test_a_dotted_link_that_heads_no_title_stays(text: str) -> None:
    assert "Het team werkte hard." in trailers(text) or "daarna komt de rest." in trailers(text)
    assert "De brug is vier meter breed." in trailers(text) or "De gids" in trailers(text)


# --- Spanish titles that ask, after a box heading

@pytest.mark.parametrize("join", [" ", ""])
def test_box_titles_opening_with_an_inverted_question_mark_go(join: str) -> None:
    text = (f"Los vecinos celebraron la obra.{join}Más noticias{join}¿Cuándo abre la nueva "
            f"piscina municipal?{join}Clima en la sierra: heladas esta semana")
    assert _same(trailers(text), "Los vecinos celebraron la obra.")


def test_a_question_after_a_box_heading_with_prose_after_it_stays() -> None:
    text = ("Los vecinos celebraron la obra. Más noticias ¿Cuándo abre la piscina? La "
            "alcaldesa dijo que en junio.")
    assert "La alcaldesa dijo que en junio." in trailers(text)


@pytest.mark.parametrize(("join", "glue"), [(" ", " "), ("", "")])
def test_a_flattened_box_title_with_a_kicker_goes_at_the_end(join: str, glue: str) -> None:
    text = (f"Wstęp na koncert będzie wolny.{join}Czytaj więcej:{glue}Gmina Lipno.{glue}Nowy "
            "most na Wiśle – termin otwarcia Rada gminy: co dalej ze szkołą?")
    assert _same(trailers(text), "Wstęp na koncert będzie wolny.")


def test_a_kicker_with_prose_after_it_stays() -> None:
    text = ("Wstęp na koncert będzie wolny. Czytaj więcej: Gmina Lipno. Budżet gminy wynosi "
            "dwa miliony. Rada się zgodziła")
    assert "Budżet gminy wynosi dwa miliony. Rada się zgodziła" in trailers(text)


# --- Turkish "Haberin Devamı", which its widget prints in Title Case

@pytest.mark.parametrize("join", [" ", ""])
def test_haberin_devami_in_title_case_goes_between_sentences(join: str) -> None:
    text = (f"Muhtarlık müdürlüğe başvurdu.{join}Haberin Devamı{join}Köy muhtarı okulun "
            "onarıldığını söyledi.")
    assert _same(trailers(text), "Muhtarlık müdürlüğe başvurdu. Köy muhtarı okulun "
                 "onarıldığını söyledi.")


def test_haberin_devami_before_a_name_stays() -> None:
    # A name after it may be the subject of a clause the words open: nothing goes.
    text = "Muhtarlık müdürlüğe başvurdu. Haberin Devamı Hasan Yıldırım anlattı."
    assert trailers(text) == text


# --- a flattened tag box at the end of the text

def test_a_flattened_tag_box_ends_the_text() -> None:
    text = "De kroeg gaat open. „Dan zie ik hoe het gaat.” Meer over Oldebroek Horeca Dorpsleven"
    assert _same(trailers(text), "De kroeg gaat open. „Dan zie ik hoe het gaat.”")


@pytest.mark.parametrize("tail", [
    "Meer over Oldebroek leest u morgen.",  # a sentence
    "Meer over de wijk Horeca",             # a lower-case word: no tags
])
def test_a_tag_headings_words_in_prose_stay(tail: str) -> None:
    text = f"De kroeg gaat open. {tail}"
    assert trailers(text) == text


# --- the dash that opens speech stays with the speech

@pytest.mark.parametrize(("text", "want"), [
    # An opener after the dash ends the title: the dash goes with the sentence.
    ("Rodzice kupili instrumenty. Czytaj także: Nowa linia autobusowa połączy wsie z "
     "miastem – Do tej pory dzieci dojeżdżały – mówi dyrektorka. Lekcje są po południu.",
     "Rodzice kupili instrumenty. – Do tej pory dzieci dojeżdżały – mówi dyrektorka. "
     "Lekcje są po południu."),
    # Glued to the title's last word, where blocks were joined by nothing.
    ("Rodzice kupili instrumenty.Czytaj także: Nowa linia autobusowa połączy wsie z "
     "miastem– Do tej pory dzieci dojeżdżały – mówi dyrektorka.",
     "Rodzice kupili instrumenty.– Do tej pory dzieci dojeżdżały – mówi dyrektorka."),
    # A title that asks, after a kicker, then speech.
    ("Rodzice kupili instrumenty. Czytaj także: Bobry nad Narwią. Kto płaci za szkody "
     "w polach? – Nie możemy rozebrać tamy – tłumaczy wójt. Rada zbierze się.",
     "Rodzice kupili instrumenty. – Nie możemy rozebrać tamy – tłumaczy wójt. Rada "
     "zbierze się."),
])
def test_a_dialogue_dash_after_a_title_stays_with_its_speech(text: str, want: str) -> None:
    assert _same(trailers(text), want)


def test_a_kicker_and_a_sentence_after_a_link_stay() -> None:
    # After the kicker a sentence, not a title, with no end in sight: only the link goes.
    text = ("Rodzice kupili instrumenty. Czytaj także: Gmina Lipno. Rada zebrała się wczoraj "
            "i przyjęła budżet. Wójt był zadowolony.")
    assert "Gmina Lipno. Rada zebrała się wczoraj i przyjęła budżet. Wójt był zadowolony." in (
        trailers(text))
