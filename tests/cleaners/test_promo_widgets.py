"""The promo cleaner on widget families met in the eighth written set (share bars,
comment widgets, navigation, video lists, ad close buttons, newsletter boxes, app
pitches), in seven languages: each as a line, glued into a paragraph or into flattened
text, and the article sentences that use the same words, which stay.

The wordings are written for these tests; where one is the wording a tool prints, the
tool is named. Hostile inputs for the scans these families added are cases of
``tests/test_worst_case.py``.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLE, LONG, dressed
from tests.cleaners.test_promo_round12 import INSIDE as ROUND12_INSIDE
from tests.cleaners.test_promo_round12 import LINES as ROUND12_LINES

from cleantext import Pipeline, clean
from cleantext.cleaners.promo import promo

tidy = Pipeline.from_names(["promo", "whitespace"])

# (id, lines that are a widget) — they go, the paragraphs around them stay.
LINES = [
    ("a share bar with a copy-link button", "Facebook  X  Telegram  Copy link"),
    ("a share bar with a lower-case word in a name", "Pinterest · Pin it · Reddit"),
    ("share buttons that send the link to a friend",
     "Share on Twitter  ·  Share on Facebook  ·  Email to a friend"),
    ("a share heading with its icons' letters", "Share: f  in  ✉"),
    ("a German share heading with its icons' letters", "Teilen: f  x  ✉"),
    ("Jetpack's German button with 'über'",
     "Klicken, um über LinkedIn zu teilen (Wird in neuem Fenster geöffnet)"),
    ("an ad label with its close button", "Advertisement\nHide Ad"),
    ("a comment sorter with its orders", "Sort by: Best | Newest | Most replies"),
    ("a German comment sorter", "Sortieren nach: Älteste | Beliebteste"),
    ("a German sort order alone", "Älteste zuerst ▾"),
    ("the Facebook comments iframe's title", "Facebook Comments Plugin"),
    ("a French comment count in reactions", "3 réactions"),
    ("a Spanish comment invitation and its rules link",
     "Deja tu comentario\nNormas de participación"),
    ("a Portuguese comment invitation", "Seja o primeiro a comentar este artigo."),
    ("a Portuguese login line for comments", "Iniciar sessão para comentar"),
    ("a Dutch e-mail field with its button", "E-mailadres  Aanmelden"),
    ("an Italian comment form's button under its heading", "Lascia un commento\n\nInvia"),
    ("a comment login line", "Log in or register to comment"),
    ("a video list under its heading",
     "More videos\nWatch: Ferry delayed by fog 01:05\nWatch: Lifeboat launched at dawn 00:47"),
    ("a video player's title in the text", "▶ VIDEO: Flood water reaches the high street"),
    ("a Dutch video title", "Bekijk: Zo zag de brand er vanaf de dijk uit"),
    ("a menu padded with spaces under the skip link",
     "Skip to content\nHome  News  Sport  Weather  Jobs"),
    ("a Spanish menu in capitals padded with spaces over a trail",
     "PORTADA  DEPORTES  CULTURA  ECONOMÍA  OPINIÓN\nInicio / Deportes / Fútbol"),
    ("a trail after 'You are here'", "You are here: Home / Business / Retail"),
    ("a German trail after 'Sie sind hier'", "Sie sind hier: Startseite > Politik > Land"),
    ("a newsletter box with a teaser and a button",
     "Hungry? Get our weekly Kitchen newsletter with recipes and reviews. SIGN UP"),
    ("a German newsletter box with its button",
     "Das Wichtigste aus dem Landkreis jeden Abend in Ihrem Postfach. Jetzt kostenlos "
     "abonnieren"),
    ("a French newsletter box under its heading",
     "Newsletter Lyon Soir — Recevez chaque soir l'essentiel de l'actualité."),
    ("Reach's consent line under its sign-up box",
     "We use your sign-up to provide content in ways you've consented to. Read our "
     "Privacy Notice."),
    ("a Dutch app pitch that names the paper",
     "Download de gratis app van Omroep Zuidwest en ontvang meldingen bij groot nieuws."),
]


@pytest.mark.parametrize("unit", [u for _, u in [*LINES, *ROUND12_LINES]],
                         ids=[i for i, _ in [*LINES, *ROUND12_LINES]])
def test_widget_lines_go(unit: str) -> None:
    """These lines and round 12's (``test_promo_round12.LINES``)."""
    assert tidy(dressed(unit)) == ARTICLE


