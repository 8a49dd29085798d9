r"""Broken and invisible characters: mojibake, controls, zero-width characters, odd spaces.

Removed or normalised:

- mojibake (UTF-8 read as Windows-1252 or Latin-1: ``CafÃ©``, ``â€œquotedâ€\x9d``,
  Cyrillic ``ÐŸÑ€Ð¸``, CJK ``æ—¥æœ¬``, and mojibake of mojibake ``CafÃƒÂ©``; UTF-8
  read as Windows-1251 ``РџСЂРё``, Windows-1250 ``przyjÄ…Ĺ‚`` or Mac OS Roman
  ``It‚Äôs``; a stray ``Â`` glued to a word, left of a misread NBSP; a closing quote
  whose last byte was lost, ``â€`` then a space), repaired with ftfy, which runs only
  when a cheap pattern finds a sign of it, then word by word where a line mixes valid
  letters with mojibake (``Tânăra Ioana MureÈ™an``);
- C1 control characters, which are Windows-1252 text decoded as Latin-1
  (``don\x92t``, ``\x85`` for ``…``): ftfy maps them back; the few with no
  Windows-1252 meaning are dropped;
- C0 control characters (tab and line feed stay), DEL, terminal colour codes
  (``\x1b[31m``);
- the byte order mark (U+FEFF) wherever it stands;
- line breaks: CR LF, CR, U+2028 and U+2029 become ``\n``; VT and FF too;
- spaces: NBSP, the U+2000 family, narrow and ideographic spaces become a space;
- surrogates: a pair becomes its character; a lone one (text decoded with
  ``surrogateescape`` or from broken UTF-16) becomes U+FFFD, so the output can
  always be written as UTF-8.

Deliberately left alone: curly quotes, dashes, ellipses, accents, ligatures,
full-width and half-width forms, combining marks (no normalisation form is applied),
CJK, emoji, and the invisible characters that carry meaning: ZWJ (emoji sequences),
ZWNJ (Persian, Indic scripts), the zero-width space (word breaks in Thai, Khmer,
Burmese), the word joiner, the soft hyphen (a hyphenation point inside a word) and
the bidi marks and controls of right-to-left text. The gold of the development sets
keeps the soft hyphens and zero-width spaces of article text, so removing them would
count as a change. ftfy is configured so that it does not touch these either (its
defaults straighten quotes, widen half-width forms and apply NFC).

>>> unicode("\ufeffCafÃ© â€œnoirâ€\x9d costs\u00a05\u20ac")
'Café “noir” costs 5€'
>>> unicode("“Curly” quotes – and dashes — stay")
'“Curly” quotes – and dashes — stay'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cleantext._core import Edit, Span, SpanCleaner, diff_edits
from cleantext.cleaners.whitespace import whitespace

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

# A UTF-8 lead byte read as Latin-1/cp1252 (Â..ô, ``_LEAD``) followed by a continuation byte read
# the same way (0x80-0xBF: the C1 range or its cp1252 glyphs, NBSP..¿). Valid text in
# Latin scripts almost never has that pair; every UTF-8 -> cp1252 mojibake has it.
_LEAD = "\u00c2-\u00f4"
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# The same pair, spelt in the UTF-8 bytes of the text (a test checks it against the two
# character sets above, over every lead and every following character to U+22FF).
# Searched as bytes because the pattern then starts with one literal byte (\xc3, the
# lead of U+00C2..U+00F4), which ``re`` finds at memchr speed: ten times faster than the
# character-class pair on accented text, where every "é" is a candidate.
_LEAD_THEN_CONTINUATION = re.compile(
    rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92"
    rb"|\xcb[\x86\x9c]|\xe2\x80[\x93\x94\x98-\x9e\xa0-\xa2\xa6\xb0\xb9\xba]"
    rb"|\xe2\x82\xac|\xe2\x84\xa2)"
)
# C1 controls are Windows-1252 text decoded as Latin-1 (``don\x92t``): ftfy maps
# them back (``don’t``) where deleting them would lose a character.
_C1 = re.compile(rb"\xc2[\x80-\x9f]")

# UTF-8 is misread in other code pages too, and ftfy repairs them: Windows-1250 on
# Central European sites (``przyjÄ…Ĺ‚``), Mac OS Roman in feeds written on Macs
# (``It‚Äôs``, ``caf√©``), Windows-1251 on Cyrillic ones (``РџСЂРё`` for "При").
# Each sign is a lead byte, then a continuation byte (0x80-0xBF), both as the code
# page reads them, spelt in UTF-8; the patterns are built from the codecs, so they are
# those pairs and no others. Each starts with one literal byte, which ``re`` finds at
# memchr speed, and which text not in these scripts rarely holds.


def _pairs(codec: str, leads: bytes) -> re.Pattern[bytes]:
    """Any of ``leads`` then any continuation byte, each read as ``codec``, in UTF-8."""

    def spelt(raw: Iterable[int]) -> bytes:
        chars = {bytes([b]).decode(codec, "ignore") for b in raw} - {""}
        return b"|".join(sorted(re.escape(c.encode()) for c in chars))

    return re.compile(b"(?:%s)(?:%s)" % (spelt(leads), spelt(range(0x80, 0xC0))))


#: Windows-1250: the leads of Latin-1 and Latin Extended-A letters, 0xC3 and 0xC5, read
#: as "Ă" and "Ĺ" (0xC4 is "Ä", which the Windows-1252 pattern covers): a misread Czech
#: or Polish word holds them ("Ăł" for "ó", "Ĺ‚" for "ł").
_CP1250 = _pairs("cp1250", b"\xc3\xc5")
#: Mac OS Roman: 0xC3, read as "√", leads the accented letters ("√©" for "é"), 0xE2,
#: read as "‚", curly quotes and dashes ("‚Äô" for "’").
_MAC_ROMAN = _pairs("mac_roman", b"\xc3\xe2")


def _cp1251() -> re.Pattern[bytes]:
    """Windows-1251: the leads of Cyrillic letters, 0xD0 and 0xD1, read as "Р" and "С",
    then a continuation byte that the code page reads as a Latin-1 sign (NBSP to ``»``):
    ``Р°`` for "а", ``Рµ`` for "е", ``Р±``, ``Р¶``, ``Р·``, ``Р»`` for "б", "ж", "з", "л",
    and most capitals from "Р" on: no misread Russian sentence lacks one. Written sign
    first: "\xd0", which valid Cyrillic text is full of, would stop a scan at every other
    letter; "\xc2" is rare in it."""
    signs = (bytes([b]).decode("cp1251", "ignore") for b in range(0x80, 0xC0))
    latin1 = bytes(sorted(ord(c) for c in signs if "\u00a0" <= c <= "\u00bf"))
    return re.compile(b"\xc2[%s](?<=\xd0[\xa0\xa1]\xc2.)" % re.escape(latin1), re.DOTALL)


_CP1251 = _cp1251()
#: A NBSP read as Windows-1252 is "Â\xa0"; where something since turned the NBSP into a
#: space, "Â " is left, the commonest mojibake of scraped English text. The NBSP stood
#: for a space, so the "Â" is glued to the word before it ("said.Â The", "TrumpÂ said"),
#: or NBSPs came in a run ("Â Â Â"). Valid text has "Â" inside words (ROMÂNIA, CÂMARA),
#: or alone between spaces when it names the letter ("the letter Â is"): not a sign.
#: A tab after it counts as a space: the whitespace cleaner makes it one, and the next
#: cleaning would find the sign there. At the text's start, as at a line's, there is
#: no word for it to be glued to: the whitespace cleaner strips a text's first line
#: breaks, and "\n\nÂ 0" must read as "Â 0" does. Written to start with the literal
#: "Â", which ``re`` skips to in C; the look-behind after its space checks the byte
#: before.
_A0_AS_SPACE = re.compile(rb"\xc3\x82[ \t](?:(?<=[^ \t\n]\xc3\x82[ \t])|\xc3\x82[ \t])")
#: The other signs that need no "\xc2", searched after the Windows-1252 one finds none.
_MISREAD = (_CP1250, _MAC_ROMAN, _A0_AS_SPACE)


def _utf8(text: str) -> bytes:
    """``text`` in UTF-8, lone surrogates included (as ``surrogatepass`` writes them)."""
    return text.encode("utf-8", "surrogatepass")


def _mojibake_in(data: bytes) -> object:
    """A sign of mojibake in a text's UTF-8 bytes, or None."""
    found = _LEAD_THEN_CONTINUATION.search(data)
    if found is None and b"\xc2" in data:
        # The signs that hold a "\xc2": most text has none, found by one memchr.
        found = _C1.search(data) or _CP1251.search(data)
    for pattern in _MISREAD:
        if found is not None:
            break
        found = pattern.search(data)
    return found


