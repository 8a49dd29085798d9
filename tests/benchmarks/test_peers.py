"""Peers: a missing one is reported as skipped, never faked; the runner's protocol."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.peers import NAMES, Peers, clean_env, runner
from benchmarks.run import Options, run
from benchmarks.synth import write_corpus

from benchmarks import report


def test_a_missing_venv_makes_every_peer_unavailable(tmp_path: Path) -> None:
    peers = Peers(tmp_path / "no-venv" / "bin" / "python")
    assert peers.available() == dict.fromkeys(NAMES)
    assert "peers-setup" in peers.skip_reason()


def test_a_missing_peer_is_reported_as_skipped(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 8_000, seed=1)
    res = run(Options(corpus=corpus, jobs=[], peers=["ftfy", "trafilatura"], repeat=1,
                      import_tries=1, peers_python=tmp_path / "none" / "python"))
    by_name = {t["name"]: t for t in res["tools"]}
    assert set(by_name) == {"cleantext", "ftfy", "trafilatura"}
    for name in ("ftfy", "trafilatura"):
        assert "not installed" in by_name[name]["skipped"]
        assert "mb_s" not in by_name[name] and "quality" not in by_name[name]
    ours = by_name["cleantext"]
    assert ours["quality"]["docs"] == res["corpus"]["docs"] > 0
    table = report.render(res)
    assert "| ftfy " in table and "skipped: not installed" in table


def test_runner_writes_one_output_per_input_and_a_summary(tmp_path: Path) -> None:
    # ftfy is one of our own dependencies, so the runner can be exercised here.
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    texts = ["cafÃ© au lait", "plain text", ""]
    src.write_text("".join(json.dumps({"text": t, "lang": "fr"}) + "\n" for t in texts),
                   encoding="utf-8")
    summary = runner.run("ftfy", str(src), str(dst), repeat=2)
    outs = [json.loads(line)["text"] for line in dst.read_text(encoding="utf-8").splitlines()]
    assert outs == ["café au lait", "plain text", ""]
    assert summary["docs"] == 3 and len(summary["seconds"]) == 2 and summary["errors"] == 0


def test_as_html_wraps_plain_lines_and_passes_markup() -> None:
    assert runner.as_html("One <5% line\nTwo") == (
        "<html><body><p>One &lt;5% line</p><p>Two</p></body></html>")
    assert runner.as_html("<p>Hi</p>") == "<html><body><p>Hi</p></body></html>"


def test_peers_never_see_our_pythonpath(monkeypatch: pytest.MonkeyPatch) -> None:
    # With PYTHONPATH pointing at our source, clean-text's `import cleantext` would find ours.
    monkeypatch.setenv("PYTHONPATH", "/somewhere/src")
    monkeypatch.setenv("HOME", "/root")
    env = clean_env()
    assert "PYTHONPATH" not in env and env["HOME"] == "/root"
