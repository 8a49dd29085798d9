"""Banners, round 11: the Catalan, Greek and Turkish packs, the walls of the later packs
that name no cookie (Finnish "eväste", "tilaajille"), and the consent and paywall
wordings written-10 showed left behind (Cookiebot's Danish last sentence, Usercentrics
in the "du" form, the IAB TCF Spanish text, Axeptio, Complianz, a German counter wall
and a pay-or-consent wall).

Positive tables: walls as the tools print them, with their buttons, at the head and
the tail of an article, as paragraphs and in flattened text. Negative tables: article
sentences with the same words (a biscuit factory's "galetes", a quoted "Kabul et", a
columnist's "Tämä artikkeli on vain tilaajille") stay exactly as they are. All text
here is written for these tests.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.cleaners._articles import ARTICLES, every_shape
from tests.cleaners.test_banners_round12 import CONTENT as ROUND12_CONTENT
from tests.cleaners.test_banners_round12 import WALLS as ROUND12_WALLS
from tests.cleaners.test_banners_round13 import CONTENT as ROUND13_CONTENT
from tests.cleaners.test_banners_round13 import WALLS as ROUND13_WALLS

from cleantext import clean
from cleantext.cleaners.banners import _gate, _letters, _tries, banners

# (language, what it is, wall lines: its text, then the buttons it prints)
WALLS = [
    ("ca", "consent dialog with its policy link",
     ["Aquest lloc web utilitza galetes pròpies i de tercers per millorar els nostres "
      "serveis. Podeu acceptar-les totes, rebutjar-les o configurar-les.",
      "Acceptar totes", "Rebutjar", "Configurar", "Política de galetes"]),
    ("ca", "consent dialog that says web",
     ["Aquest web utilitza galetes per personalitzar el contingut i els anuncis. Podeu "
      "acceptar-les totes o configurar-les.", "Acceptar", "Rebutjar"]),
    ("ca", "consent dialog whose text says only Utilitzem galetes, its stem in its buttons",
     ["Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.",
      "Acceptar totes", "Rebutjar", "Configurar"]),
    ("ca", "paywall",
     ["Aquest contingut és exclusiu per a subscriptors.",
      "Ja ets subscriptor? Inicia sessió"]),
    ("el", "Quantcast dialog under its heading",
     ["Σεβόμαστε την ιδιωτικότητά σας",
      "Εμείς και οι συνεργάτες μας αποθηκεύουμε ή/και έχουμε πρόσβαση σε πληροφορίες σε "
      "μια συσκευή, όπως cookies, και επεξεργαζόμαστε προσωπικά δεδομένα.",
      "ΠΕΡΙΣΣΟΤΕΡΕΣ ΕΠΙΛΟΓΕΣ", "ΔΙΑΦΩΝΩ", "ΣΥΜΦΩΝΩ"]),
    ("el", "consent notice with buttons in capitals",
     ["Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη εμπειρία.",
      "ΑΠΟΔΟΧΗ", "ΑΠΟΡΡΙΨΗ"]),
    ("el", "consent dialog whose heading says απόρρητο",
     ["Εκτιμούμε το απόρρητό σας",
      "Εμείς και οι συνεργάτες μας αποθηκεύουμε ή/και έχουμε πρόσβαση σε πληροφορίες σε "
      "μια συσκευή, όπως cookies.", "Συμφωνώ", "Περισσότερες επιλογές"]),
    ("tr", "KVKK consent notice under its heading",
     ["Çerez Kullanımı",
      "Web sitemizde çerezler kullanılmaktadır. Sitemizi kullanmaya devam ederek çerez "
      "kullanımına izin vermiş olursunuz.", "Kabul Et", "Reddet", "Tercihleri Yönet"]),
    ("tr", "IAB TCF consent dialog",
     ["Biz ve iş ortaklarımız, bir cihazda bilgi depolama ve/veya bilgiye erişme gibi "
      "amaçlarla çerezler kullanıyoruz.", "Tümünü Kabul Et", "Tümünü Reddet"]),
    ("tr", "Cookiebot dialog",
     ["Bu web sitesi çerezleri kullanıyor. İçeriği ve reklamları kişiselleştirmek için "
      "çerezler kullanıyoruz.", "Tümüne izin ver", "Reddet"]),
    ("fi", "consent dialog that says evästeitä and no cookie",
     ["Evästeasetukset",
      "Käytämme evästeitä ja muita seurantateknologioita parantaaksemme "
      "käyttökokemustasi. Voit muuttaa valintojasi milloin tahansa.",
      "Hyväksy kaikki", "Vain välttämättömät", "Asetukset"]),
    ("fi", "paywall that says tilaajille",
     ["Tämä juttu on vain tilaajille", "Tilaa nyt 1 €/kk",
      "Oletko jo tilaaja? Kirjaudu sisään"]),
    ("sv", "paywall that says Bli prenumerant",
     ["Bli prenumerant för att läsa vidare", "Första månaden för 1 kr",
      "Redan prenumerant? Logga in"]),
    ("pl", "paywall that says prenumeratę",
     ["Masz już prenumeratę? Zaloguj się", "Wykup prenumeratę"]),
    ("hu", "Cookiebot dialog that says sütik and no cookie",
     ["Ez a weboldal sütiket használ. A sütiket a tartalom és a hirdetések személyre "
      "szabására használjuk.", "Elfogadom", "Beállítások"]),
    ("da", "Cookiebot dialog with its last sentence and category buttons",
     ["Vi bruger cookies til at analysere vores trafik. Vores partnere kan kombinere "
      "disse data med andre oplysninger, du har givet dem.",
      "Afvis", "Tillad valg", "Tillad alle", "Nødvendige", "Præferencer", "Statistik",
      "Marketing", "Vis detaljer"]),
    ("da", "paywall with its offer and buttons",
     ["Bliv abonnent for at læse videre", "Få adgang til alle artikler.",
      "1. måned for 1 kr.", "Køb adgang", "Er du allerede abonnent? Log ind"]),
    ("de", "Usercentrics dialog in the du form",
     ["Wir nutzen Cookies auf unserer Website und verarbeiten personenbezogene Daten von "
      "dir. Die Datenverarbeitung kann auch erst in Folge gesetzter Cookies stattfinden. "
      "Wir teilen diese Daten mit Dritten, die wir in den Privatsphäre-Einstellungen "
      "benennen.",
      "Die Datenverarbeitung kann mit deiner Einwilligung oder auf Basis eines berechtigten "
      "Interesses erfolgen. Du hast das Recht, nicht einzuwilligen.",
      "Alle akzeptieren", "Ablehnen"]),
    ("de", "pay-or-consent wall of the Pur model",
     ["Mit Werbung weiterlesen oder werbefrei lesen?",
      "Nutzen Sie den Stadtboten mit personalisierter Werbung, Werbetracking, "
      "Nutzungsanalyse und externen Multimedia-Inhalten. Details zu Cookies und "
      "Verarbeitungszwecken finden Sie in unserer Datenschutzerklärung.",
      "Zustimmen und weiter",
      "Oder Stadtbote Pur abonnieren: werbefrei und ohne Werbetracking für 3,99 € im Monat",
      "Jetzt abonnieren"]),
    ("es", "IAB TCF dialog whose text says según",
     ["Con tu consentimiento, nosotros y nuestros socios utilizamos cookies para almacenar "
      "y acceder a información en tu dispositivo. Puedes retirar tu consentimiento u "
      "oponerte al procesamiento de datos según el interés legítimo en cualquier momento.",
      "Aceptar y cerrar", "Continuar sin aceptar"]),
    ("fr", "Axeptio dialog with its greeting",
     ["Ce site utilise des cookies 🍪",
      "Bonjour ! Nous utilisons des cookies pour mesurer l'audience du site. Vous pouvez "
      "changer d'avis à tout moment.", "Non merci", "Je choisis", "OK pour moi"]),
    ("nl", "Complianz dialog with its toggles and placeholders",
     ["Om de beste ervaringen te bieden, gebruiken wij technologieën zoals cookies om "
      "informatie over je apparaat op te slaan.", "Functioneel Altijd actief",
      "Voorkeuren", "Statistieken", "Marketing", "Accepteren", "Weigeren", "{title}",
      "{title}"]),
]

@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {what} goes, at the head, at the tail, flattened")
     for lang, what, wall in [*WALLS, *ROUND12_WALLS, *ROUND13_WALLS]],
)
def test_wall_goes_in_every_shape(lang: str, wall: list[str]) -> None:
    """This round's walls and rounds 12 and 13's (``test_banners_round12.WALLS``,
    ``test_banners_round13.WALLS``)."""
    for text, want in every_shape(ARTICLES[lang], wall):
        assert clean(text) == want, text


# (language, article sentence): the same words in an article, which stays
CONTENT = [
    ("ca", "La fàbrica de galetes de Vilanera tanca després de cent anys, segons el comitè "
     "d'empresa."),
    ("ca", "El Govern va acceptar totes les esmenes de l'oposició, va dir la portaveu."),
    ("ca", "L'Autoritat de Protecció de Dades diu que aquest lloc web utilitza galetes sense "
     "permís."),
    ("ca", "«Podeu acceptar-les totes o rebutjar-les», explica el manual que critica "
     "l'associació de consumidors."),
    ("ca", "La nova política de galetes del Parlament entrarà en vigor el gener, segons la "
     "mesa."),
    ("ca", "Els veïns han de configurar les galetes del nou portal municipal, ha explicat el "
     "regidor."),
    ("ca", "El club va acceptar l'oferta del Girona per al migcampista."),
    ("ca", "Rebutjar la proposta seria un error, va dir l'alcalde."),
    ("el", "Η αστυνομία βρήκε απόρρητα έγγραφα στο γραφείο του υπουργού, ανέφερε η "
     "εφημερίδα."),
    ("el", "Η προστασία της ιδιωτικότητας των πολιτών είναι προτεραιότητα, δήλωσε ο "
     "υπουργός."),
    ("el", "«Συμφωνώ», είπε ο δήμαρχος στο τέλος της συνεδρίασης."),
    ("el", "Το απόρρητο της ψηφοφορίας διασφαλίστηκε, σύμφωνα με την εφορευτική επιτροπή."),
    ("tr", "Bakanlık, sitelerin çerez politikası konusunda yeni bir düzenleme hazırladığını "
     "açıkladı."),
    ("tr", "“Kabul et ya da reddet, başka seçenek yok” dedi sendika başkanı."),
    ("tr", "KVKK Aydınlatma Metni'ni okumayan kullanıcıların sayısı arttı, dedi uzman."),
    ("tr", "Çerez kullanımı konusunda şikâyetler arttı, dedi Kurul Başkanı."),
    ("tr", "Pastanede satılan çerezler kullanılmaktadır ifadesiyle etiketlendi, dedi "
     "müfettiş."),
    ("fi", "Evästeiden käyttö lisääntyi viime vuonna, kertoi tietosuojavaltuutettu."),
    ("fi", "Tämä artikkeli on vain tilaajille, muistuttaa lehden päätoimittaja "
     "kolumnissaan."),
    ("fi", "Kirjaudu sisään -painike siirtyi sivun yläreunaan, kertoo kehittäjä."),
    ("fi", "Tämä juttu on kaikkien luettavissa, sanoi päätoimittaja."),
    ("da", "Vores partnere kan kombinere disse data med andre oplysninger, sagde direktøren "
     "om aftalen."),
    ("da", "Køb adgang til museet koster 120 kr., oplyser museet."),
    ("de", "Lesen Sie weiter mit Freude, sagte der Buchhändler zum Abschied."),
    ("de", "Die Datenverarbeitung kann auch erst in Folge gesetzter Cookies stattfinden, "
     "kritisiert die Verbraucherzentrale."),
    ("de", "Du hast das Recht, nicht einzuwilligen, sagte die Datenschützerin den Schülern."),
    ("es", "Nosotros y nuestros socios hacemos el siguiente trabajo, dijo el presidente de la "
     "cooperativa."),
    ("fr", "Bonjour ! Nous avons ouvert une boulangerie, a lancé le maire devant les "
     "habitants."),
    ("fr", "OK pour moi, a répondu le maire."),
    ("nl", "Altijd actief blijven is belangrijk, zegt de huisarts."),
    ("sv", "Blev prenumerant på tidningen redan 1970, säger Karin."),
    ("sv", "Bli prenumerant, uppmanar chefredaktören."),
    ("pl", "Liczba osób, które wykupiły prenumeratę, wzrosła, podała spółka."),
    ("pl", "Kup prenumeratę dla babci, radzi poradnik."),
    ("hu", "A cukrászda weboldala szerint a sütik elfogytak, közölte a tulajdonos."),
    ("sv", "Anpassa hastigheten efter väglaget, uppmanar polisen."),
    ("it", "Scopri l'offerta di lavoro del Comune, ha detto il sindaco."),
    ("hu", "A weboldal sütiket használ a hatóság szerint, közölte a szóvivő."),
    ("pt", "Os partidos aceitaram as regras, disse o presidente da câmara."),
]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{lang} article: {s[:50]} stays")
     for lang, s in [*CONTENT, *ROUND12_CONTENT, *ROUND13_CONTENT]],
)
def test_article_with_the_same_words_stays(lang: str, sentence: str) -> None:
    """This round's sentences and rounds 12 and 13's (``test_banners_round12.CONTENT``,
    ``test_banners_round13.CONTENT``)."""
    a1, a2 = ARTICLES[lang]
    for text in (sentence, f"{a1}\n\n{sentence}\n\n{a2}", f"{sentence}\n\n{a1}",
                 f"{a1} {sentence} {a2}", f"{a1} {a2} {sentence}"):
        assert banners(text) == text
        assert clean(text) == text


def test_speech_verb_inside_a_wall_wording_is_the_wordings() -> None:
    # Portuguese "disse" (said) is Danish "disse" (these): inside Cookiebot's Danish
    # sentence it reports nothing, outside a wording it still does.
    article = "Byrådet vedtog budgettet."
    wall = ("Vi bruger cookies. Vores partnere kan kombinere disse data med andre "
            "oplysninger, du har givet dem.\nTillad alle")
    assert banners(f"{article}\n\n{wall}") == article
    quoted = "Vi bruger cookies til at måle trafikken, disse forældre sagde til avisen."
    assert banners(quoted) == quoted


def test_turkish_capitals_and_dotted_i() -> None:
    # "KABUL ET" lower-cases to a listed button, and "İ" is read as "i" (offsets kept):
    # the heading and the buttons in capitals go with the text under them.
    article = ARTICLES["tr"]
    wall = "ÇEREZ POLİTİKASI\nSitemizde çerezler kullanılmaktadır.\nKABUL ET\nTERCİHLERİ YÖNET"
    assert clean(wall + "\n\n" + "\n\n".join(article)) == "\n\n".join(article)
    assert clean("\n\n".join(article) + "\n\n" + wall) == "\n\n".join(article)
    assert _letters._lowered("İZMİR") == "izmir"
    # and the gate lets through every text with an "İ": its bytes hold no "i"
    assert _gate._default_gate().search("COOKİES")
    assert banners("COOKİES İzmir.") == "COOKİES İzmir."


def test_gate_turns_away_article_text_in_the_new_languages() -> None:
    # Their anchors' letters ("ı", "ä", Greek) and no stem: nothing to examine.
    gate = _gate._default_gate()
    for text in ("Belediye meclisi bütçeyi onayladı, dedi başkan.",
                 "Kaupunginvaltuusto päätti maanantaina rakentaa uuden uimahallin.",
                 "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό.",
                 "El ple va aprovar la piscina, segons l'alcalde.",
                 "Der Rat tagte. Danach ging es weiter mit der Sitzung.",
                 "市议会周一批准了港口预算。" * 40):
        assert not gate.search(text), text


def test_gate_letter_guard_needs_the_letter_not_its_bytes() -> None:
    # A Japanese page holds the last bytes of "ä" and "Ä" everywhere; the Finnish scan is
    # run only where the letter itself is.
    gate = _gate._default_gate()
    assert "ä".encode()[-1:] in "つ".encode() and "Ä".encode()[-1:] in "い".encode()
    assert not gate.search("ついつい。" * 200)
    assert gate.search("EVÄSTEET")
    assert gate.search("Käytämme evästeitä.")
    assert gate.search("TÄMÄ ARTIKKELI ON VAIN TILAAJILLE")


_MIXED = ["cookie", "consent", "co", "ιδιωτικότητ", "ιδιωτικοτητ", "απόρρητ", "συμφωνώ",
          "куки", "クッキー", "{n} €/kk", "1 kr", "x", "×", "→ more", "çerez", "ık"]


@given(st.lists(st.sampled_from([*_MIXED, " ", "Σ", "ς", "a", "1", ".", "\n", "ク"]),
                max_size=30).map("".join))
def test_tries_by_script_match_as_one_trie(text: str) -> None:
    # The wording scans split their trie by the first letters' script (a class for the
    # non-Latin ones): the same phrase matches at the same places.
    low = text.lower()
    plain = re.compile(_tries._source(_MIXED))
    split = re.compile(_tries._source(_MIXED, by_script=True))
    for pos in range(len(low) + 1):
        a, b = plain.match(low, pos), split.match(low, pos)
        assert (a and a.span()) == (b and b.span()), (low, pos)


def test_greek_buttons_in_capitals_run_into_the_headline() -> None:
    # Line breaks lost with nothing in their place: the buttons' last capital meets the
    # headline's capital and small letters, a join the Greek case classes see.
    wall = ("Εμείς και οι συνεργάτες μας αποθηκεύουμε ή/και έχουμε πρόσβαση σε πληροφορίες "
            "σε μια συσκευή, όπως cookies.ΠΕΡΙΣΣΟΤΕΡΕΣ ΕΠΙΛΟΓΕΣΔΙΑΦΩΝΩΣΥΜΦΩΝΩ")
    article = ("Ανοίγει ξανά το ιστορικό καφενείο της Άνω ΛιθαριάςΤο καφενείο ανοίγει ξανά "
               "τις πόρτες του το Σάββατο.")
    out = banners(wall + article)
    assert out.endswith(article) and "ΣΥΜΦΩΝΩ" not in out


def test_line_above_consent_buttons_goes_only_when_it_is_all_wall() -> None:
    # The buttons' line holds the stem ("Acceptar totes"); the dialog's text above it
    # holds none. It goes when it is a wall from its first word to its last and the
    # buttons follow it at once; after a blank line, or reporting speech, it stays.
    a1, a2 = ARTICLES["ca"]
    for above in ("La Generalitat utilitza galetes al seu web, segons l'informe.\n",
                  "Utilitzem galetes pròpies per millorar els nostres serveis.\n\n"):
        text = f"{a1}\n\n{above}Acceptar totes\n\n{a2}"
        assert banners(text) == text
    text = "The council met.\nAccept all cookies\n\nThe budget passed."
    assert banners(text) == text
