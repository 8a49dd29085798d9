"""The promo packs' format: the ``[section]`` names and what each role means to the
finder, a pack parsed by section, the packaged packs merged, and the key by which a
phrase and a matched text are compared."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources

from cleantext._lazy import lazy_regex
from cleantext._phrases import parse_pack

#: The sections of a promo pack; phrases before any section header are prompts.
SECTIONS = ("label", "inline", "prompt", "lead", "block", "rights", "social", "menu", "compound",
            "via", "headline", "tail", "until", "channel", "signup", "topics", "sorter",
            "order", "video", "app", "download", "button", "here", "noun", "bare")
#: Sections whose phrases go into the one trie scanned over the text.
_SCANNED = ("label", "inline", "prompt", "lead", "block", "tail", "video", "app",
            "download", "here")
#: Sections whose phrases open a unit (a line or sentence that starts with one goes).
_OPENING = frozenset({"prompt", "lead", "block"})
#: Sections whose phrases may also start a unit right after a sentence's end (the gate's
#: anchors and ``_may_start`` must agree on them).
_AFTER_STOP = frozenset({"prompt", "block", "topics", "video", "app"})
_HEADER = lazy_regex(r"\[([a-z]+)\]")


def parse_sections(text: str) -> dict[str, list[str]]:
    """The phrases of a promo pack, by section.

    Every name in :data:`SECTIONS` is a key, empty if the pack has no such section;
    lines before any header are prompts. An unknown ``[section]`` is a
    :class:`ValueError`; the phrases are only parsed, nothing is compiled.

    >>> parse_sections("Subscribe to\\n[label]\\nAdvertisement  # the ad break\\n")["label"]
    ['Advertisement']
    >>> parse_sections("Subscribe to\\n")["prompt"]
    ['Subscribe to']
    """
    bodies: dict[str, list[str]] = {name: [] for name in SECTIONS}
    current = "prompt"
    for raw in text.splitlines():
        m = _HEADER.fullmatch(raw.strip())
        if m is not None:
            if m.group(1) not in bodies:
                raise ValueError(f"unknown promo pack section [{m.group(1)}]; "
                                 f"valid: {', '.join(SECTIONS)}")
            current = m.group(1)
            continue
        bodies[current].append(raw)
    return {name: parse_pack("\n".join(lines)) for name, lines in bodies.items()}


def _key(phrase: str) -> str:
    """How a phrase and a matched text are compared: case, spaces, apostrophes folded.
    A Turkish dotted capital "İ" is an "i" (its case fold is "i" and a combining dot:
    "BİZİ TAKİP EDİN", matched case-insensitively, is the phrase "Bizi takip edin")."""
    return " ".join(phrase.casefold().replace("i\u0307", "i").replace("’", "'").split())


def _until_pairs(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The (opening, closing) keys of [until] lines ("opening => closing")."""
    for line in lines:
        opening, sep, closing = line.partition(" => ")
        if not sep or not opening.strip() or not closing.strip():
            raise ValueError(f"an [until] line is 'opening => closing', not {line!r}")
        yield _key(opening), _key(closing)


def _packaged_sections() -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {name: [] for name in SECTIONS}
    root = resources.files("cleantext") / "data"
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("promo.") and entry.name.endswith(".txt"):
            for name, phrases in parse_sections(entry.read_text(encoding="utf-8")).items():
                merged[name].extend(phrases)
    return merged
