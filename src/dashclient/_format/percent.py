"""Server twin of js/format/percent.js: Intl.NumberFormat style "percent".

The ratio is scaled by 100 exactly (in decimal, as ICU does: 0.07 is 7, not 7.000000000000001),
rounded half-expand to ``digits`` fraction digits and set in the locale's percent pattern with
its percent sign (``25%``, ``25 %``, ``٢٥٪؜``).
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from . import locale_data

from .intl_numbers import FixedFormat, locale_pattern
from .symbols import symbols
from .values import formatter_of, numeric_compiler


@numeric_compiler
def compile_percent(options: Mapping[str, Any]) -> Callable[[float], str]:
    """A formatter of ratios as percentages for one option set (``format_percent`` compiled)."""
    locale, digits = locale_data.required(options["locale"]), options["digits"]
    return FixedFormat(locale_pattern(locale, "percent"), symbols(locale), digits, digits, scale=2).format


format_percent = formatter_of(compile_percent)
format_percent.__doc__ = """A ratio as a percentage (0.25 -> "25%"); non-numbers give the fallback.

    Parameters
    ----------
    value : Any
        A number or numeric string.
    options : Mapping
        ``digits``, ``locale``, ``fallback`` (see ``dc.format.percent``).

    Returns
    -------
    str
        What ``Intl.NumberFormat`` writes in the browser for the same value and options.
    """
