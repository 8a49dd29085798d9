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
  para seguir leyendo", "Hai raggiunto il limite di articoli gratuiti", "You have one
  free article left"), a publisher's subscription upsell under them ("Did you know
  with a Digital Subscription to <site>, you can get unlimited access …"), and consent
  placeholders of embedded content ("Um diesen Inhalt zu sehen, müssen Sie der
  Verwendung von Cookies zustimmen", "To view this content, choose 'Allow all' …");
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
("… DO SERWISUW Krakowie …"); a button run into a placeholder its template left
unfilled or into the tool's credit written as its domain ("Save preferences{title}",
"… oder ablehnenconsentmanager.net") ends where they start. The dialog's heading run
into its text ("Acest site folosește cookie-uriFolosim …"), a paywall's label between
headline and byline ("… renoveringKun for abonnenterAf Mette Jensen"), an offer run
into its last button, and an offer or a price run into the article's first sentence
("… 2,99 € im Monat Der Stadtrat hat …") are read at their joins too.

Deliberately left alone: an article sentence *about* cookies, consent, privacy or
subscriptions. Walls speak to the reader in the first and second person ("we use
cookies", "you agree", "Accept"); articles report in the third person. So a wording
is taken only at the start of a sentence (or capitalised where a wall is glued to the
article), never inside quotation marks, never in a sentence that reports speech
("said", "sagte", "a déclaré" …); button words ("OK", "Accept", "Read More") are taken
only next to a wall, never alone. Inside a wall, a sentence that names one of its
buttons in quotation marks ("Door op ‘Akkoord’ te klikken, ga je hiermee akkoord.", "Usa
il pulsante “Rifiuta” per continuare senza accettare.") is the wall's, and so are the
sentences on its subject between a wall sentence and the consent buttons that close it
("Dazu zählen Cookies, die … notwendig sind." before "Alle akzeptieren"), or that tell
the reader what the buttons do ("Some are optional: we'll only set those if you accept
them." right above "Accept all"): a dialog has no room for the article there.

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
or with a ``person`` word and a button in quotation marks, inside a wall, is
part of it), ``accept`` (consent buttons, and the one that acknowledges a notice that
asks nothing, "Got it": such sentences right before them are a wall, where a
publisher's own wording is in no pack, and they end a wall where a lost line break ran
them into the headline), ``lone`` (buttons that are also an
everyday word, "Entre": taken as a sentence or line of their own next to a wall, or
run into the capitalised word after them with no space, "… Já é assinante?
EntreFeira …", never at the head of a sentence, where they may be the article's first
word), ``reporting`` (speech verbs: a sentence with one is an article's), ``counter`` (a
meter's counts, "Il vous reste {n} articles gratuits": an opener asked as a question,
its "?" right after it, is an article's lead), ``purpose``
(consent dialogs' vendor and purpose tables) and ``offer`` (a paywall's offer: a price
per period, a trial, "cancel anytime", "unlimited access"; a short sentence with one
reads as part of a wall when it sits inside one or right after it, where it need not
address the reader: "Offre spéciale : 1 € le premier mois, sans engagement"), and
``label`` (a subscriber plan's label, "PLUS", "Premium": taken as the text's first
line, or in capitals run with no space into the headline after it, and only in a text
where a paywall was found; a headline that starts with the word stays, "PLUS Kok …"),
and ``alone`` (openers, counters and offers also listed there that are a wall's only as
a sentence of their own: a meter's count, a box's plainest heading, a trial offer with
its price; an article that cites one goes on after it, "Zostały Ci 2 darmowe artykuły –
taki komunikat …", "A cikk csak előfizetőknek érhető el a lap honlapján."), and
``under`` (button lines also listed there that a tool prints right under its buttons,
"Consentements certifiés par Axeptio": a blank line under a wall's block, the line is an
article's subhead and stays).

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

import functools
from collections.abc import Iterable

from cleantext._core import KeptApart, Span, SpanCleaner
from cleantext._lazy import warm_up as lazy_warm_up
from cleantext.cleaners.banners import _packs
from cleantext.cleaners.banners._gate import _DefaultGate, _stem_gate
from cleantext.cleaners.banners._lines import _find
from cleantext.cleaners.banners._packs import _packaged
from cleantext.cleaners.banners._patterns import _default_lexicon, _Lexicon, _lexicon

__all__ = ["LANGUAGES", "banners", "banners_with"]

#: The languages with a packaged phrase pack.
LANGUAGES = _packs.LANGUAGES


def _find_default(text: str) -> list[Span]:
    return _find(_default_lexicon(), text)


# The gate turns away most texts before anything is lower-cased or compiled.
#: The banners cleaner with the packaged phrase packs, as in :data:`cleantext.DEFAULT`.
#: Texts with no wall stem are turned away by a byte-level gate and returned unchanged.
def _warm_up(lexicon: _Lexicon | None = None) -> None:
    """Compile every pattern of ``lexicon`` (the packaged one if None) now, as
    ``Pipeline.prepare`` asks, rather than when a text first needs it."""
    lazy_warm_up(__name__)
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
