"""Hugging Face ``datasets``: a batched map function whose fingerprint is deterministic.

``Dataset.map`` names its cache files after a fingerprint: a hash of the function
and its arguments, computed by pickling them with ``dill``
(``datasets.fingerprint.Hasher``). A function that does not pickle the same way twice
(a lambda closing over a compiled object, a cache filled on first use, an object
whose state holds a set or a lock) gets a random fingerprint, the warning
"couldn't be hashed properly", and no caching. A function that pickles to different
bytes in another process (anything holding a ``frozenset`` of strings: their order
follows ``PYTHONHASHSEED``) silently gets a new fingerprint in every run, and no
cache hits either.

:class:`CleanBatch` is a frozen dataclass that fills no cache when called, and it
pickles as its options, the cleantext version, and its pipeline with every
*registered* cleaner written as its name: the registry rebuilds the very same
cleaner in the worker, and a name hashes the same everywhere, whatever the cleaner
holds. Only cleaners of your own are pickled as values, so they must pickle
deterministically (module-level functions, patterns, tuples rather than sets). The
version is hashed so that upgrading cleantext does not serve text cleaned by the
old one; during development on an editable install, pass
``load_from_cache_file=False`` when you change a cleaner.

This module does not import ``datasets``; :func:`clean_dataset` only calls the
dataset's own ``map``::

    from datasets import load_dataset
    from cleantext.integrations.hf import clean_dataset

    if __name__ == "__main__":       # num_proc > 1 starts worker processes
        ds = load_dataset("json", data_files="news/*.jsonl.gz", split="train")
        ds = clean_dataset(ds, column="text", num_proc=8)

Called directly, it maps a batch (a dict of lists) to the columns it changes:

>>> clean = CleanBatch(["markup", "whitespace"], removed_column="removed_chars")
>>> clean({"id": [1, 2], "text": ["<p>Rain.</p>", "Sun."]})
{'text': ['Rain.', 'Sun.'], 'removed_chars': [7, 0]}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cleantext import __version__
from cleantext._core import Cleaner
from cleantext.cleaners import REGISTRY
from cleantext.integrations._batch import (
    OnError,
    PipelineLike,
    check_on_error,
    clean_values,
    resolve_pipeline,
)
from cleantext.pipeline import Pipeline

__all__ = ["CleanBatch", "clean_dataset"]


@dataclass(frozen=True)
class CleanBatch:
    """Clean ``column`` of a ``datasets`` batch; use with ``map(batched=True)``.

    Returns only the cleaned column (and ``removed_column``, the net characters
    removed per row, when given): ``map`` keeps every other column as it is.
    ``on_error`` is ``"raise"``, ``"keep"`` (pass a null through) or ``"skip"``
    (drop the row; the whole batch is then returned, filtered). The batch passed in
    is not modified. It is a plain callable on a dict of columns, so it runs without
    ``datasets``:

    >>> CleanBatch(removed_column="removed")({"id": [1, 2], "text": ["<b>Hi</b>", "ok"]})
    {'text': ['Hi', 'ok'], 'removed': [7, 0]}
    >>> CleanBatch(on_error="skip")({"id": [1, 2], "text": ["<b>Hi</b>", None]})
    {'id': [1], 'text': ['Hi']}
    """

    pipeline: PipelineLike = None
    column: str = "text"
    removed_column: str | None = None
    on_error: OnError = "raise"
    #: Hashed with the rest: a new cleantext version means a new fingerprint.
    version: str = __version__

    def __post_init__(self) -> None:
        # Normalise once, so names and the equivalent Pipeline hash alike.
        object.__setattr__(self, "pipeline", resolve_pipeline(self.pipeline))
        check_on_error(self.on_error)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # What both pickling to workers and datasets' Hasher see: see the module doc.
        pipeline = self.pipeline
        assert isinstance(pipeline, Pipeline)
        spec = tuple(c.name if REGISTRY.get(c.name) is c else c for c in pipeline.cleaners)
        return _restore, (spec, self.column, self.removed_column, self.on_error, self.version)

    def __call__(self, batch: Mapping[str, list[Any]]) -> dict[str, list[Any]]:
        pipeline = self.pipeline
        assert isinstance(pipeline, Pipeline)  # __post_init__ made it one
        if self.column not in batch:
            raise KeyError(f"no column {self.column!r} in the batch; it has: {list(batch)}")
        result = clean_values(pipeline, batch[self.column], on_error=self.on_error,
                              count=self.removed_column is not None, column=self.column)
        out: dict[str, list[Any]] = {}
        if result.keep is not None:
            # Dropping rows changes the batch length, so every column must come back.
            keep = result.keep
            out = {k: [v for v, ok in zip(vs, keep, strict=True) if ok] for k, vs in batch.items()}
            out[self.column] = [t for t, ok in zip(result.texts, keep, strict=True) if ok]
            if result.removed is not None and self.removed_column is not None:
                out[self.removed_column] = [
                    n for n, ok in zip(result.removed, keep, strict=True) if ok]
            return out
        out[self.column] = result.texts
        if result.removed is not None and self.removed_column is not None:
            out[self.removed_column] = result.removed
        return out


def _restore(spec: tuple[str | Cleaner, ...], column: str, removed_column: str | None,
             on_error: OnError, version: str) -> CleanBatch:
    cleaners = tuple(REGISTRY[c] if isinstance(c, str) else c for c in spec)
    return CleanBatch(Pipeline(cleaners), column, removed_column, on_error, version)


def clean_dataset(
    dataset: Any,
    pipeline: PipelineLike = None,
    *,
    column: str = "text",
    removed_column: str | None = None,
    on_error: OnError = "raise",
    num_proc: int | None = None,
    batch_size: int = 1000,
    **map_kwargs: Any,
) -> Any:
    """``dataset.map(CleanBatch(...), batched=True, num_proc=num_proc, ...)``.

    Works on a ``Dataset`` or a ``DatasetDict``; further keyword arguments go to
    ``map`` (``load_from_cache_file``, ``cache_file_name``...). It returns the new
    dataset: the one passed in, and every column but ``column`` (and
    ``removed_column``), are left as they are. The example needs ``datasets``:

    >>> from datasets import Dataset  # doctest: +SKIP
    >>> ds = Dataset.from_dict({"id": [1], "text": ["<b>Hi</b>"]})  # doctest: +SKIP
    >>> clean_dataset(ds)[0]  # doctest: +SKIP
    {'id': 1, 'text': 'Hi'}
    """
    fn = CleanBatch(pipeline, column, removed_column, on_error)
    map_kwargs.setdefault("desc", "cleantext")
    return dataset.map(fn, batched=True, batch_size=batch_size, num_proc=num_proc, **map_kwargs)
