"""Where a linked title glued into flattened text ends: before a sentence opener, at a
junction of two blocks, a dialogue dash or the next unit (``_glued_title``), or before a
sentence that opens with a noun or a name (``_title_before_sentence``).
"""

from __future__ import annotations

from cleantext._lazy import lazy
from cleantext._units import CLOSERS, GERMAN_MONTHS
from cleantext.cleaners.trailers._boundaries import _ends_as_sentence, _prev_nonspace
from cleantext.cleaners.trailers._patterns import _ENDS
from cleantext.cleaners.trailers._sentence_starts import (
    _CJK_STOP,
    _CONJUNCTIONS,
    _MAX_TITLE_WORDS,
    _NEXT_STOP,
    _NO_TITLE_END,
    _OPEN_QUOTES,
    _SPEECH_WORDS,
    _TOKEN,
    _URL_STARTS,
    _WORD_OPENERS,
    _glued_stop,
    _junction,
    _new_question,
    _opens_sentence,
)
from cleantext.cleaners.trailers._title_shapes import _SPACELESS, _spaceless_title


def _sentence_follows(text: str, pos: int, end: int) -> bool:
    """Does an article sentence start at ``pos``: does the segment up to ``end`` end as a
    sentence, or does the first sentence after ``pos`` end within the next 400
    characters, in a stop and a capital after three words or more (the segment may end
    in another unit: "… in the square.Read more news from the valley")?"""
    if _ends_as_sentence(text, pos, end):
        return True
    m = _NEXT_STOP.search(text, pos, min(end, pos + 400))
    return m is not None and text.count(" ", pos, m.start()) >= 3


#: A dash that opens a quoted speech in flattened text ("… syksyllä – Halusimme, että …",
#: "… płaci? – Bobry są …"): Finnish, Polish, Hungarian, Russian, Czech, Italian and
#: Spanish set speech so. A title's own dash ("Budżet 2025 – wyniki") has a lower-case
#: word after it, and one before a capital ends the title early at worst: the rest stays.
_DIALOGUE_DASHES = frozenset({"–", "—"})
#: A dialogue dash that opens a question or an exclamation, a Spanish interview's turn.
_TURN = lazy(r"[–—][¿¡](?=[^\W\d_])")


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
    """Where a linked title glued into a line ends (see _title_run), before a live blog's
    time stamp when one opens the next entry (see _before_entry_time)."""
    kind, te = _title_run(text, ts, end, next_units)
    return kind, (_before_entry_time(text, ts, te) if kind == "cut" else te)


def _title_run(
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
        if (
            words >= 2 and w[0] in "?!" and w[1:2].isupper() and prev[-1:].isalnum()
            and _sentence_follows(text, m.start() + 1, end)
        ):
            # French spacing, the next block glued to the mark: "… à l'heure ?Le
            # téléphérique …" (see _spaced_mark_end).
            return "cut", _spaced_mark_end(text, ts, m.start())
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
        if (
            stop_in is not None and w[stop_in.start()] == "." and words >= 3
            and (lower_seen or w[:1].islower())
        ):
            # A full stop run into the next block ("… los últimos botones.Comentarios"),
            # with no sentence after it: the run before it, four words or more in
            # sentence case, is an article sentence, and titles end in no full stop; what
            # follows is a widget (a comment box), not the rest of a title. A kicker's
            # stop comes after three words at most ("Gmina Piaseczno.Budżet …").
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
            and not _quoted_speech(w, prev)
        ) or (words and m.start() in next_units):
            if dash >= 0 and prev[-1:] in _DIALOGUE_DASHES:
                return "cut", dash  # "… z Piasecznem – Do tej pory …": the dash is speech's
            if prev[-1:] == ":" and w[0] in _OPEN_QUOTES:
                close = _kicker_quote_end(text, m.start(), stop, end)
                if close:
                    return "cut", close  # "… Molenaar: ‘Wij malen door’ De molen …"
            later = _later_junction(text, m.end(), stop, end) if w[0].isupper() else 0
            if later:
                return "cut", later  # "… basisschool De Klimop trekt bijen aanDe …"
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
        elif dash < 0 and words >= 2 and lower_seen and not w.isalnum():
            # A Spanish interview's next turn, its dash before "¿" or "¡" ("… real de
            # Ordás —¿Cuánto dura …?", glued: "… de Ordás—¿Cuánto …"): no title holds one.
            turn = _TURN.search(w)
            if turn is not None and w[turn.end()].isupper() and (
                    turn.start() == 0 or w[turn.start() - 1].isalpha()):
                dash = m.start() + turn.start() if turn.start() else _prev_nonspace(
                    text, m.start(), ts) + 1
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
                if dash < 0 and lower_seen and _asked_then_sentence(text, pos, stop, end):
                    # "… se vident-ils encore ? « Les gens … »"; but a title before a
                    # question of the article's own ends before it: "… harbour budget
                    # Why did it take so long? The mayor …".
                    q = _new_question(text, ts, pos)
                    return "cut", pos if q < 0 else _prev_nonspace(text, q, ts) + 1
            return _after_dash(text, dash, ts, end)
    tail = text[ts:pos].rstrip(CLOSERS)
    if words and final < pos and not (
        tail.endswith((".", "。")) and not tail.endswith("..")
    ):
        return "whole", end  # a title may end in "?", "!" or "…", not in a full stop
    return _after_dash(text, dash, ts, end)


