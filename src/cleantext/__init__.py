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
    "explain",
    "line_cleaner",
    "regex_cleaner",
    "transform_cleaner",
]
