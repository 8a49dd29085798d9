"""Labels glued into flattened text: an ad label between a sentence's stop and the next
word ("… the runway.ADVERTISEMENTDeveloper …"), and a widget's label that opens the text
glued to the headline ("Écouter cet articleUn cheval …"). Left alone: a word that only
begins with a label ("Advertisements", "Anzeigenblatt"), an abbreviation's stop
("U.S.Advertisement…")."""

from __future__ import annotations

import functools
import re

from cleantext._core import Span
from cleantext._phrases import trie_pattern
from cleantext.cleaners.promo._lines import _CLOSERS, _after_spaces
from cleantext.cleaners.promo._openings import _DURATION
from cleantext.cleaners.promo._players import _PLAYER_EXTRA
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._speech import _CLOSES

# Flattened text that dropped the line breaks around an ad label glues it to both its
# neighbours: "… the old runway.ADVERTISEMENTDeveloper Greyling …", "… déplorer.PublicitéLa
# mairie …", "… Stahlpreisen.Anzeige„Für …". The scan, on lower-cased text, needs a word
# edge after a phrase; here only the change of case (or an opening quotation mark)
# marks where the label ends. Before it: a stop right after a lower-case word or a
# number, or after the quotation or bracket that closes on one ("… the parish”.
# ADVERTISEMENTOn …"; as ``_glued_start``), and perhaps one space after it, where a
# unit removed before the label left one or only the line after it was glued on ("…
# sju år. Dela artikelnFacebookX …"). Case-sensitive, over the text as written.
_GLUED_QUOTES = "„“\"«‚‘"


