"""Page furniture on lines of their own that no phrase pack can hold, since a number,
the site's name or a question sits inside it: a page's or a live blog's time stamp relative to now
("Updated 3 min ago", "Actualizado hace 5 minutos", "Bijgewerkt 10 minuten geleden",
"Aktualisiert vor 3 Minuten", "Mis à jour il y a 2 heures", "Aggiornato 5 minuti fa"),
Google's button that asks the reader to add the site as a preferred source ("Add the
Gazette as a preferred source on Google"), a poll box ("POLL" / "Should the pier
reopen?" / "Yes" / "No" / "Vote  View results"), a reaction bar ("👍 34  ❤️ 12  😮 3"),
an event's or a job's promo line, its label in capitals ("EVENT: … Free entry. Find out
more"), a live blog's key-events list under its heading ("Key events" / "2h ago Ferries
cancelled" / "3h ago Red warning issued").

Left alone: the same words inside a sentence ("Updated two hours ago, the figures
show …", "The page was updated 3 min ago."), a line with anything else on it, a
stamp with an absolute date ("Updated 28 November 2026 14:05": the article's date,
which the article may keep), a sentence that mentions preferred sources, and a
poll's lines with no vote button under them, with no question among them, or with a
line that ends as a sentence does (an article's survey: "Poll" / "Most residents said
yes."), a poll's results ("Yes: 62%", "Labour 41%": an article's figures), a match's
tally ("⚽ 2  🟨 3"), counts under a line that ends with a colon ("Votes:" / "👍 120 👎
30 🤔 15"), a time stamp between a line with no stop and one in small letters (a
hard-wrapped sentence), relative times in days ("10 days ago Israel and Hamas agree
…": a timeline) or under no key-events heading, an event's or a job's line under a
label in sentence case or that reports ("Tickets: £5 adults, children free. Book now",
"JOBS: Jobless rate at 4.1%, the ONS said. Find out more").
"""

from __future__ import annotations

import re

from cleantext._core import Span
from cleantext._lazy import lazy

# What a CMS prints before a relative time, in each language's own order ("<verb>
# <number> <unit> ago", "<verb> hace <number> <unit>", "<verb> vor <number> <unit>", "<verb> il
# y a <number> <unit>", "<verb> <number> <unit> fa/geleden"), a line of nothing else.
# The number is digits or the word for "a"/"one"; each part bounded, no nested
# repetition (linear on any line).
_N = r"(?:\d{1,3}|an?|one|un|una|uma|um|einer|einem|een|une)"
_EN = (r"(?:last[ \t]updated|updated|published|posted|edited)[ \t]{0,2}:?[ \t]{1,3}" + _N
       + r"[ \t]{0,2}(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|"
       r"weeks?)\.?[ \t]{1,3}ago")
_ES_PT = (r"(?:actualizad[oa]|publicad[oa]|atualizad[oa])[ \t]{0,2}:?[ \t]{1,3}"
          r"(?:hace|há|ha)[ \t]{1,3}" + _N + r"[ \t]{0,2}(?:s|seg|segundos?|min|minutos?|"
          r"h|horas?|d|días?|dias?)\.?")
_DE = (r"(?:zuletzt[ \t])?(?:aktualisiert|veröffentlicht)[ \t]{0,2}:?[ \t]{1,3}vor[ \t]{1,3}"
       + _N + r"[ \t]{0,2}(?:sek\.?|sekunden?|min\.?|minuten?|std\.?|stunden?|tag(?:en)?)")
_FR = (r"(?:mis[e]?[ \t]à[ \t]jour|publié(?:e)?|actualisé(?:e)?)[ \t]{0,2}:?[ \t]{1,3}il[ \t]y"
       r"[ \t]a[ \t]{1,3}" + _N + r"[ \t]{0,2}(?:s|secondes?|min|minutes?|h|heures?|j|jours?)")
