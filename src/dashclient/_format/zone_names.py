"""Specific time-zone names (``z`` short, ``zzzz`` long) as ICU's TimeZoneFormat writes them.

ICU's order: the zone's own name ("British Summer Time"), else the name of the metazone the zone
belongs to at that moment ("Eastern Standard Time"; CLDR's metazone history, which ICU applies
from 1970 on), else the localized GMT format ("GMT+5:30", "GMT-05:00", "GMT" for zero). A zone
is looked up under CLDR's canonical id (Asia/Kolkata is filed as Asia/Calcutta).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from . import locale_data
from .locale_data import Locale

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
METAZONE_START = "1970-01-01 00:00"  # ICU's default "from" of a metazone mapping
METAZONE_END = "9999-12-31 23:59"


def cldr_id(time_zone: str) -> str:
    """CLDR's canonical id of an IANA zone ("UTC" -> "Etc/UTC")."""
    return locale_data.supplemental()["zone_aliases"].get(time_zone, time_zone)


def _stamp(utc_ms: int) -> str:
    """A moment as CLDR writes metazone periods: "YYYY-MM-DD HH:MM" (UTC), comparable as text."""
    moment = datetime.fromtimestamp(max(min(utc_ms, 253402300799000), -62135596800000) / 1000, timezone.utc)
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"


def metazone(zone_id: str, utc_ms: int) -> str | None:
    """The metazone of a zone (CLDR id) at a moment; none before 1970, as in ICU."""
    periods = locale_data.supplemental()["metazones"].get(zone_id)
    if not periods:
        return None
    stamp = _stamp(utc_ms)
    for name, start, end in periods:
        if (start or METAZONE_START) <= stamp < (end or METAZONE_END):
            return name
    return None


def _named(names: dict, width: str, kind: str) -> str | None:
    return names.get(width, {}).get(kind)


def specific_name(locale: Locale, zone_id: str, width: str, daylight: bool, utc_ms: int,
                  observes_dst: Callable[[], bool]) -> str | None:
    """The zone's name or its metazone's, or None (then the GMT format is written). A standard
    time without a standard name, in a year its zone keeps no daylight time, takes the
    metazone's generic name."""
    kind = "daylight" if daylight else "standard"
    zones = locale.section("zones")
    own = _named(zones["zones"].get(zone_id, {}), width, kind)
    if own:
        return own
    meta = metazone(zone_id, utc_ms)
    if meta is None:
        return None
    names = zones["metazones"].get(meta, {})
    name = _named(names, width, kind)
    if name is None and not daylight and not observes_dst():
        name = _named(names, width, "generic")
    return name


@locale_data.data_cache(maxsize=256)
def gmt_patterns(locale: Locale) -> tuple[str, str, str, str]:
    """(gmtFormat, positive hour format, negative hour format, gmtZeroFormat)."""
    zones = locale.section("zones")
    positive, _, negative = zones["hour"].partition(";")
    return zones["gmt"], positive, negative, zones["gmt_zero"]


def _offset_fields(pattern: str, hours: int, minutes: int, seconds: int, short: bool,
                   digits: Callable[[str], str]) -> str:
    """An hour format ("+HH:mm") with the offset's digits; ":ss" added when there are seconds,
    the minutes dropped in the short form when zero -- with all that follows them, as ICU's
    truncateOffsetPattern does (he "-HH:mm\u200e" -> "-H")."""
    h_start = pattern.find("H")
    h_end = h_start
    while h_end < len(pattern) and pattern[h_end] == "H":
        h_end += 1
    m_start = pattern.find("mm")
    separator = pattern[h_end:m_start]
    if seconds:
        pattern = pattern[:m_start + 2] + separator + "ss" + pattern[m_start + 2:]
    elif short and not minutes:
        pattern = pattern[:h_end]
    text = pattern[:h_start] + "\0H" + pattern[h_end:]
    text = text.replace("mm", "\0M").replace("ss", "\0S")
    values = {"H": str(hours) if short else f"{hours:02d}", "M": f"{minutes:02d}", "S": f"{seconds:02d}"}
    out, parts = [], text.split("\0")
    out.append(parts[0])
    for part in parts[1:]:
        out.append(digits(values[part[0]]) + part[1:])
    return "".join(out)


def gmt_format(locale: Locale, offset_ms: int, width: str, digits: Callable[[str], str]) -> str:
    """ICU's localized GMT format: long "GMT+05:30", short "GMT+5:30", "GMT-5". ICU 78 writes a
    zero offset the same way ("GMT+00:00", "GMT+0"), not with CLDR's gmtZeroFormat."""
    gmt, positive, negative, _ = gmt_patterns(locale)
    seconds_total = abs(offset_ms) // 1000
    hours, rest = divmod(seconds_total, 3600)
    minutes, seconds = divmod(rest, 60)
    pattern = negative if offset_ms < 0 else positive
    return gmt.replace("{0}", _offset_fields(pattern, hours, minutes, seconds, width == "short", digits))
