"""ICU's DateTimePatternGenerator, for the time skeletons ICU's SimpleDateFormat asks it for.

ICU builds a time style's pattern from a skeleton instead of the locale's time pattern when the
locale names an hour cycle (``-u-hc-h23``) or its region is not one ICU holds data for (zh-MY is
served zh's data, but with Malaysia's hour cycle). The skeletons are ``jmmsszzzz`` (full),
``jmmssz`` (long), ``jmmss`` (medium), ``jmm`` (short); ``j`` is the hour cycle's letter (the
``-u-hc-`` one, else the region's preferred one in CLDR's timeData).

The generator matches a skeleton against the locale's availableFormats (and canonical one-field
patterns) by ICU's distance -- per field, a type number; a missing field costs 0x1000, an extra
one 0x10000, otherwise the types' difference -- adjusts the best pattern's fields to the
skeleton's letters and widths, and appends fields still missing with the locale's appendItems
("{0} {1}"). Transcribed from ICU 78's dtptngen.cpp for the fields time skeletons use.
"""

from __future__ import annotations

from typing import NamedTuple

from . import locale_data
from .date_fields import tokenize
from .locale_data import Locale

ERA, YEAR, QUARTER, MONTH, WEEK, WEEK_OF_MONTH, WEEKDAY, DAY_OF_YEAR, DAY_OF_WEEK_IN_MONTH, DAY, \
    DAYPERIOD, HOUR, MINUTE, SECOND, FRACTION, ZONE = range(16)
FIELDS = 16
NUMERIC, NARROW, SHORTER, SHORT, LONG, DELTA = 0x100, -0x101, -0x102, -0x103, -0x104, 0x10
EXTRA_FIELD, MISSING_FIELD = 0x10000, 0x1000
TIME_SKELETONS = {"full": "jmmsszzzz", "long": "jmmssz", "medium": "jmmss", "short": "jmm"}
HOUR_CYCLE_LETTERS = {"h11": "K", "h12": "h", "h23": "H", "h24": "k"}
CANONICAL_ITEMS = "GyQMwWEDFdaHmsSv"
APPEND_KEYS = {DAYPERIOD: "DayPeriod", HOUR: "Hour", MINUTE: "Minute", SECOND: "Second", ZONE: "Timezone"}
DEFAULT_APPEND = "{0} \u251c{2}: {1}\u2524"

# ICU's dtTypes: (letter, field, type, minimum length), in ICU's order.
DT_TYPES = (
    ("G", ERA, SHORT, 1), ("G", ERA, LONG, 4), ("G", ERA, NARROW, 5),
    ("y", YEAR, NUMERIC, 1), ("Y", YEAR, NUMERIC + DELTA, 1), ("u", YEAR, NUMERIC + 2 * DELTA, 1),
    ("r", YEAR, NUMERIC + 3 * DELTA, 1),
    ("Q", QUARTER, NUMERIC, 1), ("Q", QUARTER, SHORT, 3), ("Q", QUARTER, LONG, 4), ("Q", QUARTER, NARROW, 5),
    ("M", MONTH, NUMERIC, 1), ("M", MONTH, SHORT, 3), ("M", MONTH, LONG, 4), ("M", MONTH, NARROW, 5),
    ("L", MONTH, NUMERIC + DELTA, 1), ("L", MONTH, SHORT - DELTA, 3), ("L", MONTH, LONG - DELTA, 4),
    ("L", MONTH, NARROW - DELTA, 5),
    ("w", WEEK, NUMERIC, 1), ("W", WEEK_OF_MONTH, NUMERIC, 1),
    ("E", WEEKDAY, SHORT, 1), ("E", WEEKDAY, LONG, 4), ("E", WEEKDAY, NARROW, 5), ("E", WEEKDAY, SHORTER, 6),
    ("c", WEEKDAY, NUMERIC + 2 * DELTA, 1), ("c", WEEKDAY, SHORT - 2 * DELTA, 3), ("c", WEEKDAY, LONG - 2 * DELTA, 4),
    ("c", WEEKDAY, NARROW - 2 * DELTA, 5), ("c", WEEKDAY, SHORTER - 2 * DELTA, 6),
    ("d", DAY, NUMERIC, 1), ("D", DAY_OF_YEAR, NUMERIC, 1), ("F", DAY_OF_WEEK_IN_MONTH, NUMERIC, 1),
    ("a", DAYPERIOD, SHORT, 1), ("a", DAYPERIOD, LONG, 4), ("a", DAYPERIOD, NARROW, 5),
    ("b", DAYPERIOD, SHORT - DELTA, 1), ("b", DAYPERIOD, LONG - DELTA, 4), ("b", DAYPERIOD, NARROW - DELTA, 5),
    ("B", DAYPERIOD, SHORT - 3 * DELTA, 1), ("B", DAYPERIOD, LONG - 3 * DELTA, 4),
    ("B", DAYPERIOD, NARROW - 3 * DELTA, 5),
    ("H", HOUR, NUMERIC + 10 * DELTA, 1), ("k", HOUR, NUMERIC + 11 * DELTA, 1), ("h", HOUR, NUMERIC, 1),
    ("K", HOUR, NUMERIC + DELTA, 1),
    ("m", MINUTE, NUMERIC, 1), ("s", SECOND, NUMERIC, 1), ("A", SECOND, NUMERIC + DELTA, 1),
    ("S", FRACTION, NUMERIC, 1),
    ("v", ZONE, SHORT - 2 * DELTA, 1), ("v", ZONE, LONG - 2 * DELTA, 4), ("z", ZONE, SHORT, 1), ("z", ZONE, LONG, 4),
    ("Z", ZONE, NARROW - DELTA, 1), ("Z", ZONE, LONG - DELTA, 4), ("Z", ZONE, SHORT - DELTA, 5),
    ("O", ZONE, SHORT - DELTA, 1), ("O", ZONE, LONG - DELTA, 4),
    ("V", ZONE, SHORT - DELTA, 1), ("V", ZONE, LONG - DELTA, 2), ("V", ZONE, LONG - 1 - DELTA, 3),
    ("V", ZONE, LONG - 2 - DELTA, 4),
    ("X", ZONE, NARROW - DELTA, 1), ("X", ZONE, SHORT - DELTA, 2), ("X", ZONE, LONG - DELTA, 4),
    ("x", ZONE, NARROW - DELTA, 1), ("x", ZONE, SHORT - DELTA, 2), ("x", ZONE, LONG - DELTA, 4),
)


