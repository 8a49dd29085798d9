"""Run one peer over a corpus of texts; a script for the peers' own virtual environment.

    runner.py --check
    runner.py --peer NAME --input TEXTS.jsonl --output OUT.jsonl [--repeat N]

It imports nothing of the benchmark suite (the peers' venv has clean-text, whose import
package is also called ``cleantext``): standard library and the peer only. The input is
JSON lines with ``text`` and optional ``lang``; the output one ``{"text": ...}`` line per
input line, in order. A summary goes to stdout as one JSON object: the peer's version and
settings, its import time, per-pass seconds (the sum of per-document call times, so
reading and writing are not counted), p50/p99 per document, and how many documents
raised (their output is empty, as if the tool had dropped them).

``--check`` prints which peers are importable here, with their versions.
"""

# The peers are imported inside make(): only the one being run, and only in its venv.
# ruff: noqa: PLC0415

from __future__ import annotations

import html
import importlib
import importlib.metadata
import json
import re
import sys
import time
from collections.abc import Callable
from itertools import islice

# The text the peers that want HTML get: a record that already holds markup is passed as
# it is (wrapped in a body), plain text becomes one escaped <p> per line.
_HAS_TAGS = re.compile(
    r"</?(?:p|div|br|h[1-6]|span|a|b|i|em|strong|ul|ol|li|table|script|style)\b[^>]*>", re.I
)
# jusText's stoplists by the language codes of the corpus; English where a record has none.
_STOPLISTS = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
              "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "ru": "Russian",
              "pl": "Polish", "sv": "Swedish", "da": "Danish", "cs": "Czech"}

WARM_UP = 20  # as benchmarks.speed.WARM_UP

# name -> (distribution for the version, settings as reported)
PEERS = {
    "clean-text": ("clean-text", "clean(text, lower=False, to_ascii=False, "
                   "keep_two_line_breaks=True); other options at their defaults"),
    "ftfy": ("ftfy", "fix_text(text), defaults"),
    "beautifulsoup": ("beautifulsoup4", 'BeautifulSoup(text, "html.parser").get_text("\\n")'),
    "c4": ("datatrove", "C4QualityFilter line rules: min_num_sentences=-1, "
           "filter_lorem_ipsum=False, filter_curly_bracket=False; kept lines"),
    "justext": ("justext", "justext(as_html(text), stoplist of the record's language); "
                "non-boilerplate paragraphs"),
    "trafilatura": ("trafilatura", "extract(as_html(text), include_comments=False); "
                    "other options at their defaults"),
}


def as_html(text: str) -> str:
    """``text`` as an HTML page for the peers that need one."""
    if _HAS_TAGS.search(text):
        body = text
    else:
        body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def make(name: str) -> Callable[[str, str | None], str]:
    """The peer as ``fn(text, lang) -> text``; imports happen here, not at module load."""
    if name == "clean-text":
        # clean-text's package is also named ``cleantext``: the peers' own environment
        # has it instead of this project (``python -m benchmarks peers-setup``).
        clean_text = importlib.import_module("cleantext").clean

        return lambda text, lang: clean_text(
            text, lower=False, to_ascii=False, keep_two_line_breaks=True
        )
    if name == "ftfy":
        import ftfy

        return lambda text, lang: ftfy.fix_text(text)
    if name == "beautifulsoup":
        from bs4 import BeautifulSoup

        return lambda text, lang: BeautifulSoup(text, "html.parser").get_text("\n")
    if name == "c4":
        from datatrove.data import Document
        from datatrove.pipeline.filters import C4QualityFilter

        # Line-level rules only: the document-level drops (too few sentences, lorem ipsum,
        # a curly bracket) decide whether to keep a page, not what to clean from it.
        c4 = C4QualityFilter(min_num_sentences=-1, filter_lorem_ipsum=False,
                             filter_curly_bracket=False)

        def c4_lines(text: str, lang: str | None) -> str:
            doc = Document(text=text, id="0")
            kept = c4.filter(doc)
            return doc.text if kept is True else ""

        return c4_lines
    if name == "justext":
        import justext

        stoplists: dict[str, frozenset[str]] = {}

        def jt(text: str, lang: str | None) -> str:
            language = _STOPLISTS.get(lang or "en", "English")
            if language not in stoplists:
                stoplists[language] = justext.get_stoplist(language)
            paragraphs = justext.justext(as_html(text), stoplists[language])
            return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

        return jt
    if name == "trafilatura":
        import trafilatura

        return lambda text, lang: trafilatura.extract(as_html(text), include_comments=False) or ""
    raise SystemExit(f"unknown peer {name!r}; known: {', '.join(PEERS)}")


def check() -> dict[str, str | None]:
    """Which peers can be imported here: name -> version, or None."""
    found: dict[str, str | None] = {}
    for name, (dist, _) in PEERS.items():
        try:
            make(name)
            found[name] = importlib.metadata.version(dist)
        except Exception:  # any import failure means: not usable here
            found[name] = None
    return found


def run(name: str, src: str, dst: str, repeat: int) -> dict[str, object]:
    """``repeat`` timed passes of peer ``name`` over ``src``; the first writes ``dst``.

    Streamed: one record in memory at a time, whatever the corpus size.
    """
    t0 = time.perf_counter()
    fn = make(name)
    import_s = time.perf_counter() - t0
    # Warm-up on the first documents, untimed: lazy initialisation is not a per-document
    # cost (benchmarks.speed.warm_up does the same for cleantext).
    with open(src, encoding="utf-8") as fh:
        for line in islice(fh, WARM_UP):
            rec = json.loads(line)
            fn(rec["text"], rec.get("lang"))
    clock = time.perf_counter
    passes: list[float] = []
    p50s: list[float] = []
    p99s: list[float] = []
    errors = docs = nbytes = 0
    for rep in range(repeat):
        total = 0.0
        per_doc: list[float] = []
        with open(src, encoding="utf-8") as fh, open(
            dst if rep == 0 else "/dev/null", "w", encoding="utf-8"
        ) as out_fh:
            for line in fh:
                rec = json.loads(line)
                text = rec["text"]
                t = clock()
                try:
                    out = fn(text, rec.get("lang"))
                except Exception:  # a peer that raises on a document loses that document
                    out = ""
                    errors += rep == 0
                dt = clock() - t
                total += dt
                per_doc.append(dt)
                if rep == 0:
                    docs += 1
                    nbytes += len(text.encode("utf-8"))
                    out_fh.write(json.dumps({"text": out}, ensure_ascii=False) + "\n")
        passes.append(total)
        per_doc.sort()
        p50s.append(_percentile(per_doc, 0.5))
        p99s.append(_percentile(per_doc, 0.99))

    dist, settings = PEERS[name]
    return {"peer": name, "version": importlib.metadata.version(dist), "settings": settings,
            "import_s": import_s, "docs": docs, "bytes": nbytes, "seconds": passes,
            "p50_s": p50s, "p99_s": p99s, "errors": errors}


def _percentile(sorted_values: list[float], q: float) -> float:
    # Nearest rank, as benchmarks.speed.percentile (which this venv cannot import).
    if not sorted_values:
        return 0.0
    rank = max(1, round(q * len(sorted_values) + 0.4999))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--peer", choices=sorted(PEERS))
    ap.add_argument("--input")
    ap.add_argument("--output")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    if args.check:
        print(json.dumps(check()))
        return 0
    if not (args.peer and args.input and args.output):
        ap.error("--peer, --input and --output are required")
    print(json.dumps(run(args.peer, args.input, args.output, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
