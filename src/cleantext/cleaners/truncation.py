"""Truncated endings: the last sentence cut off and ended with a marker.

Feeds, news APIs and teaser extractors cut a text at a length and mark the cut. Markers:
``…``, ``...``, ``..``, ``[…]``, ``[...]``, ``(...)``, WordPress's ``(more…)``, a
wire's ``(continued)`` (``(cont.)``, ``(continúa)``), and
NewsAPI's ``… [+1234 chars]`` or ``[+1234 chars]`` (GNews's ``... [1234 chars]``; in
other languages ``[+1234 Zeichen]``, ``caractères``, ``caracteres``, ``caratteri``,
``tekens``). Only
a marker at the very end of the text counts.

Removed, by policy:

- ``"drop"`` (default): the incomplete last sentence goes whole with its marker;
- ``"marker"``: the fragment stays, only the marker goes;
- ``"keep"``: nothing changes.

Under every policy but ``"keep"``, a marker after a complete sentence (ending in ``.``,
``!``, ``?``, or a closing quote after one) goes alone: ``"…at the center of the
scandal?…"`` keeps its question, ``"…the budget.…"`` or ``"…the budget...."`` its full
stop, and ``"« C'est fini. »…"`` its guillemet. A marker alone on the last line goes
alone. Markers separated by spaces or line breaks are one marker (``"… [+12 chars]"``,
``"…\\n\\n[…]"``).

One pass leaves nothing for a second (``clean`` is idempotent): when the cut sentence
goes, what is left must not end in a marker. Markers with no words of their own before
the cut sentence (a lone ``…`` line, ``"… The…"``, a ``…`` after a full stop) go in the
same pass. An article sentence or paragraph that ends in an ellipsis just before the cut
one shows that the text writes ellipses as style, so a plain ellipsis at the end stays
too; a bracketed marker or a character count is never style, and only it goes.

A cut paragraph that only an editor's notes follow (a correction, a clarification, an
editor's note, each opening with its label: "Correction, 3 May:", "Anmerkung der
Redaktion:", "Fe de errores:") loses its cut sentence as at the end of the text; the
notes stay (see _before_notes). Not after an "Update", a bio or a caption: nothing
labels them apart from the article.

Deliberately left alone: an ellipsis inside a sentence ("overnight… and stocks dump"), a
quotation that closes after its ellipsis (``“we will see…”``), any ellipsis that is not at
the end of the text, a text that is one short teaser line ("Wenn der Wunsch, eine
Spielerfrau zu werden, aus dem Ruder läuft ..."), and a text whose paragraphs end in
ellipses as a matter of style (two or more earlier paragraphs ending in ``…``, as
ZeroHedge writes): there the last one is style too. In flattened text (one line) the cut
sentence is the last sentence of the line; sentences are split by :mod:`cleantext._units`,
so what ends the sentence before is the splitter's rule: a closing guillemet after a
space (``"… réformer. » Il…"``) or a German closing quote (``"„Wir gewinnen.“ Die…"``)
belongs to it, "p.m.", "etc.", "usw.", "et al." or "no." before a capitalised word end it
(``"Polls close at 8 p.m. Results are…"`` keeps its first sentence), and a German
ordinal date does not (``"am 3. Oktober statt, weil…"`` goes whole).

Flattened text also comes with its blocks joined by nothing (DOM ``text_content()``):
a sentence mark glued to the next sentence's capital ends the sentence before the cut
one. The splitter ends one after two small letters ("…on its side.Her parents…"); here
also after a closing quote, a digit or "%" ("…going on.”A mission…", "…in 2024.The
board…"), or before the dash that opens an interview's next turn after a word's two
small letters ("… pero convivimos.—¿Lo recomendaría?—A quien…"; not "… at 9 p.m.—Crowds
…"), and only the glued sentence goes, with its dash. An ellipsis glued to a capital ends one
too ("…below 26k…And is the only…", paragraphs that each ended in "…"): the sentence
before the cut one then ends in an ellipsis, and a plain one at the end is style, as
with spaces. And in a one-line text with no sentence end before the cut, the
"sentence" runs back over lines that lost their breaks and marks (a headline,
unpunctuated paragraphs) to the text's start: longer than 50 words, it is no sentence,
and only the marker goes.

>>> truncation()("Prices rose. Analysts expect the central bank to…")
'Prices rose. '
>>> truncation(policy="marker")("Prices rose. Analysts expect the central bank to…")
'Prices rose. Analysts expect the central bank to'
>>> truncation()("Who is she?…")
'Who is she?'
>>> truncation()("Dow up 150 points overnight… and stocks dump at the open.")
'Dow up 150 points overnight… and stocks dump at the open.'
>>> truncation(policy="cut")
Traceback (most recent call last):
...
ValueError: unknown truncation policy 'cut'; valid policies: drop, marker, keep
"""

