"""Lines: where walls sit in text that has them (``_find``).

Removed: a line that is all wall (or one run of wall sentences that covers it) as a
block, with the heading and button lines right before it and the lines after it that
continue it (wall sentences, buttons, purposes), and the blank lines after it; a run of
wall sentences inside a line, with the spaces that set it apart; a line that is all
wall right above a line of consent buttons, and a meter's count right above its offer's
line (each holding what the other lacks: the count no stem, the offer no wall wording);
the consent buttons that open the line after a wall block where a dropped tag or a lost
line break ran them into the article's first sentence (the sentence stays); a consent
tool's own chrome, a dialog's heading over its consent buttons or the settings link it
prints as the text's last line ("Cookie settings", "Paramétrer les cookies").

Deliberately left alone: the same settings words anywhere else, where they may be an
article's headline or an explainer's subheadings, one word alone ("Cookies"), and
heading words with no consent button under them ("Datenschutz"); a line of link words
after a wall that an article's line follows (a "Read more" line may head a link to
another article); a line above buttons after a blank line (an article's example of a
dialog's buttons); button-like words at the head of an article line with no consent
button among them, and buttons a space parts from what follows."""

from __future__ import annotations

from cleantext._core import Span
from cleantext._units import sentences
from cleantext.cleaners.banners._chrome import (
    _CONSENT_WORD,
    _accepts,
    _glued_chrome_end,
    _is_chrome,
    _strong_chrome,
)
from cleantext.cleaners.banners._doc import _Doc, _line_bounds, _next_line, _prev_line
from cleantext.cleaners.banners._ends import _GLUED_STOP
from cleantext.cleaners.banners._gate import _Anchors
from cleantext.cleaners.banners._greetings import _greets, _priority_heading
from cleantext.cleaners.banners._label import _head_label
from cleantext.cleaners.banners._letters import _NOT_LETTER, _lowered
from cleantext.cleaners.banners._limits import (
    _GLUED_BUTTONS_MAX,
    _HEADING_MAX,
    _MAX_ABSORBED_LINES,
    _MEDIUM_MAX,
    _OFFER_MAX,
)
from cleantext.cleaners.banners._patterns import _Lexicon
from cleantext.cleaners.banners._reads import _has_offer, _is_offer, _is_purpose_line
from cleantext.cleaners.banners._sentences import _heads_wall, _Line


def _continues_wall(doc: _Doc, start: int, end: int) -> bool:
    """Whether a line after a wall is more of it: wall sentences, buttons, purposes."""
    if end - start > 4 * _MEDIUM_MAX:
        return False
    if _is_chrome(doc, start, end):
        return _strong_chrome(doc, start, end) or _link_closes_buttons(doc, end)
    line = _Line(doc, start, end)
    if not line.units:
        line.split()
    if line.units and all(line.label(i) in "SMB" for i in range(len(line.units))):
        return True
    return _is_purpose_line(doc, start, end)


def _link_closes_buttons(doc: _Doc, end: int) -> bool:
    """Whether a line of link words only ("Learn more", "Más información") that follows a
    wall is part of it: when the text ends after it, or button lines follow it.

    Before an article's line it stays: a "Read more" line there may be the head of a
    link to another article (the trailers family takes it with its title).
    """
    nxt = _next_line(doc.text, end + 1)
    return nxt is None or _strong_chrome(doc, *nxt)


# What may stand after a line's last word without making it two words.
_WORD_END = " \t\r-.!?:;,…"


def _is_settings_line(doc: _Doc, start: int, end: int) -> bool:
    """Whether a line with no wall sentence is a consent tool's own chrome: a dialog's
    heading over its consent buttons ("Privacy Preference Center" above "Allow All"), or
    the settings link it prints at the foot of the page ("Cookie settings", "Paramétrer
    les cookies", "Cookie-instellingen") as the text's last line.

    Left alone: the same words anywhere else, where they may be an article's headline or
    an explainer's subheadings ("Cookie consent", "Necessary cookies", "Paramétrer les
    cookies" in a how-to: a subheading has its section after it, a footer link nothing),
    one word alone ("Cookies", a recipe's last heading), and heading words with no
    consent button under them ("Datenschutz").
    """
    if end - start > _HEADING_MAX:
        return False
    # (The cheap tests first: most lines here are an article's, followed by a paragraph.)
    nxt = _next_line(doc.text, end + 1)
    if nxt is None:
        # One word alone stays with or without its stop ("Consent", "Consent."): the
        # stop says nothing of a footer link, and an article may end on such a word.
        return (_CONSENT_WORD.search(doc.low, start, end) is not None
                and _NOT_LETTER.search(doc.low[start:end].strip(_WORD_END)) is not None
                and _strong_chrome(doc, start, end))
    return (nxt[1] - nxt[0] <= _GLUED_BUTTONS_MAX
            and bool(_accepts(doc, *nxt)) and _is_chrome(doc, start, end)
            and _is_chrome(doc, *nxt))


