"""A flattened box's further titles where its blocks were joined by spaces ("Related
stories <title> Seal pups seen on the sandbar Why the coast is shrinking Much of the
…"): ``_spaced_titles``.

Removed: the titles after a box heading's first one, each a run that starts with a
capital after a lower-case word, up to the article sentence that follows the box.

Deliberately left alone: a rest whose end is not plainly seen. Where the box's first
title ended is read by the rule for one title (see _title_before_sentence), which may
end it early, at a name inside it: title words then stay. A further title's end taken
too early would take the article's first words instead, so only a plain end counts (see
_plain_cut), the sentence after the box must show none, and every run before it must be
shaped as a title is. A capital that ends a preposition's phrase ("… er kendt i hele
Odsherred for sit …") opens no sentence there (see _opens_article): the run before it
is the article's sentence, and stays.
"""

from __future__ import annotations

import itertools

from cleantext._units import CLOSERS
from cleantext.cleaners.trailers._boundaries import _prev_nonspace
from cleantext.cleaners.trailers._patterns import _ENDS
from cleantext.cleaners.trailers._sentence_starts import (
    _CONJUNCTIONS,
    _MAX_TITLE_WORDS,
    _NO_TITLE_END,
    _SPEECH_WORDS,
    _TOKEN,
    _glued_stop,
    _opens_sentence,
)
from cleantext.cleaners.trailers._title_end import _OBJECT_WORDS, _ordinal, _polite_pronoun

_MAX_FURTHER = 4  # a box's further titles: two or three
_MIN_TITLE_WORDS = 4  # a further title: a headline's length ("Seal pups seen offshore")
_MIN_SENTENCE_WORDS = 6  # the article sentence after the box: a whole one
# Verbs of saying (see _SPEECH_WORDS), which a name follows in article prose ("…
# residents told Gullstone council …", "… sagte Bürgermeisterin …"): no title ends
# in one. With the openers and prepositions, the words before no plain cut.
_TITLE_END_WORDS = _NO_TITLE_END | _OBJECT_WORDS | _SPEECH_WORDS
# The words the article sentence's first may have after it ("Much of …", "Why our …",
# "Während der …"): a preposition, an article or a pronoun. Not a conjunction: a German
# noun after its adjective has one after it as often ("… leere Netze und …").
_AFTER_OPENING = (_NO_TITLE_END | _OBJECT_WORDS) - _CONJUNCTIONS
# Prepositions (and their contractions with an article): a word after one, and a capital
# after that, may be one phrase ("i hele Odsherred", "dans tout Quimper", "across all
# Northam"). Not articles, pronouns or conjunctions: after "a year", "its coast" or
# "cats and dogs" the noun phrase is whole ("… losing a metre a year Much of the …").
_PREPOSITION_LIST = """in on at for after before of to from by with into about over under
    against across through since until during without near via toward towards
    im am auf bei nach vor seit mit für von zum zur beim vom zu aus über unter gegen ohne
    um durch wegen trotz dans pour à au aux sur sous vers chez contre entre sans par avec
    près depuis après avant con para por desde tras hacia hasta ante bajo sobre sin nel
    nella nei nelle sul sulla sui alla al alle della delle del dal dalla per tra fra verso
    contro senza no na nos nas com do da pelo pela até em ao aos van op te voor bij met
    naar uit tegen door tot zonder onder tussen sinds i på til fra med ved hos efter från
    av för mot utan w we z ze dla przez przed pod nad za"""
_PREPOSITIONS = frozenset(_PREPOSITION_LIST.split())


def _plain_cut(words: list[str], i: int) -> bool:
    """Does a run start plainly at word ``i``: a capital after a lower-case word a title
    may end in, with a lower-case word after it ("… repairs complete | Seal pups …",
    "… wissen müssen | Während der …")? Not after a preposition, an article or a
    conjunction ("came from Margaret") or a verb of saying ("… said Gullstone …"), after
    a comma or a name ("… Penhale, 91"), before a second capital ("… chair Lidia
    Vance"), nor German's polite "Sie"."""
    word, prev, after = words[i], words[i - 1], words[i + 1]
    return (
        word[:1].isupper() and word.isalpha() and after[:1].islower()
        and prev.isalpha() and prev[:1].islower() and len(prev) >= 3
        and prev.lower() not in _TITLE_END_WORDS and not _polite_pronoun(word, prev)
    )


