"""The promo cleaner, round 17: a widget's label that article prose quotes stays, in
every quotation style the packs' languages print.

The wordings are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.promo import promo

# --- a label quoted in a sentence ------------------------------------------------------

# (opening, closing) marks: English, German and Dutch low-high, French guillemets with
# their spaces and without, German and Danish reversed guillemets, Swedish and Finnish
# high marks, straight and single ones.
QUOTES = [("“", "”"), ("„", "“"), ("„", "”"), ("« ", " »"), ("«", "»"),
          ("\u00ab\u00a0", "\u00a0\u00bb"), ("»", "«"), ("”", "”"), ('"', '"'), ("‘", "’")]

QUOTED_LABELS = [
    # (the sentence, with {q} where the quoted label goes; the label)
    ("La rédaction a ajouté un bouton {q} au bas de chaque page du site.", "Faire un don"),
    ("La rédaction a ajouté un bouton {q}. Peu de lecteurs l'utilisent.", "Faire un don"),
    ("Le site affiche désormais {q} sous chaque article publié.", "Copier le lien"),
    ("Every story now ends with a box reading {q}, the editor said.", "Sign up for our newsletter"),
    ("Readers complained about the {q} banner above each story.", "Advertisement"),
    ("The new app puts a large {q} button at the top of the page.", "Listen to this article"),
    ("Über jedem Text steht seit Mai der Hinweis {q}. Leser beschwerten sich.", "Anzeige"),
    ("Die Zeitung hat unter jedem Artikel einen Knopf {q} eingebaut.", "Artikel teilen"),
    ("El diario incluye ahora un botón {q} al final de cada noticia.", "Hazte socio"),
    ("Il giornale mostra la scritta {q} sopra ogni articolo.", "Pubblicità"),
    ("De krant zette een knop {q} onder elk artikel op de site.", "Deel dit artikel"),
    ("Tidningen har lagt till en knapp med texten {q} under varje artikel.", "Kopiera länk"),
]


@pytest.mark.parametrize(("opening", "closing"), QUOTES)
@pytest.mark.parametrize(("sentence", "label"), QUOTED_LABELS)
def test_a_label_quoted_in_a_sentence_stays(sentence: str, label: str, opening: str,
                                            closing: str) -> None:
    text = sentence.format(q=f"{opening}{label}{closing}")
    assert promo(text) == text
    # Between two paragraphs and flattened between two sentences, too.
    first, second = ARTICLES["en"]
    assert promo(f"{first}\n\n{text}\n\n{second}") == f"{first}\n\n{text}\n\n{second}"
    assert promo(f"{first} {text} {second}") == f"{first} {text} {second}"


@pytest.mark.parametrize("text", [
    "Le journal affiche « Soutenez-nous ! » en dernière page depuis lundi.",
    "The box reads “Donate now!” and sits below every story.",
    "Das Banner „Jetzt spenden!“ erscheint unter jedem Artikel.",
])
def test_a_quoted_label_with_its_own_mark_stays(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize("text", [
    # A newsletter box named by its words in an article's short paragraph: the reader
    # words are the box's, quoted, not the sentence's own.
    "The paper added a button reading “Get our daily newsletter” to its pages in May.",
    "Le site a ajouté un encadré « Recevez notre newsletter » à ses pages en mai.",
    "De krant plaatste een knop ‘Ontvang onze nieuwsbrief’ op elke pagina.",
])
def test_a_quoted_pitch_in_a_short_paragraph_stays(text: str) -> None:
    first, second = ARTICLES["en"]
    assert promo(f"{first}\n\n{text}\n\n{second}") == f"{first}\n\n{text}\n\n{second}"


@pytest.mark.parametrize(("text", "kept"), [
    # Marks that close one quotation and open the next are no quotation of the label.
    ('"We will rebuild," she said. Advertisement "The work starts in May," he added.',
     '"We will rebuild," she said. "The work starts in May," he added.'),
    ("« Nous reconstruirons », a-t-elle dit. Publicité « Les travaux commencent en mai », "
     "a-t-il ajouté.",
     "« Nous reconstruirons », a-t-elle dit. « Les travaux commencent en mai », "
     "a-t-il ajouté."),
    ("“We will rebuild,” she said.\n\nAdvertisement\n\n“The work starts in May,” he added.",
     "“We will rebuild,” she said.\n\n“The work starts in May,” he added."),
])
def test_a_label_between_two_quotations_goes(text: str, kept: str) -> None:
    assert clean(text) == kept


# --- a reader-support appeal by the site ---------------------------------------------

SUPPORT_APPEALS = [
    ("en", "Thank you for reading. The Harbour Post is free for everyone, and we mean to "
           "keep it that way. If you can, please consider making a small monthly "
           "donation. Every gift helps us cover the town hall."),
    ("en", "Thanks for reading! The Valley Echo costs nothing to read. Please consider "
           "a one-off contribution to keep our newsroom open."),
    ("fr", "Vous appréciez nos articles ? Aidez une rédaction locale et libre : faites un "
           "don, dès 3 euros."),
    ("fr", "Merci de nous lire. Le Courrier du Val reste gratuit grâce à vous."),
    ("de", "Ihnen gefällt unser Journalismus? Unterstützen Sie uns mit einer Spende."),
    ("es", "¿Te gusta nuestro periodismo? Apóyanos con una pequeña aportación."),
    ("it", "Ti piace il nostro giornalismo? Sostienici con una donazione."),
    ("nl", "Waardeer je onze journalistiek? Steun ons met een kleine bijdrage."),
    ("pt", "Gosta do nosso jornalismo? Apoie-nos com um pequeno contributo."),
    ("en", "Please support our journalism. Local news costs money to make. Click here to "
           "donate."),
    ("en", "If this story helped you make sense of the budget, please chip in. Any gift "
           "keeps our reporting free."),
]


@pytest.mark.parametrize(("lang", "appeal"), SUPPORT_APPEALS)
def test_a_reader_support_appeal_goes(lang: str, appeal: str) -> None:
    first, second = ARTICLES[lang]
    # A paragraph between two, at the end, and flattened between or after sentences.
    assert clean(f"{first}\n\n{appeal}\n\n{second}") == f"{first}\n\n{second}"
    assert clean(f"{first}\n\n{second}\n\n{appeal}") == f"{first}\n\n{second}"
    assert clean(f"{first} {appeal} {second}") == f"{first} {second}"
    assert clean(f"{first} {second} {appeal}") == f"{first} {second}"


# Glued with no space, where the stop before it starts a sentence. (Not yet: Spanish's
# "¿" glued after a stop, and Italian's "…donazione.I lavori …", where the sentence
# split finds no new sentence after the appeal.)
@pytest.mark.parametrize(("lang", "appeal"),
                         [(lang, a) for lang, a in SUPPORT_APPEALS if lang not in ("es", "it")])
def test_a_glued_reader_support_appeal_goes(lang: str, appeal: str) -> None:
    first, second = ARTICLES[lang]
    assert clean(f"{first}{appeal}{second}") == f"{first} {second}"


@pytest.mark.parametrize("text", [
    # Thanks that go on as a sentence, quoted from a last edition or reported.
    'The final issue closed with a line from its editor: "Thank you for reading, and '
    'farewell."',
    '"Thank you for reading," the editor wrote in her final column. The paper shut in May.',
    "Thanks for reading this far, the letter said, before asking for a refund.",
    # The site's ask as someone's words: quoted, or with its speaker.
    '"Please support our work," the hospice wrote in a letter to its neighbours.',
    "Please support our work, the charity told donors as its costs rose.",
    # A charity's appeal that the article reports, and a donation it tells of.
    "The hospice asked residents to donate blankets. Its shelter opens on Monday.",
    "Le club a reçu un don de 500 euros. Il remercie les donateurs.",
])
def test_thanks_and_donations_in_article_prose_stay(text: str) -> None:
    assert clean(text) == text


# Flattened text: the article's next sentence after an appeal stays. The site's name
# opening the appeal's next sentence ("The Harbour Post is …") is no button glued to
# it; "rendez-vous" is a noun, not the appeal's "vous"; a sentence about contributions
# or donations that asks nothing of the reader is the article's; so is one that opens
# with an elided word.
AFTER_APPEALS = [
    ("en", "Thank you for reading. The Harbour Post is free for everyone. Please consider "
           "a donation.",
     "The mayor said the bridge would open in June. Traffic will be diverted through the "
     "old town until then."),
    ("fr", "Vous aimez nos articles ? Aidez une rédaction libre : faites un don, dès 3 euros.",
     "Les commerçants, eux, étaient au rendez-vous dès six heures du matin. Le marché "
     "rouvrira samedi prochain."),
    ("en", "Like what you read? Our reporting is free for everyone. Please consider a "
           "contribution to keep it that way.",
     "The committee will consider contributions from local businesses when it meets in "
     "June."),
    ("en", "Like what you read? Our reporting is free for everyone. Please consider a "
           "contribution to keep it that way.",
     "Organisers asked residents to please bring donations of tinned food to the town "
     "hall on Saturday."),
    ("fr", "Vous aimez nos articles ? Soutenez une information locale et indépendante : "
           "faites un don, même de 5 euros.",
     "L'association des commerçants a annoncé mardi la fin des travaux de la place."),
]


@pytest.mark.parametrize(("lang", "appeal", "later"), AFTER_APPEALS,
                         ids=["site-name", "rendez-vous", "contributions", "please-bring",
                              "elided"])
def test_the_article_after_an_appeal_stays(lang: str, appeal: str, later: str) -> None:
    first = ARTICLES[lang][0]
    assert clean(f"{first} {appeal} {later}") == f"{first} {later}"


# A support appeal's question that the article quotes, its sentence going on in lower
# case after the mark: a banner or a poster the story reports, not the site's box.
@pytest.mark.parametrize("sentence", [
    "Vous aimez nos articles ? demandait la banderole du journal lycéen dans le hall.",
    "¿Te gusta nuestro periodismo? preguntaba el cartel del periódico escolar.",
    "Ihnen gefällt unser Journalismus? fragte das Plakat der Schülerzeitung im Flur.",
    "Ti piace il nostro giornalismo? chiedeva lo striscione appeso nell'atrio.",
])
def test_a_support_question_the_article_reports_stays(sentence: str) -> None:
    first = ARTICLES["en"][0]
    for text in (f"{first}\n\n{sentence}\n\n{first}", f"{first} {sentence} {first}"):
        assert clean(text) == text


# --- a live blog's furniture ------------------------------------------------------------

LIVE_FURNITURE = ["Key events", "Show key events only", "Pinned post", "Copied"]


@pytest.mark.parametrize("label", LIVE_FURNITURE)
def test_a_live_blog_s_furniture_line_goes(label: str) -> None:
    first, second = ARTICLES["en"]
    assert clean(f"{first}\n\n{label}\n\n{second}") == f"{first}\n\n{second}"
    assert clean(f"{label}\n\n{first}\n\n{second}") == f"{first}\n\n{second}"


def test_a_live_post_s_copy_buttons_go() -> None:
    text = ("09.12 GMT\nThe ferry left on time.\n\nCopied\nCopy link\n\n"
            "08.50 GMT\nThe harbour opened at dawn.")
    assert clean(text) == ("09.12 GMT\nThe ferry left on time.\n\n"
                           "08.50 GMT\nThe harbour opened at dawn.")


@pytest.mark.parametrize("text", [
    "Key events in the dispute are listed in a timeline below.",
    "The letter was copied to every member of the board.",
    "Key events\u2014the flood, the fire and the strike\u2014shaped the town's decade.",
])
def test_the_furniture_s_words_in_prose_stay(text: str) -> None:
    first = ARTICLES["en"][0]
    assert clean(f"{first}\n\n{text}") == f"{first}\n\n{text}"


# --- a support box's teaser glued after the last sentence ------------------------------

def test_a_glued_teaser_question_at_the_end_goes() -> None:
    first, second = ARTICLES["en"]
    assert clean(f"{first} {second}Enjoyed this?") == f"{first} {second}"
    assert clean(f"{first}\n\n{second}\n\nEnjoyed this?") == f"{first}\n\n{second}"


@pytest.mark.parametrize("text", [
    "Enjoyed this? Tell us what you would like us to cover next.",
    "Fans asked whether the players had enjoyed this? Not one of them said no.",
])
def test_the_teaser_s_words_that_go_on_stay(text: str) -> None:
    first = ARTICLES["en"][0]
    assert promo(f"{first} {text}") == f"{first} {text}"


# --- a podcast player's links to the apps -----------------------------------------------

@pytest.mark.parametrize("line", [
    "Subscribe on Apple Podcasts | Spotify | wherever you get your podcasts",
    "Follow on Spotify · Apple Podcasts",
    "Subscribe wherever you get your podcasts",
    "Listen wherever you get your podcasts.",
])
def test_a_podcast_player_s_app_links_go(line: str) -> None:
    first, second = ARTICLES["en"]
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"
    player = f"🎧 Listen to this episode of Harbour Talk\n{line}"
    assert clean(f"{first}\n\n{player}\n\n{second}") == f"{first}\n\n{second}"


@pytest.mark.parametrize("text", [
    "Subscribe on Spotify and you still hear the adverts, critics said.",
    "Listen wherever you get your podcasts, the station told its listeners on Monday.",
])
def test_podcast_app_words_reported_stay(text: str) -> None:
    first = ARTICLES["en"][0]
    assert clean(f"{first}\n\n{text}") == f"{first}\n\n{text}"


# --- Spanish and Portuguese ad labels between sentences ---------------------------------

@pytest.mark.parametrize(("first", "label", "second"), [
    ("El lote se vendió el sábado.", "Anuncio", "La cooperativa cultiva café en la sierra."),
    ("A câmara reuniu-se ontem.", "Anúncio", "O presidente disse que as obras começam já."),
])
def test_an_ad_label_between_flattened_sentences_goes(first: str, label: str,
                                                       second: str) -> None:
    assert clean(f"{first} {label} {second}") == f"{first} {second}"


@pytest.mark.parametrize("text", [
    "El lote se vendió ayer. Anuncio Oficial de la alcaldía sobre el cierre del mercado.",
    "El lote se vendió ayer. Anuncio publicado por la alcaldía el lunes pasado.",
    "El lote se vendió ayer. Anuncio Navarro Ruiz dijo que no volverá.",
])
def test_the_ad_word_as_a_name_or_in_a_sentence_stays(text: str) -> None:
    assert clean(text) == text


# --- a sponsored-links box whose heading and credit share a line ------------------------

BOX_HEADS = ["Sponsored content • Promoted links", "Sponsored Stories · Sponsored Links",
             "You may like • Promoted links"]
TITLES = ["The one trick every gardener is using this winter",
          "Why pensioners are rushing to buy this heater"]


@pytest.mark.parametrize("head", BOX_HEADS)
def test_a_box_s_titles_that_end_the_text_go(head: str) -> None:
    first, second = ARTICLES["en"]
    kept = f"{first}\n\n{second}"
    assert clean(f"{kept}\n\n{head}\n" + "\n".join(TITLES)) == kept
    assert clean(f"{kept}\n\n{head}\n{TITLES[0]}") == kept


@pytest.mark.parametrize("head", BOX_HEADS)
def test_lines_under_the_box_that_may_be_the_article_s_stay(head: str) -> None:
    first, second = ARTICLES["en"]
    # Text after the box: its lines may be the article's next paragraph.
    text = f"{first}\n\n{head}\n{TITLES[0]}\n\n{second}"
    assert TITLES[0] in clean(text)
    # A sentence with its stop under the heading.
    text = f"{first}\n\n{head}\n{second}"
    assert second in clean(text)


@pytest.mark.parametrize(("text", "kept"), [
    # Flattened: the toast with its button between two posts, the filter with its
    # button after the headline, the reuse link at the end.
    ("The ferry left on time. Copied Copy link 08.50 GMT The harbour opened at dawn.",
     "The ferry left on time. 08.50 GMT The harbour opened at dawn."),
    ("Ferry strike live Key events Show key events only The ferry left on time.",
     "Ferry strike live The ferry left on time."),
    ("The ferry left on time. The harbour opened at dawn. Reuse this content",
     "The ferry left on time. The harbour opened at dawn."),
])
def test_a_live_blog_s_furniture_flattened_goes(text: str, kept: str) -> None:
    assert clean(text) == kept


@pytest.mark.parametrize("text", [
    "Critics said the agency should reuse this content in its own bulletins.",
    "The designer copied Copy link buttons from a rival site, the court heard.",
])
def test_the_flattened_furniture_s_words_in_prose_stay(text: str) -> None:
    assert clean(text) == text


# --- a sign-up box flattened after its prompt -------------------------------------------

@pytest.mark.parametrize("box", [
    "Sign up to our newsletter The best of Harbour news, every morning. Subscribe By "
    "signing up you agree to our Terms and Privacy Policy.",
    "Sign up for our newsletter Our weekly roundup of the stories that matter. Sign Up "
    "By subscribing, you agree to our Privacy Policy.",
])
def test_a_flattened_sign_up_box_goes_whole(box: str) -> None:
    first, second = ARTICLES["en"]
    assert clean(f"{first} {box} {second}") == f"{first} {second}"
    assert clean(f"{first} {second} {box}") == f"{first} {second}"


@pytest.mark.parametrize("after", [
    # An article sentence after the prompt, with no button before the consent line.
    "Officials said work on the bridge would begin in the spring. By signing up you agree "
    "to our Terms.",
    # One that says nothing of a letter, before a button and a consent line.
    "Officials said work on the bridge would begin in the spring. Subscribe By signing up "
    "you agree to our Terms.",
])
def test_an_article_sentence_after_a_sign_up_prompt_stays(after: str) -> None:
    first = ARTICLES["en"][0]
    assert "Officials said work on the bridge" in clean(
        f"{first} Sign up to our newsletter {after}")


# --- a label glued after a quotation that closes the article's last sentence ------------

@pytest.mark.parametrize(("text", "kept"), [
    ('The council met. "We pay it."Share this articleFacebookXWhatsAppEmailCopy link',
     'The council met. "We pay it."'),
    ('The council met. "We pay it."AdvertisementThe vote was close.',
     'The council met. "We pay it." The vote was close.'),
    ("Der Rat tagte. „Es ist vorbei.“AnzeigeDer Bürgermeister ging.",
     "Der Rat tagte. „Es ist vorbei.“ Der Bürgermeister ging."),
])
def test_a_label_glued_after_a_closing_quotation_goes(text: str, kept: str) -> None:
    assert clean(text) == kept


@pytest.mark.parametrize("text", [
    # A quotation that opens after the stop, glued, and names the label.
    'It was noon."Advertisement" was the only word on the page.',
    "It was noon.“Advertisement” was the only word on the page.",
    "Es war Mittag.»Anzeige« stand über dem Text.",
    'The council met."Share this article," the banner said.',
])
def test_a_label_quoted_after_a_glued_stop_stays(text: str) -> None:
    assert clean(text) == text


# --- an ad label flattened onto a newsletter box's heading ------------------------------

def test_an_ad_label_over_a_flattened_newsletter_box_goes_with_it() -> None:
    first, second = ARTICLES["fr"]
    box = ("Publicité Newsletter Côte Sud Chaque matin, l'essentiel de l'actualité de "
           "votre ville. Je m'inscris")
    assert clean(f"{first} {second} {box}") == f"{first} {second}"
    assert clean(f"{first} {box} {second}") == f"{first} {second}"


def test_an_ad_label_before_an_article_sentence_naming_a_newsletter_stays() -> None:
    # No box button after it: the sentence is the article's.
    first = ARTICLES["fr"][0]
    text = f"{first} Publicité Newsletter : le journal en lance une nouvelle chaque mois."
    assert "le journal en lance une nouvelle" in clean(text)


# --- a review of the round's appeals: what they must not take --------------------------

@pytest.mark.parametrize("phrase", [
    "Comments are moderated", "We welcome your comments", "If you value our work",
    "Please support our journalism"])
def test_a_notice_phrase_with_no_stop_before_a_capital_does_not_crash(phrase: str) -> None:
    # Flattened: the phrase, then the article's next sentence. An empty "button" between
    # them raised IndexError inside the cleaner.
    text = f"Residents were angry. {phrase} The council said it would respond."
    assert clean(text).startswith("Residents were angry.")
    assert clean(text).endswith("The council said it would respond.")


@pytest.mark.parametrize("sentence", [
    # Quoted: the article reports the site's or the banner's words.
    "« Vous aimez nos articles ? Faites un don », affiche depuis lundi le site du "
    "quotidien, qui cherche 5 000 donateurs.",
    "« Vous aimez notre travail ? Soutenez-nous », lit-on sur la banderole accrochée "
    "devant le théâtre municipal.",
    # Attributed with a verb of saying.
    "Please support our journalism by subscribing, urges a banner now displayed on every "
    "article of the Herald's website.",
    "If you value our journalism, you should pay for it, the paper's publisher argued in "
    "a speech on Thursday.",
    # What a story did for its readers, in the article's voice.
    "If this story helped you, it helped thousands of others too: the clinic says calls "
    "rose by 40 per cent after it aired.",
    "If you found this story useful, you are not alone: the piece has been shared more "
    "than 20,000 times since Monday.",
])
def test_an_appeal_the_article_reports_stays(sentence: str) -> None:
    first, second = ARTICLES["en"]
    for text in (f"{first}\n\n{sentence}\n\n{second}", f"{first} {sentence} {second}",
                 f"{first}\n\n{sentence}"):
        assert clean(text) == text


def test_a_sentence_the_article_attributes_ends_a_notice() -> None:
    # A sign-off the article quotes: the thanks goes as the site's (a notice of one
    # sentence), the attributed sentence after it is the story's, though it addresses
    # the reader.
    first = ARTICLES["fr"][0]
    said = ("L'équipe de la rédaction vous donne rendez-vous en septembre, a écrit le "
            "directeur.")
    for sep in ("\n\n", " "):
        assert clean(f"{first}{sep}Merci de votre lecture. {said}") == f"{first}{sep}{said}"
