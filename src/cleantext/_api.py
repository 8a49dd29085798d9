"""The public edge: :func:`clean` and :func:`explain` on the default pipeline.

>>> clean("<p>Prices rose 5% &amp; more.</p>")
'Prices rose 5% & more.'
>>> clean(b"bytes")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
TypeError: clean() takes str, not bytes: decode it first, e.g. clean(data.decode(...))
"""

from __future__ import annotations

import functools

from cleantext._core import Result
from cleantext.pipeline import DEFAULT, Pipeline


@functools.cache
def _default() -> Pipeline:
    """:data:`DEFAULT`, prepared on first use (:meth:`Pipeline.prepare`)."""
    return DEFAULT.prepare()


def clean(text: str) -> str:
    """Remove boilerplate from one document with the default pipeline.

    Every ``str`` is accepted (empty, NUL, lone surrogates, megabyte lines); anything
    else raises ``TypeError`` here rather than deep inside a pattern. Text that is not
    boilerplate comes out unchanged but for whitespace normalisation.

    >>> clean("Regulators said the site set cookies.\\n\\nRead More: Site fined")
    'Regulators said the site set cookies.'

    The first call compiles the patterns of every family (once per process), so
    that no later call stalls to compile one.
    """
    return _default()(text)


def explain(text: str) -> Result:
    """What :func:`clean` returns, with every edit: which cleaner, where, what.

    >>> r = explain("Advertisement\\n\\nThe council met on Monday.")
    >>> r.text
    'The council met on Monday.'
    >>> [(e.cleaner, e.removed.strip()) for e in r.edits]
    [('promo', 'Advertisement')]
    """
    return _default().explain(text)
