"""Date patterns checked against ICU: where the twin, reading the CLDR JSON snapshot, would not
write what node's Intl writes, find the pattern ICU uses and keep it as a correction.

CLDR's JSON and ICU's data differ in places: the JSON resolves some inheritance differently
(zh-Hant's date-time glue is zh's in the JSON, root's in ICU), and the calendar packages of
non-Gregorian calendars are older releases than CLDR 48. For every locale Intl holds and every
calendar the twin computes, each date style, time style and date-time glue is written by the twin
and by node, for two moments; where they differ the first candidate that reproduces node wins:
the generic calendar's pattern, the Gregorian one's, else a pattern rebuilt from
``formatToParts`` (field types and widths, literals quoted). Corrections go to ``icu.json``;
``locale_data.section`` lays them over the JSON data. What no candidate fixes is reported.
"""

from __future__ import annotations

import re
import sys
from typing import Any, Callable

from .judge import run

STYLES = ("full", "long", "medium", "short")
MOMENTS = (1704424029000, 1720096496000)  # 2024-01-05 03:07:09 and 2024-07-04 12:34:56 UTC
CALENDARS = ("gregorian", "buddhist", "japanese", "persian", "islamic-umalqura", "islamic-civil", "islamic-tbla")
BCP47 = {"gregorian": "gregory", "islamic-civil": "islamicc"}
HOUR_LETTERS = {"h11": "K", "h12": "h", "h23": "H", "h24": "k"}


def joined(parts: list[dict]) -> str:
    """What ``format`` writes: the parts joined, U+202F as a space (V8 replaces it in ``format``
    only, not in ``formatToParts``)."""
    return "".join(part["value"] for part in parts).replace("\u202f", " ")


def quote(text: str) -> str:
    """Literal text in a CLDR pattern: letters quoted, quotes doubled."""
    text = text.replace("'", "''")
    return re.sub(r"[A-Za-z]+", lambda m: f"'{m.group(0)}'", text)


def _width(names: dict, value: str, letters: tuple[str, str]) -> str | None:
    """A name field's letters (``MMMM``, ``LLL``, ``EEEE``...) from the name it shows."""
    for form, letter in zip(("format", "stand-alone"), letters):
        for width, count in (("wide", 4), ("abbreviated", 3), ("short", 6), ("narrow", 5)):
            if value in (names.get(form, {}).get(width) or []):
                return letter * count
    return None


def rebuild(parts: list[dict], locale, hour_cycle: str | None, zone_letters: str) -> str | None:
    """A CLDR pattern from Intl's parts (moment: 2024-01-05 03:07:09, so numeric widths show)."""
    from dashclient._format import dates  # pylint: disable=import-outside-toplevel
    from dashclient._format.symbols import symbols  # pylint: disable=import-outside-toplevel

    record, _ = dates.calendar_data(locale)
    gregorian = locale.section("calendars")["gregorian"]
    months, days = record.get("months") or gregorian["months"], gregorian["days"]
    periods = gregorian["day_periods"]["format"]
    digits = symbols(locale).digits
    ascii_of = str.maketrans(digits, "0123456789")
    out = []
    for part in parts:
        kind, value = part["type"], part["value"]
        plain = value.translate(ascii_of)
        if kind == "literal":
            out.append(quote(value))
        elif kind in ("hour", "minute", "second", "day"):
            letter = {"hour": HOUR_LETTERS.get(hour_cycle or "", "H"), "minute": "m", "second": "s", "day": "d"}[kind]
            out.append(letter * len(plain))
        elif kind in ("year", "relatedYear"):
            out.append("yy" if len(plain) == 2 and not plain.startswith("-") else "y")
        elif kind == "month":
            out.append("M" * len(plain) if plain.isdigit() else _width(months, value, ("M", "L")) or "?")
        elif kind == "weekday":
            out.append(_width(days, value, ("E", "c")) or "?")
        elif kind == "era":
            eras = record.get("eras") or gregorian["eras"]
            out.append(next((("G" * n) for w, n in (("abbreviated", 1), ("wide", 4), ("narrow", 5))
                             if value in eras.get(w, {}).values()), "?"))
        elif kind == "dayPeriod":
            ampm = {periods[w].get(k) for w in periods for k in ("am", "pm")}
            out.append("a" if value in ampm else "B")
        elif kind == "timeZoneName":
            out.append(zone_letters)
        else:
            return None
    pattern = "".join(out)
    return None if "?" in pattern else pattern


ERA_WIDTHS = {"long": "wide", "short": "abbreviated", "narrow": "narrow"}
NOON = 43_200_000


