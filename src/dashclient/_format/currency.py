"""Server twin of js/format/currency.js: Intl.NumberFormat style "currency".

- symbol / narrowSymbol / code: the locale's currency pattern (``¤#,##0.00``, ``#,##0.00 ¤``)
  with the currency's symbol, narrow symbol (``alt="narrow"``, else the symbol) or ISO code, and
  ICU's currency spacing (``USD 1.00``: a no-break space between a currency ending in a letter
  and a digit). ICU 78 does not use CLDR's ``alphaNextToNumber`` patterns, nor does this.
- name: the decimal pattern and the locale's currency unit pattern (``{0} {1}``) with the plural
  name chosen by the formatted number (``1.00 US dollars``).
- Fraction digits: the currency's ISO 4217 digits (2 for USD, 0 for JPY) unless ``digits`` is given.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from . import locale_data, plurals
from .intl_numbers import FixedFormat, locale_pattern
from .locale_data import Locale
from .pattern import parse_pattern
from .symbols import Symbols, number_data, symbols
from .values import formatter_of, numeric_compiler

DISPLAYS = ("symbol", "narrowSymbol", "code", "name")


def currency_text(locale: Locale, code: str, display: str) -> str:
    """What stands for the currency in a pattern: "$", "US$", "USD"... (not used for "name")."""
    entry = locale.section("currencies").get(code, {})
    if display == "code":
        return code
    if display == "narrowSymbol" and "narrow" in entry:
        return entry["narrow"]
    return entry.get("symbol", code)


def currency_name(locale: Locale, code: str, category: str) -> str:
    """The plural name of a currency ("US dollars"), else its "other" name, its display name, its code."""
    entry = locale.section("currencies").get(code, {})
    return entry.get(category) or entry.get("other") or entry.get("name") or code


def monetary_format(locale: Locale, code: str) -> tuple[str, Symbols, bool]:
    """The currency pattern and the symbols with the separators of money, as ICU picks them:
    the locale's currency pattern and currencyDecimal/currencyGroup, replaced by a currency's own
    [pattern, decimal, group] where CLDR gives one -- that of the currency formatted, else that of
    the currency of the tag's region, if it names one (ICU sets the default currency's first and
    keeps it: en-DE writes US dollars with the euro's "¤#,##0.00"). The flag tells whether such a format is set."""
    sym = symbols(locale)
    sym = sym._replace(decimal=sym.currency_decimal, group=sym.currency_group)
    pattern = number_data(locale, "currency")
    currencies = locale.section("currencies")
    region = locale_data.locale_tags.parse(locale.intl).region  # ICU infers none (ucurr_forLocale)
    default = locale_data.supplemental()["region_currencies"].get(region) if region else None
    custom = False
    for candidate in (default, code):
        own = currencies.get(candidate, {}).get("format") if candidate else None
        if own:
            pattern, decimal, group = own
            sym, custom = sym._replace(decimal=decimal, group=group), True
    return pattern, sym, custom


def fraction_digits(code: str, digits: int | None) -> int:
    return locale_data.supplemental()["currency_digits"].get(code, 2) if digits is None else digits


@numeric_compiler
def compile_currency(options: Mapping[str, Any]) -> Callable[[float], str]:
    """A formatter of amounts of money for one option set (``format_currency`` compiled)."""
    locale = locale_data.required(options["locale"])
    code, display = options["currency"].upper(), options["display"]
    frac = fraction_digits(code, options["digits"])
    pattern, sym, custom = monetary_format(locale, code)
    spacing = number_data(locale, "spacing")
    if display != "name":
        return FixedFormat(parse_pattern(pattern), sym, frac, frac, currency=currency_text(locale, code, display),
                           spacing=spacing).format
    if not custom:  # ICU writes the amount in the decimal pattern
        amount = FixedFormat(locale_pattern(locale, "decimal"), sym, frac, frac)
    else:  # ... unless a currency's own pattern is set: then in that, symbol and all (pt-CV)
        amount = FixedFormat(parse_pattern(pattern), sym, frac, frac, currency=currency_text(locale, code, "symbol"),
                             spacing=spacing)
    # ICU's CurrencyUnitPatterns are the Latin numbering system's, whatever the digits.
    unit_patterns = locale.section("numbers")["systems"]["latn"].get("unit_pattern") or {}

    def format_name(number: float) -> str:
        text, rounded = amount.parts(number)
        category = plurals.category(locale.id, rounded)
        pattern = unit_patterns.get(category) or unit_patterns.get("other", "{0} {1}")
        return pattern.replace("{0}", text).replace("{1}", currency_name(locale, code, category))

    return format_name


format_currency = formatter_of(compile_currency)
format_currency.__doc__ = """A number as an amount of money; non-numbers give the fallback.

    Parameters
    ----------
    value : Any
        A number, a numeric string, a Decimal, a numpy number...
    options : Mapping
        ``currency``, ``display``, ``digits``, ``locale``, ``fallback`` (see ``dc.format.currency``).

    Returns
    -------
    str
        What ``Intl.NumberFormat`` writes in the browser for the same value and options.
    """
