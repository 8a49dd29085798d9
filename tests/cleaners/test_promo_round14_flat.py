"""The promo cleaner on widgets left in flattened text by the thirteenth round: one-word
ad labels between sentences before a name, share prompts that join a label to a network
by a [via] word. Each in the shapes the family allows, and the article sentences that
use the same words, which stay.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.promo import promo

# A one-word ad label of a language that opens no sentence with the bare noun, between
# two sentences of flattened text, before the capitalised noun and name that open the
# next one: (language, label).
BARE_LABELS = [("de", "Anzeige"), ("da", "Annonce"), ("nb", "Annonse")]
NAMED = {
    "de": "Stadtbaurätin Helga Brandt lobte den Plan.",
    "da": "Borgmester Jens Holm roste planen.",
    "nb": "Ordfører Kari Lunde roste planen.",
}


@pytest.mark.parametrize(("lang", "label"), BARE_LABELS, ids=[b for _, b in BARE_LABELS])
@pytest.mark.parametrize("join", [" ", ""], ids=["spaced", "glued"])
def test_a_bare_ad_label_before_a_name_goes(lang: str, label: str, join: str) -> None:
    first = ARTICLES[lang][0]
    assert clean(f"{first}{join}{label}{join}{NAMED[lang]}") == f"{first} {NAMED[lang]}"


@pytest.mark.parametrize("text", [
    # The German noun in prose: with its case after it, or inside a sentence.
    "Der Wirt sprach mit der Polizei. Anzeige gegen Unbekannt wurde erstattet.",
    "Der Wirt erstattete Anzeige. Die Polizei ermittelt.",
    "Die Polizei nahm die Anzeige auf. Sie ermittelt.",
    "Die Stadt schaltete eine Anzeige Ende Mai in der Zeitung.",
    # English's label before a name it may belong to.
    "The campaign paid for it. Advertisement Harbour Lions ran twice was cited by many.",
])
def test_the_ad_noun_in_prose_stays(text: str) -> None:
    assert promo(text) == text


# A share prompt that joins its label to a network by a [via] word, glued after the last
# sentence or between two: (language, prompt).
SHARE_PROMPTS = [("da", "Del artiklen på Facebook"), ("sv", "Dela artikeln på Facebook"),
                 ("da", "Del artiklen på LinkedIn")]


@pytest.mark.parametrize(("lang", "prompt"), SHARE_PROMPTS, ids=[p for _, p in SHARE_PROMPTS])
@pytest.mark.parametrize("join", [" ", ""], ids=["spaced", "glued"])
def test_a_share_prompt_with_its_network_goes_in_flattened_text(lang: str, prompt: str,
                                                                join: str) -> None:
    first, second = ARTICLES[lang]
    assert clean(f"{first} {second}{join}{prompt}") == f"{first} {second}"
    assert clean(f"{first}{join}{prompt}{join}{second}") == f"{first} {second}"


@pytest.mark.parametrize("text", [
    "Han bad alle om at dele artiklen på Facebook. Byrådet vedtog planen.",
    "Hun sagde: Del artiklen på Facebook, så flere ser den.",
    "Hon bad dem: Dela artikeln på Facebook om ni vill.",
])
def test_a_share_request_in_prose_stays(text: str) -> None:
    assert promo(text) == text
