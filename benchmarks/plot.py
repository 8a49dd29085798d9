"""The plot: throughput (MB/s, log scale) against the share of junk removed, one point per tool.

    python benchmarks/plot.py RESULTS.json OUT.png

Needs matplotlib, imported only when drawing. Our venv has it with the ``bench`` extra;
otherwise :func:`save` runs this file as a script under the peers' venv, which has it.
So this module uses the standard library and matplotlib only.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def draw(res: dict[str, Any], out: Path) -> None:
    """Draw the plot of ``res`` (the ``--json`` results) into ``out``."""
    import matplotlib  # noqa: PLC0415 - optional, and slow to import

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    fig, ax = plt.subplots(figsize=(8, 5.5), dpi=120)
    shown = [t for t in res["tools"] if not t.get("skipped") and t.get("quality")]
    points = [(t["mb_s"]["median"], t["quality"]["noise_removed"] * 100) for t in shown]

    def near(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return abs(math.log10(a[0] / b[0])) < 0.35 and abs(a[1] - b[1]) < 8

    for tool, (x, y) in zip(shown, points, strict=True):
        q = tool["quality"]
        ours = tool["name"] == "cleantext"
        ax.errorbar(x, y, xerr=[[x - tool["mb_s"]["min"]], [tool["mb_s"]["max"] - x]],
                    fmt="o", ms=9 if ours else 7, color="#c0392b" if ours else "#2c3e50",
                    capsize=3)
        # Tools close together (clean-text is ftfy plus whitespace) would print their labels
        # on top of each other: the left one is labelled above-left, the right one below-right.
        left = any(near((x, y), p) and p[0] < x for p in points)
        right = any(near((x, y), p) and p[0] > x for p in points)
        dx, dy, ha = (8, -24, "left") if left else (-8, 4, "right") if right else (8, 4, "left")
        ax.annotate(f"{tool['name']}\n(article lost {q['content_lost'] * 100:.1f}%)",
                    (x, y), textcoords="offset points", xytext=(dx, dy), ha=ha, fontsize=8.5,
                    fontweight="bold" if ours else "normal")
    ax.set_xscale("log")
    # Plain numbers at 1-2-5 steps: matplotlib's default labels minor log ticks "3x10^0".
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter  # noqa: PLC0415

    lo, hi = ax.get_xlim()
    steps = [m * 10**e for e in range(-3, 5) for m in (1, 2, 5)]
    ax.xaxis.set_major_locator(FixedLocator([v for v in steps if lo <= v <= hi]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("throughput, MB/s on one core (log scale; bars: min–max of passes)")
    ax.set_ylabel("junk removed, % of the junk words in the input")
    ax.set_ylim(-5, 105)
    corpus = res["corpus"]
    ax.set_title(f"Boilerplate removal: speed against junk removed\n"
                 f"{corpus['docs']} documents, {corpus['mb']:.0f} MB "
                 f"({Path(corpus['path']).name})", fontsize=10)
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)


def save(res: dict[str, Any], out: Path, peers_python: Path | None = None) -> str:
    """Draw with matplotlib here if it is installed, else under ``peers_python``.

    Returns how it was drawn; raises ``RuntimeError`` when matplotlib is nowhere.
    """
    try:
        import matplotlib  # noqa: F401, PLC0415 - is it installed here?
    except ImportError:
        pass
    else:
        draw(res, out)
        return "matplotlib of this environment"
    if peers_python is None or not peers_python.exists():
        raise RuntimeError("matplotlib is not installed: pip install -e '.[bench]', "
                           "or run python -m benchmarks peers-setup")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(res, fh)
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        subprocess.run([str(peers_python), __file__, fh.name, str(out)], check=True, env=env)
    finally:
        Path(fh.name).unlink()
    return "matplotlib of the peers venv"


if __name__ == "__main__":
    # Run as a script, this folder is sys.path[0]: drop it so that no module of the suite
    # can shadow one matplotlib imports.
    sys.path.pop(0)
    draw(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")), Path(sys.argv[2]))
