"""The units boilerplate comes in: lines (blocks) and sentences, as offsets.

Families remove whole units. Where the text has line breaks, a unit is usually a line;
where it has lost them (flattened text), a unit is a run of sentences glued to the
head or the tail of the article. These helpers give both as ``(start, end)`` offsets
into the text, so cleaners can report exactly what they removed.

>>> text = "Mr. Smith went to Washington. He said: “No.” Then left…"
>>> [text[s:e] for s, e in sentences(text)]
['Mr. Smith went to Washington.', 'He said: “No.”', 'Then left…']
>>> block = "a\\n\\n b \\nc"
>>> [block[s:e] for s, e in lines(block)]
['a', '', ' b ', 'c']
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

#: Closing punctuation that may follow a sentence's final mark.
CLOSERS = "\"'”’»)]』」›"
#: What closes a sentence after its final mark: :data:`CLOSERS` and the German closing
#: quotes („Wir gewinnen.“, ‚Nein.‘, »Wir gehen.«), which open quotations in other
#: languages but never right after a mark and before a space. (``CLOSERS`` stays without
#: them: other families strip it from words, where “ and « open.)
SENTENCE_CLOSERS = CLOSERS + "“‘«"
# A sentence ends at a terminal mark (with closing quotes or brackets) followed by
# whitespace or the end. French sets a (narrow no-break) space before its closing
# guillemet ("réformer. » Il a"): the sentence ends after the », which is tried first, or
# the bare mark would match before the space. The scan also reads what ``sentences``
# decides by: the look-behind takes the word before the mark (group 1, for abbreviations:
# up to 12 word characters and dots), the look-ahead the first word character after it
# (group 2, unset if none within 20 spaces): one scan instead of two more searches per
# mark. Bounded runs keep it linear on "......" floods. A mark may also end a sentence
# with no space after it, where a dropped tag ran the next one into it ("on
# Tuesday.Read more: …", ``_RUN_INTO``): after two small letters, before a capital and a
# small letter; an initial ("J.R.R.Tolkien"), "U.S.Army" or "Ph.D.Students" has no two
# small letters before its mark. Closing quotes or brackets may stand between the mark
# and the capital, as they do before a space ("… buy anything.”Keep reading …"); an
# opening one may not ("… said.“We …" is left whole rather than split inside the marks).
# Spanish opens a question or an exclamation with its own mark, which may stand before
# the capital ("… del puerto.¿Ya eres suscriptor?"): it opens a sentence, no quotation.
_RUN_INTO = rf"(?<=\p{{Ll}}{{2}}[.!?][{regex.escape(CLOSERS)}]{{0,3}})[¿¡]?\p{{Lu}}\p{{Ll}}"
_END = regex.compile(
    r"(?<=([\w.]{0,12}))"
    r"(?:(?:[.!?…]{1,10}|[。！？]{1,10})"
    rf"(?:[ \u00a0\u202f]»|[{regex.escape(SENTENCE_CLOSERS)}]{{0,3}})(?=\s|\Z|{_RUN_INTO})"
    r"|[。！？](?=\S))"
    r"(?=\s{0,20}(\w)|)"
)
# Words after which a period does not end a sentence, by language group, one string so
# the list reads as it is written. Only words that are no word of their own in a language
# the packs cover, or a sentence would run on: "art", "mar" (es "sea"), "sept" (fr
# "seven"), "Jan" (nl name), "est" (fr "east") are (see :data:`BEFORE_NUMBER`), and so
# are nl "ir." (es "to go") and de "Mio." (it "my"), which are left out.
_ABBREVIATIONS = (
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt rev hon gov sen rep pres
    inc ltd co corp bros vs approx dept ed eds
    u.s u.k u.n e.g i.e d.c
    sra srta sres sras dra dña ud uds lic av gral cnel tte pdte excmo arq
    hr fr nr bzw evtl ggf inkl vgl sog bspw z.b z.t d.h u.a s.o mrd tsd
    mme mlle mm mgr
    sig dott ing avv
    dhr mevr mw bijv drs o.a i.p.v m.b.t t.a.v mln mld
    ul np tzw m.in
    г гг ул т.е"""
)
ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())
# Listed abbreviations that are also everyday words, written in small letters, of a
# language the packs cover: sv "hon" (she: "… säger hon."), sv "sen" (late), fi "sen"
# (it: "Hän teki sen."), da "ud" (out), sv "av" (off). As titles they are written with a
# capital ("Hon.", "Sen.", "Ud.", "Av."); in small letters the period ends a sentence.
_CAPITAL_ONLY = frozenset({"hon", "sen", "ud", "av"})
# Italian writes its "sig." in small letters after an article or a preposition ("il
# sig. Rossi", "col sig. Bianchi"); after any other word it is da, nb, sv "sig"
# (himself: "… satte sig. Derefter …"), which ends a sentence.
_SIG_AFTER = "il al del dal col sul nel lo allo dello dallo e ed con per tra fra"
_BEFORE_SIG = frozenset(_SIG_AFTER.split())
#: Abbreviations that are words too, or that abbreviate only before a number ("Jan. 5",
#: "Fig. 3", "Art. 5", "ca. 20", "p. 12", it "n. 18", nl "blz. 12"): no sentence end
#: before a number or a word in capitals ("pp. XII"), an end before a capitalised word
#: ("… en el mar. Los …").
_BEFORE_NUMBER = """jan feb mar apr jun jul aug sep sept oct nov dec
    art fig vol nos pp p núm pág nº est ca tel str n s pag blz стр"""