from __future__ import annotations

import functools

from cleantext._core import Span, SpanCleaner
from cleantext._lazy import lazy, lazy_regex
from cleantext._lazy import warm_up as lazy_warm_up
from cleantext._phrases import trie_pattern
from cleantext._units import ABBREVIATIONS, SENTENCE_CLOSERS, sentences

#: The valid policies of :func:`truncation`: ``"drop"`` (the cut sentence and its
#: marker go), ``"marker"`` (only the marker goes), ``"keep"`` (nothing changes).
POLICIES = ("drop", "marker", "keep")

#: How far from the end a marker is looked for: the trigger never scans the whole text.
_TAIL = 64
#: How far back the cut sentence may start; a longer "sentence" is not cut off, it is
#: a text without punctuation, and only its marker goes.
_MAX_SENTENCE = 5000
#: A one-line teaser whose ellipsis is style is a headline: at most this long.
_TEASER = 160
# NewsAPI prints "[+1234 chars]", GNews "[1234 chars]"; their localised editions and the
# scrapers that copy them count in the page's language ("[+2310 Zeichen]", "[+812
# caractères]", "[+95 caracteres]", "[+40 caratteri]", "[+77 tekens]").
_NEWSAPI = (
    r"\[\+?\d{1,8}\s?(?i:chars?|characters?|zeichen|caract[eè]res|caracteres|caratteri"
    r"|tekens)\]"
)
# WordPress's more link where a teaser stops: "(more…)", in the languages it is
# translated to ("(mehr …)", "(meer…)", "(más…)", "(plus…)").
_MORE = r"\((?i:more|mehr|meer|más|mas|plus|altro|mais)\s?(?:…|\.{2,5})\)"
# A wire's or a feed's mark where a story's first take or its teaser stops mid-sentence:
# "(continued)", "(cont.)", "(cont'd)", "(continúa)", "(continua)". Only after a word in
# small letters, a sentence cut mid-way: after a capitalised word, a figure or a stop
# ("Results (continued)", "Table 2 (cont.)", "… at dawn. (continued)") it labels a
# heading, a table's next part or a serial's, and stays.
_CONTINUED = r"\((?i:continued|cont\.|cont['’]d|continúa|continua)\)"
# Anchored at the end; each alternative is a bounded run, so a search over the tail
# window costs at most _TAIL times a few steps.
_MARKER = lazy_regex(
    rf"(?:(?:…|\.{{2,10}}|\[\s?(?:…|\.{{2,5}})\s?\]|\(\s?(?:…|\.{{2,5}})\s?\)|{_MORE}|{_CONTINUED})"
    rf"(?:\s{{0,3}}{_NEWSAPI})?|{_NEWSAPI})\Z"
)
#: An ellipsis after a full stop: the run "…" or "...", as in "the budget.…" or "the budget....".
_AFTER_STOP = lazy_regex(r"…+|\.{3}")
#: A run of plain dots and ellipses, the only markers that can be style.
_PLAIN_RUN = lazy_regex(r"[.…\s]+")
_TERMINAL = ".!?。！？"
_WORD = lazy_regex(r"\w+")


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end a complete sentence ("… the scandal?", "… said.”",
    "… gewinnen.“", and with French spacing "… c'est fini. »")?"""
    i = end
    # What may close a sentence after its mark is what the splitter reads as closing:
    # German quotes included („Wir gewinnen.“, »Wir gewinnen.«, ‚Wir gewinnen.‘).
    while i > start and text[i - 1] in SENTENCE_CLOSERS:
        i -= 1
        while i > start and text[i - 1].isspace():
            i -= 1  # the space French sets before a closing guillemet
    return i > start and text[i - 1] in _TERMINAL and text[max(start, i - 2) : i] != ".."


def _skip_space_back(text: str, pos: int, floor: int = 0) -> int:
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return pos


def _is_style(text: str, end: int, mstart: int, plain: bool) -> bool:
    """Is a plain ellipsis at the end style rather than a cut?"""
    if not plain:
        return False
    body = text[:end]
    blocks = [b.strip() for b in body.split("\n") if b.strip()]
    # One short teaser line whose last word is whole ("… aus dem Ruder läuft ...").
    if len(blocks) == 1 and mstart > 0 and text[mstart - 1].isspace():
        head = text[:mstart].strip()
        if len(head) <= _TEASER and len(sentences(head)) == 1 and len(_WORD.findall(head)) <= 12:
            return True
    # Paragraphs that end in ellipses as a house style.
    styled = sum(1 for b in blocks[:-1] if b.endswith(("…", "...")))
    return styled >= 2


def _run_start(text: str, end: int) -> int:
    """Where the run of markers that ends at ``end`` starts (``end`` if none ends there).

    Markers separated by spaces or line breaks are one run ("… […]", "…\n\n…"); the dots
    and ellipses of a run go together ("…..."), except a full stop right before an
    ellipsis, which ends its sentence ("the budget.…", "the budget...."). Each step searches a
    bounded window, so a flood of markers costs time linear in its length.
    """
    start = end
    while True:
        m = _MARKER.search(text, max(0, start - _TAIL), start)
        if m is None:
            return start
        s = m.start()
        if text[s] in ".…":
            stop = s
            while stop < m.end() and text[stop] in ".…":
                stop += 1
            while s > 0 and text[s - 1] in ".…":
                s -= 1
            if text[s] == "." and _AFTER_STOP.fullmatch(text, s + 1, stop) is not None:
                s += 1  # "the budget.…", "the budget....": the full stop is the sentence's
        start = s
        nxt = _skip_space_back(text, start)
        if nxt == 0 or _MARKER.search(text, max(0, nxt - _TAIL), nxt) is None:
            return start
        start = nxt


_COUNT = lazy_regex(_NEWSAPI)
_CONTINUED_AT_END = lazy_regex(_CONTINUED + r"\Z")


def _after_small_word(text: str, at: int) -> bool:
    """Does a word in small letters end right before ``at`` (spaces between): a sentence
    cut mid-way ("… which she (continued)")?"""
    q = _skip_space_back(text, at)
    s = q
    while s > max(0, q - 40) and text[s - 1].isalpha():
        s -= 1
    return s < q and text[s:q].islower()


#: How far back from "(continued)" a label's colon or number counts (a caption's, a
#: table's, a speaker's: "Table 2: casualties by region (continued)").
_LABEL_REACH = 60
#: A cut fragment of this many words or fewer is a label, not a wire's sentence
#: ("Tabella 2 - vittime per regione (continua)"): a wire cuts a take at a length.
_SHORT_FRAGMENT = 5
#: How far back a numbered label may head the cut text, on its line or the line before.
_LABEL_REACH_BACK = 240
#: A label with a number before "(continued)": "Table 2:", "Tabla 2.", "Figure 3.",
#: "Capítulo 3:", "Tabella 2 -", "Chapter 3: The lighthouse …". Bounded runs only.
_NUMBERED_LABEL = lazy_regex(r"\b\p{Lu}\p{L}{1,15}\.?[ \t]\d{1,3}[a-z]?[ \t]?(?:[.:\-–—]|\n)")


#: A sentence's stop glued to the next block's capital (see _labelled_continued).
_GLUED_STOP = lazy(r"(?<=[^\W\d_]{2})[.!?](?=[^\W\d_])")


def _labelled_continued(text: str, mstart: int) -> bool:
    r"""Is the "(continued)" at ``mstart`` a label's, which stays, rather than a wire's cut?

    A colon shortly before it on its line (a caption's "Caption: volunteers fill …", a
    speaker's "HAMLET: To be …", an answer's "A: we wait …"), a label with a number
    before it on its line or the line before (a table's, a figure's, a serial's chapter:
    "Table 2: …", "Figure 3. rainfall …", "Chapter 3: …\nShe climbed …"), or a short
    fragment (a label, not a sentence: five words or fewer).

    >>> _labelled_continued("Rain.\nTable 2: deaths by region (continued)", 32)
    True
    >>> _labelled_continued("Rain fell.\nThe council said on Monday that it would meet "
    ...                     "the families who (continued)", 74)
    False
    """
    q = _skip_space_back(text, mstart)
    line_start = text.rfind("\n", 0, q) + 1
    lo = max(line_start, q - _LABEL_REACH)
    if text.find(":", lo, q) >= 0:
        return True
    # On the line before too, a little further back: a chapter's heading over its
    # instalment ("Chapter 3: The lighthouse …\nShe climbed … where the boat was").
    prev_line = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
    if _NUMBERED_LABEL.search(text, max(prev_line, q - _LABEL_REACH_BACK), q) is not None:
        return True
    # The fragment: from the last sentence end (or the line's start) to the marker.
    floor = max(line_start, q - _MAX_SENTENCE)
    stop = max(text.rfind(". ", floor, q), text.rfind("? ", floor, q),
               text.rfind("! ", floor, q))
    first = floor if stop < 0 else stop + 2
    # (Or a stop glued to a capital, where blocks were joined by nothing: "… the utility
    # said.Rainfall by county (continued)".)
    for glued in _GLUED_STOP.finditer(text, first, q):
        first = glued.end()
    while first < q and text[first].isspace():
        first += 1
    # A short fragment is a label.
    return text.count(" ", first, q) < _SHORT_FRAGMENT


#: The last characters of markers but "..": see :data:`_MARKER`.
_MARKER_ENDS = ("…", "]", ")")


def _alone(text: str, before: int, mstart: int, end: int) -> bool:
    """Is the run of markers ``text[mstart:end]`` on lines of its own, after the text
    that ends at ``before``?

    A run that spans lines is, unless it starts on the last word's line and holds a
    character count: ``"…rose after the…\\n\\n[+3402 chars]"`` (a NewsAPI teaser whose
    list markup became paragraphs) cuts its sentence as a glued count does. A plain
    ellipsis there may be the paragraph's style (``"He paused…\\n\\n…"``), a count
    never is.
    """
    if "\n" in text[before:mstart]:
        return True
    return "\n" in text[mstart:end] and _COUNT.search(text, mstart, end) is None


# A sentence end glued to the next sentence's capital, where a scraper joined two
# blocks with nothing between ("…on its side.Her parents…", "…going on.”A mission…"):
# a lower-case letter, a digit or "%" before the mark, so "U.S.Army" and initials are no
# end. The splitter (``_units``) ends the plain case, two small letters then a capital;
# these are the rest. The pattern finds a mark glued to a letter; the cases are tested
# in Python, which costs less than ``regex``'s Unicode classes on every cut sentence.
# An ellipsis glued so ("…below 26k…And is the only…") ends a sentence too: the spaced
# text's splitter ends one at "… And", and what the cut leaves then ends in that
# ellipsis, the style evidence that keeps a plain one at the end (see _find).
# A dialogue dash may open the next block (with its space: "… työtä?– Niille …"), and
# "¿" or "¡" its question or exclamation ("… pero convivimos.—¿Recomendaría …?—A quien
# …", an interview whose turns each opened a line): the glued sentence starts at the
# dash, which goes with it. Only after two small letters: "p.m.", "a.m.", initials and
# figures before a dash are inside a sentence ("… at 9 p.m.—Crowds gathered …").
_GLUED_END = lazy("(?:…|\\.{3}|[.!?])['\"”’»)\\]]{0,2}(?=(?:[—–] ?)?[¿¡]?[^\\W\\d_])")
#: What may come between a glued sentence end and the capital of the next block.
_BLOCK_OPENERS = "—– ¿¡"
#: A cut sentence longer than this many words in a flattened text runs over lines.
_MAX_FLAT_WORDS = 50


def _glued_start(text: str, cut: int, before: int) -> int:
    """Where the last sentence glued to the one before it starts inside
    ``text[cut:before]``, or ``cut``: the cut sentence starts there. When
    unsure (a capital after a mark that is no end), starting later only leaves words of
    the cut sentence; a short capitalised word before the mark is an abbreviation
    ("St.Louis", "Dr.Meier"), and so is a title from the shared list ("Mrs.Smith",
    "Prof.Weber", see _TITLES), and a lower-case letter after it a domain ("Node.js")."""
    last = cut
    for m in _GLUED_END.finditer(text, cut, before):
        mark = m.start()
        letter = m.end()
        while text[letter] in _BLOCK_OPENERS:  # a dash, a space, "¿": see _GLUED_END
            letter += 1
        if mark == cut or not text[letter].isupper():
            continue
        before_mark = text[mark - 1]
        pair = text[max(cut, mark - 2) : mark]
        if letter > m.end() and not (len(pair) == 2 and pair.isalpha() and pair.islower()):
            # A dash between: a turn's only after a word's two small letters ("…
            # convivimos.—¿Lo …"); after "p.m.", "a.m.", initials or a figure ("… at 9
            # p.m.—Crowds …", "… 5–4.– Council …") the dash goes on the sentence.
            continue
        if not (before_mark.islower() or before_mark.isdigit() or before_mark == "%"):
            continue  # "U.S.Army": initials
        w = mark
        while w > cut and text[w - 1].isalpha():
            w -= 1
        if not (text[w].isupper() and (mark - w < 3 or text[w:mark].lower() in _TITLES)):
            last = m.end()  # not after "St", "Dr", "Mrs", "Prof": an abbreviation's point
    return last


#: The shared abbreviations (see cleantext._units) that go before a name ("Mrs.Smith",
#: "Prof.Weber"): glued to a capital they end no sentence. Not the ones that close a
#: company's or a person's name ("… by Acme Inc.The plant …", "… Ltd.", "… Jr."): a
#: sentence ends after them as often, and reading one there as no end would make the
#: cut sentence start a sentence early, taking a whole one of the article with it.
_TITLES = ABBREVIATIONS - frozenset({"inc", "ltd", "co", "corp", "bros", "jr"})


# A sentence's end before a fragment that opens in small letters or a figure, where a
# scraper joined a cut teaser to the sentence before it ("… the utility said. the rain…",
# glued "… said.14:05 — update: crews…"): the splitter reads no end there (". the" is
# "approx. the" as often); the word before the mark is checked in Python (see
# _small_letter_start). A full stop only: after "!" or "?" a word in small letters goes
# on the sentence ("¡Qué pena! dijo la vecina …", "Why? asked the mayor …").
_SMALL_START = lazy(r"(?<![.…])\.(?:[ \t]+|(?=\d))(?=[^\W_])")


def _small_letter_start(text: str, cut: int, before: int) -> int:
    """Where a fragment that opens in small letters (or a figure) after a complete
    sentence starts inside the cut sentence ``text[cut:before]``, or ``cut``: the
    fragment goes alone, never the sentence before it ("… the utility said. the rain…"
    keeps "… the utility said."). A complete sentence ends in a word of two small
    letters or more that is no abbreviation ("approx. the", "e.g. the" end none).
    Only ever later than ``cut``: fewer words go.

    >>> t = "Power was cut, the utility said. the rain"
    >>> t[_small_letter_start(t, 0, len(t)):]
    'the rain'
    >>> t = "Crews fixed approx. the half of it"
    >>> _small_letter_start(t, 0, len(t))
    0
    """
    last = cut
    for m in _SMALL_START.finditer(text, cut, before):
        nxt = m.end()
        if nxt >= before or not (text[nxt].islower() or text[nxt].isdigit()):
            continue
        w = m.start()
        while w > cut and text[w - 1].isalpha():
            w -= 1
        word = text[w : m.start()]
        if len(word) < 2 or not word.islower() or word in ABBREVIATIONS:
            continue
        if w > cut and text[w - 1] in ".-'’":
            continue  # "e.g", "U.S": initials, a compound's end
        last = nxt
    return last


def _too_long(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold more than ``_MAX_FLAT_WORDS`` words?"""
    return text.count(" ", start, end) >= _MAX_FLAT_WORDS


