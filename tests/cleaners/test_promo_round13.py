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


# Section menus flattened onto the headline's line: (menu, its items parted by "/";
# headline and article).
FLAT_MENUS = [
    ("Inicio/Local/Nacional/Deportes/Cultura/Opinión", "Un colegio de Lugo abre su "
     "biblioteca por la tarde. La medida empieza en marzo."),
    ("Nyheter/Sport/Nöje/Kultur/Ledare", "Ny simhall byggs vid hamnen i Umeå. Bygget börjar "
     "i höst."),
    ("Home/News/Sport/What's On/Business/Jobs", "Ferry fares rise for islanders. The "
     "operator blamed fuel costs."),
    ("Startseite/Lokales/Politik/Wirtschaft/Kultur/Sport", "Neue Brücke über die Aller "
     "eröffnet. Der Bau dauerte zwei Jahre."),
    ("Home/Binnenland/Buitenland/Politiek/Economie/Cultuur", "Gemeenteraad stemt in met "
     "nieuwe sporthal. De bouw begint in mei."),
]


@pytest.mark.parametrize(("menu", "article"), FLAT_MENUS, ids=[m for m, _ in FLAT_MENUS])
@pytest.mark.parametrize("join", [" ", ""], ids=["spaced", "glued"])
def test_a_flattened_menu_before_the_headline_goes(menu: str, article: str, join: str) -> None:
    assert clean(join.join(menu.split("/")) + join + article) == article


def test_a_flattened_menu_in_capitals_goes_when_spaces_part_its_names() -> None:
    article = "Le collège de Dinan ferme deux classes. Les parents protestent."
    menu = "ACCUEIL POLITIQUE ÉCONOMIE SOCIÉTÉ CULTURE SPORT"
    assert clean(f"{menu} {article}") == article
    # Glued, nothing parts its names: it stays (junk left, no headline word lost).
    glued = menu.replace(" ", "") + article
    assert clean(glued) == glued


def test_a_flattened_menu_goes_on_a_later_line_of_a_text_let_through() -> None:
    text = ("Advertisement\n\nNyheter Sport Nöje Kultur Ledare Ny simhall byggs vid hamnen. "
            "Bygget börjar i höst.")
    assert clean(text) == "Ny simhall byggs vid hamnen. Bygget börjar i höst."


def test_a_headline_that_opens_with_a_sections_name_keeps_it() -> None:
    article = "Deportes y ocio en verano. Texto del artículo."
    assert clean(f"Portada Local Nacional Cultura Opinión {article}") == article
    assert clean(f"PortadaLocalNacionalCulturaOpinión{article}") == article


def test_a_flattened_menu_of_its_own_line_goes_whole() -> None:
    text = "Nyheter Sport Nöje Kultur Debatt E-tidning\n\nNy simhall byggs vid hamnen."
    assert clean(text) == "Ny simhall byggs vid hamnen."


@pytest.mark.parametrize(("text", "kept"), [
    ("The ferry left late.4 min readThe council met on Monday.",
     "The ferry left late. The council met on Monday."),
    ("The ferry left late.12 min read The council met on Monday.",
     "The ferry left late. The council met on Monday."),
    ("El barco salió tarde.3 minutos de lecturaEl consejo se reunió.",
     "El barco salió tarde. El consejo se reunió."),
], ids=["glued", "spaced", "spanish"])
def test_a_reading_time_badge_glued_after_a_stop_goes(text: str, kept: str) -> None:
    assert clean(text) == kept


# A share bar's copy-link button between sentences of flattened text: (text, kept).
COPY_LINKS = [
    ("it", "Copia link"), ("it", "Copia il link"), ("es", "Copiar link"),
    ("pt", "Copiar o link"), ("sv", "Kopiera länk"), ("da", "Kopier link"),
    ("nb", "Kopier lenke"), ("fi", "Kopioi linkki"),
]


@pytest.mark.parametrize(("lang", "button"), COPY_LINKS, ids=[b for _, b in COPY_LINKS])
def test_a_copy_link_button_goes_between_sentences(lang: str, button: str) -> None:
    first, second = ARTICLES[lang]
    assert clean(f"{first} {button} {second}") == f"{first} {second}"


@pytest.mark.parametrize(("text", "kept"), [
    # A label in capitals that a longer label continues (Portuguese "PUBLICIDADE").
    ("El puerto cerró a las ocho.PUBLICIDADEl ayuntamiento abrirá otro en mayo.",
     "El puerto cerró a las ocho. El ayuntamiento abrirá otro en mayo."),
    ("El puerto cerró a las ocho.PUBLICIDADLas obras empiezan en mayo.",
     "El puerto cerró a las ocho. Las obras empiezan en mayo."),
    # German ad notices after the label, glued, spaced and as a line.
    ("Der Hafen schloss um acht.AnzeigeWeiterlesen nach der Anzeige„Wir bauen neu“, "
     "sagt sie.", "Der Hafen schloss um acht. „Wir bauen neu“, sagt sie."),
    ("Der Hafen schloss um acht. Lesen Sie weiter nach der Anzeige Die Arbeiten beginnen.",
     "Der Hafen schloss um acht. Die Arbeiten beginnen."),
    ("Der Hafen schloss um acht.\n\nArtikel wird unter der Anzeige fortgesetzt\n\n"
     "Die Arbeiten beginnen.", "Der Hafen schloss um acht.\n\nDie Arbeiten beginnen."),
], ids=["glued es", "glued es plural", "glued de", "spaced de", "line de"])
def test_an_ad_label_glued_between_sentences_goes(text: str, kept: str) -> None:
    assert clean(text) == kept


