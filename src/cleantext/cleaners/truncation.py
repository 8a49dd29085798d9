"""Placeholder: the truncation family is being written."""

from __future__ import annotations

from cleantext._core import Span, SpanCleaner


def _find(text: str) -> list[Span]:
    return []


def truncation(policy: str = "drop") -> SpanCleaner:
    return SpanCleaner("truncation", _find)
