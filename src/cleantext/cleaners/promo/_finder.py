"""``_find``: every promo unit of one document, as spans. One scan finds the cues,
cheap searches the bars, trails and line openings, and ``_Doc`` judges each in turn.

Removed, as lines or as units between sentences: ad labels, share and social buttons,
newsletter, follow, app and donate prompts, comment widgets, reading-time badges,
rights notices, players' and galleries' chrome, page furniture and navigation debris
(the package's docstring lists them). Deliberately left alone: article sentences about
advertising, newsletters, sharing or comments, "Related:" link lines, author bios and
photo captions, a label word inside a sentence, and a prompt that is quoted, reported
or talked about."""

from __future__ import annotations

from collections.abc import Collection

from cleantext._core import Span
from cleantext._lazy import lazy
from cleantext.cleaners.promo._badges import _medium_bars
from cleantext.cleaners.promo._bars import _BAR_BYTES, _BAR_LINE, _bar_chains
from cleantext.cleaners.promo._crumbs import _CRUMB_LINE, _crumb_items, _glued_crumbs
from cleantext.cleaners.promo._cues import _Cues, _scan
from cleantext.cleaners.promo._doc import _Doc
from cleantext.cleaners.promo._flat_menus import _flat_menus
from cleantext.cleaners.promo._follows import _follow_tails
from cleantext.cleaners.promo._furniture import (
    _event_lists,
    _live_chrome,
    _polls,
    _preferred_sources,
    _promo_lines,
    _reaction_bars,
    _time_lines,
)
from cleantext.cleaners.promo._gating import (
    FURNITURE_KINDS,
    _bytes,
    _crumbs_in,
    _furniture_in,
    _short_lines,
)
from cleantext.cleaners.promo._glued_labels import _glued_inside, _glued_labels, _glued_start_label
from cleantext.cleaners.promo._last_button import _last_button
from cleantext.cleaners.promo._lead_ins import _lead_ins
from cleantext.cleaners.promo._lines import _merge
from cleantext.cleaners.promo._openings import _Openings
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._toolbars import _toolbars
from cleantext.cleaners.promo._whole_lines import _pointer_end

# --- the finder ---------------------------------------------------------------------


# Possible navigation debris or stacked share buttons: three short lines in a row.
_SHORT_LINES = lazy(
    r"(?:^|\n)(?:[ \t]{0,10}[^\s]{1,30}(?:[ \t][^\s]{1,30})?[ \t]{0,10}\n\s{0,10}){3}")


def _find(rules: _Rules, text: str) -> list[Span]:
    # Most documents stop at the gate, before this; here one scan finds every cue
    # (``_matches``), one more the runs of short lines.
    data = _bytes(rules, text)
    cues = _scan(rules, text, data)
    glued_start = _glued_start_label(rules, text)
    glued = _glued_labels(rules, text) + glued_start
    # Only a label glued to a capital ends for sure where the headline starts; a space
    # after a duration may part a video widget's time from its title ("Play Video 3:27
    # Biggest night in Hollywood …"), which the widget's line takes.
    glued_start = [sp for sp in glued_start if not text[sp[1] - 1].isspace()]
    short_lines = (data is None or _short_lines(data)) and _SHORT_LINES.search(text) is not None
    has_bars = data is None or _BAR_BYTES.search(data) is not None
    bars = [m.span(1) for m in _BAR_LINE.finditer(text)] if has_bars else []
    trails = data is None or _crumbs_in(rules.anchors.table, data)
    glued_trails = _glued_crumbs(text) if trails else []
    # A trail glued to a short headline is a line that looks like a trail ("Home ›
    # News › Harbour TownFerry fares rise again"): only the trail goes.
    glued_at = {s for s, _, _ in glued_trails}
    crumbs = [m.start() for m in _CRUMB_LINE.finditer(text)
              if m.start() not in glued_at
              and _crumb_items(m.group(1), slashed="/" in m.group())] if trails else []
    glued += glued_trails + _flat_menus(rules.menu, text) + _follow_tails(rules, text)
    # Lines of page furniture that hold a number or a name (``_furniture``): a time
    # stamp relative to now, Google's preferred-source button, a poll widget, a reaction
    # bar, an event's or a job's promo line, a key-events list, a live blog's badge,
    # report button or banner beside its clock or share line. One scan of the text's
    # bytes finds which kinds open a line; only their own scans run.
    kinds = FURNITURE_KINDS if data is None else _furniture_in(rules.anchors.table, data)
    if kinds:
        glued += _furniture(text, kinds)
    chains = _bar_chains(text) if has_bars else []
    openings = _Openings.of(text)
    medium = _medium_bars(text) if cues.medium else []
    last_button = _last_button(rules, text)
    if not (cues.hits or cues.socials or cues.rights or cues.badges or short_lines or bars
            or chains or cues.channels or crumbs or openings or glued or cues.glued
            or medium or cues.gallery or last_button is not None):
        return []
    doc = _Doc(rules, text)
    doc.spans.extend(glued)
    doc.spans.extend(doc.between(start, end) for start, end in medium)
    doc.menu_bars(bars)
    for start in crumbs:
        doc.drop_line(doc.line_of(start))
    _widgets(doc, cues, openings, chains, last_button)
    _chrome(doc, cues, openings, short_lines)
    if doc.spans:
        # Looked for only in a text that has other units: no gate's scan sees them (the
        # gate lets through every text ``_find`` finds something in), and a page that
        # prints them prints others: a toolbar, an ad break glued inside a sentence.
        doc.toolbars(_toolbars(text))
        doc.spans.extend(_glued_inside(rules, text))
    # The question a removed prompt opens with on its line ("… verpassen? Folgen Sie
    # uns auf WhatsApp!"): read only before the spans found.
    doc.spans.extend(_lead_ins(text, doc.spans))
    return _merge(_pointed_kept(text, _headline_kept(doc.spans, glued_start)))


