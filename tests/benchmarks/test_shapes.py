"""``python -m benchmarks shapes``: documents scored as written and flattened."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from benchmarks.commands import main
from benchmarks.corpus import Corpus

from benchmarks import commands, shapes

ARTICLE = ["Ferry fares rise", "The operator raised fares on Tuesday.",
           "Students keep their discount."]
DIRTY = "\n\n".join([ARTICLE[0], ARTICLE[1], "Read more: Bridge study shelved", ARTICLE[2]])


def _corpus(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_doctests() -> None:
    for module in (shapes, commands):
        assert doctest.testmod(module).failed == 0


def test_flatten_joins_lines_with_a_space_or_nothing() -> None:
    assert shapes.flatten("a\n\n b \nc", "space") == "a b c"
    assert shapes.flatten("a.\n\nB", "glue") == "a.B"
    assert shapes.flatten("a\nb", "as-written") == "a\nb"
    with pytest.raises(ValueError, match="unknown shape"):
        shapes.flatten("a", "squashed")


def test_glue_does_not_count_the_space_left_between_glued_sentences(tmp_path: Path) -> None:
    # Glued, the read-more line sits between two sentences; cleaning leaves
    # "Tuesday. Students", the glued gold has "Tuesday.Students": the same text.
    path = _corpus(tmp_path, [{"id": "1", "dirty": DIRTY, "clean": "\n\n".join(ARTICLE)}])
    result = shapes.score(list(Corpus(path)), "glue")
    assert (result["noise_removed"], result["content_lost"], result["exact"]) == (1.0, 0.0, 1.0)


def test_every_shape_scores_the_same_documents(tmp_path: Path) -> None:
    path = _corpus(tmp_path, [
        {"id": "1", "dirty": DIRTY, "clean": "\n\n".join(ARTICLE), "families": ["readmore"]},
        # Left out of every shape: already flattened, or holding markup.
        {"id": "2", "dirty": "A. B.", "clean": "A. B.", "families": ["flattened"]},
        {"id": "3", "dirty": "<p>A.</p>", "clean": "A.", "families": ["none"]},
    ])
    docs = list(Corpus(path))
    assert [shapes.score(docs, shape)["docs"] for shape in shapes.SHAPES] == [1, 1, 1]
    for shape in ("as-written", "space"):
        # The read-more line and its title go; the article stays.
        result = shapes.score(docs, shape)
        assert (result["noise_removed"], result["content_lost"]) == (1.0, 0.0), shape


def test_a_document_the_cleaner_leaves_dirty_scores_as_such(tmp_path: Path) -> None:
    """The score is the cleaner's, not a constant: junk no rule knows stays, and counts."""
    junk = "Zorblax quux frobnicates the widget"
    path = _corpus(tmp_path, [{"id": "1", "dirty": f"{DIRTY}\n\n{junk}",
                               "clean": "\n\n".join(ARTICLE)}])
    result = shapes.score(list(Corpus(path)), "space")
    assert 0.0 < result["noise_removed"] < 1.0


def test_command_prints_and_writes_the_table(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = _corpus(tmp_path, [{"id": "1", "dirty": DIRTY, "clean": "\n\n".join(ARTICLE)}])
    out = tmp_path / "shapes.md"
    assert main(["shapes", str(path), "--shapes", "space,glue", "--markdown", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| set.jsonl | space | 1 | 100.0% | 0.00% | 100% |" in printed
    assert "as-written" not in printed
    assert out.read_text(encoding="utf-8") == printed


@pytest.mark.parametrize("bad", [["shapes"], ["shapes", "x.jsonl", "--shapes", "flat"]])
def test_bad_shapes_arguments_exit_with_usage(bad: list[str]) -> None:
    with pytest.raises(SystemExit):
        main(bad)


def test_a_missing_corpus_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["shapes", str(tmp_path / "nope.jsonl")])
