"""Newsletter pitches: a short line with a [channel] word that signs up or speaks to the
reader, a pitch glued into a paragraph, and its box's teaser, heading, button, perks
and thanks (see "newsletter pitches" below for what stays)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cleantext._lazy import lazy, lazy_regex
from cleantext._units import sentences
from cleantext.cleaners.promo._apps import _APP_STOP, _NEWS_WORDS
from cleantext.cleaners.promo._article import _JOINERS, _restart
from cleantext.cleaners.promo._follows import _SENTENCE_STOP
from cleantext.cleaners.promo._lines import _BUTTON_WORDS, _CLOSERS, _QUOTES, _SEPARATORS, _Line
from cleantext.cleaners.promo._packs import _key
from cleantext.cleaners.promo._reader import _addresses_reader
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._speech import _CLAUSE_WORDS, _mentioned, _reported

# --- newsletter pitches -------------------------------------------------------------
#
# A site's pitch for its newsletter names the channel, speaks to the reader and often
# carries the site's own name, which no fixed phrase can hold: "Sign up for the
# Lakeshore Gazette Daily Briefing newsletter.", "Ontvang elke ochtend het belangrijkste
# nieuws in je mailbox.", "Unser Rosenheim-Newsletter informiert Sie … Melden Sie sich
# hier an." A [channel] word (newsletter, inbox, Nieuwsbrief) on a line of its own, short
# and of at most two sentences, makes the line a pitch when one of its sentences opens
# with a [signup] verb ("Sign up", "Recevez", "Melden Sie sich"), or when the line
# addresses the reader ("your inbox", "je mailbox", "informiert Sie") and ends as a
# sentence does. Left alone: a headline that speaks to the reader ("Why your inbox is
# full of newsletters": no full stop), a quoted or reported line (someone's words), an
# article's sentences about newsletters (they speak of them, not to the reader), and a
# pitch glued into a paragraph or flattened text (its line is not short).

_PITCH_LINE = 250  # characters of the whole line, spaces and all
_PITCH_SENTENCES = 2
_QUOTE_MARKS = frozenset("\"“”„«»")
_SENTENCE_END = (".", "!", ".)", "!)")


# A quoted name: after a word, a capitalised word and a few more, no sentence
# punctuation, and no comma after it ("den Newsletter „Pfalz am Morgen“ abonnieren", "la
# lettre « Savoie Matin » et"). Quoted words open a line or go on after a comma
# ("„Melden Sie sich an“, rief er"): they are speech.
_QUOTED_NAME = lazy_regex(r"(?<=\w[ \u00a0])[„“«\"][ \u00a0]?+\p{Lu}[^„“”«»\"\n.,;:!?]{0,40}+"
                             r"[“”»\"](?![ \u00a0]*+[,;:.!?])")


# Words in single quotes, as headlines quote speech ("… wordt nieuwsbrief: 'Meld je aan,
# maar kom ook langs'"): a mark at a word's start before a letter, the nearest mark
# that closes before no letter (an apostrophe inside a word closes nothing), a
# clause's punctuation inside (a quoted name has none).
_SINGLE_QUOTED = lazy_regex(r"(?<![\w'‘’])['‘](?=\p{L})[^'‘’\n]{1,120}?[,;:.!?][^'‘’\n]{1,120}?"
                               r"['’](?!\w)")


def _quotes_words(body: str) -> bool:
    """Whether ``body`` quotes someone's words: a quote mark that is not part of a quoted
    name (``_QUOTED_NAME``), which a pitch may print, or words in single quotes with
    more after a comma or a stop (``_SINGLE_QUOTED``).

    >>> _quotes_words("Dorpskrant wordt nieuwsbrief: 'Meld je aan, maar kom ook langs'")
    True
    >>> _quotes_words("Sign up to 'The Morning Brief' for the day's news.")
    False
    """
    return not _QUOTE_MARKS.isdisjoint(_QUOTED_NAME.sub("", body)) or \
        _SINGLE_QUOTED.search(body) is not None


# A quotation inside a line: a mark that opens at a word's start, the nearest mark that
# closes before no letter (an apostrophe inside a word closes nothing: "‘Don’t miss
# …’"), a line's length at most; each is read no further than that.
_QUOTATION = lazy_regex(r"(?<!\w)[“„«»\"‘‚”][^\n]{1,120}?[”“»«\"’](?!\w)")


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` speaks to the reader outside what it quotes: an
    article's sentence that names a box by its words ("… a button reading “Get our
    daily newsletter” on every page.") speaks of the reader's box, not to them."""
    part = _QUOTATION.sub(lambda m: " " * len(m.group()), text[start:end])
    return _addresses_reader(part, 0, len(part))


