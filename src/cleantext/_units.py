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
# A sentence ends at a terminal mark (with closing quotes or brackets) followed by
# whitespace or the end. The scan also reads what ``sentences`` decides by: the look-behind
# takes the word before the mark (group 1, for abbreviations: up to 12 word characters and
# dots), the look-ahead the first word character after it (group 2, unset if none within
# 20 spaces): one scan instead of two more searches per mark. Bounded runs keep it linear
# on "......" floods.
_END = regex.compile(
    r"(?<=([\w.]{0,12}))"
    rf"(?:(?:[.!?…]{{1,10}}|[。！？]{{1,10}})[{regex.escape(CLOSERS)}]{{0,3}}(?=\s|\Z)"
    r"|[。！？](?=\S))"
    r"(?=\s{0,20}(\w)|)"
)
# Words after which a period does not end a sentence, by language group, one string so
# the list reads as it is written.
_ABBREVIATIONS = (
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt rev hon gov sen rep pres
    inc ltd co corp bros vs etc al approx dept est fig no nos vol pp p ed eds
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.g i.e a.m p.m d.c
    sra srta dra av nº núm pág art
    hr fr frau nr bzw ca evtl ggf inkl usw vgl z.b d.h u.a s.o
    mme mlle mm
    sig dott ing avv
    dhr mevr mw bijv
    г гг ул"""
)
ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())


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


def _is_abbreviation(raw: str) -> bool:
    """Whether ``raw``, the word characters and dots before a period, make it no sentence end."""
    word = raw.lower()
    # Initials ("J. R. R. Tolkien", "U.S.") and known abbreviations. A lone lower-case
    # letter is a word that ends a sentence ("… council a.", "vitamin c."), not an initial.
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    return len(raw) == 1 and raw.isupper()


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text[start:end]``, whitespace trimmed.

    A sentence ends at ``.``, ``!``, ``?``, ``…`` (with any closing quotes or brackets)
    before whitespace, or at CJK full stops; not where the next word is lower case
    ("he asked"), and not at a period after a known abbreviation or an initial. The last
    piece is returned even if it has no end mark.
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _END.finditer(text, start, stop):
        after = m.group(2)
        if after is not None and after.islower():
            continue  # "overnight… and", "“Really?” he asked": the sentence goes on
        mark, end_mark = m.span()
        # The word before a lone period, within this sentence.
        if end_mark - mark == 1 and text[mark] == "." and _is_abbreviation(
            text[max(pos, m.start(1)) : mark]
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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
