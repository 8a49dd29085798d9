"""The bulk fast path: :func:`clean_stream` cleans records in order, in chunks, in processes.

Records are strings, or mappings whose ``field`` holds the text; every other key passes
through untouched and in order. Output comes in input order, and the result is exactly
what mapping the pipeline over the texts gives:

>>> list(clean_stream(["<b>Hi</b> there", {"id": 7, "text": "A&amp;B", "lang": "en"}]))
['Hi there', {'id': 7, 'text': 'A&B', 'lang': 'en'}]

Memory stays bounded however long the input: records are read lazily, grouped into
chunks (``chunk_size`` records, or about a megabyte of text, whichever comes first) and
at most ``2 * jobs`` chunks are in flight. ``jobs=N`` starts N worker processes (``0``:
one per core); the pipeline reaches each worker once, pickled, through the pool's
initializer, and only lists of texts travel per chunk.

A record whose field is missing or not a string is never dropped silently. The
``on_error`` policy decides: ``"raise"`` (:class:`BadRecordError`, at the record's
place in the output order), ``"skip"`` or ``"keep"`` (yield it unchanged). Under
``skip`` and ``keep`` each bad record goes to ``on_bad`` (a warning when not given):

>>> seen = []
>>> list(clean_stream([{"id": 1}, "ok"], on_error="keep", on_bad=seen.append))
[{'id': 1}, 'ok']
>>> seen
[BadRecord(index=0, reason="no field 'text'", record={'id': 1})]

``explain=True`` yields ``(record, summary)`` pairs, the summary being
:meth:`Result.summary` (edits and characters per cleaner). Only then are edits built:
the plain path calls the pipeline and nothing else.

>>> [(r, s) for r, s in clean_stream(["A&amp;B <b>x</b>"], explain=True)]
[('A&B x', {'markup': Tally(edits=3, chars=12)})]
"""

from __future__ import annotations

import os
import pickle
import signal
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, overload

from cleantext._core import Edit, Tally
from cleantext.pipeline import DEFAULT, Pipeline

#: What to do with a record that has no text: raise, skip it, or pass it on unchanged.
Policy = Literal["raise", "skip", "keep"]
#: Edits and removed characters per cleaner, as :meth:`cleantext.Result.summary` gives.
Summary = dict[str, Tally]
#: A record: the text itself, or a mapping holding it under a field.
Record = str | Mapping[str, Any]

P = TypeVar("P")
R = TypeVar("R", bound=Record)

#: Records per chunk, the default ``chunk_size`` of :func:`clean_stream` and
#: :meth:`Workers.map`. Big enough that per-chunk overhead (a pickle round trip to a
#: worker) is small against cleaning, small enough that a chunk is quick to finish. It
#: changes only how records are grouped, never the output or its order.
CHUNK_SIZE = 64
#: A chunk also closes at this much text, so a run of huge documents stays bounded.
CHUNK_CHARS = 1 << 20
_POLICIES = ("raise", "skip", "keep")


@dataclass(frozen=True)
class BadRecord:
    """A record with no text to clean: its 0-based position, why, and the record.

    :func:`clean_stream` builds one for each record whose field is missing or not a
    string, and hands it to ``on_bad`` or wraps it in :class:`BadRecordError`. The
    record is the very object that came in, neither copied nor changed.

    >>> bad = BadRecord(3, "no field 'text'", {"id": 3})
    >>> bad.index, bad.reason, bad.record
    (3, "no field 'text'", {'id': 3})
    """

    index: int
    reason: str
    record: object


class BadRecordError(ValueError):
    """Raised under ``on_error="raise"`` for a record with no text to clean.

    It is a :class:`ValueError`; ``bad`` holds the :class:`BadRecord`. It is raised at
    the record's place in the output order, so every record before it has already
    been yielded; nothing is retried or skipped for you.

    >>> try:
    ...     list(clean_stream(["ok", {"id": 2}]))
    ... except BadRecordError as e:
    ...     print(e, "|", e.bad.record)
    record 1: no field 'text' | {'id': 2}
    """

    def __init__(self, bad: BadRecord) -> None:
        super().__init__(f"record {bad.index}: {bad.reason}")
        self.bad = bad


