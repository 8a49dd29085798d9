"""Agency credits, reprint and syndication notes, and source credits that name a
publication, at the end of the text, peeled from its end (``_credits_start``). The same
words inside an article ("Reuters reported …") are no unit.
"""

from __future__ import annotations

import functools
import re

import regex

from cleantext._lazy import lazy, lazy_regex
from cleantext.cleaners.trailers._boundaries import _prev_nonspace
from cleantext.cleaners.trailers._tag_lists import _tag_list

# --- agency credits, reprint and syndication notes at the end of the text -------------------

#: News agencies whose credit lines end wire copy, as they print their names ("© dpa",
#: "(c) Agencia EFE", "© Agence France-Presse", "(ANSA)", "Bron: ANP", "Lusa/Fim"); with
#: the national agencies of the newer packs: Poland's PAP, the Czech ČTK, Romania's
#: Agerpres, Finland's STT, Hungary's MTI, Denmark's Ritzau, Norway's NTB, Sweden's TT
#: and Russia's ТАСС, РИА Новости and Интерфакс ("Źródło: PAP", "Forrás: MTI").
_AGENCY = (
    r"(?:dpa(?:-infocom|-AFX)?|AFP|Agence France-Presse|AP|The Associated Press|"
    r"Associated Press|Reuters|Thomson Reuters|EFE|Agencia EFE|Europa Press|ANSA|AGI|"
    r"Adnkronos|LaPresse|Lusa|Agência Lusa|ANP|Belga|APA|KNA|epd|Keystone-SDA|SDA|AAP|"
    r"PA Media|Press Association|Kyodo|Xinhua|Yonhap|UPI|Bloomberg|dts|Ritzau|NTB|TT|"
    r"PAP|ČTK|CTK|Agerpres|STT|MTI|ТАСС|РИА Новости|Интерфакс)"
)
#: The word a source credit opens with, in the packaged languages, singular and plural:
#: en/fr "Source", de "Quelle", es "Fuente", it "Fonte"/"Fonti", pt "Fonte", nl "Bron",
#: sv "Källa", da/nb "Kilde", pl "Źródło", cs "Zdroj", ro "Sursa", fi "Lähde", hu
#: "Forrás", ru "Источник", zh "来源"/"來源", ja "出典".
_SOURCE_WORD = (
    r"(?:Sources?|Quellen?|Fuentes?|Fontes?|Fonti|Bron(?:nen)?|Källa|Källor|Kilder?|"
    r"Źródł[oa]|Zdroje?|Sursa|Surse|Lähde|Lähteet|Forrás(?:ok)?|Источники?|来源|來源|出典)"
)
#: The rights formulas a copyright line may end with, in the packaged languages.
_RIGHTS = (
    r"(?:All rights reserved|Tutti i diritti riservati|Riproduzione riservata|"
    r"Todos los derechos reservados|Tous droits réservés|Alle Rechte vorbehalten|"
    r"Alle rechten voorbehouden|Todos os direitos reservados)"
)
_YEAR = r"(?:19|20)\d\d"
#: Credit lines that are a whole line, at the end of the text. Each names an agency in a
#: credit's shape, or is an agency's sign-off; article sentences name agencies inside a
#: clause ("Reuters reported …"), never as all of their last line. Compiled on first use
#: (``_credit_line``): at import it was the package's costliest pattern (~13 ms).
_CREDIT_LINE_SOURCE = (
    r"(?:"
    # dpa's copyright line with its machine id: "© dpa-infocom, dpa:250714-930-811204/2".
    r"(?:©[ \t]{0,2})?dpa(?:-infocom)?,?[ \t]{0,3}dpa:\d{6}-\d{2,4}-\d{3,8}/\d{1,3}"
    # An agency's copyright: "(c) Agencia EFE", "© Copyright ANSA - Tutti i diritti
    # riservati", "© AFP 2025".
    rf"|(?:©|\(c\)|Copyright)[ \t]{{0,2}}(?:Copyright[ \t]{{1,2}})?(?:{_YEAR}[ \t]{{1,2}})?"
    rf"{_AGENCY}(?:[ \t]{{1,2}}{_YEAR})?(?:[ \t]{{0,2}}[-–—.,|][ \t]{{0,2}}{_RIGHTS})?\.?"
    # A sign-off in brackets: "(ANSA).", "(EFE)", NTB's "(©NTB)".
    rf"|\((?:©[ \t]?)?{_AGENCY}\)\.?"
    # Ritzau's sign-off, alone or with the agency it took the story from: "/ritzau/",
    # "/ritzau/AFP".
    rf"|/ritzau/(?:{_AGENCY})?"
    # Agerpres's sign-off with its desk, author and editors: "AGERPRES/(A - autor: …,
    # editor: …)".
    r"|Agerpres[ \t]?/[ \t]?\([^\n()]{1,160}\)"
    # A source credit naming agencies only: "Bron: ANP", "Quelle: dpa, AFP", "Fonte: Lusa".
    # With the site and the editor's initials before the agency (n-tv's "Quelle: ntv.de,
    # dbe/dpa").
    rf"|{_SOURCE_WORD}[ \t]{{0,2}}[:：][ \t]{{0,3}}"
    r"(?:[\w-]{1,40}(?:\.[\w-]{1,40}){1,3},[ \t]{1,2})?(?-i:(?:[a-z]{2,5}/){0,3})"
    rf"{_AGENCY}(?:[ \t]{{0,2}}[,/][ \t]{{0,2}}{_AGENCY}){{0,3}}\.?"
    # Presseportal's credit for a release it carries (news aktuell): "Quelle: Polizei X,
    # übermittelt durch news aktuell", "Original-Content von: X, übermittelt durch news
    # aktuell".
    # Flattened, the portal's read-on link runs into it: "… news aktuell weiterlesen auf
    # presseportal.de" (a line of its own, the link is a pack frame).
    r"|(?:Quelle|Original-Content von)[ \t]{0,2}:[ \t]{0,3}[^\n]{1,160}?,?[ \t]{1,3}"
    r"übermittelt durch news aktuell\.?"
    r"(?:[ \t]{0,3}(?:weiterlesen|mehr)[ \t](?:auf|bei)[ \t](?:https?://)?[\w-]{1,63}"
    r"(?:\.[\w-]{1,63}){1,4}/?)?"
    # A science service's source credit ending in its reprint terms (SINC): "Fuente:
    # <service> vía <agency>." The notice after it is a _REPRINT sentence.
    r"|(?:Fuente|Fonte|Source|Quelle)[ \t]{0,2}:[ \t]{0,3}[^\n]{1,160}?[ \t](?:vía|via)"
    r"[ \t][^\n]{1,80}?\."
    # AFP's desk slugs, the bureau and the editors' initials: "bur-abc/ljm/dch", "ljm/as".
    # Flattened, the agency's copyright runs into them: "bur-abc/ljm © AFP".
    r"|(?-i:[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}(?:-[a-z]{2,5})?){1,5})"
    rf"(?:[ \t]{{0,3}}(?:©|\(c\))[ \t]{{0,2}}{_AGENCY}\.?)?"
    # Lusa's sign-off: the editors' initials and "Lusa/Fim" ("ABC // JMR"), in flattened
    # text on one line ("ABC // JMR Lusa/Fim").
    r"|(?-i:[A-ZÀ-ÖØ-Þ]{2,4}(?:[ \t]{0,2}//[ \t]{0,2}[A-ZÀ-ÖØ-Þ]{2,4}){1,4})"
    r"(?:[ \t]{0,3}Lusa/Fim\.?)?"
    r"|Lusa/Fim\.?"
    # PAP's editors' initials, each closed by a slash: "ksi/ mhr/", "kw/ mal/ kgr/".
    r"|(?-i:[a-ząćęłńóśźż]{2,5}/(?:[ \t]{1,2}[a-ząćęłńóśźż]{2,5}/){1,4})"
    r")[ \t]*"
)


