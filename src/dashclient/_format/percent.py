"""Server twin of js/format/percent.js: Intl.NumberFormat style "percent" from Babel's CLDR data.

The ratio is scaled by 100 exactly (in decimal, as ICU does: 0.07 is 7, not 7.000000000000001),
rounded half-expand to ``digits`` fraction digits and set in the locale's percent pattern with
its percent sign (``25%``, ``25 %``, ``٢٥٪؜``).
"""

from __future__ import annotations

from typing import Any, Mapping

from .intl_numbers import format_fixed, locale_pattern
from .symbols import symbols
from .values import fallback_of, to_number


def format_percent(value: Any, options: Mapping[str, Any]) -> str:
    """A ratio (number or numeric string) as a percentage; anything else gives the fallback."""
    number = to_number(value)
    if number is None:
        return fallback_of(options)
    try:
        tag, digits = options["locale"], options["digits"]
        return format_fixed(number, locale_pattern(tag, "percent"), symbols(tag), digits, digits, scale=2)[0]
    except Exception:  # noqa: BLE001 - never raise for a value, as the JS returns its fallback
        return fallback_of(options)
