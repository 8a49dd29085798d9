"""``run``: cleantext and the peers measured on one corpus, in one run.

The steps, each on the same documents:

1. the machine's noise (a fixed workload) and load, before;
2. ``cleantext.clean`` in-process, ``repeat`` passes (speed), the first one scored (quality);
3. each cleaner of ``cleantext.DEFAULT`` timed alone, and how often it changed the text;
4. ``import cleantext`` in fresh interpreters;
5. the ``cleantext clean`` command end to end on a .jsonl.gz, for each ``--jobs``;
6. each peer in its own subprocess, timed the same way, its outputs scored the same way;
7. the machine's noise and load, after.
"""

from __future__ import annotations

import datetime
import gzip
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import cleantext
from benchmarks import speed
from benchmarks.corpus import Corpus, CorpusError, Doc
from benchmarks.metrics import Accumulator
from benchmarks.peers import NAMES, PeerError, Peers


@dataclass
class Options:
    """What ``python -m benchmarks run`` was asked to do."""

    corpus: Path
    gold: bool | str = False  # True: require a gold; a str: require that gold field
    text_field: str | None = None
    jobs: list[int] = field(default_factory=lambda: [1, 2])
    peers: list[str] = field(default_factory=lambda: list(NAMES))
    repeat: int = 3
    peer_repeat: int | None = None  # default: repeat
    limit: int | None = None  # only the first N documents
    import_tries: int = 7
    workdir: Path | None = None  # default: a temporary folder, removed at the end
    peers_python: Path | None = None  # default: benchmarks/.peers/venv/bin/python


