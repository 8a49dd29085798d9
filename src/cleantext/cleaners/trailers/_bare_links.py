"""A bare read-more link in flattened text: whether it is written as widgets write it
(``_usual_case``), whether it follows a headline or a label (``_after_title``) or a
card's title (``_title_before_link``), and whether a sentence plainly starts after it
(``_sentence_after``).
"""

from __future__ import annotations

import regex

from cleantext._units import CLOSERS
from cleantext.cleaners.trailers._boundaries import _is_lower, _prev_nonspace
from cleantext.cleaners.trailers._patterns import _ENDS
from cleantext.cleaners.trailers._sentence_starts import (
    _LINK_WORDS,
    _MAX_TITLE_WORDS,
    _NO_TITLE_END,
    _OPEN_QUOTES,
    _TOKEN,
    _WORD_OPENERS,
    _opens_sentence,
)
from cleantext.cleaners.trailers._title_end import _OBJECT_WORD_LIST
from cleantext.cleaners.trailers._title_shapes import _title_like


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
