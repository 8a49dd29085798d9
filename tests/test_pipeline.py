"""Pipelines: building, configuring, naming errors, pickling."""

from __future__ import annotations

import pickle

import pytest

from cleantext import DEFAULT, Pipeline, UnknownCleanerError, regex_cleaner, transform_cleaner
from cleantext._core import replay
from cleantext.cleaners import DEFAULT_ORDER, REGISTRY

VALID = ", ".join(REGISTRY)
tag = regex_cleaner("tag", r"\[tag\]")


def test_default_order_ends_with_whitespace_and_starts_with_markup() -> None:
    assert DEFAULT.names[0] == "markup"
    assert DEFAULT.names[1] == "unicode"
    assert DEFAULT.names[-1] == "whitespace"
    assert DEFAULT.names == tuple(REGISTRY)
    assert DEFAULT.cleaners == DEFAULT_ORDER


def test_from_names_keeps_the_order_given() -> None:
    p = Pipeline.from_names(["whitespace", "markup"])
    assert p.names == ("whitespace", "markup")
    assert p("<p> a </p>") == "\n\n a \n\n"


@pytest.mark.parametrize("call", [
    lambda: Pipeline.from_names(["marcup"]),
    lambda: DEFAULT.without("nope"),
    lambda: DEFAULT.only("nope"),
], ids=["from_names with a typo", "without an unknown name", "only an unknown name"])
def test_unknown_names_raise_listing_the_valid_ones(call: object) -> None:
    with pytest.raises(UnknownCleanerError) as err:
        call()  # type: ignore[operator]
    assert VALID in str(err.value)
    assert isinstance(err.value, ValueError)


def test_a_known_name_missing_from_this_pipeline_says_what_it_has() -> None:
    p = Pipeline.from_names(["markup", "whitespace"])
    with pytest.raises(UnknownCleanerError, match="not in this pipeline; it has: markup, "
                                                 "whitespace"):
        p.without("unicode")


def test_without_and_only() -> None:
    assert "promo" not in DEFAULT.without("promo").names
    assert DEFAULT.without("promo", "banners").names == tuple(
        n for n in DEFAULT.names if n not in ("promo", "banners"))
    assert DEFAULT.only("whitespace", "markup").names == ("markup", "whitespace")


def test_then_goes_before_a_final_whitespace() -> None:
    p = Pipeline.from_names(["markup", "whitespace"]).then(tag)
    assert p.names == ("markup", "tag", "whitespace")
    assert p("<p>a [tag] b</p>") == "a b"
    assert Pipeline.from_names(["markup"]).then(tag).names == ("markup", "tag")
    assert Pipeline(()).then(tag).names == ("tag",)


def test_then_rejects_what_is_not_a_cleaner() -> None:
    with pytest.raises(TypeError, match="not a cleaner"):
        DEFAULT.then(str.upper)  # type: ignore[arg-type]


def test_replace_swaps_by_name() -> None:
    loud = transform_cleaner("whitespace", str.upper)
    p = Pipeline.from_names(["markup", "whitespace"]).replace(loud)
    assert p.names == ("markup", "whitespace")
    assert p("<b>a</b>") == "A"
    with pytest.raises(UnknownCleanerError):
        Pipeline.from_names(["markup"]).replace(loud)


def test_pipelines_are_immutable_values() -> None:
    p = Pipeline.from_names(["markup", "whitespace"])
    assert p == Pipeline.from_names(["markup", "whitespace"])
    with pytest.raises(AttributeError):
        p.cleaners = ()  # type: ignore[misc]
    q = p.without("markup")
    assert p.names == ("markup", "whitespace")
    assert q.names == ("whitespace",)


def test_explain_text_equals_the_call_and_each_cleaners_edits_replay() -> None:
    text = "<p>Caf&eacute;\u00a0CafÃ©</p>\r\n\r\n\r\n<div>x  y</div>"
    r = DEFAULT.explain(text)
    assert r.text == DEFAULT(text)
    current = text
    for c in DEFAULT.cleaners:
        out = c(current)
        assert replay(current, r.by(c.name)) == out
        current = out
    assert current == r.text