@functools.cache
def _credit_line() -> re.Pattern[str]:
    """The credit-line pattern (``_CREDIT_LINE_SOURCE``), compiled once, when first used.

    stdlib ``re``: one match attempt on a short line costs less than with ``regex``.
    """
    return re.compile(_CREDIT_LINE_SOURCE, re.IGNORECASE)


#: A source credit that names a publication or an office, the text's last line: "Source:
#: Dales Courant", "Quelle: Altmühl-Kurier / Redaktion Eichenau", "Fuente: Campo Sur",
#: "Źródło: Gazeta Pomorska", "来源：新华社", in brackets too: "(Source: Dales Courant)",
#: "（来源：新华社）"; what follows the word is tested by _publication (a name, not prose
#: nor a quotation).
_SOURCE_LINE = lazy(
    # (An address is the "Source: <url>" frame's, see the packs: refused at once.)
    rf"(?P<open>[(\[（])?{_SOURCE_WORD}[ \t]{{0,2}}[:：][ \t]{{0,3}}(?!https?://|www\.)"
    r"(?P<name>[^\n]{1,100}?)(?(open)[)\]）]\.?)",
    re.IGNORECASE,
)
#: Lower-case words a name may hold between its capitalised ones: articles,
#: prepositions and conjunctions ("Office for National Statistics", "Folha de S.Paulo",
#: "Ministerio de Agricultura, Pesca y Alimentación"); and "via", between the paper and
#: the aggregator that carried its story ("Source: Ottery Echo via NewsNow", "Fuente: La
#: Voz del Órbigo vía Agregador Noticias CyL", "Quelle: beispiel.de via News-Aggregator
#: Süd"): an aggregator's source line, a name on each side (prose has a lower-case word:
#: "Source: figures via a records request" stays).
_NAME_JOINER_WORDS = """the of for and on in at de del della delle dei degli di da dal das
    do dos du des la le les el los las lo van von der den het und für zu am im an y e et
    i och og a au aux sur w z na via vía"""
