"""What a formatter accepts: the twin of js/format/value.js, rule for rule.

A Python value first becomes what the browser would receive for it (``wire``): Dash sends
component props as JSON through plotly's encoder, so ``Decimal`` arrives as a float, ``datetime``,
``date`` and pandas ``Timestamp`` as ISO 8601 strings (``isoformat()``), numpy scalars as their
Python value (``tolist()``), ``pandas.NA``/``NaT`` as null. Then the JS rules apply: numbers and
numeric strings format, ISO strings name moments; everything else gives the ``fallback`` option
(default ``""``), so bad input never raises.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from functools import wraps
from typing import Any, Callable, Mapping

# A numeric string: optional sign, digits with an optional point (or a leading point), optional exponent.
NUMERIC_STRING = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", re.ASCII)

# ISO 8601 as Dash apps send it; a value without an offset is read as UTC.
ISO_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE | re.ASCII,
)

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
# The range both JS Date and Python datetime can represent (years 1 to 9999), in epoch ms.
MIN_TIME = (datetime(1, 1, 1, tzinfo=timezone.utc) - EPOCH) // timedelta(milliseconds=1)
MAX_TIME = (datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=timezone.utc) - EPOCH) // timedelta(milliseconds=1)
_PLAIN = (float, int, str, bool, type(None))


def wire(value: Any) -> Any:
    """``value`` as the browser receives it in Dash's JSON (plotly's encoder): Decimal -> float,
    datetime/date/Timestamp -> ``isoformat()``, numpy scalars -> ``tolist()``, pandas NA/NaT -> None."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (datetime, date)):
        try:
            return value.isoformat()
        except ValueError:  # pandas.NaT and friends
            return None
    kind = type(value).__module__.split(".")[0]
    if kind == "pandas" and type(value).__name__ in ("NAType", "NaTType"):
        return None
    if kind == "numpy" and hasattr(value, "tolist") and getattr(value, "ndim", None) == 0:
        return wire(value.tolist())
    if kind == "pandas" and hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def to_number(value: Any) -> float | None:
    """A float for numbers (±inf included) and numeric strings; None for everything else
    (None, "", NaN, booleans, containers, other strings)."""
    if type(value) is float:
        return None if value != value else value
    value = wire(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        try:
            return float(value)  # rounds to nearest, ties to even: what JSON.parse gives
        except OverflowError:
            return math.inf if value > 0 else -math.inf
    if isinstance(value, float):  # numpy's float64 too, as a plain float (its repr is not one)
        return None if math.isnan(value) else float(value)
    if isinstance(value, str):
        text = value.strip()
        return float(text) if NUMERIC_STRING.fullmatch(text) else None
    return None


def to_epoch_ms(value: Any) -> float | None:
    """Epoch milliseconds for finite numbers, numeric strings and ISO 8601 strings; else None."""
    value = wire(value)
    number = to_number(value)
    if number is not None:
        return number if math.isfinite(number) and MIN_TIME <= number <= MAX_TIME else None
    if not isinstance(value, str):
        return None
    match = ISO_DATETIME.fullmatch(value.strip())
    if not match:
        return None
    y, mo, d, h, mi, s, frac, offset = match.groups()
    try:
        moment = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0),
                          int((frac or "0").ljust(3, "0")[:3]) * 1000, tzinfo=timezone.utc)
    except ValueError:
        return None
    time = (moment - EPOCH) // timedelta(milliseconds=1)
    if offset and offset.upper() != "Z":
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        time -= sign * (int(digits[:2]) * 60 + int(digits[2:])) * 60_000
    return float(time) if MIN_TIME <= time <= MAX_TIME else None


def fallback_of(options: Mapping[str, Any]) -> str:
    """The string shown when a value cannot be formatted."""
    fallback = options.get("fallback")
    return fallback if isinstance(fallback, str) else ""


Compiled = Callable[[Any], str]


def numeric_compiler(make: Callable[[Mapping[str, Any]], Callable[[float], str]]
                     ) -> Callable[[Mapping[str, Any]], Compiled]:
    """``compile_<fn>(options)`` from ``make(options)``, which returns a formatter of floats: the
    result never raises for a value, as its JS twin never throws (numericFormatter in value.js):
    non-numbers, and anything the formatter fails on, give the ``fallback`` option."""

    @wraps(make)
    def compile_(options: Mapping[str, Any]) -> Compiled:
        fallback = fallback_of(options)
        try:
            format_float = make(options)
        except Exception:  # noqa: BLE001 - options the factory would have refused: JS gives the fallback
            return lambda value: fallback

        def formatter(value: Any) -> str:
            number = value if type(value) is float and value == value else to_number(value)
            if number is None:
                return fallback
            try:
                return format_float(number)
            except Exception:  # noqa: BLE001 - never raise for a value
                return fallback

        return formatter

    return compile_


def options_key(options: Mapping[str, Any]) -> tuple:
    """A hashable key of an options mapping, to keep one compiled formatter per option set."""
    return tuple(sorted(options.items()))


def formatter_of(compile_: Callable[[Mapping[str, Any]], Compiled]) -> Callable[[Any, Mapping[str, Any]], str]:
    """``format_<fn>(value, options)``: ``compile_<fn>(options)(value)``, compiled once per
    option set (the last 256 kept)."""
    from .locale_data import data_cache  # pylint: disable=import-outside-toplevel

    @data_cache(maxsize=256)
    def compiled(key: tuple) -> Compiled:
        return compile_(dict(key))

    def format_(value: Any, options: Mapping[str, Any]) -> str:
        try:
            function = compiled(options_key(options))
        except TypeError:  # an unhashable option value: compile for this call only
            function = compile_(options)
        return function(value)

    format_.__doc__ = f"``{compile_.__name__}(options)(value)``, compiled once per option set."
    format_.compiled = compiled  # type: ignore[attr-defined]  # for tests of the cache
    return format_
