"""The promo cleaner on widget families met in the twelfth written set: Nordic menus
and share bars, breadcrumb trails and menus in flattened text, pitches and badges
glued into it. Each as a line and in the shapes the family allows, and the article
sentences that use the same words, which stay.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES, dressed

from cleantext import clean

# (id, language, lines that are a widget): they go, the article around them stays.
LINES = [
    ("a Swedish menu one section a line", "sv", "Nyheter\nSport\nKultur\nNöje\nLedare\nE-tidning"),
    ("a Danish menu one section a line", "da", "Forside\nNyheder\nSport\nKultur\nDebat\nE-avis"),
    ("a Norwegian menu one section a line", "nb",
     "Forsiden\nNyheter\nSport\nKultur\nDebatt\nE-avis"),
    ("a Finnish menu one section a line", "fi",
     "Etusivu\nUutiset\nUrheilu\nKulttuuri\nMielipide\nNäköislehti"),
    ("a Swedish share bar under its heading", "sv", "Dela artikeln\nFacebook\nX\nKopiera länk"),
    ("a Danish share prompt with a network", "da", "Del artiklen på Facebook"),
    ("a Danish share bar under its heading", "da", "Del artiklen\nFacebook\nLinkedIn"),
    ("a Norwegian share prompt with a network", "nb", "Del artikkelen på Facebook"),
]


@pytest.mark.parametrize(("lang", "unit"), [c[1:] for c in LINES], ids=[c[0] for c in LINES])
@pytest.mark.parametrize("where", ["head", "middle", "tail"])
def test_a_widget_line_goes(lang: str, unit: str, where: str) -> None:
    first, second = ARTICLES[lang]
    parts = {"head": [unit, first, second], "middle": [first, unit, second],
             "tail": [first, second, unit]}[where]
    assert clean("\n\n".join(parts)) == f"{first}\n\n{second}"


# Article text that uses the same words: it stays.
KEPT = [
    "Sport\nKultur",  # two section headings are no menu
    "Nyheter om färjan kom sent.\nSport och kultur får mer pengar.",
    "Han bad dem dela artikeln på Facebook, sa hon.",
    "Debat\nByrådet diskuterede sagen i tre timer.",
    "Kultur er vigtig for byen, sagde borgmesteren.",
]


@pytest.mark.parametrize("text", KEPT, ids=repr)
def test_article_text_stays(text: str) -> None:
    assert clean(dressed(text)) == dressed(text)


# Breadcrumb trails that a space parts from the headline under them (flattened text):
# (trail, headline and article) in the languages whose headlines open as sentences do.
SPACED_TRAILS = [
    ("Inicio > Sociedad > Educación", "Un colegio de Lugo abre su biblioteca por la tarde. "
     "La medida empieza en marzo."),
    ("Portada › Salud", "Los centros de salud amplían su horario en verano. El plan dura "
     "tres meses."),
    ("Accueil / Actualités / Faits divers", "Une voiture finit dans le canal à Sète. Le "
     "conducteur est indemne."),
    ("Accueil > Éducation", "Le collège de Dinan ferme deux classes. Les parents protestent."),
    ("Home > Regio > Onderwijs", "Basisschool in Delfzijl krijgt een nieuw dak. Het werk "
     "duurt twee maanden."),
    ("Home » Politiek", "Gemeenteraad stemt in met nieuwe sporthal. De bouw begint in mei."),
    ("Home > Cronaca > Scuola", "Una nuova palestra per il liceo di Terni. I lavori partono "
     "a giugno."),
]


@pytest.mark.parametrize(("trail", "article"), SPACED_TRAILS, ids=[t for t, _ in SPACED_TRAILS])
def test_a_trail_before_its_headline_goes_in_flattened_text(trail: str, article: str) -> None:
    assert clean(f"{trail} {article}") == article


@pytest.mark.parametrize("text", [
    # English and German headlines open with a section's word in a name: they stay.
    "Home > News > Politics Police appeal after tractors stolen. Officers ask for help.",
    "Startseite › Lokales › Kreis Alten Bäckerei schließt nach 90 Jahren. Sie war beliebt.",
    # A last item that names no section, or one that runs on: the trail stays whole.
    "Inicio > Sociedad > Galicia Un colegio abre su biblioteca. La medida empieza hoy.",
    "Accueil > Faits divers marquants Une voiture finit dans le canal. Rien de grave.",
    # A compass point opens a place's name ("West Betuwe"): no section of its own.
    "Home > Regio > West Betuwe krijgt een nieuwe brug. De bouw begint in mei.",
], ids=repr)
def test_a_trail_whose_end_is_unclear_stays(text: str) -> None:
    assert clean(text) == text
