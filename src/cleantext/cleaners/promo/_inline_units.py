"""Units inside a paragraph or flattened text (``_inline``): labels and counts between
sentences, a prompt's sentence (to its bracket or where the article starts again), a
notice to its paragraph's end or the article's next sentence, runs of network names."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from cleantext._core import Span
from cleantext._lazy import lazy_regex
from cleantext._units import sentences
from cleantext.cleaners.promo._article import (
    _CLOSED,
    _article_goes_on,
    _junction_end,
    _prose_follows,
    _restart,
)
from cleantext.cleaners.promo._cues import _Hit
from cleantext.cleaners.promo._labels import _count_ok, _echo, _inline_label_ok
from cleantext.cleaners.promo._lines import (
    _BLOCK_MAX,
    _BUTTON_WORDS,
    _DETERMINERS,
    _PROMPT_SENTENCE_MAX,
    _QUOTE_OPENERS,
    _URL,
    _close_paren,
    _inline_span,
    _Line,
    _sentence_at,
    _title_teaser,
)
from cleantext.cleaners.promo._packs import _key
from cleantext.cleaners.promo._players import _LABEL_DURATION
from cleantext.cleaners.promo._reader import _addresses_reader
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._shares import _run_ends, _share_run
from cleantext.cleaners.promo._speech import (
    _QUOTATION_REACH,
    _after_quote,
    _in_quotation,
    _mentioned,
    _quotation_said,
    _quoted,
    _reported,
)
from cleantext.cleaners.promo._tails import _tail_ok


def _cue_in(cues: Sequence[int], start: int, end: int) -> bool:
    """Whether a cue of ``cues`` (sorted offsets) starts in ``[start, end)``."""
    k = bisect.bisect_left(cues, start)
    return k < len(cues) and cues[k] < end


# A support box's ask for money, which no sentence of the article makes of its reader
# ("Soutenez une information locale : faites un don, même de 5 euros."): inside a
# notice, the sentence that holds it is the notice's, whatever its first words. The
# ask opens its clause: "The committee will consider contributions …", "asked
# residents to please bring donations" are the article's.
_DONATION_ASK = lazy_regex(
    r"(?i)(?<!\w)(?<!\w )(?:(?:please|consider making|consider giving) "
    r"(?:[\w'-]+ ){0,6}?(?:donat\w*|contribut\w*|chip in)|"
    r"donate (?:now|today)|fai(?:tes|s) un don|spenden sie|jetzt spenden|"
    r"haz (?:una|tu) donación|dona ora|doneer|faça uma doação)(?!\w)")


def _unasked_condition(text: str, start: int, end: int) -> bool:
    """Whether a notice's sentence ``start``-``end`` opens with a condition and asks for
    nothing: "If this story helped you understand your town, please chip in" is the
    site's; "If this story helped you, it helped thousands of others too: …" is the
    article's.

    >>> _unasked_condition("If this story helped you, tell a friend.", 0, 40)
    True
    """
    return text[start:start + 3].lower() == "if " and \
        _DONATION_ASK.search(text, start, end) is None


def _articles_notice(text: str, lo: int, start: int, end: int) -> bool:
    """Whether a notice's phrase at ``start`` (its sentence ends at ``end``; nothing of
    it before ``lo``) is the article's words: quoted (``_after_quote``), or a condition
    that asks for nothing (``_unasked_condition``)."""
    return _after_quote(text, lo, start) or _unasked_condition(text, start, end)


def _notice_end(text: str, line: _Line, start: int, after: int,  # noqa: PLR0917
                cues: Sequence[int], cache: dict[int, list[tuple[int, int]]]) -> int:
    """Where a notice ([block]) whose sentence starts at ``start`` and whose phrase ends
    at ``after`` ends: its paragraph's end, or where the article starts again before it.

    A notice runs on over the sentences of its box ("We are reader funded. If you value
    our work, please donate. Every dollar helps keep us online. DONATE NOW"), but a
    paragraph of flattened text is the whole document: the article's next sentence
    (``_prose_follows``: a title-case word, lower-case words, no reader addressed), or
    one glued to a button with no stop ("DONATE NOW The mayor said …", ``_restart``,
    within a few bare words of the button's start: a notice's own sentence names bodies
    in capitals after a comma, "…, la Comisión Europea facilita …"), ends it there. The
    notice's own second-person sentences never do, nor one that holds a widget's cue
    (``cues``, sorted starts: "Required fields are marked * … Save my name …"). One
    article-like sentence is not enough where the box says more after it: the article
    goes on with another such sentence, or ends the paragraph with its stop; a box's
    own third-person rule ("Comments that contain spam … may be removed.") followed by
    its link ("-- Follow these instructions on registering") stays the box's."""
    cache_starts = cache[-1 - line.start]
    sents = cache[line.start]
    i = bisect.bisect_right(cache_starts, (start, start)) - 1
    def reads_as_article(k: int) -> bool:
        s, e = sents[k]
        # (Or a sentence it attributes: "… vous donne rendez-vous, a écrit le directeur.")
        return (_prose_follows(text, s, line.end, e) or _reported(text, s, e)) and \
            not _cue_in(cues, s, e) and _DONATION_ASK.search(text, s, e) is None

    def quotes_someone(k: int) -> bool:
        # A quotation after it ('"A frozen fare doesn't help you much," said …'): the
        # reader it addresses is someone's, as the article reports them.
        s, e = sents[k]
        return text[s] in _QUOTE_OPENERS and not _cue_in(cues, s, e)

    for k in range(max(i, 0), len(sents)):
        s, e = sents[k]
        if s > start and reads_as_article(k) and (
                reads_as_article(k + 1) or quotes_someone(k + 1) if k + 1 < len(sents)
                else text[s:line.end].rstrip().endswith(_CLOSED)):
            return s
        pos = max(s, after)
        restart = _restart(text, pos, e, _BUTTON_WORDS)
        button = text[pos:restart]
        # (A button opens with no article: "The Bay Courier is free to read …" is the
        # notice's sentence about the site, whose name runs on capitalised.)
        if restart < e and len(button.split()) <= _BUTTON_WORDS and "," not in button \
                and ";" not in button and not _cue_in(cues, restart, e) and \
                (button.split(maxsplit=1) or [""])[0] not in _DETERMINERS:
            return restart
        # A button glued to the article's next sentence past the first few words of the
        # notice's last sentence ("… keep us online.DONATE NOWDunmore Paving …"): the
        # sentence split found no stop between them. As above, the article goes on
        # after that sentence, or ends the paragraph ("…WebsiteSave my name, email, and
        # website in this browser for the next time I comment.Post Comment" is a form's).
        joined = _junction_end(text, pos, e, e)
        if joined is not None and not _cue_in(cues, joined, e) and \
                _article_goes_on(text, joined, e, line.end):
            return joined
    return line.end


def _inline(rules: _Rules, text: str, line: _Line, line_hits: Sequence[_Hit],  # noqa: PLR0915, PLR0917
            runs: Sequence[tuple[int, int]],
            cache: dict[int, list[tuple[int, int]]]) -> list[Span]:
    """Units inside a paragraph or a flattened document."""
    out: list[Span] = []
    chained = -1  # end of the last unit removed: a label right after it is a label too
    chains: dict[int, int] = {}  # where each run of labels ends (``_chain_end``)
    for n, (start, end, kinds, _) in enumerate(line_hits):
        if start < chained:
            continue
        if "tail" in kinds and _tail_ok(rules, text, line, line_hits, n, chained, chains):
            out.append(_inline_span(text, line, start, line.end))
            break
        if "count" in kinds:
            if _count_ok(text, line, start, end, chained):
                span = _inline_span(text, line, start, end)
                out.append(span)
                chained = span[1]
            continue
        # A label standing between sentences goes alone ("Sign up for our newsletter
        # “It is hard,” he said."); failing that, a prompt takes its sentence.
        label_ok = "inline" in kinds and _inline_label_ok(rules, text, line, start, end, chained)
        if label_ok and "prompt" in kinds and _named_on(text, end, line.end):
            # Its sentence, if it opens one ("Abonnez-vous à notre newsletter Ouest
            # Bocage Matin pour recevoir …"); else the label alone, as below.
            unit = _named_prompt(text, line, cache, start, end, chained)
            if unit is not None:
                out.append(_inline_span(text, line, *unit))
                chained = unit[1]
                continue
        if label_ok:
            # The label's own full stop goes with it ("Suivez-nous sur Facebook."), and
            # its colon before a capital ("Folgen Sie uns auf X: Die Fähre …"; a colon
            # before lower case keeps the label, ``_right_ok``).
            stop = end + 1 if end < line.end and text[end] in ".!:" else end
            if {"label", "lead"} <= kinds:
                # A player's whole label takes its duration ("… Por Ana Gil Escucha la
                # noticia · 3 min MADRID — …"), which no prose follows it with.
                timed = _LABEL_DURATION.match(text, end, line.end)
                stop = stop if timed is None else timed.end()
            if text[end:end + 1] == ":" and _box_line(rules, text, line, start, end):
                stop = line.end
            stop = _echo(text, line, start, stop)
            span = _inline_span(text, line, start, stop)
            out.append(span)
            chained = span[1]
            continue
        # A complete phrase that is a [lead] ("Subscribe to our YouTube channel") goes
        # with its sentence only where the article starts again in it (below).
        led = {"inline", "lead"} <= kinds and not kinds & {"block", "prompt"}
        if not kinds & {"block", "prompt"} and not led:
            continue
        at = _sentence_at(text, line, cache, start)
        if at is None or _quoted(text, at[0], start, min(line.end, at[1] + 2)) or \
                _in_quotation(text, max(line.start, at[0] - _QUOTATION_REACH), start,
                              min(line.end, at[1] + 2)) or \
                _quotation_said(text, line.start, start, line.end):
            continue
        s, e = at
        if "block" in kinds and line.end - s <= _BLOCK_MAX:
            if _reported(text, start, e) or _articles_notice(text, s, start, e):
                continue
            stop = _notice_end(text, line, s, end, [h[0] for h in line_hits], cache)
            out.append(_inline_span(text, line, s, stop))
            chained = stop
        elif ("prompt" in kinds or (led and s == start)) and e - s <= _PROMPT_SENTENCE_MAX:
            unit = _prompt_unit(text, line, (s, e), end)
            if led and (unit is None or unit[1] >= e):
                continue  # the sentence is the lead's, or the article's: left whole
            if unit is not None:
                out.append(_inline_span(text, line, *unit))
                chained = unit[1]
    # A run is judged against the unit just before it, not the last one of the line:
    # a prompt at the end of a flattened text must not hide the share bar at its head.
    units = sorted(out)
    starts = [s for s, _, _ in units]
    last_run = -1
    for start, end in runs:
        i = bisect.bisect_right(starts, start) - 1
        before = max(units[i][1] if i >= 0 else -1, last_run)
        if start < before:
            continue
        for stop in _run_ends(rules, text, start, end):
            found = _share_run(rules, text, line, start, stop, before)
            if found is not None:
                out.append(found[0])
                last_run = found[1]
                break
    return out


# A name right after a prompt's last word, then a word that carries the prompt on
# ("… notre newsletter Ouest Bocage Matin pour recevoir …", "… our newsletter Harbour
# Weekly for the latest …"): the newsletter's name, not the article starting again.
_NAME_CARRIED = lazy_regex(r"(?:[ \t]{1,3}+\p{Lu}[\p{L}'’-]{0,30}+){1,4}+[ \t]{1,3}+"
                              r"(\p{Ll}{1,10}+)(?![\p{L}])")


# The words that carry it on: what the reader gets, and how ("for", "pour", "with"). Not
# a conjunction: "… newsletter The Mayor and council voted …" is the article's.
_NAME_CARRIERS = frozenset({"for", "with", "voor", "met", "om", "für", "mit", "um", "pour",
                            "avec", "para", "con", "per", "com", "för", "pentru"})


def _named_on(text: str, end: int, line_end: int) -> bool:
    """Whether a complete prompt ending at ``end`` runs on past a name
    (``_NAME_CARRIED``): its sentence is the unit, not its words alone."""
    m = _NAME_CARRIED.match(text, end, line_end)
    return m is not None and m.group(1) in _NAME_CARRIERS


def _named_prompt(text: str, line: _Line, cache: dict[int, list[tuple[int, int]]],  # noqa: PLR0917
                  start: int, end: int, chained: int) -> tuple[int, int] | None:
    """The unit of a complete prompt that runs on past a name (``_named_on``): its
    sentence, when the prompt opens it and no quotation holds it. Units removed right
    before it, from its sentence's start (``chained``: the share bar flattened onto its
    line, "Partager sur X Envoyer par e-mail Abonnez-vous à notre newsletter Ouest
    Bocage Matin pour …"), leave it opening what is left of the sentence."""
    at = _sentence_at(text, line, cache, start)
    if at is None and 0 <= chained <= start and not text[chained:start].strip():
        around = [(s, e) for s, e in cache[line.start] if s <= start < e]
        if around and around[0][0] <= chained:
            at = (start, around[0][1])
    if at is None or at[0] != start or at[1] - at[0] > _PROMPT_SENTENCE_MAX or \
            _quoted(text, at[0], start, min(line.end, at[1] + 2)) or \
            _in_quotation(text, max(line.start, at[0] - _QUOTATION_REACH), start,
                          min(line.end, at[1] + 2)):
        return None
    return _prompt_unit(text, line, at, end)


def _prompt_unit(text: str, line: _Line, sentence: tuple[int, int],
                 after: int) -> tuple[int, int] | None:
    """The unit of a prompt that opens ``sentence`` (its words end at ``after``): to
    its closing bracket, or to where the article starts again (a block junction,
    ``_junction_end``; ``_restart``), or the sentence; None if the prompt says something
    after all."""
    s, e = sentence
    e = _close_paren(text, s, e, line)
    if text[s] != "(":
        joined = _junction_end(text, after, e, e)
        e = _restart(text, after, e if joined is None else joined)
    # A prompt that keeps its link in the text ("Clique aqui: https://…") still says
    # something; a dead button does not. Reported words are someone's.
    if _URL.search(text, s, e) is not None or _reported(text, after, e) or \
            _mentioned(text, after, e):
        return None
    if e >= line.end and s > line.start and _short_prompt(text, s, e) and \
            line.end - line.start <= 160 and _title_teaser(text, line.start, s):
        # "More Critical Reads You Need to Hear! Click Here!": a link title and its
        # button make one unit.
        s = line.start
    return s, e


def _short_prompt(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) <= 3


# A box's head and its tagline on one short line: at most this many characters.
_BOX_LINE = 200


def _box_line(rules: _Rules, text: str, line: _Line, start: int, end: int) -> bool:
    """Whether a label with its colon that opens a short line is a newsletter box's head
    with its tagline after it ("Newsletter abonnieren: Jeden Freitag die besten Tipps
    fürs Wochenende."): the label names the channel, and one sentence follows it to
    the line's end. Flattened text's long line keeps what follows, as it may be the
    article, unless the box ends the text there and its tagline speaks to the reader
    ("… ausrichten. Newsletter abonnieren: Die wichtigsten Nachrichten jeden Morgen in
    Ihrem Postfach.")."""
    if _key(text[start:end]) not in rules.channels or line.end - end > _BOX_LINE or \
            len(sentences(text, end + 1, line.end)) != 1:
        return False
    return (start == line.start and line.end - line.start <= _BOX_LINE) or \
        _addresses_reader(text, end + 1, line.end)
