"""`Pipeline`: an ordered, immutable, picklable tuple of cleaners, and `DEFAULT`.

Configure by building a new pipeline, never by flags on :func:`cleantext.clean`:

>>> from cleantext.pipeline import DEFAULT, Pipeline
>>> DEFAULT.without("promo").names[:3]
('markup', 'unicode', 'banners')
>>> Pipeline.from_names(["markup", "whitespace"])("<p>Hello</p><p>world</p>")
'Hello\\n\\nworld'
>>> Pipeline.from_names(["marcup"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
cleantext.pipeline.UnknownCleanerError: unknown cleaner 'marcup'; valid names: markup, ...
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cleantext import cleaners
from cleantext._core import Cleaner, Edit, Result


class UnknownCleanerError(ValueError):
    """A cleaner name that is not registered; the message lists the valid names.

    >>> try:
    ...     DEFAULT.without("cookies")
    ... except UnknownCleanerError as e:
    ...     print(str(e)[:39])
    unknown cleaner 'cookies'; valid names:
    """


def check_text(text: object, where: str = "clean") -> str:
    """Return ``text`` if it is a ``str``; raise a ``TypeError`` that says what to do.

    >>> check_text(None)
    Traceback (most recent call last):
    ...
    TypeError: clean() takes str, not NoneType
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{where}() takes str, not {type(text).__name__}: decode it first, "
            f"e.g. {where}(data.decode('utf-8', errors='replace'))"
        )
    raise TypeError(f"{where}() takes str, not {type(text).__name__}")


def _lookup(name: str) -> Cleaner:
    try:
        return cleaners.REGISTRY[name]
    except KeyError:
        valid = ", ".join(cleaners.REGISTRY)
        raise UnknownCleanerError(f"unknown cleaner {name!r}; valid names: {valid}") from None


#: Cleaners whose changes cannot expose new boilerplate: a change by one of these
#: alone does not call for another round.
TIDYING = frozenset({"markup", "unicode", "whitespace"})
#: Removing a unit can expose another: a label glued after a read-more link leaves a
#: read-more line; a cut sentence gone leaves its paragraph's last marker. When a
#: boilerplate cleaner changed the text, the pipeline runs again (the gates make a
#: second round over clean text cheap), so cleaning is idempotent without each family
#: knowing the others.
MAX_ROUNDS = 3
#: Tidying cleaners whose repairs can make what a tidying cleaner before them reads:
#: ``unicode`` repairs a stray-NBSP sign to a space, and that can finish a tag
#: (``"<PÂ&nbsp>"``: markup decodes the entity, unicode makes ``"<P >"``). Their
#: changes go back at once through the tidying cleaners before them (markup's trigger
#: makes that cheap), not to a whole new round: a round costs every family's gate
#: again. ``whitespace`` is not one: it only collapses and trims white space, which
#: markup reads the same either way and unicode's signs take in any form.
HANDS_BACK = frozenset({"unicode"})


