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
from tests.cleaners._articles import ARTICLES, placed

from cleantext import clean
from cleantext.cleaners.banners import banners

# (language, what it is, wall lines)
WALLS = [
    ("en", "members' platform's meter and offer",
     ["Member-only story", "You have read all your free member-only stories this month.",
      "Become a member to read this article, and all of Harbour Notes."]),
    ("en", "members' offer alone", ["Member-only story",
                                    "Become a member to read the rest of this story."]),
    ("nl", "meter's limit and an offer that names the plan",
     ["U heeft het maximale aantal gratis artikelen voor deze week bereikt.",
      "Neem nu een digitaal abonnement en lees onbeperkt verder.", "Al abonnee? Log in"]),
    ("fi", "offer with 'nyt' between its verbs",
     ["Tämä juttu on vain tilaajille. Tilaa nyt ja lue heti.",
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


# The walls' narrow pieces: the French dialog's heading on privacy as a priority as the
# line right over the dialog (as a line only: flattened, it may be a headline's words),
# and the members' "Upgrade" link as the text's last line, after the meter.
@pytest.mark.parametrize(("lang", "wall", "where"), [
    ("fr", ["Le respect de votre vie privée est notre priorité",
            "Nous et nos partenaires utilisons des cookies pour mesurer l'audience.",
            "Accepter", "Refuser"], "head"),
    ("fr", ["Votre vie privée est notre priorité.",
            "Nous et nos partenaires utilisons des cookies pour mesurer l'audience.",
            "Accepter", "Refuser"], "middle"),
    ("en", ["Member-only story", "You have read all your free member-only stories this month.",
            "Upgrade"], "tail"),
])
def test_narrow_wall_pieces_go_as_lines(lang: str, wall: list[str], where: str) -> None:
    article = ARTICLES[lang]
    assert clean("\n\n".join(placed(article, "\n".join(wall), where))) == "\n\n".join(article)


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


# The review of round 21 (hard negatives): article text next to a wall, or with no wall,
# that its phrases took. (language, the text around it, glued, the article's unit, what
# must stay of it). Around: "none" (between two paragraphs), "after" (right under a
# wall's buttons), "before" (right over a wall's first line), "head" (the text's first
# line, a paywall at its foot).
_NARROWED_WALLS = {
    "en": "We use cookies to measure traffic and to show you relevant ads. By continuing to "
          "browse you agree to our use of cookies.\nAccept all\nReject all",
    "fr": "Nous utilisons des cookies pour mesurer l'audience. En poursuivant votre "
          "navigation, vous acceptez leur utilisation.\nAccepter\nRefuser",
    "nl": "Dit artikel is alleen voor abonnees. Word abonnee om verder te lezen.\nAl abonnee? "
          "Log in",
    "fi": "Tämä juttu on vain tilaajille.\nOletko jo tilaaja? Kirjaudu sisään",
}
_PAYWALL = "This story is for subscribers only. Subscribe now to keep reading.\nAlready a " \
    "subscriber? Sign in"
NARROWED = [
    # "Your privacy is our priority" is no wall's wording: speech, answers, list items,
    # headlines; the French heading only as a line of its own over a dialog.
    ("en", "none", False, "Your privacy is our priority, the spokesman added.", None),
    ("en", "none", True, "Your privacy is our priority, the spokesman added.", None),
    ("en", "none", False, "Q: Can the app read my messages?\nA: Your privacy is our priority.",
     None),
    ("en", "none", False, "- Your privacy is our priority\n- We will never sell your data",
     "- Your privacy is our priority"),
    ("en", "none", False, "Your privacy is our priority? Not at this fitness tracker", None),
    ("en", "none", False, "Protecting your privacy is our priority", None),
    ("fr", "before", False, "Votre vie privée est notre priorité : ce que promettent les "
     "applis de rencontre", None),
    ("fr", "after", False, "Votre vie privée est notre priorité, répète la direction.", None),
    # After a wall's buttons, glued: a headline on data is no piece of the wall, and a
    # quotation's name is no place to split.
    ("en", "after", True, "How to keep your data safe on holiday", None),
    ("en", "after", True, "‘Your data stays yours’: the bank’s promise under review", None),
    ("en", "after", True, "“This content is provided by YouTube,” said the message that "
     "replaced the clip.", None),
    # The Finnish offers as a sentence of their own only.
    ("fi", "after", False, "– Tilaa nyt ja lue heti, lupasi mainos, mutta sivu ei auennut.",
     None),
    ("fi", "before", False, "Tilaamalla luet heti, väitti mainos, mutta kuluttajavirasto "
     "puuttui asiaan.", None),
    # Buttons as a subhead over the article's next lines.
    ("en", "after", False, "Upgrade\nThe runway will be resurfaced over the summer.", None),
    ("en", "after", False, "Upgrade\nUpgrade now, the software maker tells its users", None),
    ("nl", "after", False, "Neem een digitaal abonnement\nStudenten krijgen bij de krant "
     "korting.", None),
    ("fi", "after", False, "Vain tilaajille\nLehti järjestää lukijoilleen illan syyskuussa.",
     None),
    ("fi", "after", False, "Tilaajille\nLehti järjestää lukijoilleen illan syyskuussa.", None),
    # A question headline with the Dutch offer's words and no wall.
    ("nl", "none", False, "Neem een digitaal abonnement en lees onbeperkt verder? Kranten "
     "zoeken jonge lezers", None),
    ("nl", "none", True, "Neem een digitaal abonnement en lees onbeperkt verder? Kranten "
     "zoeken jonge lezers", None),
    # "Members only" is a headline's kicker, no plan's label.
    ("en", "head", False, "Members only\nThe golf club votes to admit women after a century",
     None),
]


@pytest.mark.parametrize(("lang", "around", "glued", "unit", "kept"), NARROWED,
                         ids=[f"{x[0]}-{x[1]}-{x[3][:30]}" for x in NARROWED])
def test_article_next_to_a_wall_stays(lang: str, around: str, glued: bool, unit: str,
                                      kept: str | None) -> None:
    a1, a2 = ARTICLES[lang]
    wall = _NARROWED_WALLS[lang]
    text = {"none": f"{a1}\n\n{unit}\n\n{a2}",
            "after": f"{a1}\n\n{wall}\n{unit}\n\n{a2}",
            "before": f"{a1}\n\n{unit}\n{wall}\n\n{a2}",
            "head": f"{unit}\n\n{a1}\n\n{a2}\n\n{_PAYWALL}"}[around]
    kept = unit if kept is None else kept
    if glued:
        text, kept = text.replace("\n", ""), kept.replace("\n", "")
    assert kept in clean(text), unit


# A notice with no stop of its own, its line break lost: the article's next sentence
# starts at the capital after the notice's purpose clause ("to view the map"). Each
# wall goes whole, the sentence after it stays.
NO_STOP = [
    ("Please turn on JavaScript to view the map", "Crews worked through the night to "
     "clear the road near the old mill."),
    ("You need to enable JavaScript to see this chart", "Ticket sales rose by a third in "
     "the first week of the festival."),
    ("Enable JavaScript to watch the video", "Firefighters were called to the harbour "
     "shortly after six in the morning."),
    ("We use cookies to improve your experience", "The council voted on Tuesday to keep "
     "the library open until March."),
    ("Utilizamos cookies para mejorar tu experiencia", "El ayuntamiento aprobó el martes "
     "el cierre de la biblioteca municipal."),
]


@pytest.mark.parametrize(("notice", "sentence"), NO_STOP, ids=[n[:24] for n, _ in NO_STOP])
def test_article_run_into_a_notice_with_no_stop_stays(notice: str, sentence: str) -> None:
    text = f"The storm hit on Monday. {notice} {sentence} It reopened at noon."
    out = clean(text)
    assert sentence in out
    assert notice.split()[1] not in out.replace(sentence, "")


def test_a_name_inside_a_wall_after_its_purpose_clause_starts_no_article() -> None:
    # The rest after the capital reads as the wall's: it stays in the wall.
    text = ("The storm hit on Monday. We use cookies to measure traffic Google Analytics "
            "sets these cookies when you visit our site. The road reopened at noon.")
    assert clean(text) == "The storm hit on Monday. The road reopened at noon."