def _furniture(text: str, kinds: Collection[str]) -> list[Span]:
    """The furniture of the kinds ``kinds`` (``_gating.FURNITURE_KINDS``) in ``text``,
    in the order the finder has always taken them."""
    found: list[Span] = []
    if "stamp" in kinds:
        found += _time_lines(text) + _preferred_sources(text)
    if "poll" in kinds:
        found += _polls(text)
    if "reactions" in kinds:
        found += _reaction_bars(text)
    if "promo" in kinds:
        found += _promo_lines(text)
    if "events" in kinds:
        found += _event_lists(text)
    if "chrome" in kinds:
        found += _live_chrome(text)
    return found


def _widgets(doc: _Doc, cues: _Cues, openings: _Openings,
             chains: list[list[tuple[int, int]]], last_button: int | None) -> None:
    """The units the cues and line openings found, and the boxes around them: prompts,
    labels, rights notices, badges, pitches, sign-up forms, follow and app lines, a
    player's time, the last button; then the boxes a removed line heads (an affiliate
    box's price lines, a republish box's licence line, a sponsored-links box), in
    this order: each box reads the lines removed before it."""
    doc.lines_with_cues(cues)
    doc.brackets(cues.hits)
    doc.inline_bars(chains)
    doc.rights(cues.rights)
    doc.badges(cues.badges)
    doc.pitches(cues.channels, cues.hits)
    doc.signup_forms(cues.hits)
    doc.signup_neighbours()
    doc.signup_boxes()
    doc.topics(cues.hits)
    doc.follows(openings.follows)
    doc.app_lines(openings.apps)
    doc.player_times(openings.players)
    if last_button is not None:
        doc.last_button(last_button)
    doc.shop_boxes()
    doc.licences()
    doc.sponsored_boxes()


def _chrome(doc: _Doc, cues: _Cues, openings: _Openings, short_lines: bool) -> None:
    """What is left around the units removed: taglines, a player's and a gallery's
    chrome, video lists, app pitches, trails after a [here] cue, glued share bars,
    one-word lines and a bar's leftovers."""
    doc.box_taglines()
    doc.durations()
    doc.galleries(openings.slides, cues.gallery_labels if cues.gallery else None)
    doc.videos(cues.hits)
    doc.app_pitches(cues.hits)
    doc.here_trails(cues.hits)
    doc.glued_bars(cues.glued)
    if short_lines or doc.removed:
        doc.one_word_lines()
    if doc.removed or doc.spans:
        doc.bar_leftovers()


def _pointed_kept(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` cut at a pointing emoji whose target is the article's sentence
    (``_pointer_end``): a pitch ends at its "👉", and flattened text glues the article's
    next sentence to it, which the pitch's sentence would take. Read only inside the
    spans found."""
    out: list[Span] = []
    for start, end, repl in spans:
        cut = _pointer_end(text, start, end) if not repl else None
        out.append((start, end, repl) if cut is None else (start, cut, repl))
    return out


def _headline_kept(spans: list[Span], start_label: list[Span]) -> list[Span]:
    """``spans`` without those that run from inside a widget label at the text's start
    (``_glued_start_label``) past its end: the label's own end is known, and a prompt's
    sentence that its [lead] phrase would take is the headline glued after it."""
    if not start_label:
        return spans
    end = start_label[0][1]
    return [sp for sp in spans if not sp[0] < end < sp[1]]
