"""Speed measurements: in-process passes, per-cleaner time, import time, the command end to end.

Every figure is taken over several repetitions and reported as its median with the min
and max (:func:`spread`), so the noise of a shared machine shows instead of hiding in one
lucky number. :func:`noise_probe` times a fixed pure-Python workload, the same on every
run, to say how steady the machine itself was.

Per-document times are taken around each call only (``perf_counter`` before and after),
so reading and decompressing the corpus is never counted as cleaning.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from benchmarks.corpus import Doc

#: Documents cleaned untimed before the timed passes (lazy imports, compiled patterns).
WARM_UP = 20


def spread(values: Iterable[float]) -> dict[str, float]:
    """Median, min and max of repeated measurements.

    >>> spread([3.0, 1.0, 2.0])
    {'median': 2.0, 'min': 1.0, 'max': 3.0, 'n': 3}
    """
    vals = list(values)
    return {"median": statistics.median(vals), "min": min(vals), "max": max(vals),
            "n": len(vals)}


def percentile(sorted_values: list[float], q: float) -> float:
    """The ``q``-quantile (0..1) of sorted values, nearest rank.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 0.5), percentile([1.0, 2.0, 3.0, 4.0], 0.99)
    (2.0, 4.0)
    """
    if not sorted_values:
        return 0.0
    rank = max(1, round(q * len(sorted_values) + 0.4999))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass(frozen=True)
class Pass:
    """One timed pass over a corpus."""

    seconds: float  # sum of the per-document call times
    docs: int
    nbytes: int
    p50: float
    p99: float


def time_pass(
    fn: Callable[[str], str],
    docs: Iterable[Doc],
    on_output: Callable[[Doc, str], object] | None = None,
) -> Pass:
    """Call ``fn`` on every document's text, timing each call; hand outputs to ``on_output``."""
    clock = time.perf_counter
    times: list[float] = []
    nbytes = 0
    for doc in docs:
        t0 = clock()
        out = fn(doc.text)
        times.append(clock() - t0)
        nbytes += doc.nbytes
        if on_output is not None:
            on_output(doc, out)
    times.sort()
    return Pass(sum(times), len(times), nbytes, percentile(times, 0.5), percentile(times, 0.99))


def summarize(passes: list[Pass]) -> dict[str, object]:
    """MB/s, documents/s and p50/p99 per document over repeated passes (median, min, max)."""
    first = passes[0]
    return {
        "docs": first.docs,
        "mb": first.nbytes / 1e6,
        "seconds": spread(p.seconds for p in passes),
        "mb_s": spread(p.nbytes / 1e6 / p.seconds if p.seconds else 0.0 for p in passes),
        "docs_s": spread(p.docs / p.seconds if p.seconds else 0.0 for p in passes),
        "p50_ms": spread(p.p50 * 1e3 for p in passes),
        "p99_ms": spread(p.p99 * 1e3 for p in passes),
    }


def warm_up(fn: Callable[[str], str], docs: Iterable[Doc]) -> None:
    """Clean the first :data:`WARM_UP` documents, untimed, before any timed pass.

    First-use imports and pattern compilation are not a per-document cost (the peers'
    runner does the same in each of its processes).
    """
    for doc in islice(docs, WARM_UP):
        fn(doc.text)


def per_cleaner(
    cleaners: Iterable[Callable[[str], str]], docs: Iterable[Doc]
) -> list[dict[str, object]]:
    """Time each cleaner of a pipeline separately, in order, on what it really receives.

    A cleaner "fired" on a document when its output differs from its input. A cleaner
    with a gate (a ``trigger``, as :class:`cleantext.SpanCleaner` has) has the gate timed
    alone too, in a call of its own before the cleaner's: ``gate_seconds`` is what
    turning a document away costs, ``passed`` how many documents the gate let through
    to the finder (None for a cleaner without one). The cleaner's own time still holds
    its gate: the finder's share is the difference.
    """
    steps = list(cleaners)
    names = [getattr(c, "name", repr(c)) for c in steps]
    gates = [getattr(c, "trigger", None) for c in steps]
    seconds = [0.0] * len(steps)
    gate_seconds = [0.0] * len(steps)
    fired = [0] * len(steps)
    passed = [0] * len(steps)
    nbytes = [0] * len(steps)
    ndocs = 0
    clock = time.perf_counter
    for doc in docs:
        ndocs += 1
        text = doc.text
        for i, step in enumerate(steps):
            nbytes[i] += len(text)  # characters: a cleaner's input is only known as str here
            if (gate := gates[i]) is not None:
                t0 = clock()
                through = gate.search(text) is not None
                gate_seconds[i] += clock() - t0
                passed[i] += through
            t0 = clock()
            out = step(text)
            seconds[i] += clock() - t0
            if out != text:
                fired[i] += 1
            text = out
    total = sum(seconds) or 1.0
    return [
        {"cleaner": names[i], "seconds": seconds[i], "share": seconds[i] / total,
         "mchars_s": nbytes[i] / 1e6 / seconds[i] if seconds[i] else 0.0,
         "fired": fired[i], "fired_share": fired[i] / ndocs if ndocs else 0.0,
         "gate_seconds": gate_seconds[i] if gates[i] is not None else None,
         "passed": passed[i] if gates[i] is not None else None}
        for i in range(len(steps))
    ]


