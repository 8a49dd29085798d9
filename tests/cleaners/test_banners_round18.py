"""Banners, round 18: the tail written-16 showed: metered paywalls that count what is
left ("You have one free article left") or name the limit ("Sie haben das Limit an
kostenlosen Artikeln erreicht"), with the sign-in question and link under them ("Onko
sinulla jo tilaus?", "Log hier in") and the offer on their button ("Tilaa nyt 4,90
€/kk"), in every language a pack covers; a regional publisher's subscription upsell
("Did you know with a Digital Subscription to …"); an embedded post's consent box that
names its buttons ("To view this content, choose 'Allow all' …"), and Cookiebot's Dutch
buttons run together ("… toestaanAlle cookies toestaan").

Positive tables: walls at the head and the tail of an article, as paragraphs,
flattened, and glued. Negative tables: articles that quote or report the same words,
or use them as their own, stay exactly as they are, also right after a wall. All text
here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round11 as round11
from tests.cleaners import test_banners_round13 as round13
from tests.cleaners import test_banners_round14 as round14
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean

# (language, what it is, wall lines)
WALLS = [
    ("en", "counter written with a word",
     ["You have one free article left this week.", "Subscribe now",
      "Already a subscriber? Sign in"]),
    ("en", "subscription upsell under a sign-up box",
     ["Did you know that with a Digital Subscription to the Harbour Herald, you can get "
      "unlimited access to the website, ad-light pages and our puzzles?"]),
    ("en", "embedded post's consent box that names its buttons",
     ["This content is provided by an external platform. To view this content, choose "
      "'Allow all' or 'Allow social media cookies'.", "Allow all",
      "Allow social media cookies"]),
    ("de", "meter that names its limit, with its button",
     ["Sie haben das Limit an kostenlosen Artikeln für diese Woche erreicht.",
      "Lesen Sie weiter mit einem Digital-Abo.", "Abo abschließen"]),
    ("de", "meter that counts what is left",
     ["Sie haben noch 3 kostenlose Artikel in diesem Monat.", "Jetzt Abo abschließen"]),
    ("fr", "meter that counts what is left",
     ["Il vous reste 1 article gratuit ce mois-ci.", "Déjà abonné ? Connectez-vous"]),
    ("it", "meter that counts what is left",
     ["Ti restano 3 articoli gratuiti questo mese.", "Sei già abbonato? Accedi"]),
    ("nl", "meter that names its limit, with the sign-in link",
     ["Je hebt je limiet van gratis artikelen voor deze maand bereikt.",
      "Word abonnee voor € 1 per week", "Al abonnee? Log hier in"]),
    ("nl", "paywall whose sign-in link says where",
     ["Dit artikel is alleen voor abonnees", "Al abonnee? Log dan hier in"]),
    ("nl", "Cookiebot dialog with both buttons",
     ["Wij gebruiken cookies om het bezoek aan de site te meten.",
      "Alleen noodzakelijke cookies toestaan", "Alle cookies toestaan"]),
    ("fi", "paywall with its offer on the button and the sign-in question",
     ["Tämä juttu on vain tilaajille.", "Tilaa nyt 4,90 €/kk",
      "Onko sinulla jo tilaus? Kirjaudu sisään"]),
    ("fi", "meter of free articles read",
     ["Tämä artikkeli on vain tilaajille.",
      "Olet lukenut kaikki maksuttomat artikkelisi tältä kuulta."]),
    ("da", "meter of free articles read",
     ["Du har læst dine gratis artikler for denne uge.",
      "Er du allerede abonnent? Log ind"]),
    ("nb", "meter of free articles read",
     ["Du har lest dine gratis artikler denne uken.", "Er du allerede abonnent? Logg inn"]),
    ("pl", "meter that names its limit",
     ["Wykorzystałeś limit darmowych artykułów w tym miesiącu.",
      "Masz już prenumeratę? Zaloguj się"]),
    ("cs", "sign-in question with its adverb first",
     ["Tento článek je dostupný pouze pro předplatitele.", "Již máte předplatné? Přihlaste se"]),
]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {what}") for lang, what, wall in WALLS],
)
def test_wall_goes_in_every_shape(lang: str, wall: list[str]) -> None:
    # At the head and the tail, as paragraphs, flattened and glued (round 14's shapes).
    round14.test_wall_goes_in_every_shape(lang, wall)


# A counter that starts with its number, under a wall's label: as paragraphs and
# flattened with spaces (glued, its number runs into the label's last word, "… only2
# free articles left", which no join reads: a digit is no capital).
def test_counter_on_a_line_of_its_own_goes() -> None:
    wall = ["This article is for subscribers only", "2 free articles left",
            "Already a subscriber? Log in"]
    for text, want in every_shape(ARTICLES["en"], wall):
        assert clean(text) == want, text


# Walls whose only stem is on a line their own pack has no cheap scan for are examined
# next to one that has it: the Swedish meter under "Bli prenumerant".
def test_swedish_meter_under_its_heading_goes() -> None:
    article = ARTICLES["sv"]
    wall = ["Bli prenumerant i dag", "Du har läst alla dina gratis artiklar denna vecka.",
            "Redan prenumerant? Logga in"]
    kept = "\n\n".join(article)
    assert clean("\n".join(wall) + "\n\n" + kept) == kept
    assert clean(kept + "\n\n" + "\n".join(wall)) == kept


# (language, article sentence): the walls' words quoted, reported or used by an article
CONTENT = [
    ("en", "“You have one free article left,” read the notice that angered readers, the "
     "ombudsman said."),
    ("en", "With a digital subscription to the Herald, you can get unlimited access to the "
     "website, the publisher said on Monday."),
    ("en", "Did you know that the harbour wall was built with convict labour?"),
    ("en", "To view this content, choose a seat in the gallery, the museum's guide tells "
     "visitors."),
    ("en", "Allow all social media cookies, the regulator said, was the choice most users "
     "made."),
    ("en", "Only 2 free articles left the archive in the last year, the librarian said."),
    ("en", "The meter allowed 2 free articles left over from one month to roll over, an "
     "unusual feature."),
    ("en", "Did you know that with a digital subscription to the library you can borrow "
     "e-books from home? Few residents did, the survey showed."),
    ("de", "„Sie haben das Limit an kostenlosen Artikeln erreicht“, stand auf der Seite, "
     "sagte die Verbraucherschützerin."),
    ("de", "Wer ein Abo abschließen will, zahlt vom Januar an mehr, sagte der Verleger."),
    ("nl", "Alleen noodzakelijke cookies toestaan is volgens de toezichthouder de norm."),
    ("nl", "Log hier in, zei de medewerker tegen de bezoekers van het stadhuis."),
    ("fr", "« Il vous reste 2 articles gratuits », affichait le site, selon la plainte."),
    ("it", "«Ti restano 3 articoli gratuiti», diceva il sito, secondo l'associazione."),
    ("fi", "Onko sinulla jo tilaus, kysyi myyjä asiakkaalta, kertoo kauppias."),
    ("en", "If you have one free article left, the meter still shows the full page, the "
     "complaint says."),
    ("de", "Abo abschließen kann man seit Januar auch am Kiosk am Bahnhof."),
    ("nl", "“Al abonnee? Log dan hier in”, stond er op het scherm, zei de wethouder."),
    ("nl", "Je hebt nog tijd tot vrijdag om bezwaar te maken, zegt de wethouder."),
    ("pl", "Wykorzystałeś limit darmowych artykułów, tłumaczył wydawca czytelnikom."),
    # A wall's words put by the article's speaker with a verb of asking or citing.
    ("en", "Did you know with a digital subscription to the Herald readers get puzzles, "
     "the editor asked."),
    ("de", "Sie haben das Limit an kostenlosen Artikeln erreicht, zitierte der "
     "Verbraucherschützer die Abo-Seite."),
]


@pytest.mark.parametrize("lang, sentence",
                         [pytest.param(lang, s, id=f"{lang}: {s[:50]}") for lang, s in CONTENT])
def test_article_sentence_stays(lang: str, sentence: str) -> None:
    # Alone, between and after the article's paragraphs, flattened, as round 11's are.
    round11.test_article_with_the_same_words_stays(lang, sentence)


# The article's next sentence right after a wall, flattened and glued: it stays. Run
# into a wall wording whose last word has an "ß" ("abschließen", a lower-case letter
# the joins had not known), or is a German noun, capitalised ("Abonnenten"), the
# article starts at the join; and a wall at the head of its line, its label run into
# its sign-in question, goes whole.
_DE = "Der Stadtrat hat am Montag den Haushalt beschlossen."
AFTER_WALL = [
    *((f"{wall}{_DE}", _DE) for wall in ("Jetzt Abo abschließen",
                                         "Lesen Sie weiter mit einem Digital-Abo.Abo "
                                         "abschließen",
                                         "Dieser Artikel ist exklusiv für Abonnenten")),
    ("This article is for subscribers onlyAlready a subscriber? Log in\n\nThe council "
     "approved the harbour budget on Monday.",
     "The council approved the harbour budget on Monday."),
    ("Subscribe now. You have one free article left this week. The council approved the "
     "harbour budget on Monday.", "The council approved the harbour budget on Monday."),
    ("Dit artikel is alleen voor abonnees. Al abonnee? Log dan hier in. De gemeenteraad "
     "keurde maandag de begroting goed.", "De gemeenteraad keurde maandag de begroting goed."),
    ("Wij gebruiken cookies om het bezoek te meten.Alleen noodzakelijke cookies toestaanAlle "
     "cookies toestaanDe gemeenteraad keurde maandag de begroting goed.",
     "De gemeenteraad keurde maandag de begroting goed."),
]


@pytest.mark.parametrize(("text", "want"), AFTER_WALL)
def test_article_after_a_wall_stays(text: str, want: str) -> None:
    assert clean(text) == want


@pytest.mark.parametrize("unit", [
    "You have one free article left.",
    "2 free articles left\n",
    "Alleen noodzakelijke cookies toestaanAlle cookies toestaan",
    "Al abonnee? Log hier in\n",
    "TÄMÄ JUTTU ON VAIN TILAAJILLE. TILAA NYT 4,90 €/KK ",
    "This article is for subscribers onlyAlready a subscriber? Log in\n",
    "Dieser Artikel ist exklusiv für AbonnentenDer Rat tagte am Montag lange.",
    "Did you know with a digital subscription you can get unlimited access to the website.",
    "Hai ancora 3 articoli gratuiti? ",
    "Il vous reste 2 articles gratuits ?Cet article est réservé aux abonnés.",
    "Je hebt je limiet van gratis artikelen bereikt.\nDit artikel is exclusief voor abonnees.\n",
])
def test_repeated_wordings_stay_linear(unit: str) -> None:
    # A text made of one wording repeated, glued, after a stop, one a line or in
    # capitals, costs time in proportion to its length (round 13's measure).
    round13.test_repeated_wording_stays_linear(unit)


# --- Precision (a review of this round): article sentences that opened with the
# reader's words of a meter's counter ("Je hebt", "U heeft", "Wykorzystałeś") and
# held a wall word went whole when they followed a wall; the counter is read as the
# wall's heading by its wording, not by those words.

def after_a_wall(lang: str, wall: list[str], sentence: str) -> list[tuple[str, str]]:
    """(text, what cleaning must leave) for ``sentence`` as the article's paragraph
    right after ``wall``'s lines: between the article's paragraphs, at the article's
    head and as its last paragraph, and the same flattened onto one line."""
    a1, a2 = ARTICLES[lang]
    lines = "\n".join(wall)
    return [
        (f"{a1}\n\n{lines}\n\n{sentence}\n\n{a2}", f"{a1}\n\n{sentence}\n\n{a2}"),
        (f"{lines}\n\n{sentence}\n\n{a1}", f"{sentence}\n\n{a1}"),
        (f"{a1}\n\n{lines}\n\n{sentence}", f"{a1}\n\n{sentence}"),
        (" ".join([a1, *wall, sentence, a2]), f"{a1} {sentence} {a2}"),
        (" ".join([*wall, sentence, a1]), f"{sentence} {a1}"),
    ]


_NL_WALLS = [["Dit artikel is exclusief voor abonnees."],
             ["Dit artikel is exclusief voor abonnees.", "Al abonnee? Log dan hier in."],
             ["Dit verhaal is exclusief voor abonnees. Ben je al abonnee? Log hier in"]]
_PL_WALLS = [["Ten artykuł jest dostępny tylko dla subskrybentów."],
             ["Ten artykuł jest dostępny tylko dla subskrybentów.",
              "Masz już subskrypcję? Zaloguj się."]]
READER_WORDS_AFTER_A_WALL = [
    *(("nl", wall, s) for wall in _NL_WALLS for s in (
        "U heeft vanaf maart recht op een gratis abonnement voor de bus als u ouder bent "
        "dan 70, besloot de gemeenteraad.",
        "Je hebt geen diploma nodig om mee te doen aan de workshop, die het buurthuis op "
        "zijn website aankondigt.",
        "Je hebt voor de aanvraag een DigiD nodig; de website van de gemeente legt uit hoe "
        "dat werkt.",
    )),
    *(("pl", wall, s) for wall in _PL_WALLS for s in (
        "Wykorzystałeś już ulgę opisaną w ustawie? Termin mija w kwietniu, przypomina "
        "urząd skarbowy.",
        "Wykorzystałaś urlop w całości? Zgodnie z nową ustawą możesz dostać dodatkowe dni.",
    )),
]


@pytest.mark.parametrize(("lang", "wall", "sentence"), [
    pytest.param(lang, wall, s, id=f"{lang}: {wall[-1][:20]} / {s[:40]}")
    for lang, wall, s in READER_WORDS_AFTER_A_WALL])
def test_reader_words_after_a_wall_stay(lang: str, wall: list[str], sentence: str) -> None:
    for text, want in after_a_wall(lang, wall, sentence):
        assert clean(text) == want, text


# The sign-in question under a paywall ("Již máte předplatné? Přihlaste se", "Är du
# redan prenumerant? Logga in") is an opener only with its link after it, and a button
# alone (taken next to a wall): a lead that asks the reader the same stays.
SIGN_IN_QUESTIONS = [
    ("cs", ["Tento článek je dostupný pouze pro předplatitele.", "Již máte předplatné?"]),
    ("cs", ["Tento článek je dostupný pouze pro předplatitele.", "Předplatit",
            "Máte už předplatné? Přihlásit se"]),
    ("cs", ["Tento článek je dostupný pouze pro předplatitele.",
            "Už máte předplatné? Přihlaste se"]),
    ("sv", ["Bli prenumerant i dag", "Du har läst alla dina gratis artiklar denna vecka.",
            "Är du redan prenumerant? Logga in"]),
]


@pytest.mark.parametrize(("lang", "wall"), SIGN_IN_QUESTIONS)
def test_sign_in_question_under_a_wall_goes(lang: str, wall: list[str]) -> None:
    round14.test_wall_goes_in_every_shape(lang, wall)


LEADS_THAT_ASK = [
    ("cs", "Už máte předplatné do Městského divadla? Nová sezona nabídne deset premiér."),
    ("cs", "Máte už předplatné na tramvaje? Město od srpna zdražuje jízdné pro dospělé."),
    ("cs", "Již máte předplatné na příští sezonu? Orchestr prodal rekordních šest tisíc "
     "abonmá."),
    ("cs", "Fanoušci Slavie: Máte už předplatné? Klub spouští prodej permanentek."),
    ("cs", "Již máte předplatné, nebo ho teprve zvažujete? ptá se operátor v nové reklamě."),
    ("sv", "Är du redan prenumerant på Operans abonnemang? Teatern höjer priserna i höst."),
    ("sv", "Redan prenumerant på Spotify? Tjänsten höjer priset för befintliga kunder."),
]


# A meter's counter an article cites with the verb of what the page shows, its subject
# after it ("…, affiche le site", "…, avverte il banner", "…, står det på sajten"):
# the sentence is the article's, alone and right after a wall.
_WALL_OF = {
    "en": "This article is for subscribers only.",
    "de": "Dieser Artikel ist exklusiv für Abonnenten.",
    "fr": "Cet article est réservé aux abonnés.",
    "it": "Questo articolo è riservato agli abbonati.",
    "nl": "Dit artikel is exclusief voor abonnees.",
    "pl": "Ten artykuł jest dostępny tylko dla subskrybentów.",
    "cs": "Tento článek je dostupný pouze pro předplatitele.",
    "sv": "Bli prenumerant i dag.",
    "da": "Kun for abonnenter.",
    "nb": "Kun for abonnenter.",
    "fi": "Tämä artikkeli on vain tilaajille.",
}
COUNTERS_CITED = [
    ("fr", "Il vous reste 3 articles gratuits, affiche le site du quotidien, qui a perdu "
     "des lecteurs depuis."),
    ("fr", "Il vous reste un article gratuit, affichait la page d'accueil, avant que le "
     "journal ne change de modèle."),
    ("fr", "Il vous reste 2 articles gratuits, indique le bandeau, que l'association juge "
     "trompeur."),
    ("fr", "Il ne vous reste plus d'articles gratuits, peut-on lire sur la page, que le "
     "médiateur a critiquée."),
    ("fr", "Il vous reste 2 articles gratuits, prévient le site, dont les abonnements ont "
     "doublé."),
    ("it", "Ti restano 3 articoli gratuiti, avverte il sito, ma l'Antitrust ha aperto "
     "un'istruttoria sull'editore."),
    ("it", "Ti resta un articolo gratuito, avvertiva la pagina, poi scattava "
     "l'abbonamento."),
    ("it", "Hai letto tutti gli articoli gratuiti, recita il banner contestato dalle "
     "associazioni."),
    ("it", "Hai ancora 2 articoli gratuiti, si legge sul sito, che l'editore difende "
     "davanti al Garante."),
    ("it", "Ti restano 2 articoli gratuiti, compare sullo schermo, e poi arriva l'offerta "
     "di abbonamento."),
    ("cs", "Již máte předplatné, nebo ho teprve zvažujete? ptá se operátor v nové reklamě "
     "na předplatné."),
    ("en", "You have one free article left, the banner displays, before the subscription "
     "offer appears."),
    ("de", "Sie haben noch 3 kostenlose Artikel, steht auf dem Banner, das zum Abo drängt."),
    ("nl", "Je hebt nog 2 gratis artikelen, staat er op de site, die lezers naar een "
     "abonnement leidt."),
    ("nl", "Je hebt nog 2 gratis artikelen, toont de website, waarna een abonnement volgt."),
    ("pl", "Wykorzystałeś limit darmowych artykułów, wyświetla serwis, który sprzedaje "
     "subskrypcje."),
    ("sv", "Du har nått gränsen för gratis artiklar, står det på sajten, som säljer "
     "prenumerationer."),
    ("da", "Du har læst dine gratis artikler, står der på siden, som sælger abonnementer."),
    ("nb", "Du har lest dine gratis artikler, står det på nettsiden, som selger abonnement."),
    ("fi", "Olet lukenut kaikki maksuttomat artikkelisi, ilmoittaa sivusto, joka myy "
     "tilauksia."),
]


# A meter states its count; an article's lead may ask it ("Hai ancora 3 articoli
# gratuiti? L'editore cambia …"): a counter wording with its question mark right after
# it is the article's, alone, right after a wall and flattened after one. A sentence
# run into the counter where a line break was lost ("… questo meseSei già abbonato?")
# leaves it the wall's (the glued shapes of ``WALLS``).
COUNTS_ASKED = [
    ("it", "Hai ancora 3 articoli gratuiti? L'editore cambia il modello di abbonamento a "
     "gennaio."),
    ("it", "Ti restano 2 articoli gratuiti questo mese? Il quotidiano cambia abbonamento."),
    ("fr", "Il vous reste 2 articles gratuits ? Le journal change de modèle en janvier, "
     "avec un abonnement unique."),
    ("en", "You have one free article left? The Herald is changing its subscription model "
     "in March."),
    ("nl", "Je hebt nog 2 gratis artikelen? De krant past haar abonnement in januari aan."),
    ("pl", "Wykorzystałeś limit darmowych artykułów? Wydawcy coraz częściej stawiają na "
     "subskrypcje, pokazuje raport."),
]


def test_counter_run_into_its_sign_in_question_goes() -> None:
    # Glued: the counter's last word runs into the sign-in question, which ends in "?".
    kept = "Il consiglio comunale ha approvato lunedì il bilancio del porto."
    for wall in ("Ti restano 3 articoli gratuiti questo meseSei già abbonato? Accedi",
                 "Hai ancora 2 articoli gratuitiSei già abbonato?"):
        assert clean(f"{wall}\n\n{kept}") == kept


# A bare counter ("2 free articles left") is a button, taken next to a wall: at a
# sentence's start with a verb after it, "left" is the article's verb.
BARE_COUNTER_AS_A_VERB = [
    ("en", "One free article left a sour taste with readers who had paid for the full "
     "bundle."),
    ("en", "3 free articles left readers unsure what the new paywall actually counted."),
]


# This round's article sentences with a counter's or a sign-in question's words: alone,
# among the article's paragraphs, flattened (round 11's shapes), and right after a wall.
@pytest.mark.parametrize("lang, sentence", [
    pytest.param(lang, s, id=f"{lang}: {s[:50]}")
    for lang, s in (*LEADS_THAT_ASK, *COUNTERS_CITED, *COUNTS_ASKED,
                    *BARE_COUNTER_AS_A_VERB)])
def test_counter_words_in_an_article_stay(lang: str, sentence: str) -> None:
    round11.test_article_with_the_same_words_stays(lang, sentence)
    for text, want in after_a_wall(lang, [_WALL_OF[lang]], sentence):
        assert clean(text) == want, text


@pytest.mark.parametrize("counter", ["2 free articles left", "One free article left",
                                     "One free article left this week"])
def test_bare_counter_next_to_a_wall_goes(counter: str) -> None:
    wall = ["This article is for subscribers only", counter, "Already a subscriber? Log in"]
    for text, want in every_shape(ARTICLES["en"], wall):
        assert clean(text) == want, text
