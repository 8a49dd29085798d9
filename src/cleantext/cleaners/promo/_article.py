"""Where the article starts again after a prompt or a notice: an article sentence (a
title-case word, lower-case words, no reader addressed: ``_prose_follows``), a
sentence that starts again inside a prompt's (``_restart``), a block junction of text
joined with no space (``_junction_end``)."""

from __future__ import annotations

import itertools

from cleantext._lazy import lazy_regex
from cleantext.cleaners.promo._anchors import _UNBOUNDED
from cleantext.cleaners.promo._lines import _DETERMINERS
from cleantext.cleaners.promo._reader import _PRONOUNS, _addresses_reader, _reader_word
from cleantext.cleaners.promo._speech import _OPENING_MARKS, _said_quotation

# An article sentence opens with a word in title case (not one in capitals: "LIKE and
# SHARE this"), and at least three of its next six words are lower-case: "The minister
# resigned on Monday", not a teaser headline ("No More Censorship, Unlike YouTube and
# Others!"). Widget follow-ups are short, shouted, headlines or address the reader
# ("It's free.", "Help us grow."): they stay with the line.
# A one-letter article opens one too ("I lavori …", "O prefeito …", "A spokesman …"),
# and an elided one ("C'est par ces mots …", "L'association a annoncé …").
_PROSE_SENTENCE = lazy_regex(r"[ \t]*+[\"“‘«(]?+\p{Lu}(?:\p{Ll}[\w'’-]{0,30}+|(?=[ \t]\p{Ll})"
                                r"|['’]\p{L}[\w'’-]{0,30}+)")
_NEXT_WORDS = lazy_regex(r"[ \t]++[\"“‘«(]?+([\w'’-]{1,30}+)[,;:]?+")


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
_PROSE_WORD = lazy_regex(r"[ \t]{1,5}+(\p{Lu}\p{Ll}[\p{L}'’-]{0,40}+)[ \t]{1,5}+"
                            r"\p{Ll}[\p{L}'’-]{0,40}+[ \t]{1,5}+\p{Ll}")
_PROSE_NEXT = lazy_regex(r"[ \t]{1,5}+(\p{Lu}[\p{L}'’-]{0,40}+)[ \t]{1,5}+"
                            r"\p{L}[\p{L}'’-]{0,40}+[ \t]{1,5}+\p{Ll}")
# A name's last word, its comma and two lower-case words: an apposition ("… Suscríbete
# aquí Rosaura Zempoalteca, una de las fundadoras, explica …"), the subject of the
# article's next sentence (``_apposed``).
_PROSE_APPOSED = lazy_regex(r"[ \t]{1,5}+(\p{Lu}\p{Ll}[\p{L}'’-]{0,40}+),[ \t]{1,5}+"
                               r"\p{Ll}[\p{L}'’-]{0,40}+[ \t]{1,5}+\p{Ll}")


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


# The channel a prompt's name is the name of, in lower case right after it ("Sign up
# to our Harbour Weekly newsletter for …", "Ontvang de Haven Vandaag nieuwsbrief
# elke ochtend"): the capitalised words are that name, not the article starting again.
_NAMED_CHANNELS = frozenset({"newsletter", "newsletters", "nieuwsbrief", "podcast", "podcasts",
                             "bulletin", "briefing", "digest", "app"})


def _carried(word: str) -> bool:
    """Whether the lower-case word after a capitalised one carries a prompt on
    (``_CARRIERS``: "… Harbour Weekly for …") or names its channel ("… Weekly
    newsletter")."""
    return word.casefold() in _CARRIERS or word in _NAMED_CHANNELS


