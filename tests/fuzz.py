"""Fuzz `clean` for a while; save every failing input as a regression case.

    python tests/fuzz.py --minutes 10

Hypothesis generates texts from a grammar of what scraped news is made of (words,
sentences, tags, entities, boilerplate phrases, truncation markers, odd Unicode), mixed
with arbitrary text, and checks the invariants every input must keep:

- ``clean`` returns a ``str`` that encodes as UTF-8, without raising;
- it is idempotent;
- ``explain(x).text == clean(x)``, and each cleaner's edits replay to its output.

A failing input (shrunk by hypothesis) is appended to
``tests/cases/fuzz-regressions.jsonl``, which ``tests/test_fuzz_regressions.py`` checks
on every test run. Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext import DEFAULT, clean, explain
from cleantext._core import replay

REGRESSIONS = Path(__file__).parent / "cases" / "fuzz-regressions.jsonl"

_PIECES = [
    "<p>", "</p>", "<br>", "<div class='x'>", "</div>", "<script>x()</script>", "<!--",
    "-->", "<![CDATA[", "]]>", "&amp;", "&amp;amp;", "&lt;p&gt;", "&#8230;", "&nbsp;",
    "AT&T", "<5%", "a<b", "Read more", "Read More: ", "Continue reading…", "The post ",
    " appeared first on ", "We use cookies", "Accept", "Reject all", "Advertisement",
    "Share this:", "Sign up for our newsletter", "…", "...", "[…]", "… [+123 chars]",
    "Ã©", "â€™", "\u200b", "\u200d", "\ufeff", "\x00", "\x85", "\r\n", "\r", "\n", "\n\n",
    "\t", "  ", "\u00a0", "\u202e", "\ud800", "\u0301", "Mr.", "U.S.", "“", "”", "«", "»",
    "The council approved the budget.", "He said: “No.”", "Es regnet.", "日本語です。",
]
texts = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40).map(
        "".join
    ),
)


def check(text: str) -> None:
    """The invariants; raises AssertionError (or anything else) on a violation."""
    once = clean(text)
    assert isinstance(once, str)
    once.encode("utf-8")
    assert clean(once) == once, "not idempotent"
    result = explain(text)
    assert result.text == once, "explain disagrees with clean"
    current = text
    for cleaner in DEFAULT.cleaners:
        out, edits = cleaner.explain(current)
        assert replay(current, edits) == out, f"{cleaner.name}: edits do not replay"
        current = out


def fuzz(minutes: float, batch: int) -> int:
    """Run batches until the time is up; return how many failures were saved."""
    deadline = time.monotonic() + minutes * 60
    saved = 0
    seen: dict[str, None] = {}
    last: list[str] = []  # the input being checked: hypothesis replays the shrunk one last
    while time.monotonic() < deadline:
        last.clear()

        @settings(max_examples=batch, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(texts)
        def run(text: str) -> None:
            last[:] = [text]
            check(text)

        try:
            run()
        except Exception as exc:  # any failure is a finding to keep
            text = last[0] if last else ""
            if text not in seen:
                seen[text] = None
                with REGRESSIONS.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps({"input": text, "error": repr(exc)[:300]}) + "\n")
                saved += 1
                print(f"saved a failing input ({type(exc).__name__}): {text[:80]!r}")
    return saved


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--batch", type=int, default=500, help="examples per hypothesis run")
    args = ap.parse_args()
    saved = fuzz(args.minutes, args.batch)
    print(f"done: {saved} new failing input(s) saved to {REGRESSIONS}")
    return 1 if saved else 0


if __name__ == "__main__":
    raise SystemExit(main())
