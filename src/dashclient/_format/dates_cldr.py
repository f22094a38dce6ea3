"""What the date and relative-time twins need beyond Babel: CLDR 48 as the browser's ICU has it.

Babel (2.18: CLDR 47) has the date and time patterns, names and plural rules, but not the
"atTime" glue ICU puts between a full or long date and its time ("{1} at {0}"), nor the phrases
of ``numeric: "auto"`` ("yesterday", "next week"), nor ``minimumGroupingDigits``, nor ICU's
localized GMT formats; and CLDR 48 renamed some time zones. ``dates_cldr48.json`` holds, per
section:

- ``glue``: {date style: "{1} at {0}"} -- how ICU joins a date and a time;
- ``relative``: {"day-1": [long, short, narrow]} -- ``numeric: "auto"`` phrases, null for none
  (a shorter list repeats its last item);
- ``relative_patterns``: {"hour|short|future|other": "en {0} h"} -- relative-time patterns
  CLDR 48 changed; ``plural``: {"rules": "pt"} -- whose plural rules ICU applies;
- ``numbering`` / ``min_grouping``: the default numbering system; minimum grouping digits and
  the grouping separator (de-CH "'") where CLDR 48 changed it;
- ``gmt``: ["GMT+{HH}:{mm}", "GMT-{HH}:{mm}", "GMT+{H}", "GMT-{H}"] -- localized GMT formats;
- ``zones``: {"America_Eastern|long|standard": name} -- metazone names of the zones listed in
  ``ZONES`` where CLDR 48 differs from Babel; null for "no name" (the GMT format is shown).

It is extracted from node's ``Intl`` (ICU, CLDR 48, the same data as Chromium) by
``python -m scripts.cldr48.dates`` (scripts/cldr48/dates.py), which stores a value only where
Babel's own data, or a parent locale's entry, would not already give the browser's answer. Lookups
follow Babel's locale inheritance (``de_AT`` -> ``de``; ``zh_Hant_TW`` -> ``zh_Hant``): the first
locale of the chain with an entry wins.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator

from babel import Locale
from babel.core import get_global

from .intl_numbers import Grouping, group_digits
from .symbols import NUMBERING_SYSTEM_ZEROS

DATA = "dates_cldr48.json"

#: The zones whose names the ``zones`` section checks (the ones apps use most, one per metazone
#: or so). Other zones show Babel's (CLDR 47) names where CLDR 48 renamed them.
ZONES = (
    "UTC", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Anchorage", "Pacific/Honolulu", "America/Halifax", "America/St_Johns", "America/Mexico_City",
    "America/Bogota", "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "America/Santiago",
    "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Athens",
    "Europe/Kyiv", "Europe/Istanbul", "Europe/Moscow", "Africa/Lagos", "Africa/Cairo",
    "Africa/Johannesburg", "Africa/Nairobi", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka",
    "Asia/Bangkok", "Asia/Jakarta", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore", "Asia/Taipei",
    "Asia/Manila", "Asia/Seoul", "Asia/Tokyo", "Australia/Perth", "Australia/Adelaide", "Australia/Sydney",
    "Pacific/Auckland",
)



@lru_cache(maxsize=None)
def data() -> dict[str, Any]:
    text = resources.files("dashclient._format").joinpath(DATA).read_text("utf-8")
    return json.loads(text)


def chain(identifier: str) -> Iterator[str]:
    """A Babel locale identifier and its parents, most specific first (root excluded)."""
    parents = get_global("parent_exceptions")
    while identifier and identifier != "root":
        yield identifier
        identifier = parents.get(identifier) or (identifier.rsplit("_", 1)[0] if "_" in identifier else "")


MISSING = object()


def lookup(section: str, identifier: str, key: str, default: Any = None) -> Any:
    """The entry ``key`` of ``section`` for a locale, inherited along its chain (``default``
    when no locale of the chain has one; an entry may itself be ``None``)."""
    table = data()[section]
    for name in chain(identifier):
        entry = table.get(name)
        if entry is not None and key in entry:
            return entry[key]
    return default


def plural_rules(locale: Locale) -> Locale:
    """The locale whose plural rules ICU applies (pt_AO: pt's, where Babel has pt_PT's)."""
    other = lookup("plural", str(locale), "rules")
    return Locale.parse(other) if other else locale


def numbering_system(locale: Locale) -> str:
    return lookup("numbering", str(locale), "default", locale.default_numbering_system)


@lru_cache(maxsize=64)
def digit_table(system: str) -> dict[int, str] | None:
    zero = NUMBERING_SYSTEM_ZEROS.get(system)
    return None if zero in (None, ord("0")) else {ord("0") + i: chr(zero + i) for i in range(10)}


def localize_digits(text: str, locale: Locale) -> str:
    """ASCII digits in the locale's default numbering system (unchanged for ``latn``)."""
    table = digit_table(numbering_system(locale))
    return text.translate(table) if table else text


def format_integer(count: int, locale: Locale) -> str:
    """A non-negative integer as ``Intl.NumberFormat`` writes it: the locale's grouping (Indian
    2-digit groups included), minimum grouping digits (es: "1234" but "12.345") and digits."""
    primary, secondary = locale.decimal_formats[None].grouping
    min_grouping = lookup("min_grouping", str(locale), "digits", 1)
    symbols = locale.number_symbols.get(numbering_system(locale)) or locale.number_symbols["latn"]
    group = lookup("min_grouping", str(locale), "group") or symbols.get("group", ",")
    digits = group_digits(str(count), Grouping(primary, secondary, min_grouping), group)
    return localize_digits(digits, locale)
