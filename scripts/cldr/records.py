"""The CLDR side of the snapshot: every locale's record from the pinned packages, adjusted to how
ICU reads the same data, and stored as what differs from its parent (``build.py`` writes it;
tests/unit/test_format_snapshot.py checks the shipped files are exactly this)."""

from __future__ import annotations

from typing import Any

from . import dates, numbers, supplemental
from .source import available_locales, main, versions


def _tags():
    from dashclient._format import locale_tags  # pylint: disable=import-outside-toplevel  # the twin's own chain

    return locale_tags


def _loader():
    from dashclient._format import locale_data  # pylint: disable=import-outside-toplevel

    return locale_data


def locale_record(locale: str) -> dict[str, Any]:
    """Everything the twin reads about one locale, resolved (CLDR's JSON is already resolved)."""
    return {
        "numbers": numbers.numbers_record(locale),
        "currencies": numbers.currencies_record(locale),
        "units": numbers.units_record(locale),
        "calendars": dates.calendars_record(locale),
        "fields": dates.fields_record(locale),
        "zones": dates.zones_record(locale),
    }


def add_currency_formats(records: dict[str, dict], tables: dict) -> None:
    """Currency-specific formats as ICU holds them: ``[pattern, decimal, group]``, where the
    locale that defines the entry fills what CLDR leaves out with its own currency pattern and
    separators (ICU's resource is that triple, inherited whole: en-DE's EUR pattern comes from
    en-150, with en-150's "." and ",")."""
    formats = {locale: numbers.currency_formats(locale) for locale in records}
    for locale, record in records.items():
        for code, entry in formats[locale].items():
            definer = locale
            while True:
                parent = _tags().parent(definer, tables)
                if parent is None or formats[parent].get(code) != entry:
                    break
                definer = parent
            system = records[definer]["numbers"]["systems"]["latn"]
            pattern, decimal, group = entry
            record["currencies"].setdefault(code, {})["format"] = [
                pattern or system["currency"], decimal or system["symbols"]["decimal"],
                group or system["symbols"]["group"]]


def drop_root_long_compact(records: dict[str, dict], tables: dict) -> None:
    """CLDR's root has no long compact patterns of its own: its "long" is an alias of "short",
    which the JSON resolves into every locale. ICU does not: a locale's long patterns are only
    those its chain defines (ps has none for thousands: 1234 stays 1235), and a locale with none
    uses its short ones. An entry is kept if the locale or an ancestor below the root sets it
    (differs from its parent's)."""
    own: dict[str, dict] = {}

    def own_long(locale: str, system: str) -> dict:
        key = f"{locale}/{system}"
        if key not in own:
            parent = _tags().parent(locale, tables)
            table = records[locale]["numbers"]["systems"].get(system, {}).get("compact_long", {})
            if parent is None:
                own[key] = {}
            else:
                inherited = records[parent]["numbers"]["systems"].get(system, {}).get("compact_long", {})
                parents_own = own_long(parent, system)
                own[key] = {magnitude: kept for magnitude, forms in table.items() if (kept := {
                    plural: pattern for plural, pattern in forms.items()
                    if inherited.get(magnitude, {}).get(plural) != pattern
                    or plural in parents_own.get(magnitude, {})})}
        return own[key]

    for locale, record in records.items():
        for system in record["numbers"]["systems"]:
            own_long(locale, system)
    for locale, record in records.items():
        for system, data in record["numbers"]["systems"].items():
            kept = own[f"{locale}/{system}"]
            if kept:
                data["compact_long"] = kept
            else:
                data.pop("compact_long", None)


def inherit_missing_calendars(records: dict[str, dict], tables: dict) -> None:
    """A locale absent from an (older) calendar package inherits that calendar from its parent,
    as ICU's resource fallback does, rather than losing it."""
    by_depth = sorted(records, key=lambda locale: len(_tags().chain(locale, tables)))
    for locale in by_depth:
        parent = _tags().parent(locale, tables)
        if parent is None:
            continue
        calendars = records[locale]["calendars"]
        for calendar, record in records[parent]["calendars"].items():
            calendars.setdefault(calendar, record)


def difference(child: Any, parent: Any) -> Any:
    """What to store so that ``locale_data.merge(parent, stored) == child``; ``...`` when nothing."""
    if isinstance(child, dict) and isinstance(parent, dict):
        out = {}
        for key, value in child.items():
            if key not in parent:
                out[key] = value
            else:
                delta = difference(value, parent[key])
                if delta is not ...:
                    out[key] = delta
        for key in parent:
            if key not in child:
                out[key] = None
        return out or ...
    return ... if child == parent else child


def cldr_snapshot() -> tuple[dict[str, Any], dict[str, dict], dict[str, str]]:
    """(supplemental tables, {locale: stored delta}, package versions) from the packages."""
    package_versions = versions()
    english = main("cldr-numbers-full", "en", "currencies")["numbers"]["currencies"]
    tables = supplemental.build(english)
    tables["locale_set"] = set(tables["locales"])
    records = {locale: locale_record(locale) for locale in available_locales()}
    add_currency_formats(records, tables)
    drop_root_long_compact(records, tables)
    inherit_missing_calendars(records, tables)
    deltas = {}
    for locale, record in records.items():
        parent = _tags().parent(locale, tables)
        delta = record if parent is None else difference(record, records[parent])
        delta = {} if delta is ... else delta
        # every stored delta must give the record back through the loader's own merge
        assert parent is None or _loader().merge(records[parent], delta) == record, locale
        deltas[locale] = delta
    return tables, deltas, package_versions


def supplemental_file(tables: dict[str, Any], package_versions: dict[str, str]) -> dict[str, Any]:
    """What ``supplemental.json`` holds."""
    return {"comment": "Generated by `python -m scripts.cldr.build` from the CLDR JSON packages below. Do not edit.",
            "packages": package_versions, **{key: value for key, value in tables.items() if key != "locale_set"}}
