"""Trailers in Catalan, Greek, Turkish and Hungarian: what their tables in
test_languages_more.py cannot say in one line each.

A Turkish box heading written with the dotted capital ("İlginizi Çekebilir"), a
Hungarian teaser link after a cut sentence, a flattened title ended by an apposition,
a reprint notice glued after a figure, a month run into the next block, a read-also
box glued before a ranked one; and the scan that finds capitals outside ASCII after a
line break, checked against a plain search. All article text here is written for
these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.trailers import _book, trailers
from cleantext.cleaners.trailers._start_hits import _hit, _hits, _scanned


def test_turkish_box_heading_with_a_dotted_capital_takes_its_titles() -> None:
    first, second = ARTICLES["tr"]
    box = "İlginizi Çekebilir\nİlçede kış lastiği uygulaması başlıyor\nBelediyeden ücretsiz servis"
    assert clean(f"{first}\n\n{second}\n\n{box}") == f"{first}\n\n{second}"
    flat = box.replace("\n", " ")
    assert trailers(f"{first} {second} {flat}") == f"{first} {second}"


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
