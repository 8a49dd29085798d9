"""The trailers cleaner: where a read-also title ends in glued and flattened text, the
boxes of titles a markup list leaves, and a link's words that are the article's own.

Each case removes a linked title and must keep every word of the article sentence
after it; the negatives keep article text that looks like a title's end. The wordings
are written for these tests.
"""

from __future__ import annotations

import re

import pytest

from cleantext import Pipeline
from cleantext.cleaners.trailers import trailers

OWN = Pipeline.from_names(["markup", "unicode", "trailers", "whitespace"])


def _fold(text: str) -> str:
    """Spaces folded, and the one after a sentence's stop dropped: "Land. Kritik" and
    "Land.Kritik" (a glued text keeps none) read the same."""
    return re.sub(r"([.!?][\"'”’»)]{0,3}) (?=\S)", r"\1", " ".join(text.split()))


def _same(got: str, want: str) -> bool:
    return _fold(got) == _fold(want)


# (lang, text, want): a title that ends in "?" or "!" glued to the next block's first
# word ("…?Kritik"): the title ends at its mark and the article sentence stays whole,
# even where a sentence opener follows a colon further on.
QUESTION_TITLES = [
    ("de", "Die Kosten trägt das Land.Mehr zum Thema: Wie sicher ist die alte Brücke?"
     "Kritik kam von der Opposition: Für das Gutachten fehle das Geld.",
     "Die Kosten trägt das Land.Kritik kam von der Opposition: Für das Gutachten fehle "
     "das Geld."),
    ("en", "The bridge reopens on Monday.Read more: Is the old bridge safe at last?"
     "Councillors said the repairs cost £2m: The money came from reserves.",
     "The bridge reopens on Monday.Councillors said the repairs cost £2m: The money came "
     "from reserves."),
    ("es", "El puente abre el lunes.Lee también: ¿Es seguro el viejo puente de hierro?"
     "Vecinos del barrio criticaron la obra: Los trabajos duraron un año.",
     "El puente abre el lunes.Vecinos del barrio criticaron la obra: Los trabajos "
     "duraron un año."),
]


@pytest.mark.parametrize(("lang", "text", "want"), QUESTION_TITLES)
def test_a_question_title_glued_to_the_next_sentence_ends_at_its_mark(
    lang: str, text: str, want: str
) -> None:
    assert _same(trailers(text), want), lang


def test_a_glued_full_stop_shows_no_title_end_and_the_sentence_stays() -> None:
    # A title ends in no full stop: after one, what follows may be the article's own.
    text = ("Die Kosten trägt das Land.Mehr zum Thema: Radweg wird deutlich teurer."
            "Die Kosten steigen auf neun Millionen Euro, sagte der Landrat.")
    out = trailers(text)
    assert "Die Kosten steigen auf neun Millionen Euro, sagte der Landrat." in out
    assert "Radweg wird deutlich teurer." in out


def test_box_titles_glued_after_a_question_end_the_text_and_go() -> None:
    # With no sentence after the mark, the titles run to the end: a box's, all of them.
    text = ("Ein Anteilschein kostet 250 Franken.Mehr zum Thema:Wer zahlt, wenn der Chef "
            "aufhört?Stadt will Läden im Erdgeschoss schützen")
    assert trailers(text) == "Ein Anteilschein kostet 250 Franken."


# (lang, text, want): a title's last word or figure run into a sentence opener of one
# letter ("…luzA junta …") or after a year ("… até 2026A empresa …", "… by 2027The …").
JUNCTION_TITLES = [
    ("pt", "A conduta rebentou na Rua da Fonte.Leia mais:Braga troca 40 quilómetros de "
     "canos até 2026A empresa municipal distribuiu água na escola.",
     "A conduta rebentou na Rua da Fonte.A empresa municipal distribuiu água na escola."),
    ("pt", "Os moradores queixam-se.Leia também:Moradores pedem mais luzA junta respondeu "
     "que vai estudar o caso.",
     "Os moradores queixam-se.A junta respondeu que vai estudar o caso."),
    ("en", "The road closes on Friday.Read more:Council to repave the high street by "
     "2027The work starts in May, the council said.",
     "The road closes on Friday.The work starts in May, the council said."),
    ("de", "Die Brücke bleibt gesperrt.Lesen Sie auch:Stadt plant neue Radwege bis "
     "2030Die Kosten trägt das Land.",
     "Die Brücke bleibt gesperrt.Die Kosten trägt das Land."),
    ("pl", "Most jest zamknięty.Czytaj też:Miasto remontuje wiadukt nad rzekąW "
     "poniedziałek ruszą prace, poinformował urząd.",
     "Most jest zamknięty.W poniedziałek ruszą prace, poinformował urząd."),
    # French: an elided pronoun before the last word ("qu’ailleurs").
    ("fr", "Le couple a racheté le four.Lire aussi : Les commerces ferment plus vite "
     "qu’ailleursLéa et Mathis Perrault ont repris l’affaire en mars.",
     "Le couple a racheté le four.Léa et Mathis Perrault ont repris l’affaire en mars."),
]


