"""Numbers written the way Intl.NumberFormat (ICU) writes them, from CLDR patterns.

The twin of what the browser does inside ``Intl.NumberFormat``; currency, percent, compact and
bytes build on three steps, each in one place:

1. ``round_digits``: a float as ICU reads a double (its shortest round-trip decimal, ``repr``:
   1.005 is 1.005, not 1.00499999999999989...), scaled by a power of ten (percent), rounded
   half-expand (Intl's default) to a number of fraction digits;
2. ``group_digits``: the integer digits grouped as ICU's Grouper does (primary and secondary
   sizes, CLDR minimumGroupingDigits) -- the one home of grouping rules;
3. ``pattern.Pattern``: a CLDR pattern's affixes around the digits (``pattern.py``).

``FixedFormat`` binds the three for one configuration, once, so formatting a value is string work.
"""

from __future__ import annotations

import math
from decimal import Decimal

from . import locale_data
from .locale_data import Locale
from .pattern import Grouping, Pattern, parse_pattern
from .symbols import Symbols, number_data, symbols


def group_digits(integer: str, grouping: Grouping, separator: str) -> str:
    """Insert group separators the way ICU's Grouper does."""
    primary, secondary, min_grouping = grouping
    if primary <= 0 or len(integer) - primary < min_grouping:
        return integer
    head, groups = integer[:-primary], [integer[-primary:]]
    while head:
        groups.append(head[-secondary:])
        head = head[:-secondary]
    return separator.join(reversed(groups))


def shortest_digits(x: float) -> tuple[str, int]:
    """|x| (finite) as (digits, exponent) with |x| = int(digits) * 10**exponent, from the shortest
    round-trip decimal (``repr``), no trailing zeros: 1234.5 -> ("12345", -1), 0 -> ("0", 0)."""
    text = repr(abs(x))
    mantissa, _, power = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    exponent = int(power or 0) - len(fraction)
    if not digits:
        return "0", 0
    stripped = digits.rstrip("0")
    return stripped, exponent + len(digits) - len(stripped)


def round_digits(x: float, min_frac: int, max_frac: int, scale: int = 0) -> tuple[str, str]:
    """|x| * 10**scale rounded half-expand to ``max_frac`` fraction digits, trailing fraction zeros
    kept down to ``min_frac``: (integer digits, fraction digits). 1.005, 2, 2 -> ("1", "01")."""
    digits, exponent = shortest_digits(x)
    exponent += scale
    if -exponent > max_frac:  # rounding needed: drop the digits below 10**-max_frac
        drop = -exponent - max_frac
        keep = digits[:-drop] if drop < len(digits) else ""
        up = drop <= len(digits) and digits[-drop] >= "5"
        digits = str(int(keep or "0") + up)
        exponent = -max_frac
    if exponent >= 0:
        integer, fraction = digits + "0" * exponent if digits != "0" else "0", ""
    else:
        digits = digits.rjust(1 - exponent, "0")
        integer, fraction = digits[:exponent], digits[exponent:]
    fraction = fraction.rstrip("0")
    if len(fraction) < min_frac:
        fraction = fraction.ljust(min_frac, "0")
    return integer, fraction


def as_decimal(integer: str, fraction: str) -> Decimal:
    """The rounded magnitude as written (its visible fraction digits count for plurals)."""
    return Decimal(f"{integer}.{fraction}" if fraction else integer)


def is_negative(x: float) -> bool:
    """Intl's signDisplay "auto": negative numbers and negative zero take the minus sign."""
    return math.copysign(1.0, x) < 0


class FixedFormat:
    """One Intl.NumberFormat configuration with fixed fraction digits (decimal, percent, currency
    styles): ``format(x)`` is the string, ``parts(x)`` also gives the rounded magnitude (None for
    an infinity) for plural rules."""

    __slots__ = ("pattern", "sym", "min_frac", "max_frac", "scale", "currency", "grouping", "_affixes",
                 "_latin")

    def __init__(self, pattern: Pattern, sym: Symbols, min_frac: int, max_frac: int, scale: int = 0,
                 currency: str = "", spacing: dict | None = None, min_int: int | None = None):
        self.pattern, self.sym, self.scale, self.currency = pattern, sym, scale, currency
        self.min_frac, self.max_frac = min_frac, max_frac
        self.grouping = pattern.grouping(sym.min_grouping)
        self._latin = sym.digits == "0123456789"
        digit = sym.digits[1]
        self._affixes = (pattern.affixes(False, digit, sym, currency, spacing),
                         pattern.affixes(True, digit, sym, currency, spacing), spacing)

    def digits(self, integer: str, fraction: str) -> str:
        """Grouped integer digits, the decimal separator and the fraction, in the locale's digits."""
        sym = self.sym
        if len(integer) > self.grouping.primary:
            integer = group_digits(integer, self.grouping, sym.group)
        text = f"{integer}{sym.decimal}{fraction}" if fraction else integer
        return text if self._latin else sym.localize(text)

    def parts(self, x: float) -> tuple[str, Decimal | None]:
        negative = x < 0 or (x == 0 and math.copysign(1.0, x) < 0)
        if math.isinf(x):
            prefix, suffix = self.pattern.affixes(negative, self.sym.infinity, self.sym, self.currency,
                                                  self._affixes[2])
            return prefix + self.sym.infinity + suffix, None
        integer, fraction = round_digits(x, self.min_frac, self.max_frac, self.scale)
        integer = integer.rjust(self.pattern.min_int or 1, "0")
        prefix, suffix = self._affixes[negative]
        return prefix + self.digits(integer, fraction) + suffix, as_decimal(integer, fraction)

    def format(self, x: float) -> str:
        negative = x < 0 or (x == 0 and math.copysign(1.0, x) < 0)
        if math.isinf(x):
            return self.parts(x)[0]
        integer, fraction = round_digits(x, self.min_frac, self.max_frac, self.scale)
        if self.pattern.min_int > 1:
            integer = integer.rjust(self.pattern.min_int, "0")
        prefix, suffix = self._affixes[negative]
        return prefix + self.digits(integer, fraction) + suffix


@locale_data.data_cache(maxsize=1024)
def locale_pattern(locale: Locale, kind: str) -> Pattern:
    """The locale's standard pattern of a kind ("decimal", "percent" or "currency") for its
    numbering system."""
    return parse_pattern(number_data(locale, kind))


def decimal_format(locale: Locale, min_frac: int, max_frac: int) -> FixedFormat:
    """Intl's decimal style: the locale's decimal pattern with the fraction digits given."""
    return FixedFormat(locale_pattern(locale, "decimal"), symbols(locale), min_frac, max_frac)
