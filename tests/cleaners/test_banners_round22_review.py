# ruff: noqa: E501
"""Round 22's review of banners: article text the round-22 rules took, now kept.

A one-word answer or a link ("Yes.", "Nein.", "Read more.") starts no paywall foot and
takes no offer-like article sentence after it; "Unlock Story …" / "Unlock article 7 …"
after a wall's buttons is a headline's head, and "Unlock this article's …" no button
(inside a word); the Czech "Jste předplatitel?" / "Předplaťte si" (round 22's pack
lines, reverted) and the Danish "Tillad valgte." right after an article's question are
the article's; a notice a court live blog quotes keeps its speech verb past the next
time stamp. Next to each, the junk that still goes."""

from __future__ import annotations

import pytest

from cleantext.cleaners.banners import banners

ANSWERS_BEFORE_A_WALL = [
    ("The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Is it worth it? Yes. The first month is free and members can cancel anytime. Already a subscriber? Log in",
     "The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Is it worth it? Yes. The first month is free and members can cancel anytime."),
    ('Streaming prices rise again Can I still get a deal? Yes. Most services still offer a first month free for new customers. Already a subscriber? Log in',
     'Streaming prices rise again Can I still get a deal? Yes. Most services still offer a first month free for new customers.'),
    ("The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Is there a contract? No. Members can cancel anytime through the app. Already a subscriber? Log in",
     "The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Is there a contract? No. Members can cancel anytime through the app."),
    ("The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Is there a contract? No. Members can cancel anytime through the app. We use cookies to improve your experience on our site. Accept all Reject all",
     "The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Is there a contract? No. Members can cancel anytime through the app."),
    ("The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Can students join? Yes. Students get unlimited access for £5. Is there a contract? No. Members can cancel anytime through the app. Already a subscriber? Log in",
     "The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Can students join? Yes. Students get unlimited access for £5. Is there a contract? No. Members can cancel anytime through the app."),
    ("The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Do I need an app? Yes. The app is billed monthly to the card you register. Already a subscriber? Log in",
     "The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Do I need an app? Yes. The app is billed monthly to the card you register."),
    ("The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Read more. The museum will give new members unlimited access to the archive. Already a subscriber? Log in",
     "The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Read more. The museum will give new members unlimited access to the archive."),
    ("The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Sign up. The museum will give new members unlimited access to the archive. Already a subscriber? Log in",
     "The city's new bike scheme opened on Monday with 400 bikes at 30 docking stations. Sign up. The museum will give new members unlimited access to the archive."),
    ('Der Stadtrat hat am Montag das neue Fahrradverleihsystem mit 400 Rädern eröffnet. Gibt es eine Bindung? Nein. Das Abo ist jederzeit kündbar. Sie haben bereits ein Abo? Hier anmelden',
     'Der Stadtrat hat am Montag das neue Fahrradverleihsystem mit 400 Rädern eröffnet. Gibt es eine Bindung? Nein. Das Abo ist jederzeit kündbar.'),
    ('Le conseil municipal a inauguré lundi le nouveau service de vélos en libre-service. Y a-t-il un engagement ? Non. Le service est résiliable à tout moment. Déjà abonné ? Connectez-vous',
     'Le conseil municipal a inauguré lundi le nouveau service de vélos en libre-service. Y a-t-il un engagement ? Non. Le service est résiliable à tout moment.'),
    ('El ayuntamiento inauguró el lunes el nuevo servicio de bicicletas compartidas. ¿Hay permanencia? No. El abono es sin permanencia y cuesta 5 euros. ¿Ya eres suscriptor? Inicia sesión',
     'El ayuntamiento inauguró el lunes el nuevo servicio de bicicletas compartidas. ¿Hay permanencia? No. El abono es sin permanencia y cuesta 5 euros.'),
    ('Il comune ha inaugurato lunedì il nuovo servizio di bici condivise in centro. Conviene? Sì. Il primo mese gratis vale per tutti i residenti. Sei già abbonato? Accedi',
     'Il comune ha inaugurato lunedì il nuovo servizio di bici condivise in centro. Conviene? Sì. Il primo mese gratis vale per tutti i residenti.'),
    ('De gemeente opende maandag het nieuwe deelfietssysteem met 400 fietsen. Is het de moeite waard? Ja. Het eerste jaar krijgen leden onbeperkt toegang tot alle fietsen. Ben je al abonnee? Log in',
     'De gemeente opende maandag het nieuwe deelfietssysteem met 400 fietsen. Is het de moeite waard? Ja. Het eerste jaar krijgen leden onbeperkt toegang tot alle fietsen.'),
]

