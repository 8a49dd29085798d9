"""Whether a line that opens with a cue goes whole, or only up to the article sentence
glued after it: a label that stands alone, a prompt quoted, reported or run on, a
complete widget label before its headline ("Listen to this article · 4 min Tram …")."""

from __future__ import annotations

from collections.abc import Sequence

from cleantext._lazy import lazy
from cleantext.cleaners.promo._article import _CLOSED, _junction_end, _prose_follows, _restart
from cleantext.cleaners.promo._cues import _Hit
from cleantext.cleaners.promo._inline_units import _notice_end
from cleantext.cleaners.promo._labels import _inline_label_ok
from cleantext.cleaners.promo._lines import _BLOCK_MAX, _LEAD_LINE, _SHORT_LINE, _Line, _sentence_at
from cleantext.cleaners.promo._players import _LABEL_DURATION, _LABEL_TIME
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._speech import _mentioned, _quotation_said, _quoted, _reported


def _stands_alone(rules: _Rules, text: str, line: _Line, hit: _Hit) -> bool:
    """A label that opens a line and is followed by a new sentence goes alone: "Sign up
    for our newsletter Council approved…" keeps the sentence. A label that is also a
    prompt goes on to its object when no article sentence starts right after it
    (``_restart``): "Inscrivez-vous à notre newsletter Savoie Matin et recevez …" names
    the newsletter, and the line is the prompt's. A widget's whole label (a [label]
    that is also a [lead]) with a player's duration after it ("Luister naar dit artikel
    · 3 min") is ``_label_end``'s to judge: the duration is the label's."""
    if "inline" not in hit[2] or not _inline_label_ok(rules, text, line, hit[0], hit[1], -1):
        return False
    if {"label", "lead"} <= hit[2] and _LABEL_DURATION.match(text, hit[1], line.end):
        return False
    end = hit[1]
    if "prompt" not in hit[2] or not text[end:end + 1].isspace():
        return True
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    return not text[pos:pos + 1].isalpha() or \
        _restart(text, end, min(line.end, end + 200)) == end


def _quoted_at(text: str, line: _Line, start: int,
               cache: dict[int, list[tuple[int, int]]], after: int | None = None) -> bool:
    """Whether a phrase that opens a line is quoted (``_quoted``), reported
    (``_reported``) or talked about (``_mentioned``, given where its words end) in its
    first sentence, or opens a quotation attributed after a later sentence
    (``_quotation_said``)."""
    at = _sentence_at(text, line, cache, start)
    return at is not None and (_quoted(text, line.start, start, min(line.end, at[1] + 2))
                               or _reported(text, start, at[1])
                               or (after is not None and _mentioned(text, after, at[1]))
                               or _quotation_said(text, line.start, start, line.end))


