"""The phrase packs for Swedish, Danish, Norwegian Bokmål, Polish, Czech, Romanian,
Finnish and Hungarian, in two of the three families that have packs: trailers and promo
(the Finnish and Hungarian promo packs, which came later, are tested with the Catalan,
Greek and Turkish ones in test_promo_languages.py). Their banners tables are in
test_banners.py, with every other language's.

Positive tables: junk as the tools and CMSs of those languages print it (the tool is
named where the wording is its own), at the head, the tail and between the paragraphs
of an article. Negative tables:
article sentences that use the same words ("Dela" as a verb, "Reklama" as the subject
of an article, "Läs också" opening a sentence) stay exactly as they are. All article
text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.promo import promo, promo_with
from cleantext.cleaners.trailers import trailers

NAMES = {
    "sv": "swedish", "da": "danish", "nb": "norwegian", "pl": "polish", "cs": "czech",
    "ro": "romanian", "fi": "finnish", "hu": "hungarian",
}


POSITIONS = ["head", "tail", "middle"]


def _placed(article: list[str], junk: str, where: str) -> list[str]:
    if where == "head":
        return [junk, *article]
    if where == "tail":
        return [*article, junk]
    return [article[0], junk, *article[1:]]


# --- trailers ---------------------------------------------------------------------------

# (language, what it is, a line that goes whole, with the linked title it holds)
READ_ALSO = [
    ("sv", "read-also link", "Läs också: Nya regler för cykelparkering i centrum"),
    ("sv", "read-also link (även)", "Läs även: Nya regler för cykelparkering i centrum"),
    ("da", "read-also link", "Læs også: Nye regler for cykelparkering i midtbyen"),
    ("nb", "read-also link", "Les også: Nye regler for sykkelparkering i sentrum"),
    ("pl", "read-also link", "Czytaj także: Nowe zasady parkowania rowerów w centrum"),
    ("pl", "read-also link (przeczytaj)", "Przeczytaj również: Nowe zasady parkowania "
     "rowerów w centrum"),
    ("cs", "read-also link", "Čtěte také: Nová pravidla pro parkování kol v centru"),
    ("cs", "read-also link (přečtěte si)", "Přečtěte si také: Nová pravidla pro parkování "
     "kol v centru"),
    ("ro", "read-also link", "Citește și: Reguli noi pentru parcarea bicicletelor în centru"),
    ("ro", "read-also link with cedillas", "Citeşte şi: Reguli noi pentru parcarea "
     "bicicletelor în centru"),
    ("ro", "read-also link without diacritics", "Citeste si: Reguli noi pentru parcarea "
     "bicicletelor in centru"),
    ("fi", "read-also link", "Lue myös: Uudet säännöt pyöräpysäköintiin keskustassa"),
    ("hu", "read-also link", "Ezt is ajánljuk: Új szabályok a belvárosi kerékpártárolásra"),
]

# (language, what it is, a feed trailer that ends the text; the title is the article's)
FEED_TRAILERS = [
    ("sv", "Yoast SEO's feed footer", "Inlägget Ny simhall i Umeå dök först upp på Umeåbladet."),
    ("da", "Yoast SEO's feed footer",
     "Indlægget Ny svømmehal i Aarhus blev vist første gang på Århus Nyt."),
    ("nb", "Yoast SEO's feed footer",
     "Innlegget Ny svømmehall i Bergen dukket først opp på Bergensnytt."),
    ("pl", "Yoast SEO's feed footer",
     "Artykuł Nowy basen w Gdańsku pochodzi z serwisu Gdańskie Wieści."),
    ("cs", "Yoast SEO's feed footer",
     "Příspěvek Nový bazén v Olomouci pochází z Olomoucké listy."),
    ("ro", "Yoast SEO's feed footer",
     "Articolul Bazin nou la Brașov apare prima dată în Gazeta Brașovului."),
    ("fi", "Yoast SEO's feed footer",
     "Artikkeli Uusi uimahalli Tampereelle julkaistiin ensin sivustolla Tampereen Sanomat."),
    ("hu", "Yoast SEO's feed footer",
     "A(z) Új uszoda Debrecenben bejegyzés először Debreceni Hírek jelent meg."),
]

# (language, what it is about, article sentence or paragraph): all stay.
TRAILER_CONTENT = [
    ("sv", "reading the minutes", "Läs också protokollet, uppmanade oppositionsrådet."),
    ("da", "reading more", "Læs mere om sagen i byrådets referat, sagde borgmesteren."),
    ("nb", "reading on", "Les videre i rapporten, sa forskeren til avisen."),
    ("pl", "recommending a visit", "Polecamy wszystkim mieszkańcom wizytę w nowym muzeum."),
    ("cs", "reading the labels", "Čtěte také etikety, radí lékaři."),
    ("cs", "a whole article read", "Novináři si podle mluvčího přečetli celý článek."),
    ("ro", "reading the rules", "Citește și regulamentul, a spus primarul."),
    ("fi", "a recommendation", "Suosittelemme kaikille uutta kirjastoa, sanoi johtaja."),
    ("hu", "an article sentence", "A teljes cikket a polgármester is elolvasta."),
]


@pytest.mark.parametrize(
    ("lang", "line", "where"),
    [pytest.param(lang, line, where, id=f"{NAMES[lang]} {what} at the {where} is removed")
     for lang, what, line in READ_ALSO for where in ("tail", "middle")],
)
def test_read_also_line_is_removed(lang: str, line: str, where: str) -> None:
    article = ARTICLES[lang]
    assert clean("\n\n".join(_placed(article, line, where))) == "\n\n".join(article)


@pytest.mark.parametrize(
    ("lang", "trailer"),
    [pytest.param(lang, t, id=f"{NAMES[lang]} {what} is removed")
     for lang, what, t in FEED_TRAILERS],
)
def test_feed_trailer_is_removed(lang: str, trailer: str) -> None:
    article = ARTICLES[lang]
    assert trailers("\n\n".join([*article, trailer])) == "\n\n".join(article)
    assert trailers(" ".join([*article, trailer])) == " ".join(article)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{NAMES[lang]} article sentence about {what} stays")
     for lang, what, s in TRAILER_CONTENT],
)
def test_trailer_words_in_an_article_sentence_stay(lang: str, sentence: str) -> None:
    article = ARTICLES[lang]
    for text in (sentence, "\n\n".join([*article, sentence]),
                 "\n\n".join([article[0], sentence, article[1]])):
        assert trailers(text) == text
        assert clean(text) == text


def test_a_box_heading_takes_the_titles_under_it() -> None:
    article = ARTICLES["pl"]
    box = "Najczęściej czytane\nNowy most na Wiśle otwarty\nPożar hali magazynowej na Widzewie"
    assert trailers("\n\n".join([*article, box])) == "\n\n".join(article)


# --- promo ------------------------------------------------------------------------------

# (language, what it is, widget lines that go whole)
WIDGETS = [
    ("sv", "share bar", "Dela\nFacebook\nTwitter\nKopiera länk"),
    ("sv", "share prompt with networks", "Dela på Facebook"),
    ("sv", "newsletter prompt", "Prenumerera på vårt nyhetsbrev och få nyheterna varje morgon."),
    ("sv", "WordPress comment form (sv)",
     "Kommentera\nE-postadressen publiceras inte. Obligatoriska fält är märkta *"),
    ("sv", "reading-time badge", "Lästid: 3 min"),
    ("da", "ad label", "ANNONCE"),
    ("da", "share bar", "Del\nFacebook\nTwitter\nLinkedIn"),
    ("da", "WordPress comment form (da)",
     "Skriv et svar\nDin e-mailadresse vil ikke blive offentliggjort."),
    ("da", "newsletter prompt", "Tilmeld dig vores nyhedsbrev"),
    ("nb", "ad label", "ANNONSE"),
    ("nb", "share bar", "Del\nFacebook\nX\nKopier lenke"),
    ("nb", "follow prompt", "Følg oss på Facebook og Instagram"),
    ("nb", "WordPress comment form (nb)",
     "Legg igjen et svar\nDin e-postadresse vil ikke bli publisert."),
    ("pl", "ad label", "REKLAMA"),
    ("pl", "share bar", "Udostępnij\nFacebook\nTwitter\nSkopiuj link"),
    ("pl", "follow prompt", "Obserwuj nas w Google News"),
    ("pl", "newsletter prompt", "Zapisz się do newslettera i bądź na bieżąco."),
    ("pl", "WordPress comment form (pl)",
     "Dodaj komentarz\nTwój adres e-mail nie zostanie opublikowany."),
    ("cs", "ad label", "REKLAMA"),
    ("cs", "share bar", "Sdílet\nFacebook\nX\nKopírovat odkaz"),
    ("cs", "newsletter prompt", "Přihlaste se k odběru newsletteru"),
    ("cs", "WordPress comment form (cs)",
     "Napsat komentář\nVaše emailová adresa nebude zveřejněna."),
    ("ro", "ad label", "PUBLICITATE"),
    ("ro", "share bar", "Distribuie\nFacebook\nWhatsApp\nCopiază link"),
    ("ro", "follow prompt", "Urmărește-ne pe Google News"),
    ("ro", "follow prompt with cedillas", "Urmăreşte-ne pe Facebook"),
    ("ro", "WordPress comment form (ro)", "Lasă un răspuns"),
]

# (language, what it is about, article sentence): all stay.
PROMO_CONTENT = [
    ("sv", "splitting a municipality", "Dela upp kommunen i två delar, föreslog partiet."),
    ("sv", "an advert", "Reklam för snabblån ska förbjudas, anser regeringen."),
    ("da", "an advert", "Annonce fra kommunen blev trukket tilbage efter kritik."),
    ("da", "part of the city", "Del af byen blev lukket af politiet torsdag."),
    ("nb", "an advert", "Annonse for snus ble felt av Reklameutvalget."),
    ("pl", "advertising law", "Reklama alkoholu w telewizji jest w Polsce ograniczona."),
    ("pl", "sharing data", "Udostępnij dane, zażądał od ministerstwa poseł."),
    ("cs", "advertising prices", "Reklama v televizi loni zdražila o pět procent."),
    ("cs", "sharing bikes", "Sdílet kola chtějí i menší města."),
    ("ro", "advertising", "Publicitate mai scumpă cer primăriile de la anul."),
    ("ro", "handing out food", "Distribuie pachete de alimente Crucea Roșie."),
    ("fi", "an advert", "Mainos kiellettiin kuluttaja-asiamiehen päätöksellä."),
    ("fi", "a title", "Jaa tai kuole -sarja alkaa syksyllä."),
    ("hu", "an advert", "Hirdetés miatt bírságolt meg egy bankot a versenyhivatal."),
]


@pytest.mark.parametrize(
    ("lang", "widget", "where"),
    [pytest.param(lang, w, where, id=f"{NAMES[lang]} {what} at the {where} is removed")
     for lang, what, w in WIDGETS for where in POSITIONS],
)
def test_widget_lines_are_removed(lang: str, widget: str, where: str) -> None:
    article = ARTICLES[lang]
    assert clean("\n\n".join(_placed(article, widget, where))) == "\n\n".join(article)


@pytest.mark.parametrize(
    ("lang", "label"),
    [pytest.param(lang, label, id=f"{NAMES[lang]} {label} between flattened sentences")
     for lang, label in [("da", "ANNONCE"), ("nb", "ANNONSE"), ("pl", "REKLAMA"),
                         ("cs", "REKLAMA"), ("ro", "PUBLICITATE")]],
)
def test_ad_label_in_capitals_between_flattened_sentences_is_removed(lang: str,
                                                                       label: str) -> None:
    first, second = ARTICLES[lang]
    assert promo(f"{first} {label} {second}") == f"{first} {second}"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{NAMES[lang]} article sentence about {what} stays")
     for lang, what, s in PROMO_CONTENT],
)
def test_promo_words_in_an_article_sentence_stay(lang: str, sentence: str) -> None:
    article = ARTICLES[lang]
    for text in (sentence, "\n\n".join([*article, sentence]),
                 "\n\n".join([sentence, *article]), " ".join([*article, sentence]),
                 " ".join([sentence, *article])):
        assert promo(text) == text
        assert clean(text) == text


# The promo module compiles every phrase into byte scans keyed on rare letters; the
# letters of these languages outside ASCII are matched as the UTF-8 bytes of their
# lower and upper case. Each packaged phrase here holds some of them; each is found as
# a line of its own, written as the pack has it and in capitals.
LETTER_PHRASES = [
    ("ą ę ś ć ł", "Dalsza część artykułu pod reklamą"),
    ("ż", "Wszelkie prawa zastrzeżone"),
    ("ź ż ą ę", "Bądź na bieżąco"),
    ("ř ě", "Přihlaste se k odběru newsletteru"),
    ("š", "Všechna práva vyhrazena"),
    ("č", "Článek pokračuje pod reklamou"),
    ("ů ř á", "Komentáře čtenářů"),
    ("ă", "Articolul continuă după reclamă"),
    ("ș ă", "Urmărește-ne pe Google News"),
    ("ț ă", "Descarcă aplicația"),
    ("ø å", "Følg oss på Facebook"),
    ("æ", "Læsetid: 4 min"),
    ("ä", "Lästid: 2 min"),
    ("ö", "Följ oss på Instagram"),
]


@pytest.mark.parametrize(
    "phrase", [pytest.param(p, id=f"a packaged phrase with {letters} is found")
               for letters, p in LETTER_PHRASES],
)
def test_packaged_phrase_with_letters_outside_ascii_is_found(phrase: str) -> None:
    first, second = ARTICLES["pl"]
    for written in (phrase, phrase.upper()):
        assert promo(f"{first}\n\n{written}\n\n{second}") == f"{first}\n\n{second}"


def test_user_phrase_with_letters_outside_ascii_is_found() -> None:
    # No pack holds these labels ("ń", "ű", "ő" stand in no packaged phrase, "ş" only
    # in Turkish ones): a user's own list does.
    house = promo_with(labels=["Zarządzaj ustawieniami powiadomień", "Hűségprogram ősszel",
                               "Urmăreşte emisiunea"])
    first, second = ARTICLES["hu"]
    for label in ("Zarządzaj ustawieniami powiadomień", "HŰSÉGPROGRAM ŐSSZEL",
                  "Urmăreşte emisiunea"):
        assert house(f"{first}\n\n{label}\n\n{second}") == f"{first}\n\n{second}"
        assert promo(f"{first}\n\n{label}\n\n{second}") != f"{first}\n\n{second}"
