"""The locale-independent tables of the snapshot (``supplemental.json``), from cldr-core and
cldr-bcp47: locale chain, plural rules, currencies, digits, metazones, calendars, day periods."""

from __future__ import annotations

import json
from typing import Any

from .source import NODE_MODULES, available_locales, supplemental, time_zone_aliases


def _languages(locales: list[str]) -> set[str]:
    return {locale.split("-")[0] for locale in locales}


def likely_subtags(locales: list[str]) -> dict[str, str]:
    """The likely-subtag entries of the snapshot's languages (``zh-TW`` -> ``zh-Hant-TW``)."""
    languages = _languages(locales)
    return {key: value for key, value in supplemental("likelySubtags")["likelySubtags"].items()
            if key.split("-")[0] in languages}


def language_aliases(locales: list[str]) -> dict[str, str]:
    """Deprecated language codes Intl replaces (``iw`` -> ``he``, ``sh`` -> ``sr-Latn``), where the
    replacement has data here."""
    languages = _languages(locales)
    out = {}
    for key, alias in supplemental("aliases")["metadata"]["alias"]["languageAlias"].items():
        replacement = alias["_replacement"].split()[0]
        if "-" not in key and key not in languages and replacement.split("-")[0] in languages \
                and replacement.count("-") <= 1:
            out[key] = replacement
    return out


def plural_rules() -> dict[str, dict[str, str]]:
    """Cardinal rules per locale, samples removed: ``{"en": {"one": "i = 1 and v = 0"}}``."""
    out = {}
    for locale, rules in supplemental("plurals")["plurals-type-cardinal"].items():
        out[locale.replace("_", "-")] = {key.rpartition("-")[2]: rule.split("@")[0].strip()
                                         for key, rule in rules.items() if key.rpartition("-")[2] != "other"}
    return out


def currency_digits() -> dict[str, int]:
    """ISO 4217 fraction digits other than the default 2."""
    fractions = supplemental("currencyData")["currencyData"]["fractions"]
    return {code: int(entry["_digits"]) for code, entry in fractions.items()
            if code != "DEFAULT" and int(entry["_digits"]) != 2}


def currency_codes(english_names: dict) -> list[str]:
    """Codes CLDR knows: those with English names and those used by some region."""
    codes = set(english_names)
    for currencies in supplemental("currencyData")["currencyData"]["region"].values():
        for entry in currencies:
            codes.update(entry)
    return sorted(code for code in codes if len(code) == 3 and code.isalpha() and code.isupper())


def region_currencies() -> dict[str, str]:
    """Each region's current legal tender: what ICU's ``ucurr_forLocale`` finds for a locale."""
    out = {}
    for region, currencies in supplemental("currencyData")["currencyData"]["region"].items():
        for entry in currencies:
            (code, dates), = entry.items()
            if "_to" not in dates and dates.get("_tender") != "false":
                out[region] = code
                break
    return out


def numbering_systems() -> dict[str, str]:
    """The digits of every decimal numbering system (algorithmic ones, like ``roman``, Intl ignores)."""
    return {name: entry["_digits"] for name, entry in supplemental("numberingSystems")["numberingSystems"].items()
            if entry["_type"] == "numeric"}


def metazones() -> dict[str, list[list[str | None]]]:
    """Zone (CLDR's canonical id) -> its metazone periods ``[metazone, from, to]`` (UTC, None = open)."""
    out = {}

    def walk(tree: dict, prefix: str) -> None:
        for key, value in tree.items():
            name = f"{prefix}/{key}" if prefix else key
            if isinstance(value, list):
                out[name] = [[u["usesMetazone"]["_mzone"], u["usesMetazone"].get("_from"),
                              u["usesMetazone"].get("_to")] for u in value]
            else:
                walk(value, name)

    walk(supplemental("metaZones")["metaZones"]["metazoneInfo"]["timezone"], "")
    return out


def calendar_preferences() -> dict[str, str]:
    """Regions whose first calendar is not the Gregorian one (``IR`` -> ``persian``)."""
    return {region: calendars[0] for region, calendars in
            supplemental("calendarPreferenceData")["calendarPreferenceData"].items() if calendars[0] != "gregorian"}


def japanese_eras() -> list[str]:
    """Start dates (``y-m-d``, proleptic Gregorian) of the Japanese eras, era 0 (Taika) first."""
    eras = supplemental("calendarData")["calendarData"]["japanese"]["eras"]
    return [eras[key]["_start"] for key in sorted(eras, key=int)]


def time_data() -> dict[str, list[str]]:
    """Each region's hour cycles: ``{"US": ["h", "h hb H hB"]}`` (preferred, allowed)."""
    return {region: [entry.get("_preferred", ""), entry.get("_allowed", "")]
            for region, entry in supplemental("timeData")["timeData"].items()}


def default_content() -> list[str]:
    """Locales CLDR (and ICU) hold with their parent's data (``de-DE`` is ``de``)."""
    path = NODE_MODULES / "cldr-core" / "defaultContent.json"
    return sorted(json.loads(path.read_text("utf-8"))["defaultContent"])


def day_period_rules() -> dict[str, dict[str, Any]]:
    """Flexible day periods (``B``): ``{"en": {"morning1": ["06:00", "12:00"], "noon": "12:00"}}``."""
    out = {}
    for locale, rules in supplemental("dayPeriods")["dayPeriodRuleSet"].items():
        out[locale.replace("_", "-")] = {
            period: rule["_at"] if "_at" in rule else [rule["_from"], rule["_before"]]
            for period, rule in rules.items()}
    return out


def build(english_currencies: dict) -> dict[str, Any]:
    locales = sorted(available_locales())
    parents = supplemental("parentLocales")["parentLocales"]["parentLocale"]
    aliases = time_zone_aliases()
    return {
        "locales": locales,
        "parents": {child: ("und" if parent == "root" else parent) for child, parent in parents.items()},
        "likely": likely_subtags(locales),
        "language_aliases": language_aliases(locales),
        "plurals": plural_rules(),
        "currency_digits": currency_digits(),
        "currencies": currency_codes(english_currencies),
        "region_currencies": region_currencies(),
        "numbering_systems": numbering_systems(),
        "metazones": metazones(),
        "zone_aliases": {name: canonical for name, canonical in sorted(aliases.items()) if name != canonical},
        "calendar_preferences": calendar_preferences(),
        "japanese_eras": japanese_eras(),
        "day_periods": day_period_rules(),
        "time_data": time_data(),
        "default_content": default_content(),
    }