@pytest.mark.parametrize("shape", ["\n\n", " ", ""], ids=["line", "spaced", "glued"])
def test_a_reader_mode_prompt_goes(shape: str) -> None:
    first, second = ARTICLES["en"]
    prompt = "Tap to enable a layout that focuses on the article."
    assert clean(f"{first}\n\n{second}{shape}{prompt}") == f"{first}\n\n{second}"


def test_a_sentence_about_a_layout_stays() -> None:
    text = dressed("Readers can tap to enable a layout that focuses on the article, he said.")
    assert clean(text) == text


@pytest.mark.parametrize(("text", "kept"), [
    ("Sign inFerry fares rise for islanders. The operator blamed fuel costs.",
     "Ferry fares rise for islanders. The operator blamed fuel costs."),
    ("SubscribeLog inFerry fares rise for islanders. The operator blamed fuel costs.",
     "Ferry fares rise for islanders. The operator blamed fuel costs."),
], ids=["sign in", "subscribe, log in"])
def test_a_login_button_glued_to_the_headline_goes(text: str, kept: str) -> None:
    assert clean(text) == kept


@pytest.mark.parametrize(("tail"), [
    "Like this story? Get the Harbour Post newsletter every Friday. Sign up",
    "Follow us on Facebook for more local news.",
    "Share",
], ids=repr)
def test_widgets_glued_after_the_last_sentence_go(tail: str) -> None:
    first, second = ARTICLES["en"]
    assert clean(f"{first}{second}{tail}") == f"{first}{second}"


def test_a_long_pitch_that_ends_flattened_text_goes() -> None:
    first, second = ARTICLES["en"]
    pitch = ("Sign up to the Harbour Post's evening digest - the day's council, court and "
             "transport stories, straight to your inbox.")
    assert clean(f"{first} {second} {pitch}") == f"{first} {second}"


@pytest.mark.parametrize(("lang", "pitch"), [
    ("fr", "Abonnez-vous à notre newsletter Bocage Soir pour recevoir l'essentiel de "
     "l'actualité locale."),
    ("en", "Sign up for our newsletter Harbour Weekly for the latest council news."),
], ids=["fr", "en"])
def test_a_pitch_that_names_its_newsletter_goes_whole_in_flattened_text(
        lang: str, pitch: str) -> None:
    first, second = ARTICLES[lang]
    assert clean(f"{first} {second} {pitch}") == f"{first} {second}"


def test_a_named_pitch_that_opens_no_sentence_still_loses_its_prompt() -> None:
    text = ("Le port ferme. Partager : Abonnez-vous à notre newsletter Bocage Soir pour "
            "recevoir l'essentiel.")
    assert "Abonnez-vous" not in clean(text)
    assert clean(text).startswith("Le port ferme.")


def test_only_the_prompt_goes_where_a_name_opens_the_article() -> None:
    text = "Prices rose. Sign up for our newsletter The Mayor and council voted on Monday."
    assert clean(text) == "Prices rose. The Mayor and council voted on Monday."


# Flattened article text that uses the families' words, or whose units' ends are
# unclear: it stays whole.
KEPT_FLAT = [
    # Breadcrumb trails whose end is unclear.
    # English and German headlines open with a section's word in a name: they stay.
    "Home > News > Politics Police appeal after tractors stolen. Officers ask for help.",
    # A last item that names no section, or one that runs on: the trail stays whole.
    "Inicio > Sociedad > Galicia Un colegio abre su biblioteca. La medida empieza hoy.",
    "Accueil > Faits divers marquants Une voiture finit dans le canal. Rien de grave.",
    # A compass point opens a place's name ("West Betuwe"): no section of its own.
    "Home > Regio > West Betuwe krijgt een nieuwe brug. De bouw begint in mei.",
    # What may open a headline after a menu.
    # A section no pack lists ends what goes: the run before it is too short, all stays.
    "Portada Local Motos Deportes Cultura Opinión El equipo asciende. Texto del artículo.",
    # Four names: a headline may open with as many.
    "News Sport Business Opinion Ferry fares rise for islanders. The operator blamed fuel.",
    # Not at the line's start.
    "The site lists News Sport Business Opinion Jobs Weather in its menu, she said.",
    # A trail's home word after the menu is the trail's: English trails stay whole.
    "Home › News › Crime Police appeal after tractors stolen. Officers ask for help.",
    # Reading times in sentences.
    "The talk lasted 2.5 min read aloud by the clerk.",  # a number's decimals
    "The ferry left late.5 minutes read the sign at the gate.",  # a sentence goes on
    # Copy-link words in sentences.
    "Hon sa: kopiera länk och skicka den till kommunen.",
    "La copia link del documento è stata inviata al comune.",
    # Glued labels that no change of case parts from the next word.
    "Die Leser wollen weiterlesen nach der Anzeige im Blatt, sagt sie.",
    # Login words that may open the text.
    "Sign in Ferry fares rise for islanders. The operator blamed fuel costs.",  # spaced
    "SendGrid raised new funds. The company grew.",  # one word: a brand's name may open
    "Log in problems hit the council website on Monday, officials said.",
    # An abbreviation before a tail word.
    "The plant was built in the U.S.Share prices fell on Monday.",
    # Sentences that talk of signing up.
    "Sign up to vote closes on Friday, and reminders will land in every voter's inbox, "
    "officials said.",
    "The council met. Sign up to the volunteer scheme has doubled since the library "
    "began sending a letter to every inbox. Officials welcomed it.",
]


@pytest.mark.parametrize("text", KEPT_FLAT, ids=repr)
def test_flattened_article_text_stays(text: str) -> None:
    assert clean(text) == text
