"""Numbers written the way Intl.NumberFormat (ICU) writes them, from CLDR patterns read by Babel.

The twin of what the browser does inside ``Intl.NumberFormat``; the formatters (currency, percent,
compact, bytes) build on four steps:

1. ``decimal_of``: a float as ICU reads a double — its shortest round-trip decimal (``repr``), so
   ``1.005`` is 1.005 and rounds up, as in the browser, not 1.00499999999999989...
2. ``round_fraction``: half-expand rounding (Intl's default; Babel's own default is half-even).
3. ``digits_text``: the rounded magnitude with the locale's separators, grouping (primary and
   secondary sizes, CLDR minimumGroupingDigits) and numbering-system digits.
4. ``Pattern.render``: a CLDR pattern's prefix and suffix around it, with the locale's minus,
   plus and percent signs, the currency and ICU's currency spacing.

A CLDR pattern:  [prefix] number [suffix] [; negative-prefix number negative-suffix]
where number is ``#,##0.00``-like (``,`` marks group sizes, ``0`` required digits, ``#`` optional)
and affixes may hold ``¤`` (currency), ``%``, ``‰``, ``-``, ``+`` and ``'quoted'`` literals.
"""

from __future__ import annotations

import decimal
import math
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from . import cldr_patch
from .options import babel_locale
from .symbols import Symbols, symbols

#: Enough precision for any double with 20 fraction digits (1.8e308 has 309 integer digits).
CONTEXT = decimal.Context(prec=1000, rounding=decimal.ROUND_HALF_UP, Emax=10_000, Emin=-10_000)

NUMBER_CHARS = frozenset("#0123456789,.@")
CURRENCY_SPACING = "\u00a0"  # CLDR currencySpacing insertBetween, the same in every locale


def decimal_of(x: float) -> Decimal:
    """|x| as the shortest decimal that reads back as x (what ICU's double-conversion gives)."""
    return Decimal(repr(abs(x)))


def is_negative(x: float) -> bool:
    """Intl's signDisplay "auto": negative numbers and negative zero take the minus sign."""
    return math.copysign(1.0, x) < 0


def round_fraction(d: Decimal, max_frac: int) -> Decimal:
    """d rounded half-expand to max_frac fraction digits (the exponent fixed at -max_frac)."""
    return d.quantize(Decimal(1).scaleb(-max_frac), context=CONTEXT)


def strip_fraction(d: Decimal, min_frac: int) -> Decimal:
    """d with trailing fraction zeros dropped down to min_frac fraction digits (the value unchanged)."""
    sign, digits, exponent = d.as_tuple()
    digits = list(digits)
    while exponent < -min_frac and len(digits) > 1 and digits[-1] == 0:
        digits.pop()
        exponent += 1
    if exponent < -min_frac and digits == [0]:
        exponent = -min_frac
    if exponent > -min_frac:
        digits += [0] * (exponent + min_frac)
        exponent = -min_frac
    return Decimal((sign, tuple(digits), exponent))


class Grouping(NamedTuple):
    primary: int  # 0: no grouping
    secondary: int
    min_grouping: int


def group_digits(integer: str, grouping: Grouping, separator: str) -> str:
    """Insert group separators the way ICU's Grouper does."""
    primary, secondary, min_grouping = grouping
    if primary <= 0 or len(integer) - primary < min_grouping:
        return integer
    head, groups = integer[:-primary], [integer[-primary:]]
    while head:
        groups.append(head[-secondary:])
        head = head[:-secondary]
    return separator.join(reversed(groups))


def digits_text(d: Decimal, sym: Symbols, grouping: Grouping, min_int: int = 1) -> str:
    """A rounded non-negative decimal as the locale writes it (no sign)."""
    text = format(d, "f")
    integer, _, fraction = text.partition(".")
    integer = integer.lstrip("0").rjust(min_int, "0")
    integer = group_digits(integer, grouping, "\0")
    out = sym.localize(integer).replace("\0", sym.group)
    if fraction:
        out += sym.decimal + sym.localize(fraction)
    return out


class Pattern(NamedTuple):
    """A parsed CLDR number pattern. Affixes are token tuples: ("text", s) or ("sym", c)."""

    positive: tuple[tuple, tuple]  # (prefix, suffix)
    negative: tuple[tuple, tuple] | None  # explicit negative subpattern, if any
    primary: int
    secondary: int
    min_int: int
    min_frac: int
    max_frac: int

    def grouping(self, min_grouping: int) -> Grouping:
        return Grouping(self.primary, self.secondary, min_grouping)

    def render(self, negative: bool, number: str, sym: Symbols, currency: str = "") -> str:
        """prefix + number + suffix, with the locale's signs and ICU's currency spacing.

        A negative number takes the explicit negative subpattern if there is one (de-CH
        ``¤-#,##0.00``), else the minus sign before the positive prefix (``-$1.00``), as in ICU.
        """
        prefix, suffix = self.affixes(negative, number, sym, currency)
        return prefix + number + suffix

    def affixes(self, negative: bool, number: str, sym: Symbols, currency: str = "") -> tuple[str, str]:
        """The text before and after `number` (which decides the currency spacing)."""
        prefix, suffix = self.negative if negative and self.negative else self.positive
        prefix_text = render_affix(prefix, sym, currency)
        suffix_text = render_affix(suffix, sym, currency)
        if currency and number[:1].isdigit() and prefix[-1:] == (("sym", "¤"),) and _spaced(currency[-1]):
            prefix_text += CURRENCY_SPACING
        if currency and number[-1:].isdigit() and suffix[:1] == (("sym", "¤"),) and _spaced(currency[0]):
            suffix_text = CURRENCY_SPACING + suffix_text
        if negative and not self.negative:
            prefix_text = sym.minus + prefix_text
        return prefix_text, suffix_text


