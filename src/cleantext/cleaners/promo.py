"""Promo and widget lines: ads, share and social buttons, newsletter and follow prompts,
comment widgets, reading-time badges, redistribution notices, navigation debris.

Removed, as whole units (a line, or in a paragraph or flattened text a label between
sentences or a sentence that starts with a prompt):

- ad labels and breaks: "Advertisement", "Anzeige", "PUBLICIDAD", "Publicité",
  "Реклама", "Story continues below advertisement", "Suite après la publicité";
- share and social buttons: "Share this:", "Click to share on Twitter (Opens in new
  window)", lines and runs of network names ("Facebook Twitter Pinterest WhatsApp"),
  WordPress/Jetpack's "Like this: Like Loading…", the "Social" label;
- newsletter, subscribe, follow and donate prompts: "Sign up for our newsletter",
  "(Want this in your inbox each morning? Sign up here.)", "Subscribe to X for FREE",
  "Follow us on Facebook", "Síguenos en", "Volg ons op";
- comment widgets: "Leave a Reply", "0 Comments", "Loading comments…", a commenting
  policy addressed to readers, "Your email address will not be published";
- "4 min read" and "Lesezeit: 3 Min." badges (the date beside them stays);
- redistribution and rights notices: "Copyright 2022 The Associated Press. All rights
  reserved. This material may not be published, broadcast, rewritten or
  redistributed.", "Republished with permission … All rights reserved.";
- affiliate-link notices addressed to readers, "Please enable JavaScript…", "Click here
  to learn more about …", "Filed under: …" and tag lines, "Play Video 3:27 …" lines;
- navigation debris: a long run of one-word menu lines ("Search / Direct / User / Zoom").

Deliberately left alone: article sentences about advertising, newsletters, sharing or
comments ("Advertisement revenue fell 4%.", "The company said it would share the data
with regulators."), "Related:" link lines, author bios and photo captions (ambiguous:
they may be the article's), and a label word inside a sentence. Widget wording is a
short label or a second-person imperative; articles are third-person narrative, so
labels go only where they stand alone, and prompts only at the start of a line or a
sentence.

>>> promo("The council approved the budget.\\n\\nAdvertisement\\n\\nIt meets again in May.")
'The council approved the budget.\\n\\nIt meets again in May.'
>>> promo("Prices rose. (Want this in your inbox each morning? Sign up here.)")
'Prices rose.'
>>> promo("February 11, 2020 4 min read")
'February 11, 2020'
>>> promo("Advertisement revenue fell 4%. Readers were asked to share the story.")
'Advertisement revenue fell 4%. Readers were asked to share the story.'

Wording lives in phrase packs, ``data/promo.<lang>.txt``: the format of
:mod:`cleantext._phrases`, cut into sections by ``[name]`` lines (``[label]``,
``[inline]``, ``[prompt]``, ``[lead]``, ``[block]``, ``[rights]``, ``[social]``,
``[menu]``, ``[compound]``; ``promo.en.txt`` says what each means). All phrases are
compiled, on first use, into one trie-shaped pattern run by Python's ``re`` over the
lower-cased text: one scan finds every cue, and a document without one (most of a
corpus) costs that scan only. :func:`promo_with` builds a cleaner with a user's own
phrases or packs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import regex

from cleantext._core import Span, SpanCleaner
from cleantext._phrases import parse_pack, trie_pattern
from cleantext._units import sentences

__all__ = ["SECTIONS", "parse_sections", "promo", "promo_with"]

#: The sections of a promo pack; phrases before any section header are prompts.
SECTIONS = ("label", "inline", "prompt", "lead", "block", "rights", "social", "menu", "compound")
#: Sections whose phrases go into the one trie scanned over the text.
_SCANNED = ("label", "inline", "prompt", "lead", "block")
_HEADER = regex.compile(r"\[([a-z]+)\]")

# A line this short that starts with a prompt is the prompt's own line: it goes whole.
# Longer lines are paragraphs (or flattened documents): only the sentence goes.
_SHORT_LINE = 300
# A [lead] phrase ("Headline:", "Tags:", "Delivered by") only at the start of a line
# this short: as a sentence start inside a paragraph the words may be the article's.
_LEAD_LINE = 200
# A notice ([block]) runs to the end of its paragraph, but never further than this.
_BLOCK_MAX = 1500
# A sentence longer than this that starts with a prompt is not a widget (or the
# sentence split failed): left alone.
_PROMPT_SENTENCE_MAX = 400
# Navigation debris: at least this many one-word lines in a row, with menu words.
_MENU_RUN = 6
_MENU_WORDS = 3

# What may open a line or sentence before a prompt: bullets, brackets, quotes.
_OPENERS = frozenset("([«“\"'‘*•·–—-¡¿ \t")
# Separators a label-only line may also contain ("Share this: | Tweet · Email").
_SEPARATORS = regex.compile(r"[\s\p{P}\p{S}\d]*+")
_SEPARATOR_RUN = regex.compile(r"[\s\p{P}\p{S}\d]++")
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_UPPER_WORD = regex.compile(r"\p{Lu}[\p{Lu}\d'’.-]{1,30}+$")
_WORD_AFTER = regex.compile(r"[ \t]{0,5}+([\w'’-]{1,40}+)([ \t]{0,5}+)([\w'’-]{0,40}+)?")


def parse_sections(text: str) -> dict[str, list[str]]:
    """The phrases of a promo pack, by section.

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
    """How a phrase and a matched text are compared: case, spaces, apostrophes folded."""
    return " ".join(phrase.casefold().replace("’", "'").split())


