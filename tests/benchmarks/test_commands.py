"""The suite's command line parses its arguments."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from benchmarks.commands import main, parser
from benchmarks.peers import NAMES


def test_run_defaults() -> None:
    args = parser().parse_args(["run", "--corpus", "c.jsonl.gz"])
    assert args.corpus == Path("c.jsonl.gz")
    assert (args.gold, args.jobs, args.peers, args.repeat) == (False, [1, 2], list(NAMES), 3)
    assert args.json is None and args.plot is None


def test_run_options() -> None:
    args = parser().parse_args([
        "run", "--corpus", "dir", "--gold", "--jobs", "1,2,4", "--peers", "ftfy,c4",
        "--repeat", "5", "--json", "o.json", "--plot", "o.png"])
    assert args.gold is True and args.jobs == [1, 2, 4] and args.peers == ["ftfy", "c4"]
    assert (args.repeat, args.json, args.plot) == (5, Path("o.json"), Path("o.png"))
    assert parser().parse_args(["run", "--corpus", "d", "--gold", "clean"]).gold == "clean"
    none = parser().parse_args(["run", "--corpus", "d", "--peers", "none", "--jobs", "none"])
    assert none.peers == [] and none.jobs == []


@pytest.mark.parametrize("bad", [
    ["run"],  # --corpus is required
    ["run", "--corpus", "c", "--peers", "nosuchtool"],
    ["run", "--corpus", "c", "--jobs", "one"],
    ["run", "--corpus", "c", "--repeat", "0"],
    ["corpus", "--size", "lots", "-o", "x.jsonl"],
    ["frobnicate"],
])
def test_bad_arguments_exit_with_usage(bad: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(bad)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_corpus_command_writes_the_corpus(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.jsonl.gz"
    assert main(["corpus", "--size", "20KB", "--seed", "4", "-o", str(out)]) == 0
    assert out.stat().st_size > 0 and "seed 4" in capsys.readouterr().out


def test_run_without_gold_when_gold_required(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "texts"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Rain fell.\n\nAdvertisement", encoding="utf-8")
    assert main(["run", "--corpus", str(corpus), "--gold", "--peers", "none"]) == 2
    assert "no gold" in capsys.readouterr().err


def test_a_run_gives_the_callers_sigterm_handler_back(tmp_path: Path) -> None:
    # A run turns SIGTERM into SystemExit while it lasts (its temporary folder must go);
    # called in-process, it must not leave that handler behind.
    corpus = tmp_path / "texts"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Rain fell.\n\nAdvertisement", encoding="utf-8")
    before = signal.getsignal(signal.SIGTERM)
    assert main(["run", "--corpus", str(corpus), "--gold", "--peers", "none"]) == 2
    assert signal.getsignal(signal.SIGTERM) is before