_IT_NL = (r"(?:aggiornat[oa]|pubblicat[oa]|bijgewerkt|gepubliceerd|geüpdatet|geupdatet)"
          r"[ \t]{0,2}:?[ \t]{1,3}" + _N + r"[ \t]{0,2}(?:s|sec|secondi|seconden|min|minut[oi]|"
          r"minuut|minuten|or[ae]|uur|giorn[oi]|dag(?:en)?)\.?[ \t]{1,3}(?:fa|geleden)")
# A bullet or a clock before it; the line's end after it. Led by the line break (a
# scan that ``re`` skips through in C), the text's first line matched on its own.
_BULLETS = "•·|–—⏱🕒"
_TIME_STAMP = (r"[ \t]{0,3}(?:[" + _BULLETS + r"][ \t]{0,3})?(?:"
               + "|".join((_EN, _ES_PT, _DE, _FR, _IT_NL)) + r")")
_TIME_BODY = _TIME_STAMP + r"[ \t]*(?=\r?\n|\Z)"
_TIME_FIRST = lazy(r"(?i)" + _TIME_BODY)
_TIME_LINE = lazy(r"(?i)\n(" + _TIME_BODY + r")")
# Flattened text keeps the page's stamp at its start, before the headline, after a
# space or glued to it ("Updated 3 min ago Striking bus drivers …", "… agoStriking"):
# the stamp's last word ends it, and a capital opens the headline.
_CAPITAL = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])"
_TIME_OPENING = lazy(r"(?i)" + _TIME_STAMP + r"(?:[ \t]{1,3}(?=" + _CAPITAL + r")|(?="
                           + _CAPITAL + r"))")

# The verbs that open such a line, for the gate's line-break scan (``_crumb_scans``):
# each followed by what comes after the verb ("hace", "vor", "il y a", a digit, "a"),
# so that a line that opens "Published by Penguin" does not let a text through.
TIME_VERBS = ("last updated", "updated", "published", "posted", "edited",
              "actualizado", "actualizada", "publicado", "publicada", "atualizado",
              "atualizada", "zuletzt aktualisiert", "aktualisiert", "veröffentlicht",
              "mis à jour", "mise à jour", "publié", "publiée", "actualisé", "actualisée",
              "aggiornato", "aggiornata", "pubblicato", "pubblicata", "bijgewerkt",
              "gepubliceerd", "geüpdatet", "geupdatet")
TIME_NEXT = ("hace", "há", "ha", "vor", "il y a", "an", "a", "one", "un", "una", "uma",
             "um", "einer", "einem", "een", "une")


def _time_lines(text: str) -> list[Span]:
    """Lines of nothing but a relative time stamp (``_TIME_LINE``), with the line break
    after each; at the text's start, also a stamp before the headline (``_TIME_OPENING``).

    >>> _time_lines("Updated 3 min ago\\n\\nBus strike goes on")
    [(0, 18, '')]
    >>> _time_lines("Updated 3 min ago, the figures show a rise.")
    []
    >>> _time_lines("Actualizado hace 5 minutosEl puerto amplía su muelle")
    [(0, 26, '')]
    >>> _time_lines("He wrote:\\nPosted 2 hours ago\\nand it went viral.")
    []
    """
    first = _TIME_FIRST.match(text) or _TIME_OPENING.match(text)
    found = [(0, first.end())] if first else []
    found += [m.span(1) for m in _TIME_LINE.finditer(text) if not _wrapped(text, *m.span(1))]
    return [(s, e + 1 if text.startswith("\n", e) else e, "") for s, e in found]


def _wrapped(text: str, start: int, end: int) -> bool:
    """Whether the line ``start``-``end`` sits inside a hard-wrapped sentence: the line
    before it ends with no stop and the line after it opens in small letters ("He
    wrote:" / "Posted 2 hours ago" / "and it went viral."). Both read a bounded
    stretch."""
    before = text[max(0, start - 80):start].rstrip()
    after = text[end:end + 80].lstrip()
    return bool(before) and not before.endswith((".", "!", "?", "\"", "”", "»")) and \
        after[:1].islower()