BUTTON_WORDS_AT_A_HEAD = [
    ('We use cookies to improve your experience. Accept all Unlock Story Missions Early With This Trick Players found a way to open the final chapter before the boss fight.',
     'Unlock Story Missions Early With This Trick Players found a way to open the final chapter before the boss fight.'),
    ('We use cookies to improve your experience. Accept all Unlock Story Mode in Tekken 9: a guide Players found a way to open the final chapter before the boss fight.',
     'Unlock Story Mode in Tekken 9: a guide Players found a way to open the final chapter before the boss fight.'),
    ('We use cookies to improve your experience. Accept all Unlock article 7 funds, MEPs tell Commission Parliament voted on Tuesday to release the frozen money.',
     'Unlock article 7 funds, MEPs tell Commission Parliament voted on Tuesday to release the frozen money.'),
    ("Already a subscriber? Log in Unlock this article's archive photos by visiting the museum, the curator said.",
     "Unlock this article's archive photos by visiting the museum, the curator said."),
    ("Already a subscriber? Log in Unlock this story's secrets: five clues in the finale The showrunner dropped hints across the season.",
     "Unlock this story's secrets: five clues in the finale The showrunner dropped hints across the season."),
    ('We use cookies to improve your experience. Accept all\nUnlock Story\nThe new chapter of the game opens on Friday for all players.',
     'Unlock Story\nThe new chapter of the game opens on Friday for all players.'),
]

CZECH = [
    ('Divadlo v pondělí zahájilo prodej vstupenek na novou sezonu. Jste předplatitel? Přihlaste se na webu divadla a vstupenky si vyzvedněte do pátku. Ostatní diváci mohou kupovat od úterý.',
     'Divadlo v pondělí zahájilo prodej vstupenek na novou sezonu. Jste předplatitel? Přihlaste se na webu divadla a vstupenky si vyzvedněte do pátku. Ostatní diváci mohou kupovat od úterý.'),
    ('Divadlo v pondělí zahájilo prodej vstupenek na novou sezonu.\nJste předplatitel? Přihlaste se na webu divadla a vstupenky si vyzvedněte do pátku.\nOstatní diváci mohou kupovat od úterý.',
     'Divadlo v pondělí zahájilo prodej vstupenek na novou sezonu.\nJste předplatitel? Přihlaste se na webu divadla a vstupenky si vyzvedněte do pátku.\nOstatní diváci mohou kupovat od úterý.'),
    ('Divadlo v pondělí zahájilo prodej vstupenek na novou sezonu. Ostatní diváci mohou kupovat od úterý. Jste předplatitel? Přihlaste se na webu divadla a vstupenky si vyzvedněte do pátku. Tento článek je dostupný pouze pro předplatitele.',
     'Divadlo v pondělí zahájilo prodej vstupenek na novou sezonu. Ostatní diváci mohou kupovat od úterý. Jste předplatitel? Přihlaste se na webu divadla a vstupenky si vyzvedněte do pátku.'),
    ('Divadlo v pondělí zahájilo prodej vstupenek na novou sezonu. Jste předplatitelka? Přihlásit se můžete na webu divadla. Ostatní diváci mohou kupovat od úterý. Tento web používá soubory cookie k personalizaci obsahu a reklam. Přijmout vše Odmítnout vše',
     'Divadlo v pondělí zahájilo prodej vstupenek na novou sezonu. Jste předplatitelka? Přihlásit se můžete na webu divadla. Ostatní diváci mohou kupovat od úterý.'),
    ('Tento web používá soubory cookie k personalizaci obsahu a reklam. Přijmout vše Odmítnout vše Předplaťte si Metropolitní operu: nová sezona v kinech První přenos začne v sobotu ve 20 hodin.',
     'Předplaťte si Metropolitní operu: nová sezona v kinech První přenos začne v sobotu ve 20 hodin.'),
    ('Tento web používá soubory cookie k personalizaci obsahu a reklam. Přijmout vše Odmítnout vše Jste předplatitelka Respektu? Soutěž o knihy pokračuje do pátku.',
     'Jste předplatitelka Respektu? Soutěž o knihy pokračuje do pátku.'),
    ('Tento článek je dostupný pouze pro předplatitele. Jste předplatitel? Pak vám dárek přijde poštou do konce měsíce.',
     'Jste předplatitel? Pak vám dárek přijde poštou do konce měsíce.'),
    ('Tento web používá soubory cookie k personalizaci obsahu a reklam. Přijmout vše Odmítnout vše\nJste předplatitel?\nAno, od roku 1990, odpověděla čtenářka.',
     'Jste předplatitel?\nAno, od roku 1990, odpověděla čtenářka.'),
    ('Zastupitelstvo v pondělí schválilo rozpočet na opravu nábřeží. Jak ušetřit na jízdném? Předplaťte si. Tento článek je dostupný pouze pro předplatitele.',
     'Zastupitelstvo v pondělí schválilo rozpočet na opravu nábřeží. Jak ušetřit na jízdném? Předplaťte si.'),
]

