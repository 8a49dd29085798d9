"""Cleaning one column of a batch: the part every engine adapter shares.

Engines hand over batches in their own shapes (Arrow tables, data frames, dicts of
arrays or lists); each adapter pulls out the text column as a list, calls
:func:`clean_values` and puts the result back. Keeping the per-value work here means
the engines cannot disagree on what a bad value or a removal count is.

>>> from cleantext import Pipeline
>>> markup = Pipeline.from_names(["markup", "whitespace"])
>>> out = clean_values(markup, ["<p>Rain.</p>", None], on_error="keep", count=True)
>>> out.texts, out.keep, out.removed
(['Rain.', None], None, [7, 0])
>>> clean_values(markup, ["ok", 3], on_error="skip").keep
[True, False]
>>> clean_by_step(markup, "<b>Rain</b> ")
('Rain', [('markup', 7), ('whitespace', 1)])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import get_args

from cleantext.pipeline import DEFAULT, Pipeline
from cleantext.stream import Policy

#: What to do with a value that is not a ``str`` (a null, a number): stop with an
#: error (``"raise"``), drop the row (``"skip"``) or pass it through unchanged
#: (``"keep"``): the policy :func:`cleantext.stream.clean_stream` applies to records.
OnError = Policy

PipelineLike = Pipeline | Iterable[str] | None


def resolve_pipeline(pipeline: PipelineLike) -> Pipeline:
    """A :class:`Pipeline` from a pipeline, cleaner names, or ``None`` for ``DEFAULT``.

    Engines ship their map function to workers in a config file or a command line
    as often as in a pickle, so names are accepted everywhere a pipeline is.

    >>> resolve_pipeline(["markup", "whitespace"]).names
    ('markup', 'whitespace')
    >>> resolve_pipeline(None) is DEFAULT
    True
    """
    if pipeline is None:
        return DEFAULT
    if isinstance(pipeline, Pipeline):
        return pipeline
    if isinstance(pipeline, str):
        # A lone name would otherwise be iterated letter by letter.
        return Pipeline.from_names([pipeline])
    return Pipeline.from_names(pipeline)


def check_on_error(on_error: str) -> OnError:
    """``on_error`` if it is one of the policies; a ``ValueError`` naming them if not."""
    if on_error not in get_args(OnError):
        raise ValueError(f"on_error must be one of {get_args(OnError)}, not {on_error!r}")
    return on_error  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Cleaned:
    """One column after cleaning.

    ``texts`` has one entry per input row (a bad value under ``"keep"`` is itself;
    under ``"skip"``, a placeholder ``None``). ``keep`` is ``None`` when every row
    stays, else a mask the adapter applies to *all* columns. ``removed`` is the net
    number of characters removed per row (length in minus length out), when asked.
    """

    texts: list[object]
    keep: list[bool] | None
    removed: list[int] | None


def clean_values(
    pipeline: Pipeline,
    values: Iterable[object],
    *,
    on_error: OnError = "raise",
    count: bool = False,
    column: str = "text",
) -> Cleaned:
    """Clean every ``str`` in ``values``; apply ``on_error`` to the rest."""
    texts: list[object] = []
    keep: list[bool] | None = None
    removed: list[int] | None = [] if count else None
    for i, value in enumerate(values):
        if isinstance(value, str):
            out = pipeline(value)
            texts.append(out)
            if removed is not None:
                removed.append(len(value) - len(out))
            if keep is not None:
                keep.append(True)
            continue
        if on_error == "raise":
            raise TypeError(
                f"row {i} of the batch: column {column!r} holds {type(value).__name__}, "
                "not str; pass on_error='keep' to pass such rows through or 'skip' to drop them"
            )
        if on_error == "skip":
            if keep is None:
                keep = [True] * i
            keep.append(False)
            texts.append(None)
        else:
            texts.append(value)
            if keep is not None:
                keep.append(True)
        if removed is not None:
            removed.append(0)
    return Cleaned(texts, keep, removed)


def clean_by_step(pipeline: Pipeline, text: str) -> tuple[str, list[tuple[str, int]]]:
    """Clean ``text`` and say which cleaners changed it and by how many characters.

    Runs the cleaners one by one, which is exactly what calling the pipeline does,
    so the text is the same; the counts are net (length in minus length out of that
    cleaner), which costs nothing, unlike :meth:`Pipeline.explain`'s edit lists.
    """
    steps: list[tuple[str, int]] = []
    for cleaner in pipeline.cleaners:
        out = cleaner(text)
        if out != text:
            steps.append((cleaner.name, len(text) - len(out)))
        text = out
    return text, steps
