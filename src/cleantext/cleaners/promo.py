"""Promo and widget lines: ads, share and social buttons, newsletter and follow prompts,
comment widgets, reading-time badges, redistribution notices, navigation debris.

Removed, as whole units (a line, or in a paragraph or flattened text a label between
sentences or a sentence that starts with a prompt):

- ad labels and breaks: "Advertisement", "Anzeige", "PUBLICIDAD", "Publicité",
  "Реклама", "Story continues below advertisement", "Suite après la publicité";
- share and social buttons: "Share this:", "Click to share on Twitter (Opens in new
  window)" (with the name Jetpack prints after it), lines and runs of network names
  ("Facebook Twitter Pinterest WhatsApp"), a share counter ("0 Shares"),
  WordPress/Jetpack's "Like this: Like Loading…", the "Social" label;
- newsletter, subscribe, follow and donate prompts: "Sign up for our newsletter",
  "(Want this in your inbox each morning? Sign up here.)", "Subscribe to X for FREE",
  a pitch line for a site's own newsletter ("Sign up for the Gazette Daily Briefing
  newsletter.", "Ranch Report delivered to your inbox every Friday."),
  "Follow us on Facebook", "Síguenos en", "Volg ons op", and a short line that follows
  the site by name ("Folgen Sie der Rundschau auf Facebook und Instagram.": a follow
  verb first, a network after "on"/"auf"/"op" in its first sentence; "Follow the money:
  Facebook's ad spending …" and reported lines stay); a widget between two markers
  ([until]: the Guardian's "skip past newsletter promotion" … "after newsletter
  promotion" box) with all it holds;
- comment widgets: "Leave a Reply", "0 Comments", "Loading comments…", a commenting
  policy addressed to readers, "Your email address will not be published"; a comment
  count ("Kommentare (325)", "328 Comments") also between a sentence end and a
  capitalised word ("The 325 comments posted on the site" stays);
- "4 min read", "Lesezeit: 3 Min." and "Estimated reading time: 2 minutes" badges
  (the date beside them stays); a media player's "00:00 / 05:41" on a line of its own;
- redistribution and rights notices: "Copyright 2022 The Associated Press. All rights
  reserved. This material may not be published, broadcast, rewritten or
  redistributed.", "Republished with permission … All rights reserved.";
- affiliate-link notices addressed to readers, "Please enable JavaScript…", "Click here
  to learn more about …", "Filed under: …" and tag lines, "Play Video 3:27 …" lines;
- page furniture, a line of nothing else: "Zum Seitenanfang", "Most read",
  "I più letti", "Bekijk video", "Ouvir notícia", "Paid Partnership"; and at a short
  line's start donation, app and channel asks ("Apoya el periodismo independiente",
  "Unseren WhatsApp-Kanal abonnieren"); a short line that pitches the site's app by
  name ("Download the Gazette app for breaking news alerts", "Baixe o aplicativo do
  Jornal"); a newsletter pitch glued into flattened text ("… the B2110.Sign up to the
  Harbour Bulletin newsletter for free Work is expected …": a [signup] verb after a
  stop, a [channel] word soon after); a page footer's bar that opens with the site's
  copyright ("© Kreisbote 2024 | Impressum | Datenschutz"); a tag list glued after the
  last sentence ("… he said. Tags: Harbour, ferries, council");
- boxes whose lines no phrase holds, between two that were removed: a sponsored-links
  box's clickbait titles between its heading and its credit line ("Sponsored Stories"
  … "Promoted Links by Outclick", one block); a sign-up box's heading and tagline above
  its removed e-mail field ("Sign up to The Morning Brief" / "The day's top stories …"
  / "Enter your email"); a player's or reading-time widget's "3 min" under its label;
  a bio's closing newsletter pitch ("… covers transport. Subscribe to his newsletter,
  City Lines, for a weekly dose of urbanism →"), when it runs to the line's end;
- navigation debris: a long run of one-word menu lines ("Search / Direct / User / Zoom"),
  or one line of 3+ capitalised menu items between "|", "•" or " / " with a [menu] word
  ("Home | News | Sport"), also glued between a sentence end and a capitalised word in
  flattened text; table rows, figures, "Berlin | 12.03.2024" and bylines stay. A menu
  whose items only runs of spaces part ("News  Sport  Business  Jobs", two [menu] words
  at least) next to a line of page furniture that went; a trail after a [here] cue
  ("You are here: Home / Lifestyle / Food");
- share bars glued into one word by markup or flattened text ("TwitterFacebookLinkedIn
  Copier le lien" as one word; one of common words only, "ShareTweetSend", stays: see
  "glued share bars"), the letters a share
  bar's icons leave after its share word ("Share: f x in ✉"), a run of names with a
  name's lower-case word in it ("Facebook X WhatsApp Copy link");
- comment widgets' sorters (a [sorter] heading and its [order] words: "Sort by: Newest |
  Oldest | Most liked"; the orders alone stay), counts in reactions ("14 réactions"), a
  form's [button] right under its widget ("Lascia un commento" / "Invia");
- a video player's title and a list's items after a [video] cue ("Watch: Storm surge
  floods harbour car park 01:12"): as lines (the text's first line only over the
  player's time), and inside a line when a length ends each;
- a newsletter box's teaser question, heading and button around its pitch ("Love food?
  Get our weekly Taste newsletter … . SUBSCRIBE", "Newsletter Périgord — Recevez chaque
  matin …"), and in flattened text the pitch's sentence before it that opens with a
  [signup] verb too; an app pitch glued into a paragraph or flattened text, as its
  sentence ([app] verbs, German's [download] infinitive last: ``_app_sentence``);
- a player's chrome: video.js's control and dialog text between its "Video Player is
  loading." and "This is a modal window." lines ([until]); under a removed player
  line, its time after a play sign ("▶ 0:00 / 4:12"), its playback rate ("1x"), its
  vendor's credit ("Powered by …") and a "new" badge, line by line;
- a photo gallery's chrome, lines of nothing else: counters with their word ("Foto 1
  van 8"), bare ones ("1 / 6") beside another of the same total or the gallery's
  buttons, the link to the whole gallery ("View all 6 photos"); its captions stay;
- a newsletter or app box's tagline under its removed head, over its removed sign-up
  button or ending the block to the reader ("Breaking news … straight to your
  phone."), and the channel's name heading it; the perks after a pitch ("It's
  free."); Substack's thanks before its prompt ("Thanks for reading The Ledger!
  Subscribe for free …"), and in flattened text a box's sentence before its button;
- a text-to-speech player's note on its machine voice, a line under the removed player
  ("Audio generated by an automated voice. Feedback?": ``_VOICE_NOTE``); a sign-up
  form flattened into a paragraph, its field's label at a sentence's start with its
  button, consent line and note, and the box's pitch before it (``signup_forms``); an
  app banner's tagline and [button] that ends its block under its removed head; a
  post's counts over its removed share button (Substack's "14" / "3" / "Share");
- Medium's header (its "Member-only story" label, "Follow" and the publication's line
  "Published in …" before the reading time, the clap bar "-- 3 Listen Share"), its
  footer ("412 Followers", capitalised as the counter prints it), Blogger's footer
  (its share bar glued by the template, "Newer Post Older Post Home", "Labels: …"),
  Swedish "Annons" (looked for
  as written: ``_LITERAL_INLINE``), and a [button] that ends the text, left by a form
  or a paywall ("See all offers", "Inicie sessão").

Flattened text that dropped the line breaks around a unit glues it to both sides;
only a change of case inside a word shows where it ends: an [inline] label between a
sentence's full stop and the next word ("… the runway.ADVERTISEMENTDeveloper …",
"… déplorer.PublicitéLa …", "… history.Story continues below advertisementOrganiser
…"), a breadcrumb trail before its headline ("Startseite > Region > Landkreis
HollfeldLandwirt aus …"), a reading-time badge before it ("Temps de lecture : 3 minÀ
Lavergne …"), a widget's label that opens the text ("Écouter cet articleUn cheval …",
"Listen to this article · 4 min Tram …": a duration ends it also before a space;
glued, the headline after it stays, though the label's [lead] would take its sentence).
A label that opens any line and is complete in itself (a [label] that is also a [lead])
ends there too, before a capitalised word, when its duration follows it or the article
goes on after that sentence ("Listen to this article Tram extension opens early. The
new line …"): the headline stays. With a
space there instead, only a label in capitals goes before a
capitalised word ("runway. ADVERTISEMENT Developer Greyling …"); a trail whose last
section runs into the headline stays.

Greek and Turkish: a pack's key is case-folded, which turns Greek's final sigma into a
sigma ("μας" -> "μασ") while the lower-cased text keeps it, so the scan takes either
for a sigma (``_any_sigma``, and the anchors list both); a Turkish dotted capital "İ"
lower-cases longer ("i" and a combining dot), so such a text takes the case-insensitive
scan, and its match's key folds the pair back to "i" ("BİZİ TAKİP EDİN").

A pictograph before a widget's label ("🔊 Listen to this article · 3 min") opens its
line as a bullet does. Flattened text that joined paragraphs with no space ("… were
stable.Follow us on Facebook …") starts a sentence at the stop, and what is removed
there leaves one space ("stable. Work …"); two units with only separators between
them go with the separators ("Artikel teilen: Facebook WhatsApp").

A prompt that opens a short line takes the line, unless an article sentence is glued
after its own ("Subscribe to read. The minister resigned on Monday …": a title-case
word, then lower-case words, addressing no reader); then only its sentence goes.

In flattened text a complete prompt (one listed in [inline]: "Sign up for our daily
newsletter") glued to a capitalised word ends at its own last word; a prompt with a
variable object ("Subscribe to X for FREE", [prompt] only) takes its sentence (see
below for one that runs into the next). A share
word written capitalised, a [via] word and network names ("Partager sur Facebook
Twitter") go between a sentence, a headline or nothing and a capitalised word.
Flattened text keeps no full stop after its headline: a [headline] label ("Pubblicità",
not the German noun "Anzeige") goes after a lower-case word too, but only before a
sentence that opens with an article or a preposition. A [tail] button word ("Share",
"Reacties", "Teilen") glued after the last sentence of a paragraph goes ("… in March.
Share"), and two network names there too; before more words it may open a sentence
("Comments Trump made …"), so it stays. A prompt with no full stop glued to the next
sentence ends where that sentence starts again ("Ontvang onze nieuwsbrief De eerste
huizen …": a capitalised word after a bare word, then lower-case words), and in text joined
with no space a prompt, or a notice's button, ends at the block junction where the
article's next sentence is glued on ("… our newsletterThe victim's mother testified …",
"… online.DONATE NOWDunmore Paving submitted …": small letters or a word in capitals run
into a capitalised word, then a sentence of eight words or more that ends in a stop and
speaks to no reader; a notice's button only if the article goes on after it).

Deliberately left alone: article sentences about advertising, newsletters, sharing or
comments ("Advertisement revenue fell 4%.", "The company said it would share the data
with regulators."), "Related:" link lines, author bios and photo captions (ambiguous:
they may be the article's), and a label word inside a sentence. Widget wording is a
short label or a second-person imperative; articles are third-person narrative, so
labels go only where they stand alone, and prompts only at the start of a line or a
sentence. A prompt that is quoted in a sentence that goes on ('"Please share this
video," she said.') or reported ("Volg ons advies, zei de minister") is someone's
words, one that is the subject of its sentence ("Sign up for our newsletter was the
most clicked link") is talked about, and the first half of a compound
("Advertentie-inkomsten") is a word: all stay. So do advice about an app ("Download the
NHS App to book appointments.": no news promised), a video cue before a sentence
("Watch: the council votes tonight."), sort orders or a button word with no widget
beside them, and a padded line of a table ("Home  Away  Draw  Points": one menu word).
A fraction alone ("3/4" under a recipe's heading), a credit that is a sentence
("Powered by wind and sun, the island …"), a paragraph between two pitches and one
under a pitch that speaks to no reader stay too.

>>> promo("The council approved the budget.\\n\\nAdvertisement\\n\\nIt meets again in May.")
'The council approved the budget.\\n\\nIt meets again in May.'
>>> promo("Prices rose. (Want this in your inbox each morning? Sign up here.)")
'Prices rose.'
>>> promo("February 11, 2020 4 min read")
'February 11, 2020'
>>> promo("Advertisement revenue fell 4%. Readers were asked to share the story.")
'Advertisement revenue fell 4%. Readers were asked to share the story.'

Wording lives in phrase packs, ``data/promo.<lang>.txt``: the format of
:mod:`cleantext._phrases`, cut into sections by ``[name]`` lines (``[label]``,
``[inline]``, ``[prompt]``, ``[lead]``, ``[block]``, ``[rights]``, ``[social]``,
``[menu]``, ``[compound]``, ``[via]``, ``[headline]``, ``[tail]``, ``[until]``,
``[channel]``, ``[signup]``, ``[topics]``, ``[sorter]``, ``[order]``, ``[video]``,
``[app]``, ``[download]``, ``[button]``, ``[here]``, ``[noun]``;
``promo.en.txt`` says what each means). All phrases are compiled, on first use, into one
trie-shaped pattern run by Python's ``re`` over the lower-cased text (``scan``): it
finds every cue. That trie runs at ~10-30 MB/s, so it runs only where a cue can be: each
phrase has an *anchor*, a piece of it found by a few literal-led scans of the text's
UTF-8 bytes, and the trie is tried only at the word starts just before an anchor (the
same matches as a full run; see "the anchored scan" below). A gate on the same bytes
turns away, before anything is lower-cased, a document in which no anchor stands where a
unit can start (most of a corpus).
:func:`promo_with` builds a cleaner with a user's own phrases or packs.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import regex

from cleantext import _recache
from cleantext._core import Span, SpanCleaner, apply_spans, keep_apart
from cleantext._phrases import parse_pack, trie_pattern
from cleantext._units import sentences

__all__ = ["SECTIONS", "parse_sections", "promo", "promo_with"]

#: The sections of a promo pack; phrases before any section header are prompts.
SECTIONS = ("label", "inline", "prompt", "lead", "block", "rights", "social", "menu", "compound",
            "via", "headline", "tail", "until", "channel", "signup", "topics", "sorter",
            "order", "video", "app", "download", "button", "here", "noun")
#: Sections whose phrases go into the one trie scanned over the text.
_SCANNED = ("label", "inline", "prompt", "lead", "block", "tail", "video", "app",
            "download", "here")
#: Sections whose phrases open a unit (a line or sentence that starts with one goes).
_OPENING = frozenset({"prompt", "lead", "block"})
#: Sections whose phrases may also start a unit right after a sentence's end (the gate's
#: anchors and ``_may_start`` must agree on them).
_AFTER_STOP = frozenset({"prompt", "block", "topics", "video", "app"})
_HEADER = regex.compile(r"\[([a-z]+)\]")

# A line this short that starts with a prompt is the prompt's own line: it goes whole.
# Longer lines are paragraphs (or flattened documents): only the sentence goes.
_SHORT_LINE = 300
# A [lead] phrase ("Headline:", "Tags:", "Delivered by") only at the start of a line
# this short: as a sentence start inside a paragraph the words may be the article's.
_LEAD_LINE = 200
# A notice ([block]) runs to the end of its paragraph, but never further than this.
_BLOCK_MAX = 1500
# A button glued before the article's next sentence ("DONATE NOW The mayor …"): words.
_BUTTON_WORDS = 4
# A sentence longer than this that starts with a prompt is not a widget (or the
# sentence split failed): left alone.
_PROMPT_SENTENCE_MAX = 400
# Navigation debris: at least this many one-word lines in a row, with menu words.
_MENU_RUN = 6
_MENU_WORDS = 3

# What may open a line or sentence before a prompt: bullets, brackets, quotes.
_OPENERS = frozenset("([«“\"'‘*•·–—-¡¿ \t")
# Separators a label-only line may also contain ("Share this: | Tweet · Email").
_SEPARATORS = regex.compile(r"[\s\p{P}\p{S}\d]*+")
# A word between them: what str.split() leaves once the separator runs are spaces (it
# also splits at \x1c-\x1f, which ``\s`` leaves out). Found one by one: the first word
# that is not a share button ends the test, most often at a paragraph's first word.
_SEPARATED_WORD = regex.compile(r"[^\s\p{P}\p{S}\d\x1c-\x1f]++")
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_UPPER_WORD = regex.compile(r"\p{Lu}[\p{Lu}\d'’.-]{1,30}+$")
# What may open the sentence after a label: a number is checked apart; German opens a
# quotation with „ or ‚ ("… im Rahmen. Anzeige „Wir hatten …").
_QUOTE_OPENERS = "\"“‘'«„‚([—–-¿¡"
_WORD_AFTER = regex.compile(r"[ \t]{0,5}+([\w'’-]{1,40}+)([ \t]{0,5}+)([\w'’-]{0,40}+)?")


def parse_sections(text: str) -> dict[str, list[str]]:
    """The phrases of a promo pack, by section.

    Every name in :data:`SECTIONS` is a key, empty if the pack has no such section;
    lines before any header are prompts. An unknown ``[section]`` is a
    :class:`ValueError`; the phrases are only parsed, nothing is compiled.

    >>> parse_sections("Subscribe to\\n[label]\\nAdvertisement  # the ad break\\n")["label"]
    ['Advertisement']
    >>> parse_sections("Subscribe to\\n")["prompt"]
    ['Subscribe to']
    """
    bodies: dict[str, list[str]] = {name: [] for name in SECTIONS}
    current = "prompt"
    for raw in text.splitlines():
        m = _HEADER.fullmatch(raw.strip())
        if m is not None:
            if m.group(1) not in bodies:
                raise ValueError(f"unknown promo pack section [{m.group(1)}]; "
                                 f"valid: {', '.join(SECTIONS)}")
            current = m.group(1)
            continue
        bodies[current].append(raw)
    return {name: parse_pack("\n".join(lines)) for name, lines in bodies.items()}


def _key(phrase: str) -> str:
    """How a phrase and a matched text are compared: case, spaces, apostrophes folded.
    A Turkish dotted capital "İ" is an "i" (its case fold is "i" and a combining dot:
    "BİZİ TAKİP EDİN", matched case-insensitively, is the phrase "Bizi takip edin")."""
    return " ".join(phrase.casefold().replace("i\u0307", "i").replace("’", "'").split())


@dataclass(frozen=True)
class _Rules:
    """Everything the finder needs, compiled once; picklable, and to the same bytes in
    every process (sets are pickled sorted: a pickle's bytes are a dataset's cache key)."""

    scan: re.Pattern[str]  # every cue in one pass, on lower-cased text (``_ignore_case``:
    # the same, case-insensitive, compiled only for the rare text that needs it)
    kinds: dict[str, frozenset[str]]
    inline_as_written: frozenset[str]
    tail_as_written: frozenset[str]  # [tail] labels as their packs write them
    social: frozenset[str]
    menu: frozenset[str]
    compound: frozenset[str]
    share: frozenset[str]  # share words: [social] words that are also labels ("Teilen")
    via: frozenset[str]  # words between a share word and network names ("auf", "no")
    headline: frozenset[str]  # [inline] labels that may also follow a headline (keys)
    until: dict[str, str]  # [until]: an opening marker's key, the key of its closing one
    anchors: _Anchors  # the gate's and ``_matches``'s byte scans
    channels: frozenset[str]  # phrase keys that hold a [channel] word
    order: frozenset[str]  # the words of [order] phrases, folded (``_covers``)
    buttons: frozenset[str]  # [button] keys (``_Doc._beside_removed``)
    # Stdlib patterns, as ``scan``: a ``regex`` pattern pickles its compiled code, in an
    # order that changes with the hash seed.
    channel: re.Pattern[str]  # a [channel] word, any case
    signup: re.Pattern[str]  # a [signup] verb at a sentence's start, any case

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (_rules_from, (
            self.scan,
            tuple((k, tuple(sorted(v))) for k, v in sorted(self.kinds.items())),
            tuple(sorted(self.inline_as_written)), tuple(sorted(self.tail_as_written)),
            tuple(sorted(self.social)),
            tuple(sorted(self.menu)), tuple(sorted(self.compound)), tuple(sorted(self.share)),
            tuple(sorted(self.via)), tuple(sorted(self.headline)),
            tuple(sorted(self.until.items())), self.anchors, tuple(sorted(self.channels)),
            tuple(sorted(self.order)), tuple(sorted(self.buttons)), self.channel,
            self.signup))


def _rules_from(scan: re.Pattern[str],  # noqa: PLR0917
                kinds: tuple[tuple[str, tuple[str, ...]], ...], inline: tuple[str, ...],
                tail: tuple[str, ...], social: tuple[str, ...], menu: tuple[str, ...],
                compound: tuple[str, ...], share: tuple[str, ...], via: tuple[str, ...],
                headline: tuple[str, ...], until: tuple[tuple[str, str], ...],
                anchors: _Anchors, channels: tuple[str, ...], order: tuple[str, ...],
                buttons: tuple[str, ...], channel: re.Pattern[str],
                signup: re.Pattern[str]) -> _Rules:
    return _Rules(scan, {k: frozenset(v) for k, v in kinds}, frozenset(inline),
                  frozenset(tail), frozenset(social), frozenset(menu), frozenset(compound),
                  frozenset(share), frozenset(via), frozenset(headline), dict(until),
                  anchors, frozenset(channels), frozenset(order), frozenset(buttons), channel,
                  signup)


# Reading-time badges: "4 min read", "Lesezeit: 3 Min.", "3 minutos de lectura".
# Written lower case: the scan runs on lower-cased text. The longer word first in each
# alternation: the badge needs no word edge after it in the scan (flattened text glues
# the headline to it, "Temps de lecture : 3 minÀ Lavergne …", and lower case hides the
# capital), so the first spelling that fits is taken; ``_reading_time_ok`` then wants
# a capital, a separator or the line's end after it ("5 minimum" is no badge).
_MINUTES = r"(?:minuten|minutos?|minuti|min(?:ute)?s?|мин(?:ут[аы]?)?)\.?"
_READ_AFTER = (r"(?:reading|read|lesezeit|de\s+lecture|de\s+lectura|di\s+lettura"
               r"|de\s+leitura|leestijd|чтения)")
_READ_BEFORE = (r"(?:reading\s+time|read\s+time|lesezeit|lesedauer"
                r"|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura"
                r"|tempo\s+de\s+leitura|leestijd"
                r"|время\s+чтения)")
_BADGE = (
    rf"(?:\d{{1,3}}(?:[-–]\d{{1,3}})?[ \t]?{_MINUTES}[ \t]{{1,3}}{_READ_AFTER}"
    rf"|{_READ_BEFORE}[ \t]{{0,3}}:?[ \t]{{0,3}}(?:ca\.[ \t]?|~[ \t]?)?\d{{1,3}}[ \t]?{_MINUTES})"
    r"|(?:読了時間|阅读时间|閱讀時間)[:：]?[ \t]{0,3}約?\d{1,3}[ \t]?分(?:钟|鐘)?"
)
# "0 Comments", "12 Kommentare": a comment count, as a line or between sentences.
# WordPress share counters ("0 Shares") count too, capitalised only (``_scan``): "300
# shares Trump owned" is prose. Not the singular: "2019 Share this:" is a date and a
# share heading, and the count would hide the heading from the scan. Sites that call
# comments reactions count them so ("14 réactions", "8 reacties", "3 Reaktionen").
_COUNT = (r"\d{1,6}[ \t]?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|"
          r"comentários?|reacties|reactie|réactions?|reazioni|reaktionen|"
          r"комментари(?:й|я|ев)|shares|followers)(?!\w)")
# "Kommentare (325)", "Comments (12)", "Комментарии (4)": the same count as the comment
# link prints it, the number after the word (the words of ``_TALLY_WORDS``).
_TALLY_WORDS = ("comment", "comments", "kommentar", "kommentare", "commentaire",
                "commentaires", "comentario", "comentarios", "commento", "commenti",
                "comentário", "comentários", "reactie", "reacties", "комментарий",
                "комментарии", "комментария", "комментариев",
                # The later packs' comment links ("Diskuze (24)", "Komentarze (8)").
                "diskuze", "diskuse", "komentáře", "komentarze", "kommentarer", "kommentit",
                "hozzászólások", "comentarii", "yorumlar")
_TALLY = (r"(?:" + "|".join(sorted(_TALLY_WORDS, key=lambda w: (-len(w), w)))
          + r")[ \t]?\(\d{1,6}\)")
# Where a copyright notice may start; the notice itself is matched on the original.
_COPY = r"copyright|©|\(c\)"
# Scripts that do not space their words: a phrase in them needs no boundary after it.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# Possible navigation debris or stacked share buttons: three short lines in a row.
_SHORT_LINES = re.compile(
    r"(?:^|\n)(?:[ \t]{0,10}[^\s]{1,30}(?:[ \t][^\s]{1,30})?[ \t]{0,10}\n\s{0,10}){3}")
# Words that open a sentence after a one-word label whose next word is capitalised too:
# "ANZEIGE Die Brücke wird…" is a label and a sentence, German nouns notwithstanding.
_DETERMINERS = frozenset({
    "The", "A", "An", "This", "These", "In", "On", "At", "Der", "Die", "Das", "Ein", "Eine",
    "Le", "La", "Les", "Un", "Une", "El", "Los", "Las", "Il", "Lo", "Gli", "Uno", "Una",
    "O", "Os", "As", "Um", "De", "Het", "Een",
    # Russian has no articles: its sentences open as often with a preposition or "this"
    # ("Реклама В Заречье открыли мост": "В" is "in", not a name's first word).
    "В", "Во", "На", "По", "С", "Со", "Из", "За", "К", "У", "О", "Об", "От", "До", "Для",
    "При", "После", "Это", "Этот", "Эта", "Эти",
    # Hungarian's articles; Catalan's, and Greek's ("Διαφήμιση Η …").
    "Az", "Egy", "Els", "Ο", "Η", "Το", "Οι", "Τα",
})
# How many times a one-word label may be printed in a row ("Anzeige Anzeige Der Rat …"):
# the word after the last one decides for all of them.
_REPEATS = 3
_URL = re.compile(r"https?://|www\.")
_CHARS_MARKER = re.compile(r"…?[ \t]*\[\+\d{1,7}[ \t]chars\]$")


def _any_sigma(source: str) -> str:
    """``source`` with each Greek sigma as either of its forms: a phrase's key is case-
    folded ("μας" -> "μασ"), and the lower-cased text keeps a word's final "ς"
    ("Ακολουθήστε μας"). (A trie writes a sigma as itself, never in a class.)"""
    return source.replace("σ", "[σς]")


def _compile(sections: dict[str, list[str]]) -> _Rules:
    # An [until] line is two markers: each is an [inline] label, and the pair goes
    # with all between them.
    until = dict(_until_pairs(sections["until"]))
    sections = {**sections, "inline": [*sections["inline"], *(
        half for line in sections["until"] for half in line.split(" => ", 1))]}
    kinds: dict[str, set[str]] = {}
    for name in _SCANNED:
        for phrase in sections[name]:
            kinds.setdefault(_key(phrase), set()).add(name)
    # Every inline or tail phrase is also a label: a line of nothing else goes.
    for phrase in (*sections["inline"], *sections["tail"]):
        kinds[_key(phrase)].add("label")
    # A [topics] heading is a label that takes the topic lines under it (``_Doc.topics``).
    for phrase in sections["topics"]:
        kinds.setdefault(_key(phrase), set()).update({"label", "topics"})
    # A [sorter] heading is a label that the sort orders after it go with (``_covers``).
    for phrase in sections["sorter"]:
        kinds.setdefault(_key(phrase), set()).update({"label", "sorter"})
    # A [noun] is an [inline] label that opens article sentences (``_inline_label_ok``).
    for phrase in sections["noun"]:
        if _key(phrase) in kinds:
            kinds[_key(phrase)].add("noun")
    inline_as_written = frozenset(" ".join(p.split()) for p in sections["inline"]) | \
        frozenset(_LITERAL_INLINE)
    tail_as_written = frozenset(" ".join(p.split()) for p in sections["tail"])
    # The trie matches the longest phrase: "Follow us on Instagram" (a label) must still
    # open a prompt line ("Follow us on Instagram and TikTok") as "Follow us on" does.
    # An [app] verb too: "Scarica l'app" (a [lead]) opens an app pitch as "Scarica" does.
    heads = _OPENING | {"app"}
    opening = {k for k, v in kinds.items() if v & heads}
    for key, found in kinds.items():
        words = key.split()
        for n in range(1, len(words)):
            head = " ".join(words[:n])
            if head in opening:
                found.update(kinds[head] & heads)
    # Longest first (the alternation takes the first name that fits), then by spelling:
    # the same pattern in every process.
    social_words = sorted({" ".join(p.split()) for p in sections["social"]},
                          key=lambda w: (-len(w), w))
    social_alt = "|".join(re.escape(w.lower()).replace(r"\ ", r"[ \t]+") for w in social_words)
    channels = sorted({_key(w) for w in sections["channel"]})
    channel_alt = trie_pattern(channels) if channels else "(?!)"
    # A one-letter name ("X", Twitter's new one) never starts a run: as a run's first
    # word, and so as an anchor, it would stop the scan at every "x" of the text. After
    # a longer name it is a name like any ("Facebook X WhatsApp").
    leading = [w for w in social_words if len(w) > 1]
    lead_alt = "|".join(re.escape(w.lower()).replace(r"\ ", r"[ \t]+") for w in leading)
    # One pass finds every cue. Phrases: one trie, from a word boundary to one; the last
    # letter may be shouted ("KLIK HIERRR", twice more at least: "Ad" is not "Add"); CJK
    # phrases need no boundary at their end.
    # Share buttons: a run of network names, each repetition a separator and a name, so
    # the scan stays linear. Python's ``re`` runs this at ~30 MB/s on lower-cased text;
    # the ``regex`` module ran the same trie at ~2 MB/s (development sets, one core).
    social_sep = r"[ \t]{0,3}[|·•/,]?[ \t]{1,3}"
    source = (
        r"(?<!\w)(?:"  # (an alternation here, to exempt "(Opens…", halves the speed)
        rf"(?P<social>(?:{lead_alt})(?:{social_sep}(?:{social_alt})){{1,40}}(?!\w))"
        # A network name glued to an ASCII letter: where a glued share bar may be.
        rf"|(?P<glued>{trie_pattern(_GLUED_TRIGGERS)}(?=[a-z])"
        rf"|{trie_pattern(_GLUED_COMMON)}(?={trie_pattern(_GLUED_FOLLOWERS)}))"
        r"|(?P<rights>" + trie_pattern(sections["rights"]) + r")(?!\w)"
        # Before the phrases: "Kommentare (325)" is a count, not the label "Kommentare".
        rf"|(?P<tally>{_TALLY})"
        # Medium's "Listen" before its "Share" (``_MEDIUM_BAR`` reads the bar).
        r"|(?P<medium>listen)(?=\s{0,8}share)"
        # A gallery's counter or link (``_Doc.inline_galleries`` reads them).
        rf"|(?P<gallery>{_GALLERY_CUE})"
        r"|(?P<p>" + _any_sigma(trie_pattern(kinds)) + r")"
        r"(?:(?<=(?P<last>[^\W\d_]))(?P=last){2,4})?"
        rf"(?:(?<=[\W{_CJK}])|(?!\w))"  # no boundary needed after ":" or ")"
        rf"|(?P<count>{_COUNT})|(?P<badge>{_BADGE})|(?P<copy>{_COPY})"
        # After the phrases: a phrase that holds a channel word is found as the phrase.
        r"|(?P<channel>" + channel_alt + r")(?!\w))"
    )
    holds_channel = re.compile(r"(?<!\w)(?:" + channel_alt + r")(?!\w)", re.IGNORECASE)
    return _Rules(
        scan=re.compile(source),
        kinds={k: frozenset(v) for k, v in kinds.items()},
        inline_as_written=inline_as_written,
        tail_as_written=tail_as_written,
        social=frozenset(w.casefold() for w in social_words),
        menu=frozenset(w.casefold() for w in sections["menu"]),
        compound=frozenset(sections["compound"]),
        share=frozenset(w.casefold() for w in social_words) & frozenset(kinds),
        via=frozenset(w.casefold() for w in sections["via"]),
        until=until,
        # Only [inline] labels: the gate lets those through anywhere, as written or in
        # capitals, so it needs no anchor of its own for them.
        headline=frozenset(_key(p) for p in sections["headline"])
        & frozenset(_key(p) for p in sections["inline"]),
        anchors=_build_anchors(kinds, sections["rights"], leading, social_words,
                               inline_as_written | tail_as_written, channels),
        channels=frozenset(k for k in kinds if holds_channel.search(k)),
        order=frozenset(w for p in sections["order"] for w in _key(p).split()),
        buttons=frozenset(_key(p) for p in sections["button"]),
        channel=holds_channel,
        signup=_signup_pattern(sections["signup"]),
    )


def _until_pairs(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The (opening, closing) keys of [until] lines ("opening => closing")."""
    for line in lines:
        opening, sep, closing = line.partition(" => ")
        if not sep or not opening.strip() or not closing.strip():
            raise ValueError(f"an [until] line is 'opening => closing', not {line!r}")
        yield _key(opening), _key(closing)


def _packaged_sections() -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {name: [] for name in SECTIONS}
    root = resources.files("cleantext") / "data"
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("promo.") and entry.name.endswith(".txt"):
            for name, phrases in parse_sections(entry.read_text(encoding="utf-8")).items():
                merged[name].extend(phrases)
    return merged


