"""Topic and tag lists: a topic line as a list prints it, and a tag list glued after its
heading ("… he said. Tags: Harbour, ferries, council")."""

from __future__ import annotations

from cleantext._lazy import lazy_regex

# A tag list after its heading, glued into a line: a colon (unless the heading ends in
# one), then two tags or more between commas, each one to four words (a hashtag's "#"
# and "&" allowed), no sentence punctuation; the spaces after it. Each word and each
# tag is taken possessively: on a failing line no tag is tried two ways.
_TAG = r"#?[^\W\d_][\w'’&-]{0,30}+(?:[ \t]#?[\w'’&-]{1,30}+){0,3}+"
_TAG_LIST = lazy_regex(rf"(?:(?<=:)|[ \t]?+:)[ \t]{{0,3}}+{_TAG}"
                          rf"(?:,[ \t]{{0,3}}+{_TAG}){{1,30}}+[ \t]*+")


# A podcast series' episode as its list prints it ("Episode 11: The ferryman's
# daughter", "Folge 3: …"), under its heading ("More from this series:").
_EPISODE = lazy_regex(r"(?:Episode|Ep\.|Épisode|Episodio|Episódio|Folge|Aflevering)"
                         r"[ \t]\d{1,4}+[ \t]?:[ \t][^\n.!?]{1,100}+")


def _topic_line(body: str) -> bool:
    """A topic or tag as a list prints it: one to four words, at most 40 characters,
    opening with a letter, with no sentence punctuation ("Medio ambiente", "Kellerton
    City Council"; the Guardian prints its series tags in lower case: "live news"), or
    a series' episode (``_EPISODE``).
    Only a list under its heading to the text's end is read so (``_Doc.topics``)."""
    if _EPISODE.fullmatch(body) is not None:
        return True
    return len(body) <= 40 and 1 <= len(body.split()) <= 4 and body[:1].isalpha() and \
        not any(ch in ".!?:;,\"“”«»()" for ch in body)


# Tags that flattened text ran together after their heading, to the end of the text: a
# capitalised word first, then at most 14 more, no sentence punctuation.
_FLAT_TAGS = lazy_regex(r"[ \t]++(?P<tags>\p{Lu}[\w'’&-]{0,30}+"
                           r"(?:[ \t]++[\w'’&-]{1,30}+){0,14}+)[ \t]*+")


def _tag_words(tags: str) -> bool:
    """Whether run-together words are tags, not a sentence: half of them or more
    capitalised ("Flooding Weather Rail transport live news"; "Housing and roads were
    discussed at length" is prose)."""
    words = tags.split()
    return 2 * sum(w[:1].isupper() for w in words) >= len(words)
