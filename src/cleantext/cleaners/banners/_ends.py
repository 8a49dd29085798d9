"""Where a wall ends in a sentence: at the sentence's end, or before the article's first
sentence where the wall's buttons, an offer or a price, or its last words ran into it
with a line break lost; and whether what follows buttons is more of the wall."""

from __future__ import annotations

import re

from cleantext._lazy import lazy
from cleantext.cleaners.banners._chrome import _accepts, _glued_chrome_end, _is_chrome, _runs_into
from cleantext.cleaners.banners._doc import _Doc, _match_end
from cleantext.cleaners.banners._letters import (
    _CAMEL,
    _CJK,
    _LETTERS,
    _LO,
    _UP,
    _capitalised_at_word,
)
from cleantext.cleaners.banners._limits import _CAMEL_BUTTON_MAX, _MAX_TRIES, _MEDIUM_MAX
from cleantext.cleaners.banners._reads import _in_quotes, _is_medium, _is_offer


def _offer_end(doc: _Doc, start: int, end: int) -> int:
    """Where a paywall's offer ends in the sentence ``text[start:end]``: before the
    article's first sentence where the line break after the offer was lost and its line
    had no stop to end it ("Offre découverte : 2 € le premier mois Le conseil municipal
    a adopté …": ``_sentence_after`` its last offer wording, or the buttons right after
    it); else ``end``."""
    last = None
    for n, m in enumerate(doc.lex.offer.finditer(doc.low, start, end)):
        if n >= _MAX_TRIES:
            break
        last = m
    if last is None:
        return end
    # The offer's buttons between it and the article ("3 maanden voor € 1 Word abonnee De
    # gemeenteraad …", "1 mois pour 1 € Je m'abonne Le conseil …"): they are the wall's,
    # and the article starts after them. (One match from the offer's end: linear.)
    buttons = doc.lex.chrome.match(doc.low, last.end(), end)
    if buttons is not None:
        stop = buttons.end()
        while stop > last.end() and doc.text[stop - 1] == " ":
            stop -= 1
        after = _sentence_after(doc, stop, end) if stop > last.end() else end
        if after < end:
            return after
    # "… £3.49/month without adsThe council approved …": the offer's last word run into
    # the article's first sentence, no space nor stop left between them.
    if _BLOCK_JOIN.match(doc.text, last.end()) is not None and \
            _article_sentence(doc, last.end(), end):
        return last.end()
    return _sentence_after(doc, last.end(), end)


def _wall_tail(doc: _Doc, start: int, end: int) -> bool:
    """Whether the line's last words, after a wall's buttons, read as more of the wall
    (``_is_medium``), also where its last button is run into them with no space ("…
    Se connecterOffre spéciale : 1 € le premier moisS'abonner": the offer's last word
    then ends at the join, where the scans' right word edge would not see it; "… Log
    inSubscribe from £1 a week": their first word starts at the join)."""
    doc, start, end = _from_join(doc, start, end)
    if _is_medium(doc, start, end):
        return True
    lo = max(start + 1, end - _CAMEL_BUTTON_MAX)
    joins = [m.start() for m in _CAMEL.finditer(doc.text, lo, end)]
    # (The last join: a button is one word or a few, run into the wall's last one.)
    return bool(joins) and _is_chrome(doc, joins[-1], end) and _is_medium(doc, start, joins[-1])


# A suffix after an apostrophe: the word a button's name ends in goes on, the button
# closes nothing (Turkish "… için Çerez Politikası'nı inceleyebilirsiniz.").
_SUFFIX = lazy(r"['’][^\W\d_]")


