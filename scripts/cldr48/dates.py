"""Build src/dashclient/_format/dates_cldr48.json from node's Intl (see dashclient/_format/dates_cldr.py).

    python -m scripts.cldr48.dates

from the project root, after a Chromium/node update (≈40 s). ``dates.js`` asks ICU, for every
Babel locale, what Babel cannot tell; the file keeps a value only where Babel's own data, or a
parent locale's entry, would not already give ICU's answer.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from babel import Locale
from babel.localedata import locale_identifiers

from dashclient._format import dates, dates_cldr, relative_time, zone_names

from . import node

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "dashclient" / "_format" / dates_cldr.DATA

SEASONS = (datetime(2024, 1, 15, 12, tzinfo=timezone.utc), datetime(2024, 7, 15, 12, tzinfo=timezone.utc))
PATTERN_MOMENTS = (1704424029000, 1700951400000)  # as in dates.js


def extract_icu(ids=None) -> dict:
    """ICU's answers for Babel's locales (all of them by default), from node."""
    ids = sorted(ids or (i for i in locale_identifiers() if i != "root"))
    return node.run("dates.js", {"ids": ids, "zones": dates_cldr.ZONES})


def build_cldr_extras(icu: dict) -> dict:
    """The entries where Babel, or an entry of a parent locale, would not give ICU's answer."""
    sections = {name: {} for name in ("glue", "relative", "relative_patterns", "plural", "numbering",
                                      "min_grouping", "gmt", "zones")}
    differ = []  # locales whose date or time patterns (CLDR 47 in Babel) differ from ICU's
    missing = dates_cldr.MISSING

    def inherited(section, identifier, key):
        for name in dates_cldr.chain(identifier):
            entry = sections[section].get(name)
            if entry is not None and key in entry:
                return entry[key]
        return missing

    def inherited_or(section, identifier, key, default):
        found = inherited(section, identifier, key)
        return default if found is missing else found

    def store(section, identifier, key, value, default):
        predicted = inherited(section, identifier, key)
        if (default if predicted is missing else predicted) != value:
            sections[section].setdefault(identifier, {})[key] = value

    def store_plural_rules(identifier, locale, icu_forms):
        rules = inherited_or("plural", identifier, "rules", None)
        ours = Locale.parse(rules) if rules else locale
        if [ours.plural_form(n) for n in range(len(icu_forms))] == icu_forms:
            return
        for candidate in dict.fromkeys([locale.language, *dates_cldr.chain(identifier)]):
            if [Locale.parse(candidate).plural_form(n) for n in range(len(icu_forms))] == icu_forms:
                sections["plural"].setdefault(identifier, {})["rules"] = candidate
                return

    def template(text, hours, minutes):
        return text.replace(hours, "{HH}", 1).replace(minutes, "{mm}", 1)

    by_depth = sorted(icu["locales"], key=lambda i: (len(list(dates_cldr.chain(i))), i))
    for identifier in by_depth:
        raw, locale = icu["locales"][identifier], Locale.parse(identifier)
        for style, glue in raw["glue"].items():
            store("glue", identifier, style, glue, dates.unquote(locale.datetime_formats[style]))
        for key, phrases in raw["relative"].items():
            while len(phrases) > 1 and phrases[-1] == phrases[-2]:
                phrases = phrases[:-1]
            store("relative", identifier, key, phrases, [None])
        store("numbering", identifier, "default", raw["numbering"], locale.default_numbering_system)
        store("min_grouping", identifier, "digits", raw["min_grouping"], 1)
        system = raw["numbering"]
        symbols = locale.number_symbols.get(system) or locale.number_symbols["latn"]
        if raw["group"] is not None:
            store("min_grouping", identifier, "group", raw["group"], symbols.get("group", ","))
        store_plural_rules(identifier, locale, raw["plural"])
        if any([format_date(m, identifier, *field.split(":")) for m in PATTERN_MOMENTS] != expected
               for field, expected in raw["patterns"].items()):
            # Babel's CLDR 47 and ICU disagree on this locale's date patterns: it differs anyway,
            # so keep the file small (auto phrases, glue and formats above are still kept).
            differ.append(identifier)
            continue
        for key, pattern in raw["relative_patterns"].items():
            unit, style, direction, plural = key.split("|")
            try:
                ours = relative_time.relative_pattern(locale, unit, style, direction, plural, inherited_or)
            except LookupError:
                ours = None
            if ours != pattern:
                sections["relative_patterns"].setdefault(identifier, {})[key] = pattern
        zero, positive, negative = raw["gmt"]
        tokyo, kolkata, new_york = raw["gmt_short"]
        formats = [template(positive, "05", "30"), template(negative, "03", "30"),
                   tokyo.replace("9", "{H}", 1), new_york.replace("5", "{H}", 1)]
        gmt = locale.zone_formats["gmt"]
        store("gmt", identifier, "formats", formats,
              [gmt % "+{HH}:{mm}", gmt % "-{HH}:{mm}", gmt % "+{H}", gmt % "-{H}"])
        assert formats[0].replace("{HH}", "00").replace("{mm}", "00") == zero, (identifier, formats, zero)
        assert formats[0].replace("{HH}", "5").replace("{mm}", "30") == kolkata, (identifier, formats, kolkata)
        for zone, widths in raw["names"].items():
            ids = zone_names.zone_ids(zone)
            metazone = zone_names.metazone_of(ids)
            for width, seasons in widths.items():
                for moment, (name, offset) in zip(SEASONS, seasons):
                    value = moment.astimezone(dates.zone(zone))
                    if zone_names.specific_name(value, locale, ids, width, inherited_or) == name:
                        continue
                    variant = "daylight" if zone_names.is_daylight(value) else "standard"
                    expected = None if name == offset else name
                    own = any(zone_names._name(locale.time_zones.get(z, {}), width, variant) for z in ids)
                    # A metazone's name, unless the zone has (or needs) a name of its own.
                    key = f"{metazone}|{width}|{variant}" if metazone and not own else f"{ids[0]}|{width}|{variant}"
                    if key in sections["zones"].get(identifier, {}):
                        key = f"{ids[0]}|{width}|{variant}"
                    sections["zones"].setdefault(identifier, {})[key] = expected
                    assert zone_names.specific_name(value, locale, ids, width, inherited_or) == name, \
                        (identifier, zone, width, name)
    return {"comment": "Generated by python -m scripts.cldr48.dates from node's Intl "
                       "(see dashclient/_format/dates_cldr.py). Do not edit.",
            "icu": icu["icu"], "cldr": icu["cldr"], **sections, "patterns_differ": sorted(differ)}


