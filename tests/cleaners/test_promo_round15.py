"""The promo cleaner on widgets it used to leave: a sign-up box's heading that opens with
a [signup] verb and names no channel, WordPress's comment form with its field labels on
one line, a sign-up form's small print, the newsroom's tip line asked as a question in
Dutch, German, Spanish and French, a Dutch comment widget's login line, a donation
box's last ask, and an app pitch's line on its stores. Each with article prose that uses
the same words and stays.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean
from cleantext.cleaners.promo import promo

EN = ARTICLES["en"]
KEPT = "\n\n".join(EN)


# --- a sign-up box's heading over its pitch -----------------------------------------

@pytest.mark.parametrize("heading", ["Don't miss a thing", "Don’t miss a story",
                                     "Never miss an update", "Stay informed"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["block", "blocks"])
def test_a_signup_heading_over_a_removed_pitch_goes(heading: str, gap: str) -> None:
    box = gap.join([heading, "Get the harbour's best stories in your inbox every Monday.",
                    "Subscribe"])
    assert clean(f"{EN[0]}\n\n{box}\n\n{EN[1]}") == KEPT


@pytest.mark.parametrize("heading", ["Don't miss the deadline", "Stay up to date on roadworks",
                                     "Never miss a bin day"])
def test_a_signup_worded_subhead_over_article_text_stays(heading: str) -> None:
    # No pitch under it went: the article's subhead and paragraph.
    text = f"{EN[0]}\n\n{heading}\n\nResidents must apply for the permit by the end of May."
    assert clean(text) == text


# --- WordPress's comment form, its labels on one line ---------------------------------

@pytest.mark.parametrize("labels", ["Comment * Name * Email * Website",
                                    "Comment Name * Email * Website",
                                    "Comment * Name * Email *"])
def test_a_comment_forms_line_of_field_labels_goes(labels: str) -> None:
    assert clean(f"{KEPT}\n\nLeave a Reply\n\n{labels}") == KEPT
    assert promo(f"{KEPT}\n\n{labels}\n\nPost Comment").strip() == KEPT


def test_field_names_in_a_sentence_stay() -> None:
    text = f"{EN[0]}\n\nComment, name and email were the fields the council asked for."
    assert clean(text) == text


# --- a sign-up form's small print -----------------------------------------------------

SMALL_PRINT = [
    "We may use your email to tell you about our events. You can unsubscribe at any time.",
    "We may use your email address to send you offers from our partners.",
    "We'll use your email address only to send you this newsletter. Read our privacy policy.",
]


@pytest.mark.parametrize("note", SMALL_PRINT)
def test_a_signup_forms_small_print_goes(note: str) -> None:
    for text, kept in every_shape(EN, [note])[:3]:
        assert clean(text) == kept


@pytest.mark.parametrize("text", [
    "The bank wrote: “We may use your email address to contact you.” Regulators objected.",
    "The firm told customers that we may use your email address, which is unlawful.",
])
def test_the_small_prints_words_reported_or_inside_a_sentence_stay(text: str) -> None:
    assert clean(f"{EN[0]}\n\n{text}") == f"{EN[0]}\n\n{text}"


# --- the newsroom's tip line, asked as a question ----------------------------------

TIP_LINES = {
    "nl": "Heb je een tip voor de redactie? Mail naar tips@voorbeeld.nl of app ons.",
    "de": "Haben Sie einen Hinweis für die Redaktion? Schreiben Sie an hinweis@beispiel.de.",
    "es": "¿Tienes una pista para la redacción? Escríbenos a pistas@ejemplo.es.",
    "fr": "Une info pour la rédaction ? Écrivez-nous à infos@exemple.fr.",
}


@pytest.mark.parametrize("lang", sorted(TIP_LINES))
def test_a_tip_line_under_the_story_goes(lang: str) -> None:
    article = ARTICLES[lang]
    kept = "\n\n".join(article)
    assert clean(f"{kept}\n\n{TIP_LINES[lang]}") == kept
    # Flattened: from the question to the end of the text.
    assert clean(" ".join([*article, TIP_LINES[lang]])) == " ".join(article)


@pytest.mark.parametrize(("lang", "appeal"), [
    ("nl", "Heeft u informatie? Bel de politie op 0900-8844."),
    ("de", "Haben Sie etwas beobachtet? Die Polizei bittet um Hinweise."),
    ("fr", "Vous avez vu quelque chose ? La gendarmerie lance un appel à témoins."),
])
def test_a_police_appeal_stays(lang: str, appeal: str) -> None:
    text = "\n\n".join([*ARTICLES[lang], appeal])
    assert clean(text) == text


# --- a Dutch comment widget's login line -------------------------------------------

NL = ARTICLES["nl"]


@pytest.mark.parametrize("widget", [
    ["Reacties (3)", "Praat mee! Log in om een reactie te plaatsen."],
    ["Log in om een reactie achter te laten"],
    ["Praat mee!"],
])
def test_a_dutch_comment_widgets_login_line_goes(widget: list[str]) -> None:
    assert clean("\n\n".join(NL) + "\n\n" + "\n".join(widget)) == "\n\n".join(NL)


def test_a_dutch_sentence_inviting_residents_to_talk_stays() -> None:
    text = "\n\n".join([NL[0], "Praat mee over het nieuwe plein op de avond in het "
                               "dorpshuis, zei de wethouder tegen de bewoners."])
    assert clean(text) == text


# --- a donation box's last ask -------------------------------------------------------

@pytest.mark.parametrize("box", ["Support independent journalism. Donate today.",
                                 "Donate now to keep our reporting free to read.",
                                 "Donate today"])
def test_a_donation_ask_goes(box: str) -> None:
    for text, kept in every_shape(EN, [box])[:3]:
        assert clean(text) == kept


def test_a_donation_ask_quoted_in_a_sentence_stays() -> None:
    text = f"{EN[0]} The charity said: “Donate today if you can.” It raised £400."
    assert clean(text) == text


# --- an app pitch's line on its stores -------------------------------------------

@pytest.mark.parametrize("stores", ["Available on iOS and Android.",
                                    "Available on Android and iOS"])
def test_an_app_pitchs_store_line_goes(stores: str) -> None:
    pitch = "Download the Harbour Gazette app for breaking news alerts."
    assert clean(f"{KEPT}\n\n{pitch} {stores}") == KEPT
    assert clean(" ".join([*EN, pitch, stores])) == " ".join(EN)
    assert clean(f"{KEPT}\n\n{stores}") == KEPT


@pytest.mark.parametrize("sentence", [
    "The game costs £4 and is available on iOS and Android.",
    "Available on iOS and Android, the game has sold a million copies.",
])
def test_prose_about_an_apps_stores_stays(sentence: str) -> None:
    text = f"{EN[0]} {sentence} {EN[1]}"
    assert clean(text) == text


# --- share buttons that name their network, before the headline ------------------

SHARE_BUTTONS = {
    "en": "Share on LinkedIn",
    "fr": "Partager sur WhatsApp",
    "es": "Enviar por email",
    "it": "Condividi su LinkedIn",
    "nl": "Deel op Twitter",
    "pt": "Compartilhar no WhatsApp",
}


@pytest.mark.parametrize("lang", sorted(SHARE_BUTTONS))
def test_a_share_button_flattened_before_the_article_goes(lang: str) -> None:
    article = " ".join(ARTICLES[lang])
    assert clean(f"{SHARE_BUTTONS[lang]} {article}") == article
    first, second = ARTICLES[lang]
    assert clean(f"{first} {SHARE_BUTTONS[lang]} {second}") == article


@pytest.mark.parametrize("text", [
    "El plazo acaba el lunes. Enviar por email la solicitud es obligatorio, dijo el concejal.",
    "The firm chose to share on LinkedIn the news of its merger.",
    "De partij besloot om te delen op Twitter wat de raad had besproken.",
])
def test_share_words_in_article_prose_stay(text: str) -> None:
    assert clean(text) == text
