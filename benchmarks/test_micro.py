"""Micro-benchmarks: each registered cleaner, and the whole ``clean``, with pytest-benchmark.

    .venv/bin/python -m pytest benchmarks/test_micro.py
    .venv/bin/python -m pytest benchmarks/test_micro.py --benchmark-compare   # vs a saved run

Run from the repository root (``python -m`` puts it on sys.path, so ``benchmarks``
imports). Not part of the default test run (pytest's testpaths are tests/ and src/). Each cleaner
gets what it receives in the default pipeline: the synthetic records passed through the
cleaners before it, so ``truncation`` is timed on text that ``markup`` already decoded.
A cleaner registered outside the default order gets the raw records.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

import cleantext
from benchmarks.synth import load_sample, make_record
from cleantext import cleaners as registry

# 300 records (~450 KB): enough of every family and shape, quick enough to repeat.
RECORDS = [str(make_record(load_sample(), 0, i)["text"]) for i in range(300)]
MB = sum(len(t.encode("utf-8")) for t in RECORDS) / 1e6


def _inputs(name: str) -> list[str]:
    """The records as the named cleaner receives them in the default pipeline."""
    before = []
    for c in cleantext.DEFAULT.cleaners:
        if c.name == name:
            break
        before.append(c)
    else:
        return RECORDS
    texts = RECORDS
    for c in before:
        texts = [c(t) for t in texts]
    return texts


def _over(fn: Callable[[str], str], texts: list[str]) -> Callable[[], None]:
    def run() -> None:
        for t in texts:
            fn(t)

    return run


@pytest.mark.parametrize("name", list(registry.REGISTRY))
def test_cleaner(benchmark: BenchmarkFixture, name: str) -> None:
    texts = _inputs(name)
    benchmark.extra_info["mb"] = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    benchmark.extra_info["docs"] = len(texts)
    benchmark(_over(registry.REGISTRY[name], texts))


def test_clean(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["mb"] = MB
    benchmark.extra_info["docs"] = len(RECORDS)
    benchmark(_over(cleantext.clean, RECORDS))


def test_clean_on_clean_text(benchmark: BenchmarkFixture) -> None:
    # The prefilter's case: articles with no junk should be nearly free.
    golds = [str(make_record(load_sample(), 0, i)["gold"]) for i in range(300)]
    benchmark.extra_info["mb"] = sum(len(t.encode("utf-8")) for t in golds) / 1e6
    benchmark(_over(cleantext.clean, golds))