def _epoch_day(year: int, month: int, day: int) -> int:
    """Epoch day of a date as ICU's Gregorian calendar reads it: Julian before 1582-10-15."""
    a = (14 - month) // 12
    y, m = year + 4800 - a, month + 12 * a - 3
    julian_day = day + (153 * m + 2) // 5 + 365 * y + y // 4
    julian_day += -32083 if (year, month, day) < (1582, 10, 15) else -y // 100 + y // 400 - 32045
    return julian_day - 2440588


def era_moments(calendar: str) -> list[int]:
    """A moment inside each era the twin writes: every Japanese era from its first day; 2024 for
    the one-era calendars (the Islamic ones write earlier years as AH 0, -1...)."""
    from dashclient._format import locale_data  # pylint: disable=import-outside-toplevel

    if calendar == "japanese":
        starts = [tuple(map(int, s.split("-"))) for s in locale_data.supplemental()["japanese_eras"]]
        return [_epoch_day(*start) * 86_400_000 + NOON for start in starts]
    return [MOMENTS[0]]


def era_corrections(targets: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Era names where the calendar packages and ICU differ: {CLDR id: {calendar: {width: {index: name}}}}."""
    from dashclient._format import calendars, dates, locale_data  # pylint: disable=import-outside-toplevel

    wanted = [(tag, locale_id, calendar) for tag, locale_id, calendar in targets if calendar != "gregorian"]
    payload = [[f"{tag}-u-ca-{BCP47.get(calendar, calendar)}", era_moments(calendar)] for tag, _, calendar in wanted]
    icu = run("icu_eras.js", {"probes": payload})
    found: dict[str, Any] = {}
    for (tag, locale_id, calendar), (full_tag, moments), names in zip(wanted, payload, icu):
        locale = locale_data.locale(full_tag, "date")
        record, _ = dates.calendar_data(locale)
        fields_of = calendars.CALENDARS[calendar]
        for width, values in names.items():
            ours = record.get("eras", {}).get(ERA_WIDTHS[width], {})
            for moment, name in zip(moments, values):
                index = str(fields_of(moment // 86_400_000)[0])
                if name is not None and ours.get(index) != name:
                    found.setdefault(locale_id, {}).setdefault(calendar, {}).setdefault(ERA_WIDTHS[width], {})[index] = name
    return found


def period_corrections(targets: list[tuple[str, str, str]]) -> dict[str, Any]:
    """AM/PM names where the judge's differ from CLDR's (Chromium patches ko):
    {CLDR id: {"format": {"abbreviated": {"am": ..., "pm": ...}}}} for the Gregorian record."""
    from dashclient._format import locale_data  # pylint: disable=import-outside-toplevel

    wanted = [(tag, locale_id) for tag, locale_id, calendar in targets if calendar == "gregorian"]
    icu = run("icu_periods.js", {"tags": [tag for tag, _ in wanted]})
    found: dict[str, Any] = {}
    for (tag, locale_id), (am, pm) in zip(wanted, icu):
        names = locale_data.locale(tag, "date").section("calendars")["gregorian"]["day_periods"]["format"]["abbreviated"]
        fixed = {key: value for key, value in (("am", am), ("pm", pm)) if value and names.get(key) != value}
        if fixed:
            found[locale_id] = {"format": {"abbreviated": fixed}}
    return found


def _prune(delta: dict, inherited: dict) -> dict:
    """``delta`` less what ``inherited`` already holds."""
    out = {}
    for key, value in delta.items():
        if isinstance(value, dict):
            kept = _prune(value, inherited.get(key) if isinstance(inherited.get(key), dict) else {})
            if kept:
                out[key] = kept
        elif inherited.get(key) != value:
            out[key] = value
    return out


def dedupe(found: dict[str, Any]) -> dict[str, Any]:
    """Corrections less what a locale has anyway: its parent's (corrected) data under its own."""
    from dashclient._format import locale_data, locale_tags  # pylint: disable=import-outside-toplevel

    tables = locale_data.supplemental()
    locale_data.icu()["corrections"] = found
    locale_data.clear_caches()
    for locale_id in sorted(found, key=lambda i: len(locale_tags.chain(i, tables))):
        parent = locale_tags.parent(locale_id, tables)
        for name in list(found[locale_id]):
            inherited = locale_data.section(parent, name) if parent else {}
            own = locale_data._stored(locale_id).get(name)  # pylint: disable=protected-access
            kept = _prune(found[locale_id][name], inherited if own is None else locale_data.merge(inherited, own))
            if kept:
                found[locale_id][name] = kept
            else:
                del found[locale_id][name]
        if not found[locale_id]:
            del found[locale_id]
    locale_data.clear_caches()
    return found


def probes() -> list[tuple[str, str, str]]:
    """(Intl tag, CLDR id, calendar) for every CLDR id Intl holds a locale for, each calendar."""
    from dashclient._format import locale_data  # pylint: disable=import-outside-toplevel

    seen = {}
    for tag in sorted(locale_data.available("date"), key=lambda t: (t.count("-"), t)):
        found = locale_data.locale(tag, "date")
        if found is not None and found.intl == tag and (found.id not in seen or tag == found.id):
            seen[found.id] = tag  # the tag spelled as the CLDR id where Intl holds it
    return [(tag, locale_id, calendar) for locale_id, tag in sorted(seen.items()) for calendar in CALENDARS]


def corrections() -> tuple[dict[str, Any], list[str]]:
    """{CLDR id: {"calendars": {calendar: {"date"|"time"|"glue_at_time": {style: pattern}}}}} and
    the (locale, calendar, element) no candidate reproduces."""
    from dashclient._format import dates, locale_data  # pylint: disable=import-outside-toplevel

    targets = probes()
    found: dict[str, Any] = {}
    for locale_id, by_calendar in era_corrections(targets).items():
        for calendar, eras in by_calendar.items():
            found.setdefault(locale_id, {}).setdefault("calendars", {}).setdefault(calendar, {})["eras"] = eras
    for locale_id, periods in period_corrections(targets).items():
        found.setdefault(locale_id, {}).setdefault("calendars", {}).setdefault("gregorian", {})["day_periods"] = periods
    locale_data.icu()["corrections"] = found  # patterns are checked with ICU's era and period names
    locale_data.clear_caches()
    tags = [f"{tag}-u-ca-{BCP47.get(calendar, calendar)}" for tag, _, calendar in targets]
    with_parts = [not any("Y" in p for p in dates.calendar_data(locale_data.locale(t, "date"))[1]["date"].values())
                  for t in tags]
    icu = run("icu_dates.js", {"probes": [list(p) for p in zip(tags, with_parts)], "moments": list(MOMENTS)})
    unresolved = []
    for (tag, locale_id, calendar), full_tag, probe in zip(targets, tags, icu):
        locale = locale_data.locale(full_tag, "date")
        record, patterns = dates.calendar_data(locale)
        records = locale.section("calendars")
        fixed: dict[str, dict[str, str]] = {}

        def writes(pattern: str, numbers: str | None = None) -> Callable[[int], str]:
            return dates.pattern_formatter(locale, pattern, numbers, "UTC")

        def choose(element: str, style: str, expected: list[str], current: str, numbers: str | None,
                   rebuilt: Callable[[], str | None], alternatives: list[str]) -> str:
            for candidate in [current, *alternatives, rebuilt()]:
                if candidate and [writes(candidate, numbers)(m) for m in MOMENTS] == expected:
                    if candidate != current:
                        fixed.setdefault(element, {})[style] = candidate
                    return candidate
            unresolved.append(f"{tag} {calendar} {element} {style}")
            return current

        chosen: dict[str, dict[str, str]] = {"date": {}, "time": {}}
        for element in ("date", "time"):
            for style in STYLES:
                parts = probe[element][style]
                expected = [joined(moment) for moment in parts]
                numbers = patterns.get("numbers", {}).get(f"{element}:{style}")
                others = [records[c][element][style] for c in ("generic", "gregorian") if element in records.get(c, {})]
                zone = "zzzz" if style == "full" else "z"
                chosen[element][style] = choose(element, style, expected, patterns[element][style], numbers,
                                                lambda: rebuild(parts[0], locale, probe["hourCycle"], zone), others)
        for style in STYLES:
            date, time = chosen["date"][style], chosen["time"]["short"]
            current = patterns["glue_at_time"].get(style) or patterns["glue"][style]
            others = [records[c].get("glue_at_time", {}).get(style) or records[c]["glue"][style]
                      for c in ("generic", "gregorian") if "glue" in records.get(c, {})]
            texts = [joined(moment) for moment in probe["date"][style]]
            times = [joined(moment) for moment in probe["time"]["short"]]
            both = probe["both"][style]
            middle = both[0].replace(texts[0], "{1}", 1).replace(times[0], "{0}", 1)
            rebuilt = quote(middle) if "{1}" in middle and "{0}" in middle else None
            numbers = patterns.get("numbers", {}).get(f"date:{style}")
            for candidate in [current, *others, rebuilt]:
                if candidate and [writes(candidate.replace("{1}", date).replace("{0}", time), numbers)(m)
                                  for m in MOMENTS] == both:
                    if candidate != current:
                        fixed.setdefault("glue_at_time", {})[style] = candidate
                    break
            else:
                unresolved.append(f"{tag} {calendar} glue {style}")
        if fixed:
            found.setdefault(locale_id, {}).setdefault("calendars", {}).setdefault(calendar, {}).update(fixed)
    found = dedupe(found)
    print(f"date patterns: {len(targets)} locale x calendar probes, {len(found)} locales corrected, "
          f"{len(unresolved)} elements unresolved", file=sys.stderr)
    return found, unresolved