@pytest.mark.parametrize(("lang", "text", "want"), JUNCTION_TITLES)
def test_a_title_run_into_the_next_sentence_ends_at_the_junction(
    lang: str, text: str, want: str
) -> None:
    assert _same(trailers(text), want), lang


def test_a_line_number_with_a_letter_is_no_junction() -> None:
    # "12A" names a bus line; the title ends at the sentence opener after it.
    text = "Der Rat tagte.Lesen Sie auch: Die neue Buslinie 12A fährt ab Mai Die Stadt zahlt."
    assert _same(trailers(text), "Der Rat tagte.Die Stadt zahlt.")


@pytest.mark.parametrize("sep", [" ", ""])
def test_two_names_that_open_the_sentence_after_a_title_stay(sep: str) -> None:
    text = (f"Le couple a racheté le four.{sep}Lire aussi : Dans la Nièvre, les commerces "
            f"ferment plus vite qu’ailleurs{sep if sep else ''} Léa et Mathis Perrault, 27 et "
            "29 ans, ont quitté Dijon pour reprendre l’affaire.")
    out = trailers(text)
    assert "Léa et Mathis Perrault, 27 et 29 ans, ont quitté Dijon" in out
    assert "Nièvre" not in out


def test_a_quotation_dash_glued_to_a_title_stays_with_the_quotation() -> None:
    # Swedish opens a quotation with a dash; glued blocks run it into the title's last word.
    text = ("Flera har skadat sig, enligt kommunen.Läs också: Här byggs 40 nya laddstolpar "
            "i Västerby– Vi har väntat länge, säger ordföranden.")
    assert _same(trailers(text),
                 "Flera har skadat sig, enligt kommunen.– Vi har väntat länge, säger ordföranden.")


def test_an_ordinal_date_in_a_title_ends_no_sentence() -> None:
    text = ("Die Fahrten kosten 380.000 Euro im Jahr. Lesen Sie auch: Stadtwerke erhöhen den "
            "Gaspreis zum 1. April Der Seniorenbeirat begrüßte die Entscheidung.")
    assert trailers(text) == (
        "Die Fahrten kosten 380.000 Euro im Jahr. Der Seniorenbeirat begrüßte die Entscheidung.")


# --- ranked and related boxes in flattened text -------------------------------------------


def test_a_ranked_box_after_widget_debris_that_ends_the_text_goes() -> None:
    text = ("Dit kost ons klanten, zegt de voorzitter. Sorteer op: Nieuwste eerst Meest gelezen "
            "1. Brand in schuur bij Ede 2. Nieuwe burgemeester voor Wijk 3. Fietspad langs "
            "de Rijn open")
    assert trailers(text) == "Dit kost ons klanten, zegt de voorzitter. Sorteer op: Nieuwste eerst"


def test_a_ranked_box_after_debris_with_prose_after_it_stays() -> None:
    text = ("De raad stemde in. Sorteer op: Nieuwste eerst Meest gelezen 1. Brand in schuur "
            "bij Ede 2. Nieuwe burgemeester voor Wijk De wethouder reageerde verheugd.")
    assert "De wethouder reageerde verheugd." in trailers(text)


def test_a_related_box_runs_on_into_a_ranked_box_at_the_end() -> None:
    text = ("La organización pide ayudas para el transporte de agua. Noticias relacionadas "
            "La Junta aprueba ayudas para los ganaderos El embalse de La Zarza, en mínimos "
            "Lo más leído 1. Un incendio calcina 40 hectáreas 2. Detenidos dos jóvenes por "
            "pintadas")
    assert trailers(text) == "La organización pide ayudas para el transporte de agua."


# --- a box's list items, as the markup cleaner breaks them --------------------------------


def test_the_items_of_a_box_list_go_with_its_heading() -> None:
    html = ("<p>Il servizio parte lunedì, precisa il direttore.</p>"
            "<div><h4>Potrebbe interessarti anche</h4><ul>"
            "<li><a href='/a'>Pronto soccorso, attese record a luglio</a></li>"
            "<li><a href='/b'>Mancano quaranta medici di base in provincia</a></li>"
            "</ul></div><p>Nei primi tre mesi il servizio sarà sperimentale.</p>")
    assert OWN(html) == ("Il servizio parte lunedì, precisa il direttore.\n\n"
                         "Nei primi tre mesi il servizio sarà sperimentale.")
    html = ("<p>The service starts on Monday.</p><h4>Related stories</h4><ul>"
            "<li><a href='/a'>Waiting times rise at the city hospital</a></li>"
            "<li><a href='/b'>Forty family doctors wanted in the county</a></li>"
            "<li><a href='/c'>New clinic opens in the old library</a></li>"
            "</ul><p>The trial lasts three months.</p>")
    assert OWN(html) == "The service starts on Monday.\n\nThe trial lasts three months."