def _spaced_mark_end(text: str, ts: int, mark: int) -> int:
    """Where a linked title from ``ts`` ends when its French-spaced "?" or "!" at ``mark``
    runs into the next block's capital ("… à l'heure ?Le téléphérique …"): after its
    mark, as when the mark runs into the capital with no space ("… der Landkreis?Kritik
    …"); but a title before a question of the article's own ends before that question,
    which stays ("… après des mois de retard Pourquoi a-t-il fallu si longtemps ?Le
    maire …", see _new_question), as after a spaced mark below.

    >>> t = "Le port adopté après des mois de retard Pourquoi si longtemps ?Le maire"
    >>> t[: _spaced_mark_end(t, 0, t.index("?"))]
    'Le port adopté après des mois de retard'
    """
    q = _new_question(text, ts, mark + 1)
    return mark + 1 if q < 0 else _prev_nonspace(text, q, ts) + 1


def _asked_then_sentence(text: str, pos: int, stop: int, end: int) -> bool:
    """Does an article sentence open right after a title that asks, at ``pos`` (after
    its "?" or "!"): a sentence opener ("Le", "The") or an opening quote before a capital
    ("« Les …", "“We …"), and a sentence that runs on from it (see _sentence_follows)?
    The title ends at its question then; a name or a noun after it may be the title's
    second part ("Who pays? Council splits"), and keeps the paragraph's rule."""
    nxt = _TOKEN.search(text, pos, stop)
    if nxt is None or text[pos:nxt.start()].strip():
        return False
    w = nxt.group()
    if w in ("«", "‹") and nxt.end() < stop and text[nxt.end()] == " ":
        w2 = _TOKEN.search(text, nxt.end(), stop)  # French quote set apart: "« Les …"
        opens = w2 is not None and w2.group()[:1].isupper()
    else:
        opens = _opens_sentence(w)
    return opens and _sentence_follows(text, nxt.start(), end)


#: The marks that close a quotation a title holds: "’", "”", "»", "“" (German), "'", '"'.
_CLOSE_QUOTES = "’”»“'\"›"


