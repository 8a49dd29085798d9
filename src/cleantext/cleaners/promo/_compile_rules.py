"""How the packs' phrases compile into ``_Rules``: the one trie-shaped pattern that finds
every cue in the lower-cased text (``scan``), and the sets and patterns the finder
judges its hits by."""

from __future__ import annotations

import re

from cleantext._phrases import trie_pattern
from cleantext.cleaners.promo._anchors import (
    _GLUED_COMMON,
    _GLUED_FOLLOWERS,
    _GLUED_TRIGGERS,
    _build_anchors,
)
from cleantext.cleaners.promo._fixed_cues import (
    _BADGE,
    _CJK,
    _COPY,
    _COUNT,
    _LITERAL_INLINE,
    _TALLY,
)
from cleantext.cleaners.promo._openings import _GALLERY_CUE
from cleantext.cleaners.promo._packs import _OPENING, _SCANNED, _key, _until_pairs
from cleantext.cleaners.promo._pitches import _signup_pattern
from cleantext.cleaners.promo._ruleset import _Rules


def _any_sigma(source: str) -> str:
    """``source`` with each Greek sigma as either of its forms: a phrase's key is case-
    folded ("μας" -> "μασ"), and the lower-cased text keeps a word's final "ς"
    ("Ακολουθήστε μας"). (A trie writes a sigma as itself, never in a class.)"""
    return source.replace("σ", "[σς]")