_NAME_JOINERS = frozenset(_NAME_JOINER_WORDS.split())
#: Marks that join two names: "Altmühl-Kurier / Redaktion Eichenau", "Reuters | AP".
_NAME_MARKS = frozenset("/|-–—&+·•")
_NAME_QUOTES = frozenset("\"“”„«»‹›‘’")
_CASELESS_STOPS = frozenset("。！？，；：,;:!?")
_MAX_NAME_WORDS = 8
#: German articles and "von" that join a noun phrase ("Angaben der Polizei"): around an
#: aggregator's "via" they are prose's, not a name's (see _publication).
_GERMAN_CASES = frozenset(("der", "des", "dem", "den", "von", "vom", "zur", "zum"))
#: A site's address in brackets after its name, as an aggregator prints its source
#: ("Source: Ottery Echo (https://otteryecho.co.uk) via NewsNow"): the name's, not a
#: "Source: <url>" frame (that one opens with the address).
_BRACKETED_ADDRESS = lazy(r"[ \t]?\((?:https?://|www\.)[^\s()]{1,200}\)")


def _publication(name: str) -> bool:
    """Is ``name``, what follows "Source:" on the text's last line, a publication's or an
    office's name ("Dales Courant", "Altmühl-Kurier / Redaktion Eichenau", "Office for
    National Statistics", "El País.", "nytimes.com", "新华社")?

    A name is at most _MAX_NAME_WORDS words, each capitalised, a figure, a domain, a
    joining word ("of", "de", "und") or a mark ("/", "&"), with no sentence end but a
    full stop after the last one; a name of three words or fewer with no stop may hold
    one other lower-case word after its first ("Городские вести Заречья"). Not prose
    ("Source: officials at the ministry.", "Quelle: eigene Recherche", "Source: The
    council said so."), a question, nor a quotation ("Quelle: „Wir wussten nichts“").
    """
    name = name.rstrip()
    if "(" in name:
        name = _BRACKETED_ADDRESS.sub("", name)
    stop = name.endswith(".") and not name.endswith("..")
    if stop:
        name = name[:-1]  # "Fuente: Campo Sur."
    words = name.split()
    if (not words or len(words) > _MAX_NAME_WORDS or "://" in name
            or not _NAME_QUOTES.isdisjoint(name)):
        return False  # (an address is a "Source: <url>" frame's, see the packs)
    if ("via" in words or "vía" in words) and not _GERMAN_CASES.isdisjoint(words):
        # German capitalises its nouns: "Angaben der Polizei via Pressemitteilung" is a
        # noun phrase, not a paper's name and an aggregator's, and stays.
        return False
    if name.lower() == name.upper():
        # A caseless script's name ("新华社", "人民网 - 人民日报"): no stop, no clause.
        return _CASELESS_STOPS.isdisjoint(name)
    # Names in sentence case ("Городские вести", "Lidové noviny", "Evenimentul zilei", as
    # Russian, Czech and Romanian write them) hold one lower-case word: a short name
    # with no stop after it may.
    lower = 1 if len(words) <= 3 and not stop else 0
    for i, word in enumerate(words):
        core = word.strip("()[],;")
        if not core or core in _NAME_MARKS:
            continue
        if core.endswith(("!", "?", "…")):
            return False
        if core[0].isupper() or core[0].isdigit():
            if core.endswith(".") and i < len(words) - 1 and len(core) > 4:
                return False  # "Reuters. Police …": a sentence ended inside
        elif "." in core.strip(".") or (i and core.lower() in _NAME_JOINERS):
            continue  # a domain, or a joining word
        elif i and lower and core.isalpha():
            lower -= 1
        else:
            return False  # prose, "eigene Recherche"
    return True