class _MojibakeHint:
    """The ftfy gate: true for a text with a sign of mojibake (see the patterns above).

    >>> bool(MOJIBAKE_HINT.search("CafÃ©")), bool(MOJIBAKE_HINT.search("Café “noir”"))
    (True, False)
    """

    def search(self, text: str, /) -> object:
        if text.isascii():
            return None
        return _mojibake_in(_utf8(text))


#: The cheap mojibake check that gates ftfy: its ``search`` is true for a text with a
#: UTF-8 lead byte read as Windows-1252 or Latin-1 followed by a continuation byte, or
#: with a C1 control, or with one of the pairs Windows-1250, Mac OS Roman or
#: Windows-1251 make (see ``_CP1250``, ``_MAC_ROMAN``, ``_cp1251``), or with "Â "
#: (``_A0_AS_SPACE``). ASCII text is never searched; valid accented text rarely matches.
MOJIBAKE_HINT = _MojibakeHint()

_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_DROP = "\ufeff"
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"
# One pass finds everything this cleaner normalises without ftfy.
_ANSI = r"\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]"  # terminal colour codes from logs
_PAIR = "[\ud800-\udbff][\udc00-\udfff]"  # a surrogate pair: one astral character
_ODD = re.compile(
    f"\r\n|[{_BREAKS}]|[{_SPACES}]+|{_ANSI}|[{_DROP}{_CONTROLS}]+|{_PAIR}|[\ud800-\udfff]"
)


