"""The markup cleaner: tags, entities, dropped elements, and the text that is not markup."""

from __future__ import annotations

import sys

import pytest

from cleantext import Pipeline
from cleantext._core import replay
from cleantext.cleaners.markup import (
    MAX_PASSES,
    SOUP_MAX_TAGS,
    _fast,
    decode_entity,
    markup,
    soup_text,
)

tidy = Pipeline.from_names(["markup", "whitespace"])

REMOVED = [
    ("inline tags go and their text stays", "a <b>bold</b> and <i>italic</i> word",
     "a bold and italic word"),
    ("a link keeps its text", '<a href="https://x.org/?a=1&amp;b=2">the report</a>',
     "the report"),
    ("a quoted attribute may hold >", '<a title="a>b">text</a>', "text"),
    ("a single-quoted attribute with a double quote", "<span title='say \"hi\"'>x</span>", "x"),
    ("a paragraph becomes a paragraph break", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
    ("a div becomes a paragraph break", "<div>One.</div>Two.", "One.\n\nTwo."),
    ("br becomes a line break", "One.<br>Two.<br/>Three.<BR />", "One.\nTwo.\nThree."),
    ("list items become paragraphs", "<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
    ("unclosed list items still split", "<li>a<li>b", "a\n\nb"),
    ("headings become paragraphs", "<h1>Title</h1>Body<h6>small</h6>", "Title\n\nBody\n\nsmall"),
    ("table rows become paragraphs and cells spaces",
     "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"),
    ("a blockquote becomes a paragraph", "He said<blockquote>No.</blockquote>then left",
     "He said\n\nNo.\n\nthen left"),
    ("upper-case tags are tags", "<P>One</P><DIV>Two</DIV>", "One\n\nTwo"),
    ("self-closing div is a break", "a<div/>b", "a\n\nb"),
    ("namespaced Word tags go", "<o:p>x</o:p>", "x"),
    ("custom elements with a hyphen go", "<amp-img src=x></amp-img>text", "text"),
    ("script goes with its code", "a<script>var x = '<p>';</script>b", "ab"),
    ("style goes with its rules", "a<style>p { color: red }</style>b", "ab"),
    ("noscript goes with its content", "a<noscript>enable JS</noscript>b", "ab"),
    ("template goes with its content", "a<template><p>t</p></template>b", "ab"),
    ("iframe goes with its fallback", "a<iframe src=x>fallback</iframe>b", "ab"),
    ("upper-case script goes", "a<SCRIPT>x()</SCRIPT>b", "ab"),
    ("a closing script tag with a space", "a<script>x</script >b", "ab"),
    ("a comment goes with its content", "a<!-- hidden <p> -->b", "ab"),
    ("a doctype goes", "<!DOCTYPE html>text", "text"),
    ("a processing instruction goes", '<?xml version="1.0"?>text', "text"),
    ("CDATA markers go and the data stays", "<![CDATA[data]]>", "data"),
    # A feed's CDATA end left alone in a text field: a marker, not text (BeautifulSoup
    # would keep it; the fast path and the cleaner drop it).
    ("a lone CDATA end goes", "The vote was close.]]>", "The vote was close."),
    ("a named entity decodes", "caf&eacute; &copy; 2024", "café © 2024"),
    # The gate once read entity names as letters only: alone in a text, &sup2; stayed.
    ("an entity whose name holds a digit decodes on its own", "E = mc&sup2;", "E = mc²"),
    ("a double-escaped digit entity decodes", "&amp;frac12; cup", "½ cup"),
    ("a decimal entity decodes", "it&#39;s", "it's"),
    ("a hex entity decodes", "it&#x27;s &#X2014; ok", "it's — ok"),
    ("double-escaped &amp;amp; decodes to one ampersand", "R&amp;amp;D", "R&D"),
    ("a double-escaped named entity decodes", "caf&amp;eacute;", "café"),
    ("a triple-escaped numeric entity decodes", "it&amp;amp;#39;s", "it's"),
    ("an escaped tag goes", "&lt;p&gt;Text&lt;/p&gt;", "Text"),
    ("a double-escaped tag goes", "&amp;lt;b&amp;gt;Text&amp;lt;/b&amp;gt;", "Text"),
    ("an escaped tag with escaped quotes goes", "&lt;a href=&quot;x&quot;&gt;t&lt;/a&gt;", "t"),
    ("a tag left by removing a tag goes too", "a<<b>b>c", "ac"),
    ("a NUL inside a tag cannot hide it", "a<\x00b>c", "ac"),
    ("a NUL inside a tag name cannot hide it", "a<d\x00iv>c", "a\n\nc"),
    ("a whole document goes through the parser", "<!DOCTYPE html><html><head><title>T"
     "</title></head><body><p>A &amp; B</p><script>x()</script></body></html>", "A & B"),
    ("an escaped tag in a document goes", "<html><body>&lt;b&gt;x</body></html>", "x"),
    # Entities feeds and scrapers leave without their semicolon, as HTML reads them.
    ("a bare &amp decodes", "Tom &amp Jerry", "Tom & Jerry"),
    ("a bare &nbsp decodes", "The council met.&nbsp The vote followed.",
     "The council met.\xa0 The vote followed."),
    ("bare quotes decode", "He said &quotno&quot, &QUOT;twice&QUOT", 'He said &quotno", "twice"'),
    ("a bare double-escaped name decodes", "Procter &amp;amp Gamble", "Procter & Gamble"),
    ("a bare decimal entity decodes", "The council&#8217s vote, it&#39s done",
     "The council’s vote, it's done"),
    ("a bare escaped comparison decodes", "if x &lt y", "if x < y"),
    # Tags as CMS exports print them.
    # Long quoted values: a srcset lists a URL per width, data-* attributes hold JSON.
    ("an image with a long srcset goes whole",
     'One.<img src="a.jpg" srcset="'
     + ", ".join(f"https://cdn.example.com/photo-{w}.jpg {w}w" for w in range(100, 5000, 50))
     + '" sizes="100vw"> Two.', "One. Two."),
    ("a div with a long JSON attribute goes", "One.<div data-props='{\"a\": \"" + "x" * 5000
     + "\"}'>Two.</div>", "One.\n\nTwo."),
    # Escaped, as feeds carry them: the entities decode, the title or prose stays.
    ("an escaped title decodes and stays", "Fans watched &lt;Big Mouth&gt; last night.",
     "Fans watched <Big Mouth> last night."),
    ("a double-escaped title decodes and stays", "&amp;lt;A Business Proposal&amp;gt; ended.",
     "<A Business Proposal> ended."),
    ("an escaped code point decodes and stays", "He typed &lt;U+2014&gt; there.",
     "He typed <U+2014> there."),
    ("upper-case tags with bare attributes are tags", "<TD NOWRAP>x</TD><video controls>y</video>",
     "x y"),
    ("a capitalised tag with an attribute is a tag", '<Div class="x">Hi</Div>', "Hi"),
    ("a tag name ends at a line break", '<a\nhref="https://x.org">the report</a>', "the report"),
    ("a tag name ends at a tab", "One.<br\t/>Two.", "One.\nTwo."),
    ("an image with alt text goes whole", 'The mayor spoke.<img src="a.jpg" alt="The mayor"> '
     "Then the vote.", "The mayor spoke. Then the vote."),
    ("a Twitter embed keeps its text and loses its script",
     '<blockquote class="twitter-tweet"><p lang="en">Great vote</p>&mdash; Mayor '
     '<a href="https://t.co/x">May 1, 2024</a></blockquote><script async '
     'src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
     "Great vote\n\n— Mayor May 1, 2024"),
]

KEPT = [
    ("a less-than sign before a number survives", "growth <5% and >3%"),
    ("a comparison survives", "if a<b then"),
    ("a heart survives", "I <3 NY"),
    ("an arrow survives", "x -> y"),
    ("guillemets made of angle brackets survive", "<<quoted>>"),
    ("a lone ampersand in AT&T survives", "AT&T"),
    ("a query string with &copy= survives", "?a=1&copy=2"),
    ("an ampersand with spaces survives", "Tom & Jerry"),
    ("a bare entity name inside a word survives", "a &amplifier and &nbspx"),
    ("a bare entity name before = survives", "?a=1&lt=2&quot=3"),
    ("a bare number that names no character survives", "&#9999999 and &#0"),
    ("a bare hex number survives", "&#x2019s"),
    ("a bare name that HTML does not read survives", "&hellip and &copy"),
    # HTML's tokenizer ends a tag name only at a space, "/" or ">".
    ("a code point in angle brackets survives", "He typed <U+2014> into the form."),
    ("a pair in angle brackets survives", "the ordered pair <a,b> and <i.e.>"),
    ("a tag name glued to a quote survives", "<b\"bold\"> and <p'>"),
    # Titles in angle brackets, as Korean and Chinese outlets writing in English set them,
    # whose first word is a tag's name.
    ("a title starting with an article survives",
     "Fans came to watch <A Business Proposal> at the theatre."),
    ("a title starting with an inline tag's name survives",
     "The drama <Big Mouth> topped ratings."),
    ("a title starting with a block tag's name survives", "The series <Table for Two> returns."),
    ("a one-word capitalised title survives", "The musical <Menu> opens today; <Time> too."),
    ("a title with a pronoun survives", "He starred in <I Am Sam>."),
    ("a word that is not a known entity survives", "&notit; and &foo;"),
    ("a too large code point survives", "&#99999999;"),
    ("an unknown tag name without a hyphen survives", "<foo>bar</foo>"),
    ("a math expression survives", "x < y > z"),
    ("an email in angle brackets survives", "Mail <jane@example.org> today"),
    ("a tag-like word with a space survives", "< p >"),
    ("a closing bracket alone survives", "3 > 2"),
    ("plain text survives", "Nothing to see here."),
    ("CJK text survives", "日本語の記事です。"),
]

BROKEN = [
    ("an unclosed comment loses its opener only", "a<!-- b", "a b"),
    ("an unclosed script loses its opener only", "a<script>b", "ab"),
    ("an unclosed style loses its opener only", "a<style>b", "ab"),
    ("an unclosed CDATA loses its opener only", "a<![CDATA[b", "ab"),
    ("a tag without > survives", "<a href=x", "<a href=x"),
    ("an unclosed quote in a tag leaves it as text", '<a href="x>y', '<a href="x>y'),
    ("a stray closing tag goes", "x</p>", "x"),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in REMOVED],
                         ids=[c[0] for c in REMOVED])
def test_markup_is_removed(raw: str, expected: str) -> None:
    assert tidy(raw) == expected


@pytest.mark.parametrize("raw", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_text_that_is_not_markup_survives_exactly(raw: str) -> None:
    assert markup(raw) == raw
    assert markup.explain(raw) == (raw, [])


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in BROKEN],
                         ids=[c[0] for c in BROKEN])
