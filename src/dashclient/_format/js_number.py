"""JavaScript's number-to-string conversions in Python, to the character (the ones d3-format uses).

ECMAScript defines ``toFixed``, ``toExponential`` and ``toPrecision`` on the exact binary value of
the double, a tie going to the larger candidate. Python's ``%f``/``%e`` round that exact value too,
but ties to even (``2.5 -> "2"``, JS ``"3"``), so rounding here goes through ``decimal.Decimal``,
which holds a double exactly. ``String(x)`` writes the shortest digits that read back as ``x``: the
digits of ``repr(x)``, laid out by JS's own rules (plain from 1e-6 up to 1e21, exponent outside).
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal
from functools import lru_cache

# toFixed works below 1e21 with up to 100 fraction digits: 21 + 100 digits at most.
_FIXED = Context(prec=128, rounding=ROUND_HALF_UP)
_FIXED_STEPS = tuple(Decimal(1).scaleb(-digits) for digits in range(101))
_RADIX_FORMATS = {2: "b", 8: "o", 16: "x"}


@lru_cache(maxsize=None)
def _significant_context(precision: int) -> Context:
    return Context(prec=precision, rounding=ROUND_HALF_UP)


def shortest_digits(x: float) -> tuple[str, int]:
    """Digits and decimal exponent of the shortest round-trip form of finite ``x > 0``.

    ``1234.5 -> ("12345", 3)``, ``1e-7 -> ("1", -7)``: the value is ``0.d1d2... * 10**(exponent+1)``.
    """
    mantissa, _, exponent = repr(x).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    significant = digits.lstrip("0")
    point = len(whole) + int(exponent or 0) - (len(digits) - len(significant))
    return significant.rstrip("0"), point - 1


def significant_digits(x: float, precision: int | None) -> tuple[str, int]:
    """``x.toExponential(precision - 1)`` of finite ``x > 0`` as (digits, exponent).

    Exactly ``precision`` digits, rounded half up from the exact value; the shortest digits when
    ``precision`` is None.
    """
    if precision is None:
        return shortest_digits(x)
    _, digits, exponent = _significant_context(precision).plus(Decimal(x)).as_tuple()
    text = "".join(map(str, digits))
    return text.ljust(precision, "0"), len(digits) + exponent - 1


def _exponential(digits: str, exponent: int) -> str:
    head = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return f"{head}e{'+' if exponent >= 0 else '-'}{abs(exponent)}"


def _plain(digits: str, exponent: int) -> str:
    """The digits with the point placed by the exponent, zero-padded on either side."""
    if exponent >= len(digits) - 1:
        return digits + "0" * (exponent - len(digits) + 1)
    if exponent >= 0:
        return digits[: exponent + 1] + "." + digits[exponent + 1 :]
    return "0." + "0" * (-exponent - 1) + digits


def _non_finite(x: float) -> str:
    return "NaN" if math.isnan(x) else "Infinity" if x > 0 else "-Infinity"


def _sign(x: float) -> str:
    return "-" if x < 0 else ""  # -0 is not < 0: JS writes it unsigned


def to_string(x: float) -> str:
    """``String(x)``: ``"1e+21"``, ``"1e-7"``, ``"0.000001"``, ``"123.456"``, ``"0"`` for -0."""
    if not math.isfinite(x):
        return _non_finite(x)
    if x == 0:
        return "0"
    digits, exponent = shortest_digits(abs(x))
    layout = _plain if -7 < exponent < 21 else _exponential
    return _sign(x) + layout(digits, exponent)


_SCALES = tuple(10.0**digits for digits in range(101))


def to_fixed(x: float, fraction_digits: int) -> str:
    """``x.toFixed(fraction_digits)``; ``String(x)`` from 1e21 up, as JS does.

    Python's ``%f`` rounds the same exact binary value but sends ties to even; a tie is only
    possible where ``|x| * 10**digits`` lies at .5 (checked approximately, then exactly), so the
    rest takes the fast ``%f`` path."""
    if x != x or x in (math.inf, -math.inf) or abs(x) >= 1e21:
        return to_string(x)
    magnitude = abs(x)
    if fraction_digits <= 20:
        scaled = magnitude * _SCALES[fraction_digits]
        if abs(scaled - math.floor(scaled) - 0.5) > 1e-6 * (1.0 + scaled) * 2.0**-20:
            return ("-" if x < 0 else "") + "%.*f" % (fraction_digits, magnitude)
    rounded = _FIXED.quantize(Decimal(magnitude), _FIXED_STEPS[fraction_digits])
    return _sign(x) + f"{rounded:f}"


def to_exponential(x: float, fraction_digits: int | None = None) -> str:
    """``x.toExponential(fraction_digits)``; None gives as many digits as ``String(x)`` needs."""
    if not math.isfinite(x):
        return _non_finite(x)
    if x == 0:
        return _exponential("0" * ((fraction_digits or 0) + 1), 0)
    precision = None if fraction_digits is None else fraction_digits + 1
    return _sign(x) + _exponential(*significant_digits(abs(x), precision))


def to_precision(x: float, precision: int) -> str:
    """``x.toPrecision(precision)``: plain unless the exponent is below -6 or reaches ``precision``."""
    if not math.isfinite(x):
        return _non_finite(x)
    digits, exponent = ("0" * precision, 0) if x == 0 else significant_digits(abs(x), precision)
    layout = _exponential if exponent < -6 or exponent >= precision else _plain
    return _sign(x) + layout(digits, exponent)


def math_round(x: float) -> float:
    """``Math.round(x)``: the nearest integer, a half going up (``-2.5 -> -2``)."""
    if not math.isfinite(x):
        return x
    floor = math.floor(x)
    rounded = float(floor + 1 if x - floor >= 0.5 else floor)  # x - floor is exact for doubles
    return math.copysign(rounded, x) if rounded == 0 else rounded


def to_radix(x: float, radix: int) -> str:
    """``x.toString(radix)`` of an integer-valued ``x`` for radix 2, 8 or 16 (exact: the radix is a
    power of two)."""
    if not math.isfinite(x):
        return _non_finite(x)
    return _sign(x) + format(int(abs(x)), _RADIX_FORMATS[radix])


def to_integer_string(x: float) -> str:
    """An integer-valued ``x`` written out in full from its shortest digits, no exponent: what
    ``String(x)`` gives below 1e21 and ``x.toLocaleString("en")`` (less its commas) above; ICU
    too formats a double from its shortest digits (``2**70 -> "1180591620717411300000"``)."""
    if not math.isfinite(x):
        return "NaN" if math.isnan(x) else _sign(x) + "∞"
    if x == 0:
        return "0"
    return _sign(x) + _plain(*shortest_digits(abs(x)))
