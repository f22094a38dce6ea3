"""``-u-hc-``: a time pattern in another hour cycle, as V8 asks ICU for it (placeholder)."""

from __future__ import annotations

from .locale_data import Locale

HOUR_LETTERS = {"h11": "K", "h12": "h", "h23": "H", "h24": "k"}


def adjust(locale: Locale, pattern: str, hour_cycle: str) -> str:
    return pattern
