"""datatrove: a formatter step that cleans each Document's text and counts removals.

Put :class:`CleanText` anywhere in a datatrove pipeline, and the pipeline runs as
datatrove runs it: ``LocalPipelineExecutor`` on one machine,
``SlurmPipelineExecutor`` on a cluster, or ``RayPipelineExecutor``. The step is
pickled to every task, pipeline included, so a custom :class:`~cleantext.Pipeline`
works the same as cleaner names.

Per task, datatrove's stats (``logging_dir/stats/*.json`` and the summary it
prints) get, for each cleaner, ``<cleaner>_edits`` and ``<cleaner>_chars``: their
count ``n`` is the documents that cleaner changed and their ``total`` its edits and
the characters it removed, the same figures as ``cleantext clean``'s summary. With
``explain=False`` the step skips building edits (faster) and records only
``<cleaner>_net_chars`` (length in minus length out). ``changed`` and ``emptied``
count documents changed and documents cleaned down to nothing (they are kept:
follow with a filter to drop them)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleantext.integrations.datatrove import CleanText

    if __name__ == "__main__":
        LocalPipelineExecutor(
            pipeline=[
                JsonlReader("news/"),
                CleanText(),                 # or CleanText(["markup", "whitespace"])
                JsonlWriter("news-clean/"),
            ],
            tasks=8, workers=2, logging_dir="logs/clean",
        ).run()
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from cleantext.integrations._batch import PipelineLike, clean_by_step, resolve_pipeline
from cleantext.pipeline import Pipeline

if TYPE_CHECKING:
    from datatrove.data import Document

try:
    from datatrove.pipeline.formatters.base import BaseFormatter
except ImportError as _error:  # datatrove is an optional extra
    _missing = _error

    class BaseFormatter:  # type: ignore[no-redef]
        """Stands in for datatrove's base so this module imports (and its docs build,
        and pytest's doctest collection passes) without datatrove; using it says why."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            raise ImportError(
                "CleanText needs datatrove: pip install 'cleantext-news[datatrove]'"
            ) from _missing

__all__ = ["CleanText"]

#: datatrove's ``StatHints.total``, the documents a step saw.
_TOTAL = "total"


class CleanText(BaseFormatter):  # type: ignore[misc]  # datatrove ships no type hints
    """Clean ``doc.text`` with ``pipeline`` (cleaner names, a Pipeline, or DEFAULT).

    Only ``doc.text`` changes: the document's id and metadata are left as they are,
    and documents come out in the order they came in, none dropped (an emptied one is
    counted as ``emptied``). With ``explain=True`` (the default) it also counts edits
    and characters per cleaner in the step's stats. The example needs datatrove:

    >>> from datatrove.data import Document  # doctest: +SKIP
    >>> step = CleanText()  # doctest: +SKIP
    >>> [d.text for d in step.run([Document(text="<b>Hi</b>", id="1")])]  # doctest: +SKIP
    ['Hi']
    """

    name = "🧹 cleantext"

    def __init__(self, pipeline: PipelineLike = None, *, explain: bool = True) -> None:
        super().__init__()
        self.pipeline: Pipeline = resolve_pipeline(pipeline)
        self.explain = explain

    def format(self, text: str) -> str:
        """The clean text; what :meth:`run` writes into each document.

        It counts nothing (stats are :meth:`run`'s). The example needs datatrove:

        >>> CleanText(["markup"]).format("A &amp; <i>B</i>")  # doctest: +SKIP
        'A & B'
        """
        return self.pipeline(text)

    def _clean(self, text: str) -> str:
        # The same text either way: explain() and the cleaners one by one both equal
        # the pipeline's call; they differ in what they can say about it.
        if self.explain:
            result = self.pipeline.explain(text)
            for cleaner, (edits, chars) in result.summary().items():
                self.stat_update(f"{cleaner}_edits", value=edits)
                self.stat_update(f"{cleaner}_chars", value=chars)
            return result.text
        out, steps = clean_by_step(self.pipeline, text)
        for cleaner, chars in steps:
            self.stat_update(f"{cleaner}_net_chars", value=chars)
        return out

    def run(
        self, data: Iterator[Document], rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        for doc in data:
            self.stat_update(_TOTAL)
            with self.track_time():
                text = self._clean(doc.text)
            if text != doc.text:
                self.stat_update("changed")
                if not text:
                    self.stat_update("emptied")
            doc.text = text
            yield doc
