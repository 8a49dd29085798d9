"""The gate: can this text hold a wall stem at all? A few scans of the text's UTF-8 bytes
for *anchors*, pieces of the stems, turn away most texts before anything is lower-cased
or compiled, and tell ``_find`` where to run the stems' trie. Why it is a superset of
the trie is said below."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from cleantext._lazy import lazy
from cleantext.cleaners.banners._letters import _lowered
from cleantext.cleaners.banners._packs import _packaged

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
    r"c(?:o(?:okie|l(?:i|e|(?<=ticol))(?={run}gratuit)|n(?:sen|sientes|fidential|figura(?=(?:ci{oacute}|r)?{run}(?:(?:de|les){run}){{0,2}}galet)|t(?:ent(?:(?<=premium{ws}content)|(?<={ws2}content))"
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
    r"|i(?:a(?:(?<=inicia)(?={run}sesi)|s(?<=noticias)(?={run}gratuit))|d(?<=privacid)"
    r"|kk(?:(?<=ingyenes{ws}cikk)|(?<={ws2}cikk)))"
    r"|eurs(?<=traceurs)|y(?<=privacy))",
    # paywall, whitelist, einwilligung, weiterlesen, weiterzulesen, (jetzt / sie) weiter
    # (mit), (lloc) web (utilitza galetes) (ca), weboldal(unk) süti(ket) (hu),
    # przetwarza(nie) (pl)
    r"w(?:all(?<=paywall)|hitelist|illigung|eiter(?:lesen|zulesen"
    r"|(?:(?<=jetzt{ws}weiter)|(?<=sie{ws}weiter)|(?<={ws2}weiter))(?={run}mit))"
    r"|arza(?<=przetwarza)"
    r"|eb(?:(?={run}(?:utilitza|fa{run}servir|empra){run}galet)"
    r"|oldal(?=(?:unk|on)?{run}s{uuml}ti)))",
    # abonn(ee|ement), abona(ment) (ro), abo-, pur-abo, digital-abo, abbonat, abbonament,
    # bloqueador, bloqueur, and "ein", "im", "mit", "jetzt" + spaces + "abo" (the last
    # look-behind: two or more spaces); bildplus; (un)available (in your / most / the app /
    # our app), disponible; (niet / alleen) beschikbaar (an app-only wall: "alleen
    # beschikbaar in de app");
    # subskryp(cja), subskryb(ent) (pl); the consent dialogs that print no "cookie":
    # (den här) webbplats(en) använder (kakor) (sv, Cookiebot), (vi) bruker
    # (informasjonskapsler) (nb, Cookiebot); the ad-block walls that print no "adblock":
    # (annon)seblokk(er), (annon)ceblokk(er) (nb, da), (hirdeté)sblokk(oló) (hu); a paywall's
    # "bli prenumer(ant)" (sv); the German embedded-content notice, which prints no
    # "cookie": "(ich) bin damit einverstanden", "(drittplattformen) übermittelt"; a
    # members' platform's meter and offer: "member-only", "(become a) member to read"
    r"b(?:loqu|bon(?<=abbon)|o(?<=abo)(?:nn|na|-|(?<=[rl]-abo)|(?<=ein{ws}abo)|(?<=im{ws}abo)"
    r"|(?<=it{ws}abo)|(?<=zt{ws}abo)|(?<={ws2}abo))|i(?:ldplus|n(?={run}damit{run}einverstanden))"
    r"|ermittelt(?:(?<=plattformen{ws}{uuml}bermittelt)|(?<={ws2}{uuml}bermittelt))"
    r"|le(?:(?<=available)(?={run}in{run}(?:your|most|the{run}app|our{run}app))"
    r"|(?<=disponible)(?={run}(?:en|dans){run}))"
    r"|eschikbaar(?:(?<=niet{ws}beschikbaar)|(?<=alleen{ws}beschikbaar)|(?<={ws2}beschikbaar))"
    r"|skry(?<=subskry)"
    r"|plats(?<=webbplats)(?=(?:en)?{run}anv)|ruker(?={run}informasjonskapsl)"
    r"|lokk(?<=[ecs]blokk)|li(?={run}prenumer)"
    r"|er(?<=member)(?:-only|(?={run}to{run}read)))",
    # zustimmung, toestemming, (wenn sie) zustimmen (an embed's placeholder that names
    # no cookie: "… kann nur angezeigt werden, wenn Sie zustimmen.")
    r"mm(?:ung(?<=zustimmung)|ing(?<=toestemming)"
    r"|en(?:(?<=sie{ws}zustimmen)|(?<={ws2}zustimmen)))",
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
    # Meters' counts: Polish "(darmowe / darmowy) artykuł(y)", at its "ł" ("\xc5", as
    # "ř"), and Czech "článk(y / ů) zdarma", "článek zdarma", at its "č" ("\xc4").
    (b"\xc5", "ł", r"{lstroke}(?:(?<=darmowe{ws}artyku{lstroke})"
     r"|(?<=darmowy{ws}artyku{lstroke})|(?<={ws2}artyku{lstroke}))"),
    (b"\xc4", "č", r"{ccaron}l(?:{aacute}nk(?:y|{uring})|{aacute}nek)(?={run}zdarma)"),
    # Finnish "eväste" (evästeet, evästeitä, evästeasetukset), the paywall's "tämä
    # artikkeli / juttu / sisältö on (vain) tilaaj(ille)" and its login line's "kirjaudu
    # sisään" (under "Oletko jo tilaaja?", which holds no "ä"), guarded by the letters
    # "ä" and "Ä" themselves, looked for in the text (a str search for one letter is a
    # memchr too): their bytes' last ones, "\xa4" and "\x84", are in most CJK text, and a
    # scan of a long Japanese page for nothing costs more than the gate may.
    # Swedish paywall boxes, whose "prenumer-" no scan holds (see banners.sv.txt): their
    # heading "Den här artikeln ingår i / är (endast) för …" and the sign-in question "Är
    # du redan prenumerant?", at their "ä"; and a Finnish meter's "(artikkelia) jäljellä".
    ("äÄ", "ä", r"{auml}(?:ste(?<=ev{auml}ste)"
     r"|m{auml}(?<=t{auml}m{auml})(?={run}(?:artikkeli|juttu|sis{auml}lt))"
     r"|n(?:(?<=kirjaudu{ws}sis{auml}{auml}n)|(?<={ws2}sis{auml}{auml}n))"
     r"|r(?:(?<=h{auml}r)(?={run}artikeln{run}(?:ing{aring}r|{auml}r){run})"
     r"|(?={run}du{run}redan{run}prenumer))"
     r"|l(?<=j{auml}l)(?=jell{auml}))"),
)
# ``{ws}`` in text is one ``\s`` and ``{ws2}`` two (a look-behind has a fixed width:
# one space, or the last two of a longer run). In UTF-8 a ``\s`` character is one
# byte (\t-\r, \x1c-\x20) or ends in one of the continuation bytes of U+0085, U+00A0,
# U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000; the byte before that
# is another space's last byte or, within the character, its lead or middle byte.
# ``{run}``, in a look-ahead, is a run of spaces as a phrase's space matches it (one to
# eight ``\s``): in bytes, one to 24 of the bytes any of them is made of.
# ``{i}`` is "í", ``{agrave}`` "à", ``{eacute}`` "é", ``{rcaron}`` "ř", ``{odacute}``
# "ő", ``{aring}`` "å", ``{lstroke}`` "ł", ``{ccaron}`` "č", ``{aacute}`` "á" and
# ``{uring}`` "ů" (and the rest as named), lower-cased in text, either case in bytes
# (only ASCII is lowered there).
_WS_TEXT = {"ws": r"\s", "ws2": r"\s\s", "run": r"\s{1,8}", "i": "í", "agrave": "à",
            "eacute": "é", "rcaron": "ř", "odacute": "ő", "oacute": "ó", "uuml": "ü",
            "auml": "ä", "aring": "å", "dotless": "ı", "eogonek": "ę",
            "lstroke": "ł", "ccaron": "č", "aacute": "á", "uring": "ů"}
_WS_LAST = r"[\t-\r\x1c-\x20\x80-\x8a\x9f\xa0\xa8\xa9\xaf]"
_WS_ANY = r"[\t-\r\x1c-\x20\x80-\x8a\x9a\x9f\xa0\xa8\xa9\xaf\xc2\xe1-\xe3\x81]"  # any byte of one
_WS_BYTES = {"ws": _WS_LAST, "ws2": r"[\t-\r\x1c-\x20\x80-\x8a\x9a\x9f\xa0\xa8\xa9\xaf\xc2]"
             + _WS_LAST, "run": _WS_ANY + "{1,24}", "i": r"\xc3[\xad\x8d]",
             "agrave": r"\xc3[\xa0\x80]", "eacute": r"\xc3[\xa9\x89]",
             "rcaron": r"\xc5[\x99\x98]", "odacute": r"\xc5[\x91\x90]",
             "oacute": r"\xc3[\xb3\x93]", "uuml": r"\xc3[\xbc\x9c]",
             "auml": r"\xc3[\xa4\x84]", "aring": r"\xc3[\xa5\x85]", "dotless": r"\xc4\xb1",
             "eogonek": r"\xc4[\x99\x98]", "lstroke": r"\xc5[\x82\x81]",
             "ccaron": r"\xc4[\x8d\x8c]", "aacute": r"\xc3[\xa1\x81]",
             "uring": r"\xc5[\xaf\xae]"}
# Where a stem's runs end: spaces (any run of \s), apostrophes, and "ß" (or "ss").
_RUN_BREAK = lazy(r"[\s'’ß]+")
_ASCII_PIECE = lazy(r"[\x00-\x7f]+")


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
