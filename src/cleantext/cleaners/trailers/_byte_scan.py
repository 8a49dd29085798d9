"""The byte scan: one pass over a text's UTF-8 that finds every position where a trigger
pattern can match, built from the phrases' first characters (``_start_scan``), and the
pieces of the inner literals a text is searched for (``_needles``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from cleantext.cleaners.trailers._sentence_starts import _APOSTROPHES

# --- the byte scan ----------------------------------------------------------------------
#
# (One unit is found without the trigger patterns: a link after a cut at the very end of
# the text, whose lower case none takes; ``_spans`` looks for it in the last characters.)
#
# Most texts hold no unit, and the trigger patterns cost more than the whole budget when
# they run over every text. Their matches start at the capital of a phrase's first
# letter, at a bracket or a line break, or at a dash: one scan of the text's UTF-8 bytes
# finds every such position where what follows can be the rest of a phrase, and the
# patterns are tried only there (``_hits``). ``re`` skips in C over the bytes that start
# no branch of the scan and tries the branches only at the others (~180 MB/s on
# dev-clean, where the four patterns ran at ~35-60 MB/s together); most texts have no
# such position, and a text with a unit has a handful.
#
# Why the scan misses no match: it is each pattern spelt in bytes, each character as the
# UTF-8 of every character ``re`` matches with it. A capital is matched as written; a
# case-insensitive letter as every character ``(?i:ch)`` matches, found by running
# ``re`` itself over all of Unicode ("k" also matches the Kelvin sign, "i" the dotless
# and the dotted I); ``\s`` as the UTF-8 of every character ``re`` takes for it. Only a
# phrase's first ``_SCAN_DEPTH`` characters are spelt: wherever a phrase matches, so
# does its prefix. What follows the lead byte is a look-ahead (a look-behind for the
# bytes before it), so a match consumes one byte and no position hides another; a phrase
# whose prefix is another phrase is covered by that prefix. A pattern's match at a
# character is a match of its branch at the lead byte of that character: the first byte,
# or the last for a dash and a capital outside ASCII (their first bytes start every
# curly quote, or every letter of their script), whose scan runs only on a text holding
# that first byte. A bracket before a capital of ``_shared_capitals`` is left to that
# capital's branch, which matches wherever the bracket pattern can (``_hits`` looks back
# from it). So the scans find a superset of the positions where the patterns match, and
# ``_hits`` tries them in order, as ``finditer`` would have found them.


# How many characters of a phrase the scan's look-aheads spell out; what follows is
# left to the trigger pattern ``_hits`` tries there. Eight tell the phrases from most
# words that share their capital ("The post" from "There"), and the scan patterns come
# out at ~60 kB instead of the ~220 kB the whole phrases make: ``re`` compiles them in
# about a quarter of the time, and they stop at few more positions.
_SCAN_DEPTH = 8
# A scan's match at a character reads from that character's start (a look-behind reads
# no further back than the character's own first byte) through at most _SCAN_REACH
# bytes: the character (4 bytes at most); a capital's other characters (``str.upper``
# writes at most three for one: 8 bytes), or a bracket's eight spaces or tabs; at most
# nine spaces before a spaced rest (27 bytes); then _SCAN_DEPTH characters, each at
# most 24 bytes (a space is up to eight characters of ``\s``, 3 bytes each in UTF-8).
_SCAN_REACH = 4 + 8 + 27 + 24 * _SCAN_DEPTH


def _every_char() -> str:
    """All of Unicode (surrogates too) in one string, built in C (~10 ms, half what an
    array of every code point took): its UTF-32-LE is written one byte column at a time,
    each a short run of bytes repeated (the low byte counts up within 256 code points,
    the middle one within 65536, the high one across the 17 planes)."""
    n = sys.maxunicode + 1
    raw = bytearray(4 * n)
    raw[0::4] = bytes(range(256)) * (n // 256)
    raw[1::4] = b"".join(bytes([m]) * 256 for m in range(256)) * (n // 65536)
    raw[2::4] = b"".join(bytes([h]) * 65536 for h in range(n // 65536))
    return raw.decode("utf-32-le", "surrogatepass")


def _alt(seqs: Iterable[bytes]) -> bytes:
    """A bytes pattern for any one of ``seqs``, factored on shared leading bytes (the
    last bytes of a set in one class: "\\xe2\\x80[\\x80-\\x8a\\xa8]")."""
    trie: dict[int, dict] = {}  # type: ignore[type-arg]
    for seq in set(seqs):
        node = trie
        for byte in seq:
            node = node.setdefault(byte, {})
        node[-1] = {}
    return _emit_alt(trie)


def _emit_alt(node: dict) -> bytes:  # type: ignore[type-arg]
    last = sorted(b for b, child in node.items() if b >= 0 and list(child) == [-1])
    parts = [re.escape(bytes([b])) + _emit_alt(child)
             for b, child in sorted(node.items()) if b >= 0 and b not in last]
    if last:
        parts.insert(0, re.escape(bytes(last)) if len(last) == 1 else _class(last))
    source = parts[0] if len(parts) == 1 else b"(?:" + b"|".join(parts) + b")"
    return source + b"?" if -1 in node and node != {-1: {}} else source


def _class(values: list[int]) -> bytes:
    """A bytes class of ``values`` (sorted), runs of three or more as ranges."""
    out: list[bytes] = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(b"\\x%02x-\\x%02x" % (values[i], values[j]))
        else:
            out.extend(b"\\x%02x" % v for v in values[i : j + 1])
        i = j + 1
    return b"[" + b"".join(out) + b"]"


def _space_bytes(every: str) -> bytes:
    """Every character ``\\s`` matches in a ``str`` pattern, in UTF-8 (``every``: all of
    Unicode)."""
    return _alt(c.encode("utf-8", "surrogatepass") for c in re.findall(r"\s", every))


def _folded_bytes(chars: Iterable[str], every: str) -> dict[str, frozenset[bytes]]:
    """For each character, the UTF-8 of every character ``(?i:ch)`` matches in ``re``."""
    wanted = sorted(set(chars))
    if not wanted:
        return {}
    # One pass over all of Unicode finds every character that matches one of them;
    # each is then assigned by the same test, one character at a time.
    found = set(re.findall("(?i)[" + "".join(map(re.escape, wanted)) + "]", every))
    out: dict[str, frozenset[bytes]] = {}
    for ch in wanted:
        one = re.compile("(?i)" + re.escape(ch))
        forms = [x for x in found if one.fullmatch(x)] or [ch]
        out[ch] = frozenset(x.encode("utf-8", "surrogatepass") for x in forms)
    return out


def _byte_trie(
    phrases: Iterable[str],
    folded: dict[str, frozenset[bytes]],
    space: bytes,
    skip: frozenset[bytes] = frozenset(),
) -> bytes:
    """What ``trie_pattern(phrases)`` matches under ``(?i)``, cut to each phrase's first
    ``_SCAN_DEPTH`` characters, as a look-ahead's bytes pattern: a phrase that ends where
    another goes on is enough. A first character is not matched as one of ``skip``."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = trie
        for ch in " ".join(phrase.lower().split()):
            node = node.setdefault("'" if ch in _APOSTROPHES else ch, {})
        node[""] = {}
    apostrophe = _alt((b"'", "’".encode()))

    def emit(node: dict, skip: frozenset[bytes], depth: int) -> bytes:  # type: ignore[type-arg]
        if "" in node or not node or depth == 0:
            return b""
        branches = []
        for ch, child in sorted(node.items()):
            if ch == " ":
                head = space
            elif ch == "'":
                head = apostrophe
            elif folded[ch] - skip:
                head = _alt(folded[ch] - skip)
            else:
                continue
            branches.append(head + emit(child, frozenset(), depth - 1))
        if not branches:
            return b"(?!)"
        return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"

    return emit(trie, skip, _SCAN_DEPTH)


