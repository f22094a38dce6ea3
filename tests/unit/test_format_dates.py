"""The date and relative_time twins: options checked at bind time, values that are not moments,
the unit rule, calendars, hour cycles, caching, and the judge's proxy: both case tables run
through node's Intl (ICU 78, CLDR 48: the same output as Chromium for these locales) and through
the twin (the CLDR snapshot, src/dashclient/_format/data), every code point compared.
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

from dashclient._format import calendars, dates, relative_time

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from format_cases import decode, expand  # noqa: E402

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

def test_formatters_are_compiled_once_per_locale_and_options(monkeypatch):
    # An action compiles its twin once, when first called (the binding layer, like the JS half).
    compiled = []
    original = dc.format.date._compile
    monkeypatch.setattr(dc.format.date, "_compile", lambda options: compiled.append(options) or original(options))
    fmt = dc.format.date(locale="sv-SE", time_style="short")
    for value in range(0, 10 * DAY, DAY):
        fmt(value)
    assert len(compiled) == 1
    # format_<fn>(value, options), called directly, keeps one compiled formatter per option set.
    dates.format_date.compiled.cache_clear()
    relative_time.format_relative_time.compiled.cache_clear()
    options = {**dc.format.date.defaults, "locale": "sv-SE", "time_style": "short"}
    for value in range(0, 10 * DAY, DAY):
        dates.format_date(value, options)
    assert dates.format_date.compiled.cache_info().misses == 1
    assert dates.format_date.compiled.cache_info().hits == 9
    options = {**dc.format.relative_time.defaults, "locale": "sv-SE", "now": NOW}
    for value in range(NOW, NOW + 10 * DAY, DAY):
        relative_time.format_relative_time(value, options)
    assert relative_time.format_relative_time.compiled.cache_info().misses == 1


def test_compile_fn_is_format_fn_for_dates_and_relative_times():
    options = {**dc.format.date.defaults, "date_style": "full", "time_style": "long", "time_zone": "Asia/Kolkata"}
    compiled = dates.compile_date(options)
    for value in (0, "2024-07-04T12:00Z", None, "x", -62135596800000):
        assert compiled(value) == dates.format_date(value, options)
    options = {**dc.format.relative_time.defaults, "now": NOW, "numeric": "auto"}
    compiled = relative_time.compile_relative_time(options)
    for value in (NOW - DAY, NOW + 3 * HOUR, "x"):
        assert compiled(value) == relative_time.format_relative_time(value, options)


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


# --- calendars and hour cycles ----------------------------------------------------------------------

@pytest.mark.parametrize("options, value, expected", [
    ({"locale": "fa-IR", "date_style": "full"}, NOW, "۱۴۰۲ دی ۱۱, دوشنبه"),  # Persian by default
    ({"locale": "th-TH", "date_style": "long"}, NOW, "1 มกราคม 2567"),  # Buddhist by default
    ({"locale": "th-TH-u-ca-gregory", "date_style": "long"}, NOW, "1 มกราคม ค.ศ. 2024"),
    ({"locale": "ja-JP-u-ca-japanese", "date_style": "full"}, "2019-05-01", "令和元年5月1日水曜日"),  # 元年
    ({"locale": "ja-JP-u-ca-japanese", "date_style": "short"}, NOW, "R6/1/1"),
    ({"locale": "en-US-u-ca-japanese", "date_style": "long"}, "1868-10-23", "October 23, 1 Meiji"),
    ({"locale": "ar-SA-u-ca-islamic-umalqura", "date_style": "long"}, NOW, "١٩ جمادى الآخرة ١٤٤٥ هـ"),
    ({"locale": "ar-SA", "date_style": "long"}, NOW, "١ يناير ٢٠٢٤"),  # Gregorian in CLDR 48
    ({"locale": "en-US-u-hc-h23", "date_style": None, "time_style": "medium"}, NOW, "00:00:00"),
    ({"locale": "en-US-u-hc-h11", "date_style": "medium", "time_style": "long"}, NOW, "Jan 1, 2024, 0:00:00 AM UTC"),
    ({"locale": "de-DE-u-hc-h12", "date_style": "long", "time_style": "short"}, NOW, "1. Januar 2024 um 12:00 AM"),
])
def test_calendars_and_hour_cycles_of_the_locale_tag(options, value, expected):
    assert dc.format.date(**options)(value) == expected


def test_a_calendar_the_twin_does_not_compute_is_refused_at_bind_time():
    with pytest.raises(ValueError, match="option 'locale'.*calendar"):
        dc.format.date(locale="zh-CN-u-ca-chinese")
    assert dc.format.number(locale="zh-CN-u-ca-chinese")(1234) == "1,234"  # numbers need no calendar


CALENDAR_SCRIPT = """
const days = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = {};
for (const cal of ["gregory", "buddhist", "japanese", "persian", "islamic-civil", "islamic-tbla", "islamic-umalqura"]) {
  const f = new Intl.DateTimeFormat(`en-u-ca-${cal}-nu-latn`, {timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric"});
  out[cal] = days.map((d) => {
    const p = Object.fromEntries(f.formatToParts(d * 86400000).map((x) => [x.type, x.value]));
    return [Number(p.year ?? p.relatedYear), Number(p.month), Number(p.day)];
  });
}
process.stdout.write(JSON.stringify(out));
"""


@needs_node
def test_every_calendar_gives_icu_s_year_month_and_day_from_year_1_to_9999():
    import random  # noqa: PLC0415

    rng = random.Random(7)
    first, last = -719162, 2932896  # 0001-01-01 and 9999-12-31
    days = sorted({rng.randint(first, last) for _ in range(3000)} | {first, last, 0, -141428, -141427}
                  | set(range(-31830, -31820)) | set(range(76800, 76810)))
    out = subprocess.run([NODE, "-e", CALENDAR_SCRIPT], input=json.dumps(days), capture_output=True, text=True,
                         check=True)
    names = {"gregory": "gregorian"}
    for calendar, rows in json.loads(out.stdout).items():
        fields_of = calendars.CALENDARS[names.get(calendar, calendar)]
        assert [(d, r) for d, r in zip(days, rows) if list(fields_of(d)[1:]) != r] == [], calendar