@dataclass(frozen=True)
class _Rules:
    """Everything the finder needs, compiled once; picklable (patterns and sets)."""

    scan: re.Pattern[str]  # every cue in one pass, on lower-cased text
    scan_ic: re.Pattern[str]  # the same, case-insensitive, for the rare text whose
    # lower-casing changes its length ("İ"), where offsets would not line up
    kinds: dict[str, frozenset[str]]
    inline_as_written: frozenset[str]
    social: frozenset[str]
    menu: frozenset[str]
    compound: frozenset[str]


# Reading-time badges: "4 min read", "Lesezeit: 3 Min.", "3 minutos de lectura".
# Written lower case: the scan runs on lower-cased text.
_MINUTES = r"(?:min(?:ute)?s?|minuten|minutos?|minuti|мин(?:ут[аы]?)?)\.?"
_READ_AFTER = (r"(?:read|reading|lesezeit|de\s+lecture|de\s+lectura|di\s+lettura"
               r"|de\s+leitura|leestijd|чтения)")
_READ_BEFORE = (r"(?:reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture"
                r"|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd"
                r"|время\s+чтения)")
_BADGE = (
    rf"(?:\d{{1,3}}(?:[-–]\d{{1,3}})?[ \t]?{_MINUTES}[ \t]{{1,3}}{_READ_AFTER}"
    rf"|{_READ_BEFORE}[ \t]{{0,3}}:?[ \t]{{0,3}}(?:ca\.[ \t]?|~[ \t]?)?\d{{1,3}}[ \t]?{_MINUTES})"
    r"(?!\w)"
    r"|(?:読了時間|阅读时间|閱讀時間)[:：]?[ \t]{0,3}約?\d{1,3}[ \t]?分(?:钟|鐘)?"
)
# "0 Comments", "12 Kommentare": a comment-count line.
_COUNT = (r"\d{1,6}[ \t]?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|"
          r"comentários?|reacties|reactie|комментари(?:й|я|ев))(?!\w)")
# Where a copyright notice may start; the notice itself is matched on the original.
_COPY = r"copyright|©|\(c\)"
# Scripts that do not space their words: a phrase in them needs no boundary after it.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# Possible navigation debris or stacked share buttons: three short lines in a row.
_SHORT_LINES = re.compile(
    r"(?:^|\n)(?:[ \t]{0,10}[^\s]{1,30}(?:[ \t][^\s]{1,30})?[ \t]{0,10}\n\s{0,10}){3}")
# Words that open a sentence after a one-word label whose next word is capitalised too:
# "ANZEIGE Die Brücke wird…" is a label and a sentence, German nouns notwithstanding.
_DETERMINERS = frozenset({
    "The", "A", "An", "This", "These", "In", "On", "At", "Der", "Die", "Das", "Ein", "Eine",
    "Le", "La", "Les", "Un", "Une", "El", "Los", "Las", "Il", "Lo", "Gli", "Uno", "Una",
    "O", "Os", "As", "Um", "De", "Het", "Een",
})
_URL = re.compile(r"https?://|www\.")
_CHARS_MARKER = re.compile(r"…?[ \t]*\[\+\d{1,7}[ \t]chars\]$")