_IMPORT = ("import time; t = time.perf_counter(); import cleantext; "
           "print(time.perf_counter() - t)")


def import_time(tries: int = 7, python: str = sys.executable) -> dict[str, float]:
    """``import cleantext`` in a fresh interpreter, ``tries`` times: best, median, max (ms)."""
    times = []
    for _ in range(tries):
        out = subprocess.run([python, "-c", _IMPORT], capture_output=True, text=True,
                             check=True)
        times.append(float(out.stdout.strip()) * 1e3)
    return {"best_ms": min(times), **{f"{k}_ms" if k != "n" else k: v
                                     for k, v in spread(times).items()}}


def command() -> list[str] | None:
    """The ``cleantext`` console script of this environment, if it is installed."""
    here = Path(sys.executable).parent / "cleantext"
    if here.exists():
        return [str(here)]
    found = shutil.which("cleantext")
    return [found] if found else None


@dataclass(frozen=True)
class ChildRun:
    """One subprocess run: wall time, exit code, peak RSS, and the tail of its stderr."""

    seconds: float
    returncode: int
    max_rss_mb: float
    stderr_tail: str


def run_child(argv: list[str], stderr_path: Path, stdout_path: Path | None = None,
              env: dict[str, str] | None = None) -> ChildRun:
    """Run ``argv``; its peak RSS comes from ``wait4``'s rusage of this one child.

    That is the ``RUSAGE_CHILDREN`` figure scoped to one run (getrusage's own is a
    maximum over every child ever waited for): the largest resident set of the child or
    any of its reaped worker processes, not their sum.
    """
    with open(stderr_path, "wb") as err, open(stdout_path or os.devnull, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    tail = stderr_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
    # ru_maxrss is in kilobytes on Linux
    return ChildRun(seconds, proc.returncode, usage.ru_maxrss / 1024, " | ".join(tail))


def end_to_end(
    cmd: list[str], corpus_gz: Path, workdir: Path, *, jobs: list[int], repeat: int,
    docs: int, mb: float,
) -> list[dict[str, object]]:
    """``cleantext clean CORPUS -o OUT --jobs N`` for each N, ``repeat`` times each."""
    rows: list[dict[str, object]] = []
    base: float | None = None
    for n in jobs:
        runs: list[ChildRun] = []
        out = workdir / f"e2e-jobs{n}.jsonl.gz"
        for _ in range(repeat):
            out.unlink(missing_ok=True)
            argv = [*cmd, "clean", str(corpus_gz), "-o", str(out), "--jobs", str(n)]
            run = run_child(argv, workdir / f"e2e-jobs{n}.stderr")
            if run.returncode != 0:
                rows.append({"jobs": n, "error": f"exit {run.returncode}: {run.stderr_tail}"})
                break
            runs.append(run)
        if len(runs) < repeat:
            continue
        mb_s = spread(mb / r.seconds for r in runs)
        base = base or mb_s["median"]
        rows.append({
            "jobs": n,
            "seconds": spread(r.seconds for r in runs),
            "mb_s": mb_s,
            "docs_s": spread(docs / r.seconds for r in runs),
            "peak_rss_mb": max(r.max_rss_mb for r in runs),
            "speedup": mb_s["median"] / base if base else None,
        })
    return rows


def _workload() -> int:
    # A fixed pure-Python loop: the same work on every run, so its spread is the machine's.
    total = 0
    for i in range(300_000):
        total += i * i % 7
    return total


def noise_probe(rounds: int = 15) -> dict[str, float]:
    """Time a fixed workload ``rounds`` times: its median, min, max (ms) and relative spread."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        _workload()
        times.append((time.perf_counter() - t0) * 1e3)
    s = spread(times)
    return {**{f"{k}_ms" if k != "n" else k: v for k, v in s.items()},
            "spread": (s["max"] - s["min"]) / s["median"],
            "cv": statistics.pstdev(times) / statistics.mean(times)}


def machine() -> dict[str, object]:
    """What ran the benchmark: CPU, cores, Python, load."""
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")),
                       cpu)
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "loadavg": os.getloadavg()}
