"""Python values users have (Decimal, large int, datetime, date, numpy, pandas) format as the
browser formats the JSON Dash sends for them (plotly's encoder: Decimal -> float, datetime ->
isoformat(), numpy -> tolist()), and never as '' where the browser prints a value."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from plotly.utils import PlotlyJSONEncoder

import dashclient as dc
from dashclient._format.values import to_epoch_ms, to_number, wire

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "tests" / "js" / "run-format-cases.js"
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")


def sent(value):
    """What the browser receives for a Python value: Dash's JSON, decoded as JS would."""
    return json.loads(json.dumps({"v": value}, cls=PlotlyJSONEncoder))["v"]


def values_users_have() -> list:
    kolkata = timezone(timedelta(hours=5, minutes=30))
    out = [Decimal("1234.5"), Decimal("1.005"), Decimal("-0.125"), Decimal("1E+30"), 10**30, -(10**20) - 1,
           2**1024 - 2**970, datetime(2024, 1, 5, 20, 0), datetime(2024, 1, 5, 20, 0, 0, 123456, tzinfo=kolkata),
           datetime(1969, 12, 31, 23, 59, 59, tzinfo=timezone.utc), date(2024, 2, 29)]
    try:
        import numpy as np  # noqa: PLC0415
    except ImportError:
        return out
    out += [np.float64(1234.5), np.float32(0.1), np.int64(-42), np.int32(7), np.uint8(200), np.bool_(True),
            np.datetime64("2024-01-05T20:00:00"), np.datetime64("2024-01-05T20:00:00.123456789")]
    try:
        import pandas as pd  # noqa: PLC0415
    except ImportError:
        return out
    return out + [pd.Timestamp("2024-01-05T20:00:00.123456789Z"), pd.Timestamp("2024-01-05 20:00"), pd.NaT, pd.NA]


@pytest.mark.parametrize("value", values_users_have(), ids=repr)
def test_a_value_reaches_the_twin_as_dash_sends_it_to_the_browser(value):
    expected = sent(value)
    assert to_number(value) == to_number(expected)
    assert to_epoch_ms(value) == to_epoch_ms(expected)


@pytest.mark.parametrize("value, expected", [
    (Decimal("1234.5"), "$1,234.50"), (Decimal("1.005"), "$1.01"), (10**30, "$1,000,000,000,000,000,000,000,000,000,000.00"),
])
def test_decimals_and_large_ints_format_instead_of_giving_the_fallback(value, expected):
    assert dc.format.currency(fallback="?")(value) == expected


def test_an_int_beyond_the_largest_double_is_infinity_as_in_json_parse():
    assert to_number(2**1024) == math.inf
    assert to_number(-(2**1024)) == -math.inf
    assert to_number(2**1024 - 2**970) == math.inf  # halfway to 2**1024: rounds up, as JSON.parse does
    assert to_number(2**1024 - 2**970 - 1) == 1.7976931348623157e308


@pytest.mark.parametrize("value, expected", [
    (datetime(2024, 1, 5, 20, 0), "Jan 5, 2024, 8:00 PM"),  # naive: UTC, as an ISO string without offset
    (datetime(2024, 1, 5, 20, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))), "Jan 5, 2024, 2:30 PM"),
    (date(2024, 1, 5), "Jan 5, 2024, 12:00 AM"),
])
def test_datetimes_and_dates_format_as_their_iso_strings_do(value, expected):
    assert dc.format.date(date_style="medium", time_style="short")(value) == expected
    assert dc.format.date(date_style="medium", time_style="short")(value.isoformat()) == expected


def test_numpy_and_pandas_values_format():
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    assert dc.format.number(specifier=",.1f")(np.float32(0.1)) == "0.1"
    assert dc.format.number(specifier=",d")(np.int64(-1234567)) == "-1,234,567"
    assert dc.format.percent()(np.float64(0.25)) == "25%"
    assert dc.format.date(time_style="short")(pd.Timestamp("2024-01-05 20:00")) == "Jan 5, 2024, 8:00 PM"
    assert dc.format.date(fallback="—")(pd.NaT) == "—"
    assert dc.format.currency(fallback="—")(np.bool_(True)) == "—"  # JSON true: not a number, in JS either


@needs_node
def test_the_js_side_formats_what_dash_sends_as_the_twin_formats_the_python_value():
    """The judge: node's JS formatters on the JSON Dash sends, the twin on the Python value."""
    cases = []
    for value in values_users_have():
        for function, options in (("currency", {}), ("number", {"specifier": ",.3f"}),
                                  ("date", {"date_style": "full", "time_style": "long", "time_zone": "Asia/Kolkata"}),
                                  ("relative_time", {"now": 1704067200000})):
            cases.append({"function": function, "options": options, "value": sent(value), "python": value})
    out = subprocess.run([NODE, str(RUNNER)], input=json.dumps([{k: c[k] for k in ("function", "options", "value")}
                                                                 for c in cases]),
                         capture_output=True, text=True, check=True, cwd=ROOT, encoding="utf-8")
    js = json.loads(out.stdout)
    python = [getattr(dc.format, c["function"])(**c["options"])(c["python"]) for c in cases]
    assert [(c["function"], repr(c["python"]), j, p) for c, j, p in zip(cases, js, python) if j != p] == []
    assert sum(1 for j in js if j) > len(cases) // 2  # most of them print a value, not the fallback


def test_wire_leaves_json_values_alone():
    for value in (1.5, 3, "x", None, True):
        assert wire(value) is value
