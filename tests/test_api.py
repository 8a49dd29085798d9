"""The public edge: what clean() and explain() accept and refuse."""

from __future__ import annotations

import pytest

import cleantext
from cleantext import Result, clean, explain


@pytest.mark.parametrize(("value", "message"), [
    (b"text", r"clean\(\) takes str, not bytes: decode it first, "
              r"e.g. clean\(data.decode\('utf-8', errors='replace'\)\)"),
    (bytearray(b"text"), "not bytearray: decode it first"),
    (memoryview(b"text"), "not memoryview: decode it first"),
    (None, r"clean\(\) takes str, not NoneType"),
    (42, "not int"),
    (4.2, "not float"),
    (["a"], "not list"),
], ids=["bytes say decode it first with the call", "a bytearray says decode it first",
        "a memoryview says decode it first", "None is refused", "an int is refused",
        "a float is refused", "a list is refused"])
def test_wrong_input_raises_a_clear_type_error(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        clean(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=message.replace("clean", "explain")):
        explain(value)  # type: ignore[arg-type]


class MyStr(str):
    pass


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\t ", "\x00", "a\x00b", "\ud800", "a\udfffb", "\u200f\u202eabc\u202c",
    "e\u0301\u0301\u0301", "x" * 1_000_000, "word " * 200_000, "\ufeff", "\r\n",
    MyStr("a str subclass"),
], ids=["empty", "a space", "whitespace only", "a NUL", "a NUL inside a word",
        "a lone surrogate", "a lone low surrogate inside a word", "RTL marks and overrides",
        "stacked combining marks", "a 1 MB line without spaces", "a 1 MB line of words",
        "a BOM alone", "a CRLF alone", "a str subclass"])
def test_every_str_is_accepted(text: str) -> None:
    out = clean(text)
    assert isinstance(out, str)
    assert explain(text).text == out
    out.encode("utf-8")  # lone surrogates were replaced


def test_clean_of_empty_and_blank_is_empty() -> None:
    assert clean("") == ""
    assert clean(" \n\t\r\n ") == ""
    assert clean("\x00\ufeff") == ""


def test_explain_returns_a_result() -> None:
    r = explain("<b>Hi</b>  there")
    assert isinstance(r, Result)
    assert r.text == "Hi there"
    assert r.summary()["markup"].edits == 2


def test_the_package_exports_what_it_declares() -> None:
    for name in cleantext.__all__:
        assert hasattr(cleantext, name), name
    assert cleantext.__version__