def _credit_at(text: str, s: int, end: int) -> bool:
    """Is ``text[s:end]`` a credit line: a ``_credit_line`` match, or a source credit
    naming a publication (_SOURCE_LINE)?"""
    if _credit_line().fullmatch(text, s, end):
        return True
    # (Its colon first: most last lines hold none, and the search is one C-level scan.)
    if text.find(":", s, end) < 0 and text.find("：", s, end) < 0:
        return False
    m = _SOURCE_LINE.fullmatch(text, s, end)
    return m is not None and _publication(m.group("name"))


#: Notices that are a sentence of their own at the end of the text: reprint terms
#: ("Republication without written permission is prohibited.", "Reproduction interdite",
#: "Nachdruck nur mit Genehmigung") and syndication notes ("This story was syndicated via
#: <service>.", with the "Originally published by <paper>." that may follow it: alone,
#: that sentence is a credit the labelled article bodies keep).
_NOTICE = lazy_regex(
    r"(?:"
    r"Republication(?:[ \t]or[ \t]redistribution)?[ \t]without[ \t](?:the[ \t])?(?:prior[ \t])?"
    r"(?:express[ \t])?written[ \t](?:permission|consent)(?:[ \t]of[ \t][^\n.]{1,60})?"
    r"[ \t]is[ \t](?:strictly[ \t])?prohibited"
    r"|This[ \t]material[ \t]may[ \t]not[ \t]be[ \t]published,[ \t]broadcast,[ \t]rewritten,?"
    r"[ \t](?:or|and/or)[ \t]redistributed(?:[ \t]without[ \t][^\n.]{1,40})?"
    r"|(?:Reproduction|Redistribution)(?:[ \t]or[ \t]redistribution)?[ \t]is[ \t]"
    r"(?:strictly[ \t])?prohibited(?:[ \t]without[ \t][^\n.]{1,60})?"
    r"|(?:Toute[ \t])?reproduction(?:[ \t]même[ \t]partielle)?[ \t]interdite"
    r"(?:[ \t]sans[ \t][^\n.]{1,60})?"
    r"|(?:©[ \t]{0,2})?Riproduzione[ \t]riservata"
    r"|Nachdruck[ \t](?:nur[ \t]mit[ \t](?:schriftlicher[ \t])?Genehmigung(?:[ \t]de[rs][ \t]"
    r"[^\n.]{1,40})?|verboten|untersagt)"
    r"|Reproducción[ \t]autorizada[ \t]citando[ \t]la[ \t]fuente"
    r"|(?:Queda[ \t])?prohibida[ \t]su[ \t]reproducción(?:[ \t]total[ \t]o[ \t]parcial)?"
    r"|É[ \t]proibida[ \t]a[ \t]reprodução(?:[ \t]total[ \t]ou[ \t]parcial)?"
    r"|This[ \t](?:story|article|post|piece)[ \t]was[ \t]syndicated[ \t](?:via|by|from|through)"
    r"[ \t][^\n.]{1,80}\.[ \t]{1,3}(?:Originally[ \t]published[ \t](?:by|in|on)[ \t]"
    r"[^\n.]{1,80}\.?)?"
    r"|This[ \t](?:story|article|post|piece)[ \t]was[ \t]syndicated[ \t](?:via|by|from|through)"
    r"[ \t][^\n.]{1,80}"
    # McClatchy's dated note: "This story was originally published November 24, 2026 at
    # 12:41 PM." (with no date it is a credit line the labelled bodies keep, see above).
    r"|This[ \t](?:story|article)[ \t]was[ \t]originally[ \t]published[ \t](?:on[ \t])?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)[ \t]\d{1,2},[ \t](?:19|20)\d\d(?:[ \t]at[ \t]\d{1,2}:\d\d[ \t]?"
    r"[ap]\.?m\.?)?"
    # A feed copyright plugin's notice under each item, sentence by sentence: "This RSS
    # feed is for personal non-commercial use only. If you are not reading this material
    # in your news aggregator, the site you are looking at is guilty of copyright
    # infringement. Please contact <address> so we can take legal action immediately."
    # (the copyright line before it goes with it, see _copyright_lead); some editions
    # hedge: "… the site you are looking at may be guilty of copyright infringement."
    r"|This[ \t](?:RSS[ \t]|Atom[ \t])?feed[ \t]is[ \t](?:intended[ \t])?for[ \t]personal,?"
    r"[ \t]non-?commercial[ \t]use[ \t]only"
    r"|If[ \t]you[ \t]are[ \t]not[ \t]reading[ \t]this[ \t](?:material|content|article|post|entry)"
    r"[ \t](?:in|on|through)[ \t]your[ \t](?:news[ \t]aggregator|(?:RSS[ \t]|news[ \t])?feed"
    r"[ \t]reader|news[ \t]reader|RSS[ \t]reader)[^\n.]{0,80}?,[ \t](?:then[ \t])?the[ \t]"
    r"(?:site|website|page)[ \t]you[ \t]are[ \t](?:looking[ \t]at|reading|on)[ \t]"
    r"(?:is|may[ \t]be|might[ \t]be)[ \t]guilty[ \t]of[ \t]copyright[ \t]infringement"
    r"|Please[ \t]contact[ \t][^\n]{1,80}?[ \t]so[ \t]we[ \t]can[ \t]take[ \t]legal[ \t]action"
    r"(?:[ \t]immediately)?"
    # A wire's distribution line after its copyright sentence ("Copyright 2026 Example
    # Wire. Distributed by NewsFeedr."): tried only with that copyright before it (see
    # _DISTRIBUTED_FIRST); alone, "Distributed by Altitude." may be a film's credit.
    r"|(?:(?:Distributed|Syndicated)[ \t](?:by|via|through)|Distribuid[oa][ \t]por"
    r"|Distribu[ée]e?[ \t]par|Diffus[ée]e?[ \t]par|Verbreitet[ \t](?:durch|von)|Vertrieb[ \t]durch"
    r"|Distribuit[oa][ \t](?:da|tramite)|Distribuíd[oa][ \t]por|Verspreid[ \t]door)"
    # (The distributor a name: a capital or a figure first, no clause after a comma.)
    r"[ \t](?-i:\p{Lu}|\d)[^\n.,;:]{0,60}"
    r")[.!]?[ \t]*",
    regex.IGNORECASE | regex.V0,
)
#: What a wire's distribution line opens with: a notice only after a copyright sentence.
_DISTRIBUTED_FIRST = (
    "Distributed ", "Syndicated ", "Distribuido ", "Distribuida ", "Distribué", "Diffusé",
    "Verbreitet ", "Vertrieb ", "Distribuit", "Distribuíd", "Verspreid ",
)
#: What a _NOTICE opens with, as a sentence does: only a sentence that opens so is tried
#: (one C-level test; most texts' last sentences open otherwise).
_NOTICE_FIRST = (
    "Republication", "This ", "Reproduction", "Redistribution", "Toute ", "Riproduzione", "©",
    "Nachdruck", "Reproducción", "Queda ", "Prohibida", "É ", "If ", "Please ",
    *_DISTRIBUTED_FIRST,
)
#: What a feed copyright notice opens with (see _copyright_lead).
_FEED_NOTICE_FIRST = ("This RSS", "This feed", "This Feed", "This Atom")
#: The copyright line a feed notice opens with, as a sentence of its own before it: "©
#: 2026 Example News.", "Copyright © 2008 example.com." (a name, no sentence: no stop
#: inside but a domain's, at most _COPYRIGHT_NAME characters).
_COPYRIGHT_NAME = 60
_COPYRIGHT_LEAD = lazy(
    r"(?:©|\(c\)|Copyright)[ \t]{0,2}(?:(?:©|\(c\))[ \t]{0,2})?(?:(?:19|20)\d\d(?:[-–](?:19|20)?"
    rf"\d\d)?,?[ \t]{{1,2}})?(?:[^\n.!?©]|\.(?=\w)){{1,{_COPYRIGHT_NAME}}}\.[ \t]{{1,3}}\Z",
    re.IGNORECASE,
)
_CREDIT_LINE_MAX = 240  # a credit line is short; longer last lines are not tried
_NOTICE_REACH = 400  # notices are looked for in the last line's last characters
_MAX_CREDITS = 8  # credit units peeled from the end of one text


