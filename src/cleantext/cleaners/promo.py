"""Placeholder: the promo family is being written."""

from __future__ import annotations

from cleantext._core import Span, SpanCleaner


def _find(text: str) -> list[Span]:
    return []


promo = SpanCleaner("promo", _find)
