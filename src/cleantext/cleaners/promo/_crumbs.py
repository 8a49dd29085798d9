"""Breadcrumb trails: a home word, then sections after ">", "›", "»", "→" or "/" ("Home >
News > Politics"), as a line or glued to the headline under it. Left alone: a line
that opens with any other word ("Sales > costs > profits"), items that read as a
sentence, "Home / Away record: 5-2"."""

from __future__ import annotations

import re

import regex

from cleantext._core import Span
from cleantext._lazy import lazy, lazy_regex

# A breadcrumb trail: the home page's name, then the sections down to the article, each
# after ">", "›", "»" or "→" ("Home > News > Politics", "Startseite › Region › Kreis
# Altenau", "Accueil > Actualités > Société"), a whole line. The home word must open it:
# a line that opens with anything else ("Sales > costs > profits") is left alone, as is
# a trail whose items read as a sentence (``_crumb_items``). The home words of the
# languages the packs cover, as CMSs print them, and the news section's name, which
# opens the trail where the home page has none ("News > Local > Courts", "Nachrichten ›
# Politik", "Noticias > Sociedad"). A "/" also separates the items (WordPress
# breadcrumb plugins, "Inicio / Sociedad / Medio ambiente"), but only in a trail of two
# sections or more: "Home / Away record: 5-2" is a table's line.
_HOME_WORDS = ("Home", "Homepage", "Startseite", "Accueil", "Inicio", "Portada", "Início",
               "Página inicial", "Voorpagina", "Homepagina",
               "News", "Nachrichten", "Nieuws", "Actualités", "Noticias", "Notizie",
               "Notícias",
               # The later packs' languages: "Zprávy › Domácí › Vysočina".
               "Úvod", "Zprávy", "Strona główna", "Wiadomości", "Startsida", "Forside",
               "Nyheter", "Nyheder", "Etusivu", "Uutiset", "Főoldal", "Hírek", "Acasă",
               "Știri", "Anasayfa", "Ana Sayfa", "Haberler", "Inici", "Notícies",
               "Главная", "Новости")
_CRUMB_MARKS = ">›»→/"
_CRUMB_TRAIL = (r"(?:" + "|".join(map(re.escape, _HOME_WORDS)) + r")[ \t]{1,3}"
                rf"[{_CRUMB_MARKS}][ \t]{{1,3}}([^\n{_CRUMB_MARKS}]{{1,40}}+"
                rf"(?:[{_CRUMB_MARKS}][ \t]{{1,3}}+[^\n{_CRUMB_MARKS}]{{1,40}}+){{0,8}}+)$")
_CRUMB_LINE = lazy(r"(?im)^[ \t]{0,3}" + _CRUMB_TRAIL)
# The same after what a theme prints before it ([here]: "You are here: Home / News"),
# from that cue's end to the line's end.
_CRUMB_AFTER = lazy(r"(?i)[ \t]{0,3}:?[ \t]{0,3}" + _CRUMB_TRAIL.removesuffix("$"))


# Flattened text that dropped the line breaks glues a trail to the headline under it:
# "Startseite > Region > Landkreis HollfeldLandwirt aus Hollfeld gewinnt …". Only the
# change of case inside a word ("HollfeldLandwirt", "Bretagne-SudUne") shows where the
# last section ends; with a space there ("Landkreis Hollfeld Landwirt aus …") nothing
# does, and the trail stays. Each item lazy and bounded: the first join of case ends it.
_GLUED_CRUMB = lazy_regex(
    r"(?m)^[ \t]{0,3}(?i:" + "|".join(map(regex.escape, _HOME_WORDS)) + r")[ \t]{1,3}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}((?:[^\n{_CRUMB_MARKS}]{{1,40}}?[ \t]{{1,3}}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}){{0,8}}?[^\n{_CRUMB_MARKS}]{{0,39}}?\p{{Ll}})"
    # A headline after the join: two words at least ("TownFerry fares", not "WhatsApp").
    r"(?=\p{Lu}[^\s]{0,40}+[ \t]{1,3}+\S)")

