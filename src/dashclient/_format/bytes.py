"""Server twin of js/format/bytes.js: a size with the largest unit not above it.

SI units (steps of 1000) are the CLDR unit patterns Intl uses for its sanctioned byte units
(``digital-kilobyte`` ..., ``unitDisplay: "short"``), chosen by the plural category of the
formatted number. Binary units (steps of 1024) are not in CLDR: below 1024 the locale's byte unit
is used, above it the number formatted like Intl's decimal style, a space and the IEC symbol
(``1.5 KiB``), the same in every locale. Rounding that reaches the next step moves up a unit;
±Infinity takes the largest unit.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from . import locale_data, plurals
from .intl_numbers import as_decimal, decimal_format, round_digits
from .values import formatter_of, numeric_compiler

#: Each system: its step and its units from step**0 up (a CLDR byte unit, or an IEC symbol to append).
BYTE_UNITS = {
    "si": (1000, ("byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte")),
    "binary": (1024, ("byte", "KiB", "MiB", "GiB", "TiB", "PiB")),
}
UNITS = tuple(BYTE_UNITS)
CLDR_UNITS = frozenset(BYTE_UNITS["si"][1])


def scale_bytes(n: float, step: int, count: int, digits: int) -> tuple[int, float]:
    """The unit index for n and n in that unit (the twin of scaleBytes in bytes.js)."""
    size = abs(n)
    power = 0
    while power < count - 1 and size >= float(step) ** (power + 1):
        power += 1
    if power < count - 1 and as_decimal(*round_digits(n / float(step) ** power, 0, digits)) >= step:
        power += 1
    return power, n / float(step) ** power


@numeric_compiler
def compile_bytes(options: Mapping[str, Any]) -> Callable[[float], str]:
    """A formatter of sizes in bytes for one option set (``format_bytes`` compiled)."""
    locale, digits = locale_data.required(options["locale"]), options["digits"]
    step, names = BYTE_UNITS[options["units"]]
    amount = decimal_format(locale, 0, digits)
    patterns = locale.section("units")
    id_ = locale.id

    def format_size(number: float) -> str:
        power, scaled = scale_bytes(number, step, len(names), digits)
        unit = names[power]
        text, rounded = amount.parts(scaled)
        if unit not in CLDR_UNITS:
            return f"{text} {unit}"
        forms = patterns[unit]
        return (forms.get(plurals.category(id_, rounded)) or forms["other"]).replace("{0}", text)

    return format_size


format_bytes = formatter_of(compile_bytes)
format_bytes.__doc__ = """A size in bytes ("1.5 kB", "1.5 KiB"); non-numbers give the fallback.

    Parameters
    ----------
    value : Any
        A number or numeric string.
    options : Mapping
        ``units``, ``digits``, ``locale``, ``fallback`` (see ``dc.format.bytes``).

    Returns
    -------
    str
        What ``Intl.NumberFormat`` writes in the browser for the same value and options.
    """
