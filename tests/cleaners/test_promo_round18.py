"""The promo cleaner, round 18: a topic box at the end (its heading, tags in either
case and its follow line), an ad break's note with its demonstrative, a sign-up box's
thanks, Dutch "Advertorial" and a comment form's login line, Romanian's follow prompt
with "și", a French video title after "Vidéo." with its "Lecture en cours" state, an ad
label in capitals glued to a one-letter word, a local-journalism appeal, an affiliate
notice under "Disclosure:" and an embed's placeholder. Each with article prose that uses
the same words and stays.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import AFTER, ARTICLES, BEFORE, every_shape

from cleantext import clean
from cleantext.cleaners.promo import promo

EN = ARTICLES["en"]
KEPT = "\n\n".join(EN)


# --- a topic box at the end ----------------------------------------------------------

TOPIC_BOXES = [
    "Explore more on these topics\nHarbour\nCouncil tax\nlocal news",
    "More on these topics\nBridges\nTransport",
    "Topics\nHarbour\nBudgets\nFollow topics to get alerts when new stories are published",
    "Topics\nHarbour\nFollow these topics",
]


@pytest.mark.parametrize("box", TOPIC_BOXES, ids=repr)
def test_a_topic_box_at_the_end_goes(box: str) -> None:
    assert clean(f"{KEPT}\n\n{box}") == KEPT


@pytest.mark.parametrize("text", [
    # Short lines with no heading over them, or under one that the article goes on
    # after: the article's own.
    f"{KEPT}\n\nPlanning\nharbour works",
    f"{KEPT}\n\nExplore more on these topics\nHarbour\nThe council will vote again in May.",
    # The follow button's words in a sentence.
    f"{KEPT}\n\nFollow this topic and others, the editor wrote in a note to staff.",
], ids=repr)
def test_short_lines_with_no_topic_box_stay(text: str) -> None:
    kept = text.replace("Explore more on these topics\n", "")
    assert promo(text) == kept


# --- an ad break's note, with its demonstrative --------------------------------------

@pytest.mark.parametrize("note", [
    "Article continues after this advertisement",
    "Story continues after this advertisement",
])
def test_an_ad_break_with_this_goes_in_every_shape(note: str) -> None:
    first, second = EN
    assert clean(f"{first}\n\n{note}\n\n{second}") == KEPT
    assert clean(f"{first} {note} {second}") == f"{first} {second}"
    assert promo(f"{first} {note.upper()} {second}") == f"{first} {second}"
    assert clean(f"{first}{note}{second}") == f"{first} {second}"


def test_the_ad_breaks_words_in_a_sentence_stay() -> None:
    text = (f"{BEFORE}\n\nThe story continues after this advertisement for the mayor "
            f"aired, critics said.\n\n{AFTER}")
    assert promo(text) == text


# --- a sign-up box's thanks ------------------------------------------------------------

@pytest.mark.parametrize("thanks", ["Thank you for signing up!", "Thanks for subscribing!"])
def test_a_sign_up_boxs_thanks_goes_as_a_line(thanks: str) -> None:
    first, second = EN
    assert clean(f"{first}\n\n{thanks}\n\n{second}") == KEPT
    assert clean(f"{KEPT}\n\nSign up to our daily newsletter\n{thanks}") == KEPT


# --- Dutch: "Advertorial", a comment form's login line -------------------------------

@pytest.mark.parametrize("label", ["Advertorial", "ADVERTORIAL",
                                   "Registreer of log in om te reageren"])
def test_dutch_labels_go_in_every_shape(label: str) -> None:
    first, second = ARTICLES["nl"]
    assert promo(f"{first}\n\n{label}\n\n{second}") == f"{first}\n\n{second}"
    assert promo(f"{first} {label} {second}") == f"{first} {second}"
    assert promo(f"{first}{label}{second}") == f"{first} {second}"


# --- Romanian: the follow prompt with "și" -------------------------------------------

@pytest.mark.parametrize("prompt", ["Urmărește-ne și pe Google News",
                                    "Urmăriți-ne și pe Google News"])
def test_romanian_follow_prompt_with_si_goes_as_a_line(prompt: str) -> None:
    first, second = ARTICLES["ro"]
    assert promo(f"{first}\n\n{second}\n\n{prompt}") == f"{first}\n\n{second}"


def test_romanian_google_news_prompt_goes_between_sentences() -> None:
    first, second = ARTICLES["ro"]
    assert promo(f"{first} Urmărește-ne și pe Google News {second}") == f"{first} {second}"


# --- French: a video's title after "Vidéo." ------------------------------------------

def test_a_french_video_title_and_its_player_go() -> None:
    first, second = ARTICLES["fr"]
    player = "Vidéo. Découvrez le chantier du nouveau pont\nLecture en cours\n01:32"
    assert clean(f"{first}\n\n{player}\n\n{second}") == f"{first}\n\n{second}"


# --- the same words in article prose -----------------------------------------------

PROSE_KEPT = [
    # A sign-up box's thanks quoted, or the subject of its sentence.
    ("en", "“Thank you for signing up!” the volunteer told each new member."),
    ("en", "Thank you for signing up! was printed on every leaflet the club handed out."),
    ("nl", "Het advertorial verscheen in mei in de krant."),
    ("nl", "Advertorials zijn populair bij adverteerders, zegt de onderzoeker."),
    ("nl", "Advertorial-inkomsten stegen vorig jaar fors."),
    ("nl", "Wie wil reageren, moet zich registreer of log in om te reageren, schreef de site."),
    # Quoted or reported: someone's words, not the site's prompt.
    ("ro", "„Urmărește-ne și pe teren”, a spus antrenorul echipei după meci."),
    ("ro", "Urmăriți-ne și pe noi, le-a cerut primarul consilierilor."),
    # A sentence after the cue, and the state's words opening a sentence.
    ("fr", "Vidéo. Le maire a présenté le projet lundi."),
    ("fr", "Lecture en cours d'une lettre du maire à la séance"),
]


@pytest.mark.parametrize(("lang", "text"), PROSE_KEPT)
def test_the_units_words_in_prose_stay(lang: str, text: str) -> None:
    first, second = ARTICLES[lang]
    for joined in (f"{first}\n\n{text}\n\n{second}", f"{first} {text} {second}"):
        assert promo(joined) == joined


# --- glued units: an ad label in capitals before a one-letter word, a share bar ----

@pytest.mark.parametrize(("text", "kept"), [
    ("A câmara aprovou o plano.PUBLICIDADEA obra começa em maio.",
     "A câmara aprovou o plano. A obra começa em maio."),
    ("A câmara aprovou o plano.PUBLICIDADEO Presidente falou.",
     "A câmara aprovou o plano. O Presidente falou."),
    # (Round 13 kept this one: no change of case shows where the label ends; the
    # space after a one-letter word does.)
    ("Com a voz.PUBLICIDADEO prefeito falou.", "Com a voz. O prefeito falou."),
    ("El pleno aprobó el plan.PUBLICIDADY el alcalde lo celebró.",
     "El pleno aprobó el plan. Y el alcalde lo celebró."),
    # A capital run that goes on past the letter, and a letter that is no word alone.
    ("A câmara aprovou o plano.PUBLICIDADEAS obras começam em maio.",
     "A câmara aprovou o plano.PUBLICIDADEAS obras começam em maio."),
    ("A câmara aprovou o plano.PUBLICIDADEX e Y, disse o vereador.",
     "A câmara aprovou o plano.PUBLICIDADEX e Y, disse o vereador."),
    # A share bar's buttons under its label glued to the last sentence, the last one
    # glued to the next paragraph's first word.
    ("Færgen sejler.Byggeriet ventes at begynde til efteråret.Del artiklen\nFacebook\n"
     "LinkedIn\nMailDe fleste beboere er glade.",
     "Færgen sejler.Byggeriet ventes at begynde til efteråret.\nDe fleste beboere er glade."),
    ("The council met.\n\nShare\nFacebook\nEmailThe vote is in May.",
     "The council met.\n\nThe vote is in May."),
    # Networks an article lists, under a line that stays; a word that starts with a
    # name ("Mailbox") under a bar.
    ("The firm runs three accounts:\nFacebook\nInstagram\nThey employ 300 people.",
     "The firm runs three accounts:\nFacebook\nInstagram\nThey employ 300 people."),
    ("The council met.\n\nShare\nFacebook\nTwitter\nMailbox owners were told to wait.",
     "The council met.\n\nMailbox owners were told to wait."),
])
def test_glued_units_go_where_a_word_visibly_starts(text: str, kept: str) -> None:
    assert promo(text) == kept


# --- a local-journalism appeal, an affiliate notice, an embed's placeholder ----------

@pytest.mark.parametrize("unit", [
    ["Support independent local journalism. Every gift, large or small, keeps our "
     "reporters on the beat."],
    ["Disclosure: This article contains affiliate links. We may earn a commission on "
     "what you buy."],
    ["Embedded content from YouTube."],
])
def test_site_notices_go_as_lines(unit: list[str]) -> None:
    for text, kept in every_shape(EN, unit)[:2]:
        assert promo(text) == kept


@pytest.mark.parametrize("text", [
    "Support local journalism, the minister urged, by buying a paper each week.",
    "Support independent local journalism, the minister urged, by buying a paper.",
    "Support local journalism: a campaign by 200 publishers reaches the ministry",
    "Embedded content from the council's archive was shown at the meeting, which ran "
    "late into the evening before the vote on the harbour.",
    "Disclosure: this post contains affiliate links that were never declared, the "
    "regulator found after a complaint from a reader in March.",
])
def test_prose_with_the_notices_words_stays(text: str) -> None:
    joined = f"{BEFORE}\n\n{text}\n\n{AFTER}"
    assert promo(joined) == joined
    assert promo(f"{BEFORE} {text} {AFTER}") == f"{BEFORE} {text} {AFTER}"


# --- a video teaser's title before the player's play button -------------------------

@pytest.mark.parametrize(("lang", "teaser"), [
    ("en", "Watch: Crowds gather as the bridge opens Play Video 0:45"),
    ("fr", "Vidéo : Le pont s'ouvre à la circulation Lire la vidéo 1:02"),
    ("es", "Vídeo: Así se abrió el nuevo puente Reproducir vídeo 2:10"),
])
def test_a_video_teaser_with_its_play_button_goes_between_sentences(lang: str,
                                                                    teaser: str) -> None:
    first, second = ARTICLES[lang]
    assert promo(f"{first} {teaser} {second}") == f"{first} {second}"


# --- an affiliate box's pick over its shop button ------------------------------------

@pytest.mark.parametrize("box", [
    "Our pick: the best cordless drills for small jobs\nView deal",
    "Top pick: Harbour Kettle 1.7L\nCheck price",
])
def test_an_affiliate_pick_over_its_button_goes(box: str) -> None:
    assert clean(f"{KEPT}\n\n{box}") == KEPT


@pytest.mark.parametrize("text", [
    # The pick with no shop button under it, and a pick that is a sentence.
    f"{KEPT}\n\nOur pick: the best cordless drills for small jobs",
    f"{KEPT}\n\nOur pick: the council's plan is the better one.\nView deal",
])
def test_a_pick_with_no_shop_button_stays(text: str) -> None:
    kept = text.removesuffix("\nView deal")
    assert clean(text) == kept


# --- a sign-up box headed by the letter's kind ---------------------------------------

def test_a_box_that_offers_its_briefing_goes() -> None:
    first, second = EN
    box = "Get the Evening Digest\n\nThe day's council news, every weekday at six.\n\nSign up"
    assert clean(f"{first}\n\n{second}\n\n{box}") == KEPT


@pytest.mark.parametrize("tail", [
    # A paragraph that says nothing of what the letter brings, or text after it.
    "Get the Harbour Bulletin\n\nThe mayor read it aloud at the meeting.",
    "Get the Harbour Bulletin\n\nIt is printed every morning, the clerk said.\n\nIt costs £2.",
])
def test_an_offered_letter_with_prose_after_it_stays(tail: str) -> None:
    assert clean(f"{KEPT}\n\n{tail}") == f"{KEPT}\n\n{tail}"


def test_a_subhead_over_a_paragraph_stays() -> None:
    first, second = EN
    text = (f"{first}\n\nGet the Evening Digest\n\nThe mayor said the digest would "
            f"be printed.\n\n{second}")
    assert clean(text) == text


# --- a player label's time with its position, flattened ------------------------------

@pytest.mark.parametrize(("lang", "label"), [
    ("es", "Escucha la noticia 0:00 / 2:47"),
    ("es", "Escucha la noticia 00:00 03:05"),
])
def test_a_player_label_takes_its_position_and_length(lang: str, label: str) -> None:
    first, second = ARTICLES[lang]
    assert promo(f"{first} {label} {second}") == f"{first} {second}"


# --- topic boxes in flattened text, podcast episodes under their heading ------------

def test_a_series_episode_list_goes_under_its_heading() -> None:
    box = "More from this series:\nEpisode 4: The last ferry home\nEpisode 3: Salt and stone"
    assert clean(f"{KEPT}\n\n{box}") == KEPT


@pytest.mark.parametrize("text", [
    # With no heading over them, or a sentence in the episode's line.
    f"{KEPT}\n\nEpisode 4: The last ferry home\nEpisode 3: Salt and stone",
    f"{KEPT}\n\nMore from this series\nEpisode 3: The storm. It was the worst in years, she "
    "said.",
])
def test_episode_lines_that_are_no_list_stay(text: str) -> None:
    kept = text.replace("More from this series\n", "")
    assert clean(text) == kept


# --- flattened text: units between sentences or at the end, and prose that stays ----

FLAT_UNITS = [
    # (the text, with {a} and {b} for the article's sentences; what must be left)
    # A local-journalism appeal, as a sentence or a slogan's whole sentence.
    ("{a} Support independent local journalism. Donate today. {b}", "{a} {b}"),
    ("{a} Support local journalism. Subscribe today for $2 a month. {b}", "{a} {b}"),
    # A comment widget's login line, after its button, glued.
    ("{a} You must be logged in to comment. {b}", "{a} {b}"),
    ("{a} Comments You must be logged in to comment. Sort by: Newest", "{a}"),
    ("{a}You must be logged in to post a comment.{b}", "{a} {b}"),
    # A whole channel prompt, before the next prompt, glued.
    ("{a} Join our WhatsApp channel for the latest news Follow us on Google News", "{a}"),
    ("{a} Join our Telegram channel for the latest updates. {b}", "{a} {b}"),
    ("{a}Follow our WhatsApp channel for the latest news{b}", "{a} {b}"),
    # A topic box run together at the end, under a heading of two words or more.
    ("{a} {b} Explore more on these topics Harbour Ferries Council tax local news",
     "{a} {b}"),
    ("{a} {b} Related Topics Harbour Ferries Budgets", "{a} {b}"),
]


@pytest.mark.parametrize(("text", "kept"), FLAT_UNITS)
def test_a_unit_goes_from_flattened_text(text: str, kept: str) -> None:
    first, second = EN
    assert promo(text.format(a=first, b=second)) == kept.format(a=first, b=second)


FLAT_KEPT = [
    # The login words inside a sentence.
    "{a} Readers said you must be logged in to comment. {b}",
    # A channel prompt someone said.
    '{a} "Join our WhatsApp channel for the latest updates," the school told parents. {b}',
    "{a} Join our WhatsApp channel for the latest updates on roadworks, the council "
    "urged. {b}",
    # A video cue with no clip's length after the button, a time of day after a cue.
    "{a} Watch: Crowds gather as the bridge opens Play Video now. {b}",
    "{a} Watch: Live from 19:30 The band plays on the quay. {b}",
    # Prose after a topic heading's word, tags that a paragraph follows, and an
    # article's own sentence with more lower-case words than names.
    "{a} Topics discussed at the meeting included housing",
    "{a} Topics Harbour Budgets\n\n{b}",
    "{a} Topics Housing and Transport were both raised by Councillor Reed",
    # A bare heading's word opening the article's last sentence in capitals, and a
    # heading at its line's start.
    "{a} {b} Topics Covered Included Parking And Bins",
    "{a}\n\nRelated Topics Harbour Ferries Budgets",
]


@pytest.mark.parametrize("text", FLAT_KEPT)
def test_prose_in_flattened_text_stays(text: str) -> None:
    first, second = EN
    joined = text.format(a=first, b=second)
    assert promo(joined) == joined


# --- review of the round: article text the round's rules took ------------------------

def _shapes(text: str) -> list[str]:
    """``text`` as a paragraph between two of the article's, flattened so, as the
    text's last paragraph and as its first."""
    first, second = EN
    return [f"{first}\n\n{text}\n\n{second}", f"{first} {text} {second}",
            f"{first}\n\n{second}\n\n{text}", f"{text}\n\n{first}\n\n{second}"]


