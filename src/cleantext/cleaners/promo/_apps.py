"""App pitches: a short line that opens with an app verb and names the app ("Download
the Gazette app for breaking news alerts"), and in a paragraph the pitch's sentence
when it promises news. Left alone: advice about an app ("Download the NHS App to book
appointments."), the verbs' other senses ("Download speeds doubled"), a headline that
asks, quoted, reported or talked-about lines."""

from __future__ import annotations

import itertools

from cleantext._lazy import lazy, lazy_regex
from cleantext.cleaners.promo._article import _restart
from cleantext.cleaners.promo._lines import _QUOTES, _SENTENCE, _glued_word, _Line, _where
from cleantext.cleaners.promo._openings import _APP
from cleantext.cleaners.promo._speech import _CLAUSE_WORDS, _mentioned, _reported

_APP_WORDS = frozenset({"app", "apps", "application", "aplicación", "applicazione",
                        "aplicativo", "applicatie"})
# The app word is among this many words after the verb: "the KPLT News app", "Laden Sie
# sich jetzt die kostenlose NWZ-App herunter" (a compound's last part: "NWZ-App").
_APP_REACH = 6
_TOKEN = lazy(r"\S++")
_TRAILING = ".,;:!?…\"'”’»)]"  # what may close a word (before the app word's end)


def _app_word_end(text: str, verb_end: int, end: int) -> int | None:
    """The end of the app word (``_APP_WORDS``) among the first ``_APP_REACH`` + 1 words
    after an app verb that ends at ``verb_end``: a word, or the last part of a compound
    ("Rundschau-App", "l'app"; not "App-Store"'s first), if one is there."""
    for token in itertools.islice(_TOKEN.finditer(text, verb_end, end), _APP_REACH + 1):
        word = token.group().rstrip(_TRAILING)
        last = word.replace("’", "'").rsplit("'", 1)[-1].rsplit("-", 1)[-1].lstrip("(“«‘„\"[")
        if last.casefold() in _APP_WORDS:
            return token.start() + len(word)
        # Glued to the next block's capitalised word ("… Mercury appBreaking news …").
        if last[1:] != last[1:].lower():
            glued = _glued_word(text, token.start() + len(word) - len(last))
            if glued and glued.casefold() in _APP_WORDS:
                return token.start() + len(word) - len(last) + len(glued)
    return None
_APP_LINE = 160


def _app_line(text: str, line: _Line) -> bool:
    """Whether a line is an app pitch: short, it opens with an app verb (``_APP``) and
    names the app (``_APP_WORDS``, also the end of a compound: "Rundschau-App") among
    its next few words, asks no question, and no article sentence starts again in it.
    Left alone: longer lines, quoted, reported or talked-about ones ("Download the app
    was the advice police gave", '"Get the app," she said'), a headline that asks
    ("Get the app that pays you?"), and the verb's other senses ("Get the kids to
    school on time", "Download speeds doubled": no app word follows)."""
    verb = _APP.match(text, line.start)
    if line.end - line.start > _APP_LINE or verb is None or text[line.end - 1] == "?":
        return False
    if not _QUOTES.isdisjoint(text[line.start:line.end]) or \
            _reported(text, line.start, line.end):
        return False
    at = _app_word_end(text, verb.end(), line.end)
    return at is not None and not _mentioned(text, at, line.end) and \
        _restart(text, at, line.end) >= line.end


# What an app pitch promises: news, alerts, updates ("for breaking news alerts", "keine
# Nachricht mehr verpassen", "resta sempre aggiornato", "ontvang pushberichten bij
# belangrijk nieuws"). An app that an article advises ("Download the NHS App to book
# appointments") promises none.
_NEWS_WORDS = lazy_regex(
    r"(?i)(?<!\w)(?:news|alerts?|notifications?|updates?|headlines|breaking|nachricht(?:en)?"
    r"|eilmeldung(?:en)?|push\w{0,12}|noticias|notícias|alertas|actualités?|actu|infos?"
    r"|notizie|aggiornat[oaie]|aggiornamenti|nieuws|meldingen|berichten)(?!\w)")
