"""The promo cleaner on widget families met in the ninth written set (players' chrome,
photo galleries, newsletter and app boxes, comment widgets' buttons, Medium's and
Blogger's page chrome, login and offer buttons, reading-time badges in flattened text),
in the languages of the packs: each as lines, run into flattened text (a space or
nothing for each line break), and the article sentences that use the same words, which
stay.

The wordings are written for these tests; where one is the wording a tool prints (video.js,
Medium, Blogger, Substack, the app stores' badges), the tool is named. Hostile inputs for
these scans are cases of ``tests/test_worst_case.py``.
"""

from __future__ import annotations

import pytest

from cleantext import Pipeline, clean
from cleantext.cleaners.promo import promo

tidy = Pipeline.from_names(["promo", "whitespace"])

BEFORE = "The harbour board met on Tuesday and agreed to repair the north wall."
AFTER = "Work on the wall will begin in October, a spokesperson said."
ARTICLE = f"{BEFORE}\n\n{AFTER}"


def dressed(unit: str) -> str:
    return f"{BEFORE}\n\n{unit}\n\n{AFTER}"


# video.js's control bar and dialog as a scrape prints them before the player loads
# (its en.json strings).
VIDEO_JS = ("Video Player is loading.\nPlay Video\nPlay\nMute\nCurrent Time 0:00\n/\n"
            "Duration 2:05\nLoaded: 0%\nStream Type LIVE\nRemaining Time -2:05\n1x\n"
            "Playback Rate\nChapters\nDescriptions\nCaptions\nAudio Track\nFullscreen\n"
            "This is a modal window.")

# (id, lines that are a widget) — they go, the paragraphs around them stay.
LINES = [
    ("video.js's chrome", VIDEO_JS),
    ("video.js's dialog lines",
     "Beginning of dialog window. Escape will cancel and close the window.\n"
     "End of dialog window."),
    ("an audio player with its play sign and vendor",
     "Listen to this article\n▶ 0:00 / 3:05\nPowered by Trinity Audio"),
    ("a German player with its playback rate", "Artikel anhören\n00:00 / 02:51\n1,5x"),
    ("an Italian player with its duration and badge", "Ascolta l'articolo\n4 min\nnuovo"),
    ("a Spanish player that says how long it lasts",
     "Escuchar noticia\nEscuchar esta noticia dura 1:58 min"),
    ("gallery counters with their word", "Photo 3 of 12\nBild 2 von 9\nFoto 1 di 5"),
    ("a Dutch gallery counter", "Foto 4 van 8"),
    ("a gallery's links to all its photos",
     "View all 12 photos\nAlle 8 Bilder ansehen\nVoir les 6 photos"),
    ("an Italian gallery button", "Guarda la gallery"),
    ("a newsletter box: heading, tagline, button",
     "Newsletter\nThe harbour's news, every weekday at seven.\nSubscribe"),
    ("a German newsletter box under its removed heading",
     "Newsletter\nJeden Abend die wichtigsten Nachrichten aus dem Kreis.\nJetzt anmelden"),
    ("a German newsletter box with its name as heading",
     "Newsletter Abendblick\nJeden Abend die wichtigsten Nachrichten aus dem Kreis.\n"
     "Jetzt anmelden"),
    ("a French newsletter box",
     "Inscrivez-vous à la newsletter Lyon Matin\n"
     "Chaque matin, l'essentiel de l'actualité lyonnaise.\nJe m'inscris"),
    ("an app box with the stores' badges (Apple's and Google's wording)",
     "Get the Harbour Gazette app\nLocal news and traffic alerts, right on your phone. "
     "Download on the App Store · Get it on Google Play"),
    ("an app pitch that names a compound",
     "Laden Sie sich jetzt die kostenlose Weserblick-App herunter – für iOS und Android."),
    ("a newsletter pitch with its perk",
     "Get the Riverside Daily in your inbox — the morning's news before breakfast. "
     "Sign up now. It's free."),
    ("a German pitch with its perk",
     "Abonnieren Sie den Newsletter Abendpost für die wichtigsten Nachrichten aus der "
     "Region. Es ist kostenlos."),
    ("Substack's pitch with its thanks",
     "Thanks for reading Harbour Notes! Subscribe for free to receive new posts and "
     "support my work."),
    ("Substack's thanks on a line of its own",
     "Thanks for reading Harbour Notes!\nSubscribe for free to receive new posts and "
     "support my work."),
    ("Medium's label over a member's story", "Member-only story"),
    ("Blogger's post footer",
     "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest\n"
     "Labels: ferries, harbour, council\n\nNewer Post Older Post Home\n"
     "Subscribe to: Post Comments (Atom)"),
    ("comment widgets' more-comments buttons",
     "Show more comments\nWeitere Kommentare laden\nAfficher plus de commentaires\n"
     "Ver más comentarios\nMostra altri commenti\nMeer reacties laden\n"
     "Ver mais comentários"),
    ("a comment widget's rules link", "Community guidelines"),
    ("a Spanish login button under its comment line",
     "Para comentar debes estar registrado.\nIniciar sesión"),
    ("a German share bar with its tweet and bookmark buttons",
     "Teilen\nTwittern\nMerken\nDrucken"),
    ("a share bar of common words glued by markup", "ShareTweetSend"),
    ("a share bar of common words, one a line", "Share\nTweet\nSend"),
    ("a Spanish share bar with its tweet button",
     "Tuitear Enviar por WhatsApp Copiar enlace"),
    ("a Swedish ad label", "Annons"),
    ("a Swedish ad label in capitals", "ANNONS"),
]


