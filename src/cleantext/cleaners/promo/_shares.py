"""Share buttons: runs of network names and the capitalised share word before them
("Partager sur Facebook Twitter"), lines of share words, labels and separators
("Share: f x in ✉", a sorter's orders), the counts over a share button. Left alone:
names in prose ("Facebook, Twitter, Pinterest, Snapchat were fined", "shared on
Facebook"), two names that may open a headline."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from cleantext._core import Span
from cleantext._lazy import lazy
from cleantext.cleaners.promo._labels import _left_ok, _right_ok
from cleantext.cleaners.promo._lines import (
    _SEPARATED_WORD,
    _SEPARATORS,
    _after_question,
    _after_stop,
    _capital_next,
    _gap_only,
    _inline_span,
    _Line,
    _word_before,
)
from cleantext.cleaners.promo._packs import _key
from cleantext.cleaners.promo._ruleset import _Rules


def _as_buttons(rules: _Rules, words: Sequence[str]) -> bool:
    """Whether a run of network names is capitalised as buttons print them: each name
    opens with a capital ("Facebook Twitter", not "more email" in a sentence); a name's
    later words may be lower case ("Copy link", "Pin it": the word and the one before it
    make a [social] name)."""
    return all(not w[:1].islower() or (k > 0 and
                                       f"{words[k - 1]} {w}".casefold() in rules.social)
               for k, w in enumerate(words))


@functools.lru_cache(maxsize=16)
def _names_after(social: frozenset[str]) -> re.Pattern[str]:
    """One or more network names, each after a button separator (case as printed)."""
    names = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                     for w in sorted(social, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:[ \t]{{0,3}}[|·•/,]?[ \t]{{1,3}}(?:{names})(?!\w)){{1,40}}",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _names_glued(social: frozenset[str]) -> re.Pattern[str]:
    """One network name after a space, where a word may be glued on."""
    names = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                     for w in sorted(social, key=lambda w: (-len(w), w)))
    return re.compile(rf"[ \t]{{1,3}}(?:{names})", re.IGNORECASE)


def _share_tail(rules: _Rules, text: str, start: int, end: int) -> int | None:
    """The end of the network names after a share label that ends in one ("Compartir en
    Facebook" + " Twitter WhatsApp"), if the label opens capitalised; or after a share
    label of its own and a [via] word ("Del artiklen" + " på Facebook"); else None."""
    words = text[start:end].split()
    if not words or not _share_button(rules, words[0]):
        return None
    if words[-1].casefold() not in rules.social or not words[-1][:1].isupper() or \
            len(words) < 2:
        via = _VIA_WORD.match(text, end)
        if via is None or via.group(1).casefold() not in rules.via or \
                not _share_button(rules, " ".join(words)):
            return None
        end = via.end()
        # Flattened text with no space glues the next sentence to the name ("… på
        # FacebookByrådet vedtog …"): a name's small letter, then a capital.
        glued = _names_glued(rules.social).match(text, end)
        if glued is not None and text[glued.end() - 1].islower() and \
                text[glued.end():glued.end() + 1].isupper():
            return glued.end()
    m = _names_after(rules.social).match(text, end)
    if m is None or not _as_buttons(rules, m.group().split()):
        return None
    return m.end()


# The word between a share label and the network names ("på", "auf", "via").
_VIA_WORD = lazy(r"[ \t]{1,3}([^\W\d_]{1,8})(?=[ \t])")


# Share buttons' words that a line of share buttons may hold besides the [social] ones,
# but that no scan looks for: Spanish Twitter's "Tuitear" has no letter the byte anchors
# lead on, and a lead of its own would cost every text one more scan; Messenger's
# "Send" button in the bar's languages ("Partager Tweeter Envoyer") is a common verb,
# a share word only beside the others.
_QUIET_SOCIAL = frozenset({"tuitear", "send", "envoyer", "enviar", "senden", "invia",
                           "versturen"})


def _share_word(rules: _Rules, token: str) -> bool:
    """A share button's word, or a [via] word and one ("via WhatsApp", "per E-Mail": the
    buttons under a share heading, one a line)."""
    folded = token.casefold()
    if folded in rules.social or folded in _QUIET_SOCIAL:
        return True
    via, space, name = folded.partition(" ")
    return bool(space) and via in rules.via and name in rules.social


# The letters a share bar's icons leave in a scrape, after its share word ("Share: f x in
# ✉": Facebook's "f", LinkedIn's "in", Google+'s "g+", WhatsApp's "wa"); the pictographs
# are separators already.
_ICON_LETTERS = frozenset({"f", "t", "in", "p", "g", "li", "wa", "fb", "tw", "yt", "ig"})


def _covers(rules: _Rules, text: str, line: _Line, parts: list[tuple[int, int]]) -> bool:
    """Whether ``parts``, separators and share-button words make up the whole line
    ("Share this: Reddit", "Comments | Print"); a [via] word may join a share word to
    the network names after it ("Teilen auf Facebook Twitter", "Compartilhe no WhatsApp"),
    and the words of [order] phrases follow a [sorter] heading ("Sort by: Newest | Oldest
    | Most liked": a comment widget's sorter; "Oldest" alone stays). After a share word,
    network names and icons' letters (``_ICON_LETTERS``) may follow ("Share: f x in ✉");
    a letter alone, or after other words, is no icon ("f in Berlin" stays)."""
    pos = line.start
    after_share = False  # the last word was a share word
    icons = False  # a share word, then only network names and icons' letters so far
    sorting = False  # a [sorter] heading came before: its orders follow
    for s, e in [*sorted(parts), (line.end, line.end)]:
        if s > pos and not _SEPARATORS.fullmatch(text, pos, s):
            for found in _SEPARATED_WORD.finditer(text, pos, s):
                folded = found.group().casefold()
                if folded in rules.social or folded in _QUIET_SOCIAL:
                    after_share = folded in rules.share
                    icons = icons or after_share
                elif folded in rules.via and after_share:
                    after_share = icons = False
                elif icons and folded in _ICON_LETTERS:
                    after_share = False
                elif not (sorting and folded in rules.order):
                    return False
        if e > pos:
            # A share label ("Teilen", "Comparte esta noticia"): its first word is one.
            key = _key(text[max(s, pos):e])
            words = key.rstrip(":").split()
            after_share = bool(words) and words[0] in rules.share
            icons = after_share
            sorting = sorting or "sorter" in rules.kinds.get(key, ())
        pos = max(pos, e)
    return True


def _run_ends(rules: _Rules, text: str, start: int, end: int) -> Iterator[int]:
    """Where a run of network names may end: at its end, then before its last word while
    two words stay and that word is a share word ("… WhatsApp Deel dit artikel:": it
    opens the next heading, which a later round takes). Other words stay in the run: a
    name ("… Twitter Instagram ist beliebt") and a "More" button look the same."""
    yield end
    words = [m.end() for m in _RUN_WORD.finditer(text, start, end)]
    for i in range(len(words) - 1, 1, -1):
        if text[words[i - 1]:words[i]].strip().casefold() not in rules.share:
            return
        yield words[i - 1]


_RUN_WORD = lazy(r"\S++")


def _share_run(rules: _Rules, text: str, line: _Line,  # noqa: PLR0917
               start: int, end: int, chained: int) -> tuple[Span, int] | None:
    """A run of network names as a unit inside a line, with where the last unit now
    ends, or None if it may be prose."""
    # "… sul fiume. Condividi su Facebook Twitter Il comune …": a share word written
    # capitalised, perhaps a [via] word, then the network names, between a sentence
    # (or a heading) and a capitalised word. Flattened text keeps no full stop after a
    # headline: a capitalised share word is no prose after a lower-case word either,
    # when two names or more follow it and a capitalised word comes next ("das Teilen
    # auf Facebook, Twitter." and "Teilen auf Facebook ist…" stay).
    if text[end:end + 1] == ",":
        return None  # "Facebook, Twitter, Pinterest, Snapchat were fined": a list goes on
    head = _share_head(rules, text, line, start)
    led = head < start or _share_led(rules, text, start, end)
    if led and (_left_ok(text, line, head, chained) or _capital_next(text, line, end)) \
            and _right_ok(rules, text, line, end, one_word=False):
        return _inline_span(text, line, head, end), end
    # "Facebook Twitter Pinterest <caption>": share buttons before a caption. Two
    # names can open a headline ("WhatsApp Telegram Signal: which is safest?"), so
    # they go only right after another unit ("Share this: Facebook Twitter").
    if (len(text[start:end].split()) >= 3 or start <= chained) \
            and _left_ok(text, line, start, chained) \
            and _right_ok(rules, text, line, end, one_word=False):
        return _inline_span(text, line, start, end), chained
    # Two buttons glued after the last sentence of a paragraph ("… in March. Share
    # Print"): the end of the paragraph leaves no headline for them to open. (A bar's
    # quiet words after them go too: "… parlé. Partager Tweeter Envoyer".)
    if _after_stop(text, line, start, chained) and not _after_question(text, line, start) \
            and _gap_only(text, _quiet_words_end(text, end, line.end), line.end):
        return _inline_span(text, line, start, line.end), line.end
    return None


_QUIET_WORD = lazy(r"[ \t]{1,3}([^\W\d_]{1,12})")


def _quiet_words_end(text: str, end: int, limit: int) -> int:
    """Where the share bar's quiet words (``_QUIET_SOCIAL``) right after ``end`` end."""
    while (m := _QUIET_WORD.match(text, end, limit)) is not None and \
            m.group(1).casefold() in _QUIET_SOCIAL:
        end = m.end()
    return end


def _share_led(rules: _Rules, text: str, start: int, end: int) -> bool:
    """Whether a run opens with its own capitalised share word and, past a [via] word,
    two names or more ("Partilhar no Facebook Twitter", "Поделиться: ВКонтакте Telegram")."""
    words = text[start:end].split()
    if not words or not _share_button(rules, words[0]):
        return False
    names = words[2:] if len(words) > 1 and words[1].casefold() in rules.via else words[1:]
    return len(names) >= 2


def _share_head(rules: _Rules, text: str, line: _Line, start: int) -> int:
    """Where a share prompt before a run of network names starts ("Partager sur",
    "Compartir en", "Поделиться"), or ``start`` if none stands there. The share word must
    be capitalised, as a button prints it ("shared on Facebook" is prose)."""
    at, word = _word_before(text, line, start)
    if word.casefold() in rules.via:
        at, word = _word_before(text, line, at)
    return at if _share_button(rules, word) else start


def _share_button(rules: _Rules, word: str) -> bool:
    """Whether ``word`` is a share word written capitalised, as a button prints it
    ("Teilen", "Partager", "Поделиться:"), perhaps with its colon."""
    return word[:1].isupper() and word.rstrip(":").casefold() in rules.share


# A bar's counts over its share button (``_Doc.share_counts``): a bare number, "1.2K".
_BAR_COUNT = lazy(r"\d{1,5}(?:[.,]\d)?K?")
_BAR_COUNTS = 3