@dataclass(frozen=True)
class Pipeline:
    """Cleaners applied in order. Calling a pipeline cleans; ``explain`` reports.

    ``whitespace`` normalises what the others leave behind, so :meth:`then` inserts
    a new cleaner before a trailing ``whitespace``. When a boilerplate cleaner (any but
    the tidying ones, :data:`TIDYING`) changed the text, the whole pipeline runs again,
    up to :data:`MAX_ROUNDS` times in all, since one removal can expose another unit.
    A cleaner must be a function of its text alone: a later round does not call again
    a cleaner that is handed the very text it returned unchanged before.
    Pipelines are frozen values: every method returns a new pipeline, and they pickle
    (to reach worker processes).

    >>> p = Pipeline.from_names(["markup", "whitespace"])
    >>> p.names
    ('markup', 'whitespace')
    >>> p("<p>One</p><p>Two</p>")
    'One\\n\\nTwo'
    """

    cleaners: tuple[Cleaner, ...]

    @classmethod
    def from_names(cls, names: Iterable[str]) -> Pipeline:
        """A pipeline of registered cleaners, in the order given.

        >>> Pipeline.from_names(["whitespace"])("  a  b ")
        'a b'
        """
        return cls(tuple(_lookup(n) for n in names))

    @property
    def names(self) -> tuple[str, ...]:
        """The cleaners' names, in order.

        >>> DEFAULT.names[-1]
        'whitespace'
        """
        return tuple(c.name for c in self.cleaners)

    def _check_names(self, names: tuple[str, ...]) -> None:
        for n in names:
            if n not in self.names:
                _lookup(n)  # an unknown name raises with the registry's names
                raise UnknownCleanerError(
                    f"cleaner {n!r} is not in this pipeline; it has: {', '.join(self.names)}"
                )

    def without(self, *names: str) -> Pipeline:
        """This pipeline less the named cleaners.

        >>> "promo" in DEFAULT.without("promo").names
        False
        """
        self._check_names(names)
        return Pipeline(tuple(c for c in self.cleaners if c.name not in names))

    def only(self, *names: str) -> Pipeline:
        """This pipeline restricted to the named cleaners, in this pipeline's order.

        >>> DEFAULT.only("whitespace", "markup").names
        ('markup', 'whitespace')
        """
        self._check_names(names)
        return Pipeline(tuple(c for c in self.cleaners if c.name in names))

    def then(self, cleaner: Cleaner) -> Pipeline:
        """This pipeline with ``cleaner`` added at the end (before a final ``whitespace``).

        >>> from cleantext import regex_cleaner
        >>> DEFAULT.then(regex_cleaner("via", r"\\(via \\w+\\)")).names[-2:]
        ('via', 'whitespace')
        """
        if not isinstance(cleaner, Cleaner):
            raise TypeError(f"not a cleaner: {cleaner!r} (needs name, __call__ and explain)")
        if self.cleaners and self.cleaners[-1].name == "whitespace":
            return Pipeline((*self.cleaners[:-1], cleaner, self.cleaners[-1]))
        return Pipeline((*self.cleaners, cleaner))

    def replace(self, cleaner: Cleaner) -> Pipeline:
        """This pipeline with the cleaner of the same name swapped for ``cleaner``.

        >>> from cleantext.cleaners.truncation import truncation
        >>> DEFAULT.replace(truncation(policy="marker")).names == DEFAULT.names
        True
        """
        self._check_names((cleaner.name,))
        return Pipeline(tuple(cleaner if c.name == cleaner.name else c for c in self.cleaners))

    def prepare(self) -> Pipeline:
        """Compile now what the cleaners compile on first use, and return the pipeline.

        The families build their phrase scans lazily, each when a text first needs it
        (for the default pipeline a few seconds in all on a machine's first run; the
        largest scans' compiled code is then kept on disk, see ``cleantext._recache``,
        and later processes take well under half that). After ``prepare`` no call
        compiles a pattern, so
        every text costs what it costs: :func:`cleantext.clean` prepares the default
        pipeline on its first call. Bulk paths (:func:`cleantext.clean_stream`, the
        command) do not: over a corpus, compiling only the scans its texts need costs
        less. Calling it again costs nothing. Cleaners without a ``prepare`` method are
        left as they are.

        >>> Pipeline.from_names(["markup", "whitespace"]).prepare().names
        ('markup', 'whitespace')
        """
        for c in self.cleaners:
            prepare = getattr(c, "prepare", None)
            if callable(prepare):
                prepare()
        return self

    def __call__(self, text: str) -> str:
        """Clean ``text``: each cleaner in turn, no edit records built.

        >>> Pipeline.from_names(["markup"])("a&amp;b")
        'a&b'
        """
        check_text(text)
        # kept[i] is a text cleaner i returned unchanged (the same object). A later
        # round that hands it that text again skips it: a cleaner is a function of
        # its text, so it would return it unchanged again. Cleaners after the last
        # one that changed anything see the same text in the next round.
        kept: list[str | None] = [None] * len(self.cleaners)
        for _ in range(MAX_ROUNDS):
            again = False
            for i, c in enumerate(self.cleaners):
                if kept[i] is text:
                    continue
                out = c(text)
                if out is text:
                    kept[i] = text
                elif c.name not in TIDYING and out != text:
                    again = True
                elif c.name in HANDS_BACK and out != text:
                    out = self._hand_back(i, out, None)
                text = out
            if not again:
                break
        return text

    def explain(self, text: str) -> Result:
        """The clean text and every edit, each at an offset of its cleaner's input.

        >>> [e.cleaner for e in Pipeline.from_names(["markup"]).explain("<b>x</b>").edits]
        ['markup', 'markup']
        """
        check_text(text, "explain")
        edits: list[Edit] = []
        kept: list[str | None] = [None] * len(self.cleaners)  # as in __call__
        for _ in range(MAX_ROUNDS):
            again = False
            for i, c in enumerate(self.cleaners):
                if kept[i] is text:
                    continue
                out, found = c.explain(text)
                if out is text:
                    kept[i] = text
                edits.extend(found)
                again = again or (bool(found) and c.name not in TIDYING)
                if found and c.name in HANDS_BACK:
                    out = self._hand_back(i, out, edits)
                text = out
            if not again:
                break
        return Result(text, tuple(edits))

    def _hand_back(self, i: int, text: str, edits: list[Edit] | None) -> str:
        """``text``, which cleaner ``i`` (one of :data:`HANDS_BACK`) just changed, run
        through the tidying cleaners before it, and through cleaner ``i`` again after
        any of them changed it, until that changes nothing. ``edits``, when given,
        collects their edits (in the order made, as :meth:`explain` records them)."""
        earlier = [c for c in self.cleaners[:i] if c.name in TIDYING]
        for _ in range(MAX_ROUNDS if earlier else 0):
            out = text
            for c in earlier:
                out = _run(c, out, edits)
            if out == text:
                break
            text = _run(self.cleaners[i], out, edits)
        return text


def _run(cleaner: Cleaner, text: str, edits: list[Edit] | None) -> str:
    """``cleaner(text)``, its edits added to ``edits`` when that is a list."""
    if edits is None:
        return cleaner(text)
    out, found = cleaner.explain(text)
    edits.extend(found)
    return out


#: The pipeline :func:`cleantext.clean` runs; see :mod:`cleantext.cleaners` for the order.
DEFAULT = Pipeline(cleaners.DEFAULT_ORDER)