def _wall_end(doc: _Doc, last_hit: tuple[int, int], end: int) -> int:
    """Where the wall in a sentence ends: at the sentence end, or before an article
    sentence glued to its closing buttons ("… see here: Cookie Policy The council …").

    ``last_hit`` is the wall wording that ends last. The closing link may be that
    wording's own last word ("… in unserer Datenschutzerklärung Gericht …"), so links are
    looked for from where the wording starts, and taken if they end past it. The last
    button may be run into the article's first word, and the buttons into the wall's
    last stop (``_glued_chrome_end`` with ``camel``: asked only for the few wall and
    wall-like sentences).
    """
    hit_start, hit_end = last_hit
    for n, m in enumerate(doc.lex.strong_button.finditer(doc.low, hit_start, end)):
        if n >= _MAX_TRIES:
            break
        p = m.start()
        if _in_quotes(doc.text, p, m.end(), hit_start, end):
            continue  # the wall names its button: "En cliquant sur « Tout accepter »"
        if _capitalised_at_word(doc.text, p, p) or _CJK.match(doc.text, p):
            glued = _glued_chrome_end(doc, p, end, camel=True)
            if (glued is not None and glued >= hit_end and not _more_wall(doc, glued, end)
                    and _SUFFIX.match(doc.text, glued) is None):
                return glued
    # "… nuestra Política de cookies.RechazarConfigurarAceptar y continuarEl pleno …":
    # where the line breaks went with no space, the buttons follow the wall's last stop
    # with none either, and the scan above, which wants word edges, passes them over.
    # The first few such stops after the wording are tried: a wall may go on past its
    # first ("… Privacy Center.ZEIT ONLINE ohne WerbungNutzen Sie … für 1,99 € /
    # Woche.Jetzt abonnierenBundesländer streiten …").
    glued = _buttons_at(doc, _GLUED_STOP, hit_end, end)
    if glued is not None:
        return glued
    after = _sentence_after(doc, hit_end, end)
    if after == end and hit_end > hit_start:
        after = _sentence_after_price(doc, hit_end, end)
    if after == end and hit_end > hit_start:
        after = _sentence_after_purpose(doc, hit_end, end)
    if after < end or hit_end == hit_start:
        return after
    # "… you have not accepted cookiesThe budget passed on Tuesday.": the wall's last
    # words run into the article's next sentence, with no stop and no space. (Not for
    # a wall-like sentence, ``hit_start == hit_end``: ``_Line.label`` reads its joins.)
    joined = _article_at_join(doc, hit_start, end, wording_end=hit_end)
    return end if joined is None else joined


# Where a block's last word ran into the next block's first, no space or stop left: a
# word of three or more lower-case letters run into a capitalised word ("settingsThe",
# "CookiesDer"), not the camel case of a name, which has fewer before its capital
# ("iPhone", "YouTube", "OneTrust"); or a word in capitals run into one ("SETTINGSThe").
# A digit run into such a word is a join too: a live blog's time stamp or a date line
# starts the next block ("… to use this feature14:32Power cut …"), and read on to the
# next capital the wall would take the stamp and the entry's headline with it; so is a
# word's stop run into one ("… powered by Disqus.14:32Power cut …"), which the
# sentence split, wanting a space or a capital after the stop, does not part.
# The capitalised word may be one letter, an article or a pronoun ("… para
# assinantesO antigo convento …", "… subscribers onlyA new bridge …"); so may the one
# after a stop ("… előfizetőink számára érhető el.A debreceni közgyűlés …", "… para
# assinantes.A câmara …"), which the sentence split, wanting a capital and a small
# letter after the stop, does not part either.
# Group 1 is the lower-case kind, group 2 the capitals, group 3 the stop.
_BLOCK_JOIN = lazy(
    f"(?<=[{_LO}]{{3}})(?=([{_UP}] ?[{_LO}]|[0-9]))"
    f"|(?<=[{_UP}]{{2}})(?=([{_UP}] ?[{_LO}]|[0-9]))"
    f"|(?<=[^\\W\\d_][.!?])(?=([0-9]|[{_UP}] [{_LO}]))"
)
# A sentence's stop, and what may close it after the stop.
_STOPS = frozenset(".!?…")
_AFTER_STOP = frozenset("\"'’”»)")
# An article sentence after such a join has at least this many words.
_ARTICLE_WORDS = 4


