"""Build the Python twin's locale data, ``src/dashclient/_format/data/``, from the CLDR JSON
packages pinned in package.json (and node's Intl for the little CLDR's JSON lacks).

    npm ci && python -m scripts.cldr.build        # from the project root

Writes:

- ``supplemental.json``: locale-independent tables (``supplemental.py``);
- ``icu.json``: ICU data derived from node's Intl (``icu.py``), said so in its header;
- ``locales/<id>.json``: one file per CLDR locale holding only what differs from its parent
  locale (the loader merges the chain back: ``dashclient/_format/locale_data.py``); a key whose
  value is null is one the parent has and the locale does not.

The output is deterministic (sorted keys), so a rebuild from the same packages changes nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import Any

from . import dates, icu, judge, numbers, supplemental
from .source import ROOT, available_locales, main, versions

sys.path.insert(0, str(ROOT / "src"))
from dashclient._format import locale_tags  # noqa: E402  the twin's own parent chain

OUT = ROOT / "src" / "dashclient" / "_format" / "data"


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
                parent = locale_tags.parent(definer, tables)
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
            parent = locale_tags.parent(locale, tables)
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
    by_depth = sorted(records, key=lambda locale: len(locale_tags.chain(locale, tables)))
    for locale in by_depth:
        parent = locale_tags.parent(locale, tables)
        if parent is None:
            continue
        calendars = records[locale]["calendars"]
        for calendar, record in records[parent]["calendars"].items():
            calendars.setdefault(calendar, record)


def difference(child: Any, parent: Any) -> Any:
    """What to store so that ``merge(parent, stored) == child``; ``...`` when nothing."""
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


def merge(parent: Any, delta: Any) -> Any:
    """The loader's merge (``locale_data.merge``), repeated here to check every file on write."""
    if not isinstance(parent, dict) or not isinstance(delta, dict):
        return delta
    out = dict(parent)
    for key, value in delta.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge(parent.get(key), value)
    return out


def dump(path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def main_(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build src/dashclient/_format/data from the CLDR packages.")
    parser.add_argument("--judge", choices=("chromium", "node"), default="chromium",
                        help="whose ICU to ask for what CLDR's JSON lacks (default: chromium, the browser "
                             "the twin matches; node has the same ICU release with full data)")
    args = parser.parse_args(argv)
    with judge.using(args.judge) as version:
        print(f"judge: {version}", file=sys.stderr)
        build()


def build() -> None:
    package_versions = versions()
    print("CLDR packages:", ", ".join(f"{p}@{v}" for p, v in package_versions.items()), file=sys.stderr)
    english = main("cldr-numbers-full", "en", "currencies")["numbers"]["currencies"]
    tables = supplemental.build(english)
    tables["locale_set"] = set(tables["locales"])
    records = {locale: locale_record(locale) for locale in available_locales()}
    add_currency_formats(records, tables)
    drop_root_long_compact(records, tables)
    inherit_missing_calendars(records, tables)
    if OUT.exists():
        shutil.rmtree(OUT)
    for locale, record in records.items():
        parent = locale_tags.parent(locale, tables)
        delta = record if parent is None else difference(record, records[parent])
        delta = {} if delta is ... else delta
        assert parent is None or merge(records[parent], delta) == record, locale
        dump(OUT / "locales" / f"{locale}.json", delta)
    dump(OUT / "supplemental.json", {
        "comment": "Generated by `python -m scripts.cldr.build` from the CLDR JSON packages below. Do not edit.",
        "packages": package_versions, **{key: value for key, value in tables.items() if key != "locale_set"}})
    icu_data = icu.build(tables)
    dump(OUT / "icu.json", icu_data)
    from . import trim, verify  # pylint: disable=import-outside-toplevel  # they read the files just written

    icu_data["missing"], _ = trim.trimmed()
    icu_data["comment"] += (" missing / unreliable: per section, the CLDR locales whose data the judge's "
                            "trimmed ICU lacks / writes in a way the twin does not reproduce (scripts/cldr/trim.py).")
    dump(OUT / "icu.json", icu_data)
    icu_data["corrections"], icu_data["unresolved"] = verify.corrections()
    _, icu_data["unreliable"] = trim.trimmed(known=icu_data["missing"])
    icu_data["comment"] += (" corrections: date patterns ICU uses where the JSON's differ (scripts/cldr/verify.py); "
                            "unresolved: those no candidate reproduces.")
    dump(OUT / "icu.json", icu_data)
    size = sum(path.stat().st_size for path in OUT.rglob("*.json"))
    print(f"wrote {len(records)} locales to {OUT.relative_to(ROOT)} ({size / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main_()
