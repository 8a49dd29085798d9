"""Edits, results, replay and the builders cleaners are made from."""

from __future__ import annotations

import functools
import pickle

import pytest
import regex

from cleantext import (
    Cleaner,
    Edit,
    Result,
    SpanCleaner,
    Tally,
    TransformCleaner,
    line_cleaner,
    regex_cleaner,
    transform_cleaner,
)
from cleantext._core import KeptApart, apply_spans, diff_edits, keep_apart, replay
from cleantext.cleaners import REGISTRY


def is_rule(line: str) -> bool:
    return set(line.strip()) == {"-"}


def _x_spans(text: str) -> list[tuple[int, int, str]]:
    return [(i, i + 1, "") for i, ch in enumerate(text) if ch == "x"]


def test_edit_is_frozen() -> None:
    e = Edit("c", 0, 1, "a")
    with pytest.raises(AttributeError):
        e.start = 3  # type: ignore[misc]
    assert e.inserted == ""


def test_result_summary_counts_edits_and_chars_in_pipeline_order() -> None:
    r = Result("t", (Edit("b", 0, 3, "abc"), Edit("a", 0, 1, "x"), Edit("b", 5, 7, "de", "\n")))
    assert r.summary() == {"b": Tally(2, 5), "a": Tally(1, 1)}
    assert list(r.summary()) == ["b", "a"]
    assert r.by("a") == [Edit("a", 0, 1, "x")]
    assert Result("t").summary() == {}


def test_apply_spans_rejects_overlaps_and_backwards_spans() -> None:
    with pytest.raises(ValueError, match="overlap"):
        apply_spans("abcdef", [(0, 3, ""), (2, 4, "")])
    with pytest.raises(ValueError):
        apply_spans("abcdef", [(3, 2, "")])
    assert apply_spans("abc", []) == "abc"


def test_replay_applies_one_cleaners_edits() -> None:
    edits = [Edit("c", 1, 2, "b", "B"), Edit("c", 3, 5, "de")]
    assert replay("abcdef", edits) == "aBcf"


@pytest.mark.parametrize(("before", "after"), [
    ("abc", "abc"), ("abc", "abXc"), ("abc", ""), ("", "abc"), ("aaa", "aa"),
    ("a-b-c", "a+b+c"), ("xyz", "zyx"),
], ids=["no change", "an insertion", "everything removed", "everything inserted",
        "a repeated letter removed", "two changes far apart", "a reversal"])
def test_diff_edits_replay(before: str, after: str) -> None:
    edits = diff_edits("d", before, after)
    assert replay(before, edits) == after
    assert (edits == []) == (before == after)


@pytest.mark.parametrize(("text", "span", "inserted"), [
    ("Rain.Sign up nowSun.", (5, 16), " "),     # between a stop and a word
    ("Rain!Ad„Sun“", (5, 7), " "),              # before an opening quote
    ("Rain?Ad(Sun)", (5, 7), " "),              # before a parenthesis
    ("“Rain.”AdSun", (7, 9), " "),              # a quotation closed after the stop
    ("„Regen.“)AdSonne", (9, 11), " "),         # two closing marks
    ("Rain”AdSun", (5, 7), ""),                 # a closing mark but no stop
    ("Rain. Sign up now Sun.", (6, 18), ""),    # spaces already keep them apart
    ("Rain,Ad sun.", (5, 8), ""),               # not after a sentence's stop
    ("Rain.Ad", (5, 7), ""),                    # nothing after it
    ("Rain.Ad.", (5, 7), ""),                   # no word after it
])
def test_keep_apart_spaces_only_deletions_between_sentences(
        text: str, span: tuple[int, int], inserted: str) -> None:
    assert keep_apart(text, [(*span, "")]) == [(*span, inserted)]


def test_keep_apart_leaves_replacements_alone() -> None:
    assert keep_apart("Rain.<br>Sun", [(5, 9, "\n")]) == [(5, 9, "\n")]


