"""HTML and XML left in text fields: tags, entities, scripts, comments.

Removed:

- tags of HTML's vocabulary (and custom or namespaced ones: ``<amp-img>``, ``<o:p>``),
  also when escaped (``&lt;p&gt;``); the text of inline tags stays;
- block tags (``p``, ``div``, ``li``, ``h1``-``h6``, ``tr``, ``blockquote`` …) become a
  paragraph break, ``br`` a line break, table cells a space;
- ``script``, ``style``, ``noscript``, ``template``, ``iframe``, ``svg``, ``head``
  with their contents; comments; declarations and processing instructions;
- entities, named, decimal and hex, also double-escaped (``&amp;amp;``).

Deliberately left alone: a ``<`` that does not open a known tag (``growth <5%``,
``a<b``, ``I <3 NY``, ``<<quoted>>``, ``x -> y``), an ``&`` that is not an entity
with its semicolon (``AT&T``, ``?a=1&copy=2``), and unclosed comments or scripts,
whose opener alone is removed: text after it may be the article.

Fragments take a fast path built on one pattern; whole documents (a doctype,
``<html>`` or ``<body>``) go through BeautifulSoup, which copes with markup the
pattern does not. On what both handle they give the same text.

>>> markup("<p>Growth <b>rose</b> &gt;3% at AT&T.</p><p>Next&nbsp;year</p>")
'\\n\\nGrowth rose >3% at AT&T.\\n\\n\\n\\nNext\\xa0year\\n\\n'
>>> markup("if a<b then I <3 NY")
'if a<b then I <3 NY'
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass

import regex

from cleantext._core import Edit, Span, SpanCleaner, diff_edits

BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr "
    "html legend li main menu nav ol p pre section summary table tbody tfoot thead title "
    "tr ul".split()
)
CELL = frozenset({"td", "th"})
INLINE = frozenset(
    "a abbr acronym area audio b base basefont bdi bdo big blink button canvas cite code "
    "col colgroup data datalist del dfn em embed font frame i img input ins kbd label "
    "link map mark meta meter nobr optgroup option output param picture progress q rp rt "
    "ruby s samp select small source span strike strong sub sup textarea time track tt "
    "u var video wbr".split()
)
#: Elements dropped with everything inside them.
DROP = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "head", "object"})

_NAMES = "|".join(sorted(BLOCK | CELL | INLINE | DROP | {"br"}, key=lambda n: (-len(n), n)))
_NAME = rf"(?:{_NAMES}|[a-z][a-z0-9]*(?:[-:][a-z0-9]+)+)"
# Attributes: unquoted runs or quoted values, each bounded, never containing < or >,
# so a scan that starts at a "<" stops at the next "<" or ">": linear on any input.
_ATTRS = r"""(?:[^<>"']|"[^"<>]{0,2000}"|'[^'<>]{0,2000}'){0,4000}+"""

_TOKEN = regex.compile(
    rf"""
      (?P<comment><!--)
    | (?P<cdata><!\[CDATA\[|\]\]>)
    | (?P<decl><![a-z][^<>]{{0,2000}}>|<\?[^<>]{{0,2000}}\?>)
    | <(?P<close>/?)(?P<name>{_NAME})(?![a-z0-9:-])(?P<attrs>{_ATTRS})>
    | &lt;(?P<eclose>/?)(?P<ename>{_NAME})(?![a-z0-9:-])[^<>&]{{0,2000}}&gt;
    | (?P<entity>&(?:amp;)*(?:\#[0-9]{{1,7}}|\#x[0-9a-f]{{1,6}}|[a-z][a-z0-9]{{1,31}});)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
TRIGGER = regex.compile(r"<[a-z!/?]|&(?:#|[a-z]{2,31};)|\]\]>", regex.IGNORECASE)
_DOCUMENT = regex.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", regex.IGNORECASE)


def decode_entity(entity: str) -> str:
    """Decode an entity, however many times it was escaped.

    >>> decode_entity("&amp;amp;eacute;")
    'é'
    """
    while True:  # each round shortens the string, so this ends
        decoded = html.unescape(entity)
        if decoded == entity:
            return entity
        entity = decoded


@functools.lru_cache(maxsize=None)
def _closing_tag(name: str) -> regex.Pattern[str]:
    return regex.compile(rf"</{name}\s*>", regex.IGNORECASE)


class _Closers:
    """Finds closing markers after a position; caches so the scan stays linear.

    Each closer is searched at most once per position it is found at: the cached
    next occurrence is reused while it lies ahead, and "none left" is remembered.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.next: dict[str, tuple[int, int]] = {}

    def find(self, closer: str, pos: int) -> tuple[int, int]:
        hit = self.next.get(closer)
        if hit is None or (hit[0] != -1 and hit[0] < pos):
            if closer == "-->":
                at = self.text.find("-->", pos)
                hit = (at, at + 3) if at >= 0 else (-1, -1)
            else:
                m = _closing_tag(closer).search(self.text, pos)
                hit = m.span() if m else (-1, -1)
            self.next[closer] = hit
        return hit


def _markup_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    closers = _Closers(text)
    pos = 0
    while True:
        m = _TOKEN.search(text, pos)
        if m is None:
            return spans
        start, end = m.span()
        if m.group("comment"):
            close = closers.find("-->", end)[1]
            if close != -1:
                end = close
            spans.append((start, end, ""))
        elif m.group("cdata") or m.group("decl"):
            spans.append((start, end, ""))
        elif m.group("entity"):
            spans.append((start, end, decode_entity(m.group())))
        else:
            escaped = m.group("ename") is not None
            name = (m.group("ename") if escaped else m.group("name")).lower()
            closing = bool(m.group("close") or m.group("eclose"))
            if name in DROP and not closing and not escaped and not m.group("attrs").endswith("/"):
                close = closers.find(name, end)[1]
                if close != -1:
                    end = close
            spans.append((start, end, _replacement(name)))
        pos = end


def _replacement(name: str) -> str:
    if name in BLOCK:
        return "\n\n"
    if name == "br":
        return "\n"
    if name in CELL:
        return " "
    return ""


_fast = SpanCleaner("markup", _markup_spans, trigger=TRIGGER)

#: Beyond these sizes a document takes the fast path: BeautifulSoup's tree costs
#: memory per tag, and very deep trees are where parsers hit recursion limits.
SOUP_MAX_CHARS = 5_000_000
SOUP_MAX_TAGS = 50_000


def soup_text(text: str) -> str:
    """The text BeautifulSoup (``html.parser``) finds, with the same rules as the fast path.

    >>> soup_text("<html><body><p>A &amp; B</p><script>x()</script></body></html>")
    '\\n\\n\\n\\n\\n\\nA & B\\n\\n\\n\\n\\n\\n'
    """
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(text, "html.parser")
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for el in soup.find_all(list(DROP)):
        el.decompose()
    for el in soup.find_all(True):
        name = el.name.lower()
        sep = _replacement(name)
        if sep and name != "br":
            el.insert_before(sep)
            el.insert_after(sep)
        elif name == "br":
            el.replace_with("\n")
    return "".join(decode_entity(s) if "&" in s else s for s in soup.strings)


def _use_soup(text: str) -> bool:
    return (
        len(text) <= SOUP_MAX_CHARS
        and _DOCUMENT.search(text, 0, 2000) is not None
        and text.count("<") <= SOUP_MAX_TAGS
    )


@dataclass(frozen=True)
class MarkupCleaner:
    """Fast path for fragments, BeautifulSoup for documents (see the module docstring)."""

    name: str = "markup"

    def _soup(self, text: str) -> str | None:
        try:
            return soup_text(text)
        except RecursionError:
            return None

    def __call__(self, text: str) -> str:
        if _use_soup(text):
            out = self._soup(text)
            if out is not None:
                return out
        return _fast(text)

    def explain(self, text: str) -> tuple[str, list[Edit]]:
        if _use_soup(text):
            out = self._soup(text)
            if out is not None:
                return out, diff_edits(self.name, text, out)
        return _fast.explain(text)


markup = MarkupCleaner()
