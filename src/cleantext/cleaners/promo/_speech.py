"""Someone's words: a prompt quoted in a sentence that goes on ('"Please share this
video," she said.'), inside a quotation, reported ("Volg ons advies, zei de minister")
or talked about ("Sign up for our newsletter was the most clicked link") is no widget,
and stays."""

from __future__ import annotations

from cleantext._lazy import lazy, lazy_regex
from cleantext._units import single_quote_goes_on
from cleantext.cleaners.promo._lines import _QUOTES

# A closing quote with more of the sentence after it (perhaps past a comma): '," she
# said', '" buttons were'. An apostrophe closes a quote only after punctuation ("don't").
_QUOTE_GOES_ON = lazy_regex(r"(?:[\"”»“]|(?<=[,.!?…])['’])[ \t]{0,3}+[,;:—–-]?[ \t]{0,3}+\w")


# British English quotes with single marks ("A poster reading ‘Get our free newsletter’
# hung by the door"): after a single quote that opens (at a word's start), one that
# closes may follow a letter, where it is no apostrophe (``single_quote_goes_on``).
_OPENS_SINGLE = lazy_regex(r"(?<![^\s(\[—–-])[‘'](?=\S)")


def _quoted(text: str, opened: int, start: int, limit: int) -> bool:
    """Whether the phrase at ``start`` is quoted in a sentence that goes on: a quote
    opens between ``opened`` and it, and closes before ``limit`` with words after it.
    '"Please share this video," she said.' and '"Click here" buttons were removed'
    report what someone said or printed; a widget is not quoted and talked about."""
    if not any(ch in _QUOTES or ch == "'" for ch in text[opened:start]):
        return False
    if _QUOTE_GOES_ON.search(text, start, limit) is not None:
        return True
    return _OPENS_SINGLE.search(text, opened, start + 1) is not None and \
        single_quote_goes_on(text, start, limit)


# The marks that may close a quotation each mark opens: “…” and ‘…’, German „…“ and
# ‚…‘ (Dutch, Polish and Hungarian close „…” high), guillemets either way (French
# «…», German and Danish »…«, Finnish and Swedish »…» and ”…”), straight marks, and
# Japanese brackets.
_CLOSES = {"«": "»", "»": "«»", "“": "”", "„": "“”", "‚": "‘’", "‘": "’", "\"": "\"",
           "'": "'", "”": "”", "「": "」", "『": "』"}
# The thin and no-break spaces French sets inside its guillemets (« Faire un don »).
_GUILLEMET_SPACE = " \u00a0\u202f\u2009"


# The marks a quotation opens with, for ``_after_quote``.
_OPENING_MARKS = "«»“„‚\"‘"


def _after_quote(text: str, lo: int, start: int) -> bool:
    """Whether a quotation mark opens right before ``start`` (spaces between, none
    before ``lo``). A site prints its notice bare; one the article quotes (« Vous aimez
    nos articles ? Faites un don », affiche le site …) is the story's.

    >>> _after_quote("« Vous aimez nos articles ?", 0, 2), _after_quote("Vous aimez", 0, 0)
    (True, False)
    """
    i = start
    while i > lo and text[i - 1] in _GUILLEMET_SPACE + "\t":
        i -= 1
    return i > lo and text[i - 1] in _OPENING_MARKS


