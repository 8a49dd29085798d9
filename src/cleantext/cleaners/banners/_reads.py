"""How a sentence reads: an article's when it reports speech, a wall's when it addresses
the reader on a wall's subject, names one of its buttons in quotation marks or is a
paywall's offer, and a consent dialog's vendor or purpose table."""

from __future__ import annotations

import re
from collections.abc import Iterable

from cleantext._lazy import lazy
from cleantext.cleaners.banners._doc import _Doc
from cleantext.cleaners.banners._letters import (
    _CLOSING_MARKS,
    _NOT_LETTER,
    _OPENING_MARKS,
    _QUOTES,
    _UP,
    _WORD,
)
from cleantext.cleaners.banners._limits import _MAX_TRIES, _MEDIUM_MAX, _OFFER_MAX


def _reports(doc: _Doc, cut: int, wall_end: int,
             wordings: Iterable[tuple[int, int]] = ()) -> bool:
    """Whether the wall found in a sentence reports speech, and so is an article's ("This
    site uses cookies to track readers, the lawsuit claims."). Only the wall's part is
    read: an article sentence glued after its closing link ("… see here: Cookie Policy
    Court records show …") is the article's, and its narration words are not the wall's.

    A speech verb whose subject is the reader reports nothing: Yahoo's dialog says "If
    you say ‘Accept all’, we and our partners will …". Nor does an attribution to the
    site's own document: "de acordo com a nossa Política de Privacidade", "according to
    our cookie policy" (an article attributes to others: "according to the regulator").
    Nor does a word inside one of the sentence's ``wordings`` (the wall wordings found
    in it): the packs are merged, and one language's speech verb is another's everyday
    word (Portuguese "disse", Danish "disse", these, in Cookiebot's "Vores partnere kan
    kombinere disse data …").
    """
    low = doc.low
    for n, m in enumerate(doc.lex.reporting.finditer(low, cut, wall_end)):
        if n >= _MAX_TRIES:
            return True
        if any(a <= m.start() and m.end() <= b for a, b in wordings):
            continue
        if _READER_SPEAKS.search(low, max(cut, m.start() - 5), m.start()) is not None:
            continue
        if (_OUR_DOCUMENT.match(low, m.end()) is not None
                and " ".join(m.group().split()) in _ATTRIBUTIONS):
            continue
        return True
    return False


# "you " right before a speech verb: the reader is told what their answer does.
_READER_SPEAKS = lazy(r"(?<![a-z])you\s$")
# The [reporting] words that attribute rather than report speech, and what follows them
# where a wall attributes to its own document: an article, a first person plural
# possessive ("our", "unserer", "nossa" …), a document's name (checked in the lower-cased
# text, bounded: one article and three spaces at most).
_ATTRIBUTIONS = frozenset({
    "according to", "laut", "según", "secondo", "segundo", "de acordo com", "volgens",
})
_OUR_DOCUMENT = lazy(
    r"\s(?:(?:a|as|o|os|la|las|el|los|le|les|the)\s)?"
    r"(?:our|unserer|unseren|unserem|unsere|notre|nos|nuestra|nuestro|nuestras|nuestros"
    r"|nostra|nostro|nostre|nostri|nossa|nosso|nossas|nossos|onze|ons)\s"
    r"(?:[a-zà-ÿ-]{1,20}\s){0,2}?"
    r"(?:privacy|cookie|datenschutz|politi|polític|confidentialit|privacidad|privacidade"
    r"|informativa|richtlijn|beleid|nutzungsbedingungen|terms|condi)"
)


def _asks_count(doc: _Doc, start: int, end: int) -> bool:
    """Whether the wall found at ``start`` in the sentence ending at ``end`` is a meter's
    counter asked as a question ("Hai ancora 3 articoli gratuiti? L'editore cambia …",
    "Il vous reste 2 articles gratuits ?"): a ``counter`` wording at ``start``, and the
    sentence's question mark after it with no capital between them. A meter states its
    count; an article's lead asks it. A capital between is another sentence run into
    the counter where a line break was lost ("… questo meseSei già abbonato?"), and the
    wall's."""
    text = doc.text
    stop = start + len(text[start:end].rstrip()) - 1
    if stop <= start or text[stop] != "?":
        return False
    m = doc.lex.counter.match(doc.low, start, stop)
    return m is not None and _CAPITAL.search(text, m.end(), stop) is None