def _compile(sections: dict[str, list[str]]) -> _Rules:
    kinds: dict[str, set[str]] = {}
    for name in _SCANNED:
        for phrase in sections[name]:
            kinds.setdefault(_key(phrase), set()).add(name)
    # Every inline phrase is also a label: a line of nothing else goes.
    for phrase in sections["inline"]:
        kinds[_key(phrase)].add("label")
    # The trie matches the longest phrase: "Follow us on Instagram" (a label) must still
    # open a prompt line ("Follow us on Instagram and TikTok") as "Follow us on" does.
    opening = {k for k, v in kinds.items() if v & {"prompt", "lead", "block"}}
    for key, found in kinds.items():
        words = key.split()
        for n in range(1, len(words)):
            head = " ".join(words[:n])
            if head in opening:
                found.update(kinds[head] & {"prompt", "lead", "block"})
    social_words = sorted({" ".join(p.split()) for p in sections["social"]}, key=len, reverse=True)
    social_alt = "|".join(re.escape(w.lower()).replace(r"\ ", r"[ \t]+") for w in social_words)
    # One pass finds every cue. Phrases: one trie, from a word boundary to one; the last
    # letter may be shouted ("KLIK HIERRR", twice more at least: "Ad" is not "Add"); CJK
    # phrases need no boundary at their end.
    # Share buttons: a run of network names, each repetition a separator and a name, so
    # the scan stays linear. Python's ``re`` runs this at ~30 MB/s on lower-cased text;
    # the ``regex`` module ran the same trie at ~2 MB/s (development sets, one core).
    social_sep = r"[ \t]{0,3}[|·•/,]?[ \t]{1,3}"
    source = (
        r"(?<!\w)(?:"  # (an alternation here, to exempt "(Opens…", halves the speed)
        rf"(?P<social>(?:{social_alt})(?:{social_sep}(?:{social_alt})){{1,40}}(?!\w))"
        r"|(?P<rights>" + trie_pattern(sections["rights"]) + r")(?!\w)"
        r"|(?P<p>" + trie_pattern(kinds) + r")"
        r"(?:(?<=(?P<last>[^\W\d_]))(?P=last){2,4})?"
        rf"(?:(?<=[\W{_CJK}])|(?!\w))"  # no boundary needed after ":" or ")"
        rf"|(?P<count>{_COUNT})|(?P<badge>{_BADGE})|(?P<copy>{_COPY}))"
    )
    return _Rules(
        scan=re.compile(source),
        scan_ic=re.compile(source, re.IGNORECASE),
        kinds={k: frozenset(v) for k, v in kinds.items()},
        inline_as_written=frozenset(" ".join(p.split()) for p in sections["inline"]),
        social=frozenset(w.casefold() for w in social_words),
        menu=frozenset(w.casefold() for w in sections["menu"]),
        compound=frozenset(sections["compound"]),
    )


def _packaged_sections() -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {name: [] for name in SECTIONS}
    root = resources.files("cleantext") / "data"
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("promo.") and entry.name.endswith(".txt"):
            for name, phrases in parse_sections(entry.read_text(encoding="utf-8")).items():
                merged[name].extend(phrases)
    return merged


# --- the finder ---------------------------------------------------------------------


@dataclass
class _Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    lstart: int  # start of the line
    lend: int  # end of the line, before its "\n"


def _content(text: str, start: int, end: int) -> _Line:
    s, e = start, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return _Line(s, e, start, end)


def _only_openers(text: str, start: int, end: int) -> bool:
    return end - start <= 3 and all(ch in _OPENERS for ch in text[start:end])


