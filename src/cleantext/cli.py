"""The ``cleantext`` command: clean corpora in bulk, or show what one document loses.

    cleantext clean INPUT... [-o OUT] [--field text] [--jobs N] [--stats FILE]
                   [--on-error raise|skip|keep] [--drop-empty] [--lines] [--resume]
                   [--removed FILE]
    cleantext explain FILE [--field text] [--line N] [--color auto|always|never]

``clean`` reads JSON Lines (``.jsonl``, ``.json``) or text (``.txt``: one document per
file, or one per line with ``--lines``), compressed or not (``.gz``, ``.bz2``, ``.xz``,
``.zst``), ``-`` being stdin/stdout; it writes the same format (compression follows the
output's extension). A pipe with no extension (``<(zcat corpus.jsonl.gz)``) is read
like stdin: JSON Lines, or text lines with ``--lines``, compression told by its first
bytes. Without ``-o`` output goes to stdout; with several inputs ``-o``
is a folder that receives one output per input under the same name. Each output is
written to a temporary file and renamed when complete, so a final name always holds a
complete output and ``--resume`` can skip inputs whose output exists.

Bad input (invalid JSON, invalid UTF-8, a line that is not an object, a missing or
non-string field, an empty file, a truncated or corrupt compressed stream) is reported
as ``FILE:LINE: message`` and counted; ``--on-error`` decides: ``raise`` stops the run
(no output for that input), ``skip`` leaves the record out, ``keep`` writes it back as
it came. A summary goes to stderr at the end (``--stats FILE`` writes it as JSON):
documents in = out + skipped, text bytes in and out, documents emptied, bad records by
kind, and edits and characters removed per cleaner (``--fast`` skips the per-cleaner
counts and runs the plain fast path, which builds no edits). ``--removed FILE`` logs
every removal (file, line, cleaner, removed text) as JSON Lines, to read what a run took.

Exit codes:

- 0: done (bad records skipped or kept under ``--on-error skip|keep`` still give 0:
  they are counted in the summary);
- 1: bad input under ``--on-error raise`` (the default);
- 2: usage error (bad arguments, unknown format, outputs that would collide);
- 3: I/O error (missing input, output folder missing or not writable, disk full);
- 130: interrupted by SIGINT (Ctrl-C); 143: terminated by SIGTERM. Outputs already
  complete stay; the one being written is removed; rerun with ``--resume``.

``explain`` prints one document with what each cleaner removed highlighted (colour on
a terminal, ``[-cleaner: text-]`` when piped; removals of whitespace alone are counted
but not marked) and the edits and characters per cleaner.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from types import FrameType
from typing import IO, Any

from cleantext._core import Edit
from cleantext.io import (
    BAD_KINDS,
    FILE_KINDS,
    AtomicOutput,
    Format,
    FormatError,
    Line,
    display,
    dump_record,
    format_of,
    is_stream,
    one_line,
    open_input,
    read_stream,
    remove_pending,
)
from cleantext.pipeline import DEFAULT
from cleantext.stream import CHUNK_SIZE, Workers

#: Done; bad records skipped or kept under ``--on-error skip|keep`` still give 0.
EXIT_OK = 0
#: Bad input under ``--on-error raise`` (the default); no output for that input.
EXIT_BAD_INPUT = 1
#: Usage error: bad arguments, an unknown format, outputs that would collide.
EXIT_USAGE = 2
#: I/O error: a missing input, an output folder missing or not writable, a full disk.
EXIT_IO = 3
#: Interrupted by SIGINT (128 + 2); complete outputs stay, rerun with ``--resume``.
EXIT_SIGINT = 130
#: Terminated by SIGTERM (128 + 15); complete outputs stay, rerun with ``--resume``.
EXIT_SIGTERM = 143
#: Bad records printed one per line; the rest are only counted (a broken corpus can
#: hold millions, and the counts are in the summary).
MAX_REPORTED = 20

EPILOG = """\
exit codes: 0 done; 1 bad input under --on-error raise; 2 usage error;
3 I/O error (missing input, unwritable output, disk full); 130 interrupted (SIGINT);
143 terminated (SIGTERM). Complete outputs stay; rerun with --resume to finish."""


class Fail(Exception):
    """A user-facing failure: one line of message and the exit code."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


class Terminated(BaseException):
    """SIGTERM, raised like ``KeyboardInterrupt`` so the same cleanup runs."""


