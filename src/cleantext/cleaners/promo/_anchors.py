"""The anchored scan's anchors: each phrase's piece written as a pattern over the text's
translated UTF-8 bytes, the leads chosen for them, and the gate's and seek scans built
from them (see "the gate and the anchored scan" below)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from cleantext import _recache
from cleantext._lazy import lazy
from cleantext.cleaners.promo._fixed_cues import _CJK, _TALLY_WORDS
from cleantext.cleaners.promo._openings import (
    _FOLLOW_VERBS,
    _SLIDE_BETWEEN,
    _SLIDE_OF,
    _SLIDE_REACH,
    _SLIDE_WORDS,
    _VIEW_ALL_VERBS,
)
from cleantext.cleaners.promo._packs import _AFTER_STOP

# --- the gate and the anchored scan -------------------------------------------------
#
# The trie (``_compile``) runs at ~10-30 MB/s: too slow to run over every document, and most
# documents hold no promo unit at all. Two things make the cleaner fast without
# changing what it finds.
#
# 1. Anchors. Every match of ``scan`` holds an *anchor*: one character of the phrase
#    (the *lead*), with the rest of the phrase around it, written as a pattern over the
#    text's UTF-8 bytes after ``bytes.translate(table)``. The table lower-cases ASCII
#    letters and folds groups of bytes into one marker byte: the rarest letters
#    (j k q v w x y z) to \x01, the lead bytes of CJK, kana, Hangul and other wide
#    scripts to \x03, those of Cyrillic to \x04, digits to \x05. A lead is a character
#    that becomes \x01, \x03 or \x04, or one of the few letters ``_choose_key`` adds
#    until every phrase has a lead, so one ``re`` scan per lead byte finds every anchor:
#    ``re`` skips to its literal first byte in C, tests the byte after it against those
#    the scan's anchors can have there (``_next_bytes``; many occurrences stop at that
#    test), and tries the rest of the phrase only past it.
#
#    Why an anchor is a superset of a match (it never misses one): a match of the trie
#    is the phrase in the lower-cased text ``low``, its spaces as runs of ``\s``, its
#    apostrophes as ' or ’. A character of the text lower-cases to an ASCII letter only
#    if it is that letter or its capital, or the Kelvin sign (tested over all of
#    Unicode): ``translate`` maps both cases to the same byte, and a text with a Kelvin
#    sign (or a dotted capital I, whose lower case is longer) skips all this and takes
#    the full scan. A character outside ASCII is one of the *forms* that lower-case to
#    the phrase's character (``_forms``); the anchor lists their bytes. Spaces become
#    byte sequences for every ``\s``, word edges become "not an ASCII letter, digit or
#    _" (a character outside ASCII is let through). So each byte of a match meets the
#    anchor's pattern. Conditions outside the phrase (a digit before "0 Comments", a
#    separator and a network name after "Facebook") are copied from ``scan`` the same
#    way.
#
# 2. The gate (``_Trigger``, SpanCleaner's trigger) turns a document away when no
#    anchor *that could start a unit* is in it: a cue ``_scan`` keeps needs a line
#    start, a sentence start or a separator before it (``_may_start``), so the gate's
#    anchors also refuse a phrase right after "<letter or digit> " (a word: prose) and,
#    for a label, right after ". " (a sentence end: labels go only at a line start or
#    after a separator), unless the phrase is an [inline] label, which may stand
#    anywhere (written as in its pack or in capitals: case is not seen here). A text
#    the gate turns away has no cue that ``_find`` keeps, no three short lines in a
#    row and no line with two bar separators (checked on the same bytes), so ``_find``
#    would return nothing. The gate costs an encode, a translate and a scan of the
#    bytes per lead byte in them, and two cheaper ones for the short lines and bars.
#
# 3. Past the gate, ``_matches`` yields exactly what ``scan.finditer(low)`` yields: it
#    runs the anchors without the gate's refusals, and tries ``scan.match`` only at the
#    word starts of a window before each anchor (as far back as the phrase's start can
#    be). Every position where a match can start lies in a window, and ``finditer``
#    finds nothing elsewhere, so the same matches come out in the same order.

_RARE = "jkqvwxyz"
# How often Russian letters come (per cent); other wide characters count as 0.5.
_CYRILLIC_FREQUENCY = dict(zip("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё", (
    11.0, 8.5, 8.0, 7.4, 6.7, 6.3, 5.5, 4.7, 4.5, 4.4, 3.5, 3.2, 3.0, 2.8, 2.6, 2.0, 1.9,
    1.7, 1.7, 1.6, 1.6, 1.4, 1.2, 1.0, 0.9, 0.7, 0.6, 0.5, 0.4, 0.3, 0.3, 0.04, 0.04),
    strict=True))
# How often each letter comes in English text (per cent): the letters phrases lead
# on are chosen for covering many phrases and coming rarely.
_FREQUENCY = dict(zip("etaoinshrdlcumwfgypbvkjxqz", (
    12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0,
    2.0, 1.9, 1.5, 1.0, 0.8, 0.15, 0.15, 0.1, 0.07), strict=True))
_WIDE_LEADS = (*range(0xD0, 0xD4), *range(0xE3, 0xEE))
# Bytes that ``re`` reads as themselves in a pattern, in a class or out of one. Digits
# and white space stay escapes: a digit after an escape could extend it ("\\1" + "2"),
# and ``re.VERBOSE`` would drop white space.
_PLAIN = frozenset(range(1, 256)) - frozenset(b"\\]^-[.$*+?{}|()#&~0123456789 \t\n\r\x0b\x0c")
_HEX_ESCAPE = lazy(rb"\\x([0-9a-f]{2})")


def _plain(pattern: bytes) -> bytes:
    """``pattern`` with its ``\\xNN`` escapes written as the bytes, where ``re`` reads
    the byte as itself: the same pattern (the same parse). ``re``'s parser is pure
    Python and reads an escape a character at a time, and the anchors repeat these
    pieces thousands of times: a first use of the gate and seek scans, which compiles
    them, pays for every character."""
    def byte(m: re.Match[bytes]) -> bytes:
        value = int(m.group(1), 16)
        return bytes([value]) if value in _PLAIN else m.group()
    return _HEX_ESCAPE.sub(byte, pattern)


_WB = _plain(rb"[0-9a-z_\x01\x05]")  # an ASCII word byte after translation
# The last bytes of a letter or digit, for the gate's "a word, then a space": ASCII
# (translated), Latin-1 letters (not × ÷), Latin Extended, Cyrillic letters (its lead
# bytes are \x04 after translation; the signs and marks at U+0482-0489 are left out).
_ALNUMS = tuple(map(_plain, (rb"[a-z\x01\x05]", rb"\xc3[\x80-\x96\x98-\xb6\xb8-\xbf]",
                             rb"[\xc4-\xc9][\x80-\xbf]", rb"\x04[\x80\x81\x8a-\xbf]")))
# One ASCII opener (``_OPENERS``), as between a word and a phrase it does not open.
_OPENER = rb"[ \t(\[\"'*\-]"
# Sentence ends that are not also openers (``_ENDS`` less ``_OPENERS``), in bytes.
_SENTENCE_ENDS = tuple(map(_plain, (rb"[.!?:;)\]|]", rb"\xc2\xbb", rb"\xe2\x80[\x99\x9d\xa6]",
                                    rb"\x03\x80\x82", rb"\xef\xbc[\x81\x9f]")))
# Every \s of a str pattern, as UTF-8 bytes after translation (U+3000 starts with \x03).
_SPACE_BYTES = _plain(rb"(?:[\t-\r\x1c- ]|\xc2[\x85\xa0]|\xe1\x9a\x80"
                       rb"|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\x03\x80\x80)")
_APOSTROPHE_BYTES = _plain(rb"(?:'|\xe2\x80\x99)")
_SOCIAL_GAP = rb"[ \t]+"
# The bytes a gap's characters are made of.
_GAP_BYTES = {
    _SPACE_BYTES + b"{1,8}": _plain(
        rb"[\t-\r\x1c-\x20\x03\x80-\x8a\x9a\x9f\xa0\xa8\xa9\xaf\xc2\xe1\xe2]"),
    _APOSTROPHE_BYTES: rb"['\xe2\x80\x99]",
}
# The first byte of each kind of gap.
_PEEK_BYTES = {
    _SPACE_BYTES + b"{1,8}": b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \xc2\xe1\xe2\x03",
    _SPACE_BYTES + b"+": b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \xc2\xe1\xe2\x03",
    _APOSTROPHE_BYTES: b"'\xe2",
    _SOCIAL_GAP: b" \t",
}
# What may follow a [tail] label to the end of its line, as the gate sees it: every
# separator of ``_GAP_RUN`` and every white space but the line break (a superset of
# what ``_tail_ok`` lets through, which strips the line's trailing spaces first).
_LINE_END = _plain(rb"(?=(?:[\t\x0b-\r\x1c- :|\-]|\xc2[\x85\xa0\xb7]|\xe1\x9a\x80"
                   rb"|\xe2\x80[\x80-\x8a\x93\x94\xa2\xa8\xa9\xaf]|\xe2\x81\x9f|\x03\x80\x80)*+"
                   rb"(?:\n|\Z))")
_SOCIAL_SEP_BYTES = _plain(rb"[ \t]{0,3}(?:[|/,]|\xc2\xb7|\xe2\x80\xa2)?[ \t]{1,3}")
# The first byte of a digit: ASCII (\x05) or the lead byte of another script's digit.
_DIGIT_LEAD = _plain(rb"[\x03-\x05\xc0-\xff]")
_DIGIT_LAST = _plain(rb"[\x05\x80-\xbf]")  # the last byte of a digit
# A letter after a phrase, in the translated bytes (ASCII only; the rare ones are \x01).
_LETTER_NEXT = rb"(?=[a-z\x01])"
_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyz\x01")
# Leads further than this from a match's start are looked for in a wider window.
_NEAR = 24
_UNBOUNDED = 10_000
# Characters outside ASCII whose lower case is not reached from their own upper or
# title case: Kelvin, Angstrom, Ohm signs, capital theta symbol, capital sharp s; and
# Greek's final sigma, which the scan takes for a sigma (``_any_sigma``).
_FOLDS_INTO = {"\u212a": "k", "\u212b": "\u00e5", "\u2126": "\u03c9", "\u03f4": "\u03b8",
               "\u1e9e": "\u00df", "\u03c2": "\u03c3"}
# Texts with these take the full scan: "İ" lengthens in lower case, and "K" lower-cases
# to an ASCII "k" that the byte anchors do not look for.
_FULL_SCAN = ("\u0130", "\u212a")
# Network names that no word of prose starts with (see "glued share bars").
_GLUED_TRIGGERS = ("facebook", "whatsapp", "twitter", "linkedin", "pinterest", "reddit",
                   "tumblr", "telegram")
# Share words that prose writes glued to a letter ("shared", "tweets", "printer"), but
# never to another button's word: a bar of them only ("ShareTweetSend", "Teilen
# TwitternMerkenDrucken" run together) is where one of these is glued to a follower.
_GLUED_COMMON = ("share", "tweet", "teilen", "twittern", "merken", "drucken", "partager",
                 "compartir", "condividi", "delen", "partilhar", "compartilhar", "print",
                 "email")
# Words only a glued bar has as pieces (Facebook Messenger's "Send" button), and
# Blogger's buttons, which its template prints glued ("Email ThisBlogThis!Share to
# XShare to FacebookShare to Pinterest"; not pack labels: "… took to Twitter" would
# let texts past the gate).
_GLUED_PIECES = ("send",)
_BLOGGER_PIECES = ("email this", "blogthis!", "share to x", "share to twitter",
                   "share to facebook", "share to pinterest")
_GLUED_FOLLOWERS = (*_GLUED_COMMON, *_GLUED_TRIGGERS, *_GLUED_PIECES, "pin", "mail",
                    "tuitear", "imprimer", "imprimir", "stampa")
_CJK_CHARS = lazy(f"[{_CJK}]")


@functools.lru_cache(maxsize=4096)
def _forms(ch: str) -> frozenset[str]:
    """The characters whose lower case is ``ch`` (``ch`` itself among them)."""
    forms = {ch} | {f for f, low in _FOLDS_INTO.items() if low == ch}
    forms.update(f for f in (ch.upper(), ch.title()) if len(f) == 1 and f.lower() == ch)
    return frozenset(forms)


@dataclass(frozen=True)
class _Key:
    """How text becomes the bytes the anchors are scanned in, and which bytes lead."""

    table: bytes
    leads: bytes  # lead bytes, the rarest first
    wide: str = ""  # characters of wide scripts to lead on, the best first


def _table(wide: Iterable[int]) -> bytes:
    table = bytearray(range(256))
    table[1:6] = bytes(5)  # the text's own \x01-\x05 must not pass for markers
    for c in range(26):
        table[65 + c] = 97 + c
    for ch in _RARE:
        table[ord(ch)] = table[ord(ch.upper())] = 1
    for digit in b"0123456789":
        table[digit] = 5
    for lead in wide:  # Cyrillic to \x04, the others (CJK, kana, Hangul …) to \x03
        table[lead] = 4 if 0xD0 <= lead <= 0xD3 else 3
    return bytes(table)


# The anchors spell the same few hundred characters tens of thousands of times: the
# two functions below are cached (a first use pays for building the anchors).
@functools.lru_cache(maxsize=4096)
def _char(ch: str, table: bytes) -> tuple[tuple[bytes, ...], int]:
    """The byte sequences (translated) of the characters that lower-case to ``ch``;
    their width, or -1 if they differ. ASCII letters: one byte (the Kelvin sign aside)."""
    if ch.isascii():
        return (bytes([table[ord(ch)]]),), 1
    seqs = tuple(sorted({f.encode("utf-8", "surrogatepass").translate(table)
                         for f in _forms(ch) if not f.isascii()}))
    widths = {len(s) for s in seqs}
    return seqs, widths.pop() if len(widths) == 1 else -1


@functools.lru_cache(maxsize=4096)
def _alt(seqs: tuple[bytes, ...]) -> bytes:
    """A pattern for any of ``seqs``: a shared prefix, then a class where the rest is
    one byte (``re`` skips a branch that starts with a literal or a class at once)."""
    if len(seqs) == 1:
        return re.escape(seqs[0])
    n = 0
    while all(len(x) > n + 1 for x in seqs) and len({x[n] for x in seqs}) == 1:
        n += 1
    rests = sorted({x[n:] for x in seqs})
    if all(len(r) == 1 for r in rests):
        return re.escape(seqs[0][:n]) + _class(r[0] for r in rests)
    return re.escape(seqs[0][:n]) + b"(?:" + b"|".join(re.escape(r) for r in rests) + b")"


@functools.lru_cache(maxsize=8192)
def _rank(ch: str, key: _Key) -> int:
    """Where ``ch``'s lead byte stands among the leads (-1: ``ch`` cannot lead); among
    the characters of wide scripts, the chosen ones first."""
    firsts = {s[:1] for s in _char(ch, key.table)[0]}
    rank = key.leads.find(firsts.pop()) if len(firsts) == 1 else -1
    if rank < 0 or ch.isascii():
        return rank * 1000
    return rank * 1000 + (key.wide.index(ch) if ch in key.wide else 999)


@dataclass(frozen=True)
class _Phrase:
    """What ``scan`` matches, as anchors are made from it: runs of characters that
    stand in ``low`` as they are, the gaps between them (a pattern over the bytes and
    the most characters it spans), what may precede the first run, and conditions."""

    runs: tuple[str, ...]
    gaps: tuple[tuple[bytes, int], ...] = ()
    before: int = 0  # characters of the match before the first run, at most
    starts: bool = True  # the first run starts the match (a word edge before it)
    leads_in: int = 99  # the lead must be in one of the first ``leads_in`` runs
    keep: str = ""  # "", "word" or "sentence": where the gate refuses it (see above)
    behind: bytes = b""  # a look-behind for after the lead's run ({run}: that run)
    leaf: bytes = b""  # a zero-width condition after the phrase
    edge: str = ""  # the phrase's last character, if a word edge must follow it
    shout: bool = False  # that character may repeat two to four times first ("HIERRR")
    case: bool = False  # the gate takes it only as written in its pack or in capitals


def _phrase_runs(phrase: str) -> tuple[tuple[str, ...], tuple[tuple[bytes, int], ...]]:
    """A trie phrase as runs and gaps: a space is ``\\s{1,8}``, an apostrophe ' or ’."""
    runs: list[str] = []
    gaps: list[tuple[bytes, int]] = []
    current: list[str] = []
    for ch in " ".join(phrase.lower().split()):
        if ch in " '’":
            runs.append("".join(current))
            current = []
            gaps.append((_SPACE_BYTES + b"{1,8}", 8) if ch == " " else (_APOSTROPHE_BYTES, 1))
        else:
            current.append(ch)
    runs.append("".join(current))
    return tuple(runs), tuple(gaps)


