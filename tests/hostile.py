"""Probe for super-linear time: every pack phrase, repeated in hostile shapes.

    python tests/hostile.py --phrases 500 --seed 1

The phrase packs hold thousands of phrases, and each family reads around the units it
finds (to the end of a sentence, a line, a box). A text made of one phrase over and over,
in a shape that keeps each repeat a candidate but never settles it ("Sign up for our
newsletter.Sign up for our newsletter.…", a line of "Tags" after another), is where a
read around each unit turns quadratic. For a sample of the packs' phrases, each shape
is cleaned at 10 K and 40 K characters; a ratio above 8 (linear is 4, quadratic 16) is
checked again at 80 K and 320 K (CPU time), and what still grows faster than linear is
printed. Families that stop after a bounded number of rounds remove a fixed amount of
a text per call (promo's blocks, up to 1500 characters a round), which makes small
sizes look quadratic: the second check, past that, is the one to read, and a case it
prints belongs in ``tests/test_worst_case.py`` once fixed.

Not collected by pytest (the file name does not start with test_); minutes per few
hundred phrases on this machine.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable, Iterator
from importlib import resources

from cleantext import clean

K = 1_000
FIRST, SECOND = 8.0, 9.0  # ratios at 4x the size that call for a look (linear: 4)


def pack_phrases() -> list[str]:
    """Every phrase of every shipped pack (both sides of "a => b", each "|" part)."""
    phrases: set[str] = set()
    for entry in resources.files("cleantext.data").iterdir():
        if not entry.name.endswith(".txt"):
            continue
        for raw in entry.read_text(encoding="utf-8").splitlines():
            line = raw.split("  #", 1)[0].strip()  # (a comment after two spaces)
            if not line or line.startswith(("#", "[")):
                continue
            phrases.update(p for p in re.split(r"\s*=>\s*|\s*\|\s*", line) if 3 <= len(p) <= 80)
    return sorted(phrases)


def shapes(phrase: str) -> dict[str, str]:
    """The repeating units a phrase is tried in."""
    return {
        "spaced": phrase + " ",
        "glued": phrase,
        "lines": phrase + "\n",
        "prefix": phrase[:-1] + " ",
        "upper": phrase.upper() + ". ",
        "in a sentence": "the " + phrase + " word ",
        "opened": "(" + phrase + " ",
        "stop": phrase + ".",
        "colon": phrase + ": ",
        "bar": phrase + " | ",
        "a word after": phrase + " x.",
        "lower, stop": phrase.lower() + ". ",
        "stop, line": phrase + ".\n",
    }


def repeated(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def best(text: str, runs: int, clock: Callable[[], float]) -> float:
    fastest = float("inf")
    for _ in range(runs):
        start = clock()
        clean(text)
        fastest = min(fastest, clock() - start)
    return fastest


def suspects(phrases: list[str]) -> Iterator[tuple[float, str, str]]:
    """(ratio from 80 K to 320 K, shape, phrase) for each case that grows too fast."""
    for phrase in phrases:
        for name, unit in shapes(phrase).items():
            small = best(repeated(unit, 10 * K), 2, time.perf_counter)
            if small < 0.004:
                continue
            ratio = best(repeated(unit, 40 * K), 1, time.perf_counter) / small
            if ratio <= FIRST:
                continue
            small = best(repeated(unit, 80 * K), 2, time.process_time)
            ratio = best(repeated(unit, 320 * K), 1, time.process_time) / max(small, 1e-9)
            if ratio > SECOND:
                yield ratio, name, phrase


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--phrases", type=int, default=300, help="how many phrases to sample")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    every = pack_phrases()
    sample = random.Random(args.seed).sample(every, min(args.phrases, len(every)))
    clean("warm up")  # the first call prepares the pipeline
    started, found = time.time(), 0
    for ratio, name, phrase in suspects(sample):
        found += 1
        print(f"{ratio:5.1f}x from 80 K to 320 K  {name:14} {phrase!r}", flush=True)
    print(f"done: {len(sample)} of {len(every)} phrases, {found} to look at, "
          f"{time.time() - started:.0f} s")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
