"""The promo cleaner on widgets it used to leave: ad breaks that ask the reader to
scroll or read on, an audio player's label where flattened text left it after the
headline or the byline (with its duration; English's only as a line), podcast and
donation pitches, a follow prompt that names Google News, a newsletter box's tagline
that ends flattened text, the sign-up link after a pitch, a video teaser whose length
is in brackets, a comment widget's login line after its heading, a share label and a
related-posts heading glued after the last sentence, and a newsletter pitch whose name
runs in capitals before the word "newsletter". Each with article prose that uses the
same words and stays.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean
from cleantext.cleaners.promo import promo

EN = ARTICLES["en"]
KEPT = "\n\n".join(EN)


# --- ad breaks that ask the reader to scroll or read on ------------------------------

AD_BREAKS = [
    ("en", "Advertisement - scroll to continue reading"),
    ("en", "Scroll to continue with content"),
    ("en", "Continue reading after the ad"),
    ("es", "Sigue leyendo tras la publicidad"),
    ("es", "La noticia continúa tras la publicidad"),
    ("fr", "Lire la suite après la publicité"),
    ("de", "Weiterlesen nach der Werbung"),
    ("it", "Scorri per continuare a leggere"),
    ("pt", "Continue lendo após o anúncio"),
    ("nl", "Lees verder na de advertentie"),
]


@pytest.mark.parametrize(("lang", "label"), AD_BREAKS)
def test_an_ad_break_that_asks_to_read_on_goes(lang: str, label: str) -> None:
    first, second = ARTICLES[lang]
    # A line of its own, between two sentences of flattened text, in capitals there
    # too, and glued between them by text joined with no space. (In capitals the
    # pipeline's trailers cleaner, which runs first, takes a read-more link's "SIGUE
    # LEYENDO" out of some: the promo cleaner is tested alone there.)
    assert clean(f"{first}\n\n{label}\n\n{second}") == f"{first}\n\n{second}"
    assert clean(f"{first} {label} {second}") == f"{first} {second}"
    assert promo(f"{first} {label.upper()} {second}") == f"{first} {second}"
    assert clean(f"{first}{label}{second}") == f"{first} {second}"


@pytest.mark.parametrize("text", [
    "Readers had to scroll to continue with content they had already paid for.",
    "Users complained that they must scroll to continue reading the council's notices.",
    "Sigue leyendo tras la publicidad del concierto, que se vio en toda la ciudad.",
])
def test_the_ad_breaks_words_inside_a_sentence_stay(text: str) -> None:
    assert clean(f"{EN[0]}\n\n{text}") == f"{EN[0]}\n\n{text}"


# --- an audio player's label, as a line and left after a headline or a byline -------

PLAYERS = [
    ("es", "Escucha la noticia"),
    ("es", "Escuchar el artículo"),
    ("nl", "Luister naar dit artikel"),
    ("pt", "Ouvir esta notícia"),
    ("it", "Ascolta questo articolo"),
    ("fr", "Écouter cet article"),
    ("de", "Diesen Artikel anhören"),
]


@pytest.mark.parametrize(("lang", "label"), PLAYERS)
@pytest.mark.parametrize("duration", ["", " · 3 min", " 2:15"], ids=["bare", "min", "clock"])
def test_a_players_label_goes_with_its_duration(lang: str, label: str, duration: str) -> None:
    first, second = ARTICLES[lang]
    headline = second.rstrip(".")
    # As the line under the headline, and flattened after the headline (no stop).
    assert clean(f"{headline}\n{label}{duration}\n{first}") == f"{headline}\n{first}"
    assert clean(f"{headline} {label}{duration} {first}") == f"{headline} {first}"


def test_a_players_label_after_a_byline_goes_with_a_reading_time_badge() -> None:
    es = ARTICLES["es"][0]
    text = ("Presupuesto aprobado Por Ana Gil Escucha la noticia · 4 min "
            "Tiempo de lectura: 3 min MADRID — " + es)
    assert clean(text) == "Presupuesto aprobado Por Ana Gil MADRID — " + es


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Lezers kunnen nu op “Luister naar dit artikel” drukken om een stem te horen."),
    ("es", "Escucha la noticia completa en la radio municipal, pidió el alcalde."),
    ("en", "Listen to this article's critics, the mayor said on Monday."),
])
def test_a_players_label_quoted_or_run_on_stays(lang: str, text: str) -> None:
    first = ARTICLES[lang][0]
    assert clean(f"{first}\n\n{text}") == f"{first}\n\n{text}"
    assert clean(f"{first} {text}") == f"{first} {text}"


# --- podcast and donation pitches ----------------------------------------------------

PODCASTS = [
    ("de", "Hören Sie hier den Podcast „Hafen am Abend“ – überall, wo es Podcasts gibt."),
    ("de", "Hören Sie unseren Podcast zur Kommunalpolitik jeden Freitag."),
    ("en", "Listen to our podcast Harbour Talk wherever you get your podcasts."),
    ("es", "Escucha nuestro podcast semanal sobre la actualidad del puerto."),
    ("fr", "Écoutez notre podcast sur la vie du port, chaque vendredi."),
    ("nl", "Luister naar onze podcast over de haven, elke vrijdag nieuw."),
]


@pytest.mark.parametrize(("lang", "pitch"), PODCASTS)
def test_a_podcast_pitch_goes_as_a_line_and_as_a_sentence(lang: str, pitch: str) -> None:
    article = ARTICLES[lang]
    for text, kept in every_shape(article, [pitch])[:3]:
        assert clean(text) == kept
    first, second = article
    assert clean(f"{first} {pitch} {second}") == f"{first} {second}"


DONATIONS = [
    "Mit Ihrer Spende unterstützen Sie unabhängigen Lokaljournalismus. Jetzt unterstützen",
    "Mit Ihrer Spende unterstützen Sie unseren Journalismus in der Region. Jetzt spenden",
]


@pytest.mark.parametrize("ask", DONATIONS)
def test_a_donation_ask_for_the_sites_journalism_goes(ask: str) -> None:
    de = ARTICLES["de"]
    for text, kept in every_shape(de, [ask])[:3]:
        assert clean(text) == kept
    # Glued after the last sentence by text joined with no space.
    assert clean(" ".join(de) + ask) == " ".join(de)


@pytest.mark.parametrize("text", [
    "Mit Ihrer Spende unterstützen Sie die Tafel in Altdorf, sagte die Vorsitzende.",
    "Mit Ihrer Spende unterstützen Sie die Arbeit des Tierheims.",
    "„Hören Sie den Podcast“, riet der Bürgermeister den Zuhörern im Saal.",
])
def test_a_charitys_appeal_and_quoted_advice_stay(text: str) -> None:
    de = ARTICLES["de"][0]
    assert clean(f"{de}\n\n{text}") == f"{de}\n\n{text}"


def test_a_bare_button_word_after_an_article_sentence_about_giving_stays() -> None:
    text = "Der Verein bittet um Geld für das neue Dach. Jetzt spenden viele Nachbarn."
    assert clean(text) == text


# --- a follow prompt that names Google News ------------------------------------------

@pytest.mark.parametrize("prompt", [
    "Follow the Harbour Times on Google News and never miss a story.",
    "Follow Port Willow Today on Google News.",
    "Follow the Gazette on Apple News for the day's headlines.",
])
def test_a_follow_prompt_on_a_news_app_goes(prompt: str) -> None:
    for text, kept in every_shape(EN, [prompt])[:3]:
        assert clean(text) == kept


@pytest.mark.parametrize("text", [
    "Follow the story on Google for the latest updates, the mayor told residents.",
    "“Follow the Harbour Times on Google News,” the editor wrote to readers.",
    "Follow the council's plans on Google Maps before the vote.",
])
def test_a_search_or_a_reported_follow_stays(text: str) -> None:
    assert clean(f"{EN[0]}\n\n{text}") == f"{EN[0]}\n\n{text}"


# --- a newsletter box's tagline that ends flattened text ----------------------------

def test_a_newsletter_label_takes_the_tagline_that_ends_flattened_text() -> None:
    de = " ".join(ARTICLES["de"])
    box = ("Newsletter abonnieren: Die wichtigsten Nachrichten aus dem Hafen jeden Morgen "
           "in Ihrem Postfach.")
    assert clean(f"{de} {box}") == de
    assert clean(f"{de}\n\n{box}") == de


def test_an_article_sentence_after_a_flattened_newsletter_label_stays() -> None:
    de = " ".join(ARTICLES["de"])
    assert clean(f"{de} Newsletter abonnieren: Die Fähre fährt ab Montag wieder nach Plan.") \
        == f"{de} Die Fähre fährt ab Montag wieder nach Plan."


# --- the sign-up link after a pitch ---------------------------------------------------

@pytest.mark.parametrize(("lang", "pitch"), [
    ("es", "Recibe cada tarde nuestra newsletter con lo más leído del puerto. Apúntate aquí."),
    ("pt", "Receba a nossa newsletter com as notícias do porto. Inscreva-se aqui."),
    ("nl", "Ontvang elke ochtend onze nieuwsbrief over de haven. Meld je hier aan."),
])
def test_a_signup_link_after_a_newsletter_pitch_goes(lang: str, pitch: str) -> None:
    for text, kept in every_shape(ARTICLES[lang], [pitch])[:3]:
        assert clean(text) == kept


def test_a_quoted_signup_link_stays() -> None:
    es = ARTICLES["es"][0]
    text = "«Apúntate aquí», le dijo el monitor a cada niño que llegaba al campamento."
    assert clean(f"{es}\n\n{text}") == f"{es}\n\n{text}"


# --- a video teaser whose length is in brackets --------------------------------------

def test_a_video_teaser_with_its_length_in_brackets_goes_between_sentences() -> None:
    teaser = "Watch: Lifeboat launched at dawn off Holm Point (1:42)"
    assert clean(f"{EN[0]} {teaser} {EN[1]}") == f"{EN[0]} {EN[1]}"
    assert clean(f"{EN[0]}{teaser}{EN[1]}") == f"{EN[0]} {EN[1]}"
    assert clean(f"{EN[0]}\n\n{teaser}\n\n{EN[1]}") == KEPT


@pytest.mark.parametrize("text", [
    "Watch: Live coverage of the count starts at 19:30 The polls close at ten.",
    "Watch: the council debate (pictured) runs until late, officials said.",
])
def test_a_video_cue_before_a_time_of_day_or_a_sentence_stays(text: str) -> None:
    assert clean(f"{EN[0]} {text}") == f"{EN[0]} {text}"


# --- a comment widget's login line after its heading ---------------------------------

@pytest.mark.parametrize(("lang", "widget"), [
    ("fr", ["Commentaires", "Connectez-vous pour commenter cet article."]),
    ("en", ["Comments", "Log in to comment on this article."]),
    ("es", ["Comentarios", "Inicia sesión para comentar esta noticia."]),
])
def test_a_comment_widgets_login_line_goes_at_the_end(lang: str, widget: list[str]) -> None:
    article = ARTICLES[lang]
    assert clean(" ".join([*article, *widget])) == " ".join(article)
    assert clean("\n\n".join(article) + "\n\n" + "\n".join(widget)) == "\n\n".join(article)


def test_a_login_line_between_sentences_goes() -> None:
    fr = ARTICLES["fr"]
    assert clean(f"{fr[0]} Connectez-vous pour commenter cet article. {fr[1]}") == " ".join(fr)


# --- a share label and a related-posts heading glued after the last sentence ---------

@pytest.mark.parametrize("tail", ["Share:", "Related"])
@pytest.mark.parametrize("gap", ["", " "], ids=["glued", "spaced"])
def test_a_share_label_or_related_heading_at_the_end_goes(tail: str, gap: str) -> None:
    assert clean(f"{EN[0]} {EN[1]}{gap}{tail}") == f"{EN[0]} {EN[1]}"


@pytest.mark.parametrize("text", [
    f"{EN[0]} Related talks with the unions continue in May.",
    f"{EN[0]} Share: 45 per cent of the budget goes on roads.",
    f"{EN[0]} What did the council approve? Related",
])
def test_the_same_words_opening_a_sentence_stay(text: str) -> None:
    assert clean(text) == text


# --- a newsletter pitch that names the newsletter before the word ---------------------

@pytest.mark.parametrize("shape", ["\n\n", " ", ""], ids=["line", "spaced", "glued"])
def test_a_pitch_for_a_named_newsletter_goes_whole(shape: str) -> None:
    pitch = "Sign up to our Harbour Weekly newsletter for the week's port news, every Friday."
    kept = EN[0] + ("\n\n" if shape == "\n\n" else " ") + EN[1]
    assert clean(shape.join([EN[0], pitch, EN[1]])) == kept


def test_a_restart_after_a_prompt_with_no_stop_still_ends_it() -> None:
    # The article's next sentence, not a newsletter's name, follows the prompt.
    text = f"{EN[0]} Sign up for our newsletter Officials said the bridge would open in May."
    assert clean(text) == f"{EN[0]} Officials said the bridge would open in May."


# --- a label's words as a noun with a possessive or a clitic --------------------------

POSSESSIVES = [
    "Advertisement's share of the paper's income fell to a third last year.",
    "Advertisement’s share of the paper’s income fell to a third last year.",
    "Listen to this article's critics and you hear a different story.",
    "Share this article's message with your neighbours, the charity urged.",
    "Advertentie's op bushokjes worden vanaf mei verboden, zegt de gemeente.",
]


@pytest.mark.parametrize("sentence", POSSESSIVES)
def test_a_label_with_a_possessive_is_the_sentences_noun(sentence: str) -> None:
    # Before: the label went and left "'s share of …", or its whole line went.
    for text in (f"{EN[0]}\n\n{sentence}\n\n{EN[1]}", f"{EN[0]} {sentence} {EN[1]}"):
        assert clean(text) == text


@pytest.mark.parametrize("label", ["Advertisement", "Pubblicita'", "Listen to this article"])
def test_a_label_alone_on_its_line_still_goes(label: str) -> None:
    assert clean(f"{EN[0]}\n\n{label}\n\n{EN[1]}") == f"{EN[0]}\n\n{EN[1]}"
