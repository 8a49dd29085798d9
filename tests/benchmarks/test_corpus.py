"""Reading corpora: JSONL in the suite's and the development sets' field names, folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.corpus import Corpus, CorpusError


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_dev_set_field_names_are_found(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "dev.jsonl", [
        {"id": "a", "dirty": "Rain. Advertisement", "clean": "Rain.", "ambiguous": ["x"]}])
    (doc,) = Corpus(path)
    assert (doc.id, doc.text, doc.gold, doc.ambiguous) == (
        "a", "Rain. Advertisement", "Rain.", ("x",))
    assert doc.nbytes == len(b"Rain. Advertisement")


def test_jsonl_without_gold(tmp_path: Path) -> None:
    corpus = Corpus(_jsonl(tmp_path / "t.jsonl", [{"text": "a"}, {"text": "b"}]))
    assert not corpus.has_gold()
    assert [d.text for d in corpus] == ["a", "b"] and all(d.gold is None for d in corpus)


def test_named_fields_and_missing_ones(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "t.jsonl", [{"body": "x", "want": "y"}])
    (doc,) = Corpus(path, text_field="body", gold_field="want")
    assert (doc.text, doc.gold) == ("x", "y")
    with pytest.raises(CorpusError, match="no text field"):
        list(Corpus(path))
    with pytest.raises(CorpusError, match="no gold field"):
        Corpus(path, text_field="body", gold_field="gold").fields()


def test_folder_of_text_files_with_gold_beside(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Rain fell.\nShare this", encoding="utf-8")
    (tmp_path / "a.gold.txt").write_text("Rain fell.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Sun.", encoding="utf-8")
    corpus = Corpus(tmp_path)
    assert corpus.has_gold()
    docs = {d.id: d for d in corpus}
    assert set(docs) == {"a.txt", "sub/b.txt"}
    assert docs["a.txt"].gold == "Rain fell." and docs["sub/b.txt"].gold is None


def test_families_and_shape_become_tags_for_the_breakdown(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "t.jsonl", [
        {"text": "a", "families": ["banners", "promo"], "shape": "flat"},
        {"text": "b", "families": [], "shape": "html"},
        {"text": "c"}])
    assert [d.tags for d in Corpus(path)] == [
        ("banners", "promo", "shape:flat"), ("none", "shape:html"), ()]
