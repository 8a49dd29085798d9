"""Inputs the fuzzer (tests/fuzz.py) once broke `clean` with: they must keep working."""

from __future__ import annotations

import json

import pytest
from tests.fuzz import REGRESSIONS, check

CASES = (
    [json.loads(line)["input"] for line in REGRESSIONS.read_text(encoding="utf-8").splitlines()
     if line.strip()]
    if REGRESSIONS.exists()
    else []
)


@pytest.mark.parametrize("text", CASES, ids=[f"fuzz regression {i}" for i in range(len(CASES))])
def test_a_saved_fuzz_input_keeps_every_invariant(text: str) -> None:
    check(text)


def test_the_invariants_hold_on_a_known_awkward_input() -> None:
    # Checks `check` itself runs end to end (and the file need not exist to pass).
    check("<p>Read more &amp;amp; …</p>\r\n\x00Ã© Accept")
