"""Frame phrases ("the post {title} appeared first on {site}"): parsed into literals and
slots, written as regex, and the closed frames tried by the two characters at a hit
(``_ByFirst``).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from cleantext.cleaners.trailers._patterns import (
    _DOMAIN,
    _DOMAIN_LAST,
    _FLAGS,
    _SITE_LAST,
    _SITE_MID,
    _SLOT,
    _TITLE,
    _URL,
)


def _literal(piece: str) -> str:
    """A literal phrase piece as regex: spaces flexible, apostrophes either way, ``:`` spaced."""
    out: list[str] = []
    prev = ""
    for ch in piece:
        if ch == " ":
            out.append(r"\s*" if prev == ":" else r"\s+")
        elif ch in "'’":
            out.append("['’]")
        elif ch == ":":
            out.append(r"\s*:")
        else:
            out.append(regex.escape(ch))
        prev = ch
    return "".join(out)


@dataclass(frozen=True)
class _Frame:
    """A parsed frame phrase: literal pieces and slot names, in order."""

    parts: tuple[tuple[str, str], ...]  # ("lit", text) or ("slot", name)
    at_end: bool = False  # marked ``{end}``: tried only where it ends the text

    @property
    def leading_title(self) -> bool:
        return self.parts[0] == ("slot", "title")

    @property
    def open_ended(self) -> bool:
        return self.parts[-1] == ("slot", "title")

    @property
    def tail_only(self) -> bool:
        return self.at_end or ("slot", "url") in self.parts

    def first_literal(self) -> str:
        """The literal a unit is found by: its first (after a leading ``{title}``)."""
        return next(t for k, t in self.parts if k == "lit").strip()

    def pattern(self) -> str:
        """The frame as regex (a leading ``{title}`` is left out: it is found backwards)."""
        parts = self.parts[1:] if self.leading_title else self.parts
        out: list[str] = []
        for i, (kind, text) in enumerate(parts):
            last = i == len(parts) - 1
            if kind == "lit":
                out.append(_literal(text) if i else _literal(text.lstrip()))
            elif text == "title":
                out.append(_TITLE)
            elif text == "url":
                out.append(_URL)
            elif text == "domain":
                out.append(_DOMAIN_LAST if last else rf"(?P<site>{_DOMAIN})")
            else:
                out.append(_SITE_LAST if last else _SITE_MID)
        if parts and parts[-1][0] == "lit":
            out.append("[.!。！]?")
        return "".join(out)


def _parse_frame(phrase: str, *, at_end: bool = False) -> _Frame:
    parts: list[tuple[str, str]] = []
    pos = 0
    for m in _SLOT.finditer(phrase):
        if m.start() > pos:
            parts.append(("lit", phrase[pos : m.start()]))
        parts.append(("slot", m.group(1)))
        pos = m.end()
    if pos < len(phrase):
        parts.append(("lit", phrase[pos:]))
    return _Frame(tuple(parts), at_end)


def _alternation(sources: list[str]) -> regex.Pattern[str] | None:
    if not sources:
        return None
    return regex.compile("(?:" + "|".join(_shared_site(sources)) + ")", _FLAGS)


def _shared_site(sources: list[str]) -> list[str]:
    """``sources`` as alternatives; a run of neighbours that end in a site (``_SITE_LAST``)
    becomes one: "(?:(?:a)|(?:b))<site>" for "(?:a<site>)|(?:b<site>)".

    The two try the same paths in the same order (a's, each with the site after it, then
    b's), so they match the same at every position; the closed frames' pattern shrinks
    from ~31 kB to ~10 kB, and compiles in ~20 ms instead of ~75.
    """
    out: list[str] = []
    heads: list[str] = []
    for source in [*sources, ""]:
        if source.endswith(_SITE_LAST):
            heads.append(source[: -len(_SITE_LAST)])
            continue
        if heads:
            out.append("(?:" + "|".join(f"(?:{h})" for h in heads) + ")" + _SITE_LAST)
            heads = []
        if source:
            out.append(f"(?:{source})")
    return out


class _ByFirst:
    """Frames as one alternation per two first characters, tried by those at a hit.

    The closed frames are tried at every hit of a line, and ``regex`` tries each of a
    flat alternation's branches in turn: with some three hundred frames it was the
    cleaner's costliest pattern (an eighth of its time on the golden inputs, most of it
    at the many hits of read-more links: "Lire la suite", "Lees meer", "Читать далее").
    A frame can only match where its first literal can start, so at a hit only the
    frames whose first literal the two characters there can open (``partial`` matching,
    as the pattern spells it: any case, either apostrophe, any run of spaces) are tried,
    in their order: every match is the one the whole alternation gives. Each pair's
    alternation is compiled when first met; past _MAX_PAIRS pairs (a text of many
    scripts) the whole alternation serves the rest.
    """

    def __init__(self, frames: list[_Frame]) -> None:
        self.frames = frames
        self.firsts: list[regex.Pattern[str]] = []  # compiled when first needed
        self.compiled: dict[str, regex.Pattern[str] | None] = {}
        self.whole: regex.Pattern[str] | None = None

    def _group(self, pair: str) -> regex.Pattern[str] | None:
        if len(self.compiled) >= _MAX_PAIRS:
            if self.whole is None:
                self.whole = _alternation([f.pattern() for f in self.frames])
            return self.whole
        if not self.firsts:
            self.firsts = [regex.compile(_literal(f.first_literal()), _FLAGS) for f in self.frames]
        group = [
            f.pattern() for f, first in zip(self.frames, self.firsts, strict=True)
            if first.fullmatch(pair, partial=True) is not None
        ]
        pattern = self.compiled[pair] = _alternation(group)
        return pattern

    def warm_up(self) -> None:
        """Compile now the alternations of the pairs the frames' first literals open
        with, in lower case, capitals and title case (``Pipeline.prepare``): the pairs
        most hits bring. A pair met later in another form compiles then."""
        for frame in self.frames:
            opening = frame.first_literal()[:2]
            for pair in {opening, opening.lower(), opening.upper(), opening.title()}:
                if len(pair) == 2 and pair not in self.compiled and \
                        len(self.compiled) < _MAX_PAIRS:
                    self._group(pair)

    def match(self, text: str, pos: int, endpos: int) -> regex.Match[str] | None:
        pair = text[pos : pos + 2]
        pattern = self.compiled[pair] if pair in self.compiled else self._group(pair)
        return None if pattern is None else pattern.match(text, pos, endpos)


_MAX_PAIRS = 2000  # pairs of first characters with an alternation of their own