_CAPITAL = lazy(f"[{_UP}]")


def _names_button(doc: _Doc, start: int, end: int) -> bool:
    """Whether the sentence names a consent button (or another, ``_names_other_button``)
    in quotation marks, as a dialog tells the reader what its buttons do ("Door op
    ‘Akkoord’ te klikken, ga je hiermee akkoord.", "Puede aceptar todas las cookies
    pulsando «Aceptar y seguir»")."""
    text = doc.text
    for n, m in enumerate(doc.lex.accept.finditer(text, start, end)):
        if n >= _MAX_TRIES:
            break
        if _in_quotes(text, m.start(), m.end(), start, end):
            return True
    return _names_other_button(doc, start, end)


_OPENING_MARK = lazy("[" + re.escape("".join(sorted(_OPENING_MARKS))) + "]")


def _names_other_button(doc: _Doc, start: int, end: int) -> bool:
    """Whether the sentence names another of the dialog's buttons in quotation marks, its
    refusal or its settings, to tell the reader what it does ("Usa il pulsante “Rifiuta”
    per continuare senza accettare.", "Use the ‘Reject all’ button to …"): the label
    from a mark that opens it at a word's start to the mark that closes it.

    Left alone: a quoted word inside another (an apostrophe: "l'ok"), and a quotation
    that goes on past the label ("“Settings are hidden,” she said")."""
    text, low = doc.text, doc.low
    for n, m in enumerate(_OPENING_MARK.finditer(text, start + 1, end)):
        if n >= _MAX_TRIES:
            break
        p = m.start()
        if not text[p - 1].isalnum() and doc.lex.quoted_button.match(low, p + 1, end):
            return True
    return False