def _notice_start(text: str, ls: int, end: int) -> int | None:
    """Where a _NOTICE that ends ``text[:end]`` starts in its line, if one does: the last
    sentence, or the two last when the last names the paper a syndication note's
    service took the story from ("… via <service>. Originally published by <paper>.")."""
    lo = max(ls, end - _NOTICE_REACH)
    pos = end
    for _ in range(2):
        # (A notice follows a full stop: the sentence before it is a copyright or a
        # credit, not a question.)
        dot = text.rfind(". ", lo, pos)
        s = ls if dot < 0 else dot + 2
        # Or a stop glued to the notice's first word, where the blocks were joined by
        # nothing ("… last week.This story was originally published …").
        # (A full stop inside the last sentence first: most hold none.)
        if text.find(".", max(lo, dot + 1), pos - 1) >= 0 and (
                glued := _LAST_GLUED_NOTICE_STOP.match(text, max(lo, dot + 1), pos)):
            dot, s = glued.start(1), glued.end(1)
        while s < end and text[s] in " \t":
            s += 1
        if text.startswith(_NOTICE_FIRST, s) and _NOTICE.fullmatch(text, s, end):
            if text.startswith(_DISTRIBUTED_FIRST, s):
                return _wire_copyright_lead(text, ls, s, end)
            return _copyright_lead(text, ls, s) if text.startswith(_FEED_NOTICE_FIRST, s) else s
        if dot < 0 or not text.startswith("Originally", s):
            return None
        pos = dot
    return None