BEFORE_NUMBER = frozenset(_BEFORE_NUMBER.split())
#: Abbreviations a sentence may end with ("… at 8 p.m.", "… apples, pears etc.", "…
#: Smith et al.", "… he said no."): they end it before a capitalised word (see
#: :func:`_ends_after_abbreviation`). "al" is "et al.", "no" both "number" and the word.
_MAY_END = "a.m p.m etc usw enz ecc itd itp al no т.д т.п"
MAY_END = frozenset(_MAY_END.split())
# After a time, a day, a month or a time zone goes on the sentence: "at 8 p.m. Friday",
# "9 a.m. Eastern". ("ET", "GMT" are all capitals and go on anyway.)
_TIME_WORDS = (
    """monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    eastern pacific central mountain atlantic greenwich"""
)
_TIME_GOES_ON = frozenset(_TIME_WORDS.split())
# German writes ordinals with a period: "am 3. Oktober", "vom 12. März", "der 2.
# Weltkrieg", "zum 100. Geburtstag". A number of up to three digits is an ordinal, not a
# sentence end, before a month or after an article or "am", "zum", "im"… that takes one;
# "Er wurde 3. Dann …", "öffnen ab 8. Dann …" still end (so "bis", "ab", "seit" are not
# in the list: they take a plain number as often, and a date after them has its month).
_MONTHS_DE = """januar jänner februar märz april mai juni juli august september oktober
    november dezember"""