def _article_at_join(doc: _Doc, start: int, end: int, *,
                     wording_end: int = -1) -> int | None:
    """Where the article's next sentence starts inside the wall sentence (or wall-like
    one) ``text[start:end]``, run into the wall's last words where a line break was lost
    with no space or stop: at one of the first few ``_BLOCK_JOIN`` places ("… Change
    your cookie settingsThe budget passed on Tuesday."); None if there is none.

    Taken only where what follows the join is a whole sentence of the article: several
    words, a stop, no wall wording, nothing that reads as a wall (``_is_medium``: more
    of the wall glued to its buttons, "Cookie settingsYou can change your choice at any
    time.", stays in the wall) nor button words. The word before the join is all lower
    case from its start ("settingsThe"), or it is a button's last word ("Cookie
    SettingsThe", "COOKIE SETTINGSThe"), or the wall wording's own last word, which
    ends at ``wording_end`` whatever its case (a German noun: "… exklusiv für
    AbonnentenDer Stadtrat …"): a name's camel case run on inside a wall's sentence
    ("… share it on WhatsApp and other services.") is none of these.
    """
    text = doc.text
    found = _BLOCK_JOIN.finditer(text, start + 1, min(end, start + _MEDIUM_MAX))
    for n, m in enumerate(found):
        if n >= _MAX_GLUED_STOPS:
            break
        j = m.start()
        # (The cheap tests first: the article sentence's reads cost the most.)
        if ((m.group(1) is not None and _lower_word_before(text, j))
                or m.group(3) is not None
                or j == wording_end
                or _button_ends_at(doc, start, j)
                or (m.group(2) is not None and _caps_row_before(text, start, j))) \
                and (k := _article_start(doc, j, end)) is not None:
            return k
    return None


def _article_start(doc: _Doc, j: int, end: int) -> int | None:
    """Where the article's sentence starts after the join ``j``: at the join, or after
    the wall's buttons run into its last word and into the article's first ("…
    desarrollo de serviciosAceptar y cerrarContinuar sin aceptarMás información →Un
    pueblo …"); None if no article sentence follows."""
    if _article_sentence(doc, j, end):
        return j
    stop = _glued_chrome_end(doc, j, end, camel=True, joined=True)
    if stop is not None and _article_sentence(doc, stop, end):
        return stop
    return None


# A row of words in capitals that ends at a join: letters in capitals and the spaces
# between them, bounded by a few buttons' length (read backwards from the join).
_CAPS_ROW_MAX = 2 * _CAMEL_BUTTON_MAX


def _caps_row_before(text: str, start: int, j: int) -> bool:
    """Whether two words or more in capitals, and nothing else back to a stop or a
    lower-case word, end at the join ``j``: a row of buttons in capitals that no pack
    lists ("… do dispositivo.CONCORDO   RECUSAR   VER OPÇÕESPadaria volta …"). A wall
    that ends there ends before the article's headline run into its last button; read
    on to a later join, it would take the headline with it. Ending the wall at the
    first join only ever leaves more text: a name in capitals inside a wall's sentence
    ("… on BBC NEWSOnline …") is one word, or has lower-case words before it."""
    k = j
    lo = max(start, j - _CAPS_ROW_MAX)
    while k > lo and (text[k - 1].isupper() or text[k - 1] == " "):
        k -= 1
    if k > start and (text[k - 1].isalnum() or k == lo):
        return False  # a lower-case word, a digit, or a row too long for buttons
    return len(text[k:j].split()) >= 2


def _lower_word_before(text: str, j: int) -> bool:
    """Whether the word that ends at ``j`` is all lower case from its start."""
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k].islower()


def _button_ends_at(doc: _Doc, start: int, j: int) -> bool:
    """Whether button words (the ``glued`` scan) end at ``j``, starting at one of the
    few word starts before it, within a button's length."""
    text = doc.text
    lo = max(start, j - _CAMEL_BUTTON_MAX)
    for k in range(j - 1, lo - 1, -1):
        if (k == start or not text[k - 1].isalnum()) and \
                _match_end(doc.lex.glued, doc, k, j, cut=True, full=True) is not None:
            return True
    return False