def _is_upper_word(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` is in capitals ("NISSAN SENTRA Advertisement")."""
    start = end
    while start > 0 and end - start < 32 and not text[start - 1].isspace():
        start -= 1
    return _UPPER_WORD.match(text, start, end) is not None


def _left_ok(text: str, line: _Line, start: int, chained: int) -> bool:
    """Whether an inline label may start here: after a sentence, a heading or a number."""
    pos = start
    while pos > line.start and text[pos - 1] in " \t":
        pos -= 1
    if pos <= line.start or pos <= chained:
        return True
    prev = text[pos - 1]
    return prev in ".!?…:;\"”’»)]|·•" or prev.isdigit() or _is_upper_word(text, pos)


def _right_ok(rules: _Rules, text: str, line: _Line, end: int, one_word: bool) -> bool:
    """Whether an inline label may end here: before a new sentence, a number or the end."""
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    if pos >= line.end:
        return True
    nxt = text[pos]
    if nxt.isdigit() or nxt in "\"“‘'«([—–-¿¡":
        return True
    if not nxt.isupper():
        # Lower case continues the sentence ("Advertisement revenue fell"); uncased
        # scripts (CJK, Hangul) have no case to tell, so only a multi-word label goes.
        return not nxt.islower() and not one_word
    if not one_word:
        return True
    m = _WORD_AFTER.match(text, pos, line.end)
    if m is None:
        return True
    first, gap, second = m.group(1), m.group(2), m.group(3) or ""
    if first in rules.compound:
        return False  # "Social Security", "Advertisement Standards"
    if first in _DETERMINERS:
        return True
    # "Advertisement Nissan is": a new sentence. "Advertisement Kentucky Democrats":
    # two capitalised words may be a name that the label word belongs to; keep.
    return not (gap and second[:1].isupper() and not second.isupper())


def _sentence_at(text: str, line: _Line, cache: dict[int, list[tuple[int, int]]],
                 pos: int) -> tuple[int, int] | None:
    """The sentence of ``line`` that starts at ``pos`` (give or take an opening bracket).

    ``cache`` keeps each line's sentences, and their starts under the key ``-1 - start``,
    so that a line with many cues is split once.
    """
    sents = cache.get(line.start)
    if sents is None:
        sents = sentences(text, line.start, line.end)
        cache[line.start] = sents
        cache[-1 - line.start] = [(s, s) for s, _ in sents]
    starts = cache[-1 - line.start]
    i = bisect.bisect_right(starts, (pos, pos)) - 1
    if i < 0:
        return None
    s, e = sents[i]
    if not _only_openers(text, s, pos):
        return None
    return s, e


def _close_paren(text: str, start: int, end: int, line: _Line) -> int:
    """A prompt that opens with "(" ends at its ")": "(Want this…? Sign up here.)"."""
    if text[start] != "(":
        return end
    close = text.find(")", end - 1, min(line.end, start + 300))
    return close + 1 if close != -1 else end


def _title_teaser(text: str, start: int, end: int) -> bool:
    """A short link title in title case ("More Critical Reads You Need to Hear!")."""
    words = text[start:end].split()
    if not words or len(words) > 16:
        return False
    capital = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capital >= 0.6 * len(words)


def _inline_span(text: str, line: _Line, start: int, end: int) -> Span:
    """A unit inside a line, with the spaces that would otherwise be left doubled."""
    while end < line.end and text[end] in " \t":
        end += 1
    if end >= line.end:
        while start > line.start and text[start - 1] in " \t":
            start -= 1
    return (start, end, "")


_BLANK_LINES = re.compile(r"(?:[ \t]*\n)+")


def _whole(line: _Line, text: str) -> Span:
    """A line with its line break; at a paragraph edge, with the blank lines after it,
    so that "A\\n\\nAdvertisement\\n\\nB" becomes "A\\n\\nB" and not a triple break."""
    start, end = line.lstart, line.lend
    if end >= len(text):
        while start > 0 and text[start - 1] in " \t\n":
            start -= 1  # the last line: take the break before it instead
        return (start, end, "")
    end += 1
    before = text.rfind("\n", 0, max(start - 1, 0))
    if start == 0 or text[before + 1 : start].isspace():
        m = _BLANK_LINES.match(text, end)
        if m is not None:
            end = m.end()
    return (start, end, "")


_Hit = tuple[int, int, frozenset[str], str]  # start, end, sections, matched text


@dataclass
class _Cues:
    """What the one scan found in a document."""

    hits: list[_Hit]
    socials: list[tuple[int, int]]
    rights: list[tuple[int, int]]
    badges: list[tuple[int, int]]


def _scan(rules: _Rules, text: str) -> _Cues:
    lowered = text.lower()
    matches = rules.scan.finditer(lowered) if len(lowered) == len(text) else \
        rules.scan_ic.finditer(text)
    cues = _Cues([], [], [], [])
    copies: list[tuple[int, int]] = []  # "Copyright", "©", "(c)"
    last = -1  # end of the last cue kept: a label right after it may be part of a bar
    for m in matches:
        start, end = m.span()
        if m.group("p") is not None:
            kinds = rules.kinds.get(m.group("p")) or rules.kinds.get(_key(m.group("p")))
            # Most hits are words of prose ("the share of", "comments from"): drop
            # those that stand where no unit of their kind can start.
            if kinds and _may_start(rules, text, start, end, kinds, last):
                cues.hits.append((start, end, kinds, m.group("p")))
                last = end
        elif m.group("social") is not None:
            # As buttons print them: "Facebook Twitter", not "more email" in a sentence.
            if all(not w[:1].islower() for w in text[start:end].split()):
                cues.socials.append((start, end))
                last = end
        elif m.group("rights") is not None:
            # "All rights reserved": a label on its own line, the end of a notice after
            # "Copyright 2022 The Associated Press." on the same line.
            cues.hits.append((start, end, frozenset({"label"}), m.group()))
            _pair_notice(text, copies, start, end, cues.rights)
        elif m.group("count") is not None:
            cues.hits.append((start, end, frozenset({"label"}), m.group()))
        elif m.group("badge") is not None:
            if start == 0 or text[start - 1] not in ".,":
                cues.badges.append((start, end))
        elif _notice_holder(text, end):
            copies.append((start, end))
    return cues


_LINE, _SENTENCE, _PUNCT, _WORD = range(4)
_ENDS = frozenset(".!?…:;\"”’»)]|·•。！？")


def _where(text: str, start: int) -> int:
    """What precedes ``start``, past spaces and openers: a line start, a sentence end,
    other punctuation, or a word."""
    pos = start
    limit = max(0, start - 8)
    while pos > limit and text[pos - 1] in _OPENERS:
        pos -= 1
    if pos == 0 or text[pos - 1] == "\n":
        return _LINE
    prev = text[pos - 1]
    if prev in _ENDS:
        return _SENTENCE
    return _WORD if prev.isalnum() else _PUNCT


def _may_start(rules: _Rules, text: str, start: int, end: int,  # noqa: PLR0917
               kinds: frozenset[str], last: int) -> bool:
    """Whether a phrase of these sections can open a unit here (a cheap pre-check)."""
    if "inline" in kinds:
        written = " ".join(text[start:end].split())
        if written in rules.inline_as_written or written.isupper():
            return True
    where = _where(text, start)
    if where == _LINE:
        return True
    if where == _SENTENCE and kinds & {"prompt", "block"}:
        return True
    # A label after a separator or right after another cue, in a bar of labels.
    return "label" in kinds and (
        where == _PUNCT or (last >= 0 and not text[last:start].strip()))


def _pair_notice(text: str, copies: list[tuple[int, int]], start: int, end: int,
                 out: list[tuple[int, int]]) -> None:
    """A notice runs from the last "Copyright"/"©" before ``start`` on its line, at most
    150 characters back, to the rights phrase and its period."""
    i = bisect.bisect_left(copies, (start, start)) - 1
    if i < 0:
        return
    c_start = copies[i][0]
    if start - c_start > 150 or text.find("\n", c_start, start) != -1:
        return
    if text.startswith(".", end):
        end += 1
    out.append((c_start, end))


def _notice_holder(text: str, pos: int) -> bool:
    """What follows "Copyright"/"©" in a notice: a year, a sign, a name; not "law gives"."""
    limit = min(len(text), pos + 3)
    while pos < limit and text[pos] in " \t":
        pos += 1
    return pos < len(text) and (text[pos].isdigit() or text[pos].isupper() or text[pos] in "©(")


def _find(rules: _Rules, text: str) -> list[Span]:
    # The gate most documents stop at: one scan for every cue, one for short lines.
    cues = _scan(rules, text)
    short_lines = _SHORT_LINES.search(text) is not None
    if not (cues.hits or cues.socials or cues.rights or cues.badges or short_lines):
        return []
    doc = _Doc(rules, text)
    doc.lines_with_cues(cues)
    doc.rights(cues.rights)
    doc.badges(cues.badges)
    if short_lines or doc.removed:
        doc.one_word_lines()
    return _merge(doc.spans)


class _Doc:
    """One document being searched: its lines, its sentences and the units found."""

    def __init__(self, rules: _Rules, text: str) -> None:
        self.rules = rules
        self.text = text
        self.bounds: list[tuple[int, int]] = []
        pos = 0
        while True:
            nl = text.find("\n", pos)
            if nl == -1:
                self.bounds.append((pos, len(text)))
                break
            self.bounds.append((pos, nl))
            pos = nl + 1
        self._starts = [b[0] for b in self.bounds]
        self.spans: list[Span] = []
        self.removed: set[int] = set()  # lines removed whole
        self.cache: dict[int, list[tuple[int, int]]] = {}  # sentences by line start

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def line(self, i: int) -> _Line:
        return _content(self.text, *self.bounds[i])

    def drop_line(self, i: int) -> None:
        self.spans.append(_whole(self.line(i), self.text))
        self.removed.add(i)

    def lines_with_cues(self, cues: _Cues) -> None:
        hits: dict[int, list[_Hit]] = {}
        for hit in cues.hits:
            hits.setdefault(self.line_of(hit[0]), []).append(hit)
        social: dict[int, list[tuple[int, int]]] = {}
        for run in cues.socials:
            social.setdefault(self.line_of(run[0]), []).append(run)
        for i in sorted(set(hits) | set(social)):
            line = self.line(i)
            line_hits = sorted(hits.get(i, []))
            runs = social.get(i, [])
            # A line of labels and share buttons only, or one that starts with a
            # prompt, a lead or a notice, goes whole.
            parts = [(s, e) for s, e, k, _ in line_hits if "label" in k] + runs
            labels_only = bool(parts) and _covers(self.rules, self.text, line, parts)
            opens = bool(line_hits) and _only_openers(self.text, line.start, line_hits[0][0]) \
                and _starts_unit(line_hits[0][2], line.end - line.start) \
                and not _stands_alone(self.rules, self.text, line, line_hits[0])
            if labels_only or opens:
                self.drop_line(i)
            else:
                self.spans.extend(_inline(self.rules, self.text, line, line_hits, runs,
                                          self.cache))

    def rights(self, notices: list[tuple[int, int]]) -> None:
        """Copyright and rights notices at a line or sentence start."""
        for start, end in notices:
            i = self.line_of(start)
            if i in self.removed:
                continue
            line = self.line(i)
            at = _sentence_at(self.text, line, self.cache, start)
            if at is None:
                continue
            if at[0] == line.start and _SEPARATORS.fullmatch(self.text, end, line.end):
                self.drop_line(i)
            else:
                self.spans.append(_inline_span(self.text, line, at[0], end))

    def badges(self, badges: list[tuple[int, int]]) -> None:
        """Reading-time badges, alone or beside a date."""
        text = self.text
        for start, end in badges:
            i = self.line_of(start)
            if i in self.removed:
                continue
            line = self.line(i)
            if not _reading_time_ok(text, line, start, end):
                continue
            if start == line.start and end == line.end:
                self.drop_line(i)
                continue
            s, e = start, end
            while s > line.start and text[s - 1] in " \t|·•-–—":
                s -= 1
            if s == line.start:
                while e < line.end and text[e] in " \t|·•-–—":
                    e += 1
            self.spans.append((s, e, ""))

    def one_word_lines(self) -> None:
        """Share-button words alone on lines, and runs of one-word menu lines."""
        text = self.text
        run: list[tuple[int, str | None]] = []  # lines: blank or removed (None), or words
        for i, (a, b) in enumerate(self.bounds):
            body = text[a:b].strip()
            if not body or i in self.removed:
                run.append((i, None))
                continue
            token = _token(body)
            if token is not None:
                run.append((i, token))
                continue
            self._settle_run(run)
            run = []
        self._settle_run(run)

    def _settle_run(self, run: list[tuple[int, str | None]]) -> None:
        words = [(i, w) for i, w in run if w is not None]
        if not words:
            return
        social = [i for i, w in words if w.casefold() in self.rules.social]
        # Share-button words stacked one a line: beside another promo line, or three.
        if social and (len(social) >= 3 or any(i in self.removed for i, _ in run)):
            for i in social:
                self.drop_line(i)
        rest = [(i, w) for i, w in words if i not in self.removed]
        if len(rest) + len(social) >= _MENU_RUN:
            menu = sum(1 for _, w in rest if w.casefold() in self.rules.menu or _is_slug(w))
            if menu >= _MENU_WORDS and menu * 4 >= len(rest):
                for i, _ in rest:
                    self.drop_line(i)


def _stands_alone(rules: _Rules, text: str, line: _Line, hit: _Hit) -> bool:
    """A label that opens a line and is followed by a new sentence goes alone: "Sign up
    for our newsletter Council approved…" keeps the sentence."""
    return "inline" in hit[2] and _inline_label_ok(rules, text, line, hit[0], hit[1], -1)


def _starts_unit(kinds: frozenset[str], length: int) -> bool:
    """Whether a line this long that starts with a phrase of these sections goes whole."""
    return ("block" in kinds and length <= _BLOCK_MAX) or \
        ("prompt" in kinds and length <= _SHORT_LINE) or \
        ("lead" in kinds and length <= _LEAD_LINE)


def _covers(rules: _Rules, text: str, line: _Line, parts: list[tuple[int, int]]) -> bool:
    """Whether ``parts``, separators and share-button words make up the whole line
    ("Share this: Reddit", "Comments | Print")."""
    pos = line.start
    for s, e in [*sorted(parts), (line.end, line.end)]:
        if s > pos and not _SEPARATORS.fullmatch(text, pos, s):
            gap = _SEPARATOR_RUN.sub(" ", text[pos:s]).split()
            if not all(w.casefold() in rules.social for w in gap):
                return False
        pos = max(pos, e)
    return True


def _inline(rules: _Rules, text: str, line: _Line, line_hits: Sequence[_Hit],  # noqa: PLR0917
            runs: Sequence[tuple[int, int]],
            cache: dict[int, list[tuple[int, int]]]) -> list[Span]:
    """Units inside a paragraph or a flattened document."""
    out: list[Span] = []
    chained = -1  # end of the last unit removed: a label right after it is a label too
    for start, end, kinds, _ in line_hits:
        if start < chained:
            continue
        # A label standing between sentences goes alone ("Sign up for our newsletter
        # “It is hard,” he said."); failing that, a prompt takes its sentence.
        if "inline" in kinds and _inline_label_ok(rules, text, line, start, end, chained):
            span = _inline_span(text, line, start, end)
            out.append(span)
            chained = span[1]
            continue
        if not kinds & {"block", "prompt"}:
            continue
        at = _sentence_at(text, line, cache, start)
        if at is None:
            continue
        s, e = at
        if "block" in kinds and line.end - s <= _BLOCK_MAX:
            out.append(_inline_span(text, line, s, line.end))
            chained = line.end
        elif "prompt" in kinds and e - s <= _PROMPT_SENTENCE_MAX and \
                _URL.search(text, s, e) is None:
            # A prompt that keeps its link in the text ("Clique aqui: https://…") still
            # says something; a dead button does not.
            e = _close_paren(text, s, e, line)
            if e >= line.end and s > line.start and _short_prompt(text, s, e) and \
                    line.end - line.start <= 160 and _title_teaser(text, line.start, s):
                # "More Critical Reads You Need to Hear! Click Here!": a link title and
                # its button make one unit.
                s = line.start
            out.append(_inline_span(text, line, s, e))
            chained = e
    for start, end in runs:
        if start < chained:
            continue
        # "Facebook Twitter Pinterest <caption>": share buttons before a caption. Two
        # names can open a headline ("WhatsApp Telegram Signal: which is safest?"), so
        # they go only right after another unit ("Share this: Facebook Twitter").
        if (len(text[start:end].split()) >= 3 or start <= chained) \
                and _left_ok(text, line, start, chained) \
                and _right_ok(rules, text, line, end, one_word=False):
            out.append(_inline_span(text, line, start, end))
    return out


def _inline_label_ok(rules: _Rules, text: str, line: _Line, start: int, end: int,  # noqa: PLR0917
                     chained: int) -> bool:
    """Whether a label inside a line stands alone: written as in its pack (or in
    capitals), after a sentence and before the next one."""
    written = " ".join(text[start:end].split())
    if written not in rules.inline_as_written and not (
        written.upper() == written and any(ch.isalpha() for ch in written)
    ):
        return False
    n_words = len(written.split())
    # Three words or more ("Click to share on Twitter (Opens in new window)") are never
    # prose, whatever precedes them; one or two need a sentence boundary before them.
    return (n_words >= 3 or _left_ok(text, line, start, chained)) and \
        _right_ok(rules, text, line, end, one_word=n_words == 1)


def _short_prompt(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) <= 3


def _reading_time_ok(text: str, line: _Line, start: int, end: int) -> bool:
    """A badge stands at a line's edge or beside a date, not inside a sentence."""
    before = start
    while before > line.start and text[before - 1] in " \t":
        before -= 1
    left = before <= line.start or text[before - 1].isdigit() or text[before - 1] in "|·•-–—,"
    after = end
    while after < line.end and text[after] in " \t":
        after += 1
    right = after >= line.end or text[after] in "|·•-–—" or text[after].isupper()
    return left and right


def _token(body: str) -> str | None:
    """The word(s) of a menu-like line ("Search", "Libération Diamond"), else None."""
    if len(body) > 30 + 20:
        return None
    if body.endswith("chars]"):
        body = _CHARS_MARKER.sub("", body)
    if not body or len(body) > 30 or len(body.split()) > 2:
        return None
    if body[-1] in ".,;:!" and body != "?":
        return None
    return body


_SLUG = regex.compile(r"[a-z0-9]{1,20}+(?:-[a-z0-9]{1,20}+){1,5}+")


def _is_slug(word: str) -> bool:
    """A URL slug printed as a menu entry ("anciens-numeros", "election-2017")."""
    return _SLUG.fullmatch(word) is not None


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e, _ in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e, "")
            continue
        out.append((s, e, ""))
    return out


# --- the cleaners -------------------------------------------------------------------


@dataclass(frozen=True)
class _Wording:
    """What a promo cleaner is built from: the packaged packs plus a user's additions.

    A small, hashable, picklable value; the patterns are compiled from it on first use
    (and once per process), so ``import cleantext`` does not pay for compiling ~800
    phrases (~0.1 s) and a pipeline pickles to worker processes cheaply.
    """

    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()


@functools.lru_cache(maxsize=16)
def _rules(wording: _Wording) -> _Rules:
    sections = _packaged_sections()
    for name, phrases in wording.extra:
        sections[name] = [*sections[name], *phrases]
    return _compile(sections)


def _find_with(wording: _Wording, text: str) -> list[Span]:
    return _find(_rules(wording), text)


def _cleaner(wording: _Wording) -> SpanCleaner:
    # No ``trigger``: SpanCleaner's is a ``regex`` pattern, and ``regex`` runs this trie
    # ~15x slower than ``re``; the gate at the top of ``_find`` plays its part.
    return SpanCleaner("promo", functools.partial(_find_with, wording))


def promo_with(prompts: Iterable[str] = (), *, labels: Iterable[str] = (),
               inline: Iterable[str] = (), packs: Iterable[str | Path] = ()) -> SpanCleaner:
    """The promo cleaner with a user's own wording added to the packaged packs.

    ``prompts`` start a widget line or sentence ("Download the Daily Bugle app");
    ``labels`` are lines of nothing else; ``inline`` labels also go between sentences;
    ``packs`` are files in the promo pack format. The result is named ``promo``, so it
    replaces the default one in a pipeline.

    >>> from cleantext import DEFAULT
    >>> house = promo_with(["Download the Daily Bugle app"], labels=["Bugle Extra"])
    >>> DEFAULT.replace(house)("Rain.\\n\\nBugle Extra\\n\\nDownload the Daily Bugle app now!")
    'Rain.'
    """
    extra: list[tuple[str, tuple[str, ...]]] = [
        ("prompt", tuple(prompts)), ("label", tuple(labels)), ("inline", tuple(inline))]
    for pack in packs:
        for name, phrases in parse_sections(Path(pack).read_text(encoding="utf-8")).items():
            extra.append((name, tuple(phrases)))
    return _cleaner(_Wording(tuple((n, p) for n, p in extra if p)))


#: The promo cleaner with the packaged phrase packs.
promo = _cleaner(_Wording())