# The messengers whose channel an infinitive pitch subscribes to ("Jetzt den Boten auf
# WhatsApp abonnieren und keine Nachricht mehr verpassen!"), as its app word.
_CHANNEL_APPS = frozenset({"whatsapp", "telegram", "whatsapp-kanal", "telegram-kanal"})
# A download verb after the app word, in German word order ("Jetzt die neue
# Rundschau-App herunterladen"): at most this many words after it.
_DOWNLOAD_AFTER = 3
# The words an infinitive pitch opens with ("Jetzt die App herunterladen", "Hier die
# App herunterladen", "Einfach die App herunterladen", "Die Rundschau-App kostenlos
# herunterladen").
_DOWNLOAD_OPENERS = frozenset({"jetzt", "hier", "gleich", "einfach", "die", "unsere",
                               "unser", "kostenlos", "gratis"})
_AND = frozenset({"und", "en", "oder", "sowie"})
# Where an app pitch's sentence ends: a full stop or "!" before a space, a capital, a
# quotation mark or the end.
_APP_STOP = lazy_regex(r"[.!](?=[\s\p{Lu}„“\"«]|$)")


def _app_sentence(text: str, line: _Line, cue: int, download: bool) -> tuple[int, int] | None:
    """An app pitch as a sentence inside a line: it opens after a sentence's end (or the
    line's start) with an app verb (``_APP``), names the app (``_APP_WORDS``) among its
    next few words, promises news (``_NEWS_WORDS``) and ends with a full stop or "!"
    ("… in. Download the Coastal Echo app for breaking news alerts on your phone.",
    "… bene. Scarica l'app di Cronache del Cervaro e resta sempre aggiornato! «Non …");
    German puts the verb last ("Jetzt die neue Anzeiger-App herunterladen und keine
    Nachricht mehr verpassen!": ``cue`` is then the [download] verb, ``download``).
    Left alone: a sentence that asks, is quoted, reported or talked about, runs long,
    or in which the article starts again, and advice about an app ("Download the NHS
    App to book appointments.": no news promised)."""
    if download:
        stop = max(text.rfind(ch, max(line.start, cue - _APP_LINE), cue) for ch in ".!?")
        start = line.start if stop < 0 else stop + 1
        # (Read no more than one word past the most it may have: a glued line of
        # pitches with no stop would be read from its start once for each.)
        opening = [w.group() for w in itertools.islice(
            _CLAUSE_WORDS.finditer(text, start, cue), _APP_REACH + 1)]
        # An infinitive that commands: "Jetzt die … App herunterladen", not "Der
        # Anbieter bittet alle Kunden, die neue App herunterladen …" (a clause).
        if not opening or opening[0].casefold() not in _DOWNLOAD_OPENERS or \
                len(opening) > _APP_REACH or "," in text[start:cue] or \
                not any(w.casefold() in _APP_WORDS or w.casefold() in _CHANNEL_APPS
                        for w in opening[-_DOWNLOAD_AFTER - 1:]):
            return None
    else:
        start = cue
    while start < cue and text[start] in " \t":
        start += 1
    if not (start == line.start or text[start - 1] in ".!" or
            (text[start - 1] in " \t" and _where(text, start) == _SENTENCE)):
        return None
    m = _APP_STOP.search(text, cue, min(line.end, start + _APP_LINE))
    if m is None:
        return None
    end = m.end()
    words = list(_CLAUSE_WORDS.finditer(text, start, end))
    if download:
        # The infinitive ends the command, or "und" joins another that ends it ("…
        # herunterladen und keine Nachricht mehr verpassen!"); a finite verb after it
        # makes it a subject ("Die App herunterladen konnten nur wenige").
        after = [w.group() for w in words if w.start() > cue]
        if after and (after[0] not in _AND or not after[-1].islower() or
                      not after[-1].endswith("n")):
            return None
        at = cue
    else:
        verb = _APP.match(text, start)
        if verb is None:
            return None
        found = _app_word_end(text, verb.end(), end)
        at = -1 if found is None else found
    body = text[start:end]
    if at < 0 or _NEWS_WORDS.search(body) is None or not _QUOTES.isdisjoint(body) or \
            _reported(text, start, end) or _mentioned(text, at, end) or \
            _restart(text, at, end) < end:
        return None
    return start, end