def _spaced(char: str) -> bool:
    """CLDR currencyMatch [[:^S:]&[:^Z:]]: a currency ending in a letter is spaced from digits."""
    return unicodedata.category(char)[0] not in "SZ"


def render_affix(tokens: tuple, sym: Symbols, currency: str) -> str:
    out = []
    for kind, value in tokens:
        if kind == "text":
            out.append(value)
        elif value == "¤":
            out.append(currency)
        elif value == "%":
            out.append(sym.percent)
        elif value == "-":
            out.append(sym.minus)
        elif value == "+":
            out.append(sym.plus)
        else:  # ‰: no formatter uses per mille
            out.append(value)
    return "".join(out)


def _parse_affix(text: str) -> tuple:
    tokens: list[tuple[str, str]] = []
    quoted = False
    i = 0
    while i < len(text):
        char = text[i]
        if char == "'":
            if text[i + 1:i + 2] == "'":
                tokens.append(("text", "'"))
                i += 2
                continue
            quoted = not quoted
        elif not quoted and char in "¤%‰-+":
            tokens.append(("sym", char))
        else:
            tokens.append(("text", char))
        i += 1
    # merge adjacent text
    merged: list[tuple[str, str]] = []
    for token in tokens:
        if token[0] == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + token[1])
        else:
            merged.append(token)
    return tuple(merged)


def _split(subpattern: str) -> tuple[str, str, str]:
    """prefix, number, suffix of one subpattern (quotes respected)."""
    quoted = False
    start = end = None
    for i, char in enumerate(subpattern):
        if char == "'":
            quoted = not quoted
        elif not quoted and char in NUMBER_CHARS:
            if start is None:
                start = i
            end = i + 1
        elif start is not None and not quoted:
            break
    if start is None:
        return subpattern, "", ""
    return subpattern[:start], subpattern[start:end], subpattern[end:]


@lru_cache(maxsize=1024)
def parse_pattern(pattern: str) -> Pattern:
    positive, _, negative = _split_subpatterns(pattern)
    prefix, number, suffix = _split(positive)
    integer, _, fraction = number.partition(".")
    groups = integer.split(",")
    primary = len(groups[-1]) if len(groups) > 1 else 0
    secondary = len(groups[-2]) if len(groups) > 2 else primary
    neg = None
    if negative:
        nprefix, _, nsuffix = _split(negative)
        neg = (_parse_affix(nprefix), _parse_affix(nsuffix))
    return Pattern(
        positive=(_parse_affix(prefix), _parse_affix(suffix)),
        negative=neg,
        primary=primary,
        secondary=secondary or primary,
        min_int=integer.count("0"),
        min_frac=fraction.count("0"),
        max_frac=len(fraction),
    )


def _split_subpatterns(pattern: str) -> tuple[str, str, str]:
    quoted = False
    for i, char in enumerate(pattern):
        if char == "'":
            quoted = not quoted
        elif char == ";" and not quoted:
            return pattern[:i], ";", pattern[i + 1:]
    return pattern, "", ""


def format_fixed(x: float, pattern: Pattern, sym: Symbols, min_frac: int, max_frac: int,
                 currency: str = "", scale: int = 0) -> tuple[str, Decimal | None]:
    """x times 10**scale, rounded half-expand to max_frac fraction digits (at least min_frac shown),
    inside `pattern`. Returns the text and the rounded magnitude (None for an infinity) for plurals."""
    if math.isinf(x):
        return pattern.render(x < 0, sym.infinity, sym, currency), None
    rounded = strip_fraction(round_fraction(decimal_of(x).scaleb(scale, context=CONTEXT), max_frac), min_frac)
    number = digits_text(rounded, sym, pattern.grouping(sym.min_grouping), pattern.min_int or 1)
    return pattern.render(is_negative(x), number, sym, currency), rounded


class _IcuOperands(Decimal):
    """A non-negative decimal whose plural operand ``i`` keeps only its lowest 18 integer digits,
    as ICU's ``DecimalQuantity::toLong(true)`` does (1e21 has i = 0: "one" in French)."""

    def __abs__(self, context=None):  # Babel's extract_operands starts with abs(n)
        return self

    def __int__(self):
        return int(Decimal(self)) % 10**18


def plural_category(tag: str, rounded: Decimal | None) -> str:
    """The CLDR plural category of a formatted number (its visible fraction digits count:
    "1.00" is "other" in English); "other" for infinities, as in ICU."""
    if rounded is None:
        return "other"
    if rounded >= 10**18:
        rounded = _IcuOperands(rounded)
    return babel_locale(tag).plural_form(rounded)


@lru_cache(maxsize=1024)
def locale_pattern(tag: str, kind: str) -> Pattern:
    """The locale's standard pattern of a kind ("decimal", "percent" or "currency") in its
    default numbering system: CLDR 48's where ``cldr_patch`` has one, else Babel's."""
    patched = cldr_patch.pattern(tag, symbols(tag).numbering_system, kind)
    if patched is not None:
        return parse_pattern(patched)
    locale = babel_locale(tag)
    formats = {"decimal": locale.decimal_formats, "percent": locale.percent_formats,
               "currency": locale.currency_formats}[kind]
    return parse_pattern(formats["standard" if kind == "currency" else None].pattern)
