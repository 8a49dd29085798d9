"""The splitter every family decides its units by: :func:`cleantext._units.sentences`.

Each row is a text with `` | `` where a sentence must end; the text split is the row with
each `` | `` read as one space. A row without `` | `` is a negative: one sentence that must
stay whole. Plausible news prose, written here.
"""

from __future__ import annotations

import pytest

from cleantext import clean
from cleantext._units import ABBREVIATIONS, BEFORE_NUMBER, MAY_END, lines, sentences

ENGLISH = [
    # A time ends a sentence before a capitalised word (AP and Reuters write "p.m.") ...
    "Polls close at 8 p.m. | Results are expected by midnight.",
    "The market opened at 9:30 a.m. | Traders sold early.",
    # ... not before a day, a month, a time zone, a word in capitals or a small letter.
    "Polls close at 8 p.m. Friday in most states.",
    "The vote starts at 9 a.m. ET on Tuesday. | Turnout is high.",
    "The event ends at 10 p.m. Eastern time.",
    "The deadline is 5 p.m. December 31 for all filings.",
    "The shop opens at 7 a.m. and closes late.",
    # Other abbreviations a sentence may end with.
    "Apples, pears, etc. | The market was busy.",
    "Smith et al. | The study found no link.",
    "He said no. | The deal collapsed.",
    "He lives at No. 10 Downing Street. | It is old.",
    "Fans chanted etc. and left.",
    # Abbreviations that never end a sentence keep a capital after them joined.
    "The U.S. Treasury sold bonds. | Yields rose.",
    "Dr. Smith spoke. | She left.",
    "Acme Inc. Chief Executive Jane Roe resigned.",
    # Wrong, and kept: "Inc." before a capital is as often a title as a new sentence, and
    # a joined unit makes a family remove less, not more.
    "It was bought by Acme Inc. The deal closed.",
    "J. R. R. Tolkien wrote it. | Critics agree.",
    "Dmitri S. Larsen spoke. | Nobody else did.",
    "Agent N. Petrova and P. Smith met. | They left.",
    "Officials said the plan was in a. | It was a typo.",
    "“Really?” he asked. | Nobody answered.",
    "Dow up 150 points overnight… and stocks dump.",
    # A number before a capital ends a sentence in English.
    "The score was 3-2. | Fans cheered.",
    "Sales rose in 2023. | The firm hired.",
    "He finished 2. | Then it rained.",
    # Words that abbreviate only before a number end a sentence before a capital.
    "He studied art. | The museum hired him.",
    "Prices rose on Jan. 5 and fell.",
    "On Sept. 11 it happened.",
    "See Fig. 3 for details.",
    "See pp. XII and on. | Fine.",
]

GERMAN = [
    "Daten, z. B. Kennungen, werden gesendet. | Das steht im Text.",
    "Das gilt z. T. auch hier. | Neu ist das.",
    "Das Alphabet endet mit z. | Danach kommt nichts.",
    # German closing quotes after the mark: „…“, ‚…‘, »…«.
    "„Wir gewinnen.“ | Die Koalition schweigt.",
    "Er sagte: »Wir gehen.« | Dann ging er.",
    "Sie sagte: ‚Nein.‘ | Dann ging sie.",
    "„Wirklich?“ fragte er. | Niemand antwortete.",
    # Ordinal dates and numbers are not sentence ends.
    "Die Wahl findet am 3. Oktober statt. | Alle sind gespannt.",
    "Vom 12. März an gilt die Regel. | Sie ist neu.",
    "Der 2. Weltkrieg endete 1945. | Europa lag in Trümmern.",
    "Die Frist endet 31. Dezember. | Danach wird es teuer.",
    "Bis zum 1. Januar bleibt alles. | So sagt es Berlin.",
    "Er feiert zum 100. Geburtstag. | Alle kommen.",
    "Bayern spielte in der 3. Liga. | Dann stieg es auf.",
    "Ab 1. Januar gilt das. | Gut.",
    # ... but a number before a capital otherwise is.
    "Er wurde 3. | Dann kam der Regen.",
    "Die Läden öffnen ab 8. | Dann kommen die Kunden.",
    "Er sagte „Mal sehen …“ | Dann ging er.",
    "Das Spiel endete 2:1. | Bayern jubelte.",
    "Er kam im Jahr 2020. | Dann blieb er.",
    "Äpfel, Birnen usw. | Die Preise steigen.",
    "Das kostet ca. 20 Euro. | Viel Geld.",
    "Die sog. Ampel zerbrach. | Neuwahlen folgten.",
    "Es kamen u.a. Scholz und Merz. | Sie stritten.",
    "Er liebt seine Frau. | Sie ist Ärztin.",
    "Fr. Müller kam. | Sie blieb.",
    "Art. 5 GG gilt. | Das ist klar.",
    "Der Schaden beträgt 3,5 Mrd. Euro. | Die Polizei ermittelt.",
]

