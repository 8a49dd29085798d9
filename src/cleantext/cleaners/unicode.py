"""Broken and invisible characters: mojibake, controls, zero-width characters, odd spaces.

Removed or normalised:

- mojibake (UTF-8 read as Windows-1252 or Latin-1: ``CafÃ©``, ``â€œquotedâ€\x9d``),
  repaired with ftfy, which runs only when a cheap pattern finds a sign of it;
- C0 and C1 control characters (tab and line feed stay), DEL;
- the byte order mark (U+FEFF) wherever it stands;
- line breaks: CR LF, CR, NEL, U+2028 and U+2029 become ``\\n``; VT and FF too;
- spaces: NBSP, the U+2000 family, narrow and ideographic spaces become a space;
- lone surrogates (text decoded with ``surrogateescape`` or from broken UTF-16) become
  U+FFFD, so the output can always be written as UTF-8.

Deliberately left alone: curly quotes, dashes, ellipses, accents, ligatures,
full-width forms, CJK, emoji, and the invisible characters that carry meaning: ZWJ
(emoji sequences), ZWNJ (Persian, Indic scripts), the zero-width space (word breaks in
Thai, Khmer, Burmese), the word joiner, the soft hyphen (a hyphenation point inside a
word) and the bidi marks of right-to-left text. ftfy is configured so that it does not touch those either (its
defaults straighten quotes and apply NFC).

>>> unicode("\ufeffCafÃ© â€œnoirâ€\x9d costs\u00a05\u20ac")
'Café “noir” costs 5€'
>>> unicode("“Curly” quotes – and dashes — stay")
'“Curly” quotes – and dashes — stay'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from cleantext._core import Edit, Span, SpanCleaner, diff_edits

# UTF-8 lead byte read as Latin-1/cp1252 (Â..ô) followed by a continuation byte read
# the same way (0x80-0xBF: the C1 range or its cp1252 glyphs, NBSP..¿). Valid text in
# Latin scripts almost never has that pair; every UTF-8 -> cp1252 mojibake has it.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
MOJIBAKE_HINT = regex.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")

_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_DROP = "\ufeff"
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"
# One pass finds everything this cleaner normalises without ftfy.
_ODD = regex.compile(
    f"\r\n|[{_BREAKS}]|[{_SPACES}]+|[{_DROP}{_CONTROLS}]+|[\ud800-\udfff]"
)


@functools.lru_cache(maxsize=1)
def _ftfy_config() -> object:
    import ftfy  # imported on first use: most text never needs it

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
    if text.isascii() or MOJIBAKE_HINT.search(text) is None:
        return text
    import ftfy

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
        elif "\ud800" <= first <= "\udfff":
            new = "\ufffd"
        else:
            new = " "
        spans.append((m.start(), m.end(), new))
    return spans


_invisible = SpanCleaner("unicode", _odd_spans, trigger=_ODD)


@dataclass(frozen=True)
class UnicodeCleaner:
    """Mojibake repair (gated ftfy), then the invisible and odd characters."""

    name: str = "unicode"

    def __call__(self, text: str) -> str:
        return _invisible(fix_mojibake(text))

    def explain(self, text: str) -> tuple[str, list[Edit]]:
        fixed = fix_mojibake(text)
        if fixed == text:
            return _invisible.explain(text)
        # ftfy cannot say where it changed the text: report the changed region whole.
        out = _invisible(fixed)
        return out, diff_edits(self.name, text, out)


unicode = UnicodeCleaner()
