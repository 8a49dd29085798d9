"""Promo in Finnish, Hungarian, Catalan, Greek and Turkish: what their tables in
test_languages_more.py cannot say in one line each.

Greek's final sigma ("μας"), which case folding turns into a sigma while the lower-cased
text keeps it; a Finnish quotation's dash after an ad label; and ad labels that are also
nouns opening article sentences before a name ("Mainos Tampereella …", "Reklam Kurulu
…"), which go between sentences only in capitals or before a dash, a number, an article
or the end. All article text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext.cleaners.promo import promo


def test_finnish_ad_label_before_a_quotation_dash_is_removed() -> None:
    # Finnish quotations open with a dash: flattened text leaves "Mainos – Moni …".
    first, second = ARTICLES["fi"]
    text = f"{first} Mainos – Rakennustyöt alkavat syksyllä, pormestari sanoo. {second}"
    assert promo(text) == f"{first} – Rakennustyöt alkavat syksyllä, pormestari sanoo. {second}"


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
