"""What opens lines, found in one scan after the line breaks (``_LINE_STARTS``,
``_Openings``): follow and app verbs, a media player's time ("00:00 / 05:41"), a photo
gallery's counters and link ("Foto 1 van 8", "View all 6 photos"); and the durations a
player prints."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cleantext._lazy import lazy
from cleantext._phrases import trie_pattern
from cleantext.cleaners.promo._fixed_cues import _MINUTES

# The verbs a follow prompt opens with, as sites print them: the imperative, to one
# reader or to all ("Follow the Gazette on Instagram", "Folgen Sie der Rundschau auf
# Facebook", "Volg Stadsnieuws ook op Instagram", "Suivez Ouest Littoral sur LinkedIn",
# "Sigue a El Diario en X", "Segui Il Piccolo su Instagram", "Siga o Jornal no Facebook",
# "Urmărește Gazeta și pe Facebook!", "Segueix el Diari a Instagram", "Ακολουθήστε την
# Εφημερίδα στο Facebook").
_FOLLOW_VERBS = ("Follow", "Folgen Sie", "Folge", "Folgt", "Volg", "Volgt", "Suivez", "Suis",
                 "Sigue", "Síguenos", "Seguinos", "Segui", "Seguici", "Seguite", "Siga",
                 "Sigam", "Segue", "Acompanhe", "Urmărește", "Urmăreşte", "Urmăriți",
                 "Segueix", "Ακολουθήστε")
_FOLLOW = lazy("(?:" + "|".join(map(re.escape, _FOLLOW_VERBS)) + ")[ \t]")
# The verbs an app pitch opens with ("Download the Gazette app for breaking news
# alerts", "Get the Chronicle app — it's free on iOS and Android", "Laden Sie die
# Rundschau-App herunter", "Téléchargez l'application du Courrier", "Descarga la app de
# El Faro", "Scarica l'app del Piccolo", "Baixe o aplicativo do Jornal", "Download de
# Omroep-app") and the word for the app that must come soon after (``_app_line``).
_APP_VERBS = ("Download", "Get", "Install", "Laden Sie", "Holen Sie sich", "Hol dir",
              "Téléchargez", "Télécharger", "Descarga", "Descargue", "Descárgate", "Scarica",
              "Baixe", "Baixa", "Installeer")
_APP = lazy("(?:" + "|".join(map(re.escape, _APP_VERBS)) + ")[ \t]")


# A media player's position and length, a line of nothing else: "00:00 / 05:41",
# "0:00 / 1:02:13" (the HTML5 player's and most podcast embeds' time display, as a
# scrape finds it: not started), perhaps after the play button's sign ("▶ 0:00 / 4:12":
# audio players that print the button as a character). Only from zero: "10:00 / 12:00"
# may be opening hours. Searched for after a line break (``_LINE_STARTS``), so that
# ``re`` skips in C from one to the next.
_PLAY_SIGNS = "▶►⏵"
_PLAYER_TIME = (rf"(?:[{_PLAY_SIGNS}][ \t]{{0,2}})?(?:0:)?0{{1,2}}:00[ \t]{{0,2}}/[ \t]{{0,2}}"
                r"\d{1,2}:\d\d(?::\d\d)?[ \t]{0,3}+(?=\n|$)")
# The same, as a line's whole body (``_Doc._video_line``).
_PLAYER_LINE = lazy(_PLAYER_TIME.removesuffix(r"(?=\n|$)"))


def _case_trie(words: Iterable[str]) -> str:
    """A regex source for any of ``words``, as written, factored as a character trie
    (the longer word first where one starts another): a scan that tries it at every
    line start tests one branch per first letter, not one per word."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return branches[0] if len(branches) == 1 else f"(?:{body})"

    return emit(root)


# A photo gallery's slide counter, a line of nothing else: "1 / 6", "Foto 1 van 8",
# "Bild 3 von 12", "Photo 2 of 10" (``_Doc.galleries`` judges a bare one); and its link
# to the whole gallery, with the count ("View all 6 photos", "Alle 8 Bilder ansehen").
_SLIDE_WORDS = ("Foto", "Photo", "Bild", "Image", "Imagen", "Immagine", "Afbeelding",
                "Slide", "Picture")
_SLIDE_OF = ("of", "van", "von", "de", "di", "sur", "av")
_SLIDE = (r"(?:(?P<slide_word>" + _case_trie(_SLIDE_WORDS) + r")[ \t])?"
          r"(?P<slide_n>\d{1,3})[ \t]{0,2}(?:/|" + _case_trie(_SLIDE_OF) + r"[ \t])"
          r"[ \t]{0,2}(?P<slide_m>\d{1,3})")
