"""The promo packs for Finnish, Hungarian, Catalan, Greek and Turkish.

Positive tables: ad labels, share, follow and comment widgets as sites in those
languages print them, at the head, the tail and between the paragraphs of an article,
as lines and (the ad labels) between the sentences of flattened text. Negative tables:
article sentences that use the same words ("Reklam" as the subject of a story about an
advertising ban, "Jaa" as a verb, "Megosztás" as a noun) stay exactly as they are.

Two things of these scripts are tested on their own: Greek's final sigma ("μας"), which
case folding turns into a sigma while the lower-cased text keeps it, and Greek capitals,
which drop the accent ("ΚΟΙΝΟΠΟΙΗΣΗ"); Turkish's dotted capital "İ" ("BİZİ TAKİP
EDİN"), whose lower case is longer than itself. All article text here is written for
these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.promo import promo

NAMES = {"fi": "finnish", "hu": "hungarian", "ca": "catalan", "el": "greek", "tr": "turkish"}
POSITIONS = ["head", "tail", "middle"]


def _placed(article: list[str], junk: str, where: str) -> list[str]:
    if where == "head":
        return [junk, *article]
    if where == "tail":
        return [*article, junk]
    return [article[0], junk, *article[1:]]


# (language, what it is, widget lines that go whole)
WIDGETS = [
    ("fi", "ad label", "Mainos"),
    ("fi", "ad label in capitals", "MAINOS"),
    ("fi", "end of an ad slot", "Mainos päättyy"),
    ("fi", "share bar", "Jaa\nFacebook\nX\nKopioi linkki"),
    ("fi", "follow prompt", "Seuraa meitä Facebookissa ja Instagramissa"),
    ("fi", "follow heading", "Seuraa meitä"),
    ("fi", "newsletter prompt", "Tilaa uutiskirjeemme ja saat uutiset joka aamu."),
    ("fi", "sponsored label", "Kaupallinen yhteistyö"),
    ("hu", "ad label", "Hirdetés"),
    ("hu", "ad label in capitals", "HIRDETÉS"),
    ("hu", "share label", "Megosztás"),
    ("hu", "follow prompt", "Kövessen minket a Facebookon!"),
    ("hu", "comment label", "Szólj hozzá!"),
    ("ca", "ad label", "Publicitat"),
    ("ca", "ad label in capitals", "PUBLICITAT"),
    ("ca", "share bar", "Comparteix\nFacebook\nX\nWhatsApp"),
    ("ca", "follow prompt", "Segueix-nos a Instagram"),
    ("ca", "newsletter prompt", "Subscriu-te al butlletí i rep les notícies cada matí."),
    ("ca", "WordPress comment form (ca)", "Deixa un comentari"),
    ("el", "ad label", "Διαφήμιση"),
    ("el", "ad label in capitals", "ΔΙΑΦΗΜΙΣΗ"),
    ("el", "follow prompt (final sigma)", "Ακολουθήστε μας στο Google News"),
    ("el", "follow prompt in capitals", "ΑΚΟΛΟΥΘΗΣΤΕ ΜΑΣ ΣΤΟ FACEBOOK"),
    ("el", "share label", "Κοινοποίηση"),
    ("el", "share label in capitals", "ΚΟΙΝΟΠΟΙΗΣΗ"),
    ("tr", "ad label", "Reklam"),
    ("tr", "ad label in capitals", "REKLAM"),
    ("tr", "share label", "Paylaş"),
    ("tr", "share label in capitals", "PAYLAŞ"),
    ("tr", "follow prompt", "Bizi takip edin: Facebook, X, Instagram"),
    ("tr", "follow prompt in capitals (dotted İ)", "BİZİ TAKİP EDİN"),
    ("tr", "subscribe button", "Abone ol"),
    ("tr", "WordPress comment form (tr)", "Bir yanıt yazın"),
    ("tr", "WordPress comment form in capitals (dotless ı)", "BIR YANIT YAZIN"),
]

# (language, what it is about, article sentence): all stay.
PROMO_CONTENT = [
    ("fi", "an advertising ban", "Mainos kiellettiin kuluttaja-asiamiehen päätöksellä."),
    ("fi", "sharing costs", "Jaa kustannukset tasan, neuvoi sovittelija osapuolia."),
    ("fi", "a campaign's name", "Seuraa meitä -kampanja keräsi kunnalle 3 000 uutta seuraajaa."),
    ("fi", "a guide's order", "Seuraa meitä, opas huusi ryhmälle metsässä."),
    ("fi", "an ad in a sentence", "Kunnan mainos maksoi 4 000 euroa, kertoo tilintarkastaja."),
    ("hu", "an advertising fine", "Hirdetés miatt bírságolt meg egy bankot a versenyhivatal."),
    ("hu", "sharing as a noun", "Megosztás helyett a pártok most együttműködésről beszélnek."),
    ("hu", "dialogue", "– Ezt is olvasta már? – kérdezte a kalauz az utastól."),
    ("hu", "a quoted order", "Kövessen minket, mondta a rendőr a sofőrnek az út szélén."),
    ("hu", "a quoted share", "A polgármester szerint a megosztás nem megoldás a vitára."),
    ("ca", "advertising rules", "Publicitat enganyosa: la Generalitat multa tres empreses."),
    ("ca", "a guide's order", "Segueix-nos a la plaça, va dir el guia als visitants."),
    ("ca", "a quoted share", "«Comparteix la feina», va demanar l'alcaldessa als regidors."),
    ("ca", "advertising income", "La publicitat institucional va créixer un 8% l'any passat."),
    ("el", "an advertising ban",
     "Η διαφήμιση τυχερών παιχνιδιών απαγορεύεται πλέον στην τηλεόραση."),
    ("el", "following instructions",
     "Ακολουθήστε τις οδηγίες της Πολιτικής Προστασίας, είπε ο δήμαρχος."),
    ("el", "sharing data", "Η κοινοποίηση των στοιχείων στην εφορία γίνεται πλέον ηλεκτρονικά."),
    ("tr", "an advertising ban", "Reklam yasağı, sigara şirketlerini yeni yollar aramaya itti."),
    ("tr", "an advertising fine", "Bakanlık, yanıltıcı reklam nedeniyle iki firmaya ceza kesti."),
    ("tr", "a quoted share",
     "“Paylaş ve kazan” kampanyası tüketici derneklerinin tepkisini çekti."),
    ("tr", "following a case", "Bizi takip edin diyen polis, şüpheliyi karakola götürdü."),
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
     for lang, label in [("fi", "MAINOS"), ("hu", "HIRDETÉS"), ("ca", "PUBLICITAT"),
                         ("el", "ΔΙΑΦΗΜΙΣΗ"), ("tr", "REKLAM")]],
)
def test_ad_label_in_capitals_between_flattened_sentences_is_removed(lang: str,
                                                                       label: str) -> None:
    first, second = ARTICLES[lang]
    assert promo(f"{first} {label} {second}") == f"{first} {second}"


def test_finnish_ad_label_before_a_quotation_dash_is_removed() -> None:
    # Finnish quotations open with a dash: flattened text leaves "Mainos – Moni …".
    first, second = ARTICLES["fi"]
    text = f"{first} Mainos – Rakennustyöt alkavat syksyllä, pormestari sanoo. {second}"
    assert promo(text) == f"{first} – Rakennustyöt alkavat syksyllä, pormestari sanoo. {second}"


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


def test_greek_final_sigma_is_a_sigma_to_the_scan() -> None:
    # The pack writes "μας" with its final sigma; the text, in either case, matches.
    first, second = ARTICLES["el"]
    for line in ("Ακολουθήστε μας στο Facebook", "ακολουθήστε μας στο Instagram"):
        assert promo(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"


# A [noun] label opens article sentences before a name in languages with no article
# (Finnish, Hungarian, Turkish): between two sentences it goes only in capitals, or
# before a dash, a number, an article or the end.
@pytest.mark.parametrize("sentence", [
    "Mainos Tampereella maksoi kunnalle 4 000 euroa.",
    "Hirdetés Budapesten is megjelent a héten.",
    "Reklam Kurulu, iki firmaya ceza verdi.",
])
def test_a_noun_label_opening_a_sentence_before_a_name_stays(sentence: str) -> None:
    text = f"The council met on Monday. {sentence}"
    assert promo(text) == text


@pytest.mark.parametrize(("label", "after"), [
    ("Mainos", "– Moni näyttelijä on ollut mukana lapsesta asti."),
    ("MAINOS", "Moni näyttelijä on ollut mukana lapsesta asti."),
    ("REKLAM", "Okulun bahçesine sebze bahçesi yapılacak."),
])
def test_a_noun_label_between_sentences_goes_before_a_dash_or_in_capitals(
        label: str, after: str) -> None:
    assert promo(f"The council met on Monday. {label} {after}") == \
        f"The council met on Monday. {after}"


def test_a_noun_label_before_an_article_goes() -> None:
    # Hungarian "Az" is "the": the sentence after the label opens there.
    first, second = ARTICLES["hu"]
    assert promo(f"{first} Hirdetés {second}") == f"{first} {second}"
