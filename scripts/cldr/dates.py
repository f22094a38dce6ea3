"""A locale's calendar, relative-time and time-zone-name data, in the shape the twin reads
(``dashclient/_format/locale_data.py`` documents it)."""

from __future__ import annotations

from typing import Any

from .numbers import counted
from .source import CALENDAR_PACKAGES, main

STYLES = ("full", "long", "medium", "short")
WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
#: Pattern letters of a time skeleton: availableFormats entries made of these alone are the ones
#: an hour-cycle change (``-u-hc-h23``) may pick from.
TIME_SKELETON_LETTERS = frozenset("hHkKjJCmsSabBvVzZOxX")
#: appendItems a time skeleton may need (ICU's DateTimePatternGenerator appends missing fields).
APPEND_ITEMS = ("DayPeriod", "Hour", "Minute", "Second", "Timezone")
RELATIVE_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
ERA_WIDTHS = {"eraNames": "wide", "eraAbbr": "abbreviated", "eraNarrow": "narrow"}


def _names(table: dict, keys) -> dict[str, list[str]]:
    """{context: {width: [names in order]}} from CLDR's keyed name tables (``-alt-`` forms dropped)."""
    out: dict = {}
    for context, widths in table.items():
        for width, names in widths.items():
            order = keys if keys is not None else sorted((k for k in names if k.isdigit()), key=int)
            out.setdefault(context, {})[width] = [names.get(k) for k in order]
    return out


def _day_periods(table: dict) -> dict:
    return {context: {width: {k: v for k, v in names.items() if "-alt-" not in k}
                      for width, names in widths.items()}
            for context, widths in table.items()}


def _eras(table: dict) -> dict[str, dict[str, str]]:
    return {ERA_WIDTHS[kind]: {k: v for k, v in names.items() if "-alt-" not in k}
            for kind, names in table.items() if kind in ERA_WIDTHS}


def _patterns(table: dict) -> tuple[dict[str, str], dict[str, str]]:
    """{style: pattern} and {style: numbering override such as "y=jpanyear"}."""
    patterns, numbers = {}, {}
    for style in STYLES:
        value = table[style]
        if isinstance(value, dict):
            patterns[style], numbers[style] = value["_value"], value["_numbers"]
        else:
            patterns[style] = value
    return patterns, numbers


def calendar_record(calendar: dict, names: bool = True) -> dict[str, Any]:
    """Patterns (and, with ``names``, month, weekday, day period and era names) of one calendar."""
    date_patterns, date_numbers = _patterns(calendar["dateFormats"])
    time_patterns, time_numbers = _patterns(calendar["timeFormats"])
    glue = calendar["dateTimeFormats"]
    at_time = calendar.get("dateTimeFormats-atTime", {}).get("standard", {})
    record: dict[str, Any] = {
        "date": date_patterns,
        "time": time_patterns,
        "glue": {style: glue[style] for style in STYLES},
        "glue_at_time": {style: at_time[style] for style in STYLES if style in at_time},
        "time_skeletons": {skeleton: pattern for skeleton, pattern in glue.get("availableFormats", {}).items()
                           if "-alt-" not in skeleton and set(skeleton) <= TIME_SKELETON_LETTERS},
        "append_items": {key: pattern for key, pattern in glue.get("appendItems", {}).items()
                         if key in APPEND_ITEMS},
        "eras": _eras(calendar["eras"]),
    }
    if date_numbers or time_numbers:
        record["numbers"] = {**{f"date:{k}": v for k, v in date_numbers.items()},
                             **{f"time:{k}": v for k, v in time_numbers.items()}}
    if names:
        record["months"] = _names(calendar["months"], None)
        record["days"] = _names(calendar["days"], WEEKDAYS)
        record["day_periods"] = _day_periods(calendar["dayPeriods"])
    return record


def calendars_record(locale: str) -> dict[str, Any]:
    """The Gregorian and generic calendars (CLDR 48) and those of ``CALENDAR_PACKAGES`` the
    locale's package has. Months, weekdays and day periods CLDR's root aliases to the Gregorian
    calendar's are not copied: the twin reads the Gregorian ones (``calendars.NAME_SOURCES``)."""
    gregorian = main("cldr-dates-full", locale, "ca-gregorian")["dates"]["calendars"]["gregorian"]
    generic = main("cldr-dates-full", locale, "ca-generic")["dates"]["calendars"]["generic"]
    out = {"gregorian": calendar_record(gregorian), "generic": calendar_record(generic, names=False)}
    for calendar, package in CALENDAR_PACKAGES.items():
        data = main(package, locale, f"ca-{calendar}")
        if data is None:
            continue
        record = calendar_record(data["dates"]["calendars"][calendar])
        if calendar in ("buddhist", "japanese"):
            for key in ("months", "days", "day_periods"):
                del record[key]
        else:  # persian, islamic*: their own months; weekdays and day periods are the Gregorian ones
            for key in ("days", "day_periods"):
                del record[key]
        out[calendar] = record
    return out


def fields_record(locale: str) -> dict[str, Any]:
    """Relative-time patterns and phrases: ``{"day-short": {"future": {"one": ...}, "past": {...},
    "-1": "yesterday", ...}}`` for seconds to years in the long, short and narrow styles."""
    fields = main("cldr-dates-full", locale, "dateFields")["dates"]["fields"]
    out = {}
    for unit in RELATIVE_UNITS:
        for suffix in ("", "-short", "-narrow"):
            field = fields.get(unit + suffix)
            if field is None:
                continue
            entry: dict[str, Any] = {}
            for direction in ("future", "past"):
                patterns = field.get(f"relativeTime-type-{direction}")
                if patterns:
                    entry[direction] = counted(patterns, "relativeTimePattern")
            for key, phrase in field.items():
                if key.startswith("relative-type-"):
                    entry[key[len("relative-type-"):]] = phrase
            out[unit + suffix] = entry
    return out


NO_NAME = "\u2205\u2205\u2205"  # CLDR's "no inheritance" marker


def _zone_names(entry: dict) -> dict[str, dict[str, str]]:
    return {width: {kind: name for kind, name in entry[width].items() if name != NO_NAME}
            for width in ("long", "short") if width in entry}


def _flatten_zones(tree: dict, prefix: str = "") -> dict[str, dict]:
    out = {}
    for key, value in tree.items():
        if not isinstance(value, dict):
            continue
        name = f"{prefix}/{key}" if prefix else key
        if value.get("_type") == "zone" or "long" in value or "short" in value or "exemplarCity" in value:
            names = _zone_names(value)
            if names:
                out[name] = names
        else:
            out.update(_flatten_zones(value, name))
    return out


def zones_record(locale: str) -> dict[str, Any]:
    """GMT formats, metazone names and zone-specific names (no exemplar cities: the twin writes
    specific names only, never location formats)."""
    table = main("cldr-dates-full", locale, "timeZoneNames")["dates"]["timeZoneNames"]
    metazones = {mz: _zone_names(entry) for mz, entry in table.get("metazone", {}).items()}
    return {
        "hour": table["hourFormat"],
        "gmt": table["gmtFormat"],
        "gmt_zero": table["gmtZeroFormat"],
        "metazones": {mz: names for mz, names in metazones.items() if names},
        "zones": _flatten_zones(table.get("zone", {})),
    }
