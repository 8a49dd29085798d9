"""Consent, cookie, privacy, paywall and ad-block walls.

Removed, whole, with the button and heading words their tool prints around them:

- cookie and consent banners ("This website uses cookies to improve your experience.
  We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More",
  OneTrust's "By clicking “Accept All Cookies”, you agree to the storing of cookies on
  your device … Cookies Settings Accept All Cookies", Cookiebot's "Diese Website
  verwendet Cookies. … Akzeptieren Ablehnen") and the vendor or purpose tables a
  consent dialog lists after them, the tool's credit line ("Powered by: TrustArc"), and
  its greeting heading where the dialog opens the text ("Bienvenido a <site>") or the
  greeting it opens with ("Liebe Leserinnen und Leser, wir verwenden Cookies …"), also
  alone on the line above it where the dialog's text goes on in lower case ("Szanowny
  Użytkowniku," over "zanim przejdziesz do serwisu, prosimy …");
- privacy notices written to the reader ("We value your privacy", "<Publisher> values
  your privacy");
- paywall walls ("Subscribe to continue reading", "This content is for subscribers
  only", "Already a subscriber? Log in", "Lesen Sie jetzt mit W+ weiter" over its
  offer), and pay-or-consent walls with both their choices ("To read … for free, accept
  cookies … Accept and continue", "Or go ad-free for £3.99 a month", "Werbefrei
  weiterlesen mit dem PUR-Abo") and the "Or" on a line of its own between them;
- ad-block walls ("We noticed you're using an ad blocker", "Please disable your ad
  blocker", "Sie haben einen Adblocker aktiviert.", "<Publisher> relies on advertising
  …" inside one) and their help link ("So deaktivieren Sie Ihren Adblocker");
- registration walls and article counters ("Log in to continue reading", "Inicia sesión
  para seguir leyendo", "Hai raggiunto il limite di articoli gratuiti") and consent
  placeholders of embedded content ("Um diesen Inhalt zu sehen, müssen Sie der
  Verwendung von Cookies zustimmen");
- a consent tool's settings link as the text's last line ("Cookie settings",
  "Paramétrer les cookies"); elsewhere the same words may head an explainer's section,
  and stay.

A wall is found in the shape the text has: as a paragraph or line of its own (with
heading and button lines around it), a field that is nothing but a wall becomes empty;
in flattened text (newlines lost) as a run of sentences glued to the article's first
or last sentence, cut at the sentence boundary or at the wall's own first word, and
ended where its buttons, or its last wording, run into the article's first sentence
("Article réservé aux abonnés Le conseil municipal a voté …"). Where line breaks went
with nothing in their place, an opener's last word may be run into the next block's
first ("… for subscribers onlyYou've read …": found at the join, ``_glued_wordings``),
and buttons into the headline ("[Got it!]Tram fares …"); a row of buttons in capitals
that no pack lists ends the wall at its first join ("… MAIS OPÇÕESPadaria …"), so the
headline run into it stays; buttons in capitals run together ("I ACCEPTMORE OPTIONS")
are read button by button, and end before a headline whose first word is one capital
("… DO SERWISUW Krakowie …"). The dialog's heading run into its text ("Acest site
folosește cookie-uriFolosim …"), a paywall's label between headline and byline ("…
renoveringKun for abonnenterAf Mette Jensen"), an offer run into its last button, and
an offer or a price run into the article's first sentence ("… 2,99 € im Monat Der
Stadtrat hat …") are read at their joins too.

Deliberately left alone: an article sentence *about* cookies, consent, privacy or
subscriptions. Walls speak to the reader in the first and second person ("we use
cookies", "you agree", "Accept"); articles report in the third person. So a wording
is taken only at the start of a sentence (or capitalised where a wall is glued to the
article), never inside quotation marks, never in a sentence that reports speech
("said", "sagte", "a déclaré" …); button words ("OK", "Accept", "Read More") are taken
only next to a wall, never alone. Inside a wall, a sentence that names a consent button
in quotation marks ("Door op ‘Akkoord’ te klikken, ga je hiermee akkoord.") is the
wall's, and so are the sentences on its subject between a wall sentence and the
consent buttons that close it ("Dazu zählen Cookies, die … notwendig sind." before
"Alle akzeptieren"): a dialog has no room for the article there.

>>> banners("Council approved the budget.\\n\\nThis website uses cookies to improve your "
...         "experience. We'll assume you're ok with this, but you can opt-out if you "
...         "wish. Accept Read More")
'Council approved the budget.'
>>> banners("Regulators said the site set cookies without consent.")
'Regulators said the site set cookies without consent.'

The wordings are phrase packs, ``data/banners.<lang>.txt`` (en, de, fr, es, it, pt, nl,
ru, ja, zh, and thinner ones for sv, da, nb, pl, cs, ro, fi, hu, ca, el, tr; the packs
are merged, so one language's speech verb may be another's everyday word, and a speech
verb inside a wall wording is the wording's: Danish "disse data"), in the format of
:mod:`cleantext._phrases` ("{n}" also stands for a number: "we and our {n} partners"),
split into sections by ``[name]`` lines: ``trigger`` (stems every wall contains: only
lines holding one are examined), ``opener`` (wordings that begin a wall), ``body``
(wordings only a wall prints, anywhere in its sentence), ``starter`` (a wall's first
words, where a ``body`` wording sits in a sentence glued to the article), ``button`` and
``link`` (taken only next to a wall), ``keyword`` and ``person`` (a sentence with both,
or with a ``person`` word and a consent button in quotation marks, inside a wall, is
part of it), ``accept`` (consent buttons: such sentences right before them are a wall,
where a publisher's own wording is in no pack), ``lone`` (buttons that are also an
everyday word, "Entre": taken as a sentence or line of their own next to a wall, never
at the head of a sentence, where they may be the article's first word), ``reporting``
(speech verbs: a sentence with one is an article's), ``purpose`` (consent dialogs'
vendor and purpose tables) and ``offer`` (a paywall's offer: a price per period, a
trial, "cancel anytime", "unlimited access"; a short sentence with one reads as part of
a wall when it sits inside one or right after it, where it need not address the reader:
"Offre spéciale : 1 € le premier mois, sans engagement").

Most texts hold no stem, and are returned after a gate that costs a few scans of their
UTF-8 bytes (ASCII letters lower-cased): each stem has an *anchor*, a piece of it found
by a scan that starts with one literal byte, and a text with no anchor cannot hold a
stem in any case or spacing. The gate is a superset of the stems' trie (it may let
through "blocked", never turn away "COOKIE"), and it also tells ``_find`` where to run
the trie. A few stems whose only rare piece is a letter outside ASCII ("ř", "ő", the
Turkish "ı", the Polish "ę") are scanned for only in texts that hold that letter's rare
lead byte, or the letter itself where its bytes are common ("ä" in the Finnish
"eväste"); stems in Greek, Cyrillic or CJK letters are looked for in the lower-cased
text of the texts that hold their lead byte. Turkish "İ" reads as "i" (its ``lower()``
is two characters, and the offsets must stay), and a text that holds one goes past the
gate. Why it is a superset is said where it is defined; the tests try every stem in
every spelling the trie accepts.

Your own wordings join the packaged ones without editing the package:
:func:`banners_with` builds a cleaner of the same name, to put in a pipeline with
``Pipeline.replace``.

>>> from cleantext.pipeline import DEFAULT
>>> mine = banners_with(["support independent journalism by turning off"],
...                     buttons=["I have disabled it"])
>>> text = ("The harbour reopened on Monday.\\n\\nSupport independent journalism by "
...         "turning off your blocker.\\nI have disabled it")
>>> DEFAULT.replace(mine)(text)
'The harbour reopened on Monday.'
>>> banners(text) == text
True
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import regex

from cleantext import _recache
from cleantext._core import KeptApart, Span, SpanCleaner
from cleantext._phrases import parse_pack, trie_pattern
from cleantext._units import sentences

__all__ = ["LANGUAGES", "banners", "banners_with"]

#: The languages with a packaged phrase pack.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "ja", "zh",
             "sv", "da", "nb", "pl", "cs", "ro", "fi", "hu", "ca", "el", "tr")
_SECTIONS = frozenset({
    "trigger", "opener", "body", "starter", "button", "accept", "link", "keyword",
    "person", "reporting", "purpose", "offer", "lone",
})

# How the phrases are matched, chosen by measurement (one core, dev-clean text): a
# case-insensitive trie of the ~400 opener phrases scans at ~1 MB/s with ``regex`` and
# ~4 with ``re``; the same trie matched case-sensitively against the lower-cased text
# scans at ~10 with ``re``, and lower-casing costs ~600 MB/s. So every scan runs on
# ``text.lower()`` (same offsets), with stdlib ``re`` and bounded repeats (linear on
# any input: each attempt examines at most one phrase's length); capitals are checked
# in the original text. The anchored matches of button runs use possessive repeats.
# Before any of this, a gate on the text's bytes turns away most texts (see "The gate"
# below): ~130 MB/s for the whole cleaner on dev-clean where the trie alone gave ~30.

# Word edges for scripts that separate words by spaces. CJK phrases are matched inside
# running text (no spaces), so CJK letters do not count as an edge here.
_LETTERS = (  # digits, Latin, Greek, Cyrillic (the text is lower-cased)
    "0-9a-z\u00aa\u00b5\u00ba\u00df-\u00f6\u00f8-\u024f"
    "\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff"
)
_B = f"(?<![{_LETTERS}])"
_E = f"(?![{_LETTERS}])"
_NOT_LETTER = re.compile(f"[^{_LETTERS}]")
# trie_pattern case-folds phrases, and folding turns "ß" into "ss", which lower-cased
# text does not have: "ß" is carried through the trie as a private-use character and
# becomes both spellings afterwards.
_SHARP_S = "\ue000"
# "{n}" in a phrase stands for a number, as dialogs print their partner counts ("We and
# our 842 partners"): a digit and up to seven more digits and separators.
_NUMBER = "\ue001"
_NUMBER_SOURCE = r"\d[\d.,\u00a0\u202f]{0,7}"
# What may stand between button words: spaces, bars, bullets, arrows, brackets, and the
# Spanish opening marks ("¿Ya tienes una cuenta? Inicia sesión").
_SEP = r"[\s|/·•,;:.!?¿¡\-–—>→×✓✔*\[\]()]{0,8}+"
# Quotation marks: a wording inside a pair of them is quoted, not printed by a wall.
_QUOTES = frozenset("\"“”„«»「」『』")
_QUOTE_MARKS = re.compile("[" + re.escape("".join(sorted(_QUOTES))) + "]")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A sentence longer than this is never part of a wall unless a wall wording is in it.
_MEDIUM_MAX = 600
# A paywall's offer sentence is at most this long: offers are a line of a dialog.
_OFFER_MAX = 200
# How far before a [body] wording its wall's first word is looked for.
_STARTER_WINDOW = 300
# At most this many wordings are tried per sentence, and lines absorbed per wall.
_MAX_TRIES = 20
_MAX_ABSORBED_LINES = 40
_MAX_GLUED = 12
# A dialog's heading that is a wall wording of its own is at most this long.
_HEADING_MAX = 200
# At most this many sentences on a wall's subject are taken between a wall sentence and
# the consent buttons that close it.
_MAX_BETWEEN = 3
# Button labels run together by dropped tags are looked for in lines up to this long.
_GLUED_BUTTONS_MAX = 200
# A button run into the article's first word is looked for this far from its start.
_CAMEL_BUTTON_MAX = 60
# Consent buttons that answer wall-like sentences are looked for this far from either
# end of a line (and in the whole of a line twice as long).
_ANSWER_WINDOW = 4 * _MEDIUM_MAX


def _case_class(upper: bool) -> str:
    """The letters of one case, as the inside of a character class: ASCII, Latin-1 and
    Latin Extended-A with the Romanian comma-below letters (the packs' Polish, Czech,
    Romanian and Hungarian letters: "Ł", "Ś", "Ż", "Č", "Ř", "Ș", "Ț", "Ő" …). Where a
    dropped tag or a lost line break ran two words together, the capital of the second
    tells the join: a class with Latin-1 capitals only misses "…wszystkieŁódź" and
    reads "SOUHLASÍMŘeditel" as one word in capitals. The modern Greek letters too, as
    two ranges each (a Greek dialog's buttons in capitals run into the headline:
    "ΔΙΑΦΩΝΩΣΥΜΦΩΝΩΑνοίγει ξανά …"). (Not Cyrillic: the classes compile at import, and
    each block of letters enumerated here adds to it.)"""
    out = ["A-ZÀ-ÖØ-Þ" if upper else "a-zà-öø-ÿ"]
    for code in (*range(0x100, 0x180), *range(0x218, 0x21C)):
        ch = chr(code)
        if ch.isupper() if upper else ch.islower():
            out.append(ch)
    # Greek capitals Ά, Έ-Ί, Ό, Ύ, Ώ, Α-Ρ, Σ-Ϋ; small letters ΐ, ά-ώ (with ς)
    out.append("\u0386\u0388-\u038a\u038c\u038e\u038f\u0391-\u03a1\u03a3-\u03ab" if upper
               else "\u0390\u03ac-\u03ce")
    return "".join(out)


_UP = _case_class(upper=True)
_LO = _case_class(upper=False)
# Where a dropped tag ran two words together: a lower-case letter then a capital
# ("Got itHarlow"), or a capital word then a capitalised one ("ASSINE JÁEntrar").
_CAMEL = re.compile(f"(?<=[{_LO}])(?=[{_UP}])|(?<=[{_UP}])(?=[{_UP}][{_LO}])")


def _read_sections(text: str) -> dict[str, list[str]]:
    """A pack's phrases by section; phrases before any ``[name]`` line are ``body``."""
    out: dict[str, list[str]] = {}
    section = "body"
    for phrase in parse_pack(text):
        if phrase.startswith("[") and phrase.endswith("]"):
            section = phrase[1:-1].strip().lower()
            if section not in _SECTIONS:
                raise ValueError(f"unknown section [{section}] in a banners phrase pack")
            continue
        out.setdefault(section, []).append(phrase)
    return out


@functools.lru_cache(maxsize=1)
def _packaged() -> dict[str, tuple[str, ...]]:
    """Every packaged phrase by section, all languages, lower-cased, deduplicated."""
    merged: dict[str, dict[str, None]] = {s: {} for s in _SECTIONS}
    root = resources.files("cleantext") / "data"
    for lang in LANGUAGES:
        text = (root / f"banners.{lang}.txt").read_text(encoding="utf-8")
        for section, phrases in _read_sections(text).items():
            for p in phrases:
                merged[section].setdefault(p.lower(), None)
    return {s: tuple(d) for s, d in merged.items()}


def _source(phrases: Iterable[str], *, by_script: bool = False) -> str:
    """Trie-factored source for ``phrases``; a pattern that never matches if there are none.

    Spaces inside phrases become a bounded run, and "{n}" a bounded number, so no
    attempt scans far. ``by_script``: one trie per script of the phrases' first letters
    (see :func:`_by_script`).
    """
    listed = [p.lower().replace("ß", _SHARP_S).replace("{n}", _NUMBER)
              for p in phrases if p.strip()]
    if not listed:
        return "(?!)"
    if by_script:
        return "(?:" + "|".join(_by_script(listed)) + ")"
    return "(?:" + _trie(listed) + ")"


def _trie(listed: list[str]) -> str:
    source = trie_pattern(listed).replace(r"\s+", r"\s{1,8}")
    source = source.replace(regex.escape(_NUMBER), _NUMBER_SOURCE)
    return source.replace(regex.escape(_SHARP_S), "(?:ß|ss)")


def _by_script(listed: list[str]) -> list[str]:
    """The trie of the phrases that begin with a Latin letter (or a digit, a punctuation
    mark, a placeholder), and one branch for all the others: their first letters as one
    class, then each one's trie after a one-letter look-behind. A trie's top level is an
    alternation that ``re`` tries branch by branch, one per first letter, each skipped
    by a test of its first letter: where the Latin branch of a word fails, every later
    one is tested too, and the Greek, Cyrillic and CJK ones cost Latin text a test each
    at every word (the Greek pack's ~30 first letters made the wording scan ~7% slower
    on English text). One class is one test. Only for scans that begin with a literal
    or a look-behind: a trie whose first letters are all literals lets ``re`` skip
    through the text to them (``gate``, ``opener_head``), and a class among them would
    lose that skip. (Which phrase matches is as with one trie: no phrase of one branch
    begins with another's first letter.)"""
    latin: list[str] = []
    others: dict[str, list[str]] = {}
    for p in listed:
        first = " ".join(p.split())[:1]
        if ord(first) < 0x0370 or first in (_SHARP_S, _NUMBER):
            latin.append(p)
        else:
            others.setdefault(first, []).append(p)
    parts = [_trie(latin)] if latin else []
    if others:
        rests = []
        for first, ps in sorted(others.items()):
            source, head = _trie(ps), regex.escape(first)
            if not source.startswith(head):  # several branches: "(?:α…|…)" cannot be
                raise AssertionError(source)  # (they all begin with ``first``)
            rests.append(f"(?<={head}){source[len(head):]}")
        firsts = "".join(re.escape(c) for c in sorted(others))
        parts.append(f"[{firsts}](?:{'|'.join(rests)})")
    return parts


