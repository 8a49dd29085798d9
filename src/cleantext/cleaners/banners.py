"""Placeholder: the banners family is being written."""

from __future__ import annotations

from cleantext._core import Span, SpanCleaner


def _find(text: str) -> list[Span]:
    return []


banners = SpanCleaner("banners", _find)