def _runs_on(text: str, line: _Line, hit: _Hit,
             cache: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether the article starts again inside the first sentence of a line that opens
    with a prompt or a [lead] ("Follow us on X Officials said …", see ``_restart``;
    glued, "… for the latest videosOfficials said …", ``_junction_end``): then the
    line is no widget's alone, and ``_inline`` cuts what it can. A [lead] line went
    whole, the article's sentence flattened after it with it."""
    if hit[2].isdisjoint(("prompt", "lead")) or "block" in hit[2] or \
            text[line.start] == "(":
        return False
    at = _sentence_at(text, line, cache, hit[0])
    if at is None:
        return False
    if "prompt" in hit[2]:
        return _restart(text, hit[1], at[1]) < at[1]
    joined = _junction_end(text, hit[1], at[1], at[1])
    again = _restart(text, hit[1], at[1]) if joined is None else joined
    # A [lead] runs on to a title ("Play Video 3:27 Biggest night in Hollywood: key
    # moments – video"): only an article sentence, closed by its stop, is the article's,
    # and only after the prompt's own words ("… for the latest videos Officials said
    # …"); right after the phrase or a player's time it is ``_label_end``'s to judge
    # ("Listen to this article Tram extension opens early.").
    return hit[1] < again < at[1] and text[again - 2:again - 1].isalpha() and \
        _LABEL_DURATION.match(text, hit[1], line.end) is None and \
        _closed_sentence(text, again, at[1])


# A player's duration after its label perhaps (``_LABEL_TIME``); then the gap before
# the next word.
_LABEL_TAIL = lazy(r"(?:" + _LABEL_TIME + r")?[ \t]{0,3}")


def _label_end(text: str, line: _Line, hit: _Hit, own: int | None) -> int | None:
    """Where the unit of a complete widget label that opens a line ends, given where its
    sentence ends (``own``, ``_prompt_sentence``: None if nothing of the article
    follows it on the line, which then goes whole).

    A phrase that is both a [label] (complete in itself: a line of nothing else goes)
    and a [lead] (a line it opens goes) is a widget's whole label, such as an audio
    player's "Listen to this article". Flattened text glues the headline to it, with
    the player's duration perhaps between them ("Listen to this article · 4 min Tram
    extension opens early. The new line …"): the capitalised word after the label
    starts the article when the player's duration ends the label, or when the article
    goes on after that sentence; the unit ends there. Left with the sentence (or the
    line): a [lead] phrase that is no [label] ("Play Video 3:27 Biggest night …": a
    video's title), a label that ends in a colon or a bracket ("Tags: Harbour,
    ferries": its list), one that runs on in lower case ("Listen to this article and
    tell us …"), and a label with no duration and nothing of the article after its
    sentence ("Sponsored links by Taboola Doctors stunned …": a box's first title)."""
    _, end, kinds, _ = hit
    if not {"label", "lead"} <= kinds or not text[end - 1].isalpha():
        return own
    m = _LABEL_TAIL.match(text, end, line.end)
    if m is None:
        return own
    after = m.end()
    if own is None and m.group("time") is None and not _closed_sentence(text, after, line.end):
        return own
    return after if after < (line.end if own is None else own) and text[after].isupper() \
        else own


def _closed_sentence(text: str, start: int, end: int) -> bool:
    """Whether the rest of a line, from ``start``, is an article sentence that ends
    (``_prose_follows``, closed by a stop, not cut short by "…").

    A flattened text of one sentence glued to a player's label ("Listen to this article
    The ferry runs again after the storm.") is the article: without this the line went
    whole, and the text came back empty. A box's title has no stop ("… Doctors stunned
    by this trick") and still goes with its label."""
    rest = text[start:end].rstrip()
    return rest.endswith(_CLOSED) and not rest.endswith(("...", "…")) \
        and _prose_follows(text, start, end)


def _prompt_sentence(text: str, line: _Line, hits: Sequence[_Hit],
                     cache: dict[int, list[tuple[int, int]]]) -> int | None:
    """Where the unit of a prompt that opens a short line ends, if an article sentence
    follows it on the same line; None if the line is the widget's own.

    Flattened text glues the next sentence to a prompt ("Subscribe to read. The
    minister resigned …"): a prompt is one sentence, so the line goes only up to its
    end. A notice ([block]) runs to the paragraph's end by definition; a line whose
    next sentence is itself a cue is left to ``_inline``, which judges each cue."""
    if "block" in hits[0][2]:
        at = _sentence_at(text, line, cache, hits[0][0])
        end = line.end if at is None else \
            _notice_end(text, line, at[0], hits[0][1], [h[0] for h in hits], cache)
        return end if end < line.end else None
    at = _sentence_at(text, line, cache, hits[0][0])
    if at is None or at[1] >= line.end or not _prose_follows(text, at[1], line.end):
        return None
    rest = text[at[1]:line.end].rstrip()
    # The article ends its sentences: a field label ("Required fields are marked *") or a
    # teaser cut short after a tag page's blurb ("…, los 3 factores, ...") is a widget's.
    if not rest.endswith(_CLOSED) or rest.endswith(("...", "…")):
        return None
    return at[1]


# A pointing emoji that ends a pitch ("Volg ons WhatsApp-kanaal 👉", "Síguenos 👇"), its
# skin tone and variation selector perhaps after it, then the blank before its target.
_POINTER = lazy("[ \t]*(?:\U0001F449|\U0001F447|\u27A1|\u2B07)[\U0001F3FB-\U0001F3FF]?"
                      "\uFE0F?[ \t]+")
# The target's sentence: a capital, at least this many words, a stop.
_POINTED_WORDS = 4
# How far after the emoji its target's stop is looked for, on the emoji's line.
_POINTED_REACH = 400
_POINTED_STOP = lazy(r"[.!?](?=[\s\"”’»)]|\Z)")


def _pointer_end(text: str, start: int, end: int) -> int | None:
    """Where a prompt's pitch ends at a pointing emoji (``_POINTER``) when what it points
    at is the article's sentence, not its target: the pitch's target is a link or a
    short button ("👉 https://…", "👉 Volg ons hier"), never a sentence that opens with a
    capital, runs to a stop and has four words or more ("… mis geen nieuws uit de regio
    👉 De pont vaart op zondag …."), which flattened text glued to it. None if no such
    emoji lies between ``start`` and ``end``, or its target has no stop on its line.

    >>> t = "Volg ons op WhatsApp 👉 De pont vaart op zondag niet."
    >>> t[:_pointer_end(t, 8, len(t))]
    'Volg ons op WhatsApp 👉 '
    >>> _pointer_end("Volg ons op WhatsApp 👉 Volg ons hier", 8, 37) is None
    True
    >>> _pointer_end("Volg ons op WhatsApp 👉 https://wa.me/123.", 8, 42) is None
    True
    """
    m = _POINTER.search(text, start, end)
    if m is None or not text[m.end():m.end() + 1].isupper():
        return None
    # The target's stop may lie past ``end``: a unit that ends inside the sentence
    # takes its words all the same.
    reach = m.end() + _POINTED_REACH
    line_end = text.find("\n", m.end(), reach)
    stop = _POINTED_STOP.search(text, m.end(), reach if line_end < 0 else line_end)
    if stop is None:
        return None
    target = text[m.end():stop.end()]
    if len(target.split()) < _POINTED_WORDS or "://" in target or "www." in target:
        return None
    return m.end()


def _starts_unit(kinds: frozenset[str], length: int) -> bool:
    """Whether a line this long that starts with a phrase of these sections goes whole."""
    return ("block" in kinds and length <= _BLOCK_MAX) or \
        ("prompt" in kinds and length <= _SHORT_LINE) or \
        ("lead" in kinds and length <= _LEAD_LINE)