def test_broken_markup(raw: str, expected: str) -> None:
    assert tidy(raw) == expected


@pytest.mark.parametrize("raw", [c[1] for c in REMOVED + BROKEN],
                         ids=[c[0] for c in REMOVED + BROKEN])
def test_explain_replays_and_agrees(raw: str) -> None:
    out, edits = markup.explain(raw)
    assert out == markup(raw)
    assert replay(raw, edits) == out
    assert all(e.cleaner == "markup" and raw[e.start:e.end] == e.removed for e in edits)


@pytest.mark.parametrize("raw", [c[1] for c in REMOVED], ids=[c[0] for c in REMOVED])
def test_markup_is_idempotent(raw: str) -> None:
    once = markup(raw)
    assert markup(once) == once


def test_edits_say_what_each_tag_became() -> None:
    _, edits = markup.explain("a<br>b<p>c&amp;")
    assert [(e.removed, e.inserted) for e in edits] == [
        ("<br>", "\n"), ("<p>", "\n\n"), ("&amp;", "&")]


@pytest.mark.parametrize(("entity", "char"), [
    ("&amp;", "&"), ("&amp;amp;", "&"), ("&amp;amp;amp;amp;", "&"), ("&lt;", "<"),
    ("&nbsp;", "\xa0"), ("&#8203;", "\u200b"), ("&#x1F600;", "😀"), ("&#0;", "\ufffd"),
    ("&Eacute;", "É"), ("&EACUTE;", "&EACUTE;"), ("&notit;", "&notit;"),
], ids=repr)
def test_decode_entity(entity: str, char: str) -> None:
    assert decode_entity(entity) == char


