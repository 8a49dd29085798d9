"""Edits, results, the `Cleaner` protocol and the small builders cleaners are made from.

A cleaner is a frozen, named, picklable value with two faces that come from one
declaration: ``cleaner(text) -> str`` for the fast path and
``cleaner.explain(text) -> (text, edits)`` for reports. Both call the same ``find``
function, which returns the spans to replace, so the two cannot disagree.

>>> digits = regex_cleaner("digits", r"[0-9]+")
>>> digits("room 101, floor 3")
'room , floor '
>>> text, edits = digits.explain("room 101")
>>> edits
[Edit(cleaner='digits', start=5, end=8, removed='101', inserted='')]
>>> replay("room 101", edits) == text
True
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol, runtime_checkable

import regex

from cleantext._units import SENTENCE_CLOSERS

#: A replacement in a cleaner's input: ``(start, end, replacement)``.
Span = tuple[int, int, str]
#: What a cleaner's ``find`` returns: sorted, non-overlapping spans.
Finder = Callable[[str], Iterable[Span]]


class Searcher(Protocol):
    """Anything with a regex-like ``search``: a ``re`` or ``regex`` pattern, or a gate
    object of a cleaner's own that answers "can this text match at all?"."""

    def search(self, string: str, /) -> object: ...


@dataclass(frozen=True, slots=True)
class Edit:
    """One change a cleaner made.

    ``start`` and ``end`` are offsets in the text *that cleaner received* (not in the
    original input: each cleaner sees the output of the one before it). ``removed`` is
    ``text[start:end]``; ``inserted`` is what took its place, usually ``""`` (a block
    tag becomes a paragraph break, an entity its character).

    >>> from cleantext import explain
    >>> explain("Fish &amp; chips").edits[0]
    Edit(cleaner='markup', start=5, end=10, removed='&amp;', inserted='&')
    """

    cleaner: str
    start: int
    end: int
    removed: str
    inserted: str = ""


class Tally(NamedTuple):
    """How many edits one cleaner made and how many characters they removed.

    >>> Tally(edits=2, chars=31)._asdict()
    {'edits': 2, 'chars': 31}
    """

    edits: int
    chars: int


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`cleantext.explain` returns: the clean text and every edit on the way.

    >>> r = Result("b", (Edit("x", 0, 2, "a "),))
    >>> r.summary()
    {'x': Tally(edits=1, chars=2)}
    """

    text: str
    edits: tuple[Edit, ...] = ()

    def summary(self) -> dict[str, Tally]:
        """Edits and removed characters per cleaner, in pipeline order."""
        out: dict[str, Tally] = {}
        for e in self.edits:
            n, c = out.get(e.cleaner, (0, 0))
            out[e.cleaner] = Tally(n + 1, c + len(e.removed))
        return out

    def by(self, cleaner: str) -> list[Edit]:
        """The edits one cleaner made.

        >>> Result("", (Edit("a", 0, 1, "x"), Edit("b", 0, 1, "y"))).by("b")
        [Edit(cleaner='b', start=0, end=1, removed='y', inserted='')]
        """
        return [e for e in self.edits if e.cleaner == cleaner]


@runtime_checkable
class Cleaner(Protocol):
    """What a pipeline needs of a cleaner: a name, a call and an explanation.

    ``explain`` must return exactly what ``__call__`` returns, plus the edits that
    turn its input into that output (see :func:`replay`). Cleaners must be picklable
    (module-level functions, compiled patterns) so that pipelines reach worker
    processes. Any object with these three members is a cleaner; the builders below
    make one from a pattern, a line test or a function.

    >>> isinstance(regex_cleaner("digits", r"[0-9]"), Cleaner)
    True
    """

    @property
    def name(self) -> str:
        """The name reports and :meth:`Pipeline.without` use."""

    def __call__(self, text: str) -> str:
        """The cleaned text; never builds edit records."""

    def explain(self, text: str) -> tuple[str, list[Edit]]:
        """The cleaned text and the edits that turn ``text`` into it."""


def apply_spans(text: str, spans: Iterable[Span]) -> str:
    """Apply sorted, non-overlapping ``(start, end, replacement)`` spans to ``text``.

    >>> apply_spans("a<b>c", [(1, 4, "")])
    'ac'
    """
    pieces: list[str] = []
    pos = 0
    for start, end, new in spans:
        if start < pos or end < start:
            raise ValueError(f"spans overlap or run backwards at {start}:{end}")
        pieces.append(text[pos:start])
        pieces.append(new)
        pos = end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


#: What may follow a removed unit and open the next sentence (besides a letter or digit).
_OPENS_SENTENCE = frozenset("\"“„«‹‚‘(")


def _after_stop(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends with a sentence's stop, or a stop and up to three
    closing marks ('… bleiben.“', '… said.”)')."""
    q = at - 1
    while q >= 0 and at - q <= 3 and text[q] in SENTENCE_CLOSERS:
        q -= 1
    return q >= 0 and text[q] in ".!?"


