"""Sphinx configuration for the cleantext documentation.

Build (from the repository root; both must pass with no warnings):

    .venv/bin/python -m sphinx -W --keep-going -b html docs docs/_build/html
    .venv/bin/python -m sphinx -W --keep-going -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import sys
from pathlib import Path

from sphinx.application import Sphinx

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# Document the working tree, also when the package is not installed in editable mode.
sys.path.insert(0, str(ROOT / "src"))

import cleantext  # noqa: E402

project = "cleantext"
author = "cleantext developers"
copyright = "cleantext developers, MIT licence"  # noqa: A001
release = cleantext.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.coverage",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
# benchmarks.md is written by the benchmark suite and shown inside benchmarks-results.md
# (see _benchmark_results below), so it is not a page of its own.
exclude_patterns = ["_build", "benchmarks.md"]

# --- MyST -----------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# --- autodoc --------------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# --- doctest --------------------------------------------------------------------------
# The pages' examples are ```{doctest} blocks: `-b doctest` runs every one of them and
# fails (exit status 1) when one gives other output. Examples inside docstrings are run
# by pytest (--doctest-modules, with the module's globals); here they are only shown.
doctest_test_doctest_blocks = ""
doctest_global_setup = f"""
EXAMPLES = {str(ROOT / "examples" / "news.jsonl")!r}
"""

# --- coverage (`-b coverage`: public objects without a docstring) ----------------------
coverage_modules = [
    "cleantext",
    "cleantext.pipeline",
    "cleantext.stream",
    "cleantext.cleaners",
    "cleantext.cleaners.markup",
    "cleantext.cleaners.unicode",
    "cleantext.cleaners.banners",
    "cleantext.cleaners.trailers",
    "cleantext.cleaners.promo",
    "cleantext.cleaners.truncation",
    "cleantext.cleaners.whitespace",
]
coverage_show_missing_items = True
coverage_statistics_to_stdout = True

# --- HTML -----------------------------------------------------------------------------
html_theme = "furo"
html_title = f"cleantext {release}"
html_static_path: list[str] = []
html_theme_options = {
    "source_repository": "",
    "navigation_with_keys": True,
}


# --- the benchmark results, when the suite has produced them ----------------------------
_RESULTS_PAGE = "benchmarks-results"
_MISSING = """
```{note}
No results are published in this checkout yet: the benchmark suite writes
`docs/benchmarks.md` and `docs/benchmarks.png`, and this page shows them once they exist.
Run the commands above to produce them on your machine.
```
"""


def _benchmark_results(app: Sphinx, docname: str, source: list[str]) -> None:
    """Append the suite's table and plot to the results page if they exist.

    A MyST ``include`` of a missing file is an error, and the suite's files are written
    by another command at another time; so the page asks for them only when they exist.
    """
    if docname != _RESULTS_PAGE:
        return
    parts = []
    if (DOCS / "benchmarks.png").exists():
        parts.append("\n```{image} benchmarks.png\n:alt: throughput against junk "
                     "removed, one point per tool\n```\n")
    if (DOCS / "benchmarks.md").exists():
        parts.append("\n```{include} benchmarks.md\n:heading-offset: 2\n```\n")
    source[0] += "".join(parts) if parts else _MISSING


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("source-read", _benchmark_results)
    # Sphinx cannot see that the page depends on files that may appear later: always
    # reread it (it is one small page).
    app.connect("env-get-outdated", lambda app, env, added, changed, removed: [_RESULTS_PAGE])
    return {"parallel_read_safe": True}