def _kicker_quote_end(text: str, pos: int, stop: int, end: int) -> int:
    """Where a quotation that opens at ``pos``, after a title's colon, closes, when the
    title ends there: a headline quotes after its kicker ("Lees ook: Molenaar: ‘Wij
    malen door’ De molen …"), and the quote is the title's, not the next sentence's
    (after a verb of saying it is speech inside a sentence: see _quoted_speech). The
    quote must close within a title's length, hold no stop before its closing mark,
    and have a capitalised word after it that opens an article sentence (see
    _sentence_follows); 0 if not."""
    for words, m in enumerate(_TOKEN.finditer(text, pos, stop)):
        w = m.group()
        core = w.rstrip(",;:")
        if core[-1:] in _CLOSE_QUOTES and (
                (words and len(core) == 1)  # a French quote's mark set apart: "… ça »"
                or (len(core) > (1 if words else 2) and (core[-2].isalnum() or core[-2] in "?!…"))):
            q = m.start() + len(core)
            nxt = _TOKEN.search(text, q, stop)
            if core != w or nxt is None or not nxt.group()[:1].isupper() or (
                    nxt.start() == q):
                return 0
            return q if _sentence_follows(text, nxt.start(), end) else 0
        if words >= _MAX_TITLE_WORDS or core.endswith(_ENDS):
            return 0
    return 0


def _later_junction(text: str, pos: int, stop: int, end: int) -> int:
    """Where a title ends at a junction of two blocks (see _junction) that comes after a
    capitalised article and the capitalised word after it (from ``pos``), before any
    stop: the article is a name's ("Lees ook: Bijenhotel bij basisschool De Klimop trekt
    bijen aanDe vereniging …"), where the text's blocks were joined by nothing and a
    space joins none; 0 if no such junction, with an article sentence after it, comes
    within a title's length. (An article before a lower-case word opens a sentence.)"""
    for words, m in enumerate(_TOKEN.finditer(text, pos, stop)):
        w = m.group()
        if not words and not w[0].isupper():
            return 0
        if words >= _MAX_TITLE_WORDS or (not w.isalnum() and (
            _glued_stop(w) is not None or w.rstrip(CLOSERS).endswith(_ENDS)
        )):
            return 0  # a sentence ended first: the opener's is the article's
        if len(w) > 4 and not w.islower():
            j = _junction(w)
            if j and _sentence_follows(text, m.start() + j, end):
                return m.start() + j
    return 0


_ORDINAL = lazy(r"\d{1,2}\.")


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
    return head[:1].islower() or head.lower() in GERMAN_MONTHS or _month_glued(head)


