"""Ray Data: a callable class for ``Dataset.map_batches`` that cleans one text column.

Ray builds one :class:`CleanBatches` per actor, so the pipeline is resolved (and its
lazy imports warmed) once per worker process, not once per batch. Other columns pass
through untouched; the pyarrow, pandas and numpy (dict) batch formats all work.
This module does not import Ray: it only handles the batches Ray gives it, so
importing it is cheap wherever the class is unpickled.

In a driver script (the ``__main__`` guard matters: see ``docs/scale-out.md``)::

    import ray
    from cleantext.integrations.ray import CleanBatches

    ds = ray.data.read_json("s3://bucket/news/")
    ds = ds.map_batches(
        CleanBatches,
        fn_constructor_kwargs={"column": "text", "removed_column": "removed_chars"},
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=8),  # 8 actors, one pipeline each
    )
    ds.write_parquet("s3://bucket/news-clean/")

or, equivalently, ``ds = clean_dataset(ds, column="text", actors=8)``.

Used directly, it is a plain function of a batch:

>>> clean = CleanBatches(["markup", "whitespace"], removed_column="removed_chars")
>>> clean({"id": [1, 2], "text": ["<p>Rain.</p>", "Sun."]})
{'id': [1, 2], 'text': ['Rain.', 'Sun.'], 'removed_chars': [7, 0]}
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from cleantext.integrations._batch import (
    Cleaned,
    OnError,
    PipelineLike,
    check_on_error,
    clean_values,
    resolve_pipeline,
)

__all__ = ["CleanBatches", "clean_dataset"]


class CleanBatches:
    """Clean the ``column`` of each batch with ``pipeline`` (names, a Pipeline, or DEFAULT).

    ``removed_column``, when given, adds an int64 column with the net number of
    characters removed from each row. ``on_error`` decides what happens to a value
    that is not a string (a null): ``"raise"`` (the default), ``"keep"`` it as it
    is, or ``"skip"`` the row. Every other column comes back as it was, in its
    place; the batch passed in is not modified. A dict of columns needs no engine:

    >>> clean = CleanBatches(removed_column="removed", on_error="keep")
    >>> clean({"id": [1, 2], "text": ["<b>Hi</b>", None]})
    {'id': [1, 2], 'text': ['Hi', None], 'removed': [7, 0]}
    """

    def __init__(
        self,
        pipeline: PipelineLike = None,
        *,
        column: str = "text",
        removed_column: str | None = None,
        on_error: OnError = "raise",
    ) -> None:
        self.pipeline = resolve_pipeline(pipeline)
        self.column = column
        self.removed_column = removed_column
        self.on_error = check_on_error(on_error)
        # Runs once per actor: lazy imports and first-use work happen here, and a
        # worker missing a dependency fails at start-up instead of mid-dataset.
        self.pipeline("<p>warm&nbsp;up</p>")

    def __repr__(self) -> str:
        return (f"CleanBatches({list(self.pipeline.names)!r}, column={self.column!r}, "
                f"removed_column={self.removed_column!r}, on_error={self.on_error!r})")

    def _clean(self, values: list[object]) -> Cleaned:
        return clean_values(self.pipeline, values, on_error=self.on_error,
                            count=self.removed_column is not None, column=self.column)

    def __call__(self, batch: Any) -> Any:
        """Clean one batch and return a batch of the same kind.

        A ``pyarrow.Table``, a ``pandas.DataFrame`` or a dict of columns; anything else
        is a :class:`TypeError`. Only ``column`` is cleaned.

        >>> CleanBatches(on_error="skip")({"id": [1, 2], "text": ["<b>Hi</b>", None]})
        {'id': [1], 'text': ['Hi']}
        """
        if isinstance(batch, Mapping):
            return self._dict(batch)
        # Look the engines' types up only if the process already imported them: a
        # batch can only be an Arrow table or a data frame if it did.
        pa: Any = sys.modules.get("pyarrow")
        if pa is not None and isinstance(batch, pa.Table):
            return self._arrow(batch, pa)
        pd: Any = sys.modules.get("pandas")
        if pd is not None and isinstance(batch, pd.DataFrame):
            return self._pandas(batch)
        raise TypeError(
            f"CleanBatches takes a pyarrow.Table, a pandas.DataFrame or a dict of columns, "
            f"not {type(batch).__name__}"
        )

    def _missing(self, columns: Any) -> KeyError:
        return KeyError(f"no column {self.column!r} in the batch; it has: {list(columns)}")

    def _arrow(self, table: Any, pa: Any) -> Any:
        if self.column not in table.column_names:
            raise self._missing(table.column_names)
        index = table.column_names.index(self.column)
        kind = table.schema.field(index).type
        result = self._clean(table.column(index).to_pylist())
        if result.keep is not None:
            table = table.filter(pa.array(result.keep, type=pa.bool_()))
            texts = [t for t, k in zip(result.texts, result.keep, strict=True) if k]
        else:
            texts = result.texts
        # Keep the column's own type (string or large_string) so the schema is stable
        # from batch to batch; only the text column is rebuilt, the rest is zero-copy.
        table = table.set_column(index, table.schema.field(index), pa.array(texts, type=kind))
        if self.removed_column is not None:
            removed = _kept(result.removed, result.keep)
            table = table.append_column(self.removed_column, pa.array(removed, type=pa.int64()))
        return table

    def _pandas(self, frame: Any) -> Any:
        if self.column not in frame.columns:
            raise self._missing(frame.columns)
        result = self._clean(frame[self.column].tolist())
        texts: list[object] = result.texts
        if result.keep is not None:
            frame = frame[result.keep].reset_index(drop=True)
            texts = _kept(result.texts, result.keep)
        # A shallow copy: the input may be a zero-copy view of Ray's object store,
        # and assigning into it would change the caller's frame.
        frame = frame.copy(deep=False)
        frame[self.column] = texts
        if self.removed_column is not None:
            frame[self.removed_column] = _kept(result.removed, result.keep)
        return frame

    def _dict(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        if self.column not in batch:
            raise self._missing(batch)
        values = batch[self.column]
        result = self._clean(list(values))
        np: Any = sys.modules.get("numpy")
        as_array = np is not None and isinstance(values, np.ndarray)
        out = dict(batch)
        if result.keep is not None:
            if as_array:
                mask = np.array(result.keep, dtype=bool)
                out = {k: v[mask] for k, v in out.items()}
            else:
                out = {k: _kept(list(v), result.keep) for k, v in out.items()}
        texts = _kept(result.texts, result.keep)
        removed = _kept(result.removed, result.keep)
        if as_array:
            # Object arrays: numpy's fixed-width unicode would pad every row to the
            # longest article of the batch.
            out[self.column] = np.array(texts, dtype=object)
            if self.removed_column is not None:
                out[self.removed_column] = np.array(removed, dtype=np.int64)
        else:
            out[self.column] = texts
            if self.removed_column is not None:
                out[self.removed_column] = removed
        return out


def _kept(values: list[Any] | None, keep: list[bool] | None) -> list[Any]:
    if values is None:
        return []
    if keep is None:
        return values
    return [v for v, k in zip(values, keep, strict=True) if k]


def clean_dataset(
    dataset: Any,
    pipeline: PipelineLike = None,
    *,
    column: str = "text",
    removed_column: str | None = None,
    on_error: OnError = "raise",
    actors: int | tuple[int, int] | None = None,
    batch_format: str = "pyarrow",
    **map_batches_kwargs: Any,
) -> Any:
    """``dataset.map_batches(CleanBatches, ...)`` with the arguments spelled out.

    ``actors`` is the number of actors, each with its own pipeline, or a
    ``(min, max)`` autoscaling range; ``None`` leaves it to Ray (an autoscaling pool).
    ``pyarrow`` batches are the cheapest for text (the other columns are never
    turned into Python objects). Other keyword arguments go to ``map_batches``
    (``batch_size``, ``num_cpus``, ``runtime_env``...). It returns the new, lazy
    dataset; nothing runs until it is consumed, and the dataset passed in and its
    other columns are left as they are. The example needs Ray:

    >>> import ray  # doctest: +SKIP
    >>> ds = ray.data.from_items([{"id": 1, "text": "<b>Hi</b>"}])  # doctest: +SKIP
    >>> clean_dataset(ds).take_all()  # doctest: +SKIP
    [{'id': 1, 'text': 'Hi'}]
    """
    if actors is not None:
        import ray.data  # noqa: PLC0415 - only a fixed pool needs Ray's own types

        size = (actors, actors) if isinstance(actors, int) else actors
        map_batches_kwargs["compute"] = ray.data.ActorPoolStrategy(
            min_size=size[0], max_size=size[1])
    return dataset.map_batches(
        CleanBatches,
        fn_constructor_kwargs={
            "pipeline": pipeline,
            "column": column,
            "removed_column": removed_column,
            "on_error": on_error,
        },
        batch_format=batch_format,
        **map_batches_kwargs,
    )