def _headings_before(doc: _Doc, start: int, floor: int) -> int:
    """Where the heading and button lines right before the line at ``start`` begin (not
    before ``floor``, where the text is already decided)."""
    for _ in range(_MAX_ABSORBED_LINES):
        prev = _prev_line(doc.text, start)
        if prev is None or prev[0] < floor or not (
                _heads_wall(doc, *prev) or _greets(doc, *prev, start)
                or _priority_heading(doc, *prev)):
            break
        start = prev[0]
    return start


def _heading_run_into_line_above(doc: _Doc, start: int, floor: int) -> Span | None:
    """The wall's heading at the end of the line right above its block at ``start``, run
    into the article's last sentence where a line break was lost with nothing in its
    place ("… last recorded.Manage cookie consent" over the dialog's text): the words
    after the line's last stop run into a capital, where they head a wall
    (``_heads_wall``). Left alone: a line a blank line parts from the block, and words
    after a stop and a space (the article's next sentence)."""
    prev = _prev_line(doc.text, start)
    if prev is None or prev[1] + 1 != start or prev[0] < floor:
        return None
    # (Read back at most a heading's length: the line may be a long paragraph.)
    heads = None
    for m in _GLUED_STOP.finditer(doc.text, max(prev[0], prev[1] - _HEADING_MAX), prev[1]):
        heads = m.end()
    if heads is None or not _heads_wall(doc, heads, prev[1]):
        return None
    return heads, prev[1], ""


def _absorb(doc: _Doc, start: int, end: int, floor: int) -> tuple[int, int]:
    """Grow a wall block over the heading lines before it (down to ``floor``, where the
    text is already decided) and the lines after it that continue it."""
    text = doc.text
    start = _headings_before(doc, start, floor)
    for _ in range(_MAX_ABSORBED_LINES):
        nxt = _next_line(text, end + 1)
        if nxt is None or not _continues_wall(doc, *nxt) or _apart(doc, end, *nxt):
            break
        end = nxt[1]
    return start, end


def _apart(doc: _Doc, end: int, start: int, line_end: int) -> bool:
    """Whether the line ``text[start:line_end]``, a blank line under the wall block that
    ends at ``end``, is an ``under`` wording and nothing else: a line a tool prints right
    under its buttons ("Consentements certifiés par Axeptio", Finnish "Onko sinulla jo
    tunnukset?"), which a blank line parts from the block only where it is an article's
    subhead (a report on the credit line, an explainer on signing in). Run into the
    buttons in flattened text, the words are the block's still. One anchored match."""
    if start == end + 1:
        return False
    low = doc.low
    first = start + len(low[start:line_end]) - len(low[start:line_end].lstrip())
    m = doc.lex.under.match(low, first, line_end)
    return m is not None and m.end() == line_end


def _block_span(text: str, start: int, end: int) -> Span:
    """Lines ``text[start:end]`` removed with the blank lines after them (or, at the
    tail, the line breaks before them, so the article ends where it ended)."""
    nxt = _next_line(text, end + 1)
    if nxt is not None:
        return start, nxt[0], ""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start, len(text), ""


def _run_span(text: str, start: int, end: int, *, line_start: int, line_end: int,
              line_last: int) -> Span:
    """A run of wall sentences inside a line, with the spaces that set it apart
    (``line_last`` is where the line's text ends, before trailing spaces)."""
    if end >= line_last:
        end = line_end
        while start > line_start and text[start - 1] in " \t":
            start -= 1
    else:
        while end < line_end and text[end] in " \t":
            end += 1
    return start, end, ""


def _next_stem(lex: _Lexicon, anchors: _Anchors, pos: int) -> int | None:
    """Where the first stem at or after ``pos`` starts: ``lex.gate.search(low, pos)``,
    with the trie run only around anchors.

    Every stem match holds an anchor (see the gate), at most ``reach`` characters
    after its start, and is at most ``reach`` long. So with ``at`` the first anchor from
    ``pos``, a stem starting in ``[pos, at]`` starts after ``at - reach`` and ends before
    ``at + reach``: the trie finds the first such one in that window (the trie has no
    look-arounds, so a match within the window is a match in the text). If there is
    none, the first stem starts after ``at`` and holds a later anchor.
    """
    low, reach = anchors.low, lex.stems.reach
    while True:
        at = anchors.first(pos)
        if at is None:
            return None
        m = lex.gate.search(low, max(pos, at - reach), at + reach)
        if m is not None and m.start() <= at:
            return m.start()
        pos = at + 1