def _article_sentence(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole article sentence: at least
    ``_ARTICLE_WORDS`` words ended by a stop, no wall wording in it, not wall-like and
    not opened by button words."""
    tail = doc.text[start:end].rstrip()
    if tail[-1:] in _AFTER_STOP:
        tail = tail[:-1]
    if tail[-1:] not in _STOPS or len(tail.split()) < _ARTICLE_WORDS:
        return False
    # Read from ``start`` as from a word's start: the join is one ("abonneesLees verder
    # met een Plus-abonnement."), which the left word edge would not see in the text.
    low = doc.low[start:end]
    if any(doc.lex.words.spans(low, 0, end - start)):
        return False
    # Buttons at its head are more of the wall, whose end the button reads find. (The
    # reader addressed at its first word too: "suscriptoresSuscríbete y accede …".)
    return not (_more_wall(doc, start, end)
                or doc.lex.person.search(low) is not None
                or _glued_chrome_end(doc, start, end, camel=True,
                                     joined=_after_letter(doc, start)) is not None)


def _more_wall(doc: _Doc, start: int, end: int) -> bool:
    """Whether what follows buttons run into it, with no line break left between them,
    is more of the wall rather than the article: an offer and its login prompt ("…
    Accetta e continuaAbbonati a 2,99 € al meseHai già un abbonamento?"), or more
    buttons ("Jetzt testenBereits registriert?")."""
    doc, start, end = _from_join(doc, start, end)
    return _is_medium(doc, start, end) or _is_chrome(doc, start, end)


def _wall_piece(doc: _Doc, start: int, end: int) -> bool:
    """``_more_wall`` read narrowly: buttons or an offer only ("Hier anmelden", "4 Wochen
    gratis testen", "Jederzeit kündbar"), not a sentence to the reader on the wall's
    subject, which an article's headline may be ("How to protect your data online")."""
    doc, start, end = _from_join(doc, start, end)
    return _is_chrome(doc, start, end) or _is_offer(doc, start, end)


def _from_join(doc: _Doc, start: int, end: int) -> tuple[_Doc, int, int]:
    """``text[start:end]`` to read as from a word's start: where it is run into the
    buttons before it with no space ("Jetzt abonnierenSie sind bereits Pur-Abonnent?"),
    the scans' left word edge would not see its first word in the text, so it is read
    on its own (a copy of that part); elsewhere, in place."""
    if _after_letter(doc, start):
        outer = doc.low if doc.outer is None else doc.outer
        part = _Doc(doc.lex, doc.text[start:end], doc.low[start:end], outer, doc.offset + start)
        return part, 0, end - start
    return doc, start, end


def _after_letter(doc: _Doc, pos: int) -> bool:
    """Whether ``pos`` follows a letter (a join: a word's left edge the scans miss)."""
    return pos > 0 and _LETTER.match(doc.low, pos - 1) is not None


_LETTER = lazy(f"[{_LETTERS}]")


def _joined_buttons_end(doc: _Doc, start: int, end: int) -> int:
    """Where buttons run into the words on both sides end a wall-like sentence ("Voir nos
    96 partenairesAccepter et fermerContinuer sans accepterLe maire …": the line breaks
    went with no space, and the sentence split found no stop); ``end`` if none do. The
    first few places where a dropped tag ran two words together are tried; the buttons
    must run into the next word too, and what follows must not be more of the wall."""
    stop = _buttons_at(doc, _CAMEL, start, end, joined=True)
    return end if stop is None else stop


def _buttons_at(doc: _Doc, places: re.Pattern[str], start: int, end: int, *,
                joined: bool = False) -> int | None:
    """The end of buttons that start at one of the first ``_MAX_GLUED_STOPS`` matches
    of ``places`` after ``start`` and are followed by no more of the wall (``joined``:
    each place is a join of two words, and the buttons must run into the next word
    too); None if there are none."""
    found = places.finditer(doc.text, start, min(end, start + _MEDIUM_MAX))
    for n, m in enumerate(found):
        if n >= _MAX_GLUED_STOPS:
            break
        stop = _glued_chrome_end(doc, m.end(), end, camel=True, joined=joined)
        if stop is not None and (not joined or _runs_into(doc.text, stop)) and \
                not _more_wall(doc, stop, end):
            return stop
    return None


# A sentence's stop with the next sentence's capital right after it: a line break lost
# with no space in its place. At most this many are tried after a wall's wording. The
# ellipsis of a teaser cut short is a stop too ("… avremmo…Contenuto riservato …"): a
# quotation the cut left open ends there, and the wall after it is not inside it.
_GLUED_STOP = lazy(f"[.!?…](?=[{_UP}])")
_MAX_GLUED_STOPS = 3


# A capitalised word, then (after at most two more capitalised words or a colon, a
# dash) a lower-case word: how a headline or an article sentence starts ("Villefranche-
# sur-Ronce : les halles …", "Der Deutsche Wetterdienst hat …"). Bounded: a word is at
# most 40 characters.
_ARTICLE_HEAD = lazy(
    r"[^\W\d_][\w'’.-]{0,40}+(?: [" + _UP + r"][\w'’.-]{0,40}+){0,2}+ (?:[:–—-] )?[^\W\d_"
    + _UP + "]"
)


def _article_after_buttons(doc: _Doc, start: int, stop: int, end: int) -> bool:
    """Whether consent buttons that end at ``stop`` (a space before it, the words of a
    wall-like sentence ``text[start:stop]`` before them) are followed by the article:
    the buttons answer a consent request (one of them is a consent button), and what
    follows starts as a headline or sentence does (a capitalised word, then lower-case
    words) without addressing the reader. Where the line break after a dialog's
    buttons was lost, its paragraph is the whole text; the wall ends with its buttons."""
    text = doc.text
    if not (text[stop - 1].isspace() and text[stop].isupper()):
        return False
    if not _accepts(doc, start, stop):
        return False
    if _ARTICLE_HEAD.match(text, stop, min(end, stop + 200)) is None:
        return False
    return doc.lex.person.search(doc.low, stop, end) is None


def _sentence_after(doc: _Doc, pos: int, end: int) -> int:
    """Where an article sentence starts right after a wall's last wording, run into it
    where the line break was lost ("Contenido exclusivo para suscriptores El
    ayuntamiento votó …", "Article réservé aux abonnés Le conseil …"): at a capitalised
    word after a space, when a whole sentence (six words or more, ended by its stop)
    follows, or at a live blog entry's time stamp right before that word ("… 02:14
    Turnout confirmed …", the stamp the entry's); else ``end``. Wall sentences go on
    after their wording in lower case ("We use cookies to …"), or with punctuation. A
    paywall's offer run into its label is the wall's ("Questo articolo è riservato agli
    abbonati Abbonati a 1 € al mese per i primi 3 mesi …"), as it is on a line of its
    own, and so is a sentence that reads as a wall's."""
    text = doc.text
    p = pos
    while p < end and text[p] == " ":
        p += 1
    if p == pos:
        return end
    # A live blog's entry starts with its time stamp, the capital after it ("… to use
    # this feature 02:14 Turnout confirmed …"): the stamp is the entry's, where it starts.
    start = p
    if (stamp := _STAMP.match(text, p, end)) is not None:
        p = stamp.end() + 1
    # (The capitalised word may be one letter: "… para assinantes O antigo convento …".)
    if _ONE_OR_MORE_LETTERS.match(text, p, end) is None:
        return end
    tail = text[p:end].rstrip()
    if tail[-1:] not in _STOPS or len(tail.split()) < 6:
        return end
    # Nor is a sentence that reads as a wall's (``_is_medium``, offers among them): run
    # into a wall's wording it is inside the wall ("We noticed you're using an ad
    # blocker The Tenby Gazette relies on advertising to fund local journalism."); nor
    # one that ends in a button's words, a paywall's sign-in prompt after the brand of
    # its offer ("Weiterlesen mit Plus Sie haben bereits ein Konto?").
    if _is_medium(doc, p, end) or _button_ends_at(doc, p, p + len(tail)):
        return end
    return start


# A capitalised word's head: a capital, then a lower-case letter, or a space and one.
_ONE_OR_MORE_LETTERS = lazy(f"[{_UP}] ?[{_LO}]")
# A live blog entry's time stamp, a space and a capital after it: "02:14", "14.05",
# "14h05", "2:14 pm", "9.30am". (Not a price or a count: no currency, no hundreds, a
# minute's two digits.)
_STAMP_PATTERN = (
    r"(?:[01]?[0-9]|2[0-3])[:.h][0-5][0-9](?: ?(?:am|pm|a\.m\.|p\.m\.))?"
    f"(?= [{_UP}])"
)
_STAMP = lazy(_STAMP_PATTERN)


# A price right after a wall's wording (the plan's name before it, its period after
# it: "Werbefrei lesen mit PUR – nur 2,99 € im Monat"), read at most this far on.
_PRICE = lazy(r"\d[\d.,]{0,7}\s?[€$£]|[€$£]\s?\d")
_PRICE_REACH = 60


def _sentence_after_price(doc: _Doc, pos: int, end: int) -> int:
    """Where an article sentence starts after the price that follows a wall's last
    wording, where the line break after the offer was lost ("Werbefrei lesen mit PUR –
    nur 2,99 € im Monat Der Stadtrat hat …": the plan's name in capitals is no article's
    first word, and ``_sentence_after`` stops there): at the first of the next few
    capitalised words after the price that starts a whole article sentence
    (``_sentence_after``); else ``end``. Left alone: a wording with no price after it."""
    text = doc.text
    # (Most walls end at a stop or go on in lower case: the name is checked first.)
    p = pos
    while p < end and text[p] == " ":
        p += 1
    if p == pos or p + 1 >= end or not text[p].isupper() or text[p + 1].islower():
        return end
    price = _PRICE.search(text, p, min(end, p + _PRICE_REACH))
    if price is None:
        return end
    for n, m in enumerate(_SPACE_CAPITAL.finditer(text, price.end(),
                                                  min(end, price.end() + _PRICE_REACH))):
        if n >= _MAX_GLUED_STOPS:
            break
        if _PERIOD.match(doc.low, m.end()) is not None:
            continue  # the price's period, a German noun: "… 2,99 € im Monat Der …"
        after = _sentence_after(doc, m.start(), end)
        if after < end:
            return after
    return end


_SPACE_CAPITAL = lazy(f" (?=[{_UP}][{_LO}])")

# The words that make "to" a preposition ("… you agree to our Privacy Policy …": the
# capital is a link's, inside the wall), not an infinitive's mark.
_DETERMINER = (
    "(?:our|your|the|a|an|its|their|this|these|all|any|nos|notre|vos|votre|le|la|les|des"
    "|un|une|nuestra|nuestro|nuestros|nuestras|su|sus|tu|tus|el|los|las|una|il|lo|gli"
    "|nostro|nostra|nostri|nostre|vostro|vostra)"
)
# A wording's purpose clause in lower case ("… to view the map", "… to improve your
# experience"), up to the next capitalised word; a few words at most. Only where the
# clause opens with the infinitive's "to" (or "pour", "para", "per"), in languages that
# write nouns in lower case: in German, and after any other word, the next capital may
# be a noun or a name inside the wall ("… und ähnliche Technologien, um …", "… con la X
# mantieni …").
_PURPOSE = lazy(
    f"(?:(?<=\\bto)|(?<=\\bpour)|(?<=\\bpara)|(?<=\\bper)| (?:to|pour|para|per))"
    f"(?! {_DETERMINER}\\b)(?: [{_LO}'’-]+){{1,5}}(?= [{_UP}]| {_STAMP_PATTERN})"
)


def _sentence_after_purpose(doc: _Doc, pos: int, end: int) -> int:
    """Where an article sentence starts after the lower-case purpose clause that ends a
    wall's last wording, where the notice had no stop and its line break was lost
    ("Please turn on JavaScript to view the map Crews worked through the night …", "We
    use cookies to improve your experience The council voted …"): at the capitalised
    word after the clause, or at a live blog entry's time stamp before it ("… to use
    this feature 02:14 Turnout …"), when ``_sentence_after`` reads a whole article
    sentence there; else ``end``. One match, a few words long, per wall sentence. A capitalised
    name inside the wall ("… on The Guardian's site, to show you ads.") starts no article
    sentence when the rest reads as a wall's (``_is_medium``): it stays in the wall."""
    clause = _PURPOSE.match(doc.text, pos, end)
    if clause is None:
        return end
    return _sentence_after(doc, clause.end(), end)
# The periods a price is quoted for, where German capitalises them.
_PERIOD = lazy(r"(?:monat|monate|woche|wochen|jahr|tag)\b")