# --- the gate and the anchored scan -------------------------------------------------
#
# The trie above runs at ~10-30 MB/s: too slow to run over every document, and most
# documents hold no promo unit at all. Two things make the cleaner fast without
# changing what it finds.
#
# 1. Anchors. Every match of ``scan`` holds an *anchor*: one character of the phrase
#    (the *lead*), with the rest of the phrase around it, written as a pattern over the
#    text's UTF-8 bytes after ``bytes.translate(table)``. The table lower-cases ASCII
#    letters and folds groups of bytes into one marker byte: the rarest letters
#    (j k q v w x y z) to \x01, the lead bytes of CJK, kana, Hangul and other wide
#    scripts to \x03, those of Cyrillic to \x04, digits to \x05. A lead is a character
#    that becomes \x01, \x03 or \x04, or one of the few letters ``_choose_key`` adds
#    until every phrase has a lead, so one ``re`` scan per lead byte finds every anchor:
#    ``re`` skips to its literal first byte in C, tests the byte after it against those
#    the scan's anchors can have there (``_next_bytes``; many occurrences stop at that
#    test), and tries the rest of the phrase only past it.
#
#    Why an anchor is a superset of a match (it never misses one): a match of the trie
#    is the phrase in the lower-cased text ``low``, its spaces as runs of ``\s``, its
#    apostrophes as ' or ’. A character of the text lower-cases to an ASCII letter only
#    if it is that letter or its capital, or the Kelvin sign (tested over all of
#    Unicode): ``translate`` maps both cases to the same byte, and a text with a Kelvin
#    sign (or a dotted capital I, whose lower case is longer) skips all this and takes
#    the full scan. A character outside ASCII is one of the *forms* that lower-case to
#    the phrase's character (``_forms``); the anchor lists their bytes. Spaces become
#    byte sequences for every ``\s``, word edges become "not an ASCII letter, digit or
#    _" (a character outside ASCII is let through). So each byte of a match meets the
#    anchor's pattern. Conditions outside the phrase (a digit before "0 Comments", a
#    separator and a network name after "Facebook") are copied from ``scan`` the same
#    way.
#
# 2. The gate (``_Trigger``, SpanCleaner's trigger) turns a document away when no
#    anchor *that could start a unit* is in it: a cue ``_scan`` keeps needs a line
#    start, a sentence start or a separator before it (``_may_start``), so the gate's
#    anchors also refuse a phrase right after "<letter or digit> " (a word: prose) and,
#    for a label, right after ". " (a sentence end: labels go only at a line start or
#    after a separator), unless the phrase is an [inline] label, which may stand
#    anywhere (written as in its pack or in capitals: case is not seen here). A text
#    the gate turns away has no cue that ``_find`` keeps, no three short lines in a
#    row and no line with two bar separators (checked on the same bytes), so ``_find``
#    would return nothing. The gate costs an encode, a translate and a scan of the
#    bytes per lead byte in them, and two cheaper ones for the short lines and bars.
#
# 3. Past the gate, ``_matches`` yields exactly what ``scan.finditer(low)`` yields: it
#    runs the anchors without the gate's refusals, and tries ``scan.match`` only at the
#    word starts of a window before each anchor (as far back as the phrase's start can
#    be). Every position where a match can start lies in a window, and ``finditer``
#    finds nothing elsewhere, so the same matches come out in the same order.

_RARE = "jkqvwxyz"
# How often Russian letters come (per cent); other wide characters count as 0.5.
_CYRILLIC_FREQUENCY = dict(zip("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё", (
    11.0, 8.5, 8.0, 7.4, 6.7, 6.3, 5.5, 4.7, 4.5, 4.4, 3.5, 3.2, 3.0, 2.8, 2.6, 2.0, 1.9,
    1.7, 1.7, 1.6, 1.6, 1.4, 1.2, 1.0, 0.9, 0.7, 0.6, 0.5, 0.4, 0.3, 0.3, 0.04, 0.04),
    strict=True))
# How often each letter comes in English text (per cent): the letters phrases lead
# on are chosen for covering many phrases and coming rarely.
_FREQUENCY = dict(zip("etaoinshrdlcumwfgypbvkjxqz", (
    12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0,
    2.0, 1.9, 1.5, 1.0, 0.8, 0.15, 0.15, 0.1, 0.07), strict=True))
_WIDE_LEADS = (*range(0xD0, 0xD4), *range(0xE3, 0xEE))
# Bytes that ``re`` reads as themselves in a pattern, in a class or out of one. Digits
# and white space stay escapes: a digit after an escape could extend it ("\\1" + "2"),
# and ``re.VERBOSE`` would drop white space.
_PLAIN = frozenset(range(1, 256)) - frozenset(b"\\]^-[.$*+?{}|()#&~0123456789 \t\n\r\x0b\x0c")
_HEX_ESCAPE = re.compile(rb"\\x([0-9a-f]{2})")


def _plain(pattern: bytes) -> bytes:
    """``pattern`` with its ``\\xNN`` escapes written as the bytes, where ``re`` reads
    the byte as itself: the same pattern (the same parse). ``re``'s parser is pure
    Python and reads an escape a character at a time, and the anchors repeat these
    pieces thousands of times: a first use of the gate and seek scans, which compiles
    them, pays for every character."""
    def byte(m: re.Match[bytes]) -> bytes:
        value = int(m.group(1), 16)
        return bytes([value]) if value in _PLAIN else m.group()
    return _HEX_ESCAPE.sub(byte, pattern)


_WB = _plain(rb"[0-9a-z_\x01\x05]")  # an ASCII word byte after translation
# The last bytes of a letter or digit, for the gate's "a word, then a space": ASCII
# (translated), Latin-1 letters (not × ÷), Latin Extended, Cyrillic letters (its lead
# bytes are \x04 after translation; the signs and marks at U+0482-0489 are left out).
_ALNUMS = tuple(map(_plain, (rb"[a-z\x01\x05]", rb"\xc3[\x80-\x96\x98-\xb6\xb8-\xbf]",
                             rb"[\xc4-\xc9][\x80-\xbf]", rb"\x04[\x80\x81\x8a-\xbf]")))
# One ASCII opener (``_OPENERS``), as between a word and a phrase it does not open.
_OPENER = rb"[ \t(\[\"'*\-]"
# Sentence ends that are not also openers (``_ENDS`` less ``_OPENERS``), in bytes.
_SENTENCE_ENDS = tuple(map(_plain, (rb"[.!?:;)\]|]", rb"\xc2\xbb", rb"\xe2\x80[\x99\x9d\xa6]",
                                    rb"\x03\x80\x82", rb"\xef\xbc[\x81\x9f]")))
# Every \s of a str pattern, as UTF-8 bytes after translation (U+3000 starts with \x03).
_SPACE_BYTES = _plain(rb"(?:[\t-\r\x1c- ]|\xc2[\x85\xa0]|\xe1\x9a\x80"
                       rb"|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\x03\x80\x80)")
_APOSTROPHE_BYTES = _plain(rb"(?:'|\xe2\x80\x99)")
_SOCIAL_GAP = rb"[ \t]+"
# The bytes a gap's characters are made of.
_GAP_BYTES = {
    _SPACE_BYTES + b"{1,8}": _plain(
        rb"[\t-\r\x1c-\x20\x03\x80-\x8a\x9a\x9f\xa0\xa8\xa9\xaf\xc2\xe1\xe2]"),
    _APOSTROPHE_BYTES: rb"['\xe2\x80\x99]",
}
# The first byte of each kind of gap.
_PEEK_BYTES = {
    _SPACE_BYTES + b"{1,8}": b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \xc2\xe1\xe2\x03",
    _SPACE_BYTES + b"+": b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \xc2\xe1\xe2\x03",
    _APOSTROPHE_BYTES: b"'\xe2",
    _SOCIAL_GAP: b" \t",
}
# What may follow a [tail] label to the end of its line, as the gate sees it: every
# separator of ``_GAP_RUN`` and every white space but the line break (a superset of
# what ``_tail_ok`` lets through, which strips the line's trailing spaces first).
_LINE_END = _plain(rb"(?=(?:[\t\x0b-\r\x1c- :|\-]|\xc2[\x85\xa0\xb7]|\xe1\x9a\x80"
                   rb"|\xe2\x80[\x80-\x8a\x93\x94\xa2\xa8\xa9\xaf]|\xe2\x81\x9f|\x03\x80\x80)*+"
                   rb"(?:\n|\Z))")
_SOCIAL_SEP_BYTES = _plain(rb"[ \t]{0,3}(?:[|/,]|\xc2\xb7|\xe2\x80\xa2)?[ \t]{1,3}")
# The first byte of a digit: ASCII (\x05) or the lead byte of another script's digit.
_DIGIT_LEAD = _plain(rb"[\x03-\x05\xc0-\xff]")
_DIGIT_LAST = _plain(rb"[\x05\x80-\xbf]")  # the last byte of a digit
# A letter after a phrase, in the translated bytes (ASCII only; the rare ones are \x01).
_LETTER_NEXT = rb"(?=[a-z\x01])"
_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyz\x01")
# Leads further than this from a match's start are looked for in a wider window.
_NEAR = 24
_UNBOUNDED = 10_000
# Characters outside ASCII whose lower case is not reached from their own upper or
# title case: Kelvin, Angstrom, Ohm signs, capital theta symbol, capital sharp s; and
# Greek's final sigma, which the scan takes for a sigma (``_any_sigma``).
_FOLDS_INTO = {"\u212a": "k", "\u212b": "\u00e5", "\u2126": "\u03c9", "\u03f4": "\u03b8",
               "\u1e9e": "\u00df", "\u03c2": "\u03c3"}
# Texts with these take the full scan: "İ" lengthens in lower case, and "K" lower-cases
# to an ASCII "k" that the byte anchors do not look for.
_FULL_SCAN = ("\u0130", "\u212a")
# Network names that no word of prose starts with (see "glued share bars").
_GLUED_TRIGGERS = ("facebook", "whatsapp", "twitter", "linkedin", "pinterest", "reddit",
                   "tumblr", "telegram")
# Share words that prose writes glued to a letter ("shared", "tweets", "printer"), but
# never to another button's word: a bar of them only ("ShareTweetSend", "Teilen
# TwitternMerkenDrucken" run together) is where one of these is glued to a follower.
_GLUED_COMMON = ("share", "tweet", "teilen", "twittern", "merken", "drucken", "partager",
                 "compartir", "condividi", "delen", "partilhar", "compartilhar", "print",
                 "email")
# Words only a glued bar has as pieces (Facebook Messenger's "Send" button), and
# Blogger's buttons, which its template prints glued ("Email ThisBlogThis!Share to
# XShare to FacebookShare to Pinterest"; not pack labels: "… took to Twitter" would
# let texts past the gate).
_GLUED_PIECES = ("send",)
_BLOGGER_PIECES = ("email this", "blogthis!", "share to x", "share to twitter",
                   "share to facebook", "share to pinterest")
_GLUED_FOLLOWERS = (*_GLUED_COMMON, *_GLUED_TRIGGERS, *_GLUED_PIECES, "pin", "mail",
                    "tuitear", "imprimer", "imprimir", "stampa")
_CJK_CHARS = re.compile(f"[{_CJK}]")


@functools.lru_cache(maxsize=4096)
def _forms(ch: str) -> frozenset[str]:
    """The characters whose lower case is ``ch`` (``ch`` itself among them)."""
    forms = {ch} | {f for f, low in _FOLDS_INTO.items() if low == ch}
    forms.update(f for f in (ch.upper(), ch.title()) if len(f) == 1 and f.lower() == ch)
    return frozenset(forms)


@dataclass(frozen=True)
class _Key:
    """How text becomes the bytes the anchors are scanned in, and which bytes lead."""

    table: bytes
    leads: bytes  # lead bytes, the rarest first
    wide: str = ""  # characters of wide scripts to lead on, the best first


def _table(wide: Iterable[int]) -> bytes:
    table = bytearray(range(256))
    table[1:6] = bytes(5)  # the text's own \x01-\x05 must not pass for markers
    for c in range(26):
        table[65 + c] = 97 + c
    for ch in _RARE:
        table[ord(ch)] = table[ord(ch.upper())] = 1
    for digit in b"0123456789":
        table[digit] = 5
    for lead in wide:  # Cyrillic to \x04, the others (CJK, kana, Hangul …) to \x03
        table[lead] = 4 if 0xD0 <= lead <= 0xD3 else 3
    return bytes(table)


# The anchors spell the same few hundred characters tens of thousands of times: the
# two functions below are cached (a first use pays for building the anchors).
@functools.lru_cache(maxsize=4096)
def _char(ch: str, table: bytes) -> tuple[tuple[bytes, ...], int]:
    """The byte sequences (translated) of the characters that lower-case to ``ch``;
    their width, or -1 if they differ. ASCII letters: one byte (the Kelvin sign aside)."""
    if ch.isascii():
        return (bytes([table[ord(ch)]]),), 1
    seqs = tuple(sorted({f.encode("utf-8", "surrogatepass").translate(table)
                         for f in _forms(ch) if not f.isascii()}))
    widths = {len(s) for s in seqs}
    return seqs, widths.pop() if len(widths) == 1 else -1


@functools.lru_cache(maxsize=4096)
def _alt(seqs: tuple[bytes, ...]) -> bytes:
    """A pattern for any of ``seqs``: a shared prefix, then a class where the rest is
    one byte (``re`` skips a branch that starts with a literal or a class at once)."""
    if len(seqs) == 1:
        return re.escape(seqs[0])
    n = 0
    while all(len(x) > n + 1 for x in seqs) and len({x[n] for x in seqs}) == 1:
        n += 1
    rests = sorted({x[n:] for x in seqs})
    if all(len(r) == 1 for r in rests):
        return re.escape(seqs[0][:n]) + _class(r[0] for r in rests)
    return re.escape(seqs[0][:n]) + b"(?:" + b"|".join(re.escape(r) for r in rests) + b")"


@functools.lru_cache(maxsize=8192)
def _rank(ch: str, key: _Key) -> int:
    """Where ``ch``'s lead byte stands among the leads (-1: ``ch`` cannot lead); among
    the characters of wide scripts, the chosen ones first."""
    firsts = {s[:1] for s in _char(ch, key.table)[0]}
    rank = key.leads.find(firsts.pop()) if len(firsts) == 1 else -1
    if rank < 0 or ch.isascii():
        return rank * 1000
    return rank * 1000 + (key.wide.index(ch) if ch in key.wide else 999)


@dataclass(frozen=True)
class _Phrase:
    """What ``scan`` matches, as anchors are made from it: runs of characters that
    stand in ``low`` as they are, the gaps between them (a pattern over the bytes and
    the most characters it spans), what may precede the first run, and conditions."""

    runs: tuple[str, ...]
    gaps: tuple[tuple[bytes, int], ...] = ()
    before: int = 0  # characters of the match before the first run, at most
    starts: bool = True  # the first run starts the match (a word edge before it)
    leads_in: int = 99  # the lead must be in one of the first ``leads_in`` runs
    keep: str = ""  # "", "word" or "sentence": where the gate refuses it (see above)
    behind: bytes = b""  # a look-behind for after the lead's run ({run}: that run)
    leaf: bytes = b""  # a zero-width condition after the phrase
    edge: str = ""  # the phrase's last character, if a word edge must follow it
    shout: bool = False  # that character may repeat two to four times first ("HIERRR")
    case: bool = False  # the gate takes it only as written in its pack or in capitals


def _phrase_runs(phrase: str) -> tuple[tuple[str, ...], tuple[tuple[bytes, int], ...]]:
    """A trie phrase as runs and gaps: a space is ``\\s{1,8}``, an apostrophe ' or ’."""
    runs: list[str] = []
    gaps: list[tuple[bytes, int]] = []
    current: list[str] = []
    for ch in " ".join(phrase.lower().split()):
        if ch in " '’":
            runs.append("".join(current))
            current = []
            gaps.append((_SPACE_BYTES + b"{1,8}", 8) if ch == " " else (_APOSTROPHE_BYTES, 1))
        else:
            current.append(ch)
    runs.append("".join(current))
    return tuple(runs), tuple(gaps)


@functools.lru_cache(maxsize=8192)
def _lead_at(phrase: _Phrase, key: _Key) -> tuple[int, int] | None:
    """The lead: the rarest, in the longest run (the fewest false hits), preferring one
    with a letter after it (the scan's branches then start with a byte, which ``re``
    skips fast), then the earliest."""
    ranks = [(i == len(run) - 1, r, -len(run), k, i)
             for k, run in enumerate(phrase.runs[: phrase.leads_in])
             for i, ch in enumerate(run) if (r := _rank(ch, key)) >= 0]
    if not ranks:
        return None
    *_, k, i = min(ranks)
    return k, i


@functools.lru_cache(maxsize=8192)
def _anchor(phrase: _Phrase, key: _Key, *, gate: bool) -> tuple[tuple[bytes, ...], int]:
    """The anchor's tokens (the first is the lead byte) and how far the lead can be from
    the start of the match, in characters."""
    table = key.table
    where = _lead_at(phrase, key)
    assert where is not None
    k, i = where
    reach = phrase.before + i + sum(len(r) + g[1]
                                    for r, g in zip(phrase.runs[:k], phrase.gaps[:k], strict=True))
    run = phrase.runs[k]
    chars = [_char(ch, table) for ch in run]
    lead = chars[i][0]
    tokens: list[bytes] = [lead[0][:1]]
    if lead[0][1:]:
        tokens.append(_alt(tuple(s[1:] for s in lead)))
    tokens.extend(_alt(seqs) for seqs, _ in chars[i + 1:])
    if all(width > 0 for _, width in chars):
        whole = b"".join(_alt(seqs) for seqs, _ in chars)
        checks = []
        if i > 0:
            checks.append(b"(?<=" + whole + b")")
        if k == 0 and phrase.starts:
            checks.append(b"(?<!" + _WB + whole + b")")
            checks.extend(b"(?<!" + c + whole + b")" for c in _ALNUMS[1:])
            if gate and phrase.keep:
                checks.extend(b"(?<!" + c + _OPENER + whole + b")" for c in _ALNUMS)
            if gate and phrase.keep == "sentence":
                checks.extend(b"(?<!" + c + b" " + whole + b")" for c in _SENTENCE_ENDS)
        if phrase.behind:
            checks.append(phrase.behind.replace(b"{run}", whole))
        if k > 0 and phrase.gaps[k - 1][0] in _GAP_BYTES:
            # The run before, across the gap (any of its byte lengths).
            before = [_char(ch, table) for ch in phrase.runs[k - 1]]
            if all(width > 0 for _, width in before):
                prev = b"".join(_alt(seqs) for seqs, _ in before)
                byte = _GAP_BYTES[phrase.gaps[k - 1][0]]
                # One or two bytes of gap, or else at least three (not checked further).
                checks.append(b"(?:(?<=" + prev + byte + whole + b")|(?<=" + prev + byte + b"{2}"
                              + whole + b")|(?<=" + byte + b"{3}" + whole + b"))")
        if checks:
            # The look-behinds are slow next to a byte test, and the scan tries its
            # branches one by one at every lead: a cheap test of what follows goes
            # first (the next gap's first byte, or the word edge).
            if k + 1 < len(phrase.runs):
                tokens.append(b"(?=" + _class(_PEEK_BYTES[phrase.gaps[k][0]]) + b")")
            elif phrase.edge:
                tokens.append(_edge(phrase, table))
            tokens.append(b"".join(checks))
    for (gap, _), later in zip(phrase.gaps[k:], phrase.runs[k + 1:], strict=True):
        tokens.append(gap)
        tokens.extend(_alt(_char(ch, table)[0]) for ch in later)
    if phrase.edge and _edge(phrase, table) not in tokens:
        tokens.append(_edge(phrase, table))
    if phrase.leaf:
        tokens.append(phrase.leaf)
    if gate and phrase.case:
        tokens.append(b"()")
    return tuple(tokens), reach


def _class(values: Iterable[int]) -> bytes:
    return b"[" + b"".join(bytes([b]) if b in _PLAIN else b"\\x%02x" % b
                           for b in sorted(set(values))) + b"]"


# In a set of the bytes that can follow a lead: the text may end there instead.
_END = 256
# The bytes ``_WB`` refuses: what a word edge lets through.
_NOT_WORD = frozenset(b for b in range(256) if re.fullmatch(_WB, bytes([b])) is None)


def _next_bytes(phrase: _Phrase, key: _Key) -> frozenset[int] | None:
    """The bytes that can follow an anchor's lead byte, with ``_END`` if the text may
    end there (None: any, or the end)."""
    where = _lead_at(phrase, key)
    assert where is not None
    k, i = where
    run = phrase.runs[k]
    seqs = _char(run[i], key.table)[0]
    if len(seqs[0]) > 1:
        return frozenset(s[1] for s in seqs)
    if i + 1 < len(run):
        return frozenset(s[0] for s in _char(run[i + 1], key.table)[0])
    if k + 1 < len(phrase.runs):
        peek = _PEEK_BYTES.get(phrase.gaps[k][0])
        return None if peek is None else frozenset(peek)
    if phrase.leaf == _LETTER_NEXT:
        return _LETTERS
    if phrase.edge:
        # The lead ends the phrase: the word edge (``_edge``) follows it at once, after
        # the same letter shouted, perhaps ("HIERRR": the lead's own byte again).
        return _NOT_WORD | {_END} | (set(seqs[0]) if phrase.shout else set())
    return None


def _edge(phrase: _Phrase, table: bytes) -> bytes:
    """The word edge after a phrase (after its last letter shouted, perhaps)."""
    if not phrase.shout:
        return b"(?!" + _WB + b")"
    return b"(?=(?:(?:" + _alt(_char(phrase.edge, table)[0]) + b"){2,4})?(?!" + _WB + b"))"


def _token_trie(seqs: Iterable[tuple[bytes, ...]]) -> bytes:
    """One pattern for token sequences, factored as a trie; a sequence that ends is
    enough (longer ones through the same node are dropped)."""
    trie: dict[bytes, dict] = {}  # type: ignore[type-arg]
    for seq in seqs:
        node = trie
        for tok in seq:
            if b"" in node:
                break
            node = node.setdefault(tok, {})
        else:
            node.clear()
            node[b""] = {}
    return _emit_tokens(trie)