def time_opening(table: bytes) -> bytes:
    """A line's opening as a time stamp's, in the gate's bytes (``table``: ASCII lower-
    cased, digits one byte): a verb of ``TIME_VERBS``, then a digit or a word of
    ``TIME_NEXT`` (a superset of ``_TIME_BODY``'s openings)."""
    def alt(words: tuple[str, ...]) -> bytes:
        spelled = {f(w).encode().translate(table) for w in words for f in (str, str.title)}
        return b"|".join(re.escape(w) for w in sorted(spelled, key=lambda w: (-len(w), w)))
    bullets = b"|".join(re.escape(ch.encode().translate(table)) for ch in _BULLETS)
    digit = re.escape(b"0".translate(table))
    return (rb"[ \t]{0,3}(?:(?:" + bullets + rb")[ \t]{0,3})?(?:" + alt(TIME_VERBS)
            + rb")[ \t]{0,2}:?[ \t]{1,3}(?:" + digit + rb"|(?:" + alt(TIME_NEXT) + rb")[ \t])")


# Google's button for a site in its "preferred sources" (Google's own wording: "Add
# <site> as a preferred source on Google"), a line of its own, perhaps after the star
# the button shows; the site's name at most six words, each capitalised or a "the".
_PREFERRED = lazy(
    r"(?m)^[ \t]{0,3}(?:[⭐★☆•+][ \t]{0,3})?(?:Add|ADD)[ \t]{1,3}"
    r"(?P<name>(?:\w[\w'’&.-]{0,30}[ \t]{1,3}){1,6}?)as[ \t]{1,3}(?:a|your)[ \t]{1,3}"
    r"preferred[ \t]{1,3}source(?:[ \t]{1,3}on[ \t]{1,3}Google)?[ \t]*\.?[ \t]*$")


def preferred_opening(table: bytes) -> bytes:
    """A line's opening as the preferred-source button's, in the gate's bytes: its
    star or bullet, then "add" and a space (a superset of ``_PREFERRED``'s)."""
    marks = b"|".join(re.escape(ch.encode().translate(table)) for ch in "⭐★☆•+")
    return rb"[ \t]{0,3}(?:(?:" + marks + rb")[ \t]{0,3})?add[ \t]"


def _preferred_sources(text: str) -> list[Span]:
    """Lines of Google's preferred-source button (``_PREFERRED``); looked for only in a
    text that has the words at all (one substring search first).

    >>> _preferred_sources("Rain.\\n⭐ Add The Gazette as a preferred source on Google")
    [(6, 55, '')]
    >>> _preferred_sources("Add the Gazette as a preferred source, the guide says, and more.")
    []
    """
    if "preferred source" not in text:
        return []
    return [(m.start(), m.end() + 1 if text.startswith("\n", m.end()) else m.end(), "")
            for m in _PREFERRED.finditer(text)
            if all(w[:1].isupper() or w == "the" for w in m.group("name").split())]


# A poll widget: its heading, a line of nothing else ("POLL", "Umfrage", "Sondage"),
# then its question and its options, short lines none of which ends with a full stop
# (one at least a question), then its button ("Vote", with "View results" beside it or
# on the next line), perhaps the vendor's credit. Led by the line break (a scan that
# ``re`` skips through in C; "(?:^|\n)" would try every character), the text's first
# line matched on its own.
_POLL_WORDS = ("Poll", "Umfrage", "Sondage", "Encuesta", "Peiling", "Sondaggio", "Enquete",
               "Sondagem")
_POLL_HEAD_BODY = (r"[ \t]{0,3}(?:" + "|".join(w for p in _POLL_WORDS for w in (p, p.upper()))
                   + r")[ \t]*:?[ \t]*(?=\r?\n)")
_POLL_HEAD_FIRST = lazy(_POLL_HEAD_BODY)
_POLL_HEAD = lazy(r"\n" + _POLL_HEAD_BODY)


def poll_heading(table: bytes) -> bytes:
    """A poll's heading line (``_POLL_HEAD``) after its line break, in the gate's bytes
    (``table``: ASCII lower-cased)."""
    words = b"|".join(re.escape(w.lower().encode().translate(table)) for w in _POLL_WORDS)
    return rb"[ \t]{0,3}(?:" + words + rb")[ \t]*:?[ \t]*\r?\n"