@functools.cache
def _ftfy_config() -> TextFixerConfig:
    import ftfy  # noqa: PLC0415 - imported on first use: most text never needs it

    return ftfy.TextFixerConfig(
        unescape_html=False,  # the markup cleaner owns entities
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,  # ligatures are valid text
        fix_character_width=False,  # full-width forms are valid CJK text
        uncurl_quotes=False,  # curly quotes are valid text
        fix_line_breaks=False,  # done below, with offsets
        fix_surrogates=True,
        remove_control_chars=False,  # done below, with offsets
        normalization=None,  # NFC would rewrite valid text
        explain=False,
    )


def fix_mojibake(text: str) -> str:
    """Repair mojibake with ftfy if the cheap check finds a sign of it; else return ``text``.

    >>> fix_mojibake("SÃ£o Paulo")
    'São Paulo'
    >>> fix_mojibake("Plain text stays.")
    'Plain text stays.'
    """
    return _ftfy(text) if MOJIBAKE_HINT.search(text) else text


def _ftfy(text: str) -> str:
    import ftfy  # noqa: PLC0415 - imported on first use: most text never needs it

    fixed: str = ftfy.fix_text(text, config=_ftfy_config())
    return fixed


def _odd_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _ODD.finditer(text):
        s = m.group()
        first = s[0]
        if s == "\r\n" or first in _BREAKS:
            new = "\n"
        elif first in _DROP or first < " " or "\x7f" <= first <= "\x9f":
            new = ""
        elif len(s) == 2 and "\ud800" <= first <= "\udbff":
            new = s.encode("utf-16", "surrogatepass").decode("utf-16")
        elif "\ud800" <= first <= "\udfff":
            new = "\ufffd"
        else:
            new = " "
        spans.append((m.start(), m.end(), new))
    return spans


