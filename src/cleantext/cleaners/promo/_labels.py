"""Whether an [inline] label stands alone inside a line: after a sentence, a heading or
a number and before the next sentence ("runway. ADVERTISEMENT Developer Greyling …"),
with the name a Jetpack button prints after itself; and a comment count between
sentences. Left alone: a label word inside a sentence ("Advertisement revenue fell"),
the first half of a compound ("Advertentie-inkomsten"), a label that is part of a name
("Advertisement Standards"), "The 325 comments posted on the site"."""

from __future__ import annotations

from cleantext._lazy import lazy_regex
from cleantext.cleaners.promo._article import _PROSE_WORD
from cleantext.cleaners.promo._lines import (
    _DETERMINERS,
    _QUOTE_OPENERS,
    _REPEATS,
    _WORD_AFTER,
    _after_stop,
    _before_spaces,
    _capital_next,
    _is_upper_word,
    _Line,
    _sentence_next,
    _word_before,
)
from cleantext.cleaners.promo._packs import _key
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._speech import _quoted, _quoted_label


def _left_ok(text: str, line: _Line, start: int, chained: int) -> bool:
    """Whether an inline label may start here: after a sentence, a heading or a number."""
    pos = _before_spaces(text, line, start)
    if pos <= line.start or pos <= chained:
        return True
    prev = text[pos - 1]
    return prev in ".!?…:;\"”’»)]|·•" or prev.isdigit() or _is_upper_word(text, pos)


def _right_ok(rules: _Rules, text: str, line: _Line, end: int, one_word: bool,  # noqa: PLR0917
              repeats: int = _REPEATS, *, shouted: bool = False, bare: bool = False) -> bool:
    """Whether an inline label may end here: before a new sentence, a number or the end.
    A one-word label printed again right after ("Publicité Publicité Les syndicats…")
    is judged by what follows the last of them. A one-word label in capitals
    (``shouted``: "runway. ADVERTISEMENT Developer Greyling Homes said …") is no part
    of a name after it: a sentence never shouts one word of a name; nor is a [bare]
    label, which no sentence opens with ("… erhöht. Anzeige Bürgermeisterin Lenz
    sagte …": German capitalises the noun after it)."""
    if text[end:end + 1] in ("-", "‐") and text[end + 1:end + 2].isalpha():
        return False  # the first half of a compound: "Advertentie-inkomsten daalden"
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    if pos >= line.end:
        return True
    nxt = text[pos]
    if nxt.isdigit() or nxt in _QUOTE_OPENERS:
        return True
    if nxt in "@#,;":
        # A handle or hashtag belongs to the prompt ("Follow us on X @rtl"); a comma
        # goes on with a sentence that the words are part of ("Share on Facebook, the
        # company said, is down").
        return False
    if nxt == ":" and not _capital_next(text, line, pos + 1):
        return False  # what the label introduces: "Follow us on Twitter: https://…"
    if not nxt.isupper():
        # Lower case continues the sentence ("Advertisement revenue fell"); uncased
        # scripts (CJK, Hangul) have no case to tell, so only a multi-word label goes.
        return not nxt.islower() and not one_word
    if not one_word:
        return True
    m = _WORD_AFTER.match(text, pos, line.end)
    if m is None:
        return True
    first, gap, second = m.group(1), m.group(2), m.group(3) or ""
    if first in rules.inline_as_written and repeats > 0:
        return _right_ok(rules, text, line, m.end(1), one_word, repeats - 1,
                         shouted=shouted, bare=bare)
    # Another widget's label of more words after it ("Advertisement Hide Ad “I …"):
    # judged by what follows that one.
    label = _inline_label_at(rules, text, pos, line.end)
    if label is not None and repeats > 0:
        return _right_ok(rules, text, line, label, one_word=False, repeats=repeats - 1)
    if first in rules.compound:
        return False  # "Social Security", "Advertisement Standards"
    if first in _DETERMINERS or (shouted and not first.isupper()) or bare:
        return True  # (a shouted label before more capitals may be a shouted name)
    # "Advertisement Nissan is": a new sentence. "Advertisement Kentucky Democrats":
    # two capitalised words may be a name that the label word belongs to; keep.
    return not (gap and second[:1].isupper() and not second.isupper())


def _inline_label_at(rules: _Rules, text: str, pos: int, end: int) -> int | None:
    """The end of an [inline] label written as its pack writes it that starts at
    ``pos`` and ends at a word's edge, if one does."""
    m = rules.anchors.as_written.match(text, pos, end)
    if m is None or (m.end() < end and text[m.end()].isalnum()) or \
            " ".join(m.group().split()) not in rules.inline_as_written:
        return None
    return m.end()


def _shouted(word: str) -> bool:
    """Whether a one-word label is written in capitals ("ADVERTISEMENT", "ANZEIGE")."""
    return len(word) >= 3 and word.isupper()


