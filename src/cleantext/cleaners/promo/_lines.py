"""A document's lines and sentences, and what stands around a unit in them: openers,
stops, closing quotes, the word before or after, separators; how a unit becomes a
span. Shared by every finder."""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

from cleantext._core import Span
from cleantext._lazy import lazy, lazy_regex
from cleantext._units import sentences

# A line this short that starts with a prompt is the prompt's own line: it goes whole.
# Longer lines are paragraphs (or flattened documents): only the sentence goes.
_SHORT_LINE = 300
# A [lead] phrase ("Headline:", "Tags:", "Delivered by") only at the start of a line
# this short: as a sentence start inside a paragraph the words may be the article's.
_LEAD_LINE = 200
# A notice ([block]) runs to the end of its paragraph, but never further than this.
_BLOCK_MAX = 1500
# A button glued before the article's next sentence ("DONATE NOW The mayor …"): words.
_BUTTON_WORDS = 4
# A sentence longer than this that starts with a prompt is not a widget (or the
# sentence split failed): left alone.
_PROMPT_SENTENCE_MAX = 400

# What may open a line or sentence before a prompt: bullets, brackets, quotes.
_OPENERS = frozenset("([«“\"'‘*•·–—-¡¿ \t")
# Separators a label-only line may also contain ("Share this: | Tweet · Email").
_SEPARATORS = lazy_regex(r"[\s\p{P}\p{S}\d]*+")
# A word between them: what str.split() leaves once the separator runs are spaces (it
# also splits at \x1c-\x1f, which ``\s`` leaves out). Found one by one: the first word
# that is not a share button ends the test, most often at a paragraph's first word.
_SEPARATED_WORD = lazy_regex(r"[^\s\p{P}\p{S}\d\x1c-\x1f]++")
_UPPER_WORD = lazy_regex(r"\p{Lu}[\p{Lu}\d'’.-]{1,30}+$")
# What may open the sentence after a label: a number is checked apart; German opens a
# quotation with „ or ‚ ("… im Rahmen. Anzeige „Wir hatten …").
_QUOTE_OPENERS = "\"“‘'«„‚([—–-¿¡"
_WORD_AFTER = lazy_regex(r"[ \t]{0,5}+([\w'’-]{1,40}+)([ \t]{0,5}+)([\w'’-]{0,40}+)?")
# Words that open a sentence after a one-word label whose next word is capitalised too:
# "ANZEIGE Die Brücke wird…" is a label and a sentence, German nouns notwithstanding.
_DETERMINERS = frozenset({
    "The", "A", "An", "This", "These", "In", "On", "At", "Der", "Die", "Das", "Ein", "Eine",
    "Le", "La", "Les", "Un", "Une", "El", "Los", "Las", "Il", "Lo", "Gli", "Uno", "Una",
    "O", "Os", "As", "Um", "De", "Het", "Een",
    # Russian has no articles: its sentences open as often with a preposition or "this"
    # ("Реклама В Заречье открыли мост": "В" is "in", not a name's first word).
    "В", "Во", "На", "По", "С", "Со", "Из", "За", "К", "У", "О", "Об", "От", "До", "Для",
    "При", "После", "Это", "Этот", "Эта", "Эти",
    # Hungarian's articles; Catalan's, and Greek's ("Διαφήμιση Η …").
    "Az", "Egy", "Els", "Ο", "Η", "Το", "Οι", "Τα",
})
# How many times a one-word label may be printed in a row ("Anzeige Anzeige Der Rat …"):
# the word after the last one decides for all of them.
_REPEATS = 3
_URL = lazy(r"https?://|www\.")


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


def _is_opener(ch: str) -> bool:
    """An opener of ``_OPENERS``, or a pictograph a widget prints before its label
    ("🔊 Listen to this article", "▶ Listen", "✉ Sign up"): a symbol, never a word."""
    return ch in _OPENERS or (ch > "\u2000" and unicodedata.category(ch) == "So")


def _only_openers(text: str, start: int, end: int) -> bool:
    return end - start <= 3 and all(_is_opener(ch) for ch in text[start:end])


def _glued_start(text: str, start: int, pos: int) -> bool:
    """Whether a sentence starts at ``pos`` inside the one the splitter found at
    ``start``: flattened text that joined paragraphs with no space leaves "… the walls
    are stable.Follow us on …", a full stop right after a lower-case word or a number
    and right before a capital, perhaps with the quotation it closes ("… the right
    skill.”Follow us on …"). (An abbreviation's inner stop, "U.S.", has a capital
    before it; a domain name, "example.com", a lower-case letter after it.)"""
    stop = pos - 1
    if stop - start >= 2 and text[stop] in _CLOSERS:
        stop -= 1
    return stop - start >= 1 and text[stop] in ".!?" and text[pos].isupper() and \
        (text[stop - 1].islower() or text[stop - 1].isdigit())


