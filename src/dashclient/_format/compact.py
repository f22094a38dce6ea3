"""Server twin of js/format/compact.js: Intl.NumberFormat notation "compact", as ICU does it.

CLDR compact patterns (Babel's ``compact_decimal_formats``, "short" or "long") map a magnitude and
a plural category to a pattern: ``1000 -> "0K"``, ``10000 -> "00K"``; the count of zeros gives the
power of ten the number is divided by, and ``"0"`` means "no compact form" (de writes 1234 as
``1234``). ICU's rounding (CompactHandler, Precision::integer().withMinDigits(2)): no fraction
digits, but at least two significant ones (1234 -> 1.2K, 123456 -> 123K, 0.000123 -> 0.00012);
when rounding reaches the next power (999,999 -> 1000K) the next pattern is taken (1M). Exactly
0 and 1 may have their own pattern (fr long: 1000 -> "mille"). Grouping is "min2": none below
10,000 whatever the locale. A locale without long patterns (ja, zh) uses its short ones, as ICU
does; ``cldr_patch`` adds the patterns CLDR 48 has and Babel's CLDR 47 lacks (en-IN long).
"""

from __future__ import annotations

import math
from decimal import Decimal
from functools import lru_cache
from typing import Any, Mapping, NamedTuple

from . import cldr_patch
from .intl_numbers import (CONTEXT, Grouping, decimal_of, digits_text, is_negative, locale_pattern,
                           parse_pattern, plural_category, strip_fraction)
from .options import babel_locale
from .symbols import symbols
from .values import numeric_formatter

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


@lru_cache(maxsize=256)
def compact_data(tag: str, display: str) -> CompactData:
    formats = babel_locale(tag).compact_decimal_formats
    tables = cldr_patch.compact(tag, display) or formats.get(display) or formats.get("short") or {}
    multipliers: dict[int, int] = {}
    patterns: dict[tuple[int, str], str | None] = {}
    # Plural categories first ("other" leading), then the explicit "0" and "1", whose patterns
    # may hold no digit at all ("mille") and so cannot tell the power of ten.
    for category in sorted(tables, key=lambda c: (c in EXPLICIT, c != "other")):
        for key, pattern in tables[category].items():
            magnitude = len(key) - 1
            text = pattern if isinstance(pattern, str) else pattern.pattern
            patterns[(magnitude, category)] = None if text == "0" else text
            if magnitude not in multipliers:
                multipliers[magnitude] = 0 if text == "0" else _count_zeros(text) - magnitude - 1
    return CompactData(multipliers, patterns, max(multipliers, default=0))


def round_compact(d: Decimal) -> Decimal:
    """No fraction digits, but at least two significant ones, half-expand; trailing zeros dropped."""
    if d == 0:
        return Decimal(0)
    exponent = min(0, d.adjusted() - 1)
    return strip_fraction(d.quantize(Decimal(1).scaleb(exponent), context=CONTEXT), 0)


@numeric_formatter
def format_compact(number: float, options: Mapping[str, Any]) -> str:
    """A number in compact notation; non-numbers give the fallback."""
    return _format(number, options["locale"], options["display"])


def _format(number: float, tag: str, display: str) -> str:
    sym = symbols(tag)
    base = locale_pattern(tag, "decimal")
    if math.isinf(number):
        return base.render(number < 0, sym.infinity, sym)
    data = compact_data(tag, display)
    d = decimal_of(number)
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
    text = data.pattern(magnitude, rounded, plural_category(tag, rounded))
    pattern = base if text is None else parse_pattern(text)
    grouping = Grouping(base.primary, base.secondary, max(2, sym.min_grouping))
    number_text = digits_text(rounded, sym, grouping) if pattern.min_int or pattern.max_frac else ""
    return pattern.render(is_negative(number), number_text, sym)
