"""A tag or filing list that ends the text: "Filed under: Parks, Roads", "Tags: harbour,
ferries", "Mots-clés : Loire, Crue", "Schlagworte: Hafen · Fähre", "Etiquetas: …".

Removed: a CMS's label ("Filed under", "Tagged with", "Tags", "Mots-clés",
"Schlagworte", "Etiquetas", "Trefwoorden", "Parole chiave", "Palavras-chave", … and
their kin in the packaged languages) with a colon, and the tags after it, parted by ",",
"·", "|", "•" or ";", to the end of the text; several such lists in a row ("Filed
under: Parks, Roads Tagged with: bridges"), each one's label run into the last tag
before it where blocks were joined by nothing ("… Community, EnvironmentTagged With:
…"). The label opens the list: at a line start under the article, after a sentence's
end (glued too: "… across".Filed under: Parks"), or glued to a lower-case word, where a
box's title ran into it ("… leurs indemnitésMots-clés : Loire"): a word that starts in
lower case, not a capitalised one whose tail the label's word is ("Apple AirTags: $29",
"Samsung SmartTags:", "Popular HashTags:" are a name and its price, not a label); a
label of two words ("Filed under", "Tagged with") is no name's tail and opens after a
box heading's capitalised word too ("… Like this: RelatedFiled under: Police State |").
After a sentence's end with a space between, only in a text with no line break left: a
text that keeps its lines ends its own last line so ("… and shrugged. Filed under:
Other", "Her last post read simply: “Home.” Tagged: Mom, Dad").

Deliberately left alone: a list with a sentence's stop in it or at its end ("Tags: none
of them matched, the inspector said."), a tag longer than a few words, a label inside a
sentence ("The file was filed under: Parks, Roads"), one that opens the text, a list
with more text after it (a tag list mid-text is the promo cleaner's label), and words
such as "Topics:", "Themen:" or "Stichworte:" that an article's own last subhead or
sentence may carry.

Looked for only in the text's last _WINDOW characters, and only where a colon is: the
credits peel calls it (see _credits._credits_start), one C-level search per text.

>>> t = 'He left.\\nFiled under: Parks, Roads'
>>> t[:_tag_list(t, t.rfind("\\n") + 1, len(t))]
'He left.\\n'
>>> _tag_list("He said. Tags: none of them matched, he said.", 0, 45) is None
True
"""

from __future__ import annotations

import regex

from cleantext._lazy import lazy_regex
from cleantext.cleaners.trailers._boundaries import _prev_nonspace

_WINDOW = 300  # a tag list is short: its label lies in the text's last characters
_MAX_TAG_WORDS = 5
_MAX_TAG_CHARS = 48
_MAX_WORD = 40  # how far back a box title's last word is read

#: The labels, each as the CMS prints it (case is checked apart: a capital first).
_LABEL = (
    r"(?:Filed[ \t]under|Posted[ \t]in|Tagged[ \t]with|Tagged|Tags|Tagi|Mots[- ]cl[ée]s"
    r"|Schlagw(?:ö|o)rte(?:r)?|Verschlagwortet[ \t]mit|Etiquetas"
    r"|Trefwoorden|Parole[ \t]chiave|Palavras[- ]chave|Etichete|Štítky|Emneord|Nyckelord"
    r"|Avainsanat|Címkék|Etiketler|Etiquetes|Ετικέτες|Метки|Теги|Тэги)[ \t]?[:：]"
)
#: A label that ends where the search ends, at its colon (see _tag_list).
_LABEL_BEFORE = lazy_regex(_LABEL + r"\Z", regex.IGNORECASE)
_MAX_LABEL = 24  # "Verschlagwortet mit :": a label's characters with its colon
#: A stop that ends a sentence inside the list: no tag holds one.
_STOPS = frozenset(".!?…。！？")
#: What parts the tags (a trailing one too: "Police State, Checkpoints |").
_SEPARATORS = lazy_regex(r"[,·|•;/]")
_CLOSERS = "\"'”’»)]"


