"""d3-format's type letters: how each turns ``|value|`` and a precision into digits, as one table
(``TYPES``, like d3's ``formatTypes.js``), on the JS number conversions of ``js_number``."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

from . import js_number as js

SI_PREFIXES = ("y", "z", "a", "f", "p", "n", "\u00b5", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y")


@dataclass(frozen=True)
class FormatType:
    """How one type letter turns ``|value|`` and a precision into digits."""

    render: Callable[[float, int], str]
    split: bool = False  # may write a fraction or exponent, kept apart from the digits to group
    significant: bool = False  # precision counts significant digits: 1..21, not 0..20
    percent: bool = False  # the locale's percent sign follows
    radix: bool = False  # "#" writes 0b, 0o or 0x before it
    literal: bool = False  # String(value) as is: no sign handling, nothing to group


def _decimal_parts(x: float, precision: int) -> tuple[str, int] | None:
    """d3's formatDecimalParts: digits and exponent from ``toExponential`` (shortest for precision 0)."""
    if x == 0 or not math.isfinite(x):
        return None
    return js.significant_digits(x, precision or None)


def _rounded(x: float, precision: int) -> str:
    """Type "r": ``precision`` significant digits, never in exponent form."""
    parts = _decimal_parts(x, precision)
    if parts is None:
        return js.to_string(x)
    digits, exponent = parts
    if exponent < 0:
        return "0." + "0" * (-exponent - 1) + digits
    if len(digits) > exponent + 1:
        return digits[: exponent + 1] + "." + digits[exponent + 1 :]
    return digits + "0" * (exponent - len(digits) + 1)


def _si(x: float, precision: int) -> str:
    """Type "s" (d3's formatPrefixAuto), with the SI letter appended: it is no digit, so trimming
    stops at it and the split carries it into the suffix, where d3 puts it."""
    parts = _decimal_parts(x, precision)
    if parts is None:
        return js.to_precision(x, precision)
    digits, exponent = parts
    power = max(-8, min(8, exponent // 3))
    point, count = exponent - 3 * power + 1, len(digits)
    if point == count:
        text = digits
    elif point > count:
        text = digits + "0" * (point - count)
    elif point > 0:
        text = digits[:point] + "." + digits[point:]
    else:  # below 1e-24: more zeros after the point, fewer significant digits
        text = "0." + "0" * -point + _decimal_parts(x, max(0, precision + point - 1))[0]
    return text + SI_PREFIXES[8 + power]


def _integer(x: float, _precision: int = 0) -> str:
    """Type "d" (d3's formatDecimal): rounded to an integer, written in full."""
    return js.to_integer_string(js.math_round(x))


def _radix(radix: int, upper: bool = False) -> Callable[[float, int], str]:
    def render(x: float, _precision: int) -> str:
        text = js.to_radix(js.math_round(x), radix)
        return text.upper() if upper else text

    return render


TYPES: dict[str, FormatType] = {
    "%": FormatType(lambda x, p: js.to_fixed(x * 100, p), split=True, percent=True),
    "b": FormatType(_radix(2), radix=True),
    "c": FormatType(lambda x, _p: js.to_string(x), literal=True),
    "d": FormatType(_integer, split=True),
    "e": FormatType(js.to_exponential, split=True),
    "f": FormatType(js.to_fixed, split=True),
    "g": FormatType(js.to_precision, split=True, significant=True),
    "o": FormatType(_radix(8), radix=True),
    "p": FormatType(lambda x, p: _rounded(x * 100, p), split=True, significant=True, percent=True),
    "r": FormatType(_rounded, split=True, significant=True),
    "s": FormatType(_si, split=True, significant=True),
    "X": FormatType(_radix(16, upper=True), radix=True),
    "x": FormatType(_radix(16), radix=True),
}
# d3 reads "n" as ",g" and no type as ".12~g" (a precision written keeps its place over the 12).
ALIASES: dict[str, dict[str, Any]] = {
    "n": {"comma": True, "type": "g"},
    "": {"precision": 12, "trim": True, "type": "g"},
}
KNOWN_TYPES = frozenset(TYPES) | frozenset(ALIASES)
