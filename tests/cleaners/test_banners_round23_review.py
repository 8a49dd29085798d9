"""Banners, round 23's review: the round's regional wordings (a meter's count, a box's
plainest heading, a trial offer with its price) are a wall's only as a line or sentence
of their own (the packs' ``[alone]`` section). An article that cites one and goes on
after it (a dash, a comma, more words), or puts words of its own before it, keeps the
sentence, alone, as a paragraph, flattened, and as the paragraph next to a consent
dialog. All text here is written for these tests.
"""

from __future__ import annotations

import pytest

from cleantext import clean

SV1 = "Kommunfullmäktige i Umeå beslutade på måndagen att bygga en ny simhall."
SV2 = "Bygget väntas starta i höst och kosta drygt 300 miljoner kronor."
SVW = "Vi använder cookies för att ge dig en bättre upplevelse.\nAcceptera alla"
DA1 = "Byrådet i Aarhus vedtog mandag at bygge en ny svømmehal ved havnen."
DAW = "Vi bruger cookies for at give dig den bedste oplevelse.\nAccepter alle"
NB1 = "Bystyret i Bergen vedtok mandag å bygge en ny svømmehall på Sandviken."
NBW = "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.\nGodta alle"
PL1 = "Rada miasta w Gdańsku zdecydowała w poniedziałek o budowie nowego basenu."
PLW = "Ta strona korzysta z plików cookie, aby świadczyć usługi na najwyższym poziomie.\nAkceptuję"
CS1 = "Zastupitelé Olomouce v pondělí schválili stavbu nového krytého bazénu."
CSW = "Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti.\nPřijmout vše"
RO1 = "Consiliul local din Brașov a aprobat luni construcția unui nou bazin de înot."
ROW = "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.\nAcceptă toate"
HU1 = "A debreceni közgyűlés hétfőn döntött egy új uszoda építéséről."
HUW = "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.\nElfogadom"
FI1 = "Tampereen kaupunginvaltuusto päätti maanantaina rakentaa uuden uimahallin."
FIW = "Käytämme evästeitä parantaaksemme käyttökokemustasi.\nHyväksy kaikki"

# Sentences that hold a wording of the round and go on after it, or open with words of
# their own: they stay as they are wherever they stand.
CITED = [
    # a Swedish heading's plan name as the head of a compound, a sentence that goes on
    "Den här artikeln ingår i Plus-serien om skolan.",
    "Den här artikeln ingår i Premium-serien om bostadsmarknaden.",
    "Den här artikeln ingår i Plus-satsningen Sverige granskar.",
    "Den här artikeln är för prenumeranter en av de mest lästa i år.",
    # meters' counts cited before a dash, a comma, an unlisted verb or more words
    "Zostały Ci 2 darmowe artykuły – taki komunikat zobaczą czytelnicy serwisu.",
    "Zbývají vám 2 články zdarma – takové upozornění uvidí čtenáři webu od pondělí.",
    "Zbývají vám 3 články zdarma, oznámí web čtenáři, který vyčerpá limit.",
    "Mai ai 2 articole gratuite – acesta este mesajul pe care îl vor vedea cititorii.",
    "Még 2 ingyenes cikket olvashat el – ezt az üzenetet látják majd az olvasók.",
    "Sinulla on 2 maksutonta artikkelia jäljellä – tällaisen ilmoituksen lukijat "
    "näkevät jatkossa.",
    "Masz jeszcze 2 darmowe artykuły do odebrania w punkcie.",
    "Máte ještě 2 články zdarma, pak musíte zaplatit.",
    # the Hungarian heading with the article's words after it
    "A cikk csak előfizetőknek érhető el a lap honlapján.",
    "A cikk csak előfizetőknek érhető el, de a lényegét összefoglaltuk.",
]


@pytest.mark.parametrize("sentence", CITED, ids=[s[:40] for s in CITED])
def test_cited_wording_stays(sentence: str) -> None:
    assert clean(sentence) == sentence


@pytest.mark.parametrize("sentence", CITED, ids=[s[:40] for s in CITED])
def test_cited_wording_stays_between_paragraphs_and_flattened(sentence: str) -> None:
    before, after = SV1, SV2
    for text in (f"{before}\n\n{sentence}\n\n{after}", f"{before} {sentence} {after}",
                 f"{before}\n\n{sentence}"):
        assert clean(text) == text, text


