"""Calendar fields of a day, as ICU computes them: Gregorian (proleptic, as V8 sets it),
Buddhist, Japanese, Persian and the arithmetic Islamic calendars (civil, tabular, Umm al-Qura).

A day is an epoch day (days since 1970-01-01 in local time); ``fields(calendar, day)`` gives
(era, year in era, month 1-12, day of month). The algorithms are ICU 78's, transcribed:

- Persian (``PersianCalendar::handleComputeFields``): the 33-year arithmetic cycle.
- Islamic civil / tabular (``IslamicCalendar``): 30-year cycles from the Hijri epoch, 16 July 622
  (Julian; the tabular "tbla" one day earlier).
- Umm al-Qura (``IslamicUmalquraCalendar``): ICU's month-length table for AH 1300-1600 (read from
  ``icu.json``, derived from Intl), civil arithmetic outside it, walked the way ICU walks it.
- Japanese: eras from CLDR's start dates (``supplemental.json``); before the first (Taika, 645),
  era 0 with years counted back (600 CE is Taika -45, as ICU writes it).
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Callable

from . import locale_data

Fields = tuple[int, int, int, int]  # era, year, month (1-12), day

EPOCH_JULIAN_DAY = 2440588  # 1970-01-01
CIVIL_EPOCH = 1948440  # Julian day of 1 Muharram AH 1, civil reckoning
ASTRONOMICAL_EPOCH = 1948439
PERSIAN_EPOCH = 1948320
PERSIAN_CUMULATIVE_DAYS = (0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336)


def gregorian_date(day: int) -> tuple[int, int, int]:
    """(year, month, day) of an epoch day in the proleptic Gregorian calendar (year 0 = 1 BC)."""
    z = day + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


GREGORIAN_CUTOVER = -141427  # 1582-10-15: ICU's Gregorian calendars are Julian before it


def julian_date(day: int) -> tuple[int, int, int]:
    """(year, month, day) of an epoch day in the Julian calendar."""
    c = day + EPOCH_JULIAN_DAY + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def icu_gregorian_date(day: int) -> tuple[int, int, int]:
    """ICU's GregorianCalendar as V8 leaves it for the Buddhist and Japanese calendars (V8 makes
    only the Gregorian one proleptic): Julian before 15 October 1582."""
    return gregorian_date(day) if day >= GREGORIAN_CUTOVER else julian_date(day)


def gregorian(day: int) -> Fields:
    year, month, dom = gregorian_date(day)
    return (1, year, month, dom) if year > 0 else (0, 1 - year, month, dom)


def buddhist(day: int) -> Fields:
    year, month, dom = icu_gregorian_date(day)
    return 0, year + 543, month, dom


@lru_cache(maxsize=1)
def _japanese_era_starts() -> tuple[tuple[int, int, int], ...]:
    return tuple(tuple(int(part) for part in start.split("-")) for start in locale_data.supplemental()["japanese_eras"])


def japanese(day: int) -> Fields:
    year, month, dom = icu_gregorian_date(day)
    starts = _japanese_era_starts()
    era = 0
    for index, start in enumerate(starts):
        if (year, month, dom) >= start:
            era = index
        else:
            break
    return era, year - starts[era][0] + 1, month, dom


def persian_new_year_by_rule(year: int) -> int:
    """Epoch day of 1 Farvardin by the 33-year arithmetic rule."""
    return 365 * (year - 1) + (8 * year + 21) // 33 + PERSIAN_EPOCH - EPOCH_JULIAN_DAY


@lru_cache(maxsize=1)
def _persian_shifted() -> frozenset[int]:
    return frozenset(locale_data.icu()["persian_shifted_years"])


def persian_new_year(year: int) -> int:
    """Epoch day of 1 Farvardin as ICU has it: the rule's, a day earlier in the listed years."""
    return persian_new_year_by_rule(year) - (year in _persian_shifted())


