"""Sentences, what a wall is made of: where a wall starts in a sentence (``_wall_start``)
and the labels of one line's sentences (``_Line``: a wall sentence, button words, a
sentence that reads as part of a wall when inside one, the article's).

Left alone: an article sentence *about* cookies, consent, privacy or subscriptions. A
wording is taken only at the start of a sentence (or capitalised where a wall is glued
to the article), never inside quotation marks, never in a sentence that reports
speech; button words only next to a wall, never alone.

``_wall_start``, ``_glued_head``, ``_heads_wall`` and ``_Line`` call each other (a
wall's heading run into it is read as a line of its own), so they share this module."""

from __future__ import annotations

import bisect
import itertools

from cleantext._lazy import lazy
from cleantext._units import sentences, single_quote_goes_on
from cleantext.cleaners.banners._chrome import (
    _CONSENT_WORD,
    _accepts,
    _glued_chrome_end,
    _is_chrome,
    _runs_into,
    _strong_chrome,
)
from cleantext.cleaners.banners._doc import _Doc, _match_end, _next_line
from cleantext.cleaners.banners._ends import (
    _ARTICLE_HEAD,
    _GLUED_STOP,
    _STAMP,
    _article_after_buttons,
    _article_at_join,
    _article_sentence,
    _joined_buttons_end,
    _more_wall,
    _offer_end,
    _wall_end,
    _wall_piece,
    _wall_tail,
)
from cleantext.cleaners.banners._glued import _glued_in_line
from cleantext.cleaners.banners._greetings import _SALUTATION, _welcomes
from cleantext.cleaners.banners._letters import (
    _CAMEL,
    _LO,
    _QUOTE_MARKS,
    _UP,
    _capitalised_at_word,
)
from cleantext.cleaners.banners._limits import (
    _ANSWER_WINDOW,
    _GLUED_BUTTONS_MAX,
    _HEADING_MAX,
    _MAX_BETWEEN,
    _MAX_TRIES,
    _MAX_WALL_JOINS,
    _OFFER_MAX,
    _STARTER_WINDOW,
)
from cleantext.cleaners.banners._reads import (
    _asks_count,
    _is_medium,
    _is_offer,
    _is_purpose_line,
    _on_subject,
    _reports,
    _stands_alone,
    _to_reader,
)

# A paywall's own button words (lower-cased text): subscribe, log in, unlock, a trial,
# in the languages the packs hold. Read only on a button sentence before an offer.
_PAYWALL_BUTTON = lazy(
    r"subscri|abonn|unlock|trial|log ?in|sign ?in|anmelden|einloggen|testen"
    r"|connect|suscr|inicia|abbona|accedi|inloggen|předplat|přihl|log ind|assin"
)


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


# British English quotes with single marks ("its paywall, which reads ‘Subscribe to
# continue reading’, went up in March"). They are not among the marks ``_quoted``
# counts, as a right single mark is also an apostrophe ("paper’s"): a wording right
# after a single mark that opens (at a word's start) is quoted when one that is no
# apostrophe closes it before its sentence ends (``single_quote_goes_on``).
def _single_quoted(text: str, at: int, end: int) -> bool:
    """Whether the wording at ``at`` is quoted in single marks in a sentence that goes on
    (the sentence ends at ``end``)."""
    if at == 0 or text[at - 1] not in "‘'" or (at > 1 and text[at - 2] not in " \t\n([—–-"):
        return False
    return single_quote_goes_on(text, at, end)


def _within(hits: list[int], start: int, end: int) -> list[int]:
    return hits[bisect.bisect_left(hits, start) : bisect.bisect_left(hits, end)][:_MAX_TRIES]


def _wall_start(doc: _Doc, start: int, end: int, *, openers: list[int], bodies: list[int],
                quotes: list[int], line_start: int) -> int | None:
    """Where a wall begins in the sentence ``text[start:end]``, or None if it holds none."""
    text = doc.text
    cut: int | None = None
    for at in _within(openers, start, end):
        if _quoted(quotes, line_start,
                   start if at == start else _after_glued_stop(text, start, at), at) \
                or _single_quoted(text, at, end):
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
            if _quoted(quotes, line_start, start, at) or _single_quoted(text, at, end):
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
    elif cut > start:
        cut = _heading_before(doc, start, cut)
    return cut