def _signup_pattern(verbs: Iterable[str]) -> re.Pattern[str]:
    """A [signup] verb at the start of a sentence (after a bullet or a quote), any case."""
    found = sorted({_key(w) for w in verbs}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                   for w in found) or "(?!)"
    return re.compile(rf"[\W_]{{0,3}}(?:{alt})(?!\w)", re.IGNORECASE)


# A condition: a sentence that holds one speaks to the reader as advice does ("The bank
# warned customers: if you get a message in your inbox, do not open it."), not as a
# pitch, which offers what it brings ("Get the Bulletin in your inbox every morning.").
_CONDITION = lazy_regex(
    r"(?i)(?<!\w)(?:if|si|wenn|falls|als (?:je|u)|se (?:você|tu)|jeśli)(?!\w)")
# The site speaking of its own letter ("our", "unser", "nuestro"): a pitch's words.
_SITE_WORDS = lazy_regex(r"(?i)(?<!\w)(?:our|unser\w{0,2}|nuestr[oa]s?|notre|nos|onze|ons"
                            r"|nostr[oaie]|noss[oa]s?)(?!\w)")


def _offers(text: str, start: int, end: int) -> bool:
    """Whether a sentence that speaks to the reader offers a letter, as a pitch does: it
    asks nothing on a condition (``_CONDITION``), and names the letter (a capitalised
    word past its first: "Ranch Report delivered to your inbox every Friday."), the
    site's own (``_SITE_WORDS``), or the news or stories it brings, or how often
    (``_NEWS_WORDS``, ``_LETTER_WORDS``). Advice that names the reader's inbox does
    none of these ("Experts recommend turning on two-step verification for your
    inbox.")."""
    if _CONDITION.search(text, start, end) is not None:
        return False
    return any(w[:1].isupper() for w in text[start:end].split()[1:]) or \
        _SITE_WORDS.search(text, start, end) is not None or \
        _NEWS_WORDS.search(text, start, end) is not None or \
        _LETTER_WORDS.search(text, start, end) is not None


def _pitch_line(rules: _Rules, text: str, line: _Line, *, strict: bool = False) -> bool:
    """Whether ``line``, which holds a [channel] word, is a newsletter pitch. ``strict``:
    a line whose later sentence already went as a prompt; its every sentence must open
    with a [signup] verb or speak to the reader, as a sentence that only names the
    channel may be the article's ("Le journal a lancé une newsletter en mai.")."""
    s, e = line.start, line.end
    if line.lend - line.lstart > _PITCH_LINE or _quotes_words(text[s:e]) \
            or _reported(text, s, e):
        return False
    sents = sentences(text, s, e)
    # The box's teaser question before it ("Love food?") and its button after it
    # ("SUBSCRIBE", "Jetzt kostenlos abonnieren"): the pitch's, not counted; nor are
    # the perks it ends with ("It's free.").
    while len(sents) > 1 and _perk(text, *sents[-1]):
        sents = sents[:-1]
    teaser = len(sents) > 1 and _teaser(text, *sents[0])
    button = len(sents) > 1 and _button(rules, text, *sents[-1])
    core = sents[int(teaser):len(sents) - int(button)]
    if not core or len(core) > _PITCH_SENTENCES:
        return False
    signed = [_signed(rules, text, a, b) for a, b in core]
    spoken = [_speaks(text, a, b) and _offers(text, a, b) for a, b in core]
    # Every sentence is the pitch's: an article sentence glued to it keeps the line.
    if not all(sign or speak or (not strict and rules.channel.search(text, a, b) is not None)
               for (a, b), sign, speak in zip(core, signed, spoken, strict=True)):
        return False
    return any(signed) or (any(spoken) and (button or text[s:e].endswith(_SENTENCE_END))
                           and not _in_letter(text, line))


# A box's button: this long at most, spaces after it included (``_Doc._box_sentence``).
_BUTTON_CHARS = 40
# A box's tagline under its heading: a line this long at most (``_Doc.box_taglines``).
_TAGLINE = 200
# A teaser question before a pitch: a few words ("Love food?", "Keine Zeit?").
_TEASER_WORDS = 4
# A box's button after it: a [label] of a few words, with no stop ("SUBSCRIBE").
_BUTTON_LABEL_WORDS = 4


# What a sign-up box says after its pitch to reassure: "It's free.", "Free.", "C'est
# gratuit !", "Es ist kostenlos." — a short sentence about the price.
_PERK_WORDS = 5
_FREE = lazy_regex(r"(?i)(?<!\w)(?:free|kostenlos|gratis|gratuit[eo]?|gratuita|grátis)(?!\w)")


