"""``run``: cleantext and the peers measured on one corpus, in one run.

The steps, each on the same documents:

1. the machine's noise (a fixed workload) and load, before;
2. ``cleantext.clean`` in-process and each peer in its own subprocess, ``repeat`` passes
   each, interleaved round by round, a noise probe before each pass; the first round's
   outputs are scored (quality);
3. each cleaner of ``cleantext.DEFAULT`` timed alone, and how often it changed the text;
4. ``import cleantext`` in fresh interpreters;
5. the ``cleantext clean`` command end to end on a .jsonl.gz, for each ``--jobs``;
6. the machine's noise and load, after.
"""

from __future__ import annotations

import datetime
import gzip
import json
import os
import shutil
import statistics
import subprocess
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


def _peer_row(name: str, passes: list[dict[str, Any]]) -> dict[str, Any]:
    """A peer's row of the tools table from the runner's summaries of its passes."""
    first = passes[0]
    seconds = [s for p in passes for s in p["seconds"]]
    mb = first["bytes"] / 1e6
    errors = first["errors"]
    return {
        "name": name, "version": first["version"], "settings": first["settings"],
        "mb_s": speed.spread(mb / s if s else 0.0 for s in seconds),
        "docs_s": speed.spread(first["docs"] / s if s else 0.0 for s in seconds),
        "p50_ms": speed.spread(s * 1e3 for p in passes for s in p["p50_s"]),
        "p99_ms": speed.spread(s * 1e3 for p in passes for s in p["p99_s"]),
        "import_s": min(p["import_s"] for p in passes),
        "peak_rss_mb": max(p.get("max_rss_mb") or 0.0 for p in passes),
        "note": f"{errors} documents raised (output empty)" if errors else "",
    }


def _revision() -> str | None:
    """The commit of the cleantext measured, marked when src/ has uncommitted changes."""
    root = Path(cleantext.__file__).resolve().parents[2]
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "src"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None  # not a git checkout (an installed cleantext)
    return f"{head} + uncommitted changes in src/" if dirty else head


def _probe() -> float:
    """The machine's state just before a pass: the fixed workload's median (ms)."""
    return speed.noise_probe(rounds=5)["median_ms"]


class _Quality:
    """cleantext's quality, overall and per tag (family, shape), fed by its first pass."""

    def __init__(self) -> None:
        self.all = Accumulator()
        self.by_tag: dict[str, Accumulator] = {}

    def __call__(self, doc: Doc, out: str) -> None:
        if doc.gold is not None:
            self.all.add(doc.gold, out, doc.text, doc.ambiguous)
            for tag in doc.tags:
                acc = self.by_tag.setdefault(tag, Accumulator())
                acc.add(doc.gold, out, doc.text, doc.ambiguous)


def _tools(opts: Options, docs: Callable[[], Iterator[Doc]], texts: Path, workdir: Path,
           has_gold: bool) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Every tool's passes, interleaved; the tools' rows and cleantext's full figures.

    Round *r* runs pass *r* of cleantext, then of each peer: on a shared machine a busy
    spell then slows every tool a little rather than one tool a lot. The first round's
    outputs are the ones scored.
    """
    peers = Peers(opts.peers_python) if opts.peers_python else Peers.default()
    found = peers.available() if opts.peers else {}
    active = [n for n in opts.peers if found.get(n)]
    peer_repeat = opts.peer_repeat or opts.repeat
    rounds = max(opts.repeat, peer_repeat if active else 0)
    quality = _Quality()
    ours: list[speed.Pass] = []
    passes: dict[str, list[dict[str, Any]]] = {n: [] for n in active}
    probes: dict[str, list[float]] = {n: [] for n in ["cleantext", *active]}
    failed: dict[str, str] = {}

    speed.warm_up(cleantext.clean, docs())
    for r in range(rounds):
        if r < opts.repeat:
            _say(f"round {r + 1}/{rounds}: cleantext")
            probes["cleantext"].append(_probe())
            ours.append(speed.time_pass(cleantext.clean, docs(), quality if r == 0 else None))
        for name in active:
            if r >= peer_repeat or name in failed:
                continue
            _say(f"round {r + 1}/{rounds}: {name}")
            probes[name].append(_probe())
            out = workdir / f"peer-{name}.jsonl" if r == 0 else Path(os.devnull)
            try:
                passes[name].append(peers.run(name, texts, out, 1, workdir / f"peer-{name}"))
            except PeerError as err:
                failed[name] = str(err)

    figures = speed.summarize(ours)
    figures["quality_by_tag"] = {t: a.result() for t, a in sorted(quality.by_tag.items())}
    rows: list[dict[str, Any]] = [{
        "name": "cleantext", "version": cleantext.__version__,
        "settings": "cleantext.clean(text): the DEFAULT pipeline",
        "mb_s": figures["mb_s"], "docs_s": figures["docs_s"], "p50_ms": figures["p50_ms"],
        "p99_ms": figures["p99_ms"], "quality": quality.all.result() if has_gold else None,
        "probe_ms": statistics.median(probes["cleantext"]), "note": "",
    }]
    for name in opts.peers:
        if name in failed:
            rows.append({"name": name, "version": found[name],
                         "skipped": f"failed: {failed[name]}"})
        elif name not in passes:
            rows.append({"name": name, "skipped": peers.skip_reason()})
        else:
            row = _peer_row(name, passes[name])
            row["probe_ms"] = statistics.median(probes[name])
            out = workdir / f"peer-{name}.jsonl"
            row["quality"] = _score(docs(), _peer_outputs(out)) if has_gold else None
            rows.append(row)
    return rows, figures


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

        tools, ours = _tools(opts, docs, texts, workdir, has_gold)
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
        "cleantext": {"version": cleantext.__version__, "revision": _revision(),
                      "in_process": ours,
                      "cleaners": cleaners, "import": imported, "end_to_end": e2e},
    }