# The gate's test runs on the UTF-8 bytes the mojibake check reads too (one encoding
# for both). Every character ``_ODD`` matches is, in UTF-8, a control byte (C0 but tab
# and line feed, so CR, VT, FF and ESC among them; DEL) or one of the sequences below,
# each led by one lead byte. UTF-8 is self-synchronising: a sequence matches only where
# its character stands, so the test is exact. Control bytes are counted by deleting
# them (``bytes.translate``, one pass in C); each lead byte is first a ``memchr``, and
# most texts hold none but "\xe2" (curly quotes, dashes; CJK and Hangul text hold
# "\xe3" and "\xed"), whose scan then skips from lead byte to lead byte in C. About
# twice as fast as one character-class scan of the text.
_ODD_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])
_ODD_SEQUENCES = (
    (b"\xc2", re.compile(rb"\xc2[\x80-\xa0]")),  # C1 controls, NEL, NBSP
    (b"\xe1", re.compile(rb"\xe1\x9a\x80")),  # U+1680 Ogham space mark
    # U+2000-U+200A spaces, U+2028, U+2029 separators, U+202F and U+205F spaces
    (b"\xe2", re.compile(rb"\xe2(?:\x80[\x80-\x8a\xa8\xa9\xaf]|\x81\x9f)")),
    (b"\xe3", re.compile(rb"\xe3\x80\x80")),  # U+3000 ideographic space
    (b"\xed", re.compile(rb"\xed[\xa0-\xbf]")),  # surrogates U+D800-U+DFFF
    (b"\xef", re.compile(rb"\xef\xbb\xbf")),  # U+FEFF byte order mark
)


def _odd_in(text: str, data: bytes) -> bool:
    """Whether ``text`` (``data`` in UTF-8) has a character ``_ODD`` normalises."""
    if len(data.translate(None, _ODD_BYTES)) != len(data):
        return True
    if len(data) == len(text):
        return False  # ASCII: no lead bytes
    return any(lead in data and seq.search(data) is not None for lead, seq in _ODD_SEQUENCES)


class _MayBeOdd:
    """The gate: true exactly for a text with a character ``_ODD`` normalises."""

    def search(self, text: str, /) -> object:
        return _odd_in(text, _utf8(text)) or None


_invisible = SpanCleaner("unicode", _odd_spans, trigger=_MayBeOdd())


#: ftfy and the character cleanup each run again, at most this many times in all, if
#: dropping a character joined two halves of mojibake (``Ã\x00©``).
MAX_PASSES = 3


#: The closing double quote "”" is E2 80 9D in UTF-8, and Windows-1252 has no character
#: for 0x9D: decoders drop it or put U+FFFD in its place, so "â€œWe won,â€ he said" is
#: the commonest lossy mojibake. ftfy cannot know the byte and reads "â€ " as "†" (a NBSP
#: turned into a space) or "â€\ufffd" as "\ufffd". Before a space, the end or U+FFFD,
#: "â€" lost its closing quote far more often than anything else (E2 80 A0 is "†";
#: 0x81, 0x8D, 0x8F and 0x90 lead to a space, a ZWJ, an RLM, a hyphen): it is put
#: back before ftfy runs.
_LOST_CLOSING_QUOTE = re.compile("â€(?:\ufffd|(?=\\s|\\Z))")


#: A word: what the last repair reads on its own.
_WORD = re.compile(r"\S+")


