"""Banners, round 23: consent tools as they print in the languages whose packs had them
least (Complianz, CookieYes, OneTrust, Cookiebot in da, sv, pl, cs, ro, hu, nb, pt, it,
es): the dialog goes whole, heading, wording and buttons, in every shape round 14 tries.

Negative table: article sentences with the same words (a campaign's slogan, a law's
wording, a bakery's, a union's offer, a court's decision), alone and around the
article's paragraphs, flattened. All text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round11 as round11
from tests.cleaners import test_banners_round14 as round14
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean

# (language, tool, dialog lines)
WALLS = [
    ("da", "Complianz",
     ["Administrer samtykke til cookies",
      "For at give den bedste oplevelse bruger vi teknologier som cookies til at gemme "
      "og/eller få adgang til enhedsoplysninger.", "Accepter", "Afvis", "Se præferencer"]),
    ("sv", "Complianz",
     ["Hantera samtycke för cookies",
      "För att ge den bästa upplevelsen använder vi teknik som cookies för att lagra "
      "och/eller komma åt enhetsinformation.", "Acceptera", "Neka", "Visa inställningar"]),
    ("pl", "Complianz",
     ["Zarządzaj zgodą na pliki cookie",
      "Aby zapewnić jak najlepsze wrażenia, korzystamy z technologii, takich jak pliki "
      "cookie, do przechowywania i/lub uzyskiwania dostępu do informacji o urządzeniu.",
      "Akceptuję", "Odmów", "Zobacz preferencje"]),
    ("pl", "CookieYes",
     ["Cenimy Twoją prywatność",
      "Używamy plików cookie, aby poprawić jakość przeglądania i analizować ruch na "
      "stronie. Kliknięcie przycisku „Akceptuj wszystkie” oznacza zgodę na "
      "wykorzystywanie przez nas plików cookie.",
      "Dostosuj", "Odrzuć wszystkie", "Akceptuj wszystkie"]),
    ("cs", "Complianz",
     ["Spravovat souhlas s cookies",
      "Abychom poskytli co nejlepší služby, používáme k ukládání a/nebo přístupu k "
      "informacím o zařízení technologie jako jsou soubory cookies.",
      "Přijmout", "Odmítnout", "Zobrazit předvolby"]),
    ("cs", "CookieYes",
     ["Ceníme si vašeho soukromí",
      "Používáme soubory cookie ke zlepšení vašeho zážitku z prohlížení. Kliknutím na "
      "„Přijmout vše“ souhlasíte s naším používáním souborů cookie.",
      "Přizpůsobit", "Odmítnout vše", "Přijmout vše"]),
    ("ro", "Complianz",
     ["Gestionează consimțământul pentru cookie-uri",
      "Pentru a oferi cele mai bune experiențe, folosim tehnologii precum cookie-urile "
      "pentru a stoca și/sau accesa informațiile despre dispozitiv.",
      "Acceptă", "Refuz", "Vezi preferințele"]),
    ("ro", "OneTrust",
     ["Dacă dați clic pe „Acceptați toate modulele cookie”, sunteți de acord cu stocarea "
      "modulelor cookie pe dispozitivul dvs. pentru a îmbunătăți navigarea pe site.",
      "Setări module cookie", "Respingeți tot", "Acceptați toate modulele cookie"]),
    ("hu", "OneTrust",
     ["Az „Összes cookie elfogadása” gombra kattintva hozzájárul, hogy a cookie-kat az "
      "eszközén tárolják a webhely navigációjának javítása érdekében.",
      "Cookie-beállítások", "Összes elutasítása", "Összes cookie elfogadása"]),
    ("nb", "CookieYes",
     ["Vi verdsetter personvernet ditt",
      "Vi bruker informasjonskapsler for å forbedre nettleseropplevelsen din og analysere "
      "trafikken vår.", "Tilpass", "Avvis alle", "Godta alle"]),
    ("pt", "OneTrust",
     ["Ao clicar em “Aceitar todos os cookies”, concorda com o armazenamento de cookies no "
      "seu dispositivo para melhorar a navegação no site.", "Definições de cookies",
      "Rejeitar tudo", "Aceitar todos os cookies"]),
    ("it", "OneTrust",
     ["Facendo clic su “Accetta tutti i cookie”, l'utente accetta di memorizzare i cookie "
      "sul dispositivo per migliorare la navigazione del sito.", "Impostazioni cookie",
      "Rifiuta tutti", "Accetta tutti i cookie"]),
    ("es", "OneTrust",
     ["Al hacer clic en “Aceptar todas las cookies”, usted acepta que las cookies se "
      "guarden en su dispositivo para mejorar la navegación del sitio.",
      "Configuración de cookies", "Rechazarlas todas", "Aceptar todas las cookies"]),
]

# (language, tool, dialog lines): tried as lines and flattened. Glued after the article
# (its last stop run into the heading, "… korun.Tento web používá soubory cookieK …"),
# the heading, whose stem ends at the join, is read by no rule, and the dialog stays.
UNGLUED = [
    ("cs", "Cookiebot",
     ["Tento web používá soubory cookie",
      "K personalizaci obsahu a reklam a analýze naší návštěvnosti využíváme soubory "
      "cookie.", "Povolit vše", "Povolit výběr", "Zobrazit podrobnosti"]),
    ("hu", "Cookiebot",
     ["Ez a weboldal sütiket használ",
      "A sütiket tartalmak és hirdetések személyre szabására, valamint "
      "weboldalforgalmunk elemzésére használjuk.",
      "Összes süti engedélyezése", "Részletek megjelenítése"]),
]

CONTENT = [
    ("da", "Bageriet bruger teknologier som cookies-udstyr fra 1920'erne for at give den "
     "bedste oplevelse, siger ejeren."),
    ("da", "Afvis alle forslag om nedskæringer, sagde borgmesteren til byrådet."),
    ("pl", "Cenimy twoją prywatność – tak brzmiało hasło kampanii banku, które "
     "skrytykował urząd."),
    ("pl", "Cenimy twoją prywatność, zapewniał prezes firmy, zanim wyciekły dane klientów."),
    ("pl", "Pliki cookie to małe pliki tekstowe, które strony zapisują w przeglądarce "
     "użytkownika."),
    ("pl", "Dostosuj ogrzewanie do pogody, radzi ekspert."),
    ("cs", "Ceníme si vašeho soukromí, tvrdí společnost, která podle úřadu sbírala data "
     "bez souhlasu."),
    ("cs", "Přijmout vše, nebo nic – tak zní nabídka odborů, uvedl předák."),
    ("ro", "Refuz să plătesc, a spus primarul despre factura la gaze."),
    ("ro", "Pentru a oferi cele mai bune experiențe, muzeul a renovat sălile, a precizat "
     "directorul."),
    ("hu", "Az összes cookie elfogadása sok felhasználónak megszokás, derül ki a "
     "felmérésből."),
    ("pt", "Rejeitar tudo é a opção escolhida por um terço dos portugueses, segundo o "
     "estudo."),
    ("sv", "Hantera samtycke för cookies är en av punkterna i den nya lagen, sade "
     "ministern."),
    ("nb", "Vi verdsetter personvernet ditt, sa direktøren, men selskapet solgte likevel "
     "dataene."),
    ("es", "Rechazarlas todas fue la decisión del tribunal sobre las enmiendas."),
    ("it", "Impostazioni cookie e privacy sono al centro dell'indagine del Garante, ha "
     "spiegato il presidente."),
]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {tool}") for lang, tool, wall in WALLS],
)
def test_dialog_goes_in_every_shape(lang: str, wall: list[str]) -> None:
    round14.test_wall_goes_in_every_shape(lang, wall)


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {tool}") for lang, tool, wall in UNGLUED],
)
def test_dialog_goes_as_lines_and_flattened(lang: str, wall: list[str]) -> None:
    for text, want in every_shape(ARTICLES[lang], wall):
        assert clean(text) == want, text


@pytest.mark.parametrize("lang, sentence",
                         [pytest.param(lang, s, id=f"{lang}: {s[:50]}") for lang, s in CONTENT])
def test_article_sentence_stays(lang: str, sentence: str) -> None:
    round11.test_article_with_the_same_words_stays(lang, sentence)
