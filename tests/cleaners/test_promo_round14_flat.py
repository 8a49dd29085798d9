"""The promo cleaner on widgets left in flattened text by the thirteenth round: breadcrumb
trails spaced from their headline, one-word ad labels between sentences before a name,
share prompts that join a label to a network by a [via] word. Each in the shapes the
family allows, and the article sentences that use the same words, which stay.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.promo import promo

# Breadcrumb trails spaced from the headline after them, where the last section shows
# where it ends: a German district's word and its name, or a section's name in a
# language whose headlines write their other nouns in lower case; and the headline
# opens as a sentence. (trail, headline and article).
SPACED_TRAILS = [
    ("Startseite › Lokales › Kreis Altmoor", "Neue Brücke über die Hase eröffnet. Der Bau "
     "dauerte zwei Jahre."),
    ("Startseite > Region > Landkreis Bergau", "Bäckerei Lenz schließt im Sommer. Ein "
     "Nachfolger fehlt."),
    ("Startseite › Lokales › Kreis Alten", "Bäckerei schließt nach 90 Jahren. Sie war "
     "beliebt."),
    ("Home » Cronaca » Provincia", "Ritrovato dopo tre giorni il cane. Sta bene."),
]


@pytest.mark.parametrize(("trail", "article"), SPACED_TRAILS, ids=[t for t, _ in SPACED_TRAILS])
def test_a_spaced_trail_before_its_headline_goes(trail: str, article: str) -> None:
    assert clean(f"{trail} {article}") == article
    # After a flattened menu that went before it, too.
    assert clean(f"Menu News Sport Business Opinion Jobs Search {trail} {article}") == article


# A last section of one capitalised word that no list names, before a headline that
# opens as a sentence: the section may be the headline's first word ("Home › News ›
# Environment Agency warns …", "Home > Regio > West Betuwe krijgt …"), so the trail stays
# whole (junk left, no headline word lost). Round 14 took these for a while and lost
# "Environment" and "West"; they are the cases that showed it.
ONE_WORD_UNCLEAR = [
    "Home › News › Environment Agency warns of floods. The river rose overnight.",
    "Home > News > Health Secretary resigns after the vote. The vote was close.",
    "Startseite › Lokales › Region Hannover plant neue Radwege. Die Kosten steigen.",
    "Home > Regio > Oost Gelre krijgt een nieuwe school. De bouw begint in mei.",
    "Home › News › Courts Driver fined after crash on the ring road. The court heard it.",
    "Nachrichten › Wirtschaft Hafen meldet mehr Umschlag. Die Zahlen kamen am Montag.",
]


@pytest.mark.parametrize("text", ONE_WORD_UNCLEAR, ids=repr)
def test_a_trail_whose_last_word_may_be_the_headlines_stays(text: str) -> None:
    assert clean(text) == text


# Trails whose end does not show: two capitalised words after the last ">" (a section of
# two words, or a headline that opens with a name), a German section that names no
# district. They stay whole (junk left, no headline word lost).
UNCLEAR_TRAILS = [
    "Home › News › Harbour Town Ferry fares rise again. The fares rise in May.",
    "Startseite › Lokales › Bad Altmoor Neue Brücke eröffnet. Sie kostet viel.",
    "Startseite › Region Nord Neue Brücke eröffnet. Sie kostet viel.",
    "Home > Regio > West Maasland Brand in loods snel geblust.",
    "Home › News › Crime & Courts Man fined after crash. The court heard it.",
]


# A one-word ad label of a language that opens no sentence with the bare noun, between
# two sentences of flattened text, before the capitalised noun and name that open the
# next one: (language, label).
BARE_LABELS = [("de", "Anzeige"), ("da", "Annonce"), ("nb", "Annonse")]
NAMED = {
    "de": "Stadtbaurätin Helga Brandt lobte den Plan.",
    "da": "Borgmester Jens Holm roste planen.",
    "nb": "Ordfører Kari Lunde roste planen.",
}


@pytest.mark.parametrize(("lang", "label"), BARE_LABELS, ids=[b for _, b in BARE_LABELS])
@pytest.mark.parametrize("join", [" ", ""], ids=["spaced", "glued"])
def test_a_bare_ad_label_before_a_name_goes(lang: str, label: str, join: str) -> None:
    first = ARTICLES[lang][0]
    assert clean(f"{first}{join}{label}{join}{NAMED[lang]}") == f"{first} {NAMED[lang]}"


def _goes(lang: str, unit: str, join: str, *places: str) -> None:
    """``unit`` goes from a flattened text of two article sentences at each of
    ``places``: before the first ("head"), between them, after the second ("tail"),
    ``join`` (a space, or nothing) on each side of it; the article stays."""
    first, second = ARTICLES[lang]
    texts = {"head": f"{unit}{join}{first} {second}",
             "between": f"{first}{join}{unit}{join}{second}",
             "tail": f"{first} {second}{join}{unit}"}
    for place in places:
        assert clean(texts[place]) == f"{first} {second}", place


# Share units in flattened text, glued after the last sentence or between two (a space
# after the stop, or none): a share prompt that joins its label to a network by a [via]
# word, and a share bar's heading glued to its network names. (language, unit).
SHARE_UNITS = [("da", "Del artiklen på Facebook"), ("sv", "Dela artikeln på Facebook"),
               ("da", "Del artiklen på LinkedIn"),
               ("sv", "Dela artikelnFacebookXKopiera länk"),
               ("nb", "Del artikkelenFacebookXKopier lenke")]


@pytest.mark.parametrize(("lang", "unit"), SHARE_UNITS, ids=[u for _, u in SHARE_UNITS])
@pytest.mark.parametrize("join", [" ", ""], ids=["spaced", "glued"])
def test_a_share_unit_goes_in_flattened_text(lang: str, unit: str, join: str) -> None:
    _goes(lang, unit, join, "tail", "between")


@pytest.mark.parametrize(("text", "kept"), [
    # A label glued to the next sentence after the space that a unit removed before it
    # left (a share bar's heading after an ad label, an ad label after a share prompt).
    ("Byrådet vedtog planen.AnnonceDel artiklenFacebookLinkedInKopier link",
     "Byrådet vedtog planen."),
    ("The plan was approved.Share on FacebookADVERTISEMENTDeveloper Greyling said work "
     "starts in May.", "The plan was approved. Developer Greyling said work starts in May."),
    ("Le plan a été adopté.Partager sur FacebookPublicitéLa mairie paiera.",
     "Le plan a été adopté. La mairie paiera."),
], ids=["danish", "capitals", "french"])
def test_a_label_glued_to_the_next_sentence_after_a_space_goes(text: str, kept: str) -> None:
    assert clean(text) == kept


# A page's skip link before the headline of flattened text, spaced or glued, and between
# two sentences: (language, link).
SKIP_LINKS = [("en", "Skip to main content"), ("en", "Skip to content"),
              ("de", "Zum Inhalt springen"), ("fr", "Aller au contenu principal"),
              ("es", "Saltar al contenido"), ("it", "Vai al contenuto"),
              ("nl", "Naar de inhoud springen"), ("pt", "Pular para o conteúdo")]


@pytest.mark.parametrize(("lang", "link"), SKIP_LINKS, ids=[s for _, s in SKIP_LINKS])
@pytest.mark.parametrize("join", [" ", ""], ids=["spaced", "glued"])
def test_a_skip_link_before_the_headline_goes(lang: str, link: str, join: str) -> None:
    _goes(lang, link, join, "head", "between")


# A follow prompt that names the site, glued after a paragraph's last sentence in
# flattened text (a space after the stop, or none): (language, prompt). (Where the
# gate lets the text through: a verb the packs' prompts lead on, or other junk in it.)
FOLLOW_TAILS = [
    ("en", "Follow the Harbour Gazette on Facebook and Instagram for the latest news."),
    ("de", "Folgen Sie dem Hafenblatt auf Instagram."),
    ("nl", "Volg de Havenkrant ook op Facebook."),
]


@pytest.mark.parametrize(("lang", "prompt"), FOLLOW_TAILS, ids=[p for _, p in FOLLOW_TAILS])
@pytest.mark.parametrize("join", [" ", ""], ids=["spaced", "glued"])
def test_a_follow_prompt_after_the_last_sentence_goes(lang: str, prompt: str, join: str) -> None:
    _goes(lang, prompt, join, "tail")
    # As the last sentence of a paragraph, too.
    first, second = ARTICLES[lang]
    assert clean(f"{first}{join}{prompt}\n\n{second}") == f"{first}\n\n{second}"


# A follow prompt with a colon, the article's next sentence run on after it: German
# capitalises the noun after an adjective ("Neue Brücke"), which is no new sentence;
# the article starts again at the colon's capitalised word, and keeps its adjective.
@pytest.mark.parametrize(("text", "kept"), [
    ("Der Rat tagte.\n\nFolge uns auf Instagram: Neue Brücke wird gebaut und die Stadt zahlt.",
     "Der Rat tagte.\n\nNeue Brücke wird gebaut und die Stadt zahlt."),
    ("Der Rat tagte. Folgen Sie uns auf X: Die alte Fähre fährt wieder und der Kreis zahlt.",
     "Der Rat tagte. Die alte Fähre fährt wieder und der Kreis zahlt."),
], ids=["line", "flattened"])
def test_the_article_after_a_prompts_colon_keeps_its_first_words(text: str, kept: str) -> None:
    assert clean(text) == kept


# A newsletter box's head with its colon and its tagline on one line: the line goes. In
# flattened text the head and its colon go, and the tagline stays (it may be the
# article's next sentence there).
@pytest.mark.parametrize(("text", "kept"), [
    ("Der Rat tagte.\n\nNewsletter abonnieren: Jeden Montag das Neueste aus dem Hafen.",
     "Der Rat tagte."),
    ("Der Rat tagte. Newsletter abonnieren: Die Fähre fährt ab Mai wieder.",
     "Der Rat tagte. Die Fähre fährt ab Mai wieder."),
    # Two sentences after it: the second may be the article's, the line stays but its head.
    ("Der Rat tagte.\n\nNewsletter abonnieren: Jeden Montag das Neueste. Der Rat tagt wieder.",
     "Der Rat tagte.\n\nJeden Montag das Neueste. Der Rat tagt wieder."),
], ids=["line", "flattened", "two sentences"])
def test_a_box_head_with_its_colon_goes(text: str, kept: str) -> None:
    assert clean(text) == kept


# A newsletter prompt that runs on past the newsletter's name, right after a share bar
# flattened onto its line: the bar goes, and the prompt's sentence with it.
@pytest.mark.parametrize(("text", "kept"), [
    ("Le conseil a voté lundi. Partager sur Facebook Partager sur X Envoyer par e-mail "
     "Abonnez-vous à notre newsletter Le Petit Port pour recevoir l'essentiel de l'actualité.",
     "Le conseil a voté lundi."),
    ("The council voted on Monday. Share on Facebook Sign up for our newsletter Harbour "
     "Weekly for the latest news. The mayor spoke.",
     "The council voted on Monday. The mayor spoke."),
], ids=["french", "english"])
def test_a_named_prompt_after_a_share_bar_goes_with_its_sentence(text: str, kept: str) -> None:
    assert clean(text) == kept
    assert clean(clean(text)) == kept


# Article text that uses the same words, or whose units' ends are unclear: it stays.
KEPT = [
    *UNCLEAR_TRAILS,
    # No home word first: a sentence with arrows.
    "Prices › Wages › Rents Rose again in May, the report said.",
    # A home word that opens prose, with no trail after it.
    "Home sales rose in May. The report came out on Friday.",
    "News › a sentence with lower case items › that goes on",
    # The German noun in prose: with its case after it, or inside a sentence.
    "Der Wirt sprach mit der Polizei. Anzeige gegen Unbekannt wurde erstattet.",
    "Der Wirt erstattete Anzeige. Die Polizei ermittelt.",
    "Die Polizei nahm die Anzeige auf. Sie ermittelt.",
    "Die Stadt schaltete eine Anzeige Ende Mai in der Zeitung.",
    # English's label before a name it may belong to.
    "The campaign paid for it. Advertisement Harbour Lions ran twice was cited by many.",
    # Share requests in prose.
    "Han bad alle om at dele artiklen på Facebook. Byrådet vedtog planen.",
    "Hun sagde: Del artiklen på Facebook, så flere ser den.",
    "Hon bad dem: Dela artikeln på Facebook om ni vill.",
    # Label words that a sentence goes on after.
    "Biljetten kostar 60 kronor. Dela artikeln med dina vänner, sa hon.",
    "Byrådet vedtog planen. Del artiklen med naboen, sagde hun.",
    # A word that only begins with a label.
    "The plan was approved. Advertisements ran for a week.",
    "Der Plan steht. Anzeigenblatt Kurier druckt ihn.",
    # Skip words in prose.
    "The app lets readers skip to content they like. Skip to content you like, it says.",
    "Die Leser sollen direkt zum Inhalt springen können, sagte sie.",
    # A follow sentence with more of the paragraph after it: the article's own.
    "The club won on Sunday. Follow the team on Instagram. Its coach posts there daily.",
    # Quoted, reported, or no network after a [via] word.
    'The mayor spoke on Monday. "Follow us on Instagram," she urged.',
    "The mayor spoke on Monday. Follow the money: Facebook spent most on ads.",
    "The mayor spoke at length on Monday. Follow the club on Instagram, she told fans.",
    # The next block glued on in the same sentence: the article goes on.
    "De brug is open.Volg de Havenkrant ook op Instagram en FacebookWethouder Jan Smit "
    "opende de brug met de kinderen.",
    # An abbreviation's stop.
    "The rules came from the U.S. Follow the Gazette on Instagram.",
]


@pytest.mark.parametrize("text", KEPT, ids=repr)
def test_article_text_stays(text: str) -> None:
    assert promo(text) == text