# (consent dialog, the article's paragraph after it, the article's next paragraph): the
# paragraph holds one of the round's offers or counts and goes on after it, or opens
# with words of its own; the dialog goes, the paragraph stays.
NEXT_TO_DIALOG = [
    (SVW, "Prova 1 månad gratis är ett vanligt erbjudande hos streamingtjänsterna.", SV1),
    (SVW, "Prova 1 månad gratis – så lockar streamingjättarna nya kunder.", SV1),
    (SVW, "99 kr för 1 månad är priset hos det nya gymmet i Umeå.", SV1),
    (SVW, "Simhallen tar 99 kr för 1 månad.", SV1),
    (SVW, "Du har 3 gratis artiklar kvar i bokbytet.", SV1),
    (DAW, "Prøv 1 måned gratis, hedder det i reklamen fra Viaplay.", DA1),
    (DAW, "Du har 2 gratis artikler tilbage i biblioteket.", DA1),
    (NBW, "Prøv 1 måned for 1 kr er tilbudet som treningssenteret gir nye medlemmer.", NB1),
    (PLW, "Wypróbuj 1 miesiąc za 1 zł – tak siłownia zachęca nowych klientów.", PL1),
    (CSW, "Vyzkoušejte 1 měsíc za 1 Kč, láká posilovna nové zákazníky.", CS1),
    (ROW, "Încearcă 1 lună cu 1 leu, promite sala de sport.", RO1),
    (HUW, "Próbálja ki 1 hónapig 1 Ft-ért, hirdeti az edzőterem.", HU1),
    (FIW, "Kokeile 1 kk 1 € on suoratoistopalvelun uusi tarjous.", FI1),
]


@pytest.mark.parametrize(("dialog", "paragraph", "article"), NEXT_TO_DIALOG,
                         ids=[p[:40] for _, p, _ in NEXT_TO_DIALOG])
def test_paragraph_next_to_a_dialog_stays(dialog: str, paragraph: str, article: str) -> None:
    assert clean(f"{dialog}\n\n{paragraph}\n\n{article}") == f"{paragraph}\n\n{article}"


def test_paragraph_before_a_dialog_stays() -> None:
    text = f"{SV1}\n\nSimhallen tar 99 kr för 1 månad.\n\n{SVW}"
    assert clean(text) == f"{SV1}\n\nSimhallen tar 99 kr för 1 månad."


def test_dialog_that_says_where_it_is_written_goes() -> None:
    # "scrie pe site" is no speech verb: a dialog that says its policy is on the site
    # is a dialog (the round's [reporting] words for cited meters are gone with [alone]).
    text = ("Consiliul local a aprobat bugetul.\n\nAcest site folosește cookie-uri, așa cum "
            "scrie pe site-ul nostru în politica de confidențialitate.\nAcceptă toate")
    assert clean(text) == "Consiliul local a aprobat bugetul."


# (consent dialog, a line of the article, the article's next paragraph): a trial offer
# with its price as a line of its own, a subhead over a report on prices, with no
# paywall's box around it (no subscriber's word near): next to a consent dialog only,
# the line is the article's and stays.
OFFER_LINES = [
    (SVW, "Prova 1 månad gratis", SV1),
    (SVW, "99 kr för 1 månad", SV1),
    (DAW, "Prøv 1 måned gratis", DA1),
    (NBW, "Prøv 1 måned for 1 kr", NB1),
    (PLW, "Wypróbuj 1 miesiąc za 1 zł", PL1),
    (CSW, "Vyzkoušejte 1 měsíc za 1 Kč", CS1),
    (ROW, "Încearcă 1 lună cu 1 leu", RO1),
    (HUW, "Próbálja ki 1 hónapig 1 Ft-ért", HU1),
    (FIW, "Kokeile 1 kk 1 €", FI1),
]


@pytest.mark.parametrize(("dialog", "line", "article"), OFFER_LINES,
                         ids=[line for _, line, _ in OFFER_LINES])
def test_offer_line_next_to_a_dialog_only_stays(dialog: str, line: str, article: str) -> None:
    assert clean(f"{dialog}\n\n{line}\n\n{article}") == f"{line}\n\n{article}"
