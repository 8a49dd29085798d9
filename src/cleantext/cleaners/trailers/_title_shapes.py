"""What a linked title looks like: title-length and no sentence (``_title_like``), on a
line of a box (``_box_title``: numbered, after a kicker, not a credit line), or in
Japanese and Chinese a run with no "。" (``_spaceless_title``).
"""

from __future__ import annotations

from cleantext._lazy import lazy, lazy_regex
from cleantext._units import CLOSERS, sentences
from cleantext.cleaners.trailers._boundaries import _is_lower
from cleantext.cleaners.trailers._patterns import _ENDS
from cleantext.cleaners.trailers._sentence_starts import _CJK_STOP


def _title_like(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a linked title ("Fashion statements: Oscars stars …"), not prose?"""
    t = text[s:e].strip()
    if not (3 <= len(t) <= 200) or len(t.split()) < 2 or _is_lower(t[0]):
        return False
    if t.rstrip("\"'”’»)]").endswith((".", "!", "?", "…", ":", ",", ";")):
        return False  # a sentence, a cut teaser (the truncation cleaner's), or a lead-in
    return len(sentences(t)) == 1


#: A number that heads an item of a ranked box ("1. <title>", "2) <title>").
_RANK = lazy(r"[ \t]*\d{1,2}[.)][ \t]+(?=\S)")

_MAX_LIST = 10  # titles one heading may take: a related-links box is short


#: First words of the credit lines that end articles and are shaped like titles
#: ("Reporting by …; Editing by …", "Mit Material von dpa", "Con información de EFE"):
#: the byline is kept, so a list of titles stops before one.
_CREDIT_WORDS = frozenset({
    "reporting", "reported", "written", "writing", "editing", "edited", "additional",
    "compiled", "photo", "photos", "foto", "fotos", "with", "by", "mit", "von", "con", "por",
    "met", "door", "avec", "par", "via",
})


#: A box title's kicker: one to three words, the first capitalised, and a full stop
#: before the title's capital ("Gmina Piaseczno. ", "Bobry w Podlaskiem. "; glued where
#: blocks were joined by nothing, "Gmina Piaseczno.Budżet …").
_KICKER = lazy_regex(r"\p{Lu}[\p{L}-]{1,30}+(?: [\p{L}-]{1,30}+){0,2}\. ?(?=\p{Lu})")


def _kicked_title(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a kicker and a title after it (see _KICKER)?"""
    kick = _KICKER.match(text, s, e)
    return kick is not None and _title_like(text, kick.end(), e)


def _box_title(text: str, s: int, e: int) -> bool:
    """Is the line ``text[s:e]`` a title of a related-links box: a title, not a credit?"""
    rank = _RANK.match(text, s, e)
    if rank is not None:
        s = rank.end()  # "1. <title>": a most-read box numbers its titles
    line = text[s:e].strip()
    # A headline may ask ("Was bedeutet das für Mieter?"); after a read-also heading
    # that is the linked title, not the article asking.
    asks = line.endswith("?") and not line.endswith("??")
    te = e - 1 if asks and text[s:e].endswith("?") else e
    # A kicker before the title, a place or a topic with a full stop ("Gmina Piaseczno.
    # Budżet obywatelski …"), is the title's: the title after it is judged.
    if not (_title_like(text, s, te) or _kicked_title(text, s, te) or _spaceless_title(line)):
        return False
    first = line.split(None, 1)[0].lower().strip("•–—-*·>»›([")
    return ";" not in line and first not in _CREDIT_WORDS and not line.startswith(("©", "(c)"))


# A box item's date and read time, on the line under its title ("12 Nov 2026 · 2 min
# read", "12.10.2026 · Lesezeit 3 Min.", "14/11 · 2 min.", "3 Oct 2026"): a date (a day
# and a month, in figures or with the month's name, with or without a year) and a read
# time (minutes with a word of reading; a bare "· 2 min." only after the date), parted by
# a middle dot, a bar or a dash. A bare clock ("10:32", a live blog's entry), "Minute
# 46", "Part 2" or "15 min" is none: those stand under an article's subheads too.
_MONTH_NAMES = """jan feb mar apr may jun jul aug sep sept oct nov dec january february
    march april june july august september october november december januar jänner
    februar märz mai juni juli oktober dezember janv févr fév mars avr mai juin juil août
    sept déc janvier février avril juillet septembre octobre novembre décembre ene abr
    ago dic enero febrero marzo abril mayo junio julio agosto septiembre setiembre
    octubre noviembre diciembre gen mag giu lug ott set gennaio febbraio aprile maggio
    giugno luglio settembre ottobre dicembre mrt mei okt januari februari maart juni juli
    augustus fev out dez janeiro fevereiro março maio junho julho outubro novembro
    dezembro"""
_MONTH = "(?i:" + "|".join(sorted(set(_MONTH_NAMES.split()), key=len, reverse=True)) + ")"
# A day and a month in figures: "14/11", "14.11.", "12.10.2026" (a bare "10.32" is a
# clock).
_DAY, _MON = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])"
_DATE = (
    rf"(?:{_DAY}/{_MON}(?:/\d{{2,4}})?|{_DAY}\.{_MON}\.(?:\d{{2,4}})?|{_DAY}-{_MON}-\d{{2,4}}"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\.? (?:de )?{_MONTH}\.?(?: (?:de )?\d{{4}})?|{_MONTH}\.? \d{{1,2}}(?:, \d{{4}})?)"
)
_MINUTES = r"\d{1,3} ?(?i:min(?:s|utes?|uten|utos|uti|uut)?)\.?"
_READING = r"(?i:read|reading|lesezeit|lesedauer|lecture|lectura|lettura|leitura|leestijd)"
_READ_TIME = rf"(?:{_READING}:? {_MINUTES}|{_MINUTES} (?i:de |di )?{_READING})"
_META = lazy_regex(
    rf"(?:{_DATE}|{_READ_TIME})"
    rf"(?:[ \t]{{0,3}}[·|•–—][ \t]{{0,3}}(?:{_DATE}|{_READ_TIME}|{_MINUTES})){{0,2}}"
)
_MAX_META = 40  # a date and a read time: "12.10.2026 · Lesezeit 3 Min." is 28