def _find(lex: _Lexicon, text: str) -> list[Span]:
    low = _lowered(text)
    anchors = lex.stems.anchors(low)
    start_of_stem = _next_stem(lex, anchors, 0)
    if start_of_stem is None:
        return []
    doc = _Doc(lex, text, low)
    spans: list[Span] = []
    done = 0  # every line before this offset has been examined
    floor = 0  # and everything before this one removed or kept for good
    while start_of_stem is not None:
        start, end = _line_bounds(text, start_of_stem)
        if start >= done:
            line = _Line(doc, start, end)
            if not line.has_wall:
                # (A line with a wall sentence takes the wall-like ones around it anyway.)
                line.take_answered_walls()
            whole = line.all_wall()
            runs = line.runs() if line.has_wall and not whole else []
            above = None if line.has_wall else _wall_above_buttons(doc, start, end, floor)
            if above is None and not line.has_wall:
                above = _meter_above_offer(doc, start, end, floor)
            if above is not None:
                b_start, b_end = _absorb(doc, above, end, floor)
                spans.append(_block_span(text, b_start, b_end))
                end = b_end
            elif (whole or _one_run(line, runs)
                    or (not line.has_wall and _is_settings_line(doc, start, end))):
                b_start, b_end = _absorb(doc, start, end, floor)
                if (head := _heading_run_into_line_above(doc, b_start, floor)) is not None:
                    spans.append(head)
                spans.append(_block_span(text, b_start, b_end))
                end = b_end
                if (below := _buttons_run_into_article(doc, b_end)) is not None:
                    spans.append(below)
                    end = below[1]
            elif line.has_wall:
                last = start + len(text[start:end].rstrip())
                spans.extend(_run_span(text, s, e, line_start=start, line_end=end, line_last=last)
                             for s, e in runs)
                if runs and runs[0][0] == start:
                    # A wall at the head of a line may have its heading on the line above
                    # ("Privacy Preference Center"), as a wall of its own lines has.
                    h_start = _headings_before(doc, start, floor)
                    if h_start < start:
                        spans.append((h_start, start, ""))
                if runs and runs[-1][1] >= last:
                    # A wall at the end of a line may go on in button lines below it.
                    _, b_end = _absorb(doc, end, end, end)
                    if b_end > end:
                        spans.append((end, b_end, ""))
                        end = b_end
            if spans:
                floor = spans[-1][1]
        done = max(done, end + 1)
        start_of_stem = _next_stem(lex, anchors, done) if done < len(text) else None
    if spans and (label := _head_label(doc, spans)) is not None:
        spans.append(label)
    return _merge(spans)


def _wall_above_buttons(doc: _Doc, start: int, end: int, floor: int) -> int | None:
    """Where the wall starts that the line of consent buttons at ``start`` answers: the
    line right above it (no blank line between), where that line is all wall and no
    stem made it a line of its own to examine (a Catalan dialog's "Utilitzem galetes
    pròpies i de tercers …" over "Acceptar totes", whose stem is the button's). None if
    the line at ``start`` is not buttons only, with a consent button among them, or the
    line above is not all wall (its sentences read by the wordings, and by the buttons
    under them, as any line's are).

    Left alone: a line above buttons after a blank line (an article's example of a
    dialog's buttons), and one that is not wall from its first word to its last."""
    # (Cheapest first: most stem lines with no wall are long lines of text, or hold no
    # consent button, whose scan skips to the line's few capitals.)
    if end - start > _GLUED_BUTTONS_MAX or not _accepts(doc, start, end):
        return None
    prev = _prev_line(doc.text, start)
    if (prev is None or prev[0] < floor or prev[1] + 1 != start
            or not _is_chrome(doc, start, end)):
        return None
    line = _Line(doc, *prev)
    if not line.has_wall:
        line.take_answered_walls()
    return prev[0] if line.all_wall() else None


