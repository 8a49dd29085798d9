"""The phrase packs, ``data/banners.<lang>.txt``: the languages that have one, the
sections a pack is split into by ``[name]`` lines, and every packaged phrase by section,
all languages merged (read once, on first use)."""

from __future__ import annotations

import functools
from importlib import resources

from cleantext._phrases import parse_pack

#: The languages with a packaged phrase pack.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "ja", "zh",
             "sv", "da", "nb", "pl", "cs", "ro", "fi", "hu", "ca", "el", "tr")
_SECTIONS = frozenset({
    "trigger", "opener", "body", "starter", "button", "accept", "link", "keyword",
    "person", "reporting", "purpose", "offer", "lone", "counter", "label", "alone",
    "under",
})


def _read_sections(text: str) -> dict[str, list[str]]:
    """A pack's phrases by section; phrases before any ``[name]`` line are ``body``."""
    out: dict[str, list[str]] = {}
    section = "body"
    for phrase in parse_pack(text):
        if phrase.startswith("[") and phrase.endswith("]"):
            section = phrase[1:-1].strip().lower()
            if section not in _SECTIONS:
                raise ValueError(f"unknown section [{section}] in a banners phrase pack")
            continue
        out.setdefault(section, []).append(phrase)
    return out


@functools.lru_cache(maxsize=1)
def _packaged() -> dict[str, tuple[str, ...]]:
    """Every packaged phrase by section, all languages, lower-cased, deduplicated."""
    merged: dict[str, dict[str, None]] = {s: {} for s in _SECTIONS}
    root = resources.files("cleantext") / "data"
    for lang in LANGUAGES:
        text = (root / f"banners.{lang}.txt").read_text(encoding="utf-8")
        for section, phrases in _read_sections(text).items():
            for p in phrases:
                merged[section].setdefault(p.lower(), None)
    return {s: tuple(d) for s, d in merged.items()}
