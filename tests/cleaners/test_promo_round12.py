"""The promo cleaner on widget families met in the eleventh written set: donation asks,
newsletter and messenger-channel pitches, follow prompts in the later packs' languages,
ad labels, share bars and comment links, tip-line asks and breadcrumb trails; each as a
line, inside a paragraph or in flattened text, and the article sentences that use the
same words, which stay.

The wordings are written for these tests (sites print many variants of each).
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import AFTER, ARTICLE, LONG, dressed

from cleantext import clean
from cleantext.cleaners.promo import promo

# (id, lines that are a widget) — they go, the paragraphs around them stay.
LINES = [
    ("a donation ask that opens with a question",
     "Enjoyed what you read? Help keep local reporting free from £2 a month. Every gift "
     "funds our newsroom."),
    ("a Dutch donation ask", "Word donateur van de Dorpskrant vanaf €4 per maand"),
    ("a Dutch ask for the site's work", "Steun ons werk met een gift"),
    ("a Swedish follow prompt with two networks",
     "Följ oss på Instagram och TikTok för mer lokala nyheter."),
    ("a Romanian follow prompt run into a newsletter ask",
     "Urmăriți-ne pe Instagram și abonează-te la alertele noastre."),
    ("a Hungarian follow prompt with 'is' (also)", "Kövessen minket a Facebookon is!"),
    ("a German messenger-channel pitch with its verb last",
     "Jetzt die Lokalzeit auf Telegram abonnieren und keine Nachricht verpassen!"),
    ("a German comment login line in another word order",
     "Um einen Kommentar zu schreiben, müssen Sie eingeloggt sein."),
    ("a French follow prompt that names the town",
     "Suivez toute l'actualité de Quimper sur notre chaîne WhatsApp"),
    ("a Turkish Google News follow line", "Bizi Google Haberler’den takip edin"),
    ("a Portuguese ad label", "PUB"),
    ("a comment widget's report link", "Report comment"),
    ("a Czech share bar parted by middle dots",
     "Sdílet na X · Sdílet na Facebooku · Kopírovat odkaz"),
    ("a Czech comment link with its count", "Diskuse (3)"),
    ("a Chinese share bar with QQ's button", "分享到：微信 QQ空间"),
    ("a Japanese share bar with X's old name", "X（旧Twitter） LINE Facebook"),
    ("a Norwegian share bar glued into one word", "Del på FacebookKopier lenke"),
    ("a Norwegian app pitch", "Last ned appen vår for varsler om nyheter fra Namdalen."),
    ("an English tip line", "Got a story tip? Email newsdesk@example.org or call 01632 960000."),
    ("a Dutch tip line", "Tip de redactie? Mail naar redactie@example.nl."),
    ("a Polish tip line", "Masz temat? Napisz do nas na adres redakcja@example.pl."),
    ("a Polish contact line alone", "Napisz do nas: redakcja@example.pl"),
    ("a Czech breadcrumb trail", "Úvod › Zprávy › Kraj Vysočina"),
    ("a Czech trail from the news section", "Zprávy › Sport › Hokej"),
    ("a Polish breadcrumb trail", "Strona główna > Wiadomości > Region"),
]


# (Each between two paragraphs: ``test_promo_widgets.test_widget_lines_go``.)

# (id, text, what is left) — units inside a paragraph or flattened text.
INSIDE = [
    ("a Polish ad label in capitals after a photo credit",
     "Most zamknięto w poniedziałek. Fot. Jan Nowak / Gazeta Lokalna REKLAMA Remont mostu "
     "potrwa do jesieni.",
     "Most zamknięto w poniedziałek. Fot. Jan Nowak / Gazeta Lokalna Remont mostu potrwa "
     "do jesieni."),
    ("a Hungarian follow prompt glued after the last sentence",
     "A hidat hétfőn lezárták.Kövess minket a Facebookon is!",
     "A hidat hétfőn lezárták."),
    ("a donation ask between two paragraphs of flattened text",
     LONG + " Like what you read? Support our reporting from £3 a month. Every gift helps "
     "us cover the coast. " + LONG + " " + LONG,
     LONG + " " + LONG + " " + LONG),
    ("a German messenger-channel pitch between two sentences",
     "Die Brücke bleibt gesperrt. Jetzt den Kreisboten auf WhatsApp abonnieren und keine "
     "Nachricht mehr verpassen! Die Sperrung dauert bis Freitag.",
     "Die Brücke bleibt gesperrt. Die Sperrung dauert bis Freitag."),
    ("a French follow prompt glued between two sentences",
     "Le pont rouvrira lundi.Suivez toute l'actualité de Morlaix sur notre compte "
     "InstagramLes travaux ont coûté deux millions d'euros.",
     "Le pont rouvrira lundi. Les travaux ont coûté deux millions d'euros."),
    ("a Czech share bar after the last sentence",
     "Most se otevře v září. Sdílet na Facebooku · Sdílet na X",
     "Most se otevře v září."),
    ("a Dutch donation ask before the article's next sentence",
     "De brug gaat maandag dicht. Steun ons werk en word donateur – vanaf €3 per maand "
     "De gemeente verwacht veel omleidingen.",
     "De brug gaat maandag dicht. De gemeente verwacht veel omleidingen."),
    ("a Swedish follow prompt run into the article's next sentence",
     "Bron stängs i maj. Följ oss på Facebook och Instagram Polisen uppger att branden "
     "startade i köket.",
     "Bron stängs i maj. Polisen uppger att branden startade i köket."),
]


# (Each: ``test_promo_widgets.test_units_inside_a_line_go``.)

# Article text that uses the same words: it stays whole.
KEPT = [
    "agencja REKLAMA Plus ogłosiła wyniki kwartału.",
    "Firma Reklama Plus ogłosiła wyniki kwartału.",
    "Sign up for our newsletter is the first link readers see, the editor said.",
    "Do you like what you read? Most readers said they did, the survey found.",
    "“Like what you read?” the flyer asked, and most people did.",
    "Viele Leser wollen die Zeitung abonnieren. Die Zahl der Abonnenten stieg.",
    "Die Gemeinde will den Kanal auf WhatsApp abonnieren, sagte der Bürgermeister.",
    "Heeft u informatie? Bel de politie via 0900-8844.",
    "Masz temat na wypracowanie? Nauczyciele podpowiadają, jak go wybrać.",
    "We met at the pub on Friday. The PUB was closed.",
    "Ele foi ao pub na sexta. O PUB fechou cedo.",
    "他在QQ空间发布了照片。",
    "Zprávy o nehodě přišly pozdě.",
    "Diskuze (24 lidí) trvala dvě hodiny.",
    "Han sa: del på Facebook det du vil.",
    "The report found that readers value what they read in print.",
]


@pytest.mark.parametrize("text", KEPT, ids=repr)
def test_article_text_stays(text: str) -> None:
    assert clean(dressed(text)) == dressed(text)


def test_a_newsletter_box_in_blocks_goes_with_its_heading_and_tagline() -> None:
    box = ("Get the Riverside Bulletin\n\nOur free weekly email with the stories that "
           "matter to you.\n\nSign up")
    assert clean(f"{ARTICLE}\n\n{box}") == ARTICLE


@pytest.mark.parametrize("tagline", [
    "Applicants should email the council by Friday.",
    "You can email the council by Friday.",
])
def test_a_subhead_and_paragraph_over_a_button_stay(tagline: str) -> None:
    """Blocks over a removed button that name no newsletter to the reader (an e-mail
    that brings no stories, no cadence) are the article's last subhead and paragraph."""
    text = f"{ARTICLE}\n\nHow to apply\n\n{tagline}\n\nSign up"
    assert clean(text) == f"{ARTICLE}\n\nHow to apply\n\n{tagline}"


def test_only_the_follow_prompt_goes_where_the_article_restarts() -> None:
    text = ("Urmărește-ne pe Facebook Primăria anunță că lucrările încep luni și durează "
            "o lună.")
    assert promo(text).strip() == "Primăria anunță că lucrările încep luni și durează o lună."


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["one block", "blocks"])
def test_a_box_heading_with_a_quoted_name_goes_with_its_tagline(gap: str) -> None:
    box = gap.join(["Newsletter « Brest Soir »",
                    "Chaque soir, l'essentiel de l'actualité brestoise.", "S'inscrire"])
    assert clean(f"{ARTICLE}\n\n{box}\n\n{AFTER}") == f"{ARTICLE}\n\n{AFTER}"


def test_a_subhead_that_holds_the_channel_word_stays_over_a_button() -> None:
    text = ("Il a dit.\n\nLa newsletter du maire\n\nLe maire envoie chaque semaine une "
            "lettre aux habitants.\n\nS'inscrire\n\nLa suite arrive en mai.")
    assert "La newsletter du maire" in clean(text)
    assert "Le maire envoie chaque semaine" in clean(text)
