"""Reading a corpus to benchmark: JSON lines (plain, .gz, .bz2, .xz, .zst) or a folder of text.

A JSONL record's text is its ``text`` field (or ``dirty``, the development sets' name);
its gold, if any, is ``gold`` (or ``clean``), with optional ``ambiguous`` strings and
``lang``. In a folder, every ``*.txt`` file is one document, and ``NAME.gold.txt`` beside
``NAME.txt`` is its gold.

Documents are streamed: a pass over the corpus holds one document at a time, so a corpus
of any size can be measured.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

TEXT_FIELDS = ("text", "dirty")
GOLD_FIELDS = ("gold", "clean")


class CorpusError(ValueError):
    """A corpus that cannot be read as asked (missing field, no gold, unknown format)."""


@dataclass(frozen=True, slots=True)
class Doc:
    """One document: its text and, where the corpus has one, its gold."""

    id: str
    text: str
    gold: str | None = None
    ambiguous: tuple[str, ...] = ()
    lang: str | None = None
    nbytes: int = field(default=0, compare=False)  # UTF-8 size of ``text``
    # What the record says it holds (a generated corpus: its families and its shape), for
    # the quality breakdown; e.g. ("banners", "truncation", "shape:flat").
    tags: tuple[str, ...] = ()


def open_text(path: Path) -> IO[str]:
    """Open ``path`` for reading as UTF-8 text, decompressing by its extension."""
    suffix = path.suffix
    if suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    if suffix == ".xz":
        return lzma.open(path, "rt", encoding="utf-8")
    if suffix == ".zst":
        import zstandard  # noqa: PLC0415 - only .zst corpora need it (the bulk extra has it)

        raw = open(path, "rb")  # noqa: SIM115 - closed with the reader
        reader = zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
        return io.TextIOWrapper(reader, encoding="utf-8")
    return open(path, encoding="utf-8")


def _tags(rec: dict[str, object]) -> tuple[str, ...]:
    families = rec.get("families")
    tags = [f for f in families if isinstance(f, str)] if isinstance(families, list) else []
    if not tags and isinstance(families, list):
        tags.append("none")  # a record that says it carries no junk
    if isinstance(rec.get("shape"), str):
        tags.append(f"shape:{rec['shape']}")
    return tuple(tags)


@dataclass(frozen=True)
class Corpus:
    """A corpus on disk and the fields its documents are read from."""

    path: Path
    text_field: str | None = None
    gold_field: str | None = None  # None: use a gold field if the records have one

    def fields(self) -> tuple[str, str | None]:
        """The text and gold field names, found from the first record where not given."""
        if self.path.is_dir():
            return "text", "gold"
        with open_text(self.path) as fh:
            first = next((json.loads(line) for line in fh if line.strip()), None)
        if first is None:
            raise CorpusError(f"{self.path}: no records")
        text = self.text_field or next((f for f in TEXT_FIELDS if f in first), None)
        if text is None or text not in first:
            raise CorpusError(
                f"{self.path}: no text field ({self.text_field or ' or '.join(TEXT_FIELDS)}) "
                f"in the first record; it has: {', '.join(first)}"
            )
        if self.gold_field:
            if self.gold_field not in first:
                raise CorpusError(f"{self.path}: no gold field {self.gold_field!r}")
            return text, self.gold_field
        return text, next((f for f in GOLD_FIELDS if f in first), None)

    def has_gold(self) -> bool:
        if self.path.is_dir():
            return any(self.path.rglob("*.gold.txt"))
        return self.fields()[1] is not None

    def __iter__(self) -> Iterator[Doc]:
        if self.path.is_dir():
            yield from self._folder()
        else:
            yield from self._jsonl()

    def _jsonl(self) -> Iterator[Doc]:
        text_f, gold_f = self.fields()
        with open_text(self.path) as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                text = rec.get(text_f)
                if not isinstance(text, str):
                    raise CorpusError(f"{self.path}:{n}: field {text_f!r} is not a string")
                gold = rec.get(gold_f) if gold_f else None
                yield Doc(
                    id=str(rec.get("id", n)),
                    text=text,
                    gold=gold if isinstance(gold, str) else None,
                    ambiguous=tuple(rec.get("ambiguous") or ()),
                    lang=rec.get("lang"),
                    nbytes=len(text.encode("utf-8")),
                    tags=_tags(rec),
                )

    def _folder(self) -> Iterator[Doc]:
        for path in sorted(self.path.rglob("*.txt")):
            if path.name.endswith(".gold.txt"):
                continue
            text = path.read_text(encoding="utf-8")
            gold_path = path.with_name(path.name[: -len(".txt")] + ".gold.txt")
            gold = gold_path.read_text(encoding="utf-8") if gold_path.exists() else None
            yield Doc(
                id=str(path.relative_to(self.path)),
                text=text,
                gold=gold,
                nbytes=len(text.encode("utf-8")),
            )
