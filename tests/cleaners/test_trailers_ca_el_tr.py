"""The trailer packs for Catalan, Greek and Turkish, and the capitals those scripts write.

Positive tables: read-also links with their titles, box headings, read-more lines and
WordPress's feed footer (Yoast SEO's string as its catalogue for each language words
it), as lines of their own and in flattened text. Turkish writes the capital of "i"
dotted ("İlginizi çekebilir") and of "ı" undotted ("HABERİN DEVAMI"); Greek in
capitals drops its accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"): the links are found in those spellings.
Negative tables: article sentences with the same words (a teacher telling pupils to
read on, a post that appeared first somewhere) stay exactly as they are. All article
text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.trailers import _book, _hit, _hits, _scanned, trailers

NAMES = {"ca": "catalan", "el": "greek", "tr": "turkish", "hu": "hungarian"}

# (language, what it is, a line that goes whole, with the linked title it holds)
READ_ALSO = [
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
    ("ca", "Yoast SEO's feed footer",
     "L’entrada Girona tindrà una nova piscina ha aparegut primer a Diari de Girona."),
    ("el", "Yoast SEO's feed footer",
     "Η ανάρτηση Νέο κολυμβητήριο στην Πάτρα εμφανίστηκε πρώτα στο Πατρινά Νέα."),
    ("tr", "Yoast SEO's feed footer",
     "İzmir'e yeni yüzme havuzu ilk önce Ege Haber üzerinde ortaya çıktı."),
]

# (language, what it is about, article sentence or paragraph): all stay.
TRAILER_CONTENT = [
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


def _middle(article: list[str], junk: str) -> str:
    return "\n\n".join([article[0], junk, *article[1:]])


@pytest.mark.parametrize(
    ("lang", "line"),
    [pytest.param(lang, line, id=f"{NAMES[lang]} {what} is removed")
     for lang, what, line in READ_ALSO + READ_MORE],
)
def test_link_line_is_removed(lang: str, line: str) -> None:
    article = ARTICLES[lang]
    assert clean(_middle(article, line)) == "\n\n".join(article)
    assert clean("\n\n".join([*article, line])) == "\n\n".join(article)


@pytest.mark.parametrize(
    ("lang", "line"),
    [pytest.param(lang, line, id=f"{NAMES[lang]} {what} in flattened text is removed")
     for lang, what, line in READ_ALSO],
)
def test_read_also_link_in_flattened_text_is_removed(lang: str, line: str) -> None:
    # The next sentence opens with a word of the language's opener list.
    first, second = ARTICLES[lang]
    nxt = {"ca": "Les", "el": "Οι", "tr": "Bu", "hu": "Az"}[lang]
    after = f"{nxt} {second[0].lower()}{second[1:]}"
    assert trailers(f"{first} {line} {after}") == f"{first} {after}"


def test_turkish_box_heading_with_a_dotted_capital_takes_its_titles() -> None:
    first, second = ARTICLES["tr"]
    box = "İlginizi Çekebilir\nİlçede kış lastiği uygulaması başlıyor\nBelediyeden ücretsiz servis"
    assert clean(f"{first}\n\n{second}\n\n{box}") == f"{first}\n\n{second}"
    flat = box.replace("\n", " ")
    assert trailers(f"{first} {second} {flat}") == f"{first} {second}"


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
    for text in (sentence, "\n\n".join([*article, sentence]), _middle(article, sentence),
                 " ".join([article[0], sentence, article[1]])):
        assert trailers(text) == text
        assert clean(text) == text


def test_hungarian_link_after_a_cut_teaser_goes_with_the_cut_sentence() -> None:
    first, _ = ARTICLES["hu"]
    teaser = "Az erdészet azt tervezi, hogy a tónál egy kis…"
    for sep in ("\n\n", " "):
        assert clean(f"{first} {teaser}{sep}Tovább a teljes cikkhez »") == first


def test_apposition_after_a_flattened_title_ends_the_title() -> None:
    # "Ellis, a member of …": a name and a comma set apart, the next sentence's subject.
    text = ("The walkers were cold. READ MORE: Rescue team asks walkers to carry paper maps "
            "after record callouts Ellis, a member of the club, led them down.")
    assert trailers(text) == "The walkers were cold. Ellis, a member of the club, led them down."
    # German "die" after a comma opens a relative clause a title may hold: unsure, so
    # only the link words go.
    german = ("Der Rat tagte. Lesen Sie auch: Stadt plant neue Radwege, die Anwohner "
              "ärgern sich über den Lärm.")
    assert "Radwege, die Anwohner ärgern sich über den Lärm." in trailers(german)


@pytest.mark.parametrize("stop", ["alle 13.", "in città."])
def test_reprint_notice_glued_after_a_figure_or_an_accent_is_removed(stop: str) -> None:
    text = f"L’emporio è aperto il sabato dalle 9 {stop}© RIPRODUZIONE RISERVATA"
    assert trailers(text) == f"L’emporio è aperto il sabato dalle 9 {stop}"


def _reference_hits(text: str) -> list[int]:
    """Where the trigger patterns match, run over the whole text (what the scan spares)."""
    starts = _book(()).starts
    found = {_hit(m) for p in (starts.capital, starts.bracket, starts.dash) if p is not None
             for m in p.finditer(text)}
    if starts.inner is not None:
        found |= {_hit(m) for m in starts.inner.finditer(text)}
    return sorted(found)


SCRIPT_LINES = [
    "Το συμβούλιο συνεδρίασε.\nΔιαβάστε επίσης: Νέο δρομολόγιο\n(Διαβάστε περισσότερα)",
    "Совет утвердил бюджет.\nЧитайте также: Новый мост\n[Подробнее]\n  ЧИТАТЬ ДАЛЕЕ",
    "Okul açıldı.\nİlginizi Çekebilir\n(İLGİLİ HABERLER)\nhaberin devamı\nHABERİN DEVAMI",
    "Okul açıldı ilk önce Ege Haber üzerinde ortaya çıktı. Δ Σ Ч İ\n\tΣχετικά άρθρα",
    "The council met.\nRead more: Budget\n(Weiterlesen)\nσχετικά άρθρα\nчитать далее",
]


@pytest.mark.parametrize("text", SCRIPT_LINES)
def test_the_scan_finds_every_trigger_after_a_line_break_or_bracket(text: str) -> None:
    # Capitals outside ASCII ("Δ", "Ч") are found by their own scan, which looks back
    # for the line break or bracket before them: no trigger match may be missed.
    raw = text.encode("utf-8")
    starts = _book(()).starts
    assert _hits(starts, text, raw, _scanned(starts.scan, raw)) == _reference_hits(text)


def test_read_also_title_ending_in_a_month_glued_to_the_next_block_is_removed() -> None:
    before = "Die Fahrten kosten den Landkreis rund 380.000 Euro im Jahr."
    after = "Der Beirat begrüßte die Entscheidung. Sein Vorsitzender forderte mehr."
    glued = f"{before}Lesen Sie auch: Stadtwerke erhöhen den Gaspreis zum 1. April{after}"
    assert trailers(glued) == f"{before} {after}"
    # With a space, "1. April" ends no sentence and the opener after it ends the title.
    spaced = f"{before} Lesen Sie auch: Stadtwerke erhöhen den Gaspreis zum 1. April {after}"
    assert trailers(spaced) == f"{before} {after}"


RANKED = "Lo más leído1. Un incendio calcina 40 hectáreas2. Detenidos dos jóvenes3. La feria vuelve"


def test_read_also_box_glued_before_a_ranked_box_goes_with_its_titles() -> None:
    first = "La organización agraria ha pedido ayudas urgentes para el transporte de agua."
    box = ("Noticias relacionadasLa Junta aprueba ayudas urgentes para los ganaderos "
           "afectados por la sequíaEl embalse de La Zarza, en mínimos históricosCazalejo "
           "suspende las fiestas de agosto")
    assert trailers(f"{first}{box}{RANKED}") == first


def test_article_sentences_after_a_read_also_heading_before_a_ranked_box_stay() -> None:
    first = "La organización agraria ha pedido ayudas."
    prose = "La Junta aprueba ayudas urgentes. El embalse está en mínimos."
    out = trailers(f"{first}Noticias relacionadas{prose}{RANKED}")
    assert out.endswith(prose)
