"""Article text with no boilerplate comes back unchanged: the precision guard.

``benchmarks/sets/clean-1.jsonl`` holds 70 news texts in seven languages, written blind
for this project (by a writer who saw neither the cleaners nor their tests), in the
shapes that look most like boilerplate to a rule: results tables and standings as short
lines, live blogs, listings and recipes, stories *about* cookie walls, paywalls,
newsletters and ad blockers, poems and obituaries one line a paragraph, bylines and
datelines, legitimate ellipses, pipes, URLs and "©" given as information. Each is its
own gold; ``clean`` must return it as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean, explain

SET = Path(__file__).resolve().parent.parent / "benchmarks" / "sets" / "clean-1.jsonl"
DOCS = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


def test_the_set_is_article_text_only() -> None:
    assert len(DOCS) == 70
    assert all(d["dirty"] == d["clean"] and d["families"] == ["none"] for d in DOCS)


@pytest.mark.parametrize("doc", DOCS, ids=[f"{d['id']} {d['kind']}" for d in DOCS])
def test_article_text_comes_back_unchanged(doc: dict[str, str]) -> None:
    out = clean(doc["dirty"])
    if out != doc["clean"]:
        # Say what went, and which cleaner took it, rather than diff two long strings.
        removed = [(e.cleaner, e.removed) for e in explain(doc["dirty"]).edits]
        pytest.fail(f"{doc['id']}: edits {removed}")
