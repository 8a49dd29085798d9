"""The round-22 review of the trailers cleaner: article text the round's
rules took, and now leave.

- "<headline> first appeared on <site>." stays: the rule that took it as a feed's footer
  was narrowed after this review, then reverted after a second one (a slogan's or a
  quote's headline). A sentence that names the headline ("Islanders said the phrase <headline> first
  appeared on Facebook.", "In 1969 <headline> …", "Photo: <headline> …") and the name of
  a show, a book or a slogan ("The Phantom of the Opera first appeared on Broadway.")
  stay;
- a French-spaced "?" glued to the next capital after a linked title ends the title
  before a question of the article's own ("… de retard Pourquoi a-t-il fallu si
  longtemps ?Le maire …"): the question stays;

The review's cases are kept as they were written; the others are written for these tests.
"""

from __future__ import annotations

import pytest

from cleantext.cleaners.trailers import trailers

FERRY = "Night ferry returns to the island after a year"

# --- "<headline> first appeared on <site>." ----------------------------------------------


@pytest.mark.parametrize("text", [
    # A sentence that names the headline: its words before the title are no widget's.
    f"{FERRY}\n\nThe night ferry sailed again on Friday. Islanders said the phrase {FERRY} "
    "first appeared on Facebook.",
    f"{FERRY}\n\nThe night ferry sailed again on Friday. On Monday the notice {FERRY} first "
    "appeared on Harbour Radio.",
    "The Very Hungry Caterpillar\n\nEric Carle's book turns 55 this year. Children still "
    "love it. In 1969 The Very Hungry Caterpillar first appeared on World Publishing.",
    "Ice Bucket Challenge ten years on\n\nThe craze raised millions.\n\nThe Ice Bucket "
    "Challenge ten years on first appeared on Facebook.",
    f"{FERRY}\n\nThe night ferry sailed again on Friday.\n\nPhoto: {FERRY} first appeared on "
    "Harbour Notes.",
    f"{FERRY} The ferry sailed on Friday. Locals say {FERRY} first appeared on Harbour Notes.",
    # The name of a show, a book or a slogan, in Title Case: where it first appeared.
    "The Phantom of the Opera\n\nAndrew Lloyd Webber's musical closes after 35 years.\n\n"
    "The Phantom of the Opera first appeared on Broadway.",
    "The Great British Bake Off\n\nThe show returns next week with twelve new bakers.\n\n"
    "The Great British Bake Off first appeared on BBC Two.",
    "Only Murders in the Building\n\nSeason five arrives next month.\n\nOnly Murders in the "
    "Building first appeared on Hulu.",
    "Doctor Who and the Daleks\n\nThe serial is 60 years old. Doctor Who and the Daleks "
    "first appeared on BBC One.",
    "Who Wants to Be a Millionaire\n\nThe quiz returns. Who Wants to Be a Millionaire first "
    "appeared on ITV.",
    "The Lord of the Rings\n\nTolkien's epic is 70 this year. The Lord of the Rings first "
    "appeared on Allen & Unwin's list.",
    "We Will Rebuild This Town\n\nThe mayor's words became a slogan within days. We Will "
    "Rebuild This Town first appeared on Instagram.",
    "The Hitchhiker's Guide to the Galaxy Douglas Adams's story began as a radio serial. "
    "The Hitchhiker's Guide to the Galaxy first appeared on BBC Radio 4.",
    "Only Murders in the BuildingSeason five arrives next month.Only Murders in the "
    "Building first appeared on Hulu.",
    "A Song for the Harbour Walls\n\nThe choir sang it at the reopening.\n\nA Song for the "
    "Harbour Walls first appeared on Radio Kernow.",
    # Five words or fewer in sentence case, a slogan or a short headline: prose repeats
    # a short phrase as it is, so it stays even where it may be a footer.
    "Keep calm and carry on\n\nThe poster sold for £20,000 at auction.\n\nKeep calm and "
    "carry on first appeared on Etsy.",
    "Ferry fares rise again\n\nA return ticket now costs £18.\n\nFerry fares rise again "
    "first appeared on Harbour Notes.",
    # Sentence case, but a sentence's subject in a paragraph that keeps its lines.
    f"{FERRY}\n\nThe night ferry sailed again on Friday. {FERRY} first appeared on Harbour "
    "Notes.",
])
def test_a_sentence_or_a_name_before_first_appeared_on_stays(text: str) -> None:
    assert trailers(text) == text


# --- a French-spaced "?" after a title, before the article's own question ---------------


@pytest.mark.parametrize(("text", "want"), [
    ("Le budget du port est voté. Lire aussi : Le budget du port adopté après des mois de "
     "retard Pourquoi a-t-il fallu si longtemps ?Le maire accuse les auditeurs du retard.",
     "Le budget du port est voté. Pourquoi a-t-il fallu si longtemps ?Le maire accuse les "
     "auditeurs du retard."),
    ("The harbour budget was approved. Read more: Harbour budget approved after long delay "
     "Why did it take so long ?The mayor blamed the auditors for the wait.",
     "The harbour budget was approved. Why did it take so long ?The mayor blamed the "
     "auditors for the wait."),
    ("Le quai est fermé. Lire aussi : Le quai des pêcheurs fermé pour travaux Qui va payer "
     "la facture ?La mairie promet une réponse avant la fin du mois.",
     "Le quai est fermé. Qui va payer la facture ?La mairie promet une réponse avant la fin "
     "du mois."),
])
def test_the_article_s_question_after_a_title_stays(text: str, want: str) -> None:
    assert trailers(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # The title's own question (its first word asks): it goes with its mark, as before.
    ("Le câble est usé. Lire aussi : Qui va payer la facture ?Le maire répond demain aux "
     "habitants du quartier.",
     "Le câble est usé. Le maire répond demain aux habitants du quartier."),
    ("Le câble est usé. Lire aussi : Stations de ski : la saison démarrera-t-elle à "
     "l'heure ?La neige manque encore sur les pistes de la vallée.",
     "Le câble est usé. La neige manque encore sur les pistes de la vallée."),
])
def test_a_title_that_asks_still_ends_at_its_mark(text: str, want: str) -> None:
    assert trailers(text) == want
