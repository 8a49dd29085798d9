"""The promo cleaner, round 22's review: article text that the round's rules took, and
which stays now.

- an ad break glued inside a sentence (``_glued_inside``) is looked for only as an ad
  break that ends on its ad's noun, so a widget label's words that open a glued line
  ("Download the application form", "Join the conversations") and a break whose last
  word runs on into a longer one ("… after the adjournment") stay;
- a toolbar (``_toolbars``) needs a tool's word and a set of font-size buttons, so a
  rating's or a grade table's row ("Fitch  A+  A  A-", "Maths  A  A  A") stays;
- Dutch "Voorlezen" is no label: a subhead of nothing else stays;
- a player's duration glued to the line under its label (``_glued_duration``) is
  minutes only, never a live blog's clock ("12:30Uhr: …") nor a capital "Min".

Each input has another unit (a follow line) so that the finder's later scans run; the
expected text is the input without that unit.
"""

from __future__ import annotations

import pytest

from cleantext import clean
from cleantext.cleaners.promo import _finder, _gating, _rules, _Wording

P = "Follow us on Facebook\n\n"

# (input, what stays): runs of spaces in what stays are made one by the whitespace
# cleaner.
KEPT = [
    # A label of an inline widget, glued after a line's last word: not an ad break.
    (P + "What tenants can doDownload the application form from the council websiteSend "
     "it before 1 March.",
     "What tenants can doDownload the application form from the council websiteSend it "
     "before 1 March."),
    (P + "How to applyGet the application in by FridayThe council will reply within a "
     "month.",
     "How to applyGet the application in by FridayThe council will reply within a month."),
    (P + "Our reporters explainJoin the conversations happening in town halls across the "
     "state.",
     "Our reporters explainJoin the conversations happening in town halls across the "
     "state."),
    (P + "Key datesSign up for the newsletters of both candidates, the campaign said.",
     "Key datesSign up for the newsletters of both candidates, the campaign said."),
    (P + "The museum's new wingSkip to contents of the exhibition, the guide said.",
     "The museum's new wingSkip to contents of the exhibition, the guide said."),
    (P + "Newsroom notesEmail a friendly reminder to your MP, the group urged.",
     "Newsroom notesEmail a friendly reminder to your MP, the group urged."),
    (P + "The board said it wouldContinue reading after the adjournment, the chair said.",
     "The board said it wouldContinue reading after the adjournment, the chair said."),
    ("Suivez-nous sur Facebook\n\nLes conseils du notaireFaire un donation à ses enfants "
     "reste possible.",
     "Les conseils du notaireFaire un donation à ses enfants reste possible."),
    ("Seguici su Facebook\n\nCome funzionaVai al contenuto principalemente del sito.",
     "Come funzionaVai al contenuto principalemente del sito."),
    # A rating's or a grade table's row: letters parted by runs of spaces, no tool.
    (P + "Ratings at a glance\n\nAgency  Old  New\nFitch  A+  A  A-\nMoody's  A1  A2\n\n"
     "The council said its borrowing costs would rise.",
     "Ratings at a glance\n\nAgency Old New\nFitch A+ A A-\nMoody's A1 A2\n\n"
     "The council said its borrowing costs would rise."),
    (P + "Bond ratings\nIssuer  S&P  Fitch\nCity of Leeds  A+  A\nCounty  A  A-  A\n\n"
     "The county said.",
     "Bond ratings\nIssuer S&P Fitch\nCity of Leeds A+ A\nCounty A A- A\n\nThe county said."),
    (P + "Ratings at a glance Fitch  A+  A  A- Moody's  A1  A2 The council said its costs "
     "would rise.",
     "Ratings at a glance Fitch A+ A A- Moody's A1 A2 The council said its costs would "
     "rise."),
    (P + "Results\n\nMaths  A  A  A\nEnglish  A  B  A\n\nThe school said results improved.",
     "Results\n\nMaths A A A\nEnglish A B A\n\nThe school said results improved."),
    ("Folgen Sie uns auf Facebook\n\nNoten\nMathe  A  A  A\nDeutsch  B  A  A\n"
     "Die Schule meldet bessere Ergebnisse.",
     "Noten\nMathe A A A\nDeutsch B A A\nDie Schule meldet bessere Ergebnisse."),
    (P + "Grades: A  A  A  for the three essays, the teacher said.",
     "Grades: A A A for the three essays, the teacher said."),
    # A tool's word, but no font-size set: two plain "A"s with no size label.
    (P + "Class  Share  A  A\nRevenue rose.", "Class Share A A\nRevenue rose."),
    # "Voorlezen" as a subhead.
    ("Kinderboeken\nVoorlezen\nOuders die elke avond voorlezen, zien hun kinderen sneller "
     "leren lezen.",
     "Kinderboeken\nVoorlezen\nOuders die elke avond voorlezen, zien hun kinderen sneller "
     "leren lezen."),
    ("Tips voor ouders\n\nVoorlezen\n\nLees elke dag een kwartier samen.\n\nZingen\n\n"
     "Zing liedjes mee.",
     "Tips voor ouders\n\nVoorlezen\n\nLees elke dag een kwartier samen.\n\nZingen\n\n"
     "Zing liedjes mee."),
    # A live blog's entry time glued to its headline under a player's label.
    ("Listen to this article\n12:30Uhr: Polizei sperrt Brücke\n\nDie Polizei hat die "
     "Brücke gesperrt.",
     "12:30Uhr: Polizei sperrt Brücke\n\nDie Polizei hat die Brücke gesperrt."),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_the_article_text_stays(text: str, kept: str) -> None:
    assert clean(text) == kept


def test_a_capital_min_glued_to_a_name_stays() -> None:
    out = clean(P + "Play video\n90 MinPlaner für Familien\n\nDer Stadtrat hat getagt.")
    assert "90 MinPlaner für Familien" in out


# A share word, a [via] word and a network's name, where the finder takes the run (as a
# line's words after another word, or in capitals glued to a word): the gate lets the
# text through, or the finder would never see it (a property of the gate: see
# test_promo's test_any_mix_of_phrases_and_prose_scans_the_same).
SHARE_VIA = [
    "THIS STORY ISCLIQUE PARA PARTILHAR NO TWITTER(ABRE NUMA NOVA JANELA)",
    "x PARTILHAR NO WHATSAPP",
    "Rain fell. Dela på Telegram",
    "x Partilhar no Twitter",
]


@pytest.mark.parametrize("text", SHARE_VIA)
def test_the_gate_lets_through_a_share_run_with_a_via_word(text: str) -> None:
    rules = _rules(_Wording())
    assert _finder._find(rules, text)
    assert _gating._gate(rules, text)
