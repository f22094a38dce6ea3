"""Specific time-zone names (``z`` short, ``zzzz`` long) as ICU writes them in a date.

ICU's order: the zone's own name ("British Summer Time"), else its metazone's ("Eastern Standard
Time"; for a zone without daylight time, the generic name when the standard one is missing),
else the localized GMT format ("GMT+5:30", "GMT-05:00"). Babel's ``get_timezone_name`` differs
(it writes "+0530", and finds no metazone for current IANA names such as Asia/Kolkata).

Names come from Babel (CLDR 47), corrected to CLDR 48 for the zones of ``dates_cldr.ZONES``
(``zones`` section); elsewhere a zone CLDR 48 renamed keeps its CLDR 47 name in Python.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Callable

from babel import Locale
from babel.core import get_global

from . import dates_cldr

NO_INHERITANCE = "\u2205\u2205\u2205"  # CLDR's "∅∅∅": deliberately no name here
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)  # ICU's metazone mappings start here
MISSING = dates_cldr.MISSING


@lru_cache(maxsize=256)
def zone_ids(time_zone: str) -> tuple[str, ...]:
    """The spellings under which an IANA zone's names may be filed: its current name first (the
    key of CLDR 48 corrections), the name given, and the older names CLDR keeps as canonical
    (Asia/Kolkata: Asia/Calcutta), under which Babel files them."""
    aliases = get_global("zone_aliases")
    current = aliases.get(time_zone, time_zone)
    older = sorted(old for old, new in aliases.items() if new == current)
    return tuple(dict.fromkeys((current, time_zone, *older)))


def specific_name(value: datetime, locale: Locale, ids: tuple[str, ...], width: str,
                  lookup: Callable[..., Any] = dates_cldr.lookup) -> str:
    """The name of the zone of ``value`` at that moment, ``width`` "short" or "long".
    ``lookup`` reads the CLDR 48 corrections (the generator passes its table in the making)."""
    variant = "daylight" if is_daylight(value) else "standard"
    name: Any = MISSING
    if value >= EPOCH:
        name = lookup("zones", str(locale), f"{ids[0]}|{width}|{variant}", MISSING)
    if name is MISSING:
        name = next(filter(None, (_name(locale.time_zones.get(z, {}), width, variant) for z in ids)), None)
        metazone = metazone_of(ids) if name is None and value >= EPOCH else None
        if metazone:
            name = lookup("zones", str(locale), f"{metazone}|{width}|{variant}", MISSING)
            if name is MISSING:
                name = metazone_name(locale, metazone, width, variant, value)
    return name if name is not None else gmt_format(value.utcoffset() or timedelta(0), locale, width)


def metazone_of(ids: tuple[str, ...]) -> str | None:
    metazones = get_global("meta_zones")
    return next((metazones[z] for z in ids if z in metazones), None)


def metazone_name(locale: Locale, metazone: str, width: str, variant: str, value: datetime) -> str | None:
    """Babel's name for a metazone; for a standard time without one, in a zone that keeps no
    daylight time, the generic name (CLDR's type fallback)."""
    names = locale.meta_zones.get(metazone, {})
    name = _name(names, width, variant)
    if name is None and variant == "standard" and not observes_dst(value):
        name = _name(names, width, "generic")
    return name


def _name(names, width: str, variant: str) -> str | None:
    name = names.get(width, {}).get(variant)
    return None if not name or name == NO_INHERITANCE else name


def _dst(value: datetime, month: int) -> timedelta:
    return datetime(value.year, month, 1, tzinfo=value.tzinfo).dst() or timedelta(0)


def is_daylight(value: datetime) -> bool:
    """Daylight time as ICU sees it. Where tz data has negative DST (Europe/Dublin: winter GMT is
    "DST" of -1 h), the part of the year without it is the daylight one."""
    dst = value.dst() or timedelta(0)
    if dst:
        return dst > timedelta(0)
    return any(_dst(value, month) < timedelta(0) for month in (1, 7))


def observes_dst(value: datetime) -> bool:
    """Whether the zone keeps daylight time in the year of ``value`` (January or July differ)."""
    return any(_dst(value, month) for month in (1, 7))


def gmt_format(offset: timedelta, locale: Locale, width: str) -> str:
    """ICU's localized GMT format: long "GMT+05:30", "GMT+00:00"; short "GMT+5:30", "GMT-5".

    The locale's formats are templates [+hours:minutes, -hours:minutes, +hours, -hours] such as
    "GMT+{HH}:{mm}" and "GMT+{H}" (the short form for whole hours)."""
    seconds = int(offset.total_seconds())
    formats = dates_cldr.lookup("gmt", str(locale), "formats")
    if formats is None:
        gmt = locale.zone_formats["gmt"]
        formats = [gmt % "+{HH}:{mm}", gmt % "-{HH}:{mm}", gmt % "+{H}", gmt % "-{H}"]
    hours, minutes = divmod(abs(seconds) // 60, 60)
    negative = seconds < 0
    if width == "long":
        template = formats[1 if negative else 0]
    elif minutes:
        template = formats[1 if negative else 0].replace("{HH}", "{H}")
    else:
        template = formats[3 if negative else 2]
    return template.replace("{HH}", f"{hours:02d}").replace("{H}", str(hours)).replace("{mm}", f"{minutes:02d}")
