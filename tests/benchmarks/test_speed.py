"""The speed module's bookkeeping (not its timings, which depend on the machine)."""

from __future__ import annotations

import re

from benchmarks.corpus import Doc
from benchmarks.speed import per_cleaner

from cleantext import SpanCleaner


def _hashtags(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "") for m in re.finditer(r" ?#\w+", text)]


def test_per_cleaner_counts_what_each_gate_lets_through() -> None:
    gated = SpanCleaner("hashtags", _hashtags, trigger=re.compile("#"))
    plain = SpanCleaner("ungated", _hashtags)  # no gate: every text goes to its finder
    docs = [Doc("a", "Rain is due #weather"), Doc("b", "No tags here."),
            Doc("c", "Pay #1 and #2 now")]
    rows = {r["cleaner"]: r for r in per_cleaner([gated, plain], docs)}
    assert rows["hashtags"]["passed"] == 2
    assert rows["hashtags"]["fired"] == 2
    gate_seconds = rows["hashtags"]["gate_seconds"]
    assert isinstance(gate_seconds, float) and gate_seconds >= 0.0
    # The second cleaner sees the first one's output: no tag is left to remove.
    assert rows["ungated"]["passed"] is None and rows["ungated"]["gate_seconds"] is None
    assert rows["ungated"]["fired"] == 0