def keep_apart(text: str, spans: Iterable[Span]) -> list[Span]:
    """``spans``, with each deletion glued between a sentence's stop and the next
    sentence ("… tratamento.ASSINE JÁO centro …", flattened text with no space) leaving
    one space, so that removing a unit does not run two sentences together. A quotation
    may close after the stop ('… bleiben.“Mehr lesen: …'). Other spans are left as they
    are, and so is a deletion after anything but a stop (an inline tag's removal in
    "end,<b>next" keeps what the page showed).

    >>> keep_apart("Rain.Sign up nowSun.", [(5, 16, "")])
    [(5, 16, ' ')]
    >>> keep_apart("“Rain.”Sign up nowSun.", [(7, 18, "")])
    [(7, 18, ' ')]
    >>> keep_apart("Rain. Sign up now Sun.", [(6, 18, "")])
    [(6, 18, '')]
    """
    return [(s, e, " ") if not new and s > 0 and e < len(text) and _after_stop(text, s)
            and (text[e].isalnum() or text[e] in _OPENS_SENTENCE) else (s, e, new)
            for s, e, new in spans]


@dataclass(frozen=True)
class KeptApart:
    """A finder whose deletions never glue two sentences together (:func:`keep_apart`);
    a frozen value, so it pickles when the finder it wraps does.

    >>> find = KeptApart(lambda text: [(5, 16, "")])
    >>> apply_spans("Rain.Sign up nowSun.", find("Rain.Sign up nowSun."))
    'Rain. Sun.'
    """

    find: Finder

    def __call__(self, text: str) -> list[Span]:
        return keep_apart(text, self.find(text))


def replay(text: str, edits: Sequence[Edit]) -> str:
    """Apply one cleaner's edits to the text it received; equals that cleaner's output.

    >>> replay("a b", [Edit("x", 1, 2, " ")])
    'ab'
    """
    return apply_spans(text, ((e.start, e.end, e.inserted) for e in edits))


@dataclass(frozen=True)
class SpanCleaner:
    r"""A cleaner declared by a ``find`` function that returns the spans to replace.

    ``trigger``, when given, is a cheap pattern (``re``, ``regex`` or any object with a
    ``search`` method): a text it does not match is returned unchanged without calling
    ``find``. Most documents of a corpus carry no junk of a given family, so this check
    is what most documents pay. ``find`` must return sorted, non-overlapping spans.
    ``rounds`` > 1 runs ``find`` again on the result while it still changes it, for
    families whose removals can leave a new unit (units glued without a space).
    ``warm_up``, when given, compiles now what ``find`` and ``trigger`` would compile
    on first use (:meth:`prepare` calls it).

    >>> def find_hashtags(text):
    ...     return [(m.start(), m.end(), "") for m in regex.finditer(r" ?#\w+", text)]
    >>> tags = SpanCleaner("hashtags", find_hashtags, trigger=regex.compile("#"))
    >>> tags("Rain is due #weather #uk")
    'Rain is due'
    """

    name: str
    find: Finder = field(repr=False)
    trigger: Searcher | None = field(default=None, repr=False)
    rounds: int = 1
    warm_up: Callable[[], object] | None = field(default=None, repr=False)

    def prepare(self) -> None:
        """Compile now what the first texts would make this cleaner compile."""
        if self.warm_up is not None:
            self.warm_up()

    def _settle(self, text: str) -> str:
        # Later rounds: what one removal leaves may be a unit again (glued units).
        for _ in range(self.rounds - 1):
            out = apply_spans(text, self.find(text))
            if out == text:
                break
            text = out
        return text

    def __call__(self, text: str) -> str:
        """``text`` with every span ``find`` returns replaced (unchanged if the trigger
        does not match), again up to ``rounds`` times while that changes it."""
        if self.trigger is not None and self.trigger.search(text) is None:
            return text
        out = apply_spans(text, self.find(text))
        return self._settle(out) if self.rounds > 1 and out != text else out

    def explain(self, text: str) -> tuple[str, list[Edit]]:
        """What :meth:`__call__` returns, and an :class:`Edit` per span that changed
        (one edit over the changed region when a later round changed more)."""
        if self.trigger is not None and self.trigger.search(text) is None:
            return text, []
        spans = [s for s in self.find(text) if text[s[0] : s[1]] != s[2]]
        out = apply_spans(text, spans)
        if self.rounds > 1 and spans:
            settled = self._settle(out)
            if settled != out:
                return settled, diff_edits(self.name, text, settled)
        return out, [Edit(self.name, s, e, text[s:e], new) for s, e, new in spans]