@pytest.mark.parametrize("unit", [u for _, u in LINES], ids=[i for i, _ in LINES])
def test_widget_lines_go(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


def test_a_gallery_goes_and_its_captions_stay() -> None:
    gallery = ("1 / 4\n\nThe winning boat crosses the line.\n\n2 / 4\n\n"
               "Crews wait at the harbour mouth.\n\n‹ Previous  Next ›\nView all 4 photos")
    out = tidy(dressed(gallery))
    assert out == dressed("The winning boat crosses the line.\n\n"
                          "Crews wait at the harbour mouth.")
    # One counter goes beside the gallery's button, alone it stays.
    assert "1/5" not in tidy(dressed("1/5\n\nA caption.\n\nSfoglia la gallery"))
    assert "1/5" in tidy(dressed("1/5\n\nA caption."))


def test_medium_s_header_goes_and_its_byline_and_date_stay() -> None:
    header = ("Jo Byline\n\nFollow\n\n6 min read · May 2, 2024\n\n--\n\n12\n\nListen\n\n"
              "Share")
    assert tidy(dressed(header)) == dressed("Jo Byline\n\nMay 2, 2024")


LONG = ("The harbour board met on Tuesday and agreed to repair the north wall before the "
        "winter storms, after engineers found cracks along a forty-metre stretch.")

# (id, text, what is left) — units in a paragraph or in flattened text.
INSIDE = [
    ("video.js's chrome run together with spaces",
     LONG + " Video Player is loading. Play Video Play Mute Current Time 0:00 / Duration "
     "2:05 Loaded: 0% Stream Type LIVE Remaining Time -2:05 1x Chapters Captions This is "
     "a modal window. " + LONG,
     LONG + " " + LONG),
    ("video.js's chrome glued",
     LONG + "Video Player is loading.PlayMuteCurrent Time 0:00/Duration 2:05ChaptersCaptions"
     "This is a modal window." + LONG,
     LONG + " " + LONG),
    ("a German player before the headline",
     "Artikel anhören 00:00 / 02:51 1x Brücke wird im Mai saniert Die Stadt sperrt die "
     "Brücke ab Montag für drei Wochen.",
     "Brücke wird im Mai saniert Die Stadt sperrt die Brücke ab Montag für drei Wochen."),
    ("an Italian player with its badge before the headline",
     "Ascolta l'articolo 3 min nuovo Il ponte riapre a maggio Il Comune ha finito i "
     "lavori in anticipo.",
     "Il ponte riapre a maggio Il Comune ha finito i lavori in anticipo."),
    ("two labels of a Spanish player before the headline",
     "Escuchar noticia Escuchar esta noticia dura 1:58 min El puente reabre en mayo El "
     "Ayuntamiento terminó las obras antes de tiempo.",
     "El puente reabre en mayo El Ayuntamiento terminó las obras antes de tiempo."),
    ("Medium's label before the headline",
     "Member-only story The tram that never came The city spent millions on a line it "
     "never built.",
     "The tram that never came The city spent millions on a line it never built."),
    ("Medium's byline bar run together",
     "Jo Byline Follow 6 min read · May 2, 2024 -- 12 Listen Share In May, the council "
     "voted to close the depot.",
     "Jo Byline May 2, 2024 In May, the council voted to close the depot."),
    ("a follow prompt glued after a closing quote",
     "“We made it,” she said.”Follow us on Facebook for the latest news from the coast."
     "The ferry sails again on Friday.",
     "“We made it,” she said.” The ferry sails again on Friday."),
    ("Substack's pitch glued between paragraphs",
     LONG + "Thanks for reading Harbour Notes!Subscribe for free to receive new posts and "
     "support my work." + LONG,
     LONG + " " + LONG),
    ("a newsletter pitch with its perk glued between paragraphs",
     "The bakery closed in May.Get the Riverside Daily in your inbox — the morning's news "
     "before breakfast.Sign up now.It's free.The new owners open on Monday.",
     "The bakery closed in May. The new owners open on Monday."),
    ("a French newsletter box run together",
     "Les résultats sont attendus jeudi. Inscrivez-vous à la newsletter Lyon Matin "
     "Chaque matin, l'essentiel de l'actualité lyonnaise. Je m'inscris Le maire a promis "
     "une réponse.",
     "Les résultats sont attendus jeudi. Le maire a promis une réponse."),
    ("a German newsletter box run together",
     "Die Halle ist zu klein. Newsletter Abendblick Jeden Abend die wichtigsten "
     "Nachrichten aus dem Kreis. Jetzt anmelden Der Bürgermeister sprach von einem "
     "guten Tag.",
     "Die Halle ist zu klein. Der Bürgermeister sprach von einem guten Tag."),
    ("an app pitch after the last sentence",
     LONG + " Get the Harbour Gazette app Local news and traffic alerts, right on your "
     "phone.",
     LONG),
    ("a comment widget's tail",
     LONG + " 12 Comments Sort by Newest Log in to comment Community guidelines", LONG),
    ("a French comment widget's tail",
     "Le maire a parlé. 4 commentaires Réagir Connectez-vous pour commenter Trier par : "
     "Plus récents",
     "Le maire a parlé."),
    ("a French share bar with its send button after the last sentence",
     "Le maire a parlé. Partager Tweeter Envoyer", "Le maire a parlé."),
    ("an Italian more-comments button after the last sentence",
     "Il sindaco ha parlato. Mostra altri commenti", "Il sindaco ha parlato."),
    ("Blogger's footer run together",
     LONG + " No comments: Labels: ferries, harbour Newer Post Older Post Home Subscribe "
     "to: Post Comments (Atom)",
     LONG),
    ("a login button after a teaser the wall cut",
     LONG + " O ministério garante que os pescadores serão compens… Inicie sessão", LONG),
    ("a Spanish reading time after the headline",
     "Los mayores viajarán gratis desde julio Tiempo de lectura: 3 min Las personas "
     "mayores de 65 años podrán usar el autobús.",
     "Los mayores viajarán gratis desde julio Las personas mayores de 65 años podrán usar "
     "el autobús."),
    ("a reading time after a byline's time zone",
     "By Ann Lee Published 09:30 GMT 4 min read The pool lost money last year.",
     "By Ann Lee Published 09:30 GMT The pool lost money last year."),
    ("a gallery run together with spaces",
     "The fair opened. 1 / 3 The judges weigh a pumpkin. 2 / 3 Children visit the tent. "
     "‹ Previous Next › View all 3 photos The winner weighed 600 kg.",
     "The fair opened. The judges weigh a pumpkin. Children visit the tent. The winner "
     "weighed 600 kg."),
    ("a gallery glued",
     "The fair opened.1 / 3The judges weigh a pumpkin.Photo: Ann Lee2 / 3Children visit the "
     "tent.View all 3 photosThe winner weighed 600 kg.",
     "The fair opened. The judges weigh a pumpkin.Photo: Ann LeeChildren visit the "
     "tent. The winner weighed 600 kg."),
    ("Dutch gallery counters with their word",
     "Het bleef druk. Foto 1 van 6 Bezoekers in de tuin. © Jan Smit Foto 2 van 6 "
     "„We zijn blij”, zegt de eigenaar.",
     "Het bleef druk. Bezoekers in de tuin. © Jan Smit „We zijn blij”, zegt de eigenaar."),
    ("one counter before its gallery's button",
     "Il mercato riapre. 1/4 Il mercato nel giorno della riapertura (foto Rossi) Sfoglia "
     "la gallery «Era ora», dice il sindaco.",
     "Il mercato riapre. Il mercato nel giorno della riapertura (foto Rossi) «Era ora», "
     "dice il sindaco."),
    ("an app pitch glued to its tagline",
     LONG + "Get the Harbour Gazette appLocal news and traffic alerts, right on your phone.",
     LONG),
    ("a German newsletter box glued",
     "Die Halle ist zu klein.NewsletterJeden Abend die wichtigsten Nachrichten aus dem "
     "Kreis.Jetzt anmeldenDer Bürgermeister sprach von einem guten Tag.",
     "Die Halle ist zu klein. Der Bürgermeister sprach von einem guten Tag."),
    ("an ad label glued after a closing quote",
     "He called it “the heart of the parish”.ADVERTISEMENTOn Sunday the hall reopens.",
     "He called it “the heart of the parish”. On Sunday the hall reopens."),
    ("a Dutch reading time after the headline",
     "Drukte bij de pluktuin Leestijd 2 minuten LISSERBROEK - Ruim 6.000 mensen kwamen.",
     "Drukte bij de pluktuin LISSERBROEK - Ruim 6.000 mensen kwamen."),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in INSIDE],
                         ids=[i for i, _, _ in INSIDE])
