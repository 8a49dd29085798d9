"""``_Rules``: everything the finder needs, compiled once from the packs, and how it
pickles (to the same bytes in every process)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleantext.cleaners.promo._anchors import _Anchors


@dataclass(frozen=True)
class _Rules:
    """Everything the finder needs, compiled once; picklable, and to the same bytes in
    every process (sets are pickled sorted: a pickle's bytes are a dataset's cache key)."""

    scan: re.Pattern[str]  # every cue in one pass, on lower-cased text (``_ignore_case``:
    # the same, case-insensitive, compiled only for the rare text that needs it)
    kinds: dict[str, frozenset[str]]
    inline_as_written: frozenset[str]
    tail_as_written: frozenset[str]  # [tail] labels as their packs write them
    social: frozenset[str]
    menu: frozenset[str]
    compound: frozenset[str]
    share: frozenset[str]  # share words: [social] words that are also labels ("Teilen")
    via: frozenset[str]  # words between a share word and network names ("auf", "no")
    headline: frozenset[str]  # [inline] labels that may also follow a headline (keys)
    until: dict[str, str]  # [until]: an opening marker's key, the key of its closing one
    anchors: _Anchors  # the gate's and ``_matches``'s byte scans
    channels: frozenset[str]  # phrase keys that hold a [channel] word
    order: frozenset[str]  # the words of [order] phrases, folded (``_covers``)
    buttons: frozenset[str]  # [button] keys (``_Doc._beside_removed``)
    # Stdlib patterns, as ``scan``: a ``regex`` pattern pickles its compiled code, in an
    # order that changes with the hash seed.
    channel: re.Pattern[str]  # a [channel] word, any case
    signup: re.Pattern[str]  # a [signup] verb at a sentence's start, any case

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (_rules_from, (
            self.scan,
            tuple((k, tuple(sorted(v))) for k, v in sorted(self.kinds.items())),
            tuple(sorted(self.inline_as_written)), tuple(sorted(self.tail_as_written)),
            tuple(sorted(self.social)),
            tuple(sorted(self.menu)), tuple(sorted(self.compound)), tuple(sorted(self.share)),
            tuple(sorted(self.via)), tuple(sorted(self.headline)),
            tuple(sorted(self.until.items())), self.anchors, tuple(sorted(self.channels)),
            tuple(sorted(self.order)), tuple(sorted(self.buttons)), self.channel,
            self.signup))


def _rules_from(scan: re.Pattern[str],  # noqa: PLR0917
                kinds: tuple[tuple[str, tuple[str, ...]], ...], inline: tuple[str, ...],
                tail: tuple[str, ...], social: tuple[str, ...], menu: tuple[str, ...],
                compound: tuple[str, ...], share: tuple[str, ...], via: tuple[str, ...],
                headline: tuple[str, ...], until: tuple[tuple[str, str], ...],
                anchors: _Anchors, channels: tuple[str, ...], order: tuple[str, ...],
                buttons: tuple[str, ...], channel: re.Pattern[str],
                signup: re.Pattern[str]) -> _Rules:
    return _Rules(scan, {k: frozenset(v) for k, v in kinds}, frozenset(inline),
                  frozenset(tail), frozenset(social), frozenset(menu), frozenset(compound),
                  frozenset(share), frozenset(via), frozenset(headline), dict(until),
                  anchors, frozenset(channels), frozenset(order), frozenset(buttons), channel,
                  signup)