@dataclass
class Stats:
    """The run summary. ``documents_in == documents_out + skipped`` always holds."""

    files_in: int = 0
    files_written: int = 0
    files_resumed: int = 0
    documents_in: int = 0
    documents_out: int = 0
    skipped_bad: int = 0
    dropped_empty: int = 0
    kept_bad: int = 0
    emptied: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    bad: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BAD_KINDS, 0))
    cleaners: dict[str, list[int]] = field(default_factory=dict)
    removals: int = 0  # lines written to the --removed log
    status: str = "ok"
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "seconds": round(self.seconds, 3),
            "files": {"in": self.files_in, "written": self.files_written,
                      "resumed": self.files_resumed},
            "documents": {
                "in": self.documents_in, "out": self.documents_out,
                "skipped": self.skipped_bad + self.dropped_empty,
                "skipped_bad": self.skipped_bad, "dropped_empty": self.dropped_empty,
                "kept_bad": self.kept_bad, "emptied": self.emptied,
            },
            "text_bytes": {"in": self.bytes_in, "out": self.bytes_out},
            "bad": dict(self.bad),
            "cleaners": {n: {"edits": e, "chars": c} for n, (e, c) in self.cleaners.items()},
            "removals_logged": self.removals,
        }

    def lines(self) -> Iterator[str]:
        """The human summary, for stderr."""
        skipped = self.skipped_bad + self.dropped_empty
        resumed = f" ({self.files_resumed} already complete)" if self.files_resumed else ""
        yield (f"cleantext: {self.status}: {self.files_in} file(s){resumed}, "
               f"{self.documents_in:,} documents in, {self.documents_out:,} out, "
               f"{skipped:,} skipped ({self.skipped_bad:,} bad, "
               f"{self.dropped_empty:,} empty), {self.emptied:,} emptied by cleaning")
        share = (1 - self.bytes_out / self.bytes_in) * 100 if self.bytes_in else 0.0
        yield (f"  text: {_mb(self.bytes_in)} in, {_mb(self.bytes_out)} out "
               f"({share:.1f}% removed) in {self.seconds:.1f} s")
        bad = ", ".join(f"{k} {n:,}" for k, n in self.bad.items() if n)
        if bad:
            yield f"  bad input: {bad}; {self.kept_bad:,} kept, {self.skipped_bad:,} skipped"
        for name, (edits, chars) in self.cleaners.items():
            yield f"  {name:<12} {edits:>10,} edits {chars:>14,} chars removed"
        if self.removals:
            yield f"  {self.removals:,} removals logged (--removed)"