# Text joined with no space (DOM text_content()) glues the article's next sentence to
# a prompt's last word: "… our newsletterThe council said …", "Follow us on
# FacebookПроголосовать …". A determiner of two letters or more glued after a
# lower-case letter and followed by a word, or a capital of another script glued after
# a Latin letter, starts it if what follows reads as the article (``_prose_follows``:
# "… de RibasecaLo más leído1." is a glued label). Brand names written in camel case
# ("YouTube", "WhatsApp") glue no determiner; "LinkedIn" ends in one, and is named.
_GLUED_RESTART = lazy_regex(
    r"(?<=\p{Ll})(?<!Linked)(?:" + "|".join(sorted((d for d in _DETERMINERS if len(d) > 1),
                                         key=lambda d: (-len(d), d)))
    + r")(?=[ \t]{1,5}+\p{L})|(?<=\p{Latin})(?=\p{Lu}\p{Ll})(?!\p{Latin})")


# A quotation mark glued to a prompt's last small letter, a capital after it: where
# text joined with no space runs the prompt into a quotation ("… aggiornato"Ho …").
# Each looks ahead up to ``_QUOTATION_REACH`` characters: a few per prompt.
_QUOTES_TRIED = 3
_GLUED_QUOTE = lazy_regex(r"(?<=\p{Ll})[\"“„«](?=[ \u00a0\u202f]?\p{Lu})")


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
    ``_GLUED_RESTART`` finds it. A quotation that opens after a word (or glued to it:
    ``_GLUED_QUOTE``), with a capital, and closes with a speech verb ("… per restare
    aggiornato "Abbiamo aspettato dieci anni", racconta il sindaco.":
    ``_said_quotation``) starts it too, at its mark, unless a joiner makes it the
    prompt's object ("Subscribe to "The Ledger", …"); the first ``_QUOTES_TRIED``
    quotations are tried. Only the first ``words`` words are looked at, if given (a
    button's, ``_notice_end``).
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
    for quote in itertools.islice(_GLUED_QUOTE.finditer(text, after, reach), _QUOTES_TRIED):
        if _said_quotation(text, quote.start()) and \
                _word_ending(text, quote.start()).casefold() not in _JOINERS:
            end = quote.start()
            break
    quotes = 0
    glued = _GLUED_RESTART.search(text, after, reach)
    if glued is not None and _prose_follows(text, glued.start(), end):
        end = glued.start()
    pos = after
    while pos < min(end, reach):
        space = text.find(" ", pos, min(end, reach))
        if space == -1:
            return end
        if text[space - 1].isalnum() and text[space + 1:space + 2] in _OPENING_MARKS and \
                quotes < _QUOTES_TRIED:
            quotes += 1
            if _said_quotation(text, space + 1) and \
                    _word_ending(text, space).casefold() not in _JOINERS:
                return space + 1
        if text[space - 1].isalnum() or text[space - 1] == "%":  # "… Loaded: 0% Officials said"
            # Which of the three matched is kept by name, not by ``m.re``: the patterns
            # are compiled lazily (``cleantext._lazy``), and a match's ``re`` is the
            # compiled pattern, not the name's proxy.
            shape, m = "word", _PROSE_WORD.match(text, space, end)
            if m is None:
                shape, m = "next", _PROSE_NEXT.match(text, space, end)
            if m is None:
                shape, m = "apposed", _PROSE_APPOSED.match(text, space, end)
            if m is not None and m.group(1) not in _PRONOUNS and (
                    shape != "next" or m.group(1) in _DETERMINERS) and \
                    _word_ending(text, space).casefold() not in _JOINERS and \
                    not _carried(text[m.end(1):m.end()].split(maxsplit=1)[0]):
                start = _name_start(text, after, space)
                if shape == "apposed" and not _apposed(text, after, start, m.end(1)):
                    pos = space + 1
                    continue
                # An article sentence speaks to no reader: words that do are the
                # prompt's own, after a name that opens with an article ("Téléchargez
                # l'application Le Courrier du Lot pour recevoir vos alertes"), or a
                # second prompt run into the first ("Follow us on X Follow us on X
                # Officials said …"): the article may start again after them.
                if not _addresses_reader(text, start, min(end, start + 200)):
                    return _clause_start(text, after, start)
        pos = space + 1
    return end


# A colon and a capitalised word: a new clause opens there ("Folgen Sie uns auf
# WhatsApp: Neue Brücke …").
_COLON_CLAUSE = lazy_regex(r":[ \t]{1,3}+(?=[^\W\d_])")


def _clause_start(text: str, after: int, start: int) -> int:
    """Where the clause the article starts again in begins: the capitalised word after
    the last colon between the prompt's words and ``start`` ("… auf WhatsApp: Neue
    Brücke wird gebaut": German capitalises the noun that ``_restart`` takes for the
    sentence's first word, and its adjective would be cut off), or ``start``."""
    last = None
    for m in _COLON_CLAUSE.finditer(text, after, start):
        last = m
    return last.end() if last is not None and text[last.end()].isupper() else start


# A block junction of text joined with no space (the idea of trailers' _JUNCTION and
# _CAP_JUNCTION): a word's small letters run into the next block's capital and small
# letter ("… our newsletterThe victim's …", "… unseren NewsletterDie Stadt …"), or a word
# in capitals into a capitalised word ("DONATE NOWDunmore Paving …"). A word that opens
# lower-case needs three small letters before the inner capital ("iPhone", "eBay" have
# one), one that opens with a capital six: brand names in camel case have fewer
# ("WhatsApp", "YouTube", "LinkedIn", "McDonald"). Bounded: a word is at most 40 letters.
_BLOCK_JUNCTION = lazy_regex(
    r"(?<![\p{L}\d])(?:\p{Ll}{3,40}+|\p{Lu}\p{Ll}{6,40}+|\p{Lu}{2,20})(?=\p{Lu}\p{Ll})")
# Junctions tried after a prompt's words: the first few (a widget has few words).
_JUNCTIONS_TRIED = 3
# More blocks glued inside what follows a junction: a widget's words run together ("Leave
# a ReplyYour email address will not be published."), which an article sentence does not
# do (a name such as "WhatsApp" there leaves the prompt as it was).
_INNER_JOIN = lazy_regex(r"\p{Ll}{3}(?=\p{Lu}\p{Ll})")
# The stop that ends the sentence glued after a junction: not an ellipsis (a teaser's).
_JOINED_STOP = lazy_regex(r"(?<!\.)[.!?](?![.…])[\"”’»)]{0,3}+(?=[\s\"“„«\p{Lu}]|\Z)")
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


# Words a prompt's button may hold past the prompt's phrase before an apposed name.
_APPOSED_GAP_WORDS = 2
_APPOSED_GAP_CHARS = 60


def _apposed(text: str, after: int, start: int, name_end: int) -> bool:
    """Whether the name at ``start``-``name_end``, its comma and lower-case words after
    it (``_PROSE_APPOSED``), open the article's next sentence: a person's name, two
    capitalised words or more (one may be the prompt's network: "… auf Telegram, um
    …", "… в Telegram, чтобы …"), that follows the
    prompt's words (``after``) closely, with no stop or quote mark between (German
    capitalises its nouns: "… verpassen!„Ich verliere ein paar Prozent Ertrag, aber
    …", glued, is a quotation's middle) and no comma (a fronted imperative reported:
    "Don't miss out, warns Sarah Jones, a financial adviser, …" is one sentence, the
    adviser's words), and the word before it is not the prompt's
    way to it ("… to Harbour Weekly, a free …": a joiner names the prompt's object,
    and so does a channel: "… app Mi Diario, disponible …"), nor part of it
    ("Weekly": ``_name_start`` stopped at a joiner)."""
    if start - after > _APPOSED_GAP_CHARS or len(text[start:name_end].split()) < 2:
        return False
    gap = text[after:start]
    if len(gap.split()) > _APPOSED_GAP_WORDS or any(ch in gap for ch in ",.!?\"“”„«»‘’'"):
        return False
    word = _word_ending(text, start).strip(" \t")
    return not word[:1].isupper() and word.casefold() not in _JOINERS and \
        word.casefold() not in _NAMED_CHANNELS


def _word_ending(text: str, end: int) -> str:
    """The word that ends at ``end`` (at most 40 characters of it)."""
    start = end
    while start > 0 and end - start < 40 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]
