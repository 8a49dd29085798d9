"""The results as a table (Markdown, readable on a terminal) and as JSON.

Repeated measurements print as ``median [min–max]``; a skipped tool or step prints its
reason instead of numbers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def fmt(value: Any, digits: int = 1) -> str:
    """A number, or a ``{median, min, max}`` spread as ``median [min–max]``.

    >>> fmt({"median": 12.34, "min": 11.0, "max": 13.95})
    '12.3 [11.0–14.0]'
    >>> fmt(None)
    '–'
    """
    if value is None:
        return "–"
    if isinstance(value, dict):
        return (f"{value['median']:.{digits}f} [{value['min']:.{digits}f}–"
                f"{value['max']:.{digits}f}]")
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def pct(value: float | None, digits: int = 1) -> str:
    """A share as a percentage. ``pct(0.1234)`` -> ``'12.3%'``."""
    return "–" if value is None else f"{value * 100:.{digits}f}%"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|",
            *(line(r) for r in rows)]


def _noise(probe: dict[str, float]) -> str:
    return (f"{probe['median_ms']:.1f} ms [{probe['min_ms']:.1f}–{probe['max_ms']:.1f}], "
            f"spread {pct(probe['spread'], 0)}, cv {pct(probe['cv'], 1)}")


def render(res: dict[str, Any]) -> str:
    """The whole report as Markdown text."""
    m, corpus, ct = res["machine"], res["corpus"], res["cleantext"]
    reps = res["settings"]["repeat"]
    out = [
        "# cleantext benchmark",
        "",
        f"Produced by `{res['command']}` on {res['when']}." if res.get("command") else
        f"Produced on {res['when']}.",
        "",
        f"cleantext {ct['version']}"
        + (f" at {ct['revision']}." if ct.get("revision") else "."),
        f"Corpus: `{corpus['path']}`: {corpus['docs']} documents, {corpus['mb']:.1f} MB of "
        f"text, gold: {'yes' if corpus['gold'] else 'no'}.",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}; load average "
        f"{res['noise']['load_before'][0]:.2f} at start, {res['noise']['load_after'][0]:.2f} "
        "at end.",
        f"Machine noise (a fixed pure-Python workload, {res['noise']['before']['n']} times): "
        f"before {_noise(res['noise']['before'])}; after {_noise(res['noise']['after'])}.",
        f"Figures are `median [min–max]` of {reps} passes (peers: "
        f"{res['settings']['peer_repeat']}), the tools' passes interleaved round by round so "
        "that a busy spell of the machine falls on all of them.",
        "",
        "## Tools side by side (one core, in-process, the same documents)",
        "",
    ]
    # How slow the machine was just before each tool ran: its probe against the fastest
    # probe of the run (1.00x: as quiet as it got; 1.5x: the tool shared the CPU).
    noise = res["noise"]
    quiet = min([noise["before"]["min_ms"], noise["after"]["min_ms"],
                 *(t["probe_ms"] for t in res["tools"] if t.get("probe_ms"))])
    rows = []
    for t in res["tools"]:
        q = t.get("quality") or {}
        if t.get("skipped"):
            skipped = f"skipped: {t['skipped']}"
            rows.append([t["name"], t.get("version") or "–", *["–"] * 11, skipped])
            continue
        slow = f"{t['probe_ms'] / quiet:.2f}x" if t.get("probe_ms") else "–"
        rows.append([
            t["name"], t.get("version") or "–", fmt(t["mb_s"], 2), fmt(t["docs_s"], 0),
            fmt(t["p50_ms"]["median"], 3), fmt(t["p99_ms"]["median"], 3),
            fmt(q.get("precision"), 3), fmt(q.get("recall"), 3), fmt(q.get("f1"), 3),
            pct(q.get("exact")), pct(q.get("noise_removed")), pct(q.get("content_lost")),
            slow, t.get("note", ""),
        ])
    out += _table(["tool", "version", "MB/s", "docs/s", "p50 ms", "p99 ms", "precision",
                   "recall", "f1", "exact", "junk removed", "article lost", "machine",
                   "note"], rows)
    out += ["", "MB/s and docs/s: the sum of per-document call times (reading not counted); "
            "p50/p99: per document, median of the passes; precision, recall, f1: means over "
            "documents; exact: share of documents equal to the gold (whitespace and quotes "
            "folded); junk removed: share of the input's non-gold words gone; article lost: "
            "share of gold words gone; machine: the noise probe just before the tool ran, "
            "against the quietest probe of the run (1.00x: quiet; 1.50x: the CPU was shared).",
            "", "Settings of each tool:", ""]
    out += [f"- **{t['name']}**: {t.get('settings', '')}" for t in res["tools"]]

    by_tag = ct["in_process"].get("quality_by_tag") or {}
    if by_tag:
        out += ["", "## cleantext quality by family and shape (documents carrying each)", ""]
        rows = [[tag, str(q["docs"]), fmt(q["precision"], 3), fmt(q["recall"], 3),
                 pct(q["exact"]), pct(q["noise_removed"]), pct(q["content_lost"])]
                for tag, q in by_tag.items()]
        out += _table(["family / shape", "docs", "precision", "recall", "exact",
                       "junk removed", "article lost"], rows)
    out += ["", "## The `cleantext clean` command end to end (.jsonl.gz in, .jsonl.gz out)", ""]
    e2e = ct.get("end_to_end")
    if isinstance(e2e, str):
        out.append(f"Skipped: {e2e}")
    elif e2e:
        rows = []
        for r in e2e:
            if "error" in r:
                rows.append([str(r["jobs"]), "–", "–", "–", "–", "–", r["error"]])
                continue
            rows.append([str(r["jobs"]), fmt(r["mb_s"], 2), fmt(r["docs_s"], 0),
                         fmt(r["seconds"], 2), f"{r['peak_rss_mb']:.0f}",
                         f"{r['speedup']:.2f}x" if r.get("speedup") else "–", ""])
        out += _table(["--jobs", "MB/s", "docs/s", "wall s", "peak RSS MB", "vs jobs 1",
                       "note"], rows)
        out += ["", "Peak RSS: the largest resident set of the command or any one of its "
                "workers (wait4 rusage), not their sum."]

    out += ["", "## cleantext in-process, per cleaner (one pass, each cleaner timed alone)", ""]
    rows = [[c["cleaner"], pct(c["share"]), f"{c['seconds']:.2f}", f"{c['mchars_s']:.1f}",
             pct(c["fired_share"]), str(c["fired"]), *_gate_cells(c)] for c in ct["cleaners"]]
    out += _table(["cleaner", "share of time", "seconds", "Mchar/s", "fired on", "docs",
                   "its gate alone, s", "let through"], rows)
    out += ["", "A family's gate turns away, in one cheap pass, the documents its finder "
            "could find nothing in; \"let through\" counts those it did not turn away "
            "(the gate timed in a call of its own)."]
    imp = ct["import"]
    out += ["", f"`import cleantext`: best {imp['best_ms']:.1f} ms, median "
            f"{imp['median_ms']:.1f}, max {imp['max_ms']:.1f} ({imp['n']} fresh interpreters)."]
    return "\n".join(out) + "\n"


def _gate_cells(c: dict[str, Any]) -> list[str]:
    """The gate's seconds and the documents it let through, or dashes without a gate."""
    if c.get("gate_seconds") is None:
        return ["–", "–"]
    return [f"{c['gate_seconds']:.3f}", str(c["passed"])]


def write_json(res: dict[str, Any], path: Path) -> None:
    """The results for machines: every figure, unrounded."""
    path.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