def _opens(text: str, s: int, ls: int, *, words: bool = False) -> bool:
    """May a list's label start at ``s``: at the line start, after a sentence's end
    (spaced or glued, a closing quote or bracket with it), or glued to a lower-case
    letter (a box title's last word run into it): a word that starts in lower case, or,
    for a label of several ``words`` ("Filed under", "Tagged with", no name's tail), a
    heading's capitalised word too ("… RelatedFiled under: Police State |")."""
    if not text[s].isupper():
        return False
    if s == ls:
        return True
    q = s - 1
    glued = not text[q].isspace()
    while q >= ls and text[q] in " \t":
        q -= 1
    if q < ls:
        return True
    if glued and text[q].islower():
        return words or _lower_word(text, q, ls)
    # After a sentence's end and a space on the same line, only where the text has no
    # line break left (flattened): a text that keeps its lines ends a sentence there
    # with its own words ("… and shrugged. Filed under: Other", a columnist's joke).
    if not glued and "\n" in text:
        return False
    while q > ls and text[q] in _CLOSERS:
        q -= 1
    return text[q] in ".!?" and (q == 0 or text[q - 1] not in ".")


def _lower_word(text: str, q: int, ls: int) -> bool:
    """Does the word that ends at ``q`` start in lower case: a box title's last word
    ("… leurs indemnitésMots-clés"), not a capitalised word whose tail the label's word
    is ("Apple AirTags:", "SmartTags:", "HashTags:", a product's name, not a label)?"""
    w = q
    floor = max(ls, q - _MAX_WORD)  # bounded: a run of letters longer than a word is none
    while w > floor and text[w - 1].isalpha():
        w -= 1
    if w == floor > ls:
        return False
    return text[w].islower()


def _tags(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` one tag list's items: at least one, each a few words, no stop?"""
    items = _SEPARATORS.split(text[s:e])
    while items and not items[-1].strip():
        items.pop()  # a trailing separator ("Checkpoints |")
    if not items:
        return False
    for item in items:
        words = item.split()
        if not words or len(words) > _MAX_TAG_WORDS or len(item.strip()) > _MAX_TAG_CHARS:
            return False
        if any(ch in _STOPS for ch in item):
            return False
    return True


def _marks(text: str, mark: str, lo: int, hi: int) -> list[int]:
    """Where ``mark`` stands in ``text[lo:hi]``: C-level finds, one per mark."""
    out: list[int] = []
    i = text.find(mark, lo, hi)
    while i >= 0:
        out.append(i)
        i = text.find(mark, i + 1, hi)
    return out


def _tag_list(text: str, ls: int, end: int) -> int | None:
    """Where a tag list that ends ``text[:end]`` starts (its first label), in the line
    that starts at ``ls``; None if the line ends in none. The label must not open the
    text: a headline ("Tags: why …") is no list."""
    lo = max(ls, end - _WINDOW)
    if text.find(":", lo, end) < 0 and text.find("：", lo, end) < 0:
        return None
    # Each label ends in a colon: tried only before the window's few colons, not at
    # every character (a case-blind alternation over the whole window costs ~10 times).
    colons = sorted(_marks(text, ":", lo, end) + _marks(text, "：", lo, end))
    found = (_LABEL_BEFORE.search(text, max(lo, c - _MAX_LABEL), c + 1) for c in colons)
    labels = [
        m for m in found
        if m is not None and text[m.start()].isupper()
        and (m.start() == lo or not text[m.start() - 1].isupper())
    ]
    # Each label's tags run to the next label, the last one's to the end: the first label
    # from which every run is a list, and that opens as a list does, starts the unit.
    for i, m in enumerate(labels):
        if _prev_nonspace(text, m.start(), 0) < 0 or not _opens(
            text, m.start(), ls, words=" " in m.group().rstrip(" \t:：")
        ):
            continue
        ends = [*(b.start() for b in labels[i + 1 :]), end]
        if all(_tags(text, a.end(), b) for a, b in zip(labels[i:], ends, strict=True)):
            return m.start()
    return None
