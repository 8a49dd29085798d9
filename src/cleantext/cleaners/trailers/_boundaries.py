"""Where a unit may start (at a line start, or where a link or a sentence starts) and
where a sentence ends: the tests the finders share.
"""

from __future__ import annotations

from cleantext._units import CLOSERS
from cleantext.cleaners.trailers._patterns import _GLUE
from cleantext.cleaners.trailers._sentence_starts import _OPEN_QUOTES, _new_question

# --- boundaries -------------------------------------------------------------------------

#: What parts a sentence's clauses: a quotation after one is inside the sentence.
_CLAUSE_MARKS = frozenset(",;:")


def _is_lower(ch: str) -> bool:
    return ch.islower()


def _prev_nonspace(text: str, pos: int, floor: int) -> int:
    """Index of the last non-space character before ``pos`` (not before ``floor``), or -1."""
    i = pos - 1
    while i >= floor and text[i].isspace():
        i -= 1
    return i if i >= floor else -1


def _starts_unit(text: str, start: int, ls: int, first: int | None = None) -> bool:
    """May a unit start at ``start``? At a line start, or where a link or sentence starts.

    ``first`` is the index of the unit's first word character (after decoration).
    """
    q = _prev_nonspace(text, start, ls)
    if q < 0:
        return True  # the line starts here
    f = text[start if first is None else first]
    if text[start] in _OPEN_QUOTES and text[q] in _CLAUSE_MARKS:
        # A quotation after a comma, a colon or a semicolon is a phrase the sentence
        # quotes, a list of them too ("… les bandeaux : « Accepter et fermer », « Lire la
        # suite ».", "the buttons: “Subscribe”, “Read more”"): the article names a
        # button, no link is printed so; a link follows a sentence's end or a line start.
        return False
    if text[start] in "[(":
        f = "X"  # "[read more here]": a bracketed link may be lower case
    if q == start - 1:  # glued: only after a sentence end, a cut or a separator
        if (text[q] in _OPEN_QUOTES or text[q] == "'") and (q == ls or text[q - 1] in " \t"):
            # A quotation opens the line or opens inside it (after a space, a straight
            # "'" opens one too, which _OPEN_QUOTES leaves out as an apostrophe): its
            # words ("A button reading “Click here to read more” was added …") are
            # someone's, not a unit. At the line's start too: the whitespace cleaner
            # strips a space before it, and the next call must judge it the same
            # (" 'Read more" and "'Read more").
            return False
        return text[q] in _GLUE and not _is_lower(f)
    if text[start] in "«‹" and _is_lower(text[q]):
        # A guillemet after a word in lower case opens a quotation inside the sentence
        # ("… klickt niemand auf ‹Weiterlesen›."): the label is the speaker's words, not
        # a link's decoration, which follows a sentence's end or starts a line.
        return False
    # After a space: a capitalised word ("… said. Read more"), a bracket, or a caseless script.
    return not _is_lower(f)


_CLOSE_QUOTES = "»”“\"›’‘"
_MAX_QUOTED = 60  # a button's or a link's words in quotation marks


def _quoted_phrase(text: str, start: int, le: int) -> bool:
    """Is the unit at ``start`` a phrase in quotation marks that a stop or a comma
    follows, with more of the line after it ("… deux mots. « Lire la suite ». Ravier y
    voit …")? The sentence quotes a button's words: a link's decoration has no stop
    after it inside a paragraph."""
    if text[start] not in _OPEN_QUOTES:
        return False
    lo = start + 1
    hi = min(le, lo + _MAX_QUOTED)
    c = next((i for i in range(lo, hi) if text[i] in _CLOSE_QUOTES), -1)
    return c >= 0 and text[c + 1 : c + 2] in (".", ",", ";", ":", "!", "?") and bool(
        text[c + 2 : le].strip()
    )


def _sentence_end(fragment: str) -> bool:
    s = fragment.rstrip().rstrip("\"'”’»)]")
    return s.endswith((".", "!", "?", "。", "！", "？")) and not s.endswith(("..", "…"))


_SENTENCE_END = ".!?…»”\"’)]。！？"


def _ends_sentence(text: str, q: int) -> bool:
    """Does a sentence end at ``text[q]``: a sentence's end mark, or a German closing
    quote (“ ‘, which open a quotation elsewhere) right after a stop ("… nicht.“")?"""
    ch = text[q]
    return ch in _SENTENCE_END or (ch in "“‘" and q > 0 and text[q - 1] in ".!?…")


def _ends_as_sentence(text: str, ts: int, end: int) -> bool:
    """Does ``text[ts:end]`` end as a sentence does, in a full stop, "!" or "?" (closing
    quotes and brackets aside; not in "..", "…"), after a word (a lone "." is none)?
    Read back from ``end``, not sliced."""
    q = _prev_nonspace(text, end, ts)
    while q >= ts and text[q] in CLOSERS:
        q -= 1
    if q < ts or text[q] not in ".!?。！？":
        return False
    if text[q] == "." and q > ts and text[q - 1] == ".":
        return False
    while q > ts and not text[q - 1].isalnum():
        q -= 1
    return q > ts


_MAX_ASKING_TITLE = 30  # words: a headline that asks is one short question


def _asks_as_title(text: str, ts: int, end: int) -> bool:
    """Is ``text[ts:end]``, after a read-also link at a line start, one short question
    that asks as headlines do ("À lire aussi : Commerce : les bourgs se vident-ils
    encore ?"), no article sentence after a title? It ends in "?", and no sentence
    ends before that: a title ends in no full stop, so "Read more: <title> Who pays?
    The council …" (two sentences) stays the paragraph rule's, and so does a line that
    ends in a full stop, or one where a title reads whole before a question of its own
    ("Read more: <title> Why did it take so long?", see _new_question). Read by words,
    once."""
    words = text[ts:end].split()
    if not words or len(words) > _MAX_ASKING_TITLE:
        return False
    last = words[-1].rstrip(CLOSERS)
    if not last.endswith(("?", "？")):
        return False
    return not any(
        w.rstrip(CLOSERS).endswith((".", "!", "?", "。", "！", "？")) and not w.endswith("..")
        for w in words[:-1]
    ) and _new_question(text, ts, end) < 0
