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
from .values import numeric_formatter


@numeric_formatter
def format_number(number: float, options: Mapping[str, Any]) -> str:
    """A number through a d3-format specifier; non-numbers give the fallback."""
    tag = options["locale"]
    if math.isinf(number):
        return format_fixed(number, locale_pattern(tag, "decimal"), symbols(tag), 0, 3)[0]
    return d3.format_with(options["specifier"], d3_locale.definition(tag, options["currency"]), number)