def _in_quotes(text: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether ``text[a:b]`` stands between quotation marks, French spaces allowed
    ("« Tout accepter »"), within ``text[start:end]``."""
    if a > start and text[a - 1].isspace():
        a -= 1
    if b < end and text[b].isspace():
        b += 1
    return a > start and text[a - 1] in _OPENING_MARKS and b < end and text[b] in _CLOSING_MARKS


def _is_medium(doc: _Doc, start: int, end: int) -> bool:
    """A sentence that reads as part of a wall when it sits inside one: it addresses the
    reader ("you", "Sie", "by clicking", "pulsando") about a wall's subject, or names a
    button in quotation marks, or it is a paywall's offer (``_is_offer``). Speech
    verbs make it an article's (``_reports``), as does a quotation mark at its head, and
    a meter's count asked as a question (``_asks_count``)."""
    lex, low = doc.lex, doc.low
    if end - start > _MEDIUM_MAX or doc.text[start] in _QUOTES or _asks_count(doc, start, end):
        return False
    # The reader is addressed (an article names the same buttons in the third person:
    # "Clicking “Accept all” shares data …", "Wer auf „Alle akzeptieren“ klickt …").
    # An offer (``_is_offer``) already has no speech verb.
    if lex.person.search(low, start, end) is None or not (
            lex.keyword.search(low, start, end) is not None or _names_button(doc, start, end)):
        return _is_offer(doc, start, end)
    return not _reports(doc, start, end)


def _is_offer(doc: _Doc, start: int, end: int) -> bool:
    """A paywall's offer: a short sentence with an ``offer`` wording and no speech verb
    ("Jetzt 4 Wochen gratis testen, danach 7,99 € im Monat.", "Sans engagement.").

    Offers are printed without a "you" and often without a verb, so the reader need not
    be addressed. An article's sentence on a subscription's price reports it ("… raised
    its digital subscription to $25 a month, the company said.") and is the article's;
    a price alone ("$25 a month") is no offer wording: the packs list it with what an
    offer says next to it ("for your first", "le premier mois", "danach").
    """
    return (end - start <= _OFFER_MAX
            and _has_offer(doc, start, end)
            and not _reports(doc, start, end))


def _has_offer(doc: _Doc, start: int, end: int) -> bool:
    """Whether an ``offer`` wording starts at a word's start in ``low[start:end]``. The scan
    has no look-behind (with one, ``re`` tries it at every position, without, it skips
    to the phrases' first characters): the left word edge is checked on each match;
    ``start`` is one (it may be where a dropped tag ran a button into the offer). A
    wording that starts with a currency sign needs no edge: the price's digits run into
    it ("ABBONATI A 1€ AL MESE")."""
    low = doc.low
    for n, m in enumerate(doc.lex.offer.finditer(low, start, end)):
        if n >= _MAX_TRIES:
            break
        p = m.start()
        if (p == start or not low[p].isalnum() or _NOT_LETTER.match(low, p - 1) is not None) \
                and _boxed_offer(doc, p, start, end):
            return True
    return False


def _stands_alone(doc: _Doc, at: int, start: int, end: int, boxed: bool = False) -> bool:
    """Whether the wording at ``at``, in the sentence ``text[start:end]``, may be read as
    a wall's: any wording that is no ``alone`` one, and an ``alone`` one (a meter's
    count, a box's plainest heading, a trial offer) that is its sentence, from its
    first word to its stop, the sentence's or its line's end, or the capital of the
    box's next line flattened, another wall wording ("Den här artikeln ingår i Plus
    Redan prenumerant? Logga in").

    Left alone: the same words an article cites and goes on after, before a dash, a
    comma or more words ("Zostały Ci 2 darmowe artykuły – taki komunikat zobaczą …",
    "A cikk csak előfizetőknek érhető el a lap honlapján.", "Den här artikeln ingår i
    Plus-serien …"), a name that goes on the sentence ("Zostały Ci 2 darmowe artykuły
    Gazety Wyborczej …", "… ingår i Plus Sverige, vår satsning …"), a quote's "!" a
    dash or a small word goes on after ("– Zbývají vám 2 články zdarma! – žertoval
    ministr …"); after words of its own ("Simhallen tar 99 kr för 1 månad."); and as a
    list item, which no box prints ("- Zostały Ci 2 darmowe artykuły", "1. Zbývají
    vám …"). A trial offer inside a paywall's box (``boxed``: ``_boxed_offer`` found the
    box's words by it) may end at any capital, the article's first word after the box
    flattened ("… Kirjaudu sisään Kokeile 1 kk 1 € Tampereen kaupunginvaltuusto …").
    Anchored matches and one look back to the line's start: linear.
    """
    low = doc.low
    m = doc.lex.alone.match(low, at, end)
    if m is None:
        return True
    if _NOT_LETTER_RUN.fullmatch(low, start, at) is None or _list_item(low, at):
        return False
    stop = m.end()
    if stop == end or "\n" in low[m.start():stop] or low[stop] == ".":
        return True
    if low[stop] == "!":
        on = _GOES_ON.match(doc.text, stop + 1)
        return on is None or not (on.group(1) is not None or doc.text[on.end() - 1].islower())
    return doc.text[stop].isupper() and (boxed or _wall_wording_at(doc, stop))


def _list_item(low: str, at: int) -> bool:
    """Whether the line of the wording at ``at`` opens with a list marker before it
    (looked for no further back than a marker's width)."""
    lo = max(0, at - _MARKER_MAX)
    nl = low.rfind("\n", lo, at)
    if nl < 0 and lo > 0:
        return False
    return _LIST_MARKER.fullmatch(low, nl + 1, at) is not None


def _wall_wording_at(doc: _Doc, at: int) -> bool:
    """Whether another wall wording starts at ``at``: an ``alone`` or opener wording,
    or a button or link (a box's next line)."""
    low, lex = doc.low, doc.lex
    return (lex.alone.match(low, at) is not None or lex.opener_head.match(low, at) is not None
            or lex.glued.match(low, at) is not None)


# A list item's marker at its line's start, and the spaces around it: a bullet or a
# dash, or a number with its stop or parenthesis; no wider than ``_MARKER_MAX``.
_LIST_MARKER = lazy(r"[ \t]{0,4}+(?:[-*•·–—]|[0-9]{1,3}[.)])[ \t]{1,4}+")
_MARKER_MAX = 13
# What goes on after a quote's "!": a dash or a small word (a speech verb), on its line.
_GOES_ON = lazy(r"[ \t]{0,4}+(?:([-–—])|[^\W\d_])")


def _boxed_offer(doc: _Doc, at: int, start: int, end: int) -> bool:
    """Whether the offer wording at ``at`` may be read as a wall's: any that is no
    ``alone`` one, and an ``alone`` one (a trial offer with its price, "Prova 1 månad
    för 1 kr") that is its sentence (``_stands_alone``) inside a paywall's box: a
    subscriber's word (``_BOX_WORD``) in the box's heading or sign-in question, which
    a box prints above its offer, so looked for in the offer's sentence and up to
    ``_BOX_REACH`` before it, in its block (back to a blank line).

    Left alone: the line next to a consent dialog only, an article's subhead or the
    start of its paragraph ("Prova 1 månad gratis" over a report on streaming
    services), and so where the subscriber's word is the article's, in the paragraph
    under the subhead ("… konkurrerar om nya abonnemang …"). One search of a bounded
    window, only where such an offer is."""
    low = doc.low
    if doc.lex.alone.match(low, at, end) is None:
        return True
    if not _stands_alone(doc, at, start, end, boxed=True):
        return False
    window = doc.before(start, end, _BOX_REACH)
    block = max((m.end() for m in _BLANK_LINE.finditer(window)), default=0)
    return _BOX_WORD.search(window, block) is not None


# A paywall box's subscriber words in the packs' languages (lower-cased text):
# "subscri-", "abonn-" (da, nb, fr, nl, de), "abona-" (ro), "prenumer-" (sv, pl),
# "předplat-" (cs), "előfizet-" (hu), "tilaaj-" (fi), "assinant-" (pt); and how far
# before an offer's sentence they are looked for, a box's few short lines.
_BOX_WORD = lazy("subscri|abonn|abona|prenumer|předplat|előfizet|tilaaj|assinant")
_BOX_REACH = 300
# A blank line, which ends a box's block.
_BLANK_LINE = lazy(r"\n[ \t]*+\n")


# What may stand before a wording that is its sentence: marks and spaces, no word.
_NOT_LETTER_RUN = lazy(r"[\W_]*+")


def _on_subject(doc: _Doc, start: int, end: int) -> bool:
    """A sentence on a wall's subject that does not address the reader: a wall word, no
    speech verb, not opened by a quotation mark."""
    return (end - start <= _MEDIUM_MAX
            and doc.text[start] not in _QUOTES
            and doc.lex.keyword.search(doc.low, start, end) is not None
            and not _reports(doc, start, end))


def _to_reader(doc: _Doc, start: int, end: int) -> bool:
    """A sentence said to the reader that names no wall word ("Some are optional: we'll
    only set those if you accept them."): a [person] word, no speech verb, not opened by
    a quotation mark. Read as a wall's only between one of its sentences and the
    consent buttons that close it (``_Line._answered_after``)."""
    return (end - start <= _MEDIUM_MAX
            and doc.text[start] not in _QUOTES
            and doc.lex.person.search(doc.low, start, end) is not None
            and not _reports(doc, start, end))


def _is_purpose_line(doc: _Doc, start: int, end: int) -> bool:
    """A consent dialog's vendor or purpose table: mostly purpose words."""
    total = len(_WORD.findall(doc.low, start, end))
    covered = 0
    distinct: set[str] = set()
    for m in doc.lex.purpose.finditer(doc.low, start, end):
        distinct.add(m.group())
        covered += len(_WORD.findall(m.group()))
    # Three different purposes, not one word repeated ("Council cookies cookies cookies.").
    return len(distinct) >= 3 and covered * 2 >= total