def format_date(moment, identifier, style_option, style):
    """A date or time alone, in UTC, by the twin: to compare with ICU's."""
    date_style, time_style = (style, None) if style_option == "date_style" else (None, style)
    formatter = dates.date_formatter.__wrapped__(identifier.replace("_", "-"), date_style, time_style, "UTC")
    return formatter(dates.moment(moment, "UTC"))


def dump_cldr_extras(extras: dict) -> str:
    """JSON with one line per locale and section, so a diff shows what changed."""
    lines = ["{"]
    for n, (key, value) in enumerate(extras.items()):
        comma = "," if n < len(extras) - 1 else ""
        if not isinstance(value, dict):
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
            continue
        lines.append(f"  {json.dumps(key)}: {{")
        for m, (name, entry) in enumerate(value.items()):
            end = "," if m < len(value) - 1 else ""
            lines.append(f"    {json.dumps(name)}: {json.dumps(entry, ensure_ascii=False, sort_keys=True)}{end}")
        lines.append(f"  }}{comma}")
    return "\n".join(lines + ["}"]) + "\n"


def write_cldr() -> None:
    """Extract every Babel locale from node and write ``DATA``."""
    DATA.write_text(dump_cldr_extras(build_cldr_extras(extract_icu())), encoding="utf-8")
    print(f"wrote {DATA.relative_to(ROOT)}")


if __name__ == "__main__":
    write_cldr()
