"""Button, heading and link words: a sentence or line that is nothing else, the consent
buttons, and buttons run into each other or into the article's first word where their
tags or the line breaks went with no space in their place."""

from __future__ import annotations

from cleantext._lazy import lazy
from cleantext.cleaners.banners._doc import _Doc, _match_end
from cleantext.cleaners.banners._letters import _CAMEL, _CJK, _LO, _QUOTES, _UP
from cleantext.cleaners.banners._limits import _CAMEL_BUTTON_MAX, _GLUED_BUTTONS_MAX, _MAX_GLUED

# A consent tool's settings link and its dialog's heading name what it manages: cookies,
# or the consent itself.
_CONSENT_WORD = lazy(
    r"cookie|consent|einwilligung|toestemming|consentement|consentimiento|consenso"
)


def _is_chrome(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is button, heading and link words only."""
    if start >= end:
        return False
    if doc.lex.chrome.fullmatch(doc.low, start, end) is not None:
        return True
    # Buttons whose tags were dropped run together ("<button>Accept</button><button>Deny"
    # becomes "AcceptDeny"): split them where a lower-case letter meets a capital.
    if end - start > _GLUED_BUTTONS_MAX:
        return False
    if _CAMEL.search(doc.text, start, end) is None:
        return _caps_buttons(doc, start, end)
    split = _CAMEL.sub(" ", doc.text[start:end]).lower()
    return doc.lex.chrome.fullmatch(split) is not None


# A run of words in capitals only (and the separators between buttons).
_CAPS_ONLY = lazy(f"[{_UP}][{_UP}\\s|/·•&'’-]{{2,199}}")


def _caps_buttons(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, in capitals, is buttons run together where their tags
    were dropped with no space, which no case change parts ("I ACCEPTMORE OPTIONS",
    Quantcast Choice's buttons)."""
    return _caps_split(doc, start, end) is not None


def _caps_split(doc: _Doc, start: int, end: int) -> str | None:
    """``text[start:end]`` in lower case with a space between the buttons run together in
    it, read from its start as buttons, each the longest that ends inside it (as
    ``_caps_glued_end`` reads them before an article's word); None unless it is in
    capitals and all buttons."""
    text = doc.text
    # (A capital and no lower-case letter after it first: most lines start otherwise,
    # and the test costs less.)
    if end - start < 3 or not text[start].isupper() or text[start + 1].islower() \
            or _CAPS_ONLY.fullmatch(text, start, end) is None:
        return None
    low = doc.low[start:end]
    parts: list[str] = []
    at = 0
    for _ in range(_MAX_GLUED):
        if at >= len(low):
            return " ".join(parts)
        # One match per button: the trie's repeats are greedy, so the longest button
        # that starts here ("accept all" before "accept").
        m = doc.lex.run_buttons.match(low, at)
        if m is None:
            return None
        parts.append(m.group(1))
        at = m.end()
    return None


def _accepts(doc: _Doc, start: int, end: int) -> list[int]:
    """Where consent buttons start in ``text[start:end]``, at the start of a word only,
    or run into a lower-case word before them where a dropped tag left no space ("…
    appareilParamétrer les cookiesAccepter & Fermer"): the button is capitalised."""
    text = doc.text
    return [m.start() for m in doc.lex.accept.finditer(text, start, end)
            if not (m.start() and text[m.start() - 1].isalnum()
                    and not text[m.start() - 1].islower())]


def _glued_chrome_end(doc: _Doc, start: int, end: int, *, camel: bool = False,
                      joined: bool = False) -> int | None:
    """End of button words glued to the head of an article sentence ("Accept All The …").

    The longest run of button words followed by what can start a sentence: in "Accept
    Read More Close to 200 people …" the run stops before "Close", whose next word is
    lower case. With ``camel``, buttons may be run into each other and the last one into
    the article's first word (``_camel_glued_end``): asked where a wall's buttons are
    looked for after it, not for every sentence's label, which that search would slow.
    """
    ends: list[int] = []
    pos = last = start
    # Whether ``pos`` is where a dropped tag ran two words together (``joined``: the
    # run starts at such a place, "partenairesAccepter").
    run_into = joined
    last_into = joined  # and whether ``last`` is (a button run into the one before it
    # may have matched only its first word: "partenairesAccepter et fermerContinuer")
    for _ in range(_MAX_GLUED):
        at_end = _match_end(doc.lex.glued, doc, pos, end, cut=run_into)
        if at_end is None or at_end == pos:
            if not camel:
                break
            # The last button may be run into the article's first word, and a shorter
            # button may have matched its first word ("Einstellungen" of "Einstellungen
            # verwaltenStadtbibliothek"): try from where that match started too.
            stop = None
            for at in dict.fromkeys((pos, last)):
                at_into = run_into if at == pos else last_into
                stop = _camel_glued_end(doc, at, end, cut=at_into)
                if stop is not None:
                    ends.append(stop)
                    break
            if stop is None:
                # Buttons in capitals, run into each other ("ACCEPT ALLREJECT ALL", of
                # which "ACCEPT" may have matched alone): from either place too.
                for at in dict.fromkeys((pos, last)):
                    stop = _caps_glued_end(doc, at, end)
                    if stop is not None:
                        ends.append(stop)
                        break
            # The next button may be run into as well ("ASSINE JÁEntrarO centro …").
            if stop is None or stop <= pos:
                break
            last, pos, run_into, last_into = at, stop, True, at_into
            continue
        last, pos, run_into, last_into = pos, at_end, False, run_into
        ends.append(pos)
    if ends and ends[-1] >= end:
        return None  # buttons to the end ("J'accepteGérer mes choix"): no article after
    for stop in reversed(ends):
        if stop >= end:
            continue
        nxt = doc.text[stop]
        if nxt in "'’" and doc.text[stop - 1].isalnum():
            continue  # "Unlock this article's archive …": inside a word, no edge
        if nxt.isupper() or nxt.isdigit() or nxt in _QUOTES or nxt in "‘'(":
            return stop
        if _CJK.match(nxt) and _CJK.search(doc.text, start, stop):
            return stop  # "同意する市議会は…": CJK has no capitals to tell by
    return None


# A run of capitals (and spaces) ended by a capitalised word's first letter: buttons in
# capitals run into each other and into the article's first word ("ACEPTARCONFIGURAR
# RECHAZAR TODOEl Ayuntamiento …"). Bounded by a few buttons' length.
_CAPS_RUN = lazy(f"[{_UP}][{_UP} ]{{2,80}}+(?=[{_LO}])")


def _caps_glued_end(doc: _Doc, pos: int, end: int) -> int | None:
    """End of buttons in capitals run into each other and into the article's first word,
    where the line breaks between them went with no space ("ACEPTARCONFIGURAR…"): no
    word edge parts them, so the run is read as buttons from its start, each the longest
    that ends inside it. None unless all of the run, up to the capital that starts the
    next word, is buttons. Buttons in capitals followed by a capitalised word are all an
    article's head can be glued to here; a headline in capitals stays (it is no button).
    """
    m = _CAPS_RUN.match(doc.text, pos, end)
    if m is None:
        return None
    stop = m.end() - 1  # the next word's capital
    if doc.text[stop - 1] == " ":
        # The article's first word may be one capital letter, run into the last button
        # ("… PRZEJDŹ DO SERWISUW Zalesiu Górnym …", "… ACCEPT ALLA new …"): the buttons
        # end before it. Else a space parts the row from the next word, and a headline
        # in capitals may end there.
        stop -= 2
        if not (stop > pos and _run_into_letter(doc.text, stop)):
            return None
    at = pos
    for _ in range(_MAX_GLUED):
        if at >= stop:
            return stop
        for k in range(stop, at + 1, -1):
            if _match_end(doc.lex.glued, doc, at, k, cut=True, full=True) is not None:
                at = k
                break
        else:
            return None
    return None


def _run_into_letter(text: str, pos: int) -> bool:
    """Whether a word of one capital letter starts at ``pos``, run into a capital before
    it, with a space and a capitalised word after it."""
    return text[pos - 1].isupper() and _LETTER_WORD.match(text, pos) is not None


# A word of one capital letter, then a capitalised word: how a headline may start ("W
# Zalesiu Górnym otwarto …", "A new bridge …").
_LETTER_WORD = lazy(f"[{_UP}] [{_UP}][{_LO}]")


def _runs_into(text: str, stop: int) -> bool:
    """Whether buttons that end at ``stop`` are run into the next word with no space: a
    dropped tag's join (``_CAMEL``), or a one-letter word run into buttons in capitals."""
    return _CAMEL.match(text, stop) is not None or (stop > 0 and _run_into_letter(text, stop))


def _camel_glued_end(doc: _Doc, pos: int, end: int, *, cut: bool = False) -> int | None:
    """End of a button's words that a dropped tag ran into the next word, at the place
    where a lower-case letter meets a capital ("Got itHarlow shipyard …", "Einstellungen
    verwaltenStadtbibliothek …", "EntendiPrefeitura …") or a word in capitals meets a
    capitalised one ("ASSINE JÁEntrar"); None if the words before that place are not one
    button's. ``cut``: ``pos`` itself is such a place (see ``_match_end``).

    Only the first two such places within a button's length are tried: a button is
    short, and a capital after a lower-case letter inside the article's own words
    ("McAllister", "YouTube") leaves before it no button's words in full; the second is
    for a button that has such a place of its own ("Powered by OneTrustCastlereagh").
    """
    # Most sentences start with no button's words: a match anchored here says so at
    # once, where the search for a capital would read the sentence's head.
    if _match_end(doc.lex.button_head, doc, pos, end, cut=cut) is None:
        return None
    # From the next character: with ``cut``, ``pos`` is itself such a place.
    found = _CAMEL.finditer(doc.text, pos + 1, min(end, pos + _CAMEL_BUTTON_MAX))
    for n, camel in enumerate(found):
        if n >= 2:
            break
        stop = camel.start()
        if _match_end(doc.lex.run_in, doc, pos, stop, cut=cut, full=True) is not None:
            return stop
    return None


def _strong_chrome(doc: _Doc, start: int, end: int) -> bool:
    """Button or heading words alone, with at least one button ("Cookie settings"), also
    where dropped tags ran them together ("AcceptRejectPreferences")."""
    if not _is_chrome(doc, start, end):
        return False
    if doc.lex.strong_button.search(doc.low, start, end) is not None:
        return True
    if end - start > _GLUED_BUTTONS_MAX:
        return False
    # Run together: parted where the case changes, or, all in capitals, button by button.
    split = _caps_split(doc, start, end) or _CAMEL.sub(" ", doc.text[start:end]).lower()
    return doc.lex.strong_button.search(split) is not None