_RESULTS = (r"(?:View|See|Show)[ \t]results|Ergebnisse[ \t](?:ansehen|anzeigen)|Voir[ \t]les"
            r"[ \t]résultats|Ver[ \t]resultados|Bekijk[ \t](?:de[ \t])?resultaten|Vedi[ \t]"
            r"(?:i[ \t])?risultati|Resultados")
_POLL_BUTTON = lazy(
    r"(?i)[ \t]{0,3}(?:vote|abstimmen|voter|votar|stemmen|stem|vota|votem?)"
    r"(?P<results>[ \t]{1,6}(?:" + _RESULTS + r"))?[ \t]*")
_POLL_AFTER = lazy(r"(?i)[ \t]{0,3}(?:" + _RESULTS + r"|polls?[ \t]powered[ \t]by"
                         r"(?:[ \t][^\n]{0,40})?)[ \t]*")
# The box's lines between its heading and its button: its question and up to ten
# options, each short (blank lines between them count too, up to twice as many).
_POLL_LINES = 12
_POLL_LINE = 100
# A poll's result on an option's line: a percentage, or a count at its end ("Yes: 62%",
# "Labour 41 %", "Dem 48"); an option may name a number ("Route 4 to the hospital").
_FIGURE = lazy(r"\d[ \t]?%|\d$")


def _polls(text: str) -> list[Span]:
    """Poll widgets (``_POLL_HEAD`` … ``_POLL_BUTTON``), heading to button (and the
    results link or the vendor's credit after it).

    >>> text = "Rain.\\nPOLL\\nShould the pier reopen?\\nYes\\nNo\\nVote  View results\\nMore."
    >>> [text[s:e] for s, e, _ in _polls(text)]
    ['\\nPOLL\\nShould the pier reopen?\\nYes\\nNo\\nVote  View results']
    >>> _polls("Rain.\\nPoll\\nThe council's poll asked residents.\\nVote\\nMore.")
    []
    """
    spans: list[Span] = []
    first = _POLL_HEAD_FIRST.match(text)
    for head in ([first] if first else []) + list(_POLL_HEAD.finditer(text)):
        end = _poll_end(text, head.end())
        if end is not None:
            spans.append((head.start(), end, ""))
    return spans


def _poll_end(text: str, pos: int) -> int | None:
    """Where a poll box whose heading ends at ``pos`` ends: after its button line (and
    the results and credit lines under it), if its lines between are a question and its
    options (``_polls``). An option with a figure ("Yes: 62%", "Labour 41%") is a
    result an article reports; a bare button with a line of text right under it, no
    results link or credit between, is the article's word ("Vote" / "According to the
    instant poll, …"): the box ends at its button."""
    lines = seen = 0
    asked = False
    while lines <= _POLL_LINES and seen <= 2 * _POLL_LINES:
        seen += 1
        start = pos + 1
        nl = text.find("\n", start)
        end = len(text) if nl == -1 else nl
        line = text[start:end].strip()
        button = _POLL_BUTTON.fullmatch(text, start, end) if line else None
        if button is not None:
            if not asked or lines < 2:
                return None
            linked = button.group("results") is not None
            for _ in range(2):  # its results link, its vendor's credit
                after = text.find("\n", end + 1)
                after = len(text) if after == -1 else after
                if end == len(text) or _POLL_AFTER.fullmatch(text, end + 1, after) is None:
                    break
                end, linked = after, True
            below = text.find("\n", end + 1)
            if not linked and text[end + 1:len(text) if below == -1 else below].strip():
                return None
            return end
        if line:
            if len(line) > _POLL_LINE or line.endswith((".", "!", ":", ";")) or \
                    (not line.endswith("?") and _FIGURE.search(line) is not None):
                return None
            asked = asked or line.endswith("?")
            lines += 1
        if nl == -1:
            return None
        pos = end
    return None