def _quoted_label(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the words ``start``-``end`` are all a quotation holds: a mark that opens
    at a word's start right before them and the mark that closes it right after (perhaps
    past the label's own "!" or ":"), before no letter. A page prints a widget's label
    bare; quoted, it is the article's name for a button or a banner ("… un bouton
    « Faire un don » figure en dernière page.", "a banner reading “Advertisement”."),
    whatever follows it. Guillemets may stand a space apart from the words; a mark
    glued to a word before it opens nothing, and one glued to a word after it closes
    nothing ("said.“Advertisement”We …": flattened text's label between two)."""
    i = start
    if i > lo and text[i - 1] in _GUILLEMET_SPACE and text[i - 2:i - 1] in ("«", "»"):
        i -= 1
    if i <= lo or (i - 1 > lo and not (text[i - 2].isspace() or text[i - 2] in "([—–-/.!?")):
        return False
    closes = _CLOSES.get(text[i - 1])
    if closes is None:
        return False
    j = end
    if j < hi and text[j] in _GUILLEMET_SPACE and text[j + 1:j + 2] in ("!", "?"):
        j += 1  # French spaces its "!" too: « Soutenez-nous ! »
    if j < hi and text[j] in "!?:.…":
        j += 1
    if j < hi and text[j] in _GUILLEMET_SPACE and text[j + 1:j + 2] in ("»", "«"):
        j += 1
    return j < hi and text[j] in closes and not text[j + 1:j + 2].isalnum()


# Quotation marks that open (after a space, a bracket or a dash, before a character)
# and that close (after a character; a right single quote not inside a word, where it
# is an apostrophe: "don’t"). German closes with the marks English opens with („…“),
# and may quote »so«; French guillemets stand apart from their words (« Votre … »).
_OPENS_QUOTE = lazy_regex(r"(?<=^|[\s(\[—–-])(?:[“„‘‚\"](?=\S)|[«»][ \u00a0\u202f]?(?=\w))")
_CLOSES_QUOTE = lazy_regex(r"(?<=\S)(?:[”»«\"“‘]|’(?!\w))|(?<=\s)[»«](?![ \u00a0\u202f]?\w)")
# How far before a prompt's sentence its quotation may have opened.
_QUOTATION_REACH = 400


def _in_quotation(text: str, lo: int, start: int, limit: int) -> bool:
    """Whether the phrase at ``start`` stands in a quotation that opened in an earlier
    sentence, after ``lo``, and closes before ``limit``: an article quoting a message
    ("‘Your payment failed. Click here to keep your delivery going’, the mail reads.")."""
    opened = None
    for m in _OPENS_QUOTE.finditer(text, lo, start):
        opened = m.end()
    if opened is None or _CLOSES_QUOTE.search(text, opened, start) is not None:
        return False
    return _CLOSES_QUOTE.search(text, start, limit) is not None


# Verbs that attribute reported speech, as a news sentence puts them after a comma:
# "Volg ons advies, zei de minister", "Suivez-nous, a lancé le maire", "…, the engineer
# said." A prompt's sentence with one of these is someone's words, not a widget.
_SAID = frozenset({
    "said", "says", "told", "wrote", "added", "urged", "asked", "insisted", "tweeted",
    "posted", "found", "reported", "noted", "stated", "warned", "explained", "replied",
    "according", "announced",
    "zei", "zegt", "aldus", "schreef", "vroeg", "voegde", "riep", "meldt", "stelt",
    "sagte", "sagt", "schrieb", "fragte", "betonte", "erklärte", "forderte", "warnte",
    "mahnte", "appellierte",
    "dit", "déclaré", "lancé", "affirmé", "ajouté", "écrit", "demandé", "estimé",
    "dijo", "afirmó", "pidió", "señaló", "añadió", "explicó", "escribió", "aseguró",
    "disse", "detto",
    # The same in more voices: "Hazte socio, animó el presidente", "Sostienici, ha
    # chiesto il sindaco", "Apoie o jornalismo, pediu o sindicato".
    "recalled", "shouted", "pleaded", "bat", "rief", "sagten", "schrijft", "expliqué", "souligné",
    "insisté", "animó", "instó", "reclamó", "insistió", "chiesto", "dichiarato",
    "aggiunto", "scritto", "spiegato", "esortato", "affermato", "invitato", "pediu",
    "afirmou", "declarou", "escreveu", "acrescentou", "apelou",
    # Spanish's imperfect, for a message or a sign reported: "Sumate a nuestro canal,
    # decía el mensaje", "…, pedía la cuenta falsa", "…, rezaba el cartel".
    "decía", "pedía", "rezaba",
    # Advice reported after it: "Download de app …, adviseert de wethouder", "Subscribe
    # to the council's alerts …, officials advised".
    "advises", "advised", "recommends", "recommended", "suggests", "suggested",
    # An ask or a claim the article attributes: "Please support our journalism by
    # subscribing, urges a banner …", "Abonnez-vous, lance le maire".
    "urges", "argued", "argues", "lance",
    "empfiehlt", "rät", "adviseert", "raadt", "recommande",
    "conseille", "recomienda", "aconseja", "raccomanda", "consiglia", "recomenda",
    "aconselha",
    # Romanian's past, its participle after "a" ("Urmăriți-ne și pe noi, le-a cerut
    # primarul", "…, a spus antrenorul").
    "spus", "declarat", "cerut", "adăugat", "scris", "afirmat", "explicat", "precizat",
    "îndemnat",
    # The present a feature attributes a quotation with ('"…", dice.', « … », raconte-t-il,
    # "…", erzählt sie), in the packs' languages.
    "dice", "dicono", "racconta", "spiega", "aggiunge", "afferma", "ricorda", "sottolinea",
    "explica", "añade", "afirma", "asegura", "relata", "diz", "disseram",
    "raconte", "explique", "ajoute", "affirme", "confie", "souligne", "erzählt", "erklärt",
    "berichtet", "vertelt", "explains", "adds", "recalls", "spune", "povestește",
    "säger", "sagde", "siger", "sier", "sanoo", "mówi", "powiedział", "powiedziała",
    "říká", "řekl", "mondta", "mondja", "diu", "explicà", "λέει", "είπε", "говорит",
    "сказал", "сказала", "dedi", "diyor",
})
_CLAUSE_WORDS = lazy(r"[^\W\d_]+")


def _closes_said(text: str, start: int, limit: int) -> bool:
    """Whether a quotation closes between ``start`` and ``limit`` (``_QUOTE_GOES_ON``)
    with a verb of ``_SAID`` among the four words after its mark ('…," said Ms Park.')."""
    close = _QUOTE_GOES_ON.search(text, start, limit)
    return close is not None and any(
        w.casefold() in _SAID for w in _CLAUSE_WORDS.findall(text, close.start(),
                                                             min(limit, close.end() + 40))[:4])


def _quotation_said(text: str, lo: int, start: int, limit: int) -> bool:
    """Whether a phrase opens a quotation (a mark right before ``start``, none before
    ``lo``) that closes in a later sentence before ``limit`` with a verb of ``_SAID``
    right after it: '"We earn a commission on sales. That money pays our reporters,"
    said Ms Park.' is someone's words, all its sentences. A bounded look (at most
    ``_QUOTATION_REACH`` characters) from each such phrase."""
    if not _after_quote(text, lo, start):
        return False
    return _closes_said(text, start, min(limit, start + _QUOTATION_REACH))


# A quotation that opens with a capital ("Abbiamo …", « Nous avons …: guillemets
# perhaps a space apart from it).
_QUOTATION_OPENS = lazy_regex(r"[\"“„«»‘‚][ \u00a0\u202f]?+\p{Lu}")


def _said_quotation(text: str, at: int) -> bool:
    """Whether a quotation opens at ``at`` with a capital (``_QUOTATION_OPENS``) and
    closes, within ``_QUOTATION_REACH`` characters on its line, with a verb of ``_SAID``
    among the four words after it ('"I sold everything, from soap to sweets," she
    says.', « Nous avons tout vendu », raconte-t-il): someone's words, the article's.
    A pitch with no stop that flattened text glued to it ends there. A name quoted
    ('"The Ledger" newsletter') closes with no speech verb after it.

    >>> _said_quotation('"We waited ten years," the mayor says.', 0)
    True
    >>> _said_quotation('"The Ledger" newsletter, every Friday.', 0)
    False
    """
    m = _QUOTATION_OPENS.match(text, at)
    if m is None:
        return False
    stop = text.find("\n", at, at + _QUOTATION_REACH)
    limit = min(len(text), at + _QUOTATION_REACH) if stop == -1 else stop
    return _closes_said(text, m.end(), limit)


# A question or an exclamation that its sentence goes on after in lower case: the
# words of someone the article reports ("Vous aimez nos articles ? demandait la
# banderole …", "¿Te gusta nuestro periodismo? preguntaba el cartel …"). A widget's
# question ends its sentence: what follows opens with a capital.
_ASKED = lazy_regex(r"[?!][\p{Pf}\p{Pe}»\"']?+[ \t\u00a0]++\p{Ll}")


def _reported(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``start``-``end`` attributes what it says: a comma, then a
    verb of ``_SAID`` within the next six words ("…, the engineer said"), or a question
    it goes on after in lower case (``_ASKED``)."""
    if _ASKED.search(text, start, end) is not None:
        return True
    comma = text.find(",", start, end)
    while comma != -1:
        words = _CLAUSE_WORDS.findall(text, comma, min(end, comma + 80))[:6]
        if any(w.casefold() in _SAID for w in words):
            return True
        comma = text.find(",", comma + 1, end)
    return False


# A finite verb that makes the words before it a subject: "Click here to read more was
# the only text on the page", "Steun onafhankelijke journalistiek is het motto".
_COPULAS = frozenset({
    "was", "is", "were", "are", "has", "had", "became", "remains", "remained", "appeared",
    "seemed", "will", "would",
    "werd", "waren", "zijn", "wordt", "blijft", "bleef",
    "war", "ist", "sind", "wurde", "bleibt",
    "est", "était", "sont", "fut", "reste",
    "es", "era", "fue", "son", "sigue",
    "è", "fu", "sono",
})
# After these a verb belongs to a clause inside the prompt ("Click here to see what is
# new", "Sign up if you are a reader"), not to a sentence about it.
_CLAUSE_OPENERS = frozenset({
    "what", "who", "which", "that", "it", "this", "there", "you", "we", "how", "why",
    "where", "when", "if", "he", "she", "they", "i",
    "wat", "wie", "dat", "het", "er", "je", "u", "jij", "wij", "hoe", "waar", "als",
    "was", "wer", "das", "es", "sie", "ihr", "du", "wir", "wo", "wenn", "ob",
    "ce", "qui", "que", "qu", "il", "elle", "vous", "nous", "on", "comment", "où", "si",
    "lo", "qué", "quien", "quién", "cómo", "donde", "dónde", "usted", "tú",
    "che", "chi", "cosa", "come", "dove", "se",
})


def _mentioned(text: str, after: int, end: int) -> bool:
    """Whether a prompt whose words end at ``after`` is the subject of its sentence
    (which ends at ``end``): a verb of ``_COPULAS``, in lower case (a teaser's Title
    Case "Is Here!" is no sentence), within the next eight words, not right after a
    word that opens a clause of the prompt's own. A widget tells the
    reader to act; a sentence that says what the button *was* talks about one."""
    # The copula has a word after it, its complement: a sentence's last word is no
    # copula but another language's (Hungarian "is", "also": "Kövess minket a
    # Facebookon is!").
    words = _CLAUSE_WORDS.findall(text, after, min(end, after + 120))[:9]
    return any(w in _COPULAS and (i == 0 or
                                             words[i - 1].casefold() not in _CLAUSE_OPENERS)
               for i, w in enumerate(words[:-1]))