@functools.lru_cache(maxsize=8)
def _glued_label_scan(labels: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for the [inline] labels that start with a capital: a full stop,
    perhaps one space, then the label in any case (``_glued_labels`` wants it as written
    or in capitals), then a letter or an opening quotation mark (``_glued_labels`` judges
    case). The finder's scan and the gate's: a label glued to the word after it has no
    word edge for the gate's anchors."""
    words = sorted(w for w in labels if w[:1].isupper())
    if not words:
        return None
    alt = trie_pattern(words)
    firsts = re.escape("".join(sorted({w[0] for w in words})))
    # A full stop only, and the labels' first letters right after it: a literal first
    # character lets ``re`` skip to each full stop (~2 GB/s; "[.!?]" first ran at
    # ~0.3 GB/s, too slow for the gate, which runs this on every document).
    # The stop may close a quotation too ("… pay it."Share this article…", German "…
    # vorbei.“Anzeige…"): its mark after the stop.
    return re.compile(
        rf"\.(?=[”“\"’»]? ?[{firsts}])(?:(?<=[^\W_]\.)|(?<=[^\W_][”\"’»)]\.))[”“\"’»]? ?"
        rf"((?i:{alt}))(?=[^\W\d_]|[{_GLUED_QUOTES}])")


@functools.lru_cache(maxsize=8)
def _capitals(labels: frozenset[str]) -> frozenset[str]:
    """The labels in capitals, as flattened text may print them."""
    return frozenset(w.upper() for w in labels)


def _glued_labels(rules: _Rules, text: str) -> list[Span]:
    """Ad labels glued between a sentence's stop and the next sentence's first word.

    The label goes when the next word visibly starts where it ends: after a label in
    lower case ("Publicité"), a capital ("PubliciteLa"); after one in capitals
    ("ADVERTISEMENT"), a capital and a lower-case letter ("ADVERTISEMENTDeveloper", not
    "ANZEIGENTEIL"); or an opening quotation mark. A word that only begins with a label
    ("Advertisements", "Anzeigenblatt") is a word: the next letter is lower case, or the
    capital run goes on. What is removed leaves the space ``keep_apart`` puts after the
    stop, so the article word after it stays whole."""
    scan = _glued_label_scan(rules.inline_as_written)
    if scan is None:
        return []
    spans: list[Span] = []
    for m in scan.finditer(text):
        start, end = m.span(1)
        stop = start - 2 if text[start - 1] == " " else start - 1
        if text[stop] != ".":
            # Past the quotation's mark after the stop; a mark that closes right after
            # the label opened a quotation of it instead ("… noon."Advertisement" was
            # the word."): the article names the label.
            if text[end:end + 1] in _CLOSES.get(text[stop], ""):
                continue
            stop -= 1
        word = stop - 2 if text[stop - 1] in _CLOSERS else stop - 1  # (past "”")
        if not (text[word].islower() or text[word].isdigit()):
            continue  # "U.S.Advertisement…": an abbreviation, not a sentence's end
        written = " ".join(m.group(1).split())
        if written not in rules.inline_as_written and not written.isupper():
            continue  # "Share this story" (a sentence), not the label "Share this:"
        nxt = text[end]
        if nxt in _GLUED_QUOTES:
            spans.append((start, end, ""))
        elif not nxt.isupper():
            # A label in capitals that a longer one continues ("PUBLICIDADEl …": the
            # scan took Portuguese "PUBLICIDADE"): its last capital opens the next word.
            if written.isupper() and nxt.islower() and end - 1 > start and \
                    text[start:end - 1] in _capitals(rules.inline_as_written):
                spans.append((start, end - 1, ""))
            continue
        elif not text[end - 1].isupper() or text[end + 1:end + 2].islower() or \
                _one_letter_word(rules, text, start, end):
            spans.append((start, end, ""))
    return spans


# An ad break of three words or more that markup glued into the middle of a sentence,
# between two small letters ("… volgens de wethouder wordt erLees verder na de
# advertentiebijna nooit …"): no article word holds a capital after small letters and
# runs on into small letters again past a phrase of the packs. Only the breaks that end
# on their ad's noun, so that the glue point is where that noun ends: a label that ends
# on another word ("Join the conversation", "Lesen Sie nach der Anzeige weiter") may be
# the start of a longer word ("conversations", "weiterhin"), and a sentence that opens
# with its words is the article's. The nouns, lower-cased, with the letters that make a
# longer word of them (a plural, a compound's joint: "advertisements", "Anzeigenblatt",
# "publicidades"); "ad" is not one, as it starts too many words ("adjournment").
# Case-sensitive, over the text as written.
_INSIDE_WORDS = 3
_AD_NOUNS: dict[str, tuple[str, ...]] = {
    "advertisement": ("s",), "advertentie": ("s", "n"), "anzeige": ("n",),
    "werbung": ("s", "en"), "publicité": ("s",), "publicidad": ("es",),
    "pubblicità": (), "publicidade": ("s",), "annonsen": ("s",), "annoncen": ("s",),
    "reklamen": ("s",), "reklamą": (), "reklamou": (), "reclamă": (),
}


def _ad_break(label: str) -> bool:
    """Whether [inline] label ``label`` is an ad break of ``_INSIDE_WORDS`` words or
    more that starts with a capital and ends on its ad's noun (``_AD_NOUNS``).

    >>> _ad_break("Lees verder na de advertentie"), _ad_break("Continue reading after the ad")
    (True, False)
    >>> _ad_break("Join the conversation"), _ad_break("Lesen Sie nach der Anzeige weiter")
    (False, False)
    """
    words = label.split()
    return label[:1].isupper() and len(words) >= _INSIDE_WORDS \
        and words[-1].lower() in _AD_NOUNS


@functools.lru_cache(maxsize=8)
def _glued_inside_scan(labels: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The scans for the ad breaks among the [inline] labels (``_ad_break``): one for a
    break's first capital right after a letter (led by the capital, the letter looked
    behind: ~250 MB/s on prose), one for a break there, in any case, right before a
    letter (``_glued_inside`` wants it as written, and judges the letters)."""
    words = sorted(w for w in labels if _ad_break(w))
    if not words:
        return None
    firsts = re.escape("".join(sorted({w[0] for w in words})))
    return (re.compile(rf"[{firsts}](?<=[^\W\d_].)"),
            re.compile(rf"(?i:{trie_pattern(words)})(?=[^\W\d_])"))


def _glued_inside(rules: _Rules, text: str) -> list[Span]:
    """Ad breaks glued inside a sentence (``_glued_inside_scan``): a small letter before
    the break's capital and after its noun, and no letters after the noun that make a
    longer word of it (``_AD_NOUNS``). What is removed leaves one space, so the
    sentence's words on either side stay apart ("… wordt er bijna nooit …"). Left
    alone: a break after a space or a stop (the other scans' to judge), one in
    capitals, one that a capital follows (a word of its own may start there), one that
    runs on into its noun's plural or compound ("… na de advertenties …"), and every
    other label (a sentence may open with its words). Run by the finder only, on a text
    in which it found other units."""
    scans = _glued_inside_scan(rules.inline_as_written)
    if scans is None:
        return []
    lead, label = scans
    spans: list[Span] = []
    for at in lead.finditer(text):
        if not text[at.start() - 1].islower():
            continue
        m = label.match(text, at.start())
        if m is None or not text[m.end()].islower():
            continue
        found = " ".join(m.group().split())
        if found in rules.inline_as_written and _ad_break(found) and \
                not text.startswith(_AD_NOUNS[found.split()[-1].lower()], m.end()):
            spans.append((m.start(), m.end(), " "))
    return spans


# The words of one capital letter that open a sentence in the packs' languages
# (Portuguese and Italian "A", "O", "E", "I", Spanish "Y", "Ó", English "A", "I").
_ONE_LETTER_WORDS = frozenset("AOEIYÀÉÓ")


def _one_letter_word(rules: _Rules, text: str, start: int, end: int) -> bool:
    """Whether a label in capitals glued to a capital ends there all the same: the
    capital is a word of one letter, a word after it ("… crianças.PUBLICIDADEA ideia
    partiu …", "…PUBLICIDADEO Presidente …"), and the label with it is no label of its
    own (Polish "REKLAMA" is no "REKLAM" glued to "A")."""
    return text[end] in _ONE_LETTER_WORDS and text[end + 1:end + 2] == " " and \
        text[end + 2:end + 3].isalpha() and \
        text[start:end + 1] not in _capitals(rules.inline_as_written)


# The labels a line of nothing else may be ("Écouter cet article", "Listen to this
# article"), by the rules they were compiled for: (the rules, their pattern). Keyed by
# identity: ``_Rules`` holds dicts and has no hash; ``_rules`` caches the few there are.
_START_LABELS: dict[int, tuple[_Rules, re.Pattern[str]]] = {}


def _start_label_scan(rules: _Rules) -> re.Pattern[str]:
    """A [label] or [lead] phrase, or a [button] of two words, at the text's start, with
    a player's or reading-time widget's duration after it perhaps ("· 4 min", "▶ 02:41",
    "00:00 / 02:41"), right before a letter (``_glued_start_label`` judges case)."""
    found = _START_LABELS.get(id(rules))
    if found is not None and found[0] is rules:
        return found[1]
    keys = sorted({k for k, v in rules.kinds.items() if v & {"label", "lead"} and k[:1].isalpha()}
                  # A login or offers button of two words or more, which the page's
                  # header glues to the headline ("Sign inRugby club's …"); one word
                  # may open a brand's name ("SendGrid").
                  | {k for k in rules.buttons if " " in k and k[:1].isalpha()})
    times = r"(?:0:)?0{1,2}:00[ \t]{0,2}/[ \t]{0,2}\d{1,2}:\d\d(?::\d\d)?|" + _DURATION.pattern
    # After the time, what the player prints after it (``_PLAYER_EXTRA``: "00:00 / 03:18
    # 1x", "3 min new").
    scan = re.compile(rf"[ \t]{{0,3}}(?i:{trie_pattern(keys)})"
                      rf"(?:[ \t]{{0,3}}[·|▶:–—-]?[ \t]{{0,3}}(?P<time>{times})"
                      rf"(?:[ \t]{{1,3}}(?:{_PLAYER_EXTRA})(?![\w.]))?)?"
                      r"(?P<gap>[ \t]{0,3})(?=[^\W\d_])")
    _START_LABELS[id(rules)] = (rules, scan)
    return scan



def _glued_start_label(rules: _Rules, text: str) -> list[Span]:
    """A widget's label that opens flattened text glued to the headline ("Écouter cet
    articleUn cheval …", "Listen to this article · 4 minTram extension …", left once a
    trail before it went): as a line it would go whole; here the change of case shows
    where it ends, or, with a space before the headline, the widget's duration does
    ("Listen to this article · 4 min Tram extension …"). The label must open with a
    capital, as a button prints it, and end in a lower-case letter, a digit or a stop
    right before the capital ("Newsletters are …" runs on in lower case and stays).
    Whitespace before the label is the text's (the whitespace cleaner strips it later):
    " AdvertisementThe …" is judged as "AdvertisementThe …", or a second call would
    remove what the first left."""
    first = _after_spaces(text, 0)
    if not text[first:first + 1].isupper():
        return []
    scan = _start_label_scan(rules)
    m = scan.match(text, first)
    if m is None:
        return []
    end = _start_label_end(text, m)
    if end is None and m.group("gap") and m.group("time") is None:
        # A second label of the same player after a space ("Escuchar noticia Escuchar
        # esta noticia dura 2:46 min Los mayores …"): its duration ends both.
        second = scan.match(text, m.end())
        end = None if second is None else _start_label_end(text, second)
    return [] if end is None else [(0, end, "")]


def _start_label_end(text: str, m: re.Match[str]) -> int | None:
    """Where a widget's label at the text's start (``_start_label_scan``) ends, if it
    ends for sure: its duration before a space, or a change of case (see above)."""
    if m.group("gap") and m.group("time") is None:
        return None
    last = text[m.start("gap") - 1]
    if text[m.end()].isupper() and (last.islower() or last.isdigit() or last == "."):
        return m.end()
    return None
