"""Synthetic corpora: the sample articles dressed in boilerplate, with the gold beside them.

Each record is one article of one language (headline and paragraphs from
``sample/articles``), dressed in junk of the families the cleaners handle, rendered in
one of the shapes scrapers produce, and written as a JSON line::

    {"id": "s1-00000042", "lang": "fr", "shape": "html",
     "families": ["banners", "markup", "truncation"], "text": DIRTY, "gold": CLEAN}

The gold follows the labelling rules of the development sets: the headline and every
article sentence kept, paragraphs joined by a blank line; a cut-off last sentence goes
with its truncation marker; a marker after a complete sentence goes alone.

Record ``i`` of seed ``s`` depends on ``(s, i)`` only, so the same seed gives the same
bytes, and a small corpus is a prefix of a larger one of the same seed.
"""

from __future__ import annotations

import gzip
import html
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

SAMPLE = Path(__file__).resolve().parent / "sample"

#: The families of junk a record may carry (named after the cleaners that remove them).
FAMILIES = ("banners", "trailers", "promo", "truncation", "markup", "unicode")
SHAPES = ("paragraphs", "lines", "flat", "html")

# How often each thing happens. A share of records is left clean: in a real corpus most
# documents carry little or no junk, and a cleaner must leave those alone.
CLEAN_SHARE = 0.15
P_FAMILY = {"banners": 0.35, "read_more": 0.35, "feed_trailers": 0.3, "promo": 0.45,
            "truncation": 0.35}
P_SHAPE = (("paragraphs", 0.4), ("lines", 0.1), ("flat", 0.25), ("html", 0.25))
P_MOJIBAKE = 0.1

# Truncation markers as feeds and news APIs print them ("[+1234 chars]" is NewsAPI's).
_MARKERS = ("…", "...", " […]", " [...]", "… [+{n} chars]", " [+{n} chars]")

# A sentence ends at . ! ? (optionally closed by a quote) before a capital letter.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][»”\"']))\s+(?=[«„“\"']?\s?[A-ZÀ-ÖØ-ÞА-ЯЁ])")


@dataclass(frozen=True)
class Article:
    """A headline and its paragraphs."""

    headline: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Sample:
    """The sample corpus: articles per language, boilerplate wordings per family and language."""

    articles: dict[str, tuple[Article, ...]]
    wordings: dict[str, dict[str, tuple[str, ...]]]
    sites: tuple[str, ...]

    @property
    def langs(self) -> tuple[str, ...]:
        return tuple(sorted(self.articles))

    def wording(self, family: str, lang: str, rng: random.Random) -> str:
        """A wording of ``family`` in ``lang`` (English where the language has none)."""
        by_lang = self.wordings[family]
        return rng.choice(by_lang.get(lang) or by_lang["en"])