def _find(policy: str, text: str) -> list[Span]:
    if policy == "keep":
        return []
    # The trigger: a marker character among the last characters, without a scan.
    tail = text[-_TAIL:]
    if "…" not in tail and "." not in tail and "]" not in tail and ")" not in tail:
        return []
    end = _skip_space_back(text, len(text))
    # Every marker ends in "…", "..", "]" or ")": most texts end otherwise, in a word or
    # a sentence's mark, and need no search.
    if text[end - 1 : end] not in _MARKER_ENDS and text[end - 2 : end] != "..":
        return _before_notes(policy, text, end)
    mstart = _run_start(text, end)
    if mstart == end:
        return _before_notes(policy, text, end)  # "… [Clarification: …]"
    plain = _PLAIN_RUN.fullmatch(text, mstart, end) is not None
    if text[end - 1] == ")" and _CONTINUED_AT_END.search(text, mstart, end) is not None and (
            not _after_small_word(text, mstart) or _labelled_continued(text, mstart)):
        return []  # "Results (continued)", "Table 2: deaths by region (continued)": a label
    if _is_style(text, end, mstart, plain):
        return []
    before = _skip_space_back(text, mstart)
    line_start = text.rfind("\n", 0, before) + 1 if before else 0
    if _alone(text, before, mstart, end) or before <= line_start or _ends_sentence(
        text, line_start, before
    ):
        # A marker alone on the last line (with any markers just before it), or after
        # a complete sentence, goes alone.
        return [(before, end, "")]
    if policy == "marker":
        return [(before, end, "")]
    lo = max(line_start, before - _MAX_SENTENCE)
    spans = sentences(text, lo, before)
    if not spans or (spans[-1][0] == lo and lo > line_start):
        return [(before, end, "")]
    cut = spans[-1][0]
    cut = _glued_start(text, cut, before)
    cut = _small_letter_start(text, cut, before)
    if (
        _skip_space_back(text, cut, line_start) == line_start
        and "\n" not in text
        and _too_long(text, cut, before)
    ):
        # A flattened text (one line) with no sentence end before the cut: its
        # "sentence" runs back over lines that lost their breaks and their marks
        # (headlines, captions, unpunctuated paragraphs), and may be all the article.
        return [(before, end, "")]
    # What the cut leaves must not end in a marker, or a second pass would take more.
    left = _skip_space_back(text, cut)
    exposed = _run_start(text, left)
    if exposed == left:
        return [(cut, end, "")]
    prev = _skip_space_back(text, exposed)
    prev_line = text.rfind("\n", 0, prev) + 1 if prev else 0
    if "\n" in text[prev:exposed] or prev <= prev_line or _ends_sentence(
        text, prev_line, prev
    ):
        # Markers with no words of their own ("… The…", a lone "…" line before the cut
        # paragraph, a "…" after a full stop) go with the cut sentence.
        return [(prev, end, "")]
    # The sentence before the cut one ends in an ellipsis, and that ellipsis is inside
    # the text: it is style, and a plain ellipsis at the end is style too. A bracket or a
    # character count is never style: the fragment stays (its sentence would take the
    # earlier one's ellipsis to the end) and only the marker goes.
    return [] if plain else [(before, end, "")]


