"""The unicode cleaner: what is broken is fixed, what is valid stays."""

from __future__ import annotations

import re

import ftfy
import pytest

from cleantext._core import replay
from cleantext.cleaners.unicode import MOJIBAKE_HINT, fix_mojibake, unicode

FIXED = [
    ("Latin mojibake is repaired", "CafÃ© au lait", "Café au lait"),
    ("Portuguese mojibake is repaired", "SÃ£o Paulo e BrasÃ­lia", "São Paulo e Brasília"),
    ("mojibake of curly quotes is repaired", "â€œquotedâ€\x9d", "“quoted”"),
    ("Cyrillic mojibake is repaired", "ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "Привет мир"),
    ("CJK mojibake is repaired", "æ—¥æœ¬èªž", "日本語"),
    ("mojibake of mojibake is repaired", "CafÃƒÂ©", "Café"),
    ("a mojibake NBSP is repaired then normalised", "Ã\xa0 la carte", "à la carte"),
    ("Windows-1252 read as Latin-1 is repaired", "don\x92t \x93quote\x94 \x96 x",
     "don’t “quote” – x"),
    ("a C1 ellipsis becomes an ellipsis", "wait\x85", "wait…"),
    ("a C1 control with no Windows-1252 meaning goes", "x\x81y", "xy"),
    ("mojibake split by a NUL is repaired", "Caf\u00c3\x00\u00a9", "Café"),
    ("C0 controls go", "a\x00b\x07c\x1fd\x7f", "abcd"),
    ("terminal colour codes go", "\x1b[31mred\x1b[0m alert", "red alert"),
    ("a BOM at the start goes", "\ufeffText", "Text"),
    ("a BOM inside the text goes", "one\ufefftwo", "onetwo"),
    ("NBSP becomes a space", "5\xa0km", "5 km"),
    ("an em space becomes a space", "a\u2003b", "a b"),
    ("an ideographic space becomes a space", "a\u3000b", "a b"),
    ("a narrow NBSP becomes a space", "10\u202f000", "10 000"),
    ("a run of odd spaces becomes one space", "a\xa0\u2009\u200ab", "a b"),
    ("CRLF becomes LF", "a\r\nb", "a\nb"),
    ("CR becomes LF", "a\rb", "a\nb"),
    ("line and paragraph separators become LF", "a\u2028b\u2029c", "a\nb\nc"),
    ("vertical tab and form feed become LF", "a\x0bb\x0cc", "a\nb\nc"),
    ("a lone high surrogate becomes U+FFFD", "a\ud800b", "a\ufffdb"),
    ("a lone low surrogate becomes U+FFFD", "a\udfffb", "a\ufffdb"),
    ("a surrogate pair becomes its character", "smile \ud83d\ude00", "smile 😀"),
    # UTF-8 read in other code pages: Windows-1251 on Cyrillic sites, Windows-1250 on
    # Polish and Czech ones, Mac OS Roman in feeds written on Macs.
    ("Russian read as Windows-1251 is repaired",
     "РџСЂРµР·РёРґРµРЅС‚ Р\xa0РѕСЃСЃРёРё Р·Р°СЏРІРёР», С‡С‚Рѕ "
     "РїРµСЂРµРіРѕРІРѕСЂС‹ РїСЂРѕРґРѕР»Р¶Р°С‚СЃСЏ.",
     "Президент России заявил, что переговоры продолжатся."),
    ("Polish read as Windows-1250 is repaired",
     "Prezydent Krakowa, ĹĽĂłĹ‚w i sĂłl: w Ĺ›rodÄ™ ogĹ‚oszono wyniki.",
     "Prezydent Krakowa, żółw i sól: w środę ogłoszono wyniki."),
    ("Czech read as Windows-1250 is repaired",
     "Ĺ\xa0koda vyrobila vĂ\xadc aut. Ministr Ĺ™ekl, Ĺľe to staÄŤĂ\xad.",
     "Škoda vyrobila víc aut. Ministr řekl, že to stačí."),
    ("curly quotes read as Mac OS Roman are repaired",
     "It‚Äôs a ‚Äúbig‚Äù day ‚Äî for the caf√© in S√£o Paulo.",
     "It’s a “big” day — for the café in São Paulo."),
    ("Spanish read as Mac OS Roman is repaired", "El ni√±o comi√≥ pi√±a en C√°diz.",
     "El niño comió piña en Cádiz."),
    # The closing quote's 0x9D, which Windows-1252 lacks, dropped or replaced.
    ("a closing quote whose last byte was dropped is repaired",
     "â€œWe won,â€ he said.", "“We won,” he said."),
    ("a closing quote whose last byte was replaced is repaired",
     "â€œWe won,â€\ufffd he said.", "“We won,” he said."),
    ("a closing quote that lost its last byte at the end is repaired",
     "He said â€œnoâ€", "He said “no”"),
    ("a closing quote that lost its last byte before a paragraph is repaired",
     "â€œYes.â€\n\nNext.", "“Yes.”\n\nNext."),
    # A NBSP read as Windows-1252 ("Â\xa0") whose NBSP became a space.
    ("a stray A circumflex before a space goes", "The council met.Â The vote followed.",
     "The council met. The vote followed."),
    ("stray A circumflexes glued to words go", "Donald TrumpÂ said thatÂ the vote",
     "Donald Trump said that the vote"),
    ("a run of stray A circumflexes goes", "Â Â Â The council met.", " The council met."),
    # The whitespace cleaner turns a tab into a space: "Â\t" is the same sign.
    ("a stray A circumflex before a tab goes", "The council met.Â\tThe vote followed.",
     "The council met. The vote followed."),
    # Decoded as Latin-1, "”" is "â\x80\x9d"; with its last byte lost, ftfy maps the
    # C1 control to "€" and leaves "â€", the cp1252 form, repaired in a second pass.
    ("a closing quote read as Latin-1 that lost its last byte is repaired",
     "He said \u00e2\x80\x9cno\u00e2\x80", "He said “no”"),
    # One line mixing valid letters and mojibake (two paragraphs from two decodings,
    # flattened): the line cannot decode whole, and a pair between two lower-case
    # letters does not look wrong to ftfy there. Each such word is repaired alone.
    ("mojibake words on a line with valid letters are repaired",
     "Târgul s-a mutat în piață. Ioana MureÈ™an spune cÄƒ soÈ›ul ei a plecat.",
     "Târgul s-a mutat în piață. Ioana Mureșan spune că soțul ei a plecat."),
    ("mojibake words glued to a valid paragraph are repaired",
     "Primăria a votat.Consilierul Radu BÄƒlan È™i soÈ›ia lui au plecat.",
     "Primăria a votat.Consilierul Radu Bălan și soția lui au plecat."),
]

KEPT = [
    ("curly quotes stay", "“Curly” and ‘single’ quotes, don’t"),
    ("dashes stay", "en – dash, em — dash, minus − sign"),
    ("an ellipsis stays", "and then…"),
    ("accents stay", "naïve résumé Ærøskøbing Øre"),
    ("German letters stay", "Ä Ö Ü ä ö ü ß"),
    ("Portuguese letters stay", "PREÇO: R$ 10, ação"),
    ("ligatures stay", "ﬁne ﬂow"),
    ("full-width forms stay", "ＡＢＣ１２３"),
    ("half-width katakana stay", "ﾊﾝｶｸ"),
    ("CJK stays", "日本語の記事。中文新闻。한국어"),
    ("emoji stay", "great 👍🏽"),
    ("emoji ZWJ sequences stay", "family 👨\u200d👩\u200d👧"),
    ("ZWNJ in Persian stays", "می\u200cخواهم"),
    ("a soft hyphen stays", "co\u00adoperation"),
    ("a zero-width space stays", "ภาษา\u200bไทย"),
    ("a word joiner stays", "a\u2060b"),
    ("combining marks stay unnormalised", "e\u0301 and n\u0303"),
    ("RTL marks stay", "abc\u200fdef\u200e"),
    ("bidi embedding controls stay", "\u202bعربي\u202c and \u2067x\u2069"),
    ("Arabic stays", "مرحبا بالعالم"),
    ("Greek stays", "Καλημέρα"),
    ("a capital A tilde before a space stays", "Ã "),
    ("tab and LF stay", "a\tb\nc"),
    ("a lone capital A circumflex pair stays", "ÂÂ"),
    ("plain ASCII stays", "Plain text, nothing odd."),
    ("a pound sign stays", "£5 and €6"),
    ("Russian stays", "Президент России заявил, что переговоры продолжатся, сообщает ТАСС."),
    ("a Cyrillic capital before a guillemet stays", "сообщает «ТАСС» и «РБК»."),
    ("Ukrainian stays", "Січень у Рівному був холодним."),
    ("Polish stays", "Zażółć gęślą jaźń – Łódź, Kraków."),
    ("Czech stays", "Příliš žluťoučký kůň úpěl ďábelské ódy."),
    ("Romanian stays", "ÎNVĂȚĂMÂNTUL ȘI ȘTIINȚA ÎN ROMÂNIA"),
    ("German single low quotes stay", "Er sagte ‚Äpfel‘ und ‚Öl‘."),
    ("a square root stays", "√2 ≈ 1.414"),
    ("a capital A circumflex inside words stays", "ROMÂNIA și CÂMARA"),
    ("a capital A circumflex named as a letter stays", "The letter Â is used in Romanian."),
    ("a capital A circumflex named as a letter before a tab stays",
     "The letter Â\tis used in Romanian."),
    # Windows-1250 reads "ê" as "ĂŞ": Romanian capitals with the cedilla S reach ftfy.
    ("Romanian capitals with a cedilla S stay", "MĂŞTI DE PROTECŢIE OBLIGATORII ÎN ROMÂNIA"),
    ("a Vietnamese capital A circumflex before a space stays", "CHỮ Â LÀ MỘT NGUYÊN ÂM"),
    # No word before it to be glued to: at a text's start as at a line's (the
    # whitespace cleaner strips a text's first line breaks, so the two must agree).
    ("a capital A circumflex opening a text stays", "Â 0 – 1"),
    ("a capital A circumflex opening a line stays", "Score:\nÂ 0 – 1"),
]

# Valid text that holds a sign, so ftfy and then the word-by-word repair read it.
SIGNED_BUT_VALID = [
    "Perché? È… vero, disse Müller.",
    "Disse «È» e poi «Sì», perché no.",
    "ÎNVĂȚĂMÂNTUL: MĂŞTI DE PROTECŢIE, a spus el.",
]


@pytest.mark.parametrize("raw", SIGNED_BUT_VALID)
def test_valid_words_with_a_sign_stay(raw: str) -> None:
    assert MOJIBAKE_HINT.search(raw)
    assert unicode(raw) == raw


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in FIXED], ids=[c[0] for c in FIXED])
def test_broken_characters_are_fixed(raw: str, expected: str) -> None:
    assert unicode(raw) == expected