def load_sample(root: Path = SAMPLE) -> Sample:
    """Read the sample corpus folder (see ``sample/README.md`` for its format)."""
    articles: dict[str, tuple[Article, ...]] = {}
    for path in sorted((root / "articles").glob("*.txt")):
        found = []
        for chunk in re.split(r"\n---\n", path.read_text(encoding="utf-8")):
            head, _, body = chunk.strip().partition("\n")
            paras = tuple(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip())
            found.append(Article(head.strip(), paras))
        articles[path.stem] = tuple(found)
    wordings: dict[str, dict[str, tuple[str, ...]]] = {}
    for path in sorted((root / "boilerplate").glob("*.txt")):
        by_lang: dict[str, list[str]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lang, _, text = line.partition("\t")
                by_lang.setdefault(lang, []).append(text)
        wordings[path.stem] = {k: tuple(v) for k, v in by_lang.items()}
    sites = tuple(s for s in (root / "sites.txt").read_text(encoding="utf-8").splitlines() if s)
    return Sample(articles, wordings, sites)


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph of the sample into sentences (the sample is written to allow it)."""
    return _SENTENCE_END.split(paragraph)


# --- mojibake ---------------------------------------------------------------------------

# UTF-8 bytes read as cp1252; the five bytes cp1252 leaves undefined come through as the
# Latin-1 character, as browsers and most decoders with errors="replace"-like fallbacks do.
_CP1252 = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)}


def mojibake(text: str) -> str:
    """``text`` encoded as UTF-8 and decoded as cp1252: ``"café"`` -> ``"cafÃ©"``.

    >>> mojibake("café – “ok”")
    'cafÃ© â€“ â€œokâ€\\x9d'
    """
    return "".join(_CP1252[b] for b in text.encode("utf-8"))


def unmojibake(text: str) -> str:
    """Invert :func:`mojibake` (for tests and for checking a gold against its text)."""
    back = {v: k for k, v in _CP1252.items()}
    return bytes(back[c] for c in text).decode("utf-8")


# --- rendering --------------------------------------------------------------------------

# Characters scrapers often leave as entities, and the entities they use.
_ENTITIES = {"’": ("&rsquo;", "&#8217;"), "é": ("&eacute;", "&#233;"), "«": ("&laquo;",),
             "»": ("&raquo;",), "–": ("&ndash;", "&#x2013;"), "ü": ("&uuml;",),
             "à": ("&agrave;",), "ç": ("&ccedil;",), "ã": ("&atilde;",)}
_SCRIPTS = (
    '<script>window.dataLayer = window.dataLayer || []; trackPageView("article");</script>',
    "<style>.ad-slot{display:none}</style>",
    '<script type="text/javascript">var adUnit = "top_banner"; loadAds(adUnit);</script>',
)


def _html_text(text: str, rng: random.Random) -> str:
    """Escape ``text`` for HTML, with some characters and spaces as entities."""
    out = html.escape(text, quote=False)
    for char, forms in _ENTITIES.items():
        if char in out and rng.random() < 0.7:
            out = out.replace(char, rng.choice(forms))
    if rng.random() < 0.3:
        out = out.replace(", ", ",&nbsp;", 1)
    return out


def _inline_tag(text: str, rng: random.Random) -> str:
    """Wrap one whole word of already-escaped ``text`` in an inline tag."""
    words = text.split(" ")
    if len(words) < 3:
        return text
    i = rng.randrange(1, len(words) - 1)
    if "&" in words[i] or not words[i].isalpha():
        return text
    tag = rng.choice(("b", "em", "strong", "a"))
    opening = f'<a href="https://news.example/{i}">' if tag == "a" else f"<{tag}>"
    words[i] = f"{opening}{words[i]}</{tag}>"
    return " ".join(words)


def _to_html(blocks: list[tuple[str, str]], rng: random.Random) -> str:
    """Render ``(text, kind)`` blocks as an HTML fragment; kind is headline, body or junk."""
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(_SCRIPTS))
    for text, kind in blocks:
        body = _html_text(text, rng)
        if kind == "headline":
            parts.append(f"<h1>{body}</h1>")
        elif kind == "junk":
            parts.append(f'<div class="{rng.choice(("promo", "consent", "related"))}">'
                         f"{body}</div>")
        else:
            if rng.random() < 0.4:
                body = _inline_tag(body, rng)
            if rng.random() < 0.15:
                body = body.replace(". ", ".<br>", 1)
            parts.append(f"<p>{body}</p>")
    return rng.choice(("", "\n")).join(parts)


# --- dressing ---------------------------------------------------------------------------


def _truncate(paragraph: str, rng: random.Random) -> tuple[str, str]:
    """(dirty, gold) of a last paragraph cut off by a feed, with its marker.

    Mostly the last sentence is cut mid-way (the fragment goes with the marker); sometimes
    the marker follows a complete sentence (only the marker goes).
    """
    marker = rng.choice(_MARKERS).format(n=rng.randint(120, 4800))
    sents = sentences(paragraph)
    words = sents[-1].split()
    if len(words) < 4 or rng.random() < 0.3:
        sep = "" if marker.startswith(" ") else " "
        return paragraph + sep + marker, paragraph
    cut = " ".join(words[: rng.randint(2, len(words) - 2)]).rstrip(",;:")
    return " ".join([*sents[:-1], cut + marker]), " ".join(sents[:-1])


Block = tuple[str, str]  # (text, kind): kind is "headline", "body" or "junk"


def _article(arts: tuple[Article, ...], rng: random.Random) -> tuple[Article, list[Block]]:
    """An article of the language and its gold blocks: headline (mostly) and paragraphs."""
    art = rng.choice(arts)
    paras = list(art.paragraphs)
    if rng.random() < 0.3:  # longer articles: a few paragraphs of the language's others
        others = [p for a in arts if a is not art for p in a.paragraphs]
        paras += rng.sample(others, k=min(len(others), rng.randint(1, 3)))
    else:
        paras = paras[: rng.randint(min(2, len(paras)), len(paras))]
    blocks: list[Block] = [(p, "body") for p in paras]
    if rng.random() < 0.85:
        blocks.insert(0, (art.headline, "headline"))
    return art, blocks


def _dress(dirty: list[Block], gold: list[Block], junk: Callable[[str], Block],
           rng: random.Random) -> set[str]:
    """Add junk to ``dirty`` (and cut ``gold`` where truncated), in place; return the families."""
    families: set[str] = set()
    if rng.random() < CLEAN_SHARE:
        return families
    chosen = [f for f, p in P_FAMILY.items() if rng.random() < p] or [rng.choice(list(P_FAMILY))]
    if "truncation" in chosen:
        dirty_last, gold_last = _truncate(dirty[-1][0], rng)
        dirty[-1] = (dirty_last, "body")
        gold[-1] = (gold_last, "body")
        if not gold_last:
            gold.pop()
        families.add("truncation")
    tail: list[Block] = []  # after the article, in the order feeds put them
    if "promo" in chosen:
        for _ in range(rng.randint(1, 3)):
            where = rng.random()
            if where < 0.5 and len(dirty) > 2:
                dirty.insert(rng.randrange(1, len(dirty)), junk("promo"))
            elif where < 0.75:
                dirty.insert(0, junk("promo"))
            else:
                tail.append(junk("promo"))
        families.add("promo")
    if "read_more" in chosen:
        if rng.random() < 0.4 and len(dirty) > 2:
            dirty.insert(rng.randrange(2, len(dirty)), junk("read_more"))
        else:
            tail.append(junk("read_more"))
        families.add("trailers")
    if "feed_trailers" in chosen:
        tail.append(junk("feed_trailers"))
        families.add("trailers")
    if "banners" in chosen:
        if rng.random() < 0.7:
            dirty.insert(0, junk("banners"))
        else:
            tail.append(junk("banners"))
        families.add("banners")
    dirty += tail
    return families


def make_record(sample: Sample, seed: int, i: int) -> dict[str, object]:
    """Record ``i`` of the corpus of ``seed`` (a pure function of both)."""
    rng = random.Random(f"cleantext-bench:{seed}:{i}")
    lang = rng.choice(sample.langs)
    arts = sample.articles[lang]
    art, gold_blocks = _article(arts, rng)
    title = rng.choice([a.headline for a in arts if a is not art] or [art.headline])
    site = rng.choice(sample.sites)

    def junk(family: str) -> Block:
        text = sample.wording(family, lang, rng)
        return text.format(title=title, site=site, n=rng.randint(2, 480)), "junk"

    dirty_blocks = list(gold_blocks)
    families = _dress(dirty_blocks, gold_blocks, junk, rng)
    shape = rng.choices([s for s, _ in P_SHAPE], [w for _, w in P_SHAPE])[0]
    if shape == "html":
        dirty = _to_html(dirty_blocks, rng)
        families.add("markup")
    else:
        sep = {"paragraphs": "\n\n", "lines": "\n", "flat": " "}[shape]
        dirty = sep.join(t for t, _ in dirty_blocks)
    if not dirty.isascii() and rng.random() < P_MOJIBAKE:
        dirty = mojibake(dirty)
        families.add("unicode")
    return {
        "id": f"s{seed}-{i:08d}",
        "lang": lang,
        "shape": shape,
        "families": sorted(families),
        "text": dirty,
        "gold": "\n\n".join(t for t, _ in gold_blocks),
    }


def records(seed: int, sample: Sample | None = None) -> Iterator[dict[str, object]]:
    """The endless stream of records of ``seed``."""
    sample = sample or load_sample()
    i = 0
    while True:
        yield make_record(sample, seed, i)
        i += 1


# --- writing ----------------------------------------------------------------------------

_UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9,
          "KIB": 2**10, "MIB": 2**20, "GIB": 2**30}


def parse_size(text: str) -> int:
    """``"200MB"`` -> 200_000_000 (decimal units; KiB, MiB, GiB are binary).

    >>> parse_size("200MB"), parse_size("1.5kb"), parse_size("4096")
    (200000000, 1500, 4096)
    """
    m = re.fullmatch(r"\s*([0-9.]+)\s*([A-Za-z]*)\s*", text)
    if not m or m.group(2).upper() not in _UNITS:
        raise ValueError(f"not a size: {text!r} (e.g. 200MB, 1.5GB, 500KB)")
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()])


def open_for_writing(path: Path) -> IO[bytes]:
    """A binary writer for ``path``, compressed by its extension (.gz, .zst or none).

    gzip is written with no file name and mtime 0, so the same records give the same bytes.
    """
    raw = open(path, "wb")  # noqa: SIM115 - closed through the wrapper
    if path.suffix == ".gz":
        return cast(IO[bytes], gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                            compresslevel=6))
    if path.suffix == ".zst":
        import zstandard  # noqa: PLC0415 - only the .zst path needs it

        return zstandard.ZstdCompressor(level=3).stream_writer(raw, closefd=True)
    return raw


def write_corpus(path: Path, size: int, seed: int, *, progress: bool = False) -> tuple[int, int]:
    """Write records of ``seed`` to ``path`` until their texts add up to ``size`` bytes.

    ``size`` counts the UTF-8 bytes of the dirty ``text`` fields, the part a cleaner
    processes and the benchmark's MB/s divide; the file is about twice that uncompressed
    (the gold rides beside each text). Streamed: one record in memory at a time.
    Returns (records, text bytes).
    """
    sample = load_sample()
    n = text_bytes = 0
    batch: list[bytes] = []
    batched = 0
    with open_for_writing(path) as out:
        for rec in records(seed, sample):
            if text_bytes >= size:
                break
            line = (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")
            batch.append(line)
            batched += len(line)
            n += 1
            text_bytes += len(str(rec["text"]).encode("utf-8"))
            if batched >= 1 << 20:  # write in ~1 MB batches: fewer compressor calls
                out.write(b"".join(batch))
                batch, batched = [], 0
                if progress:
                    print(f"\r{text_bytes / 1e6:8.1f} MB  {n} records", end="", file=sys.stderr)
        out.write(b"".join(batch))
    if progress:
        print(f"\r{text_bytes / 1e6:8.1f} MB  {n} records", file=sys.stderr)
    return n, text_bytes
