"""Server twin of js/format/currency.js: Intl.NumberFormat style "currency", from Babel's CLDR data.

- symbol / code: the locale's currency pattern (``¤#,##0.00``, ``#,##0.00 ¤``) with the symbol or
  the ISO code, and ICU's currency spacing (``USD 1.00``: a no-break space between a currency
  ending in a letter and a digit).
- narrowSymbol: CLDR's ``alt="narrow"`` symbols, which Babel does not carry; they come from
  ``numbers_cldr48.json`` (CLDR 48 root plus locale overrides, measured from Intl); a currency
  without one uses the standard symbol, as ICU does.
- name: the decimal pattern and the locale's currency unit pattern (``{0} {1}``) with the plural
  name chosen by the formatted number (``1.00 US dollars``).
- Fraction digits: the currency's CLDR digits (2 for USD, 0 for JPY) unless ``digits`` is given.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping

from babel.numbers import get_currency_precision

from . import cldr_patch
from .intl_numbers import format_fixed, locale_pattern, plural_category
from .options import babel_locale
from .symbols import symbols
from .values import numeric_formatter

DISPLAYS = ("symbol", "narrowSymbol", "code", "name")


@lru_cache(maxsize=1024)
def currency_text(tag: str, code: str, display: str) -> str:
    """What stands for the currency in a pattern: "$", "US$", "USD"... (not used for "name")."""
    if display == "code":
        return code
    if display == "narrowSymbol":
        narrow = cldr_patch.narrow_symbol(tag, code)
        if narrow is not None:
            return narrow
    return babel_locale(tag).currency_symbols.get(code, code)


def currency_name(tag: str, code: str, category: str) -> str:
    """The plural name of a currency ("US dollars"), else its display name, else its code."""
    data = babel_locale(tag)._data  # pylint: disable=protected-access
    plurals = data["currency_names_plural"].get(code) or {}
    return plurals.get(category) or plurals.get("other") or data["currency_names"].get(code) or code


def fraction_digits(code: str, digits: int | None) -> int:
    return get_currency_precision(code) if digits is None else digits


@numeric_formatter
def format_currency(number: float, options: Mapping[str, Any]) -> str:
    """A number as an amount of money; non-numbers give the fallback."""
    return _format(number, options["locale"], options["currency"], options["display"], options["digits"])


def _format(number: float, tag: str, code: str, display: str, digits: int | None) -> str:
    code = code.upper()
    sym = symbols(tag)
    frac = fraction_digits(code, digits)
    if display != "name":
        pattern = locale_pattern(tag, "currency")
        return format_fixed(number, pattern, sym, frac, frac, currency_text(tag, code, display))[0]
    text, rounded = format_fixed(number, locale_pattern(tag, "decimal"), sym, frac, frac)
    category = plural_category(tag, rounded)
    units = babel_locale(tag)._data["currency_unit_patterns"]  # pylint: disable=protected-access
    unit_pattern = units.get(category) or units["other"]
    name = currency_name(tag, code, category)
    return unit_pattern.replace("{0}", text).replace("{1}", name)