def _say(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def _docs(corpus: Corpus, limit: int | None) -> Callable[[], Iterator[Doc]]:
    return lambda: islice(iter(corpus), limit)


def _write_inputs(docs: Iterable[Doc], texts: Path, gz: Path) -> tuple[int, float]:
    """The corpus as the command and the peers read it: ``id``, ``text``, ``lang`` lines."""
    n = nbytes = 0
    with open(texts, "w", encoding="utf-8") as plain, gzip.open(gz, "wt", encoding="utf-8",
                                                                 compresslevel=6) as packed:
        for doc in docs:
            line = json.dumps({"id": doc.id, "text": doc.text, "lang": doc.lang},
                              ensure_ascii=False) + "\n"
            plain.write(line)
            packed.write(line)
            n += 1
            nbytes += doc.nbytes
    return n, nbytes / 1e6


def _score(docs: Iterable[Doc], outputs: Iterable[str]) -> dict[str, float | int]:
    acc = Accumulator()
    for doc, out in zip(docs, outputs, strict=True):
        if doc.gold is not None:
            acc.add(doc.gold, out, doc.text, doc.ambiguous)
    return acc.result()


def _peer_outputs(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]


def _peer_row(name: str, summary: dict[str, Any]) -> dict[str, Any]:
    seconds = summary["seconds"]
    mb = summary["bytes"] / 1e6
    note = f"{summary['errors']} documents raised (output empty)" if summary["errors"] else ""
    return {
        "name": name, "version": summary["version"], "settings": summary["settings"],
        "mb_s": speed.spread(mb / s if s else 0.0 for s in seconds),
        "docs_s": speed.spread(summary["docs"] / s if s else 0.0 for s in seconds),
        "p50_ms": speed.spread(s * 1e3 for s in summary["p50_s"]),
        "p99_ms": speed.spread(s * 1e3 for s in summary["p99_s"]),
        "import_s": summary["import_s"], "peak_rss_mb": summary.get("max_rss_mb"),
        "note": note,
    }


def _probe() -> float:
    """The machine's state just before a tool runs: the fixed workload's median (ms)."""
    return speed.noise_probe(rounds=5)["median_ms"]


def _ours(docs: Callable[[], Iterator[Doc]], repeat: int,
          has_gold: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """cleantext in-process: its row of the tools table, and its full figures."""
    acc = Accumulator()
    by_tag: dict[str, Accumulator] = {}

    def score(doc: Doc, out: str) -> None:
        if doc.gold is not None:
            acc.add(doc.gold, out, doc.text, doc.ambiguous)
            for tag in doc.tags:
                by_tag.setdefault(tag, Accumulator()).add(doc.gold, out, doc.text, doc.ambiguous)

    figures = speed.in_process(cleantext.clean, docs, repeat, score)
    row = {
        "name": "cleantext", "version": cleantext.__version__,
        "settings": "cleantext.clean(text): the DEFAULT pipeline",
        "mb_s": figures["mb_s"], "docs_s": figures["docs_s"], "p50_ms": figures["p50_ms"],
        "p99_ms": figures["p99_ms"], "quality": acc.result() if has_gold else None, "note": "",
    }
    figures["quality_by_tag"] = {tag: a.result() for tag, a in sorted(by_tag.items())}
    return row, figures


def _peers(opts: Options, docs: Callable[[], Iterator[Doc]], texts: Path, workdir: Path,
           has_gold: bool) -> list[dict[str, Any]]:
    """Each asked-for peer's row: measured and scored, or skipped with the reason."""
    peers = Peers(opts.peers_python) if opts.peers_python else Peers.default()
    found = peers.available() if opts.peers else {}
    rows: list[dict[str, Any]] = []
    for name in opts.peers:
        if not found.get(name):
            rows.append({"name": name, "skipped": peers.skip_reason()})
            continue
        repeat = opts.peer_repeat or opts.repeat
        _say(f"peer {name}, {repeat} passes")
        probe = _probe()
        out = workdir / f"peer-{name}.jsonl"
        try:
            summary = peers.run(name, texts, out, repeat, workdir / f"peer-{name}.err")
        except PeerError as err:
            rows.append({"name": name, "version": found[name], "skipped": f"failed: {err}"})
            continue
        row = _peer_row(name, summary)
        row["probe_ms"] = probe
        row["quality"] = _score(docs(), _peer_outputs(out)) if has_gold else None
        rows.append(row)
    return rows


def run(opts: Options) -> dict[str, Any]:
    """Run every step; return the results (what ``--json`` writes)."""
    corpus = Corpus(opts.corpus, opts.text_field,
                    opts.gold if isinstance(opts.gold, str) else None)
    has_gold = corpus.has_gold()
    if opts.gold and not has_gold:
        raise CorpusError(f"{opts.corpus}: --gold given but the corpus has no gold field")
    docs = _docs(corpus, opts.limit)

    _say("machine noise, before")
    noise_before, load_before = speed.noise_probe(), os.getloadavg()
    workdir = opts.workdir or Path(tempfile.mkdtemp(prefix="cleantext-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        texts, gz = workdir / "texts.jsonl", workdir / "texts.jsonl.gz"
        n_docs, mb = _write_inputs(docs(), texts, gz)
        _say(f"corpus: {n_docs} documents, {mb:.1f} MB of text")

        _say(f"cleantext.clean in-process, {opts.repeat} passes")
        probe = _probe()
        row, ours = _ours(docs, opts.repeat, has_gold)
        row["probe_ms"] = probe
        _say("per cleaner")
        cleaners = speed.per_cleaner(cleantext.DEFAULT.cleaners, docs())
        _say("import cleantext")
        imported = speed.import_time(opts.import_tries)

        e2e: list[dict[str, object]] | str = []
        cmd = speed.command()
        if opts.jobs and cmd is None:
            e2e = "the cleantext command is not installed in this environment"
        elif opts.jobs and cmd is not None:
            _say(f"cleantext clean end to end, --jobs {opts.jobs}, {opts.repeat} runs each")
            e2e = speed.end_to_end(cmd, gz, workdir, jobs=opts.jobs, repeat=opts.repeat,
                                   docs=n_docs, mb=mb)

        tools = [row, *_peers(opts, docs, texts, workdir, has_gold)]
        _say("machine noise, after")
        noise_after, load_after = speed.noise_probe(), os.getloadavg()
    finally:
        if opts.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    return {
        "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": speed.machine(),
        "settings": {"repeat": opts.repeat, "peer_repeat": opts.peer_repeat or opts.repeat,
                     "jobs": opts.jobs, "limit": opts.limit},
        "noise": {"before": noise_before, "after": noise_after, "load_before": load_before,
                  "load_after": load_after},
        "corpus": {"path": str(opts.corpus), "docs": n_docs, "mb": mb, "gold": has_gold},
        "tools": tools,
        "cleantext": {"version": cleantext.__version__, "in_process": ours,
                      "cleaners": cleaners, "import": imported, "end_to_end": e2e},
    }
