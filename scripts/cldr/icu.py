"""ICU data the CLDR JSON packages lack, from node's Intl (``icu.js``): written to ``icu.json``."""

from __future__ import annotations

from typing import Any

from .judge import run


def persian_exceptions(new_years: list[list[int]]) -> list[int]:
    """Persian years whose 1 Farvardin ICU puts a day before the 33-year rule's."""
    from dashclient._format.calendars import persian_new_year_by_rule  # pylint: disable=import-outside-toplevel

    shifted = []
    for year, day in new_years:
        by_rule = persian_new_year_by_rule(year)
        if day != by_rule:
            assert day == by_rule - 1, (year, day, by_rule)
            shifted.append(year)
    return shifted


def candidate_tags(tables: dict) -> list[str]:
    """Tags Intl may hold as available locales: CLDR's locales and their prefixes, and the
    language-region and language-script-region spellings of likely subtags (zh-TW, sr-ME)."""
    tags = set()
    for locale in tables["locales"]:
        subtags = locale.split("-")
        tags.update("-".join(subtags[:n]) for n in range(1, len(subtags) + 1))
        if len(subtags) >= 3 and len(subtags[1]) == 4:  # zh-Hans-SG: ICU also holds zh-SG
            tags.add("-".join([subtags[0], *subtags[2:]]))
    for key, value in tables["likely"].items():
        if not key.startswith("und"):
            tags.add(key)
            tags.add(value)
            language, script, region = value.split("-")
            tags.add(f"{language}-{region}")
    return sorted(tags - {"und"})


def data_locale_choices(tables: dict, available: list[str]) -> list[list]:
    """Intl tags whose CLDR data two readings give (a script implied by the region, or not):
    [tag, [Intl tags of both candidates]] for ``dataLocales`` in icu.js to decide."""
    from dashclient._format import locale_tags  # pylint: disable=import-outside-toplevel

    choices = []
    for tag in available:
        parsed = locale_tags.parse(tag)
        if parsed is None or parsed.script or not parsed.region or tag in tables["locale_set"]:
            continue
        implied = locale_tags.resolve(parsed, tables)
        plain = locale_tags.resolve(parsed, {**tables, "data_locales": {tag: None}})
        # Ask Intl about the CLDR ids through tags it holds as themselves.
        if implied != plain and implied in available and plain in available:
            choices.append([tag, [implied, plain]])
    return choices


def build(tables: dict) -> dict[str, Any]:
    first = run("icu.js", {"numberingSystems": tables["numbering_systems"], "candidates": candidate_tags(tables),
                                "choices": []})
    available = sorted(set(first["available"]["date"]) | set(first["available"]["number"]))
    data = run("icu.js", {"numberingSystems": tables["numbering_systems"], "candidates": candidate_tags(tables),
                               "choices": data_locale_choices(tables, available)})
    services = data["available"]
    assert services["date"] == services["relative"], "DateTimeFormat and RelativeTimeFormat locales differ"
    return {
        "comment": "Derived from the judge's Intl at build time (python -m scripts.cldr.build; the judge "
                   "is Chromium, the browser the twin matches): ICU data "
                   "that CLDR's JSON does not hold. umm_al_qura: month lengths (1 = 30 days) of ICU's "
                   "Umm al-Qura table, AH 1300-1600, first_day = epoch day of 1 Muharram 1300. "
                   "persian_shifted_years: Persian years whose 1 Farvardin ICU puts a day before the "
                   "33-year arithmetic rule's. root_symbols: number symbols of ICU's root per numbering system. "
                   "available: the locales Intl.NumberFormat (number) and Intl.DateTimeFormat and "
                   "RelativeTimeFormat (date) hold, which Intl resolves any tag to. data_locales: "
                   "the CLDR locale whose data ICU serves a language-region tag with where it is not "
                   "plain (zh-MY: zh, not zh-Hans-MY).",
        "judge": data["judge"],
        "umm_al_qura": data["umm_al_qura"],
        "persian_shifted_years": persian_exceptions(data["persian_new_years"]),
        "root_symbols": data["root_symbols"],
        "available": {"number": services["number"], "date": services["date"]},
        "data_locales": {tag: locale for tag, locale in data["data_locales"].items() if locale},
    }
