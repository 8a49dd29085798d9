"""The synthetic corpus: reproducible by seed, every family, shape and language, gold consistent."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from benchmarks.corpus import Corpus, open_text
from benchmarks.metrics import words
from benchmarks.synth import (
    FAMILIES,
    SHAPES,
    load_sample,
    make_record,
    mojibake,
    parse_size,
    unmojibake,
    write_corpus,
)

SAMPLE = load_sample()
RECORDS = [make_record(SAMPLE, 7, i) for i in range(600)]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_same_seed_same_bytes(tmp_path: Path, suffix: str) -> None:
    a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    assert write_corpus(a, 60_000, seed=3) == write_corpus(b, 60_000, seed=3)
    assert a.read_bytes() == b.read_bytes()


def test_other_seed_other_corpus_and_small_is_prefix_of_large(tmp_path: Path) -> None:
    small, large, other = tmp_path / "s.jsonl", tmp_path / "l.jsonl", tmp_path / "o.jsonl"
    write_corpus(small, 20_000, seed=1)
    n, size = write_corpus(large, 50_000, seed=1)
    write_corpus(other, 20_000, seed=2)
    assert large.read_bytes().startswith(small.read_bytes())
    assert small.read_bytes() != other.read_bytes()
    assert size >= 50_000 and n == len(large.read_text(encoding="utf-8").splitlines())


def test_written_corpus_reads_back_with_its_gold(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    n, _ = write_corpus(path, 30_000, seed=5)
    docs = list(Corpus(path))
    assert len(docs) == n and all(d.gold is not None and d.lang for d in docs)
    with open_text(path) as fh:
        first = json.loads(fh.readline())
    assert docs[0].text == first["text"] and docs[0].gold == first["gold"]


def test_every_family_shape_and_language_occurs() -> None:
    assert {f for r in RECORDS for f in r["families"]} == set(FAMILIES)
    assert {r["shape"] for r in RECORDS} == set(SHAPES)
    assert {r["lang"] for r in RECORDS} == set(SAMPLE.langs) >= {
        "en", "de", "fr", "es", "it", "pt", "nl", "ru"}
    assert any(not r["families"] for r in RECORDS), "some records are left clean"
    assert any(re.search(r"\[\+\d+ chars\]", r["text"]) for r in RECORDS)


def _readable(record: dict) -> str:
    """The dirty text with mojibake undone and markup stripped: what its words are."""
    text = record["text"]
    if "unicode" in record["families"]:
        text = unmojibake(text)
    if record["shape"] == "html":
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def test_gold_is_consistent_with_its_dirty_text() -> None:
    for r in RECORDS:
        dirty, gold = words(_readable(r)), words(r["gold"])
        assert not gold - dirty, (r["id"], gold - dirty)  # every gold word is in the input
        if set(r["families"]) & {"banners", "trailers", "promo"}:
            assert dirty - gold, r["id"]  # these families add words the gold has not
        if not r["families"]:
            assert dirty == gold, r["id"]  # a clean record is its gold, reshaped


def test_truncation_gold_drops_the_cut_sentence_with_its_marker() -> None:
    for r in RECORDS:
        assert not re.search(r"(…|\.\.\.|\[…\]|\[\.\.\.\]|chars\])\s*$", r["gold"]), r["id"]
        assert "\n\n\n" not in r["gold"] and r["gold"] == r["gold"].strip()


def test_mojibake_is_utf8_read_as_cp1252() -> None:
    assert mojibake("café") == "cafÃ©"
    assert mojibake("Вестник") == "Ð’ÐµÑÑ‚Ð½Ð¸Ðº".replace("Ñ", "Ñ\x81", 1)
    for text in ("naïve – “quoted” €5", "Заречье", "plain"):
        assert unmojibake(mojibake(text)) == text


def test_parse_size() -> None:
    assert parse_size("200MB") == 200 * 10**6
    assert parse_size("1GiB") == 2**30
    with pytest.raises(ValueError):
        parse_size("lots")


def test_sample_has_articles_and_wordings_for_every_language() -> None:
    for lang in SAMPLE.langs:
        assert len(SAMPLE.articles[lang]) >= 3
        for family in ("banners", "read_more", "feed_trailers", "promo"):
            assert SAMPLE.wordings[family].get(lang), (family, lang)
    assert Counter(SAMPLE.sites)  # invented site names for the trailers