# --- a cut before an editor's note ---------------------------------------------------------

# The labels of the notes a newsroom adds under an article (a correction, a
# clarification, an editor's note), which a feed's teaser keeps after its cut paragraph:
# "… built from timber felled in the…\n\nCorrection, 3 May: An earlier version …". Only
# labels a note opens with: not "Update", whose dateline is the article's, nor a bio or a
# caption, which have no label to tell them from the article's last paragraph.
_NOTE_LABELS = (
    # en, de, fr, es, it, pt, nl
    "correction", "corrections", "clarification", "editor's note", "editors' note",
    "note to readers", "korrektur", "korrekturhinweis", "berichtigung",
    "anmerkung der redaktion", "hinweis der redaktion", "rectificatif", "correctif",
    "erratum", "note de la rédaction", "ndlr", "corrección", "rectificación", "aclaración",
    "fe de errores", "fe de erratas", "nota de la redacción", "nota del editor",
    "rettifica", "correzione", "errata corrige", "precisazione", "nota della redazione",
    "correção", "errata", "esclarecimento", "nota da redação", "nota da redacção",
    "nota do editor", "correctie", "rectificatie", "noot van de redactie",
    # sv, da, nb, pl, cs, ro, fi, hu, ru, ca
    "rättelse", "rettelse", "sprostowanie", "od redakcji", "oprava", "poznámka redakce",
    "rectificare", "nota redacției", "oikaisu", "korjaus", "helyreigazítás",
    "поправка", "примечание редакции", "rectificació", "nota de la redacció",
)
# A note's label, perhaps in brackets or after an asterisk, perhaps with its date
# ("Correction, 3 May 2026:", "Correction (3 May):"), then a colon or a dash.
_NOTE = lazy(
    rf"[\[(*]?(?i:{trie_pattern(_NOTE_LABELS)})(?:[ \t]?[,(][^\n:()]{{1,40}}\)?)?"
    r"[ \t]?(?::|[–—][ \t])"
)
#: How far from the end a note after a cut is looked for: notes are short.
_NOTE_SPAN = 800
# Where a note may start: after a marker's last character ("…", "..", "]", ")") and the
# spaces or line breaks after it, as _run_start reads back from the note. Only there is
# _NOTE tried: run at every position, its case-insensitive trie cost ~100 times more.
_AFTER_MARK = lazy(r"[….\])]\s*")


