"""Server twin of js/format/number.js: a d3-format specifier in any locale.

The locale's separators, digits, signs and currency affixes come from ``d3_locale.definition``
(the twin of js/format/d3-locale.js); the specifier is applied by ``d3.format_with`` (the twin of
d3-format). ±Infinity is written as Intl writes it in the locale (d3 would write "Infinity").
"""

from __future__ import annotations

import math
from typing import Any, Mapping

from . import d3, d3_locale
from .intl_numbers import format_fixed, locale_pattern
from .symbols import symbols
from .values import fallback_of, to_number


def format_number(value: Any, options: Mapping[str, Any]) -> str:
    """A number or numeric string through a d3-format specifier; anything else gives the fallback."""
    number = to_number(value)
    if number is None:
        return fallback_of(options)
    tag = options["locale"]
    try:
        if math.isinf(number):
            return format_fixed(number, locale_pattern(tag, "decimal"), symbols(tag), 0, 3)[0]
        return d3.format_with(options["specifier"], d3_locale.definition(tag, options["currency"]), number)
    except Exception:  # noqa: BLE001 - never raise for a value, as the JS returns its fallback
        return fallback_of(options)
