"""The locale sweep: every locale a browser supports x all 7 formatters x representative values and
option sets, computed by a JS judge (Chromium, Firefox or node) and by the Python twin.

Used by the browser test (a fixed sub-sample of locales, ``tests/browser/test_format_parity.py``)
and by the benchmark (every locale, ``benchmarks/format_sweep.py``). The judge decides which
locales it supports: ``SUPPORTED_JS`` asks ``supportedLocalesOf`` of all three Intl constructors
over CLDR's locale list (the twin's snapshot), so a locale the browser would silently replace by
its own default is not compared.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]

NUMERIC_VALUES = [0, {"$special": "-0"}, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 7.25, 1234.5, -1234.5,
                  12345.678, -98765.4321, 999999.5, 1234567.891, 0.000123, 1e-7, 1e21, 1.5e22, 123456789012345.6]
BYTE_VALUES = [0, 1, 999, 1000, 1023, 1024, 1536, 999999, 1e6, 1572864, 1e12, 1.5e15, 1e18, -2048]
SECOND, MINUTE, HOUR, DAY = 1000, 60_000, 3_600_000, 86_400_000
MOMENTS = [0, 1704424029000, 1720096496000, -3155673600000, "0001-01-01T12:00:00Z", "9999-12-31T12:00:00Z",
           951782400000, 1710054000000]
NOW = 1704067200000
OFFSETS = [0, -SECOND, 45 * SECOND, -90 * SECOND, -3 * HOUR, DAY, -2 * DAY, 8 * DAY, -45 * DAY, 400 * DAY,
           -1234 * 365 * DAY, 2 * DAY + 1]

OPTION_SETS: dict[str, list[dict[str, Any]]] = {
    "number": [{"specifier": ","}, {"specifier": ",.2f"}, {"specifier": "$,.2f", "currency": "EUR"},
               {"specifier": ".1%"}, {"specifier": "~s"}, {"specifier": "+.3e"}, {"specifier": ",d"},
               {"specifier": "08,.1f"}],
    "currency": [{"currency": "USD"}, {"currency": "EUR", "display": "narrowSymbol"},
                 {"currency": "JPY", "display": "code"}, {"currency": "GBP", "display": "name"},
                 {"currency": "BHD", "digits": 0}],
    "percent": [{"digits": 0}, {"digits": 2}],
    "compact": [{"display": "short"}, {"display": "long"}],
    "bytes": [{"units": "si", "digits": 1}, {"units": "binary", "digits": 2}],
    "date": [{"date_style": "full", "time_style": None, "time_zone": "UTC"},
             {"date_style": "long", "time_style": "short", "time_zone": "America/New_York"},
             {"date_style": "medium", "time_style": "medium", "time_zone": "Asia/Kolkata"},
             {"date_style": "short", "time_style": "long", "time_zone": "Europe/London"},
             {"date_style": None, "time_style": "full", "time_zone": "Australia/Sydney"}],
    "relative_time": [{"numeric": "always", "style": "long", "now": NOW}, {"numeric": "auto", "style": "long", "now": NOW},
                      {"numeric": "auto", "style": "short", "now": NOW}, {"numeric": "always", "style": "narrow", "now": NOW}],
}
FUNCTIONS = tuple(OPTION_SETS)

#: Tags beyond CLDR's list: Unicode extensions, and spellings a browser maps to a CLDR locale.
EXTRA_TAGS = [
    "de-DE-u-nu-arab", "en-US-u-nu-arab", "ar-EG-u-nu-latn", "fa-IR-u-nu-latn", "hi-IN-u-nu-deva",
    "th-TH-u-nu-thai", "zh-CN-u-nu-hanidec", "ja-JP-u-ca-japanese", "en-US-u-ca-japanese",
    "ar-SA-u-ca-islamic-umalqura", "en-US-u-ca-islamic-civil", "ar-u-ca-islamic-tbla", "th-TH-u-ca-gregory",
    "fa-IR-u-ca-gregory", "en-US-u-ca-buddhist", "en-US-u-ca-persian", "en-US-u-hc-h23", "en-GB-u-hc-h12",
    "de-DE-u-hc-h12", "ja-JP-u-hc-h11", "fr-FR-u-hc-h24", "zh-TW-u-hc-h23", "ko-KR-u-hc-h23",
    "zh-TW", "zh-HK", "zh-SG", "sr-ME", "sr-Latn-RS", "pa-PK", "uz-AF", "iw-IL", "no-NO", "de-CH-1996",
    "en-US-u-nu-latn-ca-gregory-hc-h12",
]

#: The CI test's sub-sample: the case-table locales, then some of every kind -- non-Gregorian
#: default calendars, other scripts and digits, locales whose data ICU or Chromium treats apart
#: (currency-specific formats, trimmed or missing data) -- and every extension tag.
SAMPLE = [
    "en-US", "en-IN", "de-DE", "fr-FR", "es-ES", "pt-BR", "sv-SE", "ja-JP", "zh-CN", "hi-IN", "ar-EG", "ru-RU",
    "fa", "fa-AF", "ps", "th", "ar-SA", "he", "bn", "ko", "zh-Hant", "zh-Hant-HK", "sr-Latn", "mr", "my",
    "de-CH", "de-AT", "fr-CH", "pt-CV", "en-DE", "en-150", "es-MX", "pl", "tr", "el", "uk", "vi", "ta", "am",
    "yo-BJ", "az", "pa", "kk", "ku-Latn-IQ", "shn-TH", "zh-Hans-MY",
]

# Runs in the judge: the Intl constructors' supported locales, then the cases of a chunk.
SUPPORTED_JS = """
const tags = arguments[0];
const kinds = [Intl.NumberFormat, Intl.DateTimeFormat, Intl.RelativeTimeFormat];
const sets = kinds.map((k) => new Set(k.supportedLocalesOf(tags)));
return tags.filter((t) => sets.every((s) => s.has(t)));
"""
RUN_JS = """
const SPECIALS = {NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0};
const decode = (v) => (v && typeof v === "object" && "$special" in v) ? SPECIALS[v.$special] : v;
const format = window.dash_clientside.dashclient_format;
return arguments[0].map(([fn, value, options]) => {
    try { return format[fn](decode(value), options); } catch (e) { return {error: String(e)}; }
});
"""


def cldr_locales() -> list[str]:
    """CLDR's locales, as the twin's snapshot lists them (``und``, the root, left out)."""
    data = json.loads((ROOT / "src" / "dashclient" / "_format" / "data" / "supplemental.json").read_text("utf-8"))
    return [tag for tag in data["locales"] if tag != "und"]


def candidate_tags() -> list[str]:
    return cldr_locales() + EXTRA_TAGS


def values_for(function: str) -> list[Any]:
    if function == "bytes":
        return BYTE_VALUES
    if function == "date":
        return MOMENTS
    if function == "relative_time":
        return [NOW + offset for offset in OFFSETS]
    return NUMERIC_VALUES


def cases(locales: Iterable[str], functions: Iterable[str] = FUNCTIONS) -> list[dict[str, Any]]:
    """Every (function, locale, option set, value) of the sweep, with a stable id."""
    out = []
    for locale in locales:
        for function in functions:
            for option_set in OPTION_SETS[function]:
                options = {**option_set, "locale": locale}
                for value in values_for(function):
                    out.append({"id": f"{function}|{locale}|{json.dumps(option_set, sort_keys=True)}|{json.dumps(value)}",
                                "function": function, "locale": locale, "options": options, "value": value})
    return out


def decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"$special"}:
        return {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf"), "-0": -0.0}[value["$special"]]
    return value


def python_results(sweep: list[dict[str, Any]]) -> list[Any]:
    """The twin's output for every case, through the public actions (bound once per option set)."""
    import dashclient as dc  # pylint: disable=import-outside-toplevel

    actions: dict[str, Callable] = {}
    out = []
    for case in sweep:
        key = json.dumps([case["function"], case["options"]], sort_keys=True)
        try:
            if key not in actions:
                actions[key] = getattr(dc.format, case["function"])(**case["options"])
            out.append(actions[key](decode(case["value"])))
        except ValueError as error:  # an option set the twin refuses at bind time
            out.append({"refused": str(error)})
    return out


