"""The command line of the suite: ``python -m benchmarks run | corpus | shapes | peers-setup``.

    python -m benchmarks run --corpus PATH [--gold [FIELD]] [--jobs 1,2] [--peers NAME,...]
                             [--repeat N] [--json OUT] [--plot OUT.png] [--markdown OUT.md]
    python -m benchmarks corpus --size 200MB --seed 1 -o corpus.jsonl.gz
    python -m benchmarks shapes CORPUS.jsonl ... [--shapes as-written,space,glue]
    python -m benchmarks peers-setup
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks import plot, report
from benchmarks.corpus import CorpusError
from benchmarks.peers import NAMES, Peers
from benchmarks.peers.install import setup as install_peers
from benchmarks.run import Options, run
from benchmarks.shapes import SHAPES
from benchmarks.shapes import table as shapes_table
from benchmarks.synth import parse_size, write_corpus


def jobs_list(text: str) -> list[int]:
    """``"1,2"`` -> ``[1, 2]``; ``""`` or ``"none"`` skips the end-to-end runs.

    >>> jobs_list("1,2"), jobs_list("none")
    ([1, 2], [])
    """
    if text.strip().lower() in ("", "none"):
        return []
    try:
        jobs = [int(j) for j in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of job counts: {text!r}") from None
    if any(j < 0 for j in jobs):
        raise argparse.ArgumentTypeError("job counts are >= 0 (0: all cores)")
    return jobs


def _known(text: str, known: Sequence[str], what: str, *, more: str = "") -> list[str]:
    """Names separated by commas, each one of ``known`` (``more``: other accepted words,
    for the error message)."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown {what} {', '.join(unknown)}; known: {', '.join(known)}{more}"
        )
    return names