# A reaction bar: three or more reactions, each with its count ("👍 34   ❤️ 12   😮 3"),
# a line of nothing else. Reactions are faces, hands, hearts, fire, "100" and a party
# popper (not a ball or a card: "⚽ 2  🟨 3  🟥 1" is a match's tally). Pictographs,
# digits and spaces are disjoint classes: each piece of the line has one way to match.
_EMOJI = (r"(?:[\U0001F600-\U0001F64F\U0001F910-\U0001F92F\U0001F970-\U0001F97A"
          r"\U0001F44A-\U0001F450\U0001F493-\U0001F49F\U0001F525\U0001F4AF\U0001F389"
          r"\u2764])\uFE0F?")
_REACTION = _EMOJI + r"[ \t]{0,2}\d{1,6}(?:[.,]\d{1,3})?[kKmM]?"
_REACTION_BODY = (r"[ \t]{0,3}" + _REACTION + r"(?:[ \t]{1,6}(?:[·|][ \t]{1,3})?" + _REACTION
                  + r"){2,11}[ \t]*(?=\r?\n|\Z)")
_REACTIONS_FIRST = lazy(_REACTION_BODY)
_REACTIONS = lazy(r"\n(" + _REACTION_BODY + r")")


def reaction_opening() -> bytes:
    """A reaction bar's opening after its line break, in the gate's bytes: a pictograph
    of U+1F300-U+1FAFF or U+2600-U+27BF (bytes the gate's table leaves as they are),
    a space and a digit (the table's \\x05)."""
    return (rb"[ \t]{0,3}(?:\xf0\x9f[\x8c-\xab][\x80-\xbf]|\xe2[\x98-\x9e][\x80-\xbf])"
            rb"(?:\xef\xb8\x8f)?[ \t]{0,2}\x05")


def _reaction_bars(text: str) -> list[Span]:
    """Lines of a reaction bar (``_REACTION_BODY``), with the line break after each;
    under a line that ends with a colon the counts are the article's ("Votes:" / "👍
    120 👎 30 🤔 15").

    >>> _reaction_bars("Rain.\\n👍 34   ❤️ 12   😮 3\\nMore.")
    [(6, 25, '')]
    >>> _reaction_bars("Votes:\\n👍 120 😮 30 😢 15\\nThe motion passed.")
    []
    >>> _reaction_bars("Rain.\\n⚽ 2 goals in 3 games\\nMore.")
    []
    """
    first = _REACTIONS_FIRST.match(text)
    found = [(0, first.end())] if first else []
    found += [m.span(1) for m in _REACTIONS.finditer(text)
              if not text[max(0, m.start() - 80):m.start()].rstrip().endswith(":")]
    return [(s, e + 1 if text.startswith("\n", e) else e, "") for s, e in found]


# An event's or a job's promo line: the box's label first, in capitals, with its colon
# or bar ("EVENT:", "JOBS |", "VACATURE |"; or a box's label of its own in any case,
# "Get tickets:", "Job of the week:"), its button last, after a stop or a separator of
# its own ("… 4 December. Book now", "… bij Woonstichting. Bekijk vacature"). A label
# in sentence case ("Agenda:", "Jobs:", "Tickets:") heads an article's listings and
# summaries as well ("Tickets: £5 adults, children free. Book now"), and so does a
# line that reports: a percentage, a price, a large or decimal number, a speech verb
# ("Jobs: Unemployment fell to 4.1% in October, the ONS said."); those stay, as does
# the generic "Learn more" (an explainer's link under a summary).
_PROMO_LABELS = (
    "event", "events", "what's on", "jobs", "job", "vacature", "vacatures", "evenement",
    "agenda", "uitagenda", "veranstaltung", "veranstaltungstipp", "stellenangebot",
    "événement", "emploi", "offre d'emploi", "evento", "empleo", "oferta de empleo",
    "lavoro", "offerta di lavoro", "emprego", "oferta de emprego")