def persian(day: int) -> Fields:
    days = day + EPOCH_JULIAN_DAY - PERSIAN_EPOCH
    year = 1 + (33 * days + 3) // 12053
    while day < persian_new_year(year):
        year -= 1
    while day >= persian_new_year(year + 1):
        year += 1
    day_of_year = day - persian_new_year(year)
    month = day_of_year // 31 if day_of_year < 216 else (day_of_year - 6) // 30
    return 0, year, month + 1, day_of_year - PERSIAN_CUMULATIVE_DAYS[month] + 1


def _civil_year_start(year: int) -> int:
    return (year - 1) * 354 + (3 + 11 * year) // 30


def _civil_month_start(year: int, month0: int) -> int:
    return math.ceil(29.5 * month0) + _civil_year_start(year)


def _civil_leap(year: int) -> bool:
    return (14 + 11 * year) % 30 < 11


def _islamic_arithmetic(days: int) -> tuple[int, int, int]:
    year = (30 * days + 10646) // 10631
    month0 = min(math.ceil((days - 29 - _civil_year_start(year)) / 29.5), 11)
    return year, month0 + 1, days - _civil_month_start(year, month0) + 1


def _islamic_fields(year: int, month: int, dom: int) -> Fields:
    return 0, year, month, dom  # ICU writes years before the Hijra as AH 0, -1, ...


def islamic_civil(day: int) -> Fields:
    return _islamic_fields(*_islamic_arithmetic(day + EPOCH_JULIAN_DAY - CIVIL_EPOCH))


def islamic_tbla(day: int) -> Fields:
    return _islamic_fields(*_islamic_arithmetic(day + EPOCH_JULIAN_DAY - ASTRONOMICAL_EPOCH))


class _UmmAlQura:
    """ICU's table and its walk (``IslamicUmalquraCalendar``)."""

    def __init__(self, table: dict):
        self.first_year = table["first_year"]
        self.lengths = [[29 + int(bit) for bit in year] for year in table["month_lengths"]]
        self.last_year = self.first_year + len(self.lengths) - 1
        start = table["first_day"] + EPOCH_JULIAN_DAY - CIVIL_EPOCH
        self.starts = {}
        for offset, months in enumerate(self.lengths):
            self.starts[self.first_year + offset] = start
            start += sum(months)

    def year_start(self, year: int) -> int:
        return self.starts[year] if self.first_year <= year <= self.last_year else _civil_year_start(year)

    def month_length(self, year: int, month0: int) -> int:
        if self.first_year <= year <= self.last_year:
            return self.lengths[year - self.first_year][month0]
        return 29 + (month0 + 1) % 2 + (month0 == 11 and _civil_leap(year))

    def year_length(self, year: int) -> int:
        if self.first_year <= year <= self.last_year:
            return sum(self.lengths[year - self.first_year])
        return 354 + _civil_leap(year)

    def fields(self, days: int) -> tuple[int, int, int]:
        if days < self.year_start(self.first_year):
            return _islamic_arithmetic(days)
        year = self.first_year - 1
        while True:
            year += 1
            d = days - self.year_start(year) + 1
            length = self.year_length(year)
            if d == length:
                return year, 12, d - sum(self.month_length(year, m) for m in range(11))
            if d < length:
                month0 = 0
                while d > self.month_length(year, month0):
                    d -= self.month_length(year, month0)
                    month0 += 1
                return year, month0 + 1, d


@lru_cache(maxsize=1)
def _umm_al_qura() -> _UmmAlQura:
    return _UmmAlQura(locale_data.icu()["umm_al_qura"])


def islamic_umalqura(day: int) -> Fields:
    return _islamic_fields(*_umm_al_qura().fields(day + EPOCH_JULIAN_DAY - CIVIL_EPOCH))


#: The calendars the twin computes, by CLDR name (``locale_data.CALENDARS``).
CALENDARS: dict[str, Callable[[int], Fields]] = {
    "gregorian": gregorian,
    "buddhist": buddhist,
    "japanese": japanese,
    "persian": persian,
    "islamic-civil": islamic_civil,
    "islamic-tbla": islamic_tbla,
    "islamic-umalqura": islamic_umalqura,
}


def weekday(day: int) -> int:
    """0 for Sunday ... 6 for Saturday (1970-01-01 was a Thursday)."""
    return (day + 4) % 7
