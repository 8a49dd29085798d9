"""The second review of round 23's trailers and truncation rules: article text the
narrowed rules still took. Each case is what the tree must return; all written here.

- An interview whose last answer trails off ("Never say never...") keeps its question:
  the cut answer goes as before, the question is the article's (the rule that took it
  with the answer is reverted).
- A tag label after a sentence's end on the same line, in a text that keeps its line
  breaks, is the article's own last line (a columnist's kicker, a quoted post).
"""

from __future__ import annotations

import pytest

from cleantext import clean

INTRO = "The coach sat down with the Herald after practice.\n\n"
ES_INTRO = "El exjugador recibió a este diario en su casa de Gijón.\n\n"
BRIDGE = "Work on the new bridge will begin in the spring, officials said.\n\n"

CASES = [
    (
        INTRO + "Q: When did you start?\nA: In 1998.\n\nQ: Why did you stop?\nA: Injuries."
        "\n\nQ: Would you coach again?\nA: Never say never...",
        INTRO + "Q: When did you start?\nA: In 1998.\n\nQ: Why did you stop?\nA: Injuries."
        "\n\nQ: Would you coach again?",
    ),
    (
        ES_INTRO + "—¿Cuándo empezó?\n—En 1998.\n\n—¿Por qué lo dejó?\n—Por las lesiones."
        "\n\n—¿Y su rodilla?\n—¿Cuál de las dos?\n—La derecha, la que…",
        ES_INTRO + "—¿Cuándo empezó?\n—En 1998.\n\n—¿Por qué lo dejó?\n—Por las lesiones."
        "\n\n—¿Y su rodilla?\n—¿Cuál de las dos?",
    ),
    (
        BRIDGE + "The clerk took the form, looked at it for a long time, and shrugged. "
        "Filed under: Other",
        BRIDGE + "The clerk took the form, looked at it for a long time, and shrugged. "
        "Filed under: Other",
    ),
    (
        BRIDGE + "Her last post read simply: “Home.” Tagged: Mom, Dad",
        BRIDGE + "Her last post read simply: “Home.” Tagged: Mom, Dad",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_article_keeps_it(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Flattened (no line break left) and glued lists still go.
        "Work will begin in spring, officials said. The clerk shrugged. "
        "Filed under: Parks, Roads",
        "Work will begin, he said.Filed under: Parks",
        "Work will begin, he said.\nFiled under: Parks, Roads",
    ],
)
def test_a_cms_list_still_goes(text: str) -> None:
    assert "Filed under" not in clean(text)
