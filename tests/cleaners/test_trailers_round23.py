"""The trailers cleaner, round 23.

- a CMS's tag or filing list that ends the text ("Filed under: Parks, Roads", "Tags: …",
  "Mots-clés : …", "Schlagworte: A · B", "Etiquetas: A | B", "Trefwoorden: …"), as its
  own line, run into the last sentence after a space or glued to it, several labels in a
  row ("Filed Under: A, BTagged With: c, d"), and one run into a box title's last
  lower-case word ("… leurs indemnitésMots-clés : …"); a list with a sentence's stop, a
  long tag, a label inside a sentence or one that opens the text stays.

Every junk unit must go and every article word around it stay; the negatives are
article prose in the same words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_trailers_round12 import _same  # spaces and glued stops folded
from tests.cleaners.test_trailers_round17 import _shapes
from tests.linear import assert_linear

from cleantext.cleaners.trailers import trailers

# --- tag and filing lists that end the text ---------------------------------------------

TAG_LISTS = [
    ("en", "Filed under: Harbour, Budget"),
    ("en", "Filed Under: Council, Bridges Tagged With: harbour, spring works, budget"),
    ("en", "Tagged with: harbour budget, bridge"),
    ("en", "Tags: Harbour · Bridge · Council"),
    ("en", "Posted in: Local News | Council |"),
    ("fr", "Mots-clés : Port, Conseil municipal, Pont"),
    ("fr", "Mots clés : Port · Travaux"),
    ("de", "Schlagworte: Hafen · Haushalt · Brücke"),
    ("de", "Schlagwörter: Hafen, Stadtrat"),
    ("es", "Etiquetas: Puerto | Ayuntamiento | Obras"),
    ("nl", "Trefwoorden: Haven, Gemeenteraad, Brug"),
    ("it", "Parole chiave: porto, consiglio comunale"),
    ("pt", "Palavras-chave: Porto, Câmara, Obras"),
]


@pytest.mark.parametrize(("lang", "unit"), TAG_LISTS)
def test_tag_list_that_ends_the_text_goes(lang: str, unit: str) -> None:
    for text, want in _shapes(ARTICLES[lang], unit):
        assert _same(trailers(text), want), text


@pytest.mark.parametrize(("text", "want"), [
    # Two lists, the first run into the quote that ends the article.
    ('The ranger said walkers had been "queueing to be first across".Filed under: '
     "Harbour, Parks\nTags: footbridge, Harbour College",
     'The ranger said walkers had been "queueing to be first across".'),
    # Glued, both labels: the second run into the first list's last tag.
    ("Saplings go on sale in March.Filed Under: Community, EnvironmentTagged With: "
     "orchard, trees", "Saplings go on sale in March."),
    # A two-word label glued to a box heading's capitalised word: no name's tail.
    ("Saplings go on sale in March.\nLike this: RelatedFiled under: Orchards, Trees |",
     "Saplings go on sale in March.\nLike this: Related"),
])
def test_tag_lists_in_a_row_go(text: str, want: str) -> None:
    assert _same(trailers(text), want)


def test_tag_list_run_into_a_box_title_goes() -> None:
    # The box heading run into the sentence before it stays the reviewed rules' (its
    # title is left, as lines under such a heading are); the tags go.
    box = ("Les travaux du nouveau pont commenceront au printemps.Sur le même sujet\n"
           "Crue du fleuve : les sinistrés attendent leurs indemnités")
    assert trailers(box + "Mots-clés : Crue, Port") == trailers(box)


@pytest.mark.parametrize("text", [
    # A sentence's stop in the list, or at its end: the article's words.
    "The inspector checked every label. Tags: none of them matched, the inspector said.",
    "Officials listed the options. Filed under: Parks, Roads. The vote is on Monday",
    # A label inside a sentence.
    "The old complaint was filed under: Parks, Roads",
    "The clerk said the case was tagged with: urgent, review",
    # A tag longer than a few words: a sentence after a colon.
    "The clerk read the card aloud. Filed under: Parks, the roads and every bridge the city "
    "has built since the war",
    # A label glued to a capital (a name's last letter) opens no list.
    "The new service is called HARBOURTags: Ferries, Buses",
    # A one-word label as a capitalised name's tail: a product and its price.
    "The council approved the harbour budget.\nApple AirTags: $29 each, $99 for four",
    "The council approved the harbour budget.\nPopular HashTags: #harbour, #budget",
    "The council approved the harbour budget.Tile Pro: $35Samsung SmartTags: $30, two for $50",
    # A keyword line in prose ("Stichworte" is a sentence's word as "Themen" is).
    "Der Minister stellte seinen Plan vor.\nStichworte: Klima, Verkehr, Wohnen",
    # More text after it: a list mid-text is no trailer's.
    "Tags: Harbour, Budget\nThe council approved the harbour budget on Monday.",
    # Words an article's last subhead may carry.
    "The council approved the harbour budget.\nTopics: Harbour, Budget",
    "Der Stadtrat hat den Haushalt beschlossen.\nThemen: Hafen, Haushalt",
    # Lower case: the word in a sentence ("… their tags: red, blue").
    "The council approved the harbour budget. tags: red, blue",
])
def test_tag_like_article_text_stays(text: str) -> None:
    assert trailers(text) == text


def test_tag_list_opening_the_text_stays() -> None:
    # A headline, nothing before it.
    assert trailers("Tags: Why teens love them") == "Tags: Why teens love them"


def test_glued_label_reads_a_bounded_word() -> None:
    # A run of letters longer than any word before a glued label: read no further back
    # than a word's length, and no list opens after it.
    text = "He left. " + "a" * 200_000 + "Tags: Harbour, Budget"
    assert trailers(text) == text


def test_tag_list_is_linear() -> None:
    body = " ".join(ARTICLES["en"])
    small = body + " Tags: " + ", ".join(["Harbour"] * 20)
    big = body * 200 + " Tags: " + ", ".join(["Harbour"] * 20) + ":" * 4000
    assert_linear(trailers, small, big, slack=0.05, small_runs=3)


# --- a line under a read-also heading, run into the next paragraph ---------------------
# (c5ac32f took it as the box's title; reverted: an empty box's heading sits over the
# article's subhead run into its paragraph just the same, and nothing tells them apart.)

ES, EN, DE = ARTICLES["es"], ARTICLES["en"], ARTICLES["de"]


@pytest.mark.parametrize(("text", "want"), [
    # An empty box, then the article's subhead glued to its paragraph: the heading goes,
    # the subhead and the paragraph stay.
    (f"{EN[0]}\nRead more:\nWhat comes nextThe board will meet in May to decide.",
     f"{EN[0]}\nWhat comes nextThe board will meet in May to decide."),
    (f"{DE[0]}\nMehr zum Thema\nDie Arbeiten im WinterDie Stadt will bis März fertig sein.",
     f"{DE[0]}\nDie Arbeiten im WinterDie Stadt will bis März fertig sein."),
    (f"{EN[0]}\nSee also:\nThe mayor’s planThe council will debate it in May.",
     f"{EN[0]}\nThe mayor’s planThe council will debate it in May."),
    (f"{ES[0]}\nTe puede interesar:\nLa diputación aprueba el plan de carreteras para "
     f"2027{ES[1]}",
     f"{ES[0]}\nLa diputación aprueba el plan de carreteras para 2027{ES[1]}"),
])
def test_subhead_glued_under_an_empty_box_stays(text: str, want: str) -> None:
    assert trailers(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # A name's inner capital is no junction: nothing after the heading is taken.
    (f"{ES[0]}\nTe puede interesar:\nLa cadena abre un McDonald en la plaza. El local "
     "tendrá cien plazas.",
     f"{ES[0]}\nLa cadena abre un McDonald en la plaza. El local tendrá cien plazas."),
    (f"{EN[0]}\nRead more:\nThe shop sold the new iPhone on Monday. Queues formed early.",
     f"{EN[0]}\nThe shop sold the new iPhone on Monday. Queues formed early."),
    (f"{EN[0]}\nRead more:\nThe dealer showed the 2027GT at the fair. It sold out.",
     f"{EN[0]}\nThe dealer showed the 2027GT at the fair. It sold out."),
    # A space after the title's last word: no junction of blocks seen, the line stays.
    (f"{EN[0]}\nRead more:\nFerry fares to rise in the new year Officials said work would "
     "begin in the spring.",
     f"{EN[0]}\nFerry fares to rise in the new year Officials said work would begin in "
     "the spring."),
    # A blank line between: the line may be the article's own.
    (f"{ES[0]}\nTe puede interesar:\n\nLa diputación aprueba el plan para 2027El primer "
     "viaje durará una hora.",
     f"{ES[0]}\n\nLa diputación aprueba el plan para 2027El primer viaje durará una hora."),
])
def test_line_under_heading_without_a_junction_stays(text: str, want: str) -> None:
    assert trailers(text) == want


@pytest.mark.parametrize("text", [
    # A heading run into the sentence before it takes no line under it (the reviewed
    # rules: those lines may be a subhead, a byline or a list item run into a paragraph).
    f"{ES[0]}Te puede interesar:\nLa diputación aprueba el plan de carreteras para "
    f"2027{ES[1]}",
    f"{EN[0]} Read more\nFerry fares to rise in the new yearOfficials said so.",
    # A heading's words inside a sentence: no unit.
    "The council said readers could read more: the minutes are online.\nFerry fares rise",
])
def test_run_in_heading_takes_no_line_under_it(text: str) -> None:
    out = trailers(text)
    assert "La diputación" in out or "Ferry fares" in out


# --- a nonprofit newsroom's republication note ------------------------------------------

REPUBLISHED = [
    "This story was produced by Coast Watch and is republished with permission.",
    "This article was produced by Harbour Report and republished with permission.",
]


@pytest.mark.parametrize("unit", REPUBLISHED)
def test_republication_note_goes(unit: str) -> None:
    for text, want in _shapes(EN, unit):
        assert _same(trailers(text), want), text
    # Mid-text it stays: the words may be quoted there (see the negatives below).
    text = f"{EN[0]} {unit} {EN[1]}"
    assert trailers(text) == text


@pytest.mark.parametrize("text", [
    # Not a story's note: an article reports who produced what.
    f"{EN[0]} The documentary was produced by Harbour Films and is republished with "
    "permission.",
    # A site that is no name, or a clause after the note's words.
    f"{EN[0]} This story was produced by the students themselves and is republished with "
    "permission of their school.",
    f"{EN[0]} This story was produced by Coast Watch and is republished with permission of "
    "the family, the editor said.",
    # Quoted inside a paragraph, or an interviewee's answer: only the text's end is the note's.
    f"{EN[0]} The editor added a line: This story was produced by Coast Watch and is "
    "republished with permission. Readers objected.",
    f"{EN[0]}\nQ: Was this story produced by you?\nA: This story was produced by Coast "
    "Watch and is republished with permission.",
])
def test_republication_words_in_prose_stay(text: str) -> None:
    assert trailers(text) == text


# --- a Japanese or Chinese box run into a feed trailer, no line breaks -------------------

JA, ZH = ARTICLES["ja"], ARTICLES["zh"]
JA_BODY = "".join(JA)


def test_spaceless_trailer_goes() -> None:
    # WordPress's trailer run into the last character before it, ending the text.
    text = (JA_BODY + "関連記事港の新しい防波堤が完成投稿 新しい橋の工事、春に開始 は 港町新聞 に"
            "最初に表示されました。")
    assert trailers(text) == JA_BODY + "関連記事港の新しい防波堤が完成"


@pytest.mark.parametrize("text", [
    # The heading's word in a sentence that goes on with a particle.
    JA_BODY + "関連記事は来週掲載する",
    # The heading's word as a compound's start, the sentence without its stop (the
    # box rule that took these, 9429202's _spaceless_box, is reverted).
    JA_BODY + "関連記事数は昨年の倍になった",
    JA_BODY + "関連ニュース番組で市長が説明した",
    JA_BODY + "おすすめ記事ランキング上位は地元の話題だった",
    JA_BODY + "関連記事港の新しい防波堤が完成",
    "".join(ZH) + "相关阅读材料已上传至市政府官网",
    "".join(ZH) + "推荐阅读书目将于下月公布",
    # Text after the run: the title's end is not seen.
    JA_BODY + "関連記事港の新しい防波堤が完成。工事は春に始まる。",
    # A trailer's words run into the word before them, with more text after them: glued
    # so only where the feed's last block ends the text.
    JA_BODY + "記者が投稿 新しい橋の工事 は 港町新聞 に最初に表示されました。工事は春に始まる。",
])
def test_spaceless_box_words_in_prose_stay(text: str) -> None:
    assert trailers(text) == text