_BOX_LABELS = ("job of the week", "get tickets")
_PROMO_BUTTONS = (
    "find out more", "book now", "buy tickets", "get tickets", "book tickets", "apply now",
    "more info", "view job", "meer info", "meer informatie", "bekijk vacature",
    "solliciteer", "bestel tickets", "koop tickets", "mehr erfahren", "mehr infos",
    "jetzt bewerben", "tickets kaufen", "jetzt buchen", "en savoir plus", "réserver",
    "postuler", "más información", "comprar entradas", "inscríbete", "reservar",
    "scopri di più", "prenota", "acquista i biglietti", "candidati", "saiba mais",
    "comprar bilhetes", "candidate-se")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_PROMO_BODY = (r"[ \t]{0,3}(?:" + _alternation(tuple(w.upper() for w in _PROMO_LABELS))
               + r"|(?i:" + _alternation(_BOX_LABELS) + r"))[ \t]{0,2}[:|–—][ \t]{0,3}"
               r"(?P<body>[^\n]{1,250}?)[.!?)|·–—][ \t]{1,3}(?i:"
               + _alternation(_PROMO_BUTTONS) + r")[ \t]*[→›>»]?[ \t]*(?=\r?\n|\Z)")
_PROMO_FIRST = lazy(_PROMO_BODY)
_PROMO_LINE = lazy(r"\n(" + _PROMO_BODY + r")")
# What a line that reports holds and a promo does not: a percentage, a price, a number
# with a thousands separator or decimals, a speech verb.
_REPORTS = lazy(
    r"(?i)%|[£$€][ \t]?\d|\d[.,]\d{3}(?!\d)|\d[.,]\d[ \t]?(?:million|billion|bn|mln|mrd)"
    r"|(?<!\w)(?:said|says|according|zei|zegt|volgens|sagte|sagt|laut|a[ \t]déclaré|selon"
    r"|dijo|según|ha[ \t]detto|secondo|disse|segundo)(?!\w)")


def promo_label_opening(table: bytes) -> bytes:
    """An event's or job's promo line opening after its line break, in the gate's bytes
    (``table``: ASCII lower-cased, so any case: a superset of ``_PROMO_BODY``'s): its
    label and its colon or bar."""
    labels = b"|".join(re.escape(w.encode().translate(table)) for w in sorted(
        _PROMO_LABELS + _BOX_LABELS, key=lambda w: (-len(w), w)))
    return rb"[ \t]{0,3}(?:" + labels + rb")[ \t]{0,2}(?::|\||\xe2\x80[\x93\x94])"


def _promo_lines(text: str) -> list[Span]:
    """Event and job promo lines (``_PROMO_BODY``), lines of their own, with the line
    break after each (glued after a sentence, "… in advance.Get tickets: … Book now",
    they stay: junk left); one that reports (``_REPORTS``) stays.

    >>> text = "Rain.\\nEVENT: Science fair, Saturday 6 December. Free entry. Find out more\\nMore."
    >>> [text[s:e] for s, e, _ in _promo_lines(text)]
    ['EVENT: Science fair, Saturday 6 December. Free entry. Find out more\\n']
    >>> _promo_lines("Rain.\\nEvent: Science fair, Saturday. Free entry. Find out more\\nMore.")
    []
    >>> _promo_lines("Rain.\\nJOBS: Jobless rate at 4.1%, the ONS said. Find out more\\nMore.")
    []
    """
    first = _PROMO_FIRST.match(text)
    found = [(0, first.end())] if first and _REPORTS.search(first["body"]) is None else []
    found += [m.span(1) for m in _PROMO_LINE.finditer(text)
              if _REPORTS.search(m["body"]) is None]
    return [(s, e + 1 if text.startswith("\n", e) else e, "") for s, e in found]


# A live blog's key-events box or a latest-news list under its heading ("Key events",
# "Latest updates"): two lines or more in a row, each a relative time and a headline
# ("2h ago Ferries cancelled", "vor 3 Std. Fähre gestrichen", "il y a 2 h Ferry
# annulé"), no full stop at its end. Seconds, minutes and hours only: a live blog's
# day runs in hours, and "10 days ago Israel and Hamas agree …" is an article's
# timeline; so is a list under any other heading ("Timeline", "Chronology:").
_UNIT = (r"(?:s|m|h|secs?|mins?|min\.|hrs?|hours?|minutes?|std\.?|stunden?|"
         r"minuten?|heures?|horas?|minutos?|uur|ore|minuti)")
