"""Server twin of js/format/relative-time.js: ``Intl.RelativeTimeFormat``, as ICU's
RelativeDateTimeFormatter writes it.

Unit rule (the same on both sides): the magnitude of ``value - now`` picks the unit: < 1 minute
-> seconds, < 1 hour -> minutes, < 1 day -> hours, < 7 days -> days, < 30 days -> weeks, < 365
days -> months (of 30 days), otherwise years (of 365 days); the count is rounded half away from
zero, and when rounding reaches the unit's bound (59.5 s -> 60 s) the next unit is used ("1
minute"). A negative difference reads as the past even when it rounds to 0.

Phrases: with ``numeric: "auto"`` the locale's word for -2..2 of a unit where CLDR has one
("yesterday", "now"); otherwise the unit's future or past pattern for the plural category of the
count, which is written like Intl.NumberFormat writes it (grouping, digits).
"""

from __future__ import annotations

import math
import time as _time
from typing import Any, Callable, Mapping

from . import locale_data, plurals
from .intl_numbers import decimal_format
from .locale_data import Locale
from .values import fallback_of, formatter_of, to_epoch_ms

SECOND = 1000
MINUTE = 60 * SECOND
HOUR = 60 * MINUTE
DAY = 24 * HOUR

#: (unit, its length in ms, the magnitude from which the next unit takes over): js UNITS.
UNITS = (
    ("second", SECOND, MINUTE),
    ("minute", MINUTE, HOUR),
    ("hour", HOUR, DAY),
    ("day", DAY, 7 * DAY),
    ("week", 7 * DAY, 30 * DAY),
    ("month", 30 * DAY, 365 * DAY),
    ("year", 365 * DAY, math.inf),
)

STYLES = ("long", "short", "narrow")
NUMERIC = ("always", "auto")
#: Where a style's data is found when the locale lacks it: CLDR's aliases (narrow -> short -> long).
STYLE_FALLBACK = {"long": ("",), "short": ("-short", ""), "narrow": ("-narrow", "-short", "")}


def select_unit(diff: float) -> tuple[str, int, bool]:
    """(unit, count >= 0, past) for a difference in ms: js selectUnit."""
    magnitude = abs(diff)
    for unit, length, below in UNITS:
        if magnitude >= below:
            continue
        exact = magnitude / length
        whole = math.floor(exact)
        count = whole + 1 if exact - whole >= 0.5 else whole
        if count * length < below:
            return unit, int(count), diff < 0
    raise AssertionError("unreachable: the last unit has no bound")


def relative_pattern(locale: Locale, unit: str, style: str, direction: str, plural: str) -> str:
    """"in {0} days": the unit's pattern for the plural form, else its "other" form, looked up
    narrow -> short -> long."""
    fields = locale.section("fields")
    for form in (plural, "other"):
        for suffix in STYLE_FALLBACK[style]:
            patterns = fields.get(unit + suffix, {}).get(direction, {})
            if form in patterns:
                return patterns[form]
    raise LookupError(f"no {style} {direction} pattern for {unit} in {locale.id}")


def auto_phrase(locale: Locale, unit: str, offset: int, style: str) -> str | None:
    """The locale's word for this offset ("yesterday", "next week", "now"), if it has one."""
    fields = locale.section("fields")
    for suffix in STYLE_FALLBACK[style]:
        phrase = fields.get(unit + suffix, {}).get(str(offset))
        if phrase:
            return phrase
    return None


def compile_count_formatter(locale: Locale, numeric: str, style: str) -> Callable[[str, int, bool], str]:
    """(unit, count, past) -> the phrase, for one locale, numeric and style."""
    count_text = decimal_format(locale, 0, 3).format

    def format_count(unit: str, count: int, past: bool) -> str:
        if numeric == "auto" and count <= 2:
            phrase = auto_phrase(locale, unit, -count if past else count, style)
            if phrase is not None:
                return phrase
        plural = plurals.category_of_integer(locale.id, count)
        pattern = relative_pattern(locale, unit, style, "past" if past else "future", plural)
        return pattern.replace("{0}", count_text(float(count)))

    return format_count


def compile_relative_time(options: Mapping[str, Any]) -> Callable[[Any], str]:
    """A formatter of moments relative to ``now`` for one option set (``format_relative_time``
    compiled); values (or a ``now``) that are not moments give the fallback."""
    fallback = fallback_of(options)
    now = options["now"]
    fixed_origin = None if now is None else to_epoch_ms(now)
    try:
        locale = locale_data.required(options["locale"], "date")
        phrase = compile_count_formatter(locale, options["numeric"], options["style"])
    except (ValueError, LookupError, KeyError):
        return lambda value: fallback
    if now is not None and fixed_origin is None:
        return lambda value: fallback

    def format_relative(value: Any) -> str:
        moment = to_epoch_ms(value)
        if moment is None:
            return fallback
        origin = _time.time() * 1000 if fixed_origin is None else fixed_origin
        unit, count, past = select_unit(moment - origin)
        try:
            return phrase(unit, count, past)
        except LookupError:
            return fallback

    return format_relative


format_relative_time = formatter_of(compile_relative_time)
format_relative_time.__doc__ = """How far a moment is from ``now`` ("in 3 days", "yesterday").

    Parameters
    ----------
    value : Any
        Epoch milliseconds, a numeric or ISO 8601 string, a datetime, date or pandas Timestamp.
    options : Mapping
        ``now``, ``numeric``, ``style``, ``locale``, ``fallback`` (see ``dc.format.relative_time``).

    Returns
    -------
    str
        The browser's string for the same value and options; the fallback for non-moments.
    """