def _scan(phrases: Iterable[str], *, left: bool = True, right: bool = True) -> re.Pattern[str]:
    """A scan for ``phrases`` in lower-cased text, with word edges where asked."""
    return _recache.compile((_B if left else "") + _source(phrases, by_script=left)
                            + (_E if right else ""))


# The opener and body tries run over every line that holds a stem, the whole text when
# it has lost its line breaks. ``re`` finds the first character of a pattern that begins
# with a literal by a fast skip, but one that begins with a look-behind (the left word
# edge) is tried at every position, and that try cost as much as the tries themselves.
# A word starts after a space, after another character that is not a letter, or at the
# line's start; so both tries run, each in a look-ahead, behind a literal space, behind
# a class of the other non-letters, and once at the start (one pass of each for the
# two tries), and the matches are put in the order ``finditer`` would give.


@dataclass(frozen=True)
class _WordScan:
    """``spans(low, start, end)`` is, for the opener and the body trie with the left word
    edge (``_B``) before each, ``[m.span() for m in trie.finditer(low, start, end)]``."""

    at: re.Pattern[str]  # ``_B`` and the look-aheads: tried at ``start`` only
    after_space: re.Pattern[str]  # a space, then the look-aheads
    after_other: re.Pattern[str]  # another non-letter, then the same

    def spans(self, low: str, start: int,
              end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The opener wordings' spans, and the body wordings'."""
        first = self.at.match(low, start, end)
        found: list[re.Match[str]] = [] if first is None else [first]
        found += self.after_space.finditer(low, start, end)
        found += self.after_other.finditer(low, start, end)
        # A group that did not match spans (-1, -1): before ``start``, so ``_in_turn``
        # passes over it.
        return (_in_turn([m.span(1) for m in found], start),
                _in_turn([m.span(2) for m in found], start))


def _in_turn(found: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """What ``finditer`` returns, from all the places a pattern matches (and any before
    ``start``, which are left out): from ``start``, and then from each match's end on,
    the first match that starts there or later.

    A match depends only on where it starts (the look-behind reads the text before
    ``start`` as ``finditer`` does), and no phrase matches empty.
    """
    out: list[tuple[int, int]] = []
    pos = start
    for a, b in sorted(found):
        if a >= pos:
            out.append((a, b))
            pos = b
    return out


def _word_scan(openers: Iterable[str], bodies: Iterable[str]) -> _WordScan:
    """The opener trie (with the right word edge) as group 1, the body trie (without:
    body wordings may end mid-word, "cookielawinfo-checkbox-…") as group 2; a place
    where neither matches is no match."""
    both = (f"(?=({_source(openers, by_script=True)}{_E})|)"
            f"(?=({_source(bodies, by_script=True)})|)"
            "(?(1)|(?(2)|(?!)))")
    return _WordScan(_recache.compile(_B + both), _recache.compile(" " + both),
                     _recache.compile(f"[^ {_LETTERS}]" + both))


@dataclass(frozen=True)
class _Lexicon:
    """The patterns one banners cleaner uses, each compiled when first used.

    All of them run on the lower-cased text. Building and compiling the tries takes
    ~0.2 s, most of it the opener and body tries; a text whose stems stand in no wall
    wording needs only those two, and a text with no stem none (the gate turns it away
    first). Picklable: a pickle carries the phrases, and patterns compiled so far.
    """

    packs: dict[str, tuple[str, ...]]
    stems: _StemGate  # where a stem may start: the anchors that stand in for the trie

    @functools.cached_property
    def gate(self) -> re.Pattern[str]:
        """The stems' trie: where a stem starts. Stems are matched as prefixes anywhere
        ("cookie" finds "Cookie-Einstellungen")."""
        return _scan(self.packs["trigger"], left=False, right=False)

    @functools.cached_property
    def words(self) -> _WordScan:
        """The opener and body wordings, found together."""
        return _word_scan(self.packs["opener"], self.packs["body"])

    @functools.cached_property
    def opener_head(self) -> re.Pattern[str]:
        """The opener wordings with no word edges, matched where a join ran them into the
        words on both sides (``_glued_head`` checks the edges)."""
        return _recache.compile(_source(self.packs["opener"]))

    @functools.cached_property
    def join_words(self) -> re.Pattern[str]:
        """The opener (group 1) and body (group 2) wordings as ``words`` finds them, with
        no left word edge: matched at a join, where a capital follows a lower-case letter
        (``_glued_wordings``)."""
        openers, bodies = _source(self.packs["opener"]), _source(self.packs["body"])
        return _recache.compile(f"(?=({openers}{_E})|)(?=({bodies})|)(?(1)|(?(2)|(?!)))")

    @functools.cached_property
    def opener_ends(self) -> frozenset[str]:
        """The last words of the opener wordings ("only" of "this article is for
        subscribers only"): where one is run into the next block's capital, an opener
        may end there (``_glued_wordings``)."""
        return frozenset(p.split()[-1] for p in self.packs["opener"]
                         if p.split() and p.split()[-1] != "{n}")

    @functools.cached_property
    def starter(self) -> re.Pattern[str]:
        return _scan(self.packs["starter"])

    @functools.cached_property
    def _words(self) -> str:
        return _source((*self.packs["button"], *self.packs["link"]), by_script=True)

    @functools.cached_property
    def chrome(self) -> re.Pattern[str]:
        """A sentence or line of button, heading and link words, the ``lone`` ones too."""
        words = _source((*self.packs["button"], *self.packs["link"], *self.packs["lone"]),
                        by_script=True)
        return _recache.compile(_regex_spaces(rf"{_SEP}(?:{_B}{words}{_E}{_SEP}){{1,40}}+"))

    @functools.cached_property
    def glued(self) -> re.Pattern[str]:
        """The same words at the head of a sentence, with the separators, the arrow and
        the question mark a button may carry ("Continuer sans accepter →", "How do I
        whitelist?"), and the brackets and the "!" of a link-styled button ("[Got it!]",
        "[Sluiten]", "(Close)")."""
        return _recache.compile(_regex_spaces(
            rf"[\[(]?{_B}{self._words}{_E}[\s|/·•,:→›?!\])]{{0,8}}+"))

    @functools.cached_property
    def run_buttons(self) -> re.Pattern[str]:
        """The same words with no word edges (group 1) and the separators after them:
        buttons run together in capitals (``_caps_split``)."""
        return _recache.compile(_regex_spaces(rf"({self._words})[\s|/·•,:→›?!\])]{{0,8}}+"))

    @functools.cached_property
    def button_head(self) -> re.Pattern[str]:
        """The same words at the head of a sentence, run into what follows them."""
        return _recache.compile(_regex_spaces(rf"{_B}{self._words}"))

    @functools.cached_property
    def strong_button(self) -> re.Pattern[str]:
        return _scan((*self.packs["button"], *self.packs["lone"]))

    @functools.cached_property
    def accept(self) -> re.Pattern[str]:
        """The buttons that answer a consent request, capitalised as buttons are ("Accept
        all", "ACCEPT ALL", "Alles accepteren"), in the original text. Beginning with a
        capital, the scan skips in C to the few capitals a text has, where a scan of the
        lower-cased text would try every "a", "r", "t" … of it; an article's verb ("did
        not accept") is passed over. The left word edge is checked on each match
        (``_accepts``): a pattern that begins with a look-behind is tried everywhere.
        On the right, a word's end, or a capitalised word run into the button where a
        dropped tag left no space ("AkkoordInstellingen aanpassen"); not capitals, where
        the button's word may go on ("OKAY", "ACCEPTANCE")."""
        return _recache.compile(_capitalised(self.packs["accept"])
                          + f"(?:(?!\\w)|(?=[{_UP}][{_LO}]))")

    @functools.cached_property
    def keyword(self) -> re.Pattern[str]:
        return _scan(self.packs["keyword"], right=False)

    @functools.cached_property
    def person(self) -> re.Pattern[str]:
        return _scan(self.packs["person"])

    @functools.cached_property
    def reporting(self) -> re.Pattern[str]:
        return _scan(self.packs["reporting"])

    @functools.cached_property
    def purpose(self) -> re.Pattern[str]:
        return _scan(self.packs["purpose"])

    @functools.cached_property
    def offer(self) -> re.Pattern[str]:
        """The offer wordings, with no left word edge (``_has_offer`` checks it)."""
        return _scan(self.packs["offer"], left=False)


# The button patterns were written for ``regex``, whose ``\s`` leaves out \x1c-\x1f
# (``re``'s takes them: they are ``str.isspace``). ``re`` compiles them four times
# faster, so they are compiled with ``re`` and ``regex``'s spaces spelt out.
_REGEX_SPACES = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def _regex_spaces(source: str) -> str:
    r"""``source`` with each ``\s`` (in a class or not) as the spaces ``regex`` means."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            escape = source[i : i + 2]
            if escape == r"\s":
                escape = _REGEX_SPACES if in_class else f"[{_REGEX_SPACES}]"
            out.append(escape)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def _capitalised(phrases: Iterable[str]) -> str:
    """A source matching each phrase with its first letter a capital and the rest in any
    case, trie-factored after the capital; spaces as in :func:`_source`."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        plain = " ".join(phrase.lower().split())
        if plain:
            groups.setdefault(plain[0], []).append(plain[1:])
    branches = []
    for first, rests in sorted(groups.items()):
        # trie_pattern drops a leading space ("i accept"): those rests go after one.
        inner = [_source(r for r in rests if r and r[0] != " "),
                 r"\s{1,8}" + _source(r.lstrip() for r in rests if r[:1] == " ")]
        if "" in rests:
            inner.append("")
        branches.append(re.escape(first.upper()) + "(?i:" + "|".join(inner) + ")")
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def _lexicon(packs: dict[str, tuple[str, ...]], stems: _StemGate | None = None) -> _Lexicon:
    return _Lexicon(dict(packs), _stem_gate(packs["trigger"]) if stems is None else stems)


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> _Lexicon:
    # Compiled on first use, not at import: the packs' tries take a while to compile
    # and ``import cleantext`` must stay fast.
    return _lexicon(_packaged(), _default_gate())


def _lowered(text: str) -> str:
    """``text`` lower-cased with its offsets kept: "İ", the one character that lengthens
    ("i" and a combining dot), becomes "i", as a Turkish reader reads it ("TERCİHLERİ
    YÖNET" is "tercihleri yönet"; the gate lets through every text that holds it)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else "i" if c == "\u0130" else c
                   for c in text)


# ---------------------------------------------------------------------------------------
# The gate: can this text hold a wall stem at all?
#
# ``_find`` examines only the lines where a ``trigger`` stem starts (its trie scan over
# the lower-cased text), so a text with no stem is returned unchanged. Most texts have
# none, and proving that is what most of a corpus pays. Lower-casing a text costs more
# than the whole budget (~300 MB/s on text with curly quotes) and so does the stem trie
# (~30 MB/s), so the gate works on the text's UTF-8 bytes with only ASCII letters
# lower-cased (``bytes.lower``, several GB/s), and looks there for *anchors*: short
# pieces of each stem, found by a few scans that each start with one literal (``re``
# then skips to that byte in C and tries the rest only there).
#
# Why it is a superset (it never rejects a text the trie would match):
# - A stem matches the lower-cased text ``low`` with its spaces as runs of ``\s``, its
#   apostrophes as ' or ’ and "ß" as "ß" or "ss"; every other character of the stem is
#   in ``low`` as it is in the stem. So each *run* of a stem (a piece without spaces,
#   apostrophes or "ß") is a substring of ``low``.
# - For an ASCII run, the text has there, for each letter, the letter, its capital, or a
#   character whose ``lower()`` is that letter: outside ASCII only the Kelvin sign K
#   (see ``_FOLDS_INTO``), which sends the text to the full scan. ``bytes.lower`` maps
#   the first two to the letter, and ASCII characters are single bytes in UTF-8, so the
#   run is a substring of the bytes. Each anchor below lies inside one run, or spans
#   the spaces between two with byte classes that hold every ``\s`` (``_WS_BYTES``).
# - A guarded scan (``_GUARDED_SCANS``) is skipped only where no guard byte is in the
#   bytes: its anchor holds a letter every spelling of which holds a guard byte ("ř",
#   "Ř", "ő", "Ő" all start with "\xc5"), so a text the trie matches there holds one.
# - A stem with no usable ASCII run (Cyrillic, CJK) is looked for in ``low`` itself,
#   only when the bytes hold a lead byte of one of the forms its first letter can take
#   in the text (itself, its capitals, the few characters in ``_FOLDS_INTO``).
# - A stem the anchors do not cover (a new pack line, ``banners_with``) gets its own:
#   its longest ASCII run (see ``_stem_gate``), so the gate stays a superset whatever the
#   packs say. The tests check every packaged stem in every spelling the trie accepts.

# Characters outside ASCII whose ``lower()`` is one character that is neither the
# character's own lower case nor reached from its upper or title case (a test scans
# all of Unicode): Kelvin sign, Angstrom sign, Ohm sign, capital theta symbol, capital
# sharp s.
_FOLDS_INTO = {"\u212a": "k", "\u212b": "\u00e5", "\u2126": "\u03c9", "\u03f4": "\u03b8",
               "\u1e9e": "\u00df"}
# The anchors of the packaged stems, one scan per literal it starts with: letters
# rarer than most (c, w, b) and the rare "mm". Each anchor lies inside one run of its
# stem, except where ``{ws}`` stands for the spaces between two runs. The scans run on
# the lower-cased text in ``_find`` and, with ``{ws}`` spelt in bytes, on the UTF-8
# bytes in the gate.
_ANCHOR_SCANS = (
    # cookie; consent, consentement, consentimiento, consenso, consentimento;
    # confidentialité; privacy, privacidad(e); subscri, suscri, suscr(íbete para);
    # adblock, ad-block, werbe(-)block, ad block, (annon)sblock(erare) (sv); blocco;
    # datenschutz; lista blanca, liste blanche; free
    # article(s); and/or access; premium content; free account; access cannot (be
    # granted); artículos (gratuitos); (Land) nicht (verfügbar); javascript; to continue
    # reading; continue reading your; lecture (du Monde); traceurs; (per) continuare,
    # (para) continuar, continuer (à lire), (votre) lecture, (inscri)vez-vous gratuit(ement),
    # consientes,
    # inicia (sesión), cadastre-se, (artic)les / (artic)oli gratuit(s|i), suscríbete a partir,
    # (conten)idos / (noti)cias gratuit(os|as), (offre) découverte, découvrez (nos offres)
    # (factored by the letter after "c": each "c" of a text tries a few branches, each a
    # literal it fails on at once; "privacy", "privacidad(e)", "lista blanca", "liste
    # blanche" and "blocco" by the letters after their "c" too, where a look-behind
    # branch would be tried at every "c", or every "co"; and a look-behind that every
    # later one needs goes first, "(?<=lock)" before those of "block")
    r"c(?:o(?:okie|li(?={run}gratuit)|n(?:sen|sientes|fidential|figura(?=(?:ci{oacute}|r)?{run}(?:(?:de|les){run}){{0,2}}galet)|t(?:ent(?:(?<=premium{ws}content)|(?<={ws2}content))"
    r"|enidos(?={run}gratuit)"
    r"|inu(?:e(?:(?:(?<=to{ws}continue)|(?<={ws2}continue))(?={run}reading)"
    r"|(?={run}reading{run}your))"
    r"|ar(?:e(?:(?<=per{ws}continuare)|(?<={ws2}continuare))"
    r"|(?<=para{ws}continuar)|(?<={ws2}continuar))"
    r"|er(?={run}{agrave}{run}lire))))"
    r"|unt(?:(?<=free{ws}account)|(?<={ws2}account))"
    r"|uv(?:erte(?:(?<=offre{ws}d{eacute}couverte)|(?<={ws2}d{eacute}couverte))"
    r"|rez(?<=d{eacute}couvrez)(?={run}nos{run}offres)))"
    r"|r(?:i(?:(?<=[bu]scri)|pt(?<=javascript)|(?<=nscri)(?=vez-vous{run}gratuit))"
    r"|(?<=suscr)(?={i}b(?:ete|ase){run}(?:para|a{run}partir)))"
    r"|k(?<=lock)(?:(?<=[de-]block)|(?<=ad{ws}block)|(?<={ws2}block)|(?<=nsblock))"
    r"|h(?:utz(?<=enschutz)|t(?<=nicht)(?:(?<=land{ws}nicht)|(?<={ws2}nicht))|e(?<=blanche))"
    r"|le(?:(?<=ticle)(?:(?<=free{ws}article)|(?<={ws2}article))|s(?={run}gratuit))"
    r"|c(?:ess(?:(?<=/or{ws}access)|(?<={ws2}access))|o(?<=blocco)"
    r"|ept(?:ar|eu|es|a(?![a-z])))"
    r"|a(?:nnot(?:(?<=access{ws}cannot)|(?<={ws2}cannot))|dastre-se|(?<=blanca)"
    r"|(?<=tica)(?={run}de{run}galet))"
    r"|ulos(?={run}gratuit)"
    r"|ture(?<=lecture)(?:(?={run}du{run}monde)|(?<=votre{ws}lecture)|(?<={ws2}lecture))"
    r"|i(?:a(?:(?<=inicia)(?={run}sesi)|s(?<=noticias)(?={run}gratuit))|d(?<=privacid))"
    r"|eurs(?<=traceurs)|y(?<=privacy))",
    # paywall, whitelist, einwilligung, weiterlesen, weiterzulesen, (jetzt / sie) weiter
    # (mit), (lloc) web (utilitza galetes) (ca), weboldal(unk) süti(ket) (hu),
    # przetwarza(nie) (pl)
    r"w(?:all(?<=paywall)|hitelist|illigung|eiter(?:lesen|zulesen"
    r"|(?:(?<=jetzt{ws}weiter)|(?<=sie{ws}weiter)|(?<={ws2}weiter))(?={run}mit))"
    r"|arza(?<=przetwarza)"
    r"|eb(?:(?={run}(?:utilitza|fa{run}servir|empra){run}galet)"
    r"|oldal(?=(?:unk|on)?{run}s{uuml}ti)))",
    # abonn(ee|ement), abona(ment) (ro), abo-, pur-abo, abbonat, abbonament, bloqueador,
    # bloqueur, and "ein", "im", "mit", "jetzt" + spaces + "abo" (the last look-behind: two
    # or more spaces); bildplus; (un)available, disponible; (niet) beschikbaar;
    # subskryp(cja), subskryb(ent) (pl); the consent dialogs that print no "cookie":
    # (den här) webbplats(en) använder (kakor) (sv, Cookiebot), (vi) bruker
    # (informasjonskapsler) (nb, Cookiebot); the ad-block walls that print no "adblock":
    # (annon)seblokk(er), (annon)ceblokk(er) (nb, da), (hirdeté)sblokk(oló) (hu); a paywall's
    # "bli prenumer(ant)" (sv)
    r"b(?:loqu|bon(?<=abbon)|o(?<=abo)(?:nn|na|-|(?<=pur-abo)|(?<=ein{ws}abo)|(?<=im{ws}abo)"
    r"|(?<=it{ws}abo)|(?<=zt{ws}abo)|(?<={ws2}abo))|ildplus"
    r"|le(?:(?<=available)(?={run}in{run}(?:your|most))|(?<=disponible)(?={run}(?:en|dans){run}))"
    r"|eschikbaar(?:(?<=niet{ws}beschikbaar)|(?<={ws2}beschikbaar))|skry(?<=subskry)"
    r"|plats(?<=webbplats)(?=(?:en)?{run}anv)|ruker(?={run}informasjonskapsl)"
    r"|lokk(?<=[ecs]blokk)|li(?={run}prenumer))",
    # zustimmung, toestemming
    r"mm(?:ung(?<=zustimmung)|ing(?<=toestemming))",
    # assinante, assinatura, assine (from "ssin": the scan's literal skips to fewer places
    # than one starting with "a")
    r"ssin[ae](?<=assin[ae])",
)
# (Not "kakor" nor "informasjonskapsler" alone, nor "samtykke": a scan of their own, at
# "k", costs ~2 µs a text, as much as the cleaner may grow; their dialogs are anchored at
# the "b" of the words around them, "webbplatsen använder kakor", "bruker
# informasjonskapsler".)
# Anchors of stems whose only rare piece is a letter outside ASCII, each with the bytes
# that every spelling of that letter holds: a scan runs only on texts that hold one of
# them (a search for one byte skips through a text many times faster than a scan), and
# on the lower-cased text only where the letter is in it. A piece in ASCII alone would
# be a common one ("edplat", "fizet" would be searched through every text). The letters'
# lead byte, "\xc5", is rare outside Central European text. A letter whose bytes are all
# common ("ä": the lead byte of every Latin-1 letter, last bytes that most CJK text
# holds) guards its scan itself: the guard is a str of letters, each looked for in the
# text. (Not "süti" (hu): "ü" is in most German text, where the scan for it would run.)
_GUARDED_SCANS = (
    (b"\xc5", "ř", r"{rcaron}edplat"),  # předplat(né, itel) (cs)
    (b"\xc5", "ő", r"{odacute}fizet"),  # előfizet(és, ő) (hu)
    # Turkish consent stems, each with a dotless "ı" (no other character lower-cases to
    # it; its capital is "I"): çerez kullanım(ı), çerezler kullanıl(maktadır), çerez(ler)
    # kullanıyor(uz), çerez politikası, çerez ayarları, aydınlatma metni, kişisel
    # verilerin korunması, (biz ve iş) ortaklarımız. Its lead byte, "\xc4", is in
    # Turkish, Polish and a few other texts.
    (b"\xc4", "ı", r"{dotless}(?:(?<=kullan{dotless})|(?<=politikas{dotless})"
     r"|(?<=ayarlar{dotless})|(?<=ayd{dotless})(?=nlatma)|(?<=korunmas{dotless})"
     r"|(?<=ortaklar{dotless}))"),
    # Polish paywalls' "(wykup / masz już) prenumeratę": every spelling of "ę" ("ę", "Ę")
    # holds "\xc4", the lead byte above.
    (b"\xc4", "ę", r"{eogonek}(?<=prenumerat{eogonek})"),
    # Finnish "eväste" (evästeet, evästeitä, evästeasetukset) and the paywall's "tämä
    # artikkeli / juttu / sisältö on (vain) tilaaj(ille)", guarded by the letters "ä"
    # and "Ä" themselves, looked for in the text (a str search for one letter is a
    # memchr too): their bytes' last ones, "\xa4" and "\x84", are in most CJK text, and a
    # scan of a long Japanese page for nothing costs more than the gate may.
    ("äÄ", "ä", r"{auml}(?:ste(?<=ev{auml}ste)"
     r"|m{auml}(?<=t{auml}m{auml})(?={run}(?:artikkeli|juttu|sis{auml}lt)))"),
)
# ``{ws}`` in text is one ``\s`` and ``{ws2}`` two (a look-behind has a fixed width:
# one space, or the last two of a longer run). In UTF-8 a ``\s`` character is one
# byte (\t-\r, \x1c-\x20) or ends in one of the continuation bytes of U+0085, U+00A0,
# U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000; the byte before that
# is another space's last byte or, within the character, its lead or middle byte.
# ``{run}``, in a look-ahead, is a run of spaces as a phrase's space matches it (one to
# eight ``\s``): in bytes, one to 24 of the bytes any of them is made of.
# ``{i}`` is "í", ``{agrave}`` "à", ``{eacute}`` "é", ``{rcaron}`` "ř" and ``{odacute}``
# "ő", lower-cased in text, either case in bytes (only ASCII is lowered there).
_WS_TEXT = {"ws": r"\s", "ws2": r"\s\s", "run": r"\s{1,8}", "i": "í", "agrave": "à",
            "eacute": "é", "rcaron": "ř", "odacute": "ő", "oacute": "ó", "uuml": "ü",
            "auml": "ä", "dotless": "ı", "eogonek": "ę"}
_WS_LAST = r"[\t-\r\x1c-\x20\x80-\x8a\x9f\xa0\xa8\xa9\xaf]"
_WS_ANY = r"[\t-\r\x1c-\x20\x80-\x8a\x9a\x9f\xa0\xa8\xa9\xaf\xc2\xe1-\xe3\x81]"  # any byte of one
_WS_BYTES = {"ws": _WS_LAST, "ws2": r"[\t-\r\x1c-\x20\x80-\x8a\x9a\x9f\xa0\xa8\xa9\xaf\xc2]"
             + _WS_LAST, "run": _WS_ANY + "{1,24}", "i": r"\xc3[\xad\x8d]",
             "agrave": r"\xc3[\xa0\x80]", "eacute": r"\xc3[\xa9\x89]",
             "rcaron": r"\xc5[\x99\x98]", "odacute": r"\xc5[\x91\x90]",
             "oacute": r"\xc3[\xb3\x93]", "uuml": r"\xc3[\xbc\x9c]",
             "auml": r"\xc3[\xa4\x84]", "dotless": r"\xc4\xb1", "eogonek": r"\xc4[\x99\x98]"}
# Where a stem's runs end: spaces (any run of \s), apostrophes, and "ß" (or "ss").
_RUN_BREAK = re.compile(r"[\s'’ß]+")
_ASCII_PIECE = re.compile(r"[\x00-\x7f]+")


@dataclass(frozen=True)
class _StemGate:
    """``search(text)`` is true for every text in which a stem may start (see above);
    ``starts(low)`` finds where stems start in the lower-cased text, as the trie does."""

    scans: tuple[re.Pattern[bytes], ...]  # on the UTF-8 bytes, ASCII lower-cased
    # ``_GUARDED_SCANS`` by guard: each guard byte (a bytes of length one) with the scans
    # it guards, a scan under each of its guards (one loop of ``in`` tests: each costs a
    # memchr and little else, where a loop per group of guards costs a generator); and
    # each guard letter (looked for in the text) with its scans
    guarded: tuple[tuple[bytes, tuple[re.Pattern[bytes], ...]], ...]
    letter_guarded: tuple[tuple[str, tuple[re.Pattern[bytes], ...]], ...]
    needles: tuple[str, ...]  # anchors of stems the scans do not cover
    wide_leads: tuple[bytes, ...]  # lead bytes of the first letter of the stems below
    wide: tuple[str, ...]  # runs of stems with no ASCII anchor, looked for in ``low``
    text_scans: tuple[re.Pattern[str], ...]  # the scans, on the lower-cased text
    # the guarded scans on the lower-cased text, each with the letter it needs there
    guarded_text: tuple[tuple[str, re.Pattern[str]], ...]
    reach: int  # a stem starts at most this far before an anchor in it

    def search(self, text: str, /) -> bool | None:
        if "\u212a" in text:  # K (Kelvin sign) lower-cases to k: let the trie decide
            return True
        data = text.encode("utf-8", "surrogatepass").lower()
        # "İ" reads "i" in ``_lowered``, where the bytes hold no "i": let the trie decide.
        # (Its lead byte first: a str search for it in text with curly quotes tests
        # every "0", the byte its code point ends in.)
        if b"\xc4" in data and "\u0130" in text:
            return True
        for scan in self.scans:
            if scan.search(data) is not None:
                return True
        for guard, guarded in self.guarded:
            if guard in data:
                for scan in guarded:
                    if scan.search(data) is not None:
                        return True
        for letter, guarded in self.letter_guarded:
            if letter in text:
                for scan in guarded:
                    if scan.search(data) is not None:
                        return True
        for needle in self.needles:
            if needle.encode() in data:
                return True
        for lead in self.wide_leads:
            if lead in data:
                low = _lowered(text)
                return any(w in low for w in self.wide) or None
        return None

    def anchors(self, low: str) -> _Anchors:
        return _Anchors(self, low)


class _Anchors:
    """The anchors of one lower-cased text, found from a position on, as needed."""

    def __init__(self, gate: _StemGate, low: str) -> None:
        self.low = low
        # (A guarded scan only where its letter is in the text.)
        self.scans = [*gate.text_scans, *(scan for letter, scan in gate.guarded_text
                                          if letter in low)]
        # Only the words in the text (a letter's search is a memchr: cheap to ask first).
        self.words = [w for w in (*gate.needles, *gate.wide) if w[0] in low and w in low]
        # Per scan and word: the position searched from, and the first anchor found
        # from there (len(low) for none).
        self.cache = [(len(low) + 1, 0)] * (len(self.scans) + len(self.words))

    def first(self, pos: int) -> int | None:
        """Where the first anchor at or after ``pos`` is, of any scan or word."""
        low, n = self.low, len(self.low)
        best = n
        for i, (since, cached) in enumerate(self.cache):
            at = cached
            if not since <= pos <= at:  # the cached answer does not hold for ``pos``
                if i < len(self.scans):
                    m = self.scans[i].search(low, pos)
                    at = n if m is None else m.start()
                else:
                    found = low.find(self.words[i - len(self.scans)], pos)
                    at = n if found == -1 else found
                self.cache[i] = (pos, at)
            best = min(best, at)
        return None if best >= n else best


def _forms(ch: str) -> set[str]:
    """The characters of a text that lower-case to ``ch`` (with ``ch`` itself)."""
    forms = {ch} | {f for f, low in _FOLDS_INTO.items() if low == ch}
    forms.update(f for f in (ch.upper(), ch.title()) if len(f) == 1 and f.lower() == ch)
    return forms


def _stem_gate(stems: Iterable[str]) -> _StemGate:
    scans = tuple(re.compile(s.format_map(_WS_BYTES).encode()) for s in _ANCHOR_SCANS)
    by_guard: dict[bytes, list[re.Pattern[bytes]]] = {}
    by_letter: dict[str, list[re.Pattern[bytes]]] = {}
    for guards, _, source in _GUARDED_SCANS:
        scan = re.compile(source.format_map(_WS_BYTES).encode())
        if isinstance(guards, str):
            for letter in guards:
                by_letter.setdefault(letter, []).append(scan)
        else:
            for b in guards:
                by_guard.setdefault(bytes([b]), []).append(scan)
    guarded = tuple((guard, tuple(found)) for guard, found in by_guard.items())
    letter_guarded = tuple((letter, tuple(found)) for letter, found in by_letter.items())
    every_scan = [*scans, *(scan for _, found in (*guarded, *letter_guarded) for scan in found)]
    needles: dict[str, None] = {}
    wide: dict[str, None] = {}
    leads: dict[bytes, None] = {}
    reach = 0
    for stem in stems:
        # A number ("{n}") has no letters to anchor on: it counts as a run of spaces.
        plain = " ".join(stem.lower().replace("{n}", " ").split())
        # How long a match of the stem can be: each space a run of up to eight, "ß" "ss".
        reach = max(reach, len(plain) + 7 * plain.count(" ") + plain.count("ß"))
        if any(s.search(plain.encode()) for s in every_scan) or any(n in plain for n in needles):
            continue  # in the one spelling the scans check here; the tests check the rest
        runs = [r for r in _RUN_BREAK.split(plain) if r]
        if not runs:
            continue  # no letters: the trie skips it too (trie_pattern drops blank phrases)
        pieces = [p for r in runs for p in _ASCII_PIECE.findall(r)]
        best = max(pieces, key=len, default="")
        if len(best) >= 3 or all(r.isascii() for r in runs):
            needles.setdefault(best, None)
            continue
        run = max((r for r in runs if not r.isascii()), key=len)
        if any(w in run for w in wide):
            continue  # "кукис" has "куки"
        for w in [w for w in wide if run in w]:
            del wide[w]
        wide.setdefault(run, None)
        for form in _forms(run[0]):
            leads.setdefault(form.encode("utf-8", "surrogatepass")[:1], None)
    text_scans = tuple(re.compile(s.format_map(_WS_TEXT)) for s in _ANCHOR_SCANS)
    guarded_text = tuple((letter, re.compile(s.format_map(_WS_TEXT)))
                         for _, letter, s in _GUARDED_SCANS)
    return _StemGate(scans, guarded, letter_guarded, tuple(needles), tuple(leads), tuple(wide),
                     text_scans, guarded_text, reach)


@functools.lru_cache(maxsize=1)
def _default_gate() -> _StemGate:
    return _stem_gate(_packaged()["trigger"])


class _DefaultGate:
    """The packaged stems' gate, built on first use (``import cleantext`` stays fast)."""

    def search(self, text: str, /) -> bool | None:
        return _default_gate().search(text)


# ---------------------------------------------------------------------------------------
# Sentences: what a wall is made of


@dataclass
class _Doc:
    """One text under examination: the original (for capitals) and its lower-case copy."""

    lex: _Lexicon
    text: str
    low: str


def _quoted(quotes: list[int], line_start: int, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks: an odd number of them before it in its
    sentence (from ``start``), or in its line with one still to come ("“This website uses
    cookies. We'll assume you're ok with this,” the notice read."). ``quotes`` are the
    offsets of the line's quotation marks, in order."""
    before = bisect.bisect_left(quotes, pos)
    in_line = before - bisect.bisect_left(quotes, line_start)
    if (before - bisect.bisect_left(quotes, start)) % 2 == 1:
        # Unless the sentence began inside a quotation that one of those marks closes, as
        # the line's marks, all paired, tell: the sentence split cut inside it, where the
        # stop and the marks ran together ("… have to do that.”“Wild Rose” is out on DVD
        # and VOD.Este sitio web utiliza cookies …").
        return in_line % 2 == 1 or len(quotes) % 2 == 1
    return in_line % 2 == 1 and before < len(quotes)


def _is_chrome(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is button, heading and link words only."""
    if start >= end:
        return False
    if doc.lex.chrome.fullmatch(doc.low, start, end) is not None:
        return True
    # Buttons whose tags were dropped run together ("<button>Accept</button><button>Deny"
    # becomes "AcceptDeny"): split them where a lower-case letter meets a capital.
    if end - start > _GLUED_BUTTONS_MAX:
        return False
    if _CAMEL.search(doc.text, start, end) is None:
        return _caps_buttons(doc, start, end)
    split = _CAMEL.sub(" ", doc.text[start:end]).lower()
    return doc.lex.chrome.fullmatch(split) is not None


# A run of words in capitals only (and the separators between buttons).
_CAPS_ONLY = re.compile(f"[{_UP}][{_UP}\\s|/·•&'’-]{{2,199}}")


def _caps_buttons(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, in capitals, is buttons run together where their tags
    were dropped with no space, which no case change parts ("I ACCEPTMORE OPTIONS",
    Quantcast Choice's buttons)."""
    return _caps_split(doc, start, end) is not None


def _caps_split(doc: _Doc, start: int, end: int) -> str | None:
    """``text[start:end]`` in lower case with a space between the buttons run together in
    it, read from its start as buttons, each the longest that ends inside it (as
    ``_caps_glued_end`` reads them before an article's word); None unless it is in
    capitals and all buttons."""
    text = doc.text
    # (A capital and no lower-case letter after it first: most lines start otherwise,
    # and the test costs less.)
    if end - start < 3 or not text[start].isupper() or text[start + 1].islower() \
            or _CAPS_ONLY.fullmatch(text, start, end) is None:
        return None
    low = doc.low[start:end]
    parts: list[str] = []
    at = 0
    for _ in range(_MAX_GLUED):
        if at >= len(low):
            return " ".join(parts)
        # One match per button: the trie's repeats are greedy, so the longest button
        # that starts here ("accept all" before "accept").
        m = doc.lex.run_buttons.match(low, at)
        if m is None:
            return None
        parts.append(m.group(1))
        at = m.end()
    return None


def _capitalised_at_word(text: str, pos: int, start: int) -> bool:
    """Whether a capital at ``pos`` starts a word: at ``start``, after a character that
    is no letter or digit, or run into a lower-case word before it (a join where a line
    break was lost: the word scans find no wording there, ``_glued_wordings`` does)."""
    return text[pos].isupper() and (
        pos == start or not text[pos - 1].isalnum() or text[pos - 1].islower())


def _accepts(doc: _Doc, start: int, end: int) -> list[int]:
    """Where consent buttons start in ``text[start:end]``, at the start of a word only,
    or run into a lower-case word before them where a dropped tag left no space ("…
    appareilParamétrer les cookiesAccepter & Fermer"): the button is capitalised."""
    text = doc.text
    return [m.start() for m in doc.lex.accept.finditer(text, start, end)
            if not (m.start() and text[m.start() - 1].isalnum()
                    and not text[m.start() - 1].islower())]


def _within(hits: list[int], start: int, end: int) -> list[int]:
    return hits[bisect.bisect_left(hits, start) : bisect.bisect_left(hits, end)][:_MAX_TRIES]


def _wall_start(doc: _Doc, start: int, end: int, *, openers: list[int], bodies: list[int],
                quotes: list[int], line_start: int) -> int | None:
    """Where a wall begins in the sentence ``text[start:end]``, or None if it holds none."""
    text = doc.text
    cut: int | None = None
    for at in _within(openers, start, end):
        if _quoted(quotes, line_start,
                   start if at == start else _after_glued_stop(text, start, at), at):
            continue
        if at == start or _is_chrome(doc, start, at):
            cut = start
        elif _capitalised_at_word(text, at, start):
            cut = at
        else:
            continue  # "the regulator found that this website uses cookies"
        break
    if cut is None:
        for at in _within(bodies, start, end):
            if _quoted(quotes, line_start, start, at):
                continue
            # A wall glued to the article's text starts at its own first word: the
            # wording's own ("… photos: By clicking “Accept …") or the nearest wall
            # word before it ("… account We use cookies to give you …").
            cut = start
            if at > start and _capitalised_at_word(text, at, start):
                cut = at
            else:
                lo = max(start, at - _STARTER_WINDOW)
                found = False
                for m in doc.lex.starter.finditer(doc.low, lo, at):
                    p = m.start()
                    if p == start and text[p].isupper():
                        # The sentence opens with a wall's first word ("Wir verarbeiten
                        # personenbezogene Daten und nutzen Cookies …"): a capitalised
                        # noun after it is inside the wall (``_noun_in_wall``).
                        found = True
                    elif p > start and _capitalised_at_word(text, p, start) and not _quoted(
                        quotes, line_start, start, p
                    ):
                        if found and _noun_in_wall(doc, cut, p):
                            continue
                        cut, found = _imperative_start(text, start, p), True
                if cut > start:
                    cut = _starter_run_into(doc, lo, cut)
            break
    if cut is None:
        return None
    if cut == start:
        first = min(_within(openers, start, end)[:1] + _within(bodies, start, end)[:1])
        head = _glued_head(doc, start, first, end)
        cut = start if head is None else head
    else:
        # A wall cut at a capitalised word of its own (a German noun: "… ZustimmungWir
        # und unsere Partner verwenden Cookies …") may start at an opener run into the
        # words before it: only an opener moves the cut back, no ``starter``.
        head = _glued_head(doc, start, cut, end, starters=False)
        cut = cut if head is None else head
    if cut > start and (_is_chrome(doc, start, cut) or _SALUTATION.fullmatch(doc.low, start, cut)):
        cut = start  # "Privacy & Cookies: This site uses cookies."
    elif cut > start and _welcomes(doc, start, cut):
        # The dialog's greeting that opens the text, its line break lost: "Bienvenue sur
        # La Gazette !Avec votre accord, nos partenaires …" ("La" is a wall's first word).
        cut = start
    elif cut > start and _heading_run_into(doc, start, cut):
        cut = start
    return cut


def _heading_run_into(doc: _Doc, start: int, cut: int) -> bool:
    """Whether the words before a wall that starts at ``cut`` are its heading run into it
    where a line break went with nothing in its place: a short run of words that is a
    wall wording from its first word to the join ("Acest site folosește cookie-uriFolosim
    cookie-uri …", the dialog's title over its text), which the word scans, wanting a
    word's end, passed over. Left alone: words before a space, and words that are not
    one wording ("Why this website uses cookiesWe use …" keeps its headline)."""
    if cut - start > _HEADING_MAX or _JOIN.match(doc.text, cut) is None:
        return False
    # (The scan ends at the join, where the right word edge then holds.)
    openers, bodies = doc.lex.words.spans(doc.low, start, cut)
    return (start, cut) in openers or (start, cut) in bodies


def _after_glued_stop(text: str, start: int, pos: int) -> int:
    """Where the last sentence before ``pos`` starts in ``text[start:pos]``, after a stop
    run into a capital that the sentence split passed over ("… on DVD and VOD.Este sitio
    web utiliza cookies …"); ``start`` if there is none. Quotation marks before it are
    another sentence's: read from there, the wording is not inside them, where the
    sentence began inside a quotation ("… do that.”“Wild Rose” is out …") and the
    line's marks are not all paired."""
    last = start
    for m in _GLUED_STOP.finditer(text, start, pos + 1):  # (the capital at ``pos`` too)
        last = m.end()
    return last


def _starter_run_into(doc: _Doc, lo: int, cut: int) -> int:
    """Where a wall cut at a capitalised noun of its own starts, if its first word was run
    into the words before it where a line break went with nothing in its place
    ("DatenschutzeinstellungenWir verarbeiten personenbezogene Daten und nutzen Cookies
    …": the word scans, wanting a word edge, found no "Wir" there, and the cut fell on
    "Cookies"): at the nearest such join after ``lo`` with a wall's first word there,
    where the words from it to the noun are on a wall's subject, no speech verb among
    them (``_noun_in_wall``); else ``cut``."""
    for m in reversed(list(_JOIN.finditer(doc.text, lo, cut))[-_MAX_JOINS:]):
        j = m.start()
        if (_match_end(doc.lex.starter, doc, j, cut, cut=True) is not None
                and _noun_in_wall(doc, j, cut)):
            return j
    return cut


# Where a line break between two words was lost with no space in its place: a lower-case
# letter or a digit, then a capitalised word ("airfieldChoose", "A67Wij").
_JOIN = re.compile(f"(?<=[{_LO}0-9])(?=[{_UP}][{_LO}])")
_MAX_JOINS = 3


def _glued_head(doc: _Doc, start: int, first: int, end: int, *,
                starters: bool = True) -> int | None:
    """Where a wall starts that is run into the text before it with no space, where the
    sentence's own head holds no wall wording ("Council approves 800 homes on former
    Bexley airfieldChoose how you want to continueTo read … for free, accept cookies
    …": the headline stays). The word scans want word edges, which such a join does not
    give: the last few joins before ``first`` (the wall's first wording, or the end of
    the window read in a sentence that only reads as a wall) are read for an opener
    (ending at a word's end or at another join), else for a wall's first word (a
    ``starter``, the nearest one, unless ``starters`` is false). None if none is found;
    ``start`` if the words before the join are the wall's heading."""
    lo = max(start, first - _STARTER_WINDOW)
    # The joins nearest the wording: a hashtag or a name before it has joins of its own
    # ("#TodayInSenatePlenary … October 9, 2018By clicking “Accept All Cookies” …").
    joins = [m.start() for m in _JOIN.finditer(doc.text, lo, first)][-_MAX_JOINS:]
    head = None
    for j in joins:
        m = doc.lex.opener_head.match(doc.low, j, end)
        if m is not None and (m.end() == end or not doc.low[m.end()].isalnum()
                              or _JOIN.match(doc.text, m.end())):
            head = j
            break
    if head is None and starters:
        head = next((j for j in reversed(joins)
                     if _match_end(doc.lex.starter, doc, j, first, cut=True) is not None), None)
    # The words before the join may be the wall's own heading, run into it: a heading's
    # words ("We value your privacyWe and our partners …") or a wall wording ("Este site
    # utiliza cookiesUtilizamos cookies …"), which the join hid from the word scans.
    if head is None:
        return None
    if head > start and (_heads_wall(doc, start, head)
                         or any(doc.lex.words.spans(doc.low, start, head))):
        return start
    return head


def _noun_in_wall(doc: _Doc, cut: int, p: int) -> bool:
    """Whether the capitalised starter at ``p`` is a noun inside the wall that starts at
    ``cut`` rather than where it starts: it follows a lower-case word, and the words
    from ``cut`` are on a wall's subject, no speech verb among them. German capitalises
    its nouns ("Wir verarbeiten personenbezogene Daten und nutzen Cookies und …": the
    wall starts at "Wir", not at "Cookies"); an article's words glued before a wall
    are on another subject ("Wir berichteten, dass die Stadt spart Wir verwenden
    Cookies …": the wall starts at the second "Wir")."""
    text = doc.text
    if p < 2 or text[p - 1] != " " or not text[p - 2].islower():
        return False
    return (doc.lex.keyword.search(doc.low, cut, p) is not None
            and doc.lex.reporting.search(doc.low, cut, p) is None)


# A wall that greets the reader before its first wording ("Liebe Leserinnen und Leser,
# wir verwenden Cookies …", "Dear reader, we use cookies …", "Chers lecteurs, nous …"):
# the greeting, its comma, and a few lower-case words up to the wording. A sentence
# that starts so and holds a wall wording is the wall's from its first word.
_GREETING = (
    r"(?:dear|liebe|lieber|cher|chère|chers|chères|querid[oa]s?|estimad[oa]s?|car[oa]s?|cari"
    r"|care|gentili|gentile|beste|lieve|geachte|prezad[oa]s?"
    # Polish portals' RODO dialogs ("Szanowny Użytkowniku, zanim przejdziesz do serwisu …"),
    # and the greetings of the other packs' languages
    r"|szanown[ya]|drog[ia]|vážen[ýá]|milý|milá|kära|kjære|kære|dragă|draga|stimate|stimată"
    r"|kedves|hyvä)"
)
_SALUTATION = re.compile(_GREETING + r" [^\n,.!?]{1,40}, [^\n,.!?]{0,40}")
# The same greeting on a line of its own, its comma ending the line: the wall's text
# goes on in lower case on the next ("Szanowny Użytkowniku,\nzanim przejdziesz …").
_GREETING_LINE = re.compile(_GREETING + r" [^\n,.!?]{1,40},[ \t]*")


def _imperative_start(text: str, start: int, p: int) -> int:
    """Where a wall whose first wording word is at ``p`` starts: at the verb before it
    where that word is the formal "Sie" of a German imperative ("Besuchen Sie zeit.de wie
    gewohnt …", "Lesen Sie …"), else at ``p``."""
    if not text.startswith("Sie ", p) or p - start < 2 or text[p - 1] != " ":
        return p
    verb = text.rfind(" ", start, p - 1) + 1 or start
    word = text[verb : p - 1]
    if not (word.isalpha() and word[0].isupper()):
        return p
    # The verb may be run into the heading over it where a line break was lost ("ZEIT
    # ONLINE mit WerbungBesuchen Sie …"): the wall starts at the join.
    joins = [m.start() for m in _JOIN.finditer(text, verb + 1, p - 1)]
    return joins[-1] if joins else verb


def _reports(doc: _Doc, cut: int, wall_end: int,
             wordings: Iterable[tuple[int, int]] = ()) -> bool:
    """Whether the wall found in a sentence reports speech, and so is an article's ("This
    site uses cookies to track readers, the lawsuit claims."). Only the wall's part is
    read: an article sentence glued after its closing link ("… see here: Cookie Policy
    Court records show …") is the article's, and its narration words are not the wall's.

    A speech verb whose subject is the reader reports nothing: Yahoo's dialog says "If
    you say ‘Accept all’, we and our partners will …". Nor does an attribution to the
    site's own document: "de acordo com a nossa Política de Privacidade", "according to
    our cookie policy" (an article attributes to others: "according to the regulator").
    Nor does a word inside one of the sentence's ``wordings`` (the wall wordings found
    in it): the packs are merged, and one language's speech verb is another's everyday
    word (Portuguese "disse", Danish "disse", these, in Cookiebot's "Vores partnere kan
    kombinere disse data …").
    """
    low = doc.low
    for n, m in enumerate(doc.lex.reporting.finditer(low, cut, wall_end)):
        if n >= _MAX_TRIES:
            return True
        if any(a <= m.start() and m.end() <= b for a, b in wordings):
            continue
        if _READER_SPEAKS.search(low, max(cut, m.start() - 5), m.start()) is not None:
            continue
        if (_OUR_DOCUMENT.match(low, m.end()) is not None
                and " ".join(m.group().split()) in _ATTRIBUTIONS):
            continue
        return True
    return False


# "you " right before a speech verb: the reader is told what their answer does.
_READER_SPEAKS = re.compile(r"(?<![a-z])you\s$")
# The [reporting] words that attribute rather than report speech, and what follows them
# where a wall attributes to its own document: an article, a first person plural
# possessive ("our", "unserer", "nossa" …), a document's name (checked in the lower-cased
# text, bounded: one article and three spaces at most).
_ATTRIBUTIONS = frozenset({
    "according to", "laut", "según", "secondo", "segundo", "de acordo com", "volgens",
})
_OUR_DOCUMENT = re.compile(
    r"\s(?:(?:a|as|o|os|la|las|el|los|le|les|the)\s)?"
    r"(?:our|unserer|unseren|unserem|unsere|notre|nos|nuestra|nuestro|nuestras|nuestros"
    r"|nostra|nostro|nostre|nostri|nossa|nosso|nossas|nossos|onze|ons)\s"
    r"(?:[a-zà-ÿ-]{1,20}\s){0,2}?"
    r"(?:privacy|cookie|datenschutz|politi|polític|confidentialit|privacidad|privacidade"
    r"|informativa|richtlijn|beleid|nutzungsbedingungen|terms|condi)"
)
# Quotation marks that open and close a button's label in a wall's sentence ("Door op
# ‘Akkoord’ te klikken", "pulsando «Aceptar y seguir»", "Mit Klick auf „Zustimmen“").
_OPENING = frozenset("\"'‘‚“„«‹「『")
_CLOSING = frozenset("\"'’‘”“»›」』")


def _names_button(doc: _Doc, start: int, end: int) -> bool:
    """Whether the sentence names a consent button in quotation marks, as a dialog tells
    the reader what its buttons do ("Door op ‘Akkoord’ te klikken, ga je hiermee
    akkoord.", "Puede aceptar todas las cookies pulsando «Aceptar y seguir»")."""
    text = doc.text
    for n, m in enumerate(doc.lex.accept.finditer(text, start, end)):
        if n >= _MAX_TRIES:
            break
        if _in_quotes(text, m.start(), m.end(), start, end):
            return True
    return False


def _in_quotes(text: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether ``text[a:b]`` stands between quotation marks, French spaces allowed
    ("« Tout accepter »"), within ``text[start:end]``."""
    if a > start and text[a - 1].isspace():
        a -= 1
    if b < end and text[b].isspace():
        b += 1
    return a > start and text[a - 1] in _OPENING and b < end and text[b] in _CLOSING


def _is_medium(doc: _Doc, start: int, end: int) -> bool:
    """A sentence that reads as part of a wall when it sits inside one: it addresses the
    reader ("you", "Sie", "by clicking", "pulsando") about a wall's subject, or names a
    consent button in quotation marks, or it is a paywall's offer (``_is_offer``). Speech
    verbs make it an article's (``_reports``), as does a quotation mark at its head."""
    lex, low = doc.lex, doc.low
    if end - start > _MEDIUM_MAX or doc.text[start] in _QUOTES:
        return False
    # The reader is addressed (an article names the same buttons in the third person:
    # "Clicking “Accept all” shares data …", "Wer auf „Alle akzeptieren“ klickt …").
    # An offer (``_is_offer``) already has no speech verb.
    if lex.person.search(low, start, end) is None or not (
            lex.keyword.search(low, start, end) is not None or _names_button(doc, start, end)):
        return _is_offer(doc, start, end)
    return not _reports(doc, start, end)


def _is_offer(doc: _Doc, start: int, end: int) -> bool:
    """A paywall's offer: a short sentence with an ``offer`` wording and no speech verb
    ("Jetzt 4 Wochen gratis testen, danach 7,99 € im Monat.", "Sans engagement.").

    Offers are printed without a "you" and often without a verb, so the reader need not
    be addressed. An article's sentence on a subscription's price reports it ("… raised
    its digital subscription to $25 a month, the company said.") and is the article's;
    a price alone ("$25 a month") is no offer wording: the packs list it with what an
    offer says next to it ("for your first", "le premier mois", "danach").
    """
    return (end - start <= _OFFER_MAX
            and _has_offer(doc, start, end)
            and not _reports(doc, start, end))


def _has_offer(doc: _Doc, start: int, end: int) -> bool:
    """Whether an ``offer`` wording starts at a word's start in ``low[start:end]``. The scan
    has no look-behind (with one, ``re`` tries it at every position, without, it skips
    to the phrases' first characters): the left word edge is checked on each match;
    ``start`` is one (it may be where a dropped tag ran a button into the offer). A
    wording that starts with a currency sign needs no edge: the price's digits run into
    it ("ABBONATI A 1€ AL MESE")."""
    low = doc.low
    for n, m in enumerate(doc.lex.offer.finditer(low, start, end)):
        if n >= _MAX_TRIES:
            break
        p = m.start()
        if p == start or not low[p].isalnum() or _NOT_LETTER.match(low, p - 1) is not None:
            return True
    return False


def _offer_end(doc: _Doc, start: int, end: int) -> int:
    """Where a paywall's offer ends in the sentence ``text[start:end]``: before the
    article's first sentence where the line break after the offer was lost and its line
    had no stop to end it ("Offre découverte : 2 € le premier mois Le conseil municipal
    a adopté …": ``_sentence_after`` its last offer wording); else ``end``."""
    last = None
    for n, m in enumerate(doc.lex.offer.finditer(doc.low, start, end)):
        if n >= _MAX_TRIES:
            break
        last = m
    return end if last is None else _sentence_after(doc, last.end(), end)


def _on_subject(doc: _Doc, start: int, end: int) -> bool:
    """A sentence on a wall's subject that does not address the reader: a wall word, no
    speech verb, not opened by a quotation mark."""
    return (end - start <= _MEDIUM_MAX
            and doc.text[start] not in _QUOTES
            and doc.lex.keyword.search(doc.low, start, end) is not None
            and not _reports(doc, start, end))


def _holding(units: list[tuple[int, int]], offsets: list[int]) -> list[int]:
    """The indices of the ``units`` (in order, disjoint) in which one of ``offsets`` (in
    order) lies."""
    unit_starts = [s for s, _ in units]
    out: list[int] = []
    for at in offsets:
        i = bisect.bisect_right(unit_starts, at) - 1
        if i >= 0 and at < units[i][1] and (not out or out[-1] != i):
            out.append(i)
    return out


# Where a block's last word (ending in a lower-case letter) ran into the next block's
# first, a capitalised word, with no space ("… for subscribers onlyYou've read …"): the
# capital. The scan starts with the capital's class (``re`` skips to capitals in C).
_RUN_INTO = re.compile(f"[{_UP}](?<=[{_LO}][{_UP}])(?=[{_LO}])")
# A wall's first word is at most this far before the place its opener ran into the next.
_GLUED_OPENER_REACH = 120
# A line longer than this is a text's that lost its line breaks (``_glued_in_line``), and
# where blocks were joined by nothing, a join shows within this many characters of
# either end (a headline run into its first paragraph, a footer into the last).
_GLUED_LINE = 2 * _MEDIUM_MAX
_GLUED_PROBE = 1000


def _glued_in_line(doc: _Doc, start: int, end: int,
                   hits: bool) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``_glued_wordings`` of the line, read where they can be: a short line (a
    paragraph) that holds a wall wording the word scans found or a stop run into the
    next sentence (most lines examined are an article's and hold no join); a long one
    (a text that lost its line breaks) when
    a sentence's stop run into the next one's capital shows near either end, as in a
    text whose blocks were joined by nothing ("… the spring.The council …"). One that
    kept a space between its blocks has none, and reading all of it for joins would
    cost more than the rest of the line's reads; a name's inner capital ("SunExpress")
    is no sign."""
    text = doc.text
    if end - start <= _GLUED_LINE:
        if hits or _GLUED_SENTENCES.search(text, start, end) is not None:
            return _glued_wordings(doc, start, end)
        return [], []
    if (_GLUED_SENTENCES.search(text, start, start + _GLUED_PROBE) is None
            and _GLUED_SENTENCES.search(text, end - _GLUED_PROBE, end) is None):
        return [], []
    return _glued_wordings(doc, start, end)


# A stop (or a teaser's ellipsis) run into the next sentence's capital after a
# lower-case letter: the scan starts with the stops' class, which few characters of a
# text are.
_GLUED_SENTENCES = re.compile(f"[.!?…](?<=[{_LO}][.!?…])(?=[{_UP}][{_LO}])")


def _glued_wordings(doc: _Doc, start: int,
                    end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The opener and body wordings in ``text[start:end]`` that a lost line break ran
    into the words next to them with no space, which the word scans, wanting word edges
    in the lower-cased text, pass over: a wording that starts at the next block's first
    word ("DatenschutzeinstellungenWir nutzen Technologien wie Cookies …", the dialog's
    heading run into its text), and an opener whose last word ran into the next block's
    first ("… 30 per cent.This article is for subscribers onlyYou've read all of your
    free articles …", "Questo articolo è riservato agli abbonatiPer continuare …"). The
    latter starts at a capitalised word (a wall's first word, as where it is glued to
    the article) and ends at the join.

    At each join one anchored match is tried; an opener that ends there is looked for
    only after a word that ends one (a set lookup), at most ``_MAX_TRIES`` times, at the
    capitalised words up to ``_GLUED_OPENER_REACH`` before it: bounded work per join."""
    text, low, lex = doc.text, doc.low, doc.lex
    ends = lex.opener_ends
    openers: list[tuple[int, int]] = []
    bodies: list[tuple[int, int]] = []
    tries = 0
    for m in _RUN_INTO.finditer(text, start, end):
        j = m.start()
        at = lex.join_words.match(low, j, end)
        if at is not None:
            if at.group(1) is not None:
                openers.append(at.span(1))
            if at.group(2) is not None:
                bodies.append(at.span(2))
        w = j
        while w > start and j - w < 40 and low[w - 1].isalpha():
            w -= 1
        if tries >= _MAX_TRIES or low[w:j] not in ends:
            continue
        tries += 1
        k = max(start, j - _GLUED_OPENER_REACH)
        for c in _CAPITAL_WORD.finditer(text, k, w + 1):
            if _match_end(lex.opener_head, doc, c.start(), j, cut=False, full=True) is not None:
                openers.append((c.start(), j))
                break
    return openers, bodies


# A capitalised word's first letter, where a word starts (after a non-letter, or at the
# start of what is searched), or where a lost line break ran it into the word before
# ("… 90 årKun for abonnenterAf Niels Holm …": a label between headline and byline).
_CAPITAL_WORD = re.compile(f"(?<![^\\W\\d_])[{_UP}]|(?<=[{_LO}])[{_UP}]")


class _Line:
    """The sentences of one line and their labels, worked out as they are needed.

    S a wall sentence (with where the wall starts in it), B button words, M reads as
    part of a wall when inside one, C the article's.
    """

    def __init__(self, doc: _Doc, start: int, end: int) -> None:
        self.doc = doc
        self.start, self.end = start, end
        lex = doc.lex
        openers, bodies = lex.words.spans(doc.low, start, end)
        glued_openers, glued_bodies = _glued_in_line(doc, start, end, bool(openers or bodies))
        if glued_openers:
            openers = sorted(openers + glued_openers)
        if glued_bodies:
            bodies = sorted(bodies + glued_bodies)
        self.units: list[tuple[int, int]] = []
        self.cuts: list[int | None] = []
        self.ends: list[int] = []  # where each wall (or wall-like) sentence's wall ends
        if openers or bodies:
            self.split()
            o_starts = [a for a, _ in openers]
            b_starts = [a for a, _ in bodies]
            hits = sorted(openers + bodies)
            quotes = [m.start() for m in _QUOTE_MARKS.finditer(doc.text, start, end)]
            h_starts = [a for a, _ in hits]
            # A sentence where no wording starts holds no wall (``_wall_start`` looks only
            # at wordings): only the sentences that hold one are read.
            for i in _holding(self.units, h_starts):
                s, e = self.units[i]
                cut = _wall_start(doc, s, e, openers=o_starts, bodies=b_starts,
                                  quotes=quotes, line_start=start)
                if cut is None:
                    continue
                lo, hi = bisect.bisect_left(h_starts, cut), bisect.bisect_left(h_starts, e)
                last = max(hits[lo:hi], key=lambda h: h[1], default=(cut, cut))
                wall_end = _wall_end(doc, last, e)
                if not _reports(doc, cut, wall_end, hits[lo:hi]):
                    self.cuts[i], self.ends[i] = cut, wall_end
        self._labels: dict[int, str] = {}

    def split(self) -> None:
        """Read the line's sentences, none of them a wall's yet."""
        self.units = sentences(self.doc.text, self.start, self.end)
        self.cuts = [None] * len(self.units)
        self.ends = [e for _, e in self.units]

    @property
    def has_wall(self) -> bool:
        """Whether a sentence is a wall's (a cut is set)."""
        return any(c is not None for c in self.cuts)

    def take_answered_walls(self) -> None:
        """Mark as a wall each run of wall-like sentences (M) that its consent buttons
        answer, in this line or on the next.

        A publisher that names itself prints no wording a pack can list ("Le Monde et ses
        partenaires utilisent des cookies pour vous proposer …", "Wij, Mediahuis, gebruiken
        cookies …"), but its dialog ends in the buttons that answer it ("Accepter et
        continuer", "Alles accepteren"). Sentences that only read as a wall (a wall word
        and the reader addressed, no reported speech) are taken when such buttons follow
        them at once; with other buttons ("OK", "Yes", "Continue"), which an article's
        text may hold, they are not.
        """
        doc, start, end = self.doc, self.start, self.end
        short = end - start <= 2 * _ANSWER_WINDOW
        # In a long line (flattened text) such a wall sits at its head or its tail.
        windows = [(start, end)] if short else [(start, start + _ANSWER_WINDOW),
                                                 (end - _ANSWER_WINDOW, end)]
        accepts = [p for a, b in windows for p in _accepts(doc, a, b)]
        next_answers = short and self._next_line_answers()
        if not accepts and not next_answers:
            return
        if not self.units:
            self.split()
        answers = [i for i in _holding(self.units, accepts) if self._answers(i, accepts)]
        if next_answers:
            answers.append(len(self.units))
        for i in answers[:_MAX_TRIES]:
            k = i
            while k > 0 and self.label(k - 1) in "MB":
                k -= 1
            if short and 0 < k < i and self._buttons_under(i):
                k = self._paragraph_head(k)
            if k > 0 and i < len(self.units) and self.label(i) != "B":
                continue  # buttons glued to an article sentence answer a wall at the head
            first_m = next((j for j in range(k, i) if self.label(j) == "M"), None)
            if first_m is not None:
                s, e = self.units[first_m]
                # The wall may be run into the headline before it ("… from MayWe and
                # our partners use cookies …"), with no wording the scans found.
                head = _glued_head(doc, s, min(e, s + _STARTER_WINDOW), e)
                self.cuts[first_m] = s if head is None else head

    def _buttons_under(self, i: int) -> bool:
        """Whether the consent buttons that answer at ``i`` are in the line itself or on
        the very next line, as a dialog prints them under its text; after a blank line
        they may be an article's own example ("Accept all" / "Reject all" shown in a
        guide to consent banners)."""
        if i < len(self.units):
            return True
        nxt = _next_line(self.doc.text, self.end + 1)
        return nxt is not None and nxt[0] == self.end + 1

    def _paragraph_head(self, k: int) -> int:
        """0 if the sentences before ``k`` (a run of wall-like sentences that consent
        buttons answer) are a dialog's from the line's head: the first reads as a wall
        (M), and the others do or are on its subject (at most ``_MAX_BETWEEN`` of those)
        ("Wir nutzen Cookies … um Inhalte zu personalisieren. Einige Dienste verarbeiten
        Daten in Drittländern. Ihre Einwilligung können Sie jederzeit widerrufen." over
        "Alle akzeptieren"); else ``k``.

        Only in a short line (a paragraph of its own) whose last sentence reads as a wall
        too, with the buttons right under it: a paragraph that opens and ends as a wall,
        over its buttons, has no room for the article. Left alone: the same sentences
        where the line starts with the article's ("The council's site sets cookies.", no
        reader addressed) or ends with one ("… and choose Block third-party cookies."
        over "Accept all" in a guide), and in flattened text, where the article's
        sentences on privacy may precede a wall's.
        """
        doc, units = self.doc, self.units
        between = 0
        for j in range(k - 1, -1, -1):
            label = self.label(j)
            if label in "MB":
                continue
            between += 1
            if between > _MAX_BETWEEN or not _on_subject(doc, *units[j]):
                return k
        return 0 if self.label(0) == "M" else k

    def _answers(self, i: int, accepts: list[int]) -> bool:
        """Whether sentence ``i`` holds a consent button from ``accepts`` where a dialog
        puts it: in button words that end the line ("… interesses. Alles accepteren"), or
        that an article's first sentence is glued to ("… Tout accepter Le conseil …").
        Button words between two sentences of a line ("… sur notre site. Accepter. C'est
        …") are an article's: a quoted answer, a survey's."""
        s, e = self.units[i]
        if self.label(i) == "B":
            if not all(self.label(j) == "B" for j in range(i + 1, len(self.units))):
                return False
        else:
            glued = _glued_chrome_end(self.doc, s, e, camel=True)
            if glued is None:
                return False
            e = glued
        return bool(_within(accepts, s, e))

    def label(self, i: int) -> str:
        if self.cuts[i] is not None:
            return "S"
        lab = self._labels.get(i)
        if lab is None:
            s, e = self.units[i]
            if _is_chrome(self.doc, s, e):
                lab = "B"
            elif (glued := _glued_chrome_end(self.doc, s, e)) is not None:
                # "Tout accepter Paramètres des cookies Le conseil …": the article after a
                # wall's buttons; but heading words that no wall sentence comes before, no
                # consent button among them, go on with the dialog ("DPG Media privacy
                # gate Wij, DPG Media, gebruiken cookies …").
                # A wall's buttons run into its offer go on with it too ("… accept
                # cookies … Accept and continue Or go ad-free for £3.99 a month."): a
                # line break lost between the free choice and the paid one.
                after_wall = i > 0 and self.cuts[i - 1] is not None
                if after_wall:
                    lab = "M" if _is_offer(self.doc, glued, e) else "C"
                    if lab == "M":
                        self.ends[i] = _offer_end(self.doc, glued, e)
                else:
                    lab = "M" if self._heading_run_into(s, glued, e) else "C"
            elif _is_medium(self.doc, s, e):
                lab = "M"
                # "… acesso ilimitado.ASSINE JÁEntrarO centro tem …": a dropped tag ran
                # the dialog's buttons into the article's next sentence, and no space
                # split the two sentences; the wall ends with the buttons. Only where
                # they are run into a word, or where a line break was lost after
                # consent buttons and the article's next words read as its own ("… Voir
                # nos 214 partenaires Accepter et fermer Villefranche : les halles …"):
                # buttons before a space may be named by the sentence ("… our Cookie
                # Policy, Privacy Policy and Terms.").
                stop = _wall_end(self.doc, (s, s), e)
                if stop < e and (_runs_into(self.doc.text, stop)
                                 or _article_after_buttons(self.doc, s, stop, e)):
                    self.ends[i] = stop
                else:
                    self.ends[i] = _joined_buttons_end(self.doc, s, e)
                if self.ends[i] == e:
                    # "Change your cookie settingsThe budget passed on Tuesday.": its
                    # last words run into the article's next sentence, which the
                    # sentence split could not part (no stop, no space); the words
                    # before the join read as a wall on their own.
                    joined = _article_at_join(self.doc, s, e)
                    if joined is not None and _is_medium(self.doc, s, joined):
                        self.ends[i] = joined
                    else:
                        self.ends[i] = _offer_end(self.doc, s, e)
            elif ((wall_end := self._wall_before_article(s, e)) is not None
                  or (wall_end := self._wall_run_into_report(s, e)) is not None):
                lab = "M"
                self.ends[i] = wall_end
            elif s > 0 and not self.doc.text[s - 1].isspace() and \
                    (buttons := _glued_chrome_end(self.doc, s, e, camel=True)) is not None \
                    and _more_wall(self.doc, buttons, e):
                # Run into a wall's stop with no space, buttons run into more of the wall:
                # "… senza pubblicità.Accetta e continuaAbbonati a 4 € al meseHai già un
                # abbonamento?" (a line break lost with nothing in its place).
                lab = "M"
            else:
                lab = "C"
            self._labels[i] = lab
        return lab

    def _wall_before_article(self, s: int, e: int) -> int | None:
        """Where the consent buttons end in a sentence whose head reads as a wall and
        whose tail, after the buttons, is the article's headline and first sentence,
        the stops between them lost ("Avec nos partenaires, nous traitons les données
        suivantes : … Accepter & Fermer Continuer sans accepter → Saint-Véran : la halle
        rouvrira …, a annoncé le maire."); None if it is not such a sentence. The wall's
        part is read on its own: the article's speech verbs or length after the buttons
        do not make it the article's. Only where a consent button follows a wall word
        and the reader addressed, and the words after the buttons start as a headline
        does and address no one (``_article_after_buttons``)."""
        doc = self.doc
        accepts = _accepts(doc, s, e)
        if not accepts or doc.lex.person.search(doc.low, s, accepts[0]) is None:
            return None
        # The buttons from the first consent button on (a purpose list before them may
        # hold button-like words: "Mesure d’audience, Publicité et contenu …").
        first = accepts[0]
        joined = first > s and doc.text[first - 1].islower()  # "…appareilAccepter"
        stop = _glued_chrome_end(doc, first, e, camel=True, joined=joined)
        if stop is None or not _is_medium(doc, s, stop):
            return None
        if _runs_into(doc.text, stop) or _article_after_buttons(doc, s, stop, e):
            return stop
        # Run into the headline past an arrow: "Continuer sans accepter →Saint-Véran".
        if (not doc.text[stop - 1].isspace() and doc.text[stop].isupper()
                and _ARTICLE_HEAD.match(doc.text, stop, min(e, stop + 200)) is not None
                and doc.lex.person.search(doc.low, stop, e) is None):
            return stop
        return None

    def _wall_run_into_report(self, s: int, e: int) -> int | None:
        """Where a wall's buttons end in a sentence whose head reads as a wall and whose
        buttons a dropped tag ran into the article's next words, which a speech verb
        makes the article's ("… or to refuse consenting.MORE OPTIONS DISAGREE
        AGREEFerry timetable cut … after engineers found …": the line breaks went with
        nothing in their place); None if it is not such a sentence. Asked only where the
        sentence would read as a wall but for a speech verb: the wall's part, up to its
        buttons, must read as one without it."""
        doc, lex, low = self.doc, self.doc.lex, self.doc.low
        if (lex.reporting.search(low, s, e) is None or lex.person.search(low, s, e) is None
                or lex.keyword.search(low, s, e) is None):
            return None
        stop = _wall_end(doc, (s, s), e)
        if s < stop < e and _runs_into(doc.text, stop) and _is_medium(doc, s, stop):
            return stop
        return None

    def _between_walls(self, j: int) -> bool:
        """Whether sentence ``j``, which ended a wall's run, is one sentence on the wall's
        subject with a wall sentence right after it ("It looks like you're using an ad
        blocker. Ads help keep the Ashgrove Daily free to read. Please add us to your
        allow list …"): between two of a wall's sentences there is no room for the
        article's. A sentence with a speech verb or no wall word is the article's."""
        units = self.units
        if j + 1 >= len(units) or self.label(j) != "C" or self.cuts[j + 1] != units[j + 1][0]:
            return False
        return _on_subject(self.doc, *units[j])

    def _glued_opener_before(self, i: int) -> int | None:
        """Where a wall that sentence ``i`` goes on starts in the sentence before it, run
        into the article's last words with no space or stop ("Main image credit:
        GettyThis website uses cookies to improve your experience. We'll assume …"): an
        opener at such a join, which the word scans, wanting a word edge, passed over,
        and no speech verb after it; None if there is none. Asked only of the sentence
        right before a wall's."""
        doc = self.doc
        s, e = self.units[i - 1]
        if self.cuts[i - 1] is not None:
            return None
        head = _glued_head(doc, s, e, e, starters=False)
        if head is None or head == s or _reports(doc, head, e):
            return None
        return head

    def _answered_after(self, j: int) -> int:
        """Where a wall's consent buttons are, if they follow sentence ``j`` (which ended
        the wall's run) after at most ``_MAX_BETWEEN`` sentences on its subject, which are
        then the wall's too; else ``j``.

        A dialog may explain itself without addressing the reader ("Dazu zählen Cookies,
        die für den Betrieb der Seite notwendig sind …", "Puede cambiar la configuración u
        obtener más información aquí.") before the buttons that close it ("Alle
        akzeptieren", "Aceptar"). Between a wall sentence and its buttons there is no room
        for the article; a sentence with no wall word, or with a speech verb, is the
        article's, and nothing past it is taken.
        """
        doc, units, n = self.doc, self.units, len(self.units)
        for k in range(j, min(j + _MAX_BETWEEN + 1, n + 1)):
            if k == n:
                # The buttons may be the next line's ("Accept all" on a line of its own).
                return n if k > j and self._next_line_answers() else j
            s, e = units[k]
            label = self.label(k)
            # Buttons: a sentence of them, or run into the article's first sentence.
            buttons_end = e if label == "B" else _glued_chrome_end(doc, s, e, camel=True)
            if buttons_end is not None:
                answered = k > j and bool(_accepts(doc, s, buttons_end))
                return k if answered else j
            if label != "M" and not _on_subject(doc, s, e):
                return j
        return j

    def _next_line_answers(self) -> bool:
        """Whether the next line is a line of buttons with a consent button in it (a line
        of buttons is short: longer lines are not scanned)."""
        doc = self.doc
        nxt = _next_line(doc.text, self.end + 1) if self.end < len(doc.text) else None
        return (nxt is not None and nxt[1] - nxt[0] <= _GLUED_BUTTONS_MAX
                and bool(_accepts(doc, *nxt))
                and _is_chrome(doc, *nxt))

    def _heading_run_into(self, start: int, glued: int, end: int) -> bool:
        """Whether ``text[start:glued]`` (heading or button words) holds no consent
        button and the rest of the sentence reads as a wall."""
        doc = self.doc
        return (not _accepts(doc, start, glued)
                and _is_medium(doc, glued, end))

    def all_wall(self) -> bool:
        """Whether every sentence of the line belongs to a wall (and one is a wall's)."""
        # Labels first: labelling a wall-like sentence may end it early (``label``).
        return (self.has_wall
                and all(self.label(i) in "SMB" for i in range(len(self.units)))
                and all(self.cuts[i] in (None, s) and self.ends[i] == e
                        for i, (s, e) in enumerate(self.units)))

    def _line_head(self, k: int) -> int:
        """Where the run of a wall sentence (or the buttons before it) at ``k`` starts:
        0 if the sentences before ``k`` are the wall's from the line's head: wall-like
        sentences and buttons only ("Vos données, votre choix." over "Avec nos
        partenaires, nous utilisons des traceurs …"), after the dialog's greeting where
        it opens the text ("Bienvenue sur <site> !"). In flattened text the dialog's
        heading and its first sentences are glued to the wall's sentence as its line is
        to the next. After an article sentence, ``k - 1`` if that sentence reads as a
        wall and opens with the dialog's greeting to the reader ("Szanowny Użytkowniku,
        zanim klikniesz „Przejdź do serwisu”, …", "Dear reader, we …"): where the line
        break before it was lost, the greeting is where the dialog starts. Else ``k``:
        other wall-like sentences after an article sentence are left alone."""
        j = k
        while j > 0 and self.label(j - 1) in "MB":
            j -= 1
        if j == 1 and _welcomes(self.doc, *self.units[0]):
            j = 0
        if j == 0:
            return 0
        if k > 0 and self.label(k - 1) == "M" and _SALUTATION.match(
                self.doc.low, *self.units[k - 1]) is not None:
            return k - 1
        return k

    def runs(self) -> list[tuple[int, int]]:
        """The runs of wall sentences: from a wall sentence (and the buttons before it)
        through the wall, button and wall-like sentences after it."""
        out: list[tuple[int, int]] = []
        units, n, i = self.units, len(self.units), 0
        while i < n:
            cut = self.cuts[i]
            if cut is None:
                i += 1
                continue
            run_start = cut
            if cut == units[i][0]:
                k = i
                while k > 0 and self.label(k - 1) == "B":
                    k -= 1
                run_start = units[self._line_head(k)][0]
                if k == i and i > 0:
                    run_start = self._glued_opener_before(i) or run_start
            j = i + 1
            if self.ends[i] < units[i][1]:
                # The article's first sentence is glued to this one's buttons.
                out.append((run_start, self.ends[i]))
                i = j
                continue
            while True:
                while j < n and self.label(j) in "SMB" and self.ends[j] == units[j][1]:
                    j += 1
                answered = self._answered_after(j)
                if answered == j:
                    if self._between_walls(j):
                        j += 1
                        continue
                    break
                j = answered
            if j < n and (self.cuts[j] is not None or self.label(j) == "M"):
                # A wall sentence whose wall ends before the sentence does, or a
                # wall-like one whose buttons an article sentence is glued to.
                j += 1
            run_end = self.ends[j - 1]
            if j == n - 1 and run_end == units[j - 1][1] and _is_purpose_line(self.doc,
                                                                                *units[j]):
                # A consent dialog's vendor or purpose table as the line's last words,
                # where the line break before it was lost ("… please visit our Cookie
                # Policy. Name Category Google Ad Serving, Ad Targeting …"). Only there:
                # a table with no stop of its own takes the words after it into its
                # sentence, and an article's headline may be among them.
                run_end = units[j][1]
                j += 1
            elif j < n and run_end == units[j - 1][1]:
                glued = _glued_chrome_end(self.doc, *units[j], camel=True)
                if glued is not None:
                    run_end = glued
                    if j == n - 1 and _wall_tail(self.doc, glued, units[j][1]):
                        # The line's last words: the buttons and an offer or a wall-like
                        # sentence after them ("Déjà abonné ? Se connecter Offre spéciale
                        # : 1 € le premier mois Je m'abonne"), where the line break
                        # between them was lost. No article sentence follows them.
                        run_end = units[j][1]
            out.append((run_start, run_end))
            i = j
        return out


def _wall_tail(doc: _Doc, start: int, end: int) -> bool:
    """Whether the line's last words, after a wall's buttons, read as more of the wall
    (``_is_medium``), also where its last button is run into them with no space ("…
    Se connecterOffre spéciale : 1 € le premier moisS'abonner": the offer's last word
    then ends at the join, where the scans' right word edge would not see it)."""
    if _is_medium(doc, start, end):
        return True
    lo = max(start + 1, end - _CAMEL_BUTTON_MAX)
    joins = [m.start() for m in _CAMEL.finditer(doc.text, lo, end)]
    # (The last join: a button is one word or a few, run into the wall's last one.)
    return bool(joins) and _is_chrome(doc, joins[-1], end) and _is_medium(doc, start, joins[-1])


def _glued_chrome_end(doc: _Doc, start: int, end: int, *, camel: bool = False,
                      joined: bool = False) -> int | None:
    """End of button words glued to the head of an article sentence ("Accept All The …").

    The longest run of button words followed by what can start a sentence: in "Accept
    Read More Close to 200 people …" the run stops before "Close", whose next word is
    lower case. With ``camel``, buttons may be run into each other and the last one into
    the article's first word (``_camel_glued_end``): asked where a wall's buttons are
    looked for after it, not for every sentence's label, which that search would slow.
    """
    ends: list[int] = []
    pos = last = start
    # Whether ``pos`` is where a dropped tag ran two words together (``joined``: the
    # run starts at such a place, "partenairesAccepter").
    run_into = joined
    last_into = joined  # and whether ``last`` is (a button run into the one before it
    # may have matched only its first word: "partenairesAccepter et fermerContinuer")
    for _ in range(_MAX_GLUED):
        at_end = _match_end(doc.lex.glued, doc, pos, end, cut=run_into)
        if at_end is None or at_end == pos:
            if not camel:
                break
            # The last button may be run into the article's first word, and a shorter
            # button may have matched its first word ("Einstellungen" of "Einstellungen
            # verwaltenStadtbibliothek"): try from where that match started too.
            stop = None
            for at in dict.fromkeys((pos, last)):
                at_into = run_into if at == pos else last_into
                stop = _camel_glued_end(doc, at, end, cut=at_into)
                if stop is not None:
                    ends.append(stop)
                    break
            if stop is None:
                # Buttons in capitals, run into each other ("ACCEPT ALLREJECT ALL", of
                # which "ACCEPT" may have matched alone): from either place too.
                for at in dict.fromkeys((pos, last)):
                    stop = _caps_glued_end(doc, at, end)
                    if stop is not None:
                        ends.append(stop)
                        break
            # The next button may be run into as well ("ASSINE JÁEntrarO centro …").
            if stop is None or stop <= pos:
                break
            last, pos, run_into, last_into = at, stop, True, at_into
            continue
        last, pos, run_into, last_into = pos, at_end, False, run_into
        ends.append(pos)
    if ends and ends[-1] >= end:
        return None  # buttons to the end ("J'accepteGérer mes choix"): no article after
    for stop in reversed(ends):
        if stop >= end:
            continue
        nxt = doc.text[stop]
        if nxt.isupper() or nxt.isdigit() or nxt in _QUOTES or nxt in "‘'(":
            return stop
        if _CJK.match(nxt) and _CJK.search(doc.text, start, stop):
            return stop  # "同意する市議会は…": CJK has no capitals to tell by
    return None


# A run of capitals (and spaces) ended by a capitalised word's first letter: buttons in
# capitals run into each other and into the article's first word ("ACEPTARCONFIGURAR
# RECHAZAR TODOEl Ayuntamiento …"). Bounded by a few buttons' length.
_CAPS_RUN = re.compile(f"[{_UP}][{_UP} ]{{2,80}}+(?=[{_LO}])")


def _caps_glued_end(doc: _Doc, pos: int, end: int) -> int | None:
    """End of buttons in capitals run into each other and into the article's first word,
    where the line breaks between them went with no space ("ACEPTARCONFIGURAR…"): no
    word edge parts them, so the run is read as buttons from its start, each the longest
    that ends inside it. None unless all of the run, up to the capital that starts the
    next word, is buttons. Buttons in capitals followed by a capitalised word are all an
    article's head can be glued to here; a headline in capitals stays (it is no button).
    """
    m = _CAPS_RUN.match(doc.text, pos, end)
    if m is None:
        return None
    stop = m.end() - 1  # the next word's capital
    if doc.text[stop - 1] == " ":
        # The article's first word may be one capital letter, run into the last button
        # ("… PRZEJDŹ DO SERWISUW Zalesiu Górnym …", "… ACCEPT ALLA new …"): the buttons
        # end before it. Else a space parts the row from the next word, and a headline
        # in capitals may end there.
        stop -= 2
        if not (stop > pos and _run_into_letter(doc.text, stop)):
            return None
    at = pos
    for _ in range(_MAX_GLUED):
        if at >= stop:
            return stop
        for k in range(stop, at + 1, -1):
            if _match_end(doc.lex.glued, doc, at, k, cut=True, full=True) is not None:
                at = k
                break
        else:
            return None
    return None


def _run_into_letter(text: str, pos: int) -> bool:
    """Whether a word of one capital letter starts at ``pos``, run into a capital before
    it, with a space and a capitalised word after it."""
    return text[pos - 1].isupper() and _LETTER_WORD.match(text, pos) is not None


# A word of one capital letter, then a capitalised word: how a headline may start ("W
# Zalesiu Górnym otwarto …", "A new bridge …").
_LETTER_WORD = re.compile(f"[{_UP}] [{_UP}][{_LO}]")


def _runs_into(text: str, stop: int) -> bool:
    """Whether buttons that end at ``stop`` are run into the next word with no space: a
    dropped tag's join (``_CAMEL``), or a one-letter word run into buttons in capitals."""
    return _CAMEL.match(text, stop) is not None or (stop > 0 and _run_into_letter(text, stop))


def _match_end(pattern: re.Pattern[str], doc: _Doc, pos: int, end: int, *,
               cut: bool, full: bool = False) -> int | None:
    """Where ``pattern`` matches ``doc.low`` at ``pos`` ends (None if not). With ``cut``,
    the text before ``pos`` is not seen: the pattern's left word edge holds there, where a
    dropped tag ran a button into the word before it ("JÁEntrar")."""
    low, base = (doc.low[pos:end], pos) if cut else (doc.low, 0)
    lo, hi = pos - base, end - base
    m = pattern.fullmatch(low, lo, hi) if full else pattern.match(low, lo, hi)
    return None if m is None else m.end() + base


def _camel_glued_end(doc: _Doc, pos: int, end: int, *, cut: bool = False) -> int | None:
    """End of a button's words that a dropped tag ran into the next word, at the place
    where a lower-case letter meets a capital ("Got itHarlow shipyard …", "Einstellungen
    verwaltenStadtbibliothek …", "EntendiPrefeitura …") or a word in capitals meets a
    capitalised one ("ASSINE JÁEntrar"); None if the words before that place are not one
    button's. ``cut``: ``pos`` itself is such a place (see ``_match_end``).

    Only the first two such places within a button's length are tried: a button is
    short, and a capital after a lower-case letter inside the article's own words
    ("McAllister", "YouTube") leaves before it no button's words in full; the second is
    for a button that has such a place of its own ("Powered by OneTrustCastlereagh").
    """
    # Most sentences start with no button's words: a match anchored here says so at
    # once, where the search for a capital would read the sentence's head.
    if _match_end(doc.lex.button_head, doc, pos, end, cut=cut) is None:
        return None
    # From the next character: with ``cut``, ``pos`` is itself such a place.
    found = _CAMEL.finditer(doc.text, pos + 1, min(end, pos + _CAMEL_BUTTON_MAX))
    for n, camel in enumerate(found):
        if n >= 2:
            break
        stop = camel.start()
        if _match_end(doc.lex.glued, doc, pos, stop, cut=cut, full=True) is not None:
            return stop
    return None


# A suffix after an apostrophe: the word a button's name ends in goes on, the button
# closes nothing (Turkish "… için Çerez Politikası'nı inceleyebilirsiniz.").
_SUFFIX = re.compile(r"['’][^\W\d_]")


def _wall_end(doc: _Doc, last_hit: tuple[int, int], end: int) -> int:
    """Where the wall in a sentence ends: at the sentence end, or before an article
    sentence glued to its closing buttons ("… see here: Cookie Policy The council …").

    ``last_hit`` is the wall wording that ends last. The closing link may be that
    wording's own last word ("… in unserer Datenschutzerklärung Gericht …"), so links are
    looked for from where the wording starts, and taken if they end past it. The last
    button may be run into the article's first word, and the buttons into the wall's
    last stop (``_glued_chrome_end`` with ``camel``: asked only for the few wall and
    wall-like sentences).
    """
    hit_start, hit_end = last_hit
    for n, m in enumerate(doc.lex.strong_button.finditer(doc.low, hit_start, end)):
        if n >= _MAX_TRIES:
            break
        p = m.start()
        if _in_quotes(doc.text, p, m.end(), hit_start, end):
            continue  # the wall names its button: "En cliquant sur « Tout accepter »"
        if _capitalised_at_word(doc.text, p, p) or _CJK.match(doc.text, p):
            glued = _glued_chrome_end(doc, p, end, camel=True)
            if (glued is not None and glued >= hit_end and not _more_wall(doc, glued, end)
                    and _SUFFIX.match(doc.text, glued) is None):
                return glued
    # "… nuestra Política de cookies.RechazarConfigurarAceptar y continuarEl pleno …":
    # where the line breaks went with no space, the buttons follow the wall's last stop
    # with none either, and the scan above, which wants word edges, passes them over.
    # The first few such stops after the wording are tried: a wall may go on past its
    # first ("… Privacy Center.ZEIT ONLINE ohne WerbungNutzen Sie … für 1,99 € /
    # Woche.Jetzt abonnierenBundesländer streiten …").
    glued = _buttons_at(doc, _GLUED_STOP, hit_end, end)
    if glued is not None:
        return glued
    after = _sentence_after(doc, hit_end, end)
    if after == end and hit_end > hit_start:
        after = _sentence_after_price(doc, hit_end, end)
    if after < end or hit_end == hit_start:
        return after
    # "… you have not accepted cookiesThe budget passed on Tuesday.": the wall's last
    # words run into the article's next sentence, with no stop and no space. (Not for
    # a wall-like sentence, ``hit_start == hit_end``: ``_Line.label`` reads its joins.)
    joined = _article_at_join(doc, hit_start, end)
    return end if joined is None else joined


# Where a block's last word ran into the next block's first, no space or stop left: a
# word of three or more lower-case letters run into a capitalised word ("settingsThe",
# "CookiesDer"), not the camel case of a name, which has fewer before its capital
# ("iPhone", "YouTube", "OneTrust"); or a word in capitals run into one ("SETTINGSThe").
# Group 1 is the lower-case kind, group 2 the capitals.
_BLOCK_JOIN = re.compile(
    f"(?<=[{_LO}]{{3}})(?=([{_UP}][{_LO}]))"
    f"|(?<=[{_UP}]{{2}})(?=([{_UP}][{_LO}]))"
)
# A sentence's stop, and what may close it after the stop.
_STOPS = frozenset(".!?…")
_AFTER_STOP = frozenset("\"'’”»)")
# An article sentence after such a join has at least this many words.
_ARTICLE_WORDS = 4


def _article_at_join(doc: _Doc, start: int, end: int) -> int | None:
    """Where the article's next sentence starts inside the wall sentence (or wall-like
    one) ``text[start:end]``, run into the wall's last words where a line break was lost
    with no space or stop: at one of the first few ``_BLOCK_JOIN`` places ("… Change
    your cookie settingsThe budget passed on Tuesday."); None if there is none.

    Taken only where what follows the join is a whole sentence of the article: several
    words, a stop, no wall wording, nothing that reads as a wall (``_is_medium``: more
    of the wall glued to its buttons, "Cookie settingsYou can change your choice at any
    time.", stays in the wall) nor button words. The word before the join is all lower
    case from its start ("settingsThe"), or it is a button's last word ("Cookie
    SettingsThe", "COOKIE SETTINGSThe"): a name's camel case run on inside a wall's
    sentence ("… share it on WhatsApp and other services.") is neither.
    """
    text = doc.text
    found = _BLOCK_JOIN.finditer(text, start + 1, min(end, start + _MEDIUM_MAX))
    for n, m in enumerate(found):
        if n >= _MAX_GLUED_STOPS:
            break
        j = m.start()
        # (The cheap tests first: the article sentence's reads cost the most.)
        if ((m.group(1) is not None and _lower_word_before(text, j))
                or _button_ends_at(doc, start, j)
                or (m.group(2) is not None and _caps_row_before(text, start, j))) \
                and (k := _article_start(doc, j, end)) is not None:
            return k
    return None


def _article_start(doc: _Doc, j: int, end: int) -> int | None:
    """Where the article's sentence starts after the join ``j``: at the join, or after
    the wall's buttons run into its last word and into the article's first ("…
    desarrollo de serviciosAceptar y cerrarContinuar sin aceptarMás información →Un
    pueblo …"); None if no article sentence follows."""
    if _article_sentence(doc, j, end):
        return j
    stop = _glued_chrome_end(doc, j, end, camel=True, joined=True)
    if stop is not None and _article_sentence(doc, stop, end):
        return stop
    return None


# A row of words in capitals that ends at a join: letters in capitals and the spaces
# between them, bounded by a few buttons' length (read backwards from the join).
_CAPS_ROW_MAX = 2 * _CAMEL_BUTTON_MAX


def _caps_row_before(text: str, start: int, j: int) -> bool:
    """Whether two words or more in capitals, and nothing else back to a stop or a
    lower-case word, end at the join ``j``: a row of buttons in capitals that no pack
    lists ("… do dispositivo.CONCORDO   RECUSAR   VER OPÇÕESPadaria volta …"). A wall
    that ends there ends before the article's headline run into its last button; read
    on to a later join, it would take the headline with it. Ending the wall at the
    first join only ever leaves more text: a name in capitals inside a wall's sentence
    ("… on BBC NEWSOnline …") is one word, or has lower-case words before it."""
    k = j
    lo = max(start, j - _CAPS_ROW_MAX)
    while k > lo and (text[k - 1].isupper() or text[k - 1] == " "):
        k -= 1
    if k > start and (text[k - 1].isalnum() or k == lo):
        return False  # a lower-case word, a digit, or a row too long for buttons
    return len(text[k:j].split()) >= 2


def _lower_word_before(text: str, j: int) -> bool:
    """Whether the word that ends at ``j`` is all lower case from its start."""
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k].islower()


def _button_ends_at(doc: _Doc, start: int, j: int) -> bool:
    """Whether button words (the ``glued`` scan) end at ``j``, starting at one of the
    few word starts before it, within a button's length."""
    text = doc.text
    lo = max(start, j - _CAMEL_BUTTON_MAX)
    for k in range(j - 1, lo - 1, -1):
        if (k == start or not text[k - 1].isalnum()) and \
                _match_end(doc.lex.glued, doc, k, j, cut=True, full=True) is not None:
            return True
    return False


def _article_sentence(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole article sentence: at least
    ``_ARTICLE_WORDS`` words ended by a stop, no wall wording in it, not wall-like and
    not opened by button words."""
    tail = doc.text[start:end].rstrip()
    if tail[-1:] in _AFTER_STOP:
        tail = tail[:-1]
    if tail[-1:] not in _STOPS or len(tail.split()) < _ARTICLE_WORDS:
        return False
    # Read from ``start`` as from a word's start: the join is one ("abonneesLees verder
    # met een Plus-abonnement."), which the left word edge would not see in the text.
    low = doc.low[start:end]
    if any(doc.lex.words.spans(low, 0, end - start)):
        return False
    # Buttons at its head are more of the wall, whose end the button reads find. (The
    # reader addressed at its first word too: "suscriptoresSuscríbete y accede …".)
    return not (_more_wall(doc, start, end)
                or doc.lex.person.search(low) is not None
                or _glued_chrome_end(doc, start, end, camel=True,
                                     joined=_after_letter(doc, start)) is not None)


def _more_wall(doc: _Doc, start: int, end: int) -> bool:
    """Whether what follows buttons run into it, with no line break left between them,
    is more of the wall rather than the article: an offer and its login prompt ("…
    Accetta e continuaAbbonati a 2,99 € al meseHai già un abbonamento?"), or more
    buttons ("Jetzt testenBereits registriert?")."""
    if _after_letter(doc, start):
        # Run into the buttons with no space ("Jetzt abonnierenSie sind bereits
        # Pur-Abonnent?"): read from its first word as from a word's start, which the
        # scans' left word edge would not see in the text.
        doc, start, end = _Doc(doc.lex, doc.text[start:end], doc.low[start:end]), 0, end - start
    return _is_medium(doc, start, end) or _is_chrome(doc, start, end)


def _after_letter(doc: _Doc, pos: int) -> bool:
    """Whether ``pos`` follows a letter (a join: a word's left edge the scans miss)."""
    return pos > 0 and _LETTER.match(doc.low, pos - 1) is not None


_LETTER = re.compile(f"[{_LETTERS}]")


def _joined_buttons_end(doc: _Doc, start: int, end: int) -> int:
    """Where buttons run into the words on both sides end a wall-like sentence ("Voir nos
    96 partenairesAccepter et fermerContinuer sans accepterLe maire …": the line breaks
    went with no space, and the sentence split found no stop); ``end`` if none do. The
    first few places where a dropped tag ran two words together are tried; the buttons
    must run into the next word too, and what follows must not be more of the wall."""
    stop = _buttons_at(doc, _CAMEL, start, end, joined=True)
    return end if stop is None else stop


def _buttons_at(doc: _Doc, places: re.Pattern[str], start: int, end: int, *,
                joined: bool = False) -> int | None:
    """The end of buttons that start at one of the first ``_MAX_GLUED_STOPS`` matches
    of ``places`` after ``start`` and are followed by no more of the wall (``joined``:
    each place is a join of two words, and the buttons must run into the next word
    too); None if there are none."""
    found = places.finditer(doc.text, start, min(end, start + _MEDIUM_MAX))
    for n, m in enumerate(found):
        if n >= _MAX_GLUED_STOPS:
            break
        stop = _glued_chrome_end(doc, m.end(), end, camel=True, joined=joined)
        if stop is not None and (not joined or _runs_into(doc.text, stop)) and \
                not _more_wall(doc, stop, end):
            return stop
    return None


# A sentence's stop with the next sentence's capital right after it: a line break lost
# with no space in its place. At most this many are tried after a wall's wording.
_GLUED_STOP = re.compile(f"[.!?](?=[{_UP}])")
_MAX_GLUED_STOPS = 3


# A capitalised word, then (after at most two more capitalised words or a colon, a
# dash) a lower-case word: how a headline or an article sentence starts ("Villefranche-
# sur-Ronce : les halles …", "Der Deutsche Wetterdienst hat …"). Bounded: a word is at
# most 40 characters.
_ARTICLE_HEAD = re.compile(
    r"[^\W\d_][\w'’.-]{0,40}+(?: [" + _UP + r"][\w'’.-]{0,40}+){0,2}+ (?:[:–—-] )?[^\W\d_"
    + _UP + "]"
)


def _article_after_buttons(doc: _Doc, start: int, stop: int, end: int) -> bool:
    """Whether consent buttons that end at ``stop`` (a space before it, the words of a
    wall-like sentence ``text[start:stop]`` before them) are followed by the article:
    the buttons answer a consent request (one of them is a consent button), and what
    follows starts as a headline or sentence does (a capitalised word, then lower-case
    words) without addressing the reader. Where the line break after a dialog's
    buttons was lost, its paragraph is the whole text; the wall ends with its buttons."""
    text = doc.text
    if not (text[stop - 1].isspace() and text[stop].isupper()):
        return False
    if not _accepts(doc, start, stop):
        return False
    if _ARTICLE_HEAD.match(text, stop, min(end, stop + 200)) is None:
        return False
    return doc.lex.person.search(doc.low, stop, end) is None


def _sentence_after(doc: _Doc, pos: int, end: int) -> int:
    """Where an article sentence starts right after a wall's last wording, run into it
    where the line break was lost ("Contenido exclusivo para suscriptores El
    ayuntamiento votó …", "Article réservé aux abonnés Le conseil …"): at a capitalised
    word after a space, when a whole sentence (six words or more, ended by its stop)
    follows; else ``end``. Wall sentences go on after their wording in lower case ("We
    use cookies to …"), or with punctuation. A paywall's offer run into its label is
    the wall's ("Questo articolo è riservato agli abbonati Abbonati a 1 € al mese per i
    primi 3 mesi …"), as it is on a line of its own, and so is a sentence that reads as
    a wall's."""
    text = doc.text
    p = pos
    while p < end and text[p] == " ":
        p += 1
    if p == pos or p + 1 >= end or not (text[p].isupper() and text[p + 1].islower()):
        return end
    tail = text[p:end].rstrip()
    if tail[-1:] not in _STOPS or len(tail.split()) < 6:
        return end
    # Nor is a sentence that reads as a wall's (``_is_medium``, offers among them): run
    # into a wall's wording it is inside the wall ("We noticed you're using an ad
    # blocker The Tenby Gazette relies on advertising to fund local journalism."); nor
    # one that ends in a button's words, a paywall's sign-in prompt after the brand of
    # its offer ("Weiterlesen mit Plus Sie haben bereits ein Konto?").
    if _is_medium(doc, p, end) or _button_ends_at(doc, p, p + len(tail)):
        return end
    return p


# A price right after a wall's wording (the plan's name before it, its period after
# it: "Werbefrei lesen mit PUR – nur 2,99 € im Monat"), read at most this far on.
_PRICE = re.compile(r"\d[\d.,]{0,7}\s?[€$£]|[€$£]\s?\d")
_PRICE_REACH = 60


def _sentence_after_price(doc: _Doc, pos: int, end: int) -> int:
    """Where an article sentence starts after the price that follows a wall's last
    wording, where the line break after the offer was lost ("Werbefrei lesen mit PUR –
    nur 2,99 € im Monat Der Stadtrat hat …": the plan's name in capitals is no article's
    first word, and ``_sentence_after`` stops there): at the first of the next few
    capitalised words after the price that starts a whole article sentence
    (``_sentence_after``); else ``end``. Left alone: a wording with no price after it."""
    text = doc.text
    # (Most walls end at a stop or go on in lower case: the name is checked first.)
    p = pos
    while p < end and text[p] == " ":
        p += 1
    if p == pos or p + 1 >= end or not text[p].isupper() or text[p + 1].islower():
        return end
    price = _PRICE.search(text, p, min(end, p + _PRICE_REACH))
    if price is None:
        return end
    for n, m in enumerate(_SPACE_CAPITAL.finditer(text, price.end(),
                                                  min(end, price.end() + _PRICE_REACH))):
        if n >= _MAX_GLUED_STOPS:
            break
        if _PERIOD.match(doc.low, m.end()) is not None:
            continue  # the price's period, a German noun: "… 2,99 € im Monat Der …"
        after = _sentence_after(doc, m.start(), end)
        if after < end:
            return after
    return end


_SPACE_CAPITAL = re.compile(f" (?=[{_UP}][{_LO}])")
# The periods a price is quoted for, where German capitalises them.
_PERIOD = re.compile(r"(?:monat|monate|woche|wochen|jahr|tag)\b")


# ---------------------------------------------------------------------------------------
# Lines: where walls sit in text that has them


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _next_line(text: str, pos: int) -> tuple[int, int] | None:
    """The first non-blank line from the line start ``pos`` on."""
    n = len(text)
    while pos < n:
        s, e = _line_bounds(text, pos)
        if text[s:e].strip():
            return s, e
        pos = e + 1
    return None


def _prev_line(text: str, pos: int) -> tuple[int, int] | None:
    """The last non-blank line ending before the line start ``pos``."""
    while pos > 0:
        s, e = _line_bounds(text, pos - 1)
        if text[s:e].strip():
            return s, e
        pos = s
    return None


def _is_purpose_line(doc: _Doc, start: int, end: int) -> bool:
    """A consent dialog's vendor or purpose table: mostly purpose words."""
    total = len(_WORD.findall(doc.low, start, end))
    covered = 0
    distinct: set[str] = set()
    for m in doc.lex.purpose.finditer(doc.low, start, end):
        distinct.add(m.group())
        covered += len(_WORD.findall(m.group()))
    # Three different purposes, not one word repeated ("Council cookies cookies cookies.").
    return len(distinct) >= 3 and covered * 2 >= total


def _strong_chrome(doc: _Doc, start: int, end: int) -> bool:
    """Button or heading words alone, with at least one button ("Cookie settings"), also
    where dropped tags ran them together ("AcceptRejectPreferences")."""
    if not _is_chrome(doc, start, end):
        return False
    if doc.lex.strong_button.search(doc.low, start, end) is not None:
        return True
    if end - start > _GLUED_BUTTONS_MAX:
        return False
    # Run together: parted where the case changes, or, all in capitals, button by button.
    split = _caps_split(doc, start, end) or _CAMEL.sub(" ", doc.text[start:end]).lower()
    return doc.lex.strong_button.search(split) is not None


def _continues_wall(doc: _Doc, start: int, end: int) -> bool:
    """Whether a line after a wall is more of it: wall sentences, buttons, purposes."""
    if end - start > 4 * _MEDIUM_MAX:
        return False
    if _is_chrome(doc, start, end):
        return _strong_chrome(doc, start, end) or _link_closes_buttons(doc, end)
    line = _Line(doc, start, end)
    if not line.units:
        line.split()
    if line.units and all(line.label(i) in "SMB" for i in range(len(line.units))):
        return True
    return _is_purpose_line(doc, start, end)


def _link_closes_buttons(doc: _Doc, end: int) -> bool:
    """Whether a line of link words only ("Learn more", "Más información") that follows a
    wall is part of it: when the text ends after it, or button lines follow it.

    Before an article's line it stays: a "Read more" line there may be the head of a
    link to another article (the trailers family takes it with its title).
    """
    nxt = _next_line(doc.text, end + 1)
    return nxt is None or _strong_chrome(doc, *nxt)


# What may stand after a line's last word without making it two words.
_WORD_END = " \t\r-.!?:;,…"
# A consent tool's settings link names what it manages: cookies, or the consent itself.
_CONSENT_WORD = re.compile(
    r"cookie|consent|einwilligung|toestemming|consentement|consentimiento|consenso"
)


def _is_settings_line(doc: _Doc, start: int, end: int) -> bool:
    """Whether a line with no wall sentence is a consent tool's own chrome: a dialog's
    heading over its consent buttons ("Privacy Preference Center" above "Allow All"), or
    the settings link it prints at the foot of the page ("Cookie settings", "Paramétrer
    les cookies", "Cookie-instellingen") as the text's last line.

    Left alone: the same words anywhere else, where they may be an article's headline or
    an explainer's subheadings ("Cookie consent", "Necessary cookies", "Paramétrer les
    cookies" in a how-to: a subheading has its section after it, a footer link nothing),
    one word alone ("Cookies", a recipe's last heading), and heading words with no
    consent button under them ("Datenschutz").
    """
    if end - start > _HEADING_MAX:
        return False
    # (The cheap tests first: most lines here are an article's, followed by a paragraph.)
    nxt = _next_line(doc.text, end + 1)
    if nxt is None:
        # One word alone stays with or without its stop ("Consent", "Consent."): the
        # stop says nothing of a footer link, and an article may end on such a word.
        return (_CONSENT_WORD.search(doc.low, start, end) is not None
                and _NOT_LETTER.search(doc.low[start:end].strip(_WORD_END)) is not None
                and _strong_chrome(doc, start, end))
    return (nxt[1] - nxt[0] <= _GLUED_BUTTONS_MAX
            and bool(_accepts(doc, *nxt)) and _is_chrome(doc, start, end)
            and _is_chrome(doc, *nxt))


def _headings_before(doc: _Doc, start: int, floor: int) -> int:
    """Where the heading and button lines right before the line at ``start`` begin (not
    before ``floor``, where the text is already decided)."""
    for _ in range(_MAX_ABSORBED_LINES):
        prev = _prev_line(doc.text, start)
        if prev is None or prev[0] < floor or not (
                _heads_wall(doc, *prev) or _greets(doc, *prev, start)):
            break
        start = prev[0]
    return start


def _greets(doc: _Doc, start: int, end: int, wall: int) -> bool:
    """Whether a line is the greeting that a wall's text, starting at ``wall`` on the
    next line, goes on from: the greeting and its comma alone on the line, and the wall's
    first word in lower case ("Szanowny Użytkowniku," over "zanim przejdziesz do serwisu,
    prosimy …", "Dear reader," over "we use cookies …").

    Left alone: a greeting over a line that starts a sentence of its own (an editor's
    letter: "Dear readers," over "This week we …"), and one that ends otherwise."""
    return (doc.text[wall].islower()
            and _GREETING_LINE.fullmatch(doc.low, start, end) is not None)


def _heads_wall(doc: _Doc, start: int, end: int) -> bool:
    """Whether a line right before a wall is its heading: button and heading words
    ("Privacy Preference Center"), or a short line that is a wall wording ("Ihre
    Privatsphäre ist uns wichtig"), which holds no stem for the line itself to be
    examined."""
    if _strong_chrome(doc, start, end):
        return True
    if _welcomes(doc, start, end):
        return True
    # A paywall's offer printed above its wall ("Offre découverte : 1 € le premier mois,
    # sans engagement." over "Cet article est réservé aux abonnés."), as it is taken
    # below one: one short sentence with an offer wording and no speech verb.
    if _is_offer(doc, start, end) and len(sentences(doc.text, start, end)) == 1:
        return True
    # Such headings speak to the reader ("We care about your privacy"): a line with no
    # [person] word (most headlines) is not read for wordings.
    if end - start > _HEADING_MAX or doc.lex.person.search(doc.low, start, end) is None:
        return False
    line = _Line(doc, start, end)
    return line.all_wall()


# A consent dialog's greeting over it, naming the site ("Welcome to the Courier",
# "Bienvenido a La Voz …", "Willkommen bei …"): the words a greeting starts with.
_WELCOME = re.compile(
    r"(?:welcome to|bienvenid[oa]s? a|bienvenue (?:sur|chez|à)|willkommen (?:bei|auf)"
    r"|benvenut[oi] (?:su|in|a)|welkom (?:bij|op)|bem-vind[oa] (?:ao?|à))\s"
)


def _welcomes(doc: _Doc, start: int, end: int) -> bool:
    """Whether a line is a dialog's greeting: a short line that starts the text and
    starts with a greeting ("Bienvenido a La Voz del Segura" over "En La Voz del Segura
    y nuestros socios tratamos datos …"). Asked only of the line right above a wall.

    Left alone: the same words further down, where they may be an article's headline
    or a subheading over a wall that sits inside the article ("Welcome to the jungle").
    """
    return (end - start <= _HEADING_MAX // 2
            and _WELCOME.match(doc.low, start, end) is not None
            and not doc.text[:start].strip())


def _absorb(doc: _Doc, start: int, end: int, floor: int) -> tuple[int, int]:
    """Grow a wall block over the heading lines before it (down to ``floor``, where the
    text is already decided) and the lines after it that continue it."""
    text = doc.text
    start = _headings_before(doc, start, floor)
    for _ in range(_MAX_ABSORBED_LINES):
        nxt = _next_line(text, end + 1)
        if nxt is None or not _continues_wall(doc, *nxt):
            break
        end = nxt[1]
    return start, end


def _block_span(text: str, start: int, end: int) -> Span:
    """Lines ``text[start:end]`` removed with the blank lines after them (or, at the
    tail, the line breaks before them, so the article ends where it ended)."""
    nxt = _next_line(text, end + 1)
    if nxt is not None:
        return start, nxt[0], ""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start, len(text), ""


def _run_span(text: str, start: int, end: int, *, line_start: int, line_end: int,
              line_last: int) -> Span:
    """A run of wall sentences inside a line, with the spaces that set it apart
    (``line_last`` is where the line's text ends, before trailing spaces)."""
    if end >= line_last:
        end = line_end
        while start > line_start and text[start - 1] in " \t":
            start -= 1
    else:
        while end < line_end and text[end] in " \t":
            end += 1
    return start, end, ""


def _next_stem(lex: _Lexicon, anchors: _Anchors, pos: int) -> int | None:
    """Where the first stem at or after ``pos`` starts: ``lex.gate.search(low, pos)``,
    with the trie run only around anchors.

    Every stem match holds an anchor (see the gate), at most ``reach`` characters
    after its start, and is at most ``reach`` long. So with ``at`` the first anchor from
    ``pos``, a stem starting in ``[pos, at]`` starts after ``at - reach`` and ends before
    ``at + reach``: the trie finds the first such one in that window (the trie has no
    look-arounds, so a match within the window is a match in the text). If there is
    none, the first stem starts after ``at`` and holds a later anchor.
    """
    low, reach = anchors.low, lex.stems.reach
    while True:
        at = anchors.first(pos)
        if at is None:
            return None
        m = lex.gate.search(low, max(pos, at - reach), at + reach)
        if m is not None and m.start() <= at:
            return m.start()
        pos = at + 1


def _find(lex: _Lexicon, text: str) -> list[Span]:
    low = _lowered(text)
    anchors = lex.stems.anchors(low)
    start_of_stem = _next_stem(lex, anchors, 0)
    if start_of_stem is None:
        return []
    doc = _Doc(lex, text, low)
    spans: list[Span] = []
    done = 0  # every line before this offset has been examined
    floor = 0  # and everything before this one removed or kept for good
    while start_of_stem is not None:
        start, end = _line_bounds(text, start_of_stem)
        if start >= done:
            line = _Line(doc, start, end)
            if not line.has_wall:
                # (A line with a wall sentence takes the wall-like ones around it anyway.)
                line.take_answered_walls()
            whole = line.all_wall()
            runs = line.runs() if line.has_wall and not whole else []
            above = None if line.has_wall else _wall_above_buttons(doc, start, end, floor)
            if above is not None:
                b_start, b_end = _absorb(doc, above, end, floor)
                spans.append(_block_span(text, b_start, b_end))
                end = b_end
            elif (whole or _one_run(line, runs)
                    or (not line.has_wall and _is_settings_line(doc, start, end))):
                b_start, b_end = _absorb(doc, start, end, floor)
                spans.append(_block_span(text, b_start, b_end))
                end = b_end
                if (below := _buttons_run_into_article(doc, b_end)) is not None:
                    spans.append(below)
                    end = below[1]
            elif line.has_wall:
                last = start + len(text[start:end].rstrip())
                spans.extend(_run_span(text, s, e, line_start=start, line_end=end, line_last=last)
                             for s, e in runs)
                if runs and runs[0][0] == start:
                    # A wall at the head of a line may have its heading on the line above
                    # ("Privacy Preference Center"), as a wall of its own lines has.
                    h_start = _headings_before(doc, start, floor)
                    if h_start < start:
                        spans.append((h_start, start, ""))
                if runs and runs[-1][1] >= last:
                    # A wall at the end of a line may go on in button lines below it.
                    _, b_end = _absorb(doc, end, end, end)
                    if b_end > end:
                        spans.append((end, b_end, ""))
                        end = b_end
            if spans:
                floor = spans[-1][1]
        done = max(done, end + 1)
        start_of_stem = _next_stem(lex, anchors, done) if done < len(text) else None
    return _merge(spans)


def _wall_above_buttons(doc: _Doc, start: int, end: int, floor: int) -> int | None:
    """Where the wall starts that the line of consent buttons at ``start`` answers: the
    line right above it (no blank line between), where that line is all wall and no
    stem made it a line of its own to examine (a Catalan dialog's "Utilitzem galetes
    pròpies i de tercers …" over "Acceptar totes", whose stem is the button's). None if
    the line at ``start`` is not buttons only, with a consent button among them, or the
    line above is not all wall (its sentences read by the wordings, and by the buttons
    under them, as any line's are).

    Left alone: a line above buttons after a blank line (an article's example of a
    dialog's buttons), and one that is not wall from its first word to its last."""
    # (Cheapest first: most stem lines with no wall are long lines of text, or hold no
    # consent button, whose scan skips to the line's few capitals.)
    if end - start > _GLUED_BUTTONS_MAX or not _accepts(doc, start, end):
        return None
    prev = _prev_line(doc.text, start)
    if (prev is None or prev[0] < floor or prev[1] + 1 != start
            or not _is_chrome(doc, start, end)):
        return None
    line = _Line(doc, *prev)
    if not line.has_wall:
        line.take_answered_walls()
    return prev[0] if line.all_wall() else None


def _buttons_run_into_article(doc: _Doc, end: int) -> Span | None:
    """The consent buttons that open the line after a wall block ending at ``end``, where
    a dropped tag or a lost line break ran them into the article's first sentence
    ("Akzeptieren und weiterNach den starken Regenfällen …"): the buttons go, the
    sentence stays.

    Left alone: button-like words at the head of an article line with no consent button
    among them ("Read more" may head a link to another article), and buttons a space
    parts from what follows: on a line of its own, "OK Go" or "Accept All The …" may be
    the article's headline; a tag dropped with nothing in its place is no one's style.
    """
    nxt = _next_line(doc.text, end + 1)
    if nxt is None:
        return None
    stop = _glued_chrome_end(doc, nxt[0], nxt[1], camel=True)
    if stop is None or doc.text[stop - 1].isspace() or not _accepts(doc, nxt[0], stop):
        return None
    return nxt[0], stop, ""


def _one_run(line: _Line, runs: list[tuple[int, int]]) -> bool:
    """Whether one run of wall sentences (of the line's ``runs``) covers the whole line,
    which then goes as a block with the heading and button lines around it (as a line
    that is all wall does), not leaving its line breaks behind: a run may hold sentences
    on the wall's subject that no wall wording marks ("Einige Dienste verarbeiten Daten
    in Drittländern.")."""
    text = line.doc.text
    return (len(runs) == 1 and not text[line.start:runs[0][0]].strip()
            and not text[runs[0][1]:line.end].strip())


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e, new in sorted(spans):
        if out and s <= out[-1][1]:
            ps, pe, _ = out[-1]
            out[-1] = (ps, max(pe, e), "")
        else:
            out.append((s, e, new))
    return out


def _find_default(text: str) -> list[Span]:
    return _find(_default_lexicon(), text)


# The gate turns away most texts before anything is lower-cased or compiled.
#: The banners cleaner with the packaged phrase packs, as in :data:`cleantext.DEFAULT`.
#: Texts with no wall stem are turned away by a byte-level gate and returned unchanged.
def _warm_up(lexicon: _Lexicon | None = None) -> None:
    """Compile every pattern of ``lexicon`` (the packaged one if None) now, as
    ``Pipeline.prepare`` asks, rather than when a text first needs it."""
    lex = _default_lexicon() if lexicon is None else lexicon
    for name, attr in vars(_Lexicon).items():
        if isinstance(attr, functools.cached_property):
            getattr(lex, name)


banners = SpanCleaner("banners", KeptApart(_find_default), trigger=_DefaultGate(),
                      warm_up=_warm_up)


def banners_with(extra_phrases: Iterable[str], *, buttons: Iterable[str] = ()) -> SpanCleaner:
    """The banners cleaner with your own wall wordings (and button words) added.

    ``extra_phrases`` are treated like the packs' ``body`` wordings: a sentence holding
    one (outside quotation marks, not reporting speech) is part of a wall, and the
    phrase also joins the gate. ``buttons`` are taken next to a wall only. Phrases
    follow the pack format (a space matches any spaces, case is ignored). The result is
    named ``banners``, so ``DEFAULT.replace(banners_with([...]))`` swaps it in; it
    pickles (a ``functools.partial`` of a module-level function and compiled patterns).
    The packaged wordings still apply, and the module's :data:`banners` is left
    unchanged. A quoted sentence holding the phrase is left alone, as with the packs.

    >>> mine = banners_with(["support independent journalism by turning off"])
    >>> mine("Rain fell.\\n\\nSupport independent journalism by turning off your blocker.")
    'Rain fell.'
    >>> mine("She wrote: “Support independent journalism by turning off your blocker.”")
    'She wrote: “Support independent journalism by turning off your blocker.”'
    """
    extra = tuple(" ".join(p.split()).lower() for p in extra_phrases if p.strip())
    more_buttons = tuple(" ".join(b.split()).lower() for b in buttons if b.strip())
    base = _packaged()
    packs = dict(base)
    packs["body"] = (*base["body"], *extra)
    packs["trigger"] = (*base["trigger"], *extra)
    packs["button"] = (*base["button"], *more_buttons)
    lexicon = _lexicon(packs)
    return SpanCleaner("banners", KeptApart(functools.partial(_find, lexicon)),
                       trigger=_stem_gate(packs["trigger"]),
                       warm_up=functools.partial(_warm_up, lexicon))