# The box's heading, a line of its own right above the list (blank lines between).
_EVENT_HEADINGS = frozenset(w.casefold() for w in (
    "Key events", "Key updates", "Latest", "Latest updates", "Latest news", "Highlights",
    "Das Wichtigste", "Die wichtigsten Ereignisse", "Wichtigste Ereignisse", "Neueste",
    "Moments clés", "Les moments clés", "L'essentiel", "Les dernières infos",
    "Momentos clave", "Lo más importante", "Lo último", "Últimas noticias",
    "Belangrijkste momenten", "Belangrijkste gebeurtenissen", "Laatste nieuws",
    "Momenti chiave", "Ultime notizie", "Momentos-chave", "Principais momentos",
    "Últimas notícias"))
_RELATIVE = (r"(?:\d{1,3}[ \t]?" + _UNIT + r"[ \t]{1,2}(?:ago|geleden|fa)"
             r"|(?:hace|há|il[ \t]y[ \t]a|vor)[ \t]\d{1,3}[ \t]?" + _UNIT + r")")
_EVENT_LINE = (r"[ \t]{0,3}" + _RELATIVE + r"[ \t]{1,3}" + _CAPITAL
               + r"[^\n]{0,120}(?<![.!?:;,])[ \t]*(?=\r?\n|\Z)")
_EVENT_RUN = r"(" + _EVENT_LINE + r"(?:\r?\n" + _EVENT_LINE + r"){1,19})"
_EVENT_LIST = lazy(r"(?i)\n" + _EVENT_RUN)


# A live blog's chrome that an article prints alone as well: the pinned post's one-word
# badge, a post's report button, the banner's "New posts" (a feature's subheads, a
# list's items, a wrestling result, a hard-wrapped "a été / Épinglé / par …"). Each
# goes only beside a line that only a live blog prints: a post's clock time ("02:14",
# "14h05"), a relative time stamp, or its copy-link or share button where the text has
# a post's clock time of its own (a feature that lists an app's buttons, "Share" /
# "Pinned", has none).
_CHROME = ("Pinned", "Angepinnt", "Angeheftet", "Épinglé", "Vastgepind", "Fissato", "Fijado",
           "Fixado", "Report this post", "Beitrag melden", "Bericht melden", "Signaler ce post",
           "Segnala questo post", "Denunciar esta publicación", "Denunciar esta publicação",
           "New posts", "New updates")
_CHROME_LINE = lazy(r"\n([ \t]{0,3}(?:" + "|".join(re.escape(w) for w in _CHROME)
                          + r")[ \t]*)(?=\r?\n|\Z)")
_CLOCK = r"\d{1,2}[:.h]\d{2}(?:[ \t]?(?:am|pm|gmt|bst|cet|cest|uhr))?"
_CLOCK_LINE = lazy(r"(?i)\n[ \t]{0,3}" + _CLOCK + r"[ \t]*\r?\n")
_TIMED_LINE = lazy(r"(?i)(?:" + _CLOCK + r"|" + _TIME_STAMP + r"|" + _RELATIVE
                         + r")[ \t]*")
_SHARE_LINE = lazy(
    r"(?i)(?:copy[ \t]link|share|teilen|link[ \t]kopieren|copier[ \t]le[ \t]lien|partager|"
    r"copiar[ \t]enlace|compartir|link[ \t]kopiëren|delen|copia[ \t]link|condividi|"
    r"copiar[ \t]link|partilhar|compartilhar)[ \t]*")


