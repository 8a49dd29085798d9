"""The trailers cleaner, round 19: precision first, then read-also boxes that stayed.

- glued text: an article sentence after a read-also or most-read heading, its full stop
  run into the next block (a comment widget), is the article's, not a title: titles end
  in no full stop;

Every junk unit must go and every article word around it stay; the negatives are
article prose in the same words. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.trailers import trailers

EN = ARTICLES["en"]
DE = ARTICLES["de"]
FR = ARTICLES["fr"]
ES = ARTICLES["es"]
NL = ARTICLES["nl"]
IT = ARTICLES["it"]
PT = ARTICLES["pt"]


# --- a sentence glued after a heading is the article's ---------------------------------------

# (article, heading, the article's sentence after it, the widget glued after its stop)
GLUED_SENTENCES = [
    (ES, "Más leídas", "Los pescadores llevan semanas esperando la nueva lonja del muelle.",
     "Comentarios"),
    (ES, "Lee también", "Los pescadores llevan semanas esperando la nueva lonja del muelle.",
     "Comentarios0Deja tu comentario"),
    (EN, "Most Read", "Fishermen have waited for weeks for the new market hall on the quay.",
     "Comments"),
    (EN, "Read more", "Fishermen have waited for weeks for the new market hall on the quay.",
     "Share this article"),
    (DE, "Mehr zum Thema", "Die Fischer warten seit Wochen auf die neue Halle am Kai.",
     "Kommentare"),
    (FR, "À lire aussi", "Les pêcheurs attendent depuis des semaines la nouvelle halle du quai.",
     "Commentaires"),
    (NL, "Lees ook", "De vissers wachten al weken op de nieuwe visafslag aan de kade.",
     "Reacties"),
    (IT, "Leggi anche", "I pescatori aspettano da settimane il nuovo mercato sul molo.",
     "Commenti"),
    (PT, "Leia também", "Os pescadores esperam há semanas pelo novo mercado do cais.",
     "Comentários"),
]


@pytest.mark.parametrize(("article", "heading", "sentence", "widget"), GLUED_SENTENCES)
def test_a_sentence_glued_after_a_heading_stays(
    article: list[str], heading: str, sentence: str, widget: str
) -> None:
    # Glued, as DOM text_content() joins blocks, and spaced: the heading may go, the
    # sentence stays whole, with or without the widget after it.
    for sep in ("", " "):
        for tail in (widget, ""):
            text = sep.join(x for x in (article[0], heading, sentence, tail) if x)
            assert sentence in trailers(text), text
            assert sentence in clean(text), text


def test_a_kicker_s_glued_stop_still_leads_its_title() -> None:
    # A kicker of three words at most keeps its stop inside the box's title.
    text = f"{NL[0]}Lees ook. Haven Noord.Nieuwe steiger voor zeilboten"
    assert trailers(text) == NL[0]
