"""How the next sentence's start shows in flattened text: the capitalised function words
that open one (and the words a title does not end in), and blocks joined by nothing,
where a title's last word runs into the next sentence's first ("roadworksCouncil",
"Landkreis?Kritik").
"""

from __future__ import annotations

import regex

from cleantext._lazy import lazy, lazy_regex

# --- linked titles in flattened text ---------------------------------------------------------

# Capitalised function words that open a sentence: articles, pronouns, prepositions,
# conjunctions. In a sentence-case title they do not appear capitalised, so after a
# title-length run one of them is where the next (article) sentence starts. Left out on
# purpose: English "I", Italian "E", Spanish "Y" (a pronoun, or a letter in "Vitamin E").
_OPENER_WORDS = (
    """the a an this that these those he she it they we there his her their its our after
    before but and as when while according however meanwhile in on at for
    der die das den dem des ein eine einer er sie es wir man im am auf bei nach vor seit
    mit für von zum zur beim vom aber doch auch dort damit rund laut nun
    le la les l un une des du il elle ils elles on nous à au aux dans pour selon mais ce
    cette ces cet depuis après avant
    el los las lo una unos unas él ella ellos en con para por según pero desde tras este
    esta estos estas ese esa al del su sus
    il lo gli una uno nel nella nei secondo ma da dal dalla questo questa
    o os as um uma uns umas ele ela eles elas no na nos nas com segundo mas do da cerca
    de het een hij zij ze wij we bij na voor met volgens maar ook er dit deze dat die
    в во на по с со к о об у из за для от до после перед но и а он она они мы это этот
    эта эти как также
    w we z ze na do po od dla przez przed pod nad za ale to ten ta te jak według jednak
    els ell ells elles amb segons però després abans aquest aquesta aquests aquestes
    ο η το οι τα ένας μια μία ένα αυτός αυτή αυτό αυτοί στο στη στην στον στα στις με για
    από μετά πριν αλλά όμως σύμφωνα ενώ όταν
    bu bir şu bunu ancak ama fakat ve ile göre sonra
    mehr más più meer viele einige about around"""
)
# (The last row: a count opens a news sentence as often as an article does, "Más de 400
# aficionados …", "Mehr als 300 Menschen …", "Viele Bürger …", "About 140 cars …";
# inside a sentence-case title these words are lower case. Not "More" nor "Plus": Title
# Case prose and names hold them, "Read More Books", "Canal Plus".)
_OPENERS = frozenset(_OPENER_WORDS.split())
# Words a title does not end in: the openers above and other prepositions and
# conjunctions. Before a link they make the link the run's noun or object ("Warum das
# Weiterlesen Kindern hilft"), not a widget after a headline.
_LINK_WORDS = """of to from by with into than and or zu und oder aufs fürs ins ums
    übers et ou à de di e ed che i y que per tra fra van en op te и или что"""
_NO_TITLE_END = _OPENERS | frozenset(_LINK_WORDS.split())
# The conjunctions among them: a capitalised word after one is a name's second ("Léa et
# Mathis"), no preposition's object.
_CONJUNCTION_WORDS = "and or und oder et ou e ed y и или"
_CONJUNCTIONS = frozenset(_CONJUNCTION_WORDS.split())
# Verbs of saying, reporting and asking: a name follows them in article prose, and a
# quotation after them and a colon or a comma is the sentence's ("… said: "This …").
_SPEECH_WORD_LIST = """said says told tells asked asks added adds wrote writes warned
    sagte sagt sagten erklärte erklärt schrieb dit disait déclare dijo dice explicó
    disse diz zei zegt vertelt schreef"""
