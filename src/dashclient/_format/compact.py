"""Server twin of js/format/compact.js: Intl.NumberFormat notation "compact", as ICU does it.

CLDR compact patterns ("short" or "long") map a magnitude and a plural category to a pattern:
``1000 -> "0K"``, ``10000 -> "00K"``; the count of zeros gives the power of ten the number is
divided by, and ``"0"`` means "no compact form" (de writes 1234 as ``1234``). ICU's rounding
(CompactHandler, Precision::integer().withMinDigits(2)): no fraction digits, but at least two
significant ones (1234 -> 1.2K, 123456 -> 123K, 0.000123 -> 0.00012); when rounding reaches the
next power (999,999 -> 1000K) the next pattern is taken (1M). Exactly 0 and 1 may have their own
pattern (fr long: 1000 -> "mille"). Grouping is "min2": none below 10,000 whatever the locale. A
locale without long patterns (ja, zh) uses its short ones, as ICU does.
"""

from __future__ import annotations

import decimal
import math
from decimal import Decimal
from typing import Any, Callable, Mapping, NamedTuple

from . import locale_data, plurals
from .intl_numbers import group_digits, locale_pattern, shortest_digits
from .locale_data import Locale
from .pattern import Grouping, parse_pattern
from .symbols import number_data, symbols
from .values import formatter_of, numeric_compiler

DISPLAYS = ("short", "long")
EXPLICIT = ("0", "1")  # CLDR's explicit plural forms: exactly 0, exactly 1


class CompactData(NamedTuple):
    multipliers: dict  # magnitude -> power of ten applied (-3 for "0K" at 1000)
    patterns: dict  # (magnitude, plural category or "0"/"1") -> pattern, None for "0"
    largest: int

    def multiplier(self, magnitude: int) -> int:
        if magnitude < 0:
            return 0
        return self.multipliers.get(min(magnitude, self.largest), 0)

    def pattern(self, magnitude: int, rounded: Decimal, category: str) -> str | None:
        if magnitude < 0:
            return None
        magnitude = min(magnitude, self.largest)
        if rounded == rounded.to_integral_value() and rounded in (0, 1):
            explicit = self.patterns.get((magnitude, str(int(rounded))))
            if explicit is not None:
                return explicit
        found = self.patterns.get((magnitude, category))
        if found is None and (magnitude, category) not in self.patterns:
            found = self.patterns.get((magnitude, "other"))
        return found


def _count_zeros(pattern: str) -> int:
    zeros = 0
    for char in pattern:
        if char == "0":
            zeros += 1
        elif zeros:
            break
    return zeros


@locale_data.data_cache(maxsize=256)
def compact_data(locale: Locale, display: str) -> CompactData:
    tables = number_data(locale, f"compact_{display}") or number_data(locale, "compact_short") or {}
    multipliers: dict[int, int] = {}
    patterns: dict[tuple[int, str], str | None] = {}
    for key, forms in tables.items():
        magnitude = len(key) - 1
        # Plural categories first ("other" leading), then the explicit "0" and "1", whose patterns
        # may hold no digit at all ("mille") and so cannot tell the power of ten.
        for category in sorted(forms, key=lambda c: (c in EXPLICIT, c != "other")):
            text = forms[category]
            patterns[(magnitude, category)] = None if text == "0" else text
            if magnitude not in multipliers:
                multipliers[magnitude] = 0 if text == "0" else _count_zeros(text) - magnitude - 1
    return CompactData(multipliers, patterns, max(multipliers, default=0))


#: Enough precision for any double (1.8e308 has 309 integer digits).
CONTEXT = decimal.Context(prec=400, rounding=decimal.ROUND_HALF_UP, Emax=10_000, Emin=-10_000)


def round_compact(d: Decimal) -> Decimal:
    """No fraction digits, but at least two significant ones, half-expand; trailing zeros dropped."""
    if d == 0:
        return Decimal(0)
    rounded = d.quantize(Decimal(1).scaleb(min(0, d.adjusted() - 1)), context=CONTEXT)
    sign, digits, exponent = rounded.as_tuple()
    while exponent < 0 and len(digits) > 1 and digits[-1] == 0:
        digits, exponent = digits[:-1], exponent + 1
    return Decimal((sign, digits, exponent))


@numeric_compiler
def compile_compact(options: Mapping[str, Any]) -> Callable[[float], str]:
    """A formatter in compact notation for one option set (``format_compact`` compiled)."""
    locale = locale_data.required(options["locale"])
    sym, base, data = symbols(locale), locale_pattern(locale, "decimal"), compact_data(locale, options["display"])
    grouping = Grouping(base.primary, base.secondary, max(2, sym.min_grouping))

    def format_compact_(number: float) -> str:
        negative = math.copysign(1.0, number) < 0
        if math.isinf(number):
            prefix, suffix = base.affixes(negative, sym.infinity, sym)
            return prefix + sym.infinity + suffix
        digits, exponent = shortest_digits(number)
        d = Decimal(int(digits)).scaleb(exponent)
        multiplier = 0
        rounded = round_compact(d)
        if d != 0:
            magnitude = d.adjusted()
            multiplier = data.multiplier(magnitude)
            rounded = round_compact(d.scaleb(multiplier))
            if rounded != 0 and rounded.adjusted() != magnitude + multiplier:
                # 999,999 -> 1000K: the next magnitude's pattern, if it divides differently (1M).
                bigger = data.multiplier(magnitude + 1)
                if bigger != multiplier:
                    multiplier = bigger
                    rounded = round_compact(d.scaleb(multiplier))
        magnitude = 0 if rounded == 0 else rounded.adjusted() - multiplier
        text = data.pattern(magnitude, rounded, plurals.category(locale.id, rounded))
        pattern = base if text is None else parse_pattern(text)
        number_text = ""
        if pattern.min_int or pattern.max_frac:
            integer, _, fraction = format(rounded, "f").partition(".")
            integer = group_digits(integer, grouping, sym.group)
            number_text = sym.localize(f"{integer}{sym.decimal}{fraction}" if fraction else integer)
        prefix, suffix = pattern.affixes(negative, number_text, sym)
        return prefix + number_text + suffix

    return format_compact_


format_compact = formatter_of(compile_compact)
format_compact.__doc__ = """A number in compact notation ("1.2K", "1,2 Mio."); non-numbers give the fallback.

    Parameters
    ----------
    value : Any
        A number or numeric string.
    options : Mapping
        ``display``, ``locale``, ``fallback`` (see ``dc.format.compact``).

    Returns
    -------
    str
        What ``Intl.NumberFormat`` writes in the browser for the same value and options.
    """
