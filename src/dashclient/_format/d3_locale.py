"""A d3-format locale definition from the CLDR snapshot: the twin of js/format/d3-locale.js.

The JS reads the definition from ``Intl.NumberFormat(...).formatToParts``; this module builds the
same dict from the Intl-like symbols of ``symbols.py`` and the patterns of ``pattern.py``.
One ICU habit to mirror: ``formatToParts`` reports bidi marks as literals, so the minus and percent
parts hold the sign alone (ar-EG ``-`` and ``٪``, not ``\\u061c-`` and ``٪\\u061c``).
"""

from __future__ import annotations

from typing import Any

from . import locale_data
from .currency import currency_text, monetary_format
from .intl_numbers import locale_pattern
from .locale_data import Locale
from .pattern import parse_pattern
from .symbols import number_data, symbols

BIDI_MARKS = "\u200e\u200f\u061c"  # LRM, RLM, ALM: literals in formatToParts

# Enough secondary groups for the 309 integer digits of the largest double (js/format/d3-locale.js).
SECONDARY_GROUPS = 160


def _grouping(primary: int, secondary: int) -> list[int]:
    """Group sizes from the right, as d3 wants them: en-US [3], en-IN [3, 2, 2, ...].

    d3 cycles through the list, so "3 then 2s" must spell out every secondary group."""
    if primary <= 0:
        return [3]
    return [primary] + [secondary] * SECONDARY_GROUPS if secondary != primary else [primary]


@locale_data.data_cache(maxsize=1024)
def definition(locale: Locale, currency: str) -> dict[str, Any]:
    """The d3 locale definition for a locale and the ISO 4217 code of d3's ``$`` (do not mutate:
    it is shared)."""
    sym = symbols(locale)
    decimal = locale_pattern(locale, "decimal")
    pattern, money, _ = monetary_format(locale, currency)
    prefix, suffix = parse_pattern(pattern).affixes(
        False, sym.digits[1], money, currency_text(locale, currency, "symbol"), number_data(locale, "spacing"))
    return {
        "decimal": sym.decimal,
        "thousands": sym.group if decimal.primary > 0 else "",  # formatToParts shows no group part
        "grouping": _grouping(decimal.primary, decimal.secondary),
        "currency": [prefix, suffix],
        "numerals": list(sym.digits) if sym.digits != "0123456789" else None,  # None: d3 keeps 0-9
        "percent": sym.percent.strip(BIDI_MARKS),
        "minus": sym.minus.strip(BIDI_MARKS),
        "nan": "NaN",
    }