# With a space between them, nothing shows where the last section ends ("Home » News »
# Environment Volunteers count record …", "Home » Cronaca » Provincia Ritrovato dopo
# tre giorni …"), unless it is a word that names a section of a news site (a fact
# list, ``_SECTION_NAMES``; or two, the second in lower case: "Faits divers") and the
# headline after it opens as a sentence does: a capitalised word, then one in lower
# case. Only in languages whose headlines write their other nouns in lower case
# (Romance languages, Dutch): English and German open headlines with a section's word
# in a name ("Environment Agency warns …", "Health Secretary resigns …", "Region
# Hannover plant …"), and a compass point opens a place's name ("West Betuwe krijgt
# …"), so those trails stay whole (junk left, no headline word lost). The trail's items
# before it: as ``_GLUED_CRUMB``.
_SPACED_OPENING = (
    r"(?m)^[ \t]{0,3}(?i:" + "|".join(map(regex.escape, _HOME_WORDS)) + r")[ \t]{1,3}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}(?P<items>(?:[^\n{_CRUMB_MARKS}]{{1,40}}?[ \t]{{1,3}}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}){{0,8}}?)")
_SPACED_CRUMB = lazy_regex(
    _SPACED_OPENING + r"(?P<last>\p{Lu}\p{Ll}{1,20}+(?:-\p{L}\p{Ll}{1,20}+)?+"
    r"(?:[ \t]\p{Ll}{2,20}+)?+)[ \t]{1,3}+"
    r"(?=\p{Lu}\p{Ll}{0,30}+[ \t]{1,3}+\p{Ll})")
# German capitalises a headline's nouns ("Kreis Rellingen Bäckerei Hollmann schließt"),
# but a local section that names a district names it after the district's word (a
# fact list: "Kreis", "Landkreis" are no sections alone): that word and one name, then
# a capitalised word.
_DISTRICT_CRUMB = lazy_regex(
    _SPACED_OPENING + r"(?P<last>(?:Kreis|Landkreis|Bezirk|Stadtbezirk)[ \t]"
    r"\p{Lu}\p{Ll}{1,30}+(?:-\p{L}\p{Ll}{1,20}+)?+)[ \t]{1,3}+(?=\p{Lu})")
_SECTION_NAMES = frozenset({
    "société", "politique", "économie", "région", "culture", "faits-divers",
    "faits divers", "sports", "éducation", "santé", "environnement", "justice",
    "sociedad", "política", "economía", "cultura", "deportes", "sucesos", "provincia",
    "educación", "sanidad", "salud", "tecnología", "internacional", "nacional",
    "cronaca", "politica", "economia", "spettacoli", "attualità", "esteri",
    "scuola", "salute", "ambiente",
    "binnenland", "buitenland", "regio", "economie", "cultuur", "politiek",
    "onderwijs", "gezondheid",
    "cidades", "esportes", "desporto", "sociedade", "educação", "saúde",
})


# A trail that opens the text, flattened onto its headline, down to a regional section
# and the place it covers ("Accueil > Régions > Liège-Verviers Le marché de Noël …",
# "Home › Regio › Zeeland De veerdienst …"): a regional section subdivides by place,
# named in one word (perhaps hyphenated), and the headline after it opens with an
# article written capitalised before a small word ("Le marché", "De veerdienst"). A
# sentence-case headline writes an article after its first word in small letters, so a
# capitalised one opens a new headline there; before a capital it is a name's ("Le
# Havre", "Paris La Défense", "Den Haag"). Without that, the trail may end at the
# regional section and the word be the headline's ("Home > Regio > Oost Gelre krijgt
# …", "Home › Regio › Zeeland Veerdienst …"): it stays (junk left). Only at the text's
# start, where a page's trail stands, and only where the trail's own words show a
# language whose headlines are no title case (its regional section, or its home word,
# ``_SENTENCE_CASE_HOMES``, for "Local").
_ARTICLES = ("Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "El", "Los", "Las", "Una",
             "Il", "Lo", "Gli", "O", "A", "Os", "As", "Um", "Uma", "De", "Het", "Een")
