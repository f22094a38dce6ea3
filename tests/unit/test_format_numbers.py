"""The numeric formatters' Python twins: number, currency, percent, compact, bytes.

Option validation at bind time, values that are not numbers, the edge values (±Infinity, -0,
1e21, 1e-7), caching, the Intl-like number layer (symbols, patterns, rounding, plurals), and the
judge: the whole numeric case table run through node's Intl (CLDR 48, the same output as
Chromium's) and through Python (Babel, CLDR 47 + numbers_cldr48.json), every code point compared.

``python -m scripts.cldr48.numbers`` (scripts/cldr48/numbers.py) regenerates the narrow currency
symbols of src/dashclient/_format/numbers_cldr48.json from node.
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
from dashclient._format import cldr_patch, compact as compact_module, currency as currency_module
from dashclient._format import d3_locale, intl_numbers, symbols as symbols_module
from dashclient._format.intl_numbers import (Grouping, group_digits, parse_pattern, plural_category,
                                             round_fraction, strip_fraction)

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
    ("currency", {"currency": "CHF", "locale": "de-CH"}, -1234.5, "CHF-1’234.50"),  # explicit negative
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

def test_rounding_is_half_away_from_zero_on_the_shortest_decimal():
    assert round_fraction(intl_numbers.decimal_of(2.5), 0) == 3
    assert round_fraction(intl_numbers.decimal_of(1.005), 2) == Decimal("1.01")
    assert round_fraction(intl_numbers.decimal_of(1.5e22), 20) == Decimal("15000000000000000000000")


def test_trailing_fraction_zeros_are_dropped_down_to_the_minimum():
    assert str(strip_fraction(Decimal("1.500"), 0)) == "1.5"
    assert str(strip_fraction(Decimal("1.500"), 2)) == "1.50"
    assert str(strip_fraction(Decimal("0.000"), 0)) == "0"
    assert str(strip_fraction(Decimal("1.5"), 3)) == "1.500"


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


def test_symbols_are_intl_s_not_babel_s_ascii_defaults():
    ar = symbols_module.symbols("ar-EG")
    assert (ar.digits[:3], ar.decimal, ar.group, ar.minus) == ("٠١٢", "٫", "٬", "\u061c-")
    assert symbols_module.symbols("sv-SE").minus == "\u2212"
    assert symbols_module.symbols("es-ES").min_grouping == 2
    assert symbols_module.symbols("es-MX").min_grouping == 1
    assert symbols_module.symbols("pt-PT").min_grouping == 2


def test_plural_operand_i_keeps_18_digits_as_icu():
    assert plural_category("fr-FR", Decimal(10**21)) == "one"  # i = 0
    assert plural_category("fr-FR", Decimal(2 * 10**6)) == "many"
    assert plural_category("en-US", Decimal("1.00")) == "other"
    assert plural_category("en-US", None) == "other"


def test_d3_definitions_carry_the_sign_without_bidi_marks():
    definition = d3_locale.definition("ar-EG", "USD")
    assert definition["minus"] == "-" and definition["percent"] == "٪"
    assert definition["numerals"][1] == "١"
    # d3 cycles through its grouping list, so Indian grouping spells out every secondary group.
    assert d3_locale.definition("en-IN", "INR")["grouping"] == [3] + [2] * d3_locale.SECONDARY_GROUPS
    assert d3_locale.definition("de-DE", "EUR")["currency"] == ["", "\u00a0€"]


def test_indian_grouping_holds_for_every_digit_of_a_large_number():
    assert dc.format.number(locale="en-IN", specifier=",d")(123456789012345) == "12,34,56,78,90,12,345"


def test_narrow_symbols_fall_back_to_the_standard_symbol():
    assert currency_module.currency_text("en-US", "EUR", "narrowSymbol") == "€"
    assert currency_module.currency_text("ar-EG", "USD", "narrowSymbol") == "US$"  # ar's own
    assert currency_module.currency_text("en-US", "CHF", "narrowSymbol") == "CHF"  # none in CLDR


def test_work_is_cached_per_locale_and_options():
    symbols_module.symbols.cache_clear()
    intl_numbers.locale_pattern.cache_clear()
    compact_module.compact_data.cache_clear()
    price = fmt("currency", currency="EUR", locale="de-DE")
    short = fmt("compact", locale="de-DE")
    for value in range(50):
        price(value)
        short(value * 1000)
    assert symbols_module.symbols.cache_info().misses == 1
    assert intl_numbers.locale_pattern.cache_info().misses == 2  # currency, decimal
    assert compact_module.compact_data.cache_info().misses == 1
    assert cldr_patch.data.cache_info().currsize == 1


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
def test_the_minimum_grouping_digits_table_matches_intl_for_every_babel_locale():
    from babel.localedata import locale_identifiers

    tags = [i.replace("_", "-") for i in locale_identifiers() if not i.endswith("POSIX")]
    out = subprocess.run([NODE, "-e", MIN_GROUPING_SCRIPT], input=json.dumps(tags), capture_output=True,
                         text=True, check=True)
    measured = json.loads(out.stdout)
    assert len(measured) > 800
    assert {t: n for t, n in measured.items() if symbols_module.symbols(t).min_grouping != n} == {}

