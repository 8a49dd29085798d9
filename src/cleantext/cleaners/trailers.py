"""Read-more lines with their linked title, and feed trailers.

Removed:

- read-more links: "Read more", "[Read more]", "[read more here]", "Continue reading…",
  "Weiterlesen", "Lire la suite", "Leer más", "Leggi tutto", "Lees verder", "Подробнее",
  "続きを読む", "阅读全文" … alone on a line, glued to the end of a line or of a
  flattened text ("…the federal government’s..Read more", "September.—More…"), between
  two sentences of a flattened text or after its headline, as widgets write it, before a
  capitalised sentence start ("… am Montag. Weiterlesen Die Kosten …"), or leading a
  title ("Read More: <title>", "Read more at : <title>", "Leia também:
  <title>", "Continue reading <title>", "Read the full story at <site>");
- a title line that ends in a read-more link ("<title> Read more"), as one unit; in
  flattened text such a card sits between two sentences or ends the text ("… pay cut.
  Rail fares to rise by 4.9% in England Read more Operators said …"): its title runs
  from the full stop before it, when it is one (see _title_before_link);
- a feed excerpt's link after its cut at the end of the text, in any case ("… the plan
  would... read more", "[…] weiterlesen"); the cut sentence is the truncation cleaner's;
- feed trailers: "The post <title> appeared first on <site>.", "This article originally
  appeared on <site>.", Medium's "<title> was originally published in <publication> on
  Medium, where people are continuing the conversation…", "Het bericht … verscheen eerst op
  …", "[Dieser Text erschien zuerst auf …]", "L’article … est apparu en premier sur …" and
  their kin in the packaged languages (en, de, fr, es, it, pt, nl, ru, pl, ja, zh, sv,
  da, nb, cs, ro, fi, hu, ca, el, tr: Yoast's "L’entrada … ha aparegut primer a …", "Η
  ανάρτηση … εμφανίστηκε πρώτα στο …", "… ilk önce … üzerinde ortaya çıktı.");
- "Source: <url>" (and "Quelle:", "Fuente:", "Bron:" …) at the very end of the text, and
  a feed aggregator's credit "Source: <site> — via RSS";
- a source credit that names a publication or an office as the text's last line, or
  run into its last sentence ("Source: Dales Courant", "Quelle: Altmühl-Kurier /
  Redaktion Eichenau", "Fuente: Campo Sur", "Källa: …", "Źródło: …", "来源：…", in the
  word of every packaged language; see _publication): what follows the word is a name,
  not prose ("Source: officials at the ministry."), a note in lower case ("Quelle:
  eigene Recherche") or a quotation;
- agency credits, reprint and syndication notes that end the text, peeled from its end
  (see _credits_start): dpa's "© dpa-infocom, dpa:<id>", an agency's copyright line
  ("(c) Agencia EFE", "© Copyright ANSA - Tutti i diritti riservati"), its sign-off
  ("(ANSA).", AFP's desk slugs "bur-abc/xyz", Lusa's "ABC // XYZ" and "Lusa/Fim",
  Ritzau's "/ritzau/", NTB's "(©NTB)", PAP's "ksi/ mhr/", Agerpres's "AGERPRES/(…)"), a
  source credit naming agencies ("Bron: ANP") or news aktuell's ("Quelle: <sender>,
  übermittelt durch news aktuell"), a press release's contact block under "Rückfragen
  bitte an:" above such a credit, and the last sentences that are reprint terms
  ("Republication without written permission is prohibited.", "Reproduction
  interdite", "Nachdruck nur mit Genehmigung") or a syndication note ("This story was
  syndicated via <service>. Originally published by <paper>.", McClatchy's dated "This
  story was originally published <date>."); a credit line under a byline's credit line
  ("(Reporting by …)" / "© Reuters") stays with it, as the labelled bodies keep it; in
  flattened text a credit run into the last sentence after its stop ("… dem Land. ©
  dpa-infocom, dpa:<id>", glued "… dem Land.© dpa-infocom …") goes the same way (see
  _flat_credit);
- a closed feed trailer glued to the word before it that ends the text ("…
  dpa:<id>/2Der Beitrag <title> erschien zuerst auf <site>.", "… (c) Agencia EFELa
  entrada <title> se publicó primero en <site>.", see _glued_to_end);
- The Conversation's footer with its link ("This article is republished from <site>
  under a Creative Commons license. Read the original article."), as one frame;
- a tag box at the end of the text: a heading marked ``{heading}`` ("Meer over") with
  its tags, one short capitalised line each (see _tag_lines);
- a press-release wire's footer at the end of the text: "View original content: <url>"
  and the last line "SOURCE <company>" in capitals (PR Newswire, Cision; "FUENTE",
  "FONTE", "QUELLE" in their other editions); "Source: Reuters" is no such footer (it
  is an agency credit, above); flattened, "SOURCE <company>" right after the footer's
  address ends the text;
- most-read and recommendation boxes ("Most Read", "Meistgelesen", "Lo más leído",
  "Recommended for you") and box headings that name a site ("More from <site>", "Read
  more from <site>:", "Lees meer uit <region>"), alone on a line, with the titles under
  them, numbered ("1. <title>") or not (see _announced_titles), and headings whose
  words also open headlines ("Trending Now", alone on a line only); flattened at the end of
  the text, such a heading takes all its titles when what follows the first ends no
  sentence (see _more_titles); a read-more link alone on a line ("Continue reading")
  takes the titles under it when two or more run to the end of the text (see
  _closing_titles). A heading among a consent dialog's buttons, with the article's
  headline after it, takes nothing (see _heads_article). Flattened: a box whose titles
  are each led by the heading's mark ("Sur le même sujet › <title> › <title>", see
  _marked_items); a heading that names a site, after a sentence, with titles to the end
  of the text ("… fine. More from Example News: <title> <title>", see _flat_site_box),
  or alone at its end ("… door de politie. Lees meer uit Tilburg en omgeving"); a
  most-read box whose ranks run into the items before them, ending the text ("… Most
  Read1. <title>2. <title>", see _glued_ranked_tail);
  a read-also link or box heading with more titles than one title's length after it,
  to the end of the text and ending no sentence ("Seguir leyendo: <title> <title>",
  a first one that asks: "Más noticias ¿Cuándo …? <title>"); a tag box's heading and
  its few capitalised tags ending the text ("… doen.” Meer over Oldebroek Horeca", see
  _flat_tags). A bare "Read more" heading between paragraphs takes two or more titles
  the markup's line breaks show nested in its box (see _closing_titles); a box title
  may open with a kicker ("Gmina Lipno. Nowy most …", see _KICKER), and in Japanese and
  Chinese is a run with no "。" (see _spaceless_title) under "関連記事", "相关阅读";
- a read-more link asked as a question, a paywall's prompt, alone on a line or after a
  cut teaser ("Lees verder?", see _asked_link).

Greek in capitals drops its accents, so its pack lists each link with and without them;
Turkish capitals fold apart ("İ" to "i", "I" to "ı"), so a link that starts with "i" is
also looked for after a dotted "İ" ("İlginizi Çekebilir"), and the Turkish pack writes
its links in lower case as Turkish does ("haberin devamı" matches "HABERİN DEVAMI").

Deliberately left alone: a link line that ends in a full stop under a line that ends in
a colon, the article's slogan or sign ("… staat in grote letters:\n\nLees meer.", see
_quoted_line); an article sentence that talks about reading more or about a post
("Subscribers can read more on Tuesday.", "He continued reading the statement.", "The post
office appeared first on the list of closures.", "The post about the recall appeared first
on Facebook, officials said.": a feed trailer's title opens as a title does and its site
is a name, not a clause); a link's words in dialogue set off by dashes, a lower-case verb
of saying after them ("– Ezt olvasta már? – kérdezte a könyvtáros."). A unit must start
where a line, a sentence or a link starts (a capitalised word after a sentence end or a
cut, a bracket, a separator) and run to the end of its line, or be a complete
feed-trailer frame. Widget
wording is imperative and sits alone or at the tail; article prose is third-person
narrative. A cut sentence before a link ("…the federal government’s..") is left to the
truncation cleaner, which runs after this one and knows the truncation policy.

A linked title glued inside flattened text ("… im Netz. Lesen Sie auch: <title> Die
Kosten …") has no end mark, so its end must be seen or guessed; precision comes first:

- after a link that follows a sentence end in the same line (or, with a separator,
  "Lesen Sie auch:", follows any word: widget debris before it), the title ends before the
  first capitalised sentence opener (an article, pronoun, preposition or conjunction:
  "Die", "The", "Il", "L’…", "По") or opening quote that comes after at least two words
  of a sentence-case title (one with a lower-case word), within 20 words; an article
  after a name's particle is the name's ("… de La Rondilla"), no sentence's;
- where blocks were joined by nothing (DOM ``text_content()``), a title's last word
  glued to the next sentence's first ("… years of roadworksCouncil leader Ann Ray said
  …", a long capitalised noun: "… hohe EnergiepreiseBackhaus Mertens …", a figure
  before an opening quote: "… del 12%«Il futuro …", a word before a straight one: "…
  numbers fall"We understand …", a French quote set apart: "… de piégeage « Les gens …")
  ends the title there, when an article sentence follows (see _junction; the segment
  may end in another unit); so does a title's last word or year run into a one-letter
  opener ("… mais iluminaçãoA empresa …", "… até 2026A empresa …"), and a "?" or "!"
  run into the next block's capital ("… der Landkreis?Kritik kam …"), where a glued
  full stop shows no title end (titles end in none); an arrow after a read-also link
  ("Lire aussi → <title>") leads its title as a colon does, where after "Continue
  reading →" it closes the link; a flattened heading's full stop leads its title too
  ("… vier meter. Lees ook. <title> ‘We …", see _dotted_heading);
- where no other end is seen, a title ends before a dash that opens quoted speech with
  an article sentence after it ("Lue myös: <title> – Halusimme, että …", "… kto za
  nie płaci? – Bobry …", see _after_dash; a kicker's full stop before the title is the
  title's: "Czytaj także: Bobry w Podlaskiem. <title>"), and a Japanese or Chinese
  title at the first space (see _spaceless_run); a dash before the opener that ends a
  title is the speech's ("… z Piasecznem – Do tej pory …");
- a title that runs to the end of the text without a full stop goes whole, as before;
- a title, in any case, ends where the next tail unit this cleaner knows starts (a
  read-more link or a closed feed trailer: "Read More: <Title Case Title> Continue
  reading… <promo>"), so a link followed only by further tail units takes its title
  whole even when other text follows them: no title is left behind to end the text once
  those units go;
- after a read-also link (one with a separator, or a heading a pack marks ``{list}``)
  whose title runs into a sentence that opens with a noun or a name ("Lees ook: Horeca
  blij met verruimde openingstijden Omwonenden worden …"), the title ends before the
  first capital after a lower-case word (or after a name that follows a preposition: "…
  à Blagnac Deux policiers …"), once three words with more lower-case words than
  capitalised ones precede it, unless a preposition or an article follows that capital
  (a noun of the title: "neue Radwege in der Innenstadt") or it stands in a quotation
  (see _title_before_sentence); German's polite "Sie" after a verb opens no sentence;
- otherwise (a sentence end comes first, a Title Case title, a next sentence that opens
  with a noun after a bare link) only the link words go and the rest stays: a bare link
  ("Continuar a ler") when a sentence opener follows it, or, written as widgets write it ("Читать
  далее", not "ЧИТАТЬ ДАЛЕЕ" or a Title Case "Read More"), any capitalised word that
  is not a name's first ("… упорство. Читать далее Победители получат …"); a link with
  a separator ("Lesen Sie auch:") always, a link with a closing mark ("Continue
  reading…") before a capital;
- a bare link in that case may also follow a flattened text's headline, which keeps no
  full stop, or a one-word label after a sentence ("Câmara aprova novo plano Continuar
  a ler A Câmara …", "… fertig sein. Anzeige Weiterlesen Die Kosten …"): only its words
  go, the headline and the label stay (the label is the promo cleaner's);
- a link at the start of a line keeps the paragraph rule: its title runs to the line end,
  unless an article sentence visibly follows the title in that line (a news API's
  flattened description, "Lees ook: <title> De gemeenteraad heeft … goedgekeurd."): then
  the title ends as above; with no end in sight, a line that ends as a sentence does
  keeps all but the link words;
- a link line that ends in a colon ("Read more:", "Seguir leyendo:"), or a read-also
  heading alone on a line with or without one ("Mehr zum Thema", "Lee también", "Bekijk
  ook": the links a pack marks ``{list}``), takes the linked titles after it: the next
  line if it is a title, the titles in its block (a related-links box in a text of
  blank-line paragraphs, or a list the markup cleaner's line breaks show nested in the
  box: see _nested_titles), or every title up to the end of the text. A title-shaped
  line after a blank line, once prose follows, may be the article's subhead: it stays.

>>> trailers("The council approved the budget.\\n\\nRead More: Council backs budget")
'The council approved the budget.'
>>> trailers("Rain is due. The post Rain is due appeared first on Weather Daily.")
'Rain is due.'
>>> trailers("Subscribers can read more on Tuesday.")
'Subscribers can read more on Tuesday.'

Users add wording without editing the package (a phrase with ``{title}``, ``{site}``,
``{domain}`` or ``{url}`` slots is a frame, anything else a read-more link; a link
ending in ``{list}`` also heads a list of titles, and a frame ending in it is such a
heading only, tried on a line of its own: "more from {site} {list}"; a phrase ending in
``{heading}`` is such a heading too, with no site: "trending now {heading}"):

>>> mine = trailers_with(["Mehr bei uns", "Zuerst erschienen bei {site}"])
>>> mine("Der Rat tagte.\\nMehr bei uns")
'Der Rat tagte.'
>>> mine("Der Rat tagte. Zuerst erschienen bei Lokalblatt.")
'Der Rat tagte.'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

import regex

from cleantext._core import KeptApart, Span, SpanCleaner
from cleantext._phrases import parse_pack, trie_pattern
from cleantext._units import CLOSERS, sentences

_FLAGS = regex.IGNORECASE | regex.V0
_SLOT = regex.compile(r"\{(title|site|domain|url)\}")
#: The mark of a read-also link that heads a list of linked titles, one a line
#: ("Mehr zum Thema {list}"); see _announced_titles.
_LIST_MARK = "{list}"
#: The mark of a box heading that is nothing else, tried only on a line of its own: its
#: words also open headlines ("Trending now {heading}": "Trending now: why …" is one).
_HEADING_MARK = "{heading}"

# Slot patterns. Every quantifier is bounded, so a failed attempt costs at most a few
# hundred steps, and a title never crosses a line.
_TITLE = r"(?P<title>[^\n]{1,300}?)"
_DOMAIN = r"(?:https?://)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?:/[^\s]{0,300})?"
# A bare site name must end its sentence (or its line, or a bracket): "…verscheen eerst
# op OOG Radio en Televisie." The lazy name stops at the first such end.
_NAME = r"[^\n]{1,80}?(?=[.!。！][\])]?(?:\s|\Z)|[\])](?:\s|\Z)|\s*\Z)"
_SITE_LAST = rf"(?P<site>{_DOMAIN}(?=[.!,;:)\]]?(?:\s|\Z))|{_NAME})[.!。！]?"
_SITE_MID = r"(?P<site>[^\n]{1,80}?)"
_DOMAIN_LAST = rf"(?P<site>{_DOMAIN})(?=[.!,;:)\]]?(?:\s|\Z))[.!]?"
_URL = r"(?P<url>(?:https?://|www\.)[^\s]{1,500})"

#: Characters after which a unit may start glued, without a space ("..Read more").
_GLUE = ".…!?:;|»›>)]([”\"’'“‘«–—-。！？」』「『"
#: Closing decoration a bare link may carry: "Read more »", "Continue reading…", "[Read more]",
#: and the full stop some sites print right after it ("Read more here."; glued only: "Lesen
#: Sie auch ." is no link, and spaces the whitespace cleaner folds must not make it one).
_DECOR_CLOSE = r"(?:\.(?!\.)|)(?:\s{0,3}(?:…|\.{2,6}|[»›→⟶>\]):!]|&gt;)){0,4}"
#: Opening decoration a link may carry: "[Read more]", "» Weiterlesen", "Title | Read more",
#: the arrows and bullets of link lists ("► Lesen Sie auch: …", "• Read more: …").
_DECOR_OPEN = "[(«‹|>»›→►▶▸•–—-"
#: A truncation mark a teaser's link follows ("… the plan would... read more", "[…]").
_CUT = r"(?:…|\.{3,6})[\])]?"
#: What parts a link from its title: a mark ("Lesen Sie auch:", "LIRE AUSSI >>", "Lees ook
#: |"), spaces, or nothing where a scraper glued the label to its link's text: a
#: lower-case letter, then a capital ("Lees ookBrug bij Zaltbommel …", from "<span>Lees
#: ook</span><a>Brug …</a>"), or a label in capitals, then a capitalised word ("READ
#: NEXTWhat to know …"), or a Spanish title that asks ("Más noticias¿Cuándo …?"). A word
#: does not go on that way, and a name that does ("iPhone", "McDonald") holds no link
#: phrase before its capital.
#: The marks of _SEP.
_MARKS = ":：»›→►▶▸|–—>-"
_SEP = (
    rf"(?P<sep>\s{{0,3}}[{regex.escape(_MARKS)}]{{1,3}}\s{{0,3}}|\s{{1,3}}"
    r"|(?-i:(?<=\p{Ll})(?=[¿¡]?\p{Lu}))|(?-i:(?<=\p{Lu}\p{Lu})(?=\p{Lu}\p{Ll})))"
)
#: The marks a sentence (or a title that is one) ends with.
_ENDS = (".", "!", "?", "…", "。", "！", "？")

_MAX_PEEL = 8  # units peeled from one end; bounds the work on "Read more Read more …"
_TAIL_WINDOW = 360  # a lead link plus its title must fit here
_MAX_HITS = 40  # frame starts tried per line
_MAX_FRAME = 700  # the longest frame: literals, a 300-character title and a site


def _literal(piece: str) -> str:
    """A literal phrase piece as regex: spaces flexible, apostrophes either way, ``:`` spaced."""
    out: list[str] = []
    prev = ""
    for ch in piece:
        if ch == " ":
            out.append(r"\s*" if prev == ":" else r"\s+")
        elif ch in "'’":
            out.append("['’]")
        elif ch == ":":
            out.append(r"\s*:")
        else:
            out.append(regex.escape(ch))
        prev = ch
    return "".join(out)


@dataclass(frozen=True)
class _Frame:
    """A parsed frame phrase: literal pieces and slot names, in order."""

    parts: tuple[tuple[str, str], ...]  # ("lit", text) or ("slot", name)

    @property
    def leading_title(self) -> bool:
        return self.parts[0] == ("slot", "title")

    @property
    def open_ended(self) -> bool:
        return self.parts[-1] == ("slot", "title")

    @property
    def tail_only(self) -> bool:
        return ("slot", "url") in self.parts

    def first_literal(self) -> str:
        """The literal a unit is found by: its first (after a leading ``{title}``)."""
        return next(t for k, t in self.parts if k == "lit").strip()

    def pattern(self) -> str:
        """The frame as regex (a leading ``{title}`` is left out: it is found backwards)."""
        parts = self.parts[1:] if self.leading_title else self.parts
        out: list[str] = []
        for i, (kind, text) in enumerate(parts):
            last = i == len(parts) - 1
            if kind == "lit":
                out.append(_literal(text) if i else _literal(text.lstrip()))
            elif text == "title":
                out.append(_TITLE)
            elif text == "url":
                out.append(_URL)
            elif text == "domain":
                out.append(_DOMAIN_LAST if last else rf"(?P<site>{_DOMAIN})")
            else:
                out.append(_SITE_LAST if last else _SITE_MID)
        if parts and parts[-1][0] == "lit":
            out.append("[.!。！]?")
        return "".join(out)


def _parse_frame(phrase: str) -> _Frame:
    parts: list[tuple[str, str]] = []
    pos = 0
    for m in _SLOT.finditer(phrase):
        if m.start() > pos:
            parts.append(("lit", phrase[pos : m.start()]))
        parts.append(("slot", m.group(1)))
        pos = m.end()
    if pos < len(phrase):
        parts.append(("lit", phrase[pos:]))
    return _Frame(tuple(parts))


def _alternation(sources: list[str]) -> regex.Pattern[str] | None:
    if not sources:
        return None
    return regex.compile("(?:" + "|".join(_shared_site(sources)) + ")", _FLAGS)


def _shared_site(sources: list[str]) -> list[str]:
    """``sources`` as alternatives; a run of neighbours that end in a site (``_SITE_LAST``)
    becomes one: "(?:(?:a)|(?:b))<site>" for "(?:a<site>)|(?:b<site>)".

    The two try the same paths in the same order (a's, each with the site after it, then
    b's), so they match the same at every position; the closed frames' pattern shrinks
    from ~31 kB to ~10 kB, and compiles in ~20 ms instead of ~75.
    """
    out: list[str] = []
    heads: list[str] = []
    for source in [*sources, ""]:
        if source.endswith(_SITE_LAST):
            heads.append(source[: -len(_SITE_LAST)])
            continue
        if heads:
            out.append("(?:" + "|".join(f"(?:{h})" for h in heads) + ")" + _SITE_LAST)
            heads = []
        if source:
            out.append(f"(?:{source})")
    return out


class _ByFirst:
    """Frames as one alternation per two first characters, tried by those at a hit.

    The closed frames are tried at every hit of a line, and ``regex`` tries each of a
    flat alternation's branches in turn: with some three hundred frames it was the
    cleaner's costliest pattern (an eighth of its time on the golden inputs, most of it
    at the many hits of read-more links: "Lire la suite", "Lees meer", "Читать далее").
    A frame can only match where its first literal can start, so at a hit only the
    frames whose first literal the two characters there can open (``partial`` matching,
    as the pattern spells it: any case, either apostrophe, any run of spaces) are tried,
    in their order: every match is the one the whole alternation gives. Each pair's
    alternation is compiled when first met; past _MAX_PAIRS pairs (a text of many
    scripts) the whole alternation serves the rest.
    """

    def __init__(self, frames: list[_Frame]) -> None:
        self.frames = frames
        self.firsts: list[regex.Pattern[str]] = []  # compiled when first needed
        self.compiled: dict[str, regex.Pattern[str] | None] = {}
        self.whole: regex.Pattern[str] | None = None

    def _group(self, pair: str) -> regex.Pattern[str] | None:
        if len(self.compiled) >= _MAX_PAIRS:
            if self.whole is None:
                self.whole = _alternation([f.pattern() for f in self.frames])
            return self.whole
        if not self.firsts:
            self.firsts = [regex.compile(_literal(f.first_literal()), _FLAGS) for f in self.frames]
        group = [
            f.pattern() for f, first in zip(self.frames, self.firsts, strict=True)
            if first.fullmatch(pair, partial=True) is not None
        ]
        pattern = self.compiled[pair] = _alternation(group)
        return pattern

    def warm_up(self) -> None:
        """Compile now the alternations of the pairs the frames' first literals open
        with, in lower case, capitals and title case (``Pipeline.prepare``): the pairs
        most hits bring. A pair met later in another form compiles then."""
        for frame in self.frames:
            opening = frame.first_literal()[:2]
            for pair in {opening, opening.lower(), opening.upper(), opening.title()}:
                if len(pair) == 2 and pair not in self.compiled and \
                        len(self.compiled) < _MAX_PAIRS:
                    self._group(pair)

    def match(self, text: str, pos: int, endpos: int) -> regex.Match[str] | None:
        pair = text[pos : pos + 2]
        pattern = self.compiled[pair] if pair in self.compiled else self._group(pair)
        return None if pattern is None else pattern.match(text, pos, endpos)


_MAX_PAIRS = 2000  # pairs of first characters with an alternation of their own


@dataclass(frozen=True)
class _Book:
    """Every compiled pattern of one phrase set."""

    starts: _Starts  # where a unit may start; see _triggers and _hits
    link_end: regex.Pattern[str] | None  # a bare link ending a segment
    link_lead: regex.Pattern[str] | None  # a link, a separator, a title to the segment end
    link_sep: regex.Pattern[str] | None  # a link and its separator, anywhere in a line
    link_decor: regex.Pattern[str] | None  # a link with a closing mark: "Continue reading…"
    closed: _ByFirst | None  # frames that end in a literal or a site, anywhere
    lead_title: regex.Pattern[str] | None  # frames starting with {title}: from their literal
    open_end: regex.Pattern[str] | None  # frames ending with {title}, at a segment end
    tail: regex.Pattern[str] | None  # {url} frames, at the end of the text only
    list_heads: frozenset[str] = frozenset()  # links that head a list of titles ({list})
    cut_link: re.Pattern[str] | None = None  # a link after a cut, ending the text
    heading: regex.Pattern[str] | None = None  # "More from <site>": a heading line, whole
    # "More from <site>:" after a sentence in flattened text, its colon ending the name
    flat_heading: regex.Pattern[str] | None = None


def _rest_pattern(rests: list[str]) -> str:
    """Case-insensitive trie of what follows a first letter ("ead more", " post")."""
    spaced = [r.lstrip() for r in rests if r[:1].isspace() and r.strip()]
    glued = [r for r in rests if r and not r[:1].isspace()]
    alts = ([rf"\s+(?:{trie_pattern(spaced)})"] if spaced else []) + (
        [trie_pattern(glued)] if glued else []
    )
    return f"(?i:{'|'.join(alts)})" if alts else ""


@dataclass(frozen=True)
class _Starts:
    """The trigger patterns (see _triggers) and the byte scan that finds where they can match."""

    capital: re.Pattern[str] | None  # "Read more", "READ MORE", "Weiterlesen", "続きを読む"
    bracket: re.Pattern[str] | None  # "[read more here]", a lower-case link alone on its line
    dash: re.Pattern[str]  # "September.—More…"
    inner: re.Pattern[str] | None  # "appeared first on": frames that start with a title
    scan: _Scan  # where capital, bracket and dash can match (see _hits)
    capital_firsts: frozenset[int]  # the first bytes of the capitals
    needles: _Needles | None  # a piece of each inner literal; None: always run it


def _triggers(starts: list[str], inner: list[str]) -> _Starts:
    """The cheap patterns that find where a unit may start, as stdlib ``re`` patterns.

    A unit starts with a capital (after a sentence end, a cut or a space), after a
    bracket, or at a line start; a frame that starts with a title is found by its first
    literal ("appeared first on"). Measured on the development sets (one core): one
    case-insensitive trie of all phrases runs at 2 MB/s with ``regex`` and 8-25 MB/s with
    ``re``; split this way, each pattern keeps a small set of first characters, and the
    four run over a text at about 35 MB/s together. So they do not run over the text:
    ``_hits`` tries them only where the byte scan (``_start_scan``) says they can match,
    and the inner literals only around a piece of one (``_needles``).
    """
    by_first: dict[str, list[str]] = {}
    for p in starts:
        by_first.setdefault(p[0].upper(), []).append(p[1:])
        if p[0] == "i":
            # Turkish writes the capital of "i" dotted ("İlginizi çekebilir"), where
            # ``str.upper`` gives "I"; the patterns after the capital take either.
            by_first.setdefault("İ", []).append(p[1:])
    capital = "|".join(
        re.escape(k) + _rest_pattern(rests) for k, rests in sorted(by_first.items())
    )
    bracket = rf"[\[(\n][ \t]{{0,8}}(?=(?i:{trie_pattern(starts)}))" if starts else ""
    # "September.—More…", on its own: added to either pattern above as an alternative,
    # it costs that pattern its first-character filter (135 MB/s became 9).
    dash = r"[—–] ?More"
    inner_src = trie_pattern(inner) if inner else ""
    return _Starts(
        capital=re.compile(capital) if capital else None,
        bracket=re.compile(bracket) if bracket else None,
        dash=re.compile(dash),
        inner=re.compile(inner_src) if inner_src else None,
        scan=_start_scan(by_first, starts),
        capital_firsts=frozenset(k.encode("utf-8", "surrogatepass")[0] for k in by_first),
        needles=_needles(inner),
    )


# --- the byte scan ----------------------------------------------------------------------
#
# (One unit is found without the trigger patterns: a link after a cut at the very end of
# the text, whose lower case none takes; ``_spans`` looks for it in the last characters.)
#
# Most texts hold no unit, and the trigger patterns cost more than the whole budget when
# they run over every text. Their matches start at the capital of a phrase's first
# letter, at a bracket or a line break, or at a dash: one scan of the text's UTF-8 bytes
# finds every such position where what follows can be the rest of a phrase, and the
# patterns are tried only there (``_hits``). ``re`` skips in C over the bytes that start
# no branch of the scan and tries the branches only at the others (~180 MB/s on
# dev-clean, where the four patterns ran at ~35-60 MB/s together); most texts have no
# such position, and a text with a unit has a handful.
#
# Why the scan misses no match: it is each pattern spelt in bytes, each character as the
# UTF-8 of every character ``re`` matches with it. A capital is matched as written; a
# case-insensitive letter as every character ``(?i:ch)`` matches, found by running
# ``re`` itself over all of Unicode ("k" also matches the Kelvin sign, "i" the dotless
# and the dotted I); ``\s`` as the UTF-8 of every character ``re`` takes for it. Only a
# phrase's first ``_SCAN_DEPTH`` characters are spelt: wherever a phrase matches, so
# does its prefix. What follows the lead byte is a look-ahead (a look-behind for the
# bytes before it), so a match consumes one byte and no position hides another; a phrase
# whose prefix is another phrase is covered by that prefix. A pattern's match at a
# character is a match of its branch at the lead byte of that character: the first byte,
# or the last for a dash and a capital outside ASCII (their first bytes start every
# curly quote, or every letter of their script), whose scan runs only on a text holding
# that first byte. A bracket before a capital of ``_shared_capitals`` is left to that
# capital's branch, which matches wherever the bracket pattern can (``_hits`` looks back
# from it). So the scans find a superset of the positions where the patterns match, and
# ``_hits`` tries them in order, as ``finditer`` would have found them.


# How many characters of a phrase the scan's look-aheads spell out; what follows is
# left to the trigger pattern ``_hits`` tries there. Eight tell the phrases from most
# words that share their capital ("The post" from "There"), and the scan patterns come
# out at ~60 kB instead of the ~220 kB the whole phrases make: ``re`` compiles them in
# about a quarter of the time, and they stop at few more positions.
_SCAN_DEPTH = 8
# A scan's match at a character reads from that character's start (a look-behind reads
# no further back than the character's own first byte) through at most _SCAN_REACH
# bytes: the character (4 bytes at most); a capital's other characters (``str.upper``
# writes at most three for one: 8 bytes), or a bracket's eight spaces or tabs; at most
# nine spaces before a spaced rest (27 bytes); then _SCAN_DEPTH characters, each at
# most 24 bytes (a space is up to eight characters of ``\s``, 3 bytes each in UTF-8).
_SCAN_REACH = 4 + 8 + 27 + 24 * _SCAN_DEPTH


def _every_char() -> str:
    """All of Unicode (surrogates too) in one string, built in C (~10 ms, half what an
    array of every code point took): its UTF-32-LE is written one byte column at a time,
    each a short run of bytes repeated (the low byte counts up within 256 code points,
    the middle one within 65536, the high one across the 17 planes)."""
    n = sys.maxunicode + 1
    raw = bytearray(4 * n)
    raw[0::4] = bytes(range(256)) * (n // 256)
    raw[1::4] = b"".join(bytes([m]) * 256 for m in range(256)) * (n // 65536)
    raw[2::4] = b"".join(bytes([h]) * 65536 for h in range(n // 65536))
    return raw.decode("utf-32-le", "surrogatepass")


def _alt(seqs: Iterable[bytes]) -> bytes:
    """A bytes pattern for any one of ``seqs``, factored on shared leading bytes (the
    last bytes of a set in one class: "\\xe2\\x80[\\x80-\\x8a\\xa8]")."""
    trie: dict[int, dict] = {}  # type: ignore[type-arg]
    for seq in set(seqs):
        node = trie
        for byte in seq:
            node = node.setdefault(byte, {})
        node[-1] = {}
    return _emit_alt(trie)


def _emit_alt(node: dict) -> bytes:  # type: ignore[type-arg]
    last = sorted(b for b, child in node.items() if b >= 0 and list(child) == [-1])
    parts = [re.escape(bytes([b])) + _emit_alt(child)
             for b, child in sorted(node.items()) if b >= 0 and b not in last]
    if last:
        parts.insert(0, re.escape(bytes(last)) if len(last) == 1 else _class(last))
    source = parts[0] if len(parts) == 1 else b"(?:" + b"|".join(parts) + b")"
    return source + b"?" if -1 in node and node != {-1: {}} else source


def _class(values: list[int]) -> bytes:
    """A bytes class of ``values`` (sorted), runs of three or more as ranges."""
    out: list[bytes] = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(b"\\x%02x-\\x%02x" % (values[i], values[j]))
        else:
            out.extend(b"\\x%02x" % v for v in values[i : j + 1])
        i = j + 1
    return b"[" + b"".join(out) + b"]"


def _space_bytes(every: str) -> bytes:
    """Every character ``\\s`` matches in a ``str`` pattern, in UTF-8 (``every``: all of
    Unicode)."""
    return _alt(c.encode("utf-8", "surrogatepass") for c in re.findall(r"\s", every))


def _folded_bytes(chars: Iterable[str], every: str) -> dict[str, frozenset[bytes]]:
    """For each character, the UTF-8 of every character ``(?i:ch)`` matches in ``re``."""
    wanted = sorted(set(chars))
    if not wanted:
        return {}
    # One pass over all of Unicode finds every character that matches one of them;
    # each is then assigned by the same test, one character at a time.
    found = set(re.findall("(?i)[" + "".join(map(re.escape, wanted)) + "]", every))
    out: dict[str, frozenset[bytes]] = {}
    for ch in wanted:
        one = re.compile("(?i)" + re.escape(ch))
        forms = [x for x in found if one.fullmatch(x)] or [ch]
        out[ch] = frozenset(x.encode("utf-8", "surrogatepass") for x in forms)
    return out


def _byte_trie(
    phrases: Iterable[str],
    folded: dict[str, frozenset[bytes]],
    space: bytes,
    skip: frozenset[bytes] = frozenset(),
) -> bytes:
    """What ``trie_pattern(phrases)`` matches under ``(?i)``, cut to each phrase's first
    ``_SCAN_DEPTH`` characters, as a look-ahead's bytes pattern: a phrase that ends where
    another goes on is enough. A first character is not matched as one of ``skip``."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = trie
        for ch in " ".join(phrase.lower().split()):
            node = node.setdefault("'" if ch in _APOSTROPHES else ch, {})
        node[""] = {}
    apostrophe = _alt((b"'", "’".encode()))

    def emit(node: dict, skip: frozenset[bytes], depth: int) -> bytes:  # type: ignore[type-arg]
        if "" in node or not node or depth == 0:
            return b""
        branches = []
        for ch, child in sorted(node.items()):
            if ch == " ":
                head = space
            elif ch == "'":
                head = apostrophe
            elif folded[ch] - skip:
                head = _alt(folded[ch] - skip)
            else:
                continue
            branches.append(head + emit(child, frozenset(), depth - 1))
        if not branches:
            return b"(?!)"
        return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"

    return emit(trie, skip, _SCAN_DEPTH)


