"""The trailers cleaner, round 22.

- a linked title run into an interview's one-letter label ("… after roof repairQ: What
  …", "… HafenviertelF: Was …") ends there: the label opens the next block, the
  question or answer, which stays;
- after a read-also heading's first title, spaced, a run that a name closes after a
  preposition ("… i hele Nordsjælland for sit …", "… across all Northam for its …", "… dans
  tout Quimper pour son …") is
  the article's sentence, not a further title: it stays;
- a linked title ends before a Spanish interview's next turn, its dash before "¿" or
  "¡" ("… de Ordás —¿Cuánto …?", glued "… de Ordás—¿Cuánto …"): the turn stays;
- a linked title that asks, French-spaced, its mark glued to the next block's capital
  ("… à l'heure ?Le téléphérique …"), ends at its mark when an article sentence follows;
- a bare "Related" over one card that carries a read time ("<title> · 3 min read", or
  the read time under it) goes with it; over one title dated with a year it stays;
- a feed copyright plugin's notice that hedges ("… the site you are looking at may be
  guilty of copyright infringement.") goes as the one that does not.

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

EN = ARTICLES["en"]

# --- a title run into an interview's label --------------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("A: We play slower songs now.Read more: Harbour theatre reopens after roof repairQ: "
     "What should people expect on the night?\nA: Two guitars and a fiddle.",
     "A: We play slower songs now. Q: What should people expect on the night?\n"
     "A: Two guitars and a fiddle."),
    ("A: We play slower songs now. Read more: Harbour theatre reopens after roof repairQ: "
     "What should people expect on the night? A: Two guitars and a fiddle.",
     "A: We play slower songs now. Q: What should people expect on the night? "
     "A: Two guitars and a fiddle."),
    ("A: Wir spielen langsamer.Lesen Sie auch: Kulturzentrum öffnet im alten "
     "HafenviertelF: Was erwartet das Publikum am Abend?\nA: Viel Musik und Geschichten.",
     "A: Wir spielen langsamer. F: Was erwartet das Publikum am Abend?\n"
     "A: Viel Musik und Geschichten."),
    ("R: Tocamos más despacio.Lee también: El teatro del puerto reabre tras la obraP: "
     "¿Qué puede esperar el público?\nR: Dos guitarras y un violín.",
     "R: Tocamos más despacio. P: ¿Qué puede esperar el público?\n"
     "R: Dos guitarras y un violín."),
])
def test_a_title_run_into_an_interview_label_ends_there(text: str, want: str) -> None:
    assert trailers(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # A name that ends in a capital letter, a colon after it, is the title's: the
    # title runs on to the article's sentence.
    ("The launch slipped again. Read more: Rocket firm SpaceX: what went wrong with the "
     "engine The company said it would fly again in May.",
     "The launch slipped again. The company said it would fly again in May."),
    ("The launch slipped again. Read more: Inside the lab of ProjectZ: what went wrong "
     "The company said it would fly again in May.",
     "The launch slipped again. The company said it would fly again in May."),
])
def test_a_name_s_capital_before_a_colon_is_no_label(text: str, want: str) -> None:
    assert trailers(text) == want


@pytest.mark.parametrize("text", [
    # A label set apart by a space ends no word: the rule does not look at it.
    "We asked about the tour. Q: What changed since the last album? A: I write at home.",
    # An interview's label inside prose stays with the prose.
    "The form reads Q: name and A: address, and the clerk fills in the rest.",
])
def test_labels_in_prose_stay(text: str) -> None:
    assert trailers(text) == text


# --- a further title that is the article's sentence, before a phrase's name ----------------


@pytest.mark.parametrize(("text", "want"), [
    ("Bageren sælger til en ung kollega. LÆS OGSÅ: Byens sidste fisker stopper "
     "Strandvejens Bageri er kendt i hele Nordsjælland for sit rugbrød, som bages i en "
     "gammel stenovn. Kunderne er glade.",
     "Bageren sælger til en ung kollega. Strandvejens Bageri er kendt i hele Nordsjælland "
     "for sit rugbrød, som bages i en gammel stenovn. Kunderne er glade."),
    ("The baker is selling to a young colleague. Read also: Town loses its last fishmonger "
     "Harbour Bakery is famous across all Northam for its rye bread, which is baked in an "
     "old stone oven. Customers are pleased.",
     "The baker is selling to a young colleague. Harbour Bakery is famous across all "
     "Northam for its rye bread, which is baked in an old stone oven. Customers are "
     "pleased."),
    ("Le boulanger vend à une jeune collègue. Lire aussi : la ville perd son dernier "
     "poissonnier Boulangerie Marin est connue dans tout Quimper pour son pain de seigle, "
     "cuit dans un vieux four. Les clients sont ravis.",
     "Le boulanger vend à une jeune collègue. Boulangerie Marin est connue dans tout "
     "Quimper pour son pain de seigle, cuit dans un vieux four. Les clients sont ravis."),
])
def test_a_name_that_closes_a_phrase_opens_no_sentence_after_titles(text: str, want: str) -> None:
    assert trailers(text) == want


def test_a_box_whose_last_title_ends_in_a_noun_phrase_still_goes() -> None:
    # "a year" is a whole noun phrase: the capital after it opens the article's sentence.
    text = ("The cottage reopens. RELATED STORIES Harbour wall repairs finally complete "
            "Seal pups spotted on the sandbar Why our coastline is losing a metre a year "
            "Much of the furniture came from the last keeper's family.")
    assert trailers(text) == (
        "The cottage reopens. Much of the furniture came from the last keeper's family.")


# --- a feed copyright notice that hedges ("may be guilty") -------------------------------

HEDGED = ("Copyright © 2026 Harbour Notes. This Feed is for personal non-commercial use "
          "only. If you are not reading this material in your news aggregator, the site "
          "you are looking at may be guilty of copyright infringement.")


@pytest.mark.parametrize(("text", "kept"), _shapes(EN, HEDGED))
def test_a_hedged_feed_notice_goes_with_its_copyright_line(text: str, kept: str) -> None:
    assert _same(trailers(text), kept)


@pytest.mark.parametrize("text", [
    # A report of the words, not the plugin's notice.
    "The ferry left at dawn. The court said the site you are looking at may be guilty of "
    "copyright infringement, lawyers said.",
    "The ferry left at dawn. If you are not reading this material in your news "
    "aggregator, lawyers say, nothing is wrong.",
])
def test_hedged_notice_words_in_prose_stay(text: str) -> None:
    assert trailers(text) == text


# --- "<headline> first appeared on <site>." -----------------------------------------------
# A rule took this as a feed's footer, and was reverted after a second review: an article's
# last sentence says the same of a slogan, a quote or a show ("Have a break, have a KitKat
# first appeared on ITV."), and nothing but the words tells them apart. All of it stays.

HEAD = "Night ferry returns to the island after a year"
BODY = ["The night ferry sailed again on Friday.", "Tickets cost the same as before."]


@pytest.mark.parametrize("text", [
    # The sentence's subject is no headline: a name, or words the headline does not hold.
    "The Harbour Song turns fifty\n\nIt was written in 1976.\n\nThe Harbour Song first "
    "appeared on Radio Kernow.",
    "Night ferry returns\n\nThe old island ferry song first appeared on Radio Kernow.",
    # The text opens with the words, but as a sentence's subject, not a headline.
    "The old harbour ferry song was written in 1976. The old harbour ferry song first "
    "appeared on Radio Kernow.",
    # Not the end of the text: the article goes on.
    f"{HEAD}\n\n{BODY[0]}\n\n{HEAD} first appeared on Harbour Notes. It was read widely.",
    # The site is a clause, not a name.
    f"{HEAD}\n\n{BODY[0]}\n\n{HEAD} first appeared on the website before it was deleted.",
    # In a paragraph of a text that keeps its lines, after a spaced stop: a sentence's
    # subject, not a footer's own block (round-22 review).
    f"{HEAD}\n\n{BODY[0]} {BODY[1]} {HEAD} appeared first on The Island Courier.",
    # A slogan or a quote for a headline (the second review's cases).
    "Have a break, have a KitKat\n\nThe slogan is 68 years old and still on every "
    "wrapper.\n\nHave a break, have a KitKat first appeared on ITV.",
    "Ask not what your country can do for you Kennedy's words are 65 years old. Ask not "
    "what your country can do for you first appeared on NBC.",
    "Ask not what your country can do for you\n\nYear | Line\n1961 | Ask not what your "
    "country can do for you first appeared on NBC.",
])
def test_first_appeared_in_prose_stays(text: str) -> None:
    assert trailers(text) == text



# --- "Related" over one card with its read time ---------------------------------------------

ONE_CARD = [
    "Related\nPier toll to rise by 5% from June · 3 min read",
    "Related\nPier toll to rise by 5% from June\n3 min read",
    "Related\nPier toll to rise by 5% from June | 4 min read",
]


@pytest.mark.parametrize("card", ONE_CARD)
def test_a_bare_heading_over_one_timed_card_goes(card: str) -> None:
    text = f"{EN[0]}\n\n{card}\n\n{EN[1]}"
    assert _same(trailers(text), f"{EN[0]}\n\n{EN[1]}")


@pytest.mark.parametrize("unit", [
    # One title dated with a year: a timeline's entry or a note, no card.
    "Related\nPier toll to rise by 5% from June\n12 March 2025",
    # A question, a Q&A line, a title of two words.
    "Related\nWill the pier toll rise again? · 3 min read",
    "Related\nQ: Will the pier toll rise · 3 min read",
    "Related\nPier toll · 3 min read",
    # A read time that is no card's: a sentence of the article that ends in one.
    "Related\nThe audio version of this report runs 3 min",
    # Flattened, the word opens a sentence: no line of its own.
    "Related Pier toll to rise by 5% from June · 3 min read",
])
def test_a_bare_heading_over_no_timed_card_stays(unit: str) -> None:
    text = f"{EN[0]}\n\n{unit}\n\n{EN[1]}"
    assert unit.rsplit("\n", maxsplit=1)[-1] in trailers(text)



# --- a title before an interview's next turn ("—¿…?") ---------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("—Es duro, pero se pasa. Lee también: El rebaño cruza de nuevo la cañada de Ordás "
     "—¡Qué frío hace allí arriba! —Mucho, pero nos abrigamos bien con lana.",
     "—Es duro, pero se pasa. —¡Qué frío hace allí arriba! —Mucho, pero nos abrigamos "
     "bien con lana."),
    ("—Es duro, pero se pasa.Sigue leyendo:El rebaño cruza de nuevo la cañada de "
     "Ordás—¿Cuánto dura el viaje?—Doce días andando, unos 200 kilómetros. Dormimos en "
     "pajares.",
     "—Es duro, pero se pasa.—¿Cuánto dura el viaje?—Doce días andando, unos 200 "
     "kilómetros. Dormimos en pajares."),
])
def test_a_title_ends_before_an_interview_turn(text: str, want: str) -> None:
    assert _same(trailers(text), want)


@pytest.mark.parametrize(("text", "want"), [
    # A dash before a lower-case aside is the title's or the sentence's.
    ("—Es duro, pero se pasa. Lee también: Vecinos de Ordás —¿y ahora qué?— piden "
     "respuestas al alcalde. El pleno se reúne el lunes.",
     "—Es duro, pero se pasa. Vecinos de Ordás —¿y ahora qué?— piden respuestas al "
     "alcalde. El pleno se reúne el lunes."),
    # A title that asks after its dash and ends the text goes whole, as before.
    ("—Es duro, pero se pasa. Lee también: El rebaño cruza de nuevo la cañada de Ordás "
     "—¿Cuánto dura el viaje?",
     "—Es duro, pero se pasa."),
])
def test_dashes_that_open_no_turn_keep_the_title_rule(text: str, want: str) -> None:
    assert trailers(text) == want



# --- a French-spaced question mark glued to the next block ----------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Le câble est usé.Lire aussi :Stations de ski : la saison démarrera-t-elle à l'heure "
     "?Le téléphérique transporte 300 000 passagers. Les commerçants s'inquiètent.",
     "Le câble est usé. Le téléphérique transporte 300 000 passagers. Les commerçants "
     "s'inquiètent."),
    ("Le câble est usé. Lire aussi : Stations de ski : la saison démarrera-t-elle à "
     "l'heure ?Le téléphérique transporte 300 000 passagers. Les commerçants s'inquiètent.",
     "Le câble est usé. Le téléphérique transporte 300 000 passagers. Les commerçants "
     "s'inquiètent."),
])
def test_a_spaced_question_mark_glued_to_the_next_block_ends_the_title(
    text: str, want: str
) -> None:
    assert _same(trailers(text), want)


@pytest.mark.parametrize(("text", "want"), [
    # No article sentence after it: a title's second part, and the run goes whole.
    ("Le câble est usé. Lire aussi : Stations de ski : la saison démarrera-t-elle à "
     "l'heure ?Les stations de l'Isère en alerte", "Le câble est usé."),
    # No link before it: the article's own question.
    ("Le câble est usé. Et maintenant ?Le maire répond demain aux habitants.",
     "Le câble est usé. Et maintenant ?Le maire répond demain aux habitants."),
])
def test_a_glued_spaced_mark_with_no_sentence_or_link_keeps_the_old_rule(
    text: str, want: str
) -> None:
    assert trailers(text) == want


# --- this round's units repeated: time linear in the text --------------------------------

REPEATED = [
    "Read more: Theatre reopens after roof repairQ: ",
    "Night ferry returns to the island after a year first appeared on Harbour Notes. ",
    "Night ferry returns to the island first appeared on Harbour Notes.      x ",
    "Related\nPier toll to rise by 5% from June · 3 min read\n",
    "Lee también: El rebaño cruza de nuevo la cañada de Ordás—¿Cuánto ",
    "If you are not reading this material in your news aggregator, the site you are "
    "looking at may be guilty of copyright infringement. ",
    "Lire aussi : La saison démarrera-t-elle ?Le ",
]


@pytest.mark.parametrize("unit", REPEATED)
def test_this_round_s_units_repeated_are_linear(unit: str) -> None:
    small = "The ferry left. " + unit * (25_000 // len(unit))
    big = "The ferry left. " + unit * (100_000 // len(unit))
    assert_linear(trailers, small, big, slack=0.05, small_runs=3)