FRENCH = [
    # The closing guillemet after a space (plain, no-break or narrow no-break).
    "Il faut réformer. » | Il a ensuite quitté la salle.",
    "« C'est fini.\u202f» | Le ministre est parti.",
    "Il a dit : « Non !\u00a0» | Puis il est parti.",
    "« Vraiment ? » a-t-il demandé. | Personne.",
    "M. Macron a parlé. | Il est parti.",
    "Mme Dupont est venue. | Elle a parlé.",
    "Pommes, poires, etc. | Le marché était plein.",
    "Il vit à l'est. | Les autres à l'ouest.",
    "Il en a eu sept. | Les autres sont partis.",
]

SPANISH = [
    "Dña. María López habló ayer. | Luego se fue.",
    "La Sra. Pérez llegó. | Todos aplaudieron.",
    "Los Sres. García llegaron. | Fue una fiesta.",
    "Ud. tiene razón. | Nadie lo duda.",
    "Vive en la Av. Corrientes. | Es céntrica.",
    "El Gral. Pérez habló. | Luego se fue.",
    "Quiere ir. | Luego verá.",
    "«Ganaremos.» | Así habló el líder.",
    "«¿Por qué?» | Luego calló.",
    "Viajó a EE.UU. | El presidente lo recibió.",
    "Se perdió en el mar. | Los rescatistas lo buscan.",
    "Lo dice el art. 14 de la ley. | Nadie lo discute.",
]

DUTCH = [
    "Dhr. Jansen sprak. | Hij vertrok.",
    "Er waren o.a. Jansen en De Vries. | Zij spraken.",
    "Appels, peren enz. | De markt was vol.",
    "Drs. Bakker leidt het onderzoek. | Het duurt lang.",
    "Ik sprak met Jan. | Hij zei niets.",
    "Zie blz. 12 van het rapport. | Het is lang.",
]

OTHERS = [
    "La sig.ra Rossi ha parlato. | Poi è uscita.",
    "Mele, pere ecc. | Il mercato era pieno.",
    "Il decreto n. 18 è in vigore. | Lo dice il governo.",
    "Vedi a pag. 5 il testo. | Poi leggi.",
    "Il libro è mio. | Poi lo presto.",
    "O Sr. Silva falou. | Depois saiu.",
    "Mieszka przy ul. Marszałkowskiej. | To centrum.",
    "Byli tam m.in. Nowak i Kowalski. | Rozmawiali.",
    "Он живёт на ул. Ленина. | Это центр.",
    "Я сказал им. | Они ушли.",
    # Listed titles that are everyday words in small letters end a sentence there: sv
    # "hon" (she), "sen" (late), fi "sen" (it), da "ud" (out), sv "av" (off) ...
    "– Det var kallt, säger hon. | Kommunen svarar i dag.",
    "Tåget kom för sen. | Alla väntade.",
    "Hän teki sen. | Sitten hän lähti.",
    "Hun gik ud. | Det regnede.",
    "Han stängde av. | Sedan gick han.",
    # da, nb, sv "sig" (himself) after a verb ends a sentence; Italian "sig." after an
    # article or a preposition stays a title in small letters ...
    "Han satte sig. | Derefter gik han hjem.",
    "Hon vände sig. | Sedan gick hon.",
    "Ho parlato col sig. Bianchi ieri. | Poi sono uscito.",
    # ... and stay titles with their capital.
    "Gentile Sig. Rossi, la aspettiamo. | Grazie.",
    "The Hon. Mary Jones spoke. | She left.",
    "Sen. Warren voted no. | The bill failed.",
]


