"""Reading the CLDR JSON packages installed by ``npm ci`` (exact versions in package.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"

#: What each package gives the twin. Calendars other than the Gregorian live in their own packages,
#: some of which the CLDR project last published for an earlier release (see package.json).
PACKAGES = ("cldr-core", "cldr-bcp47", "cldr-numbers-full", "cldr-dates-full", "cldr-units-full",
            "cldr-cal-buddhist-full", "cldr-cal-japanese-full", "cldr-cal-persian-full", "cldr-cal-islamic-full")

#: Non-Gregorian calendars the twin computes, and the package holding each one's names.
CALENDAR_PACKAGES = {
    "buddhist": "cldr-cal-buddhist-full",
    "japanese": "cldr-cal-japanese-full",
    "persian": "cldr-cal-persian-full",
    "islamic": "cldr-cal-islamic-full",
    "islamic-civil": "cldr-cal-islamic-full",
    "islamic-tbla": "cldr-cal-islamic-full",
    "islamic-umalqura": "cldr-cal-islamic-full",
}


def package_version(package: str) -> str:
    return json.loads((NODE_MODULES / package / "package.json").read_text("utf-8"))["version"]


def versions() -> dict[str, str]:
    """Every package's version, as installed (the lockfile's)."""
    missing = [p for p in PACKAGES if not (NODE_MODULES / p / "package.json").exists()]
    if missing:
        raise SystemExit(f"missing {', '.join(missing)}: run `npm ci` in {ROOT} first")
    return {package: package_version(package) for package in PACKAGES}


@lru_cache(maxsize=None)
def supplemental(name: str) -> Any:
    """``cldr-core/supplemental/<name>.json``, without its outer ``supplemental`` key."""
    return json.loads((NODE_MODULES / "cldr-core" / "supplemental" / f"{name}.json").read_text("utf-8"))["supplemental"]


def available_locales() -> list[str]:
    data = json.loads((NODE_MODULES / "cldr-core" / "availableLocales.json").read_text("utf-8"))
    return data["availableLocales"]["full"]


def main(package: str, locale: str, file: str) -> Any | None:
    """``<package>/main/<locale>/<file>.json`` below its locale key, or None if absent."""
    path = NODE_MODULES / package / "main" / locale / f"{file}.json"
    if not path.exists() and locale == "und":  # packages before CLDR 40 name the root "root"
        path, locale = NODE_MODULES / package / "main" / "root" / f"{file}.json", "root"
    if not path.exists():
        return None
    return json.loads(path.read_text("utf-8"))["main"][locale]


def time_zone_aliases() -> dict[str, str]:
    """Every IANA name CLDR knows -> the name CLDR files its data under (Asia/Kolkata -> Asia/Calcutta)."""
    data = json.loads((NODE_MODULES / "cldr-bcp47" / "bcp47" / "timezone.json").read_text("utf-8"))
    aliases = {}
    for key, zone in data["keyword"]["u"]["tz"].items():
        if key.startswith("_") or not isinstance(zone, dict) or "_alias" not in zone:
            continue
        names = zone["_alias"].split()
        for name in names:
            aliases[name] = names[0]
    return aliases
