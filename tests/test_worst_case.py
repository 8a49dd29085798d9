"""Hostile inputs at 250 K and 1 M characters: each returns a str, and time grows
linearly.

Each case is cleaned at both sizes in the same run and the two CPU times are compared
(``tests/linear.py``): linear work takes about 4x as long at 4x the size; a quadratic
pattern takes 16x, a catastrophic one 100x and more. The bound is 10x: 2.5 times the
linear ratio, room for the allocator, and still short of 16x, so a quadratic step
fails. A quadratic step shows at these sizes already: at 250 K characters the pairs
outnumber the characters 250,000 to one. The small run is repeated and its best time
is used, as one hiccup there would inflate the ratio; a small absolute slack (50 ms)
keeps sub-millisecond cases out of timer noise. The larger text is a megabyte line,
the size the design names.

``pytest -n 0 -s tests/test_worst_case.py`` prints each case's times and ratio.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.linear import assert_linear
from tests.linear import lines as _lines
from tests.linear import repeat as _repeat

from cleantext import clean

K = 1_000
BOUND = 10.0
SLACK = 0.05




def _under(heading: str, line: str) -> Callable[[int], str]:
    """One heading line, then ``line`` on every line after it."""
    def build(n: int) -> str:
        return heading + "\n" + _lines(line)(n - len(heading) - 1)

    return build


def _framed(fill: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        return "Start of the story." + fill * (n - 40) + "End of the story."

    return build


def _nested_divs(n: int) -> str:
    depth = n // 11
    return "<div>" * depth + "core" + "</div>" * depth


CASES: list[tuple[str, Callable[[int], str]]] = [
    ("one line with no spaces", _repeat("abcdefghijklmnopqrstuvwxyz0123456789")),
    ("a million <", _repeat("<")),
    ("<a repeated without >", _repeat("<a")),
    ("<a with attributes never closed", _repeat('<a href="x" ')),
    ("nested divs, 90k deep at 1 M", _nested_divs),
    ("unclosed comments", _repeat("<!--")),
    ("unclosed CDATA", _repeat("<![CDATA[")),
    ("unclosed scripts", _repeat("<script>")),
    ("entities escaped again and again", _repeat("&amp;")),
    ("a million dots", _repeat(".")),
    ("a million ellipses", _repeat("…")),
    ("Read more repeated", _repeat("Read more ")),
    ("a consent phrase repeated",
     _repeat("We use cookies to improve your experience. Accept ")),
    # Glued text: a paywall's opener run into the next block, a row of buttons in
    # capitals run into a headline, a read-also title run into a quotation.
    ("a paywall opener run into capitals repeated",
     _repeat("This article is for subscribers onlyYou ")),
    ("capitals buttons run into headlines repeated",
     _repeat("We use cookies. SIM NÃO VER OPÇÕESPadaria de lenhaTexto ")),
    ("read-also titles run into quotes repeated", _repeat('End.Read more: Title here"We ')),
    # Cues none of which is kept as a unit, each checked against the last one kept: the
    # gap between them must not be rescanned per cue.
    ("buttons glued to capitals repeated", _repeat("DONATE NOWDunmore Paving ")),
    ("a widget label repeated", _repeat("Listen to this article · 4 min Tram ")),
    ("a run of spaces", _framed(" ")),
    ("a run of tabs", _framed("\t")),
    ("a run of NBSP", _framed("\xa0")),
    ("a run of zero-width spaces", _framed("\u200b")),
    ("a run of combining marks", _framed("\u0301")),
    ("RTL and bidi controls", _repeat("\u200f\u202e\u2067abc\u2069\u202c")),
    ("a run of NUL", _framed("\x00")),
    ("lone surrogates", _repeat("\ud800x\udfff")),
    ("a million newlines", _framed("\n")),
    ("mixed scripts", _repeat("Hello Привет 日本語 مرحبا שלום Γειά σου ")),
    ("mojibake of mojibake", _repeat("CafÃƒÂ© Ã¢â‚¬Å“okÃ¢â‚¬Â ")),
    # Promo's widget scans (written-8's families): glued share bars, video lists, app
    # pitches, newsletter boxes, padded menus, sorters, share icons, trails.
    ("network names glued without end", _repeat("FacebookTwitter")),
    ("network names glued, each before a small letter", _repeat("FacebookTwitterx ")),
    ("share pieces glued after a stop", _repeat("said.Share on FacebookCopy link")),
    ("video cues with titles and no length", _repeat("Watch: Storm surge floods the quay ")),
    ("video cues glued to lengths", _repeat("Watch: Storm surge 01:1Watch: Ferry 0")),
    ("a video list without a capital after it", _repeat("Watch: Storm 01:12 watch ")),
    ("app verbs with no stop", _repeat("Download the app for news alerts ")),
    ("German infinitives with no stop", _repeat("Jetzt die App herunterladen und ")),
    ("pitch teasers and buttons", _repeat("Hungry? Get our newsletter now. SIGN UP ")),
    ("padded menu lines that fail", _lines("News  Sport  Business  What 1")),
    ("padded menu lines under page furniture", _lines("Menu\nHome  News  Sport  Jobs 1")),
    ("padded spaces on a long line", _repeat("News  Sport  ")),
    ("sorters with unknown orders", _lines("Sort by: Newest | Oldest | Cheapest")),
    ("share icons on one line", _repeat("Share: f x in ✉ ")),
    ("a trail after 'You are here' on every line", _lines("You are here: Home / News")),
    ("navigation items glued to capitals", _repeat("Home / News / SportAb ")),
    # Promo's scans for written-9's families: players' openings with no closing line and
    # their rest under a label, gallery counters, Medium's bars, box taglines, tag lists
    # after units, a thanks before each prompt, common share words glued.
    ("video players loading with no modal line", _repeat("Video Player is loading. Play ")),
    ("playback rates under one label", _under("Listen to this article", "1x")),
    ("bare gallery counters", _lines("1 / 6\n")),
    ("Medium's bars run together", _repeat("-- 3 Listen Share ")),
    ("newsletter boxes with buttons",
     _lines("Newsletter\nThe day's news, every morning.\nSign up")),
    ("tag lists after labels", _repeat("x Tags: a, b Advertisement ")),
    ("thanks before sign-up prompts",
     _repeat("Thanks for reading X! Subscribe for free to receive new posts. ")),
    ("common share words glued", _repeat("ShareTweetSend ")),
    ("Follow before reading times", _repeat("Follow 5 min read · ")),
    # Trailers' shapes for written-9's families: glued read-also titles ending at a "?",
    # a year or a one-letter opener, ranked boxes glued, source credits, title lists
    # under a heading, a slogan under a colon line, a site's own "read more" words.
    ("glued titles ending at a question repeated",
     _repeat("End.Mehr zum Thema: Wie sicher ist das?Kritik ")),
    ("glued titles ending at a year repeated",
     _repeat("End.Leia mais:Obras na rua até 2026A empresa ")),
    ("glued titles run into a one-letter opener repeated",
     _repeat("End.Lire aussi : Les commerces ferment qu’ailleursLéa et ")),
    ("glued ranked boxes repeated", _repeat("End.Most Read1. Title words2. More words3. ")),
    ("a ranked box's heading glued to its items repeated",
     _repeat("Most Read1. Title words here2.")),
    ("source credits on every line", _lines("Source: Northfield Gazette")),
    ("source credits after a stop repeated", _repeat("End. Source: Northfield ")),
    ("title lists under headings, far apart",
     _repeat("Related stories\n\n\n\n\n\nWaiting times rise at the hospital\n\n\n\n")),
    ("slogans under colon lines", _repeat("Op de posters staat:\n\nLees meer.\n")),
    ("a read-more link with a place repeated", _repeat("End. Lees meer uit Tilburg ")),
]


@pytest.mark.parametrize("build", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_time_grows_linearly(build: Callable[[int], str]) -> None:
    small, large = build(250 * K), build(1000 * K)
    assert len(large) >= 1000 * K - 100
    took = assert_linear(clean, small, large, bound=BOUND, slack=SLACK)
    print(f"  250 K {took.small:7.3f} s   1 M {took.large:7.3f} s")
    assert isinstance(took.output, str)


# Shapes whose every unit is slow to decide (each a glued pitch or a heading that the
# finder reads around): linear, but at ~100 KB/s, so they run at 25 K and 100 K
# characters instead of 250 K and 1 M, with the same bound. Each was quadratic once (a
# probe of every pack phrase in hostile shapes found them): a glued pitch read to the
# end of its line for where the article starts again, a prompt that is also a perk
# ("… free newsletter.") walking every perk after it, a topics heading reading every
# line after it, a [tail] label walking the run of labels after it, a German app
# pitch reading its glued line from the start for its first words.
SLOW_CASES: list[tuple[str, Callable[[int], str]]] = [
    ("glued newsletter prompts", _repeat("Sign up for our newsletter.")),
    ("glued Dutch newsletter prompts", _repeat("Schrijf je in voor onze nieuwsbrief.")),
    ("glued prompts that are also perks", _repeat("Get our free newsletter.")),
    ("a text of topics headings", _lines("Tags")),
    ("a text of topics headings with colons", _lines("Topics:")),
    ("a line of ad labels in capitals", _repeat("MAINOS ")),
    ("glued German app pitches", _repeat("Laden Sie unsere App herunter")),
    # The unicode cleaner's word-by-word repair: every other word a sign ftfy's repair
    # of the whole line left, each word repaired on its own.
    ("mojibake words on a line of valid letters", _repeat("Mureșan MureÈ™an ")),
]


@pytest.mark.parametrize("build", [c[1] for c in SLOW_CASES], ids=[c[0] for c in SLOW_CASES])
def test_slow_shapes_still_grow_linearly(build: Callable[[int], str]) -> None:
    small, large = build(25 * K), build(100 * K)
    took = assert_linear(clean, small, large, bound=BOUND, slack=SLACK)
    print(f"  25 K {took.small:7.3f} s   100 K {took.large:7.3f} s")
