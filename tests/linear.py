"""Timing for the tests that check a cleaner's time grows linearly with its input.

Each such test cleans a text and the same text four (or ten) times as long in one run
and compares the two times, never a time against a constant: linear work takes about
4x as long at 4x the size, a quadratic step 16x, a catastrophic one 100x and more.

The clock is this process's CPU time, not the wall clock: on a loaded machine (a CI
runner, other jobs, the test suite's own parallel engines) the time other processes
take does not count against the cleaner (a neighbour that shares the core's caches
still slows it some: hence the room in each bound). The garbage collector is off while
the cleaner runs, as ``timeit`` does: what a collection costs depends on all the
process holds, not on the text. The best of a few runs is used: one page fault there
would inflate a ratio.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


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
