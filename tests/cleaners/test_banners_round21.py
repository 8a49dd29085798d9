"""Banners, round 21: the paywalls written-20 left. A members' platform's meter and offer
("You've read all your free member-only stories this month.", "Become a member to read
this story, …", "Upgrade"), the Dutch meter's offer that names the plan ("Neem een
digitaal abonnement en lees onbeperkt verder."), the Finnish offer with "nyt" between
its verbs ("Tilaa nyt ja lue heti."), a paywall's foot run together where its line
breaks were lost, its login button into the offer's digits ("Hier anmelden4 Wochen
gratis testen") and its last piece into the article's next sentence, a wall run into a
teaser cut short inside a quotation ("… avremmo…Contenuto riservato …"), and the plan's
label in two words ("Subscriber exclusive"), also run into the headline. The consent
walls: an embedded post's placeholder that names its provider ("This content is provided
by <provider>, which may be using cookies …"), a dialog run into the paragraphs around
it (its heading after the last stop above, its last button before the next sentence),
the French heading "Le respect de votre vie privée est notre priorité", and Google's
Czech notice with the service's words inside it.

Positive tables: walls as paragraphs, flattened and glued; labels at the head. Negative
tables: article sentences with the same words, quoted, reported, as a condition or a
subject; a label's words as a headline or a sentence's subject. All text here is
written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round13 as round13
from tests.cleaners import test_banners_round19 as round19
from tests.cleaners import test_banners_round20 as round20
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.banners import banners

# (language, what it is, wall lines)
WALLS = [
    ("en", "members' platform's meter and offer",
     ["Member-only story", "You have read all your free member-only stories this month.",
      "Become a member to read this article, and all of Harbour Notes.", "Upgrade"]),
    ("en", "members' offer alone", ["Member-only story",
                                    "Become a member to read the rest of this story.",
                                    "Upgrade now"]),
    ("nl", "meter's limit and an offer that names the plan",
     ["U heeft het maximale aantal gratis artikelen voor deze week bereikt.",
      "Neem nu een digitaal abonnement en lees onbeperkt verder.", "Al abonnee? Log in"]),
    ("fi", "offer with 'nyt' between its verbs",
     ["Tilaajille", "Tämä juttu on vain tilaajille. Tilaa heti ja lue koko juttu.",
      "Oletko jo tilaaja? Kirjaudu sisään"]),
    ("de", "paywall's foot whose offer starts with a digit",
     ["Jetzt weiterlesen mit Plus", "Sie sind bereits Abonnent? Hier anmelden",
      "2 Wochen gratis testen", "Monatlich kündbar"]),
    ("it", "paywall with its login line",
     ["Articolo riservato agli abbonati", "Abbonati per continuare a leggere",
      "Sei già abbonato? Accedi"]),
    ("en", "embedded post's placeholder that names its provider",
     ["This content is provided by TikTok, which may be using cookies and other "
      "technologies. To show you this content, we need your permission to use cookies.",
      "Allow cookies once", "Enable cookies"]),
    ("fr", "consent dialog under a heading on privacy as a priority",
     ["Votre vie privée est notre priorité",
      "Nous et nos partenaires utilisons des cookies pour mesurer l'audience.",
      "Accepter", "Refuser"]),
    ("cs", "Google's notice with the service's words inside",
     ["Tento web využívá k poskytování služeb a analýze návštěvnosti soubory cookie. "
      "Používáním tohoto webu s tím souhlasíte.", "Další informace", "Rozumím"]),
]


@pytest.mark.parametrize(("lang", "what", "wall"), WALLS, ids=[w for _, w, _ in WALLS])
def test_walls_go(lang: str, what: str, wall: list[str]) -> None:
    # As paragraphs, flattened and glued (round 19's shapes), and glued between the
    # article's two paragraphs: the wall ends where its last piece runs into the next.
    round19.test_wall_goes_as_paragraphs_flattened_and_glued(what, lang, wall)
    a1, a2 = ARTICLES[lang]
    assert clean(a1 + "".join(wall) + a2) == f"{a1} {a2}", what


# A teaser cut short inside a quotation, its ellipsis run into the wall (the line break
# lost with nothing in its place): the quotation ends there, the wall is no quote. (The
# truncation family then takes the teaser: banners alone here.)
@pytest.mark.parametrize(("head", "wall"), [
    ("Il sindaco ha detto: “Senza il ponte saremmo…",
     "Articolo riservato agli abbonatiAbbonati per continuare a leggere"),
    ("The mayor said: “Without the bridge we would…",
     "This article is for subscribers onlyAlready a subscriber? Sign in"),
])
def test_wall_after_a_teaser_cut_in_a_quotation_goes(head: str, wall: str) -> None:
    assert banners(head + wall) == head


# A consent dialog between two paragraphs whose line breaks around it were lost with
# nothing in their place: its heading run into the last sentence above it, its last
# button into the first sentence below it. Both sentences stay.
def test_dialog_run_into_the_paragraphs_around_it_goes() -> None:
    a1, a2 = ARTICLES["en"]
    text = (f"{a1}Manage cookie consent\nWe use cookies to measure traffic and to show "
            f"you relevant ads.\nAccept\nDeny\nView preferences{a2}")
    assert clean(text) == f"{a1}\n{a2}"


# (language, label, the text's wall at its foot): run by round 20's test, as the text's
# first line, in title case, and run into the headline.
LABELS = [
    ("en", "Subscriber exclusive",
     "This story is for subscribers only\nAlready a subscriber? Sign in"),
    ("en", "Subscribers only", "Subscribe to continue reading.\nAlready a subscriber? Log in"),
]


@pytest.mark.parametrize(("lang", "label", "wall"), LABELS, ids=[x[1] for x in LABELS])
def test_label_in_two_words_goes(lang: str, label: str, wall: str) -> None:
    round20.test_plan_label_at_the_head_goes(lang, label, wall)


# (language, article sentence): the walls' words, quoted, reported, as a condition or
# a subject, and a quotation that an ellipsis inside it does not end.
CONTENT = [
    ("en", "“You have read all your free member-only stories this month,” the pop-up "
     "said, and readers complained."),
    ("en", "The platform said readers could become a member to read this story and others."),
    ("en", "If you become a member to read this article, the fee goes to its writer."),
    ("en", "Member-only stories are the main income of the site, its founder said."),
    ("en", "The sign read “Closed for the winter…Subscribe to continue reading” and nobody "
     "knew why."),
    ("nl", "„Neem een digitaal abonnement en lees onbeperkt verder”, stond er op de site."),
    ("nl", "Wie een digitaal abonnement neemt, krijgt korting bij de bibliotheek."),
    ("nl", "Neem een digitaal abonnement, adviseert de bibliotheek ouderen die de krant "
     "missen."),
    ("fi", "”Tilaa nyt ja lue heti”, kehotti mainos, mutta harva tilasi, sanoi tutkija."),
    ("fi", "Tilaajille lehti maksaa nyt kaksi euroa enemmän, kertoi päätoimittaja."),
    ("de", "Die Zeitung bietet 4 Wochen gratis testen an, sagte der Verlag.Monatlich "
     "kündbar sei das Abo, hieß es."),
    ("en", "This content is provided by the regional tourist board as part of a paid "
     "partnership, the paper said."),
    ("fr", "« Votre vie privée est notre priorité », répète la direction, qui a pourtant "
     "vendu ses fichiers."),
    ("en", "Their privacy is our priority, the head teacher said of the pupils."),
    ("cs", "Firma uvedla, že tento web používá k poskytování služeb externí servery."),
]


@pytest.mark.parametrize(("lang", "sentence"), CONTENT, ids=[s[:40] for _, s in CONTENT])
def test_article_sentences_stay(lang: str, sentence: str) -> None:
    round19.test_wall_words_in_an_article_stay(lang, sentence)


# A label's words as the headline of a text with no paywall, or as the first words of
# a sentence over one: both stay.
@pytest.mark.parametrize("text", [
    "Members only\n\nThe golf club opened its doors to the public on Sunday.",
    "Members onlyThe golf club opened its doors to the public on Sunday.",
    "Subscribers only pay half, the council said.\n\nSubscribe to continue reading.",
])
def test_label_words_in_an_article_stay(text: str) -> None:
    head = text.split("\n\n", maxsplit=1)[0]
    assert clean(text).startswith(head)


@pytest.mark.parametrize("unit", [
    "You have read all your free member-only stories this month.Upgrade",
    "Sie sind bereits Abonnent? Hier anmelden2 Wochen gratis testenMonatlich kündbar",
    "“Senza il ponte saremmo…Articolo riservato agli abbonati",
    "Tilaajille Tämä juttu on vain tilaajille. Tilaa nyt ja lue heti.",
    "It was found.Manage cookie consent\nWe use cookies.\nAccept\nDeny\nView preferences",
    "This content is provided by YouTube, which may be using cookies.Enable cookies",
])
def test_repeated_wordings_stay_linear(unit: str) -> None:
    # A text made of one wording repeated (round 13's measure): a glued offer, a teaser's
    # ellipsis, a dialog's heading and last button run into the lines around it.
    round13.test_repeated_wording_stays_linear(unit)