@pytest.mark.parametrize(("name", "unit"), [
    ("banners", "Subscribe to continue reading. Already a subscriber? Log in"),
    ("banners", "We use cookies to improve your experience. Accept all Reject all"),
    ("trailers", "READ ALSO | Ferry fares to rise in spring"),
    ("trailers", "Read more: Ferry fares to rise in spring"),
])
def test_boilerplate_families_keep_glued_sentences_apart(name: str, unit: str) -> None:
    # Flattened text: a unit glued between two sentences must not leave them run
    # together ("Tuesday.The") once it goes.
    text = f"The bridge reopened on Tuesday.{unit}The repairs cost 2 million euros."
    assert REGISTRY[name](text) == \
        "The bridge reopened on Tuesday. The repairs cost 2 million euros."


def test_kept_apart_pickles() -> None:
    find = KeptApart(functools.partial(keep_apart_find_stub))
    assert pickle.loads(pickle.dumps(find))("Rain.AdSun.") == [(5, 7, " ")]


def keep_apart_find_stub(text: str) -> list[tuple[int, int, str]]:
    return [(5, 7, "")]


def test_regex_cleaner_replaces_matches_and_is_case_insensitive() -> None:
    c = regex_cleaner("ads", r"\bADVERT\b\s*")
    assert c("Advert text advert") == "text "
    assert c.name == "ads"
    out, edits = c.explain("x ADVERT y")
    assert out == "x y"
    assert edits == [Edit("ads", 2, 9, "ADVERT ")]


def test_regex_cleaner_group_replacement() -> None:
    c = regex_cleaner("swap", r"(\w+)@(\w+)", r"\2 at \1")
    assert c("mail jane@site") == "mail site at jane"
    _, edits = c.explain("jane@site")
    assert edits[0].inserted == "site at jane"


def test_regex_cleaner_takes_a_compiled_pattern_as_is() -> None:
    c = regex_cleaner("case", regex.compile("X"))
    assert c("xX") == "x"


def test_line_cleaner_removes_lines_with_their_breaks() -> None:
    rules = line_cleaner("rules", is_rule)
    assert rules("Title\n-----\nBody\n---") == "Title\nBody\n"
    assert rules("Title\r\n---\r\nBody") == "Title\r\nBody"
    _, edits = rules.explain("a\n--\nb")
    assert edits == [Edit("rules", 2, 5, "--\n")]


def test_span_cleaner_trigger_skips_find() -> None:
    calls: list[str] = []

    def find(text: str) -> list[tuple[int, int, str]]:
        calls.append(text)
        return _x_spans(text)

    c = SpanCleaner("x", find, trigger=regex.compile("x"))
    assert c("abc") == "abc"
    assert c.explain("abc") == ("abc", [])
    assert calls == []
    assert c("axbx") == "ab"
    assert calls == ["axbx"]


def test_span_cleaner_explain_drops_spans_that_change_nothing() -> None:
    c = SpanCleaner("same", functools.partial(lambda t: [(0, 1, t[0])]))
    assert c.explain("abc") == ("abc", [])


def test_transform_cleaner_reports_one_edit() -> None:
    c = transform_cleaner("upper", str.upper)
    assert isinstance(c, TransformCleaner)
    assert c.explain("ab") == ("AB", [Edit("upper", 0, 2, "ab", "AB")])
    assert c.explain("AB") == ("AB", [])


def test_builders_satisfy_the_cleaner_protocol() -> None:
    for c in (regex_cleaner("a", "a"), line_cleaner("b", is_rule),
              transform_cleaner("c", str.strip), SpanCleaner("d", _x_spans)):
        assert isinstance(c, Cleaner)
    assert not isinstance(str.upper, Cleaner)


@pytest.mark.parametrize("cleaner", [
    regex_cleaner("a", r"\d+", "#"), line_cleaner("b", is_rule),
    transform_cleaner("c", str.strip), SpanCleaner("d", _x_spans),
], ids=["regex cleaner", "line cleaner", "transform cleaner", "span cleaner"])
def test_builders_pickle(cleaner: Cleaner) -> None:
    text = " x 12\n---\n "
    again = pickle.loads(pickle.dumps(cleaner))
    assert again.name == cleaner.name
    assert again(text) == cleaner(text)
    assert again.explain(text) == cleaner.explain(text)