def _mb(n: int) -> str:
    return f"{n / 1e6:,.2f} MB"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext", description="Strip boilerplate from scraped news text.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser(
        "clean", help="clean JSONL or text corpora", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean JSONL (.jsonl, .json) or text (.txt) files, compressed or not "
                    "(.gz, .bz2, .xz, .zst); '-' is stdin/stdout.")
    c.add_argument("inputs", nargs="+", metavar="INPUT")
    c.add_argument("-o", "--output", metavar="OUT",
                   help="output file, or folder for several inputs (default: stdout)")
    c.add_argument("--field", default="text", help="JSON field holding the text (text)")
    c.add_argument("--jobs", "-j", type=int, default=1,
                   help="worker processes; 0 = one per core (1)")
    c.add_argument("--stats", metavar="FILE", help="write the summary as JSON to FILE")
    c.add_argument("--on-error", choices=("raise", "skip", "keep"), default="raise",
                   help="bad records: stop (raise), leave out (skip), write unchanged (keep)")
    c.add_argument("--drop-empty", action="store_true",
                   help="leave out documents that are empty after cleaning")
    c.add_argument("--lines", action="store_true",
                   help=".txt and stdin: one document per line (line breaks the cleaners "
                        "make become spaces)")
    c.add_argument("--resume", action="store_true",
                   help="skip inputs whose output file already exists (it is complete)")
    c.add_argument("--removed", metavar="FILE",
                   help="write every removal to FILE as JSON Lines (file, line, cleaner, "
                        "removed text); compressed by its extension")
    c.add_argument("--fast", action="store_true",
                   help="no per-cleaner counts: the plain path, which builds no edits")
    c.add_argument("--quiet", "-q", action="store_true", help="no progress, no summary")
    c.add_argument("--chunk-size", type=int, default=CHUNK_SIZE, help=argparse.SUPPRESS)
    e = sub.add_parser("explain", help="show what cleaning removes from one document")
    e.add_argument("file", metavar="FILE", help=".txt (the whole file) or .jsonl; '-': stdin")
    e.add_argument("--field", default="text", help="JSON field holding the text (text)")
    e.add_argument("--line", type=int, default=0,
                   help="JSONL: the record on this line (default: the first)")
    e.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    r"""Run the command; return the exit code (see the module docstring).

    ``argv`` defaults to ``sys.argv[1:]``. It returns the code rather than exiting, and
    leaves the inputs untouched: outputs are written atomically, a record's other keys
    keep their values and order, and a bad record under ``--on-error keep`` is written
    back byte for byte. Messages and the summary go to stderr.

    >>> import os, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> src = os.path.join(folder.name, "in.jsonl")
    >>> dst = os.path.join(folder.name, "out.jsonl")
    >>> with open(src, "w", encoding="utf-8") as f:
    ...     _ = f.write('{"id": 1, "text": "<p>Hi &amp; bye</p>"}\n{"id": 2}\n')
    >>> main(["clean", src, "-o", dst, "--on-error", "keep", "--quiet"])
    0
    >>> print(open(dst, encoding="utf-8").read(), end="")
    {"id":1,"text":"Hi & bye"}
    {"id": 2}
    >>> main(["clean", os.path.join(folder.name, "missing.jsonl"), "--quiet"])
    3
    >>> folder.cleanup()
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:  # argparse has printed its message
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    try:
        if args.command == "explain":
            return explain_command(args)
        return clean_command(args)
    except Fail as e:
        print(f"cleantext: error: {e}", file=sys.stderr)
        return e.code


# --- clean ----------------------------------------------------------------------------


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise Terminated


def _plan(inputs: list[str], output: str | None, lines: bool,
          resume: bool) -> list[tuple[str, str]]:
    """Pair each input with its output; refuse what cannot work before any work starts."""
    if inputs.count("-") > 1:
        raise Fail(EXIT_USAGE, "stdin ('-') can be read only once")
    for path in inputs:
        if path != "-" and (os.path.isdir(path) or not os.path.exists(path)):
            why = "is a folder" if os.path.isdir(path) else "no such file"
            raise Fail(EXIT_IO, f"{path}: {why}")
    try:
        formats = [format_of(p, lines) for p in inputs]
    except FormatError as e:
        raise Fail(EXIT_USAGE, str(e)) from None
    out = output or "-"
    if out == "-":
        if resume:
            raise Fail(EXIT_USAGE, "--resume needs output files (-o), not stdout")
        if len(set(formats)) > 1:
            raise Fail(EXIT_USAGE, "inputs of different formats cannot share stdout")
        return [(p, "-") for p in inputs]
    if len(inputs) > 1 or os.path.isdir(out) or out.endswith(("/", os.sep)):
        streams = [display(p) for p in inputs if is_stream(p)]
        if streams:
            raise Fail(EXIT_USAGE, f"{streams[0]} has no name to give its output in a "
                                   "folder; use -o FILE")
        try:
            os.makedirs(out, exist_ok=True)
        except OSError as e:
            raise Fail(EXIT_IO, f"{out}: cannot create output folder: {e.strerror}") from None
        names = [os.path.basename(p) for p in inputs]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise Fail(EXIT_USAGE, f"several inputs are named {dupes[0]}: their outputs "
                                   "would collide in one folder")
        pairs = [(p, os.path.join(out, n)) for p, n in zip(inputs, names, strict=True)]
    else:
        pairs = [(inputs[0], out)]
    for (src, dst), fmt in zip(pairs, formats, strict=True):
        folder = os.path.dirname(os.path.abspath(dst))
        if not os.path.isdir(folder):
            raise Fail(EXIT_IO, f"{dst}: output folder {folder} does not exist")
        if not os.access(folder, os.W_OK):
            raise Fail(EXIT_IO, f"{dst}: output folder {folder} is not writable")
        if src != "-" and _same_file(src, dst):
            raise Fail(EXIT_USAGE, f"{dst}: output would overwrite its input")
        try:
            out_fmt = format_of(dst, lines)
        except FormatError as e:
            raise Fail(EXIT_USAGE, str(e)) from None
        if out_fmt != fmt:
            raise Fail(EXIT_USAGE, f"{dst}: output format {out_fmt} differs from input "
                                   f"{display(src)} ({fmt}); only compression may change")
    return pairs


class _Run:
    """One ``clean`` run: the workers, the counts, the reporting of bad input."""

    def __init__(self, args: argparse.Namespace, workers: Workers, stats: Stats,
                 bar: Any, removed: IO[bytes] | None = None) -> None:
        self.args = args
        self.workers = workers
        self.stats = stats
        self.bar = bar
        self.removed = removed
        self.reported = 0

    def report(self, where: str, message: str) -> None:
        self.reported += 1
        if self.reported <= MAX_REPORTED:
            done = "kept" if self.args.on_error == "keep" else "skipped"
            self._print(f"cleantext: {where}: {message} ({done})")
        elif self.reported == MAX_REPORTED + 1:
            self._print("cleantext: further bad input is counted but not shown")

    def _print(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr)

    def items(self, lines: Iterator[tuple[Line, str | None]]
              ) -> Iterator[tuple[tuple[Line, int, bool], str | None]]:
        """Attach what the counts need of the input text, which stays in this process."""
        for line, text in lines:
            if text is None:
                yield (line, 0, False), None
            else:
                yield (line, len(text.encode("utf-8", "surrogatepass")), text.isspace()), text

    def file(self, src: str, dst: str) -> None:
        """Clean one input into one output (``dst`` may be stdout, shared by all)."""
        fmt: Format = format_of(src, self.args.lines)
        s, field_ = self.stats, self.args.field
        explain = not self.args.fast
        with open_input(src) as stream, AtomicOutput(dst) as out:
            lines = self.items(read_stream(stream, src, fmt, field_))
            for c in self.workers.map(lines, chunk_size=self.args.chunk_size, explain=explain,
                                      removals=self.removed is not None):
                line, nbytes, blank = c.payload
                if c.text is None:
                    self._bad(src, fmt, line, out)
                    continue
                if self.removed is not None and c.removals:
                    self._log_removals(self.removed, src, line, c.removals)
                s.documents_in += 1
                s.bytes_in += nbytes
                if self.bar is not None:
                    self.bar.update(nbytes)
                text = c.text
                if c.summary:
                    for name, (edits, chars) in c.summary.items():
                        tally = s.cleaners.setdefault(name, [0, 0])
                        tally[0] += edits
                        tally[1] += chars
                empty = not text or text.isspace()
                if empty and nbytes and not blank:
                    s.emptied += 1
                if empty and self.args.drop_empty:
                    s.dropped_empty += 1
                    continue
                if fmt == "jsonl":
                    line.record[field_] = text  # the key keeps its place
                    data = dump_record(line.record, line.exact)
                    s.bytes_out += len(text.encode("utf-8", "surrogatepass"))
                else:
                    data = (one_line(text) if fmt == "lines" else text).encode()
                    s.bytes_out += len(data)
                    data = data + b"\n" if fmt == "lines" or data else data
                out.write(data)
                s.documents_out += 1
        if dst != "-":
            s.files_written += 1

    def _log_removals(self, log: IO[bytes], src: str, line: Line,
                      edits: tuple[Edit, ...]) -> None:
        where: dict[str, Any] = {"file": display(src), "line": line.lineno or None}
        for e in edits:
            entry = {**where, "cleaner": e.cleaner, "removed": e.removed}
            if e.inserted:
                entry["inserted"] = e.inserted
            log.write(dump_record(entry))
        self.stats.removals += len(edits)

    def _bad(self, src: str, fmt: Format, line: Line, out: IO[bytes]) -> None:
        s = self.stats
        s.bad[line.kind] += 1
        where = f"{display(src)}:{line.lineno}" if line.lineno else display(src)
        if self.args.on_error == "raise":
            if line.kind not in FILE_KINDS:
                s.documents_in += 1
                s.skipped_bad += 1  # the run stops: this record is not in any output
            raise Fail(EXIT_BAD_INPUT, f"{where}: {line.message} (use --on-error skip or "
                                       "keep to go on)")
        self.report(where, line.message)
        if line.kind in FILE_KINDS:
            return  # no record to write back: what was readable has been written
        s.documents_in += 1
        if self.args.on_error == "keep":
            # Back as it came; a record line gets the line break a last line may lack.
            ending = b"" if fmt == "txt" or line.raw.endswith(b"\n") else b"\n"
            out.write(line.raw + ending)
            s.kept_bad += 1
            s.documents_out += 1
        else:
            s.skipped_bad += 1


def _progress(quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return None
    tqdm = importlib.import_module("tqdm").tqdm
    # No monitor thread: worker processes may be forked after the bar exists.
    tqdm.monitor_interval = 0
    return tqdm(unit="B", unit_scale=True, unit_divisor=1000, file=sys.stderr,
                dynamic_ncols=True, leave=False)


def _wind_down(old_term: Any, bar: Any) -> None:
    signal.signal(signal.SIGTERM, old_term)
    remove_pending()  # a temporary file an interrupt caught between two statements
    if bar is not None:
        bar.close()


def clean_command(args: argparse.Namespace) -> int:
    """``cleantext clean``: returns the exit code; the summary goes to stderr."""
    if args.jobs < 0:
        raise Fail(EXIT_USAGE, f"--jobs must be >= 0, not {args.jobs}")
    if args.chunk_size < 1:
        raise Fail(EXIT_USAGE, "--chunk-size must be >= 1")
    pairs = _plan(args.inputs, args.output, args.lines, args.resume)
    _check_removed(args, pairs)
    stats = Stats()
    if not args.fast:  # report cleaners in pipeline order, those with nothing to do too
        stats.cleaners = {name: [0, 0] for name in DEFAULT.names}
    start = time.perf_counter()
    code, message = EXIT_OK, ""
    old_term = signal.signal(signal.SIGTERM, _on_sigterm)
    bar = None
    try:
        # The removals log is written like an output: complete under its name, or absent.
        log = AtomicOutput(args.removed) if args.removed else contextlib.nullcontext()
        with Workers(DEFAULT, args.jobs) as workers, log as removed:
            bar = _progress(args.quiet)
            run = _Run(args, workers, stats, bar, removed)
            for src, dst in pairs:
                stats.files_in += 1
                if args.resume and os.path.exists(dst):
                    stats.files_resumed += 1
                    continue
                if bar is not None:
                    bar.set_description(os.path.basename(display(src)))
                try:
                    run.file(src, dst)
                except OSError as e:
                    raise Fail(EXIT_IO, _os_message(e, src, dst)) from None
    except Fail as e:
        code, message, stats.status = e.code, str(e), "failed"
    except KeyboardInterrupt:
        code, stats.status = EXIT_SIGINT, "interrupted"
        message = "interrupted; complete outputs are kept, rerun with --resume to finish"
    except Terminated:
        code, stats.status = EXIT_SIGTERM, "terminated"
        message = "terminated; complete outputs are kept, rerun with --resume to finish"
    except BrokenPipeError:  # stdout closed by the reader (| head): stop quietly
        _silence_stdout()
        return EXIT_OK
    finally:
        _wind_down(old_term, bar)
    stats.seconds = time.perf_counter() - start
    if message:
        print(f"cleantext: error: {message}", file=sys.stderr)
    if not args.quiet:
        for text in stats.lines():
            print(text, file=sys.stderr)
    if args.stats:
        code = _write_stats(args.stats, stats) or code
    return code


def _check_removed(args: argparse.Namespace, pairs: list[tuple[str, str]]) -> None:
    """Refuse a removals log that cannot work, before any work starts."""
    path = args.removed
    if path is None:
        return
    if args.fast:
        raise Fail(EXIT_USAGE, "--removed needs the edits that --fast does not build")
    try:
        fmt = format_of(path)
    except FormatError as e:
        raise Fail(EXIT_USAGE, f"--removed: {e}") from None
    if fmt != "jsonl":
        raise Fail(EXIT_USAGE, f"--removed {path}: the log is JSON Lines (.jsonl)")
    if path == "-":  # stdout: taken if an output goes there too
        clash = any(dst == "-" for _, dst in pairs)
    else:
        clash = any(p == path or _same_file(p, path) for pair in pairs for p in pair if p != "-")
    if clash:
        raise Fail(EXIT_USAGE, f"--removed {display(path)}: also an input or an output")


def _same_file(a: str, b: str) -> bool:
    return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)


def _os_message(e: OSError, src: str, dst: str) -> str:
    name = e.filename if isinstance(e.filename, str) else None
    if name is None:
        name = display(dst) if e.errno in (28, 122) else f"{display(src)} -> {display(dst)}"
    return f"{name}: {e.strerror or e}"


def _write_stats(path: str, stats: Stats) -> int:
    try:
        with AtomicOutput(path) as f:
            f.write(json.dumps(stats.to_json(), indent=2).encode() + b"\n")
    except OSError as e:
        print(f"cleantext: error: {path}: cannot write stats: {e.strerror or e}",
              file=sys.stderr)
        return EXIT_IO
    return EXIT_OK


def _silence_stdout() -> None:
    # Further writes at exit would raise again; point stdout at /dev/null.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


# --- explain --------------------------------------------------------------------------

_COLOURS = (31, 33, 35, 36, 34, 32, 91, 93, 95, 96)


def _load_one(args: argparse.Namespace) -> str:
    path = args.file
    try:
        fmt: Format = "txt" if is_stream(path) else format_of(path)
    except FormatError as e:
        raise Fail(EXIT_USAGE, str(e)) from None
    if path != "-" and (os.path.isdir(path) or not os.path.exists(path)):
        raise Fail(EXIT_IO, f"{path}: no such file")
    try:
        with open_input(path) as stream:
            for line, text in read_stream(stream, path, fmt, args.field):
                if fmt == "jsonl" and args.line and line.lineno != args.line:
                    continue
                if text is None:
                    where = f"{display(path)}:{line.lineno}" if line.lineno else display(path)
                    raise Fail(EXIT_BAD_INPUT, f"{where}: {line.message}")
                return text
    except OSError as e:
        raise Fail(EXIT_IO, f"{display(path)}: {e.strerror or e}") from None
    raise Fail(EXIT_BAD_INPUT, f"{display(path)}: no record on line {args.line}")


def removed_by(original: str, edits: Sequence[Any]) -> list[str | None]:
    """For each character of ``original``, the cleaner that removed it, or ``None``.

    Each cleaner's edits are at offsets of its own input, so positions are carried
    through the pipeline; inserted text has no original position and is not marked.

    >>> from cleantext import Edit
    >>> removed_by("a<b>c", [Edit("markup", 1, 4, "<b>")])
    [None, 'markup', 'markup', 'markup', None]
    """
    origin: list[int | None] = list(range(len(original)))
    owner: list[str | None] = [None] * len(original)
    i = 0
    while i < len(edits):
        name = edits[i].cleaner
        j = i
        while j < len(edits) and edits[j].cleaner == name:
            j += 1
        new: list[int | None] = []
        pos = 0
        for e in edits[i:j]:
            new.extend(origin[pos:e.start])
            for o in origin[e.start:e.end]:
                if o is not None and owner[o] is None:
                    owner[o] = name
            new.extend([None] * len(e.inserted))
            pos = e.end
        new.extend(origin[pos:])
        origin, i = new, j
    return owner


def render(original: str, owner: list[str | None], colour: dict[str, int] | None) -> str:
    """The original text with removed runs marked: ANSI colour, or ``[-name: text-]``.

    >>> render("ab c", [None, "x", None, None], None)
    'a[-x: b-] c'
    """
    out: list[str] = []
    i = 0
    while i < len(original):
        j = i
        while j < len(original) and owner[j] == owner[i]:
            j += 1
        run, name = original[i:j], owner[i]
        if name is None or run.isspace():
            out.append(run)
        elif colour is not None:
            out.append(f"\x1b[9;{colour[name]}m{run}\x1b[0m")
        else:
            out.append(f"[-{name}: {run}-]")
        i = j
    return "".join(out)


def explain_command(args: argparse.Namespace) -> int:
    """``cleantext explain``: one document, its removals marked, counts per cleaner."""
    text = _load_one(args)
    result = DEFAULT.explain(text)
    owner = removed_by(text, result.edits)
    use_colour = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    colour = ({n: _COLOURS[i % len(_COLOURS)] for i, n in enumerate(DEFAULT.names)}
              if use_colour else None)
    summary = result.summary()
    lines = [render(text, owner, colour), "", "--- removed by cleaner (edits, chars)"]
    for name in DEFAULT.names:
        edits, chars = summary.get(name, (0, 0))
        label = f"\x1b[{colour[name]}m{name:<12}\x1b[0m" if colour else f"{name:<12}"
        lines.append(f"{label} {edits:>6} {chars:>8}")
    lines.append(f"characters: {len(text):,} in, {len(result.text):,} out")
    try:
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    return EXIT_OK


__all__ = ["EXIT_BAD_INPUT", "EXIT_IO", "EXIT_OK", "EXIT_SIGINT", "EXIT_SIGTERM",
           "EXIT_USAGE", "main"]