_VIEW_ALL_VERBS = ("View all", "See all", "Alle", "Voir les", "Ver las", "Ver los",
                   "Vedi tutte le", "Guarda tutte le", "Bekijk alle", "Ver as", "Ver todas as")
_VIEW_ALL_NOUNS = ("photos", "pictures", "images", "Bilder", "Fotos", "fotos", "foto's", "foto",
                   "imágenes", "immagini")
_VIEW_ALL = (_case_trie(_VIEW_ALL_VERBS) + r"[ \t]\d{1,3}[ \t]" + _case_trie(_VIEW_ALL_NOUNS)
             + r"(?:[ \t](?:ansehen|anzeigen))?")
# A gallery's cue for ``scan`` (lower case): a counter's word or its "van", "von", "av"
# between two counts (the anchors lead on neither "foto" nor the Romance "de", "di"),
# or the link's verb, each before its count.
_SLIDE_BETWEEN = ("van", "von", "av")
_SLIDE_REACH = 5  # how far before its "van" a counter starts: "123 van"
_GALLERY_CUE = (
    r"(?:" + trie_pattern(_SLIDE_WORDS) + r")[ \t]\d{1,3}[ \t]{0,2}(?:/|(?:"
    + trie_pattern(_SLIDE_OF) + r")[ \t])"
    r"|\d{1,3}[ \t]{1,2}(?:" + trie_pattern(_SLIDE_BETWEEN) + r")[ \t]{1,2}\d"
    r"|(?:" + trie_pattern(_VIEW_ALL_VERBS) + r")[ \t]\d")
# The same counters inside a line, and the gallery's buttons and link there.
_SLIDE_INLINE = lazy(r"(?<![\d/,:])(?<!\d\.)" + _SLIDE + r"(?![\d/,:]|[.,]\d)")
_GALLERY_CHROME = lazy(r"(?:[‹<«][ \t]?)?Prev(?:ious)?[ \t]{1,3}Next(?:[ \t]?[›>»])?|"
                             + _VIEW_ALL)
# Follow and app verbs that open a line.
_OPENINGS = (r"(?P<follow>" + _case_trie(_FOLLOW_VERBS) + r")[ \t]"
             r"|(?P<app>" + _case_trie(_APP_VERBS) + r")[ \t]")
# What a line that ``_LINE_STARTS`` finds opens with: tested first, so that most line
# starts fail at one test.
_FIRST_CHARS = "".join(sorted({w[0] for w in (*_FOLLOW_VERBS, *_APP_VERBS, *_SLIDE_WORDS,
                                               *_VIEW_ALL_VERBS)} | set(_PLAY_SIGNS)))
# The line openings ``_find`` looks for after a line break, in one scan.
_LINE_STARTS = lazy(
    r"\n[ \t]{0,3}+(?=[" + re.escape(_FIRST_CHARS) + r"\d])(?:" + _OPENINGS
    + r"|(?P<player>" + _PLAYER_TIME + r")"
    r"|(?P<slide>" + _SLIDE + r"|(?P<view_all>" + _VIEW_ALL + r"))[ \t]*+(?=\n|$))")
# The same openings at the text's start (no player there: it follows a label).
_FIRST_START = lazy(r"[ \t]{0,3}+(?:" + _OPENINGS + r")")
# An audio player's length under its label: "03:12", "3:12 min", "12:04 Min."; or the
# rounded minutes a player or reading-time widget prints: "3 min", "4 Min.", "5 minuti".
_DURATION = lazy(r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?(?:min|Min)\.?)?"
                       rf"|\d{{1,3}}[ \t]?(?i:{_MINUTES})")


@dataclass
class _Openings:
    """What opens lines (``_LINE_STARTS``, ``_FIRST_START``, one scan): the ends of
    follow and app verbs and of player times, and gallery lines."""

    follows: list[int]
    apps: list[int]
    players: list[int]
    slides: list[re.Match[str]]

    @classmethod
    def of(cls, text: str) -> _Openings:
        starts = list(_LINE_STARTS.finditer(text))
        firsts = [*(f for f in [_FIRST_START.match(text)] if f is not None), *starts]
        return cls([m.end() for m in firsts if m.group("follow") is not None],
                   [m.end() for m in firsts if m.group("app") is not None],
                   [m.end() for m in starts if m.group("player") is not None],
                   [m for m in starts if m.group("slide") is not None])

    def __bool__(self) -> bool:
        return bool(self.follows or self.apps or self.players or self.slides)