# Where a capitalised word starts after a space or where a lost line break ran it into
# the word before ("churchCookie Notice").
_WORD_HEAD = lazy(f"(?<=\\s)[{_UP}]|(?<=[{_LO}0-9])[{_UP}]")
# A dialog's heading is a few words ("Cookie Notice", "Aviso de cookies").
_HEADING_WORDS_MAX = 40


def _heading_before(doc: _Doc, start: int, cut: int) -> int:
    """Where a wall that starts at ``cut``, inside a sentence, starts with its dialog's
    heading: the last words before it, capitalised, when they are heading or button words
    only and name cookies or consent ("… to village church Cookie Notice We use cookies
    …", "… churchCookie NoticeWe use …": the headline's line break lost); else ``cut``.
    Left alone: the article's words before them, and other heading words ("Privacy
    Policy", "Accept"), which may end an article's headline."""
    text = doc.text
    end = cut
    while end > start and text[end - 1].isspace():
        end -= 1
    for m in _WORD_HEAD.finditer(text, max(start + 1, end - _HEADING_WORDS_MAX), end):
        p = m.start()
        if _CONSENT_WORD.search(doc.low, p, end) is not None and _strong_chrome(doc, p, end):
            return p  # the first such word: the longest heading
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


# Where the pieces of a wall's foot were run together (``_Line._joined_wall``): the
# joins of ``_CAMEL``, and a small letter run into a digit ("anmelden4 Wochen").
_PIECE_JOIN = lazy(f"{_CAMEL.pattern}|(?<=[{_LO}])(?=[0-9])")


