"""Reading and writing corpora: JSON Lines and text, compressed or not, written atomically.

Formats, by extension (a compression suffix may follow):

- ``.jsonl`` / ``.json``: one JSON object per line; the text is in a field. Key order
  and every value are preserved (orjson; lines it cannot hold exactly, such as integers
  beyond 64 bits, ``NaN`` or lone surrogate escapes, go through the standard ``json``
  module instead). Formatting is normalised to compact JSON. Blank lines hold no
  record and are ignored.
- ``.txt``: the whole file is one document; with ``lines=True`` each line is one.
- ``.gz``, ``.bz2``, ``.xz``, ``.zst`` (zstandard, multi-frame) compression. ``-`` is
  stdin or stdout: stdin is JSON Lines (text lines with ``lines=True``) and its
  compression is recognised from its first bytes. So is a pipe's or a terminal's with no
  extension of its own (bash's ``<(zcat corpus.jsonl.gz)`` is ``/dev/fd/63``): see
  :func:`is_stream`.

Reading never raises for bad data: each record comes as a :class:`Line` with its line
number, and a bad one carries its kind (:data:`BAD_KINDS`) and a message, so the
caller applies its policy in order. A truncated or corrupt compressed stream ends the
file with one ``truncated`` item after the records read before the damage.

>>> import io as _io
>>> data = _io.BytesIO(b'{"id": 1, "text": "Hi"}\\n\\n{"id": 2}\\n{bad\\n')
>>> [(ln.lineno, ln.kind, text) for ln, text in read_stream(data, "x.jsonl", "jsonl")]
[(1, '', 'Hi'), (3, 'missing_field', None), (4, 'invalid_json', None)]

Output goes to a temporary file in the target folder that is fsynced and renamed to
its final name only when complete (:class:`AtomicOutput`); on an error or an interrupt
the temporary file is removed, so a final name always holds a complete output.
"""

from __future__ import annotations

import bz2
import contextlib
import functools
import gzip
import importlib
import io
import json
import lzma
import os
import re
import secrets
import stat
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, Literal, cast

#: ``jsonl``: JSON Lines; ``txt``: one document per file; ``lines``: one per line.
Format = Literal["jsonl", "txt", "lines"]
#: Compression suffixes read and written, recognised case-insensitively after the format's
#: extension (``corpus.jsonl.gz``); ``.zst`` needs the optional ``zstandard`` package.
COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst")
#: The kinds of bad input, as counted in the command's stats.
BAD_KINDS = (
    "invalid_json", "invalid_utf8", "not_object", "missing_field", "not_string",
    "empty_file", "truncated",
)
#: Kinds that are about a whole file rather than one record.
FILE_KINDS = ("empty_file", "truncated")
_MAGIC = {b"\x1f\x8b": ".gz", b"BZh": ".bz2", b"\xfd7zXZ\x00": ".xz", b"(\xb5/\xfd": ".zst"}
#: A run of 19+ digits may be an integer orjson would turn into a float: parse exactly.
#: Looked for as "1" * 19 in the line with each digit mapped to "1" and every other byte
#: to "0": a translate and a substring search run in C, ~6x faster than ``re``'s
#: ``\d{19}``, which stops at every digit.
_LONG_DIGITS = b"1" * 19
_DIGIT_MARKS = bytes(0x31 if 0x30 <= b <= 0x39 else 0x30 for b in range(256))
_BUFFER = 1 << 20


