"""cleantext: strip boilerplate from scraped news text, and say what was removed.

>>> from cleantext import clean
>>> clean("The council approved the budget.\\n\\nAdvertisement")
'The council approved the budget.'
"""

from cleantext._api import clean, explain
from cleantext._core import (
    Cleaner,
    Edit,
    Result,
    SpanCleaner,
    Tally,
    TransformCleaner,
    line_cleaner,
    regex_cleaner,
    transform_cleaner,
)
from cleantext.pipeline import DEFAULT, Pipeline, UnknownCleanerError

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # The bulk path pulls in multiprocessing and I/O machinery: load it on first use so
    # `import cleantext` stays fast for callers who only clean strings.
    if name == "clean_stream":
        from cleantext.stream import clean_stream  # noqa: PLC0415

        return clean_stream
    raise AttributeError(f"module 'cleantext' has no attribute {name!r}")


__all__ = [
    "DEFAULT",
    "Cleaner",
    "Edit",
    "Pipeline",
    "Result",
    "SpanCleaner",
    "Tally",
    "TransformCleaner",
    "UnknownCleanerError",
    "__version__",
    "clean",
    "clean_stream",
    "explain",
    "line_cleaner",
    "regex_cleaner",
    "transform_cleaner",
]
