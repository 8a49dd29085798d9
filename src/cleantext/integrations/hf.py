"""Hugging Face ``datasets``: a batched map function whose fingerprint is deterministic.

``Dataset.map`` names its cache files after a fingerprint: a hash of the function
and its arguments, computed by pickling them with ``dill``
(``datasets.fingerprint.Hasher``). A function that does not pickle the same way twice
(a lambda closing over a compiled object, a cache filled on first use, an object
whose state holds a set or a lock) gets a random fingerprint, the warning
"couldn't be hashed properly", and no caching. :class:`CleanBatch` is a frozen
dataclass holding only its pipeline (a picklable value of module-level functions
and patterns), its options and the cleantext version, and it fills no cache when
called: it hashes the same in every process and every run. The version is part of
the hash so that upgrading cleantext does not serve text cleaned by the old one.

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
    (drop the row; the whole batch is then returned, filtered).
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
    ``map`` (``load_from_cache_file``, ``cache_file_name``...).
    """
    fn = CleanBatch(pipeline, column, removed_column, on_error)
    map_kwargs.setdefault("desc", "cleantext")
    return dataset.map(fn, batched=True, batch_size=batch_size, num_proc=num_proc, **map_kwargs)