@functools.lru_cache(maxsize=8192)
def _lead_at(phrase: _Phrase, key: _Key) -> tuple[int, int] | None:
    """The lead: in the phrase's first run if it has one there, then the rarest, in the
    longest run (the fewest false hits), preferring one with a letter after it (the
    scan's branches then start with a byte, which ``re`` skips fast), then the earliest.

    The first run first: from there the anchor checks every later run, and the gate
    refuses the phrase after a word (prose). A lead in a later run checks only that run,
    the ones after it and the one just before: "log in to comment" led by its "comment"
    let through every text that says "declined to comment", "in your area" let through
    "share this article in your", and so on (at 5f24a25, 20 of dev-clean's 59 articles
    passed the gate, none with a unit; 11 with the first run first). The first runs'
    letters stop the scans more often, though: on dev-clean the gate's instructions
    rose by about as many as the finder's fell (callgrind: the cleaner +0.1%)."""
    ranks = [(k > 0, i == len(run) - 1, r, -len(run), k, i)
             for k, run in enumerate(phrase.runs[: phrase.leads_in])
             for i, ch in enumerate(run) if (r := _rank(ch, key)) >= 0]
    if not ranks:
        return None
    *_, k, i = min(ranks)
    return k, i


@functools.lru_cache(maxsize=8192)
def _anchor(phrase: _Phrase, key: _Key, *, gate: bool) -> tuple[tuple[bytes, ...], int]:
    """The anchor's tokens (the first is the lead byte) and how far the lead can be from
    the start of the match, in characters."""
    table = key.table
    where = _lead_at(phrase, key)
    assert where is not None
    k, i = where
    reach = phrase.before + i + sum(len(r) + g[1]
                                    for r, g in zip(phrase.runs[:k], phrase.gaps[:k], strict=True))
    run = phrase.runs[k]
    chars = [_char(ch, table) for ch in run]
    lead = chars[i][0]
    tokens: list[bytes] = [lead[0][:1]]
    if lead[0][1:]:
        tokens.append(_alt(tuple(s[1:] for s in lead)))
    tokens.extend(_alt(seqs) for seqs, _ in chars[i + 1:])
    if all(width > 0 for _, width in chars):
        whole = b"".join(_alt(seqs) for seqs, _ in chars)
        checks = []
        if i > 0:
            checks.append(b"(?<=" + whole + b")")
        if k == 0 and phrase.starts:
            checks.append(b"(?<!" + _WB + whole + b")")
            checks.extend(b"(?<!" + c + whole + b")" for c in _ALNUMS[1:])
            if gate and phrase.keep:
                checks.extend(b"(?<!" + c + _OPENER + whole + b")" for c in _ALNUMS)
            if gate and phrase.keep == "sentence":
                checks.extend(b"(?<!" + c + b" " + whole + b")" for c in _SENTENCE_ENDS)
        if phrase.behind:
            checks.append(phrase.behind.replace(b"{run}", whole))
        if k > 0 and phrase.gaps[k - 1][0] in _GAP_BYTES:
            # The run before, across the gap (any of its byte lengths).
            before = [_char(ch, table) for ch in phrase.runs[k - 1]]
            if all(width > 0 for _, width in before):
                prev = b"".join(_alt(seqs) for seqs, _ in before)
                byte = _GAP_BYTES[phrase.gaps[k - 1][0]]
                # One or two bytes of gap, or else at least three (not checked further).
                checks.append(b"(?:(?<=" + prev + byte + whole + b")|(?<=" + prev + byte + b"{2}"
                              + whole + b")|(?<=" + byte + b"{3}" + whole + b"))")
        if checks:
            # The look-behinds are slow next to a byte test, and the scan tries its
            # branches one by one at every lead: a cheap test of what follows goes
            # first (the next gap's first byte, or the word edge).
            if k + 1 < len(phrase.runs):
                tokens.append(b"(?=" + _class(_PEEK_BYTES[phrase.gaps[k][0]]) + b")")
            elif phrase.edge:
                tokens.append(_edge(phrase, table))
            tokens.append(b"".join(checks))
    for (gap, _), later in zip(phrase.gaps[k:], phrase.runs[k + 1:], strict=True):
        tokens.append(gap)
        tokens.extend(_alt(_char(ch, table)[0]) for ch in later)
    if phrase.edge and _edge(phrase, table) not in tokens:
        tokens.append(_edge(phrase, table))
    if phrase.leaf:
        tokens.append(phrase.leaf)
    if gate and phrase.case:
        tokens.append(b"()")
    return tuple(tokens), reach


