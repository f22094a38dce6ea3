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
from typing import Any, Callable, Mapping, NamedTuple

from . import js_number as js
from .d3_types import ALIASES, KNOWN_TYPES, TYPES, FormatType

__all__ = ["Specifier", "TYPES", "parse_specifier", "format_with"]

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


class _Symbols(NamedTuple):
    """The definition's settings ``_signed`` uses, read once per compiled format."""

    minus: str
    decimal: str
    nan: str


def _symbols_of(definition: Mapping[str, Any]) -> _Symbols:
    return _Symbols(_setting(definition, "minus", DEFAULT_MINUS), _setting(definition, "decimal", "."),
                    _setting(definition, "nan", "NaN"))


def _signed(spec: Specifier, kind: FormatType, symbols: _Symbols, value: float,
            prefix: str, suffix: str) -> tuple[str, str, str]:
    """Digits to group, with the sign added to the prefix and any fraction moved to the suffix."""
    negative = value < 0 or (value == 0 and math.copysign(1.0, value) < 0)
    if value != value:
        digits = symbols.nan
    else:
        digits = kind.render(abs(value), spec.precision)
    if spec.trim:
        digits = _trim(digits)
    if negative and spec.sign != "+" and _is_zero(digits):
        negative = False  # -0.001 as ".2f" reads "0.00", not "-0.00"
    if negative:
        prefix = ("(" if spec.sign == "(" else symbols.minus) + prefix
        suffix += ")" if spec.sign == "(" else ""
    elif spec.sign in "+ ":
        prefix = spec.sign + prefix
    if kind.split:
        end = _LEADING_DIGITS.match(digits).end()
        if end < len(digits):
            tail = digits[end:]
            suffix = (symbols.decimal + tail[1:] if tail[0] == "." else tail) + suffix
            digits = digits[:end]
    return digits, prefix, suffix


def _grouper(definition: Mapping[str, Any]) -> Callable[[str], str]:
    """``_group`` with no width, compiled: the common single size of 3 through ``format(n, ",")``."""
    grouping, thousands = definition.get("grouping"), definition.get("thousands")
    if grouping is None or thousands is None:
        return lambda digits: digits
    if list(grouping) == [3]:
        if thousands == ",":
            return lambda digits: format(int(digits), ",") if len(digits) > 3 and digits.isdigit() else \
                _group(digits, definition, math.inf)
        return lambda digits: format(int(digits), ",").replace(",", thousands) \
            if len(digits) > 3 and digits.isdigit() and digits[0] != "0" else _group(digits, definition, math.inf)
    return lambda digits: _group(digits, definition, math.inf)


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
    symbols = _symbols_of(definition)
    group = _grouper(definition)
    if spec.type == "f" and width is None and not spec.trim and spec.sign == "-":
        return _fixed(spec.precision, spec.comma, symbols, group, base_prefix, base_suffix, table)

    def format_(value: float) -> str:
        value = float(value)
        if kind.literal:
            prefix, digits, suffix = base_prefix, "", kind.render(value, spec.precision) + base_suffix
        else:
            digits, prefix, suffix = _signed(spec, kind, symbols, value, base_prefix, base_suffix)
        if spec.comma and not spec.zero:
            digits = group(digits)
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


def _fixed(precision: int, comma: bool, symbols: _Symbols, group: Callable[[str], str], prefix: str, suffix: str,
           table: dict | None) -> Callable[[float], str]:
    """The common case (",.2f", "$,.0f"), straight through: the same steps as the general path --
    toFixed of |value|, the sign unless the digits read zero, groups, the locale's point."""
    def format_fixed(value: float) -> str:
        value = float(value)
        magnitude = -value if value < 0 else value
        if magnitude >= 1e21 or value != value:  # String(x) and NaN: the general path
            return _general_fixed(value, precision, comma, symbols, group, prefix, suffix, table)
        text = js.to_fixed(magnitude, precision)
        negative = value < 0 or (value == 0 and math.copysign(1.0, value) < 0)
        if negative and float(text) == 0:
            negative = False
        integer, _, fraction = text.partition(".")
        if comma:
            integer = group(integer)
        out = (symbols.minus if negative else "") + prefix + integer + (symbols.decimal + fraction if fraction else "") \
            + suffix
        return out.translate(table) if table is not None else out

    return format_fixed


def _general_fixed(value, precision, comma, symbols, group, prefix, suffix, table) -> str:
    spec = Specifier(comma=comma, precision=precision, type="f")
    digits, prefix, suffix = _signed(spec, TYPES["f"], symbols, value, prefix, suffix)
    out = prefix + (group(digits) if comma else digits) + suffix
    return out.translate(table) if table is not None else out


def format_with(specifier: str, definition: Mapping[str, Any], value: float) -> str:
    """Format a number as ``d3.formatLocale(definition).format(specifier)(value)`` does
    (``compile_format`` for one value)."""
    return compile_format(specifier, definition)(value)