def test_an_empty_pipeline_returns_its_input() -> None:
    assert Pipeline(())("  <b>x</b>  ") == "  <b>x</b>  "
    assert Pipeline(()).explain("x").edits == ()


SAMPLE = ("<html><body><p>Caf&eacute; CafÃ© “quotes”</p><script>x()</script>"
          "<p>x  y\u00a0z\r\n</p></body></html>")


@pytest.mark.parametrize("pipeline", [
    DEFAULT, DEFAULT.without("promo"), Pipeline.from_names(["markup", "whitespace"]),
    DEFAULT.then(tag),
], ids=["the default pipeline", "the default without promo", "markup and whitespace",
        "the default with a user cleaner"])
def test_pipelines_survive_pickle(pipeline: Pipeline) -> None:
    again = pickle.loads(pickle.dumps(pipeline))
    assert again.names == pipeline.names
    assert again(SAMPLE) == pipeline(SAMPLE)
    assert again.explain(SAMPLE) == pipeline.explain(SAMPLE)


@pytest.mark.parametrize("name", list(REGISTRY))
def test_every_registered_cleaner_survives_pickle(name: str) -> None:
    c = REGISTRY[name]
    again = pickle.loads(pickle.dumps(c))
    assert again.name == name
    assert again(SAMPLE) == c(SAMPLE)
    assert again.explain(SAMPLE) == c.explain(SAMPLE)


def test_calling_a_pipeline_checks_its_input() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        DEFAULT(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"explain\(\) takes str"):
        DEFAULT.explain(None)  # type: ignore[arg-type]


def test_a_later_round_skips_a_cleaner_handed_the_text_it_kept() -> None:
    # "drop" changes the text, so the pipeline runs again; "seen" returned its text
    # unchanged in round one and is handed that same text in round two: it is not
    # called again (a cleaner is a function of its text). "drop" sees new text in
    # round two and runs.
    calls: dict[str, list[str]] = {"drop": [], "seen": []}

    def recording(name: str, change: str) -> object:
        def transform(text: str) -> str:
            calls[name].append(text)
            return text.replace(change, "") if change else text
        return transform_cleaner(name, transform)

    p = Pipeline((recording("drop", "[x]"), recording("seen", "")))  # type: ignore[arg-type]
    assert p("a[x]b") == "ab"
    assert calls == {"drop": ["a[x]b", "ab"], "seen": ["ab"]}
    calls["drop"].clear()
    calls["seen"].clear()
    result = p.explain("a[x]b")
    assert result.text == "ab"
    assert [e.cleaner for e in result.edits] == ["drop"]
    assert calls == {"drop": ["a[x]b", "ab"], "seen": ["ab"]}


def test_a_unicode_repair_that_makes_a_tag_goes_back_to_markup() -> None:
    # markup decodes "&nbsp" (no tag yet: "Â" and a NBSP stand in it), unicode repairs
    # "Â\xa0" to a space, and "<P >" is a tag: markup reads it at once, not a call later.
    dirty = "Rain fell.<PÂ&nbsp>The ferry sailed."
    assert DEFAULT.only("markup", "whitespace")(dirty) == "Rain fell.<PÂ\xa0>The ferry sailed."
    once = DEFAULT(dirty)
    assert once == "Rain fell.\n\nThe ferry sailed."
    assert DEFAULT(once) == once
    result = DEFAULT.explain(dirty)
    assert result.text == once
    assert [e.cleaner for e in result.edits] == ["markup", "unicode", "markup"]


def test_a_unicode_repair_goes_back_through_markup_only() -> None:
    # A repair with no markup in it costs markup one more look and nothing more:
    # unicode is not called again on its own output, and no whole round is run.
    seen: dict[str, list[str]] = {"markup": [], "unicode": []}

    def recording(name: str) -> object:
        def transform(text: str) -> str:
            seen[name].append(text)
            return REGISTRY[name](text)
        return transform_cleaner(name, transform)

    p = Pipeline((recording("markup"), recording("unicode")))  # type: ignore[arg-type]
    assert p("cafÃ© <b>x</b>") == "café x"
    assert seen == {"markup": ["cafÃ© <b>x</b>", "café x"], "unicode": ["cafÃ© x"]}
