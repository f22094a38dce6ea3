"""A d3-format locale definition from Babel's CLDR data: the twin of js/format/d3-locale.js.

The JS reads the definition from ``Intl.NumberFormat(...).formatToParts``; this module builds the
same dict from the Intl-like symbols of ``symbols.py`` and the patterns of ``intl_numbers.py``.
One ICU habit to mirror: ``formatToParts`` reports bidi marks as literals, so the minus and percent
parts hold the sign alone (ar-EG ``-`` and ``٪``, not ``\\u061c-`` and ``٪\\u061c``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .currency import currency_text
from .intl_numbers import locale_pattern
from .symbols import symbols

BIDI_MARKS = "\u200e\u200f\u061c"  # LRM, RLM, ALM: literals in formatToParts


# Enough secondary groups for the 309 integer digits of the largest double (js/format/d3-locale.js).
SECONDARY_GROUPS = 160


def _grouping(primary: int, secondary: int) -> list[int]:
    """Group sizes from the right, as d3 wants them: en-US [3], en-IN [3, 2, 2, ...].

    d3 cycles through the list, so "3 then 2s" must spell out every secondary group."""
    if primary <= 0:
        return [3]
    return [primary] + [secondary] * SECONDARY_GROUPS if secondary != primary else [primary]


@lru_cache(maxsize=256)
def _definition(tag: str, currency: str) -> tuple:
    sym = symbols(tag)
    decimal = locale_pattern(tag, "decimal")
    one = sym.digits[1]
    prefix, suffix = locale_pattern(tag, "currency").affixes(False, one, sym, currency_text(tag, currency, "symbol"))
    return (
        ("decimal", sym.decimal),
        ("thousands", sym.group),
        ("grouping", tuple(_grouping(decimal.primary, decimal.secondary))),
        ("currency", (prefix, suffix)),
        ("numerals", tuple(sym.digits) if sym.digits != "0123456789" else None),  # None: d3 keeps 0-9
        ("percent", sym.percent.strip(BIDI_MARKS)),
        ("minus", sym.minus.strip(BIDI_MARKS)),
        ("nan", "NaN"),
    )


def definition(tag: str, currency: str) -> dict[str, Any]:
    """The d3 locale definition for a BCP 47 tag and the ISO 4217 code of d3's ``$``."""
    return {key: list(value) if isinstance(value, tuple) else value for key, value in _definition(tag, currency)}
