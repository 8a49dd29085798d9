"""The truncation cleaner: a cut last sentence goes with its marker; style ellipses stay.

Tables per language of cut endings (with what each policy leaves), of markers after a
complete sentence (only the marker goes), and of ellipses that are style or sit inside
the text (nothing goes). The texts are written for these tests; the markers are the ones
feeds and APIs print (NewsAPI's "… [+N chars]", WordPress excerpts' "[…]").
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.linear import assert_linear

from cleantext import DEFAULT, Pipeline, clean
from cleantext._core import replay
from cleantext.cleaners.truncation import POLICIES, truncation

DONE = "The council approved the budget on Monday."
OWN = Pipeline.from_names(["markup", "unicode", "whitespace"]).then(truncation())

# (id, text, what "drop" leaves, what "marker" leaves)
CUT = [
    ("an ellipsis character cuts the last sentence",
     f"{DONE} Officials expect the plan to…", DONE, f"{DONE} Officials expect the plan to"),
    ("three dots cut the last sentence",
     f"{DONE} Officials expect the plan to...", DONE, f"{DONE} Officials expect the plan to"),
    ("two dots cut the last sentence",
     f"{DONE} Officials expect the plan to..", DONE, f"{DONE} Officials expect the plan to"),
    # WordPress's default excerpt ending.
    ("a bracketed ellipsis cuts the last sentence",
     f"{DONE} Officials expect the plan to […]", DONE, f"{DONE} Officials expect the plan to"),
    ("bracketed dots cut the last sentence",
     f"{DONE} Officials expect the plan to [...]", DONE, f"{DONE} Officials expect the plan to"),
    ("parenthesised dots cut the last sentence",
     f"{DONE} Officials expect the plan to (...)", DONE, f"{DONE} Officials expect the plan to"),
    # NewsAPI's content field.
    ("NewsAPI's ellipsis and character count",
     f"{DONE} Officials expect the plan to… [+2481 chars]", DONE,
     f"{DONE} Officials expect the plan to"),
    ("NewsAPI's character count alone",
     f"{DONE} Officials expect the plan to [+2481 chars]", DONE,
     f"{DONE} Officials expect the plan to"),
    ("a word cut in half",
     f"{DONE} The operation was organised by the services de rensei…", DONE,
     f"{DONE} The operation was organised by the services de rensei"),
    ("a cut quotation that never closes",
     f"{DONE} “The constitution says: […]", DONE, f"{DONE} “The constitution says:"),
    ("a last paragraph that is one cut sentence",
     f"{DONE}\n\nAhead of the visit, Mr. Smith told reporters that the two could soon sign…",
     f"{DONE}\n\n",
     f"{DONE}\n\nAhead of the visit, Mr. Smith told reporters that the two could soon sign"),
    ("a whole text that is one long cut sentence",
     "For the resolution of online consumer disputes under the regulation, the platform that "
     "the European Commission provides as a resolution ...", "",
     "For the resolution of online consumer disputes under the regulation, the platform that "
     "the European Commission provides as a resolution"),
    ("German", "Bei der Trauerfeier sterben 50 Menschen. Wie wichtig sie ist, analysiert der "
     "Redakteur… [+17 chars]", "Bei der Trauerfeier sterben 50 Menschen.",
     "Bei der Trauerfeier sterben 50 Menschen. Wie wichtig sie ist, analysiert der Redakteur"),
    ("French", "Des documents dévoilent le recrutement. Une opération organisée par les services…",
     "Des documents dévoilent le recrutement.",
     "Des documents dévoilent le recrutement. Une opération organisée par les services"),
    ("Spanish", "La cifra resulta alarmante. Concretamente, un 52,9% de ...",
     "La cifra resulta alarmante.", "La cifra resulta alarmante. Concretamente, un 52,9% de"),
    ("Italian", "Il consiglio ha approvato il bilancio. Secondo il sindaco, i fondi…",
     "Il consiglio ha approvato il bilancio.",
     "Il consiglio ha approvato il bilancio. Secondo il sindaco, i fondi"),
    ("Portuguese", "O conselho aprovou o orçamento. Segundo o prefeito, os recursos [...]",
     "O conselho aprovou o orçamento.",
     "O conselho aprovou o orçamento. Segundo o prefeito, os recursos"),
    ("Dutch", "Premier Rutte leefde mee. Maar gaandeweg werd dat anders. Hoe vaak […]",
     "Premier Rutte leefde mee. Maar gaandeweg werd dat anders.",
     "Premier Rutte leefde mee. Maar gaandeweg werd dat anders. Hoe vaak"),
    ("Russian", "Совет одобрил бюджет. По словам мэра, средства…", "Совет одобрил бюджет.",
     "Совет одобрил бюджет. По словам мэра, средства"),
    ("Japanese", "議会は予算を承認した。市長によると、資金は…", "議会は予算を承認した。",
     "議会は予算を承認した。市長によると、資金は"),
    # GNews prints its count without the plus.
    ("GNews's dots and character count",
     f"{DONE} Officials expect the plan to ... [2375 chars]", DONE,
     f"{DONE} Officials expect the plan to"),
    ("GNews in Spanish", "El Gobierno anunció nuevas medidas. Según el ministro, la inflación "
     "... [1840 chars]", "El Gobierno anunció nuevas medidas.",
     "El Gobierno anunció nuevas medidas. Según el ministro, la inflación"),
    # Localised news-API editions count the rest in the page's language.
    ("a German character count after a cut sentence",
     "Der Stadtrat hat getagt. Die Anwohner können ihre Einwände noch bis zum… "
     "[+1875 Zeichen]", "Der Stadtrat hat getagt.",
     "Der Stadtrat hat getagt. Die Anwohner können ihre Einwände noch bis zum"),
    ("a French character count after a cut sentence",
     "Le conseil a voté. Les riverains pourront déposer leurs remarques jusqu’au… "
     "[+640 caractères]", "Le conseil a voté.",
     "Le conseil a voté. Les riverains pourront déposer leurs remarques jusqu’au"),
    ("a Spanish character count without an ellipsis",
     "El pleno votó. Los vecinos podrán presentar alegaciones hasta el [+932 caracteres]",
     "El pleno votó.", "El pleno votó. Los vecinos podrán presentar alegaciones hasta el"),
    ("a Dutch character count after dots",
     "De raad stemde in. Omwonenden kunnen nog tot eind ... [+410 tekens]",
     "De raad stemde in.", "De raad stemde in. Omwonenden kunnen nog tot eind"),
    ("WordPress's more link after a cut sentence",
     f"{DONE} Officials expect the plan to (more…)", DONE,
     f"{DONE} Officials expect the plan to"),
    # NewsAPI content whose list markup became paragraphs: the count on a line of its
    # own still cuts the sentence its ellipsis is glued to.
    ("a NewsAPI count on the line after a cut paragraph",
     f"{DONE}\n\nOil prices rose after the…\n\n[+3402 chars]", f"{DONE}\n\n",
     f"{DONE}\n\nOil prices rose after the"),
    # The sentence before the cut one ends in an abbreviation the splitter reads as one:
    # it stays, whole.
    ("a sentence ending in p.m. before the cut one",
     "Polls close at 8 p.m. Results are expected by…", "Polls close at 8 p.m.",
     "Polls close at 8 p.m. Results are expected by"),
    ("a sentence ending in etc. before the cut one",
     "Bring bread, milk, eggs, etc. The organisers also said that…",
     "Bring bread, milk, eggs, etc.",
     "Bring bread, milk, eggs, etc. The organisers also said that"),
    ("German, a sentence ending in usw. before the cut one",
     "Sie kauften Brot, Milch usw. Die Preise steigen, weil…",
     "Sie kauften Brot, Milch usw.", "Sie kauften Brot, Milch usw. Die Preise steigen, weil"),
    ("a sentence ending in et al. before the cut one",
     "The study was led by Smith et al. The authors warn that…",
     "The study was led by Smith et al.",
     "The study was led by Smith et al. The authors warn that"),
    ("a sentence ending in no. before the cut one",
     "Asked whether he would resign, he said no. The council will meet again when…",
     "Asked whether he would resign, he said no.",
     "Asked whether he would resign, he said no. The council will meet again when"),
    ("a time zone after p.m. is no sentence start",
     f"{DONE} The game starts at 9 p.m. ET and fans are told to…", DONE,
     f"{DONE} The game starts at 9 p.m. ET and fans are told to"),
    ("a small word after a.m. is no sentence start",
     f"{DONE} Police said the march began at 9 a.m. and…", DONE,
     f"{DONE} Police said the march began at 9 a.m. and"),
    ("a title before a name is no sentence end",
     f"{DONE} Dr. Jane Smith, who runs the ward, said that…", DONE,
     f"{DONE} Dr. Jane Smith, who runs the ward, said that"),
    ("U.S. before a capital is no sentence end",
     f"{DONE} The U.S. Treasury said it would…", DONE, f"{DONE} The U.S. Treasury said it would"),
    # French sets a space before its closing guillemet: it closes the sentence before.
    ("French, a closing guillemet before the cut sentence stays",
     "Le ministre a parlé. « Nous allons réformer. » Il a ajouté que…",
     "Le ministre a parlé. « Nous allons réformer. »",
     "Le ministre a parlé. « Nous allons réformer. » Il a ajouté que"),
    # German closing quotes open quotations elsewhere; after a full stop they close one.
    ("German, a quotation closed with “ before the cut sentence stays",
     "Die Partei tagte. Er sagte: „Wir gewinnen.“ Die Koalition will nun…",
     "Die Partei tagte. Er sagte: „Wir gewinnen.“",
     "Die Partei tagte. Er sagte: „Wir gewinnen.“ Die Koalition will nun"),
    ("German, a quotation closed with « before the cut sentence stays",
     "Die Partei tagte. Er sagte: »Wir gewinnen!« Die Koalition will nun…",
     "Die Partei tagte. Er sagte: »Wir gewinnen!«",
     "Die Partei tagte. Er sagte: »Wir gewinnen!« Die Koalition will nun"),
    ("German, a single quotation closed with ‘ before the cut sentence stays",
     "Die Partei tagte. Er sagte: ‚Wir gewinnen.‘ Die Koalition will nun…",
     "Die Partei tagte. Er sagte: ‚Wir gewinnen.‘",
     "Die Partei tagte. Er sagte: ‚Wir gewinnen.‘ Die Koalition will nun"),
    # Sentence ends and non-ends the splitter reads (tests/test_units.py): a German
    # ordinal date is inside the cut sentence, which goes whole ...
    ("German, an ordinal date inside the cut sentence goes with it",
     "Die Partei tagte. Die Wahl findet am 3. Oktober statt, weil…", "Die Partei tagte.",
     "Die Partei tagte. Die Wahl findet am 3. Oktober statt, weil"),
    # ... and a title before a name is inside it ...
    ("Spanish, Dña. before a name is no sentence end",
     "El pleno votó. Dña. María López dijo que…", "El pleno votó.",
     "El pleno votó. Dña. María López dijo que"),
    # ... but a word that abbreviates only before a number ends the sentence before it.
    ("Spanish, 'mar' ending the sentence before the cut one",
     "Se perdió en el mar. Los rescatistas creen que…", "Se perdió en el mar.",
     "Se perdió en el mar. Los rescatistas creen que"),
    ("Dutch, a name 'Jan' ending the sentence before the cut one",
     "Ik sprak met Jan. Hij zei dat de gemeente…", "Ik sprak met Jan.",
     "Ik sprak met Jan. Hij zei dat de gemeente"),
    ("French, a guillemet after a narrow no-break space",
     "Le ministre a parlé. « Nous allons réformer.\u202f» Il a ajouté que…",
     "Le ministre a parlé. « Nous allons réformer.\u202f»",
     "Le ministre a parlé. « Nous allons réformer.\u202f» Il a ajouté que"),
    ("German, an opening guillemet goes with its cut quotation",
     f"{DONE} »Wir werden das prüfen…", DONE, f"{DONE} »Wir werden das prüfen"),
]


@pytest.mark.parametrize(("text", "drop", "marker"), [c[1:] for c in CUT], ids=[c[0] for c in CUT])
def test_a_cut_last_sentence(text: str, drop: str, marker: str) -> None:
    assert truncation()(text).rstrip() == drop.rstrip()
    assert truncation(policy="marker")(text) == marker
    assert truncation(policy="keep")(text) == text


# (id, text, expected under "drop" and "marker")
AFTER_COMPLETE = [
    ("an ellipsis after a question", "Who is the woman at the center of the scandal?…",
     "Who is the woman at the center of the scandal?"),
    ("a bracketed ellipsis after a full stop", f"{DONE} […]", DONE),
    ("dots after a closing quote", "He said: “We will win.”...", "He said: “We will win.”"),
    ("NewsAPI's count after a full stop", f"{DONE} [+1200 chars]", DONE),
    ("an ellipsis alone on the last line", f"{DONE}\n\n…", DONE),
    ("German after an exclamation", "Das Spiel ist aus!…", "Das Spiel ist aus!"),
    ("Japanese after a full stop", "議会は予算を承認した。…", "議会は予算を承認した。"),
    # The marker glued to the full stop: the stop is the sentence's, not the marker's.
    ("an ellipsis glued to a full stop leaves the sentence", f"{DONE}…", DONE),
    ("an ellipsis glued to the full stop of a second sentence keeps both",
     f"{DONE} It met on Monday.…", f"{DONE} It met on Monday."),
    ("three dots after a full stop make four", f"{DONE} It met on Monday....",
     f"{DONE} It met on Monday."),
    ("a bracketed ellipsis glued to a full stop", f"{DONE} It met on Monday.[…]",
     f"{DONE} It met on Monday."),
    ("bracketed dots glued to a full stop", f"{DONE} It met on Monday.[...]",
     f"{DONE} It met on Monday."),
    ("parenthesised dots glued to a full stop", f"{DONE} It met on Monday.(...)",
     f"{DONE} It met on Monday."),
    ("NewsAPI's ellipsis and count glued to a full stop",
     f"{DONE} It met on Monday.… [+123 chars]", f"{DONE} It met on Monday."),
    ("an ellipsis glued to a question", f"{DONE} Who pays?…", f"{DONE} Who pays?"),
    ("an ellipsis glued to a closing quote after a full stop",
     f"{DONE} He said: “It passed.”…", f"{DONE} He said: “It passed.”"),
    ("a last paragraph whose full stop carries an ellipsis",
     f"{DONE}\n\nIt met on Monday.…", f"{DONE}\n\nIt met on Monday."),
    ("an abbreviation's full stop before an ellipsis", "The firm moved to the U.S.…",
     "The firm moved to the U.S."),
    ("German with an ellipsis glued to a full stop",
     "Der Rat hat den Haushalt gebilligt. Er tagte am Montag.…",
     "Der Rat hat den Haushalt gebilligt. Er tagte am Montag."),
    ("French with dots glued to a full stop",
     "Le conseil a approuvé le budget. Il s’est réuni lundi....",
     "Le conseil a approuvé le budget. Il s’est réuni lundi."),
    ("Spanish with a bracketed ellipsis glued to a full stop",
     "El consejo aprobó el presupuesto. Se reunió el lunes.[…]",
     "El consejo aprobó el presupuesto. Se reunió el lunes."),
    ("Russian with an ellipsis glued to a full stop",
     "Совет одобрил бюджет. Он собрался в понедельник.…",
     "Совет одобрил бюджет. Он собрался в понедельник."),
    ("GNews's count after a full stop", f"{DONE} ... [2375 chars]", DONE),
    ("an Italian character count after a full stop",
     "Il consiglio ha approvato il bilancio. [+1200 caratteri]",
     "Il consiglio ha approvato il bilancio."),
    ("German, an ellipsis after a quotation closed with “",
     "Die Partei tagte. Er sagte: „Wir gewinnen.“…", "Die Partei tagte. Er sagte: „Wir gewinnen.“"),
    ("German, an ellipsis after a quotation closed with «",
     "Die Partei tagte. Er sagte: »Wir gewinnen.« […]",
     "Die Partei tagte. Er sagte: »Wir gewinnen.«"),
    # WordPress's more link, set where the author split the post.
    ("WordPress's more link after a full stop", f"{DONE} (more…)", DONE),
    ("WordPress's more link on a line of its own", f"{DONE}\n\n(More...)", DONE),
    ("WordPress's more link in German", f"{DONE}\n\n(mehr …)", DONE),
    ("WordPress's more link in Spanish", f"{DONE} (más…)", DONE),
    ("a NewsAPI count on a line of its own after a full stop",
     f"{DONE}\n\nIt met on Monday.\n\n[+3402 chars]", f"{DONE}\n\nIt met on Monday."),
    ("French, an ellipsis after a spaced closing guillemet",
     "Le ministre a parlé. « C'est fini. »…", "Le ministre a parlé. « C'est fini. »"),
    ("French, an ellipsis after a guillemet set with a narrow NBSP",
     "Le ministre a parlé. « C'est fini.\u202f»…", "Le ministre a parlé. « C'est fini.\u202f»"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in AFTER_COMPLETE],
                         ids=[c[0] for c in AFTER_COMPLETE])
def test_a_marker_after_a_complete_sentence_goes_alone(text: str, expected: str) -> None:
    for policy in ("drop", "marker"):
        assert truncation(policy=policy)(text).rstrip() == expected


# (id, text): nothing changes.
STYLE = [
    ("an ellipsis inside a sentence", "Dow up 150 points overnight… and stocks dump at the open."),
    ("an ellipsis between sentences", "He paused… Then he left the room."),
    ("an ellipsis inside a closed quotation", "He said: “We will see…”"),
    ("an ellipsis mid-text", f"He paused...\n\n{DONE}"),
    # A count in brackets that is the article's own, not at the end of the text.
    ("a bracketed count of characters inside the text",
     "Der Entwurf war lang [+2000 Zeichen] und wurde gekürzt. Der Rat stimmte zu."),
    ("a one-line German teaser",
     "Wenn der Wunsch, eine Spielerfrau zu werden, aus dem Ruder läuft ..."),
    ("a one-line English teaser", "What happened next will surprise you ..."),
    ("paragraphs that all end in ellipses",
     "Stocks dump at the open.\n\nDow remains below 26k…\n\nAnd is the only index green…\n\n"
     "And the VIX is extending its spike above 12…"),
    ("an abbreviation's full stop", "The company moved its headquarters to the U.S."),
    ("a sentence ending with etc.", "They sold apples, pears, plums, etc."),
    ("no marker at all", DONE),
    ("an empty text", ""),
    ("Spanish question marks", "¿Qué pasará ahora?"),
    ("a count in brackets that is not a feed's", "The file holds [2375 records]"),
    ("a French closing guillemet at the end", "Il a dit : « C'est fini. »"),
    ("p.m. at the end", "Polls close at 8 p.m."),
    ("a more link inside the text", "He wanted more (more…) and got it."),
]


@pytest.mark.parametrize("text", [c[1] for c in STYLE], ids=[c[0] for c in STYLE])
def test_style_and_inner_ellipses_stay(text: str) -> None:
    for policy in POLICIES:
        assert truncation(policy=policy)(text) == text


def test_clean_keeps_the_complete_sentences_a_glued_marker_follows() -> None:
    assert clean("The council approved the budget.…") == "The council approved the budget."
    assert clean("The council approved the budget. It met on Monday.…") == (
        "The council approved the budget. It met on Monday."
    )


# --- what a removal leaves ------------------------------------------------------------------
# One pass leaves nothing a second pass would take: after the cut sentence goes, the text
# must not end in a marker. Markers with no words of their own go in the same pass; an
# ellipsis that ends an article sentence before the cut one is inside the text, so it is
# style and a plain ellipsis at the end is style too; a bracket or a count is never style,
# and then only the marker goes.

# (id, text, what "drop" leaves)
CHAINS = [
    ("a lone ellipsis before the cut sentence goes with it", "… The…", ""),
    ("an ellipsis line before a cut paragraph goes with it",
     "…\n\nOfficials expect the plan to…", ""),
    ("an ellipsis line between the article and a cut paragraph goes with the cut",
     f"{DONE}\n\n…\n\nOfficials expect the plan to…", DONE),
    ("an ellipsis after a full stop before the cut sentence goes with it",
     f"{DONE}… Officials expect the plan to…", DONE),
    ("an ellipsis after the last full paragraph goes with the cut paragraph",
     f"{DONE}…\n\nOfficials expect the plan to…", DONE),
    ("a text of markers only becomes empty", "… […] …", ""),
    ("markers on several lines at the end go together", f"{DONE}\n\n…\n\n[…]", DONE),
    ("a lone marker line after an ellipsis paragraph takes that ellipsis",
     f"{DONE}\n\nHe paused…\n\n…", f"{DONE}\n\nHe paused"),
    ("a count after an ellipsis sentence takes only the marker",
     "Stocks fell… Analysts expect the plan to […]", "Stocks fell… Analysts expect the plan to"),
    ("a count on a flattened NewsAPI teaser takes only the marker",
     "Stocks fell… Analysts expect the… [+2000 chars]", "Stocks fell… Analysts expect the"),
]


@pytest.mark.parametrize(("text", "drop"), [c[1:] for c in CHAINS], ids=[c[0] for c in CHAINS])
def test_what_a_removal_leaves_is_not_a_unit_again(text: str, drop: str) -> None:
    once = truncation()(text)
    assert once.strip() == drop
    assert truncation()(once) == once


# (id, text): the ellipsis of an earlier sentence or paragraph shows the style; nothing goes.
STYLE_BEFORE_THE_END = [
    ("a flattened text whose sentence before the last ends in an ellipsis",
     "Prices rose… Analysts expect the central bank to…"),
    ("a paragraph before the last that ends in an ellipsis",
     f"{DONE}\n\nDow remains below 26k…\n\nAnd is the only index green…"),
    ("German sentences that end in ellipses", "Die Preise stiegen… Analysten erwarten, dass…"),
    ("Spanish sentences that end in dots", "Los precios subieron... Los analistas esperan que..."),
]


@pytest.mark.parametrize("text", [c[1] for c in STYLE_BEFORE_THE_END],
                         ids=[c[0] for c in STYLE_BEFORE_THE_END])
def test_an_earlier_ellipsis_makes_the_last_one_style(text: str) -> None:
    assert truncation()(text) == text
    assert clean(text) == text


_bits = st.sampled_from([
    "The council met.", "Officials expect the", "He said: “No.”", "Who pays?", "U.S.", "Mr.",
    "議会は承認した。", "…", "...", "..", ".", "[…]", "[...]", "(...)", "… [+123 chars]",
    "[+9 chars]", " ", " ", "\n", "\n\n", "a", "B", "”", "!", "p.m.", "Polls", "»", "etc.",
    "[12 chars]", "“", "«", "(more…)",
])


@given(st.lists(_bits, max_size=14).map("".join), st.sampled_from(POLICIES))
@example("… The…", "drop")
@example("…\n\n0…", "drop")
@example("0.… 0…", "drop")
def test_one_pass_leaves_nothing_for_a_second(text: str, policy: str) -> None:
    cleaner = truncation(policy=policy)
    once = cleaner(text)
    assert cleaner(once) == once
    out, edits = cleaner.explain(text)
    assert out == once
    assert replay(text, edits) == once


# --- the three shapes ---------------------------------------------------------------------


def test_flattened_text_loses_only_its_last_sentence() -> None:
    text = "The council met. It approved the budget. Officials said the plan would…"
    assert OWN(text) == "The council met. It approved the budget."


def test_html_fragment_with_entities() -> None:
    html = ("<p>The council met.</p><p>It approved the budget &amp; the plan.</p>"
            "<p>Officials said the plan would&hellip;</p>")
    assert OWN(html) == "The council met.\n\nIt approved the budget & the plan."


def test_crlf_line_ends() -> None:
    assert OWN("The council met.\r\n\r\nOfficials said the plan would…\r\n") == "The council met."


# --- policies, explain, pickling ----------------------------------------------------------


def test_an_unknown_policy_is_refused_with_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="drop, marker, keep"):
        truncation(policy="trim")


def test_explain_names_the_family_and_the_edits_replay() -> None:
    text = f"{DONE} Officials expect the plan to…"
    for policy in ("drop", "marker"):
        cleaner = truncation(policy=policy)
        out, edits = cleaner.explain(text)
        assert out == cleaner(text)
        assert [e.cleaner for e in edits] == ["truncation"]
        assert replay(text, edits) == out


def test_the_policy_is_chosen_by_replacing_the_cleaner_in_a_pipeline() -> None:
    text = f"{DONE}\n\nOfficials expect the plan to…"
    assert clean(text) == DONE
    marked = DEFAULT.replace(truncation(policy="marker"))
    assert marked(text) == f"{DONE}\n\nOfficials expect the plan to"
    assert DEFAULT.replace(truncation(policy="keep"))(text) == text


def test_cleaners_pickle_with_their_policy() -> None:
    for policy in POLICIES:
        again = pickle.loads(pickle.dumps(truncation(policy=policy)))
        text = f"{DONE} Officials expect the plan to…"
        assert again(text) == truncation(policy=policy)(text)


# --- worst cases ----------------------------------------------------------------------------


@pytest.mark.parametrize("unit", [".", "…", "a … ", "word ", "Dow remains…\n\n", "[…] "],
                         ids=["dots", "ellipses", "spaced ellipses", "a sentence without end",
                              "ellipsis paragraphs", "bracketed ellipses"])
def test_hostile_endings_are_linear(unit: str) -> None:
    small = unit * (250_000 // len(unit)) + "…"
    big = unit * (1_000_000 // len(unit)) + "…"
    cleaner = truncation()
    assert_linear(cleaner, small, big, slack=0.05, small_runs=3)


# --- real-style cases, as data --------------------------------------------------------------


_CASES_FILE = Path(__file__).parent.parent / "cases" / "truncation.jsonl"
CASES = [json.loads(line) for line in _CASES_FILE.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_cases(case: dict[str, str]) -> None:
    assert clean(case["input"]) == case["expected"], case["comment"]


# Flattened by joining blocks with nothing between them (DOM text_content()): the
# sentence before the cut one ends in a mark glued to the next capital. It is a
# sentence end, and only the cut sentence goes.
GLUED_ENDS = [
    ("The ferry sailed at dawn.Its crew said the weather had barely…", "The ferry sailed at dawn."),
    ("Die Preise stiegen um 5%.Der Verband erwartet, dass die…", "Die Preise stiegen um 5%."),
    ("« On verra », a dit le maire.Les habitants attendent toujours une…",
     "« On verra », a dit le maire."),
    ("Los precios subieron.\u201dEl ministro dijo que el plan de ajuste […]",
     "Los precios subieron.\u201d"),
    ("Het plan is klaar!De gemeente verwacht dat de…", "Het plan is klaar!"),
]


@pytest.mark.parametrize(("text", "left"), GLUED_ENDS)
def test_a_glued_sentence_end_bounds_the_cut_sentence(text: str, left: str) -> None:
    assert truncation()(text).rstrip() == left


# Paragraphs that each end in an ellipsis (the writer's style), flattened with nothing
# between them: the ellipsis glued to the next capital ends a sentence as "… And" does,
# so the last one is style too and nothing goes; a count or a bracket still goes alone.
GLUED_STYLE = [
    ("Oil slid below $70…But the dollar held firm…And traders are waiting for the Fed…",
     "Oil slid below $70…But the dollar held firm…And traders are waiting for the Fed…"),
    ("Der Dax fiel leicht...Doch die Banken legten zu...Und der Euro steigt weiter...",
     "Der Dax fiel leicht...Doch die Banken legten zu...Und der Euro steigt weiter..."),
    ("Oil slid below $70…But the dollar held firm as traders sold [+412 chars]",
     "Oil slid below $70…But the dollar held firm as traders sold"),
]


@pytest.mark.parametrize(("text", "left"), GLUED_STYLE)
def test_a_glued_ellipsis_before_a_capital_is_style_evidence(text: str, left: str) -> None:
    assert truncation()(text).rstrip() == left


def test_a_cut_sentence_glued_after_a_stop_still_goes() -> None:
    # No ellipsis inside: the glued full stop bounds the cut sentence, which goes.
    text = "Oil slid below $70.But the dollar held firm as traders waited for the…"
    assert truncation()(text).rstrip() == "Oil slid below $70."


# Marks glued to a capital that end no sentence: an abbreviation or initials. The cut
# sentence may start later than it should (words of it stay), never earlier.
GLUED_NO_END = [
    ("Crowds gathered in St.Louis as officials said the count would…", ""),
    ("Sie trafen Dr.Meier, der sagte, dass die…", ""),
    ("The U.S.Army said it would…", ""),
    # Longer ones from the shared list of abbreviations (cleantext._units).
    ("The award went to Mrs.Smith, who said the school would…", ""),
    ("Das Institut leitet Prof.Weber, der sagte, dass die…", ""),
]


def test_a_company_suffix_glued_to_a_capital_ends_its_sentence() -> None:
    # "Inc.", "Ltd." close a name and end sentences: the one before the cut stays.
    text = "The deal was signed by Acme Inc.The new plant will open in…"
    assert truncation()(text).rstrip() == "The deal was signed by Acme Inc."


@pytest.mark.parametrize(("text", "left"), GLUED_NO_END)
def test_an_abbreviation_glued_to_a_capital_ends_no_sentence(text: str, left: str) -> None:
    assert truncation()(text).rstrip() == left


def test_a_flattened_run_with_no_sentence_end_keeps_its_words() -> None:
    # Lines that lost their breaks and their marks read as one "sentence" back to the
    # text's start; it may be all the article, so only the marker goes.
    lines = [
        "Harbour crane collapses during storm in Lindholm",
        "A crane at the container terminal fell onto an empty quay on Sunday night",
        "Nobody was hurt according to the port authority which closed two berths",
        "Ships bound for the terminal were sent to the older quays further up the river",
        "Engineers will inspect the other cranes this week and expect to reopen the",
    ]
    text = " ".join(lines) + "…"
    assert truncation()(text) == " ".join(lines)
    # With its lines, the last one is the cut paragraph and goes whole.
    assert truncation()("\n\n".join(lines) + "…").rstrip() == "\n\n".join(lines[:4])
    # A short one-line teaser with no full stop is one cut sentence, as before.
    assert truncation()("Engineers will inspect the other cranes and expect to…") == ""
