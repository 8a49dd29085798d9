"""Worst-case inputs: the time of ``clean`` at 1 MB and 4 MB, and the ratio, per case.

    python -m benchmarks.worst_case [--json OUT]

The same table of hostile inputs the test suite checks (tests/test_worst_case.py), timed
here for the record, at four times the test's sizes: linear work gives a ratio near 4, a
quadratic step 16. Each size is run three times and the least CPU time kept
(``tests/linear.py``: the time other processes take does not count).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType

from tests.linear import cpu_seconds

from cleantext import clean

MB = 1_000_000
_TESTS = Path(__file__).resolve().parents[1] / "tests" / "test_worst_case.py"


def _cases() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_worst_case_table", _TESTS)
    if spec is None or spec.loader is None:  # pragma: no cover - the file ships with the repo
        raise FileNotFoundError(_TESTS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _best(text: str, runs: int = 3) -> float:
    return cpu_seconds(clean, text, runs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="write the rows as JSON here")
    args = ap.parse_args(argv)
    rows = []
    print(f"{'input':40} {'1 MB s':>8} {'4 MB s':>8} {'ratio':>6}")
    for name, build in _cases().CASES:
        small, large = _best(build(MB)), _best(build(4 * MB))
        ratio = large / small if small else float("nan")
        rows.append({"input": name, "seconds_1mb": small, "seconds_4mb": large, "ratio": ratio})
        print(f"{name:40} {small:8.3f} {large:8.3f} {ratio:6.1f}")
    worst = max(rows, key=lambda r: r["ratio"])
    print(f"worst ratio: {worst['ratio']:.1f} ({worst['input']})")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
