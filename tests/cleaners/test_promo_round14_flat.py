"""The promo cleaner on widgets left in flattened text by the thirteenth round: share
prompts that join a label to a network by a [via] word. Each in the shapes the family
allows, and the article sentences that use the same words, which stay.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.promo import promo

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
