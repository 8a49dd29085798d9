"""Golden outputs for speed work: a change that is meant to be faster must not change output.

    .venv/bin/python -m benchmarks.golden record               # before the change
    .venv/bin/python -m benchmarks.golden check [CLEANER...]   # after: identical? MB/s

``record`` stores, for each cleaner of :data:`cleantext.DEFAULT`, every input it receives
inside the pipeline (round one) and what it returns, plus what :func:`cleantext.clean`
returns. The documents are the development sets (read from ``../shared/eval`` at run
time, never copied), a generated held-out corpus (``benchmarks.synth``, seed 11, 2 MB)
and every flattened copy of them (line breaks become spaces), about 5,000 texts.
``check`` replays each cleaner on its own recorded inputs, so a cleaner under change is
checked alone even while another is broken, prints its MB/s (best of three), then checks
the whole pipeline, and exits 1 on any difference.

A change that is meant to alter output (a quality fix) shows up here as differences:
read them, then ``record`` again. The record lives in ``benchmarks/out/`` (not in git).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

from benchmarks.synth import records
from cleantext import DEFAULT, clean

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
STORE = ROOT / "benchmarks" / "out" / "golden.pickle"


def documents() -> list[str]:
    """The development sets' dirty texts, a generated corpus, and their flattened copies."""
    docs: list[str] = []
    for name in ("dev-clean", "dev-synthetic", "dev-real"):
        with open(EVAL / f"{name}.jsonl", encoding="utf-8") as f:
            docs += [json.loads(line)["dirty"] for line in f]
    size = 0
    for rec in records(11):
        text = str(rec["text"])
        docs.append(text)
        size += len(text.encode())
        if size >= 2_000_000:
            break
    return docs + [" ".join(d.split()) for d in docs]


def record() -> None:
    docs = documents()
    per: dict[str, list[tuple[str, str]]] = {c.name: [] for c in DEFAULT.cleaners}
    for doc in docs:
        text = doc
        for cleaner in DEFAULT.cleaners:
            out = cleaner(text)
            per[cleaner.name].append((text, out))
            text = out
    whole = [(d, clean(d)) for d in docs]
    STORE.parent.mkdir(parents=True, exist_ok=True)
    with STORE.open("wb") as f:
        pickle.dump({"per": per, "whole": whole}, f)
    print(f"recorded {len(docs)} documents in {STORE}")


def _report(name: str, pairs: list[tuple[str, str]], got: list[str]) -> int:
    bad = [(d, want, g) for (d, want), g in zip(pairs, got, strict=True) if g != want]
    for d, want, g in bad[:2]:
        print(f"  {name} differs on {d[:120]!r}\n    was: {want[:200]!r}\n    now: {g[:200]!r}")
    return len(bad)


def check(names: list[str]) -> int:
    with STORE.open("rb") as f:
        rec = pickle.load(f)  # our own file, written by record()
    cleaners = dict(zip(DEFAULT.names, DEFAULT.cleaners, strict=True))
    differences = 0
    for name in names or list(rec["per"]):
        pairs = rec["per"][name]
        cleaner = cleaners[name]
        texts = [d for d, _ in pairs]
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            got = [cleaner(t) for t in texts]
            best = min(best, time.perf_counter() - start)
        bad = _report(name, pairs, got)
        mb = sum(len(t.encode()) for t in texts) / 1e6
        print(f"{name:11} {mb / best:7.1f} MB/s  {'identical' if not bad else f'{bad} differ'}")
        differences += bad
    bad = _report("clean", rec["whole"], [clean(d) for d, _ in rec["whole"]])
    print(f"{'clean':11} {'':12} {'identical' if not bad else f'{bad} differ'}")
    return 1 if differences or bad else 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("mode", choices=["record", "check"])
    p.add_argument("cleaners", nargs="*", help="check only these (default: all)")
    args = p.parse_args()
    if args.mode == "record":
        record()
        return 0
    return check(args.cleaners)


if __name__ == "__main__":
    sys.exit(main())
