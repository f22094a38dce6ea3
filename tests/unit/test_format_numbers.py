"""The numeric formatters' Python twins: number, currency, percent, compact, bytes.

Option validation at bind time, values that are not numbers, the edge values (±Infinity, -0,
1e21, 1e-7), caching, the Intl-like number layer (symbols, patterns, rounding, plurals), and the
judge's proxy: the whole numeric case table run through node's Intl (ICU 78, CLDR 48: the same
output as Chromium's for these locales) and through the twin (the CLDR snapshot), every code point
compared. ``python -m scripts.cldr.build`` rebuilds the snapshot (src/dashclient/_format/data).
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import dashclient as dc
from format_divergences import check  # the one pinned list, shared with the browser test
from dashclient._format import compact as compact_module, currency as currency_module, d3_locale, locale_data
from dashclient._format import plurals, symbols as symbols_module
from dashclient._format.intl_numbers import group_digits, round_digits, shortest_digits
from dashclient._format.pattern import Grouping, parse_pattern

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from format_cases import decode, expand  # noqa: E402

NUMERIC = ("number", "currency", "percent", "compact", "bytes")
RUNNER = ROOT / "tests" / "js" / "run-format-cases.js"
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")


NOT_NUMBERS = [None, "", " ", math.nan, "abc", "12abc", "1,234", "0x10", True, False, {}, {"a": 1}, [], [1, 2],
               (1,), object(), b"1"]


def fmt(name, **options):
    return getattr(dc.format, name)(**options)


# --- options are checked when bound ------------------------------------------------------------

@pytest.mark.parametrize("name, options, option", [
    ("currency", {"currency": "EURO"}, "currency"),
    ("currency", {"currency": 978}, "currency"),
    ("currency", {"display": "long"}, "display"),
    ("currency", {"display": "narrow"}, "display"),
    ("currency", {"digits": 21}, "digits"),
    ("currency", {"digits": -1}, "digits"),
    ("currency", {"digits": 1.5}, "digits"),
    ("currency", {"digits": True}, "digits"),
    ("currency", {"locale": "de_DE"}, "locale"),
    ("currency", {"locale": "xx-ZZ-not"}, "locale"),
    ("currency", {"fallback": None}, "fallback"),
    ("percent", {"digits": None}, "digits"),
    ("percent", {"digits": 100}, "digits"),
    ("percent", {"locale": ""}, "locale"),
    ("compact", {"display": "medium"}, "display"),
    ("compact", {"locale": 12}, "locale"),
    ("bytes", {"units": "iec"}, "units"),
    ("bytes", {"digits": "1"}, "digits"),
    ("bytes", {"digits": 21}, "digits"),
    ("bytes", {"fallback": 0}, "fallback"),
])
def test_a_bad_option_raises_value_error_naming_it(name, options, option):
    with pytest.raises(ValueError, match=f"dc.format.{name}: option '{option}'"):
        fmt(name, **options)


@pytest.mark.parametrize("name", NUMERIC)
def test_an_unknown_option_raises_value_error_naming_it(name):
    with pytest.raises(ValueError, match="unknown option 'colour'"):
        fmt(name, colour="red")


def test_a_currency_code_is_normalised_to_upper_case_and_bound_as_such():
    action = fmt("currency", currency="eur")
    assert action.options["currency"] == "EUR"
    assert action.function_name == 'currency:{"currency":"EUR"}'


def test_default_options_bind_the_plain_function_name():
    assert fmt("bytes").function_name == "bytes"
    assert fmt("currency", digits=None, display="symbol").function_name == "currency"
    assert fmt("percent", digits=1).function_name == 'percent:{"digits":1}'


# --- values --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", NUMERIC)
@pytest.mark.parametrize("value", NOT_NUMBERS, ids=repr)
def test_a_value_that_is_not_a_number_gives_the_fallback(name, value):
    assert fmt(name)(value) == ""
    assert fmt(name, fallback="—")(value) == "—"


@pytest.mark.parametrize("name, expected", [
    ("number", ["∞", "-∞", "0", "1e+21", "1e-7", "-1e-7", "1,000", "42"]),
    ("currency", ["$∞", "-$∞", "-$0.00", "$1,000,000,000,000,000,000,000.00", "$0.00", "-$0.00", "$1,000.00",
                  "$42.00"]),
    ("percent", ["∞%", "-∞%", "-0%", "100,000,000,000,000,000,000,000%", "0%", "-0%", "100,000%", "4,200%"]),
    ("compact", ["∞", "-∞", "-0", "1,000,000,000T", "0.0000001", "-0.0000001", "1K", "42"]),
    ("bytes", ["∞ PB", "-∞ PB", "-0 byte", "1,000,000 PB", "0 byte", "-0 byte", "1 kB", "42 byte"]),
])
def test_edge_values_format_as_intl_writes_them(name, expected):
    values = [math.inf, -math.inf, -0.0, 1e21, 1e-7, -1e-7, "1e3", " 42 "]
    assert [fmt(name)(value) for value in values] == expected


def test_infinity_takes_the_locale_and_the_functions_own_pattern():
    assert fmt("currency", locale="de-DE")(math.inf) == "∞\u00a0$"
    assert fmt("percent", locale="de-DE")(-math.inf) == "-∞\u00a0%"
    assert fmt("number", locale="sv-SE")(-math.inf) == "\u2212∞"
    assert fmt("bytes", units="binary")(math.inf) == "∞ PiB"


def test_python_ints_of_any_size_and_numeric_strings_format():
    assert fmt("currency")(10**30) == "$1,000,000,000,000,000,000,000,000,000,000.00"
    assert fmt("currency")("-1234.5") == "-$1,234.50"
    assert fmt("percent")(".5") == "50%"


# --- well-known strings --------------------------------------------------------------------------

@pytest.mark.parametrize("name, options, value, expected", [
    ("currency", {}, 1234.5, "$1,234.50"),
    ("currency", {"currency": "EUR", "locale": "de-DE"}, 1234.5, "1.234,50\u00a0€"),
    ("currency", {"currency": "EUR", "locale": "es-ES"}, 1234.5, "1234,50\u00a0€"),  # min grouping 2
    ("currency", {"currency": "EUR", "locale": "es-ES"}, 12345, "12.345,00\u00a0€"),
    ("currency", {"currency": "JPY", "locale": "ja-JP"}, 1234.5, "￥1,235"),
    ("currency", {"currency": "JPY", "display": "code"}, 1234.5, "JPY\u00a01,235"),  # currency spacing
    ("currency", {"display": "name"}, 1, "1.00 US dollars"),  # plural of "1.00" is "other"
    ("currency", {"display": "name", "digits": 0}, 1, "1 US dollar"),
    ("currency", {"currency": "INR", "locale": "hi-IN"}, 1234567, "₹12,34,567.00"),
    ("currency", {"currency": "USD", "locale": "ar-EG"}, -1, "\u061c-\u200f١٫٠٠\u00a0US$"),
    ("currency", {"currency": "CHF", "locale": "de-CH"}, -1234.5, "CHF-1'234.50"),  # explicit negative; CLDR 48 "'"
    ("currency", {"currency": "CAD", "display": "narrowSymbol"}, 5, "$5.00"),
    ("currency", {"digits": 2}, 1.005, "$1.01"),  # half-expand on the shortest decimal, as ICU
    ("currency", {"currency": "INR", "display": "name", "locale": "fr-FR", "digits": 0}, 2e21,
     "2\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000 roupie indienne"),  # ICU's i operand
    ("percent", {}, 0.125, "13%"),
    ("percent", {"digits": 2}, 0.07, "7.00%"),
    ("percent", {"locale": "ar-EG"}, 0.25, "٢٥٪\u061c"),
    ("percent", {"locale": "sv-SE"}, -0.25, "\u221225\u00a0%"),
    ("compact", {}, 123456, "123K"),
    ("compact", {}, 999999.5, "1M"),
    ("compact", {"locale": "de-DE"}, 1234, "1234"),
    ("compact", {"locale": "de-DE"}, 12345, "12.345"),
    ("compact", {"locale": "fr-FR", "display": "long"}, 1000, "mille"),
    ("compact", {"locale": "fr-FR", "display": "long"}, 1500, "1,5 millier"),  # "one": i = 1
    ("compact", {"locale": "fr-FR", "display": "long"}, 2500, "2,5 mille"),
    ("compact", {"locale": "en-IN", "display": "long"}, 1234567, "12\u202flakh"),
    ("compact", {"locale": "ja-JP", "display": "long"}, 1234567, "123万"),  # no long data: short
    ("bytes", {}, 999999, "1 MB"),
    ("bytes", {"units": "binary"}, 1023, "1,023 byte"),
    ("bytes", {"units": "binary", "digits": 0}, 1023.6, "1 KiB"),
    ("bytes", {"units": "binary", "locale": "fr-FR"}, 1536, "1,5 KiB"),
    ("bytes", {"locale": "fr-FR"}, 1500, "1,5\u202fko"),
    ("bytes", {"locale": "pt-BR"}, 1, "1 bytes"),
    ("number", {"specifier": ",.2f", "locale": "de-DE"}, 1234.5, "1.234,50"),
    ("number", {"specifier": "$,.2f", "currency": "EUR", "locale": "fr-FR"}, 1234.5, "1\u202f234,50\u00a0€"),
    ("number", {"specifier": ",.1f", "locale": "ar-EG"}, -1234.5, "-١٬٢٣٤٫٥"),
])
def test_well_known_strings(name, options, value, expected):
    assert fmt(name, **options)(value) == expected


# --- the Intl-like layer -------------------------------------------------------------------------

def locale(tag):
    return locale_data.required(tag)


def test_rounding_is_half_away_from_zero_on_the_shortest_decimal():
    assert round_digits(2.5, 0, 0) == ("3", "")
    assert round_digits(1.005, 2, 2) == ("1", "01")  # 1.005 is 1.00499999999999989... in binary
    assert round_digits(1.5e22, 0, 20) == ("15000000000000000000000", "")
    assert round_digits(0.07, 2, 2, scale=2) == ("7", "00")  # the percent scale is exact
    assert round_digits(999.5, 0, 0) == ("1000", "")


def test_trailing_fraction_zeros_are_dropped_down_to_the_minimum():
    assert round_digits(1.5, 0, 3) == ("1", "5")
    assert round_digits(1.5, 2, 3) == ("1", "50")
    assert round_digits(0.0001, 0, 3) == ("0", "")
    assert round_digits(1.5, 3, 3) == ("1", "500")


def test_shortest_digits_read_a_double_as_ICU_does():
    assert shortest_digits(1234.5) == ("12345", -1)
    assert shortest_digits(1e-7) == ("1", -7)
    assert shortest_digits(1.5e22) == ("15", 21)
    assert shortest_digits(0.0) == ("0", 0)
    assert shortest_digits(2.0**70) == ("11805916207174113", 5)  # ICU writes 1180591620717411300000


@pytest.mark.parametrize("digits, grouping, expected", [
    ("1234", Grouping(3, 3, 1), "1,234"),
    ("1234", Grouping(3, 3, 2), "1234"),
    ("12345", Grouping(3, 3, 2), "12,345"),
    ("1234567", Grouping(3, 2, 1), "12,34,567"),
    ("1234567", Grouping(0, 0, 1), "1234567"),
])
def test_grouping_follows_icu(digits, grouping, expected):
    assert group_digits(digits, grouping, ",") == expected


def test_a_pattern_keeps_quoted_text_and_its_negative_subpattern():
    pattern = parse_pattern("0 Mio'.'")
    assert pattern.positive == ((), (("text", " Mio."),))
    negative = parse_pattern("¤#,##0.00;¤-#,##0.00")
    assert negative.negative == ((("sym", "¤"), ("sym", "-")), ())
    assert (negative.primary, negative.min_frac, negative.max_frac) == (3, 2, 2)


def test_symbols_are_the_locale_s_for_its_numbering_system():
    ar = symbols_module.symbols(locale("ar-EG"))
    assert (ar.digits[:3], ar.decimal, ar.group, ar.minus) == ("٠١٢", "٫", "٬", "\u061c-")
    assert symbols_module.symbols(locale("sv-SE")).minus == "\u2212"
    assert symbols_module.symbols(locale("es-ES")).min_grouping == 2
    assert symbols_module.symbols(locale("es-MX")).min_grouping == 1
    assert symbols_module.symbols(locale("pt-PT")).min_grouping == 2
    assert symbols_module.symbols(locale("de-AT")).currency_group == "."  # money groups with "."


def test_a_unicode_numbering_extension_changes_digits_and_root_symbols():
    assert dc.format.percent(locale="de-DE-u-nu-arab")(0.5) == "٥٠٪\u061c"  # root's arab "#,##0%"
    assert dc.format.currency(currency="EUR", locale="en-US-u-nu-arab")(1234.5) == "١٬٢٣٤٫٥٠\u00a0€"
    assert dc.format.number(specifier=",.1f", locale="hi-IN-u-nu-deva")(1234.5) == "१,२३४.५"
    assert dc.format.currency(locale="ar-EG-u-nu-latn")(1) == "\u200f1.00\u00a0US$"


def test_plural_rules_select_as_icu_does():
    assert plurals.category("fr", Decimal(10**21)) == "one"  # ICU keeps 18 digits of i: i = 0
    assert plurals.category("fr", Decimal(2 * 10**6)) == "many"
    assert plurals.category("en", Decimal("1.00")) == "other"  # visible fraction digits count
    assert plurals.category("en", Decimal("1")) == "one"
    assert plurals.category("en", None) == "other"  # infinity
    assert plurals.category("pt-AO", Decimal("0")) == "one"  # found by truncation: pt's rules
    assert plurals.category("pt-PT", Decimal("0")) == "other"
    assert plurals.category("ar", Decimal("103")) == "few"
    assert plurals.category("ru", Decimal("21")) == "one"


def test_d3_definitions_carry_the_sign_without_bidi_marks():
    definition = d3_locale.definition(locale("ar-EG"), "USD")
    assert definition["minus"] == "-" and definition["percent"] == "٪"
    assert definition["numerals"][1] == "١"
    # d3 cycles through its grouping list, so Indian grouping spells out every secondary group.
    assert d3_locale.definition(locale("en-IN"), "INR")["grouping"] == [3] + [2] * d3_locale.SECONDARY_GROUPS
    assert d3_locale.definition(locale("de-DE"), "EUR")["currency"] == ["", "\u00a0€"]


def test_indian_grouping_holds_for_every_digit_of_a_large_number():
    assert dc.format.number(locale="en-IN", specifier=",d")(123456789012345) == "12,34,56,78,90,12,345"


def test_narrow_symbols_fall_back_to_the_standard_symbol():
    assert currency_module.currency_text(locale("en-US"), "EUR", "narrowSymbol") == "€"
    assert currency_module.currency_text(locale("ar-EG"), "USD", "narrowSymbol") == "US$"  # ar's own
    assert currency_module.currency_text(locale("en-US"), "CHF", "narrowSymbol") == "CHF"  # none in CLDR


def test_a_currency_s_own_format_is_the_one_icu_uses():
    """CLDR's <currency><pattern|decimal|group>: that of the currency formatted, else that of the
    tag's region's currency, which ICU sets first and keeps (en-DE writes dollars like euros)."""
    assert dc.format.currency(currency="EUR", locale="en-150")(-1234.5) == "-€1,234.50"
    assert dc.format.currency(currency="USD", locale="en-150")(-1234.5) == "-1,234.50\u00a0US$"
    assert dc.format.currency(currency="USD", locale="en-DE")(-1234.5) == "-US$1,234.50"
    assert dc.format.currency(currency="USD", locale="pt-CV")(-1234567.5) == "-1\u00a0234\u00a0567$50\u00a0US$"


def test_work_is_compiled_once_per_binding(monkeypatch):
    locale_data.clear_caches()
    compiled = []
    for name in ("currency", "compact"):
        factory = getattr(dc.format, name)
        monkeypatch.setattr(factory, "_compile", lambda options, original=factory._compile: compiled.append(options) or original(options))
    price = fmt("currency", currency="EUR", locale="de-DE")
    short = fmt("compact", locale="de-DE")
    for value in range(50):
        price(value)
        short(value * 1000)
    assert symbols_module.symbols.cache_info().misses == 1
    assert compact_module.compact_data.cache_info().misses == 1
    assert len(compiled) == 2  # one compiled twin per action, whatever the number of values


@pytest.mark.parametrize("name, options", [
    ("number", {"specifier": "$,.2f", "currency": "EUR", "locale": "fr-FR"}),
    ("currency", {"currency": "JPY", "display": "name", "locale": "ja-JP", "digits": None}),
    ("percent", {"digits": 1, "locale": "ar-EG"}),
    ("compact", {"display": "long", "locale": "en-IN"}),
    ("bytes", {"units": "binary", "digits": 2, "locale": "fr-FR"}),
])
def test_compile_fn_options_of_value_is_format_fn_value_options(name, options):
    module = {"number": "number", "currency": "currency", "percent": "percent", "compact": "compact",
              "bytes": "bytes"}[name]
    twin = __import__(f"dashclient._format.{module}", fromlist=["_"])
    full = {**dc.format.__dict__[name].defaults, **options}
    compiled = getattr(twin, f"compile_{name}")(full)
    for value in (1234.5, -0.0, math.inf, "12", None, "abc", 1e21):
        assert compiled(value) == getattr(twin, f"format_{name}")(value, full)


# --- parity with Intl ---------------------------------------------------------------------------

def run_node(cases: list[dict]) -> list:
    out = subprocess.run([NODE, str(RUNNER)], input=json.dumps(cases), capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout)


@needs_node
def test_the_numeric_case_table_matches_node():
    cases = [case for case in expand() if case["function"] in NUMERIC]
    assert len(cases) >= 4000
    js = run_node(cases)
    mismatched = {}
    for case, expected in zip(cases, js):
        got = fmt(case["function"], **case["options"])(decode(case["value"]))
        if got != expected:
            mismatched[case["id"]] = (expected, got)
    assert not [case for case in cases if isinstance(js[cases.index(case)], dict)], "node raised"
    new, fixed = check([case["id"] for case in cases], mismatched)
    assert not new, {k: mismatched[k] for k in new}
    assert not fixed, f"pinned divergences that now match (unpin them): {sorted(fixed)}"


@needs_node
def test_narrow_symbols_match_intl_in_the_table_locales():
    common = json.loads((ROOT / "tests" / "cases" / "format" / "common.json").read_text("utf-8"))
    codes = ["USD", "EUR", "JPY", "INR", "GBP", "CNY", "CAD", "AUD", "CHF", "BRL", "MXN", "KRW", "RUB", "SEK",
             "TWD", "HKD", "EGP", "SAR"]
    cases = [{"function": "currency", "options": {"currency": code, "display": "narrowSymbol", "locale": locale},
              "value": 1} for locale in common["locales"] for code in codes]
    js = run_node(cases)
    py = [fmt("currency", **case["options"])(1) for case in cases]
    assert [(c["options"], j) for c, j, p in zip(cases, js, py) if j != p] == []


MIN_GROUPING_SCRIPT = """
const tags = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = {};
for (const tag of tags) {
  if (new Intl.NumberFormat(tag).resolvedOptions().locale !== tag) continue;
  const auto = new Intl.NumberFormat(tag), always = new Intl.NumberFormat(tag, { useGrouping: "always" });
  out[tag] = [1234, 12345].filter((n) => auto.format(n) !== always.format(n)).length + 1;
}
process.stdout.write(JSON.stringify(out));
"""


@needs_node
def test_minimum_grouping_digits_match_intl_for_every_locale_the_browser_holds_data_for():
    tags = [tag for tag in locale_data.supplemental()["locales"]
            if tag != "und" and locale_data.locale(tag) is not None and locale_data.locale(tag).id == tag
            and tag not in locale_data.missing("numbers")]
    out = subprocess.run([NODE, "-e", MIN_GROUPING_SCRIPT], input=json.dumps(tags), capture_output=True,
                         text=True, check=True)
    measured = json.loads(out.stdout)
    assert len(measured) > 300
    assert {t: n for t, n in measured.items() if symbols_module.symbols(locale(t)).min_grouping != n} == {}