def canonical_row(letter: str, length: int) -> tuple | None:
    """ICU's getCanonicalIndex: the letter's row with the longest minimum length <= length."""
    rows = [row for row in DT_TYPES if row[0] == letter]
    best = None
    for row in rows:
        if best is None or row[3] <= length:
            best = row
    return best


class Skeleton(NamedTuple):
    """ICU's PtnSkeleton: per field a type number, the letters as written, the base letters."""

    types: tuple[int, ...]
    original: tuple[str, ...]  # e.g. "mm" at MINUTE
    base: tuple[str, ...]


def skeleton_of(pattern: str) -> Skeleton:
    """DateTimeMatcher::set: the skeleton of a pattern (or of a skeleton string)."""
    types, original, base = [0] * FIELDS, [""] * FIELDS, [""] * FIELDS
    for text, count in tokenize(pattern):
        if count < 0:
            continue
        row = canonical_row(text, count)
        if row is None:
            continue
        letter, field, kind, min_length = row
        original[field], base[field] = text * count, letter * min_length
        types[field] = kind + count if kind > 0 else kind
    if original[HOUR] and original[HOUR][0] in "hK":
        if not original[DAYPERIOD]:  # h and K imply a day period ("a")
            original[DAYPERIOD], base[DAYPERIOD], types[DAYPERIOD] = "a", "a", SHORT
    elif original[HOUR]:
        original[DAYPERIOD], base[DAYPERIOD], types[DAYPERIOD] = "", "", 0
    return Skeleton(tuple(types), tuple(original), tuple(base))


def distance(requested: Skeleton, other: Skeleton, mask: int) -> tuple[int, int]:
    """(distance, missing-field mask) of a candidate: DateTimeMatcher::getDistance."""
    result = missing = 0
    for field in range(FIELDS):
        mine = requested.types[field] if mask & (1 << field) else 0
        theirs = other.types[field]
        if mine == theirs:
            continue
        if mine == 0:
            result += EXTRA_FIELD
        elif theirs == 0:
            result += MISSING_FIELD
            missing |= 1 << field
        else:
            result += abs(mine - theirs)
    return result, missing


class Entry(NamedTuple):
    skeleton: Skeleton
    pattern: str
    specified: bool  # the availableFormats key gave the skeleton


@locale_data.data_cache(maxsize=256)
def pattern_map(locale: Locale) -> tuple[Entry, ...]:
    """The generator's patterns in ICU's iteration order: by the base pattern's first letter
    (A-Z, then a-z), each letter's entries in the order they were added (canonical items, then
    availableFormats, a later entry with the same fields replacing an earlier one)."""
    from .dates import calendar_data  # pylint: disable=import-outside-toplevel

    _, patterns = calendar_data(locale)
    entries: list[Entry] = [Entry(skeleton_of(item), item, False) for item in CANONICAL_ITEMS]
    for key, pattern in sorted(patterns.get("time_skeletons", {}).items()):
        skeleton = skeleton_of(key)
        for index, entry in enumerate(entries):
            if entry.skeleton.base == skeleton.base and entry.skeleton.types == skeleton.types:
                entries[index] = Entry(skeleton, pattern, True)
                break
        else:
            entries.append(Entry(skeleton, pattern, True))

    def first_letter(entry: Entry) -> int:
        letter = next(base for base in entry.skeleton.base if base)[0]
        return ord(letter) - ord("A") if letter.isupper() else 26 + ord(letter) - ord("a")

    return tuple(sorted(entries, key=first_letter))


