"""d3-format's specifier grammar in Python: the server twin of ``d3.formatLocale(definition).format``.

``format_with(specifier, definition, value)`` writes the string d3-format 3.1 writes, character for
character; the JS number conversions it stands on are emulated in ``js_number``. The per-type
behaviour is one table, ``TYPES``, like d3's ``formatTypes.js``.

One deliberate difference: d3 formats an unknown type letter (``".2q"``) as if there were no type;
``parse_specifier`` rejects it, so a typo fails when the app starts, not in what users see.

A definition key that is missing or None takes d3's default (``"."`` decimal, no grouping, no
currency, ASCII digits, ``"%"``, ``"−"`` (U+2212) minus, ``"NaN"``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable, Mapping

from . import js_number as js

__all__ = ["Specifier", "TYPES", "parse_specifier", "format_with"]

SI_PREFIXES = ("y", "z", "a", "f", "p", "n", "\u00b5", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y")
DEFAULT_MINUS = "\u2212"


@dataclass(frozen=True)
class Specifier:
    """The fields of a specifier as written (d3's ``FormatSpecifier``)."""

    fill: str = " "
    align: str = ">"
    sign: str = "-"
    symbol: str = ""
    zero: bool = False
    width: int | None = None
    comma: bool = False
    precision: int | None = None
    trim: bool = False
    type: str = ""


@dataclass(frozen=True)
class FormatType:
    """How one type letter turns ``|value|`` and a precision into digits."""

    render: Callable[[float, int], str]
    split: bool = False  # may write a fraction or exponent, kept apart from the digits to group
    significant: bool = False  # precision counts significant digits: 1..21, not 0..20
    percent: bool = False  # the locale's percent sign follows
    radix: bool = False  # "#" writes 0b, 0o or 0x before it
    literal: bool = False  # String(value) as is: no sign handling, nothing to group


def _decimal_parts(x: float, precision: int) -> tuple[str, int] | None:
    """d3's formatDecimalParts: digits and exponent from ``toExponential`` (shortest for precision 0)."""
    if x == 0 or not math.isfinite(x):
        return None
    return js.significant_digits(x, precision or None)


def _rounded(x: float, precision: int) -> str:
    """Type "r": ``precision`` significant digits, never in exponent form."""
    parts = _decimal_parts(x, precision)
    if parts is None:
        return js.to_string(x)
    digits, exponent = parts
    if exponent < 0:
        return "0." + "0" * (-exponent - 1) + digits
    if len(digits) > exponent + 1:
        return digits[: exponent + 1] + "." + digits[exponent + 1 :]
    return digits + "0" * (exponent - len(digits) + 1)


def _si(x: float, precision: int) -> str:
    """Type "s" (d3's formatPrefixAuto), with the SI letter appended: it is no digit, so trimming
    stops at it and the split carries it into the suffix, where d3 puts it."""
    parts = _decimal_parts(x, precision)
    if parts is None:
        return js.to_precision(x, precision)
    digits, exponent = parts
    power = max(-8, min(8, exponent // 3))
    point, count = exponent - 3 * power + 1, len(digits)
    if point == count:
        text = digits
    elif point > count:
        text = digits + "0" * (point - count)
    elif point > 0:
        text = digits[:point] + "." + digits[point:]
    else:  # below 1e-24: more zeros after the point, fewer significant digits
        text = "0." + "0" * -point + _decimal_parts(x, max(0, precision + point - 1))[0]
    return text + SI_PREFIXES[8 + power]


def _integer(x: float, _precision: int = 0) -> str:
    """Type "d" (d3's formatDecimal): rounded to an integer, written in full."""
    return js.to_integer_string(js.math_round(x))


def _radix(radix: int, upper: bool = False) -> Callable[[float, int], str]:
    def render(x: float, _precision: int) -> str:
        text = js.to_radix(js.math_round(x), radix)
        return text.upper() if upper else text

    return render


TYPES: dict[str, FormatType] = {
    "%": FormatType(lambda x, p: js.to_fixed(x * 100, p), split=True, percent=True),
    "b": FormatType(_radix(2), radix=True),
    "c": FormatType(lambda x, _p: js.to_string(x), literal=True),
    "d": FormatType(_integer, split=True),
    "e": FormatType(js.to_exponential, split=True),
    "f": FormatType(js.to_fixed, split=True),
    "g": FormatType(js.to_precision, split=True, significant=True),
    "o": FormatType(_radix(8), radix=True),
    "p": FormatType(lambda x, p: _rounded(x * 100, p), split=True, significant=True, percent=True),
    "r": FormatType(_rounded, split=True, significant=True),
    "s": FormatType(_si, split=True, significant=True),
    "X": FormatType(_radix(16, upper=True), radix=True),
    "x": FormatType(_radix(16), radix=True),
}
# d3 reads "n" as ",g" and no type as ".12~g" (a precision written keeps its place over the 12).
ALIASES: dict[str, dict[str, Any]] = {
    "n": {"comma": True, "type": "g"},
    "": {"precision": 12, "trim": True, "type": "g"},
}
KNOWN_TYPES = frozenset(TYPES) | frozenset(ALIASES)

# [[fill]align][sign][symbol][0][width][,][.precision][~][type]
# The fill is one UTF-16 unit other than a line break, as JS's "." matches it (no astral character).
_GRAMMAR = re.compile(
    r"(?:(?P<fill>[^\n\r\u2028\u2029\U00010000-\U0010ffff])?(?P<align>[<>=^]))?"
    r"(?P<sign>[-+( ])?(?P<symbol>[$#])?(?P<zero>0)?(?P<width>[0-9]+)?"
    r"(?P<comma>,)?(?:\.(?P<precision>[0-9]+))?(?P<trim>~)?(?P<type>[A-Za-z%])?"
)


@lru_cache(maxsize=1024)
def parse_specifier(specifier: str) -> Specifier:
    """Read a d3-format specifier.

    Parameters
    ----------
    specifier : str
        ``[[fill]align][sign][symbol][0][width][,][.precision][~][type]``, e.g. ``"$,.2f"``.

    Returns
    -------
    Specifier
        The fields as written, with d3's defaults for the ones left out.

    Raises
    ------
    ValueError
        If d3 would reject the specifier, or its type letter is not one d3 knows.
    """
    match = _GRAMMAR.fullmatch(specifier) if isinstance(specifier, str) else None
    if match is None or (match["type"] or "") not in KNOWN_TYPES:
        raise ValueError(f"{specifier!r} is not a valid d3-format specifier")
    fields = {key: value for key, value in match.groupdict().items() if value is not None}
    for key in ("zero", "comma", "trim"):
        fields[key] = key in fields
    for key in ("width", "precision"):
        if key in fields:
            fields[key] = int(fields[key])
    return Specifier(**fields)


@lru_cache(maxsize=1024)
def _resolved(specifier: str) -> Specifier:
    """The specifier as d3's ``format`` uses it: aliases expanded, zero fill applied, precision set."""
    spec = parse_specifier(specifier)
    if spec.type in ALIASES:
        written = {} if spec.precision is None else {"precision": spec.precision}
        spec = replace(spec, **{**ALIASES[spec.type], **written})
    if spec.zero or (spec.fill == "0" and spec.align == "="):
        spec = replace(spec, zero=True, fill="0", align="=")
    low, high = (1, 21) if TYPES[spec.type].significant else (0, 20)
    return replace(spec, precision=6 if spec.precision is None else max(low, min(high, spec.precision)))


def _setting(definition: Mapping[str, Any], key: str, default: Any) -> Any:
    value = definition.get(key)
    return default if value is None else value


def _affixes(spec: Specifier, kind: FormatType, definition: Mapping[str, Any]) -> tuple[str, str]:
    """Currency or radix prefix; currency or percent suffix."""
    if spec.symbol == "$":
        prefix, suffix = _setting(definition, "currency", ("", ""))
        return prefix, suffix
    prefix = "0" + spec.type.lower() if spec.symbol == "#" and kind.radix else ""
    return prefix, _setting(definition, "percent", "%") if kind.percent else ""


def _trim(text: str) -> str:
    """d3's formatTrim: drop insignificant fraction zeros ("1.50e+3" -> "1.5e+3", "2.00k" -> "2k")."""
    start, end = -1, 0
    for i in range(1, len(text)):
        char = text[i]
        if char == ".":
            start = end = i
        elif char == "0":
            if start == 0:
                start = i
            end = i
        elif "1" <= char <= "9":
            if start > 0:
                start = 0
        else:
            break
    return text[:start] + text[end + 1 :] if start > 0 else text


def _is_zero(text: str) -> bool:
    """JS ``+text === 0`` for the strings the types write ("0.00", "0e+0"; hex and "∞" are NaN)."""
    try:
        return not text.strip() or float(text) == 0
    except ValueError:
        return False


_LEADING_DIGITS = re.compile(r"[0-9]*")


def _signed(spec: Specifier, kind: FormatType, definition: Mapping[str, Any], value: float,
            prefix: str, suffix: str) -> tuple[str, str, str]:
    """Digits to group, with the sign added to the prefix and any fraction moved to the suffix."""
    negative = value < 0 or (value == 0 and math.copysign(1.0, value) < 0)
    if math.isnan(value):
        digits = _setting(definition, "nan", "NaN")
    else:
        digits = kind.render(abs(value), spec.precision)
    if spec.trim:
        digits = _trim(digits)
    if negative and spec.sign != "+" and _is_zero(digits):
        negative = False  # -0.001 as ".2f" reads "0.00", not "-0.00"
    if negative:
        prefix = ("(" if spec.sign == "(" else _setting(definition, "minus", DEFAULT_MINUS)) + prefix
        suffix += ")" if spec.sign == "(" else ""
    elif spec.sign in "+ ":
        prefix = spec.sign + prefix
    if kind.split:
        end = _LEADING_DIGITS.match(digits).end()
        if end < len(digits):
            tail = digits[end:]
            suffix = (_setting(definition, "decimal", ".") + tail[1:] if tail[0] == "." else tail) + suffix
            digits = digits[:end]
    return digits, prefix, suffix


def _group(digits: str, definition: Mapping[str, Any], width: float) -> str:
    """d3's formatGroup: thousands separators by the definition's group sizes, cycling through
    the list, stopping once ``width`` is filled (zero padding is grouped only as far as the width)."""
    grouping, thousands = definition.get("grouping"), definition.get("thousands")
    if grouping is None or thousands is None:
        return digits
    i, groups, j, length = len(digits), [], 0, 0
    size = grouping[0] if grouping else 0
    while i > 0 and size > 0:
        if length + size + 1 > width:
            size = max(1, width - length)
        i -= size
        groups.append(digits[max(i, 0) : i + size])
        length += size + 1
        if length > width:
            break
        j = (j + 1) % len(grouping)
        size = grouping[j]
    return thousands.join(reversed(groups))


_ALIGN: dict[str, Callable[[str, str, str, str], str]] = {
    "<": lambda pad, prefix, digits, suffix: prefix + digits + suffix + pad,
    "=": lambda pad, prefix, digits, suffix: prefix + pad + digits + suffix,
    "^": lambda pad, prefix, digits, suffix: pad[: len(pad) >> 1] + prefix + digits + suffix + pad[len(pad) >> 1 :],
    ">": lambda pad, prefix, digits, suffix: pad + prefix + digits + suffix,
}


def _js_length(text: str) -> int:
    """String length in UTF-16 units, as JS counts it for the width."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


@lru_cache(maxsize=64)
def _numeral_table(numerals: tuple[str, ...]) -> dict[int, str]:
    return str.maketrans({str(digit): numeral for digit, numeral in enumerate(numerals)})


def compile_format(specifier: str, definition: Mapping[str, Any]) -> Callable[[float], str]:
    """``d3.formatLocale(definition).format(specifier)``: a function of a number, the specifier
    and the definition read once.

    Parameters
    ----------
    specifier : str
        A d3-format specifier (see ``parse_specifier``).
    definition : Mapping
        A d3 locale definition: ``decimal``, ``thousands``, ``grouping`` (list of group sizes),
        ``currency`` ([prefix, suffix]), ``numerals`` (10 strings or None), ``percent``,
        ``minus``, ``nan``. Missing or None keys take d3's defaults.

    Returns
    -------
    Callable[[float], str]
        Writes the same string as d3-format 3.1 for a number (NaN and ±inf as d3 writes them:
        "NaN", "Infinity").

    Raises
    ------
    ValueError
        If the specifier is not valid.
    """
    spec = _resolved(specifier)
    kind = TYPES[spec.type]
    base_prefix, base_suffix = _affixes(spec, kind, definition)
    numerals = definition.get("numerals")
    table = _numeral_table(tuple(numerals)) if numerals is not None else None
    align = _ALIGN[spec.align]
    width = spec.width

    def format_(value: float) -> str:
        value = float(value)
        if kind.literal:
            prefix, digits, suffix = base_prefix, "", kind.render(value, spec.precision) + base_suffix
        else:
            digits, prefix, suffix = _signed(spec, kind, definition, value, base_prefix, base_suffix)
        if spec.comma and not spec.zero:
            digits = _group(digits, definition, math.inf)
        if width is None:
            if spec.comma and spec.zero:
                digits = _group(digits, definition, math.inf)
            text = prefix + digits + suffix
        else:
            length = _js_length(prefix + digits + suffix)
            padding = spec.fill * (width - length) if length < width else ""
            if spec.comma and spec.zero:  # zero padding is grouped too, up to the width
                digits = _group(padding + digits, definition, width - _js_length(suffix) if padding else math.inf)
                padding = ""
            text = align(padding, prefix, digits, suffix)
        return text.translate(table) if table is not None else text

    return format_


def format_with(specifier: str, definition: Mapping[str, Any], value: float) -> str:
    """Format a number as ``d3.formatLocale(definition).format(specifier)(value)`` does
    (``compile_format`` for one value)."""
    return compile_format(specifier, definition)(value)
