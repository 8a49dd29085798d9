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
  Facebook's ad spending …" and reported lines stay), also as the sentence glued after
  a paragraph's last one in flattened text (``_follow_tails``); a widget between two markers
  ([until]: the Guardian's "skip past newsletter promotion" … "after newsletter
  promotion" box) with all it holds;
- comment widgets: "Leave a Reply", "0 Comments", "Loading comments…", a commenting
  policy addressed to readers, "Your email address will not be published"; a comment
  count ("Kommentare (325)", "328 Comments") also between a sentence end and a
  capitalised word ("The 325 comments posted on the site" stays);
- skip links ("Skip to main content", "Zum Inhalt springen"), also before the headline
  or between sentences of flattened text;
- an article's toolbar, its font-size buttons among its print, dark-mode and share
  buttons parted by runs of spaces ("Print  A-  A+  Dark mode", "Schriftgröße  A  A  A
  Drucken  Teilen"), as a line or flattened before the headline (``_toolbars``; in a
  text with other units); an ad break of three words or more glued by markup inside a
  sentence between two small letters ("… wordt erLees verder na de advertentiebijna
  nooit …": ``_glued_inside``, in a text with other units too), leaving one space;
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
  Jornal"); a time stamp relative to now on a line of its own ("Updated 3 min ago",
  "Actualizado hace 5 minutos", "Aktualisiert vor 3 Minuten"; in a sentence, or with
  an absolute date, it stays), Google's button "Add <site> as a preferred source on
  Google", a poll box from its heading to its vote button ("POLL" / its question and
  options, short lines with no full stop / "Vote  View results"), a reaction bar ("👍 34
  ❤️ 12  😮 3": three reactions or more), an event's or a job's promo line, its label
  in capitals first and its button last ("EVENT: … Free entry. Find out more"; one
  that reports a figure or a speech stays), a live blog's key-events list under its
  heading, two lines or more of a relative time and a headline ("2h ago Ferries
  cancelled": ``_furniture``); a
  newsletter pitch glued into flattened text ("… the B2110.Sign up to the Harbour
  Bulletin newsletter for free Work is expected …": a [signup] verb after a stop, a
  [channel] word soon after); a page footer's bar that opens with the site's
  copyright ("© Kreisbote 2024 | Impressum | Datenschutz"); a tag list glued after the
  last sentence ("… he said. Tags: Harbour, ferries, council");
- boxes whose lines no phrase holds, between two that were removed: a sponsored-links
  box's clickbait titles between its heading and its credit line ("Sponsored Stories"
  … "Promoted Links by Outclick", one block); a sign-up box's heading and tagline above
  its removed e-mail field ("Sign up to The Morning Brief" / "The day's top stories …"
  / "Enter your email"); a republish box's licence line right under its removed
  heading, a line of nothing but the licence's sentence in full ("Republish this story"
  / "This work is licensed under a Creative Commons Attribution 4.0 International
  License."; ``licences``); a player's or reading-time widget's "3 min" under its label;
  a bio's closing newsletter pitch ("… covers transport. Subscribe to his newsletter,
  City Lines, for a weekly dose of urbanism →"), when it runs to the line's end;
- navigation debris: a long run of one-word menu lines ("Search / Direct / User / Zoom"),
  or one line of 3+ capitalised menu items between "|", "•" or " / " with a [menu] word
  ("Home | News | Sport"), also glued between a sentence end and a capitalised word in
  flattened text; table rows, figures, "Berlin | 12.03.2024" and bylines stay. A menu
  whose items only runs of spaces part ("News  Sport  Business  Jobs", two [menu] words
  at least) next to a line of page furniture that went; a trail after a [here] cue
  ("You are here: Home / Lifestyle / Food"); a menu flattened onto its line's start,
  five [menu] names or more parted by one space or glued ("Portada Local Deportes
  Cultura Opinión El Atlético …": up to the headline, whose first word stays also when
  it names a section; ``_flat_menus``); a header that opens the text with its menu
  button's word and two names more ("Menu Search Sign in Subscribe …");
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
  vendor's credit ("Powered by …"), a "new" badge and its button with its length
  ("Listen · 5 min"), line by line; a "Video" heading right over its time display
  ("0:00 / 1:42"). A live blog's entry time over its headline ("Share" / "14:05" /
  "Bridge closed") is no player's: it stays. Left alone:
  an autoplay switch, "Up next: …" and a bare "Powered by" (a live blog's next item,
  a subhead, a line broken after "by");
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
sentence's full stop (perhaps a space after it) and the next word ("…
the runway.ADVERTISEMENTDeveloper …", "… år. Dela artikelnFacebookX …",
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
capitalised word ("runway. ADVERTISEMENT Developer Greyling …"), or a [bare] one
("erhöht. Anzeige Bürgermeisterin Lenz …"); a trail goes when its last section is a
section's name in a language that writes a headline's other nouns in lower case ("Home
» Cronaca » Provincia Ritrovato …") or a German district's word and name, and stays
when its last word may open the headline ("Home › News › Environment Agency warns …");
a trail that opens the text down to a regional section and its place, in a language
whose headlines are no title case, goes with the place's one word when the headline
opens with a capitalised article before a small word ("Accueil > Régions >
Liège-Verviers Le marché …"; "Home › Regio › Oost Gelre krijgt …" stays).

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
Twitter"; a share label of its own before the [via] word: "Del artiklen på Facebook",
also glued to the next sentence) go between a sentence, a headline or nothing and a
capitalised word, or the end.
An [inline] label goes with its own full stop, and with its colon before a capital
("Folgen Sie uns auf X: Die Fähre …"); a newsletter label with its colon that opens a
short line takes the box's tagline after it ("Newsletter abonnieren: Jeden Freitag die
besten Tipps …"), and a prompt run on past a colon ends at the colon's capitalised word
(German capitalises the noun after "Neue", which is no new sentence).
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
An audio player's whole label (a [label] that is also a [lead], of three words or more
and [inline]) goes where flattened text left it after the headline or the byline, with
its duration ("… op het dak Luister naar dit artikel · 3 min Basisschool …"); a newsletter
label's colon takes the tagline that ends flattened text when it speaks to the reader
("… Newsletter abonnieren: Die wichtigsten Nachrichten … in Ihrem Postfach."); a
video teaser's title goes alone between sentences when its length is in brackets
("Watch: Lifeboat launched at dawn (1:42)": a bare "19:30" may be a time of day); a
follow prompt names a news app in two words ("on Google News"; "on Google" is a
search); and capitalised words before "newsletter" are the
newsletter's name, not the article starting again ("Sign up to our Harbour Weekly
newsletter for …").

