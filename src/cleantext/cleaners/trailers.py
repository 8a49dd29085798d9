"""Placeholder: the trailers family is being written."""

from __future__ import annotations

from cleantext._core import Span, SpanCleaner


def _find(text: str) -> list[Span]:
    return []


trailers = SpanCleaner("trailers", _find)