def _notes_only(text: str, start: int, end: int) -> bool:
    """Is each line of ``text[start:end]`` a note (see _NOTE)?"""
    lines = (line.strip() for line in text[start:end].split("\n"))
    return all(_NOTE.match(line) is not None for line in lines if line)


def _before_notes(policy: str, text: str, end: int) -> list[Span]:
    """The cut sentence of a text whose cut paragraph only notes follow.

    A note opens its own line ("…felled in the…\n\nCorrection: …") or, in flattened
    text, follows the marker ("…felled in the… Correction: …", glued "…the…Correction:
    …"); only notes may follow it to the end, and the text before it must end in a
    marker: then that text is cut as a text ending there is, with the same rules (a
    marker after a complete sentence goes alone, an ellipsis that is style stays), and
    the note stays (labelling rules count it either way). Only the last
    ``_NOTE_SPAN`` characters are read, and only when they hold an ellipsis.
    """
    lo = max(0, end - _NOTE_SPAN)
    first = text.find("…", lo, end)
    dots = text.find("...", lo, end)
    if first < 0 or 0 <= dots < first:
        first = dots
    if first < 0:
        return []
    for after in _AFTER_MARK.finditer(text, first, end):
        m = _NOTE.match(text, after.end(), end)
        if m is None:
            continue
        label = m.group().lstrip("[(*")
        if not label[:1].isupper():
            continue  # "… a correction: …" is a sentence's
        start = m.start()
        at = _skip_space_back(text, start)
        if _run_start(text, at) == at:
            continue  # a note after a complete paragraph: nothing was cut
        # The first note after a marker: what follows must be notes only, and the text
        # up to it is read as a text that ends there (no further back than _find goes).
        return _find(policy, text[:at]) if _notes_only(text, start, end) else []
    return []


def truncation(policy: str = "drop") -> SpanCleaner:
    """The truncation cleaner with a ``policy``: ``"drop"``, ``"marker"`` or ``"keep"``.

    Only a marker at the very end of the text counts: an ellipsis inside a sentence or
    anywhere before the end is left alone under every policy, and ``"keep"`` changes
    nothing. Any other policy is a :class:`ValueError` here, not at the first call.

    >>> truncation("marker")("Prices rose. Analysts expect the bank to [+120 chars]")
    'Prices rose. Analysts expect the bank to'
    >>> truncation()("Stocks fell… then rose.")
    'Stocks fell… then rose.'
    >>> truncation("keep")("Analysts expect…")
    'Analysts expect…'
    """
    if policy not in POLICIES:
        raise ValueError(
            f"unknown truncation policy {policy!r}; valid policies: {', '.join(POLICIES)}"
        )
    return SpanCleaner("truncation", functools.partial(_find, policy),
                       warm_up=functools.partial(lazy_warm_up, __name__))