@functools.cache
def _require(name: str) -> Any:
    """An optional dependency, imported on first use so ``import cleantext`` stays light."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise ImportError(
            f"{name} is needed for bulk files: pip install 'cleantext-news[bulk]'"
        ) from None


class FormatError(ValueError):
    """A path whose extension names no format this module reads or writes.

    Raised by :func:`format_of` before any file is opened; a :class:`ValueError`, so
    the path itself is never touched.

    >>> try:
    ...     format_of("notes.md")
    ... except FormatError as e:
    ...     print(str(e)[:35])
    notes.md: unknown format '.md'; use
    """


class CorruptStream(ValueError):
    """A compressed stream that is truncated or damaged.

    The zstandard reader raises it; :func:`read_stream` turns it (and gzip's, bz2's and
    xz's own errors) into one ``truncated`` :class:`Line` after the records read
    before the damage, so it does not reach the caller of ``read_stream``.

    >>> issubclass(CorruptStream, ValueError)
    True
    """


@dataclass(frozen=True, slots=True)
class Line:
    r"""One record as read: where it is, what it holds, or why it is bad.

    ``record`` is the parsed JSON object (``None`` for text formats and bad lines);
    ``raw`` is kept for bad records only, so that ``keep`` can write them back as
    they came. ``exact`` marks records parsed by the standard ``json`` module, which
    must be written by it too. A ``Line`` only describes: applying a policy to a bad
    one is the caller's business.

    >>> import io as _io
    >>> good, bad = [ln for ln, _ in read_stream(_io.BytesIO(b'{"id": 1, "text": "a"}\n[2]\n'),
    ...                                          "x.jsonl", "jsonl")]
    >>> good.lineno, good.record, good.kind
    (1, {'id': 1, 'text': 'a'}, '')
    >>> bad.lineno, bad.kind, bad.raw
    (2, 'not_object', b'[2]\n')
    """

    lineno: int
    record: Any = None
    raw: bytes = b""
    kind: str = ""
    message: str = ""
    exact: bool = False


def display(path: str) -> str:
    """How a path appears in messages: ``-`` is ``<stdin>``, any other path stays as given.

    >>> display("-"), display("data/news.jsonl.gz")
    ('<stdin>', 'data/news.jsonl.gz')
    """
    return "<stdin>" if path == "-" else path


def split_compression(path: str) -> tuple[str, str]:
    """``("corpus.jsonl", ".gz")`` for ``corpus.jsonl.gz``; ``""`` when uncompressed.

    >>> split_compression("a/b.JSONL.ZST")
    ('a/b.JSONL', '.zst')
    """
    for ext in COMPRESSIONS:
        if path.lower().endswith(ext):
            return path[: -len(ext)], ext
    return path, ""


def is_stream(path: str) -> bool:
    """Whether ``path`` is read and written as a stream: ``-``, or a pipe, socket or
    character device whose name has no extension (process substitution, ``/dev/stdin``).

    A stream has no name to tell its format: it is JSON Lines (text lines with
    ``lines``), its compression told from its first bytes, like stdin's. A named pipe
    *with* an extension (``mkfifo corpus.jsonl.gz``) is read by that extension.

    >>> is_stream("-"), is_stream("/dev/null"), is_stream("news.jsonl")
    (True, True, False)
    """
    if path == "-":
        return True
    base, compression = split_compression(path)
    if compression or os.path.splitext(base)[1]:
        return False
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def format_of(path: str, lines: bool = False) -> Format:
    """The format a path's extension names; a stream (:func:`is_stream`: stdin, stdout,
    a pipe) is JSON Lines unless ``lines``.

    >>> format_of("news.json.gz"), format_of("a.txt"), format_of("a.txt", lines=True)
    ('jsonl', 'txt', 'lines')
    """
    if is_stream(path):
        return "lines" if lines else "jsonl"
    base, _ = split_compression(path)
    ext = os.path.splitext(base)[1].lower()
    if ext in (".jsonl", ".json"):
        return "jsonl"
    if ext == ".txt":
        return "lines" if lines else "txt"
    raise FormatError(
        f"{path}: unknown format {ext or '(no extension)'!r}; use .jsonl, .json or .txt, "
        f"optionally followed by {', '.join(COMPRESSIONS)}"
    )


# --- reading ------------------------------------------------------------------------


class _ZstdReader(io.RawIOBase):
    """A raw reader that decompresses zstandard frames and notices truncation.

    ``zstandard``'s own stream reader returns what it has and stops silently when the
    input ends inside a frame; a corpus tool must say the file is cut short instead.
    """

    def __init__(self, source: IO[bytes]) -> None:
        self._zstd = _require("zstandard")
        self._source = source
        self._dec = self._zstd.ZstdDecompressor().decompressobj()
        self._pending = b""
        self._in_frame = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while not self._pending:
            chunk = self._source.read(_BUFFER)
            if not chunk:
                if self._in_frame:
                    raise CorruptStream("truncated zstd stream (ends inside a frame)")
                return 0
            self._pending = self._feed(chunk)
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _feed(self, chunk: bytes) -> bytes:
        out = []
        while chunk:
            try:
                out.append(self._dec.decompress(chunk))
            except self._zstd.ZstdError as e:
                raise CorruptStream(f"corrupt zstd stream: {e}") from None
            self._in_frame = not self._dec.eof
            if not self._dec.eof:
                break
            chunk = self._dec.unused_data  # concatenated frames: start the next one
            self._dec = self._zstd.ZstdDecompressor().decompressobj()
        return b"".join(out)


def _decompress(raw: IO[bytes], compression: str) -> IO[bytes]:
    if compression == ".gz":
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
    if compression == ".bz2":
        return bz2.BZ2File(raw, "rb")
    if compression == ".xz":
        return lzma.LZMAFile(raw, "rb")
    if compression == ".zst":
        return io.BufferedReader(_ZstdReader(raw), _BUFFER)
    return raw


def _sniff(stream: IO[bytes]) -> str:
    """The compression suffix a stream's first bytes show (``""``: none), read without
    consuming them."""
    head = stream.peek(6)[:6] if isinstance(stream, io.BufferedReader) else b""
    return next((ext for magic, ext in _MAGIC.items() if head.startswith(magic)), "")


@contextlib.contextmanager
def open_input(path: str) -> Iterator[IO[bytes]]:
    r"""A binary stream of the decompressed content of ``path`` (``-``: stdin).

    Raises ``OSError`` for a file that cannot be opened. The compression is chosen by
    the file's suffix (a stream's, :func:`is_stream`, by its first bytes); the bytes are
    not parsed or decoded here, and the file is only read, never changed.

    >>> import gzip, os, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = os.path.join(folder.name, "a.jsonl.gz")
    >>> with open(path, "wb") as f:
    ...     _ = f.write(gzip.compress(b'{"text": "Hi"}\n'))
    >>> with open_input(path) as stream:
    ...     stream.read()
    b'{"text": "Hi"}\n'
    >>> folder.cleanup()
    """
    if path == "-":
        yield _decompress(sys.stdin.buffer, _sniff(sys.stdin.buffer))
        return
    with open(path, "rb", buffering=_BUFFER) as raw:
        compression = _sniff(raw) if is_stream(path) else split_compression(path)[1]
        stream = _decompress(raw, compression)
        try:
            yield stream
        finally:
            stream.close()


def _is_corruption(e: BaseException) -> bool:
    if isinstance(e, (EOFError, zlib.error, lzma.LZMAError, CorruptStream)):
        return True
    # gzip.BadGzipFile and bz2's "Invalid data stream" are OSErrors without an errno;
    # a real I/O error (EIO, ENOSPC) has one and is not the data's fault.
    return isinstance(e, OSError) and e.errno is None


def _truncated(lineno: int, e: BaseException) -> Line:
    detail = str(e) or type(e).__name__
    return Line(lineno, kind="truncated", message=f"truncated or corrupt stream: {detail}")


def read_stream(stream: IO[bytes], path: str, fmt: Format,
                field: str = "text") -> Iterator[tuple[Line, str | None]]:
    r"""Each record of a decompressed stream as ``(line, text)``; ``text`` is None if bad.

    It never raises for bad data and never drops a record: a bad one comes in its place
    with its kind and message, and the policy is left to the caller. The text is
    returned as read, not cleaned. A truncated or corrupt stream ends with one
    ``truncated`` item; an input with no records gives one ``empty_file`` item.

    >>> import io as _io
    >>> data = _io.BytesIO(b"first line\nsecond\n")
    >>> [(ln.lineno, text) for ln, text in read_stream(data, "x.txt", "lines")]
    [(1, 'first line'), (2, 'second')]
    >>> [(ln.kind, text) for ln, text in read_stream(_io.BytesIO(b""), "x.jsonl", "jsonl")]
    [('empty_file', None)]
    """
    if fmt == "txt":
        yield from _read_doc(stream, path)
        return
    lineno = 0
    records = 0
    try:
        for lineno, raw in enumerate(stream, 1):
            if fmt == "lines":
                records += 1
                yield _text_line(lineno, raw)
            elif raw.strip():
                records += 1
                yield _json_line(lineno, raw, field)
    except Exception as e:
        if not _is_corruption(e):
            raise
        yield _truncated(lineno + 1, e), None
        return
    if records == 0:
        yield Line(0, kind="empty_file", message="empty file: no records"), None


def _read_doc(stream: IO[bytes], path: str) -> Iterator[tuple[Line, str | None]]:
    try:
        data = stream.read()
    except Exception as e:
        if not _is_corruption(e):
            raise
        yield _truncated(1, e), None
        return
    if not data:
        yield Line(0, kind="empty_file", message="empty file: no text"), None
        return
    try:
        yield Line(1), data.decode("utf-8")
    except UnicodeDecodeError as e:
        lineno = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        yield Line(lineno, raw=data, kind="invalid_utf8",
                   message=f"invalid UTF-8 at column {col} ({e.reason})"), None


def _text_line(lineno: int, raw: bytes) -> tuple[Line, str | None]:
    body = raw[:-1] if raw.endswith(b"\n") else raw
    if body.endswith(b"\r"):
        body = body[:-1]
    try:
        return Line(lineno), body.decode("utf-8")
    except UnicodeDecodeError as e:
        return Line(lineno, raw=raw, kind="invalid_utf8",
                    message=f"invalid UTF-8 at column {e.start + 1} ({e.reason})"), None


def _loads(raw: bytes) -> tuple[Any, bool]:
    """The parsed line and whether it needed the exact (standard library) parser."""
    orjson = _require("orjson")
    if _LONG_DIGITS not in raw.translate(_DIGIT_MARKS):
        try:
            return orjson.loads(raw), False
        except orjson.JSONDecodeError:
            pass  # invalid, or valid JSON orjson refuses: decide below
    text = raw.decode("utf-8")  # UnicodeDecodeError: the caller reports invalid UTF-8
    return json.loads(text), True


def _json_line(lineno: int, raw: bytes, field: str) -> tuple[Line, str | None]:
    try:
        record, exact = _loads(raw)
    except UnicodeDecodeError as e:
        return Line(lineno, raw=raw, kind="invalid_utf8",
                    message=f"invalid UTF-8 at column {e.start + 1} ({e.reason})"), None
    except json.JSONDecodeError as e:
        return Line(lineno, raw=raw, kind="invalid_json",
                    message=f"invalid JSON at column {e.colno}: {e.msg}"), None
    except RecursionError:
        return Line(lineno, raw=raw, kind="invalid_json",
                    message="invalid JSON: nested too deeply"), None
    if not isinstance(record, dict):
        return Line(lineno, raw=raw, kind="not_object",
                    message=f"not a JSON object but {type(record).__name__} "
                            "(JSON Lines needs one object per line)"), None
    if field not in record:
        return Line(lineno, raw=raw, kind="missing_field",
                    message=f"no field {field!r} (fields: {', '.join(map(str, record))})"), None
    text = record[field]
    if not isinstance(text, str):
        return Line(lineno, raw=raw, kind="not_string",
                    message=f"field {field!r} is {type(text).__name__}, not a string"), None
    return Line(lineno, record, exact=exact), text


# --- encoding -----------------------------------------------------------------------


def dump_record(record: dict[str, Any], exact: bool = False) -> bytes:
    """One JSON line: compact, key order kept, non-ASCII as UTF-8.

    >>> dump_record({"id": 1, "text": "Grüße", "tags": ["a"]})
    b'{"id":1,"text":"Gr\\xc3\\xbc\\xc3\\x9fe","tags":["a"]}\\n'
    """
    if not exact:
        orjson = _require("orjson")
        try:
            return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)  # type: ignore[no-any-return]
        except (TypeError, orjson.JSONEncodeError):
            pass  # lone surrogates, huge ints: the standard library holds them exactly
    try:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    except UnicodeEncodeError:  # lone surrogates: escape them rather than lose them
        return json.dumps(record, separators=(",", ":")).encode() + b"\n"


_NEWLINES = re.compile(r"[^\S\n]*\n\s*")


def one_line(text: str) -> str:
    """Text for one-document-per-line output: line breaks become single spaces.

    >>> one_line("Title\\n\\nBody  \\n text")
    'Title Body text'
    """
    return _NEWLINES.sub(" ", text) if "\n" in text else text


# --- writing ------------------------------------------------------------------------


def _open_raw(fd: int) -> BinaryIO:
    """The file object output bytes go to (tests replace it to simulate a full disk)."""
    return open(fd, "wb", buffering=_BUFFER)


def _compress(raw: BinaryIO, compression: str) -> IO[bytes]:
    if compression == ".gz":
        # mtime=0 and no name: the same input gives byte-identical output on every run.
        gz = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0)
        return cast(IO[bytes], gz)
    if compression == ".bz2":
        return bz2.BZ2File(raw, "wb")
    if compression == ".xz":
        return lzma.LZMAFile(raw, "wb")
    if compression == ".zst":
        zstd = _require("zstandard")
        return cast(IO[bytes], zstd.ZstdCompressor(level=3).stream_writer(raw, closefd=False))
    return raw


#: Temporary files created and not yet renamed or removed. An interrupt can land where
#: no ``except`` of AtomicOutput sees it (between two bytecodes of the ``with``
#: machinery); the command sweeps these on its way out.
_PENDING: set[str] = set()


def remove_pending() -> int:
    """Remove every temporary output file still pending; return how many were removed.

    Only the temporary files :class:`AtomicOutput` created and neither renamed nor
    removed are touched; final outputs and every other file are left alone. The
    command calls it on its way out of an interrupt.

    >>> import os, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> out = AtomicOutput(os.path.join(folder.name, "a.txt"))
    >>> out.__enter__().close()  # entered, then interrupted before __exit__ ran
    >>> remove_pending() >= 1, os.listdir(folder.name)
    (True, [])
    >>> folder.cleanup()
    """
    removed = 0
    for tmp in list(_PENDING):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
            removed += 1
        _PENDING.discard(tmp)
    return removed


class AtomicOutput:
    r"""A context manager for one output file: complete under its final name, or absent.

    Bytes go (compressed by the extension) to ``.NAME.<random>.tmp`` in the target
    folder; on a clean exit the file is flushed, fsynced and renamed over ``path``
    (then the folder is fsynced so the rename survives a crash). On any exception,
    including ``KeyboardInterrupt``, the temporary file is removed. A symbolic link is
    followed (the file it names is replaced, not the link). ``-`` (stdout, uncompressed)
    and anything that is not a regular file (``/dev/stdout``, a pipe) are written in
    place: they cannot be renamed over. An existing file at ``path`` is left as it was
    until the rename, so a failed write keeps the old output.

    >>> import os, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = os.path.join(folder.name, "out.txt")
    >>> with AtomicOutput(path) as f:
    ...     _ = f.write(b"done\n")
    >>> try:
    ...     with AtomicOutput(path) as f:
    ...         _ = f.write(b"half")
    ...         raise RuntimeError("interrupted")
    ... except RuntimeError:
    ...     pass
    >>> os.listdir(folder.name), open(path, "rb").read()
    (['out.txt'], b'done\n')
    >>> folder.cleanup()
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.tmp: str | None = None
        self._raw: BinaryIO | None = None
        self._out: IO[bytes] | None = None
        self._direct = False
        self.target = path

    def __enter__(self) -> IO[bytes]:
        if self.path == "-":
            self._out = sys.stdout.buffer
            return self._out
        try:
            regular = stat.S_ISREG(os.stat(self.path).st_mode)
        except FileNotFoundError:
            regular = True  # a new file
        if not regular:
            self._direct = True
            self._raw = open(self.path, "wb")
            self._out = _compress(self._raw, split_compression(self.path)[1])
            return self._out
        self.target = os.path.realpath(self.path)
        folder, name = os.path.split(self.target)
        self.tmp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
        # The temporary file is created inside the try: a signal handled right after
        # os.open returns (SIGTERM raises here) must still remove it.
        try:
            _PENDING.add(self.tmp)
            fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            self._raw = _open_raw(fd)
            self._out = _compress(self._raw, split_compression(self.path)[1])
        except BaseException:
            self._discard()
            raise
        return self._out

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.path == "-":
            if exc_type is None and self._out is not None:
                self._out.flush()
            return
        if self._direct:
            self._close_direct()
            return
        if exc_type is not None:
            self._discard()
            return
        try:
            assert self._out is not None and self._raw is not None and self.tmp
            if self._out is not self._raw:
                self._out.close()  # writes the compressed stream's trailer
            self._raw.flush()
            os.fsync(self._raw.fileno())
            self._raw.close()
            os.replace(self.tmp, self.target)
            _PENDING.discard(self.tmp)
            self.tmp = None
            _fsync_folder(os.path.dirname(self.target))
        except BaseException:
            self._discard()
            raise

    def _close_direct(self) -> None:
        assert self._out is not None and self._raw is not None
        try:
            if self._out is not self._raw:
                self._out.close()
        finally:
            self._raw.close()

    def _discard(self) -> None:
        for f in (self._out, self._raw):
            if f is not None:
                with contextlib.suppress(Exception):
                    f.close()
        if self.tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.tmp)
            _PENDING.discard(self.tmp)
            self.tmp = None


def _fsync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some systems cannot open a folder; the rename is done anyway
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = [
    "BAD_KINDS",
    "COMPRESSIONS",
    "FILE_KINDS",
    "AtomicOutput",
    "CorruptStream",
    "Format",
    "FormatError",
    "Line",
    "display",
    "dump_record",
    "format_of",
    "one_line",
    "open_input",
    "read_stream",
    "remove_pending",
    "split_compression",
]