def _fix_words(text: str) -> str:
    """Repair, word by word, the mojibake a whole-text repair left.

    ftfy repairs a line whole when all of it decodes, and otherwise only the stretches
    that look wrong in their context. A line that mixes valid accented letters with
    mojibake (a flattened page whose paragraphs came from two decodings, a misread
    quotation in a valid paragraph) cannot decode whole, and a pair between two
    lower-case letters ("MureÈ™an") looks like a word. On its own, such a word decodes
    whole, and ftfy repairs it only then; a word that mixes both stays as it is.

    >>> _fix_words("Tânăra Ioana MureÈ™an, cu soÈ›ul ei")
    'Tânăra Ioana Mureșan, cu soțul ei'
    >>> _fix_words("ROMÂNIA și CÂMARA, MĂŞTI")
    'ROMÂNIA și CÂMARA, MĂŞTI'
    """

    def repair(word: re.Match[str]) -> str:
        found = word.group()
        return _ftfy(found) if MOJIBAKE_HINT.search(found) else found

    return _WORD.sub(repair, text)


def _fix(text: str) -> str:
    data = _utf8(text)
    if not _odd_in(text, data) and (len(data) == len(text) or _mojibake_in(data) is None):
        # Most text: nothing to repair or normalise, told from one encoding of it
        # (the first pass below would run neither ftfy nor the cleanup, and return it).
        return text
    for _ in range(MAX_PASSES):
        fixed = text
        if MOJIBAKE_HINT.search(text):
            # ftfy reads "Â\t", "Â " and "Â  " differently, and the whitespace cleaner,
            # which runs last, turns one into another: tidy the whitespace first, so
            # that what ftfy sees is what a second cleaning would show it. (Tidying
            # spaces, tabs and line breaks cannot remove what the hint found.)
            text = whitespace(text)
            if "â€" in text:
                text = _LOST_CLOSING_QUOTE.sub("â€\x9d", text)
            fixed = _ftfy(text)
        out = _invisible(fixed)
        # Again while a pass changed the text and a sign is left: ftfy's own repairs can
        # make one ("â\x80", its C1 control mapped to "€", is the "â€" of a lost
        # closing quote), and the next cleaning would repair it.
        if not MOJIBAKE_HINT.search(out):
            return out
        if out == text:
            break
        text = out
    # Rare: a sign survived the repair of the whole text (see ``_fix_words``).
    return _fix_words(text)


@dataclass(frozen=True)
class UnicodeCleaner:
    r"""Mojibake repair (gated ftfy), then the invisible and odd characters.

    Repairs mojibake, drops controls and stray byte order marks, turns odd spaces and
    line breaks into plain ones. It leaves alone curly quotes, dashes, accents,
    ligatures, full-width forms, emoji, and the invisible characters that carry
    meaning (ZWJ, ZWNJ, the zero-width space, the soft hyphen, bidi marks); no
    normalisation form is applied. :data:`unicode` is the instance in
    :data:`cleantext.DEFAULT`.

    >>> clean = UnicodeCleaner()
    >>> clean("\ufeffCafÃ© costs\u00a05\u20ac \u2014 “really”")
    'Café costs 5€ — “really”'
    """

    name: str = "unicode"

    def prepare(self) -> None:
        """Import and configure ftfy now, not at the first sign of mojibake."""
        _ftfy("CafÃ©")

    def __call__(self, text: str) -> str:
        return _fix(text)

    def explain(self, text: str) -> tuple[str, list[Edit]]:
        """What the call returns; one edit over the changed region when ftfy ran."""
        if not MOJIBAKE_HINT.search(text):
            out, edits = _invisible.explain(text)
            if not MOJIBAKE_HINT.search(out):
                return out, edits
        # ftfy cannot say where it changed the text: report the changed region whole.
        out = _fix(text)
        return out, diff_edits(self.name, text, out)


unicode = UnicodeCleaner()