def _opens_article(words: list[str], i: int) -> bool:
    """Does the article's sentence after the box plainly open at word ``i``: with an
    opener ("The", "Während"), or a word with a preposition, an article or a pronoun
    after it ("Much of the …", "Why our …")? A capitalised word a name or a noun is
    ("… leere Netze und …", "Gullstone pier had …") shows no sentence start, nor does
    one whose word before comes after a preposition or an article: the capital may end
    that phrase, a name in a sentence that runs on ("… er kendt i hele Odsherred for sit
    rugbrød …", "… known across all Northam for its …"), and the run before it is no
    title then but the sentence's start."""
    if _opens_sentence(words[i]):
        return True
    return words[i + 1].lower() in _AFTER_OPENING and words[i - 2].lower() not in _PREPOSITIONS


def _title_run(words: list[str]) -> bool:
    """Is ``words`` shaped as a box's title: a headline's length, more lower-case words
    than capitalised ones after its first (sentence case), no comma after a word?"""
    lower = sum(1 for w in words[1:] if w[:1].islower() and sum(map(str.isalpha, w)) >= 3)
    upper = sum(1 for w in words[1:] if w[:1].isupper())
    return (
        _MIN_TITLE_WORDS <= len(words) <= _MAX_TITLE_WORDS and lower > upper
        and not any(w.endswith((",", ";")) for w in words)
    )


def _spaced_titles(text: str, te: int, le: int, *, opener: bool = False) -> int:
    """Where a flattened box's further titles end, when its first title ends at ``te``
    before a capital and a space joined the blocks ("… complete Seal pups spotted off
    the headland Why our coastline is shrinking Much of the …"), else ``te``.

    The words from ``te`` to the first sentence end are the further titles, then the
    article's sentence. Each title starts at a plain cut (see _plain_cut); the last
    cut before that sentence end starts the sentence, which must hold no other, open
    plainly (see _opens_article) and run six words at least; every run before it must
    be a title (see _title_run), and there are few. Anything unsure: ``te``, the box's
    first title only.

    With ``opener``, the first title ended before a sentence opener (see _glued_title:
    "… desde el lunes El colegio … de espera Los antiguos placeros …"): the run from
    there is another title only if the sentence after it opens with one too. A noun
    after an adjective is no plain start there, in German least of all ("Die
    Verbraucherzentrale hat vor einer neuen Welle von …" is the article's sentence),
    and a plain cut after the sentence's opener is a name inside it ("Su nieta Noelia
    contó …").
    """
    if not (0 < te < le and text[te] == " " and text[te + 1 : te + 2].isupper()):
        return te
    starts: list[int] = []
    words: list[str] = []
    stop = min(le, te + 1000)
    for m in _TOKEN.finditer(text, te, stop):
        w = m.group()
        starts.append(m.start())
        words.append(w)
        if len(words) > (_MAX_FURTHER + 1) * _MAX_TITLE_WORDS:
            return te
        if _glued_stop(w) is not None:
            return te  # "… teurer.Die …": a block ended inside the word, unseen
        if w.rstrip(CLOSERS).endswith(_ENDS) and not _ordinal(text, w, m.end(), stop):
            break
    else:
        return te  # no sentence end in sight
    cuts = [0, *(i for i in range(1, len(words) - 1) if _plain_cut(words, i))]
    if opener:
        # The sentence opens at the last cut an opener starts; a plain cut after it is
        # a name inside the sentence ("Su nieta Noelia contó …").
        openers = [i for i in cuts if i and _opens_sentence(words[i])]
        cuts = cuts[: cuts.index(openers[-1]) + 1] if openers else [0]
    if len(cuts) < 2 or len(cuts) > _MAX_FURTHER + 1:
        return te
    if len(words) - cuts[-1] < _MIN_SENTENCE_WORDS or not (
            opener or _opens_article(words, cuts[-1])):
        return te
    if not all(_title_run(words[a:b]) for a, b in itertools.pairwise(cuts)):
        return te
    return _prev_nonspace(text, starts[cuts[-1]], te) + 1