def run_in_chunks(run: Callable[[list], list], sweep: list[dict[str, Any]], size: int = 4000) -> list[Any]:
    """The judge's results, asked ``size`` cases at a time (WebDriver payloads stay small)."""
    out: list[Any] = []
    for start in range(0, len(sweep), size):
        chunk = sweep[start:start + size]
        out.extend(run([[c["function"], c["value"], c["options"]] for c in chunk]))
    return out


def compare(sweep: list[dict[str, Any]], judge: list[Any], twin: list[Any]) -> dict[str, Any]:
    """Per-function figures and every difference: {"functions": {fn: {"cases", "identical",
    "percent", "refused", "percent_of_all"}}, "differences": [{"id", "judge", "python"}],
    "refused_tags": [...]}. A case whose option set the twin refuses at bind time (a locale the
    browser holds no data for) is counted apart, and in ``percent_of_all`` as not identical."""
    totals, same, refused = collections.Counter(), collections.Counter(), collections.Counter()
    differences, refused_tags = [], set()
    for case, js, py in zip(sweep, judge, twin):
        function = case["function"]
        if isinstance(py, dict) and "refused" in py:
            refused[function] += 1
            refused_tags.add(case["locale"])
            continue
        totals[function] += 1
        if js == py:
            same[function] += 1
        else:
            differences.append({"id": case["id"], "judge": js, "python": py})
    functions = {fn: {"cases": totals[fn], "identical": same[fn],
                      "percent": round(100 * same[fn] / totals[fn], 3) if totals[fn] else None,
                      "refused": refused[fn],
                      "percent_of_all": round(100 * same[fn] / (totals[fn] + refused[fn]), 3)}
                 for fn in FUNCTIONS if totals[fn] or refused[fn]}
    return {"functions": functions, "differences": differences, "refused_tags": sorted(refused_tags)}
