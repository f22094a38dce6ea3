"""The date and relative_time twins: options checked at bind time, values that are not moments,
the unit rule, caching, and the judge: both case tables run through node's Intl (CLDR 48, the
same output as Chromium) and through Python (Babel, CLDR 47 + dates_cldr48.json), every code
point compared.

``python -m scripts.cldr48.dates`` (scripts/cldr48/dates.py) regenerates
src/dashclient/_format/dates_cldr48.json from node (see dashclient/_format/dates_cldr.py).
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dashclient as dc
from format_divergences import check  # the one pinned list, shared with the browser test
from babel import Locale

from dashclient._format import dates, dates_cldr, relative_time
from dashclient._format.options import babel_locale

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))  # scripts.cldr48, the generator of dates_cldr48.json
from format_cases import decode, expand  # noqa: E402
from scripts.cldr48.dates import extract_icu  # noqa: E402

RUNNER = ROOT / "tests" / "js" / "run-format-cases.js"
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")

NOW = 1704067200000  # 2024-01-01T00:00:00Z
SECOND, MINUTE, HOUR, DAY = 1000, 60_000, 3_600_000, 86_400_000


NOT_MOMENTS = [None, "", " ", math.nan, math.inf, -math.inf, "garbage", "2024-13-01", "2023-02-29",
               "2024-01-05T24:00", "12abc", True, False, {}, {"a": 1}, [], [1, 2], object(), 1e300, -1e300]


# --- options are checked when bound ------------------------------------------------------------

@pytest.mark.parametrize("name, options, option", [
    ("date", {"date_style": "huge"}, "date_style"),
    ("date", {"date_style": "Full"}, "date_style"),
    ("date", {"time_style": 1}, "time_style"),
    ("date", {"time_zone": "Mars/Olympus"}, "time_zone"),
    ("date", {"time_zone": "EST5"}, "time_zone"),
    ("date", {"time_zone": None}, "time_zone"),
    ("date", {"locale": "en_US"}, "locale"),
    ("date", {"locale": "not a locale"}, "locale"),
    ("date", {"fallback": None}, "fallback"),
    ("relative_time", {"numeric": "sometimes"}, "numeric"),
    ("relative_time", {"style": "medium"}, "style"),
    ("relative_time", {"now": "yesterday"}, "now"),
    ("relative_time", {"now": True}, "now"),
    ("relative_time", {"now": math.nan}, "now"),
    ("relative_time", {"locale": 12}, "locale"),
    ("relative_time", {"fallback": 0}, "fallback"),
])
def test_a_bad_option_raises_value_error_naming_it(name, options, option):
    with pytest.raises(ValueError, match=f"dc.format.{name}: option '{option}'"):
        getattr(dc.format, name)(**options)


def test_a_date_needs_a_date_style_or_a_time_style():
    with pytest.raises(ValueError, match="'date_style' and 'time_style' cannot both be None"):
        dc.format.date(date_style=None)
    assert dc.format.date(date_style=None, time_style="short")(0) == "12:00 AM"


@pytest.mark.parametrize("name", ["date", "relative_time"])
def test_an_unknown_option_raises_value_error_naming_it(name):
    with pytest.raises(ValueError, match="unknown option 'timezone'"):
        getattr(dc.format, name)(timezone="UTC")


def test_a_time_zone_is_matched_case_insensitively_and_bound_in_its_canonical_spelling():
    action = dc.format.date(time_zone="america/new_york", time_style="short")
    assert action.options["time_zone"] == "America/New_York"
    assert action.function_name == 'date:{"time_style":"short","time_zone":"America/New_York"}'


def test_default_options_bind_the_plain_function_name():
    assert dc.format.date().function_name == "date"
    assert dc.format.relative_time().function_name == "relative_time"
    assert dc.format.relative_time(now=NOW, numeric="auto").function_name == \
        'relative_time:{"now":1704067200000,"numeric":"auto"}'


# --- values -------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", NOT_MOMENTS, ids=repr)
@pytest.mark.parametrize("name", ["date", "relative_time"])
def test_a_value_that_is_not_a_moment_gives_the_fallback(name, value):
    assert getattr(dc.format, name)()(value) == ""
    assert getattr(dc.format, name)(fallback="—")(value) == "—"


@pytest.mark.parametrize("value", [1704067200000, 1704067200000.9, "1704067200000", " 1704067200000 ",
                                   "2024-01-01", "2024-01-01T00:00", "2024-01-01 00:00:00.000",
                                   "2024-01-01T00:00:00Z", "2024-01-01T05:30:00+05:30", "2023-12-31T19:00-0500"])
def test_epoch_ms_numeric_strings_and_iso_strings_name_the_same_moment(value):
    assert dc.format.date(date_style="medium", time_style="medium")(value) == "Jan 1, 2024, 12:00:00 AM"


def test_fractional_milliseconds_truncate_toward_zero_as_ecmascript_does():
    fmt = dc.format.date(date_style="short", time_style="medium")
    assert fmt(-0.5) == "1/1/70, 12:00:00 AM"
    assert fmt(-1000.5) == "12/31/69, 11:59:59 PM"


def test_the_first_and_last_representable_moments_format_and_beyond_them_give_the_fallback():
    fmt = dc.format.date(date_style="long")
    assert fmt("0001-01-01T00:00:00Z") == "January 1, 1"
    assert fmt("9999-12-31T23:59:59.999Z") == "December 31, 9999"
    assert fmt(-62135596800001) == ""  # before 0001-01-01


@pytest.mark.parametrize("options, value, expected", [
    ({}, NOW, "Jan 1, 2024"),
    ({"date_style": "full", "time_style": "short"}, NOW, "Monday, January 1, 2024 at 12:00 AM"),
    ({"date_style": "long", "time_style": "long", "time_zone": "Asia/Kolkata"}, NOW,
     "January 1, 2024 at 5:30:00 AM GMT+5:30"),
    ({"date_style": None, "time_style": "full", "time_zone": "America/New_York"}, "2024-07-04T12:00Z",
     "8:00:00 AM Eastern Daylight Time"),
    ({"date_style": "short", "time_style": "long", "time_zone": "Asia/Tokyo", "locale": "de-DE"}, NOW,
     "01.01.24, 09:00:00 GMT+9"),
    ({"date_style": "full", "time_style": "short", "locale": "de-DE"}, NOW, "Montag, 1. Januar 2024 um 00:00"),
    ({"date_style": "medium", "locale": "ar-EG"}, NOW, "\u0660\u0661\u200f/\u0660\u0661\u200f/\u0662\u0660\u0662\u0664"),
    ({"date_style": "long", "time_style": "short", "locale": "en-IN", "time_zone": "Asia/Kolkata"}, NOW,
     "1 January 2024 at 5:30 am"),
    ({"date_style": None, "time_style": "full", "locale": "ja-JP", "time_zone": "America/New_York"}, NOW,
     "19時00分00秒 米国東部標準時"),
    ({"date_style": None, "time_style": "long", "locale": "fr-FR", "time_zone": "America/New_York"}, NOW,
     "19:00:00 UTC−5"),
])
def test_well_known_date_strings(options, value, expected):
    assert dc.format.date(**options)(value) == expected


@pytest.mark.parametrize("options, offset, expected", [
    ({}, 0, "in 0 seconds"),
    ({}, -300, "0 seconds ago"),
    ({"numeric": "auto"}, 0, "now"),
    ({"numeric": "auto"}, -DAY, "yesterday"),
    ({"numeric": "auto"}, DAY, "tomorrow"),
    ({"numeric": "auto"}, 7 * DAY, "next week"),
    ({"numeric": "auto"}, -365 * DAY, "last year"),
    ({}, -40.5 * SECOND, "41 seconds ago"),
    ({}, 59.5 * SECOND, "in 1 minute"),
    ({}, -5 * MINUTE, "5 minutes ago"),
    ({"style": "short"}, 2 * HOUR, "in 2 hr."),
    ({"style": "narrow"}, 3 * DAY, "in 3d"),
    ({}, -1234 * 365 * DAY, "1,234 years ago"),
    ({"locale": "es-ES"}, -1234 * 365 * DAY, "hace 1234 años"),
    ({"locale": "en-IN"}, -1234 * 365 * DAY, "1,234 years ago"),
    ({"locale": "ar-EG"}, -1234 * 365 * DAY, "قبل \u0661\u066c\u0662\u0663\u0664 سنة"),
    ({"locale": "de-DE", "numeric": "auto"}, 2 * DAY, "übermorgen"),
    ({"locale": "ru-RU"}, 5 * 365 * DAY, "через 5 лет"),
])
def test_well_known_relative_time_strings(options, offset, expected):
    assert dc.format.relative_time(now=NOW, **options)(NOW + offset) == expected


# --- the unit rule ------------------------------------------------------------------------------

@pytest.mark.parametrize("diff, expected", [
    (0, ("second", 0, False)),
    (-1, ("second", 0, True)),
    (59_499, ("second", 59, False)),
    (59_500, ("minute", 1, False)),
    (-89_999, ("minute", 1, True)),
    (90_000, ("minute", 2, False)),
    (59.5 * MINUTE, ("hour", 1, False)),
    (23.4 * HOUR, ("hour", 23, False)),
    (-23.5 * HOUR, ("day", 1, True)),
    (6.4 * DAY, ("day", 6, False)),
    (6.5 * DAY, ("week", 1, False)),
    (29.9 * DAY, ("week", 4, False)),
    (30 * DAY, ("month", 1, False)),
    (45 * DAY, ("month", 2, False)),
    (364.9 * DAY, ("month", 12, False)),
    (-365 * DAY, ("year", 1, True)),
    (547.5 * DAY, ("year", 2, False)),
])
def test_a_difference_takes_the_unit_its_magnitude_is_below_and_the_next_when_rounding_reaches_it(diff, expected):
    assert relative_time.select_unit(diff) == expected


@needs_node
def test_the_unit_table_is_the_same_in_js_and_python():
    script = ("import('./js/format/relative-time.js').then((m) => "
              "process.stdout.write(JSON.stringify(m.UNITS.map(([u, l, b]) => [u, l, b === Infinity ? null : b]))))")
    out = subprocess.run([NODE, "-e", script], cwd=ROOT, capture_output=True, text=True, check=True)
    python = [[u, length, None if math.isinf(below) else below] for u, length, below in relative_time.UNITS]
    assert json.loads(out.stdout) == python


def test_now_none_measures_from_the_current_time():
    soon = time.time() * 1000 + 3 * DAY + 5 * MINUTE
    assert dc.format.relative_time()(soon) == "in 3 days"
    assert dc.format.relative_time(now="2024-01-01")(NOW + DAY) == "in 1 day"


# --- caching ------------------------------------------------------------------------------------

def test_formatters_are_built_once_per_locale_and_options():
    dates.date_formatter.cache_clear()
    relative_time.relative_formatter.cache_clear()
    fmt = dc.format.date(locale="sv-SE", time_style="short")
    for value in range(0, 10 * DAY, DAY):
        fmt(value)
    assert dates.date_formatter.cache_info().misses == 1
    assert dates.date_formatter.cache_info().hits == 9
    rel = dc.format.relative_time(locale="sv-SE", now=NOW)
    for value in range(NOW, NOW + 10 * DAY, DAY):
        rel(value)
    assert relative_time.relative_formatter.cache_info().misses == 1


# --- the judge: node's Intl and Python over the case tables ---------------------------------------

def node_results(cases):
    out = subprocess.run([NODE, str(RUNNER)], input=json.dumps(cases), capture_output=True, text=True,
                         check=True, encoding="utf-8")
    return json.loads(out.stdout)


@needs_node
def test_the_date_case_tables_match_node():
    cases = [c for c in expand() if c["function"] in ("date", "relative_time")]
    assert {c["function"] for c in cases} == {"date", "relative_time"}
    js = node_results(cases)
    differ = {}
    for case, expected in zip(cases, js):
        got = getattr(dc.format, case["function"])(**case["options"])(decode(case["value"]))
        if got != expected:
            differ[case["id"]] = f"js {expected!r} != py {got!r}"
    new, fixed = check([case["id"] for case in cases], differ)
    assert not new, {k: differ[k] for k in new}
    assert not fixed, f"pinned divergences that now match (unpin them): {sorted(fixed)}"


# --- CLDR 48 extras: extracted from node's Intl ---------------------------------------------------

@needs_node
def test_the_shipped_cldr_extras_give_nodes_answers_for_the_case_table_locales():
    """Each case-table locale and its parents, checked through the lookups the twin makes."""
    shipped = dates_cldr.data()
    icu = extract_icu([str(babel_locale(tag)) for tag in
                       json.loads((ROOT / "tests/cases/format/common.json").read_text("utf-8"))["locales"]])
    if icu["cldr"] != shipped["cldr"]:
        pytest.skip(f"node has CLDR {icu['cldr']}, the shipped extras CLDR {shipped['cldr']}")
    for identifier, raw in icu["locales"].items():
        for style, glue in raw["glue"].items():
            assert dates.glue_of(Locale.parse(identifier), style) == glue, (identifier, style)
        for key, phrases in raw["relative"].items():
            found = dates_cldr.lookup("relative", identifier, key) or [None]
            assert [found[min(i, len(found) - 1)] for i in range(3)] == phrases, (identifier, key)
        assert dates_cldr.numbering_system(Locale.parse(identifier)) == raw["numbering"]