def _month_glued(word: str) -> bool:
    """Is ``word`` a month run into the next block's capital ("zum 1. AprilDer
    Seniorenbeirat …", blocks joined by nothing)?"""
    low = word.lower()
    return any(
        low.startswith(m) and len(word) > len(m) and word[len(m)].isupper() for m in GERMAN_MONTHS
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


def _quoted_speech(word: str, prev: str) -> bool:
    """Is ``word``, opening with a quotation mark, speech a sentence quotes after a verb
    of saying and a colon or a comma ("… Ruth Okafor said: "This was …", "… sagte:
    „Das …")? There the quotation is inside the sentence, and the sentence started
    before it: no title ends at its mark. After a noun or a name it may be a title's
    own quote ("Montagna, boom di soccorsi: «Servono scarpe …»"), where the title may
    end as before."""
    return (
        word[:1] in _OPEN_QUOTES and prev.endswith((":", ","))
        and prev[:-1].lower() in _SPEECH_WORDS
    )


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


#: Words that open a count before "than" ("More than 500 people …", "Fewer than …").
_COUNT_WORDS = frozenset({"more", "fewer", "less"})


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
            ) and not (
                # "… pub revival More than 500 people …": a count opens a news
                # sentence; a sentence-case title writes "more than" in lower case.
                # (Only after a title that opens as one, with a capital: "Read more:
                # the council said More than …" is prose; and only "than" in lower
                # case: "… said More Than Words volunteers …" is a name.)
                tokens[i + 1][1] == "than" and word.lower() in _COUNT_WORDS
                and tokens[0][1][:1].isupper()
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
    return _before_entry_time(text, ts, q + 1)


# A clock time as live blogs stamp their entries: "10:32", "9h30", "10.32am", "09.30"
# (a bare "9.30" or "12.50" is as often a price or a figure: only with a word of time).
_CLOCK = lazy(
    r"(?:[01]?\d|2[0-3])(?::|h)[0-5]\d|0\d\.[0-5]\d|(?:[01]?\d|2[0-3])[.:][0-5]\d[ap]m"
)
# A clock run into the title's last lower-case word ("… lahm10.45 Uhr").
_GLUED_CLOCK = lazy(r"([^\W\d_]*[^\W\d_A-Z])(\d{1,2}[:.h]\d{2}(?:[ap]m)?)")
_DOTTED_CLOCK = lazy(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# The capitalised word some live blogs print before an entry's time ("Ore 9.30", "Kl.
# 10.30", "Klo 9.30", "Godz. 9:30"), and the unit others print after it ("10.30 Uhr",
# "14.05 uur", "10.32 GMT").
_TIME_WORDS = frozenset({"ore", "hora", "kl.", "kl", "klo", "klo.", "godz.", "godz"})
_TIME_UNITS = frozenset({"uhr", "uur", "h", "gmt", "bst", "cet", "am", "pm"})
# Words after which a time is a title's own ("… resume at 9.30", "… fino alle 9.30", "…
# um 10.30 Uhr", "… vanaf 14.00 uur"), with the prepositions of _OBJECT_WORDS.
_TIME_PREPOSITION_LIST = """at by after before from till to around since the à a dès vers
    avant après jusqu'à um ab bis seit vor nach om tot vanaf voor na rond alle dalle entro
    dopo prima fino ore las la desde hasta antes às até kl klo klockan godz o od do po przed"""
_TIME_PREPOSITIONS = _OBJECT_WORDS | frozenset(_TIME_PREPOSITION_LIST.split())


def _before_entry_time(text: str, ts: int, te: int) -> int:
    """Where a title that ends at ``te`` ends when its last words are a live blog's time
    stamp, the next entry's ("Leggi anche: <title> Ore 9.30 Il sindaco …", "… <title>
    10:32 The council …", lines joined by spaces): before the stamp, which is the
    article's. A title may hold a time ("Trains resume at 9.30 after strike"): after a
    preposition ("at", "alle", "um"), a comma or a colon, or with fewer than two words
    before it, the time is the title's and ``te`` stands. Read once, where a title's end
    was found, over its last 60 characters."""
    lo = max(ts, te - 60)  # a title's last four words, the first perhaps cut short
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(text, lo, te)]
    i = len(toks) - 1
    unit = i > 0 and toks[i][1].lower() in _TIME_UNITS
    if unit:
        i -= 1
    start = i
    worded = i > 0 and toks[i - 1][1].lower() in _TIME_WORDS and toks[i - 1][1][:1].isupper()
    if worded:
        start -= 1
    word = toks[i][1] if toks else ""
    glued = None if worded else _GLUED_CLOCK.fullmatch(word)
    if glued is not None:
        # Blocks joined by nothing: "… lahm10.45 UhrDer …", the stamp run into the
        # title's last word. The stamp starts at its figure.
        word = glued.group(2)
        toks[i] = (toks[i][0] + glued.start(2), word)
        toks.insert(i, (toks[i][0] - glued.start(2), glued.group(1)))
        start = i = i + 1
    if not (_CLOCK.fullmatch(word) or ((unit or worded) and _DOTTED_CLOCK.fullmatch(word))):
        return te
    before = toks[start - 1][1] if start > 0 else ""
    if start < (2 if lo == ts else 1) or before.endswith((",", ":", ";")) or (
            before.lower() in _TIME_PREPOSITIONS):
        return te
    return toks[start][0] if glued is not None else _prev_nonspace(text, toks[start][0], ts) + 1


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


def _seen_end(text: str, ts: int, le: int) -> int | None:
    """Where a title starting at ``ts`` visibly ends: glued to the next sentence
    (``_glued_title``) or before a sentence no opener list holds the first word of
    (``_title_before_sentence``); None if neither shows it."""
    kind, te = _glued_title(text, ts, le)
    return te if kind == "cut" else _title_before_sentence(text, ts, le)
