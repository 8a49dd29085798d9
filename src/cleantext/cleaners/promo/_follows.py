"""Follow prompts that name the site, on lines of their own ("Folgen Sie der Rundschau
auf Facebook und Instagram."): a follow verb first, a network after a [via] word in the
first sentence. Left alone: "Follow the money: Facebook's ad spending …", quoted or
reported lines, longer lines."""

from __future__ import annotations

import re

from cleantext.cleaners.promo._article import _restart
from cleantext.cleaners.promo._lines import _QUOTES, _Line
from cleantext.cleaners.promo._openings import _FOLLOW
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
        if w[:1].isupper() and w.casefold() in rules.social and \
                w.casefold() not in rules.share and w.casefold() not in _NOT_NETWORKS and \
                words[k - 1].group().casefold() in rules.via:
            return words[k].end()
    return None


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
_SENTENCE_STOP = re.compile(r"[.!?](?=[ \t])")