def _class(values: Iterable[int]) -> bytes:
    return b"[" + b"".join(bytes([b]) if b in _PLAIN else b"\\x%02x" % b
                           for b in sorted(set(values))) + b"]"


# In a set of the bytes that can follow a lead: the text may end there instead.
_END = 256
# The bytes ``_WB`` refuses: what a word edge lets through.
_NOT_WORD = frozenset(b for b in range(256) if re.fullmatch(_WB, bytes([b])) is None)


def _next_bytes(phrase: _Phrase, key: _Key) -> frozenset[int] | None:
    """The bytes that can follow an anchor's lead byte, with ``_END`` if the text may
    end there (None: any, or the end)."""
    where = _lead_at(phrase, key)
    assert where is not None
    k, i = where
    run = phrase.runs[k]
    seqs = _char(run[i], key.table)[0]
    if len(seqs[0]) > 1:
        return frozenset(s[1] for s in seqs)
    if i + 1 < len(run):
        return frozenset(s[0] for s in _char(run[i + 1], key.table)[0])
    if k + 1 < len(phrase.runs):
        peek = _PEEK_BYTES.get(phrase.gaps[k][0])
        return None if peek is None else frozenset(peek)
    if phrase.leaf == _LETTER_NEXT:
        return _LETTERS
    if phrase.edge:
        # The lead ends the phrase: the word edge (``_edge``) follows it at once, after
        # the same letter shouted, perhaps ("HIERRR": the lead's own byte again).
        return _NOT_WORD | {_END} | (set(seqs[0]) if phrase.shout else set())
    return None


