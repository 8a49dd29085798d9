"""An article's toolbar: its font-size buttons ("A-  A+", "A  A  A") among its print,
dark-mode and share buttons, which a page prints parted by runs of spaces ("Print  A-
A+  Dark mode", "Schriftgröße  A  A  A    Drucken    Teilen"), as a line or where
flattened text left it before the headline. Left alone: a letter "A" in prose (one
space parts it from its words), a grade list ("A  B  C"), a rating's or a grade
table's row ("Fitch  A+  A  A-", "Maths  A  A  A": no tool's word among them), and a
run whose buttons are not a font-size set ("Class  Share  A  A": not both "A-" and
"A+", nor a font-size label next to them)."""

from __future__ import annotations

import itertools
import re

from cleantext._core import Span
from cleantext._lazy import lazy

# A font-size button after a run of spaces: the literal lead ("  A") of the test a
# text passes before the toolbar's scan runs, so ``re`` skips from one to the next in C.
_BUTTON_AFTER_RUN = lazy(r"  A[-+−]?(?=[ \t]{2}|[ \t]*(?:\n|\Z))")
# The toolbar's label for its font-size buttons, lower-cased: the buttons may all be a
# plain "A" next to it ("Schriftgröße  A  A  A"), where elsewhere they must be a mixed set.
_SIZE_LABELS = frozenset((
    "font size", "text size", "schriftgröße", "textgröße", "taille du texte",
    "tamaño de letra", "tamaño del texto", "dimensione testo", "dimensione del testo",
    "lettergrootte", "tekstgrootte", "tamanho da letra", "tamanho do texto", "textstorlek",
))
# The toolbar's other buttons, lower-cased, in the packs' languages: print, dark mode,
# share, and the font-size labels above.
_TOOL_WORDS = _SIZE_LABELS | {
    "print", "dark mode", "light mode", "share",
    "drucken", "dunkelmodus", "dunkler modus", "teilen",
    "imprimer", "mode sombre", "partager",
    "imprimir", "modo oscuro", "compartir",
    "stampa", "modalità scura", "condividi",
    "afdrukken", "printen", "donkere modus", "delen",
    "partilhar", "modo escuro",
    "skriv ut", "dela", "tulosta", "jaa", "drukuj", "udostępnij",
}
# A toolbar's item, a whole word or words: a font-size button ("A", "A-", "A+", "A−")
# or a tool word (a label's colon perhaps after it).
_ITEM = (r"(?:A[-+−]?|(?i:" + "|".join(re.escape(w).replace(r"\ ", "[ \t]")
                                      for w in sorted(_TOOL_WORDS, key=lambda w: (-len(w), w)))
         + r"):?)(?![^\s])")
# Three items or more, runs of two spaces or more between them. The words beside it
# may be glued on by one space (flattened text): no item takes them.
_TOOLBAR = lazy(r"(?<![^\s])" + _ITEM + r"(?:[ \t]{2,}+" + _ITEM + r"){2,}+")
_RUN = lazy(r"[ \t]{2,}")
_SMALLER = frozenset(("A-", "A−"))


def _font_set(items: list[str]) -> bool:
    """Whether toolbar ``items`` (as written, a label's colon dropped) hold a tool's word
    and font-size buttons as a set: a smaller and a larger one ("A-" and "A+"), or two
    or more next to a font-size label (``_SIZE_LABELS``: "Schriftgröße  A  A  A").
    Not: a rating's or a grade's row of letters ("Fitch  A+  A  A-", "Class  Share  A  A").

    >>> _font_set(["Print", "A-", "A+", "Dark mode"]), _font_set(["Schriftgröße", "A", "A", "A"])
    (True, True)
    >>> _font_set(["A+", "A", "A-"]), _font_set(["Share", "A", "A"])
    (False, False)
    """
    buttons = [len(item) <= 2 for item in items]  # the items are buttons or tool words
    if all(buttons):
        return False
    if any(item in _SMALLER for item in items) and "A+" in items:
        return True
    for i, item in enumerate(items):
        if " ".join(item.split()).lower() in _SIZE_LABELS:
            after = len(list(itertools.takewhile(bool, buttons[i + 1:])))
            before = len(list(itertools.takewhile(bool, reversed(buttons[:i]))))
            if max(after, before) >= 2:
                return True
    return False


def _toolbars(text: str) -> list[Span]:
    """Toolbars (``_TOOLBAR``) with a tool's word and a set of font-size buttons
    (``_font_set``), in a text with a button after a run of spaces
    (``_BUTTON_AFTER_RUN``). Flattened text glues the toolbar to its neighbours with one
    space ("… Amazon Polly Print  A-  A+  Dark mode Brackwater council …"): only the
    items go. Linear: the items are literals that runs of spaces part, each tried once
    from each start."""
    if _BUTTON_AFTER_RUN.search(text) is None:
        return []
    return [(m.start(), m.end(), "") for m in _TOOLBAR.finditer(text)
            if _font_set([item.rstrip(":") for item in _RUN.split(m.group())])]
