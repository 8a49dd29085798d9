"""The promo cleaner, round 21: a republish box's licence line and embed prompt under
its heading; a channel ask in the vos of Argentina and Uruguay ("Sumate a nuestro
canal de WhatsApp"); Scandinavian ad breaks ("Artiklen fortsætter under annoncen"); a
comment widget's "Log in | Register"; a player's button and duration on one line
under a removed line ("Listen · 5 min").

Each in the shapes the family allows, with article prose that uses the same words and
stays. The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean

# (language, the unit's lines, whether it goes flattened too): a Creative Commons
# republish box (its heading, the licence line right under it, the embed prompt) and a
# login bar go as lines only: their lines are [lead]s and [label]s. Channel asks and ad breaks
# go in every shape, also glued between two sentences.
UNITS = [
    ("en", ["Republish this story",
            "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 "
            "International License.",
            "Copy the HTML below"], False),
    ("en", ["Republish this article", "Copy and paste the HTML below:"], False),
    ("en", ["You must be logged in to post a comment. Log in | Register"], False),
    ("en", ["Gift this article", "Listen · 5 min"], False),
    ("es", ["Sumate a nuestro canal de WhatsApp"], True),
    ("es", ["Unite a nuestro canal de Telegram y recibí las noticias del barrio."], True),
    ("es", ["Súmate a nuestro canal de WhatsApp"], True),
    ("da", ["Artiklen fortsætter under annoncen"], True),
    ("nb", ["Artikkelen fortsetter under annonsen"], True),
    ("sv", ["Texten fortsätter under annonsen"], True),
]


@pytest.mark.parametrize(("lang", "unit", "flat"), UNITS, ids=[u[0] for _, u, _ in UNITS])
def test_the_unit_goes(lang: str, unit: list[str], flat: bool) -> None:
    article = ARTICLES[lang]
    shapes = every_shape(article, unit)
    # Between the paragraphs too.
    shapes.append((f"{article[0]}\n\n" + "\n".join(unit) + f"\n\n{article[1]}",
                   "\n\n".join(article)))
    if flat:
        shapes.append((f"{article[0]}{unit[0]}{article[1]}", " ".join(article)))
    else:
        del shapes[2:4]
    for text, kept in shapes:
        assert clean(text) == kept


# (language, an article's line with the same words, which stays): a licence named
# short, quoted, reported, on a condition; the embed words, the ask, the ad break and
# the login bar reported or quoted.
PROSE = [
    ("en", "This work is licensed under a Creative Commons licence, which lets other papers "
     "reprint it."),
    ("en", "«This work is licensed under a Creative Commons Attribution licence», the sign "
     "says."),
    ("en", "This work is licensed under a Creative Commons Attribution licence, the archive "
     "said."),
    ("en", "If this work is licensed under a Creative Commons Attribution licence, schools "
     "may copy it."),
    ("en", "Copy the HTML below, the agency told partner papers, and credit the author."),
    ("es", "«Sumate a nuestro canal de WhatsApp», pidió el presidente a los socios."),
    ("es", "Sumate a nuestro canal de WhatsApp, pidió el presidente a los socios."),
    ("es", "La directiva pidió a los vecinos: «Sumate a nuestro canal de socios»."),
    ("da", "Avisen skrev »Artiklen fortsætter under annoncen« over en tom boks."),
    ("en", "Log in | Register to read the minutes, the clerk said."),
    ("en", "The form read “Log in | Register” at the top."),
]


@pytest.mark.parametrize(("lang", "line"), PROSE, ids=[line for _, line in PROSE])
@pytest.mark.parametrize("join", ["\n\n", " "], ids=["line", "space"])
def test_prose_with_the_words_stays(lang: str, line: str, join: str) -> None:
    text = join.join([ARTICLES[lang][0], line, ARTICLES[lang][1]])
    assert clean(text) == text



# (language, lines a review found taken, between two paragraphs, and what stays of them:
# None when all): a headline in title case or capitals with a channel word before a
# sign-up verb and a newsletter's name in a sentence (no heading run into its pitch is
# read without a mark); the affiliate disclosure's words reported or in a question
# headline; a track's length or a broadcast's hour after "Listen" under an ad label, a
# live blog's entry time over a player's button; a sentence on a licence or on embed
# code that opens with a republish box's words; a channel ask reported in the imperfect;
# a quotation that opens with a disclosure and is attributed after its last sentence.
REVIEWED: list[tuple[str, str, str | None]] = [
    ("en", "Freelance Newsletter Editors Sign Up for Pay Talks", None),
    ("es", "BOLETÍN ESCOLAR RECIBE CIENTOS DE CARTAS", None),
    ("en", "Her newsletter Never Miss a Market reaches 6,000 farmers every week.", None),
    ("en", "When you shop through links on our site, the store pays us a share, the guide "
     "explains.", None),
    ("en", "When You Purchase Through Links on Our Site, Where Does the Money Go?", None),
    ("en", "Advertisement\nListen — 2:58\nThe song, out on Friday, is the group's first in "
     "years.", "Listen — 2:58\nThe song, out on Friday, is the group's first in years."),
    ("sv", "Advertisement\nLyssna 19:15\nP1 sänder debatten från riksdagen i kväll.",
     "Lyssna 19:15\nP1 sänder debatten från riksdagen i kväll."),
    ("en", "Share\n11:42\nListen · 4 min\nFerry service suspended",
     "11:42\nListen · 4 min\nFerry service suspended"),
    ("en", "This story is licensed under a Creative Commons Attribution licence, so any "
     "paper may run it.", None),
    ("en", "This work is licensed under a Creative Commons Attribution 4.0 International "
     "License.\nThe photographer donated the series to the city archive.", None),
    ("en", "Copy the HTML below into your site, the library's guide tells teachers.", None),
    ("es", "Sumate a nuestro canal, decía la cadena que llegó a miles de jubilados.", None),
    ("es", "Unite a nuestro canal de Telegram, pedía el perfil falso del club.", None),
    ("en", "\"We earn a commission on sales. It funds our court reporting,\" the editor said.",
     None),
]


@pytest.mark.parametrize(("lang", "lines", "kept"), REVIEWED, ids=[t for _, t, _ in REVIEWED])
def test_reviewed_prose_stays(lang: str, lines: str, kept: str | None) -> None:
    first, last = ARTICLES[lang][:2]
    text = f"{first}\n\n{lines}\n\n{last}"
    assert clean(text) == f"{first}\n\n{lines if kept is None else kept}\n\n{last}"


@pytest.mark.parametrize("links", ["Log in or register", "Sign in or register"])
@pytest.mark.parametrize("join", ["\n\n", " "], ids=["paragraph", "space"])
def test_comment_login_links_run_into_a_sentence_leave_it(links: str, join: str) -> None:
    # Flattened, the widget's links run into the article's next sentence: they go only
    # as a line of nothing else, never with the sentence after them.
    first, last = ARTICLES["en"][:2]
    sentence = "Crews worked through the night to clear the road near the old mill."
    text = f"{first}{join}You must be logged in to comment. {links} {sentence}{join}{last}"
    out = clean(text)
    assert sentence in out
    assert "logged in" not in out
    assert clean(f"{first}\n\n{links}\n\n{last}") == f"{first}\n\n{last}"
