"""Server twin of js/format/number.js: a d3-format specifier in any locale.

The locale's separators, digits, signs and currency affixes come from ``d3_locale.definition``
(the twin of js/format/d3-locale.js); the specifier is compiled by ``d3.compile_format`` (the twin
of d3-format). ±Infinity is written as Intl writes it in the locale (d3 would write "Infinity").
"""

from __future__ import annotations

import math
from typing import Any, Callable, Mapping

from . import d3, d3_locale, locale_data
from .intl_numbers import decimal_format
from .values import formatter_of, numeric_compiler


@numeric_compiler
def compile_number(options: Mapping[str, Any]) -> Callable[[float], str]:
    """A formatter through a d3-format specifier for one option set (``format_number`` compiled)."""
    locale = locale_data.required(options["locale"])
    finite = d3.compile_format(options["specifier"], d3_locale.definition(locale, options["currency"].upper()))
    infinite = decimal_format(locale, 0, 3).format

    def format_number_(number: float) -> str:
        return finite(number) if math.isfinite(number) else infinite(number)

    return format_number_


format_number = formatter_of(compile_number)
format_number.__doc__ = """A number through a d3-format specifier; non-numbers give the fallback.

    Parameters
    ----------
    value : Any
        A number or numeric string.
    options : Mapping
        ``specifier``, ``currency``, ``locale``, ``fallback`` (see ``dc.format.number``).

    Returns
    -------
    str
        What ``d3.formatLocale(definition).format(specifier)`` writes in the browser.
    """
