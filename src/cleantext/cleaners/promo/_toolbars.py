"""An article's toolbar: its font-size buttons ("A-  A+", "A  A  A") among its print,
dark-mode and share buttons, which a page prints parted by runs of spaces ("Print  A-
A+  Dark mode", "Schriftgröße  A  A  A    Drucken    Teilen"), as a line or where
flattened text left it before the headline. Left alone: a letter "A" in prose (one
space parts it from its words), a grade list ("A  B  C"), and a run with fewer than two
font-size buttons."""

from __future__ import annotations

import re

from cleantext._core import Span

# A font-size button after a run of spaces: the literal lead ("  A") of the test a
# text passes before the toolbar's scan runs, so ``re`` skips from one to the next in C.
_BUTTON_AFTER_RUN = re.compile(r"  A[-+−]?(?=[ \t]{2}|[ \t]*(?:\n|\Z))")
# The toolbar's other buttons, lower-cased, in the packs' languages: print, dark mode,
# share, font size (its label).
_TOOL_WORDS = (
    "print", "dark mode", "light mode", "share", "font size", "text size",
    "drucken", "dunkelmodus", "dunkler modus", "teilen", "schriftgröße", "textgröße",
    "imprimer", "mode sombre", "partager", "taille du texte",
    "imprimir", "modo oscuro", "compartir", "tamaño de letra", "tamaño del texto",
    "stampa", "modalità scura", "condividi", "dimensione testo", "dimensione del testo",
    "afdrukken", "printen", "donkere modus", "delen", "lettergrootte", "tekstgrootte",
    "partilhar", "modo escuro", "tamanho da letra", "tamanho do texto",
    "skriv ut", "dela", "textstorlek", "tulosta", "jaa", "drukuj", "udostępnij",
)
# A toolbar's item, a whole word or words: a font-size button ("A", "A-", "A+", "A−")
# or a tool word (a label's colon perhaps after it).
_ITEM = (r"(?:A[-+−]?|(?i:" + "|".join(re.escape(w).replace(r"\ ", "[ \t]")
                                      for w in sorted(_TOOL_WORDS, key=lambda w: (-len(w), w)))
         + r"):?)(?![^\s])")
# Three items or more, runs of two spaces or more between them. The words beside it
# may be glued on by one space (flattened text): no item takes them.
_TOOLBAR = re.compile(r"(?<![^\s])" + _ITEM + r"(?:[ \t]{2,}+" + _ITEM + r"){2,}+")
_SIZE_BUTTONS = re.compile(r"(?<![^\s])A[-+−]?(?![^\s])")


def _toolbars(text: str) -> list[Span]:
    """Toolbars (``_TOOLBAR``) with two font-size buttons at least, in a text with a
    button after a run of spaces (``_BUTTON_AFTER_RUN``). Flattened text glues the
    toolbar to its neighbours with one space ("… Amazon Polly Print  A-  A+  Dark mode
    Brackwater council …"): only the items go. Linear: the items are literals that
    runs of spaces part, each tried once from each start."""
    if _BUTTON_AFTER_RUN.search(text) is None:
        return []
    return [(m.start(), m.end(), "") for m in _TOOLBAR.finditer(text)
            if len(_SIZE_BUTTONS.findall(m.group())) >= 2]
