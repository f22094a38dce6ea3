"""CLDR date patterns (UTS #35 "Date Field Symbol Table") compiled into field writers, as ICU's
SimpleDateFormat writes them.

A pattern is runs of field letters (``EEEE``, ``d``, ``MMMM``, ``y``, ``h``, ``mm``, ``a``,
``zzzz``) and literal text (anything else; ``'quoted'`` letters; ``''`` is a quote). The letters
the date and time styles of every CLDR locale use are written here: G y Y M L d E c a B h H K k
m s z. Numbers use the locale's digits; a pattern may name another numbering for one field
(``y=jpanyear``: Japanese year 1 is written 元; ``M=romanlow``: haw writes July as vii).
"""

from __future__ import annotations

from typing import Any, Callable, NamedTuple

Token = tuple[str, int]  # (letter, count), or ("'", 0)-less literal text as (text, -1)


class Moment(NamedTuple):
    """A moment's fields in the formatter's calendar and zone."""

    era: int
    year: int
    month: int  # 1-12
    day: int
    weekday: int  # 0 Sunday ... 6 Saturday
    hour: int  # 0-23
    minute: int
    second: int
    utc_ms: int  # the moment itself, for zone names
    offset_ms: int  # the zone's offset from UTC at that moment
    daylight: bool


def tokenize(pattern: str) -> list[Token]:
    """Fields as (letter, count) and literal text as (text, -1)."""
    tokens: list[Token] = []
    literal: list[str] = []
    i, quoted = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "'":
            if pattern[i + 1:i + 2] == "'":
                literal.append("'")
                i += 2
                continue
            quoted = not quoted
            i += 1
            continue
        if not quoted and ("a" <= char <= "z" or "A" <= char <= "Z"):
            end = i
            while end < len(pattern) and pattern[end] == char:
                end += 1
            if literal:
                tokens.append(("".join(literal), -1))
                literal = []
            tokens.append((char, end - i))
            i = end
            continue
        literal.append(char)
        i += 1
    if literal:
        tokens.append(("".join(literal), -1))
    return tokens


WIDTHS = {1: "abbreviated", 2: "abbreviated", 3: "abbreviated", 4: "wide", 5: "narrow", 6: "short"}
ERA_WIDTHS = {1: "abbreviated", 2: "abbreviated", 3: "abbreviated", 4: "wide", 5: "narrow"}


class Context(NamedTuple):
    """What field writers read: the calendar's names, the digits, zone names, day periods."""

    months: dict  # {"format": {"wide": [...]}, "stand-alone": {...}}
    days: dict
    day_periods: dict
    eras: dict  # {"wide": {"0": ...}}
    digits: Callable[[str], str]  # ASCII digits -> the locale's
    minus: str
    zone_name: Callable[[Moment, str], str]  # (moment, "short"|"long") -> name
    day_period_of: Callable[["Moment", bool, bool], str]  # (moment, pattern has minutes, seconds) -> key
    numbers: str | None  # a field numbering override such as "y=jpanyear"


def _number(context: Context, value: int, width: int) -> str:
    text = str(abs(value)).rjust(width, "0")
    return (context.minus if value < 0 else "") + context.digits(text)


def _name(table: dict, context_name: str, width: str, index: Any) -> str:
    names = table.get(context_name, {}).get(width) or table.get("format", {}).get(width) \
        or table.get("format", {}).get("wide")
    return names[index]


ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman_lower(value: int) -> str:
    """ICU's "romanlow" numbering, as CLDR's haw dates use for months (1 -> i, 12 -> xii)."""
    out = []
    for amount, letters in ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def _year(count: int, context: Context) -> Callable[[Moment], str]:
    if context.numbers == "y=jpanyear":
        return lambda m: "元" if m.year == 1 else _number(context, m.year, 1)
    if count == 2:
        return lambda m: _number(context, m.year % 100, 2)
    return lambda m: _number(context, m.year, count)


def _hour(letter: str, count: int, context: Context) -> Callable[[Moment], str]:
    convert = {"H": lambda h: h, "k": lambda h: h or 24, "K": lambda h: h % 12, "h": lambda h: h % 12 or 12}[letter]
    return lambda m: _number(context, convert(m.hour), count)


def field_writer(letter: str, count: int, context: Context, has_minutes: bool, has_seconds: bool
                 ) -> Callable[[Moment], str]:
    """The writer of one field of a pattern."""
    if letter in "yY":
        return _year(count, context)
    if letter in "ML":
        form = "format" if letter == "M" else "stand-alone"
        if count <= 2 and context.numbers == "M=romanlow":
            return lambda m: roman_lower(m.month)
        if count <= 2:
            return lambda m: _number(context, m.month, count)
        width = {3: "abbreviated", 4: "wide"}.get(count, "narrow")
        return lambda m: _name(context.months, form, width, m.month - 1)
    if letter == "d":
        return lambda m: _number(context, m.day, count)
    if letter in "Ec":
        form = "format" if letter == "E" else "stand-alone"
        width = WIDTHS.get(count, "abbreviated")
        return lambda m: _name(context.days, form, width, m.weekday)
    if letter == "G":
        width = ERA_WIDTHS.get(count, "abbreviated")
        return lambda m: context.eras.get(width, context.eras.get("abbreviated", {})).get(str(m.era), "")
    if letter in "hHkK":
        return _hour(letter, count, context)
    if letter == "m":
        return lambda m: _number(context, m.minute, count)
    if letter == "s":
        return lambda m: _number(context, m.second, count)
    if letter == "a":
        width = WIDTHS.get(count, "abbreviated") if count != 6 else "abbreviated"
        return lambda m: _name_of_period(context, width, "pm" if m.hour >= 12 else "am")
    if letter == "B":
        width = WIDTHS.get(count, "abbreviated") if count != 6 else "abbreviated"
        return lambda m: _name_of_period(context, width, context.day_period_of(m, has_minutes, has_seconds))
    if letter == "z":
        width = "long" if count >= 4 else "short"
        return lambda m: context.zone_name(m, width)
    raise ValueError(f"date field {letter * count!r} is not one the twin writes")


def _name_of_period(context: Context, width: str, key: str) -> str:
    for form, size in (("format", width), ("format", "abbreviated"), ("format", "wide")):
        name = context.day_periods.get(form, {}).get(size, {}).get(key)
        if name:
            return name
    return context.day_periods["format"]["abbreviated"]["pm" if key == "pm" else "am"]


def compile_pattern(pattern: str, context: Context) -> Callable[[Moment], str]:
    """A writer of a whole pattern."""
    tokens = tokenize(pattern)
    letters = {letter for letter, count in tokens if count > 0}
    parts: list[Callable[[Moment], str] | str] = [
        text if count < 0 else field_writer(text, count, context, "m" in letters, "s" in letters)
        for text, count in tokens]
    if all(isinstance(part, str) for part in parts):
        constant = "".join(parts)  # type: ignore[arg-type]
        return lambda m: constant
    return lambda m: "".join(part if isinstance(part, str) else part(m) for part in parts)