def test_units_inside_a_line_go(text: str, expected: str) -> None:
    assert clean(text) == expected


def test_a_button_that_ends_the_text_goes() -> None:
    assert clean(LONG + "\n\nSee all offers") == LONG
    assert clean(LONG + "\n\nInicie sessão\n") == LONG
    # Anywhere else a button's word is a word.
    assert "Log in" in clean(dressed("Log in"))


# Article text that uses the same words: it stays.
KEPT = [
    "The video player is loading slowly, engineers said.",
    "1/2 tsp ground cloves",
    "Mix 3/4 of the flour with the eggs.",
    "Photo 1 of the series shows the pier at dawn.",
    "View all 6 photos of the new stadium in our gallery, the club said.",
    "The engine ran at 1x speed for the test.",
    "Advertisement\nPowered by wind and sun, the island now exports power.",
    "The newsletter reaches your inbox on Fridays, the editor said. Sign up now.",
    "Entry to the museum is free. The council met on Monday.",
    "They listen. Share prices fell -- 3 per cent.",
    "Annonsen kostade 100 kronor, säger han.",
    "Twittern ist im Rathaus verboten, sagte er.",
    "SharePoint and TweetDeck were down. The shared tweets were printed.",
    "Thanks for reading the small print, residents spotted the error.",
    "Subscribe to our newsletter\nThe council met on Monday to approve the budget.\n"
    "Subscribe to our newsletter",
    "Newsletter\nThe council's newsletter goes out on Fridays.\nAdvertisement",
    "Sign in here to vote for the new name.",
    "Labels on the jars were changed in May.",
    "Le maire a parlé. Partager Tweeter Envoyer la lettre au préfet.",
    "Send the form by May. The council will reply.",
    "El 1 de mayo de 2024 se reunió el pleno.",
    "See our review. Food 4 / 5 Service 3 / 5 Value 4 / 5 The chef trained in Lyon.",
    "Newsletter\nThe council's newsletter goes out on Fridays, the clerk said.\nSubscribe",
]


@pytest.mark.parametrize("text", KEPT, ids=repr)
def test_article_text_stays(text: str) -> None:
    out = clean(dressed(text))
    junk = {"Sign", "up", "now.", "Advertisement", "Subscribe", "to", "our", "newsletter",
            "Newsletter"}
    for word in text.split():
        if word not in junk:
            assert word in out, (word, out)


def test_the_article_s_last_paragraph_under_a_pitch_stays() -> None:
    text = ("The council met on Monday.\nSign up for our newsletter\n"
            "If you have any information, call the police on 101.")
    assert "If you have any information, call the police on 101." in clean(text)


def test_a_paragraph_between_two_pitches_stays() -> None:
    text = ("Subscribe to our newsletter\nThe council met on Monday to approve the budget.\n"
            "Subscribe to our newsletter\nWork begins in May.")
    assert "The council met on Monday to approve the budget." in clean(text)


def test_a_second_pass_finds_nothing() -> None:
    for _, unit in LINES:
        once = promo(dressed(unit))
        assert promo(once) == once
    for _, text, _ in INSIDE:
        once = clean(text)
        assert clean(once) == once