#: German months, lower-cased: an ordinal date's figure precedes one ("zum 1. April").
GERMAN_MONTHS = frozenset(_MONTHS_DE.split())
_TAKES_ORDINAL = "am vom zum im beim zur der die das den dem des"
_BEFORE_ORDINAL = frozenset(_TAKES_ORDINAL.split())
#: Every word a period after which may not end a sentence, for a one-lookup fast path.
_LISTED = ABBREVIATIONS | BEFORE_NUMBER | MAY_END
_NEXT_WORD = regex.compile(r"\s{0,20}(\w{1,20})")
_WORD_BEFORE = regex.compile(r"(\w{1,12})\s{1,3}\Z")
_PAIR_NEXT = regex.compile(r"[ \t]{1,2}(\w)\.")


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:end]``, without its line break."""
    stop = len(text) if end is None else end
    pos = start
    while pos <= stop:
        nl = text.find("\n", pos, stop)
        if nl == -1:
            yield pos, stop
            return
        yield pos, nl
        pos = nl + 1


def _ends_after_abbreviation(word: str, text: str, end: int) -> bool:
    """Whether a period after ``word``, one of :data:`MAY_END` or
    :data:`BEFORE_NUMBER`, ends its sentence.

    It does before a capitalised word ("Polls close at 8 p.m. Results are …", "… usw.
    Die …", "… et al. The …"), not before a number ("No. 10") or a word in capitals
    ("8 p.m. ET"); after a time, not before a day, month or time zone ("8 p.m. Friday").
    Wrong, rarely: a name after a time ("the 9 a.m. Mass", "9 a.m. Moscow time") splits.
    """
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    nxt = m.group(1)
    if not (nxt[0].isupper() and nxt[1:2].islower()):
        return False
    return not (word in ("a.m", "p.m") and nxt.lower() in _TIME_GOES_ON)


def _is_german_ordinal(text: str, start: int, mark: int, floor: int) -> bool:
    """Whether the period at ``mark`` after the number ``text[start:mark]`` makes it a
    German ordinal: "am 3. Oktober", "vom 12. März", "der 2. Weltkrieg"."""
    if not (mark - start <= 3 and text[start:mark].isascii() and text[start:mark].isdigit()):
        return False
    if start > floor and not text[start - 1].isspace():
        return False  # "2:1.", "3-2.": a score, not an ordinal
    nxt = _NEXT_WORD.match(text, mark + 1)
    if nxt is not None and nxt.group(1).lower() in GERMAN_MONTHS:
        return True
    before = _WORD_BEFORE.search(text, max(floor, start - 16), start)
    return before is not None and before.group(1).lower() in _BEFORE_ORDINAL


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text[start:end]``, whitespace trimmed.

    A sentence ends at ``.``, ``!``, ``?``, ``…`` (with any closing quotes or brackets,
    German „…“ ‚…‘ »…« included, and a French guillemet after a space: ``"réformer. »"``)
    before whitespace, at ``.``, ``!`` or ``?`` run into a capitalised word after a word's
    small letters (flattened text: "Tuesday.Read more"), or at CJK full stops; not where
    the next word is lower case ("he asked"), and not at a period after a known
    abbreviation, an initial or a German ordinal ("am 3. Oktober"). After an
    abbreviation a sentence may end with ("8 p.m.", "etc.", "et al.", "no.") or one that
    abbreviates only before a number ("Jan. 5", "Art. 5"), it ends before a capitalised
    word. The last piece is returned even if it has no end mark.

    >>> text = "Polls close at 8 p.m. Friday. Results follow at 9 p.m. The count is slow."
    >>> [text[s:e] for s, e in sentences(text)]
    ['Polls close at 8 p.m. Friday.', 'Results follow at 9 p.m.', 'The count is slow.']
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _END.finditer(text, start, stop):
        after = m.group(2)
        if after is not None and after.islower():
            continue  # "overnight… and", "“Really?” he asked": the sentence goes on
        mark, end_mark = m.span()
        if (
            end_mark - mark == 1
            and text[mark] == "."
            and _no_end(text, max(pos, m.start(1)), mark, pos)
        ):
            continue
        # A mark or closer ends the sentence, so only its start has spaces to trim, and
        # the mark stops the trim.
        while text[pos].isspace():
            pos += 1
        out.append((pos, end_mark))
        pos = end_mark
    s, e = _trim(text, pos, stop)
    if s < e:
        out.append((s, e))
    return out


def _no_end(text: str, start: int, mark: int, floor: int) -> bool:
    """Whether the lone period at ``mark`` after ``text[start:mark]``, the word before it
    within the sentence that starts at ``floor``, is no sentence end: after an
    abbreviation, an initial or a German ordinal."""
    raw = text[start:mark]
    # An initial is a capital ("J. R. R. Tolkien", "Dmitri S. Larsen"), even where its
    # small letter is listed ("s.", "n.", "p."); a lone small letter is a word that ends
    # a sentence ("… council a.", "vitamin c.") unless listed.
    if len(raw) == 1 and raw.isupper():
        return True
    word = raw.lower()
    if len(raw) == 1:
        # The first half of a listed pair written with a space ("z. B.", "z. T.",
        # "e. g."): German sets "z. B." so by its style guides (Duden, DIN 5008).
        pair = _PAIR_NEXT.match(text, mark + 1)
        if pair is not None and f"{word}.{pair.group(1).lower()}" in ABBREVIATIONS:
            return True
    if word not in _LISTED and word.rstrip(".") not in _LISTED:
        # Most periods follow a plain word: only a German ordinal is left to check.
        return raw[:1].isdigit() and _is_german_ordinal(text, start, mark, floor)
    if word in _CAPITAL_ONLY and raw[0].islower():
        return False  # "… säger hon. Kommunen …"
    if raw == "sig":
        before = _WORD_BEFORE.search(text, max(floor, start - 16), start)
        return before is None or before.group(1).lower() in _BEFORE_SIG
    if word in MAY_END or word in BEFORE_NUMBER:
        return not _ends_after_abbreviation(word, text, mark + 1)
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A single quotation mark that closes a quotation the sentence goes on after ("… reads
# ‘Subscribe to continue reading’, went up …"): one that is no apostrophe (no letter or
# digit after it: "don’t", "the ’90s"), perhaps a comma or a dash, then a word.
_SINGLE_CLOSE_GOES_ON = regex.compile(r"['’](?!\w)[ \t]{0,3}+[,;:—–-]?[ \t]{0,3}+\w")


def single_quote_goes_on(text: str, start: int, end: int) -> bool:
    """Whether a single quotation mark closes a quotation in ``text[start:end]`` with
    more of its sentence after it. British English quotes with single marks, which the
    families' quotation checks leave out, since a right single mark is also an
    apostrophe: each checks first that a single mark opened the quotation.

    >>> t = "A poster reading ‘Get our newsletter’ hung by the door."
    >>> single_quote_goes_on(t, t.index("Get"), len(t))
    True
    >>> t = "We don’t miss it."
    >>> single_quote_goes_on(t, 0, len(t))
    False
    """
    return _SINGLE_CLOSE_GOES_ON.search(text, start, end) is not None
