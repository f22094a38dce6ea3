"""A locale's number, currency and byte-unit data, in the shape the twin reads
(``dashclient/_format/locale_data.py`` documents it)."""

from __future__ import annotations

import re
from typing import Any

from .source import main

SYMBOLS = {"decimal": "decimal", "group": "group", "minusSign": "minus", "plusSign": "plus",
           "percentSign": "percent", "infinity": "infinity", "nan": "nan", "timeSeparator": "time",
           "currencyDecimal": "currency_decimal", "currencyGroup": "currency_group"}
#: Currency-specific formatting (CLDR ``<currency><pattern>/<decimal>/<group>``).
CURRENCY_FORMAT = ("pattern", "decimal", "group")
BYTE_UNITS = ("byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte")
COUNT = re.compile(r"(?:unitPattern|displayName|pluralRule)-count-(\w+)")


def counted(table: dict, prefix: str) -> dict[str, str]:
    """{"one": ..., "other": ...} from CLDR's ``<prefix>-count-<plural>`` keys."""
    return {key[len(prefix) + 7:]: value for key, value in table.items() if key.startswith(prefix + "-count-")}


def compact_table(table: dict) -> dict[str, dict[str, str]]:
    """``{"1000": {"one": "0K", "other": "0K"}}`` from ``{"1000-count-one": "0K", ...}``;
    alternative forms (``-alt-variant``) are not what ICU uses by default and are left out."""
    out: dict[str, dict[str, str]] = {}
    for key, pattern in table.items():
        if "-alt-" in key:
            continue
        magnitude, _, plural = key.partition("-count-")
        out.setdefault(magnitude, {})[plural] = pattern
    return out


def numbering_system(numbers: dict, system: str) -> dict[str, Any]:
    """Symbols and patterns of one numbering system, where the locale has them."""
    out: dict[str, Any] = {}
    symbols = numbers.get(f"symbols-numberSystem-{system}")
    if symbols:
        out["symbols"] = {ours: symbols[key] for key, ours in SYMBOLS.items() if key in symbols}
    decimal = numbers.get(f"decimalFormats-numberSystem-{system}")
    if decimal:
        out["decimal"] = decimal["standard"]
        for display in ("short", "long"):
            if display in decimal:
                out[f"compact_{display}"] = compact_table(decimal[display]["decimalFormat"])
    percent = numbers.get(f"percentFormats-numberSystem-{system}")
    if percent:
        out["percent"] = percent["standard"]
    currency = numbers.get(f"currencyFormats-numberSystem-{system}")
    if currency:
        out["currency"] = currency["standard"]
        for variant in ("alphaNextToNumber", "noCurrency"):
            if f"standard-{variant}" in currency:
                out[f"currency_{variant}"] = currency[f"standard-{variant}"]
        spacing = currency.get("currencySpacing", {})
        out["spacing"] = {side: [spacing[side]["currencyMatch"], spacing[side]["surroundingMatch"],
                                 spacing[side]["insertBetween"]]
                          for side in ("beforeCurrency", "afterCurrency") if side in spacing}
        out["unit_pattern"] = counted(currency, "unitPattern")
    return out


def numbers_record(locale: str) -> dict[str, Any]:
    numbers = main("cldr-numbers-full", locale, "numbers")["numbers"]
    systems = sorted({key.rpartition("-")[2] for key in numbers if key.startswith("symbols-numberSystem-")})
    return {
        "default": numbers["defaultNumberingSystem"],
        "native": numbers.get("otherNumberingSystems", {}).get("native", numbers["defaultNumberingSystem"]),
        "min_grouping": int(numbers["minimumGroupingDigits"]),
        "systems": {system: numbering_system(numbers, system) for system in systems},
    }


def currency_formats(locale: str) -> dict[str, tuple]:
    """Currencies with their own pattern, decimal or group separator in a locale, as CLDR's
    (resolved) JSON gives them: ``{"EUR": ("¤#,##0.00", None, None)}``."""
    currencies = main("cldr-numbers-full", locale, "currencies")["numbers"]["currencies"]
    return {code: tuple(entry.get(key) for key in CURRENCY_FORMAT) for code, entry in currencies.items()
            if any(key in entry for key in CURRENCY_FORMAT)}


def currencies_record(locale: str) -> dict[str, dict[str, str]]:
    """Per ISO code: ``symbol``, ``narrow`` symbol, display ``name`` and plural names. Currency-
    specific formats are added by ``build.py`` (they depend on the locale that defines them)."""
    currencies = main("cldr-numbers-full", locale, "currencies")["numbers"]["currencies"]
    out = {}
    for code, entry in currencies.items():
        record = {"symbol": entry.get("symbol"), "narrow": entry.get("symbol-alt-narrow"),
                  "name": entry.get("displayName"), **counted(entry, "displayName")}
        out[code] = {key: value for key, value in record.items() if value is not None}
    return out


def units_record(locale: str) -> dict[str, dict[str, str]]:
    """The short unit patterns of Intl's byte units: ``{"kilobyte": {"one": "{0} kB", ...}}``."""
    short = main("cldr-units-full", locale, "units")["units"]["short"]
    return {unit: counted(short[f"digital-{unit}"], "unitPattern") for unit in BYTE_UNITS
            if f"digital-{unit}" in short}