# Where a line break between two words was lost with no space in its place: a lower-case
# letter or a digit, then a capitalised word ("airfieldChoose", "A67Wij").
_JOIN = lazy(f"(?<=[{_LO}0-9])(?=[{_UP}][{_LO}])")
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
            # An ``alone`` opener (a meter's count, a box's plainest heading) that is not
            # its sentence is an article's words (``_stands_alone``).
            unit_starts = [a for a, _ in self.units]
            openers = [(a, b) for a, b in openers if self._alone_holds(unit_starts, a)]
            if not (openers or bodies):
                self.units, self.cuts, self.ends = [], [], []
        if openers or bodies:
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
                if cut is None or _asks_count(doc, cut, e):
                    continue
                lo, hi = bisect.bisect_left(h_starts, cut), bisect.bisect_left(h_starts, e)
                last = max(hits[lo:hi], key=lambda h: h[1], default=(cut, cut))
                wall_end = _wall_end(doc, last, e)
                # A wall that ends at a live blog's time stamp, in an entry that
                # introduces it ("… read out the banner: This site uses cookies to
                # track readers 10:44 The judge said …"), is a notice the blog quotes:
                # the speech verb is looked for in the whole sentence, as where no
                # stamp parts them. A notice of the blog's own, nothing reported
                # before it, ends at the stamp whatever the entry after it says.
                heard = wall_end
                if _STAMP.match(doc.text, wall_end, e) is not None \
                        and doc.lex.reporting.search(doc.low, s, cut) is not None:
                    heard = e
                if not _reports(doc, cut, heard, hits[lo:hi]):
                    self.cuts[i], self.ends[i] = cut, wall_end
        self._labels: dict[int, str] = {}

    def _alone_holds(self, unit_starts: list[int], at: int) -> bool:
        """``_stands_alone`` for the wording at ``at``, in its sentence (``unit_starts``:
        where the line's sentences start)."""
        i = bisect.bisect_right(unit_starts, at) - 1
        s, e = self.units[i] if i >= 0 else (self.start, self.end)
        return _stands_alone(self.doc, at, s, e)

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
                # abbonamento?" (a line break lost with nothing in its place). It ends
                # where its offer, or its last words, run into the article's next
                # sentence ("… Accept and continueSubscribe for £3.49/month without
                # adsThe council approved …"), as a wall sentence does.
                lab = "M"
                stop = _offer_end(self.doc, buttons, e)
                if stop == e:
                    joined = _article_at_join(self.doc, buttons, e)
                    if joined is not None and _more_wall(self.doc, buttons, joined):
                        stop = joined
                self.ends[i] = stop
            elif i > 0 and self._has_join(s, e) \
                    and (self.cuts[i - 1] is not None or self.label(i - 1) == "M") \
                    and (joined_end := self._joined_wall_end(s, e)) is not None:
                # "¿Ya eres suscriptor? Inicia sesiónSuscríbete por 1 € el primer mesSin
                # permanencia.": a wall's login button, offer and terms, run together where
                # their line breaks went with nothing in their place, after its sentence,
                # or after its login question, wall-like only inside a wall ("Sie haben
                # bereits ein Abo? Hier anmelden4 Wochen gratis testen"): a run of such
                # sentences is taken only next to a wall sentence. It ends where its
                # last piece runs into the article's next sentence ("… Jederzeit
                # kündbarDie Arbeiten …").
                lab = "M"
                self.ends[i] = joined_end
            else:
                lab = "C"
            self._labels[i] = lab
        return lab

    def _has_join(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` has a join where ``_joined_wall_end`` looks for one
        (none: it is no wall's pieces run together). Asked first, as it is cheap: the
        label of the sentence before, asked next, labels every sentence before it in
        turn, and a long flattened line has many."""
        stop = min(end, start + _OFFER_MAX + 1)
        return _PIECE_JOIN.search(self.doc.text, start + 1, stop) is not None

    def _joined_wall_end(self, start: int, end: int) -> int | None:
        """Where the pieces of a wall run together in ``text[start:end]`` end
        (``_joined_wall``): ``end``, or the join where the last of them runs into the
        article's next sentence; None if the sentence is not such pieces."""
        if self._joined_wall(start, end):
            return end
        # (The last join first: an offer's last piece may be run into the article too,
        # "kündbarDie", and the split at an earlier join would read it as the article's.)
        # Cut there, the pieces before the join are buttons and offers only: a sentence
        # to the reader on the wall's subject may be the article's headline run into the
        # buttons ("Reject all‘Your data is safe’: …"), or a quotation of the wall
        # whose name the join splits ("“This content is provided by YouTube,” read …").
        text = self.doc.text
        joins = list(_CAMEL.finditer(text, start + 1, min(end, start + _OFFER_MAX + 1)))
        for m in reversed(joins[:_MAX_WALL_JOINS + 1]):
            j = m.start()
            if _article_sentence(self.doc, j, end) and self._joined_wall(start, j, strict=True):
                return j
        return None

    def _joined_wall(self, start: int, end: int, *, strict: bool = False) -> bool:
        """Whether the short sentence ``text[start:end]`` is pieces of a wall run together
        at joins (a small letter run into a capital, or into the digits an offer starts
        with: "Hier anmelden4 Wochen gratis testen") where line breaks were lost with
        nothing in their place, and the sentence split found no stop between them: each
        piece buttons or more of the wall (``_more_wall``: an offer, a sentence to the
        reader on the wall's subject). One piece that is not (the article's headline or
        first sentence run into the wall, a name's inner capital, "McLeod") leaves the
        sentence to the article. Asked only right after a wall sentence; read on at most
        ``_MAX_WALL_JOINS`` joins of a sentence no longer than an offer. ``strict``: each
        piece buttons or an offer (``_wall_piece``)."""
        doc = self.doc
        if end - start > _OFFER_MAX:
            return False
        joins = [m.start() for m in _PIECE_JOIN.finditer(doc.text, start, end)
                 if m.start() > start]
        if not joins or len(joins) > _MAX_WALL_JOINS:
            return False
        bounds = [start, *joins, end]
        piece = _wall_piece if strict else _more_wall
        return all(piece(doc, a, b) for a, b in itertools.pairwise(bounds))

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
        akzeptieren", "Aceptar"), or tell the reader what the buttons do with no wall word
        ("Some are optional: we'll only set those if you accept them."). Between a wall
        sentence and its buttons there is no room for the article; a sentence with no
        wall word that addresses no one, or with a speech verb, is the article's, and
        nothing past it is taken.
        """
        doc, units, n = self.doc, self.units, len(self.units)
        addressed = False  # a sentence between is the wall's only by addressing the reader
        for k in range(j, min(j + _MAX_BETWEEN + 1, n + 1)):
            if k == n:
                # The buttons may be the next line's ("Accept all" on a line of its own);
                # after a blank line they may be an article's example, and a sentence
                # that only addresses the reader may be its own ("Then you pick one.").
                if addressed and not self._buttons_under(n):
                    return j
                return n if k > j and self._next_line_answers() else j
            s, e = units[k]
            label = self.label(k)
            # Buttons: a sentence of them, or run into the article's first sentence.
            buttons_end = e if label == "B" else _glued_chrome_end(doc, s, e, camel=True)
            if buttons_end is not None:
                answered = k > j and bool(_accepts(doc, s, buttons_end))
                return k if answered else j
            if label != "M" and not _on_subject(doc, s, e):
                if not _to_reader(doc, s, e):
                    return j
                addressed = True
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

    def _pieces_before(self, i: int) -> int:
        """Where the buttons right before wall sentence ``i`` start: the sentences of
        buttons (B) before it, and the offers between them (a paywall's foot, its lines
        flattened: "Start your free trial. Cancel anytime. Already have an account? Log
        in"), from the first buttons on. Across an offer, only a paywall's own button
        starts the foot ("Unlock this article.", "Subscribe now."), and not right after a
        question. Left alone: an offer-like sentence with no buttons before it (the
        article's "Members get unlimited access." right before a wall), one whose wall
        ends before it does (the article run into it), and one after a word that is a
        button elsewhere but an article's too: an answer ("Is there a contract? No.
        Members can cancel anytime."), a link ("Read more.")."""
        k = first = i
        offer = False
        while k > 0:
            label = self.label(k - 1)
            if label == "B":
                if offer and not self._paywall_button(k - 1):
                    break
                first = k - 1
            elif label == "M" and self.ends[k - 1] == self.units[k - 1][1] \
                    and _is_offer(self.doc, *self.units[k - 1]):
                offer = True
            else:
                break
            k -= 1
        if first < i and self._answers_question(first):
            first += 1  # "Skal borgerne have ordet? Tillad valgte.": the article's answer
        return first

    def _answers_question(self, k: int) -> bool:
        """Whether sentence ``k`` comes right after an article's question (a sentence of
        its own, C, ending in "?"): a button word there is its answer ("Jak ušetřit na
        jízdném? Předplaťte si.", "Is it worth it? Yes.")."""
        if k == 0 or self.label(k - 1) != "C":
            return False
        s, e = self.units[k - 1]
        return self.doc.text[s:e].rstrip().endswith(("?", "？"))

    def _paywall_button(self, k: int) -> bool:
        """Whether button sentence ``k`` is a paywall's own (``_PAYWALL_BUTTON``: its
        subscribe, log-in, unlock or trial words) and does not answer a question (the
        sentence before it ends in "?"): "Yes.", "Nein.", "Read more." after an
        article's question or sentence are the article's."""
        s, e = self.units[k]
        if k > 0 and self.doc.text[self.units[k - 1][0]:self.units[k - 1][1]].rstrip() \
                .endswith(("?", "？")):
            return False
        return _PAYWALL_BUTTON.search(self.doc.low, s, e) is not None

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
                k = self._pieces_before(i)
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
    # Such headings speak to the reader ("We care about your privacy"), or open with a
    # wall's wording (a meter's counter over its paywall, "Je hebt je limiet van gratis
    # artikelen bereikt.", whose verb ending is its only "you" and which holds no stem):
    # a line with neither (most headlines) is not read for wordings. (Not a [person]
    # word for the counter's "je hebt": a sentence with one and a wall word reads as the
    # wall's next to one, and the article's "Je hebt daarvoor een DigiD nodig." is none.)
    if end - start > _HEADING_MAX or (
            doc.lex.person.search(doc.low, start, end) is None
            and doc.lex.opener_head.match(doc.low, start, end) is None):
        return False
    line = _Line(doc, start, end)
    return line.all_wall()