def _meter_above_offer(doc: _Doc, start: int, end: int, floor: int) -> int | None:
    """Where the meter starts whose offer is the line at ``start``: a paywall's count on
    the line right above (no blank line between), "Je hebt 3 van de 5 gratis artikelen
    van deze maand gelezen." over "Neem een abonnement voor € 1 per week en lees
    onbeperkt.", whose stem is the offer's, the count holding none for its line to be
    examined. None unless the line at ``start`` is offer sentences only (short, no
    speech verb, ending in its stop, with no comma or colon) and the line above opens
    with a ``counter`` wording and is all wall.

    (Since the round-24 review the packs' new meters are counters, no openers: this
    runs for the counts an opener also holds, "Hai raggiunto il limite di articoli
    gratuiti.", "Il vous reste 2 articles gratuits.")

    Left alone: an offer line under anything else (a price in an article's line over a
    report), a count over it after a blank line, and a count an article cites: asked
    as a question, quoted, or going on after the wording (``_Line`` reads it as the
    wall's only where it would be on a line with a stem)."""
    # (Cheapest first: most stem lines with no wall are long, or paragraphs a blank line
    # parts from the line above, or under a line that opens with no counter; the offer
    # scan, which tries every position of the line, last.)
    if end - start > 2 * _OFFER_MAX:
        return None
    # An offer line that is a headline ("Suscríbete por 1 €: la estrategia de los diarios
    # españoles", no stop at its end) or goes on after a comma ("…, propone el diario.",
    # a speech verb no list holds) is an article's: the box's offer line ends in its stop
    # and holds neither.
    body = doc.text[start:end].rstrip()
    if not body.endswith((".", "!")) or "," in body or ":" in body:
        return None
    prev = _prev_line(doc.text, start)
    if (prev is None or prev[0] < floor or prev[1] + 1 != start
            or prev[1] - prev[0] > _HEADING_MAX):
        return None
    first = prev[0] + len(doc.low[prev[0]:prev[1]]) - len(doc.low[prev[0]:prev[1]].lstrip())
    if doc.lex.counter.match(doc.low, first, prev[1]) is None:
        return None
    if not _has_offer(doc, start, end) or not all(
            _is_offer(doc, s, e) for s, e in sentences(doc.text, start, end)):
        return None
    line = _Line(doc, *prev)
    return prev[0] if line.all_wall() else None


def _buttons_run_into_article(doc: _Doc, end: int) -> Span | None:
    """The consent buttons that open the line after a wall block ending at ``end``, where
    a dropped tag or a lost line break ran them into the article's first sentence
    ("Akzeptieren und weiterNach den starken Regenfällen …"): the buttons go, the
    sentence stays.

    Left alone: button-like words at the head of an article line with no consent button
    among them ("Read more" may head a link to another article), unless they go on the
    row of consent buttons that ends the wall right above them, and buttons a space
    parts from what follows: on a line of its own, "OK Go" or "Accept All The …" may be
    the article's headline; a tag dropped with nothing in its place is no one's style.
    """
    nxt = _next_line(doc.text, end + 1)
    if nxt is None:
        return None
    stop = _glued_chrome_end(doc, nxt[0], nxt[1], camel=True)
    if stop is None or doc.text[stop - 1].isspace():
        return None
    if not _accepts(doc, nxt[0], stop) and not _row_above_accepts(doc, nxt[0], end):
        return None
    return nxt[0], stop, ""


def _row_above_accepts(doc: _Doc, start: int, end: int) -> bool:
    """Whether the button lines right above the line at ``start`` (the wall's last ones,
    ending at ``end``, no blank line between) hold a consent button: the row of buttons
    goes on in the line at ``start`` ("Accept", "Deny", then "View preferencesIt was
    found …", the row's last button run into the article)."""
    for _ in range(_MAX_ROW_LINES):
        prev = _prev_line(doc.text, start)
        if prev is None or prev[1] + 1 != start or prev[1] > end \
                or not _is_chrome(doc, *prev):
            return False
        if _accepts(doc, *prev):
            return True
        start = prev[0]
    return False


# A row of buttons, one a line, is read this many lines up for its consent button.
_MAX_ROW_LINES = 4


def _one_run(line: _Line, runs: list[tuple[int, int]]) -> bool:
    """Whether one run of wall sentences (of the line's ``runs``) covers the whole line,
    which then goes as a block with the heading and button lines around it (as a line
    that is all wall does), not leaving its line breaks behind: a run may hold sentences
    on the wall's subject that no wall wording marks ("Einige Dienste verarbeiten Daten
    in Drittländern.")."""
    text = line.doc.text
    return (len(runs) == 1 and not text[line.start:runs[0][0]].strip()
            and not text[runs[0][1]:line.end].strip())


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e, new in sorted(spans):
        if out and s <= out[-1][1]:
            ps, pe, _ = out[-1]
            out[-1] = (ps, max(pe, e), "")
        else:
            out.append((s, e, new))
    return out
