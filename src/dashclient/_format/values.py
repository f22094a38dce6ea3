"""What a formatter accepts: the twin of js/format/value.js, rule for rule.

Everything that is not a number, a numeric string or (for dates) an ISO 8601 string formats as
the ``fallback`` option (default ``""``), so bad input never raises.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone
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


def to_number(value: Any) -> float | None:
    """A float for numbers (±inf included) and numeric strings; None for everything else
    (None, "", NaN, booleans, containers, other strings)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value) if not isinstance(value, int) or abs(value) < 2**1023 else math.inf
        return None if math.isnan(number) else number
    if isinstance(value, str):
        text = value.strip()
        return float(text) if NUMERIC_STRING.fullmatch(text) else None
    return None


def to_epoch_ms(value: Any) -> float | None:
    """Epoch milliseconds for finite numbers, numeric strings and ISO 8601 strings; else None."""
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
    if offset and offset.upper() != "Z":
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        try:
            moment -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        except OverflowError:
            return None
    time = (moment - EPOCH) // timedelta(milliseconds=1)
    return float(time) if MIN_TIME <= time <= MAX_TIME else None


def fallback_of(options: Mapping[str, Any]) -> str:
    """The string shown when a value cannot be formatted."""
    fallback = options.get("fallback")
    return fallback if isinstance(fallback, str) else ""


def numeric_formatter(format_: Callable[[float, Mapping[str, Any]], str]) -> Callable[[Any, Mapping[str, Any]], str]:
    """A formatter of numbers that never raises for a value, as its JS twin never throws:
    non-numbers and anything ``format_`` fails on give the ``fallback`` option."""

    @wraps(format_)
    def formatter(value: Any, options: Mapping[str, Any]) -> str:
        number = to_number(value)
        if number is None:
            return fallback_of(options)
        try:
            return format_(number, options)
        except Exception:  # noqa: BLE001 - never raise for a value
            return fallback_of(options)

    return formatter