#: A wire's copyright sentence: a year or a sign, then the wire's name (its words
#: checked in Python, see _named).
_WIRE_COPYRIGHT = lazy(
    r"(?:Copyright[ \t]{1,2}(?:(?:©|\(c\))[ \t]{1,2})?(?:19|20)\d\d|(?:©|\(c\))"
    r"[ \t]{0,2}(?:(?:19|20)\d\d)?)(?:[-–](?:19|20)?\d\d)?,?[ \t]{0,2}(?P<name>[^\n]*?)\.[ \t]*\Z",
    re.IGNORECASE,
)
#: The distributor's name after "Distributed by" and the like (see _NOTICE).
_DISTRIBUTOR = lazy(r"[^ \t]+[ \t](?:by|via|through|por|par|durch|von|da|tramite|door)"
                          r"[ \t](?P<name>[^\n]*?)[.!]?[ \t]*\Z", re.IGNORECASE)


def _named(name: str) -> bool:
    """Is ``name`` a name only: capitalised words or figures, joining words and marks
    between them ("Harbour Wire", "Penguin Random House", "Agencia Faro")? Not prose
    ("Altitude in selected cinemas", "Arte in ganz Europa", "Los herederos").

    >>> _named("Agence Phare"), _named("Netflix in 190 countries")
    (True, False)
    """
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    for i, word in enumerate(words):
        core = word.strip("()[],")
        if not core or core in _NAME_MARKS:
            continue
        if core[0].isupper() or (core[0].isdigit() and i == 0):
            continue
        if i and core in _NAME_JOINERS and i < len(words) - 1:
            continue
        if "." in core.strip("."):
            continue  # a domain: "example.com"
        return False
    return True


def _wire_copyright_lead(text: str, ls: int, s: int, end: int) -> int | None:
    """Where a wire's copyright sentence starts before its distribution line at ``s``
    ("Copyright 2026 Harbour Wire. Distributed by NewsFeedr."), if one does: the
    copyright with a year or a sign and a name, opening its line or after a stop or a
    closing bracket, and a distributor named with nothing after the name. Prose stays:
    "Copyright disputes held up its release. Distributed by Altitude in the UK.", "The
    novel, © 2024 Jane Doe. Distributed by …", "… Distributed by Netflix in 190
    countries."
    """
    dist = _DISTRIBUTOR.match(text, s, end)
    if dist is None or not _named(dist.group("name")):
        return None
    lead = _copyright_lead(text, ls, s)
    if lead >= s:
        return None
    if lead > ls:
        prev = lead
        while prev > ls and text[prev - 1] in " \t":
            prev -= 1
        if prev > ls and text[prev - 1] not in ".!?)]":
            # "The novel, © 2024 Jane Doe.": inside a sentence. (After a bracket that
            # closes a unit, flattened: "… which she (continued) Copyright 2026 …".)
            return None
    m = _WIRE_COPYRIGHT.match(text, lead, s)
    return lead if m is not None and _named(m.group("name")) else None


def _copyright_lead(text: str, ls: int, s: int) -> int:
    """Where a feed notice that starts at ``s`` starts with the copyright line its plugin
    prints before it ("© 2026 Example News. This RSS feed is for personal …"): at the
    "©" when one opens the sentence before ``s``, at a line start, after a space, a
    closing bracket or a stop (flattened: "… Editing by …)© 2026 Example News. This …");
    else ``s``. Alone, a copyright line with a name and nothing else stays (a picture's
    credit, a site's line the promo cleaner judges)."""
    lo = max(ls, s - _COPYRIGHT_NAME - 30)
    # (The last "©" or "Copyright" first: one C-level search each, in a short window.)
    at = max(text.rfind("©", lo, s), text.rfind("(c)", lo, s), text.rfind("(C)", lo, s),
             text.rfind("Copyright", lo, s), text.rfind("COPYRIGHT", lo, s))
    if at < 0:
        return s
    # "Copyright © 2008 …": the sentence opens at the word, not at the sign after it.
    word = text.rfind("Copyright", max(lo, at - 12), at)
    if word >= 0:
        at = word
    if _COPYRIGHT_LEAD.match(text, at, s) is None:
        return s
    if at > ls and not (text[at - 1] in " \t)]" or text[at - 1] in ".!?"):
        return s
    return at


