"""cleantext.io: every format and compression in and out, bad input, atomic output."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from typing import Any

import pytest
import zstandard

import cleantext.io as cio

COMPRESSIONS = ["", ".gz", ".bz2", ".xz", ".zst"]


def write(path: Path, chunks: list[bytes]) -> None:
    with cio.AtomicOutput(str(path)) as out:
        for c in chunks:
            out.write(c)


def read(path: Path, fmt: cio.Format, field: str = "text") -> list[tuple[int, str, Any]]:
    with cio.open_input(str(path)) as stream:
        return [(ln.lineno, ln.kind, text) for ln, text in
                cio.read_stream(stream, str(path), fmt, field)]


@pytest.mark.parametrize("comp", COMPRESSIONS)
def test_jsonl_round_trip_keeps_keys_and_values(tmp_path: Path, comp: str) -> None:
    records = [{"id": i, "text": f"doc {i} Grüße", "meta": {"b": [1, 2.5, None], "a": True}}
               for i in range(50)]
    path = tmp_path / f"a.jsonl{comp}"
    write(path, [cio.dump_record(r) for r in records])
    with cio.open_input(str(path)) as stream:
        got = [ln.record for ln, _ in cio.read_stream(stream, str(path), "jsonl")]
    assert got == records
    assert [list(r) for r in got] == [["id", "text", "meta"]] * 50
    assert all(list(r["meta"]) == ["b", "a"] for r in got)


@pytest.mark.parametrize("comp", COMPRESSIONS)
def test_text_formats_round_trip(tmp_path: Path, comp: str) -> None:
    path = tmp_path / f"a.txt{comp}"
    write(path, [b"one\r\n", "zwei \u00fc\n".encode(), b"\n", b"last"])
    assert read(path, "lines") == [(1, "", "one"), (2, "", "zwei ü"), (3, "", ""),
                                   (4, "", "last")]
    assert read(path, "txt") == [(1, "", "one\r\nzwei ü\n\nlast")]


@pytest.mark.parametrize("comp", [".gz", ".bz2", ".xz", ".zst"])
def test_truncated_stream_ends_with_one_bad_item(tmp_path: Path, comp: str) -> None:
    path = tmp_path / f"a.jsonl{comp}"
    write(path, [cio.dump_record({"text": f"record {i} " * 20}) for i in range(2000)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    got = read(path, "jsonl")
    assert got[-1][1] == "truncated"
    assert all(kind == "" for _, kind, _ in got[:-1])
    assert got[-1][0] == len(got)  # the line the damage was met on


def test_zstd_multiple_frames(tmp_path: Path) -> None:
    c = zstandard.ZstdCompressor()
    path = tmp_path / "a.jsonl.zst"
    path.write_bytes(c.compress(b'{"text":"a"}\n') + c.compress(b'{"text":"b"}\n'))
    assert read(path, "jsonl") == [(1, "", "a"), (2, "", "b")]


def test_bad_lines_are_reported_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text":"ok"}\n{"text":"\xff"}\n{"x":1}\n{"text":3}\n[1]\n{oops\n\n')
    got = [(ln.lineno, ln.kind) for ln, _ in cio.read_stream(path.open("rb"), "a", "jsonl")]
    assert got == [(1, ""), (2, "invalid_utf8"), (3, "missing_field"), (4, "not_string"),
                   (5, "not_object"), (6, "invalid_json")]


def test_invalid_utf8_in_text_doc_gives_its_line() -> None:
    (line, text), = cio.read_stream(io.BytesIO(b"a\nb\nc\xffd"), "x.txt", "txt")
    assert (text, line.kind, line.lineno) == (None, "invalid_utf8", 3)
    assert "column 2" in line.message


@pytest.mark.parametrize("fmt", ["jsonl", "txt", "lines"])
def test_empty_file(fmt: cio.Format) -> None:
    (line, text), = cio.read_stream(io.BytesIO(b""), "x", fmt)
    assert (text, line.kind) == (None, "empty_file")


def test_values_orjson_cannot_hold_are_kept_exactly() -> None:
    raw = b'{"n": 123456789012345678901234567890, "f": NaN, "text": "a\\ud800b"}\n'
    (line, text), = cio.read_stream(io.BytesIO(raw), "x", "jsonl")
    assert line.exact and text == "a\ud800b"
    out = cio.dump_record(line.record, line.exact)
    assert out == b'{"n":123456789012345678901234567890,"f":NaN,"text":"a\\ud800b"}\n'


def test_format_of_refuses_unknown_extensions() -> None:
    with pytest.raises(cio.FormatError, match=r"\.csv"):
        cio.format_of("data.csv.gz")


def test_gzip_output_is_reproducible(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl.gz"
    write(a, [b"x\n"])
    write(b, [b"x\n"])
    assert a.read_bytes() == b.read_bytes()


def test_failure_leaves_nothing_under_the_final_name(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.gz"
    with pytest.raises(RuntimeError), cio.AtomicOutput(str(path)) as out:
        out.write(b"partial\n")
        raise RuntimeError("boom")
    assert os.listdir(tmp_path) == []


def test_existing_output_survives_a_failed_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b"old\n")
    with pytest.raises(KeyboardInterrupt), cio.AtomicOutput(str(path)) as out:
        out.write(b"new")
        raise KeyboardInterrupt
    assert path.read_bytes() == b"old\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


class FullDisk(io.RawIOBase):
    """A file whose writes fail as on a full disk."""

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_removes_the_temporary_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> Any:
        os.close(fd)
        return FullDisk()

    monkeypatch.setattr(cio, "_open_raw", full)
    path = tmp_path / "out.jsonl"
    with pytest.raises(OSError) as e, cio.AtomicOutput(str(path)) as out:
        out.write(b"x\n")
    assert e.value.errno == errno.ENOSPC
    assert os.listdir(tmp_path) == []


def test_one_line() -> None:
    assert cio.one_line("a\n\n b\tc") == "a b\tc"


def test_an_interrupt_right_after_the_temporary_file_is_created_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> object:
        raise KeyboardInterrupt  # as a signal handled between two statements would

    monkeypatch.setattr(cio, "_open_raw", interrupted)
    with pytest.raises(KeyboardInterrupt), cio.AtomicOutput(str(tmp_path / "out.jsonl")):
        pass
    assert list(tmp_path.iterdir()) == []
    assert cio.remove_pending() == 0


def test_pending_temporary_files_are_swept(tmp_path: Path) -> None:
    out = cio.AtomicOutput(str(tmp_path / "out.jsonl"))
    out.__enter__()  # never exited: what an interrupt between two bytecodes can leave
    assert len(list(tmp_path.iterdir())) == 1
    assert cio.remove_pending() == 1
    assert list(tmp_path.iterdir()) == []
