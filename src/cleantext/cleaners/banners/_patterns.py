"""The patterns one banners cleaner uses (``_Lexicon``), built from its phrase packs and
compiled when first used; the packaged ones' lexicon is built on first use."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from cleantext import _recache
from cleantext._lazy import lazy
from cleantext.cleaners.banners._gate import _default_gate, _stem_gate, _StemGate
from cleantext.cleaners.banners._letters import _B, _CLOSING_MARKS, _E, _LETTERS, _LO, _UP
from cleantext.cleaners.banners._packs import _packaged
from cleantext.cleaners.banners._tries import (
    _capitalised,
    _regex_spaces,
    _scan,
    _source,
    _word_scan,
    _WordScan,
)

# What may stand between button words: spaces, bars, bullets, arrows, brackets, and the
# Spanish opening marks ("¿Ya tienes una cuenta? Inicia sesión").
_SEP = r"[\s|/·•,;:.!?¿¡\-–—>→×✓✔*\[\]()]{0,8}+"
# Buttons that are no word: a template's placeholder left unfilled ("{title}") and a
# consent tool's credit written as its domain ("consentmanager.net").
_NO_WORD = lazy(r"\{\w+\}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")


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
    def labels(self) -> tuple[str, ...]:
        """A subscriber plan's labels (``label``), longest first: "premium" before a
        shorter label it starts with."""
        return tuple(sorted(self.packs["label"], key=len, reverse=True))

    @functools.cached_property
    def starter(self) -> re.Pattern[str]:
        return _scan(self.packs["starter"])

    @functools.cached_property
    def _words(self) -> str:
        return _source((*self.packs["button"], *self.packs["link"]), by_script=True)

    @functools.cached_property
    def _edges(self) -> tuple[str, str]:
        """A button's left and right word edges, which hold also where a lost line break
        ran a button that is no word (``_NO_WORD``) into the word before it: no case
        change shows that join ("Save preferences{title}", "Einstellungen oder
        ablehnenconsentmanager.net"), and no word goes on into a brace or a domain, so
        the button before ends where it starts, and it needs no edge of its own. A
        button that ends in no letter ("{title}") ends there, whatever follows it
        ("{title}Most read")."""
        no_word = [p for p in self.packs["button"] if _NO_WORD.fullmatch(p)]
        ends = f"{_E}|(?<![{_LETTERS}])"
        if not no_word:
            return _B, f"(?:{ends})"
        ahead = f"(?={_source(no_word)})"
        return f"(?:{_B}|{ahead})", f"(?:{ends}|{ahead})"

    @functools.cached_property
    def _with_lone(self) -> str:
        return _source((*self.packs["button"], *self.packs["link"], *self.packs["lone"]),
                       by_script=True)

    @functools.cached_property
    def chrome(self) -> re.Pattern[str]:
        """A sentence or line of button, heading and link words, the ``lone`` ones too."""
        b, e = self._edges
        return _recache.compile(_regex_spaces(
            rf"{_SEP}(?:{b}{self._with_lone}{e}{_SEP}){{1,40}}+"))

    @functools.cached_property
    def glued(self) -> re.Pattern[str]:
        """The same words at the head of a sentence, with the separators, the arrow and
        the question mark a button may carry ("Continuer sans accepter →", "How do I
        whitelist?"), and the brackets and the "!" of a link-styled button ("[Got it!]",
        "[Sluiten]", "(Close)"), and the stop of a link's sentence run into the next
        button where a line break was lost ("Find out more here.OK, got it")."""
        return self._one_button(self._words)

    def _one_button(self, words: str) -> re.Pattern[str]:
        b, e = self._edges
        # A stop only before a letter, run into it: the sentence splitter leaves such a
        # stop inside the sentence. Before a space or a digit ("No. 10 Downing Street")
        # it may end an abbreviation of the article's.
        return _recache.compile(_regex_spaces(
            rf"[\[(]?{b}{words}{e}(?:[\s|/·•,:→›?!\])]|\.(?=[^\W\d_])){{0,8}}+"))

    @functools.cached_property
    def run_buttons(self) -> re.Pattern[str]:
        """The same words with no word edges (group 1) and the separators after them:
        buttons run together in capitals (``_caps_split``)."""
        return _recache.compile(_regex_spaces(rf"({self._words})[\s|/·•,:→›?!\])]{{0,8}}+"))

    @functools.cached_property
    def button_head(self) -> re.Pattern[str]:
        """The same words, the ``lone`` ones too, at the head of a sentence, run into
        what follows them (``run_in``)."""
        return _recache.compile(_regex_spaces(rf"{self._edges[0]}{self._with_lone}"))

    @functools.cached_property
    def run_in(self) -> re.Pattern[str]:
        """``glued`` with the ``lone`` words too: one button run into the capitalised
        word after it (``_camel_glued_end``). A lone button is an everyday word at the
        head of a sentence ("Entre 2019 e 2023 …"), but no word of an article runs into
        the next with no space: there a line break was lost after the button ("… Já é
        assinante? EntreFeira do livro …")."""
        return self._one_button(self._with_lone)

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
    def quoted_button(self) -> re.Pattern[str]:
        """A button's label and the quotation mark that closes it, matched right after
        the mark that opens it, in the lower-cased text: the refusal or settings button a
        dialog names to tell the reader what it does ("Usa il pulsante “Rifiuta” per
        continuare senza accettare"), as ``accept`` finds the consent buttons."""
        closing = re.escape("".join(sorted(_CLOSING_MARKS)))
        return _recache.compile(_regex_spaces(
            rf"\s?{_source(self.packs['button'])}\s?[{closing}]"))

    @functools.cached_property
    def keyword(self) -> re.Pattern[str]:
        return _scan(self.packs["keyword"], right=False)

    @functools.cached_property
    def person(self) -> re.Pattern[str]:
        return _scan(self.packs["person"])

    @functools.cached_property
    def counter(self) -> re.Pattern[str]:
        """A meter's counter wordings (``_asks_count``)."""
        return _scan(self.packs["counter"])

    @functools.cached_property
    def reporting(self) -> re.Pattern[str]:
        return _scan(self.packs["reporting"])

    @functools.cached_property
    def purpose(self) -> re.Pattern[str]:
        return _scan(self.packs["purpose"])

    @functools.cached_property
    def alone(self) -> re.Pattern[str]:
        """The ``alone`` wordings and the spaces after them, matched at a wording's start
        (``_stands_alone`` reads what follows; the trie takes a wording's longer form
        first: "… artykuły w tym miesiącu")."""
        return _recache.compile(_source(self.packs.get("alone", ())) + _E + r"\s*+")

    @functools.cached_property
    def under(self) -> re.Pattern[str]:
        """The ``under`` wordings (a line a tool prints right under its buttons), matched
        at a line's first word (``_apart``)."""
        return _recache.compile(_source(self.packs.get("under", ())) + _E + r"\s*+")

    @functools.cached_property
    def offer(self) -> re.Pattern[str]:
        """The offer wordings, with no left word edge (``_has_offer`` checks it)."""
        return _scan(self.packs["offer"], left=False)


def _lexicon(packs: dict[str, tuple[str, ...]], stems: _StemGate | None = None) -> _Lexicon:
    return _Lexicon(dict(packs), _stem_gate(packs["trigger"]) if stems is None else stems)


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> _Lexicon:
    # Compiled on first use, not at import: the packs' tries take a while to compile
    # and ``import cleantext`` must stay fast.
    return _lexicon(_packaged(), _default_gate())