#: The last full stop (group 1) after a letter or a figure ("… alle 13.© Riproduzione
#: riservata", "… in città.© …"), glued to a notice's first word: one match from where the
#: search starts, the greedy run backing off from the end.
_LAST_GLUED_NOTICE_STOP = lazy(
    r"(?s:.*)(\.)(?<=[^\W_]\.)(?=" + "|".join(re.escape(w) for w in _NOTICE_FIRST) + ")"
)


#: The heading of a press release's contact block (presseportal/news aktuell's
#: "Rückfragen bitte an:", "Pressekontakt:", PR wires' "Media contact:"), alone on a line.
_CONTACT_HEAD = lazy_regex(
    r"(?:Rückfragen(?:[ \t]bitte)?[ \t]an|Pressekontakt|Medienkontakt|Kontakt[ \t]für[ \t]"
    r"Rückfragen|Press[ \t]contacts?|Media[ \t]contacts?|Media[ \t]enquiries|Contacto[ \t]de"
    r"[ \t]prensa|Contact[ \t]presse|Perscontact)[ \t]{0,2}:?[ \t]*",
    regex.IGNORECASE | regex.V0,
)
_CONTACT_LINE_MAX = 100  # a contact block's lines: a name, an office, a number, an address
_CONTACT_LINES = 10


#: Pieces of every _CONTACT_HEAD, for a C-level search before the walk up the lines.
_CONTACT_PIECES = lazy("ontakt|ontact|ückfragen|nquiries")
#: What a contact block's last line holds: an e-mail or web address, a phone number.
_CONTACT_MARK = lazy(r"@|://|www\.|Tel|Fax|Phone|\+\d")


def _near_contact(text: str, ls: int, end: int) -> bool:
    """Might the last line, ``text[ls:end]``, end a contact block (see _contact_block):
    does it hold an address or a number, and a contact heading the lines above it?"""
    if _CONTACT_MARK.search(text, ls, end) is None:
        return False
    lo = max(0, ls - _CONTACT_LINES * _CONTACT_LINE_MAX)
    return _CONTACT_PIECES.search(text, lo, ls) is not None


def _contact_block(text: str, ls: int) -> int | None:
    """Where a press release's contact block that ends the text starts: its heading line
    ("Rückfragen bitte an:"), with nothing but short lines (names, numbers, addresses)
    from it to the line at ``ls``, the last; None if the lines above hold no heading.
    An article's last paragraph is no contact line under such a heading."""
    start = ls
    for _ in range(_CONTACT_LINES):
        nl = text.find("\n", start)
        if _CONTACT_HEAD.fullmatch(text, start, len(text) if nl < 0 else nl):
            return start
        q = _prev_nonspace(text, start, max(0, start - 2 * _CONTACT_LINE_MAX))
        if q < 0:
            return None
        start = text.rfind("\n", 0, q) + 1
        if q + 1 - start > _CONTACT_LINE_MAX:
            return None
    return None


#: First words of a byline's credit line ("Reporting by …; Editing by …").
_BYLINE_WORDS = frozenset({"reporting", "reported", "editing", "edited", "additional", "compiled"})


def _after_byline(text: str, ls: int) -> bool:
    """Does the line that starts at ``ls`` follow a byline's credit line ("(Reporting by
    Will Dunham; Editing by Tom Brown)", a line in brackets)? The labelled article
    bodies keep the byline and the "© Reuters" under it as one block: a credit line
    there stays."""
    q = _prev_nonspace(text, ls, max(0, ls - 400))
    if q < 0:
        return False
    prev = text[text.rfind("\n", 0, q) + 1 : q + 1].strip()
    first = prev.lstrip("([").split(maxsplit=1)
    bracketed = prev[:1] in "([" and prev[-1:] in ")]"
    return bracketed or (bool(first) and first[0].lower() in _BYLINE_WORDS)


