"""The trailers and promo packs of the languages added after the first ten: Swedish,
Danish, Norwegian Bokmål, Polish, Czech, Romanian, Finnish, Hungarian, Catalan, Greek
and Turkish. Their banners tables are in test_banners.py, with every other language's;
what is particular to one script (Greek's final sigma, Turkish's dotted capital, a
Finnish quotation dash) is in test_trailers_ca_el_tr.py and test_promo_languages.py.

Positive tables: junk as the tools and CMSs of those languages print it (the tool is
named where the wording is its own), at the head, the tail and between the paragraphs
of an article, and flattened. Negative tables: article sentences that use the same
words ("Dela" as a verb, "Reklama" as the subject of an article, "Läs också" opening a
sentence) stay exactly as they are, as lines and flattened. All article text here is
written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES, NAMES, POSITIONS, placed

from cleantext import clean
from cleantext.cleaners.promo import promo, promo_with
from cleantext.cleaners.trailers import trailers

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
    ("ca", "read-also link", "Llegeix també: La biblioteca amplia l'horari a l'estiu"),
    ("ca", "read-also link in capitals", "LLEGEIX TAMBÉ: La biblioteca amplia l'horari"),
    ("ca", "read-also link, formal", "Llegiu també: El mercat torna a la plaça Major"),
    ("el", "read-also link", "Διαβάστε επίσης: Νέο δρομολόγιο λεωφορείου για τα χωριά"),
    ("el", "read-also link in capitals", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέο δρομολόγιο λεωφορείου"),
    ("el", "read-also link (ακόμα)", "Διαβάστε ακόμα: Νέο δρομολόγιο λεωφορείου"),
    ("tr", "read-also link", "Ayrıca okuyun: İlçede kış lastiği uygulaması başlıyor"),
    ("tr", "read-also link in capitals", "AYRICA OKUYUN: İlçede kış lastiği uygulaması"),
    ("hu", "read-also question", "Ezt is olvasta már? Bezár a megye utolsó falusi mozija"),
]

# (language, what it is, a read-more line that goes whole)
READ_MORE = [
    ("ca", "WordPress's continue-reading link", "Continua llegint"),
    ("el", "read-more link", "Διαβάστε περισσότερα"),
    ("el", "read-more link in capitals", "ΔΙΑΒΑΣΤΕ ΠΕΡΙΣΣΟΤΕΡΑ"),
    ("tr", "story-continues line", "Haberin Devamı"),
    ("tr", "story-continues line in capitals", "HABERİN DEVAMI"),
    ("tr", "read-more link", "Devamını oku"),
    ("tr", "WordPress's continue-reading link", "Okumaya devam et"),
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
    ("ca", "Yoast SEO's feed footer",
     "L’entrada Girona tindrà una nova piscina ha aparegut primer a Diari de Girona."),
    ("el", "Yoast SEO's feed footer",
     "Η ανάρτηση Νέο κολυμβητήριο στην Πάτρα εμφανίστηκε πρώτα στο Πατρινά Νέα."),
    ("tr", "Yoast SEO's feed footer",
     "İzmir'e yeni yüzme havuzu ilk önce Ege Haber üzerinde ortaya çıktı."),
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
    ("ca", "a teacher's advice", "«Llegeix també els diaris locals», va dir la mestra."),
    ("ca", "an entrance", "La mestra va dir que l'entrada al museu ha aparegut primer "
     "a la llista de propostes."),
    ("el", "a quoted advice", "Ο δήμαρχος είπε: «Διαβάστε επίσης την έκθεση της επιτροπής»."),
    ("el", "a post on social media", "Η ανάρτηση του δημάρχου εμφανίστηκε πρώτα στο "
     "Facebook, είπαν οι υπάλληλοι."),
    ("tr", "a quoted advice", "Öğretmen “Devamını okuyun, çocuklar” dedi ve kitabı kapattı."),
    ("tr", "reading on", "Öğretmen öğrencilere hikâyenin devamını okuyun dedi."),
    ("tr", "a story going on", "Haberin devamı yarın gelecek, dedi editör."),
    ("tr", "telling one to read on", "Devamını okuyun, dedi öğretmen."),
    ("hu", "a question in dialogue", "– Ezt olvasta már? – kérdezte a könyvtáros, és átadta "
     "a regényt."),
]


@pytest.mark.parametrize(
    ("lang", "line", "where"),
    [pytest.param(lang, line, where, id=f"{NAMES[lang]} {what} at the {where} is removed")
     for lang, what, line in READ_ALSO + READ_MORE for where in ("tail", "middle")],
)
def test_read_also_line_is_removed(lang: str, line: str, where: str) -> None:
    article = ARTICLES[lang]
    assert clean("\n\n".join(placed(article, line, where))) == "\n\n".join(article)


@pytest.mark.parametrize(
    ("lang", "trailer"),
    [pytest.param(lang, t, id=f"{NAMES[lang]} {what} is removed")
     for lang, what, t in FEED_TRAILERS],
)
def test_feed_trailer_is_removed(lang: str, trailer: str) -> None:
    article = ARTICLES[lang]
    assert trailers("\n\n".join([*article, trailer])) == "\n\n".join(article)
    assert trailers(" ".join([*article, trailer])) == " ".join(article)
    assert trailers("".join([*article, trailer])) == "".join(article)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{NAMES[lang]} article sentence about {what} stays")
     for lang, what, s in TRAILER_CONTENT],
)
def test_trailer_words_in_an_article_sentence_stay(lang: str, sentence: str) -> None:
    article = ARTICLES[lang]
    for text in (sentence, "\n\n".join([*article, sentence]),
                 "\n\n".join(placed(article, sentence, "middle")),
                 " ".join(placed(article, sentence, "middle"))):
        assert trailers(text) == text
        assert clean(text) == text


# A word that opens a sentence, in the languages whose packs list one to end a
# flattened title before it.
_OPENERS = {"ca": "Les", "el": "Οι", "tr": "Bu", "hu": "Az"}


@pytest.mark.parametrize(
    ("lang", "line"),
    [pytest.param(lang, line, id=f"{NAMES[lang]} {what} in flattened text is removed")
     for lang, what, line in READ_ALSO if lang in _OPENERS],
)
def test_read_also_link_in_flattened_text_is_removed(lang: str, line: str) -> None:
    # The next sentence opens with a word of the language's opener list.
    first, second = ARTICLES[lang]
    nxt = _OPENERS[lang]
    after = f"{nxt} {second[0].lower()}{second[1:]}"
    assert trailers(f"{first} {line} {after}") == f"{first} {after}"


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
    ("pl", "comment widget", "Skomentuj"),
    ("pl", "comment widget's call", "Dołącz do dyskusji"),
    ("pl", "sponsored label", "Artykuł sponsorowany"),
    ("pl", "follow line naming its network", "Obserwuj nas na Facebooku"),
    ("nb", "share line naming its network", "Del på Facebook"),
    ("nb", "newsletter prompt (abonner)", "Abonner på nyhetsbrevet vårt"),
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
    ("pl", "a quoted order to comment", "Skomentuj to, powiedział prezydent dziennikarzom."),
    ("pl", "an appeal to follow", "Obserwuj nas na Facebooku, zaapelował rzecznik straży."),
    ("pl", "a sponsored article", "Artykuł sponsorowany przez spółkę wywołał kontrowersje."),
    ("nb", "a share of the budget", "Del på to av budsjettpostene ble kuttet i fjor."),
    ("nb", "subscribing to power", "Abonner på strøm fra solcellene kan bli billigere, sier han."),
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
    assert clean("\n\n".join(placed(article, widget, where))) == "\n\n".join(article)


@pytest.mark.parametrize(
    ("lang", "label"),
    [pytest.param(lang, label, id=f"{NAMES[lang]} {label} between flattened sentences")
     for lang, label in [("da", "ANNONCE"), ("nb", "ANNONSE"), ("pl", "REKLAMA"),
                         ("cs", "REKLAMA"), ("ro", "PUBLICITATE"), ("fi", "MAINOS"),
                         ("hu", "HIRDETÉS"), ("ca", "PUBLICITAT"), ("el", "ΔΙΑΦΗΜΙΣΗ"),
                         ("tr", "REKLAM")]],
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
