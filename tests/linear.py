"""Timing for the tests that check a cleaner's time grows linearly with its input.

Each such test cleans a text and the same text four (or ten) times as long in one run
and compares the two times, never a time against a constant: linear work takes about
4x as long at 4x the size, a quadratic step 16x, a catastrophic one 100x and more.

The clock is this process's CPU time, not the wall clock: on a loaded machine (a CI
runner, other jobs, the test suite's own parallel engines) the time other processes
take does not count against the cleaner (a neighbour that shares the core's caches
still slows it some: hence the room in each bound). The garbage collector is off while
the cleaner runs, as ``timeit`` does: what a collection costs depends on all the
process holds, not on the text. The best of a few runs of the smaller text is used:
one page fault there would inflate a ratio. The larger text runs once, and once more
only when that run is over the bound (``assert_linear``): one slow run on a busy
machine is not a trend, and a quadratic step fails both runs. A pass so costs one run
of the larger text, where a best of three spent most of these tests' time confirming
passes.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import NamedTuple


def cpu_seconds(clean: Callable[[str], object], text: str, runs: int = 1) -> float:
    """The least CPU time ``clean(text)`` took in ``runs`` runs."""
    best = float("inf")
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            clean(text)
            best = min(best, time.process_time() - start)
    finally:
        if collecting:
            gc.enable()
    return best


class Timing(NamedTuple):
    """The CPU seconds of the smaller and the larger text, and the larger one's output."""

    small: float
    large: float
    output: object


def assert_linear(clean: Callable[[str], object], small: str, large: str, *,
                  bound: float = 10.0, slack: float = 0.05, floor: float = 0.0,
                  small_runs: int = 2) -> Timing:
    """Assert ``clean(large)`` takes at most ``bound * max(t, floor) + slack`` CPU seconds,
    where ``t`` is the best of ``small_runs`` runs of ``clean(small)``.

    The larger text runs once, and a second time only if the first is over the limit.
    """
    t_small = cpu_seconds(clean, small, small_runs)
    limit = bound * max(t_small, floor) + slack
    output: list[object] = []

    def run(text: str) -> None:
        output[:] = [clean(text)]

    t_large = cpu_seconds(run, large)
    if t_large > limit:
        t_large = min(t_large, cpu_seconds(run, large))
    assert t_large <= limit, (
        f"{len(small):,} characters: {t_small:.3f} s, {len(large):,}: {t_large:.3f} s "
        f"(limit {limit:.3f} s)")
    return Timing(t_small, t_large, output[0])


def repeat(unit: str) -> Callable[[int], str]:
    """A builder of ``n`` characters of ``unit`` repeated: the hostile inputs' shape."""
    def build(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return build


def lines(line: str) -> Callable[[int], str]:
    """A builder of ``line`` on every line."""
    return repeat(line + "\n")


def opening(head: str, unit: str) -> Callable[[int], str]:
    """A builder of ``head`` once, then ``unit`` repeated."""
    def build(n: int) -> str:
        return head + repeat(unit)(n - len(head))

    return build