def peer_list(text: str) -> list[str]:
    """``"all"``, ``"none"`` or peer names separated by commas, checked against the known ones."""
    if text.strip().lower() == "all":
        return list(NAMES)
    if text.strip().lower() in ("", "none"):
        return []
    return _known(text, NAMES, "peer", more=", all, none")


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def shape_list(text: str) -> list[str]:
    """``as-written,space`` -> ['as-written', 'space']; an unknown shape is an error.

    >>> shape_list("space,glue")
    ['space', 'glue']
    """
    shapes = _known(text, SHAPES, "shape")
    if not shapes:
        raise argparse.ArgumentTypeError(f"shapes are some of {', '.join(SHAPES)}")
    return shapes


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m benchmarks",
                                 description="cleantext's benchmark suite")
    sub = ap.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="measure cleantext and the peers on a corpus")
    run.add_argument("--corpus", type=Path, required=True,
                     help="JSONL (.gz/.bz2/.xz/.zst) or a folder of .txt files")
    run.add_argument("--gold", nargs="?", const=True, default=False, metavar="FIELD",
                     help="require a gold (field 'gold' or 'clean', or FIELD); a corpus "
                          "with a gold field is scored without it")
    run.add_argument("--text-field", help="the dirty text's field (default: text or dirty)")
    run.add_argument("--jobs", type=jobs_list, default=[1, 2],
                     help="--jobs values for the command end to end (default 1,2; none)")
    run.add_argument("--peers", type=peer_list, default=list(NAMES),
                     help=f"all (default), none, or some of: {', '.join(NAMES)}")
    run.add_argument("--repeat", type=positive, default=3, help="passes per measurement")
    run.add_argument("--peer-repeat", type=positive, help="passes per peer (default: --repeat)")
    run.add_argument("--limit", type=positive, help="only the first N documents")
    run.add_argument("--import-tries", type=positive, default=7)
    run.add_argument("--json", type=Path, help="write all results as JSON")
    run.add_argument("--plot", type=Path, help="write the speed/junk-removed plot (PNG)")
    run.add_argument("--markdown", type=Path, help="write the table as Markdown")
    run.add_argument("--workdir", type=Path, help="keep inputs and peer outputs here")
    run.add_argument("--peers-python", type=Path, help="the peers' interpreter "
                     "(default: benchmarks/.peers/venv/bin/python)")

    corpus = sub.add_parser("corpus", help="generate a synthetic corpus with its gold")
    corpus.add_argument("--size", default="20MB",
                        help="bytes of dirty text (the gold comes on top), e.g. 500KB, 20MB")
    corpus.add_argument("--seed", type=int, default=1)
    corpus.add_argument("-o", "--output", type=Path, required=True,
                        help="a .jsonl, .jsonl.gz or .jsonl.zst file")

    shapes = sub.add_parser("shapes", help="score clean() on gold corpora as written and "
                                           "flattened (line breaks as spaces, or lost)")
    shapes.add_argument("corpora", type=Path, nargs="+", help="JSONL corpora with a gold")
    shapes.add_argument("--shapes", type=shape_list, default=list(SHAPES),
                        help=f"some of: {', '.join(SHAPES)} (default: all)")
    shapes.add_argument("--markdown", type=Path, help="also write the table here")

    setup = sub.add_parser("peers-setup", help="install the peers into benchmarks/.peers/venv")
    setup.add_argument("--upgrade", action="store_true")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "corpus":
        try:
            size = parse_size(args.size)
        except ValueError as err:
            parser().error(str(err))
        n, text_bytes = write_corpus(args.output, size, args.seed, progress=sys.stderr.isatty())
        print(f"{args.output}: {n} records, {text_bytes / 1e6:.1f} MB of text, "
              f"seed {args.seed}")
        return 0
    if args.command == "shapes":
        missing = [p for p in args.corpora if not p.exists()]
        if missing:
            parser().error(f"no such corpus: {missing[0]}")
        text = shapes_table(args.corpora, args.shapes)
        print(text)
        if args.markdown:
            args.markdown.write_text(text + "\n", encoding="utf-8")
        return 0
    if args.command == "peers-setup":
        python = install_peers(upgrade=args.upgrade)
        for name, version in Peers(python).available().items():
            print(f"{name:<14} {version or 'NOT AVAILABLE'}")
        return 0
    return _run(args, sys.argv[1:] if argv is None else argv)


def _run(args: argparse.Namespace, argv: list[str]) -> int:
    # A run stopped with SIGTERM still removes its temporary folder (peer outputs can be
    # gigabytes): turn the signal into SystemExit so that `finally` blocks run. The
    # caller's handler comes back afterwards (``main`` is also called in-process, by
    # the tests: a handler left behind would turn their SIGTERM into SystemExit).
    old = signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    try:
        return _report(args, argv)
    finally:
        signal.signal(signal.SIGTERM, old)


def _report(args: argparse.Namespace, argv: list[str]) -> int:
    """Run the benchmark ``args`` describe, then print and write its report."""
    opts = Options(corpus=args.corpus, gold=args.gold, text_field=args.text_field,
                   jobs=args.jobs, peers=args.peers, repeat=args.repeat,
                   peer_repeat=args.peer_repeat, limit=args.limit,
                   import_tries=args.import_tries, workdir=args.workdir,
                   peers_python=args.peers_python)
    try:
        res = run(opts)
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    res["command"] = "python -m benchmarks " + " ".join(shlex.quote(a) for a in argv)
    text = report.render(res)
    print(text)
    if args.json:
        report.write_json(res, args.json)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.plot:
        if not any(t.get("quality") for t in res["tools"]):
            print("no plot: the corpus has no gold, so there is no junk removed to plot",
                  file=sys.stderr)
        else:
            py = args.peers_python or Peers.default().python
            try:
                how = plot.save(res, args.plot, py)
                print(f"plot: {args.plot} (drawn with the {how})", file=sys.stderr)
            except RuntimeError as err:
                print(f"no plot: {err}", file=sys.stderr)
    return 0
