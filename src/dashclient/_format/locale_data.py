"""The one loader of the twin's locale data: the CLDR snapshot in ``data/``, built by
``python -m scripts.cldr.build`` from the CLDR JSON packages pinned in package.json.

- ``data/supplemental.json``: tables that hold for every locale (parent locales, likely
  subtags, plural rules, currency digits, numbering systems, metazones, calendars);
- ``data/icu.json``: the little ICU data CLDR's JSON lacks, derived from node's Intl;
- ``data/locales/<id>.json``: what a CLDR locale has that its parent has not. ``section`` merges a
  locale's chain back (root first; a null value removes the parent's key), once per section.

``locale(tag)`` is where every formatter starts: the tag parsed, resolved to a CLDR locale, and
the choices its Unicode extension and region make (digits, calendar, hour cycle).

Sections of a locale record: ``numbers`` {default, native, min_grouping, systems: {system:
{symbols, decimal, percent, currency, compact_short, compact_long, spacing, unit_pattern}}},
``currencies`` {code: {symbol, narrow, name, <plural>}}, ``units`` {byte...petabyte: {<plural>:
pattern}}, ``calendars`` {calendar: {date, time, glue, glue_at_time, time_skeletons, eras,
months, days, day_periods, numbers}}, ``fields`` {"day-short": {future, past, "-1"...}},
``zones`` {hour, gmt, gmt_zero, metazones, zones}.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from . import locale_tags
from .locale_tags import Tag

DATA = resources.files("dashclient._format").joinpath("data")

#: Every cache of values derived from the data, so a generator or test changing the data in
#: memory (``icu()["corrections"]``...) can drop them all at once (``clear_caches``).
_CACHES: list = []


def data_cache(maxsize: int | None = 256):
    """``functools.lru_cache`` for functions of the locale data, registered for ``clear_caches``."""
    def decorate(function):
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached
    return decorate


def clear_caches() -> None:
    """Forget everything computed from the data (not the files' contents)."""
    for cached in _CACHES:
        cached.cache_clear()


def _read(*path: str) -> Any:
    node = DATA
    for part in path:
        node = node.joinpath(part)
    return json.loads(node.read_text("utf-8"))


@lru_cache(maxsize=1)
def supplemental() -> dict[str, Any]:
    tables = _read("supplemental.json")
    tables["locale_set"] = frozenset(tables["locales"])
    tables["data_locales"] = icu().get("data_locales", {})
    return tables


@lru_cache(maxsize=1)
def icu() -> dict[str, Any]:
    return _read("icu.json")


@lru_cache(maxsize=None)
def _stored(locale_id: str) -> dict[str, Any]:
    return _read("locales", f"{locale_id}.json")


def merge(parent: Any, delta: Any) -> Any:
    """``parent`` with ``delta`` laid over it, recursively; a None in ``delta`` removes the key."""
    if not isinstance(parent, dict) or not isinstance(delta, dict):
        return delta
    out = dict(parent)
    for key, value in delta.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge(parent.get(key), value)
    return out


@data_cache(maxsize=4096)
def section(locale_id: str, name: str) -> dict[str, Any]:
    """One section of a CLDR locale's record, its ancestors' data merged in, and at each level
    the corrections ``scripts/cldr/verify.py`` found against ICU (``icu.json``). A locale whose
    section the browser's trimmed ICU lacks (``missing``, from scripts/cldr/trim.py) adds nothing."""
    parent = locale_tags.parent(locale_id, supplemental())
    inherited = {} if parent is None else section(parent, name)
    if locale_id in missing(name):  # the browser's trimmed ICU has none of this locale's section
        return inherited
    own = _stored(locale_id).get(name)
    data = inherited if own is None else merge(inherited, own)
    correction = icu().get("corrections", {}).get(locale_id, {}).get(name)
    return data if correction is None else merge(data, correction)


class Locale(NamedTuple):
    """A tag resolved as the browser resolves it, then against the snapshot."""

    tag: Tag
    intl: str  # the locale Intl resolves the tag to ("az-Arab" -> "az", "zh-TW")
    id: str  # the CLDR locale whose data is used ("de-AT", "zh-Hant-TW", "und")
    region: str  # the tag's region, else the likely one ("fa" -> "IR")
    numbering: str  # the digits: -u-nu- if decimal, else the locale's default system
    calendar: str  # -u-ca- if the twin computes it, else the region's preferred calendar
    hour_cycle: str | None  # -u-hc-, or None for the locale's own patterns

    def section(self, name: str) -> dict[str, Any]:
        return section(self.id, name)


#: Calendars the twin computes (``calendars.py``); a -u-ca- naming another is refused at bind time.
CALENDARS = ("gregorian", "buddhist", "japanese", "persian", "islamic-umalqura", "islamic-civil",
             "islamic-tbla")


def _region(tag: Tag, locale_id: str) -> str:
    if tag.region:
        return tag.region
    likely = supplemental()["likely"]
    for key in (f"{tag.language}-{tag.script}" if tag.script else None, locale_id, tag.language):
        if key and key in likely:
            return likely[key].split("-")[-1]
    return "001"


#: Intl services whose locales ICU holds separately: NumberFormat ("number"), DateTimeFormat
#: and RelativeTimeFormat ("date").
SERVICES = ("number", "date")


@lru_cache(maxsize=None)
def available(service: str) -> frozenset[str]:
    return frozenset(icu()["available"][service])


@data_cache()
def missing(name: str) -> frozenset[str]:
    """CLDR locales whose section ``name`` the browser's trimmed ICU lacks."""
    return frozenset(icu().get("missing", {}).get(name, ()))


def reliable(found: "Locale", name: str) -> bool:
    """Whether the browser writes a section of this locale's data in a way the twin reproduces
    (``unreliable`` in icu.json: currency or zone names the browser takes from its own language)."""
    return found.id not in frozenset(icu().get("unreliable", {}).get(name, ()))


@data_cache(maxsize=1024)
def locale(tag_text: str, service: str = "number") -> Locale | None:
    """The locale of a BCP 47 tag for an Intl service, resolved as the browser resolves it; None
    if the tag is malformed or the browser holds no locale for it (it would show its default)."""
    requested = locale_tags.parse(tag_text)
    if requested is None:
        return None
    intl = locale_tags.intl_locale(requested, available(service), supplemental())
    if intl is None:
        return None
    base = locale_tags.parse(intl)
    tag = requested._replace(language=base.language, script=base.script, region=base.region, variants=base.variants)
    locale_id = locale_tags.resolve(tag, supplemental())
    if locale_id is None:
        return None
    numbers = section(locale_id, "numbers")
    systems = supplemental()["numbering_systems"]
    numbering = tag.numbering if tag.numbering in systems else numbers["default"]
    region = _region(tag, locale_id)
    calendar = tag.calendar or supplemental()["calendar_preferences"].get(region, "gregorian")
    return Locale(tag, intl, locale_id, region, numbering, calendar, tag.hour_cycle)


def required(tag_text: str, service: str = "number") -> Locale:
    """``locale(tag, service)``, or ValueError for a tag the snapshot cannot serve (bind-time
    validation refuses those first; a formatter called directly with one gives its fallback)."""
    found = locale(tag_text, service)
    if found is None:
        raise ValueError(f"no CLDR data for locale {tag_text!r}")
    return found


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes CLDR knows."""
    return frozenset(supplemental()["currencies"])
