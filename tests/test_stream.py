"""cleantext.stream: order, equality with mapping the pipeline, policies, bounded memory."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext import DEFAULT, Pipeline, transform_cleaner
from cleantext.stream import BadRecord, BadRecordError, BadRecordWarning, clean_stream

DIRTY = [
    "<p>Prices rose 5% &amp; more.</p>",
    "Advertisement\n\nThe council met on Monday.",
    "We use cookies. Accept\n\nRain is due.",
    "He said... then left.",
    "",
    "Caf\u00c3\u00a9 opens",
]

texts = st.lists(st.one_of(st.sampled_from(DIRTY), st.text(max_size=200)), max_size=30)


@given(texts)
@settings(max_examples=40, deadline=None)
def test_equals_mapping_the_pipeline(docs: list[str]) -> None:
    assert list(clean_stream(docs, chunk_size=3)) == [DEFAULT(d) for d in docs]


@given(texts)
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_equals_mapping_the_pipeline_with_two_workers(docs: list[str]) -> None:
    assert list(clean_stream(docs, jobs=2, chunk_size=4)) == [DEFAULT(d) for d in docs]


def test_records_keep_their_keys_in_order() -> None:
    recs = [{"z": 1, "body": f"<b>{i}</b>", "a": [i]} for i in range(20)]
    out = list(clean_stream(recs, field="body", jobs=2, chunk_size=3))
    assert out == [{"z": 1, "body": str(i), "a": [i]} for i in range(20)]
    assert all(list(r) == ["z", "body", "a"] for r in out)
    assert recs[0]["body"] == "<b>0</b>"  # the input is not changed


BAD = [{"id": 1}, {"text": 5}, None]


def test_raise_comes_at_the_bad_record_in_order() -> None:
    gen = clean_stream(["a", "b", {"id": 1}, "c"], chunk_size=10)
    assert next(gen) == "a" and next(gen) == "b"
    with pytest.raises(BadRecordError, match="record 2: no field 'text'"):
        next(gen)


@pytest.mark.parametrize("jobs", [1, 2])
def test_skip_and_keep_report_every_bad_record(jobs: int) -> None:
    recs: list[Any] = ["<i>x</i>", *BAD, "y"]
    seen: list[BadRecord] = []
    assert list(clean_stream(recs, on_error="skip", on_bad=seen.append, jobs=jobs)) == ["x", "y"]
    assert [b.index for b in seen] == [1, 2, 3]
    assert "is int" in seen[1].reason
    kept = list(clean_stream(recs, on_error="keep", on_bad=seen.append, jobs=jobs))
    assert kept == ["x", *BAD, "y"]


def test_without_a_callback_bad_records_warn() -> None:
    with pytest.warns(BadRecordWarning, match="skip record 0"):
        assert list(clean_stream([{"id": 1}], on_error="skip")) == []


def test_explain_yields_summaries_and_the_same_text() -> None:
    pairs = list(clean_stream(DIRTY, explain=True))
    assert [r for r, _ in pairs] == [DEFAULT(d) for d in DIRTY]
    assert pairs[0][1]["markup"].edits >= 1
    assert pairs[4][1] == {}


def test_plain_path_never_explains(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: Pipeline, text: str) -> Any:
        raise AssertionError("explain called")

    monkeypatch.setattr(Pipeline, "explain", boom)
    assert list(clean_stream(DIRTY)) == [DEFAULT(d) for d in DIRTY]


@pytest.mark.parametrize("jobs", [1, 2])
def test_reads_ahead_a_bounded_number_of_chunks(jobs: int) -> None:
    read = 0

    def source() -> Iterator[str]:
        nonlocal read
        for i in range(10_000):
            read += 1
            yield f"doc {i}"

    gen = clean_stream(source(), jobs=jobs, chunk_size=5)
    assert next(gen) == "doc 0"
    assert read <= 5 * (2 * jobs + 1)
    gen.close()


def test_arguments_are_checked_early() -> None:
    with pytest.raises(ValueError, match="on_error"):
        clean_stream([], on_error="ignore")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="jobs"):
        clean_stream([], jobs=-1)


def _shout(text: str) -> str:
    return text.upper()


def test_custom_pipeline_reaches_workers_and_lambdas_are_refused() -> None:
    shout = DEFAULT.only("whitespace").then(transform_cleaner("shout", _shout))
    assert list(clean_stream(["a b"], pipeline=shout, jobs=2)) == ["A B"]
    bad = DEFAULT.then(transform_cleaner("lam", lambda t: t))
    with pytest.raises(TypeError, match="pickle"):
        list(clean_stream(["a"], pipeline=bad, jobs=2))
