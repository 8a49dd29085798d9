"""Quality metrics: how much junk a cleaner removed and how much article it lost.

These are the definitions of the project's development-set scorer, re-implemented here
so that any corpus with a gold can be scored, and streamed: documents are added one at a
time, nothing is kept per document but a few counts.

Words are ``\\w+`` runs, lower-cased, compared per document as multisets (order-free):

- ``precision``: share of the output's words that belong to the gold, averaged over
  documents (boilerplate left lowers it). An empty output has precision 1.
- ``recall``: share of the gold's words that survive, averaged over documents (content
  lost lowers it). An empty gold has recall 1.
- ``f1``: the harmonic mean of the two averages.
- ``exact``: share of documents whose output equals the gold once whitespace is
  collapsed, NFKC applied and curly quotes folded to straight ones.
- ``noise_removed``: over the whole corpus, the share of the junk words of the dirty
  input (its words not in the gold) that are gone from the output.
- ``content_lost``: over the whole corpus, the share of gold words missing from the output.

Words of a document's ``ambiguous`` strings (captions, "Related:" lines...) count
neither as junk left nor as content lost.

>>> acc = Accumulator()
>>> acc.add(gold="The council met.", output="The council met.",
...         dirty="Advertisement The council met.")
DocScore(precision=1.0, recall=1.0, exact=True, fp=0, fn=0, gold_words=3)
>>> acc.result()["noise_removed"]
1.0
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
# Curly quotes to straight ones: a cleaner that straightens quotes did no harm.
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
    }
)


def words(text: str) -> Counter[str]:
    """The multiset of lower-cased ``\\w+`` words of ``text``.

    >>> sorted(words("The cat, the HAT.").items())
    [('cat', 1), ('hat', 1), ('the', 2)]
    """
    return Counter(w.lower() for w in _WORD.findall(text))


def squash(text: str) -> str:
    """``text`` as ``exact`` compares it: NFKC, straight quotes, single spaces.

    >>> squash("\u201cHi\u201d,\\n\\n  she said")
    '"Hi", she said'
    """
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


@dataclass(frozen=True, slots=True)
class DocScore:
    """One document's score: its precision and recall, exactness, junk left and content lost."""

    precision: float
    recall: float
    exact: bool
    fp: int  # output words not in the gold (nor ambiguous): junk left
    fn: int  # gold words missing from the output: content lost
    gold_words: int


def score(gold: str, output: str, ambiguous: Iterable[str] = ()) -> DocScore:
    """Score one output against its gold.

    >>> s = score("Rain fell on Monday.", "Rain fell. Share this")
    >>> (s.precision, s.recall, s.fp, s.fn)
    (0.5, 0.5, 2, 2)
    """
    either: Counter[str] = Counter()
    for text in ambiguous:
        either += words(text)
    return _score(words(gold), words(output), either, gold, output)


def _score(want: Counter[str], got: Counter[str], either: Counter[str], gold: str,
           output: str) -> DocScore:
    tp = sum((got & want).values())
    fp = sum(((got - want) - either).values())
    fn = sum((want - got).values())
    return DocScore(
        precision=tp / (tp + fp) if tp + fp else 1.0,
        recall=tp / (tp + fn) if tp + fn else 1.0,
        exact=squash(output) == squash(gold),
        fp=fp,
        fn=fn,
        gold_words=sum(want.values()),
    )


class Accumulator:
    """Corpus-level metrics, fed one document at a time (bounded memory).

    The junk of the input is the ``fp`` of the dirty text itself scored against the gold:
    ``noise_removed`` is one minus the junk the outputs still carry over that.
    """

    def __init__(self) -> None:
        self.docs = 0
        self._precision = 0.0
        self._recall = 0.0
        self._exact = 0
        self._fp = 0
        self._fn = 0
        self._noise_in = 0
        self._gold_words = 0

    def add(self, gold: str, output: str, dirty: str, ambiguous: Iterable[str] = ()) -> DocScore:
        """Count one document; return its score."""
        # The gold's and the ambiguous strings' words serve both scores: count them once.
        want = words(gold)
        either: Counter[str] = Counter()
        for text in ambiguous:
            either += words(text)
        s = _score(want, words(output), either, gold, output)
        self.docs += 1
        self._precision += s.precision
        self._recall += s.recall
        self._exact += s.exact
        self._fp += s.fp
        self._fn += s.fn
        self._gold_words += s.gold_words
        self._noise_in += sum(((words(dirty) - want) - either).values())
        return s

    def result(self) -> dict[str, float | int]:
        """``docs``, ``precision``, ``recall``, ``f1``, ``exact``, ``noise_removed``,
        ``content_lost`` (unrounded; an empty corpus scores as perfect)."""
        n = self.docs
        p = self._precision / n if n else 1.0
        r = self._recall / n if n else 1.0
        return {
            "docs": n,
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "exact": self._exact / n if n else 1.0,
            "noise_removed": 1 - self._fp / self._noise_in if self._noise_in else 1.0,
            "content_lost": self._fn / self._gold_words if self._gold_words else 0.0,
        }