def _determiner_next(text: str, line: _Line, end: int) -> bool:
    """Whether the word after ``end`` opens a sentence (``_DETERMINERS``: "Az", "The")."""
    m = _WORD_AFTER.match(text, end, line.end)
    return m is not None and m.group(1) in _DETERMINERS


def _inline_label_ok(rules: _Rules, text: str, line: _Line, start: int, end: int,  # noqa: PLR0917
                     chained: int) -> bool:
    """Whether a label inside a line stands alone: written as in its pack (or in
    capitals), after a sentence and before the next one."""
    written = " ".join(text[start:end].split())
    if written not in rules.inline_as_written and not (
        written.upper() == written and any(ch.isalpha() for ch in written)
    ):
        return False
    if start > line.start and (_quoted(text, start - 1, start, min(line.end, end + 8))
                               or _quoted_label(text, line.start, start, end, line.end)):
        return False  # '"Sign up for our newsletter" banners now cover …', « Faire un don »
    n_words = len(written.split())
    # Three words or more ("Click to share on Twitter (Opens in new window)") are never
    # prose, whatever precedes them; one or two need a sentence boundary before them.
    if n_words >= 3 or _left_ok(text, line, start, chained):
        shouted = n_words == 1 and _shouted(written)
        if not shouted and _capital_next(text, line, end) and \
                "noun" in rules.kinds.get(_key(written), ()) and \
                not _determiner_next(text, line, end):
            return False  # a [noun] opening a sentence: "Mainos Tampereella maksoi …"
        return _right_ok(rules, text, line, end, one_word=n_words == 1, shouted=shouted,
                         bare="bare" in rules.kinds.get(_key(written), ()))
    # Flattened text keeps no full stop after a headline: "… ferry timetable
    # Advertisement The council …". A [headline] label (a word its language writes
    # capitalised only as a label) goes after a lower-case word too, but only before a
    # sentence that opens with an article or a preposition: "the Advertisement Council
    # said" stays, and German nouns ("erstattet Anzeige Die Polizei …") are never listed.
    # In capitals after a name (a credit's or a headline's last word), before a
    # capitalised word and two lower-case ones: the article's next sentence in a
    # language with no article ("… / Wiadomości Podlasia REKLAMA Woda na drodze …").
    # After a lower-case word it may be a firm's name ("agencja REKLAMA Plus ogłosiła").
    return _key(written) in rules.headline and _lower_before(text, line, start) and (
        _determiner_after(rules, text, line, end)
        or (n_words == 1 and _shouted(written) and _word_before(text, line, start)[1][:1].isupper()
            and _PROSE_WORD.match(text, end, line.end) is not None))


_ECHO = lazy_regex(r"[ \t]{1,3}+(\p{Lu}[\p{L}+-]{0,20}+)(?![\p{L}\d])")


def _echo(text: str, line: _Line, start: int, end: int) -> int:
    """The end of a Jetpack button with the name it prints after itself: "Click to share
    on Facebook (Opens in new window) Facebook", "Click to print (Opens in new window)
    Print". Only after a button that closes its bracket, only a capitalised word that
    the button names, and not before a lower-case word: "… (Opens in new window)
    Facebook said on Monday" keeps its sentence's subject."""
    if text[end - 1:end] != ")":
        return end
    m = _ECHO.match(text, end, line.end)
    if m is None or m.group(1).casefold() not in text[start:end].casefold().split():
        return end
    after = m.end()
    while after < line.end and text[after] in " \t":
        after += 1
    return end if text[after:after + 1].islower() else m.end()


def _lower_before(text: str, line: _Line, start: int) -> bool:
    """Whether a word that ends in a lower-case letter comes just before ``start``, and
    is no article: a headline does not end in one, a noun follows it ("They ran the
    Advertisement The Times refused")."""
    at, word = _word_before(text, line, start)
    return at < start and word[-1:].islower() and word not in _ARTICLES


_ARTICLES = frozenset(w.lower() for w in _DETERMINERS)


def _determiner_after(rules: _Rules, text: str, line: _Line, end: int,
                      repeats: int = _REPEATS) -> bool:
    """Whether the next word (past the label printed again) is one that opens a
    sentence (``_DETERMINERS``)."""
    m = _WORD_AFTER.match(text, end, line.end)
    if m is None:
        return False
    if m.group(1) in rules.inline_as_written and repeats > 0:
        return _determiner_after(rules, text, line, m.end(1), repeats - 1)
    return m.group(1) in _DETERMINERS


def _count_ok(text: str, line: _Line, start: int, end: int, chained: int) -> bool:
    """Whether a comment count ("Kommentare (325)", "328 comments") stands alone inside
    a line: between a sentence end (or the line start) and a capitalised sentence
    start (or the line end). "The 325 comments posted on the site" and "… drew 12
    Comments" stay: a count in prose follows a word, or a lower-case word follows it."""
    return _after_stop(text, line, start, chained) and _sentence_next(text, line, end)
