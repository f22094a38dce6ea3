"""Server twin of js/format/percent.js: Intl.NumberFormat style "percent" from Babel's CLDR data.

The ratio is scaled by 100 exactly (in decimal, as ICU does: 0.07 is 7, not 7.000000000000001),
rounded half-expand to ``digits`` fraction digits and set in the locale's percent pattern with
its percent sign (``25%``, ``25 %``, ``٢٥٪؜``).
"""

from __future__ import annotations

from typing import Any, Mapping

from .intl_numbers import format_fixed, locale_pattern
from .symbols import symbols
from .values import numeric_formatter


@numeric_formatter
def format_percent(number: float, options: Mapping[str, Any]) -> str:
    """A ratio as a percentage; non-numbers give the fallback."""
    tag, digits = options["locale"], options["digits"]
    return format_fixed(number, locale_pattern(tag, "percent"), symbols(tag), digits, digits, scale=2)[0]