class BadRecordWarning(UserWarning):
    """Emitted for a skipped or kept bad record when no ``on_bad`` callback is given.

    A :class:`UserWarning`, so the usual :mod:`warnings` filters apply; it does not
    change what is yielded (the policy alone decides that).

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     list(clean_stream([{"id": 1}, "ok"], on_error="skip"))
    ['ok']
    >>> caught[0].category.__name__, str(caught[0].message)
    ('BadRecordWarning', "skip record 0: no field 'text'")
    """


def text_of(record: object, field: str) -> tuple[str | None, str]:
    """The text of a record and ``""``, or ``None`` and the reason it has none.

    >>> text_of({"text": 3}, "text")
    (None, "field 'text' is int, not a string")
    """
    if isinstance(record, str):
        return record, ""
    if isinstance(record, Mapping):
        if field not in record:
            return None, f"no field {field!r}"
        value = record[field]
        if isinstance(value, str):
            return value, ""
        return None, f"field {field!r} is {type(value).__name__}, not a string"
    return None, f"record is {type(record).__name__}, not a string or a mapping"


def resolve_jobs(jobs: int) -> int:
    """Worker count: ``0`` means one per core; negative numbers are an error."""
    if jobs < 0:
        raise ValueError(f"jobs must be >= 0, not {jobs}")
    return jobs or os.cpu_count() or 1


# --- the worker side -------------------------------------------------------------

#: The pipeline of this worker process, set once by the pool initializer.
_WORKER: dict[str, Pipeline] = {}