_SPEECH_WORDS = frozenset(_SPEECH_WORD_LIST.split())
# Words that open a question, and the conjunctions a short one opens with ("Why did it
# take so long?", "Und wer zahlt?", "Et maintenant ?", "Chi pagherà?"): capitalised
# after a sentence-case title's words, with no colon before them, they open the
# article's question, not the title's (see _new_question). The openers above cut a
# title already, and are left out.
_QUESTION_WORD_LIST = """why what who whom whose how where which will would can could is
    are was were do does did should so
    warum wieso weshalb wer wen wem wie was wann wo woher wohin welche welcher welches
    und ob
    pourquoi qui que quoi quand comment où quel quelle quels quelles combien et
    perché chi che cosa come quando dove quale quali quanto quanti e
    qué quién quiénes cómo cuándo dónde cuál cuánto y
    porque quem quando onde qual quanto
    waarom wie wat hoe wanneer waar welke
    varför vem vad hur när var vilken vilka och
    hvorfor hvem hvad hvordan hvornår hvor hva når og
    dlaczego kto co jak kiedy gdzie który czy
    proč kdo co jak kdy kde který
    cine cum când unde care și"""
_QUESTION_WORDS = frozenset(_QUESTION_WORD_LIST.split())
_OPEN_QUOTES = "«„“\"‹‚‘"
_WORD_OPENERS = _OPEN_QUOTES + "(["  # what a word may open with before its first letter
_CJK_STOP = lazy("[。！？]")
_TOKEN = lazy_regex(r"\S{1,80}")
_MAX_TITLE_WORDS = 20
_APOSTROPHES = "'’"
_URL_STARTS = ("http://", "https://", "www.")


def _new_question(text: str, ts: int, end: int) -> int:
    """Where a question that a title's words come before opens in ``text[ts:end]`` (a run
    that ends in "?"), or -1: a capitalised question word, or "¿" before a capital,
    after two words or more of a sentence-case title and no colon or dash ("Council
    approves harbour budget Why did it take so long?", "Stadtrat beschließt Hafenbudget
    Und wer zahlt?"). The title reads whole before it, and the question is the
    article's; a title's own question opens it, or its kicker's colon ("Commerce : les
    bourgs se vident-ils ?"). Read by words, once, only where a title that asks is seen."""
    lower_seen = False
    prev = ""
    for words, m in enumerate(_TOKEN.finditer(text, ts, end)):
        w = m.group()
        core = w.lstrip("¿¡" + _WORD_OPENERS)
        # (A word the "?" ends opens no question of its own: "… taking vitamin E?".)
        if (
            words >= 2 and lower_seen and core[:1].isupper()
            and not prev.endswith((":", "：")) and prev[-1:] not in "–—-"
            and (w[0] == "¿" or core.rstrip(",;:").lower() in _QUESTION_WORDS)
        ):
            return m.start()
        if words and not lower_seen:
            lower_seen = core[:1].islower() and sum(map(str.isalpha, core)) >= 3
        prev = w
    return -1


def _opens_sentence(word: str) -> bool:
    """Does ``word`` plausibly start a sentence in flattened text ("Die", "L’azienda", "«On")?"""
    if word[:1] in _OPEN_QUOTES:
        return len(word) > 1 and word[1].isupper()
    if not word[:1].isupper():
        return False
    head = word.rstrip(",;:")
    for a in _APOSTROPHES:  # "L’article", "L'azienda": the article before the apostrophe
        if a in head[:3]:
            head = head.split(a, 1)[0]
    return head.lower() in _OPENERS


