"""Server twin of js/format/bytes.js: a size with the largest unit not above it.

SI units (steps of 1000) are the CLDR unit patterns Intl uses for its sanctioned byte units
(``digital-kilobyte`` ... in Babel, ``unitDisplay: "short"``), chosen by the plural category of
the formatted number. Binary units (steps of 1024) are not in CLDR: below 1024 the locale's byte
unit is used, above it the number formatted like Intl's decimal style, a space and the IEC symbol
(``1.5 KiB``), the same in every locale. Rounding that reaches the next step moves up a unit;
±Infinity takes the largest unit.
"""

from __future__ import annotations

from typing import Any, Mapping

from .intl_numbers import decimal_of, format_fixed, locale_pattern, plural_category, round_fraction
from .options import babel_locale
from .symbols import symbols
from .values import numeric_formatter

#: Intl's sanctioned byte units, by their CLDR unit key.
INTL_UNITS = {"byte": "digital-byte", "kilobyte": "digital-kilobyte", "megabyte": "digital-megabyte",
              "gigabyte": "digital-gigabyte", "terabyte": "digital-terabyte", "petabyte": "digital-petabyte"}

#: Each system: its step and its units from step**0 up (an Intl unit, or an IEC symbol to append).
BYTE_UNITS = {
    "si": (1000, ("byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte")),
    "binary": (1024, ("byte", "KiB", "MiB", "GiB", "TiB", "PiB")),
}
UNITS = tuple(BYTE_UNITS)


def scale_bytes(n: float, step: int, count: int, digits: int) -> tuple[int, float]:
    """The unit index for n and n in that unit (the twin of scaleBytes in bytes.js)."""
    size = abs(n)
    power = 0
    while power < count - 1 and size >= float(step) ** (power + 1):
        power += 1
    if power < count - 1 and round_fraction(decimal_of(n / float(step) ** power), digits) >= step:
        power += 1
    return power, n / float(step) ** power


@numeric_formatter
def format_bytes(number: float, options: Mapping[str, Any]) -> str:
    """A size in bytes; non-numbers give the fallback."""
    return _format(number, options["locale"], options["units"], options["digits"])


def _format(number: float, tag: str, units: str, digits: int) -> str:
    step, names = BYTE_UNITS[units]
    power, scaled = scale_bytes(number, step, len(names), digits)
    unit = names[power]
    text, rounded = format_fixed(scaled, locale_pattern(tag, "decimal"), symbols(tag), 0, digits)
    if unit not in INTL_UNITS:
        return f"{text} {unit}"
    patterns = babel_locale(tag)._data["unit_patterns"][INTL_UNITS[unit]]["short"]  # pylint: disable=protected-access
    category = plural_category(tag, rounded)
    return (patterns.get(category) or patterns["other"]).replace("{0}", text)
