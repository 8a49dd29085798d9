"""Share bars glued into one word by markup or flattened text
("TwitterFacebookLinkedInCopier le lien"): the pieces and where a run may start and
end (see "glued share bars" below for what goes and what stays)."""

from __future__ import annotations

import re

from cleantext._lazy import lazy
from cleantext._phrases import trie_pattern
from cleantext.cleaners.promo._anchors import _BLOGGER_PIECES, _GLUED_PIECES
from cleantext.cleaners.promo._lines import _ENDS, _QUOTE_OPENERS, _before_spaces, _Line
from cleantext.cleaners.promo._ruleset import _Rules
from cleantext.cleaners.promo._shares import _QUIET_SOCIAL

# --- glued share bars -----------------------------------------------------------------
#
# Markup whose share buttons are links with nothing between them, and flattened text
# that joined a bar's lines with no space, glue a share bar into one word:
# "ShareTweetSend", "TwitterFacebookLinkedInCopier le lien", "Condividi su
# FacebookCondividi su WhatsAppSaranno …". Its pieces are [social] names and share
# labels made of share words, [via] words and names ("Share on Facebook", "Deel via
# e-mail"), each written capitalised and ending where no lower-case letter follows;
# two of them at least, two glued together (spaced runs are ``_share_run``'s). A run
# goes from a line's start, a sentence's end, a unit removed or a word it is glued to,
# up to the line's end or a capital (the next block). Prose never glues two names: a
# name of ``_GLUED_TRIGGERS`` at a word's start, written capitalised and glued to a
# capital (``scan``'s "glued" group; anchored, so the gate lets it through), is where
# a run can be; so is a common share word (``_GLUED_COMMON``, "Share", "Teilen") glued
# to another button's word (``_GLUED_FOLLOWERS``: "ShareTweetSend"): glued to any other
# letter ("Shared", "Tweets", "Printer") it would let most texts past the gate.


# How far before such a name a run may start, in characters.
_GLUED_BACK = 80
_CAPITAL = lazy(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]")
# What may stand between two pieces: nothing, or a separator and its spaces.
_PIECE_GAP = lazy(r"[ \t]{0,3}+[:|·•/,]?[ \t]{0,3}+")
# Words a share label may hold besides share words, [via] words and names ("Share
# this:", "Comparte esto:", "Partilhar isto:", "Deel dit:"), and the words of a copy-link
# button ("Copy link", "Copier le lien", "Link kopieren", "Copiar enlace", "Copia il
# link", "Kopieer link", "Copiar o link"), which is a piece too.
_SHARE_OBJECTS = frozenset({"this", "esto", "isto", "dit"})
_COPY_WORDS = frozenset({"copy", "link", "copier", "le", "lien", "kopieren", "copiar",
                         "enlace", "copia", "il", "kopieer", "kopiëren", "o",
                         # nb/da, sv, cs: "Kopier lenke", "Kopiera länk", "Kopírovat odkaz"
                         "kopier", "lenke", "kopiera", "länk", "kopírovat", "odkaz"})
# Share verbs that are no [social] word: Norwegian and Danish "Del" is Spanish "del",
# and a share word alone must not stand in prose.
_UNLISTED_SHARES = frozenset({"del"})
_LINK_WORDS = frozenset({"link", "lien", "enlace", "lenke", "länk", "odkaz"})
_PIECE_WORDS = lazy(r"[^\W\d_][\w+-]*")
# The pieces of the rules they were compiled for, as ``_START_LABELS``.
_PIECES: dict[int, tuple[_Rules, re.Pattern[str]]] = {}


def _piece_scan(rules: _Rules) -> re.Pattern[str]:
    """A piece of a share bar, any case (``_glued_run`` checks the capital), that no
    lower-case letter follows."""
    found = _PIECES.get(id(rules))
    if found is not None and found[0] is rules:
        return found[1]
    words = rules.social | rules.via | rules.share | _SHARE_OBJECTS
    keys = set(rules.social) | set(_GLUED_PIECES) | set(_BLOGGER_PIECES)
    for key, kinds in rules.kinds.items():
        parts = _PIECE_WORDS.findall(key)
        if not kinds & {"label", "inline"} or not 1 <= len(parts) <= 5:
            continue
        shares = parts[0] in rules.share and all(w in words for w in parts)
        # "Del på Facebook", "Envoyer par mail": a share or send verb no pack lists as
        # a share word, then a [via] word and a network's name (not a follow verb's:
        # "Siga-nos no Instagram" is a prompt, which may run on).
        shares = shares or (len(parts) == 3 and parts[1] in rules.via
                            and parts[2] in rules.social
                            and (parts[0] in _UNLISTED_SHARES or parts[0] in _QUIET_SOCIAL))
        copies = bool(_LINK_WORDS & set(parts)) and all(w in _COPY_WORDS for w in parts)
        if shares or copies:
            keys.add(key)
    scan = re.compile(rf"(?i:{trie_pattern(keys)})(?![a-zß-öø-ÿа-яё])")
    _PIECES[id(rules)] = (rules, scan)
    return scan


def _glued_run(scan: re.Pattern[str], text: str, line: _Line, start: int,
               chained: int) -> tuple[int, bool] | None:
    """The end of the share bar's pieces from ``start``, and whether they make a glued
    bar that stands as a unit there (see "glued share bars"); None if no piece opens
    at ``start``."""
    pos, pieces, glued = start, 0, False
    while True:
        m = scan.match(text, pos, line.end)
        if m is None or not text[pos].isupper():
            break
        pieces += 1
        glued = glued or (pieces > 1 and m.start() == pos and text[pos - 1] not in " \t")
        end = m.end()
        pos = _PIECE_GAP.match(text, end, line.end).end()  # type: ignore[union-attr]
    if not pieces:
        return None
    after = end
    while after < line.end and text[after] in " \t":
        after += 1
    ok = pieces >= 2 and glued and _glued_start_ok(text, line, start, chained) and (
        after >= line.end or text[after].isupper() or text[after].isdigit()
        or text[after] in _QUOTE_OPENERS)
    return end, ok


def _glued_start_ok(text: str, line: _Line, start: int, chained: int) -> bool:
    """Whether a glued bar may start at ``start``: at the line's start, after a unit
    removed or a sentence's end (past spaces), or glued to the word before it."""
    pos = _before_spaces(text, line, start)
    if pos <= line.start or pos <= chained:
        return True
    prev = text[pos - 1]
    return prev in _ENDS or (pos == start and (prev.islower() or prev.isdigit()))
