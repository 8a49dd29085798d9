"""The worst-case benchmark times the same table the test suite checks."""

from __future__ import annotations

from benchmarks import worst_case


def test_the_benchmark_reads_the_test_suites_table_of_hostile_inputs() -> None:
    names = [name for name, _ in worst_case._cases().CASES]
    assert "a million <" in names
    assert len(names) == len(set(names)) >= 20


def test_a_timing_is_a_positive_number_of_seconds() -> None:
    assert worst_case._best("<p>Short text.</p>", runs=1) > 0