ANSWER_BEFORE_A_CONSENT_WALL = [
    ('Byrådet vedtog mandag et nyt budget for havnen efter en lang debat. Skal borgerne have ordet? Tillad valgte. Vi bruger cookies til at forbedre din oplevelse og lave statistik. Tillad alle Afvis',
     'Byrådet vedtog mandag et nyt budget for havnen efter en lang debat. Skal borgerne have ordet? Tillad valgte.'),
]

QUOTED_NOTICE_IN_A_LIVE_BLOG = [
    ('10:41 Counsel for the regulator read out the banner: This site uses cookies to track readers 10:44 The judge said the wording was plain enough for any reader to follow.',
     '10:41 Counsel for the regulator read out the banner: This site uses cookies to track readers 10:44 The judge said the wording was plain enough for any reader to follow.'),
    ('Live: data trial The banner read We use cookies to improve your experience 10:44 Lawyers for the publisher told the court the notice was clear and fair.',
     'Live: data trial The banner read We use cookies to improve your experience 10:44 Lawyers for the publisher told the court the notice was clear and fair.'),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ANSWERS_BEFORE_A_WALL + BUTTON_WORDS_AT_A_HEAD + CZECH + ANSWER_BEFORE_A_CONSENT_WALL
    + QUOTED_NOTICE_IN_A_LIVE_BLOG)
def test_article_words_stay(text: str, expected: str) -> None:
    assert banners(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A paywall's own button opens its flattened foot, and the offers after it go.
    ("The council met on Monday to approve the budget for the new harbour wall. "
     "Subscribe now. Cancel anytime. Already a subscriber? Log in",
     "The council met on Monday to approve the budget for the new harbour wall."),
    # Buttons glued to the article's first sentence still go, up to it.
    ("We use cookies to improve your experience. Accept all Manage settings The council "
     "met on Monday.",
     "The council met on Monday."),
    # A notice then a live entry with no speech verb: the notice goes, the entry stays.
    ("Please turn on JavaScript to use this feature 02:14 Turnout confirmed at 41.2%, "
     "down from 58% at the general election.",
     "02:14 Turnout confirmed at 41.2%, down from 58% at the general election."),
])
def test_junk_still_goes(text: str, expected: str) -> None:
    assert banners(text) == expected


# A plan's label over a text whose only wall is an ad-block wall stays: its "unlock" is
# no paywall's word. Over a paywall with a trial offer, the label goes.
def test_label_over_an_ad_block_wall_stays() -> None:
    head = "Premium\nHarbour wall repairs to start in spring\n"
    body = "The council approved the repairs on Monday after engineers found cracks."
    text = (f"{head}{body}\n\nWe noticed you are using an ad blocker. Turn it off to "
            "unlock all our free content.")
    assert banners(text) == f"{head}{body}"
    paywalled = (f"{head}{body}\n\nThis article is for subscribers only.\n"
                 "Start your free trial")
    assert banners(paywalled).startswith("Harbour wall")