@dataclass(frozen=True)
class _Scan:
    """The byte scans of ``_start_scan``."""

    main: re.Pattern[bytes]  # capitals in ASCII, brackets, dashes
    # Capitals outside ASCII (led by their last byte), one scan per first byte: a text
    # without that byte is not scanned for them.
    wide: tuple[tuple[bytes, re.Pattern[bytes]], ...]
    shared: frozenset[str]  # capitals whose line's bracket the main scan leaves out


def _start_scan(by_first: dict[str, list[str]], starts: list[str]) -> _Scan:
    """The byte scans for the capital, bracket and dash patterns of ``_triggers``."""
    # Every character the tries below hold (a rest is lower-cased on its own: "Σ" ends
    # a word in lower case as "ς" or not, by what comes before it).
    every_rest = [r for group in by_first.values() for r in group]
    every = _every_char()
    folded = _folded_bytes(
        (ch for t in [*starts, *every_rest, *map(str.lstrip, every_rest)] for ch in t.lower()),
        every,
    )
    ws = _space_bytes(every)
    runs = ws + b"{1,8}"  # trie_pattern's spaces
    main: dict[bytes, list[bytes]] = {}
    wide: dict[bytes, dict[bytes, list[bytes]]] = {}
    for k, rests in by_first.items():
        # The capital as written, then _rest_pattern: a spaced rest after \s+ or a glued
        # one. More than eight spaces are enough on their own: the look-ahead's reach
        # stays bounded (see _SCAN_REACH).
        spaced = [r.lstrip() for r in rests if r[:1].isspace() and r.strip()]
        glued = [r for r in rests if r and not r[:1].isspace()]
        alts = (
            [runs + b"(?:" + _byte_trie(spaced, folded, runs) + b"|" + ws + b")"]
            if spaced else []
        ) + ([_byte_trie(glued, folded, runs)] if glued else [])
        first = k[0].encode("utf-8", "surrogatepass")
        rest = re.escape(k[1:].encode("utf-8", "surrogatepass")) + (
            b"(?:" + b"|".join(alts) + b")" if alts else b""
        )
        if len(first) == 1:
            main.setdefault(first, []).append(b"(?=" + rest + b")")
        else:
            # Led by its last byte: the first is the first byte of every letter of its
            # script ("П" is \xd0\x9f, "а" \xd0\xb0), tried at each of them.
            wide.setdefault(first[:1], {}).setdefault(first[-1:], []).append(
                b"(?<=" + re.escape(first) + b")(?=" + rest + b")"
            )
    shared = _shared_capitals(by_first, starts)
    if starts:
        # After a bracket or line break, a phrase in any case. One that opens with a
        # capital of ``shared`` is found at that capital, by its branch above (``_hits``
        # looks back from there for the bracket): most lines open with a capital, and
        # the scan stops at their first byte.
        skip = frozenset(c.encode("utf-8", "surrogatepass") for c in shared)
        after = rb"(?=[ \t]{0,8}" + _byte_trie(starts, folded, runs, skip) + b")"
        for bracket in b"[(\n":
            main.setdefault(bytes([bracket]), []).append(after)
    # "—" or "–" (\xe2\x80\x94, \xe2\x80\x93), led by the last byte: the others start
    # every curly quote.
    for last in b"\x93\x94":
        main.setdefault(bytes([last]), []).append(rb"(?<=\xe2\x80[\x93\x94])(?= ?More)")
    return _Scan(
        main=_branches(main),
        wide=tuple((first, _branches(group)) for first, group in sorted(wide.items())),
        shared=frozenset(shared),
    )