def _meta_line(text: str, s: int, e: int) -> bool:
    """Is the line ``text[s:e]`` a box item's date or read time, under its title? Short,
    holding a figure, and nothing but the date and read time (see _META): a dateline
    with a place ("LONDON, 12 Nov") or prose ("Über 10 Minuten warteten …") is none."""
    line = text[s:e].strip()
    return (
        0 < len(line) <= _MAX_META and any(c.isdigit() for c in line)
        and _META.fullmatch(line) is not None
    )


_READ_TIME_RE = lazy_regex(_READ_TIME)


def _read_time(line: str) -> bool:
    """Does a box item's date line (see _meta_line) hold a read time with a word of
    reading ("2 min read", "Lesezeit 3 Min.")? An article's subhead never carries one."""
    return _READ_TIME_RE.search(line) is not None


#: A character of the scripts written without spaces between words (Japanese, Chinese).
_SPACELESS = lazy_regex(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: The marks that end or part a sentence there: a title holds none, and ends in none.
_SPACELESS_STOPS = lazy_regex("[。！？．、，：；…]")


def _spaceless_title(line: str) -> bool:
    """Is ``line`` a title in Japanese or Chinese ("北川町、来年度から町営バスを増便")?

    Its words are not parted by spaces, so _title_like's two words are not there to
    count: a title here is 6 to 60 characters, most of them of those scripts, with no
    sentence end in it or after it (an article sentence ends in "。") and not ending in a
    comma or a colon (a lead-in). A comma inside is a headline's ("…町、来年度から…").
    """
    if not 6 <= len(line) <= 60 or _SPACELESS_STOPS.search(line[-1]):
        return False
    if _CJK_STOP.search(line) or line.rstrip(CLOSERS).endswith(_ENDS):
        return False
    return len(_SPACELESS.findall(line)) * 2 > len(line)