@pytest.mark.parametrize("text", [
    # A sign-up box's thanks opens an article's sentence, or a headline, or is quoted
    # on a sign: only a line of nothing else is the box's.
    "Thank you for signing up! That was the last email the gym's 8,000 members got.",
    "Thanks for subscribing! How the newsletter boom rescued a village paper",
    "The banner over the stand read: Thank you for signing up! About 200 people came.",
    # The local-journalism appeal's words with no ask after them: a headline, a slogan
    # the article quotes, a sentence that goes on.
    "Support independent local journalism, campaigners tell ministers",
    "Support independent local journalism: what the new fund means for readers",
    "Support our local journalism or watch it vanish, the union warns.",
    "Support local journalism. The words were painted on the side of every bus.",
    "Their message was short. Support local journalism. It ran on 150 front pages.",
], ids=repr)
def test_english_prose_with_the_rounds_words_stays_in_every_shape(text: str) -> None:
    for joined in _shapes(text):
        assert clean(joined) == joined


@pytest.mark.parametrize(("lang", "text"), [
    # "VIDÉO." over a headline, with no player under it; under a rubric's line.
    ("fr", "VIDÉO. Inondations dans le Gard : les habitants évacués"),
    ("fr", "Vidéo. Un cerf traverse la place du marché à Annecy"),
    ("fr", "Société\n\nVIDÉO. Grève à la SNCF : les trains de nuit supprimés"),
    # The player's state over a paragraph of the article.
    ("fr", "Lecture en cours\nLe texte est débattu depuis mardi à l'Assemblée nationale."),
    # Romanian's follow prompt as a headline or someone's words.
    ("ro", "Urmăriți-ne și pe YouTube: cum a devenit primăria o vedetă a internetului"),
    ("ro", "Urmărește-ne și pe Facebook, le-a spus directorul elevilor."),
    ("ro", "Urmăriți-ne și pe noi, strigau protestatarii în fața prefecturii."),
    # An embed's words opening the article's sentence; a podcast's heading over prose.
    ("en", "Embedded content from a dashcam shows the moment of the collision."),
    ("en", "More episodes\nThe broadcaster has ordered a third series of the comedy."),
], ids=repr)
def test_article_lines_with_the_rounds_words_stay(lang: str, text: str) -> None:
    first, second = ARTICLES[lang]
    for joined in (f"{first}\n\n{text}\n\n{second}", f"{first}\n\n{second}\n\n{text}"):
        assert promo(joined) == joined


