"""HTML and XML left in text fields: tags, entities, scripts, comments.

Removed:

- tags of HTML's vocabulary (and custom or namespaced ones: ``<amp-img>``, ``<o:p>``),
  also when escaped (``&lt;p&gt;``); the text of inline tags stays;
- block tags (``p``, ``div``, ``li``, ``h1``-``h6``, ``tr``, ``blockquote`` …) become a
  paragraph break, ``br`` a line break, table cells a space;
- ``script``, ``style``, ``noscript``, ``template``, ``iframe``, ``svg``, ``head``
  with their contents; comments; declarations and processing instructions;
- entities, named, decimal and hex, also double-escaped (``&amp;amp;``); without their
  semicolon, decimal ones (``&#8217s``) and the names scrapers leave bare (``&amp``,
  ``&nbsp``, ``&quot``, ``&lt``, ``&gt``), where HTML reads them so.

Deliberately left alone: a ``<`` that does not open a known tag (``growth <5%``,
``a<b``, ``I <3 NY``, ``<<quoted>>``, ``x -> y``), or whose name runs into something
other than a space, "/" or ">" (``<U+2014>``, ``<a,b>``), a title in angle brackets
that starts with a tag's name (``<Big Mouth>``, ``<A Business Proposal>``), an ``&``
that is not an entity (``AT&T``, ``?a=1&copy=2``, ``&amplifier``), and unclosed comments
or scripts, whose opener alone is removed: text after it may be the article.

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
import re
from dataclasses import dataclass
from html.entities import html5

import regex

from cleantext._core import Edit, Span, SpanCleaner, diff_edits
from cleantext._lazy import lazy_regex, warm_up


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


BLOCK = _words(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr "
    "html legend li main menu nav ol p pre section summary table tbody tfoot thead title "
    "tr ul"
)
CELL = frozenset({"td", "th"})
INLINE = _words(
    "a abbr acronym area audio b base basefont bdi bdo big blink button canvas cite code "
    "col colgroup data datalist del dfn em embed font frame i img input ins kbd label "
    "link map mark meta meter nobr optgroup option output param picture progress q rp rt "
    "ruby s samp select small source span strike strong sub sup textarea time track tt "
    "u var video wbr"
)
#: Elements dropped with everything inside them.
DROP = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "head", "object"})

# Attributes: unquoted runs or quoted values, each bounded, never containing < or >,
# so a scan that starts at a "<" stops at the next "<" or ">": linear on any input.
# A quoted value may be long: an image's srcset lists a URL per width, and data-*
# attributes hold JSON; a tag whose value ran past the bound stayed in the text whole.
_VALUE_MAX = 100_000
_ATTRS = rf"""(?:[^<>"']|"[^"<]{{0,{_VALUE_MAX}}}"|'[^'<]{{0,{_VALUE_MAX}}}'){{0,4000}}+"""
# Inside an escaped tag (``&lt;a href=&quot;x&quot;&gt;``) quotes come as entities.
_EATTRS = r"(?:[^<>&]|&(?:amp;)*+(?:quot|apos|\#34|\#39|\#x2[27]);){0,2000}+"
#: Characters that can hide a tag from the pattern (``<\x00b>``): C0 controls but tab,
#: line feed and carriage return, DEL and the BOM. The unicode cleaner drops them too;
#: markup drops them first, so that dropping them later cannot reveal a tag. C1 controls
#: are dropped only between ``<`` and a tag name: elsewhere they may be mojibake that
#: the unicode cleaner repairs (``Ã\x81`` is "Á" read as Latin-1).
_JUNK = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff"
#: The characters ``[a-z]`` matches under ``regex.IGNORECASE``: the ASCII letters and
#: three that fold to one of them (İ, ſ and the Kelvin sign).
_LETTERS = r"a-zA-Z\u0130\u017f\u212a"
#: Tag names the pattern knows; others need a "-" or ":" to be tags (``<amp-img>``).
_KNOWN = BLOCK | CELL | INLINE | DROP | {"br"}
#: Where a tag's name ends, as HTML's tokenizer has it: at a space, "/" or ">". Prose
#: that puts a tag name before anything else is not a tag: ``<U+2014>``, ``<a,b>``.
_NAME_END = r"(?=[\s/>])"
#: The same in an escaped tag, whose ">" is "&gt;".
_ENAME_END = r"(?=[\s/]|&(?:amp;)*+gt;)"
#: The entities HTML decodes without their semicolon that scrapers leave so: ``&amp``,
#: ``&nbsp``, ``&quot``, ``&lt``, ``&gt`` (their names are case-sensitive). As in an
#: HTML attribute, not before a letter, digit or "=": ``&amplifier`` and
#: ``?a=1&lt=2`` stay.
_BARE_NAMES = "amp|AMP|nbsp|quot|QUOT|lt|LT|gt|GT"
#: An entity: a known name with its semicolon, or one of the bare names; a decimal
#: number, with or without its semicolon (``&#8217s``); a hex number with it; each
#: escaped any number of times (``&amp;amp;``).
_ENTITY_BODY = (
    r"&(?:amp;)*(?:\#[0-9]{1,7};|\#[0-9]{2,7}(?![0-9])|\#x[0-9a-f]{1,6};"
    rf"|[a-z][a-z0-9]{{1,31}};|(?-i:{_BARE_NAMES})(?![a-z0-9=]))"
)


def _prefix_tree(words: list[str]) -> str:
    """An alternation that matches exactly ``words`` (letters and digits), factored by
    common prefixes.

    ``a(?:bbr|rea)?|b`` rather than ``abbr|area|a|b``: the engine reads each character
    of a name once instead of trying a hundred names one after the other.

    >>> _prefix_tree(["a", "abbr", "area", "b"])
    'a(?:bbr|rea)?|b'
    """
    heads: dict[str, list[str]] = {}
    for word in sorted(words):
        heads.setdefault(word[0], []).append(word[1:])
    branches = []
    for head, tails in heads.items():
        rest = [tail for tail in tails if tail]
        branch = head
        if rest:
            sub = _prefix_tree(rest)
            if len(rest) < len(tails):  # a word ends at this head too
                sub = f"(?:{sub})?"
            elif "|" in sub:
                sub = f"(?:{sub})"
            branch += sub
        branches.append(branch)
    return "|".join(branches)


@functools.cache
def _token() -> regex.Pattern[str]:
    # Compiled on first use: the one large pattern here, ~6 ms that `import cleantext`
    # need not pay. Which branch of a name matches does not matter: the look-ahead after
    # it requires the whole name (up to a space, "/" or ">"), and a known name has no
    # "-" or ":".
    known = _prefix_tree(list(_KNOWN))
    name = rf"(?:{known}|[a-z][a-z0-9]*(?:[-:][a-z0-9]+)+)"
    return regex.compile(
        rf"""
          (?P<comment><!--)
        | (?P<cdata><!\[CDATA\[|\]\]>)
        | (?P<decl><![a-z][^<>]{{0,2000}}>|<\?[^<>]{{0,2000}}\?>)
        | <(?P<close>/?)(?P<name>{name}){_NAME_END}(?P<attrs>{_ATTRS})>
        | &(?:amp;)*+lt;(?P<eclose>/?)(?P<ename>{name}){_ENAME_END}{_EATTRS}&(?:amp;)*+gt;
        | (?P<entity>{_ENTITY_BODY})
        | (?P<junk>[{_JUNK}]++|(?<=<)[\x80-\x9f]++(?=/?[a-z]))
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


# Compiled on first use or at prepare (``_lazy``): import need not pay for them.
_ENTITY = lazy_regex(_ENTITY_BODY, regex.IGNORECASE)
_JUNK_CHARS = lazy_regex(f"[{_JUNK}]+")
TRIGGER = lazy_regex(
    rf"<[a-z!/?\x80-\x9f]|&(?:\#|[a-z][a-z0-9]{{1,31}};|(?-i:{_BARE_NAMES}))|\]\]>"
    rf"|[<&][^<>&\s]{{0,32}}[{_JUNK}]",
    regex.IGNORECASE,
)
_DOCUMENT = lazy_regex(r"<!doctype\s+html|<html[\s>]|<body[\s>]", regex.IGNORECASE)


def decode_entity(entity: str) -> str:
    """Decode an entity, however many times it was escaped.

    Only a complete entity is decoded: a known name with its semicolon, one of the
    names HTML reads without it (``&amp``, ``&nbsp``), or a number. ``html.unescape``
    would also read a prefix (``&notit;`` as ``¬it;``); that is a browser's error
    recovery, not what the writer meant, so such text stays, and so does a number
    without its semicolon that names no character.

    >>> decode_entity("&amp;amp;eacute;")
    'é'
    >>> decode_entity("&notit;")
    '&notit;'
    >>> decode_entity("&amp;notit;")
    '&notit;'
    >>> decode_entity("&#8217"), decode_entity("&#9999999")
    ('’', '&#9999999')
    """
    while entity.startswith("&amp;") and len(entity) > 5:
        entity = "&" + entity[5:]
    if entity[1:2] == "#":
        char = html.unescape(entity)
        return entity if char == "\ufffd" and not entity.endswith(";") else char
    return html5.get(entity[1:], entity)


@functools.cache
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


@functools.cache
def _lead() -> re.Pattern[str]:
    """Where a token can start, and the commonest token whole.

    The pattern starts with a character every alternative of :func:`_token` begins
    with: "<" opens tags, comments, declarations and CDATA, "&" entities and escaped
    tags, "]" ends CDATA; then the junk characters, and the C1 controls, which are junk
    only right after "<" (the pattern's look-behind checks that: ``match`` at a position
    sees the text before it, as ``search`` does). Starting with one character class
    lets ``re`` skip to it in C.

    After a "<" it goes on, when it can, with the tag alternative of :func:`_token` for
    an ASCII name that starts with a small letter (a capital may start a title in angle
    brackets, which the token path tells from a tag), spelled for ``re``: where the name
    is a known one, :func:`_token` matches the same text with the same groups there.
    ``re`` has no possessive quantifiers before Python 3.11, and needs none: an
    attribute unit is told by its first character and a quoted value ends at its quote,
    so there is one way to read the attributes, and backtracking out of a failed attempt
    costs what the attempt read, which never goes past the next "<".
    """
    return re.compile(
        rf"""[<&\]{_JUNK}\x80-\x9f](?:(?<=<)(?P<close>/?)(?P<name>[a-z][a-zA-Z0-9]*)"""
        rf"""{_NAME_END}(?P<attrs>(?:[^<>"']|"[^"<]{{0,{_VALUE_MAX}}}"|'[^'<]{{0,{_VALUE_MAX}}}')"""
        rf"""{{0,4000}})>)?"""
    )


def _markup_spans(text: str) -> list[Span]:
    # The token pattern's own search would try all its alternatives at every character.
    # Trying it only where _lead() finds a possible start finds the same tokens (a
    # position it skips cannot begin one) with a subset of that search's attempts. Most
    # tokens are plain tags, which _lead() has matched already, reading no further than
    # the next "<". So this is as linear as that search was.
    spans: list[Span] = []
    append = spans.append
    closers = _Closers(text)
    match = _token().match
    lead_search = _lead().search
    pos = 0
    while lead := lead_search(text, pos):
        start = lead.start()
        tag: re.Match[str] | regex.Match[str] = lead
        raw = lead.group("name")
        if raw is None or (name := raw.lower()) not in _KNOWN:
            # Not a plain tag with a known name: the token pattern decides.
            token = match(text, start)
            if token is None:
                pos = start + 1
                continue
            if token.lastgroup != "attrs":  # the last group of a tag is its attributes
                span = _other_span(token, closers)
                append(span)
                pos = span[1]
                continue
            tag = token
            raw = token.group("name")
            name = raw.lower()
            # A title starts with a capital, and only the token pattern reads a name
            # that does: the lead's plain tags, most tags, need no test.
            if raw[0] < "a" and not tag.group("close") and _is_title(raw, tag.group("attrs")):
                pos = start + 1
                continue
        end = tag.end()
        if name in DROP and not tag.group("close") and not tag.group("attrs").endswith("/"):
            close = closers.find(name, end)[1]
            if close != -1:
                end = close
        append((start, end, _SEPARATORS.get(name, "")))
        pos = end
    return spans


#: A word with a capital and then a small letter, after a space.
_TITLE_WORD = lazy_regex(r"\s\p{Lu}\p{Ll}")


def _is_title(name: str, attrs: str) -> bool:
    """Is an opening tag whose name starts with a capital a title in angle brackets?

    Korean and Chinese outlets writing in English set titles so: ``<Menu>``, ``<Big
    Mouth>``, ``<A Business Proposal>``, ``<Table for Two>``, whose first word is a
    tag's name. HTML writes its names in lower or upper case (``<table>``, ``<TD
    NOWRAP>``), never capitalised like a word (``Menu``); its attributes are
    ``name=value`` pairs or bare names (``async``, ``controls``), and a bare name is
    never capitalised like a word either. Without an "=", such a name or word makes the
    whole a title, which stays.
    """
    if "=" in attrs:
        return False
    if len(name) > 1 and name[0].isupper() and name[1:].islower():
        return True
    return _TITLE_WORD.search(attrs) is not None


def _other_span(m: regex.Match[str], closers: _Closers) -> Span:
    """What replaces a token that is not a tag: an entity its character, an escaped tag
    what the tag leaves (its element's content stays); a comment goes up to its closer,
    or alone when it has none; CDATA markers, declarations and junk go."""
    start, end = m.span()
    kind = m.lastgroup
    if kind == "entity":
        return start, end, decode_entity(m.group())
    if kind == "ename":
        name = m.group("ename")
        if name[0] < "a" and not m.group("eclose") and _is_title(name, m.group()):
            # An escaped title (``&lt;Big Mouth&gt;``): its entities decode, and the
            # title that shows is kept by the next pass.
            return start, start + m.group().index("lt;") + 3, "<"
        return start, end, _SEPARATORS.get(name.lower(), "")
    if kind == "comment":
        close = closers.find("-->", end)[1]
        return start, close if close != -1 else end, ""
    return start, end, ""


#: What a tag leaves in its place: a paragraph break for a block tag, a line break for
#: ``br``, a space for a table cell; other tags leave nothing.
_SEPARATORS = {**dict.fromkeys(BLOCK, "\n\n"), "br": "\n", **dict.fromkeys(CELL, " ")}


def _replacement(name: str) -> str:
    return _SEPARATORS.get(name, "")


@functools.cache
def _may_trigger() -> re.Pattern[str]:
    """A ``re`` pattern that matches in every text :data:`TRIGGER` matches in: its first
    three alternatives spelled without IGNORECASE, and for the fourth any junk character.
    It begins with one character class, which ``re`` skips to in C."""
    return re.compile(
        rf"[<&\]{_JUNK}](?:(?<=<)[{_LETTERS}!/?\x80-\x9f]"
        rf"|(?<=&)(?:\#|[{_LETTERS}][{_LETTERS}0-9]{{1,31}};|{_BARE_NAMES})"
        rf"|(?<=\])\]>|(?<=[{_JUNK}]))"
    )


class _MayHoldMarkup:
    """The gate: substring searches in C, then a ``re`` scan that passes over a "<" or
    "&" that opens nothing (``a<b``, ``AT&T``), before the pattern looks at anything."""

    def search(self, text: str, /) -> object:
        # One-character searches run at memchr speed; "]]>" is looked for only in text
        # that has a "]", as a longer needle is searched for many times slower.
        if "<" not in text and "&" not in text and ("]" not in text or "]]>" not in text):
            return None
        if _may_trigger().search(text) is None:
            return None
        return TRIGGER.search(text)


_fast = SpanCleaner("markup", _markup_spans, trigger=_MayHoldMarkup())

#: Beyond these sizes a document takes the fast path: BeautifulSoup's tree costs
#: memory per tag, and very deep trees are where parsers hit recursion limits.
SOUP_MAX_CHARS = 5_000_000
SOUP_MAX_TAGS = 50_000


def soup_text(text: str) -> str:
    """The text BeautifulSoup (``html.parser``) finds, with the same rules as the fast path.

    Dropped elements and comments go with their contents, block tags become paragraph
    breaks; the text is not otherwise tidied (whitespace is the whitespace cleaner's).
    :class:`MarkupCleaner` uses it for whole documents only.

    >>> soup_text("<html><body><p>A &amp; B</p><script>x()</script></body></html>")
    '\\n\\n\\n\\n\\n\\nA & B\\n\\n\\n\\n\\n\\n'
    """
    from bs4 import BeautifulSoup, Comment  # noqa: PLC0415 - import cleantext stays fast

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
    # The parser decoded one level of entities; decode what was escaped twice, and
    # drop the characters the fast path drops.
    text = "".join(_ENTITY.sub(_decode_match, s) if "&" in s else s for s in soup.strings)
    return _JUNK_CHARS.sub("", text)


def _decode_match(m: regex.Match[str]) -> str:
    return decode_entity(m.group())


def _use_soup(text: str) -> bool:
    # Every alternative of _DOCUMENT starts with "<": a text without one near its start
    # is not a document, and finding that out takes a memchr, not a pattern.
    return (
        len(text) <= SOUP_MAX_CHARS
        and text.find("<", 0, 2000) != -1
        and _DOCUMENT.search(text, 0, 2000) is not None
        and text.count("<") <= SOUP_MAX_TAGS
    )


#: Removing a tag can join the text around it into a new one (``<<b>b>`` leaves
#: ``<b>``), and decoding ``&lt;b&gt;`` in a document gives one. The fast path runs
#: again until nothing changes, at most this many times: each run is linear, and
#: only text built to nest that deep needs more.
MAX_PASSES = 8


def _settle(text: str, passes: int = MAX_PASSES) -> str:
    for _ in range(passes):
        out = _fast(text)
        if out == text:
            break
        text = out
    return text


@dataclass(frozen=True)
class MarkupCleaner:
    """Fast path for fragments, BeautifulSoup for documents (see the module docstring).

    Removes tags, dropped elements with their contents, comments and entities, and
    keeps the text of inline tags. It leaves alone a ``<`` that opens no known tag
    (``a<b``, ``I <3 NY``) and an ``&`` that is not a complete entity (``AT&T``).
    :data:`markup` is the instance in :data:`cleantext.DEFAULT`.

    >>> clean = MarkupCleaner()
    >>> clean("Tom &amp; <i>Jerry</i> at AT&T: 2<3 <script>x()</script>")
    'Tom & Jerry at AT&T: 2<3 '
    """

    name: str = "markup"

    def prepare(self) -> None:
        """Compile the tag scans and import BeautifulSoup now, not on first need."""
        _token()
        _lead()
        _may_trigger()
        warm_up(__name__)
        for name in DROP:
            _closing_tag(name)
        import bs4  # noqa: F401, PLC0415 - what the first whole document would import

    def _soup(self, text: str) -> str | None:
        try:
            return soup_text(text)
        except RecursionError:
            return None

    def __call__(self, text: str) -> str:
        """The text with its markup removed. A document goes through BeautifulSoup,
        again while what comes out still looks like one (``<!--<html>`` leaves
        ``<html>``); a fragment takes the fast path (:data:`MAX_PASSES` at most)."""
        for _ in range(MAX_PASSES):
            if not _use_soup(text):
                return _settle(text)
            out = self._soup(text)
            if out is None:
                return _settle(text)
            out = _settle(out)
            if out == text:
                return out
            text = out
        return text

    def explain(self, text: str) -> tuple[str, list[Edit]]:
        """What the call returns: exact edits when one fast pass gives it, else one edit
        over the changed region (the soup path and later passes cannot say where)."""
        if _use_soup(text):
            out = self(text)
            return out, diff_edits(self.name, text, out)
        # The call's first fast pass, with its edits; then the passes it makes after it.
        first, edits = _fast.explain(text)
        if first == text:
            return text, edits
        out = _settle(first, MAX_PASSES - 1)
        return out, edits if out == first else diff_edits(self.name, text, out)


markup = MarkupCleaner()
