"""Server twin of js/format/relative-time.js: ``Intl.RelativeTimeFormat`` with Babel's CLDR.

Unit rule (the same on both sides): the magnitude of ``value - now`` picks the unit: < 1 minute
-> seconds, < 1 hour -> minutes, < 1 day -> hours, < 7 days -> days, < 30 days -> weeks, < 365
days -> months (of 30 days), otherwise years (of 365 days); the count is rounded half away from
zero, and when rounding reaches the unit's bound (59.5 s -> 60 s) the next unit is used ("1
minute"). A negative difference reads as the past even when it rounds to 0.

Phrases come from Babel's relative-time patterns (plural form of the count, narrow -> short ->
long fallback as CLDR's aliases have it); ``numeric: "auto"`` phrases ("yesterday", "now"),
which Babel lacks, from ``dates_cldr`` (CLDR 48 as ICU has it).
"""

from __future__ import annotations

import math
import time as _time
from functools import lru_cache
from typing import Any, Callable, Mapping

from babel import Locale, UnknownLocaleError

from . import dates_cldr
from .options import babel_locale
from .values import fallback_of, to_epoch_ms

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
# Where CLDR finds a style's pattern when the locale has none for it (its aliases).
STYLE_FALLBACK = {"long": ("",), "short": ("-short", ""), "narrow": ("-narrow", "-short", "")}


def format_relative_time(value: Any, options: Mapping[str, Any]) -> str:
    """The twin of ``relative_time(value, options)``; unparseable values give the fallback."""
    moment = to_epoch_ms(value)
    now = options["now"]
    origin = _time.time() * 1000 if now is None else to_epoch_ms(now)
    if moment is None or origin is None:
        return fallback_of(options)
    unit, count, past = select_unit(moment - origin)
    try:
        formatter = relative_formatter(options["locale"], options["numeric"],
                                       options["style"])
        return formatter(unit, count, past)
    except (ValueError, LookupError, UnknownLocaleError):  # options the factory would have refused
        return fallback_of(options)


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


@lru_cache(maxsize=256)
def relative_formatter(locale_tag: str, numeric: str, style: str) -> Callable[[str, int, bool], str]:
    """One formatter per (locale, numeric, style), like the JS side's Intl cache."""
    locale = babel_locale(locale_tag)
    style_index = STYLES.index(style)
    plural_form = dates_cldr.plural_rules(locale).plural_form

    def format_count(unit: str, count: int, past: bool) -> str:
        if numeric == "auto" and count <= 2:
            phrase = auto_phrase(locale, unit, -count if past else count, style_index)
            if phrase is not None:
                return phrase
        pattern = relative_pattern(locale, unit, style, "past" if past else "future", plural_form(count))
        return pattern.replace("{0}", dates_cldr.format_integer(count, locale))

    return format_count


def auto_phrase(locale: Locale, unit: str, offset: int, style_index: int) -> str | None:
    """The locale's word for this offset ("yesterday", "next week", "now"), if it has one."""
    phrases = dates_cldr.lookup("relative", str(locale), f"{unit}{offset:+d}")
    if not phrases:
        return None
    return phrases[min(style_index, len(phrases) - 1)]


def relative_pattern(locale: Locale, unit: str, style: str, direction: str, plural: str,
                     lookup: Callable[..., Any] = dates_cldr.lookup) -> str:
    """"in {0} days": ICU's pattern where CLDR 48 changed it ("relative_patterns"), else Babel's
    for the plural form, looked up narrow -> short -> long, then the "other" form the same way
    (Babel keeps CLDR's fields but not their aliases)."""
    found = lookup("relative_patterns", str(locale), f"{unit}|{style}|{direction}|{plural}", None)
    if found is not None:
        return found
    fields = locale._data["date_fields"]  # pylint: disable=protected-access
    for form in (plural, "other"):
        for suffix in STYLE_FALLBACK[style]:
            patterns = fields.get(unit + suffix, {}).get(direction, {})
            if form in patterns:
                return patterns[form]
    raise LookupError(f"no {style} {direction} pattern for {unit} in {locale}")