@pytest.mark.parametrize("tail", [
    # A last paragraph under a heading that offers a letter: the article's.
    "Get the county's weekly pollen bulletin\nThe bulletin is published every morning at 7am.",
    "Get the Brief\nThe daily brief, prepared by officials, reaches the premier every "
    "Monday morning.",
    "Get the Evening Briefing\nThe Evening Briefing is back on Tuesday after the strike.",
    # A last line in capitals after a topic heading's word, and lower-case lines under
    # a heading: an article's words, no site's tags.
    "Topics Covered Included Parking And Bins",
], ids=repr)
def test_the_articles_last_lines_stay(tail: str) -> None:
    text = f"{KEPT}\n\n{tail}"
    assert clean(text) == text


@pytest.mark.parametrize("tail", ["Sujets\nla santé\nl'école", "Temas\nla vivienda\nel transporte"],
                         ids=repr)
def test_lower_case_lines_under_a_topic_heading_stay(tail: str) -> None:
    # (The heading's word alone on its line goes, as before the round.)
    lines = tail.split("\n", 1)[1]
    assert clean(f"{KEPT}\n\n{tail}").endswith(f"\n\n{lines}")


def test_a_name_that_runs_on_from_a_share_button_stays() -> None:
    text = ("The council met.\n\nShare\nFacebook\nTwitter\nMailOnline said on Monday that "
            "the club had been sold.")
    assert promo(text) == ("The council met.\n\nMailOnline said on Monday that the club had "
                           "been sold.")