# (id, text, what is left) — units inside a paragraph or flattened text.
INSIDE = [
    ("a video player's title and time before the headline",
     "Watch: Harbour wall gives way in the storm 00:00 / 01:30 Harbour wall collapses "
     + LONG,
     "Harbour wall collapses " + LONG),
    ("a video list after the last sentence",
     LONG + " More videos Watch: Ferry delayed by fog 01:05 Watch: Lifeboat launched 00:47",
     LONG),
    ("a video list glued after the last sentence",
     LONG + "More videosWatch: Ferry delayed by fog 01:05Watch: Lifeboat launched 00:47",
     LONG),
    ("a share bar glued into one word", LONG + "TwitterFacebookWhatsAppCopy link", LONG),
    ("share labels glued before the next sentence",
     "Las obras duran un mes.Compartir en FacebookCompartir en XLa obra empieza el lunes.",
     "Las obras duran un mes. La obra empieza el lunes."),
    ("a share bar run into a follow prompt",
     LONG + "FacebookXLinkedInE-mailSiga-nos no Instagram e no Facebook", LONG),
    ("an app pitch between two sentences",
     LONG + " Descarga la app de Diario del Sur y recibe alertas de última hora. " + LONG,
     LONG + " " + LONG),
    ("a German app pitch with its verb last",
     "Die Polizei sperrte die Brücke. Jetzt die kostenlose Kurier-App herunterladen und "
     "keine Eilmeldung verpassen! Die Sperrung dauert bis Freitag.",
     "Die Polizei sperrte die Brücke. Die Sperrung dauert bis Freitag."),
    ("an Italian app pitch with its exclamation",
     "Il ponte riapre lunedì. Scarica l'app del Corriere della Valle e resta sempre "
     "aggiornato! «Era ora», dice il sindaco.",
     "Il ponte riapre lunedì. «Era ora», dice il sindaco."),
    ("a Spanish pitch of two sentences",
     LONG + " Recibe cada tarde las noticias de la comarca. Apúntate a nuestra newsletter "
     "gratuita. " + LONG,
     LONG + " " + LONG),
    ("a pitch's teaser question and button",
     LONG + ' "We will be ready," she said. Hungry? Get our weekly Kitchen newsletter with '
     "recipes and reviews. SIGN UP " + LONG,
     LONG + ' "We will be ready," she said. ' + LONG),
    ("an ad label and its close button before a quotation",
     LONG + ' Advertisement Hide Ad "It was a long night," she said.',
     LONG + ' "It was a long night," she said.'),
    ("a tip line after the last sentence",
     LONG + " Got a story? Email news@harbourgazette.example", LONG),
    ("a Portuguese comment heading and invitation after the last sentence",
     "A obra custou dois milhões. Comentários Seja o primeiro a comentar este artigo.",
     "A obra custou dois milhões."),
    ("an Italian share button between two sentences",
     "Il sindaco ha parlato. Condividi su WhatsApp Saranno attivi bus navetta.",
     "Il sindaco ha parlato. Saranno attivi bus navetta."),
    ("a navigation bar glued to the headline",
     "Home / Regio / Noord / NieuwsFietsers protesteren tegen nieuwe brug Fietsers "
     "blokkeerden zaterdag de toegang.",
     "Fietsers protesteren tegen nieuwe brug Fietsers blokkeerden zaterdag de toegang."),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in [*INSIDE, *ROUND12_INSIDE]],
                         ids=[i for i, _, _ in [*INSIDE, *ROUND12_INSIDE]])
def test_units_inside_a_line_go(text: str, expected: str) -> None:
    """These units and round 12's (``test_promo_round12.INSIDE``)."""
    assert clean(text) == expected


# Article text that uses the same words: it stays.
KEPT = [
    "Oldest | Newest",
    "The oldest and the newest buses were sold first.",
    "Sort by price, then by size, the guide says.",
    "He wrote f in the margin and x in the box.",
    "La vidéo a suscité 14 réactions. Le maire a répondu.",
    "Watch: the council votes tonight.",
    "The match starts at 19:30. Watch: Kick-off at Elland Road 19:30 The fans were early.",
    LONG + " Patients can now book online. Download the NHS App to book appointments. "
    + LONG,
    LONG + " Download speeds doubled last year, and news of it spread. " + LONG,
    "Die Stadt warnt. Die App herunterladen konnten nur wenige Nutzer, die Nachrichten "
    "kamen spät. Das sagte er.",
    "Der Anbieter bittet alle Kunden, die neue App herunterladen und die Nachrichten "
    "prüfen. Das sagte er.",
    "Die Facebookseite wurde gelöscht. Der Twitterkanal auch.",
    "Home  Away  Draw  Points",
    "Name  Age  City  Country",
    "Home  News  Sport  Weather  Jobs",
    "News  Sport  Business  Weather and more",
    "Why now? The council will publish a newsletter in May.",
    "Submit",
    "You are here: a map of the old town shows the route.",
    "Advertisement Hide Adverts The farm keeps cows.",
    LONG + " Sign up for our weekly newsletter here. SIGN UP NOW The council said it would "
    "meet again in May and publish the minutes.",
]


@pytest.mark.parametrize("text", KEPT, ids=repr)
def test_article_text_stays(text: str) -> None:
    out = clean(dressed(text))
    for word in text.split():
        if word not in ("Advertisement", "here.", "SIGN", "UP", "NOW", "Sign", "up", "for",
                        "our", "weekly", "newsletter"):
            assert word in out, (word, out)


def test_a_video_title_that_opens_the_text_stays_as_its_headline() -> None:
    text = "WATCH: Drone footage of the flooded valley\n\n" + ARTICLE
    assert clean(text) == text
    # With the player's time under it, it is the player's title.
    assert clean("WATCH: Drone footage of the flooded valley\n00:00 / 02:10\n\n" + ARTICLE) \
        == ARTICLE


def test_a_table_header_under_page_furniture_stays() -> None:
    assert "Draw" in clean("Skip to content\nHome  Away  Draw  Points\n\n" + ARTICLE)


def test_the_article_after_a_shouted_button_stays() -> None:
    text = (LONG + " Sign up for our weekly newsletter here. SIGN UP NOW The council said "
            "it would meet again in May and publish the minutes.")
    assert clean(text).endswith("The council said it would meet again in May and publish "
                                "the minutes.")


def test_a_button_word_alone_stays_but_goes_under_its_widget() -> None:
    assert "Send" in clean(dressed("Send"))
    assert "Send" not in clean(dressed("Leave a Reply\n\nSend"))


def test_a_line_of_sort_orders_needs_its_heading() -> None:
    assert "Newest" in clean(dressed("Newest | Oldest | Most liked"))
    assert "Newest" not in clean(dressed("Sort by: Newest | Oldest | Most liked"))


def test_a_second_pass_finds_nothing() -> None:
    for _, unit in LINES:
        once = promo(dressed(unit))
        assert promo(once) == once
    for _, text, _ in INSIDE:
        once = clean(text)
        assert clean(once) == once