# A lower-case word glued to a capitalised one ("roadworksCouncil", "repairThe"): two
# blocks joined by nothing (DOM text_content()), a title's last word and the next
# sentence's first. Three lower-case letters at least (after an elided article or
# pronoun: "… plus vite qu’ailleursLéa et …"), and a lower-case start: the names
# written so ("iPhone", "eBay") have one, and "WhatsApp" opens with a capital. The next
# block may open with an elided article or pronoun, a capital and an apostrophe before a
# small letter ("… six mois de travauxL’adjointe au …", "… del porticciolo
# D’estate …"); not before a capital ("O’Brien", "D’Artagnan": a name's). A compound's
# last part may be shorter ("… after storm clear-upThe trust …", "… a drop-inThe …"):
# two lower-case letters after a hyphen, where "pre-iPhone" has one.
_BLOCK_START = r"(?=\p{Lu}['’]?\p{Ll})"
_JUNCTION = lazy_regex(
    r"(?:\p{Ll}{1,5}['’])?(?:(?:\p{Ll}{1,20}+-){1,3}+\p{Ll}{2,40}+|\p{Ll}{3,40}+)"
    + _BLOCK_START
)
# ... the same after a capitalised word, as German nouns are ("… über hohe
# EnergiepreiseBackhaus Mertens hatte …"): a capital, six lower-case letters or more,
# then the next block's capital. Fewer would split names written with an inner capital
# ("WhatsApp", "YouTube", "PowerPoint", "LinkedIn") in a title of share buttons.
_CAP_JUNCTION = lazy_regex(r"\p{Lu}\p{Ll}{6,40}+" + _BLOCK_START)
# ... and after a shorter capitalised noun when what is glued on is a long word, seven
# lower-case letters or more after its capital ("… schnellere HilfeBürgermeister …",
# "… neue RegelnLandwirte …"): the names with an inner capital have a short second part
# ("PlayStation", "AstraZeneca", "HarperCollins", "WordPress").
_LONG_NEXT_JUNCTION = lazy_regex(r"\p{Lu}\p{Ll}{2,5}+(?=\p{Lu}\p{Ll}{7})")
# ... and a title that ends in a figure or a word glued to the quotation that opens the
# next block ("… in calo del 12%«Il futuro …»", "… as pupil numbers fall"We understand
# …"): the quote mark after a letter, a digit or "%", a capital after it. A straight
# quote run into the word before it and the capital after it closes nothing: a closing
# quote has a space or a stop after it. Dutch and English quote with single marks too
# ("… fiets ter wereld‘We hebben …"); "‘" before a capital is no apostrophe, which is
# "’", nor an ʻokina ("Hawai‘i"), which has a small letter after it.
_QUOTE_JUNCTION = lazy_regex(r"(?<=[\p{L}\p{N}%])(?=[«„“\"‘]\p{Lu})")
_JUNCTION_QUOTES = frozenset("«„“\"‘")


# ... and after a short capitalised word, when what is glued on is a whole sentence opener
# of three letters or more ("… in JulyThe 52-year-old …"): names with an inner capital
# end in no such word ("YouTube", "PowerPoint"), and two-letter openers are left out
# ("LinkedIn", "CheckIn", "AddOn"), but for the articles below.
_SHORT_CAP_JUNCTION = lazy_regex(r"\p{Lu}\p{Ll}{1,5}+(?=\p{Lu}\p{Ll}{1,20}+[,;:]?\Z)")
# Two-letter articles that open a sentence glued to a title's last word, a place's short
# name ("… bij De HoeveDe baan ligt …", "… à LyonLe maire …", "… en VigoEl alcalde …"):
# no name written with an inner capital ends in one as a word of its own.
_SHORT_ARTICLES = frozenset(["De", "Le", "La", "El", "Il", "Lo"])


def _opener_junction(word: str) -> regex.Match[str] | None:
    """_SHORT_CAP_JUNCTION's match in ``word`` when the rest is a sentence opener of three
    letters or more, or a two-letter article (see _SHORT_ARTICLES); else None."""
    j = _SHORT_CAP_JUNCTION.match(word)
    if j is None:
        return None
    rest = word[j.end() :].rstrip(",;:")
    if len(rest) == 2 and rest not in _SHORT_ARTICLES:
        return None
    return j if _opens_sentence(rest) else None


# ... and a title's last word run into a one-letter article or preposition that opens the
# next sentence ("… pedem mais iluminaçãoA empresa pediu …", "… zmianyW poniedziałek
# …"): a word of three lower-case letters or more (six after a capital, as above), then a
# lone capital that is a sentence opener (see _letter_junction).
_LETTER_JUNCTION = lazy_regex(r"(?:\p{Ll}{3,40}+|\p{Lu}\p{Ll}{6,40}+)(?=\p{Lu}\Z)")
# ... and a title that ends in a figure, run into the next sentence's opener ("… de canos
# até 2026A empresa …", "… um 12 %Die Stadt …" glued: "12%Die"): digits, then an opener of
# two letters or more, or a one-letter one after a year only ("Bus 66A", "flat 12A" name
# a line or a door).
_FIGURE_JUNCTION = lazy_regex(r"\d{1,4}+(?:[.,]\d{1,3}+)*+%?(?=\p{Lu})")
_YEAR_FIGURE = lazy(r"(?:19|20)\d\d")