def test_100k_nested_divs_do_not_crash() -> None:
    deep = "<div>" * 100_000 + "core" + "</div>" * 100_000
    assert tidy(deep) == "core"
    assert tidy("<html><body>" + deep) == "core"


def test_a_deep_document_beyond_the_tag_limit_takes_the_fast_path() -> None:
    doc = "<html><body>" + "<span>" * (SOUP_MAX_TAGS + 1) + "x"
    assert tidy(doc) == "x"


def test_a_document_deeper_than_the_recursion_limit_falls_back(monkeypatch:
                                                                pytest.MonkeyPatch) -> None:
    # ``cleantext.cleaners.markup`` the attribute is the cleaner, which hides the module.
    m = sys.modules["cleantext.cleaners.markup"]

    def boom(text: str) -> str:
        raise RecursionError

    monkeypatch.setattr(m, "soup_text", boom)
    assert tidy("<html><body><p>a</p><p>b</p>") == "a\n\nb"
    out, edits = m.markup.explain("<html><body><p>a</p>")
    assert replay("<html><body><p>a</p>", edits) == out


@pytest.mark.parametrize("raw", [
    "<" * 10_000, "<a" * 10_000, "<!--" * 10_000, "<![CDATA[" * 10_000, "&" * 10_000,
    "&amp;" * 10_000, "<script>" * 10_000, "</" * 10_000, '<a href="' * 10_000,
    "&lt;" * 10_000, "<a " + "x=1 " * 10_000, "<<b>b>" * 1000,
], ids=["many <", "many <a", "many comment openers", "many CDATA openers", "many &",
        "many &amp;", "many script openers", "many </", "many open quotes", "many &lt;",
        "a tag with 10k attributes", "many joined tags"])
def test_hostile_fragments_return_text(raw: str) -> None:
    assert isinstance(markup(raw), str)


def test_joined_tags_settle_within_the_pass_limit() -> None:
    nested = "<" * MAX_PASSES + "b>" * MAX_PASSES
    assert markup(nested) == ""
    # Deeper nesting is left part-way: the bound keeps the cost linear.
    assert markup("<" + nested + "b>") == "<b>"


def test_fast_path_and_soup_agree_on_a_fragment() -> None:
    frag = "<p>A <b>bold</b> move &amp; more</p><div>x<br>y</div><li>z</li>"
    ws = Pipeline.from_names(["whitespace"])
    assert ws(_fast(frag)) == ws(soup_text(frag)) == "A bold move & more\n\nx\ny\n\nz"
