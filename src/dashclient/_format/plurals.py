"""CLDR plural rules, as ICU selects a plural category for a formatted number.

A rule (UTS #35, "Language Plural Rules"), e.g. ``i = 1 and v = 0`` or ``n % 10 = 2..4 and n % 100 != 12..14``::

    condition := and_condition ("or" and_condition)*
    and_condition := relation ("and" relation)*
    relation := operand ("%" value)? ("=" | "!=") range ("," range)*
    range := value (".." value)?

Operands of a formatted number: ``n`` its absolute value, ``i`` the integer digits, ``v``/``w``
the count of visible fraction digits with/without trailing zeros, ``f``/``t`` those digits as an
integer with/without trailing zeros, ``e``/``c`` the compact exponent (0: ICU selects compact
plurals before scaling). Ranges in ``=`` match integers only. ICU keeps only the lowest 18 digits
of ``i`` (``DecimalQuantity::toLong(true)``): 1e21 has i = 0 ("one" in French).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Callable

from . import locale_data
from .locale_tags import truncation

Operands = dict  # operand letter -> Decimal or int
Test = Callable[[Operands], bool]

_TOKEN = re.compile(r"\s*(?:(\d+)|(\.\.)|(!=|=|%|,)|([a-z]+))")
I_DIGITS = 10**18


def operands(value: Decimal) -> Operands:
    """The operands of a non-negative decimal as written (``Decimal("1.50")`` has v = 2)."""
    sign, digits, exponent = value.as_tuple()
    text = "".join(map(str, digits))
    if exponent >= 0:
        integer, fraction = text + "0" * exponent, ""
    else:
        integer, fraction = text[:exponent] or "0", text[exponent:].rjust(-exponent, "0")
    trimmed = fraction.rstrip("0")
    return {"n": abs(value), "i": int(integer) % I_DIGITS, "v": len(fraction), "w": len(trimmed),
            "f": int(fraction or 0), "t": int(trimmed or 0), "e": 0, "c": 0}


def _parse_relation(tokens: list[str], at: int) -> tuple[Test, int]:
    operand = tokens[at]
    at += 1
    modulus = None
    if tokens[at] == "%":
        modulus, at = int(tokens[at + 1]), at + 2
    negate = tokens[at] == "!="
    at += 1
    ranges = []
    while True:
        low = int(tokens[at])
        high = low
        at += 1
        if at < len(tokens) and tokens[at] == "..":
            high, at = int(tokens[at + 1]), at + 2
        ranges.append((low, high))
        if at < len(tokens) and tokens[at] == ",":
            at += 1
            continue
        break

    def relation(values: Operands) -> bool:
        value = values[operand]
        if modulus is not None:
            value = value % modulus
        found = value == int(value) and any(low <= value <= high for low, high in ranges)
        return found != negate

    return relation, at


def _tokens(rule: str) -> list[str]:
    out, at = [], 0
    rule = rule.strip()
    while at < len(rule):
        match = _TOKEN.match(rule, at)
        if match is None:
            raise ValueError(f"unreadable plural rule {rule!r} at {at}")
        out.append(next(group for group in match.groups() if group is not None))
        at = match.end()
    return out


@lru_cache(maxsize=None)
def compile_rule(rule: str) -> Test:
    """A CLDR plural rule as a test of operands."""
    tokens = _tokens(rule)
    alternatives: list[list[Test]] = [[]]
    at = 0
    while at < len(tokens):
        relation, at = _parse_relation(tokens, at)
        alternatives[-1].append(relation)
        if at < len(tokens):
            if tokens[at] == "or":
                alternatives.append([])
            elif tokens[at] != "and":
                raise ValueError(f"unexpected {tokens[at]!r} in plural rule {rule!r}")
            at += 1
    return lambda values: any(all(test(values) for test in group) for group in alternatives)


@lru_cache(maxsize=1024)
def rules_of(locale_id: str) -> tuple[tuple[str, Test], ...]:
    """(category, test) pairs ICU applies for a locale, found by truncation (pt-AO: pt's)."""
    table = locale_data.supplemental()["plurals"]
    for candidate in truncation(locale_id):
        if candidate in table:
            return tuple((category, compile_rule(rule)) for category, rule in table[candidate].items())
    return ()


def category(locale_id: str, value: Decimal | None) -> str:
    """The plural category of a formatted magnitude; "other" for an infinity (None), as ICU."""
    if value is None:
        return "other"
    values = operands(value)
    for name, test in rules_of(locale_id):
        if test(values):
            return name
    return "other"


def category_of_integer(locale_id: str, count: int) -> str:
    """The plural category of a non-negative integer written without fraction digits."""
    return category(locale_id, Decimal(count))