def _init_worker(pickled: bytes) -> None:
    """Pool initializer: receive the pipeline once, and leave signals to the parent.

    Ctrl-C reaches the whole process group; the parent alone decides what happens (it
    stops the pool and removes its temporary output), so workers ignore SIGINT rather
    than each printing a traceback. SIGTERM gets its default action back in case the
    parent had its own handler when it forked.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Not prepared (``Pipeline.prepare``): a worker compiles only the scans its texts
    # need, which over a corpus costs less CPU than compiling them all up front.
    _WORKER["pipeline"] = pickle.loads(pickled)


def _clean_texts(pipeline: Pipeline, texts: list[str], explain: bool,
                 removals: bool = False) -> list[Any]:
    if explain:
        out: list[Any] = []
        for t in texts:
            r = pipeline.explain(t)
            edits = _removals(r.edits) if removals else ()
            out.append((r.text, r.summary(), edits))
        return out
    return [pipeline(t) for t in texts]


def _removals(edits: Iterable[Edit]) -> tuple[Edit, ...]:
    # Whitespace tidied is not worth a line of a removals log (``explain`` counts it).
    return tuple(e for e in edits if e.removed and not e.removed.isspace())


def _work(texts: list[str], explain: bool, removals: bool) -> list[Any]:
    return _clean_texts(_WORKER["pipeline"], texts, explain, removals)


# --- the engine ------------------------------------------------------------------


@dataclass(frozen=True)
class Cleaned(Generic[P]):
    """One item out of :meth:`Workers.map`: its payload, clean text and summary.

    ``text`` is ``None`` for an item that came in without text (it is passed through
    in order, uncleaned); ``summary`` is ``None`` unless explaining. ``removals`` holds
    the edits that removed more than whitespace, when asked for. The payload is the
    object given to :meth:`Workers.map`, untouched.

    >>> with Workers() as workers:
    ...     next(workers.map([("row-1", "A&amp;B")]))
    Cleaned(payload='row-1', text='A&B', summary=None, removals=())
    """

    payload: P
    text: str | None
    summary: Summary | None
    removals: tuple[Edit, ...] = ()


class Workers:
    """The processes that clean chunks of texts, or none for ``jobs=1``.

    One ``Workers`` can serve many inputs in turn (the command keeps one for a whole
    multi-file run), so processes start once. Use it as a context manager: leaving on
    an exception or an interrupt cancels queued chunks and stops the processes.

    Results come back in input order whatever the number of processes; the caller
    need not reorder. ``Workers`` knows nothing of records, fields or bad-record
    policies: it cleans texts and leaves payloads to the caller (that is
    :func:`clean_stream`'s job). With ``jobs=1`` no process starts and cleaning runs
    in the calling process.

    >>> with Workers(jobs=1) as workers:
    ...     [c.text for c in workers.map([(1, "<i>a</i>"), (2, None), (3, "b&amp;c")])]
    ['a', None, 'b&c']
    """

    def __init__(self, pipeline: Pipeline = DEFAULT, jobs: int = 1) -> None:
        self.pipeline = pipeline
        self.jobs = resolve_jobs(jobs)
        self._pool: ProcessPoolExecutor | None = None
        if self.jobs > 1:
            try:
                pickled = pickle.dumps(pipeline)
            except Exception as e:  # say which value failed, not deep in a pool thread
                raise TypeError(f"the pipeline must pickle to reach workers: {e}") from e
            self._pool = ProcessPoolExecutor(
                self.jobs, initializer=_init_worker, initargs=(pickled,)
            )

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(abort=exc[0] is not None)

    def close(self, abort: bool = False) -> None:
        """Stop the processes; ``abort`` drops queued chunks and does not wait.

        Without ``abort`` it waits for chunks already submitted to finish. Closing
        twice, or closing a ``Workers`` that started no processes, does nothing;
        leaving a ``with`` block closes for you (aborting on an exception).

        >>> workers = Workers(jobs=1)
        >>> workers.close()
        >>> workers.close(abort=True)
        """
        if self._pool is not None:
            pool, self._pool = self._pool, None
            if abort:
                # A worker mid-chunk would finish it first, for nobody: stop them now.
                procs = list((getattr(pool, "_processes", None) or {}).values())
                pool.shutdown(wait=False, cancel_futures=True)
                for proc in procs:
                    proc.terminate()
            else:
                pool.shutdown(wait=True)

    def map(
        self,
        items: Iterable[tuple[P, str | None]],
        *,
        chunk_size: int = CHUNK_SIZE,
        explain: bool = False,
        removals: bool = False,
    ) -> Iterator[Cleaned[P]]:
        """Clean the text of each ``(payload, text)`` item, in order, chunk by chunk.

        ``explain`` adds each text's summary; ``removals`` (with ``explain``) also its
        edits that removed more than whitespace, each at an offset of its cleaner's
        input, as in :class:`cleantext.Result`.

        >>> with Workers() as workers:
        ...     c = next(workers.map([(1, "Rain.\\n\\nAdvertisement")], explain=True,
        ...                          removals=True))
        >>> [(e.cleaner, e.removed) for e in c.removals]
        [('promo', '\\n\\nAdvertisement')]

        Payloads stay in this process; only texts go to workers. At most ``2 * jobs``
        chunks are in flight, so memory is bounded by the chunk size, not the input.
        An item whose text is ``None`` is not cleaned: it comes back in its place with
        ``text=None``. Payloads are never looked at, copied or changed.

        >>> with Workers() as workers:
        ...     out = list(workers.map([("a", "x&amp;y"), ("b", None)], chunk_size=1))
        >>> [(c.payload, c.text) for c in out]
        [('a', 'x&y'), ('b', None)]
        """
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be >= 1, not {chunk_size}")
        pending: deque[tuple[list[tuple[P, str | None]], Future[list[Any]] | list[Any]]]
        pending = deque()
        limit = 2 * self.jobs
        for chunk in _chunks(items, chunk_size):
            texts = [t for _, t in chunk if t is not None]
            if self._pool is None:
                done = _clean_texts(self.pipeline, texts, explain, removals)
                yield from _merge(chunk, done, explain)
                continue
            pending.append((chunk, self._pool.submit(_work, texts, explain, removals)))
            while len(pending) >= limit:
                yield from _settle(pending.popleft(), explain)
        while pending:
            yield from _settle(pending.popleft(), explain)


def _chunks(
    items: Iterable[tuple[P, str | None]], size: int
) -> Iterator[list[tuple[P, str | None]]]:
    chunk: list[tuple[P, str | None]] = []
    chars = 0
    for item in items:
        chunk.append(item)
        if item[1] is not None:
            chars += len(item[1])
        if len(chunk) >= size or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _settle(
    entry: tuple[list[tuple[P, str | None]], Future[list[Any]] | list[Any]], explain: bool
) -> Iterator[Cleaned[P]]:
    chunk, result = entry
    done = result if isinstance(result, list) else result.result()
    return _merge(chunk, done, explain)


def _merge(
    chunk: list[tuple[P, str | None]], done: list[Any], explain: bool
) -> Iterator[Cleaned[P]]:
    results = iter(done)
    for payload, text in chunk:
        if text is None:
            yield Cleaned(payload, None, None)
        elif explain:
            clean, summary, removals = next(results)
            yield Cleaned(payload, clean, summary, removals)
        else:
            yield Cleaned(payload, next(results), None)


# --- the public generator ----------------------------------------------------------


@overload
def clean_stream(
    records: Iterable[R],
    *,
    pipeline: Pipeline = ...,
    field: str = ...,
    jobs: int = ...,
    chunk_size: int = ...,
    on_error: Policy = ...,
    on_bad: Callable[[BadRecord], object] | None = ...,
    explain: Literal[False] = ...,
) -> Iterator[R]: ...


@overload
def clean_stream(
    records: Iterable[R],
    *,
    pipeline: Pipeline = ...,
    field: str = ...,
    jobs: int = ...,
    chunk_size: int = ...,
    on_error: Policy = ...,
    on_bad: Callable[[BadRecord], object] | None = ...,
    explain: Literal[True],
) -> Iterator[tuple[R, Summary]]: ...


def clean_stream(
    records: Iterable[R],
    *,
    pipeline: Pipeline = DEFAULT,
    field: str = "text",
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
    on_error: Policy = "raise",
    on_bad: Callable[[BadRecord], object] | None = None,
    explain: bool = False,
) -> Iterator[R] | Iterator[tuple[R, Summary]]:
    """Clean every record with ``pipeline``, in input order, with bounded memory.

    A string record yields its clean text; a mapping yields a new ``dict`` with the
    same keys in the same order and ``field`` replaced by its clean text. Every other
    key and value is left untouched, and the input mappings themselves are never
    modified. See the module docstring for chunks, jobs, the ``on_error`` policy and
    ``explain``.

    >>> rec = {"id": 1, "body": "<p>Hello</p>", "src": "<raw>"}
    >>> list(clean_stream([rec], field="body"))
    [{'id': 1, 'body': 'Hello', 'src': '<raw>'}]
    >>> rec["body"]
    '<p>Hello</p>'
    """
    if on_error not in _POLICIES:
        raise ValueError(f"on_error must be one of {', '.join(_POLICIES)}, not {on_error!r}")
    resolve_jobs(jobs)  # a bad value raises now, not at the first next()
    return _stream(records, pipeline=pipeline, field=field, jobs=jobs, chunk_size=chunk_size,
                   on_error=on_error, on_bad=on_bad, explain=explain)


def _stream(
    records: Iterable[R],
    *,
    pipeline: Pipeline,
    field: str,
    jobs: int,
    chunk_size: int,
    on_error: Policy,
    on_bad: Callable[[BadRecord], object] | None,
    explain: bool,
) -> Iterator[Any]:
    def items() -> Iterator[tuple[tuple[int, R, str], str | None]]:
        for i, rec in enumerate(records):
            text, reason = text_of(rec, field)
            yield (i, rec, reason), text

    with Workers(pipeline, jobs) as workers:
        for c in workers.map(items(), chunk_size=chunk_size, explain=explain):
            index, rec, reason = c.payload
            if c.text is None:
                bad = BadRecord(index, reason, rec)
                if on_error == "raise":
                    raise BadRecordError(bad)
                if on_bad is None:
                    warnings.warn(f"{on_error} record {index}: {reason}", BadRecordWarning,
                                  stacklevel=2)
                else:
                    on_bad(bad)
                if on_error == "keep":
                    yield (rec, {}) if explain else rec
                continue
            out: Any = c.text if isinstance(rec, str) else {**rec, field: c.text}
            yield (out, c.summary) if explain else out


__all__ = [
    "CHUNK_SIZE",
    "BadRecord",
    "BadRecordError",
    "BadRecordWarning",
    "Cleaned",
    "Policy",
    "Summary",
    "Workers",
    "clean_stream",
    "text_of",
]
