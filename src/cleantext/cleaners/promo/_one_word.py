"""One-word lines: a menu-like line's words (``_token``), URL slugs printed as menu
entries, and how long a run of them must be to be navigation debris."""

from __future__ import annotations

from cleantext._lazy import lazy, lazy_regex

# Navigation debris: at least this many one-word lines in a row, with menu words.
_MENU_RUN = 6
_MENU_WORDS = 3
_CHARS_MARKER = lazy(r"…?[ \t]*\[\+\d{1,7}[ \t]chars\]$")


# The longest line ``_token`` reads (with a "[+123 chars]" marker after its words).
_TOKEN_MAX = 30 + 20


def _token(body: str) -> str | None:
    """The word(s) of a menu-like line ("Search", "Libération Diamond"), else None."""
    if len(body) > _TOKEN_MAX:
        return None
    if body.endswith("chars]"):
        body = _CHARS_MARKER.sub("", body)
    if not body or len(body) > 30 or len(body.split()) > 2:
        return None
    if body[-1] in ".,;:!" and body != "?":
        return None
    return body


_SLUG = lazy_regex(r"[a-z0-9]{1,20}+(?:-[a-z0-9]{1,20}+){1,5}+")


def _is_slug(word: str) -> bool:
    """A URL slug printed as a menu entry ("anciens-numeros", "election-2017")."""
    return _SLUG.fullmatch(word) is not None
