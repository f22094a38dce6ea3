"""Option validators shared by the formatters: each raises ValueError naming the option."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from babel import Locale, UnknownLocaleError

# language[-script][-region][-variant...] as Intl accepts them; extensions (-u-...) are not supported.
BCP47 = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*",
                   re.ASCII)


def fail(where: str, option: str, value: Any, expected: str) -> None:
    raise ValueError(f"{where}: option {option!r} must be {expected}, got {value!r}")


@lru_cache(maxsize=256)
def babel_locale(tag: str) -> Locale:
    """The Babel locale for a BCP 47 tag (``de-DE`` -> ``de_DE``)."""
    return Locale.parse(tag, sep="-")


def check_locale(where: str, options: dict, option: str = "locale") -> None:
    tag = options[option]
    if not isinstance(tag, str) or not BCP47.fullmatch(tag):
        fail(where, option, tag, "a BCP 47 language tag such as 'en-US' or 'de-DE'")
    try:
        babel_locale(tag)
    except (UnknownLocaleError, ValueError):
        fail(where, option, tag, "a locale with CLDR data (Babel does not know this one)")


def check_choice(where: str, options: dict, option: str, allowed: Iterable[str]) -> None:
    allowed = tuple(allowed)
    if options[option] not in allowed:
        fail(where, option, options[option], "one of " + ", ".join(repr(a) for a in allowed))


def check_int(where: str, options: dict, option: str, low: int, high: int, optional: bool = False) -> None:
    value = options[option]
    if optional and value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        fail(where, option, value, f"an integer from {low} to {high}" + (" or None" if optional else ""))


#: Intl.NumberFormat accepts 0-100 fraction digits; dashclient's formatters take 0-20 (a double
#: carries at most 17 significant digits).
MAX_DIGITS = 20


def check_fallback(where: str, options: dict) -> None:
    if not isinstance(options["fallback"], str):
        fail(where, "fallback", options["fallback"], "a string")


def check_currency(where: str, options: dict, option: str = "currency") -> None:
    """An ISO 4217 code CLDR knows; normalised to upper case in place."""
    from babel.numbers import list_currencies  # pylint: disable=import-outside-toplevel

    code = options[option]
    if not isinstance(code, str) or code.upper() not in list_currencies():
        fail(where, option, code, "an ISO 4217 currency code such as 'USD' or 'EUR'")
    options[option] = code.upper()


@lru_cache(maxsize=1)
def _time_zones() -> dict[str, str]:
    """IANA zone names by their case-folded spelling (Intl matches them case-insensitively)."""
    from zoneinfo import available_timezones  # pylint: disable=import-outside-toplevel

    return {name.casefold(): name for name in (*available_timezones(), "UTC")}


def check_time_zone(where: str, options: dict, option: str = "time_zone") -> None:
    """An IANA time zone the zoneinfo database knows ("UTC", "America/New_York"); normalised to
    its canonical spelling in place. Where the system has no tz database (Windows), the ``tzdata``
    package provides it."""
    name = options[option]
    canonical = _time_zones().get(name.casefold()) if isinstance(name, str) else None
    if canonical is None:
        fail(where, option, name, "an IANA time zone such as 'UTC' or 'America/New_York'")
    options[option] = canonical


def check_moment(where: str, options: dict, option: str, optional: bool = False) -> None:
    """Epoch milliseconds or an ISO 8601 string (``None`` too when optional)."""
    from .values import to_epoch_ms  # pylint: disable=import-outside-toplevel

    value = options[option]
    if optional and value is None:
        return
    if to_epoch_ms(value) is None:
        fail(where, option, value, "epoch milliseconds or an ISO 8601 string" + (" or None" if optional else ""))
