"""Consent, cookie, privacy, paywall and ad-block walls.

Removed, whole, with the button and heading words their tool prints around them:

- cookie and consent banners ("This website uses cookies to improve your experience.
  We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More",
  OneTrust's "By clicking “Accept All Cookies”, you agree to the storing of cookies on
  your device … Cookies Settings Accept All Cookies", Cookiebot's "Diese Website
  verwendet Cookies. … Akzeptieren Ablehnen") and the vendor or purpose tables a
  consent dialog lists after them;
- privacy notices written to the reader ("We value your privacy", "<Publisher> values
  your privacy");
- paywall walls ("Subscribe to continue reading", "This content is for subscribers
  only", "Already a subscriber? Log in");
- ad-block walls ("We noticed you're using an ad blocker", "Please disable your ad
  blocker").

A wall is found in the shape the text has: as a paragraph or line of its own (with
heading and button lines around it), a field that is nothing but a wall becomes empty;
in flattened text (newlines lost) as a run of sentences glued to the article's first
or last sentence, cut at the sentence boundary or at the wall's own first word.

Deliberately left alone: an article sentence *about* cookies, consent, privacy or
subscriptions. Walls speak to the reader in the first and second person ("we use
cookies", "you agree", "Accept"); articles report in the third person. So a wording
is taken only at the start of a sentence (or capitalised where a wall is glued to the
article), never inside quotation marks, never in a sentence that reports speech
("said", "sagte", "a déclaré" …); button words ("OK", "Accept", "Read More") are taken
only next to a wall, never alone.

>>> banners("Council approved the budget.\\n\\nThis website uses cookies to improve your "
...         "experience. We'll assume you're ok with this, but you can opt-out if you "
...         "wish. Accept Read More")
'Council approved the budget.'
>>> banners("Regulators said the site set cookies without consent.")
'Regulators said the site set cookies without consent.'

The wordings are phrase packs, ``data/banners.<lang>.txt`` (en, de, fr, es, it, pt, nl,
ru, ja, zh), in the format of :mod:`cleantext._phrases`, split into sections by
``[name]`` lines: ``trigger`` (stems every wall contains: the cheap scan most documents
stop at), ``opener`` (wordings that begin a wall), ``body`` (wordings only a wall
prints, anywhere in its sentence), ``starter`` (a wall's first words, where a ``body``
wording sits in a sentence glued to the article), ``button`` and ``link`` (taken only
next to a wall), ``keyword`` and ``person`` (a sentence with both, inside a wall, is
part of it), ``reporting`` (speech verbs: a sentence with one is an article's) and
``purpose`` (consent dialogs' vendor and purpose tables).

Your own wordings join the packaged ones without editing the package:
:func:`banners_with` builds a cleaner of the same name, to put in a pipeline with
``Pipeline.replace``.

>>> from cleantext.pipeline import DEFAULT
>>> mine = banners_with(["support independent journalism by turning off"],
...                     buttons=["I have disabled it"])
>>> text = ("The harbour reopened on Monday.\\n\\nSupport independent journalism by "
...         "turning off your blocker.\\nI have disabled it")
>>> DEFAULT.replace(mine)(text)
'The harbour reopened on Monday.'
>>> banners(text) == text
True
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import regex

from cleantext._core import Span, SpanCleaner
from cleantext._phrases import parse_pack, trie_pattern
from cleantext._units import sentences

__all__ = ["LANGUAGES", "banners", "banners_with"]

#: The languages with a packaged phrase pack.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "ja", "zh")
_SECTIONS = frozenset({
    "trigger", "opener", "body", "starter", "button", "link", "keyword", "person",
    "reporting", "purpose",
})

# How the phrases are matched, chosen by measurement (one core, dev-clean text): a
# case-insensitive trie of the ~400 opener phrases scans at ~1 MB/s with ``regex`` and
# ~4 with ``re``; the same trie matched case-sensitively against the lower-cased text
# scans at ~10 with ``re``, and lower-casing costs ~600 MB/s. So every scan runs on
# ``text.lower()`` (same offsets), with stdlib ``re`` and bounded repeats (linear on
# any input: each attempt examines at most one phrase's length); capitals are checked
# in the original text. The anchored matches of button runs use ``regex`` for its
# possessive repeats.

# Word edges for scripts that separate words by spaces. CJK phrases are matched inside
# running text (no spaces), so CJK letters do not count as an edge here.
_LETTERS = (  # digits, Latin, Greek, Cyrillic (the text is lower-cased)
    "0-9a-z\u00aa\u00b5\u00ba\u00df-\u00f6\u00f8-\u024f"
    "\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff"
)
_B = f"(?<![{_LETTERS}])"
_E = f"(?![{_LETTERS}])"
# trie_pattern case-folds phrases, and folding turns "ß" into "ss", which lower-cased
# text does not have: "ß" is carried through the trie as a private-use character and
# becomes both spellings afterwards.
_SHARP_S = "\ue000"
# What may stand between button words: spaces, bars, bullets, arrows, brackets.
_SEP = r"[\s|/·•,;:.!?\-–—>→×✓✔*\[\]()]{0,8}+"
# Quotation marks: a wording inside a pair of them is quoted, not printed by a wall.
_QUOTES = frozenset("\"“”„«»「」『』")
_QUOTE_MARKS = re.compile("[" + re.escape("".join(sorted(_QUOTES))) + "]")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A sentence longer than this is never part of a wall unless a wall wording is in it.
_MEDIUM_MAX = 600
# How far before a [body] wording its wall's first word is looked for.
_STARTER_WINDOW = 300
# At most this many wordings are tried per sentence, and lines absorbed per wall.
_MAX_TRIES = 20
_MAX_ABSORBED_LINES = 40
_MAX_GLUED = 12
# Button labels run together by dropped tags are looked for in lines up to this long.
_GLUED_BUTTONS_MAX = 200
_CAMEL = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")


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


def _source(phrases: Iterable[str]) -> str:
    """Trie-factored source for ``phrases``; a pattern that never matches if there are none.

    Spaces inside phrases become a bounded run, so no attempt scans far.
    """
    listed = [p.lower().replace("ß", _SHARP_S) for p in phrases if p.strip()]
    if not listed:
        return "(?!)"
    source = trie_pattern(listed).replace(r"\s+", r"\s{1,8}")
    return "(?:" + source.replace(regex.escape(_SHARP_S), "(?:ß|ss)") + ")"


def _scan(phrases: Iterable[str], *, left: bool = True, right: bool = True) -> re.Pattern[str]:
    """A scan for ``phrases`` in lower-cased text, with word edges where asked."""
    return re.compile((_B if left else "") + _source(phrases) + (_E if right else ""))


@dataclass(frozen=True)
class _Lexicon:
    """The compiled patterns one banners cleaner uses (picklable: patterns pickle).

    All of them run on the lower-cased text.
    """

    gate: re.Pattern[str]
    opener: re.Pattern[str]
    body: re.Pattern[str]
    starter: re.Pattern[str]
    chrome: regex.Pattern[str]  # a sentence or line of button, heading and link words
    glued: regex.Pattern[str]  # the same words at the head of a sentence
    strong_button: re.Pattern[str]
    keyword: re.Pattern[str]
    person: re.Pattern[str]
    reporting: re.Pattern[str]
    purpose: re.Pattern[str]


def _lexicon(packs: dict[str, tuple[str, ...]]) -> _Lexicon:
    words = _source((*packs["button"], *packs["link"]))
    return _Lexicon(
        # Stems, matched as prefixes anywhere ("cookie" finds "Cookie-Einstellungen").
        gate=_scan(packs["trigger"], left=False, right=False),
        opener=_scan(packs["opener"]),
        # Body wordings may end mid-word ("cookielawinfo-checkbox-…"): no right edge.
        body=_scan(packs["body"], right=False),
        starter=_scan(packs["starter"]),
        chrome=regex.compile(rf"{_SEP}(?:{_B}{words}{_E}{_SEP}){{1,40}}+"),
        glued=regex.compile(rf"{_B}{words}{_E}[\s|/·•,:]{{0,8}}+"),
        strong_button=_scan(packs["button"]),
        keyword=_scan(packs["keyword"], right=False),
        person=_scan(packs["person"]),
        reporting=_scan(packs["reporting"]),
        purpose=_scan(packs["purpose"]),
    )


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> _Lexicon:
    # Compiled on first use, not at import: the packs' tries take a while to compile
    # and ``import cleantext`` must stay fast.
    return _lexicon(_packaged())


def _lowered(text: str) -> str:
    """``text`` lower-cased with its offsets kept (a few characters lengthen: "İ")."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# ---------------------------------------------------------------------------------------