@dataclass(frozen=True)
class _Scan:
    """The byte scans of ``_start_scan``."""

    main: re.Pattern[bytes]  # capitals in ASCII, brackets, dashes
    # Capitals outside ASCII (led by their last byte), one scan per first byte: a text
    # without that byte is not scanned for them.
    wide: tuple[tuple[bytes, re.Pattern[bytes]], ...]
    shared: frozenset[str]  # capitals whose line's bracket the main scan leaves out


def _start_scan(by_first: dict[str, list[str]], starts: list[str]) -> _Scan:
    """The byte scans for the capital, bracket and dash patterns of ``_triggers``."""
    # Every character the tries below hold (a rest is lower-cased on its own: "Σ" ends
    # a word in lower case as "ς" or not, by what comes before it).
    every_rest = [r for group in by_first.values() for r in group]
    every = _every_char()
    folded = _folded_bytes(
        (ch for t in [*starts, *every_rest, *map(str.lstrip, every_rest)] for ch in t.lower()),
        every,
    )
    ws = _space_bytes(every)
    runs = ws + b"{1,8}"  # trie_pattern's spaces
    main: dict[bytes, list[bytes]] = {}
    wide: dict[bytes, dict[bytes, list[bytes]]] = {}
    for k, rests in by_first.items():
        # The capital as written, then _rest_pattern: a spaced rest after \s+ or a glued
        # one. More than eight spaces are enough on their own: the look-ahead's reach
        # stays bounded (see _SCAN_REACH).
        spaced = [r.lstrip() for r in rests if r[:1].isspace() and r.strip()]
        glued = [r for r in rests if r and not r[:1].isspace()]
        alts = (
            [runs + b"(?:" + _byte_trie(spaced, folded, runs) + b"|" + ws + b")"]
            if spaced else []
        ) + ([_byte_trie(glued, folded, runs)] if glued else [])
        first = k[0].encode("utf-8", "surrogatepass")
        rest = re.escape(k[1:].encode("utf-8", "surrogatepass")) + (
            b"(?:" + b"|".join(alts) + b")" if alts else b""
        )
        if len(first) == 1:
            main.setdefault(first, []).append(b"(?=" + rest + b")")
        else:
            # Led by its last byte: the first is the first byte of every letter of its
            # script ("П" is \xd0\x9f, "а" \xd0\xb0), tried at each of them.
            wide.setdefault(first[:1], {}).setdefault(first[-1:], []).append(
                b"(?<=" + re.escape(first) + b")(?=" + rest + b")"
            )
    shared = _shared_capitals(by_first, starts)
    if starts:
        # After a bracket or line break, a phrase in any case. One that opens with a
        # capital of ``shared`` is found at that capital, by its branch above (``_hits``
        # looks back from there for the bracket): most lines open with a capital, and
        # the scan stops at their first byte.
        skip = frozenset(c.encode("utf-8", "surrogatepass") for c in shared)
        after = rb"(?=[ \t]{0,8}" + _byte_trie(starts, folded, runs, skip) + b")"
        for bracket in b"[(\n":
            main.setdefault(bytes([bracket]), []).append(after)
    # "—" or "–" (\xe2\x80\x94, \xe2\x80\x93), led by the last byte: the others start
    # every curly quote.
    for last in b"\x93\x94":
        main.setdefault(bytes([last]), []).append(rb"(?<=\xe2\x80[\x93\x94])(?= ?More)")
    return _Scan(
        main=_branches(main),
        wide=tuple((first, _branches(group)) for first, group in sorted(wide.items())),
        shared=frozenset(shared),
    )


def _branches(branches: dict[bytes, list[bytes]]) -> re.Pattern[bytes]:
    """One scan of ``branches`` (by first byte): ``re`` tests each byte against their set
    of first bytes and tries the branches only where one stands."""
    return re.compile(b"|".join(
        re.escape(first) + (alts[0] if len(alts) == 1 else b"(?:" + b"|".join(alts) + b")")
        for first, alts in sorted(branches.items())
    ))


def _shared_capitals(by_first: dict[str, list[str]], starts: list[str]) -> set[str]:
    """The capitals that stand for each phrase they can open, in any case: a phrase
    whose first character ``(?i)`` matches one has it as its capital (so its rest is
    among the capital's rests). Outside ASCII too ("Ч", "Δ"): a wide scan runs on every
    text that holds its capital's first byte, so it finds the capital wherever the
    bracket pattern can, and a line break no longer tries their forms after it (a
    cost every text with paragraphs paid)."""
    out = {k for k in by_first if len(k) == 1 and k.isupper()}
    for p in starts:
        first = re.compile("(?i)" + re.escape(" ".join(p.lower().split())[:1]))
        out -= {c for c in out if first.fullmatch(c) and p[0].upper() != c}
    return out


@dataclass(frozen=True)
class _Needles:
    """Pieces of the inner literals, and how far a match reaches around the piece it holds."""

    pieces: tuple[str, ...]
    before: int  # characters at most from a match's start to its piece's
    after: int  # characters at most from its piece's start to the match's end
    # Per piece, a letter outside ASCII it holds ("ö" of Yoast's Turkish "ilk önce"), or
    # "": a text without it holds no such piece. ``in`` finds one character with memchr,
    # many times faster than ``find`` finds a short piece whose last letter is common.
    guards: tuple[str, ...] = ()


def _needles(inner: list[str]) -> _Needles | None:
    """The longest piece of each inner literal: the inner pattern matches
    case-sensitively, spaces and apostrophes aside, so a match holds one. None if a
    literal has no piece (the pattern then runs over the whole text)."""
    out: list[str] = []
    before = after = 0
    for literal in inner:
        norm = " ".join(literal.lower().split())  # as trie_pattern spells it
        pieces = list(re.finditer(r"[^\s'’]+", norm))
        if not pieces:
            return None
        best = max(pieces, key=lambda m: len(m.group()))
        # Each space matches up to eight (``\s{1,8}``), anything else one character.
        head, tail = norm[: best.start()], norm[best.start() :]
        before = max(before, len(head) + 7 * head.count(" "))
        after = max(after, len(tail) + 7 * tail.count(" "))
        out.append(best.group())
    found = tuple(dict.fromkeys(out))
    guards = tuple(next((c for c in piece if not c.isascii()), "") for piece in found)
    return _Needles(found, before, after, guards)


def _heading_key(link: str) -> str:
    """How a list heading is looked up: case and spacing folded, apostrophes one way."""
    return " ".join(link.lower().replace("’", "'").split())


def _heading_pattern(frame: _Frame, *, flat: bool = False) -> str:
    """A heading frame ("more from {site}") as regex: its literals and a site name. For
    a whole line, the name runs up to an optional closing colon ("Read more from Example
    News:"); in flattened text (``flat``), where no line break ends it, it runs to a
    colon, the only end a name shows there, and holds no sentence's stop."""
    name = r"[^\n:：|.!?]{1,60}?" if flat else r"[^\n:：|]{1,80}?"
    out: list[str] = []
    named = False
    for i, (kind, text) in enumerate(frame.parts):
        if kind == "lit":
            out.append(_literal(text) if i else _literal(text.lstrip()))
        else:
            # Any slot is a name here; the first is the one _site_ok tests.
            out.append(f"({'' if named else '?P<site>'}{name})")
            named = True
    return "".join(out) + (r"[ \t]{0,2}[:：]" if flat else r"\s*[:：]?\s*\Z")


def _compile(phrases: Iterable[str]) -> _Book:
    links: list[str] = []
    frames: list[_Frame] = []
    headings: list[_Frame] = []
    heads: set[str] = set()
    for given in dict.fromkeys(" ".join(p.split()) for p in phrases if p.strip()):
        phrase = given
        if given.endswith(_HEADING_MARK) and given != _HEADING_MARK:
            # "trending now {heading}": a heading line, never a link inside a line.
            headings.append(_parse_frame(given[: -len(_HEADING_MARK)].rstrip()))
            continue
        if given.endswith(_LIST_MARK) and given != _LIST_MARK:
            # "lee también {list}": a read-more link that may also head a list of titles.
            phrase = given[: -len(_LIST_MARK)].rstrip()
            if _SLOT.search(phrase):
                # "more from {site} {list}": a heading only, never a link inside a line.
                headings.append(_parse_frame(phrase))
                continue
            heads.add(_heading_key(phrase))
        if _SLOT.search(phrase):
            frames.append(_parse_frame(phrase))
        else:
            links.append(phrase)
    starts = [
        *links,
        *(f.first_literal() for f in (*frames, *headings) if not f.leading_title),
    ]
    inner = [f.first_literal() for f in frames if f.leading_title]
    link_src = trie_pattern(links) if links else None
    closed = [f for f in frames if not f.open_ended and not f.tail_only]
    return _Book(
        starts=_triggers(starts, inner),
        link_end=None if link_src is None else regex.compile(
            rf"(?P<link>{link_src}){_DECOR_CLOSE}\s*\Z"
            # "September.—More…": the bare word "More" after a dash, glued to a sentence.
            r"|(?P<dash>[—–]\s?)(?P<link>(?-i:More))(?:…|\.{2,3})?\s*\Z",
            _FLAGS,
        ),
        link_lead=None if link_src is None else regex.compile(
            rf"(?P<link>{link_src}){_SEP}{_TITLE}\s*\Z", _FLAGS
        ),
        link_sep=None if link_src is None else regex.compile(
            rf"(?P<link>{link_src}){_SEP}(?=\S)", _FLAGS
        ),
        link_decor=None if link_src is None else regex.compile(
            rf"(?P<link>{link_src})(?:…|\.{{3}}|\s?[»›→])(?=\s{{1,3}}\S)", _FLAGS
        ),
        closed=_ByFirst([f for f in closed if not f.leading_title]) if any(
            not f.leading_title for f in closed
        ) else None,
        lead_title=_alternation([f.pattern() for f in closed if f.leading_title]),
        open_end=_alternation(
            [f.pattern() + r"\s*\Z" for f in frames if f.open_ended and not f.tail_only]
        ),
        tail=_alternation([f.pattern() + r"\s*\Z" for f in frames if f.tail_only]),
        list_heads=frozenset(heads),
        # Stdlib ``re``: the one trie pattern tried per text, where ``regex`` costs ~10x.
        cut_link=None if link_src is None else re.compile(
            # (A paywall asks it: "… jongeren tussen...Lees verder?")
            rf"{_CUT}\s{{0,3}}(?P<link>{link_src}){_DECOR_CLOSE}\??\s*\Z", re.IGNORECASE
        ),
        heading=_alternation([_heading_pattern(f) for f in headings]),
        flat_heading=_alternation(
            [_heading_pattern(f, flat=True) for f in headings if len(f.parts) > 1]
        ),
    )