def _edge(phrase: _Phrase, table: bytes) -> bytes:
    """The word edge after a phrase (after its last letter shouted, perhaps)."""
    if not phrase.shout:
        return b"(?!" + _WB + b")"
    return b"(?=(?:(?:" + _alt(_char(phrase.edge, table)[0]) + b"){2,4})?(?!" + _WB + b"))"


def _token_trie(seqs: Iterable[tuple[bytes, ...]]) -> bytes:
    """One pattern for token sequences, factored as a trie; a sequence that ends is
    enough (longer ones through the same node are dropped)."""
    trie: dict[bytes, dict] = {}  # type: ignore[type-arg]
    for seq in seqs:
        node = trie
        for tok in seq:
            if b"" in node:
                break
            node = node.setdefault(tok, {})
        else:
            node.clear()
            node[b""] = {}
    return _emit_tokens(trie)


def _emit_tokens(node: dict) -> bytes:  # type: ignore[type-arg]
    if b"" in node:
        return b""
    branches = [tok + _emit_tokens(child) for tok, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"


def _digit_behind() -> bytes:
    """After a count's or badge's word: a digit, perhaps a space or tab, before it."""
    return b"(?:(?<=" + _DIGIT_LAST + b"{run})|(?<=" + _DIGIT_LAST + b"[ \t]{run}))"


def _fixed_phrases(table: bytes) -> tuple[list[_Phrase], list[_Phrase]]:
    """The anchors of ``scan``'s other alternatives: comment counts and reading-time
    badges (the gate's too), and the starts of copyright notices (only ``_matches``:
    a notice alone is no unit; the rights phrase it needs has its own anchors)."""
    behind = _digit_behind()
    counts = [_Phrase((w,), before=7, starts=False, behind=behind)
              for w in ("comment", "kommentar", "coment", "reactie", "réaction", "reazion",
                        "reaktion", "комментари", "share", "follower")]
    # "Kommentare (325)": the word, perhaps a space or tab, "(" and a digit.
    tally = rb"(?=[ \t]?\(" + _DIGIT_LEAD + rb")"
    counts += [_Phrase((w,), leaf=tally) for w in _TALLY_WORDS]
    def tr(s: str) -> bytes:
        return b"".join(_alt(_char(ch, table)[0]) for ch in s)

    # "4 min read": the rest of the minutes word, a space, a reading word.
    read = b"(?=[^\\s]{0,12}[ \t]{1,3}(?:" + b"|".join(
        tr(w) for w in ("read", "lesezeit", "de", "di", "leestijd", "чтения")) + b"))"
    minutes = [_Phrase((w,), before=8, starts=False, behind=behind, leaf=read)
               for w in ("min", "мин")]

    number = (b"(?=[ \t]{0,3}:?[ \t]{0,3}(?:" + tr("ca.") + b"[ \t]?|~[ \t]?)?"
              + _DIGIT_LEAD + b")")
    words = _SPACE_BYTES + b"+"
    befores = [_Phrase(tuple(w.split()), gaps=((words, _UNBOUNDED),) * (len(w.split()) - 1),
                       leads_in=1, leaf=number)
               for w in ("reading time", "read time", "lesezeit", "lesedauer",
                         "temps de lecture", "tiempo de lectura", "tempo di lettura",
                         "tempo de leitura", "leestijd", "время чтения")]
    cjk = [_Phrase((w,)) for w in ("読了時間", "阅读时间", "閱讀時間")]
    copies = [_Phrase(("copyright",)), _Phrase(("(c)",))]
    return [*counts, *minutes, *befores, *cjk], copies


@dataclass(frozen=True)
class _Anchors:
    table: bytes
    # lead byte, its scan, and the same without the [inline] anchors that end in "()"
    # (taken only once the case is checked), if it has any; sources, compiled when
    # first used (``_compiled``): most texts never need the seek scans
    gate: tuple[tuple[bytes, bytes, bytes | None], ...]
    as_written: re.Pattern[str]  # an [inline] phrase as its pack writes it
    case_reach: int  # how far before its lead such a phrase can start, in characters
    seek: tuple[tuple[bytes, bytes, tuple[int, ...]], ...]  # + reach by group
    exhaustive: bool  # some phrase has no anchor: take the full scan always


def _build_anchors(kinds: dict[str, set[str]], rights: Sequence[str],  # noqa: PLR0917
                   social_words: Sequence[str], followers: Sequence[str],
                   as_written: Iterable[str], channels: Sequence[str],
                   via: Sequence[str] = ()) -> _Anchors:
    """The gate's and ``_matches``'s byte scans. ``social_words`` are the names that
    start a run (each an anchor); ``followers`` all names, that may come after one;
    ``channels`` the [channel] words (see "newsletter pitches"); ``via`` the [via]
    words that may stand between a share word and the names."""
    phrases: list[_Phrase] = []
    for phrase_key, found in sorted(kinds.items()):
        runs, gaps = _phrase_runs(phrase_key)
        # The scan's end of a phrase: a word edge after a letter or digit (not after a
        # CJK character), the last letter perhaps shouted.
        last = runs[-1][-1:]
        edge = last if re.match(r"\w", last) and not _CJK_CHARS.match(last) else ""
        shout = bool(re.match(r"[^\W\d_]", last))
        # A [topics] heading may be glued after a sentence: its tag list (``_TAG_LIST``).
        keep = "" if "download" in found else "word" if found & _AFTER_STOP else "sentence"
        phrases.append(_Phrase(runs, gaps, keep=keep, edge=edge, shout=shout))
        if "inline" in found:  # anywhere, as written: the gate checks the case
            phrases.append(_Phrase(runs, gaps, edge=edge, shout=shout, case=True))
        elif "tail" in found:  # the same, but only where nothing but a gap ends the line
            phrases.append(_Phrase(runs, gaps, edge=edge, shout=shout, case=True,
                                   leaf=_LINE_END))
    for phrase in rights:
        runs, gaps = _phrase_runs(phrase)
        phrases.append(_Phrase(runs, gaps, edge=runs[-1][-1:]))  # (?!\w) after any last
    names = [w.lower().split(" ") for w in social_words]
    socials = [_Phrase(tuple(n), ((_SOCIAL_GAP, _UNBOUNDED),) * (len(n) - 1), leads_in=1)
               for n in names]
    # A network name glued to a letter, anywhere ("glued share bars"): the gate refuses
    # none; a letter after it, whatever its case (the bytes keep none).
    pitches = [_Phrase(*_phrase_runs(name), leaf=_LETTER_NEXT) for name in _GLUED_TRIGGERS]
    # A common share word glued to a follower ("sharetweet" in the bytes, which keep no
    # case): the leaf, the followers' trie, is set once the table is known (below).
    commons = [_Phrase(*_phrase_runs(name)) for name in _GLUED_COMMON]
    # Medium's bar (``_MEDIUM_BAR``): its "Listen" before "Share" (``scan``'s "medium").
    pitches.append(_Phrase(("listen",), leaf=b"(?=" + _SPACE_BYTES + b"{0,8}share)"))
    for word in channels:  # anywhere, any case: the gate refuses none
        runs, gaps = _phrase_runs(word)
        last = runs[-1][-1:]
        edge = last if re.match(r"\w", last) and not _CJK_CHARS.match(last) else ""
        pitches.append(_Phrase(runs, gaps, edge=edge))
    # A follow verb right after a sentence's stop, perhaps a space between ("… in May.
    # Follow the Gazette on Mastodon.", ``_follow_tails``): the prompt names the site,
    # which no phrase holds. The verb's first word is enough for the gate; the finder
    # reads the rest.
    after_stop = b"(?:(?<=[.!?]{run})|(?<=[.!?][ \t]{run}))"
    pitches += [_Phrase(*_phrase_runs(verb.split()[0]), behind=after_stop, leaf=rb"(?=[ \t])")
                for verb in _FOLLOW_VERBS]
    key, exhaustive = _choose_key([*phrases, *socials, *pitches, *commons])
    table = key.table
    fixed, copies = _fixed_phrases(table)
    follower = b"(?=" + _token_trie(tuple(_name_tokens([w], table))
                                    for w in _GLUED_FOLLOWERS) + b")"
    pitches += [_Phrase(p.runs, p.gaps, leaf=follower) for p in commons]
    # A gallery's counter or link (``_SLIDE``, ``_VIEW_ALL``): its word before the count
    # (``scan``'s "gallery"; ``_find`` reads the lines and counters).
    digit = re.escape(b"0".translate(table))
    of = b"|".join(re.escape(w.encode().translate(table)) for w in _SLIDE_OF)
    counted = rb"(?=[ \t]%s{1,3}[ \t]{0,2}(?:/|(?:%s)[ \t]))" % (digit, of)
    pitches += [_Phrase(*_phrase_runs(w), leaf=counted) for w in _SLIDE_WORDS]
    # ("Foto" has no letter the anchors lead on: its counter's "van" or "von" between
    # two counts lets it through; not the Romance "de", "di", "sur", which every
    # sentence of those languages holds.)
    pitches += [_Phrase((w,), before=_SLIDE_REACH, behind=_digit_behind(),
                        leaf=rb"(?=[ \t]{1,2}%s)" % digit) for w in _SLIDE_BETWEEN]
    pitches += [_Phrase(*_phrase_runs(w), leaf=rb"(?=[ \t]%s)" % digit)
                for w in _VIEW_ALL_VERBS]
    # A network name starts a run only before a separator and another name. Every
    # network name's anchor repeats this look-ahead, so it is kept short: the names as
    # a trie of their characters, where a name that another one starts ("Pin" before
    # "Pin it", "Facebook" before "Facebook Messenger") is enough (the look-ahead only
    # asks whether one is there).
    starts = _token_trie(tuple(_name_tokens(w.lower().split(" "), table)) for w in followers)
    # Or a [via] word between them, as the finder reads a share word's run
    # (``_share_tail``: "PARTILHAR NO TWITTER", "Del på Facebook"), or the gate would
    # turn away a text the finder takes it from. An alternation, longest first (a trie
    # would stop at "no" before "nos"); each word a fixed run of bytes, tried only
    # after a name.
    vias = b"|".join(b"".join(_name_tokens([w.lower()], table))
                     for w in sorted(set(via), key=lambda w: (-len(w), w)) if " " not in w)
    gap = _SOCIAL_SEP_BYTES if not vias else \
        b"(?:" + _SOCIAL_SEP_BYTES + b"|[ \t]{1,3}(?:" + vias + b")[ \t]{1,3})"
    after = b"(?=" + gap + starts + b")"
    socials = [_Phrase(p.runs, p.gaps, leads_in=1, leaf=after) for p in socials]
    gated = [p for p in [*phrases, *socials, *fixed, *pitches] if _lead_at(p, key) is not None]
    usable = [*gated, *(p for p in copies if _lead_at(p, key) is not None)]
    gate, seek = _scans(key, gated, usable)
    written = sorted(as_written, key=lambda w: (-len(w), w))
    case_reach = max((_anchor(p, key, gate=True)[1] for p in gated if p.case), default=0)
    return _Anchors(table, gate, re.compile("|".join(map(re.escape, written)) or "(?!)"),
                    case_reach, seek, exhaustive)


def _name_tokens(words: Sequence[str], table: bytes) -> Iterator[bytes]:
    """A network name as tokens: each character's bytes, a gap between its words."""
    for n, word in enumerate(words):
        if n:
            yield _SOCIAL_GAP
        for ch in word:
            yield _alt(_char(ch, table)[0])


def _choose_key(phrases: Sequence[_Phrase]) -> tuple[_Key, bool]:
    """The leads: the rare letters (one marker byte), the lead bytes of wide scripts,
    then, while some phrase has none, the letter that most of those have and that is
    rare in text; and the characters of wide scripts to prefer. Also whether some
    phrase cannot be anchored at all (then every text takes the full scan)."""
    wide = set(_WIDE_LEADS)
    key = _Key(_table(wide), b"\x01\x03\x04")
    fixed, copies = _fixed_phrases(key.table)
    # Phrases without a lead yet. Leads are only added (the table stays as it is until
    # the loop ends), so a phrase that has one keeps it: each round looks at the rest.
    unled = [*phrases, *fixed, *copies]
    exhaustive = False
    while True:
        letters: dict[str, int] = {}
        unled = [p for p in unled if _lead_at(p, key) is None]
        for phrase in unled:
            chars = [ch for r in phrase.runs[: phrase.leads_in] for ch in r]
            found = {ch for ch in chars if "a" <= ch <= "z"}
            for ch in found:
                letters[ch] = letters.get(ch, 0) + 1
            if found:
                continue
            for ch in chars:  # a script with no lead byte yet: its own becomes one
                firsts = {f.encode("utf-8", "surrogatepass")[0] for f in _forms(ch)}
                if len(firsts) == 1 and min(firsts) >= 0xC0:
                    wide |= firsts
                    break
            else:
                exhaustive = True
        if not letters:
            break
        best = max(sorted(letters), key=lambda ch: letters[ch] / _FREQUENCY[ch])
        key = _Key(key.table, key.leads + best.encode())
    # The other letters lead as themselves (folded into one marker, short phrases such
    # as "ad" would match half the words), the rarest first.
    chosen = sorted(key.leads[3:].decode(), key=_FREQUENCY.__getitem__)
    key = _Key(_table(wide), b"\x01" + "".join(chosen).encode() + b"\x03\x04")
    # Characters of wide scripts to lead on: few (fewer branches in the scan), shared
    # by many phrases and, for Cyrillic, rare in text as the scan sees them: every
    # Cyrillic lead byte is \x04, so the scan's first test, the byte after it, takes
    # "Ё" for the common "с" (``_byte_frequency``). Only a character ``_lead_at`` would
    # take counts (``_wide_leads``).
    pool = [_wide_leads(p, key) for p in phrases if (at := _lead_at(p, key)) is not None
            and _rank(p.runs[at[0]][at[1]], key) % 1000 == 999]
    wide_chars = ""
    while pool:
        counts: dict[str, int] = {}
        for leads in pool:
            for ch in leads:
                counts[ch] = counts.get(ch, 0) + 1
        if not counts:
            break
        best = max(sorted(counts), key=lambda c: counts[c] / _byte_frequency(c, key.table))
        wide_chars += best
        pool = [leads for leads in pool if best not in leads]
    return _Key(key.table, key.leads, wide_chars), exhaustive


def _wide_leads(phrase: _Phrase, key: _Key) -> set[str]:
    """The characters of wide scripts that ``_lead_at`` may take for ``phrase``: not the
    last of a run, which it takes only when nothing else can lead."""
    runs = phrase.runs[: phrase.leads_in]
    for part in ([r[:-1] for r in runs], runs):
        found = {c for r in part for c in r if not c.isascii() and _rank(c, key) >= 0}
        if found:
            return found
    return set()


def _byte_frequency(ch: str, table: bytes) -> float:
    """How often Russian letters come whose bytes (translated) are those of ``ch`` in
    some case, ``ch`` among them; 0.5 for a character of another wide script."""
    if ch not in _CYRILLIC_FREQUENCY:
        return 0.5
    seqs = set(_char(ch, table)[0])
    return sum(share for letter, share in _CYRILLIC_FREQUENCY.items()
               if seqs & set(_char(letter, table)[0]))


_Scans = tuple[tuple[tuple[bytes, bytes, bytes | None], ...],
               tuple[tuple[bytes, bytes, tuple[int, ...]], ...]]


@functools.lru_cache(maxsize=256)
def _compiled(source: bytes) -> re.Pattern[bytes]:
    return _recache.compile(source)


def _scans(key: _Key, gated: Sequence[_Phrase], usable: Sequence[_Phrase]) -> _Scans:
    """One gate scan and one seek scan per lead byte."""
    # Each scan first tests the byte after its lead against the bytes any of its
    # anchors can have there: most leads in a text stop at that one test.
    nexts: dict[bytes, frozenset[int] | None] = {}
    for p in usable:
        lead = _anchor(p, key, gate=False)[0][0]
        after = _next_bytes(p, key)
        if lead not in nexts or nexts[lead] is not None:
            nexts[lead] = None if after is None else (nexts.get(lead) or frozenset()) | after

    def head(lead: bytes) -> bytes:
        after = nexts.get(lead)
        if after is None:
            return re.escape(lead)
        if _END not in after:
            return re.escape(lead) + b"(?=" + _class(after) + b")"
        # The end of the text too: a test that refuses the other bytes.
        refused = set(range(256)) - after
        return re.escape(lead) + (b"(?!" + _class(refused) + b")" if refused else b"")

    by_lead: dict[bytes, list[tuple[bytes, ...]]] = {}
    for p in gated:
        tokens, _ = _anchor(p, key, gate=True)
        by_lead.setdefault(tokens[0], []).append(tokens[1:])
    gate = []
    for lead, rest in sorted(by_lead.items()):
        plain = [t for t in rest if t[-1:] != (b"()",)]
        gate.append((lead, head(lead) + b"(?:" + _token_trie(rest) + b")",
                     None if len(plain) == len(rest) else
                     head(lead) + b"(?:" + _token_trie(plain) + b")"))
    # The seek scans consume only the lead (the rest is a look-ahead), so that no hit
    # hides another; an empty group tells how far back the phrase can start.
    seeking: dict[bytes, tuple[list[tuple[bytes, ...]], list[tuple[bytes, ...]], list[int]]] = {}
    for p in usable:
        tokens, reach = _anchor(p, key, gate=False)
        far, near, reaches = seeking.setdefault(tokens[0], ([], [], [0, 0]))
        group = 0 if reach > _NEAR else 1
        (far if group == 0 else near).append(tokens[1:])
        reaches[group] = max(reaches[group], reach)
    seek = []
    for lead, (far, near, reaches) in sorted(seeking.items()):
        branches = [(b"(?:" + _token_trie(g) + b")()", r)
                    for g, r in ((far, reaches[0]), (near, reaches[1])) if g]
        source = head(lead) + b"(?=" + b"|".join(b for b, _ in branches) + b")"
        seek.append((lead, source, tuple(r for _, r in branches)))
    return tuple(gate), tuple(seek)