def chrome_opening(table: bytes) -> bytes:
    """A live blog's chrome line's opening after its line break, in the gate's bytes
    (``table``: ASCII lower-cased): one of its words, then the line's end (a superset of
    ``_CHROME_LINE``)."""
    words = {w.encode().translate(table) for w in _CHROME}
    return rb"[ \t]{0,3}(?:" + b"|".join(
        re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + rb")[ \t]*(?:\r?\n|\Z)"


def _live_chrome(text: str) -> list[Span]:
    """Lines of a live blog's chrome (``_CHROME_LINE``) beside a live blog's own line
    (the nearest line of text above or below: a clock time or a relative stamp,
    ``_TIMED_LINE``; a share line, ``_SHARE_LINE``, in a text with a clock time's
    line, ``_CLOCK_LINE``), with the line break
    after each; inside a hard-wrapped sentence (``_wrapped``) they stay. No gate's scan
    looks for them: a live blog's share and copy-link lines let its text through.

    >>> _live_chrome("Turnout is up.\\n\\nCopy link\\nPinned\\n\\n01:50\\nThe count began.")
    [(26, 33, '')]
    >>> _live_chrome("What changed\\nPinned\\nUsers may pin three posts.")
    []
    >>> _live_chrome("The toolbar's buttons:\\nShare\\nPinned\\nReport this post")
    []
    """
    if not any(w in text for w in ("Pinned", "pinnt", "Angeheftet", "pingl", "pind", "Fissato",
                                   "Fijado", "Fixado", "Report", "melden", "Signaler", "Segnala",
                                   "Denunciar", "New ")):
        return []
    spans: list[Span] = []
    timed: bool | None = None
    for m in _CHROME_LINE.finditer(text):
        s, e = m.span(1)
        if _wrapped(text, s, e):
            continue
        near = (_line_beside(text, s, above=True), _line_beside(text, e, above=False))
        if not any(_TIMED_LINE.fullmatch(line) for line in near):
            if not any(_SHARE_LINE.fullmatch(line) for line in near):
                continue
            if timed is None:  # one scan, at the first chrome line by a share line
                timed = _CLOCK_LINE.search(text) is not None
            if not timed:
                continue
        spans.append((s, e + 1 if text.startswith("\n", e) else e, ""))
    return spans


def _line_beside(text: str, at: int, *, above: bool) -> str:
    """The nearest line of text above ``at`` (or below it), stripped; a bounded
    stretch read."""
    if above:
        part = text[max(0, at - 120):at].rstrip()
        return part[part.rfind("\n") + 1:].strip()
    return text[at:at + 120].lstrip().split("\n", 1)[0].strip()


def event_list_opening(table: bytes) -> bytes:
    """A key-events line's opening after its line break, in the gate's bytes: a digit
    and its unit before "ago", "geleden" or "fa", or "hace", "há", "il y a", "vor"
    and a digit (a superset of ``_EVENT_LINE``'s)."""
    digit = re.escape(b"0".translate(table))
    after = b"|".join(re.escape(w.encode().translate(table))
                      for w in ("hace ", "há ", "il y a ", "vor "))
    return (rb"[ \t]{0,3}(?:" + digit + rb"{1,3}[ \t]?[^\n]{1,8}[ \t](?:ago|geleden|fa)[ \t]|(?:"
            + after + rb")" + digit + rb")")


def _event_lists(text: str) -> list[Span]:
    """Key-events boxes (``_EVENT_LIST``): runs of two relative-time lines or more,
    right under a key-events heading (``_EVENT_HEADINGS``).

    >>> text = "Key events\\n2h ago Ferries cancelled\\n3h ago Red warning issued\\nMore."
    >>> [text[s:e] for s, e, _ in _event_lists(text)]
    ['2h ago Ferries cancelled\\n3h ago Red warning issued']
    >>> _event_lists("Rain.\\n2h ago Ferries were cancelled.\\n3h ago Red warning\\nMore.")
    []
    >>> _event_lists("Timeline\\n5h ago Fire breaks out\\n2h ago Workers evacuated")
    []
    """
    found = list(_EVENT_LIST.finditer(text))
    return [(m.start(1), m.end(1), "") for m in found if _under_heading(text, m.start())]


def _under_heading(text: str, at: int) -> bool:
    """Whether the line before the line break at ``at`` (blank lines skipped) is a
    key-events heading (``_EVENT_HEADINGS``)."""
    before = text[max(0, at - 200):at].rstrip()
    heading = before[before.rfind("\n") + 1:].strip().rstrip(":").strip()
    return heading.casefold() in _EVENT_HEADINGS


