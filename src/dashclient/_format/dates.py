"""Server twin of js/format/date.js: ``Intl.DateTimeFormat`` with ``dateStyle``/``timeStyle``,
as V8 builds it on ICU.

- The pattern: the date and time styles of the locale's calendar (``-u-ca-``, else its region's
  preferred one: Persian for fa, Buddhist for th), joined by the date style's glue -- CLDR's
  "atTime" variant where the locale has one (``{1} 'at' {0}``), the plain one otherwise; a
  calendar without patterns of its own uses CLDR's "generic" ones. With ``-u-hc-``, or a region
  ICU holds no data for, the time part comes from ICU's pattern generator (``pattern_generator.py``).
- Fields in the calendar (``calendars.py``), the zone's offset from the pinned tz database
  (``time_zones.py``), zone names (``zone_names.py``), the locale's digits.
- V8 writes U+202F (narrow no-break space, before AM/PM) as a plain space (crbug.com/1414292).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any, Callable, Mapping

from . import calendars, locale_data, locale_tags, pattern_generator, time_zones, zone_names
from .date_fields import Context, Moment, compile_pattern
from .locale_data import Locale
from .symbols import symbols
from .values import fallback_of, formatter_of, to_epoch_ms

STYLES = ("full", "long", "medium", "short")
NARROW_NBSP = "\u202f"
DAY_MS = 86_400_000
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
# zoneinfo works inside years 1-9999; offsets beyond are those at the edges (no tz rule changes there).
FIRST_UTC_MS, LAST_UTC_MS = -62135510400000, 253402214400000


PATTERN_KEYS = ("date", "time", "glue", "glue_at_time", "numbers", "time_skeletons")


@locale_data.data_cache(maxsize=1024)
def calendar_data(locale: Locale) -> tuple[dict, dict]:
    """The calendar's record (names, eras) and its patterns: a calendar other than the Gregorian
    takes what it lacks from CLDR's "generic" calendar, as CLDR's root aliases it."""
    records = locale.section("calendars")
    record = records.get(locale.calendar) or {}
    if locale.calendar == "gregorian":
        return record, record
    own = {key: record[key] for key in PATTERN_KEYS if key in record}
    return record, locale_data.merge(records["generic"], own)


def time_from_generator(locale: Locale) -> bool:
    """Whether ICU builds the time pattern with its pattern generator (ICU's SimpleDateFormat):
    for an hour cycle keyword, or a region ICU holds no data of its own for (zh-MY: zh's data,
    Malaysia's 12-hour clock). A region is held where the data's locale has it, or CLDR lists
    the tag as default content (de-DE is de)."""
    if locale.hour_cycle:
        return True
    intl = locale_tags.parse(locale.intl)
    if intl is None or not intl.region:
        return False
    data = locale_tags.parse(locale.id)
    if (data.language, data.region) == (intl.language, intl.region):
        return False
    tables = locale_data.supplemental()
    maximized = tables["likely"].get(f"{intl.language}-{intl.region}", "")
    script = intl.script or (maximized.split("-")[1] if maximized else locale_tags.likely_script(
        intl.language, tables["likely"]))
    held = {f"{intl.language}-{intl.region}", f"{intl.language}-{script}-{intl.region}"}
    return not held & set(tables["default_content"])


def style_pattern(locale: Locale, date_style: str | None, time_style: str | None) -> tuple[str, str | None]:
    """The full pattern of the styles, and the field numbering override of its date part."""
    _, patterns = calendar_data(locale)
    date = patterns["date"][date_style] if date_style else None
    time = patterns["time"][time_style] if time_style else None
    if time and time_from_generator(locale):
        time = pattern_generator.time_pattern(locale, time_style)
    numbers = patterns.get("numbers", {}).get(f"date:{date_style}") if date_style else None
    if date and time:
        glue = patterns["glue_at_time"].get(date_style) or patterns["glue"][date_style]
        return glue.replace("{1}", date).replace("{0}", time), numbers
    return date or time, numbers


def _day_period_rules(locale: Locale) -> dict:
    rules = locale_data.supplemental()["day_periods"]
    for candidate in locale_tags.truncation(locale.id):
        if candidate in rules:
            return rules[candidate]
    return rules.get("und", {})


def _day_period_of(locale: Locale) -> Callable[[int, bool, bool], str]:
    """ICU's 'B': noon at exactly 12:00 where the rules name it; else the period holding the hour
    (ICU suppresses "midnight")."""
    rules = _day_period_rules(locale)
    spans = [(int(span[0][:2]), int(span[1][:2]), name) for name, span in rules.items() if isinstance(span, list)]

    def period(hour: int, minute: int, second: int) -> str:
        if hour == 12 and minute == 0 and second == 0 and "noon" in rules:
            return "noon"
        for start, end, name in spans:
            if (start <= hour < end) if start < end else (hour >= start or hour < end):
                return name
        return "pm" if hour >= 12 else "am"

    return period


def _context(locale: Locale, time_zone: str, numbers: str | None) -> Context:
    record, _ = calendar_data(locale)
    gregorian = locale.section("calendars")["gregorian"]
    sym = symbols(locale)
    zone_id = zone_names.cldr_id(time_zone)
    zone = time_zones.zone(time_zone)
    period_of = _day_period_of(locale)

    def zone_name(moment: Moment, width: str) -> str:
        name = zone_names.specific_name(locale, zone_id, width, moment.daylight, moment.utc_ms,
                                        lambda: observes_dst(zone, moment.utc_ms))
        return name if name is not None else zone_names.gmt_format(locale, moment.offset_ms, width, sym.localize)

    context = Context(
        months=record.get("months") or gregorian["months"],
        days=gregorian["days"],
        day_periods=gregorian["day_periods"],
        eras=record.get("eras") or gregorian["eras"],
        digits=sym.localize,
        minus=sym.minus,
        zone_name=zone_name,
        day_period_of=lambda moment, minutes, seconds: period_of(
            moment.hour, moment.minute if minutes else 0, moment.second if seconds else 0),
        numbers=numbers,
    )
    return context


def _utc(utc_ms: int) -> datetime:
    return EPOCH + timedelta(milliseconds=min(max(utc_ms, FIRST_UTC_MS), LAST_UTC_MS))


def observes_dst(zone: tzinfo, utc_ms: int) -> bool:
    """Whether the zone keeps daylight time in the year of the moment (January or July differ)."""
    year = _utc(utc_ms).year
    return any(datetime(year, month, 1, tzinfo=zone).dst() for month in (1, 7))


def zone_state(zone: tzinfo, utc_ms: int) -> tuple[int, bool]:
    """(offset in ms, daylight time?) of the zone at a moment. Where tz data has negative DST
    (Europe/Dublin: winter is "DST" of -1 h), ICU calls the other part of the year daylight."""
    local = _utc(utc_ms).astimezone(zone)
    offset = local.utcoffset() or timedelta(0)
    dst = local.dst() or timedelta(0)
    if dst:
        daylight = dst > timedelta(0)
    else:
        daylight = any((datetime(local.year, month, 1, tzinfo=zone).dst() or timedelta(0)) < timedelta(0)
                       for month in (1, 7))
    return offset // timedelta(milliseconds=1), daylight


def pattern_formatter(locale: Locale, pattern: str, numbers: str | None, time_zone: str) -> Callable[[int], str]:
    """A writer of one date pattern in a zone: epoch ms (an integer) -> text."""
    write = compile_pattern(pattern, _context(locale, time_zone, numbers))
    zone = time_zones.zone(time_zone)
    fields_of = calendars.CALENDARS[locale.calendar]

    def format_ms(utc_ms: int) -> str:
        offset, daylight = zone_state(zone, utc_ms)
        day, ms = divmod(utc_ms + offset, DAY_MS)
        era, year, month, dom = fields_of(day)
        moment = Moment(era, year, month, dom, calendars.weekday(day), ms // 3_600_000,
                        ms // 60_000 % 60, ms // 1000 % 60, utc_ms, offset, daylight)
        return write(moment).replace(NARROW_NBSP, " ")

    return format_ms


def compile_date(options: Mapping[str, Any]) -> Callable[[Any], str]:
    """A formatter of moments for one option set (``format_date`` compiled); values that are not
    moments give the fallback."""
    fallback = fallback_of(options)
    date_style, time_style, time_zone = options["date_style"], options["time_style"], options["time_zone"]
    try:
        locale = locale_data.required(options["locale"], "date")
        if not (date_style or time_style) or locale.calendar not in calendars.CALENDARS:
            raise ValueError("no style, or a calendar the twin does not compute")
        pattern, numbers = style_pattern(locale, date_style, time_style)
        format_ms = pattern_formatter(locale, pattern, numbers, time_zone)
    except (ValueError, LookupError):
        return lambda value: fallback

    def format_moment(value: Any) -> str:
        time = to_epoch_ms(value)
        if time is None:
            return fallback
        try:
            return format_ms(math.trunc(time))
        except (ValueError, OverflowError, LookupError, IndexError):
            return fallback

    return format_moment


format_date = formatter_of(compile_date)
format_date.__doc__ = """A moment in the locale's words, as ``Intl.DateTimeFormat`` writes it.

    Parameters
    ----------
    value : Any
        Epoch milliseconds, a numeric or ISO 8601 string (no offset = UTC), a datetime, date or
        pandas Timestamp (sent as ``isoformat()``, as Dash sends them).
    options : Mapping
        ``date_style``, ``time_style``, ``time_zone``, ``locale``, ``fallback`` (see ``dc.format.date``).

    Returns
    -------
    str
        The browser's string for the same value and options; the fallback for non-moments.
    """
