"""Banners, round 15: the tail written-13 showed: a consent wall whose first sentence puts
its purpose first and its verb before "we" ("Om je een optimale ervaring te bieden,
gebruiken wij …"), pay-or-consent walls that write both choices as sentences to the
reader ("Nutzen Sie unser Angebot ohne Werbetracking … Oder lesen Sie wie gewohnt mit
Werbung: …", "Pour continuer à lire gratuitement, acceptez les cookies.") under the
paid choice's heading ("Werbefrei lesen mit PUR"), a dialog that names its refusal
button in quotation marks to say what it does ("Usa il pulsante “Rifiuta” per …"), and
a paywall's call whose plan follows a dash ("Lesen Sie jetzt weiter – mit einem
Digital-Abo."); and, where the line breaks went with nothing in their place, a
paywall's call run into its last button ("… Log inSubscribe from £1 a week").

Positive tables: walls with their buttons, at the head and the tail of an article, as
paragraphs, flattened, and glued (every line break lost with nothing in its place).
Negative tables: article sentences with the same words stay exactly as they are. All
text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round11 as round11
from tests.cleaners import test_banners_round14 as round14
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.banners import banners

# (language, what it is, wall lines: its text, then the buttons it prints)
WALLS = [
    ("nl", "consent wall whose first sentence opens with its purpose",
     ["Om je een zo goed mogelijke ervaring te bieden, gebruiken wij cookies voor "
      "statistieken en advertenties. Je kunt je toestemming op elk moment intrekken "
      "onderaan de pagina.",
      "Akkoord", "Weigeren"]),
    ("nl", "consent wall with its partners between verb and cookies",
     ["Om u een optimale gebruikservaring te bieden, maken wij en onze partners gebruik "
      "van cookies.",
      "Wij gebruiken deze om advertenties af te stemmen op uw interesses.",
      "Akkoord", "Instellingen aanpassen"]),
    ("de", "pay-or-consent wall under its paid choice's heading",
     ["Werbefrei weiterlesen mit PUR",
      "Nutzen Sie unser Angebot ohne Werbung und ohne Tracking für 3,99 € im Monat. Oder "
      "lesen Sie wie gewohnt mit Werbung: Mit Ihrer Einwilligung nutzen wir und unsere "
      "Partner Cookies für personalisierte Anzeigen.",
      "Akzeptieren und weiter", "PUR abonnieren"]),
    ("de", "pay-or-consent wall with its sign-in line",
     ["Werbefrei lesen mit contentpass",
      "Nutzen Sie unser Angebot ohne Werbetracking für 2,49 € im Monat.",
      "Oder lesen Sie wie gewohnt mit Werbung: Mit Ihrer Zustimmung setzen wir Cookies "
      "ein, um Inhalte und Anzeigen zu personalisieren.",
      "Zustimmen und weiter", "Bereits contentpass-Nutzer? Hier anmelden"]),
    ("fr", "pay-or-consent wall whose free choice is said to the reader",
     ["Pour continuer à lire gratuitement, acceptez les cookies.",
      "Ou abonnez-vous pour lire sans publicité pour 2,99 € par mois.",
      "Accepter et continuer", "S'abonner"]),
    ("it", "pay-or-consent wall whose free choice is said to the reader",
     ["Per continuare a navigare gratuitamente, accetta i cookie.",
      "Oppure abbonati per navigare senza pubblicità profilata a 1,99 € al mese.",
      "Accetta e continua", "Abbonati"]),
    ("it", "consent notice that names its refusal button in quotation marks",
     ["Noi e terze parti selezionate utilizziamo cookie per finalità tecniche e, con il "
      "tuo consenso, anche per altre finalità.",
      "Usa il pulsante “Accetta” per acconsentire. Usa il pulsante “Rifiuta” per "
      "continuare senza accettare.", "Rifiuta", "Accetta"]),
    ("en", "consent notice that names its refusal button in quotation marks",
     ["We and selected third parties use cookies for technical purposes and, with your "
      "consent, for other purposes.",
      "Use the “Accept” button to consent. Use the “Reject” button to continue without "
      "accepting.", "Reject", "Accept"]),
    ("nl", "consent notice that names its settings button in single marks",
     ["Wij gebruiken cookies om het bezoek aan onze site te meten.",
      "Gebruik de knop ‘Voorkeuren beheren’ om je keuzes aan te passen.",
      "Akkoord", "Voorkeuren beheren"]),
    ("de", "paywall's call whose plan follows a dash, over its offer",
     ["Lesen Sie jetzt weiter – mit einem Digital-Abo.",
      "Alle Artikel, werbereduziert und jederzeit kündbar. Jetzt 4 Wochen für 1 € testen",
      "Bereits Abonnent? Hier anmelden"]),
    ("de", "paywall's call with a hyphen before its plan",
     ["Jetzt weiterlesen - mit unserem Digital-Abo",
      "Alle Artikel, werbereduziert und monatlich kündbar.", "Jetzt abonnieren"]),
]


@pytest.mark.parametrize(("lang", "wall"), [pytest.param(lang, wall, id=f"{lang} {what} goes")
                                            for lang, what, wall in WALLS])
def test_wall_goes_in_every_shape(lang: str, wall: list[str]) -> None:
    # At the head, at the tail, flattened and glued, as round 14's walls are.
    round14.test_wall_goes_in_every_shape(lang, wall)


# (language, article sentence): the same words in an article, which stays
CONTENT = [
    ("nl", "Om je een optimale ervaring te bieden, gebruiken wij cookies, zegt de "
     "woordvoerder van de webwinkel."),
    ("nl", "Je kunt je toestemming altijd weer intrekken, zei de privacywaakhond."),
    ("nl", "Je kunt je toestemming voor het delen van je gegevens altijd intrekken bij de "
     "balie van het gemeentehuis."),
    ("nl", "Het bedrijf plaatste cookies en soortgelijke technieken zonder toestemming."),
    ("de", "Mit ihrer Zustimmung verwenden wir die Fotos der Familie."),
    ("de", "Nutzen Sie unser Angebot ohne Werbung, sagte der Verlagschef bei der "
     "Vorstellung des Pur-Abos."),
    ("de", "Mit PUR werbefrei lesen: Immer mehr Verlage bieten ein Abo ohne Werbung an."),
    ("fr", "Pour continuer à lire gratuitement, les usagers de la médiathèque devront "
     "souscrire un abonnement."),
    ("it", "Per leggere gratuitamente i quotidiani, gli utenti della biblioteca non hanno "
     "più bisogno di un abbonamento."),
    ("it", "Chi usa il pulsante “Rifiuta” vede comunque la pubblicità, ha spiegato il "
     "Garante della privacy."),
    ("en", "Click the “Reject” button and the cookies still load, the regulator found."),
]


@pytest.mark.parametrize(("lang", "sentence"),
                         [pytest.param(lang, s, id=f"{lang}: {s[:50]}") for lang, s in CONTENT])
def test_article_sentence_stays(lang: str, sentence: str) -> None:
    # Alone, between and after the article's paragraphs, flattened, as round 11's are.
    round11.test_article_with_the_same_words_stays(lang, sentence)


# (language, wall lines, article sentence after them): an article sentence that names a
# quoted button right after a wall is the article's, not the wall's
AFTER_WALL = [
    ("en", ["We use cookies to measure traffic.", "Accept", "Reject"],
     "Shoppers who pressed “Reject” still saw the same ads, the survey showed."),
    ("it", ["Utilizziamo cookie per misurare il traffico.", "Accetta", "Rifiuta"],
     "I clienti che hanno premuto “Rifiuta” hanno visto gli stessi annunci, secondo "
     "l'indagine."),
]


@pytest.mark.parametrize(("lang", "wall", "sentence"),
                         [pytest.param(*case, id=f"{case[0]}: {case[2][:40]}")
                          for case in AFTER_WALL])
def test_article_sentence_after_a_wall_stays(lang: str, wall: list[str],
                                             sentence: str) -> None:
    article = ARTICLES[lang]
    kept = "\n\n".join([sentence, *article])
    assert clean("\n".join(wall) + "\n\n" + kept) == kept


# (what it is, text with its line breaks lost and nothing in their place, what stays): a
# paywall's last button run into the call under it, which addresses the reader from its
# first word on; and an article sentence run into the same button, which stays
GLUED_TAIL = [
    ("a call with its price run into the sign-in button",
     "The council approved the harbour budget on Monday.This story is for subscribers "
     "only.Already a subscriber? Sign inSubscribe from $2 a week",
     "The council approved the harbour budget on Monday."),
    ("a call with its price run into the log-in button after a counter",
     "The council approved the harbour budget on Monday.You have reached your limit of "
     "free articles.Already have an account? Log inSubscribe today for just £1",
     "The council approved the harbour budget on Monday."),
    ("an article sentence run into the sign-in button",
     "The council approved the harbour budget on Monday.This story is for subscribers "
     "only.Already a subscriber? Sign inSubscribers got the news first, the editor said.",
     "The council approved the harbour budget on Monday. Subscribers got the news first, "
     "the editor said."),
]


@pytest.mark.parametrize(("text", "want"),
                         [pytest.param(t, w, id=what) for what, t, w in GLUED_TAIL])
def test_call_run_into_the_last_button_goes(text: str, want: str) -> None:
    assert banners(text) == want