# Sentences: what a wall is made of


@dataclass
class _Doc:
    """One text under examination: the original (for capitals) and its lower-case copy."""

    lex: _Lexicon
    text: str
    low: str


def _quoted(quotes: list[int], line_start: int, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks: an odd number of them before it in its
    sentence (from ``start``), or in its line with one still to come ("“This website uses
    cookies. We'll assume you're ok with this,” the notice read."). ``quotes`` are the
    offsets of the line's quotation marks, in order."""
    before = bisect.bisect_left(quotes, pos)
    if (before - bisect.bisect_left(quotes, start)) % 2 == 1:
        return True
    return (before - bisect.bisect_left(quotes, line_start)) % 2 == 1 and before < len(quotes)


def _is_chrome(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is button, heading and link words only."""
    if start >= end:
        return False
    if doc.lex.chrome.fullmatch(doc.low, start, end) is not None:
        return True
    # Buttons whose tags were dropped run together ("<button>Accept</button><button>Deny"
    # becomes "AcceptDeny"): split them where a lower-case letter meets a capital.
    if end - start > _GLUED_BUTTONS_MAX or _CAMEL.search(doc.text, start, end) is None:
        return False
    split = _CAMEL.sub(" ", doc.text[start:end]).lower()
    return doc.lex.chrome.fullmatch(split) is not None


def _capitalised_at_word(text: str, pos: int, start: int) -> bool:
    return text[pos].isupper() and (pos == start or not text[pos - 1].isalnum())


def _within(hits: list[int], start: int, end: int) -> list[int]:
    return hits[bisect.bisect_left(hits, start) : bisect.bisect_left(hits, end)][:_MAX_TRIES]


def _wall_start(doc: _Doc, start: int, end: int, *, openers: list[int], bodies: list[int],
                quotes: list[int], line_start: int) -> int | None:
    """Where a wall begins in the sentence ``text[start:end]``, or None if it holds none."""
    text = doc.text
    cut: int | None = None
    for at in _within(openers, start, end):
        if _quoted(quotes, line_start, start, at):
            continue
        if at == start or _is_chrome(doc, start, at):
            cut = start
        elif _capitalised_at_word(text, at, start):
            cut = at
        else:
            continue  # "the regulator found that this website uses cookies"
        break
    if cut is None:
        for at in _within(bodies, start, end):
            if _quoted(quotes, line_start, start, at):
                continue
            # A wall glued to the article's text starts at its own first word: the
            # wording's own ("… photos: By clicking “Accept …") or the nearest wall
            # word before it ("… account We use cookies to give you …").
            cut = start
            if at > start and _capitalised_at_word(text, at, start):
                cut = at
            else:
                lo = max(start, at - _STARTER_WINDOW)
                for m in doc.lex.starter.finditer(doc.low, lo, at):
                    p = m.start()
                    if p > start and _capitalised_at_word(text, p, start) and not _quoted(
                        quotes, line_start, start, p
                    ):
                        cut = p
            break
    if cut is None:
        return None
    if cut > start and _is_chrome(doc, start, cut):
        cut = start  # "Privacy & Cookies: This site uses cookies."
    if doc.lex.reporting.search(doc.low, cut, end) is not None:
        return None  # "This site uses cookies to track readers, the lawsuit claims."
    return cut


def _is_medium(doc: _Doc, start: int, end: int) -> bool:
    """A sentence that reads as part of a wall when it sits inside one."""
    lex, low = doc.lex, doc.low
    return (
        end - start <= _MEDIUM_MAX
        and doc.text[start] not in _QUOTES
        and lex.keyword.search(low, start, end) is not None
        and lex.person.search(low, start, end) is not None
        and lex.reporting.search(low, start, end) is None
    )


class _Line:
    """The sentences of one line and their labels, worked out as they are needed.

    S a wall sentence (with where the wall starts in it), B button words, M reads as
    part of a wall when inside one, C the article's.
    """

    def __init__(self, doc: _Doc, start: int, end: int) -> None:
        self.doc = doc
        self.start, self.end = start, end
        lex = doc.lex
        openers = [m.span() for m in lex.opener.finditer(doc.low, start, end)]
        bodies = [m.span() for m in lex.body.finditer(doc.low, start, end)]
        self.units: list[tuple[int, int]] = []
        self.cuts: list[int | None] = []
        self.ends: list[int] = []  # where each wall sentence's wall ends
        if openers or bodies:
            self.units = sentences(doc.text, start, end)
            o_starts = [a for a, _ in openers]
            b_starts = [a for a, _ in bodies]
            hits = sorted(openers + bodies)
            quotes = [m.start() for m in _QUOTE_MARKS.finditer(doc.text, start, end)]
            h_starts = [a for a, _ in hits]
            for s, e in self.units:
                cut = _wall_start(doc, s, e, openers=o_starts, bodies=b_starts,
                                  quotes=quotes, line_start=start)
                self.cuts.append(cut)
                if cut is None:
                    self.ends.append(e)
                    continue
                lo, hi = bisect.bisect_left(h_starts, cut), bisect.bisect_left(h_starts, e)
                last = max((b for _, b in hits[lo:hi]), default=cut)
                self.ends.append(_wall_end(doc, last, e))
        self._labels: dict[int, str] = {}

    @property
    def has_wall(self) -> bool:
        return any(c is not None for c in self.cuts)

    def label(self, i: int) -> str:
        if self.cuts[i] is not None:
            return "S"
        lab = self._labels.get(i)
        if lab is None:
            s, e = self.units[i]
            if _is_chrome(self.doc, s, e):
                lab = "B"
            elif _glued_chrome_end(self.doc, s, e) is not None:
                lab = "C"  # "Tout accepter Paramètres des cookies Le conseil …": the article
            else:
                lab = "M" if _is_medium(self.doc, s, e) else "C"
            self._labels[i] = lab
        return lab

    def all_wall(self) -> bool:
        """Whether every sentence of the line belongs to a wall (and one is a wall's)."""
        return (self.has_wall
                and all(self.cuts[i] in (None, s) and self.ends[i] == e
                        for i, (s, e) in enumerate(self.units))
                and all(self.label(i) in "SMB" for i in range(len(self.units))))

    def runs(self) -> list[tuple[int, int]]:
        """The runs of wall sentences: from a wall sentence (and the buttons before it)
        through the wall, button and wall-like sentences after it."""
        out: list[tuple[int, int]] = []
        units, n, i = self.units, len(self.units), 0
        while i < n:
            cut = self.cuts[i]
            if cut is None:
                i += 1
                continue
            run_start = cut
            if cut == units[i][0]:
                k = i
                while k > 0 and self.label(k - 1) == "B":
                    k -= 1
                run_start = units[k][0]
            j = i + 1
            if self.ends[i] < units[i][1]:
                # The article's first sentence is glued to this one's buttons.
                out.append((run_start, self.ends[i]))
                i = j
                continue
            while j < n and self.label(j) in "SMB" and self.ends[j] == units[j][1]:
                j += 1
            if j < n and self.cuts[j] is not None:
                j += 1  # a wall sentence whose wall ends before the sentence does
            run_end = self.ends[j - 1]
            if j < n and run_end == units[j - 1][1]:
                glued = _glued_chrome_end(self.doc, *units[j])
                if glued is not None:
                    run_end = glued
            out.append((run_start, run_end))
            i = j
        return out


def _glued_chrome_end(doc: _Doc, start: int, end: int) -> int | None:
    """End of button words glued to the head of an article sentence ("Accept All The …").

    The longest run of button words followed by what can start a sentence: in "Accept
    Read More Close to 200 people …" the run stops before "Close", whose next word is
    lower case.
    """
    ends: list[int] = []
    pos = start
    for _ in range(_MAX_GLUED):
        m = doc.lex.glued.match(doc.low, pos, end)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        ends.append(pos)
    for stop in reversed(ends):
        if stop >= end:
            continue
        nxt = doc.text[stop]
        if nxt.isupper() or nxt.isdigit() or nxt in _QUOTES or nxt in "‘'(":
            return stop
        if _CJK.match(nxt) and _CJK.search(doc.text, start, stop):
            return stop  # "同意する市議会は…": CJK has no capitals to tell by
    return None


def _wall_end(doc: _Doc, last_hit: int, end: int) -> int:
    """Where the wall in a sentence ends: at the sentence end, or before an article
    sentence glued to its closing buttons ("… see here: Cookie Policy The council …")."""
    for n, m in enumerate(doc.lex.strong_button.finditer(doc.low, last_hit, end)):
        if n >= _MAX_TRIES:
            break
        p = m.start()
        if _capitalised_at_word(doc.text, p, p) or _CJK.match(doc.text, p):
            glued = _glued_chrome_end(doc, p, end)
            if glued is not None:
                return glued
    return end


# ---------------------------------------------------------------------------------------
# Lines: where walls sit in text that has them


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _next_line(text: str, pos: int) -> tuple[int, int] | None:
    """The first non-blank line from the line start ``pos`` on."""
    n = len(text)
    while pos < n:
        s, e = _line_bounds(text, pos)
        if text[s:e].strip():
            return s, e
        pos = e + 1
    return None


def _prev_line(text: str, pos: int) -> tuple[int, int] | None:
    """The last non-blank line ending before the line start ``pos``."""
    while pos > 0:
        s, e = _line_bounds(text, pos - 1)
        if text[s:e].strip():
            return s, e
        pos = s
    return None


def _is_purpose_line(doc: _Doc, start: int, end: int) -> bool:
    """A consent dialog's vendor or purpose table: mostly purpose words."""
    total = len(_WORD.findall(doc.low, start, end))
    covered = 0
    distinct: set[str] = set()
    for m in doc.lex.purpose.finditer(doc.low, start, end):
        distinct.add(m.group())
        covered += len(_WORD.findall(m.group()))
    # Three different purposes, not one word repeated ("Council cookies cookies cookies.").
    return len(distinct) >= 3 and covered * 2 >= total


def _strong_chrome(doc: _Doc, start: int, end: int) -> bool:
    """Button or heading words alone, with at least one button ("Cookie settings")."""
    return (_is_chrome(doc, start, end)
            and doc.lex.strong_button.search(doc.low, start, end) is not None)


def _continues_wall(doc: _Doc, start: int, end: int) -> bool:
    """Whether a line after a wall is more of it: wall sentences, buttons, purposes."""
    if end - start > 4 * _MEDIUM_MAX:
        return False
    if _is_chrome(doc, start, end):
        return doc.lex.strong_button.search(doc.low, start, end) is not None
    line = _Line(doc, start, end)
    if not line.units:
        line.units = sentences(doc.text, start, end)
        line.cuts = [None] * len(line.units)
    if line.units and all(line.label(i) in "SMB" for i in range(len(line.units))):
        return True
    return _is_purpose_line(doc, start, end)


def _absorb(doc: _Doc, start: int, end: int, floor: int) -> tuple[int, int]:
    """Grow a wall block over the heading lines before it (down to ``floor``, where the
    text is already decided) and the lines after it that continue it."""
    text = doc.text
    for _ in range(_MAX_ABSORBED_LINES):
        prev = _prev_line(text, start)
        if prev is None or prev[0] < floor or not _strong_chrome(doc, *prev):
            break
        start = prev[0]
    for _ in range(_MAX_ABSORBED_LINES):
        nxt = _next_line(text, end + 1)
        if nxt is None or not _continues_wall(doc, *nxt):
            break
        end = nxt[1]
    return start, end


def _block_span(text: str, start: int, end: int) -> Span:
    """Lines ``text[start:end]`` removed with the blank lines after them (or, at the
    tail, the line breaks before them, so the article ends where it ended)."""
    nxt = _next_line(text, end + 1)
    if nxt is not None:
        return start, nxt[0], ""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start, len(text), ""


def _run_span(text: str, start: int, end: int, *, line_start: int, line_end: int,
              line_last: int) -> Span:
    """A run of wall sentences inside a line, with the spaces that set it apart
    (``line_last`` is where the line's text ends, before trailing spaces)."""
    if end >= line_last:
        end = line_end
        while start > line_start and text[start - 1] in " \t":
            start -= 1
    else:
        while end < line_end and text[end] in " \t":
            end += 1
    return start, end, ""


def _find(lex: _Lexicon, text: str) -> list[Span]:
    # The gate: most documents carry no wall stem, and pay this one scan.
    low = _lowered(text)
    hit = lex.gate.search(low)
    if hit is None:
        return []
    doc = _Doc(lex, text, low)
    spans: list[Span] = []
    done = 0  # every line before this offset has been examined
    floor = 0  # and everything before this one removed or kept for good
    while hit is not None:
        start, end = _line_bounds(text, hit.start())
        if start >= done:
            line = _Line(doc, start, end)
            if line.all_wall():
                b_start, b_end = _absorb(doc, start, end, floor)
                spans.append(_block_span(text, b_start, b_end))
                end = b_end
            elif line.has_wall:
                runs = line.runs()
                last = start + len(text[start:end].rstrip())
                spans.extend(_run_span(text, s, e, line_start=start, line_end=end, line_last=last)
                             for s, e in runs)
                if runs and runs[-1][1] >= last:
                    # A wall at the end of a line may go on in button lines below it.
                    _, b_end = _absorb(doc, end, end, end)
                    if b_end > end:
                        spans.append((end, b_end, ""))
                        end = b_end
            if spans:
                floor = spans[-1][1]
        done = max(done, end + 1)
        hit = lex.gate.search(low, done) if done < len(text) else None
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e, new in sorted(spans):
        if out and s <= out[-1][1]:
            ps, pe, _ = out[-1]
            out[-1] = (ps, max(pe, e), "")
        else:
            out.append((s, e, new))
    return out


def _find_default(text: str) -> list[Span]:
    return _find(_default_lexicon(), text)


# No ``trigger`` on the SpanCleaner: its type is a ``regex`` pattern, and the gate at
# the top of ``_find`` (stdlib ``re`` on the lower-cased text) is several times faster.
banners = SpanCleaner("banners", _find_default)


def banners_with(extra_phrases: Iterable[str], *, buttons: Iterable[str] = ()) -> SpanCleaner:
    """The banners cleaner with your own wall wordings (and button words) added.

    ``extra_phrases`` are treated like the packs' ``body`` wordings: a sentence holding
    one (outside quotation marks, not reporting speech) is part of a wall, and the
    phrase also joins the gate. ``buttons`` are taken next to a wall only. Phrases
    follow the pack format (a space matches any spaces, case is ignored). The result is
    named ``banners``, so ``DEFAULT.replace(banners_with([...]))`` swaps it in; it
    pickles (a ``functools.partial`` of a module-level function and compiled patterns).
    """
    extra = tuple(" ".join(p.split()).lower() for p in extra_phrases if p.strip())
    more_buttons = tuple(" ".join(b.split()).lower() for b in buttons if b.strip())
    base = _packaged()
    packs = dict(base)
    packs["body"] = (*base["body"], *extra)
    packs["trigger"] = (*base["trigger"], *extra)
    packs["button"] = (*base["button"], *more_buttons)
    return SpanCleaner("banners", functools.partial(_find, _lexicon(packs)))
