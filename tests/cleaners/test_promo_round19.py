"""The promo cleaner, round 19: a live blog's entry times stay under a removed share
line, while a player's duration under its label still goes; a video player's heading
over its time display; an ad break with a middle dot; a German theme's tag line; a
comment widget's login line. Each with article prose that uses the same words and
stays, and the lines a review found that the round had taken and gave back: a live
blog's "Up next: …" and a subhead under a removed line, tag-line words opening a list's
item, a sponsored article's byline, subheads and bullets under its label.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean

EN = ARTICLES["en"]
KEPT = "\n\n".join(EN)


# --- a live blog's entry time under a removed line -----------------------------------

# (removed line(s), gap between them and the time): the time heads an entry, whose
# headline is on the line under it, so it stays.
ENTRY_TIMES = [
    ("Copy link\nShare", "\n\n"),
    ("Copy link\nShare", "\n"),
    ("Share", "\n\n"),
    ("Show key events only", "\n\n"),
]


@pytest.mark.parametrize(("above", "gap"), ENTRY_TIMES, ids=repr)
def test_a_live_blogs_entry_time_stays_under_a_removed_line(above: str, gap: str) -> None:
    entry = "09:47\nFerry sailings cancelled\nThe operator said no boats would leave today."
    assert clean(f"{EN[0]}\n\n{above}{gap}{entry}\n\n{EN[1]}") == \
        f"{EN[0]}\n\n{entry}\n\n{EN[1]}"


# (label, time, gap): what a player prints under its label goes, whatever follows it.
PLAYER_TIMES = [
    ("Listen to this article", "03:12", "\n"),
    ("Listen to this article", "03:12", "\n\n"),
    ("Listen to this story", "4:05", "\n\n"),
    ("Escuchar noticia", "02:10", "\n\n"),
    ("Share", "3 min", "\n\n"),
]


@pytest.mark.parametrize(("label", "time", "gap"), PLAYER_TIMES, ids=repr)
def test_a_players_time_under_its_label_goes(label: str, time: str, gap: str) -> None:
    # Blank under the time, or the article's paragraph right under it.
    assert clean(f"{label}{gap}{time}\n\n{KEPT}") == KEPT
    assert clean(f"{label}{gap}{time}\n{KEPT}") == KEPT


# --- a video player's chrome around its time display ---------------------------------

PLAYERS = [
    ["Video", "0:00 / 2:31"],
    ["VIDEO", "00:00 / 01:05"],
    ["Vidéo", "0:00 / 3:10"],
    ["Vídeo", "0:00 / 1:12"],
]


@pytest.mark.parametrize("player", PLAYERS, ids=repr)
def test_a_video_players_lines_go(player: list[str]) -> None:
    for text, kept in every_shape(EN, player)[:2]:
        assert clean(text) == kept
    assert clean(f"{EN[0]}\n\n" + "\n".join(player) + f"\n\n{EN[1]}") == KEPT


@pytest.mark.parametrize("text", [
    # A heading over no player, and the player's words under a line that stays.
    f"{EN[0]}\n\nVideo\n\n{EN[1]}",
    f"{EN[0]}\nVideo\n{EN[1]}",
    f"{EN[0]}\nAutoplay\n{EN[1]}",
    f"{EN[0]}\nPowered by\nNext video: the mayor's speech",
    f"{EN[0]}\n\nNext video: the council will stream its meeting, the clerk said.",
])
def test_a_players_words_away_from_it_stay(text: str) -> None:
    assert clean(text) == text


# A live blog's next item, a subhead or a broken line under a removed line ("Share",
# "Advertisement"): no player's chrome, so it stays. (The review of round 19.)
@pytest.mark.parametrize("line", [
    "Up next: the chancellor's statement at 12.30pm",
    "Up next: Norway v Scotland at 5pm",
    "Nächstes Video: Die Polizei zeigt Aufnahmen vom Unfall",
    "Autoplay",
    "Powered by",
])
@pytest.mark.parametrize("removed", ["Share", "Advertisement"])
def test_a_live_blogs_lines_under_a_removed_line_stay(removed: str, line: str) -> None:
    body = f"{line}\nThe minister will speak to reporters after the vote."
    assert clean(f"{EN[0]}\n\n{removed}\n{body}\n\n{EN[1]}") == f"{EN[0]}\n\n{body}\n\n{EN[1]}"
    stamped = f"14:05\n{body}"
    assert clean(f"{EN[0]}\n\n{removed}\n{stamped}") == f"{EN[0]}\n\n{stamped}"


# --- an ad break with a middle dot; a theme's tag line; a comment login line -------

@pytest.mark.parametrize("unit", ["Advertisement · Scroll to continue",
                                  "ADVERTISEMENT · SCROLL TO CONTINUE",
                                  "Advertisement | Scroll to continue"])
def test_an_ad_break_with_a_dot_goes_in_every_shape(unit: str) -> None:
    first, second = EN
    assert clean(f"{first}\n\n{unit}\n\n{second}") == KEPT
    assert clean(f"{first} {unit} {second}") == f"{first} {second}"
    assert clean(f"{first}{unit}{second}") == f"{first} {second}"


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Verschlagwortet mit: Hafen, Haushalt"),
])
def test_a_themes_tag_line_goes(lang: str, line: str) -> None:
    for text, kept in every_shape(ARTICLES[lang], [line])[:2]:
        assert clean(text) == kept


@pytest.mark.parametrize("line", [
    "To join the conversation, please Log in. Don't have an account? Register",
    "To join the conversation, please sign in. No account yet? Create one",
    "To join the conversation, please register",
])
def test_a_comment_widgets_login_line_goes(line: str) -> None:
    for text, kept in every_shape(EN, ["Comments", line])[:2]:
        assert clean(text) == kept




@pytest.mark.parametrize("text", [
    "Every parcel was tagged with: a name, a date and a bin number.",
    "Tagged with care, the parcels left the depot on Monday.",
    # (Phrases match in any case, so WordPress's "Tagged With: …" stays too: a
    # subhead or a list's item opens so in prose.)
    "Tagged with: the farm's name and the date of slaughter",
    "Etiquetado con: el origen de la carne y la fecha de caducidad",
    "Taggato con: il nome dell'azienda e la data di confezionamento",
    'The sign read "Advertisement · Scroll to continue" in grey letters, she said.',
    "To join the conversation, please log in, she told residents.",
    'The leaflet said "To join the conversation, please register" in small print.',
    ("To join the conversation, please log in to the council portal before Friday, "
     "the clerk said, and bring a form of ID to the hall on the day of the meeting."),
])
def test_their_words_in_a_sentence_stay(text: str) -> None:
    assert clean(f"{text}\n\n{KEPT}") == f"{text}\n\n{KEPT}"


# --- lines under a sponsored label, with no credit line: the article's --------------
# (A sponsored article's byline and date, subheads, bullet points, its headline under
# a kicker: no box of clickbait titles shows without the box's credit line.)

@pytest.mark.parametrize("kept", [
    # A sponsored article's own headline under its label at the text's start, one
    # line under the label, and lines with a stop.
    f"Heat pumps that pay for themselves\nA guide from a heating firm\n\n{KEPT}",
    f"{EN[0]}\n\nHarbour works\n\n{EN[1]}",
    f"{EN[0]}\n\nThe mayor said the rules were clear.\nEvery advert must be labelled.",
    f"{EN[0]}\n\nBy Northern Energy Studio\nMarch 3, 2026\n\n{EN[1]}",
    f"{EN[0]}\n\nWhat the grant covers\nWho can apply\n\n{EN[1]}",
    f"{EN[0]}\n\n- Grants of up to £7,500\n- Free home survey\n\n{EN[1]}",
    f"{KEPT}\n\nPhotography: Anna Reyes\nProduced by the Gazette Partner Studio",
])
def test_lines_under_a_sponsored_label_that_are_no_box_stay(kept: str) -> None:
    head, _, rest = kept.partition(f"{EN[0]}\n\n")
    labelled = (f"{EN[0]}\n\nSponsored content\n{rest}" if not head and rest
                else f"Sponsored content\n{kept}")
    assert clean(labelled) == kept
