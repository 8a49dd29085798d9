"""The promo cleaner, round 17: a widget's label that article prose quotes stays, in
every quotation style the packs' languages print.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.promo import promo

# --- a label quoted in a sentence ------------------------------------------------------

# (opening, closing) marks: English, German and Dutch low-high, French guillemets with
# their spaces and without, German and Danish reversed guillemets, Swedish and Finnish
# high marks, straight and single ones.
QUOTES = [("“", "”"), ("„", "“"), ("„", "”"), ("« ", " »"), ("«", "»"),
          ("\u00ab\u00a0", "\u00a0\u00bb"), ("»", "«"), ("”", "”"), ('"', '"'), ("‘", "’")]

QUOTED_LABELS = [
    # (the sentence, with {q} where the quoted label goes; the label)
    ("La rédaction a ajouté un bouton {q} au bas de chaque page du site.", "Faire un don"),
    ("La rédaction a ajouté un bouton {q}. Peu de lecteurs l'utilisent.", "Faire un don"),
    ("Le site affiche désormais {q} sous chaque article publié.", "Copier le lien"),
    ("Every story now ends with a box reading {q}, the editor said.", "Sign up for our newsletter"),
    ("Readers complained about the {q} banner above each story.", "Advertisement"),
    ("The new app puts a large {q} button at the top of the page.", "Listen to this article"),
    ("Über jedem Text steht seit Mai der Hinweis {q}. Leser beschwerten sich.", "Anzeige"),
    ("Die Zeitung hat unter jedem Artikel einen Knopf {q} eingebaut.", "Artikel teilen"),
    ("El diario incluye ahora un botón {q} al final de cada noticia.", "Hazte socio"),
    ("Il giornale mostra la scritta {q} sopra ogni articolo.", "Pubblicità"),
    ("De krant zette een knop {q} onder elk artikel op de site.", "Deel dit artikel"),
    ("Tidningen har lagt till en knapp med texten {q} under varje artikel.", "Kopiera länk"),
]


@pytest.mark.parametrize(("opening", "closing"), QUOTES)
@pytest.mark.parametrize(("sentence", "label"), QUOTED_LABELS)
def test_a_label_quoted_in_a_sentence_stays(sentence: str, label: str, opening: str,
                                            closing: str) -> None:
    text = sentence.format(q=f"{opening}{label}{closing}")
    assert promo(text) == text
    # Between two paragraphs and flattened between two sentences, too.
    first, second = ARTICLES["en"]
    assert promo(f"{first}\n\n{text}\n\n{second}") == f"{first}\n\n{text}\n\n{second}"
    assert promo(f"{first} {text} {second}") == f"{first} {text} {second}"


@pytest.mark.parametrize("text", [
    "Le journal affiche « Soutenez-nous ! » en dernière page depuis lundi.",
    "The box reads “Donate now!” and sits below every story.",
    "Das Banner „Jetzt spenden!“ erscheint unter jedem Artikel.",
])
def test_a_quoted_label_with_its_own_mark_stays(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize("text", [
    # A newsletter box named by its words in an article's short paragraph: the reader
    # words are the box's, quoted, not the sentence's own.
    "The paper added a button reading “Get our daily newsletter” to its pages in May.",
    "Le site a ajouté un encadré « Recevez notre newsletter » à ses pages en mai.",
    "De krant plaatste een knop ‘Ontvang onze nieuwsbrief’ op elke pagina.",
])
def test_a_quoted_pitch_in_a_short_paragraph_stays(text: str) -> None:
    first, second = ARTICLES["en"]
    assert promo(f"{first}\n\n{text}\n\n{second}") == f"{first}\n\n{text}\n\n{second}"


@pytest.mark.parametrize(("text", "kept"), [
    # Marks that close one quotation and open the next are no quotation of the label.
    ('"We will rebuild," she said. Advertisement "The work starts in May," he added.',
     '"We will rebuild," she said. "The work starts in May," he added.'),
    ("« Nous reconstruirons », a-t-elle dit. Publicité « Les travaux commencent en mai », "
     "a-t-il ajouté.",
     "« Nous reconstruirons », a-t-elle dit. « Les travaux commencent en mai », "
     "a-t-il ajouté."),
    ("“We will rebuild,” she said.\n\nAdvertisement\n\n“The work starts in May,” he added.",
     "“We will rebuild,” she said.\n\n“The work starts in May,” he added."),
])
def test_a_label_between_two_quotations_goes(text: str, kept: str) -> None:
    assert clean(text) == kept
