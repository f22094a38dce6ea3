"""The parts of CLDR locales the judge's trimmed ICU lacks.

Chromium ships a trimmed copy of ICU, tree by tree: for some locales it lists the locale (Intl
resolves a tag to it) but holds no data for it, or holds its main data but not its currency or
time-zone names. ICU then falls back to the parent's data, often the root's: az, pa and sd
write "1970 M01 1, Thu"; yo-BJ keeps its own few names but, yo being absent, takes the root's
patterns. For each locale (parents first) and each section of its record, the judge's outputs
(``icu_fingerprint.js``) are compared with the twin's with the section's own data and without:

- ``missing``: it matches without -- the section is skipped in the locale's chain;
- ``unreliable``: it matches neither (the browser takes such text from its own default
  language, which the server cannot know) -- the twin refuses options needing the section.

Both go to ``icu.json``; ``locale_data`` applies them.
"""

from __future__ import annotations

import sys
from typing import Callable

from .judge import run

A, B = 1704424029000, 1720096496000  # 2024-01-05 03:07:09 and 2024-07-04 12:34:56 UTC
DAY, HOUR = 86_400_000, 3_600_000
SECTIONS = ("numbers", "currencies", "units", "calendars", "fields", "zones")


def twin_fingerprint(tag: str) -> dict[str, list[str]]:
    """The twin's side of icu_fingerprint.js, through the formatters' compiled functions."""
    from dashclient._format import bytes as bytes_, compact, currency, dates, locale_data, percent  # noqa: PLC0415
    from dashclient._format import relative_time  # noqa: PLC0415
    from dashclient._format.intl_numbers import decimal_format  # noqa: PLC0415

    base = {"locale": tag, "fallback": "?"}

    def date(date_style, time_style, zone, moment):
        return dates.compile_date({**base, "date_style": date_style, "time_style": time_style,
                                   "time_zone": zone})(moment)

    def relative(numeric, style, offset):
        return relative_time.compile_relative_time({**base, "now": 0, "numeric": numeric, "style": style})(offset)

    def money(code, display):
        return currency.compile_currency({**base, "currency": code, "display": display, "digits": None})

    return {
        "numbers": [decimal_format(locale_data.required(tag), 0, 3).format(-1234567.891),
                    percent.compile_percent({**base, "digits": 0})(0.25),
                    compact.compile_compact({**base, "display": "short"})(1234567)],
        "currencies": [money("USD", "symbol")(1234.5), money("GBP", "name")(2)],
        "units": [bytes_.compile_bytes({**base, "units": "si", "digits": 1})(2000),
                  bytes_.compile_bytes({**base, "units": "si", "digits": 1})(0)],
        "calendars": [date("full", None, "UTC", A), date("short", "short", "UTC", A)],
        "fields": [relative("always", "long", 3 * DAY), relative("auto", "long", -DAY),
                   relative("always", "short", -5 * HOUR)],
        "zones": [date(None, "long", "Europe/London", A), date(None, "full", "Australia/Sydney", A),
                  date(None, "long", "America/New_York", B)],
    }


def _score(expected: list[str], got: list[str]) -> int:
    return sum(e == g for e, g in zip(expected, got))


def trimmed(known: dict[str, list[str]] | None = None) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """({section: missing locales}, {section: unreliable locales}), see the module's docstring.
    Run twice: first to find what is missing (then the date patterns are checked with it,
    verify.py), then with ``known`` missing sections to find what stays unreliable."""
    from dashclient._format import locale_data, locale_tags  # noqa: PLC0415

    tables = locale_data.supplemental()
    holds = set(locale_data.available("number")) & set(locale_data.available("date"))
    listed = set(locale_data.available("number")) | set(locale_data.available("date"))
    ids = sorted((i for i in tables["locales"] if i in holds and i != "und"),
                 key=lambda i: (len(locale_tags.chain(i, tables)), i))
    judged = dict(zip(ids, run("icu_fingerprint.js", {"tags": ids})))
    # A locale the judge does not even list has no data there either.
    unlisted = sorted(i for i in tables["locales"] if i not in listed and i != "und")
    missing = {section: list(unlisted) for section in SECTIONS} if known is None else known
    unreliable: dict[str, list[str]] = {section: [] for section in SECTIONS}
    for locale_id in ids:
        with_own = _twin(missing)(locale_id)
        for section in SECTIONS:
            expected = judged[locale_id][section]
            if with_own[section] == expected:
                continue
            if known is not None:
                unreliable[section].append(locale_id)
                continue
            without = _twin({**missing, section: missing[section] + [locale_id]})(locale_id)[section]
            if _score(expected, without) > _score(expected, with_own[section]):
                missing[section].append(locale_id)
    _set(missing, unreliable)
    counted = {section: len(missing[section]) - len(unlisted) for section in SECTIONS}
    print(f"judge's trimmed data: {len(unlisted)} CLDR locales unlisted; listed but missing per section "
          f"{counted}; unreliable {dict((s, len(v)) for s, v in unreliable.items())}", file=sys.stderr)
    return missing, unreliable


def _twin(missing: dict[str, list[str]]) -> Callable[[str], dict[str, list[str]]]:
    _set(missing, {})

    def fingerprint(tag: str) -> dict[str, list[str]]:
        try:
            return twin_fingerprint(tag)
        except ValueError:  # a locale the twin cannot serve at all
            return {section: [] for section in SECTIONS}

    return fingerprint


def _set(missing: dict[str, list[str]], unreliable: dict[str, list[str]]) -> None:
    from dashclient._format import locale_data  # noqa: PLC0415

    locale_data.icu()["missing"] = missing
    locale_data.icu()["unreliable"] = unreliable
    locale_data.clear_caches()
