"""Bulk speed and memory: a benchmark script, not a test.

    .venv/bin/python benchmarks/bulk.py [--mb 50] [--big-mb 200] [--skip-big]

Measures, on this machine:

1. ``clean`` in-process on one core, MB/s of UTF-8 input: dev-synthetic (dirty) and
   dev-clean (clean article text), each repeated to ``--mb`` megabytes. The first call
   of ``clean`` compiles the default pipeline's scans (``Pipeline.prepare``, once per
   process); it is timed on its own, in fresh interpreters with an empty and a filled
   pattern cache, so the rates are the steady state a long run sees;
2. the command end to end on a ``.jsonl.gz`` corpus, ``--jobs 1`` against ``--jobs 2``
   (wall time, speed-up; the pattern cache filled, as on any run but a machine's
   first);
3. peak resident memory of the command, its process and workers summed (sampled from
   ``/proc`` on Linux), on a large input and on one twice as large, to show memory stays
   flat as the input grows;
4. ``import cleantext`` time (best of several fresh interpreters).

The development sets are read from ``../shared/eval`` at run time and never copied
into the repository; generated corpora go to a temporary folder that is removed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cleantext import clean

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def load(name: str) -> list[str]:
    with open(EVAL / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line)["dirty"] for line in f]


def repeat_to(docs: list[str], mb: float) -> list[str]:
    out: list[str] = []
    size = 0
    while size < mb * 1e6:
        for d in docs:
            out.append(d)
            size += len(d.encode())
    return out


def first_call() -> tuple[float, float]:
    """Time the first call of ``clean`` in fresh interpreters: it prepares the default
    pipeline. Cold: an empty pattern cache (``cleantext._recache``), as on a machine's
    first run; warm: the cache the cold run filled, as on every later run. Then this
    process prepares its own, before the timed passes."""
    script = ("import time; from cleantext import clean; t = time.perf_counter(); "
              "clean(''); print(time.perf_counter() - t)")
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "CLEANTEXT_CACHE_DIR": cache}
        cold, warm = (float(subprocess.run([sys.executable, "-c", script], env=env,
                                           capture_output=True, text=True,
                                           check=True).stdout) for _ in range(2))
    print(f"first call of clean (prepares the default pipeline): {cold:.2f} s with an empty "
          f"pattern cache, {warm:.2f} s with it filled")
    clean("")
    return cold, warm


def in_process(name: str, mb: float) -> float:
    docs = repeat_to(load(name), mb)
    size = sum(len(d.encode()) for d in docs)
    start = time.perf_counter()
    for d in docs:
        clean(d)
    rate = size / 1e6 / (time.perf_counter() - start)
    print(f"clean in-process, one core, {name} x{len(docs)} docs ({size / 1e6:.0f} MB): "
          f"{rate:.1f} MB/s")
    return rate


def write_corpus(path: Path, mb: float) -> int:
    docs = load("dev-synthetic") + load("dev-clean")
    size = 0
    n = 0
    with gzip.open(path, "wb", compresslevel=1) as f:
        while size < mb * 1e6:
            for d in docs:
                line = json.dumps({"id": n, "text": d, "source": "bench"},
                                  ensure_ascii=False).encode() + b"\n"
                f.write(line)
                size += len(line)
                n += 1
    return size


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants now, in kB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue  # the process ended while we looked
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        children.setdefault(int(fields["PPid"]), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def command(src: Path, dst: Path, jobs: int) -> tuple[float, int]:
    """Wall seconds and peak resident memory (kB) of one command run: the command's
    process and its workers together, sampled every 0.2 s from /proc."""
    cmd = [sys.executable, "-m", "cleantext", "clean", str(src), "-o", str(dst),
           "--jobs", str(jobs), "-q"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = 0
    while proc.poll() is None:
        if sys.platform == "linux":
            peak = max(peak, _tree_rss_kb(proc.pid))
        time.sleep(0.2)
    wall = time.perf_counter() - start
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return wall, peak


def import_time() -> float:
    best = float("inf")
    for _ in range(7):
        out = subprocess.run(
            [sys.executable, "-c",
             "import time; t = time.perf_counter(); import cleantext; "
             "print(time.perf_counter() - t)"], capture_output=True, text=True, check=True)
        best = min(best, float(out.stdout))
    print(f"import cleantext: {best * 1000:.0f} ms (best of 7)")
    return best


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=float, default=50, help="in-process corpus size (50)")
    p.add_argument("--cmd-mb", type=float, default=20, help="end-to-end corpus size (20)")
    p.add_argument("--big-mb", type=float, default=200, help="RSS input size (200)")
    p.add_argument("--skip-big", action="store_true")
    args = p.parse_args()
    import_time()
    first_call()
    in_process("dev-synthetic", args.mb)
    in_process("dev-clean", args.mb)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = folder / "corpus.jsonl.gz"
        size = write_corpus(src, args.cmd_mb)
        t1, _ = command(src, folder / "o1.jsonl.gz", 1)
        t2, _ = command(src, folder / "o2.jsonl.gz", 2)
        same = (folder / "o1.jsonl.gz").read_bytes() == (folder / "o2.jsonl.gz").read_bytes()
        print(f"command, {size / 1e6:.0f} MB .jsonl.gz: --jobs 1 {t1:.1f} s "
              f"({size / 1e6 / t1:.1f} MB/s), --jobs 2 {t2:.1f} s ({size / 1e6 / t2:.1f} MB/s), "
              f"speed-up {t1 / t2:.2f}x, identical output: {same}")
        if not args.skip_big:
            for mb in (args.big_mb / 2, args.big_mb):
                big = folder / f"big-{mb:.0f}.jsonl.gz"
                size = write_corpus(big, mb)
                _, rss = command(big, folder / "big.out.jsonl.gz", 2)
                os.unlink(big)
                print(f"peak RSS, command --jobs 2 on {size / 1e6:.0f} MB: {rss / 1024:.0f} MB "
                      "(the command and its workers together)")


if __name__ == "__main__":
    main()
