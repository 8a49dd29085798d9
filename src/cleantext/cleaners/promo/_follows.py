"""Follow prompts that name the site, on lines of their own ("Folgen Sie der Rundschau
auf Facebook und Instagram."): a follow verb first, a network after a [via] word in the
first sentence; in flattened text, such a sentence after a paragraph's last one.
Left alone: "Follow the money: Facebook's ad spending …", quoted or reported lines,
longer lines, a prompt sentence that more sentences follow in its paragraph."""

from __future__ import annotations

import itertools

from cleantext._core import Span
from cleantext._lazy import lazy
from cleantext.cleaners.promo._article import _restart
from cleantext.cleaners.promo._lines import _QUOTES, _content, _inline_span, _Line
from cleantext.cleaners.promo._openings import _FOLLOW, _FOLLOW_VERBS, _case_trie
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._speech import _CLAUSE_WORDS, _reported

# A follow prompt is one short line; a longer one is a paragraph.
_FOLLOW_LINE = 200


def _follow_network(rules: _Rules, text: str, start: int, end: int) -> int | None:
    """The end of the first network name ([social], capitalised, not a button word)
    right after a [via] word among the words of ``start``-``end`` past the verb's, if
    any: "Follow the Tribune on *Facebook*", not "Follow the money: Facebook's …"."""
    words = list(_CLAUSE_WORDS.finditer(text, start, end))
    for k in range(2, len(words)):
        w = words[k].group()
        if not w[:1].isupper() or words[k - 1].group().casefold() not in rules.via:
            continue
        if w.casefold() in rules.social and w.casefold() not in rules.share and \
                w.casefold() not in _NOT_NETWORKS:
            return words[k].end()
        # A news app one follows a site on, named in two words ("on Google News"):
        # "Google" alone is a search, not a network ("Follow the story on Google").
        if k + 1 < len(words) and \
                (w.casefold(), words[k + 1].group()) in _TWO_WORD_NETWORKS:
            return words[k + 1].end()
    return None


# Networks of two words, as sites print them (the second capitalised).
_TWO_WORD_NETWORKS = frozenset({("google", "News"), ("google", "Discover"), ("apple", "News")})


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


# [social] words that are buttons, not networks one follows ("Follow the story on More").
_NOT_NETWORKS = frozenset({
    "more", "mais", "meer", "mehr", "plus", "más", "altro", "print", "printen", "drucken",
    "imprimer", "imprimir", "stampa", "mail", "email", "correo", "sms", "line", "pocket",
    "pin", "google", "tweet", "tweeter"})


# A full stop, question or exclamation mark that ends a sentence before a network name.
_SENTENCE_STOP = lazy(r"[.!?](?=[ \t])")


# Flattened text glues the prompt's line to the paragraph above it ("… of 8 February.
# Follow the Gazette on Facebook and Instagram for the latest news.", or with no space
# after the stop): a follow verb right after a sentence's stop, at most ``_FOLLOW_LINE``
# characters before its line's end. Led by the stop, so ``re`` skips in C to each one,
# and the verbs as a trie, so each stop fails at one test; run on the texts the gate
# let through.
_FOLLOW_AFTER_STOP = lazy(r"[.!?][ \t]?(?=" + _case_trie(_FOLLOW_VERBS) + r"[ \t])")


def _follow_tails(rules: _Rules, text: str) -> list[Span]:
    """Follow prompts that end lines after a sentence: one sentence from a follow verb
    right after a stop to the line's end, which ``_follow_line`` would take as a line
    ("… in May. Follow the Tribune on Instagram."), with the space before it. A
    sentence after it, or a quotation or report around it, keeps it; so does an
    abbreviation's stop, and a word glued to the next block's capital ("… op
    FacebookWethouder Ruud …": the article goes on in the sentence). One scan of the
    text for a verb after a stop; its line is read only there."""
    spans: list[Span] = []
    for m in _FOLLOW_AFTER_STOP.finditer(text):
        stop = m.start()
        if stop == 0 or not (text[stop - 1].isalnum() and text[stop - 1].islower()):
            continue
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        if end - m.end() > _FOLLOW_LINE:
            continue
        line = _content(text, text.rfind("\n", 0, stop) + 1, end)
        tail = _Line(m.end(), line.end, m.end(), line.lend)
        if _SENTENCE_STOP.search(text, tail.start, tail.end) is None and \
                not _glued_join(rules, text[tail.start:tail.end]) and \
                _follow_line(rules, text, tail):
            spans.append(_inline_span(text, line, stop + 1, line.end))
    return spans


def _glued_join(rules: _Rules, body: str) -> bool:
    """Whether a word of ``body`` runs a small letter into a capital, and is no network's
    name that does ("WhatsApp", "LinkedIn"): flattened text glued two blocks there."""
    return any(a.islower() and b.isupper()
               for word in body.split() if word.rstrip(".!?").casefold() not in rules.social
               for a, b in itertools.pairwise(word))
