"""The story this project started from, in the five shapes it arrives in.

The shape: a headline, eleven article paragraphs, then a paragraph cut off mid-sentence
("…could soon sign a treaty on…"), a "Read More: <headline>" line and a cookie banner
(the default notice and buttons of a common WordPress consent plugin). ``clean`` must
return the headline and the eleven paragraphs, whether the story comes as paragraphs, on
one line, as ``<p>`` HTML with entities, with CRLF line ends, or as mojibake.

The story here is written for these tests with that structure; one test also checks the
original files when ``../shared/examples`` sits beside the clone, and skips otherwise.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from cleantext import Pipeline, clean

HEADLINE = "Harbour Town Finds a New Partner in the North, a Fellow Latecomer"
ARTICLE = [
    HEADLINE,
    "Mayor Elena R. Vasquez left the harbour town for a rare trip abroad on Tuesday and "
    "came home with a prize: a meeting with a regional governor who gave a full-throated "
    "endorsement to the town’s plan for a new ferry line.",
    "Travelling north, Ms. Vasquez worked to firm up a partnership that has been growing "
    "as a counterweight to the capital’s efforts to centralise the ports. She met the "
    "governor, Mr. Halvorsen, who issued a statement of support of a kind that even "
    "closer neighbours have so far stopped short of making.",
    "“Ferries are a slow and difficult business, and nobody here is happy that the "
    "islands are cut off for weeks,” Mr. Halvorsen told Ms. Vasquez, according to his "
    "office. “But if you had not taken the helm, someone else would have done so.”",
    "Ms. Vasquez also held a three-way meeting on fisheries with the governor’s deputy, "
    "Ingrid Solberg, and the coastal council’s chairman, Tomas Berg, who was also in the "
    "regional capital.",
    "The day’s choreography showed the mayor’s determination to push back against "
    "attempts to sideline the town, working with fellow latecomers like the north and "
    "with partners like the council — a body of its own — whose loyalties are tangled.",
    "Mr. Halvorsen’s endorsement went well beyond the cautious support offered by the "
    "town’s other ally, the eastern province, embracing Ms. Vasquez’s claim that the "
    "capital had left the town no choice but to act.",
    "It was a signal that, with the capital now cutting port funds as it once cut the "
    "north’s, the long-strained relationship between the two may be becoming a true "
    "partnership.",
    "“The town and the north still don’t trust one another, but they need each other "
    "more than ever,” said Paul Mbeki, a ports analyst at the Coastal Policy Institute. "
    "“This is no longer a partnership of choice, but one of necessity.”",
    "For years, the town was careful not to get too close to the north, even as both "
    "shared a grievance with the capital and cooperated on rescue services after the "
    "storm of 2019. Its attempts to court the southern ports precluded a full alliance.",
    "But the funding cuts changed the calculus.",
    "Increasingly cut off from the capital’s money, the town is looking north for "
    "investment, as well as for expertise in running ferries on thin budgets.",
]
CUT = ("Ahead of the visit, Dmitri S. Larsen, the mayor’s spokesman, told a regional "
       "broadcaster that the town and the north could soon sign a treaty on…")
READ_MORE = f"Read More: {HEADLINE}"
BANNER = ("This website uses cookies to improve your experience. We'll assume you're ok with "
          "this, but you can opt-out if you wish. Accept Read More")

SCRAPED = [*ARTICLE, CUT, READ_MORE, BANNER]
EXPECTED = "\n\n".join(ARTICLE)


def _html(paras: list[str]) -> str:
    head, *rest = paras
    escaped = [html.escape(p, quote=True).replace("’", "&rsquo;").replace("“", "&ldquo;")
               .replace("”", "&rdquo;").replace("—", "&mdash;").replace("…", "&hellip;")
               for p in rest]
    return f"<h1>{html.escape(head)}</h1>\n" + "\n".join(f"<p>{p}</p>" for p in escaped)


def _mojibake(text: str) -> str:
    # UTF-8 read as Windows-1252, the commonest mojibake; bytes cp1252 leaves undefined
    # (0x81, 0x8d, 0x8f, 0x90, 0x9d) come through as the C1 characters of Latin-1.
    return "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")
    )


def _shapes(scraped: list[str]) -> dict[str, tuple[str, str]]:
    return {
        "paragraphs": ("\n\n".join(scraped), EXPECTED),
        "one line": (" ".join(scraped), " ".join(ARTICLE)),
        "p HTML with entities": (_html(scraped), EXPECTED),
        "CRLF line ends": ("\r\n\r\n".join(scraped), EXPECTED),
        "mojibake": (_mojibake("\n\n".join(scraped)), EXPECTED),
    }


SHAPES = _shapes(SCRAPED)


@pytest.mark.parametrize(("scraped", "expected"), SHAPES.values(), ids=SHAPES.keys())
def test_the_story_comes_back_as_its_article(scraped: str, expected: str) -> None:
    assert clean(scraped) == expected


# The trailers and truncation part alone, without the banner (another family's).
WITHOUT_BANNERS = Pipeline.from_names(
    ["markup", "unicode", "trailers", "promo", "truncation", "whitespace"]
)
NO_BANNER = _shapes([*ARTICLE, CUT, READ_MORE])


@pytest.mark.parametrize(("scraped", "expected"), NO_BANNER.values(), ids=NO_BANNER.keys())
def test_the_read_more_line_and_the_cut_paragraph_go(scraped: str, expected: str) -> None:
    assert WITHOUT_BANNERS(scraped) == expected


SHARED = Path(__file__).resolve().parents[2] / "shared" / "examples"


@pytest.mark.skipif(not (SHARED / "seed-story.txt").exists(),
                    reason="../shared is not beside the clone")
def test_the_original_seed_story() -> None:
    scraped = (SHARED / "seed-story.txt").read_text("utf-8")
    expected = (SHARED / "seed-story.clean.txt").read_text("utf-8")
    assert clean(scraped) == expected.strip()
    paras = [p for p in scraped.split("\n\n") if p.strip()]
    flat = " ".join(p.strip() for p in expected.split("\n\n") if p.strip())
    assert clean(" ".join(paras)) == flat