# --- boundaries -------------------------------------------------------------------------


def _is_lower(ch: str) -> bool:
    return ch.islower()


def _prev_nonspace(text: str, pos: int, floor: int) -> int:
    """Index of the last non-space character before ``pos`` (not before ``floor``), or -1."""
    i = pos - 1
    while i >= floor and text[i].isspace():
        i -= 1
    return i if i >= floor else -1


def _starts_unit(text: str, start: int, ls: int, first: int | None = None) -> bool:
    """May a unit start at ``start``? At a line start, or where a link or sentence starts.

    ``first`` is the index of the unit's first word character (after decoration).
    """
    q = _prev_nonspace(text, start, ls)
    if q < 0:
        return True  # the line starts here
    f = text[start if first is None else first]
    if text[start] in "[(":
        f = "X"  # "[read more here]": a bracketed link may be lower case
    if q == start - 1:  # glued: only after a sentence end, a cut or a separator
        return text[q] in _GLUE and not _is_lower(f)
    # After a space: a capitalised word ("… said. Read more"), a bracket, or a caseless script.
    return not _is_lower(f)


def _sentence_end(fragment: str) -> bool:
    s = fragment.rstrip().rstrip("\"'”’»)]")
    return s.endswith((".", "!", "?", "。", "！", "？")) and not s.endswith(("..", "…"))


# --- finding units ------------------------------------------------------------------------


def _title_ok(title: str, sep: str, line_start: bool) -> bool:
    """Is what follows a link ("Read More: <title>") a linked title, not a sentence?"""
    t = title.strip()
    if not t or len(t) > 300:
        return False
    marked = _marked(sep)
    if not marked and _is_lower(t[0]):
        return False  # "Continue reading the statement, he said." is prose
    if not marked and t.rstrip("\"'”’»)]").endswith(".") and not t.endswith(("..", "…")):
        return False  # "Zum Artikel gehört ein Video." is a sentence; titles do not end so
    if line_start:
        return True
    # Glued to an article sentence (flattened text): a title is one short unit.
    return len(sentences(t)) <= 2 and len(t.split()) <= 40


def _decorated_start(text: str, h: int, ls: int) -> int:
    """Where a link that starts at ``h`` starts with its opening decoration ("[", "| ", "» ")."""
    k = h
    while k > ls and text[k - 1] in " \t":
        k -= 1
    if k > ls and text[k - 1] in _DECOR_OPEN:
        k -= 1
        while k > ls and text[k - 1] in _DECOR_OPEN:
            k -= 1
        return k
    return h


def _in_headline(text: str, start: int, ls: int, m: regex.Match[str]) -> bool:
    """Is a Title Case link the end of a Title Case headline ("Why Children Should Read More")?

    A linked title before its link ("… political points Read more") is in sentence case;
    a headline in Title Case uses the link's words as its own.
    """
    words = m.group("link").split()
    q = _prev_nonspace(text, start, ls)
    if len(words) < 2 or q < 0 or not text[q].isalnum():
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    w = q
    while w > ls and not text[w - 1].isspace():
        w -= 1
    return text[w].isupper()


def _best_tail_unit(
    text: str, span: tuple[int, int], hits: list[int], book: _Book, at_tail: bool
) -> tuple[int, str] | None:
    """The shortest read-more unit (or open frame) that ends at ``end``: (start, kind).

    Every such unit starts at a trigger hit, so only the hits in the window before
    ``end`` are tried, latest first, each with anchored matches.
    """
    ls, end = span
    lo = max(ls, end - _TAIL_WINDOW)
    i = bisect.bisect_left(hits, end)
    while i > 0 and hits[i - 1] >= lo:
        i -= 1
        h = hits[i]
        start = _decorated_start(text, h, ls)
        if book.link_end is not None:
            m = book.link_end.match(text, h, end)
            if m is not None and (
                # "September.—More…", or a line that starts with it ("— More…Read more")
                text[h - 1 : h] in ".!?\"”’)" or _prev_nonspace(text, h, ls) < 0
                if m.group("dash") is not None
                else _starts_unit(text, start, ls, h) and not _in_headline(text, start, ls, m)
            ):
                return start, "link"
        if book.link_lead is not None:
            m = book.link_lead.match(text, h, end)
            line_start = _prev_nonspace(text, start, ls) < 0
            if (
                m is not None
                and _starts_unit(text, start, ls, h)
                and _title_ok(m.group("title"), m.group("sep"), line_start)
                # Glued: only a title that visibly runs to the end (see _glued_title); at
                # a line start, not in a line that ends as a sentence does: an article
                # sentence may follow the title (see _runs_on, which looks only then).
                and (
                    not _ends_as_sentence(text, m.start("title"), end)
                    if line_start
                    else _glued_title(text, m.start("title"), end)[0] == "whole"
                )
            ):
                return start, "lead"
        if book.closed is not None:
            # A frame whose site name ends where the next unit starts ("Read the full
            # story at Example News Read More: …") ends at this peel point.
            m = book.closed.match(text, h, end)
            if m is not None and not text[m.end() : end].strip() and _site_ok(m) and (
                _starts_unit(text, h, ls)
            ):
                return h, "frame"
        for pattern, kind in ((book.open_end, "open"), (book.tail if at_tail else None, "tail")):
            m = None if pattern is None else pattern.match(text, h, end)
            if m is None or not _starts_unit(text, h, ls):
                continue
            if kind == "open" and not _open_title_ok(text, m, _prev_nonspace(text, h, ls) < 0):
                continue
            return h, kind
    return None


def _open_title_ok(text: str, m: regex.Match[str], line_start: bool) -> bool:
    """Is the title of an open frame ("Read more about <title>", "More: <title>") a
    linked title, not the rest of an article sentence?

    Not when a clause goes on after a comma ("Read more about the case, the judge told
    the jury."), nor when an article sentence visibly follows the title ("Click here for
    the full story The city council approved …", see _runs_on: the frame is a line's
    paragraph only if nothing else shares it); glued after a sentence, only a
    title-length run (see _title_ok). A frame
    that ends in a colon (USA Today's and ABC's "More: <title>") heads a headline, which
    opens with a capital and ends in no full stop: "More: the council also approved a
    plan." is prose.
    """
    title = m.group("title")
    if "," in title and _CLAUSE.search(title) is not None:
        return False
    if not line_start and not _title_ok(title, ":", False):
        return False
    ts = m.start("title")
    if _runs_on(text, ts, m.end("title")) is not None:
        return False
    colon = text[max(0, ts - 12) : ts].rstrip().endswith((":", "："))
    return not colon or _title_ok(title, " ", line_start)


# --- linked titles in flattened text ---------------------------------------------------------

# Capitalised function words that open a sentence: articles, pronouns, prepositions,
# conjunctions. In a sentence-case title they do not appear capitalised, so after a
# title-length run one of them is where the next (article) sentence starts. Left out on
# purpose: English "I", Italian "E", Spanish "Y" (a pronoun, or a letter in "Vitamin E").
_OPENER_WORDS = (
    """the a an this that these those he she it they we there his her their its our after
    before but and as when while according however meanwhile in on at for
    der die das den dem des ein eine einer er sie es wir man im am auf bei nach vor seit
    mit für von zum zur aber doch auch dort damit rund laut nun
    le la les l un une des du il elle ils elles on nous à au aux dans pour selon mais ce
    cette ces cet depuis après avant
    el los las lo una unos unas él ella ellos en con para por según pero desde tras este
    esta estos estas ese esa al del
    il lo gli una uno nel nella nei secondo ma da dal dalla questo questa
    o os as um uma uns umas ele ela eles elas no na nos nas com segundo mas do da cerca
    de het een hij zij ze wij we bij na voor met volgens maar ook er dit deze dat die
    в во на по с со к о об у из за для от до после перед но и а он она они мы это этот
    эта эти как также
    w we z ze na do po od dla przez przed pod nad za ale to ten ta te jak według jednak
    els ell ells elles amb segons però després abans aquest aquesta aquests aquestes
    ο η το οι τα ένας μια μία ένα αυτός αυτή αυτό αυτοί στο στη στην στον στα στις με για
    από μετά πριν αλλά όμως σύμφωνα ενώ όταν
    bu bir şu bunu ancak ama fakat ve ile göre sonra
    mehr más più meer"""
)
# (The last row: a count opens a news sentence as often as an article does, "Más de 400
# aficionados …", "Mehr als 300 Menschen …"; inside a sentence-case title these words are
# lower case. Not "More" nor "Plus": Title Case prose and names hold them, "Read More
# Books", "Canal Plus".)
_OPENERS = frozenset(_OPENER_WORDS.split())
# Words a title does not end in: the openers above and other prepositions and
# conjunctions. Before a link they make the link the run's noun or object ("Warum das
# Weiterlesen Kindern hilft"), not a widget after a headline.
_LINK_WORDS = """of to from by with into than and or zu und oder beim aufs fürs vom ins ums
    übers et ou à de di e ed che i y que per tra fra van en op te и или что"""
_NO_TITLE_END = _OPENERS | frozenset(_LINK_WORDS.split())
# The conjunctions among them: a capitalised word after one is a name's second ("Léa et
# Mathis"), no preposition's object.
_CONJUNCTION_WORDS = "and or und oder et ou e ed y и или"
_CONJUNCTIONS = frozenset(_CONJUNCTION_WORDS.split())
_OPEN_QUOTES = "«„“\"‹‚‘"
_WORD_OPENERS = _OPEN_QUOTES + "(["  # what a word may open with before its first letter
_CJK_STOP = re.compile("[。！？]")
_TOKEN = regex.compile(r"\S{1,80}")
_MAX_TITLE_WORDS = 20
_APOSTROPHES = "'’"
_URL_STARTS = ("http://", "https://", "www.")


def _opens_sentence(word: str) -> bool:
    """Does ``word`` plausibly start a sentence in flattened text ("Die", "L’azienda", "«On")?"""
    if word[:1] in _OPEN_QUOTES:
        return len(word) > 1 and word[1].isupper()
    if not word[:1].isupper():
        return False
    head = word.rstrip(",;:")
    for a in _APOSTROPHES:  # "L’article", "L'azienda": the article before the apostrophe
        if a in head[:3]:
            head = head.split(a, 1)[0]
    return head.lower() in _OPENERS


# A lower-case word glued to a capitalised one ("roadworksCouncil", "repairThe"): two
# blocks joined by nothing (DOM text_content()), a title's last word and the next
# sentence's first. Three lower-case letters at least (after an elided article or
# pronoun: "… plus vite qu’ailleursLéa et …"), and a lower-case start: the names
# written so ("iPhone", "eBay") have one, and "WhatsApp" opens with a capital.
_JUNCTION = regex.compile(r"(?:\p{Ll}{1,5}['’])?\p{Ll}{3,40}+(?=\p{Lu}\p{Ll})")
# ... the same after a capitalised word, as German nouns are ("… über hohe
# EnergiepreiseBackhaus Mertens hatte …"): a capital, six lower-case letters or more,
# then the next block's capital. Fewer would split names written with an inner capital
# ("WhatsApp", "YouTube", "PowerPoint", "LinkedIn") in a title of share buttons.
_CAP_JUNCTION = regex.compile(r"\p{Lu}\p{Ll}{6,40}+(?=\p{Lu}\p{Ll})")
# ... and a title that ends in a figure or a word glued to the quotation that opens the
# next block ("… in calo del 12%«Il futuro …»", "… as pupil numbers fall"We understand
# …"): the quote mark after a letter, a digit or "%", a capital after it. A straight
# quote run into the word before it and the capital after it closes nothing: a closing
# quote has a space or a stop after it. Dutch and English quote with single marks too
# ("… fiets ter wereld‘We hebben …"); "‘" before a capital is no apostrophe, which is
# "’", nor an ʻokina ("Hawai‘i"), which has a small letter after it.
_QUOTE_JUNCTION = regex.compile(r"(?<=[\p{L}\p{N}%])(?=[«„“\"‘]\p{Lu})")
_JUNCTION_QUOTES = frozenset("«„“\"‘")


# ... and after a short capitalised word, when what is glued on is a whole sentence opener
# of three letters or more ("… in JulyThe 52-year-old …"): names with an inner capital
# end in no such word ("YouTube", "PowerPoint"), and two-letter openers are left out
# ("LinkedIn").
_SHORT_CAP_JUNCTION = regex.compile(r"\p{Lu}\p{Ll}{1,5}+(?=\p{Lu}\p{Ll}{2,20}+[,;:]?\Z)")


def _opener_junction(word: str) -> regex.Match[str] | None:
    """_SHORT_CAP_JUNCTION's match in ``word`` when the rest is a sentence opener, or None."""
    j = _SHORT_CAP_JUNCTION.match(word)
    return j if j is not None and _opens_sentence(word[j.end() :]) else None


# ... and a title's last word run into a one-letter article or preposition that opens the
# next sentence ("… pedem mais iluminaçãoA empresa pediu …", "… zmianyW poniedziałek
# …"): a word of three lower-case letters or more (six after a capital, as above), then a
# lone capital that is a sentence opener (see _letter_junction).
_LETTER_JUNCTION = regex.compile(r"(?:\p{Ll}{3,40}+|\p{Lu}\p{Ll}{6,40}+)(?=\p{Lu}\Z)")
# ... and a title that ends in a figure, run into the next sentence's opener ("… de canos
# até 2026A empresa …", "… um 12 %Die Stadt …" glued: "12%Die"): digits, then an opener of
# two letters or more, or a one-letter one after a year only ("Bus 66A", "flat 12A" name
# a line or a door).
_FIGURE_JUNCTION = regex.compile(r"\d{1,4}+(?:[.,]\d{1,3}+)*+%?(?=\p{Lu})")
_YEAR_FIGURE = re.compile(r"(?:19|20)\d\d")


def _letter_junction(word: str) -> regex.Match[str] | None:
    """_LETTER_JUNCTION's match in ``word`` when its last letter is a one-letter sentence
    opener ("A", "O", "W"), or None."""
    j = _LETTER_JUNCTION.match(word)
    return j if j is not None and _opens_sentence(word[j.end() :]) else None


def _figure_junction(word: str) -> regex.Match[str] | None:
    """_FIGURE_JUNCTION's match in ``word`` when the rest is a sentence opener (a
    one-letter one after a year only), or None."""
    j = _FIGURE_JUNCTION.match(word)
    if j is None:
        return None
    rest = word[j.end() :].rstrip(",;:")
    if not _opens_sentence(rest) or (len(rest) == 1 and not _YEAR_FIGURE.fullmatch(j.group())):
        return None
    return j


def _junction(word: str) -> int:
    """Where a title's last word ends inside ``word``, glued to the next block's first
    (see _JUNCTION and the patterns after it), or 0 if it holds no junction."""
    # (A one-letter opener is the word's last letter: tried only then.)
    if word[0].islower():
        j = _JUNCTION.match(word) or (_letter_junction(word) if word[-1].isupper() else None)
    elif word[0].isupper():
        j = _CAP_JUNCTION.match(word) or _opener_junction(word) or (
            _letter_junction(word) if word[-1].isupper() else None)
    elif word[0].isdigit():
        j = _figure_junction(word)
    else:
        j = None
    if j is None and not _JUNCTION_QUOTES.isdisjoint(word):
        j = _QUOTE_JUNCTION.search(word, 1)
    return 0 if j is None else j.end()


def _sentence_follows(text: str, pos: int, end: int) -> bool:
    """Does an article sentence start at ``pos``: does the segment up to ``end`` end as a
    sentence, or does the first sentence after ``pos`` end within the next 400
    characters, in a stop and a capital after three words or more (the segment may end
    in another unit: "… in the square.Read more news from the valley")?"""
    if _ends_as_sentence(text, pos, end):
        return True
    m = _NEXT_STOP.search(text, pos, min(end, pos + 400))
    return m is not None and text.count(" ", pos, m.start()) >= 3


#: A stop run into the capital that opens the next block inside one word ("Landkreis?Kritik",
#: "teurer.Die"), after two lower-case letters: not "U.S.Army" or "St.Louis".
# (The stop first, the look-behind after it: a search skips to the stops.)
_GLUED_STOP = regex.compile(r"[.!?](?<=\p{Ll}\p{Ll}[.!?])[»”\"’)]{0,2}(?=\p{Lu})")


def _glued_stop(word: str) -> regex.Match[str] | None:
    """_GLUED_STOP's match in ``word``, or None; most words are letters only, and a test
    in C says so first."""
    if word.isalnum() or not ("." in word or "?" in word or "!" in word):
        return None
    return _GLUED_STOP.search(word)
#: A sentence end inside flattened text: a stop (and closing quotes) before a capital,
#: with a space or glued ("… dijo. El parque …", "… la plaza.Lee …"); inside one token, a
#: stop glued to the next block ("komen.Deel"), not "U.S.Army" or "St.Louis".
_NEXT_STOP = regex.compile(r"(?<=\p{Ll}\p{Ll})[.!?][»”\"’)]{0,2}[ \t]{0,3}(?=\p{Lu})")


#: A dash that opens a quoted speech in flattened text ("… syksyllä – Halusimme, että …",
#: "… płaci? – Bobry są …"): Finnish, Polish, Hungarian, Russian, Czech, Italian and
#: Spanish set speech so. A title's own dash ("Budżet 2025 – wyniki") has a lower-case
#: word after it, and one before a capital ends the title early at worst: the rest stays.
_DIALOGUE_DASHES = frozenset({"–", "—"})


def _spaceless_run(text: str, word: str, after: int, stop: int) -> bool:
    """Is ``word`` a Japanese or Chinese title that a space parts from the next sentence
    ("相关阅读：清溪古镇老街修缮工程完工 周德明的孙子…"): those scripts put no space
    between words, so in flattened text the space is where the blocks were joined."""
    return (
        not word.isascii() and after + 1 < stop and text[after] == " "
        and _SPACELESS.match(text, after + 1) is not None and _spaceless_title(word)
    )


def _dash_after(text: str, pos: int, stop: int) -> int:
    """``pos``, where a title's last word ends, if a dialogue dash with a capital after
    it follows one space later; -1 if none does."""
    d = pos + 1 if text[pos : pos + 1] == " " else pos
    if d < stop and text[d] in _DIALOGUE_DASHES and _capital_after_space(text, d + 1, stop):
        return pos
    return -1


def _after_dash(text: str, dash: int, ts: int, end: int) -> tuple[str, int]:
    """``("cut", dash)`` where a dialogue dash follows a title's words and an article
    sentence runs from it (see _sentence_follows), else ``("none", ts)``.

    Asked only once no other end of the title is seen: a title holds such a dash too
    ("Wolf reißt Schafe – Halter fordern Entschädigung Nach …"), and there the later
    opener, or the end of the text, ends it.
    """
    if dash >= 0 and _sentence_follows(text, dash, end):
        return "cut", dash
    return "none", ts


def _glued_title(
    text: str, ts: int, end: int, next_units: frozenset[int] = frozenset()
) -> tuple[str, int]:
    """Where a linked title glued into a line ("… Lesen Sie auch: <title> Die Kosten …") ends.

    Titles carry no end mark, so in flattened text their end must be seen another way:

    - ``("whole", end)``: the rest of the segment is one title-length run with no
      sentence end before its last word and no full stop after it (the link and title
      end the text);
    - ``("cut", pos)``: after at least two words of a sentence-case title (one with a
      lower-case word), a capitalised sentence opener ("Die", "The", "Il", "L’…", "По")
      or an opening quote starts the next sentence: the title ends before it;
    - ``("cut", pos)``: the next tail unit (a read-more link or feed trailer, one of
      ``next_units``) starts after at least one word, in any case: the title ends
      before it ("Read More: <Title Case Title> Continue reading… …");
    - ``("cut", pos)``: a link to an address ("Read more: https://… The vote …") has
      that address for its title, and nothing after it;
    - ``("cut", pos)``: a title's last word run into the next block's first (see
      _junction), or a "?" or "!" run into its capital ("… der Landkreis?Kritik kam
      …"), with an article sentence after it: the title ends there;
    - ``("cut", pos)``: where no other end is seen, a dash that opens quoted speech
      (see _DIALOGUE_DASHES and _after_dash: "… syksyllä – Halusimme, että …");
    - ``("none", ts)``: no end is visible (a sentence end comes first, the run is too
      long, the title is Title Case, or a full stop runs into the next block's capital
      with an article sentence after it: "… teurer.Die Kosten …"): only the link words
      go, the rest stays.
    """
    words = 0
    lower_seen = False
    dash = -1  # the first dialogue dash after a sentence-case title's words: see _after_dash
    stop = min(end, ts + 300)
    pos = ts
    prev = ""
    # The segment's last non-space character: a word that ends past it is the last.
    final = _prev_nonspace(text, end, ts)
    for m in _TOKEN.finditer(text, ts, stop):
        w = m.group()
        if not words and final >= m.end() and w.lower().startswith(_URL_STARTS):
            return "cut", m.end()
        if not words and final >= m.end() and _spaceless_run(text, w, m.end(), stop):
            return "cut", m.end()
        # (Inline: most words are letters only, and a test in C says so first.)
        stop_in = None if w.isalnum() else _glued_stop(w)
        if stop_in is not None and _sentence_follows(text, m.start() + stop_in.end(), end):
            # A stop run into the next block's capital ends a block inside the word, and
            # an article sentence follows: "… ist der Landkreis?Kritik kam …". A title
            # may end in "?" or "!", so there it does; it ends in no full stop, so after
            # one ("… teurer.Die Kosten …") where the title ended is not seen. (With no
            # sentence after it, what follows is more titles or links: "… aufhört?Stadt
            # will Flächen schützen" ends a box; the rules below see to them.)
            if words and w[stop_in.start()] in "?!":
                return "cut", m.start() + stop_in.end()
            return _after_dash(text, dash, ts, end)
        # (A four-letter word holds a junction only before a one-letter opener: "luzA".)
        if words and (len(w) > 4 or w[-1] in "«‹" or (len(w) == 4 and w[-1].isupper())):
            j = _junction(w) or _french_quote_junction(text, w, m.end(), stop)
            if j and _sentence_follows(text, m.start() + j, end):
                # "… of roadworksCouncil leader Ann Ray said …": a block ended there,
                # and an article sentence follows. (With none after it, what follows
                # is more titles or links, and the rules below see to them.)
                return "cut", m.start() + j
        # (The first letter is tested inline: most words open no sentence, and the call
        # costs more than the test.)
        if (
            words >= 2 and lower_seen and (w[0].isupper() or w[0] in _OPEN_QUOTES)
            and (_opens_sentence(w) or _french_quote_opens(text, w, m.end(), stop))
            and not _polite_pronoun(w, prev) and not _in_name(w, prev)
        ) or (words and m.start() in next_units):
            if dash >= 0 and prev[-1:] in _DIALOGUE_DASHES:
                return "cut", dash  # "… z Piasecznem – Do tej pory …": the dash is speech's
            q = _prev_nonspace(text, m.start(), ts)
            if text[q] in _OPEN_QUOTES and (text[q - 1].isspace() or text[q] in "«‹"):
                # An opening quote set apart by a space ("« Pour un club …", French
                # style) opens the sentence: it goes with it, not with the title; so
                # does a French one glued to the title's last word ("… dix ans« Le …").
                q = _prev_nonspace(text, q, ts)
            return "cut", q + 1
        if (
            dash < 0 and words >= 2 and lower_seen and w[-1] in _DIALOGUE_DASHES
            and _capital_after_space(text, m.end(), stop)
        ):
            # The dash alone, or glued to the title's last word ("… z Piasecznem– Do …").
            dash = m.end() - 1 if len(w) > 1 else _prev_nonspace(text, m.start(), ts) + 1
        words += 1
        prev = w
        if not lower_seen and words > 1:
            core = w.lstrip(_WORD_OPENERS)
            lower_seen = core[:1].islower() and sum(map(str.isalpha, core)) >= 3
        pos = m.end()
        last = final < pos
        if words > _MAX_TITLE_WORDS or (
            not w.isascii() and _CJK_STOP.search(w, 0, len(w) - 1)
        ):
            return _after_dash(text, dash, ts, end)
        if not last and w.rstrip(CLOSERS).endswith(_ENDS) and not _ordinal(text, w, pos, stop):
            if words >= 2 and w.rstrip(CLOSERS)[-1] in "?!" and dash < 0:
                # A title that asks, then quoted speech: "… kto za nie płaci? – Bobry są …"
                dash = _dash_after(text, pos, stop)
            return _after_dash(text, dash, ts, end)
    tail = text[ts:pos].rstrip(CLOSERS)
    if words and final < pos and not (
        tail.endswith((".", "。")) and not tail.endswith("..")
    ):
        return "whole", end  # a title may end in "?", "!" or "…", not in a full stop
    return _after_dash(text, dash, ts, end)