def _perk(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is a sign-up box's perk: a short sentence, ended by
    a stop, that says the subscription is free and names nothing (no capital past its
    first word)."""
    body = text[start:end].strip()
    words = body.split()
    return bool(words) and len(words) <= _PERK_WORDS and body[-1] in ".!" and \
        _FREE.search(body) is not None and not any(w[:1].isupper() for w in words[1:])


def _teaser(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is a short question that opens a pitch box."""
    return text[start:end].rstrip().endswith(("?", "？")) and \
        len(text[start:end].split()) <= _TEASER_WORDS


def _button(rules: _Rules, text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is a box's button: a [label] of a few words ("SUBSCRIBE",
    "Je m'inscris", "Aanmelden") that ends with no sentence stop."""
    body = text[start:end].strip()
    return bool(body) and body[-1] not in ".!?" and \
        len(body.split()) <= _BUTTON_LABEL_WORDS and \
        "label" in rules.kinds.get(_key(body), ())


# A box's heading before its [signup] verb, and the mark that ends it ("Newsletter
# Périgord — Recevez chaque matin …", "Morning Brief: Sign up …"): a few words.
_PITCH_HEADING = lazy(r"[^\W\d_][^.!?\n—–:|]{0,40}?[ \t]?[—–:|][ \t]{1,3}")
_HEADING_WORDS = 4


def _signed(rules: _Rules, text: str, start: int, end: int) -> bool:
    """Whether a sentence opens with a [signup] verb, perhaps after its box's heading
    (``_PITCH_HEADING``)."""
    if rules.signup.match(text, start, end) is not None:
        return True
    m = _PITCH_HEADING.match(text, start, end)
    return m is not None and len(text[start:m.end()].split()) <= _HEADING_WORDS + 1 and \
        rules.signup.match(text, m.end(), end) is not None


# A pitch glued into flattened text or a paragraph: its sentence opens with a [signup]
# verb right after a stop, and names the channel within this many characters (a
# pitch may describe the newsletter before it names the inbox: "Sign up to the
# Chronicle's morning briefing - the day's top local stories, straight to your inbox").
_GLUED_PITCH_REACH = 120
_GLUED_PITCH_MAX = 200


# A name in commas right after a pitch's channel word: ", City Lines,".
_APPOSITIVE = lazy(r",[ \t]\w[^,.!?;:\n]{0,40}+,")


def _glued_pitch(rules: _Rules, text: str, line: _Line, at: int, *,
                 last: bool = False) -> tuple[int, int] | None:
    """A newsletter pitch inside a long line around the [channel] word at ``at``: the
    sentence opens with a [signup] verb right after a stop ("… the B2110.Sign up to the
    Harbour Bulletin newsletter for free — every weekday Work is expected …") and ends
    at its stop or where the article starts again (``_restart``). Left alone: a pitch
    whose sentence is quoted, reported or talked about ("Sign up for the newsletter was
    the advice"), that runs long, or that has a capitalised word after the channel word
    other than after a joiner (where the article starts again cannot be told).
    ``last``: in a short line, only a pitch that runs to the line's end; the
    newsletter's name may follow the channel word in commas."""
    stop = max(text.rfind(ch, max(line.start, at - _GLUED_PITCH_REACH), at) for ch in ".!?")
    if stop < 1 or not text[stop - 1].isalnum():
        return None
    start = stop + 1
    while start < at and text[start] in " \t":
        start += 1
    if start - stop > 3 or not text[start:start + 1].isupper():
        return None
    heading = None  # the box's heading, when the channel word opens it
    # (A prompt that holds the channel word is found at its start: "Apúntate a nuestra
    # newsletter" opens the sentence, and its verb with it.)
    if rules.signup.match(text, start, at if at > start else line.end) is None:
        heading = _PITCH_HEADING.match(text, start, min(line.end, start + 60))
        if start != at or heading is None or not _signed(rules, text, start, line.end):
            return None
    after = at
    while after < line.end and text[after].isalnum():
        after += 1
    if heading is not None:
        after = heading.end()
    # Read no further than a pitch can run: a line of glued pitches with no stop to end
    # them would otherwise be read to its end once for each (quadratic).
    reach = min(line.end, start + 2 * _GLUED_PITCH_MAX)
    end_stop = _SENTENCE_STOP.search(text, after, reach)
    end = _restart(text, after, end_stop.start() + 1 if end_stop else reach)
    if end - start > _GLUED_PITCH_MAX or _reported(text, start, end) or \
            _mentioned(text, after, end) or not _QUOTES.isdisjoint(text[start:end]):
        return None
    if last:
        if not _SEPARATORS.fullmatch(text, end, line.end):
            return None
        # The newsletter's name set off by commas ("his newsletter, City Lines, for a
        # weekly dose …") is the pitch's; a capitalised word anywhere else may be
        # where the article starts again ("… newsletter The Chronicle says.").
        name = _APPOSITIVE.match(text, after, end)
        if name is not None:
            after = name.end()
    # (After a heading, its verb opens what is left.)
    words = _CLAUSE_WORDS.findall(text, after, end)[1 if heading else 0:]
    if _capital_inside(words):
        return None
    return _lead_in(rules, text, line, start), _button_after(rules, text, line, end)


# A newsletter's thanks for reading before its sign-up prompt (Substack's "Thanks for
# reading The Ledger!"), as its sentence opens.
_THANKS = lazy_regex(
    r"[\W_]{0,3}(?i:(?:thanks|thank you) for reading|danke (?:fürs|für das) lesen"
    r"|merci (?:de|pour) (?:votre |la )?lecture|gracias por leer"
    r"|grazie per (?:aver letto|la lettura)|obrigad[oa] (?:por ler|pela leitura)"
    r"|bedankt voor het lezen)(?!\w)")
_THANKS_LINE = 120
# How far a sign-up box's sentence may run before or after its prompt.
_NEIGHBOUR_REACH = 200


def _sentence_before(text: str, line: _Line, start: int) -> tuple[int, int] | None:
    """The sentence that ends, with a stop, right before ``start`` (past spaces) in its
    line, within ``_NEIGHBOUR_REACH``; None if there is none."""
    pos = start
    while pos > line.start and text[pos - 1] in " \t":
        pos -= 1
    if pos <= line.start or text[pos - 1] not in ".!?":
        return None
    lo = max(line.start, pos - _NEIGHBOUR_REACH)
    stop = max(text.rfind(ch, lo, pos - 1) for ch in ".!?")
    if stop < 0 and lo > line.start:
        return None
    begin = line.start if stop < 0 else stop + 1
    while begin < pos and text[begin] in " \t":
        begin += 1
    return (begin, pos) if begin < pos - 1 else None


def _sentence_after(text: str, line: _Line, end: int) -> tuple[int, int] | None:
    """The sentence that starts right after ``end`` (past spaces) in its line and ends
    with a stop before a space, a capital or the line's end, within
    ``_NEIGHBOUR_REACH``; None if there is none."""
    begin = end
    while begin < line.end and text[begin] in " \t":
        begin += 1
    m = _APP_STOP.search(text, begin, min(line.end, begin + _NEIGHBOUR_REACH))
    if begin >= line.end or m is None:
        return None
    return begin, m.end()


def _capital_inside(words: Sequence[str]) -> bool:
    """Whether a capitalised word stands among ``words`` other than after a joiner."""
    return any(w[:1].isupper() and (k == 0 or words[k - 1].casefold() not in _JOINERS)
               for k, w in enumerate(words))


_LEAD_IN_MAX = 150


def _button_after(rules: _Rules, text: str, line: _Line, end: int) -> int:
    """Where a glued pitch ends: after its box's button too ("… recipes and offers.
    SUBSCRIBE About the author …"), a [label] of a few words in capitals (or a
    [button]) that a capitalised word or the line's end follows; else at ``end``."""
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    words = list(_BUTTON_WORD.finditer(text, pos, min(line.end, pos + 80)))[:_BUTTON_WORDS]
    for k in range(len(words), 0, -1):
        button = text[pos:words[k - 1].end()]
        key = _key(button)
        if (button.isupper() and "label" in rules.kinds.get(key, ())) or key in rules.buttons:
            after = words[k].start() if k < len(words) else words[k - 1].end()
            while after < line.end and text[after] in " \t":
                after += 1
            if after >= line.end or text[after].isupper():
                return words[k - 1].end()
    return end


_BUTTON_WORD = lazy(r"[\w'’]{1,20}+")


def _lead_in(rules: _Rules, text: str, line: _Line, start: int) -> int:
    """Where a glued pitch starts, given where its sentence does: before the sentence
    right ahead of it too, when that one opens with a [signup] verb after a stop as
    well, and has no capitalised word past its first ("… Muñoz. Recibe cada mañana las
    noticias más importantes de la provincia. Apúntate a nuestra newsletter gratuita.":
    a pitch of two sentences), or when it is the box's short teaser question ("Love
    food? Get our weekly …", ``_teaser``). Left alone: one that is quoted, reported or
    long."""
    pos = start
    while pos > line.start and text[pos - 1] in " \t":
        pos -= 1
    if pos <= line.start or text[pos - 1] not in ".!?":
        return start
    stop = max(text.rfind(ch, max(line.start, pos - _LEAD_IN_MAX), pos - 1) for ch in ".!?")
    if text[pos - 1] == "?":
        # The box's teaser question ("… them.” Love food? Get our weekly …"), after a
        # sentence's end and its closing quote.
        begin = stop + 1
        while begin < pos and (text[begin] in _CLOSERS or text[begin] in " \t"):
            begin += 1
        ok = stop > 0 and text[stop - 1].isalnum() and begin > stop + 1 and \
            text[begin - 1] in " \t" and _teaser(text, begin, pos)
        return begin if ok else start
    if stop < 1 or not text[stop - 1].isalnum():
        return start
    begin = stop + 1
    while begin < pos and text[begin] in " \t":
        begin += 1
    if begin - stop > 3 or not text[begin:begin + 1].isupper() or \
            rules.signup.match(text, begin, pos) is None or _reported(text, begin, pos) or \
            not _QUOTES.isdisjoint(text[begin:pos]) or \
            _capital_inside(_CLAUSE_WORDS.findall(text, begin, pos)[1:]):
        return start
    return begin


# A letter to the reader: an editor explaining the paper's newsletter writes every
# paragraph to the reader ("Met een nieuwsbrief hebben we een directe lijn met jou …"
# between "We willen graag uitleggen …" and "We verkopen je e-mailadres niet …"). A
# pitch stands among the article's third-person paragraphs, or among its box's short
# lines; a neighbouring paragraph of three sentences or more that speaks to the reader
# makes the line the letter's.
_LETTER_SENTENCES = 3


def _in_letter(text: str, line: _Line) -> bool:
    """Whether the nearest paragraph before or after ``line`` is a letter's (above)."""
    before = line.lstart  # the end of the text before the line, spaces left out
    while before and text[before - 1].isspace():
        before -= 1
    after_at = line.lend
    while after_at < len(text) and text[after_at].isspace():
        after_at += 1
    after_end = text.find("\n", after_at)
    neighbours = [(text.rfind("\n", 0, before) + 1, before),
                  (after_at, len(text) if after_end == -1 else after_end)]
    return any(e - s > 0 and len(sentences(text, s, e)) >= _LETTER_SENTENCES
               and _addresses_reader(text, s, e) for s, e in neighbours)


_BOX_HEADING_WORDS = 6
# How many lines a box's head, tagline and button may spread over (blank lines between).
_BOX_SPREAD = 8
# The channel a newsletter box's tagline names when it says what the letter is ("Our
# free daily email …", "Notre courriel du soir …"); the [channel] words aside.
_EMAIL_WORD = lazy_regex(r"(?i)(?<!\w)(?:e-?mails?|courriel|correo)(?!\w)")
# What it says the letter brings, and how often ("… with the stories that matter to
# you", "every morning"): a sentence that asks the reader to e-mail someone says neither.
_LETTER_WORDS = lazy_regex(
    r"(?i)(?<!\w)(?:stories|daily|weekly|morning|evening|digest|briefing|roundup|"
    r"täglich|wöchentlich|quotidienne?|hebdomadaire|chaque|dagelijks|wekelijks|diari[oa]|"
    r"semanal|quotidian[oa]|settimanale)(?!\w)")


# A sign-up box's heading that names the letter by its kind, last, after the verb that
# offers it ("Get the Morning Briefing", "Get our Weekend Digest"): with the box's
# button under its tagline it names the channel, as "Newsletter" would.
_OFFERED_LETTER = lazy_regex(
    r"(?:Get|Receive)[ \t]++(?:the|our)[ \t]++(?:[\w'’&-]++[ \t]++){0,4}+"
    r"(?i:briefing|digest|roundup|round-up|bulletin|brief|newsletter)")


def _box_heading(text: str, line: _Line, *, quoted_name: bool = False) -> bool:
    """A newsletter box's heading: at most six words, capitalised, without a sentence's
    punctuation (it holds a [channel] word: the caller knows). ``quoted_name``: the
    heading opens with the channel word, and the name after it may stand in quotation
    marks ("Newsletter « Lille Soir »"); no one's words are quoted so."""
    body = text[line.start:line.end]
    marks = ".,;!?" if quoted_name else ".,;!?\"“”«»„"
    words = [w for w in body.split() if any(ch.isalnum() for ch in w)]  # not "«", "»"
    return len(words) <= _BOX_HEADING_WORDS and body[:1].isupper() and \
        not any(ch in marks for ch in body)
