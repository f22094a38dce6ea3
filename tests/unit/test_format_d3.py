"""d3-format's specifier grammar in Python (``dashclient._format.d3``), one sentence of the spec per test.

The last test is the judge: it runs d3-format itself in node (tests/js/d3-grid.js) over a grid of
specifiers x values x locale definitions and requires every string to match.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from dashclient._format import js_number as js
from dashclient._format.d3 import Specifier, format_with, parse_specifier

ROOT = Path(__file__).resolve().parents[2]
GRID_SCRIPT = ROOT / "tests" / "js" / "d3-grid.js"

EN = {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["$", ""], "numerals": None,
      "percent": "%", "minus": "-", "nan": "NaN"}
DE = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", "\u00a0€"], "numerals": None,
      "percent": "\u00a0%", "minus": "-", "nan": "NaN"}
# Arabic-Indic digits and separators, with en-IN's [3, 2] grouping.
AR = {"decimal": "٫", "thousands": "٬", "grouping": [3, 2], "currency": ["", "\u00a0ج.م.\u200f"],
      "numerals": list("٠١٢٣٤٥٦٧٨٩"), "percent": "٪\u061c", "minus": "\u061c-", "nan": "ليس رقمًا"}
# d3's own default locale: everything it leaves out takes d3's defaults (minus "−", decimal ".").
D3_DEFAULT = {"thousands": ",", "grouping": [3], "currency": ["$", ""]}


# --- the grammar -------------------------------------------------------------------------------

def test_every_field_of_the_grammar_is_read():
    assert parse_specifier("*^+$010,.2~f") == Specifier(
        fill="*", align="^", sign="+", symbol="$", zero=True, width=10, comma=True, precision=2,
        trim=True, type="f")


def test_an_empty_specifier_is_valid_and_has_every_default():
    assert parse_specifier("") == Specifier()
    assert parse_specifier("") == Specifier(" ", ">", "-", "", False, None, False, None, False, "")


def test_any_character_before_an_align_is_the_fill():
    assert parse_specifier("x^10").fill == "x"
    assert parse_specifier("<<").fill == "<"
    assert parse_specifier("0>8d") == Specifier(fill="0", align=">", width=8, type="d")


def test_a_zero_before_the_width_asks_for_zero_fill():
    assert parse_specifier("08d") == Specifier(zero=True, width=8, type="d")
    assert parse_specifier("00d") == Specifier(zero=True, width=0, type="d")


@pytest.mark.parametrize("specifier", [
    "abc", "%%", ",,", "1.2.3f", "$$", "$#", "++f", "+-f", ".f", "f ", "~~", ".2.f", "*10", "10*",
    ",.2f,", "\n>8", "😀>8", "#%%",
])
def test_a_specifier_d3_rejects_raises_value_error(specifier):
    with pytest.raises(ValueError, match="is not a valid d3-format specifier"):
        parse_specifier(specifier)


@pytest.mark.parametrize("specifier", [".2q", "a", "E", "F", "G", "D", ",.2i", "\u212a"])
def test_an_unknown_type_letter_is_rejected_though_d3_would_ignore_it(specifier):
    with pytest.raises(ValueError):
        parse_specifier(specifier)


def test_the_error_message_reads_after_option_specifier():
    with pytest.raises(ValueError) as error:
        parse_specifier(".2q")
    assert str(error.value) == "'.2q' is not a valid d3-format specifier"


def test_a_non_string_specifier_raises_value_error():
    with pytest.raises(ValueError):
        parse_specifier(None)


def test_a_fill_is_one_utf16_unit_as_in_javascript():
    assert parse_specifier("é>8").fill == "é"
    with pytest.raises(ValueError):
        parse_specifier("\U0001f600>8")


def test_parsing_is_cached():
    assert parse_specifier(",.2f") is parse_specifier(",.2f")


# --- JavaScript number conversions ---------------------------------------------------------------

def test_to_fixed_rounds_an_exact_tie_up_and_the_rest_by_the_exact_binary_value():
    assert js.to_fixed(2.5, 0) == "3"
    assert js.to_fixed(0.125, 2) == "0.13"
    assert js.to_fixed(1.005, 2) == "1.00"  # 1.005 is 1.00499999999999989... in binary
    assert js.to_fixed(-0.001, 2) == "-0.00"
    assert js.to_fixed(-0.0, 2) == "0.00"


def test_to_fixed_writes_string_of_x_from_1e21_up():
    assert js.to_fixed(1e21, 2) == "1e+21"
    assert js.to_fixed(1.5e22, 0) == "1.5e+22"
    assert js.to_fixed(123456789012345680000.0, 1) == "123456789012345683968.0"


def test_string_of_x_is_plain_from_1e_minus_6_up_to_1e21():
    assert [js.to_string(x) for x in (1e21, 1e20, 1e-6, 1e-7, 1.5e-7, 123.0, -0.0, 2**53 + 2.0)] == [
        "1e+21", "100000000000000000000", "0.000001", "1e-7", "1.5e-7", "123", "0", "9007199254740994"]


def test_to_precision_uses_exponent_form_when_the_exponent_reaches_the_precision():
    assert js.to_precision(123456.0, 3) == "1.23e+5"
    assert js.to_precision(123.0, 3) == "123"
    assert js.to_precision(0.00000123, 2) == "0.0000012"
    assert js.to_precision(0.000000123, 2) == "1.2e-7"
    assert js.to_precision(0.0, 3) == "0.00"
    assert js.to_precision(2.5, 1) == "3"


def test_to_exponential_without_digits_writes_the_shortest_digits():
    assert js.to_exponential(1234.5) == "1.2345e+3"
    assert js.to_exponential(0.0) == "0e+0"
    assert js.to_exponential(0.0, 2) == "0.00e+0"
    assert js.to_exponential(1.25, 1) == "1.3e+0"


def test_math_round_takes_a_half_up_without_double_rounding():
    assert js.math_round(0.49999999999999994) == 0
    assert js.math_round(2.5) == 3
    assert js.math_round(-2.5) == -2
    assert math.copysign(1, js.math_round(-0.3)) == -1


def test_radix_strings_are_exact_for_large_integers():
    assert js.to_radix(1e21, 16) == "3635c9adc5dea00000"
    assert js.to_radix(255.0, 2) == "11111111"


# --- formatting ---------------------------------------------------------------------------------

def test_comma_groups_thousands_with_the_locale_separator():
    assert format_with(",", EN, 1234567.891) == "1,234,567.891"
    assert format_with(",", DE, 1234567.891) == "1.234.567,891"


def test_group_sizes_cycle_through_the_grouping_list():
    # d3 starts the list over (it does not repeat the last size): en-IN spells [3, 2, 2, 2, ...].
    assert format_with(",.0f", {**EN, "grouping": [3, 2]}, 123456789012.0) == "12,34,567,89,012"
    assert format_with(",.0f", {**EN, "grouping": [3] + [2] * 9}, 123456789012.0) == "1,23,45,67,89,012"


def test_no_type_means_twelve_significant_digits_trimmed():
    assert format_with("", EN, 0.1 + 0.2) == "0.3"
    assert format_with("", EN, 1e-7) == "1e-7"
    assert format_with(".2", EN, 1234.5) == "1.2e+3"


def test_fixed_rounds_ties_away_from_zero_like_to_fixed():
    assert format_with(".0f", EN, 2.5) == "3"
    assert format_with(".0f", EN, -2.5) == "-3"
    assert format_with(".2f", EN, 1.005) == "1.00"


def test_the_locale_minus_marks_negatives():
    assert format_with(",.2f", EN, -1234.5) == "-1,234.50"
    assert format_with(".1f", AR, -1.5) == "\u061c-١٫٥"


def test_a_negative_that_rounds_to_zero_loses_its_sign_unless_plus_is_asked():
    assert format_with(".1f", EN, -0.01) == "0.0"
    assert format_with("+.1f", EN, -0.01) == "-0.0"
    assert format_with("d", EN, -0.4) == "0"


def test_negative_zero_formats_as_zero_unless_plus_is_asked():
    assert format_with(",.2f", EN, -0.0) == "0.00"
    assert format_with("+d", EN, -0.0) == "-0"
    assert format_with("+d", EN, 0.0) == "+0"


def test_parentheses_wrap_negatives_and_space_pads_positives():
    assert format_with("(,.2f", EN, -1234.5) == "(1,234.50)"
    assert format_with("(,.2f", EN, 1234.5) == "1,234.50"
    assert format_with(" .1f", EN, 1.0) == " 1.0"


def test_currency_affixes_come_from_the_locale():
    assert format_with("$,.2f", EN, -1234.5) == "-$1,234.50"
    assert format_with("$,.2f", DE, 1234.5) == "1.234,50\u00a0€"


def test_alternate_form_prefixes_binary_octal_and_hex():
    assert [format_with(s, EN, 255.0) for s in ("#b", "#o", "#x", "#X", "x", "#d")] == [
        "0b11111111", "0o377", "0xff", "0xFF", "ff", "255"]


def test_zero_fill_pads_after_the_sign_and_groups_the_padding():
    assert format_with("08.2f", EN, -1.5) == "-0001.50"
    assert format_with("012,.2f", EN, 1234.5) == "0,001,234.50"
    assert format_with("0=8d", EN, -42.0) == "-0000042"


def test_fill_and_align_place_the_padding():
    assert [format_with(s, EN, -42.0) for s in ("*<8d", "*>8d", "*^8d", "*=8d")] == [
        "-42*****", "*****-42", "**-42***", "-*****42"]


def test_the_width_counts_utf16_units_like_javascript():
    astral = {**EN, "currency": ["\U0001d7d9", ""]}
    assert format_with("$6d", astral, 1.0) == "   \U0001d7d91"


def test_si_type_picks_the_prefix_from_the_exponent():
    assert format_with("~s", EN, 1500.0) == "1.5k"
    assert format_with(".3s", EN, 0.000123) == "123µ"
    assert format_with("s", EN, 0.0) == "0.00000"
    assert format_with("~s", EN, 1e30) == "1000000Y"
    assert format_with(".3s", EN, 1.5e-27) == "0.0015y"


def test_percent_multiplies_by_a_hundred_and_adds_the_locale_sign():
    assert format_with(".1%", EN, 0.123) == "12.3%"
    assert format_with(".1%", AR, 0.123) == "١٢٫٣٪\u061c"
    assert format_with(".2p", DE, 0.00123) == "0,12\u00a0%"


def test_numerals_replace_every_ascii_digit_in_the_output():
    assert format_with(",.2f", AR, 1234567.891) == "١٢٬٣٤٬٥٦٧٫٨٩"
    assert format_with("0>6d", AR, 7.0) == "٠٠٠٠٠٧"


def test_large_values_are_written_in_full_for_d_and_with_an_exponent_for_f():
    assert format_with(",d", EN, 1.5e22) == "15,000,000,000,000,000,000,000"
    assert format_with("f", EN, 1e21) == "1e+21"
    assert format_with(",d", EN, 123456789012345680000.0) == "123,456,789,012,345,680,000"


def test_the_character_type_writes_string_of_the_value():
    assert format_with("c", EN, -1.5) == "-1.5"
    assert format_with("*^6c", EN, 1e21) == "1e+21*"


def test_n_is_comma_g():
    assert format_with("n", EN, 1234567.0) == "1.23457e+6"
    assert format_with(".7n", EN, 1234567.0) == "1,234,567"


def test_trim_drops_insignificant_zeros():
    assert format_with(".3~f", EN, 1.5) == "1.5"
    assert format_with("~e", EN, 1500.0) == "1.5e+3"
    assert format_with(".2~%", EN, 0.5) == "50%"


def test_precision_is_clamped_to_d3s_range():
    assert format_with(".30f", EN, 0.1) == "0.10000000000000000555"
    assert format_with(".0g", EN, 1234.0) == "1e+3"
    assert format_with(".0r", EN, 1234.0) == "1000"


def test_missing_or_none_definition_keys_take_d3_defaults():
    assert format_with(",.1f", D3_DEFAULT, -1234.5) == "\u22121,234.5"
    assert format_with(".1%", {}, 0.5) == "50.0%"
    assert format_with("$.0f", {"currency": None}, 5.0) == "5"


def test_nan_and_infinity_format_as_d3_formats_them():
    assert format_with(",.2f", EN, math.nan) == "NaN"
    assert format_with("$,.2f", AR, -math.inf) == "\u061c-Infinity\u00a0ج.م.\u200f"
    assert format_with("d", EN, math.inf) == "∞"


# --- parity with d3-format itself ----------------------------------------------------------------

GRID_SPECIFIERS = [
    # no type, and n
    "", "~", ",", ".2", ".0", ".21", "n", ".3n", ",.2n",
    # f, e, g
    "f", ".0f", ".2f", ".20f", ",.2f", "~f", ".3~f", "+.1f", "(.2f", " .2f", "-.2f",
    "e", ".0e", ".3e", "~e", ".3~e", "+.2e", ",e",
    "g", ".1g", ".3g", ".21g", "~g", ".3~g", ",.6g",
    # r, s, %, p
    "r", ".1r", ".3r", ",.2r", "~r", ".21r",
    "s", ".1s", ".3s", "~s", ".3~s", ".21s", "$.2s", "+,.2s",
    "%", ".0%", ".1%", "~%", ",.1~%", "+.2%", "(.2%",
    "p", ".2p", "~p", ".3~p", "$.2p",
    # integers in four radices, c
    "d", ",d", "+d", "(d", "010d", "08,d", " d",
    "b", "#b", "o", "#o", "x", "#x", "X", "#X", "08b", "#010x", ",x", "+#X", "#,.2x",
    "c", ">8c", "*^10c", "$c", "010,c",
    # currency, zero fill, fill and align
    "$", "$,.2f", "$.0f", "($,.2f", "+$,.2f", "$010.2f", "$,d", "$,.2~%",
    "010.2f", "012,.2f", "0=12,.2f", "0>12,.2f", "020,.3s", "015,.1%", "0,d", "01,d", "030,.2e",
    "*<12,.2f", "*>12,.2f", "*^12,.2f", "*=12,.2f", "^13,.2f", "=+12,.2f", "<1", "x^9", "<>20,",
    ",.2~f", ",.0~f", ",.12~g", ",~r", "(^12,.1f", "0^12,d", "40,", "1,",
]

GRID_VALUES = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.05, 1.005, 2.5, -2.5, 1.5, 3.5, 1234.5, -1234.5,
    1234567.891, -1234567.891, 999999.5, 999.9999, 0.000123, 1e-7, -1e-7, 1e-6, 9.999999e-7,
    1e21, -1e21, 1.5e22, 123456789012345680000.0, 1e20, 9.999999999999999e20, 255.0, -255.0,
    0.1 + 0.2, 0.1, 42.0, 7.0, 65.0, 123.456, -0.0001, 0.0005, 0.00049999999999999,
    0.49999999999999994, 0.125, 0.375, 2.675, 1.45, 9.995, 99.95, -999.5, 0.9999995, 31.4159,
    1e-10, 1e-25, 1.5e-27, 1e-30, 1e27, 1e30, 1e100, 2.0**53, 2.0**53 + 2, 2.0**70, 1e15 + 0.3,
    1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
    math.nan, math.inf, -math.inf,
]

GRID_DEFINITIONS = [EN, DE, AR, D3_DEFAULT]


def random_values(count: int = 40, seed: int = 3) -> list[float]:
    """Doubles of every magnitude, and decimals with few digits (where exact ties live)."""
    rng = random.Random(seed)
    wide = [rng.choice((-1, 1)) * rng.random() * 10.0 ** rng.randint(-12, 24) for _ in range(count // 2)]
    short = [rng.randint(-10**6, 10**6) / 10 ** rng.randint(0, 6) for _ in range(count - count // 2)]
    return wide + short


def encode(value: float) -> float | str:
    """JSON has no NaN or infinities: d3-grid.js reads these strings back with Number()."""
    return value if math.isfinite(value) else js.to_string(value)


def grid_cases() -> list[dict]:
    values = GRID_VALUES + random_values()
    return [{"specifier": s, "definition": d, "value": v}
            for s in GRID_SPECIFIERS for d in GRID_DEFINITIONS for v in values]


def node_outputs(cases: list[dict]) -> list:
    payload = json.dumps([{**case, "value": encode(case["value"])} for case in cases])
    result = subprocess.run(["node", str(GRID_SCRIPT)], input=payload, capture_output=True, text=True,
                            encoding="utf-8", cwd=ROOT, check=True, timeout=120)
    return json.loads(result.stdout)


def describe(case: dict, python: str, node: str) -> str:
    locale = next(name for name, d in zip(("EN", "DE", "AR", "D3"), GRID_DEFINITIONS) if d is case["definition"])
    return f"{case['specifier']!r} {locale} {case['value']!r}: python {python!r}, d3 {node!r}"


def test_the_grid_is_big_enough():
    assert len(GRID_SPECIFIERS) >= 60 and len(set(GRID_SPECIFIERS)) == len(GRID_SPECIFIERS)
    assert len(GRID_VALUES) >= 40 and len(GRID_DEFINITIONS) >= 3
    assert {parse_specifier(s).type for s in GRID_SPECIFIERS} >= set("efgrsp%bodxXcn") | {""}


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH: cannot run d3-format")
def test_every_grid_case_formats_exactly_as_d3_format_does():
    cases = grid_cases()
    node = node_outputs(cases)
    mismatches = [describe(case, python, d3)
                  for case, d3 in zip(cases, node)
                  if (python := format_with(case["specifier"], case["definition"], case["value"])) != d3]
    matches = len(cases) - len(mismatches)
    print(f"d3-format parity: {matches}/{len(cases)} match")
    assert not mismatches, f"{matches}/{len(cases)} match; first mismatches:\n" + "\n".join(mismatches[:25])