# German months, which an ordinal date's figure precedes ("zum 1. April").
_MONTH_WORDS = """januar jänner februar märz april mai juni juli august september oktober
    november dezember"""
_MONTHS = frozenset(_MONTH_WORDS.split())
_ORDINAL = re.compile(r"\d{1,2}\.")


def _ordinal(text: str, word: str, after: int, stop: int) -> bool:
    """Is ``word``, a figure with a full stop ("1."), an ordinal in a date ("zum 1.
    April", Danish "den 3. maj"), no sentence's end: does a month or a lower-case word
    follow it (before ``stop``), or a month run into the next block ("zum 1.
    AprilDer …")? A sentence opens with neither."""
    if _ORDINAL.fullmatch(word) is None:
        return False
    nxt = _TOKEN.search(text, after, stop)
    if nxt is None or nxt.start() > after + 3:
        return False
    head = nxt.group().rstrip(",.;:")
    return head[:1].islower() or head.lower() in _MONTHS or _month_glued(head)


def _month_glued(word: str) -> bool:
    """Is ``word`` a month run into the next block's capital ("zum 1. AprilDer
    Seniorenbeirat …", blocks joined by nothing)?"""
    low = word.lower()
    return any(
        low.startswith(m) and len(word) > len(m) and word[len(m)].isupper() for m in _MONTHS
    )


def _french_quote_opens(text: str, word: str, after: int, stop: int) -> bool:
    """Is ``word`` a French opening quote set apart by a space before a capital ("… une
    campagne de piégeage « Les gens imaginent … »"): a quotation opens the next sentence
    there, as a glued "«Les" does."""
    return word in ("«", "‹") and _capital_after_space(text, after, stop)


def _french_quote_junction(text: str, word: str, after: int, stop: int) -> int:
    """Where a title's last word ends inside ``word`` when a French opening quote is glued
    to it with a space and a capital after ("… de piégeage« Les gens …", two blocks joined
    by nothing); 0 if it is no such word."""
    if (len(word) > 1 and word[-1] in "«‹" and word[-2].isalnum()
            and _capital_after_space(text, after, stop)):
        return len(word) - 1
    return 0


def _capital_after_space(text: str, pos: int, stop: int) -> bool:
    """Is ``text[pos]`` one space (a no-break one too) with a capital after it?"""
    return pos + 1 < stop and text[pos] in " \u00a0\u202f" and text[pos + 1].isupper()


def _in_name(word: str, prev: str) -> bool:
    """Is the capitalised article ``word`` part of a name after a name's particle ("… de
    La Rondilla", "… à La Rochelle", "… van De Hoop")? A title does not end in one, so
    no sentence starts after it."""
    return word[:1].isalpha() and prev.lower() in _NAME_PARTICLES


def _polite_pronoun(word: str, prev: str) -> bool:
    """Is ``word`` German's polite "Sie" after a verb ("So erkennen Sie …"), not a
    sentence's "Sie"? After a lower-case word it is: a title or a sentence goes on."""
    return word.rstrip(",;:") == "Sie" and prev[:1].islower()


# Prepositions and articles after which a capitalised word is their object (a name: "on
# Northway", "à Blagnac", "in Limburg"), not the start of a sentence; with _NO_TITLE_END.
_OBJECT_WORD_LIST = """about over under against across through since until during without
    near like via off up upon into onto toward towards ab bis über unter gegen ohne um
    durch wegen trotz naar uit tegen door om tot zonder onder tussen sinds sur sous vers
    chez contre entre sans par avec près sobre sin hacia hasta contra ante bajo su sul
    sulla sui alla al alle della delle degli del dello nello con senza verso contro sem
    até pelo pela pelos pelas ao aos à às em"""
_OBJECT_WORDS = frozenset(_OBJECT_WORD_LIST.split()) | _NO_TITLE_END
# The particles of place and family names: a capitalised article after one is the
# name's ("de La Rondilla", "à La Rochelle", "van De Hoop", "von Der Heide"), see
# _in_name. Not prepositions at large: German and Dutch titles may end in a verb's
# particle ("… keerden recordbedrag uit De motie …").
_NAME_PARTICLES = frozenset({"de", "di", "da", "du", "des", "del", "della", "van", "von", "à"})


# Indefinite and definite articles that open an apposition after a name and a comma
# ("Ellis, a member of …", "Lemaire, un élu de …"). Not German "der", "die", "das": after
# a comma they open a relative clause ("Radwege, die …"), which a title may hold.
_APPOSITION_WORDS = "a an the un une le la una el il lo um uma o een het"
_APPOSITION_ARTICLES = frozenset(_APPOSITION_WORDS.split())


def _title_before_sentence(text: str, ts: int, end: int) -> int | None:
    """Where a read-also title glued before an article sentence ends, when the sentence
    opens with a word no opener list holds ("Lees ook: Horeca blij met verruimde
    openingstijden Omwonenden worden vooraf geïnformeerd."); None if unsure.

    The words up to the first sentence end are the title and then the sentence. The
    sentence starts with a capital, right after the title's last word; in a sentence-case
    title a capital after a lower-case word (or after a name that follows a preposition:
    "… à Blagnac Deux policiers …") is either that start or a name inside the title, so
    the first such capital, after at least three words with more lower-case words than
    capitalised ones, is where the title ends at the latest: a name inside the title
    cuts it short (title words stay), never the sentence. After a preposition or an
    article a capital is its object ("in Limburg"), and a Title Case title shows no end.

    Unsure, so None: when that capital has a preposition or an article after it (a noun
    inside the title as well as a sentence's subject: "neue Radwege in der Innenstadt";
    not a comma and an article: "… callouts Ellis, a member of …" sets a name apart),
    but for a conjunction that joins it to another name ("… qu’ailleurs Léa et Mathis
    Perrault ont …": both open the sentence), when a stop run into a word ends the
    sentence first ("… teurer.Die Kosten …": no end of the title shows),
    and inside a quotation (a title may end in one, "… 'We waren te braaf' Volgende week
    …", but a quoted sentence's words are no title's).
    """
    tokens: list[tuple[int, str]] = []
    stop = min(end, ts + 500)
    for m in _TOKEN.finditer(text, ts, stop):
        w = m.group()
        tokens.append((m.start(), w))
        if w.rstrip(CLOSERS).endswith((".", "!", "?", "…")) and not _ordinal(
                text, w, m.end(), stop):
            break
        if _glued_stop(w) is not None:
            break  # "… teurer.Die Kosten …": a sentence ended inside the word
    else:
        return None  # no sentence end in sight
    lower = upper = 0
    quoted = False
    for i in range(1, min(len(tokens) - 2, _MAX_TITLE_WORDS + 1)):
        raw = tokens[i][1]
        word = raw.lstrip(_WORD_OPENERS + "'")
        if (
            i >= 3 and word[:1].isupper() and lower > upper and not quoted
            and _title_ends_at(tokens, i) and not _polite_pronoun(raw, tokens[i - 1][1])
        ):
            after = tokens[i + 1][1].lower()
            # (A comma and an article after the capital: "… callouts Ellis, a member of
            # …" sets a name apart, no noun with its object.)
            if after in _OBJECT_WORDS and not (
                raw.endswith(",") and after in _APPOSITION_ARTICLES
            ) and not (
                # "… plus vite qu’ailleurs Léa et Mathis Perrault ont …": two names
                # joined open the sentence, as one does.
                after in _CONJUNCTIONS and tokens[i + 2][1][:1].isupper()
            ):
                return None
            return _sentence_start(text, ts, tokens[i][0])
        if raw[:1] in _OPEN_QUOTES + "'" and raw[1:2].isupper():
            quoted = True  # "'We …", "“Que …": open until a word closes it
        if quoted and raw.rstrip(",;:")[-1:] in "\"'”’»“":
            quoted = False
        if word[:1].isupper():
            upper += 1
        elif word[:1].islower() and sum(map(str.isalpha, word)) >= 3:
            lower += 1
    return None


def _title_ends_at(tokens: list[tuple[int, str]], i: int) -> bool:
    """May the title end before word ``i`` (a capital), by the word before it?"""
    prev = tokens[i - 1][1]
    if prev.endswith((",", ";", ":")) or not prev[:1].isalnum():
        return False  # a title goes on after a colon; a dash or a quote mark is no word
    if prev[:1].isupper():
        # A one-word name after a preposition ends the title: "… à Blagnac | Deux …";
        # after a conjunction it is a name's second ("Léa et Mathis Perrault").
        before = tokens[i - 2][1].lower()
        return before in _OBJECT_WORDS and before not in _CONJUNCTIONS and i >= 3
    return prev.lower().rstrip(CLOSERS) not in _OBJECT_WORDS


def _sentence_start(text: str, ts: int, word: int) -> int:
    """Where the sentence whose first word starts at ``word`` starts, with the dash
    that opens a quotation in Swedish, Danish, Norwegian and Finnish glued to the
    title's last word before it ("… i Västerby– Vi har …", blocks joined by nothing):
    the end of the word before it."""
    q = _prev_nonspace(text, word, ts)
    if text[q] in "–—" and q < word - 1 and q > ts and text[q - 1].isalnum():
        q -= 1
    return q + 1


_SENTENCE_END = ".!?…»”\"’)]。！？"


def _ends_sentence(text: str, q: int) -> bool:
    """Does a sentence end at ``text[q]``: a sentence's end mark, or a German closing
    quote (“ ‘, which open a quotation elsewhere) right after a stop ("… nicht.“")?"""
    ch = text[q]
    return ch in _SENTENCE_END or (ch in "“‘" and q > 0 and text[q - 1] in ".!?…")


def _line_start_lead(
    text: str, h: int, start: int, le: int, link_sep: regex.Pattern[str]
) -> int | None:
    """Where a link with a marked separator at a line start ends, with as much title as
    is visible, when an article sentence follows in its line (see _runs_on); None when
    the paragraph rule holds (the tail peel takes the line whole, or refuses it)."""
    m = link_sep.match(text, h, le)
    if m is None or not _marked(m.group("sep")):
        return None
    if _dialogue(text, m):
        return None
    if not _ends_as_sentence(text, m.end(), le):
        return None
    seen = _seen_end(text, m.end(), le)  # what _runs_on does past its own check
    if seen is not None:
        return seen
    # No title end is visible, and the line ends as a sentence does: it may be one, so
    # only the link words go ("Read more: Council Backs Budget Smith said the vote was
    # close." keeps the rest).
    return _prev_nonspace(text, m.end(), start) + 1


def _dialogue(text: str, m: regex.Match[str]) -> bool:
    """Is the link ``m`` (a ``link_sep`` match) a quotation set off by dashes, with the
    verb of saying in lower case after it ("– Ezt olvasta már? – kérdezte …", as
    Hungarian, Finnish and Swedish write dialogue), no link and title?"""
    return _is_lower(text[m.end()]) and any(c in "–—" for c in m.group("sep"))


def _marked(sep: str) -> bool:
    """Is a link's separator a mark ("Lesen Sie auch:", "Lees ook |"), not only spaces?"""
    return any(c in sep for c in _MARKS)


def _runs_on(text: str, ts: int, end: int) -> int | None:
    """Where the linked title of a link at a line start ends, when an article sentence
    follows it in the same line ("Lees ook: <title> De gemeenteraad heeft … goedgekeurd.",
    a news API's flattened description); None if the line may be all title.

    The title ends where _glued_title sees its end (a sentence opener after a
    sentence-case run), and what follows must end as a sentence does: then the line is
    not one unit, and only the link and its title go.
    """
    if not _ends_as_sentence(text, ts, end):
        return None  # checked first: most title lines do not, and _glued_title costs
    kind, te = _glued_title(text, ts, end)
    return te if kind == "cut" else None


def _ends_as_sentence(text: str, ts: int, end: int) -> bool:
    """Does ``text[ts:end]`` end as a sentence does, in a full stop, "!" or "?" (closing
    quotes and brackets aside; not in "..", "…"), after a word (a lone "." is none)?
    Read back from ``end``, not sliced."""
    q = _prev_nonspace(text, end, ts)
    while q >= ts and text[q] in CLOSERS:
        q -= 1
    if q < ts or text[q] not in ".!?。！？":
        return False
    if text[q] == "." and q > ts and text[q - 1] == ".":
        return False
    while q > ts and not text[q - 1].isalnum():
        q -= 1
    return q > ts


# A first rank, "1." or "1)", as a word of its own: _ranked_box reads ranks as whole
# tokens, so a line without one ("2021.", "$1.2bn") holds no ranked box.
_FIRST_RANK = re.compile(r"(?<!\w)1[.)](?!\S)")


def _ranked_leads(
    text: str, hits: list[int], ls: int, le: int, book: _Book
) -> list[tuple[int, int]]:
    """Most-read headings glued at a line start or after a sentence end with their ranked
    box ("… Association.Most Read 1. <title> 2. <title> …", see _ranked_box): the ranks
    show the box and its items where _glued_leads sees one title at most. Only a line
    with a first rank ("1." or "1)") in it is tried."""
    if book.link_sep is None or _FIRST_RANK.search(text, ls, le) is None:
        return []
    out: list[tuple[int, int]] = []
    for h in hits:
        start = _decorated_start(text, h, ls)
        q = _prev_nonspace(text, start, ls)
        if q >= 0 and not _starts_unit(text, start, ls, h):
            continue
        m = book.link_sep.match(text, h, le)
        if (
            m is None or not text[m.end() : m.end() + 1].isdigit()
            or _heading_key(m.group("link")) not in book.list_heads
        ):
            continue
        te = _ranked_box(text, m.end(), le)
        # After no sentence end (widget debris: "… Nieuwste eerst Meest gelezen 1. <title>
        # 2. <title>"), only a box whose ranked items run to the end of the text.
        if te is not None and (q < 0 or _ends_sentence(text, q) or (
                te == le and _prev_nonspace(text, len(text), le) < 0)):
            out.append((start, te))
    return out


def _glued_leads(
    text: str, hits: list[int], ls: int, le: int, book: _Book
) -> list[tuple[int, int]]:
    """Read-also links glued after a sentence inside a line, with as much title as is visible.

    A link at the start of a line keeps the paragraph rule (its title runs to the line
    end), unless an article sentence visibly follows its title in the line (see
    _runs_on); here the link follows a sentence end in the same line, and _glued_title
    decides how much of what follows is its title.
    """
    if book.link_sep is None:
        return []
    out: list[tuple[int, int]] = []
    cut_ends: set[int] = set()  # where a title cut before the next unit ends
    for h in hits:
        start = _decorated_start(text, h, ls)
        q = _prev_nonspace(text, start, ls)
        if q < 0:
            te = _line_start_lead(text, h, start, le, book.link_sep)
            if te is not None:
                out.append((start, te))
                cut_ends.add(te)
            continue
        if not _starts_unit(text, start, ls, h):
            continue
        # After a title that ends where this unit starts, the unit stands as after a sentence.
        ended = _ends_sentence(text, q) or q + 1 in cut_ends
        # Or after a headline or a label, which carry no full stop (see _after_title):
        # then only a link in its usual case, and only its words go.
        titled = not ended and _after_title(text, ls, start)
        d = _closing_decor(text, h, le, book)
        if d is not None and (ended or (titled and _usual_case(d.group("link")))):
            # "… until dawn. Continue reading… Officials said …": the mark ends the link.
            w = _TOKEN.search(text, d.end(), le)
            if w is not None and w.group()[:1].isupper():
                out.append((start, _box_end(text, d, le, book)))
            continue
        m = book.link_sep.match(text, h, le)
        if m is None or _dialogue(text, m):
            continue
        marked = _marked(m.group("sep"))
        if not marked and not (ended or (titled and _usual_case(m.group("link")))):
            # A bare link inside a sentence is prose ("Lesen Sie auch:" is not), unless
            # a card's title runs to it from a full stop ("… cut. <title> Read more …").
            out.extend(_title_before_link(text, (ls, le), start, m))
            continue
        ts = m.end()
        if (not marked or not (ended or titled)) and _is_lower(text[ts]):
            # "… said. Read on the way home" is prose, and so is a marked link inside a
            # sentence that goes on ("un clic sur « Lire la suite » suffisait").
            continue
        if titled and not marked:
            # A bare link after a headline: no title after it is taken, only its words go.
            if _sentence_after(text, start, ts, le, m.group("link")):
                out.append((start, m.end("link")))
            continue
        nexts = frozenset(
            k for k in hits[bisect.bisect_right(hits, ts) :] if k < ts + 300
            and _next_unit_at(text, k, ls, le, book)
        )
        kind, te = _glued_box_title(
            text, ts, le, nexts, link=m.group("link"), sep=m.group("sep"), book=book
        )
        if kind == "whole":
            continue  # the tail peel takes it (or it is prose the tail rules refused)
        if kind == "none":
            kind, te = _read_also_end(
                text, ts, le, m.group("link"), marked=marked, book=book
            )
        if kind == "cut":
            out.append((start, te))
            cut_ends.add(te)
            continue
        # No visible end: the link words go alone, with a marked separator; an unmarked
        # link only when a sentence plainly starts after it ("Lire la suite L’article …").
        if marked:
            out.append((start, _prev_nonspace(text, ts, start) + 1))
        elif _sentence_after(text, start, ts, le, m.group("link")):
            out.append((start, m.end("link")))
    return out


def _dotted_leads(
    text: str, hits: list[int], ls: int, le: int, book: _Book
) -> list[tuple[int, int]]:
    """Read-also headings with a full stop for a separator after a sentence inside a line
    (see _dotted_heading), each with its title as far as it is seen."""
    out: list[tuple[int, int]] = []
    for h in hits:
        start = _decorated_start(text, h, ls)
        q = _prev_nonspace(text, start, ls)
        if q < 0 or not _ends_sentence(text, q) or not _starts_unit(text, start, ls, h):
            continue
        dotted = _dotted_heading(text, h, le, book)
        if dotted is not None:
            out.append((start, _dotted_title_end(text, dotted, hits, (ls, le), book)))
    return out


def _dotted_heading(text: str, h: int, le: int, book: _Book) -> tuple[str, int] | None:
    """A read-also heading (``{list}``) at ``h`` with a full stop for its separator, as a
    flattened box's heading gets one ("… vier meter. Lees ook. Vlaamse ingenieurs …",
    glued "meter.Lees ook.Vlaamse …"): its link words and where its title starts, or None.

    Only a heading that announces other stories, and only before a capital: "Lees
    verder." is a link of its own, and a bare "See also." a sentence's end.
    """
    dot = text.find(".", h, min(le, h + 60))
    if dot < 0 or book.link_end is None:
        return None
    ts = dot + 2 if text[dot + 1 : dot + 2] == " " else dot + 1
    if ts >= le or not text[ts].isupper():
        return None
    m = book.link_end.match(text, h, dot + 1)
    if m is None or _heading_key(m.group("link")) not in book.list_heads:
        return None
    return m.group("link"), ts


def _dotted_title_end(
    text: str, dotted: tuple[str, int], hits: list[int], line: tuple[int, int], book: _Book
) -> int:
    """Where a dotted heading's unit ends (see _dotted_heading): after its title, where
    _glued_title sees it end, or after the heading's full stop when it does not."""
    link, ts = dotted
    ls, le = line
    nexts = frozenset(
        k for k in hits[bisect.bisect_right(hits, ts) :] if k < ts + 300
        and _next_unit_at(text, k, ls, le, book)
    )
    kind, te = _glued_box_title(text, ts, le, nexts, link=link, sep=". ", book=book)
    if kind == "none":
        kind, te = _read_also_end(text, ts, le, link, marked=True, book=book)
    if kind == "whole":
        return le
    return te if kind == "cut" else _prev_nonspace(text, ts, 0) + 1


#: A rank of a ranked box's item, a word of its own ("1.", "2)").
_RANK_WORD = re.compile(r"\d{1,2}[.)]")
_MAX_BOX_WORDS = 45  # a flattened box's further titles: two or three, with a label
_PROSE_ENDS = tuple(e for e in _ENDS if e not in "!?！？")  # what no title ends in


def _more_titles(text: str, te: int, le: int) -> int:
    """Where a flattened related-links box ends whose first title ends at ``te``: the end
    of the text, if what is left of it after ``te`` is short and ends no sentence (the
    box's further titles: "… Te puede interesar <title> <title>", "Sur le même sujet
    <title> <title> Voir tous les articles"), else ``te``.

    A box heading marked ``{list}`` heads several titles, and a flattened text keeps no
    line between them; the first title's end is seen (a sentence opener), the others'
    are not. Article prose ends in a full stop: a rest with a full stop or an ellipsis
    in it (before a space or at the end, or glued to the next block's capital after a
    lower-case word: "… te komen.Deel dit artikel …") stays, and so does one within a
    line that more text follows. A title may end in "?" or "!" ("Mehr zum Thema: Wer
    übernimmt, wenn der Chef aufhört? Stadt will …"): with no full stop in the rest,
    they end titles. Titles glued to more titles ("… betaalbaar maakteNieuwe regels
    voor …") hold no stop, and go.
    """
    if te >= le or _prev_nonspace(text, len(text), le) >= 0:
        return te
    for words, m in enumerate(_TOKEN.finditer(text, te, le), 1):
        if words > _MAX_BOX_WORDS:
            return te
        w = m.group()
        if _RANK_WORD.fullmatch(w):
            continue  # "Lo más leído 1. <title> 2. <title>": a box's ranks
        if w.rstrip(CLOSERS).endswith(_PROSE_ENDS) or (
            # A stop inside a word: a sentence glued to what follows it (a share
            # widget, more debris) shows the rest is prose, not a box's titles.
            len(w) > 3 and _NEXT_STOP.search(w) is not None
        ):
            return te
    return le