_START_CRUMB = lazy_regex(
    r"[ \t]{0,3}(?P<home>" + "|".join(map(regex.escape, _HOME_WORDS)) + r")[ \t]{1,3}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}(?P<items>(?:[^\n{_CRUMB_MARKS}]{{1,40}}?[ \t]{{1,3}}"
    rf"[{_CRUMB_MARKS}][ \t]{{1,3}}){{1,8}}?)"
    r"(?P<last>\p{Lu}\p{Ll}{1,20}+(?:-\p{L}\p{Ll}{0,20}+){0,3}+)[ \t]{1,3}+"
    r"(?=(?:" + "|".join(map(regex.escape, _ARTICLES)) + r")(?:[ \t]{1,3}|(?<=['’]))\p{Ll})")
# Regional sections as sites name them, in the languages whose headlines write their
# other nouns in lower case; "local" is an English section's name too.
_REGIONAL = frozenset({"regio", "regionaal", "lokaal", "régions", "région", "régional",
                       "regiones", "región", "regional", "regioni", "regione",
                       "região", "regiões", "cidades", "municípios", "local"})
_SENTENCE_CASE_HOMES = frozenset({
    "Accueil", "Inicio", "Portada", "Início", "Página inicial", "Voorpagina",
    "Homepagina", "Nieuws", "Actualités", "Noticias", "Notizie", "Notícias", "Inici",
    "Notícies"})


def _start_crumb(text: str) -> Span | None:
    """The trail that opens the text down to its place's one word (``_START_CRUMB``:
    a capitalised article and a small word after it), if its items are sections
    (``_crumb_items``) and the last but one is a regional section in a language of
    sentence-case headlines.

    >>> text = "Home › Regio › Zeeland De veerdienst krijgt een elektrische boot"
    >>> text[_start_crumb(text)[1]:]
    'De veerdienst krijgt een elektrische boot'
    >>> _start_crumb("Home › Regio › Oost Gelre krijgt een nieuwe school") is None
    True
    """
    m = _START_CRUMB.match(text)
    if m is None:
        return None
    items = [i.strip() for i in re.split(f"[{_CRUMB_MARKS}]", m.group("items")) if i.strip()]
    regional = items[-1].casefold() if items else ""
    if regional not in _REGIONAL or \
            (regional == "local" and m.group("home") not in _SENTENCE_CASE_HOMES):
        return None
    if not _crumb_items(m.group("items") + m.group("last"), slashed="/" in m.group()):
        return None
    return (m.start(), m.end(), "")


def _glued_crumbs(text: str) -> list[Span]:
    """Breadcrumb trails glued to the headline that follows them (``_GLUED_CRUMB``):
    from the home word to the last section's last letter, when every item is a section
    (``_crumb_items``). A camel-cased section name ("WhatsApp") would end the trail
    early and leave its tail: junk left, never article lost. Also a trail that a space
    parts from its headline, when its last section shows where it ends
    (``_SPACED_CRUMB``, ``_DISTRICT_CRUMB``), or at the text's start a trail down to a
    regional section's place (``_start_crumb``)."""
    spans: list[Span] = []
    start = _start_crumb(text)
    if start is not None:
        spans.append(start)
    for m in _GLUED_CRUMB.finditer(text):
        if _crumb_items(m.group(1), slashed="/" in m.group()):
            spans.append((m.start(), m.end(), ""))
    for pattern in (_SPACED_CRUMB, _DISTRICT_CRUMB):
        for m in pattern.finditer(text):
            last = m.group("last")
            if (last.casefold() in _SECTION_NAMES or pattern is _DISTRICT_CRUMB) and \
                    _crumb_items(m.group("items") + last, slashed="/" in m.group()):
                spans.append((m.start(), m.end(), ""))
    return spans


def _crumb_items(body: str, *, slashed: bool = False) -> bool:
    """Whether the items after a home word are sections: one to five words each, the
    first capitalised (or a digit), with no sentence punctuation; with a "/" in the
    trail (``slashed``), two of them at least, with no digit or colon."""
    items = [i.strip() for i in re.split(f"[{_CRUMB_MARKS}]", body)]
    if slashed and (len(items) < 2 or any(ch.isdigit() or ch == ":" for ch in body)):
        return False
    return all(1 <= len(i.split()) <= 5 and (i[:1].isupper() or i[:1].isdigit())
               and not any(ch in ".!?;\"“”" for ch in i) for i in items)
