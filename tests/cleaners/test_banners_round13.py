"""Banners, round 13: the walls written-12 showed left behind (a Dutch pay-or-consent
wall's heading and buttons, paywall offers that give a period and its price, a Russian
paywall notice on the full text, an English "pay or okay" wall in the imperative with
its heading glued to it).

Tables only, but for a check of time on hostile text: round 11's and round 12's tests
read them. Positive tables: walls with their buttons, at the head and the tail of an
article, as paragraphs and flattened, and glued where the line breaks went with nothing
in their place; an offer whose button ran into the article's first sentence. Negative
tables: article sentences with the same words (a price reported, a headline on the
pay-or-consent model, a service "only for subscribers") stay exactly as they are. All
text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.linear import assert_linear

from cleantext.cleaners.banners import banners

# (language, what it is, wall lines: its text, then the buttons it prints)
WALLS = [
    ("nl", "pay-or-consent wall under its heading, with its subscribe buttons",
     ["Kies hoe je verder wilt lezen",
      "Accepteer cookies en lees gratis verder, of neem een abonnement zonder "
      "advertenties.", "Akkoord", "Abonneer je", "Al een abonnement? Log in"]),
    ("nl", "pay-or-consent wall that says u, its login prompt in full",
     ["Kies hoe u verder wilt lezen",
      "Accepteer cookies of word abonnee voor 4 euro per maand.", "Akkoord",
      "Abonneer je nu", "Heeft u al een abonnement? Log in"]),
    ("nl", "paywall offer for a period",
     ["Dit artikel is alleen te lezen voor abonnees.", "3 maanden voor € 1",
      "Word abonnee"]),
    ("de", "paywall offer for a month, under the plan's brand",
     ["Lesen Sie jetzt weiter mit HZ+",
      "Diesen Beitrag und alle Plus-Artikel lesen Sie mit Ihrem Digital-Abo.",
      "3 Monate für 1 €", "Jetzt abonnieren", "Bereits Abonnent? Hier anmelden"]),
    ("de", "paywall offer for a year",
     ["Dieser Artikel ist nur für Abonnenten verfügbar.", "1 Jahr für 49 €",
      "Jetzt abonnieren"]),
    ("fr", "paywall offer for a month",
     ["Cet article est réservé aux abonnés.", "1 mois pour 1 €", "Je m'abonne"]),
    ("es", "paywall offer for months",
     ["Este contenido es exclusivo para suscriptores.", "3 meses por 1 €",
      "¿Ya eres suscriptor? Inicia sesión"]),
    ("it", "paywall offer for months",
     ["Questo articolo è riservato agli abbonati", "3 mesi a 1 €", "Abbonati ora"]),
    ("pt", "paywall offer for a month",
     ["Este artigo é exclusivo para assinantes.", "1 mês por 1 €",
      "Já é assinante? Inicie sessão"]),
    ("en", "paywall offer for months",
     ["This article is for subscribers only.", "3 months for $1", "Subscribe now",
      "Already a subscriber? Log in"]),
    ("ru", "paywall notice on the article's full text",
     ["Полный текст статьи доступен только подписчикам.",
      "Оформить подписку", "Уже есть подписка? Войти"]),
    ("ru", "paywall notice on the article's continuation",
     ["Продолжение доступно только по подписке. Оформите подписку, чтобы прочитать "
      "материал целиком.", "Оформить подписку"]),
    ("en", "pay-or-okay wall under its heading",
     ["Accept cookies or subscribe",
      "To keep reading, accept advertising cookies or subscribe for £3.49 a month with "
      "no ads and no tracking.", "Accept and continue", "Subscribe",
      "Already subscribed? Sign in"]),
    ("en", "pay-or-okay wall that says continue",
     ["To continue reading for free, accept cookies or go ad-free for $4 a month.",
      "Accept all", "Subscribe"]),
]


# (Each wall in every shape: ``test_banners_round11.test_wall_goes_in_every_shape``.)


# (what it is, text with its line breaks lost and nothing in their place, what stays)
GLUED = [
    ("a pay-or-okay heading run into its wall at the text's end",
     "The council approved the harbour budget on Monday.Accept cookies or subscribeTo "
     "keep reading, accept advertising cookies or subscribe for £3.49 a month with no ads "
     "and no tracking.Accept and continueSubscribeAlready subscribed? Sign in",
     "The council approved the harbour budget on Monday."),
    ("a Dutch wall's buttons run into the headline",
     "Kies hoe je verder wilt lezenAccepteer cookies en lees gratis verder, of neem een "
     "abonnement zonder advertenties.AkkoordAbonneer jeAl een abonnement? Log inDe "
     "gemeenteraad keurde maandag de begroting voor de haven goed.",
     "De gemeenteraad keurde maandag de begroting voor de haven goed."),
    ("a German offer run into its button at the text's end",
     "Der Stadtrat hat am Montag den Haushalt beschlossen.Lesen Sie jetzt weiter mit "
     "HZ+Diesen Beitrag lesen Sie mit Ihrem Digital-Abo.3 Monate für 1 €Jetzt abonnieren",
     "Der Stadtrat hat am Montag den Haushalt beschlossen."),
    # The offer's line and its button's had no stop: the article's first sentence follows
    # the button, and is not read as more of the offer.
    ("an offer and its button run into the article's first sentence (nl)",
     "Dit artikel is alleen te lezen voor abonnees. Eerste maand gratis Word abonnee De "
     "gemeenteraad keurde maandag de begroting voor de haven goed.",
     "De gemeenteraad keurde maandag de begroting voor de haven goed."),
    ("an offer and its button run into the article's first sentence (fr)",
     "Cet article est réservé aux abonnés. 2 € le premier mois Je m'abonne Le conseil "
     "municipal a adopté lundi le budget du port.",
     "Le conseil municipal a adopté lundi le budget du port."),
    ("an offer and its button run into the article's first sentence (en)",
     "This article is for subscribers only. First month free Subscribe now The council "
     "approved the harbour budget on Monday after a long debate.",
     "The council approved the harbour budget on Monday after a long debate."),
]


# (Each: round 12's ``test_glued_wall_goes_and_the_article_run_into_it_stays``.)


# (language, article sentence): the same words in an article, which stays
CONTENT = [
    ("en", "Accept cookies or pay: the choice Meta now offers users in Europe is under "
     "review."),
    ("en", "Readers must accept cookies or subscribe under the new model, the regulator "
     "found."),
    ("en", "The streaming service offered 3 months for $1 to new customers last winter."),
    ("de", "Der Verlag bot 1 Monat für 0,99 € an, sagte die Sprecherin."),
    ("de", "Das Probeabo kostet 3 Monate für 1 €, danach steigt der Preis deutlich."),
    ("fr", "L'offre à 1 mois pour 1 € a séduit trois mille lecteurs, a indiqué le "
     "directeur."),
    ("nl", "Neem een abonnement op het zwembad, raadt de wethouder de ouders aan."),
    ("nl", "Kies hoe je verder wilt leven, zei de coach tegen de spelers."),
    ("ru", "Сервис доступен только подписчикам оператора, сообщили в компании."),
    ("ru", "Продолжение сериала доступно только подписчикам платформы, сообщил продюсер."),
    ("es", "La plataforma ofrece 3 meses por 1 € a los nuevos clientes, dijo el director."),
]


# (Each in every shape: ``test_banners_round11.test_article_with_the_same_words_stays``.)


@pytest.mark.parametrize("unit", [
    "Accept cookies or subscribe", "To keep reading, accept cookies. ",
    "Kies hoe je verder wilt lezen\n", "Abonneer jeAl een abonnement? Log in",
    "1 Monat für 0,99 €\n", "3 MONATE FÜR 1 € ",
    "Полный текст статьи доступен только подписчикам. ",
    "3 maanden voor € 1 Word abonnee ", "Eerste maand gratis Abonneer je Al een abonnement ",
])
def test_repeated_wording_stays_linear(unit: str) -> None:
    # A text made of one wording repeated: four times the text, about four times the
    # time when linear, sixteen if quadratic (the margin absorbs a busy machine).
    def text(n: int) -> str:
        return "The council met. " + unit * (n // len(unit))
    banners(text(2_000))
    assert_linear(banners, text(25_000), text(100_000), slack=0, floor=5e-3)
