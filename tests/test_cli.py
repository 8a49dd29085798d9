"""The `cleantext` command: formats, policies, atomic outputs, resume, stats, signals."""

from __future__ import annotations

import errno
import gzip
import io
import json
import lzma
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from cleantext import DEFAULT
from cleantext import io as cio
from cleantext.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "news.jsonl"
COMPRESSIONS = ["", ".gz", ".bz2", ".xz", ".zst"]


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in EXAMPLES.read_text("utf-8").splitlines()]


def write(path: Path, data: bytes) -> Path:
    with cio.AtomicOutput(str(path)) as out:
        out.write(data)
    return path


def read(path: Path) -> bytes:
    with cio.open_input(str(path)) as stream:
        return stream.read()


def jsonl(recs: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in recs)


def run(*argv: str | Path) -> int:
    return main([str(a) for a in argv])


def stats_of(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def visible(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


@pytest.mark.parametrize("cin", COMPRESSIONS)
@pytest.mark.parametrize("cout", COMPRESSIONS)
def test_jsonl_every_compression_in_and_out(tmp_path: Path, cin: str, cout: str) -> None:
    src = write(tmp_path / f"in.jsonl{cin}", jsonl(records()))
    dst = tmp_path / f"out.jsonl{cout}"
    assert run("clean", src, "-o", dst, "-q") == 0
    out = [json.loads(line) for line in read(dst).splitlines()]
    assert out == [{**r, "text": DEFAULT(r["text"])} for r in records()]
    assert [list(r) for r in out] == [["id", "title", "text", "url", "lang"]] * len(out)


@pytest.mark.parametrize("comp", COMPRESSIONS)
def test_text_formats(tmp_path: Path, comp: str) -> None:
    docs = [r["text"] for r in records()]
    lines_in = write(tmp_path / f"l.txt{comp}", "\n".join(d.replace("\n", " ") for d in docs)
                     .encode())
    assert run("clean", lines_in, "--lines", "-o", tmp_path / f"l.out.txt{comp}", "-q") == 0
    got = read(tmp_path / f"l.out.txt{comp}").decode().split("\n")
    assert got[:-1] == [cio.one_line(DEFAULT(d.replace("\n", " "))) for d in docs]
    assert got[-1] == ""
    doc_in = write(tmp_path / f"d.txt{comp}", docs[0].encode())
    assert run("clean", doc_in, "-o", tmp_path / f"d.out.txt{comp}", "-q") == 0
    assert read(tmp_path / f"d.out.txt{comp}").decode() == DEFAULT(docs[0]) + "\n"


def test_stdin_to_stdout_with_sniffed_compression() -> None:
    data = gzip.compress(jsonl(records()[:3]))
    proc = subprocess.run([sys.executable, "-m", "cleantext", "clean", "-"], input=data,
                          capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["text"] for r in out] == [DEFAULT(r["text"]) for r in records()[:3]]
    assert b"3 documents in, 3 out" in proc.stderr
    assert b"\x1b" not in proc.stderr  # no progress bar when piped


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("comp", ["", ".gz", ".xz"])
def test_a_pipe_without_extension_is_read_like_stdin(tmp_path: Path, comp: str) -> None:
    # What bash's <(zcat corpus.jsonl.gz) passes: a pipe named /dev/fd/63. Its format is
    # JSON Lines and its compression is told from its first bytes, as for stdin.
    data = jsonl(records()[:3])
    packed = {"": data, ".gz": gzip.compress(data), ".xz": lzma.compress(data)}[comp]
    pipe = tmp_path / "63"
    os.mkfifo(pipe)
    code = ("import sys; data = sys.stdin.buffer.read()\n"
            "with open(sys.argv[1], 'wb') as f: f.write(data)")
    writer = subprocess.Popen([sys.executable, "-c", code, str(pipe)], stdin=subprocess.PIPE)
    assert writer.stdin is not None
    writer.stdin.write(packed)
    writer.stdin.close()
    assert run("clean", pipe, "-o", tmp_path / "out.jsonl", "-q") == 0
    assert writer.wait(timeout=30) == 0
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert out == [{**r, "text": DEFAULT(r["text"])} for r in records()[:3]]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_has_no_name_for_an_output_folder(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    pipe = tmp_path / "63"
    os.mkfifo(pipe)
    other = write(tmp_path / "a.jsonl", jsonl(records()[:1]))
    assert run("clean", pipe, other, "-o", tmp_path / "out", "-q") == 2
    assert "63 has no name to give its output in a folder" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_several_inputs_to_a_folder_and_jobs_2_is_byte_identical(tmp_path: Path) -> None:
    recs = records() * 5
    inputs = [write(tmp_path / n, jsonl(recs[i::3]))
              for i, n in enumerate(["a.jsonl", "b.jsonl.gz", "c.jsonl.zst"])]
    assert run("clean", *inputs, "-o", tmp_path / "one", "-q", "--jobs", "1") == 0
    assert run("clean", *inputs, "-o", tmp_path / "two", "-q", "--jobs", "2",
               "--chunk-size", "4") == 0
    assert visible(tmp_path / "one") == ["a.jsonl", "b.jsonl.gz", "c.jsonl.zst"]
    for name in visible(tmp_path / "one"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_extra_keys_and_values_pass_through(tmp_path: Path) -> None:
    line = (b'{"z":{"b":1,"a":[1.5,null,true]},"text":"<b>Hi</b>","n":12345678901234567890123,'
            b'"u":"\xc3\xa9\\u00e9","a":-0.0}\n')
    src = write(tmp_path / "in.jsonl", line)
    assert run("clean", src, "-o", tmp_path / "out.jsonl", "-q") == 0
    assert (tmp_path / "out.jsonl").read_bytes() == (
        b'{"z":{"b":1,"a":[1.5,null,true]},"text":"Hi","n":12345678901234567890123,'
        b'"u":"\xc3\xa9\xc3\xa9","a":-0.0}\n')


# --- bad input under each policy ---------------------------------------------------

GOOD = b'{"id":0,"text":"<p>fine</p>"}\n'
BAD_LINES = {
    "invalid_json": b'{"id":1,"text":\n',
    "invalid_utf8": b'{"id":1,"text":"caf\xe9"}\n',
    "missing_field": b'{"id":1,"body":"x"}\n',
    "not_string": b'{"id":1,"text":["x"]}\n',
    "not_object": b'["x"]\n',
}


@pytest.mark.parametrize("policy", ["raise", "skip", "keep"])
@pytest.mark.parametrize("kind", sorted(BAD_LINES))
def test_bad_record(tmp_path: Path, kind: str, policy: str, capsys: Any) -> None:
    src = write(tmp_path / "in.jsonl", GOOD + BAD_LINES[kind] + GOOD)
    dst = tmp_path / "out" / "in.jsonl"
    (tmp_path / "out").mkdir()
    code = run("clean", src, "-o", dst, "--on-error", policy, "--stats", tmp_path / "s.json")
    err = capsys.readouterr().err
    assert "in.jsonl:2: " in err
    stats = stats_of(tmp_path / "s.json")
    assert stats["bad"][kind] == 1
    docs = stats["documents"]
    assert docs["in"] == docs["out"] + docs["skipped"]
    if policy == "raise":
        assert code == 1
        assert visible(tmp_path / "out") == []
        return
    assert code == 0
    out = dst.read_bytes().splitlines(keepends=True)
    expected_good = b'{"id":0,"text":"fine"}\n'
    if policy == "skip":
        assert out == [expected_good, expected_good]
        assert (docs["in"], docs["out"], docs["skipped_bad"]) == (3, 2, 1)
    else:
        assert out == [expected_good, BAD_LINES[kind], expected_good]
        assert (docs["in"], docs["out"], docs["kept_bad"]) == (3, 3, 1)


@pytest.mark.parametrize("policy", ["raise", "skip", "keep"])
@pytest.mark.parametrize("case", ["empty.jsonl", "cut.jsonl.gz", "cut.jsonl.zst",
                                  "bad.txt"])
def test_bad_files(tmp_path: Path, case: str, policy: str, capsys: Any) -> None:
    src = tmp_path / case
    if case.startswith("empty"):
        src.write_bytes(b"")
    elif case.startswith("cut"):
        write(src, GOOD * 3000)
        src.write_bytes(src.read_bytes()[:-20])
    else:
        src.write_bytes(b"line one\nline \xff two\n")
    out = tmp_path / "out"
    out.mkdir()
    code = run("clean", src, "-o", out, "--on-error", policy, "--stats", tmp_path / "s.json")
    err = capsys.readouterr().err
    assert case in err
    kind = {"e": "empty_file", "c": "truncated", "b": "invalid_utf8"}[case[0]]
    assert stats_of(tmp_path / "s.json")["bad"][kind] == 1
    if policy == "raise":
        assert code == 1 and visible(out) == []
    else:
        assert code == 0 and visible(out) == [case]
        if case == "bad.txt" and policy == "keep":
            assert (out / case).read_bytes() == src.read_bytes()


def test_missing_input_is_an_io_error(tmp_path: Path, capsys: Any) -> None:
    assert run("clean", tmp_path / "nope.jsonl", "-o", tmp_path / "o.jsonl") == 3
    err = capsys.readouterr().err
    assert err.strip() == f"cleantext: error: {tmp_path / 'nope.jsonl'}: no such file"


def test_unwritable_output_folder(tmp_path: Path, capsys: Any) -> None:
    src = write(tmp_path / "in.jsonl", GOOD)
    (tmp_path / "file").write_bytes(b"")
    assert run("clean", src, "-o", tmp_path / "file" / "out.jsonl") == 3
    assert run("clean", src, src, "-o", tmp_path / "file" / "sub") == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("cleantext: error:") == 2


def test_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    class Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, b: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def full(fd: int) -> Any:
        os.close(fd)
        return Full()

    src = write(tmp_path / "in.jsonl", GOOD * 10)
    monkeypatch.setattr(cio, "_open_raw", full)
    (tmp_path / "out").mkdir()
    assert run("clean", src, "-o", tmp_path / "out" / "o.jsonl") == 3
    assert visible(tmp_path / "out") == []
    assert "No space left on device" in capsys.readouterr().err


def test_usage_errors(tmp_path: Path, capsys: Any) -> None:
    src = write(tmp_path / "in.jsonl", GOOD)
    assert run("clean", src, "-o", tmp_path / "o.txt") == 2  # format change
    assert run("clean", src, "-o", src) == 2
    assert run("clean", src, "--resume") == 2
    assert run("clean", tmp_path / "in.jsonl", "--jobs", "-1") == 2
    assert run("clean") == 2
    assert "Traceback" not in capsys.readouterr().err


def test_resume_skips_complete_outputs(tmp_path: Path) -> None:
    a = write(tmp_path / "a.jsonl", GOOD)
    b = write(tmp_path / "b.jsonl", GOOD)
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.jsonl").write_bytes(b"done before\n")
    assert run("clean", a, b, "-o", out, "--resume", "-q", "--stats", tmp_path / "s.json") == 0
    assert (out / "a.jsonl").read_bytes() == b"done before\n"
    assert (out / "b.jsonl").read_bytes() == b'{"id":0,"text":"fine"}\n'
    assert stats_of(tmp_path / "s.json")["files"] == {"in": 2, "written": 1, "resumed": 1}


def test_stats_add_up(tmp_path: Path) -> None:
    recs = [*records(), {"id": "x", "text": "Advertisement"}, {"id": "y", "text": ""}]
    src = write(tmp_path / "in.jsonl", jsonl(recs) + BAD_LINES["missing_field"])
    assert run("clean", src, "-o", tmp_path / "o.jsonl", "--on-error", "skip", "--drop-empty",
               "--stats", tmp_path / "s.json", "-q") == 0
    s = stats_of(tmp_path / "s.json")
    d = s["documents"]
    assert d["in"] == len(recs) + 1 == d["out"] + d["skipped"]
    assert d["skipped"] == d["skipped_bad"] + d["dropped_empty"] == 1 + d["dropped_empty"]
    assert d["out"] == len((tmp_path / "o.jsonl").read_bytes().splitlines())
    assert s["text_bytes"]["in"] == sum(len(r["text"].encode()) for r in recs)
    assert s["text_bytes"]["out"] < s["text_bytes"]["in"]
    assert list(s["cleaners"]) == list(DEFAULT.names)
    assert s["cleaners"]["markup"]["edits"] > 0


def test_explain_output(tmp_path: Path, capsys: Any) -> None:
    src = write(tmp_path / "doc.txt", b"<p>Rain &amp; wind.</p>\n")
    assert run("explain", src) == 0
    out = capsys.readouterr().out
    assert out.startswith("[-markup: <p>-]Rain [-markup: &amp;-] wind.[-markup: </p>-]")
    assert "markup" in out and "characters: 24 in, 12 out" in out
    assert run("explain", EXAMPLES, "--line", "2", "--color", "always") == 0
    assert "\x1b[9;" in capsys.readouterr().out
    assert run("explain", tmp_path / "none.txt") == 3


# --- interrupted runs -------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], Path]:
    base = tmp_path_factory.mktemp("corpus")
    recs = records()
    inputs = []
    for i in range(5):
        # ~250 kB per file: long enough that a signal lands mid-run.
        rows = [{**r, "id": f"{i}-{k}-{r['id']}"} for k in range(60) for r in recs]
        inputs.append(write(base / f"part-{i}.jsonl.gz", jsonl(rows)))
    reference = base / "reference"
    assert main(["clean", *map(str, inputs), "-o", str(reference), "-q"]) == 0
    return base, inputs, reference


# ``python -m cleantext`` with Ctrl-C's usual action. A shell without job control starts
# background jobs with SIGINT ignored, and a Python started so keeps ignoring it (no
# KeyboardInterrupt), as it should; the test gives the command a terminal's default
# whatever launched the tests.
_WITH_SIGINT = ("import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
                "runpy.run_module('cleantext', run_name='__main__', alter_sys=True)")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_resumes_to_identical_output(
        tmp_path: Path, corpus: tuple[Path, list[Path], Path], sig: signal.Signals) -> None:
    _, inputs, reference = corpus
    out = tmp_path / "out"
    cmd = [sys.executable, "-c", _WITH_SIGINT, "clean", *map(str, inputs), "-o", str(out),
           "--jobs", "2"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (out.exists() and any(not n.startswith(".") for n in os.listdir(out))):
        assert proc.poll() is None and time.monotonic() < deadline, "run ended too soon"
        time.sleep(0.005)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == {signal.SIGINT: 130, signal.SIGTERM: 143}[sig], err
    assert b"--resume" in err and b"Traceback" not in err
    names = visible(out)
    assert not [n for n in names if n.startswith(".")], "temporary file left behind"
    assert 0 < len(names) < len(inputs)
    for n in names:  # whatever has a final name is complete
        assert (out / n).read_bytes() == (reference / n).read_bytes()
    done = subprocess.run([*cmd, "--resume", "-q"], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert visible(out) == visible(reference)
    for n in visible(reference):
        assert (out / n).read_bytes() == (reference / n).read_bytes()


# --- the removals log (--removed) -----------------------------------------------------


def _logged(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in read(path).splitlines()]


def test_removed_logs_every_removal_with_its_file_and_line(tmp_path: Path) -> None:
    recs = records()
    src = write(tmp_path / "in.jsonl", jsonl(recs))
    log = tmp_path / "removed.jsonl.gz"
    assert run("clean", src, "-o", tmp_path / "o.jsonl", "--removed", log,
               "--stats", tmp_path / "s.json", "-q") == 0
    got = _logged(log)
    expected = []
    for lineno, r in enumerate(recs, 1):
        for e in DEFAULT.explain(r["text"]).edits:
            if e.removed.strip():  # whitespace alone is counted, not logged
                entry = {"file": str(src), "line": lineno, "cleaner": e.cleaner,
                         "removed": e.removed}
                expected.append({**entry, "inserted": e.inserted} if e.inserted else entry)
    assert got == expected
    assert {e["cleaner"] for e in got} >= {"banners", "trailers", "promo", "truncation"}
    assert stats_of(tmp_path / "s.json")["removals_logged"] == len(got)


def test_removed_is_the_same_with_two_jobs(tmp_path: Path) -> None:
    src = write(tmp_path / "in.jsonl", jsonl(records() * 4))
    for jobs in ("1", "2"):
        assert run("clean", src, "-o", tmp_path / f"o{jobs}.jsonl", "--jobs", jobs,
                   "--chunk-size", "3", "--removed", tmp_path / f"r{jobs}.jsonl", "-q") == 0
    assert (tmp_path / "r1.jsonl").read_bytes() == (tmp_path / "r2.jsonl").read_bytes()


def test_removed_is_absent_after_a_failed_run(tmp_path: Path) -> None:
    src = write(tmp_path / "in.jsonl", jsonl(records()) + BAD_LINES["invalid_json"])
    assert run("clean", src, "-o", tmp_path / "o.jsonl", "--removed",
               tmp_path / "r.jsonl", "-q") == 1
    assert visible(tmp_path) == ["in.jsonl"]


@pytest.mark.parametrize("case", ["with --fast", "an output's name", "not JSON Lines"])
def test_removed_refuses_what_cannot_work(tmp_path: Path, case: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "in.jsonl", jsonl(records()[:1]))
    out = tmp_path / "o.jsonl"
    extra: dict[str, list[str | Path]] = {
        "with --fast": ["--removed", tmp_path / "r.jsonl", "--fast"],
        "an output's name": ["--removed", out],
        "not JSON Lines": ["--removed", tmp_path / "r.txt"],
    }
    assert run("clean", src, "-o", out, "-q", *extra[case]) == 2
    assert "--removed" in capsys.readouterr().err
    assert visible(tmp_path) == ["in.jsonl"]


def test_removed_to_stdout_beside_stdin_and_an_output_file(tmp_path: Path) -> None:
    # stdin is an input and stdout the log: different streams, no clash.
    proc = subprocess.run(
        [sys.executable, "-m", "cleantext", "clean", "-", "-o", str(tmp_path / "o.jsonl"),
         "--removed", "-", "-q"],
        input=jsonl(records()[:2]), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    logged = [json.loads(line) for line in proc.stdout.splitlines()]
    assert logged and {e["file"] for e in logged} == {"<stdin>"}
