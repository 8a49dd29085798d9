"""``shapes``: the same documents scored as written and as scrapers flatten them.

Scrapers often lose line breaks: text joined with spaces, or with nothing at all where a
DOM's ``text_content()`` runs block elements together ("…on Tuesday.Read more: …"). A
cleaner that finds a unit by its line finds it less often there, and a unit that runs
"to the paragraph's end" may run to the document's end. This command takes corpora with
a gold (the hand-written sets, the development sets), renders each document in each
shape, gold and text alike, and scores ``cleantext.clean`` on every shape:

- ``as-written``: the document as it is;
- ``space``: every run of line breaks (and the spaces around it) becomes one space;
- ``glue``: every such run becomes nothing.

Documents that are already flattened or that hold markup (a family tag ``flattened`` or
``markup``, or a ``<``) are left out of every shape, so the three rows of a corpus score
the same documents. In ``glue`` a word of junk left glued to an article word makes one
word of both, which counts as an article word lost: read its ``lost`` as an upper bound.
Where ``clean`` removes a unit glued between two sentences it leaves one space
("…Tuesday.Read more: …The" -> "…Tuesday. The"), which the glued gold does not have: in
``glue``, a space after a sentence's stop is folded away in gold and output alike
(:func:`fold_stops`), so that the document can still count as exact. (Words are
counted between punctuation, so that space never counts as a word lost.)

    python -m benchmarks shapes benchmarks/sets/written-*.jsonl [--markdown OUT.md]

>>> flatten("Title\\n\\nFirst line.\\nSecond.", "space")
'Title First line. Second.'
>>> flatten("Title\\n\\nFirst line.\\nSecond.", "glue")
'TitleFirst line.Second.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from benchmarks.corpus import Corpus, Doc
from benchmarks.metrics import Accumulator
from cleantext import clean

SHAPES = ("as-written", "space", "glue")
_BREAKS = re.compile(r"[^\S\n]*\n\s*")
_SKIPPED_TAGS = frozenset({"flattened", "markup"})


def flatten(text: str, shape: str) -> str:
    """``text`` in ``shape`` (one of :data:`SHAPES`)."""
    if shape == "as-written":
        return text
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; valid: {', '.join(SHAPES)}")
    return _BREAKS.sub(" " if shape == "space" else "", text)


# A stop, up to three closing marks, one space, and what opens a sentence.
_SPACED_STOP = re.compile(r"([.!?][\"'”’»)\]]{0,3}) (?=[\w\"“„«‘(])")


def fold_stops(text: str) -> str:
    """``text`` with no space after a sentence's stop, the glue shape's way.

    >>> fold_stops("It rained. The ferry sailed. “We left.” Then")
    'It rained.The ferry sailed.“We left.”Then'
    """
    return _SPACED_STOP.sub(r"\1", text)


def _usable(doc: Doc) -> bool:
    return doc.gold is not None and not _SKIPPED_TAGS.intersection(doc.tags) \
        and "<" not in doc.text


def score(docs: Iterable[Doc], shape: str) -> dict[str, float | int]:
    """``cleantext.clean`` scored on ``docs`` rendered in ``shape``."""
    acc = Accumulator()
    for doc in docs:
        if not _usable(doc):
            continue
        assert doc.gold is not None  # _usable
        text = flatten(doc.text, shape)
        fold = fold_stops if shape == "glue" else str
        acc.add(fold(flatten(doc.gold, shape)), fold(clean(text)), fold(text),
                [fold(flatten(a, shape)) for a in doc.ambiguous])
    return acc.result()


def table(paths: Sequence[Path], shapes: Sequence[str] = SHAPES) -> str:
    """A Markdown table: one row per corpus and shape."""
    rows = ["| corpus | shape | docs | junk removed | article lost | exact |",
            "| --- | --- | ---: | ---: | ---: | ---: |"]
    for path in paths:
        docs = list(Corpus(path))
        for shape in shapes:
            r = score(docs, shape)
            rows.append(f"| {path.name} | {shape} | {r['docs']} | {r['noise_removed']:.1%} "
                        f"| {r['content_lost']:.2%} | {r['exact']:.0%} |")
    return "\n".join(rows)