def best_raw(locale: Locale, requested: Skeleton, mask: int) -> tuple[Entry, int, int]:
    """(best entry, its distance, its missing-field mask): DateTimePatternGenerator::getBestRaw."""
    best, best_distance, best_missing = None, 0x7FFFFFFF, -1
    for entry in pattern_map(locale):
        found, missing = distance(requested, entry.skeleton, mask)
        if found < best_distance or (found == best_distance and best_missing < missing):
            best, best_distance, best_missing = entry, found, missing
            if found == 0:
                break
    return best, best_distance, best_missing


def adjust(entry: Entry, requested: Skeleton, hour_letter: str) -> str:
    """adjustFieldTypes (no match options): the pattern's fields in the requested letters and
    widths; hour, minute and second keep the pattern's widths."""
    out = []
    for text, count in tokenize_keeping_quotes(entry.pattern):
        if count < 0:
            out.append(text)
            continue
        row = canonical_row(text, count)
        if row is None:
            out.append(text * count)
            continue
        field = row[1]
        if not requested.types[field]:
            out.append(text * count)
            continue
        wanted = requested.original[field]
        letter, length = wanted[0], len(wanted)
        if letter == "E" and length < 3:
            length = 3
        if field in (HOUR, MINUTE, SECOND):
            length = count
        elif entry.specified and letter not in "ce":
            skeleton_length = len(entry.skeleton.original[field])
            pattern_numeric, requested_numeric = row[2] > 0, requested.types[field] > 0
            if skeleton_length == length or pattern_numeric != requested_numeric:
                length = count
        char = text if field in (HOUR, MONTH, WEEKDAY) or (field == YEAR and letter != "Y") else letter
        if char == "E" and length < 3:
            char = "e"
        if field == HOUR and hour_letter:
            if letter == hour_letter:
                char = hour_letter
            else:
                char = {("h", "K"): "K", ("H", "k"): "k", ("k", "H"): "H", ("K", "h"): "h"}.get((letter, hour_letter), char)
        out.append(char * length)
    return "".join(out)


def tokenize_keeping_quotes(pattern: str) -> list[tuple[str, int]]:
    """Fields as (letter, count); literal text kept as written (quoted, for the output pattern)."""
    out: list[tuple[str, int]] = []
    i, quoted, literal = 0, False, []
    while i < len(pattern):
        char = pattern[i]
        if char == "'":
            quoted = not quoted
            literal.append(char)
        elif not quoted and char.isascii() and char.isalpha():
            end = i
            while end < len(pattern) and pattern[end] == char:
                end += 1
            if literal:
                out.append(("".join(literal), -1))
                literal = []
            out.append((char, end - i))
            i = end
            continue
        else:
            literal.append(char)
        i += 1
    if literal:
        out.append(("".join(literal), -1))
    return out


def hour_letter(locale: Locale) -> str:
    """fDefaultHourFormatChar: the -u-hc- letter, else the region's preferred one (H by default)."""
    if locale.hour_cycle:
        return HOUR_CYCLE_LETTERS[locale.hour_cycle]
    preferred = locale_data.supplemental()["time_data"].get(locale.region, ["H", "H"])[0]
    return preferred[:1] or "H"


def best_pattern(locale: Locale, skeleton: str) -> str:
    """getBestPattern for a time skeleton (``j`` replaced by the hour letter)."""
    letter = hour_letter(locale)
    requested = skeleton_of(skeleton.replace("j", letter))
    entry, _, missing = best_raw(locale, requested, -1)
    if not missing and not _extra(requested, entry.skeleton):
        return adjust(entry, requested, letter)
    wanted = sum(1 << field for field in range(FIELDS) if requested.types[field])
    time_mask = wanted & ~((1 << DAYPERIOD) - 1)
    entry, _, missing = best_raw(locale, requested, time_mask)
    result = adjust(entry, requested, letter)
    if missing:  # getBestAppending: ICU's loop stops after one appended pattern
        entry, _, still_missing = best_raw(locale, requested, missing)
        piece = adjust(entry, requested, letter)
        found = missing & ~still_missing
        top = min(found.bit_length() - 1, ZONE) if found else 0
        template = calendar_data_append(locale)[1].get(APPEND_KEYS.get(top, ""), DEFAULT_APPEND)
        result = template.replace("{0}", result).replace("{1}", piece).replace("{2}", "")
    return result


def _extra(requested: Skeleton, other: Skeleton) -> bool:
    return any(other.types[f] and not requested.types[f] for f in range(FIELDS))


def calendar_data_append(locale: Locale) -> tuple[dict, dict]:
    from .dates import calendar_data  # pylint: disable=import-outside-toplevel

    _, patterns = calendar_data(locale)
    return patterns, patterns.get("append_items", {})


def time_pattern(locale: Locale, style: str) -> str:
    """The time style's pattern as ICU's SimpleDateFormat builds it through the generator."""
    return best_pattern(locale, TIME_SKELETONS[style])
