"""Widgets glued after a paragraph's last sentence: a [tail] button word and the labels
after it ("… for commuters. Share"). Left alone: one after a question ("What can
readers do? Donate."), one that a full stop makes a sentence."""

from __future__ import annotations

from collections.abc import Sequence

from cleantext.cleaners.promo._cues import _Hit
from cleantext.cleaners.promo._lines import _after_question, _after_stop, _gap_only, _Line
from cleantext.cleaners.promo._ruleset import _Rules

# A sentence's end before the widgets glued after an article's last sentence; not a
# question's (a label word after one is its answer: "Was tun? Teilen"), nor a bracket's
# (a Jetpack button's "(Opens in new window)" is a widget before more of it).
_TAIL_STOPS = frozenset(".!…\"”’»")


def _tail_ok(rules: _Rules, text: str, line: _Line, hits: Sequence[_Hit],  # noqa: PLR0917
             n: int, chained: int, chains: dict[int, int]) -> bool:
    """Whether a [tail] label (``hits[n]``), with the labels after it, ends its line
    right after a sentence: "… for commuters. Share", "… in de wijk. Reacties".

    Flattened text glues a widget's last button to the article's last sentence. A
    one-word sentence that is only a button word, after a full stop and before the end
    of the paragraph, is not prose; after a question it may be an answer ("What can
    readers do? Donate."), and a full stop after it makes it a sentence: both stay.
    Written as in its pack or in capitals, like an [inline] label. ``chains``: see
    ``_chain_end``.
    """
    start, end = hits[n][0], hits[n][1]
    written = " ".join(text[start:end].split())
    if written not in rules.tail_as_written and not (
            written.isupper() and any(ch.isalpha() for ch in written)):
        return False
    if not _after_stop(text, line, start, chained) or _after_question(text, line, start):
        return False
    # Labels after it go with it if they are [tail] or [inline] labels too: the gate
    # passes the last of them, which the end of the line follows.
    return _gap_only(text, _chain_end(text, hits, n, chains), line.end)


def _chain_end(text: str, hits: Sequence[_Hit], n: int, chains: dict[int, int]) -> int:
    """Where the run of labels that ``hits[n]`` starts ends: each next hit that does not
    overlap it, a [tail] or [inline] label after only a gap, goes on with it. A run
    from a later label is the rest of this one, so each hit's end is kept in ``chains``
    (one per line) for every label before it that reaches it: a line of labels costs
    one walk, not one per label (quadratic: "MAINOS MAINOS …" took minutes)."""
    walked: list[int] = []
    i = n
    while i not in chains:
        walked.append(i)
        pos = hits[i][1]
        following = None
        for k in range(i + 1, len(hits)):
            s, _, kinds, _ = hits[k]
            if s < pos:
                continue
            if kinds & {"tail", "inline"} and _gap_only(text, pos, s):
                following = k
            break
        if following is None:
            chains[i] = pos
            break
        i = following
    end = chains[i]
    for k in walked:
        chains[k] = end
    return end