Deliberately left alone: article sentences about advertising, newsletters, sharing or
comments ("Advertisement revenue fell 4%.", "The company said it would share the data
with regulators."), a label's words with a possessive ("Advertisement's share of the
income fell"), "Related:" link lines, author bios and photo captions (ambiguous:
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
Advice that names the reader's inbox offers no letter ("Experts recommend turning on
two-step verification for your inbox.", a condition: "… if you get a message in your
inbox, do not open it."): it stays (``_pitches._offers``).
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
``[app]``, ``[download]``, ``[button]``, ``[here]``, ``[noun]``, ``[bare]``;
``promo.en.txt`` says what each means). All phrases are compiled, on first use, into one
trie-shaped pattern run by Python's ``re`` over the lower-cased text (``scan``): it
finds every cue. That trie runs at ~10-30 MB/s, so it runs only where a cue can be: each
phrase has an *anchor*, a piece of it found by a few literal-led scans of the text's
UTF-8 bytes, and the trie is tried only at the word starts just before an anchor (the
same matches as a full run; see "the anchored scan" in ``_anchors``). A gate on the same bytes
turns away, before anything is lower-cased, a document in which no anchor stands where a
unit can start (most of a corpus).
:func:`promo_with` builds a cleaner with a user's own phrases or packs.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cleantext._core import Span, SpanCleaner, apply_spans, keep_apart
from cleantext._lazy import lazy
from cleantext._lazy import warm_up as lazy_warm_up
from cleantext.cleaners.promo import _packs
from cleantext.cleaners.promo._anchors import _compiled
from cleantext.cleaners.promo._compile_rules import _compile
from cleantext.cleaners.promo._finder import _find
from cleantext.cleaners.promo._gating import (
    _crumb_scans,
    _furniture_probe,
    _furniture_scans,
    _gate,
)
from cleantext.cleaners.promo._glued_bars import _piece_scan
from cleantext.cleaners.promo._glued_labels import (
    _glued_inside_scan,
    _glued_label_scan,
    _start_label_scan,
)
from cleantext.cleaners.promo._lines import _merge
from cleantext.cleaners.promo._packs import _packaged_sections, parse_sections
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._shares import _names_after, _names_glued

__all__ = ["SECTIONS", "parse_sections", "promo", "promo_with"]

#: The sections of a promo pack; phrases before any section header are prompts.
SECTIONS = _packs.SECTIONS


# --- the cleaners -------------------------------------------------------------------


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
_UNIT_GAP = lazy(r"[ \t:|·•,–—-]*+")


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
    _furniture_scans(anchors.table)
    _furniture_probe(anchors.table)
    lazy_warm_up(__name__)
    _glued_label_scan(rules.inline_as_written)
    _glued_inside_scan(rules.inline_as_written)
    _start_label_scan(rules)
    _names_after(rules.social)
    _names_glued(rules.social)
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
