"""The number symbols and patterns Intl.NumberFormat uses for a locale and numbering system.

ICU's lookup, per numbering system (the locale's default, or ``-u-nu-``): the locale's own
symbols for that system; else ICU root's (only ``arab`` has some: ``icu.json``); else, symbol by
symbol, the locale's Latin ones. Patterns likewise: the system's, else the Latin ones
(``de-u-nu-arab`` writes ``١٬٢٣٤٫٥٠ €`` with German's ``#,##0.00 ¤``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from . import locale_data
from .locale_data import Locale

LATIN = "0123456789"
DEFAULTS = {"decimal": ".", "group": ",", "minus": "-", "plus": "+", "percent": "%", "infinity": "∞",
            "nan": "NaN", "time": ":"}


class Symbols(NamedTuple):
    """Number symbols of one locale and numbering system, as Intl writes them."""

    numbering_system: str
    decimal: str
    group: str
    minus: str
    plus: str
    percent: str
    infinity: str
    nan: str
    digits: str  # the ten digits, zero first
    min_grouping: int  # CLDR minimumGroupingDigits: es writes 1234 but 12.345
    currency_decimal: str  # the separators of amounts of money (de-AT groups them with ".")
    currency_group: str

    def localize(self, ascii_digits: str) -> str:
        """ASCII digits 0-9 as the locale's digits (other characters unchanged)."""
        if self.digits == LATIN:
            return ascii_digits
        return ascii_digits.translate(digit_table(self.digits))


@lru_cache(maxsize=64)
def digit_table(digits: str) -> dict[int, str]:
    return str.maketrans(dict(zip(LATIN, digits)))


def _system(locale: Locale) -> dict[str, Any]:
    return locale.section("numbers")["systems"].get(locale.numbering, {})


@locale_data.data_cache(maxsize=1024)
def symbols(locale: Locale) -> Symbols:
    numbers = locale.section("numbers")
    latin = numbers["systems"]["latn"].get("symbols", {})
    root = dict(locale_data.icu()["root_symbols"].get(locale.numbering, {}))
    root.pop("patterns", None)
    own = _system(locale).get("symbols") or {}
    merged = {**DEFAULTS, **latin, **(root if not own else {}), **own}
    return Symbols(
        numbering_system=locale.numbering,
        decimal=merged["decimal"], group=merged["group"], minus=merged["minus"], plus=merged["plus"],
        percent=merged["percent"], infinity=merged["infinity"], nan=merged["nan"],
        digits=locale_data.supplemental()["numbering_systems"][locale.numbering],
        min_grouping=numbers["min_grouping"],
        currency_decimal=merged.get("currency_decimal", merged["decimal"]),
        currency_group=merged.get("currency_group", merged["group"]),
    )


def number_data(locale: Locale, key: str) -> Any:
    """A pattern-level entry (``decimal``, ``percent``, ``currency``, ``compact_short``,
    ``spacing``, ``unit_pattern``...) of the locale's numbering system, else ICU root's for that
    system (``de-u-nu-arab`` writes ``٥٠٪؜`` as root's arab ``#,##0%``, not German's
    ``#,##0 %``), else the locale's Latin one."""
    own = _system(locale)
    if key in own:
        return own[key]
    root = locale_data.icu()["root_symbols"].get(locale.numbering, {}).get("patterns", {})
    if key in root:
        return root[key]
    return locale.section("numbers")["systems"]["latn"].get(key)