def _ranked_box(text: str, ts: int, le: int) -> int | None:
    """Where a ranked box glued after its heading ends ("… Association.Most Read 1.
    <title> 2. <title> 3. <title> Councillor Smith said …", "Meest gelezen 1. <title>
    2. <title>"); None unless it is one.

    The ranks are the box's own marks: "1." (or "1)") right after the heading, then
    "2.", "3." … in order, each item a short run with no sentence end, two items at
    least. The last item's end is seen as a read-also title's is (see _glued_title and
    _title_before_sentence), or it runs to the end of the line; unseen, only the heading
    and the items before the last go, and the last one stays with what follows it.
    """
    rank = 1
    item = ts  # where the current item's rank starts
    title = ts  # where its title starts
    words = 0
    for m in _TOKEN.finditer(text, ts, min(le, ts + _MAX_LIST * 300)):
        w = m.group()
        if w in (f"{rank}.", f"{rank})") and (rank == 1 or words):
            if rank == 1 and m.start() != ts:
                return None
            if rank > _MAX_LIST:
                break
            rank, item, title, words = rank + 1, m.start(), m.end(), 0
            continue
        if rank == 1:
            return None  # no "1." after the heading: no ranked box
        words += 1
        if words > _MAX_TITLE_WORDS or w.rstrip(CLOSERS).endswith(_ENDS):
            break  # the last item runs into a sentence
    else:
        if rank > 2 and words and (le <= ts + _MAX_LIST * 300) and words <= _MAX_TITLE_WORDS:
            return le  # the last item ends the line
    if rank <= 2:
        return None  # one item ranked "1." is no box: a list in a sentence may start so
    seen = _seen_end(text, title, le)
    return seen if seen is not None else _prev_nonspace(text, item, ts) + 1


_GLUED_BOX_REACH = 3000  # a glued ranked box: its heading and ten items
#: A rank that opens an item of a ranked box, run into the last word of the item before
#: ("… spelling bee2. Bridge closure …"), with the item's first letter (or quote) after it.
_RANK_MARK = re.compile(r"(\d{1,2})[.)][ \t]?(?=[\"“„«‘']?[^\W\d_])")


def _glued_ranked_tail(
    text: str, hits: list[int], ls: int, tail_end: int, book: _Book
) -> list[tuple[int, int]]:
    """A most-read box whose lines were joined by nothing, ending the text ("…
    October.Most Read1. Two injured in crash2. Dale High names new coach3. …", its
    heading glued to whatever came before it too: "… Budget 2025Most Read1. …"); empty if
    there is none.

    A heading the packs mark ``{list}`` right before "1." (no separator: the heading's
    block ended there), then items ranked from 1 in order, each rank run into the last
    word of the item before it (see _glued_ranks), the last item ending the text
    (``tail_end``: once the units after it go). The ranks make the box: a heading's
    words in an article have no run of ranked titles after them to the end of the text.
    """
    if book.link_end is None or text.find("1", max(ls, tail_end - _GLUED_BOX_REACH)) < 0:
        return []
    for h in reversed(hits):
        if h < tail_end - _GLUED_BOX_REACH:
            break
        for rank in ("1.", "1)"):
            p = text.find(rank, h, min(tail_end, h + 80))
            if p < 0:
                continue
            m = book.link_end.match(text, h, p)
            if (
                m is not None and m.group("dash") is None
                and _heading_key(m.group("link")) in book.list_heads
                and _glued_ranks(text, p, tail_end)
            ):
                return [(_decorated_start(text, h, ls), tail_end)]
    return []


def _glued_ranks(text: str, ts: int, end: int) -> bool:
    """Do ranked items run from ``ts`` ("1. <title>2. <title>…") to ``end``, each rank
    the next number after the one before (looked for as text, run into the last word
    before it: "… bee2. Bridge …", "… on Highway 122. Dale …"), each item a title (see
    _glued_item), two items at least?"""
    m = _RANK_MARK.match(text, ts, end)
    if m is None or m.group(1) != "1":
        return False
    rank = 1
    start = m.end()  # where the current item's title starts
    while True:
        nxt = None
        for k in _RANK_MARK.finditer(text, start, min(end, start + 300)):
            if k.group(1) == str(rank + 1) or k.group(1).endswith(str(rank + 1)):
                nxt = k
                break
        if nxt is None:
            # The last item runs to the end of the text.
            return rank >= 2 and _glued_item(text, start, end, last=True)
        # A rank's figure may end the item's own figure ("Highway 12" + "2."): the item
        # ends before the rank's last digits.
        cut = nxt.end(1) - len(str(rank + 1))
        if rank >= _MAX_LIST or not _glued_item(text, start, cut, last=False):
            return False
        rank += 1
        start = nxt.end()


def _glued_item(text: str, s: int, e: int, *, last: bool) -> bool:
    """Is ``text[s:e]`` one item of a ranked box: a title of at most _MAX_TITLE_WORDS words
    with no sentence end inside (spaced or run into a capital) and, as the last one, no
    full stop at its end?"""
    words = text[s:e].split()
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    if any(w.rstrip(CLOSERS).endswith(_ENDS) for w in words[:-1]):
        return False
    if any(_NEXT_STOP.search(w) is not None for w in words):
        return False
    tail = words[-1].rstrip(CLOSERS)
    return not (last and tail.endswith((".", "…")))


def _seen_end(text: str, ts: int, le: int) -> int | None:
    """Where a title starting at ``ts`` visibly ends: glued to the next sentence
    (``_glued_title``) or before a sentence no opener list holds the first word of
    (``_title_before_sentence``); None if neither shows it."""
    kind, te = _glued_title(text, ts, le)
    return te if kind == "cut" else _title_before_sentence(text, ts, le)


#: The marks that lead each title of a related-links box ("Sur le même sujet › <title> ›
#: <title>"): not ":" or "-", which titles hold ("Bac 2026 : les dates …"), nor "»" or "|",
#: which close a quotation or part a byline in article text.
_ITEM_MARKS = "›•·▸►▶→"


def _title_item(words: list[str]) -> bool:
    """Whether the words of one item of a marked box read as a title: title-length, no
    sentence mark before the last word, no full stop after it."""
    return bool(words) and len(words) <= _MAX_TITLE_WORDS and not any(
        w.rstrip(CLOSERS).endswith(_ENDS) for w in words[:-1]
    ) and not words[-1].rstrip(CLOSERS).endswith(".")


def _marked_items(text: str, ts: int, le: int, mark: str) -> int | None:
    """Where a flattened box of titles, each led by ``mark`` (the mark after its heading:
    "Sur le même sujet › <title> › <title> › <title>"), ends; None unless it is one.

    The mark recurs before each further title, so every title but the last shows its
    end; each is title-length and ends no sentence. The last runs to the end of the text
    when it is title-length and ends in no full stop, or to its seen end (see
    _seen_end); unseen, it stays with the article text after it, and the box ends at its
    mark. A run with no second mark, or an item that ends a sentence, is no box.
    """
    marks: list[int] = []
    pos = text.find(mark, ts, le)
    while pos >= 0 and len(marks) < _MAX_LIST:
        marks.append(pos)
        pos = text.find(mark, pos + 1, le)
    if not marks:
        return None
    for s, e in zip([ts, *(m + 1 for m in marks[:-1])], marks, strict=True):
        if not _title_item(_TOKEN.findall(text, s, e)):
            return None
    last = marks[-1] + 1
    rest = _TOKEN.findall(text, last, le)
    if _title_item(rest) and _prev_nonspace(text, len(text), le) < 0:
        return le
    seen = _seen_end(text, _prev_nonspace(text, last, 0) + 1, le) if rest else None
    return seen if seen is not None else _prev_nonspace(text, marks[-1], ts) + 1


def _closing_decor(text: str, h: int, le: int, book: _Book) -> regex.Match[str] | None:
    """The link at ``h`` with the mark that closes it ("Continue reading…", "Read more
    »"), or None; None too where the mark is an arrow that leads a read-also title
    ("… pollinisateurs. Lire aussi → <title> « Les gens … »"), which is read as after a
    colon."""
    d = None if book.link_decor is None else book.link_decor.match(text, h, le)
    return None if d is None or _arrow_leads_title(text, d, book) else d


def _arrow_leads_title(text: str, d: regex.Match[str], book: _Book) -> bool:
    """Whether the arrow after a read-also link (a heading the packs mark ``{list}``)
    leads its linked title ("Lire aussi → <title>", "Lesen Sie auch › <title>") rather
    than closing the link as it closes "Continue reading →": the title is then read as
    after any mark (_glued_box_title sees where it ends, and titles each led by the
    mark)."""
    return (text[d.end() - 1] in "→›»"
            and _heading_key(d.group("link")) in book.list_heads)


def _box_end(text: str, d: regex.Match[str], le: int, book: _Book) -> int:
    """Where a link that ends in a mark ends: after its mark, or, when it heads a box
    ({list}) and the mark is one that leads titles ("Sur le même sujet › <title> ›
    <title>"), after the titles it leads (see _marked_items)."""
    mark = text[d.start("link") : d.end()].rstrip()[-1:]
    if mark in _ITEM_MARKS and _heading_key(d.group("link")) in book.list_heads:
        end = _marked_items(text, d.end(), le, mark)
        if end is not None:
            return end
    return d.end()


def _glued_box_title(
    text: str, ts: int, le: int, nexts: frozenset[int], *, link: str, sep: str, book: _Book
) -> tuple[str, int]:
    """_glued_title's end of the title after ``link``, and after a box heading marked
    ``{list}`` the end of the box's further titles (see _more_titles, and _marked_items
    for titles each led by the heading's mark)."""
    mark = sep.strip()[:1]
    if mark and mark in _ITEM_MARKS and _heading_key(link) in book.list_heads:
        end = _marked_items(text, ts, le, mark)
        if end is not None and end > ts:
            return "cut", end
    kind, te = _glued_title(text, ts, le, nexts)
    if kind == "none":
        # A kicker's full stop is its title's ("Czytaj także: Bobry w Podlaskiem. Ile
        # szkód …?"): the title after it is read, and the unit still starts at the link.
        kick = _KICKER.match(text, ts, le)
        if kick is not None:
            kind, te = _glued_title(text, kick.end(), le, nexts)
            if kind == "whole":
                kind, te = "cut", le
            elif kind == "none":
                te = ts
    if kind == "cut" and _heading_key(link) in book.list_heads:
        te = _more_titles(text, te, le)
    return kind, te


def _read_also_end(
    text: str, ts: int, le: int, link: str, *, marked: bool, book: _Book
) -> tuple[str, int]:
    """``("cut", end)`` where the title after a read-also link ends before a sentence
    that opens with a word no opener list holds (see _title_before_sentence), else
    ``("none", ts)``; ``("cut", le)`` where titles too many for one run to the end of the
    text. A read-also link (with a separator, or a heading the packs mark ``{list}``)
    has a title after it; a bare "Read more" may have the article go on."""
    if marked or _heading_key(link) in book.list_heads:
        end = _title_before_sentence(text, ts, le)
        if end is not None:
            return "cut", end
        # "… miércoles. Seguir leyendo: <title> <title>", "… omgeving. Meest gelezen
        # <title> <title> <title>": more words than one title has, to the end of the
        # text and ending no sentence, are a box's titles (see _more_titles).
        # (A Spanish title that asks opens with "¿": "Más noticias ¿Cuándo empieza …?";
        # a kicker's full stop is its title's: "Czytaj więcej: Gmina Lipno. Nowy most …")
        first = text[ts + 1 : ts + 2] if text[ts] in "¿¡" else text[ts]
        kick = _KICKER.match(text, ts, le)
        if (first.isupper() or first.isdigit()) and _more_titles(
            text, ts if kick is None else kick.end(), le
        ) == le:
            return "cut", le
    return "none", ts


def _usual_case(link: str) -> bool:
    """Is ``link`` written as a widget writes it: its first word capitalised, the rest of
    that word in lower case, and not every word capitalised ("Читать далее", "Weiterlesen",
    "Lesen Sie auch"; not "Read More", a name's words, or "WEITERLESEN")?  Caseless
    scripts ("続きを読む") pass."""
    words = link.split()
    if not words or _is_lower(words[0][:1]) or any(c.isupper() for c in words[0][1:]):
        return False
    if len(words) > 1 and " ".join(words) in _TITLE_CASE_LINKS:
        return True
    return len(words) == 1 or not all(w[:1].isupper() for w in words)


#: Links that widgets print in Title Case, as no headline or name uses their words:
#: Hürriyet's and Milliyet's "Haberin Devamı" ("the rest of the story") between the
#: paragraphs of a story.
_TITLE_CASE_LINKS = frozenset({"Haberin Devamı"})


# Links whose words also open an article clause with its subject or object after them,
# capitalised when it is a name, a nationality or a German noun: "Mehr lesen Frauen als
# Männer", "Verder lezen Nederlanders minder", "Подробнее Минфин расскажет завтра", "Read
# on Monday". Before a capitalised word they go only when it is a sentence opener.
_CLAUSE_LINKS = frozenset({
    "mehr lesen", "weiter lesen", "lesen sie mehr", "lesen sie auch", "lesen sie weiter",
    "lesen sie hier", "lesen sie dazu auch", "lesen sie hier mehr", "mehr lesen sie hier",
    "artikel lesen", "meer lezen", "verder lezen", "lees meer", "lees ook", "подробнее",
    "читайте подробнее", "read on", "read next",
    # Their object is a topic or a title: "Mehr zum Thema Klimaschutz wollte sie nicht sagen".
    "mehr zum thema", "lesen sie dazu", "zie ook", "te recomendamos", "sur le même sujet",
})


def _after_title(text: str, ls: int, start: int) -> bool:
    """Does a link at ``start`` follow a headline or a label rather than a sentence?

    A flattened text's headline keeps no full stop ("Câmara aprova novo plano de
    transportes Continuar a ler A Câmara …"), and neither does an ad label between two
    sentences ("… fertig sein. Anzeige Weiterlesen Die Kosten …"): a capitalised run of at
    most ``_MAX_TITLE_WORDS`` words with no sentence end, from the line start, or one
    capitalised word right after a sentence end. A longer run after a sentence end may be
    the start of an article sentence ("Lust aufs Weiterlesen …"): it does not count, and
    neither does a run that ends in an article, a preposition or a conjunction.
    """
    pos = start
    words = 0
    run = start  # where the run's first word starts
    for _ in range(_MAX_TITLE_WORDS + 1):
        q = _prev_nonspace(text, pos, ls)
        if q < 0:
            break  # the line starts the run: a headline
        w = q
        while w > ls and q - w < 80 and not text[w - 1].isspace():
            w -= 1
        if q - w >= 80:
            return False  # no word is that long
        if not words and text[w : q + 1].lower() in _NO_TITLE_END:
            return False  # "… das Weiterlesen": the link's words belong to the run
        if words and text[w : q + 1].rstrip(CLOSERS).endswith(_ENDS):
            if words > 1:
                return False  # a sentence's start, or a title nothing shows the end of
            break
        words += 1
        run = w
        pos = w
    else:
        return False  # longer than a title
    first = text[run : run + 2].lstrip(_WORD_OPENERS)[:1]
    return words > 0 and first.isupper()


# Words a card's title does not open with: prepositions and conjunctions, which open
# credits and clauses ("With Post wires", "And agencies", "Mit Material von dpa").
_LEAD_WORDS = frozenset(_LINK_WORDS.split()) | frozenset(_OBJECT_WORD_LIST.split()) | {
    "mit", "com", "met",
}


def _title_before_link(
    text: str, line: tuple[int, int], start: int, m: regex.Match[str]
) -> list[tuple[int, int]]:
    """A related-article card flattened between two sentences: its title, then a bare
    link in its usual case, then the next article sentence ("… a real-terms pay cut.
    Rail fares to rise by 4.9% in England, government confirms Read more Operators said
    …"). Its line held "<title> Read more", one unit; flattened, the title runs from the
    sentence end before it to the link. ``m`` is the link's match (``link_sep``, a
    bare link: no mark after it). Returns the span of title and link, or nothing.

    Taken only when all show a card: the link is "Read more" as widgets write it (see
    _usual_case), not a clause's words (``_CLAUSE_LINKS``), a sentence plainly starts
    after it (see _sentence_after) or the line ends there; and the run before it is a
    title (see _card_title). Left alone: the same run at the line start (a headline:
    _after_title keeps it), a link inside a sentence ("… urged readers to Read more
    widely"), and a run that is a sentence ("The vote was close.").
    """
    ls, le = line
    link = m.group("link")
    if not _usual_case(link) or " ".join(link.lower().split()) in _CLAUSE_LINKS:
        return []
    ts = m.end()
    if _prev_nonspace(text, le, ts) >= ts and not _sentence_after(text, start, ts, le, link):
        return []
    run = _card_title(text, ls, start)
    return [] if run is None else [(run, m.end("link"))]


def _card_title(text: str, ls: int, start: int) -> int | None:
    """Where the title of a card whose link starts at ``start`` starts (see
    _title_before_link), or None when the run of words before the link is no title.

    A title here is four to ``_MAX_TITLE_WORDS`` words after a full stop in the same
    line (a "?" or "!" may be the title's own), opening with a capital but not with a
    preposition or a conjunction, holding no bracket (a source, a character count), no
    sentence end of its own (see _title_like), and not ending in an article, a
    preposition or a conjunction.
    """
    # The run: words back from the link to the word that ends a sentence.
    pos = start
    words = 0
    run = start
    for _ in range(_MAX_TITLE_WORDS + 1):
        q = _prev_nonspace(text, pos, ls)
        if q < 0:
            return None  # the line starts the run: a headline, not a card
        w = q
        while w > ls and q - w < 80 and not text[w - 1].isspace():
            w -= 1
        word = text[w : q + 1]
        bare = word.rstrip(CLOSERS)
        if words and bare.endswith((".", "!", "?", "。", "！", "？")):
            # A full stop ends the sentence before the card; a "?" or "!" may be the
            # title's own ("Why Can't She Sing? It's Complicated Read more").
            if not bare.endswith((".", "。")) or bare.endswith(".."):
                return None
            break
        if q - w >= 80 or (not words and word.lower() in _NO_TITLE_END):
            return None
        words += 1
        run = w
        pos = w
    else:
        return None  # longer than a title
    # A title in a cased script opens with a capital: an embed's "#tag — …", a
    # bracketed credit "(Reporting by …)" or a byline in a caseless script before the
    # link is no card's; nor is a run that opens with a preposition or a conjunction,
    # as a credit does ("With Post wires", "And agencies") and a title seldom does.
    first = text[run : text.find(" ", run, start)].rstrip(",;:").lower()
    if words < 4 or not text[run].isupper() or first in _LEAD_WORDS:
        return None
    if "[" in text[run:start]:
        return None  # a bracketed source or credit ("[ Bloomberg ]", "[+420 chars]")
    return run if _title_like(text, run, start) else None


def _sentence_after(text: str, start: int, ts: int, le: int, link: str) -> bool:
    """Does a sentence plainly start at ``ts``, after a bare link that follows a sentence
    end or a headline ("… olimpiade. Читать далее Команда школьников …")?

    A capitalised sentence opener ("Die", "The", "Il", "L’…", "По") or opening quote
    shows one, and so does a capital the link's last word runs into (blocks joined
    by nothing: "… açıldı.Haberin DevamıKöy muhtarı …"). After a link in its usual
    case (see _usual_case), so does any other capitalised word, unless a comma follows
    it ("Read on Monday, the statement …": the link's words open the sentence) or a
    second capitalised word that is no opener (a name: "Читать далее Игорь Смирнов …").
    After a link in a caseless script ("続きを読む"), a word in one too: the space
    between them is the widget's. Never after an opening quote (a quotation's words),
    nor, but for an opener, after a link whose words also open an article clause
    (``_CLAUSE_LINKS``).
    """
    w = _TOKEN.match(text, ts, le)
    if w is None:
        return False
    word = w.group()
    if text[start] in _OPEN_QUOTES or (start > 0 and text[start - 1] in _OPEN_QUOTES):
        return False  # "“Read more British authors,” she said": a quotation's words
    if _opens_sentence(word):
        return True
    if ts > start and _is_lower(text[ts - 1]) and word[:1].isupper():
        # Run into the next word's capital ("… açıldı.Haberin DevamıKöy muhtarı …"): the
        # link is a block of its own, joined to the next by nothing; no word goes on so.
        return True
    if not _usual_case(link) or " ".join(link.lower().split()) in _CLAUSE_LINKS:
        return False
    head = word.lstrip(_WORD_OPENERS)[:1]
    if not head.isupper():
        return bool(head) and head.isalpha() and not head.islower() and not any(
            c.isupper() or c.islower() for c in link
        )
    if word.rstrip(CLOSERS).endswith((",", ";", ":")):
        return False
    # "Anzeige Die Kosten …": a label, then a sentence; a capitalised opener is no name's.
    nxt = _TOKEN.search(text, w.end(), le)
    return nxt is None or not nxt.group()[:1].isupper() or _opens_sentence(nxt.group())


def _next_unit_at(text: str, k: int, ls: int, le: int, book: _Book) -> bool:
    """Does a tail unit this cleaner knows start at hit ``k``, ending a linked title before it?

    A read-more link with a closing mark ("Continue reading…") or a separator ("Lesen Sie
    auch: …"), a bare link before a capital or at the line end ("Lees verder"), or a
    closed feed trailer ("The post … appeared first on …"). A link whose words close a
    Title Case headline ("… Why Children Should Read More") is the headline's, and a bare
    link in Title Case may be a name ("the Read More Books campaign").
    """
    start = _decorated_start(text, k, ls)
    if not _starts_unit(text, start, ls, k):
        return False
    if book.closed is not None:
        f = book.closed.match(text, k, min(le, k + _MAX_FRAME))
        if f is not None and _site_ok(f):
            return True
    if book.link_decor is not None and book.link_decor.match(text, k, le) is not None:
        return True
    m = None if book.link_sep is None else book.link_sep.match(text, k, le)
    if m is None:
        m = None if book.link_end is None else book.link_end.match(text, k, le)
        return m is not None and m.group("dash") is None and not _in_headline(
            text, start, ls, m
        )
    if _marked(m.group("sep")):
        return True
    # A bare link before a capital: a widget label ("Lees verder", "Weiterlesen"), not a
    # name in Title Case inside a sentence ("… the campaign Read More Books runs").
    words = m.group("link").split()
    named = len(words) > 1 and all(w[:1].isupper() for w in words)
    return not _is_lower(text[m.end()]) and not named