@pytest.mark.parametrize("row", ENGLISH + GERMAN + FRENCH + SPANISH + DUTCH + OTHERS)
def test_sentences(row: str) -> None:
    text = row.replace(" | ", " ")
    assert [text[s:e] for s, e in sentences(text)] == row.split(" | ")


def test_cjk_full_stops_need_no_space() -> None:
    text = "東京で会議が開かれた。首相が出席した。"
    assert [text[s:e] for s, e in sentences(text)] == ["東京で会議が開かれた。", "首相が出席した。"]


# Flattened text where a dropped tag took the space after a sentence's mark: a word of
# two or more small letters, the mark, then a capitalised word ends a sentence.
GLUED = [
    "The council met on Tuesday.|Read more: Bridge works delayed.",
    "Der Rat tagte am Dienstag.|Mehr zum Thema: Brücke gesperrt.",
    "La câmara votou ontem.|Para continuar lendo, assine.",
    "Was it approved?|Nobody knows.",
    # closing quotes and brackets between the mark and the capital, as before a space
    "“Nobody asked us anything.”|Keep reading with a free trial.",
    "The pier opened (in May.)|Anglers came back.",
    "She called it ‘a fine day.’|Then the rain came."
]
# ... and where it does not: an initial or an abbreviation before the mark, a capital
# word before it, a number, or small letters after it.
NOT_GLUED = [
    "Mr.Smith went home.",
    "J.R.R.Tolkien wrote it.",
    "The U.S.Army base closed.",
    "Version 2.Beta ships soon.",
    "The file is named report.final and stays.",
    "See Ph.D.Students for details.",
    # an opening quote after the mark: left whole rather than split inside the marks
    "The council said no.“We will appeal” the mayor said.",
]


@pytest.mark.parametrize("row", GLUED)
def test_a_sentence_run_into_the_next_ends_at_its_mark(row: str) -> None:
    text = row.replace("|", "")
    assert [text[s:e] for s, e in sentences(text)] == row.split("|")


@pytest.mark.parametrize("text", NOT_GLUED)
def test_a_mark_inside_a_word_run_is_no_sentence_end(text: str) -> None:
    assert [text[s:e] for s, e in sentences(text)] == [text]


def test_offsets_within_a_range() -> None:
    text = "Intro. Polls close at 8 p.m. Results follow. Outro."
    assert [text[s:e] for s, e in sentences(text, 7, len(text) - 7)] == [
        "Polls close at 8 p.m.",
        "Results follow.",
    ]


def test_lines() -> None:
    text = "a\n\n b \nc"
    assert [text[s:e] for s, e in lines(text)] == ["a", "", " b ", "c"]


def test_may_end_is_no_abbreviation() -> None:
    # An abbreviation either never ends a sentence or may end one, not both.
    assert not ABBREVIATIONS & MAY_END
    assert not ABBREVIATIONS & BEFORE_NUMBER
    assert not MAY_END & BEFORE_NUMBER


# Where the splitter now ends a sentence (after "p.m.", "etc.", "no.", a German closing
# quote, a spaced guillemet, a word like "mar" or "Jan"), the sentence after it starts
# with an ordinary word that boilerplate also starts with: the article stays whole.
ARTICLES = [
    "The store closes at 9 p.m. Share prices fell after the announcement.",
    "Trading halted at 4 p.m. Related stocks dropped sharply on Tuesday.",
    "The vote ended at 10 p.m. Comments from the mayor were brief.",
    "The show starts at 8 p.m. Cookies and coffee will be served in the lobby.",
    "Apples, pears, etc. Advertising revenue at the market rose by a third.",
    "He said no. Subscribers to the magazine were furious about the price.",
    "Die Sitzung beginnt am 3. Oktober. Anzeige erstatten will niemand.",
    "„Wir gewinnen.“ Mehr zum Thema sagte er nicht.",
    "« Nous allons réformer. » Lire aussi le rapport, disait-il, c'est essentiel.",
    "Se perdió en el mar. Seguir leyendo el mapa le salvó la vida.",
    "Ik sprak met Jan. Lees ook wat hij zei over de gemeente, zei zijn vrouw.",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_an_article_split_at_a_new_end_stays(text: str) -> None:
    assert clean(text) == text
