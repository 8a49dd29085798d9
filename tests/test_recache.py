"""The on-disk cache of compiled patterns gives exactly what ``re.compile`` gives.

It may only ever make a start faster: a pattern from the cache must match as the one
compiled afresh does, and a missing, damaged, foreign or unwritable cache must end in a
plain compile, never in an error or a different pattern.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleantext import _recache

ROOT = Path(__file__).resolve().parents[1]

# Shapes the families' scans use: tries with bounded spaces, look-behinds, named and
# numbered groups, conditionals, flags, and a bytes pattern over translated text.
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?<!\w)(?:read(?:\s{1,8}(?:more|also)|ing)|see\s{1,8}also)(?!\w)", 0),
    (r"(?=(accept(?:\s{1,8}all)?)|)(?=(cook(?:ie|ies))|)(?(1)|(?(2)|(?!)))", re.IGNORECASE),
    (r"(?P<label>advert(?:isement|ising))[ \t]{0,3}(?P<sep>[:|·])?", 0),
    (r"^[ \t]*(?:share|teilen|partager)(?:[ \t]+on)?[ \t]*$", re.MULTILINE),
    (rb"(?<![a-z])q[\x80-\xbf]{0,3}(?:u|v)[ \t]{1,2}\x01{1,3}", 0),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path))
    folder = _recache.folder()
    assert folder is not None and folder.parent == tmp_path
    return folder


def _same(a: re.Pattern[str] | re.Pattern[bytes], b: re.Pattern[str] | re.Pattern[bytes]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups,
                                                            b.groupindex)


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_is_the_one_compiled_afresh(
        cache: Path, source: str | bytes, flags: int) -> None:
    first = _recache.compile(source, flags)
    assert len(list(cache.iterdir())) == 1  # written on the first call
    again = _recache.compile(source, flags)
    fresh = re.compile(source, flags)
    _same(first, fresh)
    _same(again, fresh)


@given(st.text(alphabet="readmoeals cki\nARSCOHvtiungpdxs:|·\t", max_size=80))
def test_cached_and_fresh_patterns_match_alike(text: str) -> None:
    # The cache folder of the environment (the hypothesis given cannot take the
    # function-scoped fixture); each pattern is read back from its file after the
    # first example.
    for source, flags in PATTERNS:
        fresh = re.compile(source, flags)
        cached = _recache.compile(source, flags)
        subject = text.encode("utf-8") if isinstance(source, bytes) else text
        assert [m.span() for m in cached.finditer(subject)] == \
            [m.span() for m in fresh.finditer(subject)]  # type: ignore[arg-type]
        assert [m.groups() for m in cached.finditer(subject)] == \
            [m.groups() for m in fresh.finditer(subject)]  # type: ignore[arg-type]


def test_the_second_compile_reads_the_file(cache: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    source = PATTERNS[0][0]
    _recache.compile(source)

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled again although the cache holds the pattern")

    monkeypatch.setattr(_recache, "_build", no_compiling)
    _same(_recache.compile(source), re.compile(source))


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign", "not json"])
def test_a_damaged_file_is_compiled_afresh_and_replaced(cache: Path, damage: str) -> None:
    source = PATTERNS[1][0]
    _recache.compile(source, re.IGNORECASE)
    (path,) = cache.iterdir()
    head, _, body = path.read_bytes().partition(b"\n")
    if damage == "truncated":
        spoilt = head + b"\n" + body[: len(body) // 2]
    elif damage == "flipped":
        spoilt = head + b"\n" + bytes([body[0] ^ 1]) + body[1:]
    elif damage == "foreign":  # a well-formed file whose code the engine refuses
        junk = b"\xff\xff\xff\x7f" * 8
        fields = json.loads(head)
        fields[-2:] = [len(junk), zlib.crc32(junk)]
        spoilt = json.dumps(fields).encode() + b"\n" + junk
    else:
        spoilt = b"{not json\n" + body
    path.write_bytes(spoilt)
    _same(_recache.compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE))
    assert path.read_bytes() == head + b"\n" + body  # written again, whole


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", "")
    assert _recache.folder() is None
    _same(_recache.compile(PATTERNS[0][0]), re.compile(PATTERNS[0][0]))


def test_an_unwritable_folder_still_compiles(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(blocker))
    _same(_recache.compile(PATTERNS[2][0]), re.compile(PATTERNS[2][0]))
    assert blocker.read_text() == "not a folder"
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]  # no temporary file left


def test_the_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLEANTEXT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = _recache.folder()
    assert folder is not None and folder.parent == tmp_path / "cleantext"


def _clean_in_a_process(cache: str) -> list[str]:
    """The bundled example corpus cleaned by a fresh interpreter with ``cache``."""
    script = ("import json, sys\nfrom cleantext import clean\n"
              "for line in open(sys.argv[1], encoding='utf-8'):\n"
              "    print(json.dumps(clean(json.loads(line)['text'])))\n")
    env = {**os.environ, "CLEANTEXT_CACHE_DIR": cache}
    out = subprocess.run([sys.executable, "-c", script, str(ROOT / "examples" / "news.jsonl")],
                         env=env, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_the_pipeline_cleans_alike_with_a_cold_a_warm_and_no_cache(tmp_path: Path) -> None:
    cold = _clean_in_a_process(str(tmp_path))
    assert any(tmp_path.rglob("*")), "the families' scans were not cached"
    warm = _clean_in_a_process(str(tmp_path))
    off = _clean_in_a_process("")
    assert cold == warm == off
    assert len(off) == sum(1 for _ in (ROOT / "examples" / "news.jsonl").open())