def _title_like(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a linked title ("Fashion statements: Oscars stars …"), not prose?"""
    t = text[s:e].strip()
    if not (3 <= len(t) <= 200) or len(t.split()) < 2 or _is_lower(t[0]):
        return False
    if t.rstrip("\"'”’»)]").endswith((".", "!", "?", "…", ":", ",", ";")):
        return False  # a sentence, a cut teaser (the truncation cleaner's), or a lead-in
    return len(sentences(t)) == 1


def _glued_to_end(text: str, p: int, e: int) -> bool:
    """Is the closed frame at ``p``, ending at ``e``, a block glued to the word before it
    (a capital after a letter or a figure: "… dpa:250714-930-811204/2Der Beitrag …
    erschien zuerst auf …", or after a word in capitals, an agency's name: "… (c)
    Agencia EFELa entrada … se publicó primero en …") that ends the text? Blocks joined
    by nothing run so; inside an article a word never runs into a capital, and a frame
    that ends the text (the feed's last block) is no sentence that goes on. A single
    capital before it is a word's first letter, not a word run into it."""
    return (
        p > 0 and text[p - 1].isalnum() and text[p].isupper()
        and (not text[p - 1].isupper() or (p > 1 and text[p - 2].isupper()))
        and not text[e:].strip()
    )


def _frames_at(text: str, hits: list[int], ls: int, le: int, book: _Book) -> list[tuple[int, int]]:
    """Closed feed-trailer frames that start (or whose first literal starts) at a hit."""
    found: list[tuple[int, int]] = []
    covered = -1  # "The post X appeared first on Y": found by "The post", not again by its middle
    for p in hits:
        if p < covered:
            continue
        if book.closed is not None:
            m = book.closed.match(text, p, min(le, p + _MAX_FRAME))
            if (
                m is not None and _site_ok(m)
                and (_starts_unit(text, p, ls) or _glued_to_end(text, p, m.end()))
                and (m.end() >= le or _frame_ends(text, m.end(), le))
            ):
                found.append(_widen(text, p, m.end(), le))
                covered = m.end()
                continue
        if book.lead_title is not None:
            m = book.lead_title.match(text, p, min(le, p + _MAX_FRAME))
            if m is not None and _site_ok(m):
                start = _title_start(text, ls, p)
                if start is not None:
                    found.append(_widen(text, start, m.end(), le))
                    covered = m.end()
    return found


# Articles a site name may be written after in lower case: "erschien zuerst in der
# Beispiel Zeitung", "appeared first on the Daily Example".
_SITE_ARTICLES = frozenset(
    ["the", "der", "die", "das", "dem", "den", "de", "het", "la", "le", "les", "el", "il",
     "lo", "o", "a"]
)
# A comma and a lower-case word: a clause goes on ("…, officials said"), no name or title does.
_CLAUSE = regex.compile(r",\s*\p{Ll}")
# A year, after at most two short words ("Jahr 1912", "the year 1998", "mei 2003"): a
# date, no site. A site may hold one ("the May 2023 issue of Example Magazine").
_YEAR_SITE = re.compile(r"(?:\w{1,5}\.?\s{1,3}){0,2}(?:1[5-9]|20)\d\d")


def _frame_ends(text: str, e: int, le: int) -> bool:
    """Does a frame that ends at ``e`` end its sentence? Not when a lower-case word goes on
    in its line: "Originally published at <url> on March 3" is one unit with its date."""
    q = e
    while q < le and text[q].isspace():
        q += 1
    return q >= le or not _is_lower(text[q])


def _site_ok(m: regex.Match[str]) -> bool:
    """Is a frame's match a feed trailer, not an article sentence in the same words?

    A site is a name or a domain: "He appeared first on the ballot." is prose. A frame
    with a linked title ("The post <title> appeared first on <site>") shares its words
    with reporting about a social-media post ("The post about the recall appeared first
    on Facebook, officials said."): there the title must open as a title does (not with
    a lower-case word or a comma: "iPhone" and "eBay" still do) and hold no full stop
    that ends a sentence ("The post Office closed. The story appeared first on …"), and
    the site must be a
    name, not a clause (at most one lower-case word of three letters or more: "OOG
    Radio en Televisie", not "Facebook before it was deleted"). No site goes on with a
    comma and a lower-case word ("…, officials said"), and none is a year ("Dieser Text
    erschien zuerst im Jahr 1912.", "This article first appeared in 1998." date a text)
    or a number that a lower-case word follows (a date, "publicado en 3 de mayo.", or a
    clause, "publicado em 1920 volta às livrarias."; "20 Minutes" is a name).
    """
    site, title = _slots(m)
    if site is None:
        return True
    words = site.lstrip("\"'“‘«„").split()
    if len(words) > 1 and words[0] in _SITE_ARTICLES:
        words = words[1:]  # "der Beispiel Zeitung": the name starts after its article
    if not words or (words[0][0].islower() and "." not in site):
        return False
    if "," in site and _CLAUSE.search(site) is not None:
        return False  # "erschien zuerst in der Schülerzeitung, erzählt sie."
    if _YEAR_SITE.fullmatch(" ".join(words).rstrip(".!。！")) is not None:
        return False  # "Dieser Text erschien zuerst im Jahr 1912."
    if words[0][0].isdigit() and any(w[0].islower() and len(w) >= 3 for w in words[1:]):
        return False  # a number and a clause or a date: "… em 1920 volta às livrarias."
    if title is None:
        return True
    head = title.lstrip()
    first = head.split(None, 1)[0].lstrip(_WORD_OPENERS) if head else ""
    if not first or head[0] in ",;:" or (first[0].islower() and first == first.lower()):
        return False  # "The post, which …", "The post about the recall …"
    if ". " in title and _full_stop_inside(title):
        return False  # "The post Office closed Monday. The story appeared first on …"
    return len([w for w in words if w[0].islower() and len(w) >= 3]) < 2


def _full_stop_inside(title: str) -> bool:
    """Does a full stop end a sentence inside ``title``, before a sentence opener ("…
    Monday. The story …")? A title is one headline: its abbreviations end none ("U.S.",
    "Dr."), nor does a dateline's state before a dash ("BUFFALO, N.Y. — Hours …"), and a
    question may end ("Who wins? Experts …")."""
    spans = sentences(title)
    return any(
        title[e - 1] == "." and _opens_sentence(title[s:].split(None, 1)[0])
        for (_, e), (s, _) in itertools.pairwise(spans)
    )


def _slots(m: regex.Match[str]) -> tuple[str | None, str | None]:
    """A frame match's site and title (None where its frame has no such slot)."""
    # By number: ``regex`` looks a group up by name several times slower (~0.4 µs).
    names = m.re.groupindex
    site, title = names.get("site"), names.get("title")
    return (None if site is None else m.group(site), None if title is None else m.group(title))


def _title_start(text: str, ls: int, lit: int) -> int | None:
    """Where a title that ends at ``lit`` starts: the start of the sentence it closes."""
    lo = max(ls, lit - 300)
    spans = sentences(text, lo, lit)
    if not spans:
        return None
    start = spans[-1][0]
    if start == lo and lo > ls:
        return None  # longer than a title
    if not _starts_unit(text, start, ls) or _sentence_end(text[start:lit]):
        return None
    return start


def _widen(text: str, s: int, e: int, hi: int) -> tuple[int, int]:
    """Take the brackets a unit is wrapped in: "[Dieser Text erschien zuerst auf …]"."""
    if s > 0 and text[s - 1] in "[(":
        j = e
        while j < hi and text[j] in " .":
            j += 1
        if j < hi and text[j] in "])":
            return s - 1, j + 1
    return s, e


def _quoted_line(text: str, ls: int, le: int) -> bool:
    """Is the link line ``text[ls:le]`` ("Lees meer.") the article's own words, a slogan
    or a sign it announces with a colon ("Op de posters staat in grote letters:\n\nLees
    meer.\nGewoon omdat het kan.")? It ends in a full stop, as a sentence does, and the
    line before it ends in a colon. A widget's link ends in no full stop, or follows a
    paragraph that ends as a sentence does; a teaser cut after a colon ("… as
    follows:\n\nContinue reading →") keeps its link's usual shape, and goes.
    """
    line = text[ls:le].rstrip()
    if not line.endswith(".") or line.endswith(".."):
        return False
    q = _prev_nonspace(text, ls, max(0, ls - 200))
    return q >= 0 and text[q] in ":："


def _asked_link(text: str, first: int, le: int, link_end: regex.Pattern[str]) -> bool:
    """Is the line from ``first`` to ``le`` a read-more link asked as a question ("Lees
    verder?", "Weiterlesen?"), a paywall's prompt over its offer? (``link_end``: the
    book's pattern of a link that ends a line.)

    Only a whole line: in a line with more words the question is a sentence's ("Do you
    want to read more?"), and such a prompt heads no titles, so it goes alone.
    """
    q = _prev_nonspace(text, le, first)
    if q <= first or text[q] not in "?？" or text[q - 1] == "?":
        return False
    return link_end.match(text, first, q) is not None


def _line_units(
    text: str, line: tuple[int, int, list[int]], book: _Book, tail_end: int, first_line: bool
) -> list[tuple[int, int]]:
    """The units of one line. ``tail_end``: where the text ends once the units of the
    lines after this one are gone ("Source: <url>" may only stand there)."""
    ls, le, hits = line
    # The common case first, in one call: a line that is nothing but a link ("Read more »").
    if book.link_end is not None and le - ls <= 120:
        # After the bullets and arrows of a link list ("► Lesen Sie auch", "• Read more").
        first = ls + len(text[ls:le]) - len(text[ls:le].lstrip(_DECOR_OPEN + " \t"))
        # (A heading starts where a trigger does: most lines are not tried.)
        at_hit = first in hits
        heading = _heading_line(text, first, le, tail_end, book) if at_hit else None
        if heading is not None:
            return [(ls, heading)]
        alone = book.link_end.match(text, first, le) if first < le else None
        if alone is None and at_hit and _asked_link(text, first, le, book.link_end):
            return [(ls, le)]
        if alone is not None and _quoted_line(text, ls, le):
            return []
        if alone is not None:
            colon = text[ls:le].rstrip().endswith((":", "："))
            heading = _heading_key(alone.group("link")) in book.list_heads
            if colon or heading:
                return [(ls, _announced_titles(text, le, tail_end))]
            return [(ls, _closing_titles(text, le, tail_end))]
    # Trailers sit at the head or the tail of a line: a line with thousands of hits
    # ("The post The post …") is only tried at its first and last ones.
    tried = hits if len(hits) <= _MAX_HITS else [*hits[:8], *hits[-_MAX_HITS + 8 :]]
    spans = sorted(_frames_at(text, tried, ls, le, book))
    # (Only in the line the text ends in, once the units after it go.)
    ranked = _glued_ranked_tail(text, tried, ls, tail_end, book) if le >= tail_end else []
    # A read-also box glued before a ranked one ("… agua.Noticias relacionadas<title>
    # <title>Lo más leído1. …") ends the text once that one goes: its titles are read
    # in the text cut there (a copy only when there is such a box).
    lead_end = ranked[0][0] if ranked and ranked[0][0] > ls else le
    glued = [
        *_glued_leads(
            text if lead_end == le else text[:lead_end],
            [h for h in tried if h < lead_end], ls, lead_end, book,
        ),
        *_ranked_leads(text, tried, ls, le, book),
        *_dotted_leads(text, tried, ls, le, book),
        *(_flat_site_box(text, tried, ls, tail_end, book) if le >= tail_end else ()),
        *ranked,
    ]
    # Peel read-more units back from the line end and from the start of each frame; a
    # unit at the line end starts at a hit near it, so a long line without one is skipped.
    near_end = hits[-1] >= le - _TAIL_WINDOW
    points = [*([(le, le)] if near_end else []), *((s, e) for s, e in reversed(spans))]
    out = [*spans, *glued]
    reached = tail_end  # everything from here to the end of the text goes
    for point, unit_end in points:
        end = point
        kinds: list[str] = []
        start = last_end = point
        # What is peeled here is at the end of the text if all that follows it goes.
        at_tail = _prev_nonspace(text, reached, unit_end) < 0
        for _ in range(_MAX_PEEL):
            q = _prev_nonspace(text, end, ls)
            if q < 0:
                break
            unit = _best_tail_unit(
                text, (ls, q + 1), hits, book, at_tail=at_tail or q + 1 >= tail_end
            )
            if unit is None:
                break
            start, kind = unit
            kinds.append(kind)
            last_end, end = end, start
        if at_tail:
            reached = min(reached, point)
        if not kinds:
            continue
        # "<title> Read more": a title line with its link goes whole (not the headline).
        if kinds[-1] == "link" and not first_line and _title_like(text, ls, start):
            start = ls
        elif kinds[-1] == "link" and _usual_case(
            text[start:last_end].strip(_DECOR_OPEN + " ")
        ):
            # Flattened, the card's title runs from the sentence end before it.
            card = _card_title(text, ls, start)
            start = start if card is None else card
        out.append((start, point))
        if at_tail:
            reached = min(reached, start)
    return out


_FLAT_BOX_REACH = 800  # a flattened site box: its heading and a few titles


def _flat_site_box(
    text: str, hits: list[int], ls: int, tail_end: int, book: _Book
) -> list[tuple[int, int]]:
    """A box heading that names a site, with its titles, ending a flattened text ("…
    £300,000. More from Lakeland Today: <title> <title>"), or alone ("… door de politie.
    Lees meer uit Tilburg en omgeving", as _heading_line reads a line); empty if there is
    none.

    The heading follows a sentence end (at a line start _heading_line sees it) and its
    colon ends the site name, a short name that ends no sentence (as in _heading_line);
    its titles run to the end of the text (``tail_end``: once the units after them go)
    and are a short run that ends no sentence (see _more_titles), so an article
    sentence after the heading ("More from the council: it will meet again.") keeps it.
    """
    if book.flat_heading is None or tail_end - ls <= 0:
        return []
    for h in reversed(hits):
        if h < tail_end - _FLAT_BOX_REACH:
            break
        q = _prev_nonspace(text, h, ls)
        if q < 0 or not _ends_sentence(text, q) or not text[h].isupper():
            continue
        m = book.flat_heading.match(text, h, tail_end)
        if m is None:
            # With no colon and no titles: the heading alone ends the text ("… door de
            # politie. Lees meer uit Tilburg en omgeving"), read as a line of its own.
            # (A heading and a name are short: a longer rest is not tried.)
            if tail_end - h <= 120 and (
                _heading_line(text, h, tail_end, tail_end, book) is not None
                or _flat_tags(text, h, tail_end, book)
            ):
                return [(h, tail_end)]
            continue
        site = m.group("site").split()
        if not site or len(site) > 6 or not site[0][:1].isupper() or sum(
            w[:1].islower() and len(w) >= 3 for w in site
        ) > 1:
            continue
        w = _TOKEN.search(text, m.end(), tail_end)
        if w is None or not w.group()[:1].isupper():
            continue
        tail = text[: tail_end].rstrip()
        if _more_titles(tail, m.end(), len(tail)) == len(tail):
            return [(h, tail_end)]
    return []


_MAX_FLAT_TAGS = 12  # a flattened tag box's words after its heading: three tags of four


def _flat_tags(text: str, h: int, tail_end: int, book: _Book) -> bool:
    """Is the rest of the text from ``h`` a tag box's heading (``{heading}``, "Meer
    over") and its tags, flattened ("… doen.” Meer over Oldebroek Horeca Leefbaarheid")?

    The heading is one of the first words' runs; the tags after it (see _tag_lines) are
    a few words, each capitalised, with no mark that ends or parts a sentence: "Meer
    over de wijk leest u morgen." stays.
    """
    if book.heading is None:
        return False
    rest = text[h:tail_end].split()
    for n in range(2, min(4, len(rest))):
        tags = rest[n:]
        if len(tags) > _MAX_FLAT_TAGS or not all(
            t[:1].isupper() and t[-1:].isalnum() for t in tags
        ):
            continue
        head = " ".join(rest[:n])
        m = book.heading.match(head)
        if m is not None and not (m.group("site") or "").strip():
            return True
    return False


def _heading_line(text: str, first: int, le: int, tail_end: int, book: _Book) -> int | None:
    """Where a box heading that names a site ("More from Example News", "Read more from
    Example News:", "Lees meer uit Tilburg") ends with its titles, if the line from
    ``first`` to ``le`` is one; else None.

    The site must be a short name that ends no sentence (see _site_ok: "More from the
    minister" is a subhead, "Read more from Example News about the vote." a sentence),
    and the heading must head titles (see _announced_titles) or end the text: alone
    between paragraphs, a line in these words may be the article's own subhead, and it
    stays.
    """
    if book.heading is None or first >= le:
        return None
    m = book.heading.match(text, first, le)
    if m is None or not _site_ok(m):
        return None
    site = (m.group("site") or "").rstrip()  # none in a ``{heading}`` phrase
    lower = [w for w in site.split() if w[:1].islower() and len(w) >= 3]
    if site.endswith((".", "!", "?", "…")) or len(site.split()) > 6 or len(lower) > 1:
        return None
    end = _announced_titles(text, le, tail_end)
    if end == le and not site:
        end = _tag_lines(text, le, tail_end)
    return end if end > le or _prev_nonspace(text, tail_end, le) < 0 else None


_MAX_TAG_WORDS = 4  # a topic tag is a name or a short noun phrase ("Zeeburg-Oost")


def _tag_lines(text: str, le: int, tail_end: int) -> int:
    """Where the topic tags under a tag box's heading ("Meer over" / "Brandweer" /
    "Dieren") end, if such tags, one a line, run from ``le`` to the end of the text
    (``tail_end``); else ``le``.

    A tag is a line of one to _MAX_TAG_WORDS words that opens with a capital and ends in
    no sentence mark: too short for a title (see _title_like), so a box of tags is only
    taken whole at the text's end, where no subhead or prose follows it.
    """
    pos, count = le, 0
    while count < _MAX_LIST:
        nxt = _next_line(text, pos, tail_end)
        if nxt is None:
            break
        tag = text[nxt[0]:nxt[1]].strip()
        words = tag.split()
        if not (
            0 < len(words) <= _MAX_TAG_WORDS
            and len(tag) <= 40
            and tag[0].isupper()
            and not tag.endswith((*_ENDS, ":", ",", ";"))
        ):
            break
        pos, count = nxt[1], count + 1
    return pos if count and _prev_nonspace(text, tail_end, pos) < 0 else le


#: A number that heads an item of a ranked box ("1. <title>", "2) <title>").
_RANK = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=\S)")

_MAX_LIST = 10  # titles one heading may take: a related-links box is short
_GAP = 40  # blank lines between a heading and its titles, not a run of spaces to scan


def _next_line(text: str, pos: int, stop: int) -> tuple[int, int, bool] | None:
    """The next line after ``pos`` that is not blank, before ``stop``: its start, its end,
    and whether a blank line comes before it; None if there is none near."""
    i = pos
    hi = min(stop, pos + _GAP)
    while i < hi and text[i] in "\n\r \t":
        i += 1
    if i >= hi:
        return None
    nl = text.find("\n", i, i + 300)
    e = len(text) if nl < 0 and len(text) - i <= 300 else nl
    if e < 0:
        return None
    return i, e, text.count("\n", pos, i) >= 2


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
_KICKER = regex.compile(r"\p{Lu}[\p{L}-]{1,30}+(?: [\p{L}-]{1,30}+){0,2}\. ?(?=\p{Lu})")


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


#: A character of the scripts written without spaces between words (Japanese, Chinese).
_SPACELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: The marks that end or part a sentence there: a title holds none, and ends in none.
_SPACELESS_STOPS = regex.compile("[。！？．、，：；…]")


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


def _heads_article(text: str, le: int, te: int, tail_end: int) -> bool:
    """Is the title-shaped line that ends at ``te``, a blank line after a heading line
    that ends at ``le``, rather the article's own headline: does the heading follow no
    sentence (a dialog's buttons, or nothing), end in no colon, and is the title
    followed, a blank line away, by a line that is no sentence (a standfirst, a byline:
    "Aceptar\nMás información\n\nCalasparra abre un museo\n\nEl espacio abrirá en
    mayo\n\nANA GIL | Murcia")?

    A box title a blank line away from its heading stands between prose paragraphs, or
    ends the text (asked only when the titles do not run to the end). The same words
    ("Más información", "Read more") are buttons of the consent dialogs printed above an
    article, and a heading read there would take the headline. A box sits after a
    paragraph, and "Read more:" announces what follows; a button label after other
    buttons does neither, and a line that ends in no full stop after the title says the
    title may open the article.
    """
    q = _prev_nonspace(text, le, max(0, le - 200))
    if q < 0 or text[q] in ":：":
        return False
    ls = text.rfind("\n", max(0, q - 300), q) + 1  # the heading line is short
    p = _prev_nonspace(text, ls, max(0, ls - 300)) if ls else -1
    # (Bounded look-backs: a text of many headings must not be scanned whole for each.)
    if p >= 0 and _ends_as_sentence(text, max(0, p - 2000), p + 1):
        return False  # between paragraphs: a box's place
    nxt = _next_line(text, te, tail_end)
    return nxt is not None and nxt[2] and not _ends_as_sentence(text, nxt[0], nxt[1])


def _announced_titles(text: str, le: int, tail_end: int) -> int:
    """Where the linked titles a link line announces end: a line ending in a colon ("Read
    more:", "Seguir leyendo:") or a read-also heading marked ``{list}`` in the packs
    ("Mehr zum Thema", "Lee también", "Bekijk ook"). Returns ``le`` if no title follows.

    Scrapers put a link's label and its linked titles in lines or blocks of their own;
    the colon or the heading says titles follow. What is taken, precision first:

    - the first line after the heading, if it is a title (see _title_like; not a credit
      line: "Reporting by …; Editing by …" is the byline, kept);
    - every further title of the list if nothing but titles follows them up to the end of
      the text (``tail_end``: the end once this cleaner's later units go);
    - else the further titles in the same block as the one before (a single line break),
      and only in a text whose paragraphs are blank-line apart: there a block is a box.

    A title-shaped line a blank line after the first title may be the article's subhead,
    and one in a text without blank lines may be too: both stay, with the prose after. A
    first title a blank line away that a non-sentence line follows, a blank line away
    again, may be the article's headline (see _heads_article): nothing is taken.
    """
    titles = _title_lines(text, le, tail_end)
    if not titles:
        return le
    first = titles[0]
    if _prev_nonspace(text, tail_end, titles[-1][1]) < 0:
        return titles[-1][1]  # the list runs to the end of the text
    if first[2] and _heads_article(text, le, first[1], tail_end):
        return le
    boxed = _nested_titles(text, le, titles)
    if boxed is not None:
        return boxed
    end = first[1]
    # Blank-line paragraphs near the heading (a window: a text of many headings and no
    # blank line must not be scanned whole for each).
    lo, hi = max(0, le - 3000), le + 3000
    if text.find("\n\n", lo, hi) >= 0 or text.find("\n\r\n", lo, hi) >= 0:
        for _, e, blank in titles[1:]:
            if blank:
                break
            end = e
    return end


def _nested_titles(text: str, le: int, titles: list[tuple[int, int, bool]]) -> int | None:
    """Where a box's titles end when their line breaks show them nested in the box (the
    markup cleaner's block breaks: "<h4>Potrebbe interessarti anche</h4><ul><li>…</li>
    <li>…</li></ul><p>…" gives six line breaks after the heading, four between the
    items, six after the last); None if they do not.

    The titles after the first are taken while each is set apart from the one before
    by the same run of line breaks, fewer than part the heading from the first title
    and fewer than part the last one taken from what follows: a list inside the box. A
    subhead after the box is set apart as the box is, or more; a text of blank-line
    paragraphs sets every line apart alike, and keeps the rule of _announced_titles.
    """
    head_gap = text.count("\n", le, titles[0][0])
    gaps = [text.count("\n", a[1], b[0]) for a, b in itertools.pairwise(titles)]
    if not gaps or not gaps[0] < head_gap:
        return None
    last = 0
    while last < len(gaps) and gaps[last] == gaps[0]:
        last += 1
    # The line after the last title taken: the next title, or the line _next_line finds.
    after = titles[last + 1][0] if last + 1 < len(titles) else None
    if after is None:
        nxt = _next_line(text, titles[last][1], len(text))
        after = len(text) if nxt is None else nxt[0]
    if text.count("\n", titles[last][1], after) <= gaps[0]:
        return None
    return titles[last][1]


def _closing_titles(text: str, le: int, tail_end: int) -> int:
    """Where a read-more link alone on a line ("Continue reading", "Meer lezen") ends with
    the titles under it: after them, if two or more title lines follow it and nothing
    else up to the end of the text (a box of further stories at the page foot, its
    heading a link's words); else ``le``, the link's line alone.

    Such a link is no read-also heading (see _announced_titles): after it the article
    may go on with a subhead. But a subhead heads prose, and no prose follows here; one
    title-shaped line alone may still be the article's last (a sign-off): it stays.

    Between paragraphs, the titles go only when the markup cleaner's line breaks show
    them nested in the link's box (see _nested_titles: "<h4>Read more</h4><ul><li>…
    </li><li>…</li></ul><p>…"), two or more of them: a subhead and its paragraph make
    no such list.
    """
    titles = _title_lines(text, le, tail_end)
    if len(titles) < 2:
        return le
    end = titles[-1][1]
    if _prev_nonspace(text, tail_end, end) < 0:
        return end
    if titles[0][2] and _heads_article(text, le, titles[0][1], tail_end):
        return le
    boxed = _nested_titles(text, le, titles)
    return le if boxed is None else boxed


def _title_lines(text: str, le: int, tail_end: int) -> list[tuple[int, int, bool]]:
    """The title-shaped lines (``_box_title``) right after ``le``, at most ``_MAX_LIST``,
    as ``_next_line`` gives them (whether a blank line comes before each)."""
    titles: list[tuple[int, int, bool]] = []
    pos = le
    while len(titles) < _MAX_LIST:
        nxt = _next_line(text, pos, tail_end)
        if nxt is None or not _box_title(text, nxt[0], nxt[1]):
            break
        titles.append(nxt)
        pos = nxt[1]
    return titles


def _reach(text: str, units: list[tuple[int, int]], tail_end: int) -> int:
    """Where the text ends once ``units`` (one line's) and everything after ``tail_end`` go."""
    for s, e in sorted(units, reverse=True):
        if _prev_nonspace(text, tail_end, e) >= 0:
            break  # text that stays lies between this unit and the end
        tail_end = min(tail_end, _prev_nonspace(text, s, 0) + 1)
    return tail_end


def _hit(m: re.Match[str]) -> int:
    """Where a trigger match says a unit may start: after a bracket or line break, or at it."""
    return m.end() if m.group()[:1] in "[(\n" else m.start()


def _hits(starts: _Starts, text: str, raw: bytes, at: list[int]) -> list[int]:
    """Where units may start: the positions of every trigger match, as ``finditer`` of
    each trigger pattern over the whole text finds them (see "the byte scan"). ``raw``
    is the text's UTF-8, ``at`` what ``_scanned`` makes of the scans' matches in it."""
    found: set[int] = set()
    if at:
        # Byte offsets to character offsets; each is where a character starts.
        pos = at if len(raw) == len(text) else _char_offsets(raw, at)
        capital_end = 0  # ``finditer`` goes on where its last match ended
        for b, p in zip(at, pos, strict=True):
            lead = raw[b]
            if starts.capital is not None and lead in starts.capital_firsts and p >= capital_end:
                m = starts.capital.match(text, p)
                if m is not None:
                    found.add(_hit(m))
                    capital_end = m.end()
            # A bracket or dash match is one character and spaces, or "— More": none
            # holds the start of another, so each is tried on its own.
            bracket = p if lead in b"[(\n" else _bracket_before(text, p, starts)
            if bracket >= 0 and starts.bracket is not None:
                m = starts.bracket.match(text, bracket)
                if m is not None:
                    found.add(_hit(m))
            elif lead == 0xE2:
                m = starts.dash.match(text, p)
                if m is not None:
                    found.add(_hit(m))
    if starts.inner is not None:
        found.update(_hit(m) for m in _inner_matches(starts.inner, starts.needles, text))
    return sorted(found)


def _inner_matches(
    inner: re.Pattern[str], needles: _Needles | None, text: str
) -> Iterator[re.Match[str]]:
    """What ``inner.finditer(text)`` finds, found by running it only around its needles.

    Every match holds a needle, within the reach ``needles`` gives, and its pattern (a
    trie of literals and bounded spaces, no look-around) matches at a position the same
    with the text cut after that reach: so ``finditer`` over the merged windows around
    the needles finds the same matches, and skips the text between them in C.
    """
    if needles is None:
        yield from inner.finditer(text)
        return
    spots: list[int] = []
    for piece, guard in zip(needles.pieces, needles.guards, strict=True):
        if guard and guard not in text:
            continue
        i = text.find(piece)
        while i >= 0:
            spots.append(i)
            i = text.find(piece, i + 1)
    lo = hi = 0
    for c in sorted(spots):
        if c - needles.before > hi:
            if hi > lo:
                yield from inner.finditer(text, lo, hi)
            lo = c - needles.before
        hi = min(len(text), c + needles.after)
    if hi > lo:
        yield from inner.finditer(text, lo, hi)


def _scanned(scan: _Scan, raw: bytes) -> list[int]:
    """The byte offsets of the characters the scans of ``scan`` find (a branch led by
    a last byte matches there: the character starts that many bytes before)."""
    # In the main scan only the dashes (three bytes) are led by their last byte.
    at = [b if raw[b] < 0x80 else b - 2 for b in (m.start() for m in scan.main.finditer(raw))]
    for first, wide in scan.wide:
        if first in raw:
            back = _width(first) - 1
            at = sorted([*at, *(m.start() - back for m in wide.finditer(raw))])
    return at


def _scanned_in(
    scan: _Scan, wide: list[tuple[bytes, re.Pattern[bytes]]], raw: bytes, lo: int, hi: int
) -> list[int]:
    """What ``_scanned`` finds at the characters that start in ``raw[lo:hi]``; only the
    bytes these matches can read (see _SCAN_REACH) are scanned. ``wide``: the wide scans
    of ``scan`` whose first byte ``raw`` holds (found once per text, not per window)."""
    end = min(len(raw), hi + _SCAN_REACH)
    # A character's lead byte is at most three bytes after its start.
    at = [b if raw[b] < 0x80 else b - 2 for b in _leads(scan.main, raw, lo, hi + 3, end)]
    for first, pattern in wide:
        back = _width(first) - 1
        at.extend(b - back for b in _leads(pattern, raw, lo, hi + 3, end))
    return sorted(p for p in at if lo <= p < hi)


def _leads(pattern: re.Pattern[bytes], raw: bytes, lo: int, hi: int, end: int) -> list[int]:
    """Where ``pattern`` matches in ``raw[lo:hi]``, looking ahead no further than ``end``."""
    out: list[int] = []
    for m in pattern.finditer(raw, lo, end):
        if m.start() >= hi:
            break
        out.append(m.start())
    return out


def _width(first: bytes) -> int:
    """The length of a UTF-8 character that starts with the byte ``first[0]``."""
    return 2 if first[0] < 0xE0 else 3 if first[0] < 0xF0 else 4


def _bracket_before(text: str, p: int, starts: _Starts) -> int:
    """Where the bracket or line break before a shared capital at ``p`` stands, within
    the eight spaces or tabs the bracket pattern allows (-1 if none): the main scan does
    not look for it there (see _start_scan)."""
    if text[p] not in starts.scan.shared:
        return -1
    j = p
    while j > 0 and p - j < 8 and text[j - 1] in " \t":
        j -= 1
    return j - 1 if j > 0 and text[j - 1] in "[(\n" else -1


def _char_offsets(raw: bytes, at: list[int]) -> list[int]:
    """The character offsets of the byte offsets ``at`` (ascending, at character starts)."""
    out: list[int] = []
    chars = done = 0
    for b in at:
        chars += len(raw[done:b].decode("utf-8", "surrogatepass"))
        done = b
        out.append(chars)
    return out


# --- the next round ---------------------------------------------------------------------
#
# ``trailers`` runs again on its own output while that changes it (``rounds``): the next
# call gets the text less the spans this one removed, and the scans, most of the work on
# such a text, have seen nearly all of its bytes. So a call that removes something leaves
# in ``_carried`` that text, its UTF-8 and the pieces it keeps of this one; a call whose
# text is that one (compared whole) takes the scans' finds inside each piece from this
# call's, shifted, and scans again only the window before each cut: a find reads at
# most ``_SCAN_REACH`` bytes from its character's start on, so one further than that
# from the end of its piece reads the same bytes in both texts. Any other text is
# scanned whole; the comparison makes a stale or foreign ``_carried`` harmless. A short
# text is not carried: where the windows are more than an eighth of it, the Python work
# around them costs more than ``re``'s scan of the whole (measured on the golden inputs,
# the two break even at about 1.5 kB).


@dataclass(frozen=True)
class _Carried:
    """What a call that removed spans leaves for the next round (see "the next round")."""

    scan: _Scan  # whose finds ``at`` holds
    text: str  # the text the spans leave
    raw: bytes  # its UTF-8
    kept: tuple[tuple[int, int, int], ...]  # per piece: start, end in the old UTF-8, start in raw
    windows: tuple[tuple[int, int], ...]  # in raw, ascending: where a find may read a cut
    at: list[int]  # what ``_scanned`` found in the old UTF-8


#: One slot, read and replaced whole (so threads that share it at worst miss a carry).
_carried: list[_Carried | None] = [None]


def _carry(scan: _Scan, text: str, raw: bytes, at: list[int], spans: list[Span]
           ) -> _Carried | None:
    """The next round's start: the text ``spans`` (removals, sorted) leave of ``text``;
    None if it is too short to pay for (see "the next round")."""
    chars: list[tuple[int, int]] = []
    pos = 0
    for s, e, _ in spans:
        chars.append((pos, s))
        pos = e
    chars.append((pos, len(text)))
    if len(raw) - sum(e - s for s, e, _ in spans) < 8 * _SCAN_REACH:
        return None  # the window before the end alone is more than an eighth of what is left
    chars = [(s, e) for s, e in chars if s < e]
    ends = _byte_offsets(text, raw, [x for piece in chars for x in piece])
    kept: list[tuple[int, int, int]] = []
    windows: list[tuple[int, int]] = []
    new = 0  # bytes kept so far
    for bs, be in zip(ends[::2], ends[1::2], strict=True):
        kept.append((bs, be, new))
        new += be - bs
        lo = max(0, new - _SCAN_REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], new)
        else:
            windows.append((lo, new))
    if 8 * sum(hi - lo for lo, hi in windows) > new:
        return None
    return _Carried(
        scan=scan,
        text="".join(text[s:e] for s, e in chars),
        raw=b"".join(raw[s:e] for s, e, _ in kept),
        kept=tuple(kept),
        windows=tuple(windows),
        at=at,
    )


def _byte_offsets(text: str, raw: bytes, chars: list[int]) -> list[int]:
    """The offsets in ``raw`` (``text`` in UTF-8) of the character offsets ``chars``
    (ascending). Each is counted from the nearer end of the text, so cuts near the tail,
    the usual case, encode only the tail."""
    if len(raw) == len(text):
        return chars
    half = bisect.bisect_right(chars, len(text) // 2)
    out: list[int] = []
    b = c = 0
    for x in chars[:half]:
        b += len(text[c:x].encode("utf-8", "surrogatepass"))
        c = x
        out.append(b)
    tail: list[int] = []
    b, c = len(raw), len(text)
    for x in reversed(chars[half:]):
        b -= len(text[x:c].encode("utf-8", "surrogatepass"))
        c = x
        tail.append(b)
    return out + tail[::-1]


def _rescanned(carried: _Carried) -> list[int]:
    """``_scanned(carried.scan, carried.raw)``, from the old finds inside each kept piece
    and new scans of the windows before its end (see "the next round")."""
    old = carried.at
    at = [
        p - s + new
        for s, e, new in carried.kept
        for p in old[bisect.bisect_left(old, s) : bisect.bisect_left(old, e - _SCAN_REACH)]
    ]
    raw = carried.raw
    wide = [(first, pattern) for first, pattern in carried.scan.wide if first in raw]
    for lo, hi in carried.windows:
        at.extend(_scanned_in(carried.scan, wide, raw, lo, hi))
    return sorted(at)


def _spans(book: _Book, text: str) -> list[Span]:
    carried, _carried[0] = _carried[0], None
    scan = book.starts.scan
    if carried is not None and carried.scan is scan and carried.text == text:
        raw, at = carried.raw, _rescanned(carried)
    else:
        raw = text.encode("utf-8", "surrogatepass")
        at = _scanned(scan, raw)
    hits = _hits(book.starts, text, raw, at)
    # A feed excerpt's link after its cut, in whatever case the theme prints it ("…the
    # plan would... read more", "[…] weiterlesen"): the trigger scan finds links by a
    # capital, a bracket or a line start, so this one unit is looked for at the end of
    # the text, in its last characters only. The cut sentence is the truncation
    # cleaner's, which runs after this one.
    cut = None if book.cut_link is None else _cut_link(book.cut_link, text)
    wire = _wire_source(text)
    credits = _credits_start(text)
    if not hits and cut is None and wire is None and credits is None:
        return []
    lines: list[tuple[int, int, list[int]]] = []
    le = -1
    for h in hits:  # sorted: one pass finds each hit's line, never rescanning a long line
        if h > le:
            ls = text.rfind("\n", 0, h) + 1
            nl = text.find("\n", h)
            le = len(text) if nl < 0 else nl
            lines.append((ls, le, []))
        lines[-1][2].append(h)
    # Lines from the last: when the units at the end go, the text ends earlier, and a
    # unit that may only end the text ("Source: <url>") may stand there.
    tail_end = len(text.rstrip())
    first_content = len(text) - len(text.lstrip())
    units_found: list[tuple[int, int]] = []
    if cut is not None:
        units_found.append((cut.start("link"), len(text)))
        tail_end = _prev_nonspace(text, cut.start("link"), 0) + 1
    elif wire is not None:
        units_found.append((wire, len(text)))
        tail_end = _prev_nonspace(text, wire, 0) + 1
    if credits is not None:
        units_found.append((credits, len(text)))
        tail_end = min(tail_end, _prev_nonspace(text, credits, 0) + 1)
    for line in reversed(lines):
        units = _line_units(text, line, book, tail_end, line[0] <= first_content)
        units_found.extend(units)
        tail_end = _reach(text, units, tail_end)
    spans = _merge(text, units_found)
    if spans:
        _carried[0] = _carry(scan, text, raw, at, spans)
    return spans


#: A press-release wire's last line, "SOURCE <company>" (PR Newswire and Cision: "SOURCE
#: Acme Foods, Inc."; "FUENTE", "FONTE", "QUELLE", "BRON" in their other editions), the
#: word in capitals and alone on the text's last line with the name after it; the "View
#: original content: <url>" line above it is a pack frame that ends the text once it
#: goes. Not "Source: Reuters" (a colon: a credit) nor "Source" in sentence case. Searched
#: for in the last characters only.
_WIRE_WORDS = ("SOURCE", "FUENTE", "FONTE", "QUELLE", "BRON")
_WIRE_SOURCE = regex.compile(
    rf"(?:\A|\n)[ \t]*(?P<unit>(?:{'|'.join(_WIRE_WORDS)})[ \t]{{1,3}}\p{{Lu}}[^\n]{{0,80}})"
    r"\s*\Z"
)


#: The same after the "View original content: <url>" line's address, where the line
#: break between them was lost (flattened text): the address, a space, the word.
_WIRE_SOURCE_FLAT = regex.compile(
    rf"(?:https?://|www\.)\S{{1,300}}[ \t]{{1,3}}(?P<unit>(?:{'|'.join(_WIRE_WORDS)})"
    r"[ \t]{1,3}\p{Lu}[^\n]{0,80})\s*\Z"
)


def _wire_source(text: str) -> int | None:
    """Where a press-release wire's "SOURCE <company>" line ends the text, if it does.
    A substring test on the last characters first: most texts hold no such capitals."""
    lo = max(0, len(text) - 160)
    if not any(text.find(w, lo) >= 0 for w in _WIRE_WORDS):
        return None
    m = _WIRE_SOURCE.search(text, lo)
    if m is None:
        # Flattened: the word right after the footer's address ("… multimedia:
        # https://www.prnewswire.com/… SOURCE Acme Foods, Inc.").
        m = _WIRE_SOURCE_FLAT.search(text, max(0, len(text) - 500))
    return None if m is None else m.start("unit")


# --- agency credits, reprint and syndication notes at the end of the text -------------------

#: News agencies whose credit lines end wire copy, as they print their names ("© dpa",
#: "(c) Agencia EFE", "© Agence France-Presse", "(ANSA)", "Bron: ANP", "Lusa/Fim"); with
#: the national agencies of the newer packs: Poland's PAP, the Czech ČTK, Romania's
#: Agerpres, Finland's STT, Hungary's MTI, Denmark's Ritzau, Norway's NTB, Sweden's TT
#: and Russia's ТАСС, РИА Новости and Интерфакс ("Źródło: PAP", "Forrás: MTI").
_AGENCY = (
    r"(?:dpa(?:-infocom|-AFX)?|AFP|Agence France-Presse|AP|The Associated Press|"
    r"Associated Press|Reuters|Thomson Reuters|EFE|Agencia EFE|Europa Press|ANSA|AGI|"
    r"Adnkronos|LaPresse|Lusa|Agência Lusa|ANP|Belga|APA|KNA|epd|Keystone-SDA|SDA|AAP|"
    r"PA Media|Press Association|Kyodo|Xinhua|Yonhap|UPI|Bloomberg|dts|Ritzau|NTB|TT|"
    r"PAP|ČTK|CTK|Agerpres|STT|MTI|ТАСС|РИА Новости|Интерфакс)"
)
#: The word a source credit opens with, in the packaged languages, singular and plural:
#: en/fr "Source", de "Quelle", es "Fuente", it "Fonte"/"Fonti", pt "Fonte", nl "Bron",
#: sv "Källa", da/nb "Kilde", pl "Źródło", cs "Zdroj", ro "Sursa", fi "Lähde", hu
#: "Forrás", ru "Источник", zh "来源"/"來源", ja "出典".
_SOURCE_WORD = (
    r"(?:Sources?|Quellen?|Fuentes?|Fontes?|Fonti|Bron(?:nen)?|Källa|Källor|Kilder?|"
    r"Źródł[oa]|Zdroje?|Sursa|Surse|Lähde|Lähteet|Forrás(?:ok)?|Источники?|来源|來源|出典)"
)
#: The rights formulas a copyright line may end with, in the packaged languages.
_RIGHTS = (
    r"(?:All rights reserved|Tutti i diritti riservati|Riproduzione riservata|"
    r"Todos los derechos reservados|Tous droits réservés|Alle Rechte vorbehalten|"
    r"Alle rechten voorbehouden|Todos os direitos reservados)"
)
_YEAR = r"(?:19|20)\d\d"
#: Credit lines that are a whole line, at the end of the text. Each names an agency in a
#: credit's shape, or is an agency's sign-off; article sentences name agencies inside a
#: clause ("Reuters reported …"), never as all of their last line.
_CREDIT_LINE = re.compile(
    r"(?:"
    # dpa's copyright line with its machine id: "© dpa-infocom, dpa:250714-930-811204/2".
    r"(?:©[ \t]{0,2})?dpa(?:-infocom)?,?[ \t]{0,3}dpa:\d{6}-\d{2,4}-\d{3,8}/\d{1,3}"
    # An agency's copyright: "(c) Agencia EFE", "© Copyright ANSA - Tutti i diritti
    # riservati", "© AFP 2025".
    rf"|(?:©|\(c\)|Copyright)[ \t]{{0,2}}(?:Copyright[ \t]{{1,2}})?(?:{_YEAR}[ \t]{{1,2}})?"
    rf"{_AGENCY}(?:[ \t]{{1,2}}{_YEAR})?(?:[ \t]{{0,2}}[-–—.,|][ \t]{{0,2}}{_RIGHTS})?\.?"
    # A sign-off in brackets: "(ANSA).", "(EFE)", NTB's "(©NTB)".
    rf"|\((?:©[ \t]?)?{_AGENCY}\)\.?"
    # Ritzau's sign-off, alone or with the agency it took the story from: "/ritzau/",
    # "/ritzau/AFP".
    rf"|/ritzau/(?:{_AGENCY})?"
    # Agerpres's sign-off with its desk, author and editors: "AGERPRES/(A - autor: …,
    # editor: …)".
    r"|Agerpres[ \t]?/[ \t]?\([^\n()]{1,160}\)"
    # A source credit naming agencies only: "Bron: ANP", "Quelle: dpa, AFP", "Fonte: Lusa".
    # With the site and the editor's initials before the agency (n-tv's "Quelle: ntv.de,
    # dbe/dpa").
    rf"|{_SOURCE_WORD}[ \t]{{0,2}}[:：][ \t]{{0,3}}"
    r"(?:[\w-]{1,40}(?:\.[\w-]{1,40}){1,3},[ \t]{1,2})?(?-i:(?:[a-z]{2,5}/){0,3})"
    rf"{_AGENCY}(?:[ \t]{{0,2}}[,/][ \t]{{0,2}}{_AGENCY}){{0,3}}\.?"
    # Presseportal's credit for a release it carries (news aktuell): "Quelle: Polizei X,
    # übermittelt durch news aktuell", "Original-Content von: X, übermittelt durch news
    # aktuell".
    # Flattened, the portal's read-on link runs into it: "… news aktuell weiterlesen auf
    # presseportal.de" (a line of its own, the link is a pack frame).
    r"|(?:Quelle|Original-Content von)[ \t]{0,2}:[ \t]{0,3}[^\n]{1,160}?,?[ \t]{1,3}"
    r"übermittelt durch news aktuell\.?"
    r"(?:[ \t]{0,3}(?:weiterlesen|mehr)[ \t](?:auf|bei)[ \t](?:https?://)?[\w-]{1,63}"
    r"(?:\.[\w-]{1,63}){1,4}/?)?"
    # A science service's source credit ending in its reprint terms (SINC): "Fuente:
    # <service> vía <agency>." The notice after it is a _REPRINT sentence.
    r"|(?:Fuente|Fonte|Source|Quelle)[ \t]{0,2}:[ \t]{0,3}[^\n]{1,160}?[ \t](?:vía|via)"
    r"[ \t][^\n]{1,80}?\."
    # AFP's desk slugs, the bureau and the editors' initials: "bur-abc/ljm/dch", "ljm/as".
    # Flattened, the agency's copyright runs into them: "bur-abc/ljm © AFP".
    r"|(?-i:[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}(?:-[a-z]{2,5})?){1,5})"
    rf"(?:[ \t]{{0,3}}(?:©|\(c\))[ \t]{{0,2}}{_AGENCY}\.?)?"
    # Lusa's sign-off: the editors' initials and "Lusa/Fim" ("ABC // JMR"), in flattened
    # text on one line ("ABC // JMR Lusa/Fim").
    r"|(?-i:[A-ZÀ-ÖØ-Þ]{2,4}(?:[ \t]{0,2}//[ \t]{0,2}[A-ZÀ-ÖØ-Þ]{2,4}){1,4})"
    r"(?:[ \t]{0,3}Lusa/Fim\.?)?"
    r"|Lusa/Fim\.?"
    # PAP's editors' initials, each closed by a slash: "ksi/ mhr/", "kw/ mal/ kgr/".
    r"|(?-i:[a-ząćęłńóśźż]{2,5}/(?:[ \t]{1,2}[a-ząćęłńóśźż]{2,5}/){1,4})"
    r")[ \t]*",
    re.IGNORECASE,
)  # stdlib ``re``: one match attempt on a short line costs less than with ``regex``
#: A source credit that names a publication or an office, the text's last line: "Source:
#: Dales Courant", "Quelle: Altmühl-Kurier / Redaktion Eichenau", "Fuente: Campo Sur",
#: "Źródło: Gazeta Pomorska", "来源：新华社", in brackets too: "(Source: Dales Courant)",
#: "（来源：新华社）"; what follows the word is tested by _publication (a name, not prose
#: nor a quotation).
_SOURCE_LINE = re.compile(
    # (An address is the "Source: <url>" frame's, see the packs: refused at once.)
    rf"(?P<open>[(\[（])?{_SOURCE_WORD}[ \t]{{0,2}}[:：][ \t]{{0,3}}(?!https?://|www\.)"
    r"(?P<name>[^\n]{1,100}?)(?(open)[)\]）]\.?)",
    re.IGNORECASE,
)
#: Lower-case words a name may hold between its capitalised ones: articles,
#: prepositions and conjunctions ("Office for National Statistics", "Folha de S.Paulo",
#: "Ministerio de Agricultura, Pesca y Alimentación").
_NAME_JOINER_WORDS = """the of for and on in at de del della delle dei degli di da dal das
    do dos du des la le les el los las lo van von der den het und für zu am im an y e et
    i och og a au aux sur w z na"""
_NAME_JOINERS = frozenset(_NAME_JOINER_WORDS.split())
#: Marks that join two names: "Altmühl-Kurier / Redaktion Eichenau", "Reuters | AP".
_NAME_MARKS = frozenset("/|-–—&+·•")
_NAME_QUOTES = frozenset("\"“”„«»‹›‘’")
_CASELESS_STOPS = frozenset("。！？，；：,;:!?")
_MAX_NAME_WORDS = 8


def _publication(name: str) -> bool:
    """Is ``name``, what follows "Source:" on the text's last line, a publication's or an
    office's name ("Dales Courant", "Altmühl-Kurier / Redaktion Eichenau", "Office for
    National Statistics", "El País.", "nytimes.com", "新华社")?

    A name is at most _MAX_NAME_WORDS words, each capitalised, a figure, a domain, a
    joining word ("of", "de", "und") or a mark ("/", "&"), with no sentence end but a
    full stop after the last one; a name of three words or fewer with no stop may hold
    one other lower-case word after its first ("Городские вести Заречья"). Not prose
    ("Source: officials at the ministry.", "Quelle: eigene Recherche", "Source: The
    council said so."), a question, nor a quotation ("Quelle: „Wir wussten nichts“").
    """
    name = name.rstrip()
    stop = name.endswith(".") and not name.endswith("..")
    if stop:
        name = name[:-1]  # "Fuente: Campo Sur."
    words = name.split()
    if (not words or len(words) > _MAX_NAME_WORDS or "://" in name
            or not _NAME_QUOTES.isdisjoint(name)):
        return False  # (an address is a "Source: <url>" frame's, see the packs)
    if name.lower() == name.upper():
        # A caseless script's name ("新华社", "人民网 - 人民日报"): no stop, no clause.
        return _CASELESS_STOPS.isdisjoint(name)
    # Names in sentence case ("Городские вести", "Lidové noviny", "Evenimentul zilei", as
    # Russian, Czech and Romanian write them) hold one lower-case word: a short name
    # with no stop after it may.
    lower = 1 if len(words) <= 3 and not stop else 0
    for i, word in enumerate(words):
        core = word.strip("()[],;")
        if not core or core in _NAME_MARKS:
            continue
        if core.endswith(("!", "?", "…")):
            return False
        if core[0].isupper() or core[0].isdigit():
            if core.endswith(".") and i < len(words) - 1 and len(core) > 4:
                return False  # "Reuters. Police …": a sentence ended inside
        elif "." in core.strip(".") or (i and core.lower() in _NAME_JOINERS):
            continue  # a domain, or a joining word
        elif i and lower and core.isalpha():
            lower -= 1
        else:
            return False  # prose, "eigene Recherche"
    return True


def _credit_at(text: str, s: int, end: int) -> bool:
    """Is ``text[s:end]`` a credit line: a _CREDIT_LINE, or a source credit naming a
    publication (_SOURCE_LINE)?"""
    if _CREDIT_LINE.fullmatch(text, s, end):
        return True
    # (Its colon first: most last lines hold none, and the search is one C-level scan.)
    if text.find(":", s, end) < 0 and text.find("：", s, end) < 0:
        return False
    m = _SOURCE_LINE.fullmatch(text, s, end)
    return m is not None and _publication(m.group("name"))


#: Notices that are a sentence of their own at the end of the text: reprint terms
#: ("Republication without written permission is prohibited.", "Reproduction interdite",
#: "Nachdruck nur mit Genehmigung") and syndication notes ("This story was syndicated via
#: <service>.", with the "Originally published by <paper>." that may follow it: alone,
#: that sentence is a credit the labelled article bodies keep).
_NOTICE = regex.compile(
    r"(?:"
    r"Republication(?:[ \t]or[ \t]redistribution)?[ \t]without[ \t](?:the[ \t])?(?:prior[ \t])?"
    r"(?:express[ \t])?written[ \t](?:permission|consent)(?:[ \t]of[ \t][^\n.]{1,60})?"
    r"[ \t]is[ \t](?:strictly[ \t])?prohibited"
    r"|This[ \t]material[ \t]may[ \t]not[ \t]be[ \t]published,[ \t]broadcast,[ \t]rewritten,?"
    r"[ \t](?:or|and/or)[ \t]redistributed(?:[ \t]without[ \t][^\n.]{1,40})?"
    r"|(?:Reproduction|Redistribution)(?:[ \t]or[ \t]redistribution)?[ \t]is[ \t]"
    r"(?:strictly[ \t])?prohibited(?:[ \t]without[ \t][^\n.]{1,60})?"
    r"|(?:Toute[ \t])?reproduction(?:[ \t]même[ \t]partielle)?[ \t]interdite"
    r"(?:[ \t]sans[ \t][^\n.]{1,60})?"
    r"|(?:©[ \t]{0,2})?Riproduzione[ \t]riservata"
    r"|Nachdruck[ \t](?:nur[ \t]mit[ \t](?:schriftlicher[ \t])?Genehmigung(?:[ \t]de[rs][ \t]"
    r"[^\n.]{1,40})?|verboten|untersagt)"
    r"|Reproducción[ \t]autorizada[ \t]citando[ \t]la[ \t]fuente"
    r"|(?:Queda[ \t])?prohibida[ \t]su[ \t]reproducción(?:[ \t]total[ \t]o[ \t]parcial)?"
    r"|É[ \t]proibida[ \t]a[ \t]reprodução(?:[ \t]total[ \t]ou[ \t]parcial)?"
    r"|This[ \t](?:story|article|post|piece)[ \t]was[ \t]syndicated[ \t](?:via|by|from|through)"
    r"[ \t][^\n.]{1,80}\.[ \t]{1,3}(?:Originally[ \t]published[ \t](?:by|in|on)[ \t]"
    r"[^\n.]{1,80}\.?)?"
    r"|This[ \t](?:story|article|post|piece)[ \t]was[ \t]syndicated[ \t](?:via|by|from|through)"
    r"[ \t][^\n.]{1,80}"
    # McClatchy's dated note: "This story was originally published November 24, 2026 at
    # 12:41 PM." (with no date it is a credit line the labelled bodies keep, see above).
    r"|This[ \t](?:story|article)[ \t]was[ \t]originally[ \t]published[ \t](?:on[ \t])?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)[ \t]\d{1,2},[ \t](?:19|20)\d\d(?:[ \t]at[ \t]\d{1,2}:\d\d[ \t]?"
    r"[ap]\.?m\.?)?"
    r")[.!]?[ \t]*",
    regex.IGNORECASE | regex.V0,
)
#: What a _NOTICE opens with, as a sentence does: only a sentence that opens so is tried
#: (one C-level test; most texts' last sentences open otherwise).
_NOTICE_FIRST = (
    "Republication", "This ", "Reproduction", "Redistribution", "Toute ", "Riproduzione", "©",
    "Nachdruck", "Reproducción", "Queda ", "Prohibida", "É ",
)
_CREDIT_LINE_MAX = 240  # a credit line is short; longer last lines are not tried
_NOTICE_REACH = 400  # notices are looked for in the last line's last characters
_MAX_CREDITS = 8  # credit units peeled from the end of one text


def _notice_start(text: str, ls: int, end: int) -> int | None:
    """Where a _NOTICE that ends ``text[:end]`` starts in its line, if one does: the last
    sentence, or the two last when the last names the paper a syndication note's
    service took the story from ("… via <service>. Originally published by <paper>.")."""
    lo = max(ls, end - _NOTICE_REACH)
    pos = end
    for _ in range(2):
        # (A notice follows a full stop: the sentence before it is a copyright or a
        # credit, not a question.)
        dot = text.rfind(". ", lo, pos)
        s = ls if dot < 0 else dot + 2
        # Or a stop glued to the notice's first word, where the blocks were joined by
        # nothing ("… last week.This story was originally published …").
        # (A full stop inside the last sentence first: most hold none.)
        if text.find(".", max(lo, dot + 1), pos - 1) >= 0 and (
                glued := _LAST_GLUED_NOTICE_STOP.match(text, max(lo, dot + 1), pos)):
            dot, s = glued.start(1), glued.end(1)
        while s < end and text[s] in " \t":
            s += 1
        if text.startswith(_NOTICE_FIRST, s) and _NOTICE.fullmatch(text, s, end):
            return s
        if dot < 0 or not text.startswith("Originally", s):
            return None
        pos = dot
    return None


#: The last full stop (group 1) after a letter or a figure ("… alle 13.© Riproduzione
#: riservata", "… in città.© …"), glued to a notice's first word: one match from where the
#: search starts, the greedy run backing off from the end.
_LAST_GLUED_NOTICE_STOP = re.compile(
    r"(?s:.*)(\.)(?<=[^\W_]\.)(?=" + "|".join(re.escape(w) for w in _NOTICE_FIRST) + ")"
)


#: The heading of a press release's contact block (presseportal/news aktuell's
#: "Rückfragen bitte an:", "Pressekontakt:", PR wires' "Media contact:"), alone on a line.
_CONTACT_HEAD = regex.compile(
    r"(?:Rückfragen(?:[ \t]bitte)?[ \t]an|Pressekontakt|Medienkontakt|Kontakt[ \t]für[ \t]"
    r"Rückfragen|Press[ \t]contacts?|Media[ \t]contacts?|Media[ \t]enquiries|Contacto[ \t]de"
    r"[ \t]prensa|Contact[ \t]presse|Perscontact)[ \t]{0,2}:?[ \t]*",
    regex.IGNORECASE | regex.V0,
)
_CONTACT_LINE_MAX = 100  # a contact block's lines: a name, an office, a number, an address
_CONTACT_LINES = 10


#: Pieces of every _CONTACT_HEAD, for a C-level search before the walk up the lines.
_CONTACT_PIECES = re.compile("ontakt|ontact|ückfragen|nquiries")
#: What a contact block's last line holds: an e-mail or web address, a phone number.
_CONTACT_MARK = re.compile(r"@|://|www\.|Tel|Fax|Phone|\+\d")


def _near_contact(text: str, ls: int, end: int) -> bool:
    """Might the last line, ``text[ls:end]``, end a contact block (see _contact_block):
    does it hold an address or a number, and a contact heading the lines above it?"""
    if _CONTACT_MARK.search(text, ls, end) is None:
        return False
    lo = max(0, ls - _CONTACT_LINES * _CONTACT_LINE_MAX)
    return _CONTACT_PIECES.search(text, lo, ls) is not None


def _contact_block(text: str, ls: int) -> int | None:
    """Where a press release's contact block that ends the text starts: its heading line
    ("Rückfragen bitte an:"), with nothing but short lines (names, numbers, addresses)
    from it to the line at ``ls``, the last; None if the lines above hold no heading.
    An article's last paragraph is no contact line under such a heading."""
    start = ls
    for _ in range(_CONTACT_LINES):
        nl = text.find("\n", start)
        if _CONTACT_HEAD.fullmatch(text, start, len(text) if nl < 0 else nl):
            return start
        q = _prev_nonspace(text, start, max(0, start - 2 * _CONTACT_LINE_MAX))
        if q < 0:
            return None
        start = text.rfind("\n", 0, q) + 1
        if q + 1 - start > _CONTACT_LINE_MAX:
            return None
    return None


#: First words of a byline's credit line ("Reporting by …; Editing by …").
_BYLINE_WORDS = frozenset({"reporting", "reported", "editing", "edited", "additional", "compiled"})


def _after_byline(text: str, ls: int) -> bool:
    """Does the line that starts at ``ls`` follow a byline's credit line ("(Reporting by
    Will Dunham; Editing by Tom Brown)", a line in brackets)? The labelled article
    bodies keep the byline and the "© Reuters" under it as one block: a credit line
    there stays."""
    q = _prev_nonspace(text, ls, max(0, ls - 400))
    if q < 0:
        return False
    prev = text[text.rfind("\n", 0, q) + 1 : q + 1].strip()
    first = prev.lstrip("([").split(maxsplit=1)
    bracketed = prev[:1] in "([" and prev[-1:] in ")]"
    return bracketed or (bool(first) and first[0].lower() in _BYLINE_WORDS)


#: What may end the sentence before a credit in flattened text: a stop, a closing quote,
#: or a cut mark in brackets ("… Bereits im[...]Quelle: …"). Not a bare bracket: "(Reporting
#: by …) © Reuters" is a byline's block, which the labelled bodies keep.
_FLAT_STOP = re.compile(r"(?:[.!?…。！？][\"”’»]?|(?:…|\.{3})[\])])\Z")
#: A byline's credit sentence ("Reporting by …; Editing by …"): a credit after it stays.
_BYLINE_BEFORE = re.compile(r"\b(?:Reporting|Editing|Edited|Compiled) by\b", re.IGNORECASE)
#: A mark every _CREDIT_LINE holds: "©", "(c)"/"(ANSA)", a source's colon, a slug's or
#: an id's slash, or "Copyright" (looked for apart: the word has no other mark).
_CREDIT_MARK = re.compile("[©(:/：]")  # a class, not an alternation: a fast C-level scan
_FLAT_STARTS = re.compile(r"[.!?…。！？\"”’»\])][ \t]{0,3}(?=\S)")


def _flat_credit(text: str, ls: int, end: int) -> int | None:
    """Where a credit that ends a flattened line starts, if one does (see _credits_start).

    Scrapers that lose line breaks run the credit line into the sentence before it
    ("… dem Land. © dpa-infocom, dpa:<id>", glued: "… dem Land.© dpa-infocom, …"): a
    _CREDIT_LINE that starts right after a sentence end and runs to the end of the line
    is one. Tried in the line's last _CREDIT_LINE_MAX characters, from the start nearest
    the end; only an agency's credit in its printed shape matches, and an article
    sentence that names an agency goes on after the name ("… AFP reported."), so it
    is never all of what follows a stop. A credit after a byline's sentence stays.
    """
    lo = max(ls + 1, end - _CREDIT_LINE_MAX)
    # Every credit holds one of these marks: one C-level search, and most texts' last
    # sentences hold none.
    if _CREDIT_MARK.search(text, lo, end) is None and not any(
        text.find(w, lo, end) >= 0 for w in ("opyright", "OPYRIGHT")
    ):
        return None
    starts = [m.end() for m in _FLAT_STARTS.finditer(text, lo, end)]
    # A credit holds two stops at most ("(c) Agencia EFE", "… (SINC) vía Agencia …."):
    # the starts after the last three are all a credit may start at.
    for s in reversed(starts[-3:]):
        if not _credit_at(text, s, end):
            continue
        before = text[max(ls, s - 200) : s].rstrip()
        if _FLAT_STOP.search(before) is None or _BYLINE_BEFORE.search(before):
            return None
        return s
    return None


def _credits_start(text: str) -> int | None:
    """Where the agency credits, reprint and syndication notes that end the text start.

    Peeled from the end: a whole last line that is a _CREDIT_LINE, or a last sentence
    that is a _NOTICE, or, above a credit, a press release's contact block, then again on
    what is left, at most _MAX_CREDITS times. Only the
    text's end is looked at: the same words inside an article ("Reuters reported …",
    "The agency said reproduction is prohibited without a licence.") are no unit.
    """
    end = len(text.rstrip())
    start = None
    for _ in range(_MAX_CREDITS):
        ls = text.rfind("\n", 0, end) + 1
        if end - ls <= _CREDIT_LINE_MAX and _credit_at(text, ls, end):
            s: int | None = None if _after_byline(text, ls) else ls
        else:
            s = _notice_start(text, ls, end)
            if s is None:
                s = _flat_credit(text, ls, end)
            # A contact block sits above the credit that names its sender ("Rückfragen
            # bitte an: …" / "Original-Content von: …, übermittelt durch news aktuell"):
            # looked for once a credit went, so other texts pay nothing for it.
            if (
                s is None and start is not None and end - ls <= _CONTACT_LINE_MAX
                and _near_contact(text, ls, end)
            ):
                s = _contact_block(text, ls)
        if s is None:
            break
        start = s
        end = _prev_nonspace(text, s, 0) + 1
        if end <= 0:
            break
    return start


#: A cut mark with a word after it: where a link after a cut may start. Stdlib ``re``, one
#: C-level search of a text's last characters; most texts have none there.
_CUT_WORD = re.compile(r"(?:…|\.{3})[\])]?[ \t]{0,3}[^\W\d_]")


def _cut_link(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """A link after a cut that ends the text ("… would... read more"), or None.

    Tried only where a cut mark in the last 120 characters has a word after it (see
    _CUT_WORD): many texts end near a cut (news-API teasers), few with a link after it.
    """
    lo = max(0, len(text) - 120)
    if text.find("…", lo) < 0 and text.find("...", lo) < 0:
        return None  # str.find first: a regex search costs more than the rest of a text
    for near in _CUT_WORD.finditer(text, lo):
        m = pattern.match(text, near.start())
        if m is not None:
            return m
    return None


def _merge(text: str, found: list[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    for start, end in sorted(found):
        # Take the spaces before a unit glued to a sentence: "said. Read more" -> "said."
        s, e = start, end
        while s > 0 and text[s - 1] in " \t":
            s -= 1
        if s == 0 or text[s - 1] == "\n":  # a whole line goes with its line break
            while e < len(text) and text[e] in " \t\r":
                e += 1
            if e < len(text) and text[e] == "\n":
                e += 1
            elif e == len(text):
                while s > 0 and text[s - 1] in "\r\n":
                    s -= 1
        if spans and s <= spans[-1][1]:
            ps, pe, _ = spans[-1]
            spans[-1] = (ps, max(pe, e), "")
        else:
            spans.append((s, e, ""))
    return spans


# --- packs and cleaners -------------------------------------------------------------------


def packaged_phrases() -> tuple[str, ...]:
    """Every packaged trailer phrase (links and frames), all languages, file order.

    The phrases are read from ``data/trailers.<lang>.txt`` as the pack parser gives them
    (comments and blank lines gone); nothing is compiled, and phrases added with
    :func:`trailers_with` are not among them.

    >>> phrases = packaged_phrases()
    >>> "read more" in phrases, "the post {title} appeared first on {site}" in phrases
    (True, True)
    """
    root = resources.files("cleantext") / "data"
    out: list[str] = []
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("trailers.") and entry.name.endswith(".txt"):
            out.extend(parse_pack(entry.read_text(encoding="utf-8")))
    return tuple(out)


@functools.lru_cache(maxsize=32)
def _book(extra: tuple[str, ...]) -> _Book:
    return _compile((*packaged_phrases(), *extra))


def _find(extra: tuple[str, ...], text: str) -> list[Span]:
    return _spans(_book(extra), text)


def _warm_up(extra: tuple[str, ...]) -> None:
    """Compile the phrase set's patterns now (``Pipeline.prepare``): the book, and the
    closed frames' alternations that ``_ByFirst`` would compile at the first hits."""
    book = _book(extra)
    if book.closed is not None:
        book.closed.warm_up()


def trailers_with(extra_phrases: Iterable[str] = ()) -> SpanCleaner:
    """A ``trailers`` cleaner that also knows ``extra_phrases`` (same format as the packs).

    The packaged phrases still apply, with the same rules: an extra phrase goes only
    where a unit may start, never from inside an article sentence. The default
    :data:`trailers` is left unchanged; the new cleaner is also named ``trailers``, so
    ``Pipeline.replace`` swaps it in. Picklable: it is rebuilt from the phrases in each
    process that unpickles it.

    >>> mine = trailers_with(["Mehr bei uns"])
    >>> mine("Der Rat tagte.\\nMehr bei uns")
    'Der Rat tagte.'
    >>> trailers("Der Rat tagte.\\nMehr bei uns")
    'Der Rat tagte.\\nMehr bei uns'
    """
    extra = tuple(dict.fromkeys(" ".join(p.split()) for p in extra_phrases if p.strip()))
    # Units glued without a space ("Monday.Read More: …The council") can leave another
    # unit behind once one goes: settle within the cleaner, a few rounds at most.
    return SpanCleaner("trailers", KeptApart(functools.partial(_find, extra)), rounds=4,
                       warm_up=functools.partial(_warm_up, extra))


#: The default cleaner, with the packaged phrases.
trailers = trailers_with()
