"""The pieces the patterns are built from: a phrase's slots and marks, the slots'
patterns, what may glue to, decorate or part a link, and the bounds on the work.
"""

from __future__ import annotations

import regex

from cleantext._lazy import lazy_regex

_FLAGS = regex.IGNORECASE | regex.V0
_SLOT = lazy_regex(r"\{(title|site|domain|url)\}")
#: The mark of a read-also link that heads a list of linked titles, one a line
#: ("Mehr zum Thema {list}"); see _announced_titles.
_LIST_MARK = "{list}"
#: The mark of a box heading that is nothing else, tried only on a line of its own: its
#: words also open headlines ("Trending now {heading}": "Trending now: why …" is one).
_HEADING_MARK = "{heading}"
#: The mark of a box heading so bare that only the shape of its items shows the box:
#: alone on a line, it takes two items or more right under it that each carry a date
#: line ("Related {dated}": "Related" / <title> / "27 Nov 2026 · 3 min read" / …); see
#: _dated_box. Over anything else (a byline, a poll's options) the word is the article's.
_DATED_MARK = "{dated}"
#: The mark of a frame that may only end the text, as a ``{url}`` frame: its words are
#: also an article's when a sentence goes on after it ("Cet article est paru dans
#: L'Aurore." inside a piece about Zola), where a feed's note is the last thing in it.
_END_MARK = "{end}"

# Slot patterns. Every quantifier is bounded, so a failed attempt costs at most a few
# hundred steps, and a title never crosses a line.
_TITLE = r"(?P<title>[^\n]{1,300}?)"
_DOMAIN = r"(?:https?://)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?:/[^\s]{0,300})?"
# A bare site name must end its sentence (or its line, or a bracket): "…verscheen eerst
# op OOG Radio en Televisie." The lazy name stops at the first such end.
_NAME = r"[^\n]{1,80}?(?=[.!。！][\])]?(?:\s|\Z)|[\])](?:\s|\Z)|\s*\Z)"
_SITE_LAST = rf"(?P<site>{_DOMAIN}(?=[.!,;:)\]]?(?:\s|\Z))|{_NAME})[.!。！]?"
_SITE_MID = r"(?P<site>[^\n]{1,80}?)"
_DOMAIN_LAST = rf"(?P<site>{_DOMAIN})(?=[.!,;:)\]]?(?:\s|\Z))[.!]?"
_URL = r"(?P<url>(?:https?://|www\.)[^\s]{1,500})"

#: Characters after which a unit may start glued, without a space ("..Read more").
_GLUE = ".…!?:;|»›>)]([”\"’'“‘«–—-。！？」』「『"
#: Closing decoration a bare link may carry: "Read more »", "Continue reading…", "[Read more]",
#: and the full stop some sites print right after it ("Read more here."; glued only: "Lesen
#: Sie auch ." is no link, and spaces the whitespace cleaner folds must not make it one).
_DECOR_CLOSE = r"(?:\.(?!\.)|)(?:\s{0,3}(?:…|\.{2,6}|[»›→⟶>\]):!]|&gt;)){0,4}"
#: Opening decoration a link may carry: "[Read more]", "» Weiterlesen", "Title | Read more",
#: the arrows and bullets of link lists ("► Lesen Sie auch: …", "• Read more: …").
_DECOR_OPEN = "[(«‹|>»›→►▶▸•–—-"
#: A truncation mark a teaser's link follows ("… the plan would... read more", "[…]").
_CUT = r"(?:…|\.{3,6})[\])]?"
#: What parts a link from its title: a mark ("Lesen Sie auch:", "LIRE AUSSI >>", "Lees ook
#: |"), spaces, or nothing where a scraper glued the label to its link's text: a
#: lower-case letter, then a capital ("Lees ookBrug bij Zaltbommel …", from "<span>Lees
#: ook</span><a>Brug …</a>"), or a label in capitals, then a capitalised word ("READ
#: NEXTWhat to know …"), or a Spanish title that asks ("Más noticias¿Cuándo …?"). A word
#: does not go on that way, and a name that does ("iPhone", "McDonald") holds no link
#: phrase before its capital.
#: The marks of _SEP.
_MARKS = ":：»›→►▶▸|–—>-"
_SEP = (
    rf"(?P<sep>\s{{0,3}}[{regex.escape(_MARKS)}]{{1,3}}\s{{0,3}}|\s{{1,3}}"
    r"|(?-i:(?<=\p{Ll})(?=[¿¡]?\p{Lu}))|(?-i:(?<=\p{Lu}\p{Lu})(?=\p{Lu}\p{Ll})))"
)
#: The marks a sentence (or a title that is one) ends with.
_ENDS = (".", "!", "?", "…", "。", "！", "？")

_MAX_PEEL = 8  # units peeled from one end; bounds the work on "Read more Read more …"
_TAIL_WINDOW = 360  # a lead link plus its title must fit here
_MAX_HITS = 40  # frame starts tried per line
_MAX_FRAME = 700  # the longest frame: literals, a 300-character title and a site


def _marked(sep: str) -> bool:
    """Is a link's separator a mark ("Lesen Sie auch:", "Lees ook |"), not only spaces?"""
    return any(c in sep for c in _MARKS)