#: What may end the sentence before a credit in flattened text: a stop, a closing quote,
#: or a cut mark in brackets ("… Bereits im[...]Quelle: …"). Not a bare bracket: "(Reporting
#: by …) © Reuters" is a byline's block, which the labelled bodies keep.
_FLAT_STOP = lazy(r"(?:[.!?…。！？][\"”’»]?|(?:…|\.{3})[\])])\Z")
#: A byline's credit sentence ("Reporting by …; Editing by …"): a credit after it stays.
_BYLINE_BEFORE = lazy(r"\b(?:Reporting|Editing|Edited|Compiled) by\b", re.IGNORECASE)
#: A mark every credit line holds: "©", "(c)"/"(ANSA)", a source's colon, a slug's or
#: an id's slash, or "Copyright" (looked for apart: the word has no other mark).
_CREDIT_MARK = lazy("[©(:/：]")  # a class, not an alternation: a fast C-level scan
_FLAT_STARTS = lazy(r"[.!?…。！？\"”’»\])][ \t]{0,3}(?=\S)")


def _in_address(text: str, stop: re.Match[str]) -> bool:
    """Is ``stop`` a dot inside a web address, glued to the letter after it ("…//x.co.uk")?
    The word it is in, back to the last space, holds "://" or "www."."""
    at = stop.start()
    if text[at] != "." or stop.end() != at + 1:
        return False
    word = text[text.rfind(" ", max(0, at - 200), at) + 1 : at]
    return "://" in word or "www." in word


def _flat_credit(text: str, ls: int, end: int) -> int | None:
    """Where a credit that ends a flattened line starts, if one does (see _credits_start).

    Scrapers that lose line breaks run the credit line into the sentence before it
    ("… dem Land. © dpa-infocom, dpa:<id>", glued: "… dem Land.© dpa-infocom, …"): a
    ``_credit_line`` match that starts right after a sentence end and runs to the end of
    the line is one. Tried in the line's last _CREDIT_LINE_MAX characters, from the start nearest
    the end; only an agency's credit in its printed shape matches, and an article
    sentence that names an agency goes on after the name ("… AFP reported."), so it
    is never all of what follows a stop. A credit after a byline's sentence stays.
    """
    lo = max(ls + 1, end - _CREDIT_LINE_MAX)
    # Every credit holds one of these marks: one C-level search, and most texts' last
    # sentences hold none.
    if _CREDIT_MARK.search(text, lo, end) is None and not any(
        text.find(w, lo, end) >= 0 for w in ("opyright", "OPYRIGHT")
    ):
        return None
    # (Not the dots inside a web address: "Source: Ottery Echo (https://x.co.uk) via …".)
    starts = [m.end() for m in _FLAT_STARTS.finditer(text, lo, end) if not _in_address(text, m)]
    # A credit holds two stops at most ("(c) Agencia EFE", "… (SINC) vía Agencia …."):
    # the starts after the last three are all a credit may start at.
    for s in reversed(starts[-3:]):
        if not _credit_at(text, s, end):
            continue
        before = text[max(ls, s - 200) : s].rstrip()
        if _FLAT_STOP.search(before) is None or _BYLINE_BEFORE.search(before):
            return None
        return s
    return None


def _credits_start(text: str) -> int | None:
    """Where the agency credits, reprint and syndication notes that end the text start.

    Peeled from the end: a whole last line that ``_credit_line`` matches, or a last
    sentence that is a _NOTICE, or, above a credit, a press release's contact block, then again on
    what is left, at most _MAX_CREDITS times. Only the
    text's end is looked at: the same words inside an article ("Reuters reported …",
    "The agency said reproduction is prohibited without a licence.") are no unit.
    """
    end = len(text.rstrip())
    start = None
    for _ in range(_MAX_CREDITS):
        ls = text.rfind("\n", 0, end) + 1
        if end - ls <= _CREDIT_LINE_MAX and _credit_at(text, ls, end):
            s: int | None = None if _after_byline(text, ls) else ls
        else:
            s = _notice_start(text, ls, end)
            if s is None:
                s = _flat_credit(text, ls, end)
            if s is None:
                # A CMS's tag or filing list under the article, or run into it
                # ("… across".Filed under: Parks, Roads"): see _tag_lists.
                s = _tag_list(text, ls, end)
            # A contact block sits above the credit that names its sender ("Rückfragen
            # bitte an: …" / "Original-Content von: …, übermittelt durch news aktuell"):
            # looked for once a credit went, so other texts pay nothing for it.
            if (
                s is None and start is not None and end - ls <= _CONTACT_LINE_MAX
                and _near_contact(text, ls, end)
            ):
                s = _contact_block(text, ls)
        if s is None:
            break
        start = s
        end = _prev_nonspace(text, s, 0) + 1
        if end <= 0:
            break
    return start
