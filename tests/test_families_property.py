"""Generated articles dressed in generated boilerplate come back as the article, exactly.

Articles are paragraphs of plain narrative sentences; the boilerplate is drawn from
every family and several languages, put at the head, the tail or between paragraphs,
and the document is rendered in each of the three shapes scrapers produce: paragraphs
separated by blank lines, one flattened line, and an HTML fragment with entities.
The boilerplate wordings here are written for these tests; where a wording is the one a
tool prints, the tool is named.
"""

from __future__ import annotations

import html

from hypothesis import example, given
from hypothesis import strategies as st

from cleantext import clean

_NOUNS = ("council", "river", "budget", "minister", "harbour", "school", "committee",
          "factory", "election", "bridge", "court", "museum", "farmers", "airport")
_VERBS = ("approved", "rejected", "discussed", "opened", "delayed", "inspected",
          "funded", "examined", "reviewed", "welcomed")
_OTHER = ("the", "new", "local", "on", "Monday", "after", "a", "long", "debate", "in",
          "northern", "district", "plan", "for", "its", "annual", "report", "with",
          "officials", "and", "residents", "near", "city", "centre")

_word = st.sampled_from(_NOUNS + _VERBS + _OTHER)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = [draw(st.sampled_from(_NOUNS)), draw(st.sampled_from(_VERBS))]
    words += draw(st.lists(_word, min_size=3, max_size=12))
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


paragraphs = st.lists(sentences(), min_size=1, max_size=3).map(" ".join)
articles = st.lists(paragraphs, min_size=2, max_size=5)
titles = st.lists(st.sampled_from(_NOUNS + _VERBS), min_size=3, max_size=7).map(
    lambda ws: " ".join(w.capitalize() for w in ws)
)
sites = st.sampled_from(["Example News", "example.com", "The Daily Example", "Nieuws.nl"])

# Walls: (wording, source). Button words follow the wall as consent tools print them.
BANNERS = [
    # WordPress "GDPR Cookie Consent" plugin's default notice and buttons.
    "This website uses cookies to improve your experience. We'll assume you're ok with "
    "this, but you can opt-out if you wish. Accept Read More",
    "We use cookies to personalise content and ads and to analyse our traffic. By "
    "continuing to use this site, you agree to our use of cookies. Accept all Reject all",
    "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der "
    "Verwendung von Cookies zu. Akzeptieren",
    "Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre "
    "navigation, vous acceptez l’utilisation des cookies. Accepter",
    "Este sitio web utiliza cookies para mejorar su experiencia. Si continúa navegando, "
    "acepta su uso. Aceptar",
]
READ_MORE = [
    "Read More: {title}",
    "Continue reading…",
    "Leia também: {title}",
    "Lees verder",
    "Read the full story at {site}",
]
FEED_TRAILERS = [
    # WordPress's default RSS footer wording (Yoast SEO's "%%POSTLINK%%" template).
    "The post {title} appeared first on {site}.",
    "Het bericht {title} verscheen eerst op {site}.",
    "This article originally appeared on {site}.",
]
PROMO = [
    "Advertisement",
    "Anzeige",
    "PUBLICIDAD",
    "Share this:",
    "Sign up for our newsletter",
    "Follow us on Twitter",
    "Leave a Reply",
]
CUT = ["…", "...", " [...]", "… [+2481 chars]"]


# Units that read as sentences can be found even when glued to the article's first or
# last sentence in flattened text; one-word labels ("Anzeige") glued to a sentence
# cannot be told from a headline word, so flattened documents get only the former.
GLUABLE_PROMO = ["Sign up for our newsletter", "Follow us on Twitter"]


@st.composite
def dressed(draw: st.DrawFn, *, flat: bool = False) -> tuple[list[str], list[str]]:
    """(article paragraphs, the same with boilerplate units inserted)."""
    article = draw(articles)
    title, site = draw(titles), draw(sites)

    def fill(s: str) -> str:
        return s.format(title=title, site=site)

    promo = GLUABLE_PROMO if flat else PROMO
    units = list(article)
    head = draw(st.lists(st.sampled_from(BANNERS + promo), max_size=2))
    if not flat:
        for unit in draw(st.lists(st.sampled_from(PROMO + READ_MORE[:1]), max_size=2)):
            units.insert(draw(st.integers(1, len(units) - 1)), fill(unit))
    if draw(st.booleans()):
        fragment = " ".join(draw(st.lists(_word, min_size=3, max_size=8)))
        units.append(fragment.capitalize() + draw(st.sampled_from(CUT)))
    tail = draw(st.lists(st.sampled_from(READ_MORE + FEED_TRAILERS), max_size=2))
    tail += draw(st.lists(st.sampled_from(BANNERS + promo), max_size=1))
    return article, [*map(fill, head), *units, *map(fill, tail)]


@given(dressed())
def test_paragraphs_come_back_as_the_article(case: tuple[list[str], list[str]]) -> None:
    article, dirty = case
    assert clean("\n\n".join(dirty)) == "\n\n".join(article)


@given(dressed())
def test_html_fragments_come_back_as_the_article(case: tuple[list[str], list[str]]) -> None:
    article, dirty = case
    fragment = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in dirty)
    assert clean(fragment) == "\n\n".join(article)


@given(dressed(flat=True))
@example((["Council approved council council council."] * 2,
          ["Council approved council council council."] * 2
          + ["Council council council…", "Read More: Council Council Council",
             "Continue reading…", "Sign up for our newsletter"]))
@example((["Council approved the plan."] * 2,
          ["Sign up for our newsletter"] * 2 + ["Council approved the plan."] * 2))
@example((["Council approved the plan.", "River delayed the plan."],
          ["Follow us on Twitter"] * 2 + ["Council approved the plan.", "River delayed the plan."]))
def test_flattened_text_comes_back_as_the_article(case: tuple[list[str], list[str]]) -> None:
    article, dirty = case
    assert clean(" ".join(dirty)) == " ".join(article)


@given(dressed(), st.sampled_from(["\r\n", "\r"]))
def test_line_endings_do_not_matter(case: tuple[list[str], list[str]], eol: str) -> None:
    article, dirty = case
    assert clean((eol * 2).join(dirty)) == "\n\n".join(article)