@dataclass(frozen=True)
class TransformCleaner:
    """A cleaner made from a whole-text ``str -> str`` function.

    For functions that cannot say where they changed the text (ftfy, a user's own
    function). ``explain`` reports one edit spanning the first to the last changed
    character.

    >>> TransformCleaner("strip", str.strip).explain("  hi")
    ('hi', [Edit(cleaner='strip', start=0, end=2, removed='  ', inserted='')])
    """

    name: str
    transform: Callable[[str], str] = field(repr=False)
    trigger: Searcher | None = field(default=None, repr=False)

    def __call__(self, text: str) -> str:
        """``transform(text)`` (or ``text`` itself if the trigger does not match)."""
        if self.trigger is not None and self.trigger.search(text) is None:
            return text
        return self.transform(text)

    def explain(self, text: str) -> tuple[str, list[Edit]]:
        """What :meth:`__call__` returns, and one edit over the changed region."""
        out = self(text)
        return out, diff_edits(self.name, text, out)


def diff_edits(name: str, before: str, after: str) -> list[Edit]:
    """One edit spanning the first to the last character where ``after`` differs.

    >>> diff_edits("x", "a-b-c", "a+b-c")
    [Edit(cleaner='x', start=1, end=2, removed='-', inserted='+')]
    """
    if before == after:
        return []
    lead = 0
    limit = min(len(before), len(after))
    while lead < limit and before[lead] == after[lead]:
        lead += 1
    tail = 0
    while tail < limit - lead and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    end = len(before) - tail
    return [Edit(name, lead, end, before[lead:end], after[lead : len(after) - tail])]


def _regex_spans(pattern: regex.Pattern[str], replacement: str, text: str) -> list[Span]:
    return [(m.start(), m.end(), m.expand(replacement) if replacement else "")
            for m in pattern.finditer(text)]


def regex_cleaner(name: str, pattern: str | regex.Pattern[str], replacement: str = "",
                  *, flags: int = regex.IGNORECASE) -> SpanCleaner:
    """A cleaner that replaces every match of ``pattern`` (``regex`` syntax).

    ``replacement`` may use group references (``\\1``). Keep the pattern linear: no
    nested unbounded quantifiers, since scraped text is untrusted.

    >>> regex_cleaner("via", r"\\s*\\(via \\w+\\)")("Rain is due (via Reuters).")
    'Rain is due.'
    """
    compiled = pattern if isinstance(pattern, regex.Pattern) else regex.compile(pattern, flags)
    return SpanCleaner(name, functools.partial(_regex_spans, compiled, replacement))


def _line_spans(predicate: Callable[[str], bool], text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if predicate(line.rstrip("\r\n")):
            spans.append((pos, pos + len(line), ""))
        pos += len(line)
    return spans


def line_cleaner(name: str, predicate: Callable[[str], bool]) -> SpanCleaner:
    """A cleaner that removes every line (with its line break) for which ``predicate`` holds.

    Give a module-level function (or a ``functools.partial`` of one) so the cleaner
    pickles.

    >>> def is_rule(line: str) -> bool:
    ...     return set(line.strip()) == {"-"}
    >>> line_cleaner("rules", is_rule)("Title\\n-----\\nBody")
    'Title\\nBody'
    """
    return SpanCleaner(name, functools.partial(_line_spans, predicate))


def transform_cleaner(name: str, transform: Callable[[str], str]) -> TransformCleaner:
    """A cleaner from any ``str -> str`` function; ``explain`` reports one edit.

    >>> shout = transform_cleaner("upper", str.upper)
    >>> shout.explain("ab")
    ('AB', [Edit(cleaner='upper', start=0, end=2, removed='ab', inserted='AB')])
    """
    return TransformCleaner(name, transform)