def _emit_tokens(node: dict) -> bytes:  # type: ignore[type-arg]
    if b"" in node:
        return b""
    branches = [tok + _emit_tokens(child) for tok, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"


def _digit_behind() -> bytes:
    """After a count's or badge's word: a digit, perhaps a space or tab, before it."""
    return b"(?:(?<=" + _DIGIT_LAST + b"{run})|(?<=" + _DIGIT_LAST + b"[ \t]{run}))"


def _fixed_phrases(table: bytes) -> tuple[list[_Phrase], list[_Phrase]]:
    """The anchors of ``scan``'s other alternatives: comment counts and reading-time
    badges (the gate's too), and the starts of copyright notices (only ``_matches``:
    a notice alone is no unit; the rights phrase it needs has its own anchors)."""
    behind = _digit_behind()
    counts = [_Phrase((w,), before=7, starts=False, behind=behind)
              for w in ("comment", "kommentar", "coment", "reactie", "réaction", "reazion",
                        "reaktion", "комментари", "share", "follower")]
    # "Kommentare (325)": the word, perhaps a space or tab, "(" and a digit.
    tally = rb"(?=[ \t]?\(" + _DIGIT_LEAD + rb")"
    counts += [_Phrase((w,), leaf=tally) for w in _TALLY_WORDS]
    def tr(s: str) -> bytes:
        return b"".join(_alt(_char(ch, table)[0]) for ch in s)

    # "4 min read": the rest of the minutes word, a space, a reading word.
    read = b"(?=[^\\s]{0,12}[ \t]{1,3}(?:" + b"|".join(
        tr(w) for w in ("read", "lesezeit", "de", "di", "leestijd", "чтения")) + b"))"
    minutes = [_Phrase((w,), before=8, starts=False, behind=behind, leaf=read)
               for w in ("min", "мин")]

    number = (b"(?=[ \t]{0,3}:?[ \t]{0,3}(?:" + tr("ca.") + b"[ \t]?|~[ \t]?)?"
              + _DIGIT_LEAD + b")")
    words = _SPACE_BYTES + b"+"
    befores = [_Phrase(tuple(w.split()), gaps=((words, _UNBOUNDED),) * (len(w.split()) - 1),
                       leads_in=1, leaf=number)
               for w in ("reading time", "read time", "lesezeit", "lesedauer",
                         "temps de lecture", "tiempo de lectura", "tempo di lettura",
                         "tempo de leitura", "leestijd", "время чтения")]
    cjk = [_Phrase((w,)) for w in ("読了時間", "阅读时间", "閱讀時間")]
    copies = [_Phrase(("copyright",)), _Phrase(("(c)",))]
    return [*counts, *minutes, *befores, *cjk], copies


@dataclass(frozen=True)
class _Anchors:
    table: bytes
    # lead byte, its scan, and the same without the [inline] anchors that end in "()"
    # (taken only once the case is checked), if it has any; sources, compiled when
    # first used (``_compiled``): most texts never need the seek scans
    gate: tuple[tuple[bytes, bytes, bytes | None], ...]
    as_written: re.Pattern[str]  # an [inline] phrase as its pack writes it
    case_reach: int  # how far before its lead such a phrase can start, in characters
    seek: tuple[tuple[bytes, bytes, tuple[int, ...]], ...]  # + reach by group
    exhaustive: bool  # some phrase has no anchor: take the full scan always


def _build_anchors(kinds: dict[str, set[str]], rights: Sequence[str],  # noqa: PLR0917
                   social_words: Sequence[str], followers: Sequence[str],
                   as_written: Iterable[str], channels: Sequence[str]) -> _Anchors:
    """The gate's and ``_matches``'s byte scans. ``social_words`` are the names that
    start a run (each an anchor); ``followers`` all names, that may come after one;
    ``channels`` the [channel] words (see "newsletter pitches")."""
    phrases: list[_Phrase] = []
    for phrase_key, found in sorted(kinds.items()):
        runs, gaps = _phrase_runs(phrase_key)
        # The scan's end of a phrase: a word edge after a letter or digit (not after a
        # CJK character), the last letter perhaps shouted.
        last = runs[-1][-1:]
        edge = last if re.match(r"\w", last) and not _CJK_CHARS.match(last) else ""
        shout = bool(re.match(r"[^\W\d_]", last))
        # A [topics] heading may be glued after a sentence: its tag list (``_TAG_LIST``).
        keep = "" if "download" in found else "word" if found & _AFTER_STOP else "sentence"
        phrases.append(_Phrase(runs, gaps, keep=keep, edge=edge, shout=shout))
        if "inline" in found:  # anywhere, as written: the gate checks the case
            phrases.append(_Phrase(runs, gaps, edge=edge, shout=shout, case=True))
        elif "tail" in found:  # the same, but only where nothing but a gap ends the line
            phrases.append(_Phrase(runs, gaps, edge=edge, shout=shout, case=True,
                                   leaf=_LINE_END))
    for phrase in rights:
        runs, gaps = _phrase_runs(phrase)
        phrases.append(_Phrase(runs, gaps, edge=runs[-1][-1:]))  # (?!\w) after any last
    names = [w.lower().split(" ") for w in social_words]
    socials = [_Phrase(tuple(n), ((_SOCIAL_GAP, _UNBOUNDED),) * (len(n) - 1), leads_in=1)
               for n in names]
    # A network name glued to a letter, anywhere ("glued share bars"): the gate refuses
    # none; a letter after it, whatever its case (the bytes keep none).
    pitches = [_Phrase(*_phrase_runs(name), leaf=_LETTER_NEXT) for name in _GLUED_TRIGGERS]
    # A common share word glued to a follower ("sharetweet" in the bytes, which keep no
    # case): the leaf, the followers' trie, is set once the table is known (below).
    commons = [_Phrase(*_phrase_runs(name)) for name in _GLUED_COMMON]
    # Medium's bar (``_MEDIUM_BAR``): its "Listen" before "Share" (``scan``'s "medium").
    pitches.append(_Phrase(("listen",), leaf=b"(?=" + _SPACE_BYTES + b"{0,8}share)"))
    for word in channels:  # anywhere, any case: the gate refuses none
        runs, gaps = _phrase_runs(word)
        last = runs[-1][-1:]
        edge = last if re.match(r"\w", last) and not _CJK_CHARS.match(last) else ""
        pitches.append(_Phrase(runs, gaps, edge=edge))
    key, exhaustive = _choose_key([*phrases, *socials, *pitches, *commons])
    table = key.table
    fixed, copies = _fixed_phrases(table)
    follower = b"(?=" + _token_trie(tuple(_name_tokens([w], table))
                                    for w in _GLUED_FOLLOWERS) + b")"
    pitches += [_Phrase(p.runs, p.gaps, leaf=follower) for p in commons]
    # A gallery's counter or link (``_SLIDE``, ``_VIEW_ALL``): its word before the count
    # (``scan``'s "gallery"; ``_find`` reads the lines and counters).
    digit = re.escape(b"0".translate(table))
    of = b"|".join(re.escape(w.encode().translate(table)) for w in _SLIDE_OF)
    counted = rb"(?=[ \t]%s{1,3}[ \t]{0,2}(?:/|(?:%s)[ \t]))" % (digit, of)
    pitches += [_Phrase(*_phrase_runs(w), leaf=counted) for w in _SLIDE_WORDS]
    # ("Foto" has no letter the anchors lead on: its counter's "van" or "von" between
    # two counts lets it through; not the Romance "de", "di", "sur", which every
    # sentence of those languages holds.)
    pitches += [_Phrase((w,), before=_SLIDE_REACH, behind=_digit_behind(),
                        leaf=rb"(?=[ \t]{1,2}%s)" % digit) for w in _SLIDE_BETWEEN]
    pitches += [_Phrase(*_phrase_runs(w), leaf=rb"(?=[ \t]%s)" % digit)
                for w in _VIEW_ALL_VERBS]
    # A network name starts a run only before a separator and another name. Every
    # network name's anchor repeats this look-ahead, so it is kept short: the names as
    # a trie of their characters, where a name that another one starts ("Pin" before
    # "Pin it", "Facebook" before "Facebook Messenger") is enough (the look-ahead only
    # asks whether one is there).
    starts = _token_trie(tuple(_name_tokens(w.lower().split(" "), table)) for w in followers)
    after = b"(?=" + _SOCIAL_SEP_BYTES + starts + b")"
    socials = [_Phrase(p.runs, p.gaps, leads_in=1, leaf=after) for p in socials]
    gated = [p for p in [*phrases, *socials, *fixed, *pitches] if _lead_at(p, key) is not None]
    usable = [*gated, *(p for p in copies if _lead_at(p, key) is not None)]
    gate, seek = _scans(key, gated, usable)
    written = sorted(as_written, key=lambda w: (-len(w), w))
    case_reach = max((_anchor(p, key, gate=True)[1] for p in gated if p.case), default=0)
    return _Anchors(table, gate, re.compile("|".join(map(re.escape, written)) or "(?!)"),
                    case_reach, seek, exhaustive)


def _name_tokens(words: Sequence[str], table: bytes) -> Iterator[bytes]:
    """A network name as tokens: each character's bytes, a gap between its words."""
    for n, word in enumerate(words):
        if n:
            yield _SOCIAL_GAP
        for ch in word:
            yield _alt(_char(ch, table)[0])


def _choose_key(phrases: Sequence[_Phrase]) -> tuple[_Key, bool]:
    """The leads: the rare letters (one marker byte), the lead bytes of wide scripts,
    then, while some phrase has none, the letter that most of those have and that is
    rare in text; and the characters of wide scripts to prefer. Also whether some
    phrase cannot be anchored at all (then every text takes the full scan)."""
    wide = set(_WIDE_LEADS)
    key = _Key(_table(wide), b"\x01\x03\x04")
    fixed, copies = _fixed_phrases(key.table)
    # Phrases without a lead yet. Leads are only added (the table stays as it is until
    # the loop ends), so a phrase that has one keeps it: each round looks at the rest.
    unled = [*phrases, *fixed, *copies]
    exhaustive = False
    while True:
        letters: dict[str, int] = {}
        unled = [p for p in unled if _lead_at(p, key) is None]
        for phrase in unled:
            chars = [ch for r in phrase.runs[: phrase.leads_in] for ch in r]
            found = {ch for ch in chars if "a" <= ch <= "z"}
            for ch in found:
                letters[ch] = letters.get(ch, 0) + 1
            if found:
                continue
            for ch in chars:  # a script with no lead byte yet: its own becomes one
                firsts = {f.encode("utf-8", "surrogatepass")[0] for f in _forms(ch)}
                if len(firsts) == 1 and min(firsts) >= 0xC0:
                    wide |= firsts
                    break
            else:
                exhaustive = True
        if not letters:
            break
        best = max(sorted(letters), key=lambda ch: letters[ch] / _FREQUENCY[ch])
        key = _Key(key.table, key.leads + best.encode())
    # The other letters lead as themselves (folded into one marker, short phrases such
    # as "ad" would match half the words), the rarest first.
    chosen = sorted(key.leads[3:].decode(), key=_FREQUENCY.__getitem__)
    key = _Key(_table(wide), b"\x01" + "".join(chosen).encode() + b"\x03\x04")
    # Characters of wide scripts to lead on: few (fewer branches in the scan), shared
    # by many phrases and, for Cyrillic, rare in text as the scan sees them: every
    # Cyrillic lead byte is \x04, so the scan's first test, the byte after it, takes
    # "Ё" for the common "с" (``_byte_frequency``). Only a character ``_lead_at`` would
    # take counts (``_wide_leads``).
    pool = [_wide_leads(p, key) for p in phrases if (at := _lead_at(p, key)) is not None
            and _rank(p.runs[at[0]][at[1]], key) % 1000 == 999]
    wide_chars = ""
    while pool:
        counts: dict[str, int] = {}
        for leads in pool:
            for ch in leads:
                counts[ch] = counts.get(ch, 0) + 1
        if not counts:
            break
        best = max(sorted(counts), key=lambda c: counts[c] / _byte_frequency(c, key.table))
        wide_chars += best
        pool = [leads for leads in pool if best not in leads]
    return _Key(key.table, key.leads, wide_chars), exhaustive


def _wide_leads(phrase: _Phrase, key: _Key) -> set[str]:
    """The characters of wide scripts that ``_lead_at`` may take for ``phrase``: not the
    last of a run, which it takes only when nothing else can lead."""
    runs = phrase.runs[: phrase.leads_in]
    for part in ([r[:-1] for r in runs], runs):
        found = {c for r in part for c in r if not c.isascii() and _rank(c, key) >= 0}
        if found:
            return found
    return set()


def _byte_frequency(ch: str, table: bytes) -> float:
    """How often Russian letters come whose bytes (translated) are those of ``ch`` in
    some case, ``ch`` among them; 0.5 for a character of another wide script."""
    if ch not in _CYRILLIC_FREQUENCY:
        return 0.5
    seqs = set(_char(ch, table)[0])
    return sum(share for letter, share in _CYRILLIC_FREQUENCY.items()
               if seqs & set(_char(letter, table)[0]))


_Scans = tuple[tuple[tuple[bytes, bytes, bytes | None], ...],
               tuple[tuple[bytes, bytes, tuple[int, ...]], ...]]


@functools.lru_cache(maxsize=256)
def _compiled(source: bytes) -> re.Pattern[bytes]:
    return _recache.compile(source)


def _scans(key: _Key, gated: Sequence[_Phrase], usable: Sequence[_Phrase]) -> _Scans:
    """One gate scan and one seek scan per lead byte."""
    # Each scan first tests the byte after its lead against the bytes any of its
    # anchors can have there: most leads in a text stop at that one test.
    nexts: dict[bytes, frozenset[int] | None] = {}
    for p in usable:
        lead = _anchor(p, key, gate=False)[0][0]
        after = _next_bytes(p, key)
        if lead not in nexts or nexts[lead] is not None:
            nexts[lead] = None if after is None else (nexts.get(lead) or frozenset()) | after

    def head(lead: bytes) -> bytes:
        after = nexts.get(lead)
        if after is None:
            return re.escape(lead)
        if _END not in after:
            return re.escape(lead) + b"(?=" + _class(after) + b")"
        # The end of the text too: a test that refuses the other bytes.
        refused = set(range(256)) - after
        return re.escape(lead) + (b"(?!" + _class(refused) + b")" if refused else b"")

    by_lead: dict[bytes, list[tuple[bytes, ...]]] = {}
    for p in gated:
        tokens, _ = _anchor(p, key, gate=True)
        by_lead.setdefault(tokens[0], []).append(tokens[1:])
    gate = []
    for lead, rest in sorted(by_lead.items()):
        plain = [t for t in rest if t[-1:] != (b"()",)]
        gate.append((lead, head(lead) + b"(?:" + _token_trie(rest) + b")",
                     None if len(plain) == len(rest) else
                     head(lead) + b"(?:" + _token_trie(plain) + b")"))
    # The seek scans consume only the lead (the rest is a look-ahead), so that no hit
    # hides another; an empty group tells how far back the phrase can start.
    seeking: dict[bytes, tuple[list[tuple[bytes, ...]], list[tuple[bytes, ...]], list[int]]] = {}
    for p in usable:
        tokens, reach = _anchor(p, key, gate=False)
        far, near, reaches = seeking.setdefault(tokens[0], ([], [], [0, 0]))
        group = 0 if reach > _NEAR else 1
        (far if group == 0 else near).append(tokens[1:])
        reaches[group] = max(reaches[group], reach)
    seek = []
    for lead, (far, near, reaches) in sorted(seeking.items()):
        branches = [(b"(?:" + _token_trie(g) + b")()", r)
                    for g, r in ((far, reaches[0]), (near, reaches[1])) if g]
        source = head(lead) + b"(?=" + b"|".join(b for b, _ in branches) + b")"
        seek.append((lead, source, tuple(r for _, r in branches)))
    return tuple(gate), tuple(seek)


# --- the finder ---------------------------------------------------------------------


@dataclass
class _Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    lstart: int  # start of the line
    lend: int  # end of the line, before its "\n"


def _content(text: str, start: int, end: int) -> _Line:
    s, e = start, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return _Line(s, e, start, end)


def _is_opener(ch: str) -> bool:
    """An opener of ``_OPENERS``, or a pictograph a widget prints before its label
    ("🔊 Listen to this article", "▶ Listen", "✉ Sign up"): a symbol, never a word."""
    return ch in _OPENERS or (ch > "\u2000" and unicodedata.category(ch) == "So")


def _only_openers(text: str, start: int, end: int) -> bool:
    return end - start <= 3 and all(_is_opener(ch) for ch in text[start:end])


def _glued_start(text: str, start: int, pos: int) -> bool:
    """Whether a sentence starts at ``pos`` inside the one the splitter found at
    ``start``: flattened text that joined paragraphs with no space leaves "… the walls
    are stable.Follow us on …", a full stop right after a lower-case word or a number
    and right before a capital, perhaps with the quotation it closes ("… the right
    skill.”Follow us on …"). (An abbreviation's inner stop, "U.S.", has a capital
    before it; a domain name, "example.com", a lower-case letter after it.)"""
    stop = pos - 1
    if stop - start >= 2 and text[stop] in _CLOSERS:
        stop -= 1
    return stop - start >= 1 and text[stop] in ".!?" and text[pos].isupper() and \
        (text[stop - 1].islower() or text[stop - 1].isdigit())


def _is_upper_word(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` is in capitals ("NISSAN SENTRA Advertisement")."""
    start = end
    while start > 0 and end - start < 32 and not text[start - 1].isspace():
        start -= 1
    return _UPPER_WORD.match(text, start, end) is not None


def _before_spaces(text: str, line: _Line, start: int) -> int:
    """Where the spaces and tabs before ``start`` begin, within its line."""
    pos = start
    while pos > line.start and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _left_ok(text: str, line: _Line, start: int, chained: int) -> bool:
    """Whether an inline label may start here: after a sentence, a heading or a number."""
    pos = _before_spaces(text, line, start)
    if pos <= line.start or pos <= chained:
        return True
    prev = text[pos - 1]
    return prev in ".!?…:;\"”’»)]|·•" or prev.isdigit() or _is_upper_word(text, pos)


def _right_ok(rules: _Rules, text: str, line: _Line, end: int, one_word: bool,  # noqa: PLR0917
              repeats: int = _REPEATS, *, shouted: bool = False) -> bool:
    """Whether an inline label may end here: before a new sentence, a number or the end.
    A one-word label printed again right after ("Publicité Publicité Les syndicats…")
    is judged by what follows the last of them. A one-word label in capitals
    (``shouted``: "runway. ADVERTISEMENT Developer Greyling Homes said …") is no part
    of a name after it: a sentence never shouts one word of a name."""
    if text[end:end + 1] in ("-", "‐") and text[end + 1:end + 2].isalpha():
        return False  # the first half of a compound: "Advertentie-inkomsten daalden"
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    if pos >= line.end:
        return True
    nxt = text[pos]
    if nxt.isdigit() or nxt in _QUOTE_OPENERS:
        return True
    if nxt in "@#,;":
        # A handle or hashtag belongs to the prompt ("Follow us on X @rtl"); a comma
        # goes on with a sentence that the words are part of ("Share on Facebook, the
        # company said, is down").
        return False
    if nxt == ":" and not _capital_next(text, line, pos + 1):
        return False  # what the label introduces: "Follow us on Twitter: https://…"
    if not nxt.isupper():
        # Lower case continues the sentence ("Advertisement revenue fell"); uncased
        # scripts (CJK, Hangul) have no case to tell, so only a multi-word label goes.
        return not nxt.islower() and not one_word
    if not one_word:
        return True
    m = _WORD_AFTER.match(text, pos, line.end)
    if m is None:
        return True
    first, gap, second = m.group(1), m.group(2), m.group(3) or ""
    if first in rules.inline_as_written and repeats > 0:
        return _right_ok(rules, text, line, m.end(1), one_word, repeats - 1,
                         shouted=shouted)
    # Another widget's label of more words after it ("Advertisement Hide Ad “I …"):
    # judged by what follows that one.
    label = _inline_label_at(rules, text, pos, line.end)
    if label is not None and repeats > 0:
        return _right_ok(rules, text, line, label, one_word=False, repeats=repeats - 1)
    if first in rules.compound:
        return False  # "Social Security", "Advertisement Standards"
    if first in _DETERMINERS or (shouted and not first.isupper()):
        return True  # (a shouted label before more capitals may be a shouted name)
    # "Advertisement Nissan is": a new sentence. "Advertisement Kentucky Democrats":
    # two capitalised words may be a name that the label word belongs to; keep.
    return not (gap and second[:1].isupper() and not second.isupper())


def _inline_label_at(rules: _Rules, text: str, pos: int, end: int) -> int | None:
    """The end of an [inline] label written as its pack writes it that starts at
    ``pos`` and ends at a word's edge, if one does."""
    m = rules.anchors.as_written.match(text, pos, end)
    if m is None or (m.end() < end and text[m.end()].isalnum()) or \
            " ".join(m.group().split()) not in rules.inline_as_written:
        return None
    return m.end()


def _shouted(word: str) -> bool:
    """Whether a one-word label is written in capitals ("ADVERTISEMENT", "ANZEIGE")."""
    return len(word) >= 3 and word.isupper()


def _sentence_at(text: str, line: _Line, cache: dict[int, list[tuple[int, int]]],
                 pos: int) -> tuple[int, int] | None:
    """The sentence of ``line`` that starts at ``pos`` (give or take an opening bracket).

    ``cache`` keeps each line's sentences, and their starts under the key ``-1 - start``,
    so that a line with many cues is split once.
    """
    sents = cache.get(line.start)
    if sents is None:
        sents = sentences(text, line.start, line.end)
        cache[line.start] = sents
        cache[-1 - line.start] = [(s, s) for s, _ in sents]
    starts = cache[-1 - line.start]
    i = bisect.bisect_right(starts, (pos, pos)) - 1
    if i < 0:
        return None
    s, e = sents[i]
    if not _only_openers(text, s, pos):
        return (pos, e) if e > pos and _glued_start(text, s, pos) else None
    return s, e


def _close_paren(text: str, start: int, end: int, line: _Line) -> int:
    """A prompt that opens with "(" ends at its ")": "(Want this…? Sign up here.)", and
    "(Visited 12 times, 1 visits today) The mayor said …" keeps the sentence after it."""
    if text[start] != "(":
        return end
    close = text.find(")", start, min(line.end, start + 300))
    return close + 1 if close != -1 else end


def _title_teaser(text: str, start: int, end: int) -> bool:
    """A short link title in title case ("More Critical Reads You Need to Hear!")."""
    words = text[start:end].split()
    if not words or len(words) > 16:
        return False
    capital = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capital >= 0.6 * len(words)


def _inline_span(text: str, line: _Line, start: int, end: int) -> Span:
    """A unit inside a line, with the spaces that would otherwise be left doubled."""
    while end < line.end and text[end] in " \t":
        end += 1
    if end >= line.end:
        while start > line.start and text[start - 1] in " \t":
            start -= 1
    return (start, end, "")


_BLANK_LINES = re.compile(r"(?:[ \t]*\n)+")


def _whole(line: _Line, text: str) -> Span:
    """A line with its line break; at a paragraph edge, with the blank lines after it,
    so that "A\\n\\nAdvertisement\\n\\nB" becomes "A\\n\\nB" and not a triple break."""
    start, end = line.lstart, line.lend
    if end >= len(text):
        while start > 0 and text[start - 1] in " \t\n":
            start -= 1  # the last line: take the break before it instead
        return (start, end, "")
    end += 1
    before = text.rfind("\n", 0, max(start - 1, 0))
    if start == 0 or text[before + 1 : start].isspace():
        m = _BLANK_LINES.match(text, end)
        if m is not None:
            end = m.end()
    return (start, end, "")


_Hit = tuple[int, int, frozenset[str], str]  # start, end, sections, matched text
# A comment count is a label (a line of it goes) that ``_inline`` also takes between
# sentences (``_count_ok``).
_COUNT_KINDS = frozenset({"label", "count"})
# What may make up a tail of widgets (``_Doc._tail``): labels, counts, and prompts whose
# phrase is all there is of them ("… Réagir Connectez-vous pour commenter Trier par :
# Plus récents"; a prompt's object would be words no phrase covers).
_TAIL_KINDS = _COUNT_KINDS | {"prompt", "lead"}


@dataclass
class _Cues:
    """What the one scan found in a document."""

    hits: list[_Hit]
    socials: list[tuple[int, int]]
    rights: list[tuple[int, int]]
    badges: list[tuple[int, int]]
    channels: list[int]  # where a [channel] word starts (see "newsletter pitches")
    glued: list[int]  # where a network name glued to a capital starts ("glued share bars")
    medium: bool = False  # Medium's "Listen Share" is in it (``_MEDIUM_BAR``)
    gallery: bool = False  # a gallery's counter, link or label is in it (``_GALLERY_CUE``)
    gallery_labels: list[int] = field(default_factory=list)  # where its labels start

    def add(self, hit: _Hit) -> None:
        """A phrase kept; a label of a gallery's is its cue too (``_GALLERY_WORDS``)."""
        self.hits.append(hit)
        if "label" in hit[2] and any(w in hit[3] for w in _GALLERY_WORDS):
            self.gallery = True
            self.gallery_labels.append(hit[0])


@functools.lru_cache(maxsize=16)
def _ignore_case(scan: re.Pattern[str]) -> re.Pattern[str]:
    """``scan``, case-insensitive: for the rare text whose lower-casing changes its
    length ("İ"), where offsets would not line up. Compiled when first needed, as
    most processes never need it."""
    return re.compile(scan.pattern, re.IGNORECASE)


def _scan(rules: _Rules, text: str, data: bytes | None) -> _Cues:
    lowered = text.lower()
    if len(lowered) != len(text):
        matches: Iterable[re.Match[str]] = _ignore_case(rules.scan).finditer(text)
    elif data is None:
        matches = rules.scan.finditer(lowered)
    else:
        matches = _matches(rules, text, lowered, data)
    cues = _Cues([], [], [], [], [], [])
    copies: list[tuple[int, int]] = []  # "Copyright", "©", "(c)"
    # Where the spaces after the last cue kept end (-1: none kept yet): a label that
    # starts there may be part of a bar. Found once per cue kept, not once per hit, so a
    # long text of hits costs no rescan of the gap before each.
    joined = -1
    for m in matches:
        start, end = m.span()
        if (found := m.group("p")) is not None:
            # The matched text as a key: itself when it is one (a key is its own key).
            key = found if found in rules.kinds else _key(found)
            kinds = rules.kinds.get(key)
            if rules.channels and key in rules.channels:
                cues.channels.append(start)
            # Most hits are words of prose ("the share of", "comments from"): drop
            # those that stand where no unit of their kind can start.
            if (tail := _share_tail(rules, text, start, end)) is not None:
                # "Partager sur Facebook Twitter": the share label took the first
                # network name; the run goes on from it (a line of it goes whole, and
                # glued to text it goes as a run, ``_inline``).
                cues.socials.append((start, tail))
                joined = _after_spaces(text, tail)
            elif kinds and _may_start(rules, text, start, end, kinds, joined):
                cues.add((start, end, kinds, m.group("p")))
                joined = _after_spaces(text, end)
        elif m.group("social") is not None:
            # As buttons print them: "Facebook Twitter", not "more email" in a sentence.
            if _as_buttons(rules, text[start:end].split()):
                cues.socials.append((start, end))
                joined = _after_spaces(text, end)
        elif m.group("rights") is not None:
            # "All rights reserved": a label on its own line, the end of a notice after
            # "Copyright 2022 The Associated Press." on the same line.
            cues.hits.append((start, end, frozenset({"label"}), m.group()))
            _pair_notice(text, copies, start, end, cues.rights)
        elif m.group("tally") is not None or (
                m.group("count") is not None and _counter_word(text, start, end)):
            cues.hits.append((start, end, _COUNT_KINDS, m.group()))
            # The widget's labels after its count ("47 Comments Sort by Newest"): a bar.
            joined = _after_spaces(text, end)
        elif m.group("channel") is not None:
            cues.channels.append(start)
        elif m.group("medium") is not None:
            cues.medium = True
        elif m.group("gallery") is not None:
            cues.gallery = True
        elif m.group("glued") is not None:
            if text[start].isupper() and text[end].isupper():
                cues.glued.append(start)
        elif m.group("badge") is not None:
            if start == 0 or text[start - 1] not in ".,":
                cues.badges.append((start, end))
        elif _notice_holder(text, end):
            copies.append((start, end))
    if (b"annons" in data) if data is not None else _LITERAL_SCAN.search(text) is not None:
        cues.hits.extend((m.start(), m.end(), _LITERAL_KINDS, m.group())
                         for m in _LITERAL_SCAN.finditer(text))
        cues.hits.sort(key=lambda hit: hit[:2])
    return cues


# [inline] labels looked for as written, by ``str`` searches, not by the byte anchors:
# these can lead Swedish "Annons" only on its last letter, and stopping at every "s"
# that ends a word cost a twentieth of the cleaner's time. The gate looks for them as a
# line of their own (``_crumb_scans``, in the scan it makes after every line break);
# between two sentences they go in a text that something else let through (one more
# search of every text would cost ~1% of the cleaner's time).
_LITERAL_INLINE = ("Annons", "ANNONS")  # (the bytes ``_scan`` searches: "annons")
_LITERAL_SCAN = re.compile(r"(?<!\w)(?:" + "|".join(_LITERAL_INLINE) + r")(?!\w)")
_LITERAL_KINDS = frozenset({"label", "inline"})


def _as_buttons(rules: _Rules, words: Sequence[str]) -> bool:
    """Whether a run of network names is capitalised as buttons print them: each name
    opens with a capital ("Facebook Twitter", not "more email" in a sentence); a name's
    later words may be lower case ("Copy link", "Pin it": the word and the one before it
    make a [social] name)."""
    return all(not w[:1].islower() or (k > 0 and
                                       f"{words[k - 1]} {w}".casefold() in rules.social)
               for k, w in enumerate(words))


@functools.lru_cache(maxsize=16)
def _names_after(social: frozenset[str]) -> re.Pattern[str]:
    """One or more network names, each after a button separator (case as printed)."""
    names = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                     for w in sorted(social, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:[ \t]{{0,3}}[|·•/,]?[ \t]{{1,3}}(?:{names})(?!\w)){{1,40}}",
                      re.IGNORECASE)


def _share_tail(rules: _Rules, text: str, start: int, end: int) -> int | None:
    """The end of the network names after a share label that ends in one ("Compartir en
    Facebook" + " Twitter WhatsApp"), if the label opens capitalised; else None."""
    words = text[start:end].split()
    if len(words) < 2 or not _share_button(rules, words[0]) or \
            words[-1].casefold() not in rules.social or not words[-1][:1].isupper():
        return None
    m = _names_after(rules.social).match(text, end)
    if m is None or not _as_buttons(rules, m.group().split()):
        return None
    return m.end()


_LINE, _SENTENCE, _PUNCT, _WORD = range(4)
_ENDS = frozenset(".!?…:;\"”’»)]|·•。！？")


def _where(text: str, start: int) -> int:
    """What precedes ``start``, past spaces and openers: a line start, a sentence end,
    other punctuation, or a word."""
    pos = start
    limit = max(0, start - 8)
    while pos > limit and _is_opener(text[pos - 1]):
        pos -= 1
    if pos == 0 or text[pos - 1] == "\n":
        return _LINE
    prev = text[pos - 1]
    if prev in _ENDS:
        return _SENTENCE
    # A bullet or middle dot between two words parts a bar's items ("Sdílet na
    # Facebooku · Sdílet na X"): it opens no phrase there, it separates.
    if prev.isalnum() and not _BAR_DOTS.isdisjoint(text[pos:start]):
        return _PUNCT
    return _WORD if prev.isalnum() else _PUNCT


_BAR_DOTS = frozenset("·•")
_SPACES = re.compile(r"\s*+")


def _after_spaces(text: str, at: int) -> int:
    """Where the run of spaces (line breaks too) that starts at ``at`` ends."""
    m = _SPACES.match(text, at)
    return at if m is None else m.end()


def _may_start(rules: _Rules, text: str, start: int, end: int,  # noqa: PLR0917
               kinds: frozenset[str], joined: int) -> bool:
    """Whether a phrase of these sections can open a unit here (a cheap pre-check).
    ``joined``: where the spaces after the last cue kept end, -1 if none was kept."""
    written = " ".join(text[start:end].split()) if kinds & {"inline", "tail"} else ""
    if "inline" in kinds and (written in rules.inline_as_written or written.isupper()):
        return True
    if "tail" in kinds and (written in rules.tail_as_written or written.isupper()) and \
            _ends_line(text, end):
        return True
    if "download" in kinds:
        return True  # an app pitch's last word, anywhere ("… -App herunterladen")
    where = _where(text, start)
    if where == _LINE:
        return True
    if where == _SENTENCE and kinds & _AFTER_STOP:
        return True
    if "video" in kinds and (start <= joined or (
            where == _WORD and text[start].isupper() and not text[start - 1].isupper())):
        # After a list's heading ("More videos Watch: …"), or glued to the block
        # before it: "… More videosWatch: Storm …", "… car park 01:12Watch: Seal …".
        return True
    # A label after a separator or right after another cue, in a bar of labels.
    # (A label inside the last cue's run, which a share tail may reach past, counts too.)
    # A prompt right after another cue may be one of a bar's too ("Réagir Connectez-vous
    # pour commenter"): ``_Doc._tail`` judges it with the bar.
    return ("label" in kinds and (where == _PUNCT or start <= joined)) or \
        (start <= joined and not kinds.isdisjoint(_OPENING))


# What may stand between the labels of a tail, and after the last: separators, no stop
# (spaces too, to the line's end). Patterns that stop at the first other character: no
# slice of the rest of a long line per label, linear however many labels it holds.
_GAP_RUN = re.compile(r"[ \t:|·•\-–—]*+")
_GAP_TO_LINE_END = re.compile(r"(?:[^\S\n]|[:|·•\-–—])*+(?:\n|\Z)")


def _ends_line(text: str, end: int) -> bool:
    """Whether only separators (``_GAP_RUN``) and spaces follow ``end`` on its line:
    where a [tail] label can stand (the gate's ``_LINE_END``)."""
    return _GAP_TO_LINE_END.match(text, end) is not None


def _gap_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only separators (``_GAP_RUN``)."""
    m = _GAP_RUN.match(text, start, end)
    return m is not None and m.end() == end


_COUNT_WORD = re.compile(r"[^\W\d_]+$")


def _counter_word(text: str, start: int, end: int) -> bool:
    """Whether a count (``start``-``end``) is a widget's: a comment count in any case, a
    share or follower count only capitalised as the counter prints it ("0 Shares",
    Medium's "412 Followers"; not "300 shares", "412 followers")."""
    m = _COUNT_WORD.search(text, start, end)
    return m is None or not m.group().casefold().startswith(("share", "follower")) or \
        m.group()[0].isupper()


def _pair_notice(text: str, copies: list[tuple[int, int]], start: int, end: int,
                 out: list[tuple[int, int]]) -> None:
    """A notice runs from the last "Copyright"/"©" before ``start`` on its line, at most
    150 characters back, to the rights phrase and its period. A notice that writes both
    ("Copyright © 2024 The Herald Ltd.", "© Copyright ANSA") starts at the first."""
    i = bisect.bisect_left(copies, (start, start)) - 1
    if i < 0:
        return
    while i > 0 and not text[copies[i - 1][1]:copies[i][0]].strip(" \t"):
        i -= 1
    c_start = copies[i][0]
    if start - c_start > 150 or text.find("\n", c_start, start) != -1:
        return
    if text.startswith(".", end):
        end += 1
    out.append((c_start, end))


def _notice_holder(text: str, pos: int) -> bool:
    """What follows "Copyright"/"©" in a notice: a year, a sign, a name; not "law gives"."""
    limit = min(len(text), pos + 3)
    while pos < limit and text[pos] in " \t":
        pos += 1
    return pos < len(text) and (text[pos].isdigit() or text[pos].isupper() or text[pos] in "©(")


# The bytes of the text the gate last let through (the text, its UTF-8, translated):
# SpanCleaner calls the gate, then the finder, on the same ``str``, which then needs
# them again. One tuple, swapped whole, so that threads sharing it see one text's bytes.
_LAST_BYTES: list[tuple[str, bytes, bytes] | None] = [None]


def _raw(text: str) -> bytes:
    """The text's UTF-8 bytes (the gate's, if it just read this text)."""
    last = _LAST_BYTES[0]
    if last is not None and last[0] is text:
        return last[1]
    return text.encode("utf-8", "surrogatepass")


def _bytes(rules: _Rules, text: str) -> bytes | None:
    """The text as the anchors are scanned in, or None if it must take the full scan."""
    if rules.anchors.exhaustive or _FULL_SCAN[0] in text or _FULL_SCAN[1] in text:
        return None
    last = _LAST_BYTES[0]
    if last is not None and last[0] is text:
        return last[2]
    return _raw(text).translate(rules.anchors.table)


def _matches(rules: _Rules, text: str, low: str, data: bytes) -> Iterator[re.Match[str]]:
    """Exactly what ``rules.scan.finditer(low)`` yields (see "the anchored scan")."""
    anchors = rules.anchors
    hits: list[tuple[int, int]] = []  # (byte offset of a lead, how far back to look)
    for lead, seek, reaches in anchors.seek:
        if lead in data:
            hits.extend((m.start(), reaches[m.lastindex - 1])  # type: ignore[operator]
                        for m in _compiled(seek).finditer(data))
    windows: list[tuple[int, int]] = []
    if len(data) == len(text):
        windows = [(at - reach, at) for at, reach in hits]
    else:  # byte offsets to character offsets
        raw = _raw(text)
        chars = done = 0
        for at, reach in sorted(hits):
            chars += len(raw[done:at].decode("utf-8", "surrogatepass"))
            done = at
            windows.append((chars - reach, chars))
    at = low.find("©")  # a notice's start without a letter to anchor on
    while at != -1:
        windows.append((at, at))
        at = low.find("©", at + 1)
    last_end = tried = 0
    for lo, hi in sorted(windows):
        for start in _WORD_STARTS.finditer(low, max(lo, last_end, tried), hi + 1):
            pos = start.start()
            if pos < last_end:
                continue
            m = rules.scan.match(low, pos)
            if m is not None:
                yield m
                last_end = m.end()
        tried = max(tried, hi + 1)


# Where a match of ``scan`` can start: it opens with ``(?<!\w)`` and a character that is
# not a space.
_WORD_STARTS = re.compile(r"(?<!\w)\S")


# Three short lines in a row (``_SHORT_LINES``) in the gate's bytes: each character a
# byte sequence of its UTF-8 (at most four bytes), each ``\s`` any of them. A text
# ``_SHORT_LINES`` matches has bytes this matches.
_SHORT_BODY = (rb"(?:[ \t]{0,10}[^\t-\r ]{1,120}+(?:[ \t][^\t-\r ]{1,120}+)?[ \t]{0,10}\n"
               + _SPACE_BYTES + rb"{0,10}){3}")
_SHORT_AT_START = re.compile(_SHORT_BODY)
_SHORT_AFTER_BREAK = re.compile(rb"\n" + _SHORT_BODY)


def _short_lines(data: bytes) -> bool:
    return _SHORT_AT_START.match(data) is not None or \
        _SHORT_AFTER_BREAK.search(data) is not None


# Medium's bar under a story's byline, as a scrape prints it: the claps' "--" (the
# icon's text), the clap and response counts, "Listen" and "Share", one a line, or
# run together when the line breaks are lost ("2024 -- 3 Listen Share In …"). The
# counts may be shortened ("1.2K"). Read only where the scan found its "Listen" at a
# word's start ("--3ListenShareIn", all glued, stays).
_MEDIUM_BAR = re.compile(r"--\s{0,8}+(?:\d{1,4}(?:[.,]\d)?K?\s{0,8}+){0,2}Listen\s{0,8}+Share"
                         r"(?![a-z])")


def _medium_bars(text: str) -> list[tuple[int, int]]:
    """Medium's bars (``_MEDIUM_BAR``) that no word runs into before their "--"."""
    return [m.span() for m in _MEDIUM_BAR.finditer(text)
            if m.start() == 0 or not text[m.start() - 1].isalpha()]


# A button that a widget or a paywall leaves alone as the text's last line ("See all
# offers", "Inicie sessão", "Submit"): the longest the last line is read for one.
_LAST_BUTTON = 40


def _last_button(rules: _Rules, text: str) -> int | None:
    """Where a [button] that ends the text starts: alone on the last line, below other
    text (the rest of its form or wall went before it), or in flattened text right
    after the truncation marker of a teaser the wall cut ("… serão compens… Inicie
    sessão"); else None."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    lo = max(0, end - _LAST_BUTTON)
    nl = text.rfind("\n", lo, end)
    if nl >= 0 and _after_spaces(text, 0) < nl and _key(text[nl + 1:end]) in rules.buttons:
        return nl + 1
    dots = text.rfind("...", lo, end)
    cut = max(text.rfind("…", lo, end), dots + 2 if dots >= 0 else -1)
    if cut < 0 or not text[cut + 1:cut + 2].isspace():
        return None
    start = _after_spaces(text, cut + 1)
    return start if _key(text[start:end]) in rules.buttons else None


def _gate(rules: _Rules, text: str) -> bool | None:
    """Whether ``_find`` may find something in ``text`` (see "the gate"); the bytes it
    read are kept for ``_find`` if so (``_LAST_BYTES``)."""
    anchors = rules.anchors
    if anchors.exhaustive or _FULL_SCAN[0] in text or _FULL_SCAN[1] in text:
        return True
    raw = text.encode("utf-8", "surrogatepass")
    data = raw.translate(anchors.table)
    found = _gate_bytes(rules, text, raw, data)
    if found:
        _LAST_BYTES[0] = (text, raw, data)
    return found


def _gate_bytes(rules: _Rules, text: str, raw: bytes, data: bytes) -> bool | None:
    """``_gate`` on the text's UTF-8 (``raw``) and its translation (``data``)."""
    anchors = rules.anchors
    for lead, source, plain in anchors.gate:
        if lead not in data:
            continue
        scan = _compiled(source)
        m = scan.search(data)
        while m is not None:
            if m.lastindex is None:
                return True
            # An [inline] phrase anywhere: only as written in its pack or in capitals
            # (``_may_start``). The window holds the whole phrase (at most four bytes a
            # character before its lead) and its part from the lead on.
            at = m.start()
            window = raw[max(0, at - 4 * anchors.case_reach): m.end()].decode("utf-8", "ignore")
            if re.search(rb"[a-z]", raw[at:m.end()]) is None or \
                    anchors.as_written.search(" ".join(window.split())) is not None:
                return True
            if plain is not None and _compiled(plain).match(data, at) is not None:
                return True
            m = scan.search(data, at + 1)
    # Three short lines or a breadcrumb's opening after a line break: one scan for both.
    # An ad label glued between two sentences has no word edge for the anchors.
    crumb_at_start, _, short_or_crumb = _crumb_scans(anchors.table)
    glued = _glued_label_scan(rules.inline_as_written)
    return _SHORT_AT_START.match(data) is not None or \
        (glued is not None and glued.search(text) is not None) or \
        bool(_glued_start_label(rules, text)) or _last_button(rules, text) is not None or \
        crumb_at_start.match(data) is not None or \
        short_or_crumb.search(data) is not None or _BAR_BYTES.search(data) is not None or None


# A navigation bar: three or more short items between "|", "•" or " / " ("Home | News |
# Local | Sport | Weather"), a whole line (``_BAR_LINE`` finds candidate lines) or, in
# flattened text, glued between sentences (``_bar_chains`` finds runs of separators);
# ``_menu_bar`` decides. ``_BAR_BYTES`` is the gate's superset of both: two separators
# on a line with at most an item (``_BAR_ITEM`` characters, four bytes each at most) and
# their spaces between, in the translated bytes.
_BAR_ITEM = 30
_BAR_SEP = r"[ \t]{0,3}(?:\||•|·|[ \t]/)[ \t]{0,3}"
# Each separator and the item after it is one atomic group: an item cannot hold a
# separator's mark, so it ends where it must, and a line that fails is given up at once
# instead of trying every way its spaces could be shared between items and separators
# (exponential in the items: a line of sixteen "Home | " took minutes). The item before
# it may have taken the space of a " /": the slash's look-behind accepts that space.
_BAR_LINE = re.compile(rf"(?m)^[ \t]*+([^\n|•·]{{1,{_BAR_ITEM}}}"
                       rf"(?>[ \t]{{0,3}}(?:\||•|·|(?<=[ \t])/)[ \t]{{0,3}}"
                       rf"[^\n|•·/]{{1,{_BAR_ITEM}}}){{2,15}})[ \t]*$")
_BAR_MARK = rb"(?:\||\xe2\x80\xa2|\xc2\xb7| /)"
# The first mark's " /" written from its "/": every branch then starts with a byte,
# and ``re`` skips in C to the few bytes that can start a mark instead of stopping at
# every space.
_BAR_BYTES = re.compile(rb"(?:\||\xe2\x80\xa2|\xc2\xb7|/(?<= /))[^\n]{1,%d}?" % (4 * _BAR_ITEM + 6)
                        + _BAR_MARK)
_BAR_SPLIT = re.compile(_BAR_SEP)

# A breadcrumb trail: the home page's name, then the sections down to the article, each
# after ">", "›", "»" or "→" ("Home > News > Politics", "Startseite › Region › Kreis
# Altenau", "Accueil > Actualités > Société"), a whole line. The home word must open it:
# a line that opens with anything else ("Sales > costs > profits") is left alone, as is
# a trail whose items read as a sentence (``_crumb_items``). The home words of the
# languages the packs cover, as CMSs print them, and the news section's name, which
# opens the trail where the home page has none ("News > Local > Courts", "Nachrichten ›
# Politik", "Noticias > Sociedad"). A "/" also separates the items (WordPress
# breadcrumb plugins, "Inicio / Sociedad / Medio ambiente"), but only in a trail of two
# sections or more: "Home / Away record: 5-2" is a table's line.
_HOME_WORDS = ("Home", "Homepage", "Startseite", "Accueil", "Inicio", "Portada", "Início",
               "Página inicial", "Voorpagina", "Homepagina",
               "News", "Nachrichten", "Nieuws", "Actualités", "Noticias", "Notizie",
               "Notícias",
               # The later packs' languages: "Zprávy › Domácí › Vysočina".
               "Úvod", "Zprávy", "Strona główna", "Wiadomości", "Startsida", "Forside",
               "Nyheter", "Nyheder", "Etusivu", "Uutiset", "Főoldal", "Hírek", "Acasă",
               "Știri", "Anasayfa", "Ana Sayfa", "Haberler", "Inici", "Notícies",
               "Главная", "Новости")
_CRUMB_MARKS = ">›»→/"
_CRUMB_TRAIL = (r"(?:" + "|".join(map(re.escape, _HOME_WORDS)) + r")[ \t]{1,3}"
                rf"[{_CRUMB_MARKS}][ \t]{{1,3}}([^\n{_CRUMB_MARKS}]{{1,40}}+"
                rf"(?:[{_CRUMB_MARKS}][ \t]{{1,3}}+[^\n{_CRUMB_MARKS}]{{1,40}}+){{0,8}}+)$")
_CRUMB_LINE = re.compile(r"(?im)^[ \t]{0,3}" + _CRUMB_TRAIL)
# The same after what a theme prints before it ([here]: "You are here: Home / News"),
# from that cue's end to the line's end.
_CRUMB_AFTER = re.compile(r"(?i)[ \t]{0,3}:?[ \t]{0,3}" + _CRUMB_TRAIL.removesuffix("$"))
# The gate's test: a line that opens with a home word and a mark, in the bytes the gate
# reads (``_Anchors.table``: ASCII lower-cased, so any case). Led by the line break, so
# that ``re`` skips in C from one to the next.
@functools.lru_cache(maxsize=16)
def _crumb_scans(table: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes],
                                        re.Pattern[bytes]]:
    """The scans for a trail's opening at the text's start and after a line break, in
    ``table``'s bytes, and the gate's scan for either that or three short lines after a
    line break. (A byte search for the marks first is slower: eight passes over every
    text, where the line-break scan makes one.)"""
    # Every case of every word: the table lower-cases ASCII only ("INÍCIO", "Início").
    spellings = {f(w).encode().translate(table) for w in _HOME_WORDS
                 for f in (str, str.lower, str.upper, str.title)}
    homes = b"|".join(re.escape(w) for w in sorted(spellings, key=lambda w: (-len(w), w)))
    marks = b"|".join(re.escape(m.encode().translate(table)) for m in _CRUMB_MARKS)
    opening = rb"[ \t]{0,3}(?:" + homes + rb")[ \t]{1,3}(?:" + marks + rb")"
    # A follow prompt's verb at a line's start (``_follow_line``), in the same scan.
    # And an app pitch's (``_app_line``).
    verbs = b"|".join(re.escape(v.encode().translate(table))
                      for v in (*_FOLLOW_VERBS, *_APP_VERBS))
    follow = rb"[ \t]{0,3}(?:" + verbs + rb")[ \t]"
    # A player's time line (``_PLAYER_TIME``): the table writes every digit as one byte.
    # (Not after its play sign, "▶ 0:00 / 4:12": that comes under a player's label that
    # lets the text through; each alternative here costs every line of every text. A
    # gallery's lines pass by their words' anchors, ``_build_anchors``.)
    digit = re.escape(b"0".translate(table))
    # (a superset: any digits, as the table reads them).
    player = rb"[ \t]{0,3}%s{1,2}(?::%s%s){1,2}[ \t]{0,2}/" % (digit, digit, digit)
    # A label found only as written (``_LITERAL_INLINE``: "Annons"), as a line.
    literal = rb"[ \t]{0,3}(?:%s)[ \t]*(?:\r?\n|\Z)" % b"|".join(sorted(
        {re.escape(w.encode().translate(table)) for w in _LITERAL_INLINE}))
    return (re.compile(rb"(?:" + opening + rb"|" + follow + rb")"),
            re.compile(rb"\n" + opening),
            re.compile(rb"\n(?:" + opening + rb"|" + follow + rb"|" + _SHORT_BODY + rb"|"
                       + player + rb"|" + literal + rb")"))


# Flattened text that dropped the line breaks glues a trail to the headline under it:
# "Startseite > Region > Landkreis HollfeldLandwirt aus Hollfeld gewinnt …". Only the
# change of case inside a word ("HollfeldLandwirt", "Bretagne-SudUne") shows where the
# last section ends; with a space there ("Landkreis Hollfeld Landwirt aus …") nothing
# does, and the trail stays. Each item lazy and bounded: the first join of case ends it.
_GLUED_CRUMB = regex.compile(
    r"(?m)^[ \t]{0,3}(?i:" + "|".join(map(regex.escape, _HOME_WORDS)) + r")[ \t]{1,3}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}((?:[^\n{_CRUMB_MARKS}]{{1,40}}?[ \t]{{1,3}}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}){{0,8}}?[^\n{_CRUMB_MARKS}]{{0,39}}?\p{{Ll}})"
    # A headline after the join: two words at least ("TownFerry fares", not "WhatsApp").
    r"(?=\p{Lu}[^\s]{0,40}+[ \t]{1,3}+\S)")

# With a space between them, nothing shows where the last section ends ("Home » News »
# Environment Volunteers count record …", "Home » Cronaca » Provincia Ritrovato dopo
# tre giorni …"), unless it is one word that names a section of a news site (a fact
# list, ``_SECTION_NAMES``) and the headline after it opens as a sentence does: a
# capitalised word, then one in lower case. Only in languages whose headlines write
# their other nouns in lower case (Romance languages, Dutch): English and German open
# headlines with a section's word in a name ("Environment Agency warns …", "Health
# Secretary resigns …", "Region Hannover plant …"), so their trails stay whole (junk
# left, no headline word lost). The trail's items before it: as ``_GLUED_CRUMB``.
_SPACED_CRUMB = regex.compile(
    r"(?m)^[ \t]{0,3}(?i:" + "|".join(map(regex.escape, _HOME_WORDS)) + r")[ \t]{1,3}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}(?P<items>(?:[^\n{_CRUMB_MARKS}]{{1,40}}?[ \t]{{1,3}}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}){{0,8}}?)(?P<last>\p{{Lu}}\p{{Ll}}{{1,20}}+)[ \t]{{1,3}}+"
    r"(?=\p{Lu}\p{Ll}{0,30}+[ \t]{1,3}+\p{Ll})")
_SECTION_NAMES = frozenset({
    "société", "politique", "économie", "région", "culture", "faits-divers",
    "sociedad", "política", "economía", "cultura", "deportes", "sucesos", "provincia",
    "cronaca", "politica", "economia", "spettacoli", "attualità", "esteri",
    "binnenland", "buitenland", "regio", "economie", "cultuur",
    "cidades", "esportes", "desporto",
})


def _glued_crumbs(text: str) -> list[Span]:
    """Breadcrumb trails glued to the headline that follows them (``_GLUED_CRUMB``):
    from the home word to the last section's last letter, when every item is a section
    (``_crumb_items``). A camel-cased section name ("WhatsApp") would end the trail
    early and leave its tail: junk left, never article lost. Also a trail that a space
    parts from its headline, when its last section is one word that names a section
    (``_SPACED_CRUMB``)."""
    spans: list[Span] = []
    for m in _GLUED_CRUMB.finditer(text):
        if _crumb_items(m.group(1), slashed="/" in m.group()):
            spans.append((m.start(), m.end(), ""))
    for m in _SPACED_CRUMB.finditer(text):
        if m.group("last").casefold() in _SECTION_NAMES and \
                _crumb_items(m.group("items") + m.group("last"), slashed="/" in m.group()):
            spans.append((m.start(), m.end(), ""))
    return spans


def _crumbs_in(table: bytes, data: bytes) -> bool:
    """Whether a line of the translated text opens like a breadcrumb trail (the gate's
    test; a superset of ``_CRUMB_LINE``)."""
    at_start, after_break, _ = _crumb_scans(table)
    return at_start.match(data) is not None or after_break.search(data) is not None


def _crumb_items(body: str, *, slashed: bool = False) -> bool:
    """Whether the items after a home word are sections: one to five words each, the
    first capitalised (or a digit), with no sentence punctuation; with a "/" in the
    trail (``slashed``), two of them at least, with no digit or colon."""
    items = [i.strip() for i in re.split(f"[{_CRUMB_MARKS}]", body)]
    if slashed and (len(items) < 2 or any(ch.isdigit() or ch == ":" for ch in body)):
        return False
    return all(1 <= len(i.split()) <= 5 and (i[:1].isupper() or i[:1].isdigit())
               and not any(ch in ".!?;\"“”" for ch in i) for i in items)


def _menu_item(item: str) -> bool:
    """One or two capitalised words, without digits or sentence punctuation."""
    words = item.split()
    return 1 <= len(words) <= 2 and len(item) <= _BAR_ITEM and \
        all(w[:1].isupper() for w in words) and \
        not any(ch.isdigit() or ch in ".,;:!?\"()" for ch in item)


def _menu_items(rules: _Rules, items: Sequence[str], least: int = 3) -> bool:
    """Whether separated items are a navigation bar: ``least`` or more menu items
    (``_menu_item``), one of them a [menu] word."""
    return len(items) >= least and all(map(_menu_item, items)) and \
        any(i.casefold() in rules.menu for i in items)


def _menu_bar(rules: _Rules, body: str) -> bool:
    """Whether a separated line is a navigation bar: three items or more, each one or
    two capitalised words without digits or sentence punctuation, one of them a [menu]
    word. Left alone: table rows ("Revenue | Profit | Margin", no menu word; figures),
    datelines ("Berlin | 12.03.2024": two items, a digit), bylines ("By Ann Lee | Reuters").
    A page footer's bar opens with the site's copyright ("© Kreisbote 2024 | Impressum |
    Datenschutz"): the notice is its first item, and two menu items or more follow."""
    items = [i.strip() for i in _BAR_SPLIT.split(body)]
    if items[0].startswith(("©", "(c)", "(C)", "Copyright")):
        return _menu_items(rules, items[1:], least=2)
    return _menu_items(rules, items)


# A bar whose items runs of two spaces or more part (a single space parts an item's
# words): a menu laid out with padding, its separators lost. Each item is taken whole
# at once, so a line that fails is given up without trying its spaces two ways.
_SPACED_LINE = 160
_SPACED_ITEMS = 4
_SPACED_BAR = re.compile(r"[ \t]*+(\S{1,30}+(?: \S{1,30}+)?+)((?:[ \t]{2,8}+\S{1,30}+"
                         r"(?: \S{1,30}+)?+){3,15}+)[ \t]*+")
_SPACED_SPLIT = re.compile(r"[ \t]{2,8}")


def _spaced_bar(rules: _Rules, body: str) -> bool:
    """Whether a line is a navigation bar of items parted by runs of spaces: four items
    or more, each one or two capitalised words without digits or sentence punctuation
    (``_menu_item``), two of them [menu] words. Left alone: table rows ("Name  Age
    City  Country": no menu word; figures), a heading padded with spaces, one menu word
    (a table's "Home  Away  Draw  Points" header has one)."""
    if _SPACED_BAR.fullmatch(body) is None:
        return False
    items = _SPACED_SPLIT.split(body.strip())
    return len(items) >= _SPACED_ITEMS and all(map(_menu_item, items)) and \
        sum(1 for i in items if i.casefold() in rules.menu) >= 2


def _bar_chains(text: str) -> list[list[tuple[int, int]]]:
    """Runs of two or more separators, each pair with one menu item between them
    (``_menu_item``), on one line: the middle of a bar. One pass over the separators."""
    chains: list[list[tuple[int, int]]] = []
    chain: list[tuple[int, int]] = []
    for m in _BAR_SPLIT.finditer(text):
        if chain and m.start() - chain[-1][1] <= _BAR_ITEM and \
                _menu_item(text[chain[-1][1]:m.start()]) and \
                "\n" not in text[chain[-1][1]:m.start()]:
            chain.append(m.span())
            continue
        if len(chain) >= 2:
            chains.append(chain)
        chain = [m.span()]
    if len(chain) >= 2:
        chains.append(chain)
    return chains


_CASE_JOINT = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def _inline_bar(rules: _Rules, text: str, line: _Line, chain: Sequence[tuple[int, int]],
                chained: int) -> Span | None:
    """A navigation bar glued inside a line ("… bread again.\" Home | News | Local |
    Sport | Weather The prize …"), or None. Its first item is the one or two words
    before its first separator, its last the rest of the line (one or two words) or
    else the one word after its last separator; it goes between a sentence end (the
    line start, or a unit removed just before it) and a capitalised word (or the line
    end). A table row keeps its figures ("Revenue | Profit | Margin 2023 | 4.1"), a
    byline has two items ("By Ann Lee | Reuters"): both stay."""
    middle = [text[a[1]:b[0]].strip() for a, b in itertools.pairwise(chain)]
    # (Only a short rest is read: a long line must not be copied once per bar.)
    rest = text[chain[-1][1]:line.end].strip() if line.end - chain[-1][1] <= 2 * _BAR_ITEM \
        else ""
    if rest and _menu_item(rest):
        last, end = rest, line.end
    else:
        m = _RUN_WORD.match(text, chain[-1][1])
        if m is None:
            return None
        last, end = m.group(), m.end()
        # Flattened text that joined blocks with no space glues the headline to the
        # last item ("… / Oost-Brabant / NieuwsDorpsbewoners knappen …"): the item ends
        # where a capital follows a small letter. (A camel-cased item, "YouTube", is cut
        # too: junk left, never the headline's first word lost.)
        joint = _CASE_JOINT.search(last)
        if joint is not None:
            last, end = last[:joint.start()], m.start() + joint.start()
        if not _sentence_next(text, line, end):
            return None
    one_at, one = _word_before(text, line, chain[0][0])
    two_at, two = _word_before(text, line, one_at)
    firsts = [(two_at, f"{two} {one}")] if two else []
    for start, first in [*firsts, (one_at, one)]:
        if _menu_items(rules, [first, *middle, last]) and \
                _after_stop(text, line, start, chained):
            return _inline_span(text, line, start, end)
    return None


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


def _find(rules: _Rules, text: str) -> list[Span]:
    # Most documents stop at the gate, before this; here one scan finds every cue
    # (``_matches``), one more the runs of short lines.
    data = _bytes(rules, text)
    cues = _scan(rules, text, data)
    glued_start = _glued_start_label(rules, text)
    glued = _glued_labels(rules, text) + glued_start
    # Only a label glued to a capital ends for sure where the headline starts; a space
    # after a duration may part a video widget's time from its title ("Play Video 3:27
    # Biggest night in Hollywood …"), which the widget's line takes.
    glued_start = [sp for sp in glued_start if not text[sp[1] - 1].isspace()]
    short_lines = (data is None or _short_lines(data)) and _SHORT_LINES.search(text) is not None
    has_bars = data is None or _BAR_BYTES.search(data) is not None
    bars = [m.span(1) for m in _BAR_LINE.finditer(text)] if has_bars else []
    trails = data is None or _crumbs_in(rules.anchors.table, data)
    glued_trails = _glued_crumbs(text) if trails else []
    # A trail glued to a short headline is a line that looks like a trail ("Home ›
    # News › Harbour TownFerry fares rise again"): only the trail goes.
    glued_at = {s for s, _, _ in glued_trails}
    crumbs = [m.start() for m in _CRUMB_LINE.finditer(text)
              if m.start() not in glued_at
              and _crumb_items(m.group(1), slashed="/" in m.group())] if trails else []
    glued += glued_trails
    chains = _bar_chains(text) if has_bars else []
    openings = _Openings.of(text)
    medium = _medium_bars(text) if cues.medium else []
    last_button = _last_button(rules, text)
    if not (cues.hits or cues.socials or cues.rights or cues.badges or short_lines or bars
            or chains or cues.channels or crumbs or openings or glued or cues.glued
            or medium or cues.gallery or last_button is not None):
        return []
    doc = _Doc(rules, text)
    doc.spans.extend(glued)
    doc.spans.extend(doc.between(start, end) for start, end in medium)
    doc.menu_bars(bars)
    for start in crumbs:
        doc.drop_line(doc.line_of(start))
    doc.lines_with_cues(cues)
    doc.brackets(cues.hits)
    doc.inline_bars(chains)
    doc.rights(cues.rights)
    doc.badges(cues.badges)
    doc.pitches(cues.channels, cues.hits)
    doc.signup_forms(cues.hits)
    doc.signup_neighbours()
    doc.signup_boxes()
    doc.topics(cues.hits)
    doc.follows(openings.follows)
    doc.app_lines(openings.apps)
    for end in openings.players:
        doc.drop_line(doc.line_of(end - 1))
    if last_button is not None:
        doc.last_button(last_button)
    doc.sponsored_boxes()
    doc.box_taglines()
    doc.durations()
    doc.galleries(openings.slides, cues.gallery_labels if cues.gallery else None)
    doc.videos(cues.hits)
    doc.app_pitches(cues.hits)
    doc.here_trails(cues.hits)
    doc.glued_bars(cues.glued)
    if short_lines or doc.removed:
        doc.one_word_lines()
    if doc.removed:
        doc.bar_leftovers()
    return _merge(_headline_kept(doc.spans, glued_start))


# A video's title after its cue ([video]: "Watch:", "Vidéo :"), to the line's end: a
# capitalised word, no sentence stop, and the clip's length perhaps ("… car park 01:12").
_VIDEO_LINE = 200
_VIDEO_TITLE = re.compile(r"[ \t]{0,3}+(?P<title>[^\W\d_][^\n.!]{1,160}?)"
                          r"(?:[ \t]{0,3}(?P<time>\d{1,2}:\d\d(?::\d\d)?))?[ \t]*")
# The same inside a line, where only the length can end it: the player's position and
# length ("00:00 / 02:47", glued or not) or the clip's length, no digit or colon after.
_VIDEO_ITEM = re.compile(r"[ \t]{0,3}+(?P<title>[^\W\d_][^\n.!]{1,160}?)[ \t]{0,3}"
                         r"(?:(?P<player>0{1,2}:00[ \t]{0,2}/[ \t]{0,2}\d{1,2}:\d\d(?::\d\d)?)"
                         r"|\d{1,2}:\d\d(?::\d\d)?)(?![\d:])")


# The [video] cues of the rules they were compiled for, as ``_START_LABELS``.
_VIDEO_CUES: dict[int, tuple[_Rules, re.Pattern[str]]] = {}


def _video_cue_scan(rules: _Rules) -> re.Pattern[str]:
    """A [video] cue, any case, matched where the last item's length ends: the scan
    needs a word edge before a cue, and flattened text glues the next item to the
    length ("… car park 01:12Watch: Seal pup …")."""
    found = _VIDEO_CUES.get(id(rules))
    if found is not None and found[0] is rules:
        return found[1]
    keys = sorted(k for k, v in rules.kinds.items() if "video" in v)
    scan = re.compile(rf"(?i:{trie_pattern(keys)})" if keys else "(?!)")
    _VIDEO_CUES[id(rules)] = (rules, scan)
    return scan


def _video_run(rules: _Rules, text: str, line: _Line, cue: tuple[int, int],
               chained: int) -> int | None:
    """The end of a run of video items inside a line whose first cue is ``cue``
    (see ``_Doc.videos``), or None if it is not one."""
    start, pos = cue
    if not (_after_stop(text, line, start, chained) or
            (start > line.start and text[start - 1].islower())):
        return None
    items, player = 0, False
    while True:
        m = _VIDEO_ITEM.match(text, pos, line.end)
        if m is None or not text[m.start("title")].isupper():
            break
        items += 1
        player = player or m.group("player") is not None
        pos = m.end()
        nxt = _video_cue_scan(rules).match(text, _after_spaces(text, pos), line.end)
        if nxt is None:
            break
        pos = nxt.end()
    if not items:
        return None
    after = _after_spaces(text, pos)
    if after < line.end and not (text[after].isupper() or text[after] in _QUOTE_OPENERS):
        return None
    if player or items >= 2 or start <= chained or after >= line.end:
        return pos
    return None


# --- glued share bars -----------------------------------------------------------------
#
# Markup whose share buttons are links with nothing between them, and flattened text
# that joined a bar's lines with no space, glue a share bar into one word:
# "ShareTweetSend", "TwitterFacebookLinkedInCopier le lien", "Condividi su
# FacebookCondividi su WhatsAppSaranno …". Its pieces are [social] names and share
# labels made of share words, [via] words and names ("Share on Facebook", "Deel via
# e-mail"), each written capitalised and ending where no lower-case letter follows;
# two of them at least, two glued together (spaced runs are ``_share_run``'s). A run
# goes from a line's start, a sentence's end, a unit removed or a word it is glued to,
# up to the line's end or a capital (the next block). Prose never glues two names: a
# name of ``_GLUED_TRIGGERS`` at a word's start, written capitalised and glued to a
# capital (``scan``'s "glued" group; anchored, so the gate lets it through), is where
# a run can be; so is a common share word (``_GLUED_COMMON``, "Share", "Teilen") glued
# to another button's word (``_GLUED_FOLLOWERS``: "ShareTweetSend"): glued to any other
# letter ("Shared", "Tweets", "Printer") it would let most texts past the gate.


# How far before such a name a run may start, in characters.
_GLUED_BACK = 80
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]")
# What may stand between two pieces: nothing, or a separator and its spaces.
_PIECE_GAP = re.compile(r"[ \t]{0,3}+[:|·•/,]?[ \t]{0,3}+")
# Words a share label may hold besides share words, [via] words and names ("Share
# this:", "Comparte esto:", "Partilhar isto:", "Deel dit:"), and the words of a copy-link
# button ("Copy link", "Copier le lien", "Link kopieren", "Copiar enlace", "Copia il
# link", "Kopieer link", "Copiar o link"), which is a piece too.
_SHARE_OBJECTS = frozenset({"this", "esto", "isto", "dit"})
_COPY_WORDS = frozenset({"copy", "link", "copier", "le", "lien", "kopieren", "copiar",
                         "enlace", "copia", "il", "kopieer", "kopiëren", "o",
                         # nb/da, sv, cs: "Kopier lenke", "Kopiera länk", "Kopírovat odkaz"
                         "kopier", "lenke", "kopiera", "länk", "kopírovat", "odkaz"})
# Share verbs that are no [social] word: Norwegian and Danish "Del" is Spanish "del",
# and a share word alone must not stand in prose.
_UNLISTED_SHARES = frozenset({"del"})
_LINK_WORDS = frozenset({"link", "lien", "enlace", "lenke", "länk", "odkaz"})
_PIECE_WORDS = re.compile(r"[^\W\d_][\w+-]*")
# The pieces of the rules they were compiled for, as ``_START_LABELS``.
_PIECES: dict[int, tuple[_Rules, re.Pattern[str]]] = {}


def _piece_scan(rules: _Rules) -> re.Pattern[str]:
    """A piece of a share bar, any case (``_glued_run`` checks the capital), that no
    lower-case letter follows."""
    found = _PIECES.get(id(rules))
    if found is not None and found[0] is rules:
        return found[1]
    words = rules.social | rules.via | rules.share | _SHARE_OBJECTS
    keys = set(rules.social) | set(_GLUED_PIECES) | set(_BLOGGER_PIECES)
    for key, kinds in rules.kinds.items():
        parts = _PIECE_WORDS.findall(key)
        if not kinds & {"label", "inline"} or not 1 <= len(parts) <= 5:
            continue
        shares = parts[0] in rules.share and all(w in words for w in parts)
        # "Del på Facebook", "Envoyer par mail": a share or send verb no pack lists as
        # a share word, then a [via] word and a network's name (not a follow verb's:
        # "Siga-nos no Instagram" is a prompt, which may run on).
        shares = shares or (len(parts) == 3 and parts[1] in rules.via
                            and parts[2] in rules.social
                            and (parts[0] in _UNLISTED_SHARES or parts[0] in _QUIET_SOCIAL))
        copies = bool(_LINK_WORDS & set(parts)) and all(w in _COPY_WORDS for w in parts)
        if shares or copies:
            keys.add(key)
    scan = re.compile(rf"(?i:{trie_pattern(keys)})(?![a-zß-öø-ÿа-яё])")
    _PIECES[id(rules)] = (rules, scan)
    return scan


def _glued_run(scan: re.Pattern[str], text: str, line: _Line, start: int,
               chained: int) -> tuple[int, bool] | None:
    """The end of the share bar's pieces from ``start``, and whether they make a glued
    bar that stands as a unit there (see "glued share bars"); None if no piece opens
    at ``start``."""
    pos, pieces, glued = start, 0, False
    while True:
        m = scan.match(text, pos, line.end)
        if m is None or not text[pos].isupper():
            break
        pieces += 1
        glued = glued or (pieces > 1 and m.start() == pos and text[pos - 1] not in " \t")
        end = m.end()
        pos = _PIECE_GAP.match(text, end, line.end).end()  # type: ignore[union-attr]
    if not pieces:
        return None
    after = end
    while after < line.end and text[after] in " \t":
        after += 1
    ok = pieces >= 2 and glued and _glued_start_ok(text, line, start, chained) and (
        after >= line.end or text[after].isupper() or text[after].isdigit()
        or text[after] in _QUOTE_OPENERS)
    return end, ok


def _glued_start_ok(text: str, line: _Line, start: int, chained: int) -> bool:
    """Whether a glued bar may start at ``start``: at the line's start, after a unit
    removed or a sentence's end (past spaces), or glued to the word before it."""
    pos = _before_spaces(text, line, start)
    if pos <= line.start or pos <= chained:
        return True
    prev = text[pos - 1]
    return prev in _ENDS or (pos == start and (prev.islower() or prev.isdigit()))


def _headline_kept(spans: list[Span], start_label: list[Span]) -> list[Span]:
    """``spans`` without those that run from inside a widget label at the text's start
    (``_glued_start_label``) past its end: the label's own end is known, and a prompt's
    sentence that its [lead] phrase would take is the headline glued after it."""
    if not start_label:
        return spans
    end = start_label[0][1]
    return [sp for sp in spans if not sp[0] < end < sp[1]]


# A sponsored-links box: the headings Taboola, Outbrain and their clones print over it,
# and the starts of the credit line under it ("Promoted Links by Outclick", "Sponsored
# Links by Taboola", "Recommended by Outbrain"); both are pack labels, matched folded.
_BOX_HEADINGS = frozenset({"sponsored stories", "promoted stories", "sponsored links",
                           "sponsored content", "you may like", "around the web"})
_BOX_CREDITS = ("promoted links by", "sponsored links by", "recommended by")
# The titles between them: a box shows a few, each on a line (with its source's name).
_BOX_LINES = 12
# The starts of the e-mail field's label in a sign-up form, matched folded; each is a
# pack label ("Enter your email", "Votre adresse e-mail").
_EMAIL_FIELDS = ("enter your email", "your email address", "votre adresse e-mail",
                 "votre adresse email", "ihre e-mail-adresse", "e-mail-adresse eingeben",
                 "tu correo electrónico", "introduce tu correo", "il tuo indirizzo email",
                 "la tua email", "je e-mailadres", "vul je e-mailadres", "seu e-mail",
                 "digite seu e-mail")
# What follows an e-mail field's label in a flattened sign-up form: the button ("Sign
# Up", "Subscribe"), the form's consent line ("By signing up, you agree to our Terms of
# Use and Privacy Policy.") and its note ("You may unsubscribe at any time."), at least
# one of the first two. Bounded: the consent line is a sentence of 200 characters.
_FORM_TAIL = re.compile(
    r"(?:[ \t]{0,3}+(?:Sign[ \t]?[Uu]p|SIGN[ \t]?UP|Subscribe|SUBSCRIBE|Submit|SUBMIT"
    r"|Sign[ \t]me[ \t]up|Join|JOIN|Go)(?![\w-])[!.]?)?"
    r"(?:[ \t]{0,3}+By[ \t](?:signing[ \t]up|subscribing|clicking[^\n.]{1,40}?|submitting"
    r"[^\n.]{0,30}?),?[ \t]you[ \t](?:agree|acknowledge|accept)[^\n]{1,200}?[.](?=[ \t]|$))?"
    r"(?:[ \t]{0,3}+You[ \t](?:may|can)[ \t](?:unsubscribe|opt[ \t]out)[ \t]at[ \t]any[ \t]time"
    r"[^\n.]{0,40}[.])?")
# A sign-up box's heading and tagline above its e-mail field: this many lines at most.
_FORM_LINES = 3
_BOX_LINE = 100


def _box_line(body: str) -> bool:
    """A heading or tagline of a box: short, no sentence stop, not quoted."""
    return len(body) <= _BOX_LINE and not any(ch in body for ch in ".!?;\"“”„«»")


class _Doc:
    """One document being searched: its lines, its sentences and the units found."""

    def __init__(self, rules: _Rules, text: str) -> None:
        self.rules = rules
        self.text = text
        self.bounds: list[tuple[int, int]] = []
        pos = 0
        while True:
            nl = text.find("\n", pos)
            if nl == -1:
                self.bounds.append((pos, len(text)))
                break
            self.bounds.append((pos, nl))
            pos = nl + 1
        self._starts = [b[0] for b in self.bounds]
        self.spans: list[Span] = []
        self.removed: set[int] = set()  # lines removed whole
        self.cache: dict[int, list[tuple[int, int]]] = {}  # sentences by line start
        # [until] closing markers, and how far a search for each found none
        self._searched: dict[str, int] = {}

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def line(self, i: int) -> _Line:
        return _content(self.text, *self.bounds[i])

    def drop_line(self, i: int) -> None:
        self.spans.append(_whole(self.line(i), self.text))
        self.removed.add(i)

    def drop_lines(self, a: int, b: int) -> None:
        """Lines ``a`` to ``b - 1``, those not removed yet."""
        for k in range(a, b):
            if k not in self.removed:
                self.drop_line(k)

    def _later_widget(self, start: int, unit_starts: Sequence[int]) -> bool:
        """Whether the prompt at ``start`` went as a widget (one of the sorted
        ``unit_starts`` is at it or up to three characters before it: its opener or the
        space before it) and does not open its line (only openers before it)."""
        line = self.line(self.line_of(start))
        k = bisect.bisect_right(unit_starts, start)
        return not _only_openers(self.text, line.start, start) and \
            k > 0 and start - unit_starts[k - 1] <= 3

    def pitches(self, channels: list[int], hits: list[_Hit]) -> None:
        """Newsletter pitches: short lines with a channel word (see "newsletter pitches").
        A line with a prompt was the phrases' to judge ("Sign up for our newsletter was
        the most clicked link" stays): it is left to them, unless the prompt opened a
        later sentence and went as a widget, taking only its own sentence; then the
        line is judged here as a whole ("Recevez chaque matin l'essentiel de
        l'actualité. Inscrivez-vous à notre newsletter !": the first sentence is the
        pitch's too)."""
        opening = [start for start, _, kinds, _ in hits if not kinds.isdisjoint(_OPENING)]
        unit_starts = sorted(s for s, _, _ in self.spans)
        later = {self.line_of(start) for start in opening
                 if self._later_widget(start, unit_starts)}
        judged = {self.line_of(start) for start in opening} - later
        lines = sorted({self.line_of(at) for at in channels} - judged - self.removed)
        pitched = set()
        for i in lines:
            if _pitch_line(self.rules, self.text, self.line(i), strict=i in later):
                self.drop_line(i)
                pitched.add(i)
        for at in channels:
            i = self.line_of(at)
            if i in self.removed or i in judged:
                continue
            line = self.line(i)
            # A short line that is no pitch as a whole may end with one: a bio's last
            # sentence ("… covers transport. Subscribe to his newsletter, City Lines, for
            # a weekly dose of urbanism →"); it goes only when it runs to the line's end.
            unit = _glued_pitch(self.rules, self.text, line, at,
                                last=line.end - line.start <= _PITCH_LINE)
            if unit is not None:
                self.spans.append(_inline_span(self.text, line, *unit))
        # The box's heading above its pitch: "Het Parool Nieuwsbrief", "The Morning Brief
        # newsletter" (a few words, no stop). A heading above anything else stays.
        for i in lines if pitched else ():
            if i not in pitched and self._next_text_line(i) in pitched and \
                    _box_heading(self.text, self.line(i)):
                self.drop_line(i)

    def sponsored_boxes(self) -> None:
        """A sponsored-links box (Taboola's, Outbrain's and their clones' "chumbox"):
        its heading and its credit line were removed as labels ("Sponsored Stories" …
        "Promoted Links by Outclick"); the clickbait titles between them go too, when
        no blank line parts them from the two (one block of at most ``_BOX_LINES``
        lines). Left alone: lines under a heading with no credit line after it, or
        after a blank line (they may be the article's next paragraph)."""
        for i in sorted(self.removed):
            if self._body(i).casefold() not in _BOX_HEADINGS:
                continue
            for n in range(i + 1, min(i + 2 + _BOX_LINES, len(self.bounds))):
                body = self._body(n)
                if not body:
                    break
                if n in self.removed and body.casefold().startswith(_BOX_CREDITS):
                    self.drop_lines(i + 1, n)
                    break

    def signup_neighbours(self) -> None:
        """The sentences a sign-up box prints around its prompt, once the prompt went
        (a unit that opens with a [signup] verb: "Sign up now.", "Subscribe for free to
        receive new posts …"): right before it in the same line, a thanks for reading
        (Substack's "Thanks for reading The Ledger! Subscribe for free …") or the
        box's pitch, a sentence that opens with a [signup] verb or "Get", names the
        channel and speaks to the reader ("Get the Bulletin in your inbox — local news,
        every weekday morning. Sign up now."); right after it, its perks ("It's
        free."). A line of thanks right above a prompt's line goes too. Left alone: an
        article sentence before a prompt (it names no channel to the reader, or is
        quoted or reported), a long one, and any sentence after it but a perk."""
        text = self.text
        spans = sorted(self.spans)
        # Where a walk over perks has gone on from: the walk from there is the same for
        # every prompt that reaches it, and was taken (a run of prompts, each a perk
        # too, would otherwise walk to the line's end once for each: quadratic).
        walked: set[int] = set()
        for start, end, _ in spans:
            if end - start <= _BUTTON_CHARS:
                self._box_sentence(spans, start, end)
            if end - start > _PROMPT_SENTENCE_MAX or \
                    self.rules.signup.match(text, start, end) is None:
                continue
            i = self.line_of(start)
            if i in self.removed:
                if start == self.bounds[i][0] and i > 0 and i - 1 not in self.removed and \
                        _THANKS.match(self._body(i - 1)) is not None and \
                        len(self._body(i - 1)) <= _THANKS_LINE:
                    self.drop_line(i - 1)
                continue
            line = self.line(i)
            before = _sentence_before(text, line, start)
            if before is not None and self._pitch_before(*before):
                self.spans.append(_inline_span(text, line, before[0], start))
            pos = end
            while pos not in walked and \
                    (after := _sentence_after(text, line, pos)) is not None and \
                    _perk(text, *after):
                walked.add(pos)
                self.spans.append(_inline_span(text, line, *after))
                pos = after[1]

    def _box_sentence(self, spans: Sequence[Span], start: int, end: int) -> None:
        """A newsletter box's heading and tagline in flattened text, between its
        pitch and its button (``start``-``end``, a removed unit): the sentence right
        before the button ("Je m'inscris", "Jetzt anmelden": ``_signup_button``) goes
        when a removed unit that names the channel or opens with a [signup] verb opens
        it ("… jeudi. Inscrivez-vous à la newsletter Annecy Soir Chaque soir,
        l'essentiel de l'actualité. Je m'inscris …"), or when it opens with a [channel]
        word, the box's heading, perhaps glued to the tagline ("… bislang. Newsletter
        Das Wichtigste aus der Region – jeden Morgen per E-Mail. Jetzt anmelden
        Ortsbrandmeister …"). Left alone: a quoted, reported or long sentence, and one
        before any other unit."""
        text = self.text
        i = self.line_of(start)
        if i in self.removed or not self._signup_button(text[start:end].strip()):
            return
        line = self.line(i)
        found = _sentence_before(text, line, start)
        if found is None:
            return
        s, e = found
        if not _QUOTES.isdisjoint(text[s:e]) or _reported(text, s, e):
            return
        k = bisect.bisect_right(spans, (s, len(text), "")) - 1
        opener = spans[k] if k >= 0 and spans[k][0] <= s < spans[k][1] else None
        head = text[opener[0]:opener[1]] if opener is not None else ""
        if (head and (self.rules.channel.search(head) is not None
                      or self.rules.signup.match(head) is not None)) or \
                self.rules.channel.match(text, s) is not None or \
                self.rules.channel.fullmatch(_glued_word(text, s)) is not None:
            self.spans.append(_inline_span(text, line, s, start))

    def _pitch_before(self, start: int, end: int) -> bool:
        """Whether the sentence ``start``-``end`` before a removed sign-up prompt is
        the box's (see ``signup_neighbours``)."""
        text = self.text
        if not _QUOTES.isdisjoint(text[start:end]) or _reported(text, start, end):
            return False
        if _THANKS.match(text, start, end) is not None:
            return True
        return (self.rules.signup.match(text, start, end) is not None
                or text.startswith("Get ", start)) and \
            self.rules.channel.search(text, start, end) is not None and \
            _addresses_reader(text, start, end)

    def box_taglines(self) -> None:
        """The tagline of a newsletter or app box, with no blank line around it: a
        short line, unquoted and unreported (``_tagline_line``), right under the box's
        removed head or pitch (a line that names the channel or the app, or opens with
        a [signup] or app verb: "Newsletter", "Inscrivez-vous à la newsletter Annecy
        Soir", "Get the Bramley Mercury app"), that is one sentence over the box's
        removed button (``_signup_button``: "Jetzt anmelden", "Je m'inscris"), or
        that ends the block in one or two sentences and speaks to the reader of the
        news it brings (``_NEWS_WORDS``: "Breaking news … straight to your phone.").
        Over a removed button, a heading
        that names the channel ("Newsletter Abendblick", ``_box_heading``) goes with
        the tagline. Left alone: a line under any other removed line, a long one, one
        over a line that went but is no button ("PUBLICIDAD", a second "Subscribe to
        our newsletter": a paragraph between two pitches is the article's), and a
        block's next line that speaks to no reader with no button under it (the
        article may go on after a pitch with one line break)."""
        for p in sorted(self.removed):
            n = p + 1
            if n >= len(self.bounds) or n in self.removed or not self._body(n):
                continue
            line = self.line(n)
            if not (self._tagline_line(line) and self._box_head(self._body(p))):
                continue
            if self._tagline(n, line):
                self.drop_line(n)
            elif self._button_ends_box(n, line):
                self.drop_line(n)
                self.drop_line(n + 1)
        for button in sorted(self.removed):
            if not self._signup_button(self._body(button)):
                continue
            head = button - 2
            if head >= 0 and not {head, head + 1} & self.removed and \
                    self._body(head) and self._body(head + 1):
                self._headed_tagline(head, head + 1)
                continue
            # Markup's box, its head, tagline and button in blocks of their own: the
            # tagline must name the channel to the reader (``_headed_tagline``).
            under = self._previous_text_line(button)
            top = None if under is None else self._previous_text_line(under)
            if under is not None and top is not None and button - top <= _BOX_SPREAD \
                    and not {top, under} & self.removed:
                self._headed_tagline(top, under, spread=True)

    def _button_ends_box(self, n: int, line: _Line) -> bool:
        """Whether line ``n``, one sentence under a box's removed head, is its tagline
        over its [button] that ends the block (an app banner: "Ouvrir dans
        l'application" / "Plus rapide, plus simple : lisez La Voix sur l'appli" /
        "TÉLÉCHARGER"); a button alone under a line that stays is not removed
        elsewhere."""
        below = n + 1
        if below >= len(self.bounds) or below in self.removed or \
                _key(self._body(below)) not in self.rules.buttons:
            return False
        after = below + 1
        return (after >= len(self.bounds) or not self._body(after)) and \
            len(sentences(self.text, line.start, line.end)) == 1

    def _headed_tagline(self, head: int, n: int, *, spread: bool = False) -> None:
        """A box's heading (line ``head``) and its tagline of one sentence under it
        (line ``n``), over the box's removed button, when the heading names the
        channel, or the tagline names it to the reader ("Get the Harbour Bulletin" /
        "Our free daily email with the stories that matter to you." / "Sign up": the
        heading names the newsletter only by its own name). With blank lines between
        them (``spread``, a box's blocks), only the latter: an article's subhead and
        last paragraph may stand over a button that went."""
        text = self.text
        line, under = self.line(head), self.line(n)
        # Spread, a heading that opens with the channel word names it as a box does
        # ("Newsletter « Lille Soir »"); an article's subhead may only hold the word.
        quoted_name = self.rules.channel.match(text, line.start, line.end) is not None
        named = quoted_name if spread else \
            self.rules.channel.search(text, line.start, line.end) is not None
        if not named and (self.rules.channel.search(text, under.start, under.end) is not None
                          or _EMAIL_WORD.search(text, under.start, under.end) is not None):
            named = _addresses_reader(text, under.start, under.end) and (
                _LETTER_WORDS.search(text, under.start, under.end) is not None
                or _NEWS_WORDS.search(text, under.start, under.end) is not None)
        if named and _box_heading(text, line, quoted_name=quoted_name) and \
                self._tagline_line(under) and \
                len(sentences(text, under.start, under.end)) == 1:
            self.drop_line(head)
            self.drop_line(n)

    def _tagline_line(self, line: _Line) -> bool:
        """Whether a line may be a box's tagline: short, unquoted, unreported."""
        text = self.text
        return line.end - line.start <= _TAGLINE and \
            not _quotes_words(text[line.start:line.end]) and \
            not _reported(text, line.start, line.end)

    def _tagline(self, n: int, line: _Line) -> bool:
        """Whether line ``n`` under a box's head is its tagline (see ``box_taglines``):
        one sentence over its button, or the block's end, speaking to the reader of
        the news it brings ("If you have information, call 101." is the article's)."""
        text = self.text
        count = len(sentences(text, line.start, line.end))
        below = n + 1 if n + 1 < len(self.bounds) else None
        if below is not None and below in self.removed:
            return count == 1 and self._signup_button(self._body(below))
        return (below is None or not self._body(below)) and \
            line.end - line.start <= _APP_LINE and count <= _PITCH_SENTENCES and \
            _addresses_reader(text, line.start, line.end) and \
            _NEWS_WORDS.search(text, line.start, line.end) is not None

    def _signup_button(self, body: str) -> bool:
        """Whether ``body`` is a sign-up box's button: a few words that sign up ([signup]
        verb, or a [button]) and name no channel ("Jetzt anmelden", "Je m'inscris",
        "SUBSCRIBE"; not "Subscribe to our newsletter", a pitch of its own, nor an ad
        label)."""
        return len(body.split()) <= _BUTTON_LABEL_WORDS and \
            self.rules.channel.search(body) is None and \
            (self.rules.signup.match(body) is not None or _key(body) in self.rules.buttons)

    def _box_head(self, body: str) -> bool:
        """Whether a removed line heads a newsletter or app box (``box_taglines``)."""
        rules = self.rules
        return rules.channel.search(body) is not None or \
            rules.signup.match(body) is not None or _APP.match(body) is not None or \
            (("app" in body.lower() or "aplica" in body.lower())
             and _app_word_end(body, 0, len(body)) is not None)

    def signup_forms(self, hits: Sequence[_Hit]) -> None:
        """A sign-up form that flattened text runs into a paragraph: its e-mail field's
        label (``_EMAIL_FIELDS``) at a sentence's start, then its button, its consent
        line and its unsubscribe note (``_FORM_TAIL``: "… by 6am. Enter your email
        address Sign Up By signing up, you agree to our Terms of Use … You may
        unsubscribe at any time. School days …"), and the box's pitch right before it
        (``_pitch_before``: "Get the Morning Brief … in your inbox by 6am."). Left
        alone: a field's label with neither a button nor a consent line after it, and
        one inside a sentence."""
        text = self.text
        for start, end, kinds, found in hits:
            if "label" not in kinds or not _key(found).startswith(_EMAIL_FIELDS):
                continue
            i = self.line_of(start)
            if i in self.removed:
                continue
            line = self.line(i)
            m = _FORM_TAIL.match(text, end, line.end)
            if m is None or m.end() == end:
                continue
            before = _sentence_before(text, line, start)
            if start != line.start and before is None:
                continue
            self.spans.append(_inline_span(text, line, start, m.end()))
            if before is not None and self._pitch_before(*before):
                self.spans.append(_inline_span(text, line, before[0], start))

    def signup_boxes(self) -> None:
        """A newsletter sign-up box whose heading names no channel ("Sign up to The
        Morning Brief" / "The day's top stories, every weekday at 7am" / "Enter your
        email"): a short line that opens with a [signup] verb and has no sentence stop,
        and the short stop-less lines under it, when an e-mail field's label that was
        removed (``_EMAIL_FIELDS``) follows them in the same block. Left alone: such a
        line with no e-mail field under it ("Subscribe to the theory" as a subhead), or
        one parted from it by a blank line or a sentence."""
        for n in sorted(self.removed):
            if not self._body(n).casefold().startswith(_EMAIL_FIELDS):
                continue
            for i in range(n - 1, max(n - 2 - _FORM_LINES, -1), -1):
                body = self._body(i)
                if not body or (i not in self.removed and not _box_line(body)):
                    break
                if self.rules.signup.match(body) is not None:
                    self.drop_lines(i, n)
                    break

    def videos(self, hits: Sequence[_Hit]) -> None:
        """A video player's title and a video list's items ([video] cues).

        A line that opens with a cue and holds a clip's title, perhaps with its length
        after it ("Watch: Drone footage shows the landslip", "WATCH: Storm surge floods
        harbour car park 01:12", "Vidéo : le pont s'effondre"), is the player's, or an
        item of the list under "More videos"; at the text's start, where it would be
        the headline, only with the player's time or length on the next line. Inside
        a line (flattened text), items go from a sentence's end, the line's start or a
        unit just removed, each ending at its length: one with the player's "00:00 /
        02:47", or a list of two or more, or one after a unit or at the line's end.
        Left alone: a cue whose title is a sentence (it ends in a full stop: "Watch:
        the council votes tonight."), one in lower case, and inside a line a title
        with no length after it (where it ends cannot be told)."""
        ends = sorted(e for _, e, _ in self.spans)
        last = -1  # the end of the last run of items removed
        for start, end, kinds, _ in hits:
            if "video" not in kinds or start < last:
                continue
            i = self.line_of(start)
            if i in self.removed:
                continue
            line = self.line(i)
            if _only_openers(self.text, line.start, start) and self._video_line(i, line, end):
                self.drop_line(i)
                continue
            k = bisect.bisect_right(ends, start) - 1
            chained = max(last, ends[k] if k >= 0 else -1)
            run = _video_run(self.rules, self.text, line, (start, end), chained)
            if run is not None:
                self.spans.append(_inline_span(self.text, line, start, run))
                last = run

    def glued_bars(self, names: Sequence[int]) -> None:
        """Share bars whose buttons are glued together (see "glued share bars"): from
        each network name right before a capital (``names``, sorted), the run that
        holds it, starting at the first capital of up to ``_GLUED_BACK`` characters
        before it that opens one."""
        text = self.text
        if not names:
            return
        scan = _piece_scan(self.rules)
        ends = sorted(e for _, e, _ in self.spans)
        tried = -1  # where the last run tried ends: nothing before it is tried again
        for at in names:
            i = self.line_of(at)
            if at < tried or i in self.removed:
                continue
            line = self.line(i)
            for capital in _CAPITAL.finditer(text, max(line.start, at - _GLUED_BACK, tried),
                                             at + 1):
                start = capital.start()
                k = bisect.bisect_right(ends, start) - 1
                run = _glued_run(scan, text, line, start, ends[k] if k >= 0 else -1)
                if run is None:
                    continue
                end, ok = run
                tried = max(tried, end)
                if ok and end > at:
                    self.spans.append(_inline_span(text, line, start, end))
                    break

    def here_trails(self, hits: Sequence[_Hit]) -> None:
        """A breadcrumb trail after what a theme prints before it, a line of its own
        ("You are here: Home / Lifestyle / Food & Drink": a [here] cue, then the trail
        as ``_CRUMB_LINE`` reads it). Left alone: the words before anything else ("You
        are here: a map of the old town …")."""
        for start, end, kinds, _ in hits:
            if "here" not in kinds:
                continue
            i = self.line_of(start)
            line = self.line(i)
            if i in self.removed or not _only_openers(self.text, line.start, start):
                continue
            m = _CRUMB_AFTER.match(self.text, end, line.end)
            if m is not None and m.end() == line.end and \
                    _crumb_items(m.group(1), slashed="/" in m.group()):
                self.drop_line(i)

    def app_pitches(self, hits: Sequence[_Hit]) -> None:
        """App pitches inside a paragraph or flattened text (see ``_app_sentence``); a
        line of one is ``_app_line``'s."""
        for start, _, kinds, _ in hits:
            if kinds.isdisjoint(("app", "download")):
                continue
            i = self.line_of(start)
            if i in self.removed:
                continue
            line = self.line(i)
            found = _app_sentence(self.text, line, start, "download" in kinds)
            if found is not None:
                self.spans.append(_inline_span(self.text, line, *found))

    def _video_line(self, i: int, line: _Line, end: int) -> bool:
        """Whether line ``i``, which opens with a [video] cue ending at ``end``, is a
        player's title or a list's item (see ``videos``)."""
        text = self.text
        m = _VIDEO_TITLE.fullmatch(text, end, line.end)
        if m is None or line.end - line.start > _VIDEO_LINE or \
                not text[m.start("title")].isupper() or _reported(text, end, line.end):
            return False
        if any(self.text[a:b].strip() for a, b in self.bounds[:i]):
            return True
        # The text's first line: a headline, unless the player's time is under it.
        n = self._next_text_line(i)
        return m.group("time") is not None or (n is not None and (
            _PLAYER_LINE.fullmatch(self._body(n)) is not None
            or _DURATION.fullmatch(self._body(n)) is not None))

    def durations(self) -> None:
        """An audio player's or reading-time widget's duration on the line under its
        removed label ("Ascolta l'articolo" / "3 min", "Listen to this article" /
        "4 min"): a line of nothing but minutes; and the rest of a player's widget
        under a line that went, line by line (``_player_rest``: "1x", "Powered by
        VoiceLayer", "new"). Left alone: these under a line that stays ("Cook time" /
        "3 min": a recipe's)."""
        walked = -1  # the last line read under a removed one: none is read twice
        for i in sorted(self.removed):
            n = max(i + 1, walked + 1)
            while n < len(self.bounds) and n - 1 in self.removed and n not in self.removed \
                    and _player_rest(self._body(n)):
                self.drop_line(n)
                n += 1
            walked = n

    def galleries(self, slides: Sequence[re.Match[str]], labels: list[int] | None) -> None:
        """A photo gallery's chrome, lines of nothing else (``_SLIDE``, ``_VIEW_ALL``):
        a slide counter with its word ("Foto 1 van 8") and the link to the whole
        gallery ("View all 6 photos") go; a bare counter ("1 / 6", "1/5") goes when
        another counter has the same total, or a line within the next few lines or
        the last few went (the gallery's buttons, "‹ Previous  Next ›", "Sfoglia la
        gallery"). Left alone: a bare fraction with no gallery beside it ("3/4" under
        a recipe's heading), and counters past their total ("7 / 6"). The captions
        between them stay (either is right). With ``labels`` (``scan`` saw a gallery's
        cue; where its labels start), the chrome inside lines too
        (``inline_galleries``)."""
        bare: list[tuple[int, str]] = []
        totals: dict[str, int] = {}
        for m in slides:
            i = self.line_of(m.end() - 1)
            if m.group("view_all") is not None:
                self.drop_line(i)
                continue
            if not 1 <= int(m.group("slide_n")) <= int(m.group("slide_m")) <= _SLIDES_MAX:
                continue
            totals[m.group("slide_m")] = totals.get(m.group("slide_m"), 0) + 1
            if m.group("slide_word") is not None:
                self.drop_line(i)
            else:
                bare.append((i, m.group("slide_m")))
        for i, total in bare:
            if totals[total] > 1 or any(n in self.removed for n in self._near(i)):
                self.drop_line(i)
        if labels is not None:
            self.inline_galleries(labels)

    def inline_galleries(self, labels: list[int]) -> None:
        """A gallery's counters, buttons and link inside a line (flattened text: "…
        show. 1 / 6 Judges weigh … Photo: Sam Ito 2 / 6 Children … ‹ Previous Next ›
        View all 6 photos The winning …"), found where ``scan`` saw a gallery's cue:
        a counter with its word ("Foto 2 van 8") before a capitalised word, an opening
        quote or the line's end; a bare one ("1 / 6", "1/5") also after a sentence's
        end, a unit removed or glued to a word ("… Sam Ito2 / 6Children"), when another
        counter has its total or a gallery's label (``labels``, their starts) stands
        after it in the line ("… 1/5 Il mercato … Sfoglia la gallery"); then the
        buttons and the link before a capitalised word or the line's end. Left alone:
        a fraction in a sentence ("3/4 of the flour"), a bare counter after a word and
        a space ("Food 4 / 5 Service 3 / 5": a review's ratings), one alone, the
        captions (either is right)."""
        text = self.text
        found: list[tuple[_Line, int, int, str, bool]] = []
        totals: dict[str, int] = {}
        for m in _SLIDE_INLINE.finditer(text):
            if not 1 <= int(m.group("slide_n")) <= int(m.group("slide_m")) <= _SLIDES_MAX:
                continue
            totals[m.group("slide_m")] = totals.get(m.group("slide_m"), 0) + 1
            i = self.line_of(m.start())
            line = self.line(i)
            if i in self.removed or (m.start() == line.start and m.end() == line.end):
                continue  # (a line of its own: ``galleries``)
            worded = m.group("slide_word") is not None
            if (worded or "/" in m.group()) and _sentence_next(text, line, m.end()):
                found.append((line, m.start(), m.end(), m.group("slide_m"), worded))
        ends = sorted(e for _, e, _ in self.spans)
        lines: set[int] = set()
        for line, start, end, total, worded in found:
            k = bisect.bisect_right(ends, start) - 1
            j = bisect.bisect_right(labels, start)
            labelled = j < len(labels) and labels[j] < min(line.end, start + _GALLERY_SPAN)
            if worded or ((totals[total] > 1 or labelled) and (
                    _after_stop(text, line, start, ends[k] if k >= 0 else -1)
                    or text[start - 1].isalpha())):
                self.spans.append(_inline_span(text, line, start, end))
                lines.add(line.start)
        for m in _GALLERY_CHROME.finditer(text):
            line = self.line(self.line_of(m.start()))
            if line.start in lines and _sentence_next(text, line, m.end()):
                self.spans.append(_inline_span(text, line, m.start(), m.end()))

    def _near(self, i: int) -> list[int]:
        """The text lines (not blank) within ``_GALLERY_REACH`` of line ``i``, either way."""
        found: list[int] = []
        for step in (-1, 1):
            n, seen = i + step, 0
            while 0 <= n < len(self.bounds) and seen < _GALLERY_REACH:
                if self._body(n):
                    found.append(n)
                    seen += 1
                n += step
        return found

    def _body(self, i: int) -> str:
        a, b = self.bounds[i]
        return self.text[a:b].strip()

    def _next_text_line(self, i: int) -> int | None:
        """The next line after ``i`` that is not blank, if any."""
        for n in range(i + 1, len(self.bounds)):
            a, b = self.bounds[n]
            if self.text[a:b].strip():
                return n
        return None

    def topics(self, hits: list[_Hit]) -> None:
        """A topic list under its heading at the end of a document ("Related Topics /
        Swindon / Arson", "Archivado en: / Contaminación / Gijón"): the heading's line
        is removed, and every line after it to the end of the text is a topic
        (``_topic_line``), blank or removed. Left alone: the lines under a heading
        that is not on a line of its own, and any list followed by other text (an
        article's own list of names goes on to a sentence)."""
        ends = {e for _, e, _ in self.spans}  # where a unit ends (a tag list may follow)
        tail: tuple[int, int] | None = None
        for start, end, kinds, _ in hits:
            if "topics" not in kinds:
                continue
            i = self.line_of(start)
            if i not in self.removed:
                self._tag_list(self.line(i), start, end, ends)
                continue
            if tail is None:
                tail = self._topic_tail()
            first, last_body = tail
            if first <= i + 1 <= last_body:
                for n in range(i + 1, len(self.bounds)):
                    if n not in self.removed and self._body(n):
                        self.drop_line(n)
                return

    def _topic_tail(self) -> tuple[int, int]:
        """Where the text's tail of topic lines starts (every line from there to the
        end is blank, removed or a ``_topic_line``), and the last of its lines with a
        topic in it (-1: none). Found once, from the end: a heading's test is then a
        comparison, not a read of every line after it (quadratic for a text of
        headings)."""
        first, last_body = len(self.bounds), -1
        for n in range(len(self.bounds) - 1, -1, -1):
            if n not in self.removed:
                body = self._body(n)
                if body and not _topic_line(body):
                    break
                if body and last_body < 0:
                    last_body = n
            first = n
        return first, last_body

    def _tag_list(self, line: _Line, start: int, end: int, ends: set[int]) -> None:
        """A tag list glued after a sentence in a paragraph or flattened text ("… he
        said. Tags: Schools, Charity, Fundraising"): the heading with its colon, then
        comma-separated tags (``_TAG_LIST``) that run to the end of the line or into a
        unit already found ("… Tags: a, b Share on Facebook"). Left alone: a heading
        after a word (inside a sentence), one with no colon, and a list that a sentence
        goes on after (an article's list of names)."""
        text = self.text
        if _where(text, start) == _WORD and start not in ends and \
                _before_spaces(text, line, start) not in ends:
            return  # (after a word, unless right after a unit: "No comments: Labels: …")
        m = _TAG_LIST.match(text, end, line.end)
        if m is None:
            return
        stop = m.end()
        if stop < line.end and not any(a <= stop <= b for a, b, _ in self.spans):
            return
        self.spans.append(_inline_span(text, line, start, stop))

    def app_lines(self, apps: list[int]) -> None:
        """App pitches on lines of their own (``_app_line``): ``apps`` are the ends of
        their verbs at a line's start (``_LINE_STARTS``)."""
        for end in apps:
            i = self.line_of(end - 1)
            if i not in self.removed and _app_line(self.text, self.line(i)):
                self.drop_line(i)

    def last_button(self, at: int) -> None:
        """The button that ends the text (``_last_button``): its line, or in flattened
        text what follows the teaser's truncation marker."""
        i = self.line_of(at)
        if at == self.bounds[i][0]:
            self.drop_line(i)
        else:
            line = self.line(i)
            self.spans.append(_inline_span(self.text, line, at, line.end))

    def follows(self, follows: list[int]) -> None:
        """Follow prompts that name the site (``_follow_line``), on lines of their own:
        ``follows`` are the ends of their verbs at a line's start (``_LINE_STARTS``)."""
        for end in follows:
            i = self.line_of(end - 1)
            if i not in self.removed and _follow_line(self.rules, self.text, self.line(i)):
                self.drop_line(i)

    def menu_bars(self, bars: list[tuple[int, int]]) -> None:
        """Navigation bars: whole lines of menu items between separators."""
        for start, end in bars:
            if _menu_bar(self.rules, self.text[start:end]):
                self.drop_line(self.line_of(start))

    def spaced_bars(self) -> None:
        """Navigation bars whose items only runs of spaces part ("News  Sport  Business
        What's On  Property  Jobs", "INICIO  ACTUALIDAD  DEPORTES  CULTURA"), whole
        lines (``_spaced_bar``), right under or over a line of the page's furniture that
        went ("Skip to main content" / "Menu" / "Search", a breadcrumb trail): the header
        they belong to. (Alone they stay: the gate looks for no such line, as a scan for
        runs of spaces would cost every text.) Only the lines next to removed ones are
        read, and those next to a bar removed."""
        text = self.text
        todo = sorted(self.removed)  # removed lines whose neighbours are still to read
        while todo:
            i = todo.pop()
            for n in (self._previous_text_line(i), self._next_text_line(i)):
                if n is None or n in self.removed:
                    continue
                a, b = self.bounds[n]
                if b - a <= _SPACED_LINE and "  " in text[a:b] and \
                        _spaced_bar(self.rules, text[a:b]):
                    self.drop_line(n)
                    todo.append(n)

    def _previous_text_line(self, i: int) -> int | None:
        """The last line before ``i`` that is not blank, if any."""
        return next((n for n in range(i - 1, -1, -1) if self._body(n)), None)

    def inline_bars(self, chains: list[list[tuple[int, int]]]) -> None:
        """Navigation bars inside lines (flattened text); after the other units, so
        that a bar right after one ("… Leave a comment Home | News …") goes too."""
        ends = sorted(e for _, e, _ in self.spans)
        for chain in chains:
            i = self.line_of(chain[0][0])
            if i in self.removed:
                continue
            k = bisect.bisect_right(ends, chain[0][0]) - 1
            found = _inline_bar(self.rules, self.text, self.line(i), chain,
                                ends[k] if k >= 0 else -1)
            if found is not None:
                self.spans.append(found)

    def lines_with_cues(self, cues: _Cues) -> None:
        hits: dict[int, list[_Hit]] = {}
        for hit in cues.hits:
            hits.setdefault(self.line_of(hit[0]), []).append(hit)
        social: dict[int, list[tuple[int, int]]] = {}
        for run in cues.socials:
            social.setdefault(self.line_of(run[0]), []).append(run)
        for i in sorted(set(hits) | set(social)):
            line = self.line(i)
            line_hits = sorted(hits.get(i, []))
            runs = social.get(i, [])
            labels_only, opens, own = self._judge(line, line_hits, runs)
            if own is not None:
                # The prompt's sentence goes; the article sentence glued after it stays.
                self.spans.append(_inline_span(self.text, line, line.start, own))
                self.spans.extend(_inline(self.rules, self.text, line,
                                          [h for h in line_hits if h[0] >= own], runs,
                                          self.cache))
            elif labels_only or opens:
                self.drop_line(i)
            else:
                found = _inline(self.rules, self.text, line, line_hits, runs, self.cache)
                self.spans.extend(found)
                self._tail(line, line_hits, runs, found)

    def _judge(self, line: _Line, line_hits: Sequence[_Hit],
               runs: Sequence[tuple[int, int]], kinds: frozenset[str] = frozenset({"label"}),
               ) -> tuple[bool, bool, int | None]:
        """Whether a line is labels and share buttons only (``kinds``), whether it opens
        with a prompt, a lead or a notice (both: it goes whole), and where the prompt's
        unit ends if an article sentence is glued after it."""
        parts = [(s, e) for s, e, k, _ in line_hits if not k.isdisjoint(kinds)] + [*runs]
        labels_only = bool(parts) and _covers(self.rules, self.text, line, parts)
        opens = bool(line_hits) and _only_openers(self.text, line.start, line_hits[0][0]) \
            and _starts_unit(line_hits[0][2], line.end - line.start) \
            and not _stands_alone(self.rules, self.text, line, line_hits[0]) \
            and not _runs_on(self.text, line, line_hits[0], self.cache) \
            and not _quoted_at(self.text, line, line_hits[0][0], self.cache,
                               line_hits[0][1] if "prompt" in line_hits[0][2] or
                               "lead" in line_hits[0][2] else None)
        own = None
        if opens and not labels_only:
            own = _label_end(self.text, line, line_hits[0],
                             _prompt_sentence(self.text, line, line_hits, self.cache))
        return labels_only, opens, own

    def _tail(self, line: _Line, line_hits: Sequence[_Hit],
              runs: Sequence[tuple[int, int]], found: Sequence[Span]) -> None:
        """The widgets after a paragraph's last sentence, judged as a line of their own.

        Flattened text glues the lines under an article to its last sentence ("…
        reopens in May. Condividi su WhatsApp", "… in May. Kommentare (12) Zur
        Startseite"): from a cue right after a sentence's end to the line's end, what
        would go as a line goes (labels, counts and share buttons only, or a prompt
        with nothing of the article after it, ``_prompt_tail``). Only a short tail
        (``_SHORT_LINE``) is judged: an article paragraph that opens with a cue word
        is never one.
        Where the paragraph's own pass (``found``) already cut the prompt, every
        sentence left after the cut is judged so: that pass may have seen the article
        start again ("… Inscrivez-vous à notre newsletter L'équipe travaille …")."""
        text = self.text
        first = bisect.bisect_left(line_hits, (line.end - _SHORT_LINE,))
        for n in range(first, len(line_hits)):
            start = line_hits[n][0]
            stop = start
            while stop > line.start and text[stop - 1] in " \t":
                stop -= 1
            if stop == start or stop <= line.start or text[stop - 1] not in _TAIL_STOPS:
                continue
            if _in_quotation(text, max(line.start, start - _QUOTATION_REACH), start,
                             line.end):
                continue  # someone's words: "‘… Click here to …’, the mail reads."
            tail = _Line(start, line.end, start, line.lend)
            hits = line_hits[n:]
            after = [r for r in runs if r[0] >= start]
            labels_only, opens, own = self._judge(tail, hits, after, _TAIL_KINDS)
            cues = sorted([h[0] for h in hits] + [r[0] for r in after])
            # Where the paragraph's own pass cut the prompt, all that is left after it
            # is judged: the pass may have stopped where the article starts again.
            cut = max((e for s, e, _ in found if s <= start < e), default=None)
            if labels_only or (opens and own is None and (
                    self._prompt_tail(start, line.end, cues) if cut is None else
                    self._prompt_tail(cut, line.end, cues, first=0))):
                self.spans.append(_inline_span(text, line, start, line.end))
                return

    def _prompt_tail(self, start: int, end: int, cues: Sequence[int], first: int = 1) -> bool:
        """Whether a tail that opens with a prompt is the widget's to its end: every
        sentence after the prompt's own holds a cue, speaks to the reader ("Support
        local news. Donate today and your gift is matched.") or is a label with no
        full stop ("… Condividi su WhatsApp"), and no link is in it (what a prompt
        points to, "Clique aqui: https://…", may be the article's offer). A greeting
        or a remark after it ("… Fijne dagen!") keeps the tail, and so does a sentence
        with a cue in which the article starts again (``_restart``: a sentence that
        reads as the article's, holds no cue and ends as a sentence does)."""
        text = self.text
        if _URL.search(text, start, end) is not None:
            return False
        for s, e in sentences(text, start, end)[first:]:
            if not _cue_in(cues, s, e) and text[s:e].endswith(_CLOSED) and \
                    not _addresses_reader(text, s, e):
                return False
            # A button glued to the article's next sentence with no stop between ("…
            # here. SIGN UP NOW The council said …"): the article starts again in it.
            if _cue_in(cues, s, e):
                again = _restart(text, s, e)
                if again < e and not _cue_in(cues, again, e) and \
                        text[again:e].rstrip().endswith(_CLOSED) and \
                        _prose_follows(text, again, e):
                    return False
        return True

    def brackets(self, hits: Sequence[_Hit]) -> None:
        """A widget between two markers ([until]): the Guardian's "skip past newsletter
        promotion" … "after newsletter promotion" box, with the sign-up lines between.
        The closing marker must come within ``_BLOCK_MAX`` characters: no farther than a
        widget runs."""
        until = self.rules.until
        if not until:
            return
        keyed = sorted((start, end, _key(p)) for start, end, _, p in hits)
        for n, (start, _, key) in enumerate(keyed):
            closing = until.get(key)
            if closing is None:
                continue
            end = next((e for s, e, k in keyed[n + 1:]
                        if k == closing and s - start <= _BLOCK_MAX), None)
            if end is None:
                end = self._closing_glued(start, closing)
            if end is not None:
                self.spans.append(self.between(start, end))

    def _closing_glued(self, start: int, closing: str) -> int | None:
        """The end of an [until] widget's closing marker that the scan could not find
        as a word, within ``_BLOCK_MAX`` of its opening: text joined with no space glues
        it to the widget's last word ("… ChaptersCaptionsThis is a modal window.")."""
        # A window already searched in vain is not searched again (openings in a row).
        begin = max(start, self._searched.get(closing, -1))
        stop = start + _BLOCK_MAX + len(closing)
        window = self.text[begin:stop]
        folded = window.lower()
        if len(folded) != len(window):
            return None
        at = folded.find(closing)
        if at < 0:
            self._searched[closing] = max(begin, stop - len(closing))
            return None
        return begin + at + len(closing)

    def between(self, start: int, end: int) -> Span:
        """The span from ``start`` to ``end``: whole lines where the markers open and
        close their lines, else the text between with the spaces after it."""
        first, last = self.line(self.line_of(start)), self.line(self.line_of(end - 1))
        if start == first.start and end == last.end:
            return _whole(first, self.text)[0], _whole(last, self.text)[1], ""
        return _inline_span(self.text, last, start, end)

    def rights(self, notices: list[tuple[int, int]]) -> None:
        """Copyright and rights notices at a line or sentence start."""
        for start, end in notices:
            i = self.line_of(start)
            if i in self.removed:
                continue
            line = self.line(i)
            at = _sentence_at(self.text, line, self.cache, start)
            if at is None:
                # A notice glued after a prompt whose sentence ran into it ("Follow us on
                # X for updates Copyright 2024 The Leader. All rights reserved."): the
                # prompt's unit reaches into the notice, which then goes to its end.
                if any(a < start < b for a, b, _ in self.spans):
                    self.spans.append(_inline_span(self.text, line, start, end))
                continue
            if at[0] == line.start and _SEPARATORS.fullmatch(self.text, end, line.end):
                self.drop_line(i)
            else:
                self.spans.append(_inline_span(self.text, line, at[0], end))

    def badges(self, badges: list[tuple[int, int]]) -> None:
        """Reading-time badges, alone, beside a date or after a sentence, with the word
        before them that says they are an estimate ("Estimated reading time: 2 min")."""
        text = self.text
        for found, end in badges:
            i = self.line_of(found)
            if i in self.removed:
                continue
            line = self.line(i)
            start = _estimated(text, line, found)
            follow = _follow_button(text, start)
            medium = follow is not None
            if follow is not None and follow < line.start:
                # Medium's button on a line of its own above the badge, perhaps with
                # the publication's line between them ("Published in The Civic Desk").
                self._medium_lines(self.line_of(follow), i)
                follow = None
            if not _reading_time_ok(text, line, start, end, led=follow is not None):
                continue
            start = start if follow is None else follow
            if start == line.start and end == line.end:
                self.drop_line(i)
                if medium:
                    self._medium_separator(i)
                continue
            s, e = start, end
            # Glued to the word after it ("… 2020 4 min readShare"), the badge leaves
            # the space before it, which parts those words.
            while s > line.start and text[s - 1] in " \t|·•-–—" and \
                    not (e < line.end and text[e].isalnum()):
                s -= 1
            if s == line.start:
                while e < line.end and text[e] in " \t|·•-–—":
                    e += 1
            elif follow is not None and not text[s - 1].isspace():
                # Between a name and a date ("Jo Byline Follow 6 min read · May 2"): the
                # separator after it goes too, the space before the date stays.
                m = _BADGE_SEPARATOR.match(text, e, line.end)
                e = e if m is None else m.end()
            self.spans.append((s, e, ""))

    def bar_leftovers(self) -> None:
        """What bars leave beside lines that went: padded menus, a share bar's counts."""
        self.spaced_bars()
        self.share_counts()

    def share_counts(self) -> None:
        """The counts a post's bar prints over its removed share button, lines of a
        bare number (Substack's likes and comments: "Mar 12, 2024" / "14" / "3" /
        "Share"), at most ``_BAR_COUNTS`` of them with only blank lines between. Left
        alone: a number over any other line, and more of them (a table's column)."""
        for i in sorted(self.removed):
            if _key(self._body(i)) not in self.rules.social:
                continue
            counts: list[int] = []
            n = i - 1
            while n >= 0 and len(counts) <= _BAR_COUNTS:
                body = self._body(n)
                if not body:
                    n -= 1
                    continue
                if n in self.removed or _BAR_COUNT.fullmatch(body) is None:
                    break
                counts.append(n)
                n -= 1
            if 0 < len(counts) <= _BAR_COUNTS and n >= 0 and self._body(n):
                for k in counts:
                    self.drop_line(k)

    def _medium_separator(self, badge: int) -> None:
        """The separator Medium prints between its badge and the date, a line of its
        own under the badge (line ``badge``; blank lines between them)."""
        n = badge + 1
        while n < len(self.bounds) and n - badge <= 2 and not self._body(n):
            n += 1
        if n < len(self.bounds) and self._body(n) in ("·", "•"):
            self.drop_line(n)

    def _medium_lines(self, first: int, badge: int) -> None:
        """Medium's lines above its reading-time badge (line ``badge``), from its
        "Follow" button (line ``first``): the button and the publication's line."""
        for n in range(first, badge):
            body = self._body(n)
            if n not in self.removed and body and (
                    body == "Follow" or _PUBLISHED_IN.fullmatch(body) is not None):
                self.drop_line(n)

    def one_word_lines(self) -> None:
        """Share-button words alone on lines, and runs of one-word menu lines."""
        text = self.text
        removed = self.removed
        run: list[tuple[int, str | None]] = []  # lines: blank or removed (None), or words
        words = False  # whether the run holds a word (else settling it does nothing)
        for i, (a, b) in enumerate(self.bounds):
            # A line longer than a token with no space at its edges is no token: not
            # copied (most lines of a text; a flattened one is one long line).
            if b - a > _TOKEN_MAX and i not in removed and \
                    not text[a].isspace() and not text[b - 1].isspace():
                token = None
            else:
                body = text[a:b].strip()
                if not body or i in removed:
                    run.append((i, None))
                    continue
                token = _token(body)
            if token is not None:
                run.append((i, token))
                words = True
                continue
            if words:
                self._settle_run(run)
            run, words = [], False
        if words:
            self._settle_run(run)

    def _settle_run(self, run: list[tuple[int, str | None]]) -> None:
        words = [(i, w) for i, w in run if w is not None]
        if not words:
            return
        social = [i for i, w in words if _share_word(self.rules, w)]
        removed = self.removed
        beside = any(i in removed for i, _ in run) if removed else False
        # Share-button words stacked one a line: beside another promo line, or three.
        if social and (len(social) >= 3 or beside):
            for i in social:
                self.drop_line(i)
        rest = [(i, w) for i, w in words if i not in self.removed]
        if beside:
            self._beside_removed(run, rest)
            rest = [(i, w) for i, w in rest if i not in self.removed]
        if len(rest) + len(social) >= _MENU_RUN:
            menu = sum(1 for _, w in rest if w.casefold() in self.rules.menu or _is_slug(w))
            if menu >= _MENU_WORDS and menu * 4 >= len(rest):
                for i, _ in rest:
                    self.drop_line(i)

    def _beside_removed(self, run: list[tuple[int, str | None]],
                        rest: list[tuple[int, str]]) -> None:
        """In a run of short lines that holds a promo line: two or more menu words and
        nothing else ("Skip to main content / Menu / Search": the page's header), and
        an audio player's duration right under its removed label ("Listen to this
        article / 03:12"), and a form's button right under its removed widget ("Lascia
        un commento" / "Invia": a [button]). Left alone: one menu word (a heading:
        "Video"), a run with any other word in it, a time or a button word that follows
        no removed line."""
        if len(rest) >= 2 and all(w.casefold() in self.rules.menu for _, w in rest):
            for i, _ in rest:
                self.drop_line(i)
            return
        previous: int | None = None  # the last non-blank line before, in the run
        for i, w in run:
            if w is not None and previous in self.removed and (
                    _DURATION.fullmatch(w) or _key(w) in self.rules.buttons):
                self.drop_line(i)
            elif w is not None or i in self.removed:
                previous = i


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
_FOLLOW = re.compile("(?:" + "|".join(map(re.escape, _FOLLOW_VERBS)) + ")[ \t]")
# The verbs an app pitch opens with ("Download the Gazette app for breaking news
# alerts", "Get the Chronicle app — it's free on iOS and Android", "Laden Sie die
# Rundschau-App herunter", "Téléchargez l'application du Courrier", "Descarga la app de
# El Faro", "Scarica l'app del Piccolo", "Baixe o aplicativo do Jornal", "Download de
# Omroep-app") and the word for the app that must come soon after (``_app_line``).
_APP_VERBS = ("Download", "Get", "Install", "Laden Sie", "Holen Sie sich", "Hol dir",
              "Téléchargez", "Télécharger", "Descarga", "Descargue", "Descárgate", "Scarica",
              "Baixe", "Baixa", "Installeer")
_APP = re.compile("(?:" + "|".join(map(re.escape, _APP_VERBS)) + ")[ \t]")
_APP_WORDS = frozenset({"app", "apps", "application", "aplicación", "applicazione",
                        "aplicativo", "applicatie"})
# The app word is among this many words after the verb: "the KPLT News app", "Laden Sie
# sich jetzt die kostenlose NWZ-App herunter" (a compound's last part: "NWZ-App").
_APP_REACH = 6
_TOKEN = re.compile(r"\S++")
_TRAILING = ".,;:!?…\"'”’»)]"  # what may close a word (before the app word's end)


def _app_word_end(text: str, verb_end: int, end: int) -> int | None:
    """The end of the app word (``_APP_WORDS``) among the first ``_APP_REACH`` + 1 words
    after an app verb that ends at ``verb_end``: a word, or the last part of a compound
    ("Rundschau-App", "l'app"; not "App-Store"'s first), if one is there."""
    for token in itertools.islice(_TOKEN.finditer(text, verb_end, end), _APP_REACH + 1):
        word = token.group().rstrip(_TRAILING)
        last = word.replace("’", "'").rsplit("'", 1)[-1].rsplit("-", 1)[-1].lstrip("(“«‘„\"[")
        if last.casefold() in _APP_WORDS:
            return token.start() + len(word)
        # Glued to the next block's capitalised word ("… Mercury appBreaking news …").
        if last[1:] != last[1:].lower():
            glued = _glued_word(text, token.start() + len(word) - len(last))
            if glued and glued.casefold() in _APP_WORDS:
                return token.start() + len(word) - len(last) + len(glued)
    return None
_APP_LINE = 160
# A follow prompt is one short line; a longer one is a paragraph.
_FOLLOW_LINE = 200


def _follow_network(rules: _Rules, text: str, start: int, end: int) -> int | None:
    """The end of the first network name ([social], capitalised, not a button word)
    right after a [via] word among the words of ``start``-``end`` past the verb's, if
    any: "Follow the Tribune on *Facebook*", not "Follow the money: Facebook's …"."""
    words = list(_CLAUSE_WORDS.finditer(text, start, end))
    for k in range(2, len(words)):
        w = words[k].group()
        if w[:1].isupper() and w.casefold() in rules.social and \
                w.casefold() not in rules.share and w.casefold() not in _NOT_NETWORKS and \
                words[k - 1].group().casefold() in rules.via:
            return words[k].end()
    return None


def _follow_line(rules: _Rules, text: str, line: _Line) -> bool:
    """Whether a line is a follow prompt that names the site: it opens with a follow
    verb (``_FOLLOW``), and a network name ([social], capitalised) comes right after a
    [via] word in its first sentence ("Follow the Tribune on Facebook and X.", "Volg ons
    ook op Instagram en blijf op de hoogte."). Left alone: longer lines, quoted or
    reported ones ('"Follow us on TikTok," the mayor urged'), a verb that is not the
    line's first word ("Fans follow the club on Instagram"), and a network that comes
    after the first sentence or without a [via] word before it ("Follow the money:
    Facebook's ad spending")."""
    if line.end - line.start > _FOLLOW_LINE or _FOLLOW.match(text, line.start) is None:
        return False
    if not _QUOTES.isdisjoint(text[line.start:line.end]) or \
            _reported(text, line.start, line.end):
        return False
    stop = _SENTENCE_STOP.search(text, line.start, line.end)
    end = stop.start() if stop else line.end
    network = _follow_network(rules, text, line.start, end)
    # Flattened, the article may start again in the same sentence ("Folgen Sie uns auf
    # X Die Regelung soll …"): that is the prompt's to cut alone.
    return network is not None and _restart(text, network, end) >= end


def _app_line(text: str, line: _Line) -> bool:
    """Whether a line is an app pitch: short, it opens with an app verb (``_APP``) and
    names the app (``_APP_WORDS``, also the end of a compound: "Rundschau-App") among
    its next few words, asks no question, and no article sentence starts again in it.
    Left alone: longer lines, quoted, reported or talked-about ones ("Download the app
    was the advice police gave", '"Get the app," she said'), a headline that asks
    ("Get the app that pays you?"), and the verb's other senses ("Get the kids to
    school on time", "Download speeds doubled": no app word follows)."""
    verb = _APP.match(text, line.start)
    if line.end - line.start > _APP_LINE or verb is None or text[line.end - 1] == "?":
        return False
    if not _QUOTES.isdisjoint(text[line.start:line.end]) or \
            _reported(text, line.start, line.end):
        return False
    at = _app_word_end(text, verb.end(), line.end)
    return at is not None and not _mentioned(text, at, line.end) and \
        _restart(text, at, line.end) >= line.end


# What an app pitch promises: news, alerts, updates ("for breaking news alerts", "keine
# Nachricht mehr verpassen", "resta sempre aggiornato", "ontvang pushberichten bij
# belangrijk nieuws"). An app that an article advises ("Download the NHS App to book
# appointments") promises none.
_NEWS_WORDS = regex.compile(
    r"(?i)(?<!\w)(?:news|alerts?|notifications?|updates?|headlines|breaking|nachricht(?:en)?"
    r"|eilmeldung(?:en)?|push\w{0,12}|noticias|notícias|alertas|actualités?|actu|infos?"
    r"|notizie|aggiornat[oaie]|aggiornamenti|nieuws|meldingen|berichten)(?!\w)")
# The messengers whose channel an infinitive pitch subscribes to ("Jetzt den Boten auf
# WhatsApp abonnieren und keine Nachricht mehr verpassen!"), as its app word.
_CHANNEL_APPS = frozenset({"whatsapp", "telegram", "whatsapp-kanal", "telegram-kanal"})
# A download verb after the app word, in German word order ("Jetzt die neue
# Rundschau-App herunterladen"): at most this many words after it.
_DOWNLOAD_AFTER = 3
# The words an infinitive pitch opens with ("Jetzt die App herunterladen", "Hier die
# App herunterladen", "Einfach die App herunterladen", "Die Rundschau-App kostenlos
# herunterladen").
_DOWNLOAD_OPENERS = frozenset({"jetzt", "hier", "gleich", "einfach", "die", "unsere",
                               "unser", "kostenlos", "gratis"})
_AND = frozenset({"und", "en", "oder", "sowie"})
# Where an app pitch's sentence ends: a full stop or "!" before a space, a capital, a
# quotation mark or the end.
_APP_STOP = regex.compile(r"[.!](?=[\s\p{Lu}„“\"«]|$)")


def _app_sentence(text: str, line: _Line, cue: int, download: bool) -> tuple[int, int] | None:
    """An app pitch as a sentence inside a line: it opens after a sentence's end (or the
    line's start) with an app verb (``_APP``), names the app (``_APP_WORDS``) among its
    next few words, promises news (``_NEWS_WORDS``) and ends with a full stop or "!"
    ("… in. Download the Coastal Echo app for breaking news alerts on your phone.",
    "… bene. Scarica l'app di Cronache del Cervaro e resta sempre aggiornato! «Non …");
    German puts the verb last ("Jetzt die neue Anzeiger-App herunterladen und keine
    Nachricht mehr verpassen!": ``cue`` is then the [download] verb, ``download``).
    Left alone: a sentence that asks, is quoted, reported or talked about, runs long,
    or in which the article starts again, and advice about an app ("Download the NHS
    App to book appointments.": no news promised)."""
    if download:
        stop = max(text.rfind(ch, max(line.start, cue - _APP_LINE), cue) for ch in ".!?")
        start = line.start if stop < 0 else stop + 1
        # (Read no more than one word past the most it may have: a glued line of
        # pitches with no stop would be read from its start once for each.)
        opening = [w.group() for w in itertools.islice(
            _CLAUSE_WORDS.finditer(text, start, cue), _APP_REACH + 1)]
        # An infinitive that commands: "Jetzt die … App herunterladen", not "Der
        # Anbieter bittet alle Kunden, die neue App herunterladen …" (a clause).
        if not opening or opening[0].casefold() not in _DOWNLOAD_OPENERS or \
                len(opening) > _APP_REACH or "," in text[start:cue] or \
                not any(w.casefold() in _APP_WORDS or w.casefold() in _CHANNEL_APPS
                        for w in opening[-_DOWNLOAD_AFTER - 1:]):
            return None
    else:
        start = cue
    while start < cue and text[start] in " \t":
        start += 1
    if not (start == line.start or text[start - 1] in ".!" or
            (text[start - 1] in " \t" and _where(text, start) == _SENTENCE)):
        return None
    m = _APP_STOP.search(text, cue, min(line.end, start + _APP_LINE))
    if m is None:
        return None
    end = m.end()
    words = list(_CLAUSE_WORDS.finditer(text, start, end))
    if download:
        # The infinitive ends the command, or "und" joins another that ends it ("…
        # herunterladen und keine Nachricht mehr verpassen!"); a finite verb after it
        # makes it a subject ("Die App herunterladen konnten nur wenige").
        after = [w.group() for w in words if w.start() > cue]
        if after and (after[0] not in _AND or not after[-1].islower() or
                      not after[-1].endswith("n")):
            return None
        at = cue
    else:
        verb = _APP.match(text, start)
        if verb is None:
            return None
        found = _app_word_end(text, verb.end(), end)
        at = -1 if found is None else found
    body = text[start:end]
    if at < 0 or _NEWS_WORDS.search(body) is None or not _QUOTES.isdisjoint(body) or \
            _reported(text, start, end) or _mentioned(text, at, end) or \
            _restart(text, at, end) < end:
        return None
    return start, end


# [social] words that are buttons, not networks one follows ("Follow the story on More").
_NOT_NETWORKS = frozenset({
    "more", "mais", "meer", "mehr", "plus", "más", "altro", "print", "printen", "drucken",
    "imprimer", "imprimir", "stampa", "mail", "email", "correo", "sms", "line", "pocket",
    "pin", "google", "tweet", "tweeter"})


# A full stop, question or exclamation mark that ends a sentence before a network name.
_SENTENCE_STOP = re.compile(r"[.!?](?=[ \t])")


# A tag list after its heading, glued into a line: a colon (unless the heading ends in
# one), then two tags or more between commas, each one to four words (a hashtag's "#"
# and "&" allowed), no sentence punctuation; the spaces after it. Each word and each
# tag is taken possessively: on a failing line no tag is tried two ways.
_TAG = r"#?[^\W\d_][\w'’&-]{0,30}+(?:[ \t]#?[\w'’&-]{1,30}+){0,3}+"
_TAG_LIST = regex.compile(rf"(?:(?<=:)|[ \t]?+:)[ \t]{{0,3}}+{_TAG}"
                          rf"(?:,[ \t]{{0,3}}+{_TAG}){{1,30}}+[ \t]*+")


def _topic_line(body: str) -> bool:
    """A topic or tag as a list prints it: one to four words, at most 40 characters,
    capitalised, with no sentence punctuation ("Medio ambiente", "Kellerton City
    Council")."""
    return len(body) <= 40 and 1 <= len(body.split()) <= 4 and body[:1].isupper() and \
        not any(ch in ".!?:;,\"“”«»()" for ch in body)


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
_PLAYER_LINE = re.compile(_PLAYER_TIME.removesuffix(r"(?=\n|$)"))


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
_SLIDE_INLINE = re.compile(r"(?<![\d/,:])(?<!\d\.)" + _SLIDE + r"(?![\d/,:]|[.,]\d)")
_GALLERY_CHROME = re.compile(r"(?:[‹<«][ \t]?)?Prev(?:ious)?[ \t]{1,3}Next(?:[ \t]?[›>»])?|"
                             + _VIEW_ALL)
# Follow and app verbs that open a line.
_OPENINGS = (r"(?P<follow>" + _case_trie(_FOLLOW_VERBS) + r")[ \t]"
             r"|(?P<app>" + _case_trie(_APP_VERBS) + r")[ \t]")
# What a line that ``_LINE_STARTS`` finds opens with: tested first, so that most line
# starts fail at one test.
_FIRST_CHARS = "".join(sorted({w[0] for w in (*_FOLLOW_VERBS, *_APP_VERBS, *_SLIDE_WORDS,
                                               *_VIEW_ALL_VERBS)} | set(_PLAY_SIGNS)))
# The line openings ``_find`` looks for after a line break, in one scan.
_LINE_STARTS = re.compile(
    r"\n[ \t]{0,3}+(?=[" + re.escape(_FIRST_CHARS) + r"\d])(?:" + _OPENINGS
    + r"|(?P<player>" + _PLAYER_TIME + r")"
    r"|(?P<slide>" + _SLIDE + r"|(?P<view_all>" + _VIEW_ALL + r"))[ \t]*+(?=\n|$))")
# The same openings at the text's start (no player there: it follows a label).
_FIRST_START = re.compile(r"[ \t]{0,3}+(?:" + _OPENINGS + r")")
# An audio player's length under its label: "03:12", "3:12 min", "12:04 Min."; or the
# rounded minutes a player or reading-time widget prints: "3 min", "4 Min.", "5 minuti".
_DURATION = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?(?:min|Min)\.?)?"
                       rf"|\d{{1,3}}[ \t]?(?i:{_MINUTES})")


# Share buttons' words that a line of share buttons may hold besides the [social] ones,
# but that no scan looks for: Spanish Twitter's "Tuitear" has no letter the byte anchors
# lead on, and a lead of its own would cost every text one more scan; Messenger's
# "Send" button in the bar's languages ("Partager Tweeter Envoyer") is a common verb,
# a share word only beside the others.
_QUIET_SOCIAL = frozenset({"tuitear", "send", "envoyer", "enviar", "senden", "invia",
                           "versturen"})


def _share_word(rules: _Rules, token: str) -> bool:
    """A share button's word, or a [via] word and one ("via WhatsApp", "per E-Mail": the
    buttons under a share heading, one a line)."""
    folded = token.casefold()
    if folded in rules.social or folded in _QUIET_SOCIAL:
        return True
    via, space, name = folded.partition(" ")
    return bool(space) and via in rules.via and name in rules.social


def _stands_alone(rules: _Rules, text: str, line: _Line, hit: _Hit) -> bool:
    """A label that opens a line and is followed by a new sentence goes alone: "Sign up
    for our newsletter Council approved…" keeps the sentence. A label that is also a
    prompt goes on to its object when no article sentence starts right after it
    (``_restart``): "Inscrivez-vous à notre newsletter Savoie Matin et recevez …" names
    the newsletter, and the line is the prompt's."""
    if "inline" not in hit[2] or not _inline_label_ok(rules, text, line, hit[0], hit[1], -1):
        return False
    end = hit[1]
    if "prompt" not in hit[2] or not text[end:end + 1].isspace():
        return True
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    return not text[pos:pos + 1].isalpha() or \
        _restart(text, end, min(line.end, end + 200)) == end


# A closing quote with more of the sentence after it (perhaps past a comma): '," she
# said', '" buttons were'. An apostrophe closes a quote only after punctuation ("don't").
_QUOTE_GOES_ON = regex.compile(r"(?:[\"”»“]|(?<=[,.!?…])['’])[ \t]{0,3}+[,;:—–-]?[ \t]{0,3}+\w")


def _quoted(text: str, opened: int, start: int, limit: int) -> bool:
    """Whether the phrase at ``start`` is quoted in a sentence that goes on: a quote
    opens between ``opened`` and it, and closes before ``limit`` with words after it.
    '"Please share this video," she said.' and '"Click here" buttons were removed'
    report what someone said or printed; a widget is not quoted and talked about."""
    if not any(ch in _QUOTES or ch == "'" for ch in text[opened:start]):
        return False
    return _QUOTE_GOES_ON.search(text, start, limit) is not None


# Quotation marks that open (after a space, a bracket or a dash, before a character)
# and that close (after a character; a right single quote not inside a word, where it
# is an apostrophe: "don’t"). German closes with the marks English opens with („…“),
# and may quote »so«; French guillemets stand apart from their words (« Votre … »).
_OPENS_QUOTE = regex.compile(r"(?<=^|[\s(\[—–-])(?:[“„‘‚\"](?=\S)|[«»][ \u00a0\u202f]?(?=\w))")
_CLOSES_QUOTE = regex.compile(r"(?<=\S)(?:[”»«\"“‘]|’(?!\w))|(?<=\s)[»«](?![ \u00a0\u202f]?\w)")
# How far before a prompt's sentence its quotation may have opened.
_QUOTATION_REACH = 400


def _in_quotation(text: str, lo: int, start: int, limit: int) -> bool:
    """Whether the phrase at ``start`` stands in a quotation that opened in an earlier
    sentence, after ``lo``, and closes before ``limit``: an article quoting a message
    ("‘Your payment failed. Click here to keep your delivery going’, the mail reads.")."""
    opened = None
    for m in _OPENS_QUOTE.finditer(text, lo, start):
        opened = m.end()
    if opened is None or _CLOSES_QUOTE.search(text, opened, start) is not None:
        return False
    return _CLOSES_QUOTE.search(text, start, limit) is not None


# Verbs that attribute reported speech, as a news sentence puts them after a comma:
# "Volg ons advies, zei de minister", "Suivez-nous, a lancé le maire", "…, the engineer
# said." A prompt's sentence with one of these is someone's words, not a widget.
_SAID = frozenset({
    "said", "says", "told", "wrote", "added", "urged", "asked", "insisted", "tweeted",
    "posted", "found", "reported", "noted", "stated", "warned", "explained", "replied",
    "according", "announced",
    "zei", "zegt", "aldus", "schreef", "vroeg", "voegde", "riep", "meldt", "stelt",
    "sagte", "sagt", "schrieb", "fragte", "betonte", "erklärte", "forderte", "warnte",
    "mahnte", "appellierte",
    "dit", "déclaré", "lancé", "affirmé", "ajouté", "écrit", "demandé", "estimé",
    "dijo", "afirmó", "pidió", "señaló", "añadió", "explicó", "escribió", "aseguró",
    "disse", "detto",
    # The same in more voices: "Hazte socio, animó el presidente", "Sostienici, ha
    # chiesto il sindaco", "Apoie o jornalismo, pediu o sindicato".
    "recalled", "shouted", "pleaded", "bat", "rief", "sagten", "schrijft", "expliqué", "souligné",
    "insisté", "animó", "instó", "reclamó", "insistió", "chiesto", "dichiarato",
    "aggiunto", "scritto", "spiegato", "esortato", "affermato", "invitato", "pediu",
    "afirmou", "declarou", "escreveu", "acrescentou", "apelou",
    # Advice reported after it: "Download de app …, adviseert de wethouder".
    "advises", "recommends", "empfiehlt", "rät", "adviseert", "raadt", "recommande",
    "conseille", "recomienda", "aconseja", "raccomanda", "consiglia", "recomenda",
    "aconselha",
})
_CLAUSE_WORDS = re.compile(r"[^\W\d_]+")


def _reported(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``start``-``end`` attributes what it says: a comma, then a
    verb of ``_SAID`` within the next six words ("…, the engineer said")."""
    comma = text.find(",", start, end)
    while comma != -1:
        words = _CLAUSE_WORDS.findall(text, comma, min(end, comma + 80))[:6]
        if any(w.casefold() in _SAID for w in words):
            return True
        comma = text.find(",", comma + 1, end)
    return False


# A finite verb that makes the words before it a subject: "Click here to read more was
# the only text on the page", "Steun onafhankelijke journalistiek is het motto".
_COPULAS = frozenset({
    "was", "is", "were", "are", "has", "had", "became", "remains", "remained", "appeared",
    "seemed", "will", "would",
    "werd", "waren", "zijn", "wordt", "blijft", "bleef",
    "war", "ist", "sind", "wurde", "bleibt",
    "est", "était", "sont", "fut", "reste",
    "es", "era", "fue", "son", "sigue",
    "è", "fu", "sono",
})
# After these a verb belongs to a clause inside the prompt ("Click here to see what is
# new", "Sign up if you are a reader"), not to a sentence about it.
_CLAUSE_OPENERS = frozenset({
    "what", "who", "which", "that", "it", "this", "there", "you", "we", "how", "why",
    "where", "when", "if", "he", "she", "they", "i",
    "wat", "wie", "dat", "het", "er", "je", "u", "jij", "wij", "hoe", "waar", "als",
    "was", "wer", "das", "es", "sie", "ihr", "du", "wir", "wo", "wenn", "ob",
    "ce", "qui", "que", "qu", "il", "elle", "vous", "nous", "on", "comment", "où", "si",
    "lo", "qué", "quien", "quién", "cómo", "donde", "dónde", "usted", "tú",
    "che", "chi", "cosa", "come", "dove", "se",
})


def _mentioned(text: str, after: int, end: int) -> bool:
    """Whether a prompt whose words end at ``after`` is the subject of its sentence
    (which ends at ``end``): a verb of ``_COPULAS``, in lower case (a teaser's Title
    Case "Is Here!" is no sentence), within the next eight words, not right after a
    word that opens a clause of the prompt's own. A widget tells the
    reader to act; a sentence that says what the button *was* talks about one."""
    # The copula has a word after it, its complement: a sentence's last word is no
    # copula but another language's (Hungarian "is", "also": "Kövess minket a
    # Facebookon is!").
    words = _CLAUSE_WORDS.findall(text, after, min(end, after + 120))[:9]
    return any(w in _COPULAS and (i == 0 or
                                             words[i - 1].casefold() not in _CLAUSE_OPENERS)
               for i, w in enumerate(words[:-1]))


def _quoted_at(text: str, line: _Line, start: int,
               cache: dict[int, list[tuple[int, int]]], after: int | None = None) -> bool:
    """Whether a phrase that opens a line is quoted (``_quoted``), reported
    (``_reported``) or talked about (``_mentioned``, given where its words end) in its
    first sentence."""
    at = _sentence_at(text, line, cache, start)
    return at is not None and (_quoted(text, line.start, start, min(line.end, at[1] + 2))
                               or _reported(text, start, at[1])
                               or (after is not None and _mentioned(text, after, at[1])))


def _runs_on(text: str, line: _Line, hit: _Hit,
             cache: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether the article starts again inside the first sentence of a line that opens
    with a prompt ("Follow us on X Officials said …", see ``_restart``): then only the
    prompt goes, not the line (``_inline`` cuts it)."""
    if "prompt" not in hit[2] or "block" in hit[2] or text[line.start] == "(":
        return False
    at = _sentence_at(text, line, cache, hit[0])
    return at is not None and _restart(text, hit[1], at[1]) < at[1]


# A player's playback rate ("1x", "1.5x"), the credit its vendor prints under it
# ("Powered by VoiceLayer", "Powered by Trinity Audio"), a badge over a new feature.
_PLAYBACK_RATE = re.compile(r"[0-2](?:[.,]\d{1,2})?[ \t]?[x×]")
_PLAYER_CREDIT = re.compile(r"Powered by[ \t][\w.-]{1,30}+(?:[ \t][\w.-]{1,30}+){0,2}")
# A player's time display split over lines ("Ahora" / "0:00" / "/" / "1:26"): its
# position's label and the slash between position and length.
_PLAYER_WORDS = frozenset({"/", "Now", "Ahora", "Jetzt", "Maintenant", "Ora", "Agora"})
# The note a text-to-speech player prints under itself: the voice is a machine's
# ("Audio generated by an automated voice.", "This audio is AI-generated.", "Diese
# Audioversion wurde künstlich erzeugt.", "Audio généré par une voix de synthèse"),
# with the player's feedback button after it ("Feedback?"). Words of a line of its
# own right under a removed player line, never looked for elsewhere.
_VOICE_NOTE = re.compile(
    r"(?:(?:This[ \t])?audio(?:[ \t]version)?[ \t](?:(?:was|is)[ \t])?(?:AI-)?generated"
    r"|AI-generated[ \t](?:audio|voice)|Voiced[ \t]by|Listen[ \t]to[ \t]an[ \t]AI"
    r"|Diese[ \t]Audio-?(?:version|datei)[ \t]wurde|Audio(?:version)?[ \t]künstlich"
    r"|(?:Version[ \t])?audio[ \t]généré|Voix[ \t](?:générée|de[ \t]synthèse)"
    r"|Audio[ \t]generad[oa]|Audio[ \t]generato|Áudio[ \t]gerado|Deze[ \t]audio[ \t]is"
    r"|Voorgelezen[ \t]door)"
    r"[^\n]{0,80}?[.!]?(?:[ \t]{0,3}Feedback\?)?",
    re.IGNORECASE)
_NEW_BADGES = frozenset({"new", "New", "NEW", "neu", "Neu", "NEU", "nuovo", "Nuovo", "nouveau",
                         "Nouveau", "nuevo", "Nuevo", "novo", "Novo", "nieuw", "Nieuw"})
# How many slides a gallery counter may count, and how far (text lines) a bare counter
# looks for its gallery's removed lines.
_SLIDES_MAX = 200
# How far after a bare counter a gallery's label may go in the same line (its caption
# between them: "1/5 Il mercato coperto … (foto Fabbri) Sfoglia la gallery").
_GALLERY_SPAN = 300
# Words of a gallery's labels ("Sfoglia la gallery", "View gallery", "Voir le
# diaporama", "‹ Previous Next ›"): a hit that holds one is the gallery's cue too.
_GALLERY_WORDS = ("gallery", "galerie", "galería", "galeria", "galleria", "slideshow",
                  "diaporama", "fotoserie", "previous next", "prev next")
# What a player prints after its time, in flattened text: its playback rate, its badge
# (lower case only: "New" may open the headline that follows).
_PLAYER_EXTRA = "|".join([_PLAYBACK_RATE.pattern, *sorted(b for b in _NEW_BADGES if b.islower())])
_GALLERY_REACH = 3


def _player_rest(body: str) -> bool:
    """Whether a line is what a player's widget prints under its label: a duration, its
    time display, its playback rate, its vendor's credit, its synthetic-voice note
    (``_VOICE_NOTE``) or a "new" badge."""
    if body[:1] in _PLAY_SIGNS:
        body = body[1:].lstrip(" \t")  # the play button before its length: "▶ 2:54"
    return body in _NEW_BADGES or body in _PLAYER_WORDS or any(
        p.fullmatch(body) is not None for p in (
        _DURATION, _PLAYER_LINE, _PLAYBACK_RATE, _PLAYER_CREDIT, _VOICE_NOTE))


# A player's or reading-time widget's duration after its label, perhaps past a
# separator ("· 4 min", "▶ 02:41", "| 3:12"); then the gap before the next word.
_LABEL_TAIL = re.compile(r"(?:[ \t]{0,3}[·|▶–—-]?[ \t]{0,3}(?P<time>" + _DURATION.pattern
                         + r")(?:[ \t]{1,3}(?:" + _PLAYER_EXTRA + r")(?![\w.]))?)?[ \t]{0,3}")


def _label_end(text: str, line: _Line, hit: _Hit, own: int | None) -> int | None:
    """Where the unit of a complete widget label that opens a line ends, given where its
    sentence ends (``own``, ``_prompt_sentence``: None if nothing of the article
    follows it on the line, which then goes whole).

    A phrase that is both a [label] (complete in itself: a line of nothing else goes)
    and a [lead] (a line it opens goes) is a widget's whole label, such as an audio
    player's "Listen to this article". Flattened text glues the headline to it, with
    the player's duration perhaps between them ("Listen to this article · 4 min Tram
    extension opens early. The new line …"): the capitalised word after the label
    starts the article when the player's duration ends the label, or when the article
    goes on after that sentence; the unit ends there. Left with the sentence (or the
    line): a [lead] phrase that is no [label] ("Play Video 3:27 Biggest night …": a
    video's title), a label that ends in a colon or a bracket ("Tags: Harbour,
    ferries": its list), one that runs on in lower case ("Listen to this article and
    tell us …"), and a label with no duration and nothing of the article after its
    sentence ("Sponsored links by Taboola Doctors stunned …": a box's first title)."""
    _, end, kinds, _ = hit
    if not {"label", "lead"} <= kinds or not text[end - 1].isalpha():
        return own
    m = _LABEL_TAIL.match(text, end, line.end)
    if m is None or (own is None and m.group("time") is None):
        return own
    after = m.end()
    return after if after < (line.end if own is None else own) and text[after].isupper() \
        else own


def _prompt_sentence(text: str, line: _Line, hits: Sequence[_Hit],
                     cache: dict[int, list[tuple[int, int]]]) -> int | None:
    """Where the unit of a prompt that opens a short line ends, if an article sentence
    follows it on the same line; None if the line is the widget's own.

    Flattened text glues the next sentence to a prompt ("Subscribe to read. The
    minister resigned …"): a prompt is one sentence, so the line goes only up to its
    end. A notice ([block]) runs to the paragraph's end by definition; a line whose
    next sentence is itself a cue is left to ``_inline``, which judges each cue."""
    if "block" in hits[0][2]:
        at = _sentence_at(text, line, cache, hits[0][0])
        end = line.end if at is None else \
            _notice_end(text, line, at[0], hits[0][1], [h[0] for h in hits], cache)
        return end if end < line.end else None
    at = _sentence_at(text, line, cache, hits[0][0])
    if at is None or at[1] >= line.end or not _prose_follows(text, at[1], line.end):
        return None
    rest = text[at[1]:line.end].rstrip()
    # The article ends its sentences: a field label ("Required fields are marked *") or a
    # teaser cut short after a tag page's blurb ("…, los 3 factores, ...") is a widget's.
    if not rest.endswith(_CLOSED) or rest.endswith(("...", "…")):
        return None
    return at[1]


# An article sentence opens with a word in title case (not one in capitals: "LIKE and
# SHARE this"), and at least three of its next six words are lower-case: "The minister
# resigned on Monday", not a teaser headline ("No More Censorship, Unlike YouTube and
# Others!"). Widget follow-ups are short, shouted, headlines or address the reader
# ("It's free.", "Help us grow."): they stay with the line.
_PROSE_SENTENCE = regex.compile(r"[ \t]*+[\"“‘«(]?+\p{Lu}\p{Ll}[\w'’-]{0,30}+")
_NEXT_WORDS = regex.compile(r"[ \t]++[\"“‘«(]?+([\w'’-]{1,30}+)[,;:]?+")
# Written as here or capitalised, never in capitals: "US" is a country, not "us".
_READER_WORDS = ("you", "your", "yours", "us", "our", "we", "je", "jij", "u", "uw", "ons",
                 "onze", "wij", "du", "dein", "ihr", "uns", "unser", "vous", "votre", "vos",
                 "nous", "notre", "usted", "tu", "nos", "nuestro", "nuestra",
                 # Italian and Portuguese: "Sostieni la nostra redazione.", "Apoie o
                 # nosso jornalismo.", "Você pode ajudar." (not Italian "sua", which
                 # is also "his", nor "ti": "ti" is also a Spanish pronoun in quotes).
                 "nostro", "nostra", "nostri", "nostre", "tuo", "tua", "tuoi",
                 "nosso", "nossa", "nossos", "nossas", "você", "vocês")
_SECOND_PERSON = regex.compile(
    r"\b(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _READER_WORDS) + r")\b")


_CLOSED = (".", "!", "?", '"', "”", "’", "»", ")")  # how an article sentence ends


def _prose_follows(text: str, start: int, end: int, own: int | None = None) -> bool:
    """Whether an article sentence starts at ``start`` (``_PROSE_SENTENCE``, then three
    lower-case words among the next six) that addresses no reader (no "you", "our",
    "uns", "vous": a widget's second sentence does), in its first 200 characters or,
    given where it ends (``own``), in itself."""
    m = _PROSE_SENTENCE.match(text, start, end)
    if m is None:
        return False
    lower, pos = 0, m.end()
    for _ in range(6):
        w = _NEXT_WORDS.match(text, pos, end)
        if w is None:
            break
        lower += w.group(1)[0].islower()
        pos = w.end()
    if lower < 3:
        return False
    stop = min(end if own is None else own, start + 200)
    return not _reader_word(text, start, stop)


def _cue_in(cues: Sequence[int], start: int, end: int) -> bool:
    """Whether a cue of ``cues`` (sorted offsets) starts in ``[start, end)``."""
    k = bisect.bisect_left(cues, start)
    return k < len(cues) and cues[k] < end


def _notice_end(text: str, line: _Line, start: int, after: int,  # noqa: PLR0917
                cues: Sequence[int], cache: dict[int, list[tuple[int, int]]]) -> int:
    """Where a notice ([block]) whose sentence starts at ``start`` and whose phrase ends
    at ``after`` ends: its paragraph's end, or where the article starts again before it.

    A notice runs on over the sentences of its box ("We are reader funded. If you value
    our work, please donate. Every dollar helps keep us online. DONATE NOW"), but a
    paragraph of flattened text is the whole document: the article's next sentence
    (``_prose_follows``: a title-case word, lower-case words, no reader addressed), or
    one glued to a button with no stop ("DONATE NOW The mayor said …", ``_restart``,
    within a few bare words of the button's start: a notice's own sentence names bodies
    in capitals after a comma, "…, la Comisión Europea facilita …"), ends it there. The
    notice's own second-person sentences never do, nor one that holds a widget's cue
    (``cues``, sorted starts: "Required fields are marked * … Save my name …"). One
    article-like sentence is not enough where the box says more after it: the article
    goes on with another such sentence, or ends the paragraph with its stop; a box's
    own third-person rule ("Comments that contain spam … may be removed.") followed by
    its link ("-- Follow these instructions on registering") stays the box's."""
    cache_starts = cache[-1 - line.start]
    sents = cache[line.start]
    i = bisect.bisect_right(cache_starts, (start, start)) - 1
    def reads_as_article(k: int) -> bool:
        s, e = sents[k]
        return _prose_follows(text, s, line.end, e) and not _cue_in(cues, s, e)

    def quotes_someone(k: int) -> bool:
        # A quotation after it ('"A frozen fare doesn't help you much," said …'): the
        # reader it addresses is someone's, as the article reports them.
        s, e = sents[k]
        return text[s] in _QUOTE_OPENERS and not _cue_in(cues, s, e)

    for k in range(max(i, 0), len(sents)):
        s, e = sents[k]
        if s > start and reads_as_article(k) and (
                reads_as_article(k + 1) or quotes_someone(k + 1) if k + 1 < len(sents)
                else text[s:line.end].rstrip().endswith(_CLOSED)):
            return s
        pos = max(s, after)
        restart = _restart(text, pos, e, _BUTTON_WORDS)
        button = text[pos:restart]
        if restart < e and len(button.split()) <= _BUTTON_WORDS and "," not in button \
                and ";" not in button and not _cue_in(cues, restart, e):
            return restart
        # A button glued to the article's next sentence past the first few words of the
        # notice's last sentence ("… keep us online.DONATE NOWDunmore Paving …"): the
        # sentence split found no stop between them. As above, the article goes on
        # after that sentence, or ends the paragraph ("…WebsiteSave my name, email, and
        # website in this browser for the next time I comment.Post Comment" is a form's).
        joined = _junction_end(text, pos, e, e)
        if joined is not None and not _cue_in(cues, joined, e) and \
                _article_goes_on(text, joined, e, line.end):
            return joined
    return line.end


# A sentence's end before the widgets glued after an article's last sentence; not a
# question's (a label word after one is its answer: "Was tun? Teilen"), nor a bracket's
# (a Jetpack button's "(Opens in new window)" is a widget before more of it).
_TAIL_STOPS = frozenset(".!…\"”’»")


def _starts_unit(kinds: frozenset[str], length: int) -> bool:
    """Whether a line this long that starts with a phrase of these sections goes whole."""
    return ("block" in kinds and length <= _BLOCK_MAX) or \
        ("prompt" in kinds and length <= _SHORT_LINE) or \
        ("lead" in kinds and length <= _LEAD_LINE)


# The letters a share bar's icons leave in a scrape, after its share word ("Share: f x in
# ✉": Facebook's "f", LinkedIn's "in", Google+'s "g+", WhatsApp's "wa"); the pictographs
# are separators already.
_ICON_LETTERS = frozenset({"f", "t", "in", "p", "g", "li", "wa", "fb", "tw", "yt", "ig"})


def _covers(rules: _Rules, text: str, line: _Line, parts: list[tuple[int, int]]) -> bool:
    """Whether ``parts``, separators and share-button words make up the whole line
    ("Share this: Reddit", "Comments | Print"); a [via] word may join a share word to
    the network names after it ("Teilen auf Facebook Twitter", "Compartilhe no WhatsApp"),
    and the words of [order] phrases follow a [sorter] heading ("Sort by: Newest | Oldest
    | Most liked": a comment widget's sorter; "Oldest" alone stays). After a share word,
    network names and icons' letters (``_ICON_LETTERS``) may follow ("Share: f x in ✉");
    a letter alone, or after other words, is no icon ("f in Berlin" stays)."""
    pos = line.start
    after_share = False  # the last word was a share word
    icons = False  # a share word, then only network names and icons' letters so far
    sorting = False  # a [sorter] heading came before: its orders follow
    for s, e in [*sorted(parts), (line.end, line.end)]:
        if s > pos and not _SEPARATORS.fullmatch(text, pos, s):
            for found in _SEPARATED_WORD.finditer(text, pos, s):
                folded = found.group().casefold()
                if folded in rules.social or folded in _QUIET_SOCIAL:
                    after_share = folded in rules.share
                    icons = icons or after_share
                elif folded in rules.via and after_share:
                    after_share = icons = False
                elif icons and folded in _ICON_LETTERS:
                    after_share = False
                elif not (sorting and folded in rules.order):
                    return False
        if e > pos:
            # A share label ("Teilen", "Comparte esta noticia"): its first word is one.
            key = _key(text[max(s, pos):e])
            words = key.rstrip(":").split()
            after_share = bool(words) and words[0] in rules.share
            icons = after_share
            sorting = sorting or "sorter" in rules.kinds.get(key, ())
        pos = max(pos, e)
    return True


def _inline(rules: _Rules, text: str, line: _Line, line_hits: Sequence[_Hit],  # noqa: PLR0915, PLR0917
            runs: Sequence[tuple[int, int]],
            cache: dict[int, list[tuple[int, int]]]) -> list[Span]:
    """Units inside a paragraph or a flattened document."""
    out: list[Span] = []
    chained = -1  # end of the last unit removed: a label right after it is a label too
    chains: dict[int, int] = {}  # where each run of labels ends (``_chain_end``)
    for n, (start, end, kinds, _) in enumerate(line_hits):
        if start < chained:
            continue
        if "tail" in kinds and _tail_ok(rules, text, line, line_hits, n, chained, chains):
            out.append(_inline_span(text, line, start, line.end))
            break
        if "count" in kinds:
            if _count_ok(text, line, start, end, chained):
                span = _inline_span(text, line, start, end)
                out.append(span)
                chained = span[1]
            continue
        # A label standing between sentences goes alone ("Sign up for our newsletter
        # “It is hard,” he said."); failing that, a prompt takes its sentence.
        if "inline" in kinds and _inline_label_ok(rules, text, line, start, end, chained):
            # The label's own full stop goes with it ("Suivez-nous sur Facebook.").
            stop = end + 1 if end < line.end and text[end] in ".!" else end
            stop = _echo(text, line, start, stop)
            span = _inline_span(text, line, start, stop)
            out.append(span)
            chained = span[1]
            continue
        if not kinds & {"block", "prompt"}:
            continue
        at = _sentence_at(text, line, cache, start)
        if at is None or _quoted(text, at[0], start, min(line.end, at[1] + 2)) or \
                _in_quotation(text, max(line.start, at[0] - _QUOTATION_REACH), start,
                              min(line.end, at[1] + 2)):
            continue
        s, e = at
        if "block" in kinds and line.end - s <= _BLOCK_MAX:
            if _reported(text, start, e):
                continue
            stop = _notice_end(text, line, s, end, [h[0] for h in line_hits], cache)
            out.append(_inline_span(text, line, s, stop))
            chained = stop
        elif "prompt" in kinds and e - s <= _PROMPT_SENTENCE_MAX:
            unit = _prompt_unit(text, line, (s, e), end)
            if unit is not None:
                out.append(_inline_span(text, line, *unit))
                chained = unit[1]
    # A run is judged against the unit just before it, not the last one of the line:
    # a prompt at the end of a flattened text must not hide the share bar at its head.
    units = sorted(out)
    starts = [s for s, _, _ in units]
    last_run = -1
    for start, end in runs:
        i = bisect.bisect_right(starts, start) - 1
        before = max(units[i][1] if i >= 0 else -1, last_run)
        if start < before:
            continue
        for stop in _run_ends(rules, text, start, end):
            found = _share_run(rules, text, line, start, stop, before)
            if found is not None:
                out.append(found[0])
                last_run = found[1]
                break
    return out


def _prompt_unit(text: str, line: _Line, sentence: tuple[int, int],
                 after: int) -> tuple[int, int] | None:
    """The unit of a prompt that opens ``sentence`` (its words end at ``after``): to
    its closing bracket, or to where the article starts again (a block junction,
    ``_junction_end``; ``_restart``), or the sentence; None if the prompt says something
    after all."""
    s, e = sentence
    e = _close_paren(text, s, e, line)
    if text[s] != "(":
        joined = _junction_end(text, after, e, e)
        e = _restart(text, after, e if joined is None else joined)
    # A prompt that keeps its link in the text ("Clique aqui: https://…") still says
    # something; a dead button does not. Reported words are someone's.
    if _URL.search(text, s, e) is not None or _reported(text, after, e) or \
            _mentioned(text, after, e):
        return None
    if e >= line.end and s > line.start and _short_prompt(text, s, e) and \
            line.end - line.start <= 160 and _title_teaser(text, line.start, s):
        # "More Critical Reads You Need to Hear! Click Here!": a link title and its
        # button make one unit.
        s = line.start
    return s, e


def _run_ends(rules: _Rules, text: str, start: int, end: int) -> Iterator[int]:
    """Where a run of network names may end: at its end, then before its last word while
    two words stay and that word is a share word ("… WhatsApp Deel dit artikel:": it
    opens the next heading, which a later round takes). Other words stay in the run: a
    name ("… Twitter Instagram ist beliebt") and a "More" button look the same."""
    yield end
    words = [m.end() for m in _RUN_WORD.finditer(text, start, end)]
    for i in range(len(words) - 1, 1, -1):
        if text[words[i - 1]:words[i]].strip().casefold() not in rules.share:
            return
        yield words[i - 1]


_RUN_WORD = re.compile(r"\S++")


def _share_run(rules: _Rules, text: str, line: _Line,  # noqa: PLR0917
               start: int, end: int, chained: int) -> tuple[Span, int] | None:
    """A run of network names as a unit inside a line, with where the last unit now
    ends, or None if it may be prose."""
    # "… sul fiume. Condividi su Facebook Twitter Il comune …": a share word written
    # capitalised, perhaps a [via] word, then the network names, between a sentence
    # (or a heading) and a capitalised word. Flattened text keeps no full stop after a
    # headline: a capitalised share word is no prose after a lower-case word either,
    # when two names or more follow it and a capitalised word comes next ("das Teilen
    # auf Facebook, Twitter." and "Teilen auf Facebook ist…" stay).
    if text[end:end + 1] == ",":
        return None  # "Facebook, Twitter, Pinterest, Snapchat were fined": a list goes on
    head = _share_head(rules, text, line, start)
    led = head < start or _share_led(rules, text, start, end)
    if led and (_left_ok(text, line, head, chained) or _capital_next(text, line, end)) \
            and _right_ok(rules, text, line, end, one_word=False):
        return _inline_span(text, line, head, end), end
    # "Facebook Twitter Pinterest <caption>": share buttons before a caption. Two
    # names can open a headline ("WhatsApp Telegram Signal: which is safest?"), so
    # they go only right after another unit ("Share this: Facebook Twitter").
    if (len(text[start:end].split()) >= 3 or start <= chained) \
            and _left_ok(text, line, start, chained) \
            and _right_ok(rules, text, line, end, one_word=False):
        return _inline_span(text, line, start, end), chained
    # Two buttons glued after the last sentence of a paragraph ("… in March. Share
    # Print"): the end of the paragraph leaves no headline for them to open. (A bar's
    # quiet words after them go too: "… parlé. Partager Tweeter Envoyer".)
    if _after_stop(text, line, start, chained) and not _after_question(text, line, start) \
            and _gap_only(text, _quiet_words_end(text, end, line.end), line.end):
        return _inline_span(text, line, start, line.end), line.end
    return None


_QUIET_WORD = re.compile(r"[ \t]{1,3}([^\W\d_]{1,12})")


def _quiet_words_end(text: str, end: int, limit: int) -> int:
    """Where the share bar's quiet words (``_QUIET_SOCIAL``) right after ``end`` end."""
    while (m := _QUIET_WORD.match(text, end, limit)) is not None and \
            m.group(1).casefold() in _QUIET_SOCIAL:
        end = m.end()
    return end


def _share_led(rules: _Rules, text: str, start: int, end: int) -> bool:
    """Whether a run opens with its own capitalised share word and, past a [via] word,
    two names or more ("Partilhar no Facebook Twitter", "Поделиться: ВКонтакте Telegram")."""
    words = text[start:end].split()
    if not words or not _share_button(rules, words[0]):
        return False
    names = words[2:] if len(words) > 1 and words[1].casefold() in rules.via else words[1:]
    return len(names) >= 2


def _capital_next(text: str, line: _Line, end: int) -> bool:
    """Whether a capitalised word follows ``end`` on its line (past spaces and tabs)."""
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    return pos < line.end and text[pos].isupper()


def _word_before(text: str, line: _Line, pos: int) -> tuple[int, str]:
    """The word that ends just before ``pos`` (past spaces and tabs), and its start."""
    end = pos
    while end > line.start and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > line.start and end - start < 40 and not text[start - 1].isspace():
        start -= 1
    return start, text[start:end]


def _share_head(rules: _Rules, text: str, line: _Line, start: int) -> int:
    """Where a share prompt before a run of network names starts ("Partager sur",
    "Compartir en", "Поделиться"), or ``start`` if none stands there. The share word must
    be capitalised, as a button prints it ("shared on Facebook" is prose)."""
    at, word = _word_before(text, line, start)
    if word.casefold() in rules.via:
        at, word = _word_before(text, line, at)
    return at if _share_button(rules, word) else start


def _share_button(rules: _Rules, word: str) -> bool:
    """Whether ``word`` is a share word written capitalised, as a button prints it
    ("Teilen", "Partager", "Поделиться:"), perhaps with its colon."""
    return word[:1].isupper() and word.rstrip(":").casefold() in rules.share


def _determiner_next(text: str, line: _Line, end: int) -> bool:
    """Whether the word after ``end`` opens a sentence (``_DETERMINERS``: "Az", "The")."""
    m = _WORD_AFTER.match(text, end, line.end)
    return m is not None and m.group(1) in _DETERMINERS


def _inline_label_ok(rules: _Rules, text: str, line: _Line, start: int, end: int,  # noqa: PLR0917
                     chained: int) -> bool:
    """Whether a label inside a line stands alone: written as in its pack (or in
    capitals), after a sentence and before the next one."""
    written = " ".join(text[start:end].split())
    if written not in rules.inline_as_written and not (
        written.upper() == written and any(ch.isalpha() for ch in written)
    ):
        return False
    if start > line.start and _quoted(text, start - 1, start, min(line.end, end + 8)):
        return False  # '"Sign up for our newsletter" banners now cover …'
    n_words = len(written.split())
    # Three words or more ("Click to share on Twitter (Opens in new window)") are never
    # prose, whatever precedes them; one or two need a sentence boundary before them.
    if n_words >= 3 or _left_ok(text, line, start, chained):
        shouted = n_words == 1 and _shouted(written)
        if not shouted and _capital_next(text, line, end) and \
                "noun" in rules.kinds.get(_key(written), ()) and \
                not _determiner_next(text, line, end):
            return False  # a [noun] opening a sentence: "Mainos Tampereella maksoi …"
        return _right_ok(rules, text, line, end, one_word=n_words == 1, shouted=shouted)
    # Flattened text keeps no full stop after a headline: "… ferry timetable
    # Advertisement The council …". A [headline] label (a word its language writes
    # capitalised only as a label) goes after a lower-case word too, but only before a
    # sentence that opens with an article or a preposition: "the Advertisement Council
    # said" stays, and German nouns ("erstattet Anzeige Die Polizei …") are never listed.
    # In capitals after a name (a credit's or a headline's last word), before a
    # capitalised word and two lower-case ones: the article's next sentence in a
    # language with no article ("… / Wiadomości Podlasia REKLAMA Woda na drodze …").
    # After a lower-case word it may be a firm's name ("agencja REKLAMA Plus ogłosiła").
    return _key(written) in rules.headline and _lower_before(text, line, start) and (
        _determiner_after(rules, text, line, end)
        or (n_words == 1 and _shouted(written) and _word_before(text, line, start)[1][:1].isupper()
            and _PROSE_WORD.match(text, end, line.end) is not None))


# Flattened text that dropped the line breaks around an ad label glues it to both its
# neighbours: "… the old runway.ADVERTISEMENTDeveloper Greyling …", "… déplorer.PublicitéLa
# mairie …", "… Stahlpreisen.Anzeige„Für …". The scan, on lower-cased text, needs a word
# edge after a phrase; here only the change of case (or an opening quotation mark)
# marks where the label ends. Before it: a stop right after a lower-case word or a
# number, or after the quotation or bracket that closes on one ("… the parish”.
# ADVERTISEMENTOn …"; as ``_glued_start``). Case-sensitive, over the text as written.
_GLUED_QUOTES = "„“\"«‚‘"


@functools.lru_cache(maxsize=8)
def _glued_label_scan(labels: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for the [inline] labels that start with a capital: a full stop, then
    the label in any case (``_glued_labels`` wants it as written or in capitals), then
    a letter or an opening quotation mark (``_glued_labels`` judges case)."""
    words = sorted(w for w in labels if w[:1].isupper())
    if not words:
        return None
    alt = trie_pattern(words)
    firsts = re.escape("".join(sorted({w[0] for w in words})))
    # A full stop only, and the labels' first letters right after it: a literal first
    # character lets ``re`` skip to each full stop (~2 GB/s; "[.!?]" first ran at
    # ~0.3 GB/s, too slow for the gate, which runs this on every document).
    return re.compile(
        rf"\.(?=[{firsts}])(?:(?<=[^\W_]\.)|(?<=[^\W_][”\"’»)]\.))"
        rf"((?i:{alt}))(?=[^\W\d_]|[{_GLUED_QUOTES}])")


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
        word = start - 3 if text[start - 2] in _CLOSERS else start - 2  # (past "”")
        if not (text[word].islower() or text[word].isdigit()):
            continue  # "U.S.Advertisement…": an abbreviation, not a sentence's end
        written = " ".join(m.group(1).split())
        if written not in rules.inline_as_written and not written.isupper():
            continue  # "Share this story" (a sentence), not the label "Share this:"
        nxt = text[end]
        if nxt in _GLUED_QUOTES:
            spans.append((start, end, ""))
        elif not nxt.isupper():
            continue
        elif not text[end - 1].isupper() or text[end + 1:end + 2].islower():
            spans.append((start, end, ""))
    return spans


# The labels a line of nothing else may be ("Écouter cet article", "Listen to this
# article"), by the rules they were compiled for: (the rules, their pattern). Keyed by
# identity: ``_Rules`` holds dicts and has no hash; ``_rules`` caches the few there are.
_START_LABELS: dict[int, tuple[_Rules, re.Pattern[str]]] = {}


def _start_label_scan(rules: _Rules) -> re.Pattern[str]:
    """A [label] or [lead] phrase at the text's start, with a player's or reading-time
    widget's duration after it perhaps ("· 4 min", "▶ 02:41", "00:00 / 02:41"), right
    before a letter (``_glued_start_label`` judges case)."""
    found = _START_LABELS.get(id(rules))
    if found is not None and found[0] is rules:
        return found[1]
    keys = sorted(k for k, v in rules.kinds.items() if v & {"label", "lead"} and k[:1].isalpha())
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


_ECHO = regex.compile(r"[ \t]{1,3}+(\p{Lu}[\p{L}+-]{0,20}+)(?![\p{L}\d])")


def _echo(text: str, line: _Line, start: int, end: int) -> int:
    """The end of a Jetpack button with the name it prints after itself: "Click to share
    on Facebook (Opens in new window) Facebook", "Click to print (Opens in new window)
    Print". Only after a button that closes its bracket, only a capitalised word that
    the button names, and not before a lower-case word: "… (Opens in new window)
    Facebook said on Monday" keeps its sentence's subject."""
    if text[end - 1:end] != ")":
        return end
    m = _ECHO.match(text, end, line.end)
    if m is None or m.group(1).casefold() not in text[start:end].casefold().split():
        return end
    after = m.end()
    while after < line.end and text[after] in " \t":
        after += 1
    return end if text[after:after + 1].islower() else m.end()


def _tail_ok(rules: _Rules, text: str, line: _Line, hits: Sequence[_Hit],  # noqa: PLR0917
             n: int, chained: int, chains: dict[int, int]) -> bool:
    """Whether a [tail] label (``hits[n]``), with the labels after it, ends its line
    right after a sentence: "… for commuters. Share", "… in de wijk. Reacties".

    Flattened text glues a widget's last button to the article's last sentence. A
    one-word sentence that is only a button word, after a full stop and before the end
    of the paragraph, is not prose; after a question it may be an answer ("What can
    readers do? Donate."), and a full stop after it makes it a sentence: both stay.
    Written as in its pack or in capitals, like an [inline] label. ``chains``: see
    ``_chain_end``.
    """
    start, end = hits[n][0], hits[n][1]
    written = " ".join(text[start:end].split())
    if written not in rules.tail_as_written and not (
            written.isupper() and any(ch.isalpha() for ch in written)):
        return False
    if not _after_stop(text, line, start, chained) or _after_question(text, line, start):
        return False
    # Labels after it go with it if they are [tail] or [inline] labels too: the gate
    # passes the last of them, which the end of the line follows.
    return _gap_only(text, _chain_end(text, hits, n, chains), line.end)


def _chain_end(text: str, hits: Sequence[_Hit], n: int, chains: dict[int, int]) -> int:
    """Where the run of labels that ``hits[n]`` starts ends: each next hit that does not
    overlap it, a [tail] or [inline] label after only a gap, goes on with it. A run
    from a later label is the rest of this one, so each hit's end is kept in ``chains``
    (one per line) for every label before it that reaches it: a line of labels costs
    one walk, not one per label (quadratic: "MAINOS MAINOS …" took minutes)."""
    walked: list[int] = []
    i = n
    while i not in chains:
        walked.append(i)
        pos = hits[i][1]
        following = None
        for k in range(i + 1, len(hits)):
            s, _, kinds, _ = hits[k]
            if s < pos:
                continue
            if kinds & {"tail", "inline"} and _gap_only(text, pos, s):
                following = k
            break
        if following is None:
            chains[i] = pos
            break
        i = following
    end = chains[i]
    for k in walked:
        chains[k] = end
    return end


def _after_question(text: str, line: _Line, start: int) -> bool:
    """Whether a question mark (perhaps with a closing quote) comes just before ``start``."""
    pos = start
    while pos > line.start and text[pos - 1] in _SPACE_OR_CLOSER:
        pos -= 1
    return pos > line.start and text[pos - 1] in "?？"


def _lower_before(text: str, line: _Line, start: int) -> bool:
    """Whether a word that ends in a lower-case letter comes just before ``start``, and
    is no article: a headline does not end in one, a noun follows it ("They ran the
    Advertisement The Times refused")."""
    at, word = _word_before(text, line, start)
    return at < start and word[-1:].islower() and word not in _ARTICLES


_ARTICLES = frozenset(w.lower() for w in _DETERMINERS)


def _determiner_after(rules: _Rules, text: str, line: _Line, end: int,
                      repeats: int = _REPEATS) -> bool:
    """Whether the next word (past the label printed again) is one that opens a
    sentence (``_DETERMINERS``)."""
    m = _WORD_AFTER.match(text, end, line.end)
    if m is None:
        return False
    if m.group(1) in rules.inline_as_written and repeats > 0:
        return _determiner_after(rules, text, line, m.end(1), repeats - 1)
    return m.group(1) in _DETERMINERS


# What may close a sentence, and what may stand after its end ("again.\" Home").
_STOPS = frozenset(".!?…")
_CLOSERS = frozenset("\"”’»)]")
_QUOTES = frozenset("\"“„«‘")
_SPACE_OR_CLOSER = _CLOSERS | frozenset(" \t")


def _after_stop(text: str, line: _Line, start: int, chained: int) -> bool:
    """Whether ``start`` opens its line, follows the unit removed just before it, or
    follows a sentence's end ("… again.\" Home"), past spaces and tabs. Stricter than
    ``_left_ok``: no colon, heading or number, since what follows need not be a label."""
    pos = start
    while pos > line.start and text[pos - 1] in " \t":
        pos -= 1
    if pos <= line.start or pos <= chained:
        return True
    if text[pos - 1] in _CLOSERS and pos - 1 > line.start:
        pos -= 1
    return text[pos - 1] in _STOPS


def _sentence_next(text: str, line: _Line, end: int) -> bool:
    """Whether the line ends after ``end`` or a capitalised word follows it (perhaps
    after an opening quote: "328 comments “We never expected …"), past spaces."""
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    if pos >= line.end:
        return True
    if text[pos] in _QUOTES and pos + 1 < line.end:
        pos += 1
    return text[pos].isupper()


def _count_ok(text: str, line: _Line, start: int, end: int, chained: int) -> bool:
    """Whether a comment count ("Kommentare (325)", "328 comments") stands alone inside
    a line: between a sentence end (or the line start) and a capitalised sentence
    start (or the line end). "The 325 comments posted on the site" and "… drew 12
    Comments" stay: a count in prose follows a word, or a lower-case word follows it."""
    return _after_stop(text, line, start, chained) and _sentence_next(text, line, end)


# Capitalised words that go on a prompt rather than start a sentence: German's polite
# and familiar pronouns ("Melden Sie sich jetzt an"), English "I".
_PRONOUNS = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Du", "Dich",
                       "Dir", "Dein", "Deine", "Deinen", "Euch", "Euer", "I"})
_PROSE_WORD = regex.compile(r"[ \t]{1,5}+(\p{Lu}\p{Ll}[\p{L}'’-]{0,40}+)[ \t]{1,5}+"
                            r"\p{Ll}[\p{L}'’-]{0,40}+[ \t]{1,5}+\p{Ll}")
_PROSE_NEXT = regex.compile(r"[ \t]{1,5}+(\p{Lu}[\p{L}'’-]{0,40}+)[ \t]{1,5}+"
                            r"\p{L}[\p{L}'’-]{0,40}+[ \t]{1,5}+\p{Ll}")


# Words that join a prompt to its object ("on Instagram", "and TikTok", "op Facebook"):
# a capitalised word after one of them is the prompt's object, not a new sentence.
_JOINERS = frozenset({
    "on", "and", "or", "the", "our", "to", "for", "at", "with", "via", "by", "in", "of",
    "a", "your",
    "op", "en", "de", "het", "onze", "ons", "met", "voor", "om", "je", "jouw",
    "auf", "und", "oder", "der", "die", "das", "den", "dem", "unseren", "unser", "unsere",
    "bei", "mit", "für", "zum", "zur", "über", "per",
    # German capitalises its nouns: after these a capital opens the prompt's own noun
    # ("…, um keine Nachrichten aus der Region zu verpassen"), not a new sentence.
    "kein", "keine", "keinen", "keiner", "ein", "eine", "einen", "einem", "einer", "alle",
    "allen", "ihre", "ihren", "ihrer", "unserem", "unserer",
    "sur", "et", "ou", "le", "la", "les", "notre", "nos", "avec", "pour", "par", "à", "au",
    "aux",
    "y", "o", "el", "los", "las", "nuestro", "nuestra", "nuestros", "con", "para", "por",
    "al", "del",
    "su", "e", "il", "lo", "i", "gli", "nostro", "nostra", "di", "no", "na", "em", "os",
    "as", "nosso", "nossa", "com", "do", "da",
    # "of" inside a name the prompt names: "de gratis app van Dagblad van het Noorden",
    # "l'application du Courrier", "l'app della Gazzetta", "o app dos Açores".
    "van", "von", "vom", "du", "des", "della", "dello", "delle", "dei", "degli", "dos",
    # The later packs' follow prompts ("Följ oss på Facebook och Instagram för …",
    # "Urmărește-ne pe Facebook și abonează-te …", "Følg oss på Facebook og …").
    "och", "eller", "på", "og", "pe", "și", "şi", "w", "és", "ja", "ve",
})
# Words that carry a prompt on after its object ("TikTok for more stories").
_CARRIERS = frozenset({
    "for", "to", "and", "or", "with", "on", "at", "via", "voor", "en", "met", "op", "om",
    "für", "und", "mit", "auf", "um", "pour", "et", "avec", "sur",
    "para", "y", "con", "per", "e", "su", "com",
    "för", "och", "på", "og", "și", "şi", "pentru", "ja", "ve",
})


# Text joined with no space (DOM text_content()) glues the article's next sentence to
# a prompt's last word: "… our newsletterThe council said …", "Follow us on
# FacebookПроголосовать …". A determiner of two letters or more glued after a
# lower-case letter and followed by a word, or a capital of another script glued after
# a Latin letter, starts it if what follows reads as the article (``_prose_follows``:
# "… de RibasecaLo más leído1." is a glued label). Brand names written in camel case
# ("YouTube", "WhatsApp") glue no determiner; "LinkedIn" ends in one, and is named.
_GLUED_RESTART = regex.compile(
    r"(?<=\p{Ll})(?<!Linked)(?:" + "|".join(sorted((d for d in _DETERMINERS if len(d) > 1),
                                         key=lambda d: (-len(d), d)))
    + r")(?=[ \t]{1,5}+\p{L})|(?<=\p{Latin})(?=\p{Lu}\p{Ll})(?!\p{Latin})")


def _restart(text: str, after: int, end: int, words: int = _UNBOUNDED) -> int:
    """Where the article starts again inside a prompt's sentence, or ``end``.

    Flattened text loses the line break after a prompt that has no full stop ("Ontvang
    onze nieuwsbrief De eerste huizen …", "CLICK HERE TO GET THE APP Officials said
    …"), and the sentence split then runs the prompt into the article's next sentence.
    Past the prompt's own words (``after``), a word that follows a letter or digit
    with no punctuation between, written capitalised and followed by two lower-case
    words ("Officials said the"), or an article and any word before a lower-case one
    ("De eerste huizen", "Die Regelung soll"), starts that sentence again: the prompt
    ends before it. A prompt's own object is a name ("Subscribe to Canada Free Press
    for FREE"): names run capitalised, so it stays with the prompt. In text joined with
    no space, a sentence glued to the prompt's last word starts where
    ``_GLUED_RESTART`` finds it. Only the first ``words`` words are looked at, if given
    (a button's, ``_notice_end``).
    """
    reach = end
    if words < _UNBOUNDED:
        reach = after
        for _ in range(words + 1):
            nxt = text.find(" ", reach + 1, end)
            if nxt == -1:
                reach = end
                break
            reach = nxt
    glued = _GLUED_RESTART.search(text, after, reach)
    if glued is not None and _prose_follows(text, glued.start(), end):
        end = glued.start()
    pos = after
    while pos < min(end, reach):
        space = text.find(" ", pos, min(end, reach))
        if space == -1:
            return end
        if text[space - 1].isalnum():
            m = _PROSE_WORD.match(text, space, end) or _PROSE_NEXT.match(text, space, end)
            if m is not None and m.group(1) not in _PRONOUNS and (
                    m.re is _PROSE_WORD or m.group(1) in _DETERMINERS) and \
                    _word_ending(text, space).casefold() not in _JOINERS and \
                    text[m.end(1):m.end()].split(maxsplit=1)[0].casefold() not in _CARRIERS:
                start = _name_start(text, after, space)
                # An article sentence speaks to no reader: words that do are the
                # prompt's own, after a name that opens with an article ("Téléchargez
                # l'application Le Courrier du Lot pour recevoir vos alertes"), or a
                # second prompt run into the first ("Follow us on X Follow us on X
                # Officials said …"): the article may start again after them.
                if not _addresses_reader(text, start, min(end, start + 200)):
                    return start
        pos = space + 1
    return end


# A block junction of text joined with no space (the idea of trailers.py's _JUNCTION and
# _CAP_JUNCTION): a word's small letters run into the next block's capital and small
# letter ("… our newsletterThe victim's …", "… unseren NewsletterDie Stadt …"), or a word
# in capitals into a capitalised word ("DONATE NOWDunmore Paving …"). A word that opens
# lower-case needs three small letters before the inner capital ("iPhone", "eBay" have
# one), one that opens with a capital six: brand names in camel case have fewer
# ("WhatsApp", "YouTube", "LinkedIn", "McDonald"). Bounded: a word is at most 40 letters.
_BLOCK_JUNCTION = regex.compile(
    r"(?<![\p{L}\d])(?:\p{Ll}{3,40}+|\p{Lu}\p{Ll}{6,40}+|\p{Lu}{2,20})(?=\p{Lu}\p{Ll})")
# Junctions tried after a prompt's words: the first few (a widget has few words).
_JUNCTIONS_TRIED = 3
# More blocks glued inside what follows a junction: a widget's words run together ("Leave
# a ReplyYour email address will not be published."), which an article sentence does not
# do (a name such as "WhatsApp" there leaves the prompt as it was).
_INNER_JOIN = regex.compile(r"\p{Ll}{3}(?=\p{Lu}\p{Ll})")
# The stop that ends the sentence glued after a junction: not an ellipsis (a teaser's).
_JOINED_STOP = regex.compile(r"(?<!\.)[.!?](?![.…])[\"”’»)]{0,3}+(?=[\s\"“„«\p{Lu}]|\Z)")
# How the article's sentence after a junction reads: this many words or more up to its
# stop (a box's tagline is shorter: "Daily Briefing for the latest news."), within
# this many characters.
_JOINED_WORDS = 8
_JOINED_REACH = 400


def _junction_end(text: str, after: int, reach: int, end: int) -> int | None:
    """Where the article starts again at a block junction (``_BLOCK_JUNCTION``) glued
    to a prompt's or button's words past ``after`` (the junction before ``reach``), or
    None.

    Text joined with no space runs a prompt with no stop into the article's next
    sentence ("Sign up for our newsletterThe victim's mother testified, describing
    …"), and the sentence split then makes them one. The junction ends the prompt when
    what is glued on reads as an article sentence (``_prose_follows``) that ends in a
    stop before ``end``, has ``_JOINED_WORDS`` words or more, no more blocks glued
    inside (``_INNER_JOIN``) and addresses no reader in itself (a quotation in the
    sentence after it may: '"We believe …'). Left alone: a tagline glued to its prompt
    ("newsletterGet the top stories in your inbox."), a name in camel case, a sentence
    cut off ("…")."""
    word = _word_ending(text, after)
    found = _BLOCK_JUNCTION.finditer(text, after - len(word), reach)
    for at in itertools.islice(found, _JUNCTIONS_TRIED):
        joint = at.end()
        if joint <= after:
            continue
        stop = _JOINED_STOP.search(text, joint, min(end, joint + _JOINED_REACH))
        if stop is None:
            continue
        # Cut out: a reader word glued to the junction ("replyYour email …") has no
        # word boundary before it in the whole text.
        sentence = text[joint:stop.end()]
        if sentence.count(" ") >= _JOINED_WORDS - 1 and \
                _INNER_JOIN.search(sentence) is None and \
                _prose_follows(sentence, 0, len(sentence)):
            return joint
    return None


def _article_goes_on(text: str, joint: int, end: int, line_end: int) -> bool:
    """Whether the sentence glued on at ``joint`` (its stop before ``end``) ends the
    line or is followed by another that reads as the article's (``_prose_follows``)."""
    stop = _JOINED_STOP.search(text, joint, min(end, joint + _JOINED_REACH))
    if stop is None:
        return False
    after = stop.end()
    while after < line_end and text[after].isspace():
        after += 1
    return after >= line_end or _prose_follows(text, after, line_end)


def _name_start(text: str, after: int, space: int) -> int:
    """Where the sentence that starts again after ``space`` really starts: before the
    capitalised words of its subject's name ("… newsletter President Biden signed"),
    unless a joiner comes before them ("on Patreon Officials said": "Patreon" is the
    prompt's object). Never before the prompt's own words (``after``)."""
    start = space
    while start > after:
        at = text.rfind(" ", after, start)
        word = text[at + 1:start]
        if not (word[:1].isupper() and word[1:2].islower()) or word in _PRONOUNS:
            break
        if at < after or _word_ending(text, at).casefold() in _JOINERS:
            return space
        start = at
    return start


def _word_ending(text: str, end: int) -> str:
    """The word that ends at ``end`` (at most 40 characters of it)."""
    start = end
    while start > 0 and end - start < 40 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _short_prompt(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) <= 3


# The word a reading-time plugin prints before the badge (Yoast's "Estimated reading
# time: 2 minutes", "Geschätzte Lesezeit: 3 Min.", "Geschatte leestijd: 4 minuten").
_ESTIMATED = regex.compile(r"(?:estimated|est\.|geschätzte|geschatte)[ \t]{1,3}+$",
                           regex.IGNORECASE)


def _estimated(text: str, line: _Line, start: int) -> int:
    """Where a badge starts: before the word that says it is an estimate, if one."""
    m = _ESTIMATED.search(text, max(line.start, start - 16), start)
    return m.start() if m is not None and (m.start() == line.start or
                                           not text[m.start() - 1].isalnum()) else start


def _reading_time_ok(text: str, line: _Line, start: int, end: int, *,
                     led: bool = False) -> bool:
    """A badge stands at a line's edge, beside a date or after a sentence's end (in
    flattened text, before a capitalised word), not inside a sentence. Flattened
    text runs the byline on into it: after a word in capitals ("Published 09:30 GMT 4
    min read Harrowfield …"), a badge whose label opens it capitalised goes too
    (``_labelled``: "… desde julio Tiempo de lectura: 2 min Las personas …"), one
    that Medium's "Follow" button leads (``led``), and one run into the next block's
    capital ("… rise again 5 min readThe council …": a junction no sentence has)."""
    before = start
    while before > line.start and text[before - 1] in " \t":
        before -= 1
    glued = end < line.end and text[end].isupper() and \
        (text[end - 1].islower() or text[end - 1] == ".")
    left = led or glued or before <= line.start or text[before - 1].isdigit() or \
        text[before - 1] in "|·•-–—,.!?" or _is_upper_word(text, before) or \
        _labelled(text, start, end)
    after = end
    while after < line.end and text[after] in " \t":
        after += 1
    right = after >= line.end or text[after] in "|·•-–—" or text[after].isupper()
    return left and right


# A bar's counts over its share button (``_Doc.share_counts``): a bare number, "1.2K".
_BAR_COUNT = re.compile(r"\d{1,5}(?:[.,]\d)?K?")
_BAR_COUNTS = 3
# The separator after a badge, its spaces before it (``_Doc.badges``).
_BADGE_SEPARATOR = re.compile(r"[ \t]{0,3}[|·•–—-]")
# Reading-time labels that are German nouns: after a word, "die Lesezeit 3 Min." may be
# a sentence's; with a colon after them they are the badge's.
_NOUN_LABELS = frozenset({"lesezeit", "lesedauer"})


def _labelled(text: str, start: int, end: int) -> bool:
    """Whether a badge opens with its label capitalised ("Tiempo de lectura: 2 min",
    "Leestijd 2 minuten"), which no sentence writes so after a word; a German noun only
    with its colon ("Lesezeit: 3 Min.")."""
    if not text[start].isupper():
        return False
    label = text[start:end].split(":", 1)
    return len(label) > 1 or label[0].split()[0].casefold() not in _NOUN_LABELS


# Medium prints its "Follow" button between the author's name and the reading time
# ("Daniel Okoro" / "Follow" / "5 min read · Mar 4, 2024"), and a story of a publication
# the publication's name after it ("Follow" / "Published in The Civic Desk" / "6 min
# read"): they go with the badge.
_PUBLISHED_IN = re.compile(r"Published[ \t]in[ \t][^\n·•]{1,60}?[ \t·•]{0,4}")
_FOLLOW_BUTTON = re.compile(r"Follow[\s·]{0,8}(?:" + _PUBLISHED_IN.pattern + r"\s{0,8})?\Z")


def _follow_button(text: str, start: int) -> int | None:
    """Where Medium's "Follow" right before a badge starting at ``start`` starts (a
    line's or a word's start, or glued to a name's last letter), if one is there."""
    m = _FOLLOW_BUTTON.search(text, max(0, start - 96), start)
    if m is None or m.end() == m.start() + len("Follow"):
        return None  # (glued to the badge: no badge is found there)
    at = m.start()
    return at if at == 0 or text[at - 1].isspace() or text[at - 1] == "·" or \
        text[at - 1].islower() else None


# The longest line ``_token`` reads (with a "[+123 chars]" marker after its words).
_TOKEN_MAX = 30 + 20


def _token(body: str) -> str | None:
    """The word(s) of a menu-like line ("Search", "Libération Diamond"), else None."""
    if len(body) > _TOKEN_MAX:
        return None
    if body.endswith("chars]"):
        body = _CHARS_MARKER.sub("", body)
    if not body or len(body) > 30 or len(body.split()) > 2:
        return None
    if body[-1] in ".,;:!" and body != "?":
        return None
    return body


_SLUG = regex.compile(r"[a-z0-9]{1,20}+(?:-[a-z0-9]{1,20}+){1,5}+")


def _is_slug(word: str) -> bool:
    """A URL slug printed as a menu entry ("anciens-numeros", "election-2017")."""
    return _SLUG.fullmatch(word) is not None


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e, _ in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e, "")
            continue
        out.append((s, e, ""))
    return out


# --- the cleaners -------------------------------------------------------------------


# --- newsletter pitches -------------------------------------------------------------
#
# A site's pitch for its newsletter names the channel, speaks to the reader and often
# carries the site's own name, which no fixed phrase can hold: "Sign up for the
# Lakeshore Gazette Daily Briefing newsletter.", "Ontvang elke ochtend het belangrijkste
# nieuws in je mailbox.", "Unser Rosenheim-Newsletter informiert Sie … Melden Sie sich
# hier an." A [channel] word (newsletter, inbox, Nieuwsbrief) on a line of its own, short
# and of at most two sentences, makes the line a pitch when one of its sentences opens
# with a [signup] verb ("Sign up", "Recevez", "Melden Sie sich"), or when the line
# addresses the reader ("your inbox", "je mailbox", "informiert Sie") and ends as a
# sentence does. Left alone: a headline that speaks to the reader ("Why your inbox is
# full of newsletters": no full stop), a quoted or reported line (someone's words), an
# article's sentences about newsletters (they speak of them, not to the reader), and a
# pitch glued into a paragraph or flattened text (its line is not short).

_PITCH_LINE = 250  # characters of the whole line, spaces and all
_PITCH_SENTENCES = 2
_QUOTE_MARKS = frozenset("\"“”„«»")
_SENTENCE_END = (".", "!", ".)", "!)")


# A quoted name: after a word, a capitalised word and a few more, no sentence
# punctuation, and no comma after it ("den Newsletter „Pfalz am Morgen“ abonnieren", "la
# lettre « Savoie Matin » et"). Quoted words open a line or go on after a comma
# ("„Melden Sie sich an“, rief er"): they are speech.
_QUOTED_NAME = regex.compile(r"(?<=\w[ \u00a0])[„“«\"][ \u00a0]?+\p{Lu}[^„“”«»\"\n.,;:!?]{0,40}+"
                             r"[“”»\"](?![ \u00a0]*+[,;:.!?])")


def _quotes_words(body: str) -> bool:
    """Whether ``body`` quotes someone's words: a quote mark that is not part of a quoted
    name (``_QUOTED_NAME``), which a pitch may print."""
    return not _QUOTE_MARKS.isdisjoint(_QUOTED_NAME.sub("", body))


def _signup_pattern(verbs: Iterable[str]) -> re.Pattern[str]:
    """A [signup] verb at the start of a sentence (after a bullet or a quote), any case."""
    found = sorted({_key(w) for w in verbs}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                   for w in found) or "(?!)"
    return re.compile(rf"[\W_]{{0,3}}(?:{alt})(?!\w)", re.IGNORECASE)


# Romance words that are also a reader word of _READER_WORDS: French "du" (of the) is
# German "du" (you). In a text that holds a French article, "du" speaks to no one ("La
# newsletter du syndicat compte 15 000 abonnés.").
# Not "des": German has it too ("den Newsletter des Vereins, dann verpasst du nichts"
# speaks to the reader).
_FRENCH_ARTICLE = regex.compile(r"(?<!\w)(?:(?:[Ll]es?|[Ll]a|[Uu]ne?)(?!\w)|[Ll]['’](?=\w))")
# Spanish and French "nos" (us, our) is Portuguese "nos" (in the: "nos últimos anos"):
# in a text with a word only Portuguese writes, it speaks to no one, unless it is
# joined to its verb ("Siga-nos", "Apoie-nos": a pronoun).
_PORTUGUESE = regex.compile(r"(?<!\w)(?:[Tt]ambém|[Ee]stá|[Aa]pós|[Pp]el[oa]s?|[Aa]os?|[Nn]as"
                            r"|[Nn]uma?|[Uu]mas?|é|[Ee]m|[Ff]oi|[Ff]oram|[Aa]inda|[Dd][oa]s?"
                            r"|[^\W\d_ãõ]{0,20}+[ãõ]\w{0,20}+)(?!\w)")
_FALSE_FRIENDS = {"du": _FRENCH_ARTICLE, "nos": _PORTUGUESE}


def _reader_word(text: str, start: int, end: int) -> bool:
    """Whether a reader word (``_READER_WORDS``) stands in ``start``-``end``, not
    counting a false friend (``_FALSE_FRIENDS``) in a text of the language it is a
    false friend in."""
    other: dict[str, bool] = {}
    for m in _SECOND_PERSON.finditer(text, start, end):
        word = m.group().casefold()
        language = _FALSE_FRIENDS.get(word)
        if language is None or text[m.start() - 1:m.start()] == "-":
            return True
        if word not in other:
            other[word] = language.search(text, start, end) is not None
        if not other[word]:
            return True
    return False


def _addresses_reader(text: str, start: int, end: int) -> bool:
    if _reader_word(text, start, end):
        return True
    # German's polite "Sie", "Ihr": a capital inside the sentence, not its first word.
    return any(w in _PRONOUNS and w != "I" for w in text[start:end].split()[1:])


def _pitch_line(rules: _Rules, text: str, line: _Line, *, strict: bool = False) -> bool:
    """Whether ``line``, which holds a [channel] word, is a newsletter pitch. ``strict``:
    a line whose later sentence already went as a prompt; its every sentence must open
    with a [signup] verb or speak to the reader, as a sentence that only names the
    channel may be the article's ("Le journal a lancé une newsletter en mai.")."""
    s, e = line.start, line.end
    if line.lend - line.lstart > _PITCH_LINE or _quotes_words(text[s:e]) \
            or _reported(text, s, e):
        return False
    sents = sentences(text, s, e)
    # The box's teaser question before it ("Love food?") and its button after it
    # ("SUBSCRIBE", "Jetzt kostenlos abonnieren"): the pitch's, not counted; nor are
    # the perks it ends with ("It's free.").
    while len(sents) > 1 and _perk(text, *sents[-1]):
        sents = sents[:-1]
    teaser = len(sents) > 1 and _teaser(text, *sents[0])
    button = len(sents) > 1 and _button(rules, text, *sents[-1])
    core = sents[int(teaser):len(sents) - int(button)]
    if not core or len(core) > _PITCH_SENTENCES:
        return False
    signed = [_signed(rules, text, a, b) for a, b in core]
    spoken = [_addresses_reader(text, a, b) for a, b in core]
    # Every sentence is the pitch's: an article sentence glued to it keeps the line.
    if not all(sign or speak or (not strict and rules.channel.search(text, a, b) is not None)
               for (a, b), sign, speak in zip(core, signed, spoken, strict=True)):
        return False
    return any(signed) or (any(spoken) and (button or text[s:e].endswith(_SENTENCE_END))
                           and not _in_letter(text, line))


# A box's button: this long at most, spaces after it included (``_Doc._box_sentence``).
_BUTTON_CHARS = 40
# A box's tagline under its heading: a line this long at most (``_Doc.box_taglines``).
_TAGLINE = 200
# A teaser question before a pitch: a few words ("Love food?", "Keine Zeit?").
_TEASER_WORDS = 4
# A box's button after it: a [label] of a few words, with no stop ("SUBSCRIBE").
_BUTTON_LABEL_WORDS = 4


# What a sign-up box says after its pitch to reassure: "It's free.", "Free.", "C'est
# gratuit !", "Es ist kostenlos." — a short sentence about the price.
_PERK_WORDS = 5
_FREE = regex.compile(r"(?i)(?<!\w)(?:free|kostenlos|gratis|gratuit[eo]?|gratuita|grátis)(?!\w)")


def _perk(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is a sign-up box's perk: a short sentence, ended by
    a stop, that says the subscription is free and names nothing (no capital past its
    first word)."""
    body = text[start:end].strip()
    words = body.split()
    return bool(words) and len(words) <= _PERK_WORDS and body[-1] in ".!" and \
        _FREE.search(body) is not None and not any(w[:1].isupper() for w in words[1:])


def _teaser(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is a short question that opens a pitch box."""
    return text[start:end].rstrip().endswith(("?", "？")) and \
        len(text[start:end].split()) <= _TEASER_WORDS


def _button(rules: _Rules, text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is a box's button: a [label] of a few words ("SUBSCRIBE",
    "Je m'inscris", "Aanmelden") that ends with no sentence stop."""
    body = text[start:end].strip()
    return bool(body) and body[-1] not in ".!?" and \
        len(body.split()) <= _BUTTON_LABEL_WORDS and \
        "label" in rules.kinds.get(_key(body), ())


# A box's heading before its [signup] verb, and the mark that ends it ("Newsletter
# Périgord — Recevez chaque matin …", "Morning Brief: Sign up …"): a few words.
_PITCH_HEADING = re.compile(r"[^\W\d_][^.!?\n—–:|]{0,40}?[ \t]?[—–:|][ \t]{1,3}")
_HEADING_WORDS = 4


def _signed(rules: _Rules, text: str, start: int, end: int) -> bool:
    """Whether a sentence opens with a [signup] verb, perhaps after its box's heading
    (``_PITCH_HEADING``)."""
    if rules.signup.match(text, start, end) is not None:
        return True
    m = _PITCH_HEADING.match(text, start, end)
    return m is not None and len(text[start:m.end()].split()) <= _HEADING_WORDS + 1 and \
        rules.signup.match(text, m.end(), end) is not None


# A pitch glued into flattened text or a paragraph: its sentence opens with a [signup]
# verb right after a stop, and names the channel within this many characters.
_GLUED_PITCH_REACH = 80
_GLUED_PITCH_MAX = 200


# A name in commas right after a pitch's channel word: ", City Lines,".
_APPOSITIVE = re.compile(r",[ \t]\w[^,.!?;:\n]{0,40}+,")


def _glued_pitch(rules: _Rules, text: str, line: _Line, at: int, *,
                 last: bool = False) -> tuple[int, int] | None:
    """A newsletter pitch inside a long line around the [channel] word at ``at``: the
    sentence opens with a [signup] verb right after a stop ("… the B2110.Sign up to the
    Harbour Bulletin newsletter for free — every weekday Work is expected …") and ends
    at its stop or where the article starts again (``_restart``). Left alone: a pitch
    whose sentence is quoted, reported or talked about ("Sign up for the newsletter was
    the advice"), that runs long, or that has a capitalised word after the channel word
    other than after a joiner (where the article starts again cannot be told).
    ``last``: in a short line, only a pitch that runs to the line's end; the
    newsletter's name may follow the channel word in commas."""
    stop = max(text.rfind(ch, max(line.start, at - _GLUED_PITCH_REACH), at) for ch in ".!?")
    if stop < 1 or not text[stop - 1].isalnum():
        return None
    start = stop + 1
    while start < at and text[start] in " \t":
        start += 1
    if start - stop > 3 or not text[start:start + 1].isupper():
        return None
    heading = None  # the box's heading, when the channel word opens it
    # (A prompt that holds the channel word is found at its start: "Apúntate a nuestra
    # newsletter" opens the sentence, and its verb with it.)
    if rules.signup.match(text, start, at if at > start else line.end) is None:
        heading = _PITCH_HEADING.match(text, start, min(line.end, start + 60))
        if start != at or heading is None or not _signed(rules, text, start, line.end):
            return None
    after = at
    while after < line.end and text[after].isalnum():
        after += 1
    if heading is not None:
        after = heading.end()
    # Read no further than a pitch can run: a line of glued pitches with no stop to end
    # them would otherwise be read to its end once for each (quadratic).
    reach = min(line.end, start + 2 * _GLUED_PITCH_MAX)
    end_stop = _SENTENCE_STOP.search(text, after, reach)
    end = _restart(text, after, end_stop.start() + 1 if end_stop else reach)
    if end - start > _GLUED_PITCH_MAX or _reported(text, start, end) or \
            _mentioned(text, after, end) or not _QUOTES.isdisjoint(text[start:end]):
        return None
    if last:
        if not _SEPARATORS.fullmatch(text, end, line.end):
            return None
        # The newsletter's name set off by commas ("his newsletter, City Lines, for a
        # weekly dose …") is the pitch's; a capitalised word anywhere else may be
        # where the article starts again ("… newsletter The Chronicle says.").
        name = _APPOSITIVE.match(text, after, end)
        if name is not None:
            after = name.end()
    # (After a heading, its verb opens what is left.)
    words = _CLAUSE_WORDS.findall(text, after, end)[1 if heading else 0:]
    if _capital_inside(words):
        return None
    return _lead_in(rules, text, line, start), _button_after(rules, text, line, end)


# A newsletter's thanks for reading before its sign-up prompt (Substack's "Thanks for
# reading The Ledger!"), as its sentence opens.
_THANKS = regex.compile(
    r"[\W_]{0,3}(?i:(?:thanks|thank you) for reading|danke (?:fürs|für das) lesen"
    r"|merci (?:de|pour) (?:votre |la )?lecture|gracias por leer"
    r"|grazie per (?:aver letto|la lettura)|obrigad[oa] (?:por ler|pela leitura)"
    r"|bedankt voor het lezen)(?!\w)")
_THANKS_LINE = 120
# How far a sign-up box's sentence may run before or after its prompt.
_NEIGHBOUR_REACH = 200


_GLUED_WORD = regex.compile(r"\p{Lu}?\p{Ll}{1,30}+(?=\p{Lu}\p{Ll})")


def _glued_word(text: str, start: int) -> str:
    """The word at ``start`` that text joined with no space glued to a capitalised one
    ("NewsletterDas Wichtigste …": "Newsletter"), or "" if none is."""
    m = _GLUED_WORD.match(text, start)
    return "" if m is None else m.group()


def _sentence_before(text: str, line: _Line, start: int) -> tuple[int, int] | None:
    """The sentence that ends, with a stop, right before ``start`` (past spaces) in its
    line, within ``_NEIGHBOUR_REACH``; None if there is none."""
    pos = start
    while pos > line.start and text[pos - 1] in " \t":
        pos -= 1
    if pos <= line.start or text[pos - 1] not in ".!?":
        return None
    lo = max(line.start, pos - _NEIGHBOUR_REACH)
    stop = max(text.rfind(ch, lo, pos - 1) for ch in ".!?")
    if stop < 0 and lo > line.start:
        return None
    begin = line.start if stop < 0 else stop + 1
    while begin < pos and text[begin] in " \t":
        begin += 1
    return (begin, pos) if begin < pos - 1 else None


def _sentence_after(text: str, line: _Line, end: int) -> tuple[int, int] | None:
    """The sentence that starts right after ``end`` (past spaces) in its line and ends
    with a stop before a space, a capital or the line's end, within
    ``_NEIGHBOUR_REACH``; None if there is none."""
    begin = end
    while begin < line.end and text[begin] in " \t":
        begin += 1
    m = _APP_STOP.search(text, begin, min(line.end, begin + _NEIGHBOUR_REACH))
    if begin >= line.end or m is None:
        return None
    return begin, m.end()


def _capital_inside(words: Sequence[str]) -> bool:
    """Whether a capitalised word stands among ``words`` other than after a joiner."""
    return any(w[:1].isupper() and (k == 0 or words[k - 1].casefold() not in _JOINERS)
               for k, w in enumerate(words))


_LEAD_IN_MAX = 150


def _button_after(rules: _Rules, text: str, line: _Line, end: int) -> int:
    """Where a glued pitch ends: after its box's button too ("… recipes and offers.
    SUBSCRIBE About the author …"), a [label] of a few words in capitals (or a
    [button]) that a capitalised word or the line's end follows; else at ``end``."""
    pos = end
    while pos < line.end and text[pos] in " \t":
        pos += 1
    words = list(_BUTTON_WORD.finditer(text, pos, min(line.end, pos + 80)))[:_BUTTON_WORDS]
    for k in range(len(words), 0, -1):
        button = text[pos:words[k - 1].end()]
        key = _key(button)
        if (button.isupper() and "label" in rules.kinds.get(key, ())) or key in rules.buttons:
            after = words[k].start() if k < len(words) else words[k - 1].end()
            while after < line.end and text[after] in " \t":
                after += 1
            if after >= line.end or text[after].isupper():
                return words[k - 1].end()
    return end


_BUTTON_WORD = re.compile(r"[\w'’]{1,20}+")


def _lead_in(rules: _Rules, text: str, line: _Line, start: int) -> int:
    """Where a glued pitch starts, given where its sentence does: before the sentence
    right ahead of it too, when that one opens with a [signup] verb after a stop as
    well, and has no capitalised word past its first ("… Muñoz. Recibe cada mañana las
    noticias más importantes de la provincia. Apúntate a nuestra newsletter gratuita.":
    a pitch of two sentences), or when it is the box's short teaser question ("Love
    food? Get our weekly …", ``_teaser``). Left alone: one that is quoted, reported or
    long."""
    pos = start
    while pos > line.start and text[pos - 1] in " \t":
        pos -= 1
    if pos <= line.start or text[pos - 1] not in ".!?":
        return start
    stop = max(text.rfind(ch, max(line.start, pos - _LEAD_IN_MAX), pos - 1) for ch in ".!?")
    if text[pos - 1] == "?":
        # The box's teaser question ("… them.” Love food? Get our weekly …"), after a
        # sentence's end and its closing quote.
        begin = stop + 1
        while begin < pos and (text[begin] in _CLOSERS or text[begin] in " \t"):
            begin += 1
        ok = stop > 0 and text[stop - 1].isalnum() and begin > stop + 1 and \
            text[begin - 1] in " \t" and _teaser(text, begin, pos)
        return begin if ok else start
    if stop < 1 or not text[stop - 1].isalnum():
        return start
    begin = stop + 1
    while begin < pos and text[begin] in " \t":
        begin += 1
    if begin - stop > 3 or not text[begin:begin + 1].isupper() or \
            rules.signup.match(text, begin, pos) is None or _reported(text, begin, pos) or \
            not _QUOTES.isdisjoint(text[begin:pos]) or \
            _capital_inside(_CLAUSE_WORDS.findall(text, begin, pos)[1:]):
        return start
    return begin


# A letter to the reader: an editor explaining the paper's newsletter writes every
# paragraph to the reader ("Met een nieuwsbrief hebben we een directe lijn met jou …"
# between "We willen graag uitleggen …" and "We verkopen je e-mailadres niet …"). A
# pitch stands among the article's third-person paragraphs, or among its box's short
# lines; a neighbouring paragraph of three sentences or more that speaks to the reader
# makes the line the letter's.
_LETTER_SENTENCES = 3


def _in_letter(text: str, line: _Line) -> bool:
    """Whether the nearest paragraph before or after ``line`` is a letter's (above)."""
    before = line.lstart  # the end of the text before the line, spaces left out
    while before and text[before - 1].isspace():
        before -= 1
    after_at = line.lend
    while after_at < len(text) and text[after_at].isspace():
        after_at += 1
    after_end = text.find("\n", after_at)
    neighbours = [(text.rfind("\n", 0, before) + 1, before),
                  (after_at, len(text) if after_end == -1 else after_end)]
    return any(e - s > 0 and len(sentences(text, s, e)) >= _LETTER_SENTENCES
               and _addresses_reader(text, s, e) for s, e in neighbours)


_BOX_HEADING_WORDS = 6
# How many lines a box's head, tagline and button may spread over (blank lines between).
_BOX_SPREAD = 8
# The channel a newsletter box's tagline names when it says what the letter is ("Our
# free daily email …", "Notre courriel du soir …"); the [channel] words aside.
_EMAIL_WORD = regex.compile(r"(?i)(?<!\w)(?:e-?mails?|courriel|correo)(?!\w)")
# What it says the letter brings, and how often ("… with the stories that matter to
# you", "every morning"): a sentence that asks the reader to e-mail someone says neither.
_LETTER_WORDS = regex.compile(
    r"(?i)(?<!\w)(?:stories|daily|weekly|morning|evening|digest|briefing|roundup|"
    r"täglich|wöchentlich|quotidienne?|hebdomadaire|chaque|dagelijks|wekelijks|diari[oa]|"
    r"semanal|quotidian[oa]|settimanale)(?!\w)")


def _box_heading(text: str, line: _Line, *, quoted_name: bool = False) -> bool:
    """A newsletter box's heading: at most six words, capitalised, without a sentence's
    punctuation (it holds a [channel] word: the caller knows). ``quoted_name``: the
    heading opens with the channel word, and the name after it may stand in quotation
    marks ("Newsletter « Lille Soir »"); no one's words are quoted so."""
    body = text[line.start:line.end]
    marks = ".,;!?" if quoted_name else ".,;!?\"“”«»„"
    words = [w for w in body.split() if any(ch.isalnum() for ch in w)]  # not "«", "»"
    return len(words) <= _BOX_HEADING_WORDS and body[:1].isupper() and \
        not any(ch in marks for ch in body)


@dataclass(frozen=True)
class _Wording:
    """What a promo cleaner is built from: the packaged packs plus a user's additions.

    A small, hashable, picklable value; the patterns are compiled from it on first use
    (and once per process), so ``import cleantext`` does not pay for compiling ~800
    phrases (~0.1 s) and a pipeline pickles to worker processes cheaply.
    """

    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()


@functools.lru_cache(maxsize=16)
def _rules(wording: _Wording) -> _Rules:
    sections = _packaged_sections()
    for name, phrases in wording.extra:
        sections[name] = [*sections[name], *phrases]
    return _compile(sections)


# Removing a unit can bring another to a line's start or leave a line of labels
# ("Like Loading…Volg ons via": the label goes between sentences, then the follow prompt
# opens its line). A second call of the cleaner would take it: the finder looks again
# at what it leaves, so that glued units all go in one call (the cleaner is idempotent).
# Each round removes text; more than a few rounds means hostile input, and they stop.
_ROUNDS = 8


def _find_with(wording: _Wording, text: str) -> list[Span]:
    rules = _rules(wording)
    spans = _find(rules, text)
    for _ in range(_ROUNDS):
        if not spans:
            break
        out = apply_spans(text, spans)
        more = _find(rules, out) if _gate(rules, out) else []
        if not more:
            break
        spans = _merge([*spans, *_in_original(spans, more)])
    return _joined(text, spans)


# Between two units: separators a share bar or a label leaves ("Artikel teilen: Facebook
# WhatsApp", the label and the run found apart). No stop: a full stop may end a sentence.
_UNIT_GAP = re.compile(r"[ \t:|·•,–—-]*+")


def _joined(text: str, spans: list[Span]) -> list[Span]:
    """The units as removed: two with only separators between them make one (the
    separators were theirs), and a unit glued between a sentence's stop and the next
    word ("… stable.Follow us on X Work starts …", flattened text that joined paragraphs
    with no space) leaves one space, not "stable.Work". Two units joined across the
    space between them, each having taken its other side's ("… à 08h15 Temps de lecture
    : 2 min Partager Facebook Des plongeurs …": the badge the space before it, the share
    bar the one after it), leave that space, not "08h15Des"."""
    out: list[Span] = []
    for s, e, new in spans:
        if out and not new and out[-1][2] in ("", " ") and \
                _UNIT_GAP.match(text, out[-1][1], s).end() == s:  # type: ignore[union-attr]
            start, gap = out[-1][0], out[-1][1] < s and not text[out[-1][1]:s].strip(" \t")
            glued = (gap or out[-1][2] == " ") and start > 0 and e < len(text) and \
                not text[start - 1].isspace() and not text[e].isspace()
            out[-1] = (start, e, " " if glued else "")
        else:
            out.append((s, e, new))
    return keep_apart(text, out)


def _in_original(removed: Sequence[Span], spans: Sequence[Span]) -> list[Span]:
    """``spans`` of the text left once ``removed`` (deletions) are gone, as offsets of the
    original text (a span over a place where text was removed covers that text too)."""
    kept: list[tuple[int, int]] = []  # (offset in the output, offset in the original)
    pos = out = 0
    for start, end, _ in removed:
        kept.append((out, pos))
        out += start - pos
        pos = end
    kept.append((out, pos))
    outs = [k[0] for k in kept]

    def original(at: int) -> int:
        i = bisect.bisect_right(outs, at) - 1
        return kept[i][1] + at - kept[i][0]

    return [(original(s), original(e - 1) + 1, "") for s, e, _ in spans if e > s]


@dataclass(frozen=True)
class _Trigger:
    """SpanCleaner's trigger: ``_gate`` with the cleaner's rules, compiled on first use
    (a pickle carries only the wording)."""

    wording: _Wording

    def search(self, text: str, /) -> bool | None:
        return _gate(_rules(self.wording), text)


def _warm_up(wording: _Wording) -> None:
    """Compile now what texts would make promo compile (``Pipeline.prepare``): the rules,
    every lead's gate and seek scans, and the scans built from the rules. The copy of
    the scan for texts whose lower-casing changes their length ("İ") stays lazy."""
    rules = _rules(wording)
    anchors = rules.anchors
    for _, source, plain in anchors.gate:
        _compiled(source)
        if plain is not None:
            _compiled(plain)
    for _, seek, _ in anchors.seek:
        _compiled(seek)
    _crumb_scans(anchors.table)
    _glued_label_scan(rules.inline_as_written)
    _start_label_scan(rules)
    _names_after(rules.social)
    _piece_scan(rules)


def _cleaner(wording: _Wording) -> SpanCleaner:
    return SpanCleaner("promo", functools.partial(_find_with, wording), _Trigger(wording),
                       warm_up=functools.partial(_warm_up, wording))


def promo_with(prompts: Iterable[str] = (), *, labels: Iterable[str] = (),
               inline: Iterable[str] = (), packs: Iterable[str | Path] = ()) -> SpanCleaner:
    """The promo cleaner with a user's own wording added to the packaged packs.

    ``prompts`` start a widget line or sentence ("Try the Bugle crossword");
    ``labels`` are lines of nothing else; ``inline`` labels also go between sentences;
    ``packs`` are files in the promo pack format. The result is named ``promo``, so it
    replaces the default one in a pipeline. The packaged wording still applies, and
    the module's :data:`promo` is left unchanged.

    >>> from cleantext import DEFAULT
    >>> house = promo_with(["Try the Bugle crossword"], labels=["Bugle Extra"])
    >>> text = "Rain.\\n\\nBugle Extra\\n\\nTry the Bugle crossword today!"
    >>> DEFAULT(text), DEFAULT.replace(house)(text)
    ('Rain.\\n\\nBugle Extra\\n\\nTry the Bugle crossword today!', 'Rain.')
    """
    extra: list[tuple[str, tuple[str, ...]]] = [
        ("prompt", tuple(prompts)), ("label", tuple(labels)), ("inline", tuple(inline))]
    for pack in packs:
        for name, phrases in parse_sections(Path(pack).read_text(encoding="utf-8")).items():
            extra.append((name, tuple(phrases)))
    return _cleaner(_Wording(tuple((n, p) for n, p in extra if p)))


#: The promo cleaner with the packaged phrase packs.
promo = _cleaner(_Wording())
