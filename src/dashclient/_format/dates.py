"""Server twin of js/format/date.js: ``Intl.DateTimeFormat`` dateStyle/timeStyle with Babel.

The date and time patterns, names and eras come from Babel's CLDR; what ICU (the browser) does
differently is redone here, each in one place:

- the glue between date and time: ICU's "atTime" variant for full and long dates ("{1} at {0}"),
  absent from Babel, and CLDR 48 changes (``dates_cldr`` "glue");
- time-zone names for ``z``/``zzzz`` (``zone_names``): zone then metazone names, else the
  localized GMT format ("GMT+5:30", "GMT-05:00"), as ICU falls back (Babel writes "+0530");
- V8 writes U+202F (narrow no-break space, before AM/PM) as a plain space;
- digits of the locale's default numbering system (ar-EG: U+0660...).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any, Callable, Mapping
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import DateTimeFormat, parse_pattern

from . import dates_cldr, zone_names
from .options import babel_locale
from .values import fallback_of, to_epoch_ms

STYLES = ("full", "long", "medium", "short")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
NARROW_NBSP = "\u202f"


def format_date(value: Any, options: Mapping[str, Any]) -> str:
    """The twin of ``date(value, options)``; unparseable values give the fallback."""
    time = to_epoch_ms(value)
    date_style, time_style = options["date_style"], options["time_style"]
    if time is None or not (date_style or time_style):
        return fallback_of(options)
    try:
        formatter = date_formatter(options["locale"], date_style, time_style,
                                   options["time_zone"])
        return formatter(moment(time, options["time_zone"]))
    except (ValueError, OverflowError, LookupError, UnknownLocaleError):  # a moment the zone cannot shift, ...
        return fallback_of(options)


def moment(time: float, time_zone: str) -> datetime:
    """Epoch ms as an aware datetime in ``time_zone``; fractions truncate (ECMAScript TimeClip)."""
    return (EPOCH + timedelta(milliseconds=math.trunc(time))).astimezone(zone(time_zone))


@lru_cache(maxsize=64)
def zone(name: str) -> tzinfo:
    """UTC needs no tz database (Windows has none without the ``tzdata`` package)."""
    return timezone.utc if name.upper() == "UTC" else ZoneInfo(name)


@lru_cache(maxsize=256)
def date_formatter(locale_tag: str, date_style: str | None, time_style: str | None,
                   time_zone: str) -> Callable[[datetime], str]:
    """One formatter per (locale, styles, zone), like the JS side's Intl cache."""
    locale = babel_locale(locale_tag)
    date_pattern = parse_pattern(locale.date_formats[date_style].pattern) if date_style else None
    time_pattern = parse_pattern(locale.time_formats[time_style].pattern) if time_style else None
    glue = glue_of(locale, date_style) if date_pattern and time_pattern else None
    zone_ids = zone_names.zone_ids(time_zone)

    def format_moment(value: datetime) -> str:
        fields = _Fields(value, locale, zone_ids)
        date_text = date_pattern % fields if date_pattern else ""
        time_text = time_pattern % fields if time_pattern else ""
        text = glue.replace("{1}", date_text).replace("{0}", time_text) if glue else date_text or time_text
        return dates_cldr.localize_digits(text.replace(NARROW_NBSP, " "), locale)

    return format_moment


def glue_of(locale: Locale, date_style: str) -> str:
    """How the date ({1}) and the time ({0}) join, as ICU picks it: by the date style."""
    glue = dates_cldr.lookup("glue", str(locale), date_style)
    return glue if glue is not None else unquote(locale.datetime_formats[date_style])


def unquote(pattern: str) -> str:
    """A CLDR pattern's literal text: 'at' -> at, '' -> '."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "'":
            if pattern[i + 1:i + 2] == "'":
                out.append("'")
                i += 2
                continue
            i += 1
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


class _Fields(DateTimeFormat):
    """Babel's field formatter with ICU's specific zone names (``z``, ``zzzz``)."""

    def __init__(self, value: datetime, locale: Locale, zone_ids: tuple[str, ...]):
        super().__init__(value, locale)
        self.zone_ids = zone_ids

    def format_timezone(self, char: str, num: int) -> str:
        if char != "z":
            return super().format_timezone(char, num)
        return zone_names.specific_name(self.value, self.locale, self.zone_ids, "long" if num >= 4 else "short")
