"""CLDR number patterns: parsed once, their affixes rendered as ICU renders them.

A pattern::

    [prefix] number [suffix] [; negative-prefix number negative-suffix]

where number is ``#,##0.00``-like (``,`` marks the group sizes, ``0`` a required digit, ``#`` an
optional one) and affixes may hold ``¤`` (the currency), ``%``, ``‰``, ``-``, ``+`` and
``'quoted'`` literal text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

NUMBER_CHARS = frozenset("#0123456789,.@")
#: CLDR currencySpacing, the same match sets in every locale: a currency whose character next to
#: the number is not a symbol or separator ([[:^S:]&[:^Z:]]) is spaced from a digit ([:digit:]).
DEFAULT_SPACING = "\u00a0"


class Grouping(NamedTuple):
    primary: int  # 0: no grouping
    secondary: int
    min_grouping: int


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

    def affixes(self, negative: bool, number: str, sym, currency: str = "",
                spacing: dict | None = None) -> tuple[str, str]:
        """The text before and after ``number``, with the locale's signs and ICU's currency
        spacing. A negative number takes the explicit negative subpattern if there is one (de-CH
        ``¤-#,##0.00``), else the minus sign before the positive prefix (``-$1.00``), as in ICU."""
        prefix, suffix = self.negative if negative and self.negative else self.positive
        prefix_text = render_affix(prefix, sym, currency)
        suffix_text = render_affix(suffix, sym, currency)
        if currency and prefix[-1:] == (("sym", "¤"),) and _spaced(currency[-1], number[:1]):
            prefix_text += _insert(spacing, "afterCurrency")
        if currency and suffix[:1] == (("sym", "¤"),) and _spaced(currency[0], number[-1:]):
            suffix_text = _insert(spacing, "beforeCurrency") + suffix_text
        if negative and not self.negative:
            prefix_text = sym.minus + prefix_text
        return prefix_text, suffix_text


def _insert(spacing: dict | None, side: str) -> str:
    """ICU takes a currency prefix's spacing from ``afterCurrency``, a suffix's from ``beforeCurrency``."""
    entry = (spacing or {}).get(side)
    return entry[2] if entry else DEFAULT_SPACING


def _spaced(currency_char: str, number_char: str) -> bool:
    return unicodedata.category(currency_char)[0] not in "SZ" and number_char.isdigit()


def render_affix(tokens: tuple, sym, currency: str) -> str:
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


def _split_subpatterns(pattern: str) -> tuple[str, str]:
    quoted = False
    for i, char in enumerate(pattern):
        if char == "'":
            quoted = not quoted
        elif char == ";" and not quoted:
            return pattern[:i], pattern[i + 1:]
    return pattern, ""


@lru_cache(maxsize=4096)
def parse_pattern(pattern: str) -> Pattern:
    positive, negative = _split_subpatterns(pattern)
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