def _compile(sections: dict[str, list[str]]) -> _Rules:
    # An [until] line is two markers: each is an [inline] label, and the pair goes
    # with all between them.
    until = dict(_until_pairs(sections["until"]))
    sections = {**sections, "inline": [*sections["inline"], *(
        half for line in sections["until"] for half in line.split(" => ", 1))]}
    kinds: dict[str, set[str]] = {}
    for name in _SCANNED:
        for phrase in sections[name]:
            kinds.setdefault(_key(phrase), set()).add(name)
    # Every inline or tail phrase is also a label: a line of nothing else goes.
    for phrase in (*sections["inline"], *sections["tail"]):
        kinds[_key(phrase)].add("label")
    # A [topics] heading is a label that takes the topic lines under it (``_Doc.topics``).
    for phrase in sections["topics"]:
        kinds.setdefault(_key(phrase), set()).update({"label", "topics"})
    # A [sorter] heading is a label that the sort orders after it go with (``_covers``).
    for phrase in sections["sorter"]:
        kinds.setdefault(_key(phrase), set()).update({"label", "sorter"})
    # A [noun] is an [inline] label that opens article sentences (``_inline_label_ok``).
    for phrase in sections["noun"]:
        if _key(phrase) in kinds:
            kinds[_key(phrase)].add("noun")
    # A [bare] one is one that no sentence opens with before a name (``_right_ok``).
    for phrase in sections["bare"]:
        if _key(phrase) in kinds:
            kinds[_key(phrase)].add("bare")
    inline_as_written = frozenset(" ".join(p.split()) for p in sections["inline"]) | \
        frozenset(_LITERAL_INLINE)
    tail_as_written = frozenset(" ".join(p.split()) for p in sections["tail"])
    # The trie matches the longest phrase: "Follow us on Instagram" (a label) must still
    # open a prompt line ("Follow us on Instagram and TikTok") as "Follow us on" does.
    # An [app] verb too: "Scarica l'app" (a [lead]) opens an app pitch as "Scarica" does.
    heads = _OPENING | {"app"}
    opening = {k for k, v in kinds.items() if v & heads}
    for key, found in kinds.items():
        words = key.split()
        for n in range(1, len(words)):
            head = " ".join(words[:n])
            if head in opening:
                found.update(kinds[head] & heads)
    # Longest first (the alternation takes the first name that fits), then by spelling:
    # the same pattern in every process.
    social_words = sorted({" ".join(p.split()) for p in sections["social"]},
                          key=lambda w: (-len(w), w))
    social_alt = "|".join(re.escape(w.lower()).replace(r"\ ", r"[ \t]+") for w in social_words)
    channels = sorted({_key(w) for w in sections["channel"]})
    channel_alt = trie_pattern(channels) if channels else "(?!)"
    # A one-letter name ("X", Twitter's new one) never starts a run: as a run's first
    # word, and so as an anchor, it would stop the scan at every "x" of the text. After
    # a longer name it is a name like any ("Facebook X WhatsApp").
    leading = [w for w in social_words if len(w) > 1]
    lead_alt = "|".join(re.escape(w.lower()).replace(r"\ ", r"[ \t]+") for w in leading)
    # One pass finds every cue. Phrases: one trie, from a word boundary to one; the last
    # letter may be shouted ("KLIK HIERRR", twice more at least: "Ad" is not "Add"); CJK
    # phrases need no boundary at their end.
    # Share buttons: a run of network names, each repetition a separator and a name, so
    # the scan stays linear. Python's ``re`` runs this at ~30 MB/s on lower-cased text;
    # the ``regex`` module ran the same trie at ~2 MB/s (development sets, one core).
    social_sep = r"[ \t]{0,3}[|·•/,]?[ \t]{1,3}"
    source = (
        r"(?<!\w)(?:"  # (an alternation here, to exempt "(Opens…", halves the speed)
        rf"(?P<social>(?:{lead_alt})(?:{social_sep}(?:{social_alt})){{1,40}}(?!\w))"
        # A network name glued to an ASCII letter: where a glued share bar may be.
        rf"|(?P<glued>{trie_pattern(_GLUED_TRIGGERS)}(?=[a-z])"
        rf"|{trie_pattern(_GLUED_COMMON)}(?={trie_pattern(_GLUED_FOLLOWERS)}))"
        r"|(?P<rights>" + trie_pattern(sections["rights"]) + r")(?!\w)"
        # Before the phrases: "Kommentare (325)" is a count, not the label "Kommentare".
        rf"|(?P<tally>{_TALLY})"
        # Medium's "Listen" before its "Share" (``_MEDIUM_BAR`` reads the bar).
        r"|(?P<medium>listen)(?=\s{0,8}share)"
        # A gallery's counter or link (``_Doc.inline_galleries`` reads them).
        rf"|(?P<gallery>{_GALLERY_CUE})"
        r"|(?P<p>" + _any_sigma(trie_pattern(kinds)) + r")"
        r"(?:(?<=(?P<last>[^\W\d_]))(?P=last){2,4})?"
        rf"(?:(?<=[\W{_CJK}])|(?!\w))"  # no boundary needed after ":" or ")"
        # A possessive or a clitic after the phrase makes it a noun of the sentence
        # ("Advertisement's revenue fell", "Listen to this article's critics", Dutch
        # "Advertentie's zijn duur"): no label ends there.
        r"(?!['’][^\W\d_])"
        rf"|(?P<count>{_COUNT})|(?P<badge>{_BADGE})|(?P<copy>{_COPY})"
        # After the phrases: a phrase that holds a channel word is found as the phrase.
        r"|(?P<channel>" + channel_alt + r")(?!\w))"
    )
    holds_channel = re.compile(r"(?<!\w)(?:" + channel_alt + r")(?!\w)", re.IGNORECASE)
    return _Rules(
        scan=re.compile(source),
        kinds={k: frozenset(v) for k, v in kinds.items()},
        inline_as_written=inline_as_written,
        tail_as_written=tail_as_written,
        social=frozenset(w.casefold() for w in social_words),
        menu=frozenset(w.casefold() for w in sections["menu"]),
        compound=frozenset(sections["compound"]),
        share=frozenset(w.casefold() for w in social_words) & frozenset(kinds),
        via=frozenset(w.casefold() for w in sections["via"]),
        until=until,
        # Only [inline] labels: the gate lets those through anywhere, as written or in
        # capitals, so it needs no anchor of its own for them.
        headline=frozenset(_key(p) for p in sections["headline"])
        & frozenset(_key(p) for p in sections["inline"]),
        anchors=_build_anchors(kinds, sections["rights"], leading, social_words,
                               inline_as_written | tail_as_written, channels,
                               sections["via"]),
        channels=frozenset(k for k in kinds if holds_channel.search(k)),
        order=frozenset(w for p in sections["order"] for w in _key(p).split()),
        buttons=frozenset(_key(p) for p in sections["button"]),
        channel=holds_channel,
        signup=_signup_pattern(sections["signup"]),
    )