def test_a_subhead_after_a_box_list_stays() -> None:
    html = ("<p>The service starts on Monday.</p><div><h4>Related stories</h4><ul>"
            "<li><a href='/a'>Waiting times rise at the city hospital</a></li></ul></div>"
            "<h3>What the trial will cost</h3><p>The trial lasts three months.</p>")
    assert OWN(html) == ("The service starts on Monday.\n\nWhat the trial will cost\n\n"
                         "The trial lasts three months.")
    html = ("<p>The service starts on Monday.</p><h4>Related stories</h4><ul>"
            "<li><a href='/a'>Waiting times rise at the city hospital</a></li>"
            "<li><a href='/b'>Forty family doctors wanted in the county</a></li></ul>"
            "<h3>What the trial will cost</h3><p>The trial lasts three months.</p>")
    assert OWN(html) == ("The service starts on Monday.\n\nWhat the trial will cost\n\n"
                         "The trial lasts three months.")


def test_in_blank_line_paragraphs_a_title_shaped_line_after_the_first_stays() -> None:
    text = ("The service starts on Monday.\n\nRelated stories\n\nWaiting times rise at the "
            "city hospital\n\nWhat the trial will cost\n\nThe trial lasts three months.")
    assert OWN(text) == ("The service starts on Monday.\n\nWhat the trial will cost\n\n"
                         "The trial lasts three months.")


# --- a link's words as the article's own line ---------------------------------------------


@pytest.mark.parametrize("text", [
    "Op de posters staat in grote letters:\n\nLees meer.\nGewoon omdat het kan.\n\n"
    "De leerlingen kiezen zelf een boek.",
    "The banner on the library reads:\n\nRead more.\n\nThe campaign runs all year.",
    "Auf den Plakaten steht nur ein Wort:\n\nWeiterlesen.\n\nDie Aktion läuft bis Mai.",
])
def test_a_slogan_the_article_announces_with_a_colon_stays(text: str) -> None:
    assert trailers(text) == text


@pytest.mark.parametrize(("text", "want"), [
    # After a paragraph that ends as a sentence does: the widget's.
    ("The campaign runs all year.\n\nRead more.\n\nThe library opens at nine.",
     "The campaign runs all year.\n\nThe library opens at nine."),
    # A teaser cut after a colon keeps its link's usual shape, with no full stop.
    ("The council set out its plans as follows:\n\nContinue reading →",
     "The council set out its plans as follows:"),
])
def test_a_link_line_that_is_no_slogan_goes(text: str, want: str) -> None:
    assert OWN(text) == want


# --- a ranked box whose lines were joined by nothing ---------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("The market opens in October.Most Read1. Two hurt in crash on Highway 122. Dale High "
     "names new coach3. Restaurant scores for June",
     "The market opens in October."),
    # The heading glued to the word before it, which ends no sentence.
    ("Tags: Housing, Budget 2025Most Read1. Teen wins spelling bee2. Bridge closure "
     "extended until July3. Taco truck park opens",
     "Tags: Housing, Budget 2025"),
    ("Dit kost ons klanten.Sorteer op: Nieuwste eerstMeest gelezen1. Brand in loods bij Ede"
     "2. Nieuwe burgemeester voor Wijk",
     "Dit kost ons klanten.Sorteer op: Nieuwste eerst"),
    ("Las obras acaban en mayo.Lo más leído1. Cortes de tráfico en la avenida del Puerto"
     "2. Abre un nuevo supermercado en el polígono norte",
     "Las obras acaban en mayo."),
])
def test_a_glued_ranked_box_that_ends_the_text_goes(text: str, want: str) -> None:
    assert trailers(text) == want


@pytest.mark.parametrize("text", [
    # An item that is prose, and a last item that ends a sentence.
    "The market opens.Most Read1. The council met on Monday. It agreed the plan2. Bridge shut",
    "The market opens.Most Read1. Bridge shut2. The council said it would review the plan.",
    # One item is no box.
    "The market opens.Most Read1. Bridge closure extended until July",
])
def test_ranks_after_a_heading_that_are_no_box_stay(text: str) -> None:
    assert trailers(text) == text


# --- a box heading that names a site, alone at the end of a flattened text -----------------


@pytest.mark.parametrize(("text", "want"), [
    ("De bestuurder wordt gehoord door de politie. Lees meer uit Tilburg en omgeving",
     "De bestuurder wordt gehoord door de politie."),
    ("The vote was close. More from Example News", "The vote was close."),
    ("Die Polizei ermittelt.Mehr aus Hamburg", "Die Polizei ermittelt."),
])
def test_a_site_heading_alone_at_the_end_of_a_flattened_text_goes(text: str, want: str) -> None:
    assert trailers(text) == want


@pytest.mark.parametrize("text", [
    # No site's name: a clause ("the council"), or a sentence that goes on.
    "The vote was close. More from the council",
    "The vote was close. More from Example News about the vote will follow.",
    # Not at the end: the article goes on.
    "The vote was close. More from Example News The council meets again in May.",
])
def test_site_heading_words_in_flattened_prose_stay(text: str) -> None:
    assert trailers(text) == text
