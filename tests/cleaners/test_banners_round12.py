"""Banners, round 12: the walls written-11 showed left behind (a metered counter that says
"of your", the IAB TCF stack text's purposes, paywall offers with the price in words,
Nordic "for abonnenter" labels, "we care about your privacy" headings, a Polish RODO
dialog in the second person, Cookiebot's Hungarian buttons), and walls in text that lost
its line breaks with nothing in their place (the "glue" shape), where the wall's words
run into the article's.

Positive tables: walls with their buttons, at the head and the tail of an article, as
paragraphs and flattened. Glued cases: each join the cleaner reads, with what must go and
what must stay. Negative tables: article sentences with the same words stay exactly as
they are. All text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES
from tests.cleaners.test_banners_round13 import GLUED as ROUND13_GLUED

from cleantext import clean
from cleantext.cleaners.banners import _gate, banners

# (language, what it is, wall lines: its text, then the buttons it prints)
WALLS = [
    ("en", "metered counter that says of your",
     ["You've read 3 of your 4 free articles this month. Subscribe for unlimited access "
      "to every story.", "Subscribe   Log in"]),
    ("en", "IAB TCF stack text with its purposes",
     ["We and our partners store and/or access information on a device and process "
      "personal data, such as unique identifiers and standard information sent by a "
      "device, for personalised ads.", "Accept all", "Reject all"]),
    ("de", "IAB TCF stack text cut at z. B. by the sentence split, over a pay-or-consent wall",
     ["Wir und unsere Partner speichern Informationen auf einem Gerät, z. B. Cookies, und "
      "verarbeiten personenbezogene Daten, z. B. eindeutige Kennungen und "
      "Standardinformationen, die ein Gerät sendet, für Werbung und Messungen. Sie können "
      "Ihre Einwilligung jederzeit widerrufen.",
      "Mit Werbung weiterlesen", "Werbefrei lesen mit PUR – nur 2,99 € im Monat",
      "Bereits PUR-Abonnent? Hier anmelden"]),
    ("fr", "paywall whose button says s'abonner pour lire la suite",
     ["La suite est réservée aux abonnés.", "Je m'abonne pour lire la suite",
      "Offre découverte : 2 € le premier mois"]),
    ("it", "paywall whose offer says euro in words",
     ["Questo articolo è riservato agli abbonati",
      "Il primo mese a 2 euro, poi 6,99 euro al mese.", "Abbonati ora"]),
    ("pt", "paywall whose price is its button",
     ["Este artigo é exclusivo para assinantes.", "Assine por 2€",
      "Já é assinante? Inicie sessão"]),
    ("nb", "paywall label for abonnenter with its offer",
     ["Denne saken er for abonnenter", "Full tilgang for 5 kr i tre måneder.",
      "Allerede abonnent? Logg inn"]),
    ("da", "paywall label for abonnenter with its offer",
     ["Denne artikel er for abonnenter", "Fuld adgang for 1 kr. den første måned.",
      "Er du allerede abonnent? Log ind"]),
    ("fi", "paywall whose offer says tilaa ja lue",
     ["Tämä juttu on vain tilaajille", "Tilaa ja lue paikalliset uutiset rajattomasti.",
      "Oletko jo tilaaja? Kirjaudu sisään"]),
    ("sv", "consent dialog under its heading vi bryr oss om din integritet",
     ["Vi bryr oss om din integritet",
      "Vi och våra partner använder cookies för att anpassa innehållet och annonserna.",
      "Godkänn alla", "Anpassa"]),
    ("pl", "RODO dialog in the second person under its greeting",
     ["Szanowny Użytkowniku,",
      "zanim klikniesz „Przejdź do serwisu”, przeczytaj poniższe informacje. Korzystając "
      "ze strony, wyrażasz zgodę na przetwarzanie danych. Możesz w każdej chwili zmienić "
      "ustawienia prywatności.",
      "USTAWIENIA ZAAWANSOWANE", "PRZEJDŹ DO SERWISU"]),
    ("el", "paywall that says συνδρομητές and no cookie",
     ["Αυτό το περιεχόμενο είναι διαθέσιμο μόνο για συνδρομητές",
      "Απεριόριστη πρόσβαση τον πρώτο μήνα με 2 €.", "Γίνετε συνδρομητής",
      "Είστε ήδη συνδρομητής; Συνδεθείτε"]),
    ("el", "paywall label and button in capitals",
     ["ΜΟΝΟ ΓΙΑ ΣΥΝΔΡΟΜΗΤΕΣ", "ΓΙΝΕΤΕ ΣΥΝΔΡΟΜΗΤΗΣ"]),
    ("hu", "Cookiebot dialog with its buttons that say süti",
     ["Ez a weboldal sütiket használ. Sütiket használunk a tartalom és a hirdetések "
      "személyre szabására.", "Csak a szükséges sütik engedélyezése", "Beállítások",
      "Összes süti engedélyezése"]),
]


# (Each wall in every shape: ``test_banners_round11.test_wall_goes_in_every_shape``.)


def test_the_teaser_cut_before_a_paywall_goes_with_it() -> None:
    # The wall goes in the banners round, and the truncated teaser sentence it left at
    # the text's end goes in the truncation round after it.
    article = ARTICLES["fr"]
    text = ("\n".join(article) + " Selon le syndicat, une vingtaine de postes seraient…\n"
            "La suite est réservée aux abonnés.\nDéjà abonné ? Se connecter\n"
            "S'abonner pour lire la suite")
    assert clean(text) == "\n".join(article)


# (what it is, text with its line breaks lost and nothing in their place, what stays)
GLUED = [
    ("a purpose table as the line's last words",
     "The council approved the harbour budget on Monday. We value your privacy. We and "
     "our partners use cookies to personalise content. Name Category Vendor Ad Targeting "
     "Analytics Social Media Marketing Functional",
     "The council approved the harbour budget on Monday."),
    ("buttons run into a headline whose sentence has a speech verb",
     "We and our partners store and/or access information on a device. You may change "
     "your preferences before consenting.MORE OPTIONS   DISAGREE   AGREEHarbour ferry "
     "cut as repairs overrun after divers found cracked piles, the operator said.",
     "Harbour ferry cut as repairs overrun after divers found cracked piles, the "
     "operator said."),
    ("a consent heading run into its wall",
     "Acest site folosește cookie-uriFolosim cookie-uri pentru a personaliza conținutul "
     "și anunțurile.Sunt de acordRefuzPrimăria a aprobat bugetul pentru port, luni seara.",
     "Primăria a aprobat bugetul pentru port, luni seara."),
    ("a paywall label between headline and byline",
     "Havnen åbner igen efter et års renoveringKun for abonnenterAf Mette Jensen7. marts "
     "2024Havnen i Skovby åbner igen på lørdag, oplyser kommunen.Borgmesteren glæder sig.",
     "Havnen åbner igen efter et års renoveringAf Mette Jensen7. marts 2024Havnen i "
     "Skovby åbner igen på lørdag, oplyser kommunen.Borgmesteren glæder sig."),
    ("buttons in capitals run into a headline's one-letter first word",
     "Korzystając ze strony, wyrażasz zgodę na przetwarzanie danych. Możesz w każdej "
     "chwili zmienić ustawienia prywatności.USTAWIENIA ZAAWANSOWANEPRZEJDŹ DO SERWISUW "
     "Krakowie otwarto nowy most na WiśleAutor: Jan Nowak. Most kosztował 80 mln zł, "
     "podał magistrat.",
     "W Krakowie otwarto nowy most na WiśleAutor: Jan Nowak. Most kosztował 80 mln zł, "
     "podał magistrat."),
    ("an offer run into its last button at the text's end",
     "Le conseil municipal a voté le budget du port lundi soir.La suite est réservée aux "
     "abonnés.Déjà abonné ? Se connecterOffre découverte : 1 € le premier moisJe m'abonne",
     "Le conseil municipal a voté le budget du port lundi soir."),
    ("a wall after a stop run into its capital, the line's quotation marks unpaired",
     "A reader wrote: “Thank you for the photographs. Another wrote: “Well done. “It is "
     "ours again,” the mayor said.”“Harbour Days” is out on DVD.This website uses cookies "
     "to improve your experience. We'll assume you're ok with this, but you can opt-out "
     "if you wish. Accept Read More",
     "A reader wrote: “Thank you for the photographs. Another wrote: “Well done. “It is "
     "ours again,” the mayor said.”“Harbour Days” is out on DVD."),
    ("a German wall whose first word ran into its heading",
     "Alle akzeptierenDatenschutzeinstellungenWir verarbeiten personenbezogene Daten und "
     "nutzen Cookies, um Inhalte und Anzeigen zu personalisieren.Details anzeigenDer "
     "Stadtrat hat am Montag den Haushalt für den Hafen beschlossen.",
     "Der Stadtrat hat am Montag den Haushalt für den Hafen beschlossen."),
    ("a German imperative run into the heading over it",
     "ZEIT ONLINE mit WerbungLesen Sie zeit.de wie gewohnt mit Werbung und Tracking. "
     "Details zum Tracking finden Sie in der Datenschutzerklärung.Der Stadtrat hat am "
     "Montag den Haushalt für den Hafen beschlossen.",
     "Der Stadtrat hat am Montag den Haushalt für den Hafen beschlossen."),
    ("a paywall's call run into its label",
     "El pleno aprobó el presupuesto del puerto.Este contenido es exclusivo para "
     "suscriptoresSuscríbete y accede sin límites a todas las noticias.Primer mes por 1 "
     "€¿Ya eres suscriptor? Inicia sesión«Es un buen día para el puerto», dijo el alcalde.",
     # (the pieces on either side of the wall are kept apart by a space)
     "El pleno aprobó el presupuesto del puerto. «Es un buen día para el puerto», dijo "
     "el alcalde."),
    ("consent buttons run into the wall's last word and into the headline",
     "Con tu consentimiento, nosotros y nuestros socios utilizamos cookies para "
     "almacenar y acceder a información en tu dispositivo, medición de publicidad y "
     "desarrollo de serviciosAceptar y cerrarContinuar sin aceptarMás información →El "
     "pleno aprueba el presupuesto del puertoEl Ayuntamiento votó el lunes las cuentas "
     "del puerto, con el apoyo de todos los grupos.",
     "El pleno aprueba el presupuesto del puertoEl Ayuntamiento votó el lunes las cuentas "
     "del puerto, con el apoyo de todos los grupos."),
    ("an offer with no stop run into the article's first sentence",
     "La suite est réservée aux abonnés. Offre découverte : 2 € le premier mois Le "
     "conseil municipal a adopté lundi le budget du port. Les travaux commenceront au "
     "printemps.",
     "Le conseil municipal a adopté lundi le budget du port. Les travaux commenceront au "
     "printemps."),
    ("a pay-or-consent wall's price run into the article's first sentence",
     "Wir und unsere Partner verwenden Cookies. Mit Werbung weiterlesen Werbefrei lesen "
     "mit PUR – nur 2,99 € im Monat Der Stadtrat hat am Montag den Haushalt für den Hafen "
     "beschlossen.",
     "Der Stadtrat hat am Montag den Haushalt für den Hafen beschlossen."),
    ("a sign-in prompt run into the buttons before it",
     "Mit Werbung weiterlesen oder werbefrei lesen?Zustimmen und weiterOder Stadtbote Pur "
     "abonnieren: werbefrei und ohne Werbetracking für 3,99 € im MonatJetzt "
     "abonnierenSie sind bereits Pur-Abonnent? Hier anmeldenHafen: Der Stadtrat hat am "
     "Montag den Haushalt beschlossen.",
     "Hafen: Der Stadtrat hat am Montag den Haushalt beschlossen."),
]


@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(text, want, id=what) for what, text, want in [*GLUED, *ROUND13_GLUED]],
)
def test_glued_wall_goes_and_the_article_run_into_it_stays(text: str, want: str) -> None:
    assert banners(text) == want


# (language, article sentence): the same words in an article, which stays
CONTENT = [
    ("en", "You have read 4 of your 5 free articles this month, the notice told readers."),
    ("en", "Apps collect unique identifiers and standard information sent by a device, the "
     "regulator said."),
    ("de", "Die Apps sammeln z. B. eindeutige Kennungen und Standardinformationen, sagte "
     "die Datenschützerin."),
    ("it", "Il primo mese a 1 euro, poi 5,99 euro al mese: così l'offerta, ha spiegato "
     "l'Antitrust."),
    ("nb", "Denne artikkelen er for abonnenter, sier redaktøren om ordningen."),
    ("da", "Denne artikel er for abonnenter, siger chefredaktøren."),
    ("sv", "Vi bryr oss om din integritet, säger bankens vd."),
    ("fi", "Tilaa ja lue, kehottaa kirjaston johtaja kolumnissaan."),
    ("pl", "Możesz zmienić ustawienia prywatności w aplikacji, radzi ekspert."),
    ("pl", "Zanim klikniesz w link, sprawdź adres nadawcy, radzi ekspert."),
    ("hu", "Az összes süti engedélyezése után a cukrász újra sütött, közölte a tulajdonos."),
    ("fr", "S'abonner pour lire la suite du feuilleton était la règle, a raconté l'auteur."),
    ("pt", "Assinar por 12 meses sai mais barato, disse o diretor."),
    ("el", "Με τη συνδρομή της πυροσβεστικής σβήστηκε η φωτιά, ανέφερε η ανακοίνωση."),
    ("el", "Οι συνδρομητές της εταιρείας αυξήθηκαν κατά 10%, δήλωσε ο διευθυντής."),
    ("el", "Μόνο για συνδρομητές ήταν η πρώτη προβολή, είπε ο διοργανωτής."),
]


# (Each in every shape: ``test_banners_round11.test_article_with_the_same_words_stays``.)


# (what it is, text with a wall's words and no wall to take, or an article's part of it)
GLUED_CONTENT = [
    ("a headline that holds a wall wording and more, run into the wall",
     "Why this website uses cookies, explainedWe use cookies to personalise content and "
     "ads.Accept all",
     "Why this website uses cookies, explained"),
    ("a purpose table that an article's headline follows in its sentence",
     "We value your privacy. We and our partners use cookies to personalise content. "
     "Name Category Vendor Ad Targeting Analytics Social Media Marketing Council approves "
     "the harbour budget. The council met on Monday.",
     "Name Category Vendor Ad Targeting Analytics Social Media Marketing Council approves "
     "the harbour budget. The council met on Monday."),
    ("an article's capitalised words, no button, after a wall word and a speech verb",
     "You can change your cookie preferences in the app, the council said.Harbour ferry "
     "cut as repairs overrun.",
     None),
]


@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(text, want, id=what) for what, text, want in GLUED_CONTENT],
)
def test_glued_article_words_stay(text: str, want: str | None) -> None:
    # The wall's own sentences go (``want`` is what is left of the text, None for all of
    # it); the article's words stay whole.
    out = banners(text)
    if want is None:
        assert out == text
    else:
        assert out.startswith(want) and "personalise" not in out


def test_gate_finds_a_greek_paywall_by_its_subscriber_word() -> None:
    # "νδρομητ" is matched inside "συνδρομητές" and its capitals; "συνδρομή" (also help,
    # assistance) is no stem, and Greek text without either is turned away.
    gate = _gate._default_gate()
    assert gate.search("Μόνο για συνδρομητές")
    assert gate.search("ΓΙΝΕΤΕ ΣΥΝΔΡΟΜΗΤΗΣ")
    assert not gate.search("Με τη συνδρομή της αστυνομίας εντοπίστηκε ο δράστης.")
