"""``_Doc``: one document being searched, its lines, its sentences and the units found;
each of its methods finds one kind of unit. One class of ~1,050 lines: the longest
module of the package."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import regex

from cleantext._core import Span
from cleantext._lazy import lazy
from cleantext._units import sentences
from cleantext.cleaners.promo._apps import (
    _APP_LINE,
    _NEWS_WORDS,
    _app_line,
    _app_sentence,
    _app_word_end,
)
from cleantext.cleaners.promo._article import _CLOSED, _prose_follows, _restart
from cleantext.cleaners.promo._badges import (
    _BADGE_SEPARATOR,
    _PUBLISHED_IN,
    _estimated,
    _follow_button,
    _reading_time_ok,
)
from cleantext.cleaners.promo._bars import _SPACED_LINE, _inline_bar, _menu_bar, _spaced_bar
from cleantext.cleaners.promo._boxes import (
    _BOX_CREDITS,
    _BOX_HEADINGS,
    _BOX_LINES,
    _CONSENT,
    _EMAIL_FIELDS,
    _FORM_LINES,
    _FORM_TAIL,
    _LICENCE_LINE,
    _REPUBLISH_HEADINGS,
    _box_head,
    _box_line,
)
from cleantext.cleaners.promo._crumbs import _CRUMB_AFTER, _crumb_items
from cleantext.cleaners.promo._cues import _TAIL_KINDS, _Cues, _Hit
from cleantext.cleaners.promo._follows import _follow_line
from cleantext.cleaners.promo._glued_bars import _CAPITAL, _GLUED_BACK, _glued_run, _piece_scan
from cleantext.cleaners.promo._inline_units import _articles_notice, _cue_in, _inline
from cleantext.cleaners.promo._labels import _inline_label_at
from cleantext.cleaners.promo._last_button import _deal_pick
from cleantext.cleaners.promo._lines import (
    _BLOCK_MAX,
    _PROMPT_SENTENCE_MAX,
    _QUOTES,
    _SEPARATORS,
    _SHORT_LINE,
    _URL,
    _WORD,
    _after_spaces,
    _after_stop,
    _before_spaces,
    _content,
    _glued_word,
    _inline_span,
    _Line,
    _only_openers,
    _sentence_at,
    _sentence_next,
    _where,
    _whole,
)
from cleantext.cleaners.promo._one_word import _MENU_RUN, _MENU_WORDS, _TOKEN_MAX, _is_slug, _token
from cleantext.cleaners.promo._openings import (
    _APP,
    _DURATION,
    _GALLERY_CHROME,
    _PLAYER_LINE,
    _SLIDE_INLINE,
)
from cleantext.cleaners.promo._packs import _OPENING, _key
from cleantext.cleaners.promo._pitches import (
    _BOX_SPREAD,
    _BUTTON_CHARS,
    _BUTTON_LABEL_WORDS,
    _EMAIL_WORD,
    _LETTER_WORDS,
    _OFFERED_LETTER,
    _PITCH_LINE,
    _PITCH_SENTENCES,
    _TAGLINE,
    _THANKS,
    _THANKS_LINE,
    _box_heading,
    _glued_pitch,
    _perk,
    _pitch_line,
    _quotes_words,
    _sentence_after,
    _sentence_before,
)
from cleantext.cleaners.promo._players import (
    _GALLERY_REACH,
    _GALLERY_SPAN,
    _PLAYER_HEADINGS,
    _PLAYER_STATES,
    _SLIDES_MAX,
    _entry_time,
    _glued_duration,
    _player_line,
    _player_rest,
)
from cleantext.cleaners.promo._reader import _addresses_reader
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._shares import _BAR_COUNT, _BAR_COUNTS, _covers, _share_word
from cleantext.cleaners.promo._shop_lines import _shop_runs
from cleantext.cleaners.promo._speech import _QUOTATION_REACH, _in_quotation, _reported
from cleantext.cleaners.promo._tails import _TAIL_STOPS
from cleantext.cleaners.promo._topics import _FLAT_TAGS, _TAG_LIST, _tag_words, _topic_line
from cleantext.cleaners.promo._videos import _VIDEO_LINE, _VIDEO_TITLE, _video_run
from cleantext.cleaners.promo._whole_lines import (
    _label_end,
    _prompt_sentence,
    _quoted_at,
    _runs_on,
    _stands_alone,
    _starts_unit,
)

# The fewest lines of network names under a share label glued to the line above that
# are its bar's buttons.
_BAR_NAMES = 2
# The longest share button's name read at a line's start for one glued to the next
# word ("MailDe …", "WhatsAppLa …").
_GLUED_NAME = 24
# What ends the sentence before a topic box run into flattened text's end.
_SENTENCE_ENDS = frozenset(".!?\"”»")
# The next paragraph's first word glued to that button: a short one, as an article or a
# pronoun opens a sentence ("De", "The", "Les"), then a space; a longer one run on from
# the name may make a name of its own with it ("MailOnline", "TwitterWatch").
_GLUED_WORD = lazy(r"[^\W\d_][^\W\d_]{1,3}[ \t]")

# Dutch "Voorlezen" (read aloud): a player's button only over its glued minutes
# (``_Doc._read_aloud``).
_READ_ALOUD = "Voorlezen"


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
        self._text_end: int | None = None  # where the text's last non-space ends
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
        # newsletter" (a few words, no stop), or a heading that opens with a [signup]
        # verb and names no channel ("Don't miss a thing", "Never miss a story": the
        # pitch under it names it). A heading above anything else stays.
        heads = set(lines) | {h for i in pitched
                              if (h := self._previous_text_line(i)) is not None}
        for i in sorted(heads):
            if i not in pitched and i not in self.removed and \
                    self._next_text_line(i) in pitched and \
                    _box_heading(self.text, self.line(i)) and \
                    (i in lines or self.rules.signup.match(self._body(i)) is not None):
                self.drop_line(i)

    def sponsored_boxes(self) -> None:
        """A sponsored-links box (Taboola's, Outbrain's and their clones' "chumbox"):
        its heading and its credit line were removed as labels ("Sponsored Stories" …
        "Promoted Links by Outclick"); the clickbait titles between them go too, when
        no blank line parts them from the two (one block of at most ``_BOX_LINES``
        lines). Left alone: lines under a heading with no credit line after it (a
        sponsored article's own byline, subheads, lists), or after a blank line (they
        may be the article's next paragraph). The finder calls it after ``shop_boxes``
        and ``licences``, the boxes under other removed lines."""
        for i in sorted(self.removed):
            if _box_head(self._body(i)):
                self._last_box(i)
                continue
            if self._body(i).casefold() not in _BOX_HEADINGS:
                continue
            for n in range(i + 1, min(i + 2 + _BOX_LINES, len(self.bounds))):
                body = self._body(n)
                if not body:
                    break
                if n in self.removed and body.casefold().startswith(_BOX_CREDITS):
                    self.drop_lines(i + 1, n)
                    break

    def _last_box(self, i: int) -> None:
        """The titles under a box's heading and credit on one removed line ("Sponsored
        content • Promoted links"), when they end the text: its lines right under it,
        each a title (``_box_line``: short, no stop), and nothing after them. A line with
        a stop, or text after a blank line, may be the article's: then all stay."""
        n = i + 1
        while n < len(self.bounds) and n - i <= _BOX_LINES and (body := self._body(n)) \
                and _box_line(body):
            n += 1
        if n > i + 1 and all(not self._body(k) for k in range(n, len(self.bounds))):
            self.drop_lines(i + 1, n)

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
            form = self._form_after(line, end)
            if form is not None:
                self.spans.append(_inline_span(text, line, end, form))
                continue
            pos = end
            while pos not in walked and \
                    (after := _sentence_after(text, line, pos)) is not None and \
                    _perk(text, *after):
                walked.add(pos)
                self.spans.append(_inline_span(text, line, *after))
                pos = after[1]

    def _form_after(self, line: _Line, end: int) -> int | None:
        """Where a sign-up box flattened after its prompt (which ends at ``end``) ends:
        its tagline, one short sentence that says what the letter brings and how often
        (``_LETTER_WORDS``), then its button and consent line (``_FORM_TAIL``: "… Sign
        up to our newsletter The best of Fenmouth news, every morning. Subscribe By
        signing up you agree to our Terms and Privacy Policy."). None without the
        button and the consent line there, or with another sentence: a sentence after a
        prompt may be the article's. A quoted or reported tagline is someone's words."""
        text = self.text
        tag = _sentence_after(text, line, end)
        if tag is None or tag[1] - tag[0] > _TAGLINE or \
                _LETTER_WORDS.search(text, *tag) is None or \
                not _QUOTES.isdisjoint(text[tag[0]:tag[1]]) or _reported(text, *tag):
            return None
        m = _FORM_TAIL.match(text, tag[1], line.end)
        if m is None:
            return None
        consent = _CONSENT.search(m.group())
        if consent is None or not m.group()[:consent.start()].split("By ", 1)[0].strip():
            return None
        return m.end()

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
        # The ad label the page prints over the box, flattened onto its heading
        # ("… gare. Publicité Newsletter Bretagne Intérieure Chaque matin, … Je
        # m'inscris"): the heading opens after it.
        label = _inline_label_at(self.rules, text, s, e)
        at = s if label is None else min(_after_spaces(text, label), e)
        if (head and (self.rules.channel.search(head) is not None
                      or self.rules.signup.match(head) is not None)) or \
                self.rules.channel.match(text, at) is not None or \
                self.rules.channel.fullmatch(_glued_word(text, at)) is not None:
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
        channel (or offers the letter by its kind: "Get the Morning Briefing"), or the
        tagline names it to the reader ("Get the Harbour Bulletin" /
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
        # A heading that offers the letter by its kind names it too ("Get the Morning
        # Briefing"): no subhead of an article's reads so.
        named = named or _OFFERED_LETTER.fullmatch(text, line.start, line.end) is not None
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
        with no length after it (where it ends cannot be told). A cue that ends in a
        full stop ("Vidéo. Découvrez notre reportage") also opens an article's headline
        ("VIDÉO. Incendie à Marseille : …"): its line goes only with the player right
        under it, its state or its length ("Lecture en cours" / "01:32"), which go too."""
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
                if self.text[end - 1] == ".":
                    under = self._player_under(i)
                    if under == i + 1:
                        continue
                    self.drop_lines(i + 1, under)
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

    def player_times(self, ends: list[int]) -> None:
        """A player's time display, a line of its own ("0:00 / 1:42", ending at one of
        ``ends``), and the heading right over it ("Video", ``_PLAYER_HEADINGS``): over
        a time display a bare "Video" is the player's, not a section's."""
        for end in ends:
            i = self.line_of(end - 1)
            self.drop_line(i)
            if i > 0 and i - 1 not in self.removed and self._body(i - 1) in _PLAYER_HEADINGS:
                self.drop_line(i - 1)

    def _player_under(self, i: int) -> int:
        """The line after the player's lines right under line ``i``: its state
        ("Lecture en cours") or what ``_player_rest`` reads ("01:32")."""
        n = i + 1
        while n < len(self.bounds) and n not in self.removed and (
                self._body(n) in _PLAYER_STATES or _player_rest(self._body(n))):
            n += 1
        return n

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

    def licences(self) -> None:
        """A republish box's licence line right under its removed heading ("Republish
        this story" / "This work is licensed under a Creative Commons Attribution 4.0
        International License."), a line of nothing else (``_LICENCE_LINE``). Left
        alone: the line anywhere else, or with more sentences after it."""
        # The licence's fixed opening fails at once on most lines; the heading's key
        # (a lower-cased, folded copy) is made only over one that passes.
        for i in sorted(self.removed):
            if i + 1 < len(self.bounds) and i + 1 not in self.removed \
                    and _LICENCE_LINE.fullmatch(self._body(i + 1)) is not None \
                    and _key(self._body(i)) in _REPUBLISH_HEADINGS:
                self.drop_line(i + 1)

    def durations(self) -> None:
        """An audio player's or reading-time widget's duration on the line under its
        removed label ("Ascolta l'articolo" / "3 min", "Listen to this article" /
        "4 min"): a line of nothing but minutes; and the rest of a player's widget
        under a line that went, line by line (``_player_rest``: "1x", "Powered by
        VoiceLayer", "new"), and a duration glued to the headline right under a
        removed label that names a player ("Vorlesen" / "4 minNeue Brücke …":
        ``_glued_duration``; the headline stays). Left alone: these under a line that
        stays ("Cook time" / "3 min": a recipe's), and a live blog's entry time over its
        headline (``_entry_time``)."""
        self._read_aloud()
        walked = -1  # the last line read under a removed one: none is read twice
        for i in sorted(self.removed):
            n = max(i + 1, walked + 1)
            while n < len(self.bounds) and n - 1 in self.removed and n not in self.removed \
                    and _player_rest(self._body(n)) and not self._heads_entry(n - 1, n):
                self.drop_line(n)
                n += 1
            if n == i + 1 < len(self.bounds) and n not in self.removed:
                glued = _glued_duration(self._body(i), self._body(n))
                if glued:
                    line = self.line(n)
                    self.spans.append((line.start, line.start + glued, ""))
            walked = n

    def _read_aloud(self) -> None:
        """Dutch "Voorlezen", a read-aloud player's button, as a line of nothing else
        only right over the player's minutes glued to the headline ("Voorlezen" / "3
        minNieuwe brug …": ``_glued_duration``, which ``durations`` then cuts). Alone it
        is as often a subhead ("Tips voor ouders" / "Voorlezen" / "Lees elke dag …"),
        and stays. Flattened onto the headline's line, at its start ("Voorlezen 3
        minNieuwe brug …", "Voorlezen3 minNieuwe …"), the button and the minutes go.
        Looked for by one ``str.find`` over a text the finder reads."""
        at = self.text.find(_READ_ALOUD)
        while at >= 0:
            i = self.line_of(at)
            line = self.line(i)
            end = at + len(_READ_ALOUD)
            rest = self.text[end:line.end]
            gap = len(rest) - len(rest.lstrip(" \t")) if rest[:1] in (" ", "\t") else 0
            if at != line.start:  # inside a line: a sentence's word
                pass
            elif not rest:
                if i + 1 < len(self.bounds) and _glued_duration(_READ_ALOUD, self._body(i + 1)):
                    self.drop_line(i)
            elif gap <= 1:
                glued = _glued_duration(_READ_ALOUD, rest[gap:])
                if glued:
                    self.spans.append((at, end + gap + glued, ""))
            at = self.text.find(_READ_ALOUD, end)

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

    def _heads_entry(self, label: int, i: int) -> bool:
        """Whether line ``i``, a time under removed line ``label``, heads a live blog's
        entry (``_entry_time``: its headline on the next line, which stays)."""
        n = i + 1
        below = self._body(n) if n < len(self.bounds) and n not in self.removed else ""
        return _entry_time(self._body(label), self._body(i), below or None)

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
        that is not on a line of its own, any list followed by other text (an
        article's own list of names goes on to a sentence), and one of lower-case
        lines only ("Sujets" / "le logement" / "les transports": a list that a
        sentence of the article introduced; a site's list capitalises a tag or more,
        "Flooding" / "live news")."""
        ends = {e for _, e, _ in self.spans}  # where a unit ends (a tag list may follow)
        tail: tuple[int, int, int] | None = None
        for start, end, kinds, _ in hits:
            if "topics" not in kinds:
                continue
            i = self.line_of(start)
            if i not in self.removed:
                self._tag_list(self.line(i), start, end, ends)
                continue
            if tail is None:
                tail = self._topic_tail()
            first, last_body, last_capital = tail
            if first <= i + 1 <= last_body and last_capital > i:
                for n in range(i + 1, len(self.bounds)):
                    if n not in self.removed and self._body(n):
                        self.drop_line(n)
                return

    def _topic_tail(self) -> tuple[int, int, int]:
        """Where the text's tail of topic lines starts (every line from there to the
        end is blank, removed or a ``_topic_line``), the last of its lines with a
        topic in it and the last with a capitalised one (-1: none). Found once, from
        the end: a heading's test is then a comparison, not a read of every line
        after it (quadratic for a text of headings)."""
        first, last_body, last_capital = len(self.bounds), -1, -1
        for n in range(len(self.bounds) - 1, -1, -1):
            if n not in self.removed:
                body = self._body(n)
                if body and not _topic_line(body):
                    break
                if body and last_body < 0:
                    last_body = n
                if body[:1].isupper() and last_capital < 0:
                    last_capital = n
            first = n
        return first, last_body, last_capital

    def _tag_list(self, line: _Line, start: int, end: int, ends: set[int]) -> None:
        """A tag list glued after a sentence in a paragraph or flattened text ("… he
        said. Tags: Schools, Charity, Fundraising"): the heading with its colon, then
        comma-separated tags (``_TAG_LIST``) that run to the end of the line or into a
        unit already found ("… Tags: a, b Share on Facebook"). Left alone: a heading
        after a word (inside a sentence), one with no colon, and a list that a sentence
        goes on after (an article's list of names). In flattened text, the tags run
        together after a heading of two words or more that follows a sentence's end
        in the text's last line (``_flat_tags``).
        """
        text = self.text
        if _where(text, start) == _WORD and start not in ends and \
                _before_spaces(text, line, start) not in ends:
            return  # (after a word, unless right after a unit: "No comments: Labels: …")
        m = _TAG_LIST.match(text, end, line.end)
        if m is None:
            m = self._flat_tags(line, start, end)
            if m is None:
                return
        stop = m.end()
        if stop < line.end and not any(a <= stop <= b for a, b, _ in self.spans):
            return
        self.spans.append(_inline_span(text, line, start, stop))

    def _flat_tags(self, line: _Line, start: int, end: int) -> regex.Match[str] | None:
        """The tags that flattened text ran together after their heading (``start`` to
        ``end``) at the text's end ("… next spring. Related Topics Planning Housing
        Brightwater", "… the day. Explore more on these topics Flooding Weather live
        news"; ``_FLAT_TAGS``, half the words capitalised): after a sentence's end in
        the text's last line, under a heading of two words or more. Left alone: a
        bare "Topics" or "Tags" (an article's line may open with the word: "Topics
        Discussed Included Housing And Roads"), a heading at its line's start (a text
        of such lines is no page's, and would lose one a pass), and words after which
        the text goes on."""
        text = self.text
        before = _before_spaces(text, line, start)
        if before <= line.start or text[before - 1] not in _SENTENCE_ENDS or \
                " " not in text[start:end].strip():
            return None
        if self._text_end is None:
            self._text_end = len(text.rstrip())
        if line.end < self._text_end:
            return None
        m = _FLAT_TAGS.match(text, end, line.end)
        if m is None or m.end() < line.end or not _tag_words(m.group("tags")):
            return None
        return m

    def app_lines(self, apps: list[int]) -> None:
        """App pitches on lines of their own (``_app_line``): ``apps`` are the ends of
        their verbs at a line's start (``_LINE_STARTS``)."""
        for end in apps:
            i = self.line_of(end - 1)
            if i not in self.removed and _app_line(self.text, self.line(i)):
                self.drop_line(i)

    def last_button(self, at: int) -> None:
        """The button that ends the text (``_last_button``): its line, with an affiliate
        box's pick right over a shop button (``_deal_pick``), or in flattened text what
        follows the teaser's truncation marker."""
        i = self.line_of(at)
        if at == self.bounds[i][0]:
            self.drop_line(i)
            above = i - 1
            if above >= 0 and above not in self.removed and \
                    _deal_pick(self._body(i), self._body(above)):
                self.drop_line(above)
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

    def toolbars(self, spans: Sequence[Span]) -> None:
        """An article's toolbars (``_toolbars``): a line of nothing else goes whole;
        one flattened onto a line goes with the spaces after it."""
        for start, end, _ in spans:
            i = self.line_of(start)
            line = self.line(i)
            if start <= line.start and end >= line.end:
                if i not in self.removed:
                    self.drop_line(i)
            else:
                self.spans.append(_inline_span(self.text, line, start, end))

    def shop_boxes(self) -> None:
        """An affiliate box's price lines and its deal button (``_shop_runs``)."""
        for start, _ in _shop_runs(self.text):
            i = self.line_of(start)
            if i not in self.removed:
                self.drop_line(i)

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
            elif labels_only or opens or self._player_label(line, line_hits):
                self.drop_line(i)
            else:
                found = _inline(self.rules, self.text, line, line_hits, runs, self.cache)
                self.spans.extend(found)
                self._tail(line, line_hits, runs, found)

    def _player_label(self, line: _Line, line_hits: Sequence[_Hit]) -> bool:
        """Whether a line is a player's [label] and its duration alone ("Escuchar
        noticia · 3 min", ``_player_line``), the label right at the line's start."""
        if len(line_hits) != 1 or "label" not in line_hits[0][2]:
            return False
        start, end = line_hits[0][0], line_hits[0][1]
        return not self.text[line.start:start].strip() and \
            _player_line(self.text, start, end, line.end)

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
                               "lead" in line_hits[0][2] else None) \
            and not ("block" in line_hits[0][2] and self._unasked(line, line_hits[0][0]))
        own = None
        if opens and not labels_only:
            own = _label_end(self.text, line, line_hits[0],
                             _prompt_sentence(self.text, line, line_hits, self.cache))
        return labels_only, opens, own

    def _unasked(self, line: _Line, start: int) -> bool:
        """Whether a notice that opens ``line`` at ``start`` is the article's words
        (``_articles_notice``, on its first sentence)."""
        at = _sentence_at(self.text, line, self.cache, start)
        return _articles_notice(self.text, line.start, start,
                                line.end if at is None else at[1])

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
            if stop <= line.start or text[stop - 1] not in _TAIL_STOPS:
                continue
            # Glued to the stop (text joined with no space: "… free.Like this story?
            # Get …"), only after a word's small letter: "U.S.Share" is an abbreviation.
            if stop == start and not (stop - 2 >= line.start and text[stop - 2].islower()):
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
        for k, (s, e) in enumerate(sentences(text, start, end)):
            if k >= first and not _cue_in(cues, s, e) and text[s:e].endswith(_CLOSED) and \
                    not _addresses_reader(text, s, e):
                return False
            # A button glued to the article's next sentence with no stop between ("…
            # here. SIGN UP NOW The council said …", the prompt's own sentence too: "Play
            # Video Current Time 0:00 Loaded: 0% Officials said …"): the article starts
            # again in it.
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
        """What bars leave beside lines and labels that went: a share bar's buttons
        under its label, padded menus, a share bar's counts, its last button glued to
        the next paragraph."""
        self.bars_under_labels()
        self.spaced_bars()
        self.share_counts()
        self.glued_last_button()

    def bars_under_labels(self) -> None:
        """A share bar's buttons, lines of a network's name each, under its share label
        that went glued to the end of the line above ("… otte biler.Del artiklen" /
        "Facebook" / "LinkedIn"): two lines of names or more. Left alone: names under a
        line that stays whole (a list of the networks an article names)."""
        text = self.text
        for start, end, _ in sorted(self.spans):
            if end >= len(text) or text[end] != "\n" or \
                    _key(text[start:end]) not in self.rules.share:
                continue
            n = self.line_of(end) + 1
            names = n
            while names < len(self.bounds) and names not in self.removed and \
                    _key(self._body(names)) in self.rules.social:
                names += 1
            if names - n >= _BAR_NAMES:
                self.drop_lines(n, names)

    def glued_last_button(self) -> None:
        """A share bar's last button that markup glued to the next paragraph's first
        word, under two or more of its buttons' removed lines ("Facebook" / "LinkedIn" /
        "MailDe godt 300 fastboende …"): the name, up to the capital that opens a short
        word in lower case (``_GLUED_WORD``: an article or a pronoun, "De", "The", "La").
        Left alone: a line under one removed name (a bar of one button may be a word), a
        name that runs on in lower case ("Mailbox"), and one that a longer word in
        capitals runs on from (a name of its own: "MailOnline reported …")."""
        text = self.text
        for i in sorted(self.removed):
            n = i + 1
            if n in self.removed or n >= len(self.bounds) or i - 1 not in self.removed or \
                    _key(self._body(i)) not in self.rules.social or \
                    _key(self._body(i - 1)) not in self.rules.social:
                continue
            line = self.line(n)
            for k in range(line.start + 1, min(line.end - 1, line.start + _GLUED_NAME)):
                if text[k].isupper() and text[k + 1].islower() and \
                        _key(text[line.start:k]) in self.rules.social:
                    if _GLUED_WORD.match(text, k, line.end) is not None:
                        self.spans.append((line.start, k, ""))
                    break

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
        no removed line, and a live blog's entry time over its headline ("Share" /
        "14:05" / "Bridge closed": ``_entry_time``)."""
        if len(rest) >= 2 and all(w.casefold() in self.rules.menu for _, w in rest):
            for i, _ in rest:
                self.drop_line(i)
            return
        previous: int | None = None  # the last non-blank line before, in the run
        for i, w in run:
            if w is not None and previous in self.removed and (
                    (_DURATION.fullmatch(w) and not self._heads_entry(previous, i))
                    or _key(w) in self.rules.buttons):
                self.drop_line(i)
            elif w is not None or i in self.removed:
                previous = i
