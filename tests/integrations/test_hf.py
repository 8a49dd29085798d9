"""Hugging Face datasets, for real and offline: map(batched=True, num_proc=2) on 10,000 records.

The output must equal the bulk path row for row; the fingerprint must be computed
without the "couldn't be hashed properly" warning, be the same on a second run (so
the second map loads the first one's cache files) and in another process.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from cleantext import DEFAULT, Pipeline, regex_cleaner
from cleantext.integrations.hf import CleanBatch, clean_dataset


@pytest.fixture(scope="module")
def hf() -> ModuleType:
    """``datasets``, imported only now: the conftest has made it offline, in a tmp home."""
    datasets = pytest.importorskip("datasets")
    home = os.environ["HF_HOME"]
    assert str(datasets.config.HF_DATASETS_CACHE).startswith(home), "imported too early"
    assert datasets.config.HF_HUB_OFFLINE
    datasets.disable_progress_bars()
    return datasets


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def fingerprint_warnings(hf: ModuleType, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    # datasets warns once per process; a fresh registry lets each test see its own.
    monkeypatch.setattr(hf.fingerprint, "fingerprint_warnings", {})
    handler = _Warnings()
    logger = logging.getLogger("datasets.fingerprint")
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory, records: list[dict[str, Any]]) -> Path:
    path = tmp_path_factory.mktemp("hf") / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_map_with_two_processes_equals_the_bulk_path_and_caches(
    hf: ModuleType, jsonl: Path, expected: list[dict[str, Any]],
    fingerprint_warnings: list[str],
) -> None:
    ds = hf.load_dataset("json", data_files=str(jsonl), split="train")
    first = clean_dataset(ds, num_proc=2, removed_column="removed_chars")
    assert not [m for m in fingerprint_warnings if "hashed properly" in m]
    rows = first.to_list()
    assert [{k: v for k, v in r.items() if k != "removed_chars"} for r in rows] == expected
    assert [r["removed_chars"] for r in rows] == [
        len(a["text"]) - len(b["text"]) for a, b in zip(ds.to_list(), expected, strict=True)]

    again = clean_dataset(hf.load_dataset("json", data_files=str(jsonl), split="train"),
                          num_proc=2, removed_column="removed_chars")
    assert again._fingerprint == first._fingerprint
    # The same fingerprint names the same cache files: the second map was a cache hit.
    assert [f["filename"] for f in again.cache_files] == [f["filename"] for f in first.cache_files]
    other = clean_dataset(ds, ["markup", "whitespace"], num_proc=2)
    assert other._fingerprint != first._fingerprint


def test_an_unhashable_transform_does_warn(
    hf: ModuleType, fingerprint_warnings: list[str],
) -> None:
    """The check above can see the warning: a transform dill cannot pickle triggers it."""

    class Unpicklable:
        def __reduce__(self) -> Any:
            raise TypeError("no")

        def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
            return batch

    hf.Dataset.from_dict({"text": ["a", "b"]}).map(Unpicklable(), batched=True)
    assert [m for m in fingerprint_warnings if "hashed properly" in m]


_HASH = """
from datasets.fingerprint import Hasher
from cleantext import DEFAULT, regex_cleaner
from cleantext.integrations.hf import CleanBatch
credits = regex_cleaner("credits", r"^\\(Photo: [^)\\n]{1,200}\\)\\n?", flags=0)
print(Hasher.hash(CleanBatch(removed_column="n")), Hasher.hash(CleanBatch(DEFAULT.then(credits))))
"""


def test_the_hash_is_the_same_in_other_processes(hf: ModuleType) -> None:
    """Fresh interpreters with other hash seeds (set and frozenset orders differ)."""
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _HASH], env=env, check=True,
                             capture_output=True, text=True, timeout=120)
        outputs.add(out.stdout.strip())
    assert len(outputs) == 1
    assert outputs.pop().split()[0] == hf.fingerprint.Hasher.hash(CleanBatch(removed_column="n"))


def test_it_pickles_back_to_the_same_cleaners() -> None:
    custom = DEFAULT.then(regex_cleaner("credits", r"\(Photo: [^)]{1,200}\)"))
    batch = CleanBatch(custom, removed_column="n")
    back = pickle.loads(pickle.dumps(batch))
    assert (back.column, back.removed_column, back.version) == ("text", "n", batch.version)
    assert isinstance(back.pipeline, Pipeline)
    assert back.pipeline.names == custom.names
    # Registered cleaners come back as the registry's own objects, not copies.
    pairs = zip(back.pipeline.cleaners[:-2], DEFAULT.cleaners[:-1], strict=True)
    assert all(a is b for a, b in pairs)
    text = "(Photo: AP) Rain fell.\n\nAdvertisement"
    assert back({"text": [text]}) == batch({"text": [text]})


def test_what_the_hash_depends_on(hf: ModuleType) -> None:
    h = hf.fingerprint.Hasher.hash
    names = ["markup", "whitespace"]
    assert h(CleanBatch(names)) == h(CleanBatch(Pipeline.from_names(names)))
    assert h(CleanBatch()) == h(CleanBatch(DEFAULT))
    batch = CleanBatch()
    before = h(batch)
    batch({"text": ["<p>Advertisement</p>"]})
    assert h(batch) == before, "calling must not change the hash"
    assert h(CleanBatch(version="0.0.0")) != before
    assert h(CleanBatch(column="body")) != before


def test_skip_and_keep_in_a_real_map(hf: ModuleType) -> None:
    ds = hf.Dataset.from_dict({"id": [1, 2, 3], "text": ["<b>A</b>", None, "B"]})
    kept = clean_dataset(ds, on_error="keep")
    assert kept["text"] == ["A", None, "B"]
    skipped = clean_dataset(ds, on_error="skip", removed_column="n")
    assert skipped.to_list() == [{"id": 1, "text": "A", "n": 7}, {"id": 3, "text": "B", "n": 0}]
    with pytest.raises(TypeError, match="row 1 of the batch"):
        clean_dataset(ds)
