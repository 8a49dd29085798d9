"""A wall's greeting: the reader greeted before its first wording ("Liebe Leserinnen und
Leser, wir verwenden Cookies …"), on the same line or alone on the line above, a
dialog's welcome naming the site over it where it opens the text, and its heading on
the reader's privacy as its priority as the line right over it."""

from __future__ import annotations

from cleantext._lazy import lazy
from cleantext.cleaners.banners._doc import _Doc
from cleantext.cleaners.banners._limits import _HEADING_MAX

# A wall that greets the reader before its first wording ("Liebe Leserinnen und Leser,
# wir verwenden Cookies …", "Dear reader, we use cookies …", "Chers lecteurs, nous …"):
# the greeting, its comma, and a few lower-case words up to the wording. A sentence
# that starts so and holds a wall wording is the wall's from its first word.
_GREETING = (
    r"(?:dear|liebe|lieber|cher|chère|chers|chères|querid[oa]s?|estimad[oa]s?|car[oa]s?|cari"
    r"|care|gentili|gentile|beste|lieve|geachte|prezad[oa]s?"
    # Polish portals' RODO dialogs ("Szanowny Użytkowniku, zanim przejdziesz do serwisu …"),
    # and the greetings of the other packs' languages
    r"|szanown[ya]|drog[ia]|vážen[ýá]|milý|milá|kära|kjære|kære|dragă|draga|stimate|stimată"
    r"|kedves|hyvä)"
)
_SALUTATION = lazy(_GREETING + r" [^\n,.!?]{1,40}, [^\n,.!?]{0,40}")
# The same greeting on a line of its own, its comma ending the line: the wall's text
# goes on in lower case on the next ("Szanowny Użytkowniku,\nzanim przejdziesz …").
_GREETING_LINE = lazy(_GREETING + r" [^\n,.!?]{1,40},[ \t]*")


def _greets(doc: _Doc, start: int, end: int, wall: int) -> bool:
    """Whether a line is the greeting that a wall's text, starting at ``wall`` on the
    next line, goes on from: the greeting and its comma alone on the line, and the wall's
    first word in lower case ("Szanowny Użytkowniku," over "zanim przejdziesz do serwisu,
    prosimy …", "Dear reader," over "we use cookies …").

    Left alone: a greeting over a line that starts a sentence of its own (an editor's
    letter: "Dear readers," over "This week we …"), and one that ends otherwise."""
    return (doc.text[wall].islower()
            and _GREETING_LINE.fullmatch(doc.low, start, end) is not None)


# A consent dialog's greeting over it, naming the site ("Welcome to the Courier",
# "Bienvenido a La Voz …", "Willkommen bei …"): the words a greeting starts with.
_WELCOME = lazy(
    r"(?:welcome to|bienvenid[oa]s? a|bienvenue (?:sur|chez|à)|willkommen (?:bei|auf)"
    r"|benvenut[oi] (?:su|in|a)|welkom (?:bij|op)|bem-vind[oa] (?:ao?|à))\s"
)


def _welcomes(doc: _Doc, start: int, end: int) -> bool:
    """Whether a line is a dialog's greeting: a short line that starts the text and
    starts with a greeting ("Bienvenido a La Voz del Segura" over "En La Voz del Segura
    y nuestros socios tratamos datos …"). Asked only of the line right above a wall.

    Left alone: the same words further down, where they may be an article's headline
    or a subheading over a wall that sits inside the article ("Welcome to the jungle").
    """
    return (end - start <= _HEADING_MAX // 2
            and _WELCOME.match(doc.low, start, end) is not None
            and not doc.text[:start].strip())


# A consent dialog's heading that calls the reader's privacy its priority ("Le respect
# de votre vie privée est notre priorité" over "Avec votre accord, nous et nos
# partenaires …"): the whole line, a stop at most after it.
_PRIORITY_HEADING = lazy(
    r"(?:(?:le respect|la protection) de )?votre vie privée est (?:notre|une) priorité"
    r"|la protection de vos données est notre priorité"
)


def _priority_heading(doc: _Doc, start: int, end: int) -> bool:
    """Whether a line right above a wall is its heading naming the reader's privacy as
    its priority: nothing else on the line but a stop. Asked only of the line over the
    wall's own lines.

    Left alone: the same words as the head of a longer line (a headline, "Votre vie
    privée est notre priorité : la promesse …"), in a sentence (a quotation, reported
    speech), and on a line with no wall right under it."""
    if end - start > _HEADING_MAX // 2:
        return False
    while end > start and doc.low[end - 1] in " \t.!":
        end -= 1
    return _PRIORITY_HEADING.fullmatch(doc.low, start, end) is not None