def _is_upper_word(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` is in capitals ("NISSAN SENTRA Advertisement")."""
    start = end
    while start > 0 and end - start < 32 and not text[start - 1].isspace():
        start -= 1
    return _UPPER_WORD.match(text, start, end) is not None


def _before_spaces(text: str, line: _Line, start: int) -> int:
    """Where the spaces and tabs before ``start`` begin, within its line."""
    pos = start
    while pos > line.start and text[pos - 1] in " \t":
        pos -= 1
    return pos


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
        return (pos, e) if e > pos and _glued_start(text, s, pos) else None
    return s, e


def _close_paren(text: str, start: int, end: int, line: _Line) -> int:
    """A prompt that opens with "(" ends at its ")": "(Want this…? Sign up here.)", and
    "(Visited 12 times, 1 visits today) The mayor said …" keeps the sentence after it."""
    if text[start] != "(":
        return end
    close = text.find(")", start, min(line.end, start + 300))
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


_BLANK_LINES = lazy(r"(?:[ \t]*\n)+")


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


_LINE, _SENTENCE, _PUNCT, _WORD = range(4)
_ENDS = frozenset(".!?…:;\"”’»)]|·•。！？")


def _where(text: str, start: int) -> int:
    """What precedes ``start``, past spaces and openers: a line start, a sentence end,
    other punctuation, or a word."""
    pos = start
    limit = max(0, start - 8)
    while pos > limit and _is_opener(text[pos - 1]):
        pos -= 1
    if pos == 0 or text[pos - 1] == "\n":
        return _LINE
    prev = text[pos - 1]
    if prev in _ENDS:
        return _SENTENCE
    # A bullet or middle dot between two words parts a bar's items ("Sdílet na
    # Facebooku · Sdílet na X"): it opens no phrase there, it separates.
    if prev.isalnum() and not _BAR_DOTS.isdisjoint(text[pos:start]):
        return _PUNCT
    return _WORD if prev.isalnum() else _PUNCT


_BAR_DOTS = frozenset("·•")
_SPACES = lazy(r"\s*+")


def _after_spaces(text: str, at: int) -> int:
    """Where the run of spaces (line breaks too) that starts at ``at`` ends."""
    m = _SPACES.match(text, at)
    return at if m is None else m.end()


# What may stand between the labels of a tail, and after the last: separators, no stop
# (spaces too, to the line's end). Patterns that stop at the first other character: no
# slice of the rest of a long line per label, linear however many labels it holds.
_GAP_RUN = lazy(r"[ \t:|·•\-–—]*+")
_GAP_TO_LINE_END = lazy(r"(?:[^\S\n]|[:|·•\-–—])*+(?:\n|\Z)")


def _ends_line(text: str, end: int) -> bool:
    """Whether only separators (``_GAP_RUN``) and spaces follow ``end`` on its line:
    where a [tail] label can stand (the gate's ``_LINE_END``)."""
    return _GAP_TO_LINE_END.match(text, end) is not None


def _gap_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only separators (``_GAP_RUN``)."""
    m = _GAP_RUN.match(text, start, end)
    return m is not None and m.end() == end


def _capital_next(text: str, line: _Line, end: int) -> bool:
    """Whether a capitalised word follows ``end`` on its line (past spaces and tabs)."""
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    return pos < line.end and text[pos].isupper()


def _word_before(text: str, line: _Line, pos: int) -> tuple[int, str]:
    """The word that ends just before ``pos`` (past spaces and tabs), and its start."""
    end = pos
    while end > line.start and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > line.start and end - start < 40 and not text[start - 1].isspace():
        start -= 1
    return start, text[start:end]


def _after_question(text: str, line: _Line, start: int) -> bool:
    """Whether a question mark (perhaps with a closing quote) comes just before ``start``."""
    pos = start
    while pos > line.start and text[pos - 1] in _SPACE_OR_CLOSER:
        pos -= 1
    return pos > line.start and text[pos - 1] in "?？"


# What may close a sentence, and what may stand after its end ("again.\" Home").
_STOPS = frozenset(".!?…")
_CLOSERS = frozenset("\"”’»)]")
_QUOTES = frozenset("\"“„«‘")
_SPACE_OR_CLOSER = _CLOSERS | frozenset(" \t")


def _after_stop(text: str, line: _Line, start: int, chained: int) -> bool:
    """Whether ``start`` opens its line, follows the unit removed just before it, or
    follows a sentence's end ("… again.\" Home"), past spaces and tabs. Stricter than
    ``_left_ok``: no colon, heading or number, since what follows need not be a label."""
    pos = start
    while pos > line.start and text[pos - 1] in " \t":
        pos -= 1
    if pos <= line.start or pos <= chained:
        return True
    if text[pos - 1] in _CLOSERS and pos - 1 > line.start:
        pos -= 1
    return text[pos - 1] in _STOPS


def _sentence_next(text: str, line: _Line, end: int) -> bool:
    """Whether the line ends after ``end`` or a capitalised word follows it (perhaps
    after an opening quote: "328 comments “We never expected …"), past spaces."""
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    if pos >= line.end:
        return True
    if text[pos] in _QUOTES and pos + 1 < line.end:
        pos += 1
    return text[pos].isupper()


def _merge(spans: list[Span]) -> list[Span]:
    """``spans`` sorted, overlapping or touching ones made one deletion. A span that
    touches none keeps its replacement (the space an ad break glued inside a sentence
    leaves: ``_glued_inside``)."""
    out: list[Span] = []
    for s, e, new in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1] or out[-1][2]:
                out[-1] = (out[-1][0], max(e, out[-1][1]), "")
            continue
        out.append((s, e, new))
    return out


_GLUED_WORD = lazy_regex(r"\p{Lu}?\p{Ll}{1,30}+(?=\p{Lu}\p{Ll})")


def _glued_word(text: str, start: int) -> str:
    """The word at ``start`` that text joined with no space glued to a capitalised one
    ("NewsletterDas Wichtigste …": "Newsletter"), or "" if none is."""
    m = _GLUED_WORD.match(text, start)
    return "" if m is None else m.group()