@pytest.mark.parametrize("raw", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_valid_characters_stay(raw: str) -> None:
    assert unicode(raw) == raw
    assert unicode.explain(raw) == (raw, [])


@pytest.mark.parametrize("raw", [c[1] for c in FIXED], ids=[c[0] for c in FIXED])
def test_explain_replays_and_agrees(raw: str) -> None:
    out, edits = unicode.explain(raw)
    assert out == unicode(raw)
    assert replay(raw, edits) == out


@pytest.mark.parametrize("raw", [c[1] for c in FIXED], ids=[c[0] for c in FIXED])
def test_unicode_is_idempotent(raw: str) -> None:
    once = unicode(raw)
    assert unicode(once) == once


def test_edits_name_the_characters() -> None:
    _, edits = unicode.explain("a\x00b\xa0c\r\nd")
    assert [(e.removed, e.inserted) for e in edits] == [("\x00", ""), ("\xa0", " "),
                                                        ("\r\n", "\n")]


# Capitals the gate cannot tell from mojibake: ftfy decides, and keeps them.
_GATED = {"Ã ", "ÂÂ", "сообщает «ТАСС» и «РБК».", "Січень у Рівному був холодним.",
          "Er sagte ‚Äpfel‘ und ‚Öl‘.",
          "MĂŞTI DE PROTECŢIE OBLIGATORII ÎN ROMÂNIA"}


@pytest.mark.parametrize("raw", [c[1] for c in KEPT if c[1] not in _GATED],
                         ids=[c[0] for c in KEPT if c[1] not in _GATED])
def test_the_gate_does_not_send_valid_text_to_ftfy(raw: str) -> None:
    assert MOJIBAKE_HINT.search(raw) is None


def test_the_gate_fires_on_every_repaired_case() -> None:
    for _, raw, _expected in FIXED:
        if fix_mojibake(raw) != raw:
            assert MOJIBAKE_HINT.search(raw), raw


def test_the_bytes_pattern_is_the_lead_and_continuation_sets_in_utf8() -> None:
    # The mojibake sign is written as a character pair (a lead, then a continuation)
    # and searched as its UTF-8: both spellings must say the same for every pair.
    from cleantext.cleaners.unicode import (  # noqa: PLC0415 - private to this test
        _CONTINUATION,
        _LEAD,
        _LEAD_THEN_CONTINUATION,
    )

    lead = re.compile(f"[{_LEAD}]")
    follow = re.compile(f"[{_CONTINUATION}]")
    for code in range(0x2300):
        c = chr(code)
        if "\ud800" <= c <= "\udfff":
            continue
        as_lead = _LEAD_THEN_CONTINUATION.search((c + "\u0080").encode()) is not None
        assert as_lead == (lead.fullmatch(c) is not None), hex(code)
        as_follow = _LEAD_THEN_CONTINUATION.search(("\u00c3" + c).encode()) is not None
        assert as_follow == (follow.fullmatch(c) is not None), hex(code)


@pytest.mark.parametrize(("codec", "leads", "latin1_only"), [
    ("cp1250", b"\xc3\xc5", False),
    ("mac_roman", b"\xc3\xe2", False),
    ("cp1251", b"\xd0\xd1", True),
])
def test_the_other_code_page_signs_are_their_pairs_in_utf8(
    codec: str, leads: bytes, latin1_only: bool
) -> None:
    # Each named lead byte, then each continuation byte (for Windows-1251, each that it
    # reads as a Latin-1 sign), misread as the code page, is a sign; the same lead
    # before a letter is not.
    from cleantext.cleaners.unicode import _mojibake_in  # noqa: PLC0415 - private

    for lead in leads:
        for follow in range(0x80, 0xC0):
            misread = bytes([lead, follow]).decode(codec, "ignore")
            if len(misread) != 2 or (latin1_only and not "\xa0" <= misread[1] <= "\xbf"):
                continue
            assert _mojibake_in(misread.encode()) is not None, (hex(lead), hex(follow))
        letter = bytes([lead]).decode(codec) + "a"
        assert _mojibake_in(letter.encode()) is None, hex(lead)


def test_ascii_never_reaches_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:


    def fail(*args: object, **kwargs: object) -> str:
        raise AssertionError("ftfy called")

    monkeypatch.setattr(ftfy, "fix_text", fail)
    assert fix_mojibake("plain ascii, with 'quotes' and <tags>") == (
        "plain ascii, with 'quotes' and <tags>")


def test_output_always_encodes_as_utf8() -> None:
    out = unicode("a\ud800\udfff\udc00b\ud83d")
    out.encode("utf-8")
    assert out == "a\U000103ff\ufffdb\ufffd"
