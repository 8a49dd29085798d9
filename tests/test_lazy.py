"""`cleantext._lazy`: patterns compiled on first use behave as compiled ones."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys

import regex

from cleantext import _lazy


def test_lazy_pattern_answers_as_the_compiled_pattern() -> None:
    source = r"(?P<word>read|see) (?:more|also)"
    proxy, pattern = _lazy.lazy(source, re.I), re.compile(source, re.I)
    text = "Read more: x. See also: y. read  more"
    assert proxy.pattern == pattern.pattern
    assert [m.span() for m in proxy.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert proxy.sub("-", text) == pattern.sub("-", text)
    assert proxy.groupindex == pattern.groupindex
    assert proxy.flags == pattern.flags


def test_regex_engine_syntax_is_compiled_by_regex() -> None:
    proxy = _lazy.lazy_regex(r"\p{Lu}\p{Ll}++")
    match = proxy.match("Élan vital")
    assert match is not None and match.group() == "Élan"


def test_after_first_use_calls_go_straight_to_the_compiled_pattern() -> None:
    proxy = _lazy.lazy(r"x+")
    assert "search" not in vars(proxy)
    proxy.search("axxb")
    # The bound method of the compiled pattern itself: no Python frame per call.
    assert vars(proxy)["search"] == vars(proxy)["_done"].search


def test_pattern_source_does_not_compile() -> None:
    proxy = _lazy.lazy(r"y+")
    assert proxy.pattern == r"y+"
    assert "_done" not in vars(proxy)


def test_a_proxy_pickles_before_and_after_use() -> None:
    proxy = _lazy.lazy_regex(r"(?i)cookies?")
    fresh = pickle.loads(pickle.dumps(proxy))
    proxy.search("Cookies")
    used = pickle.loads(pickle.dumps(proxy))
    for copy in (fresh, used):
        match = copy.search("We use COOKIES")
        assert match is not None and match.group() == "COOKIES"


def test_warm_up_compiles_one_package_only() -> None:
    mine = _lazy.lazy(r"z+")
    assert _lazy.warm_up(__name__) >= 1
    assert "_done" in vars(mine)
    assert _lazy.warm_up(__name__) == 0
    assert _lazy.warm_up("no.such.package") == 0


def test_a_bad_pattern_fails_when_first_used_with_the_engines_error() -> None:
    proxy = _lazy.lazy_regex(r"(unclosed")
    try:
        proxy.search("x")
    except regex.error:
        pass
    else:  # pragma: no cover - the assertion's message
        raise AssertionError("an invalid pattern compiled")


_LEFT = r"""
import sys
from cleantext import _lazy
from cleantext.pipeline import DEFAULT
def left():
    return [repr(p) for module, made in _lazy._MADE.items()
            if module.startswith("cleantext.") for p in made if "_done" not in vars(p)]
before = left()
DEFAULT.prepare()
print(len(before), left())
"""


def test_default_pipeline_prepare_compiles_every_lazy_pattern() -> None:
    # In a fresh interpreter: this one may have used every pattern already.
    run = subprocess.run([sys.executable, "-c", _LEFT], capture_output=True, text=True,
                         check=True)
    before, left = run.stdout.split(" ", 1)
    assert int(before) > 0  # else the check below proves nothing
    assert left.strip() == "[]"