def _branches(branches: dict[bytes, list[bytes]]) -> re.Pattern[bytes]:
    """One scan of ``branches`` (by first byte): ``re`` tests each byte against their set
    of first bytes and tries the branches only where one stands."""
    return re.compile(b"|".join(
        re.escape(first) + (alts[0] if len(alts) == 1 else b"(?:" + b"|".join(alts) + b")")
        for first, alts in sorted(branches.items())
    ))


def _shared_capitals(by_first: dict[str, list[str]], starts: list[str]) -> set[str]:
    """The capitals that stand for each phrase they can open, in any case: a phrase
    whose first character ``(?i)`` matches one has it as its capital (so its rest is
    among the capital's rests). Outside ASCII too ("Ч", "Δ"): a wide scan runs on every
    text that holds its capital's first byte, so it finds the capital wherever the
    bracket pattern can, and a line break no longer tries their forms after it (a
    cost every text with paragraphs paid)."""
    out = {k for k in by_first if len(k) == 1 and k.isupper()}
    for p in starts:
        first = re.compile("(?i)" + re.escape(" ".join(p.lower().split())[:1]))
        out -= {c for c in out if first.fullmatch(c) and p[0].upper() != c}
    return out


@dataclass(frozen=True)
class _Needles:
    """Pieces of the inner literals, and how far a match reaches around the piece it holds."""

    pieces: tuple[str, ...]
    before: int  # characters at most from a match's start to its piece's
    after: int  # characters at most from its piece's start to the match's end
    # Per piece, a letter outside ASCII it holds ("ö" of Yoast's Turkish "ilk önce"), or
    # "": a text without it holds no such piece. ``in`` finds one character with memchr,
    # many times faster than ``find`` finds a short piece whose last letter is common.
    guards: tuple[str, ...] = ()


def _needles(inner: list[str]) -> _Needles | None:
    """The longest piece of each inner literal: the inner pattern matches
    case-sensitively, spaces and apostrophes aside, so a match holds one. None if a
    literal has no piece (the pattern then runs over the whole text)."""
    out: list[str] = []
    before = after = 0
    for literal in inner:
        norm = " ".join(literal.lower().split())  # as trie_pattern spells it
        pieces = list(re.finditer(r"[^\s'’]+", norm))
        if not pieces:
            return None
        best = max(pieces, key=lambda m: len(m.group()))
        # Each space matches up to eight (``\s{1,8}``), anything else one character.
        head, tail = norm[: best.start()], norm[best.start() :]
        before = max(before, len(head) + 7 * head.count(" "))
        after = max(after, len(tail) + 7 * tail.count(" "))
        out.append(best.group())
    found = tuple(dict.fromkeys(out))
    guards = tuple(next((c for c in piece if not c.isascii()), "") for piece in found)
    return _Needles(found, before, after, guards)