def _letter_junction(word: str) -> regex.Match[str] | None:
    """_LETTER_JUNCTION's match in ``word`` when its last letter is a one-letter sentence
    opener ("A", "O", "W"), or None."""
    j = _LETTER_JUNCTION.match(word)
    return j if j is not None and _opens_sentence(word[j.end() :]) else None


def _figure_junction(word: str) -> regex.Match[str] | None:
    """_FIGURE_JUNCTION's match in ``word`` when the rest is a sentence opener (a
    one-letter one after a year only), or None."""
    j = _FIGURE_JUNCTION.match(word)
    if j is None:
        return None
    rest = word[j.end() :].rstrip(",;:")
    if not _opens_sentence(rest) or (len(rest) == 1 and not _YEAR_FIGURE.fullmatch(j.group())):
        return None
    return j


# ... and a title's last word run into an interview's one-letter label and its colon
# ("… after roof repairQ: What should …", "… im neuen HafenviertelF: Wann …"): the
# question or answer that follows is the next block. The letters are those interviews
# label with (Q/A, Frage/Antwort, Pregunta/Respuesta, Domanda/Risposta, Vraag/Antwoord,
# Fråga/Svar, Spørgsmål/Svar, Pytanie/Odpowiedź, Kysymys/Vastaus, Kérdés/Válasz,
# Soru/Cevap, Вопрос/Ответ), the label the word's last character but its colon; a
# word before it as above (three lower-case letters, or six after a capital), so that a
# name's letter ("SpaceX:", "ProjectZ:", "macOS:") is none.
_LABEL_JUNCTION = lazy_regex(r"(?:\p{Ll}{3,40}+|\p{Lu}\p{Ll}{6,40}+)(?=[QAFPRDVSOKCВО]:\Z)")


def _junction(word: str) -> int:
    """Where a title's last word ends inside ``word``, glued to the next block's first
    (see _JUNCTION and the patterns after it), or 0 if it holds no junction.

    >>> _junction("roadworksCouncil"), _junction("repairQ:"), _junction("SpaceX:")
    (9, 6, 0)
    """
    # (A one-letter opener is the word's last letter: tried only then.)
    if word[0].islower():
        j = _JUNCTION.match(word) or (_letter_junction(word) if word[-1].isupper() else None)
    elif word[0].isupper():
        j = _CAP_JUNCTION.match(word) or _LONG_NEXT_JUNCTION.match(word) or _opener_junction(
            word) or (_letter_junction(word) if word[-1].isupper() else None)
    elif word[0].isdigit():
        j = _figure_junction(word)
    else:
        j = None
    if j is None and word[-1] == ":" and word[0].isalpha():
        j = _LABEL_JUNCTION.match(word)
    if j is None and not _JUNCTION_QUOTES.isdisjoint(word):
        j = _QUOTE_JUNCTION.search(word, 1)
    return 0 if j is None else j.end()


#: A stop run into the capital that opens the next block inside one word ("Landkreis?Kritik",
#: "teurer.Die"), after two lower-case letters: not "U.S.Army" or "St.Louis".
# (The stop first, the look-behind after it: a search skips to the stops.)
_GLUED_STOP = lazy_regex(r"[.!?](?<=\p{Ll}\p{Ll}[.!?])[»”\"’)]{0,2}(?=\p{Lu})")


def _glued_stop(word: str) -> regex.Match[str] | None:
    """_GLUED_STOP's match in ``word``, or None; most words are letters only, and a test
    in C says so first."""
    if word.isalnum() or not ("." in word or "?" in word or "!" in word):
        return None
    return _GLUED_STOP.search(word)
#: A sentence end inside flattened text: a stop (and closing quotes) before a capital,
#: with a space or glued ("… dijo. El parque …", "… la plaza.Lee …"); inside one token, a
#: stop glued to the next block ("komen.Deel"), not "U.S.Army" or "St.Louis".
_NEXT_STOP = lazy_regex(r"(?<=\p{Ll}\p{Ll})[.!?][»”\"’)]{0,2}[ \t]{0,3}(?=\p{Lu})")
