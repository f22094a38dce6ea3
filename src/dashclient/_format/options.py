"""Option validators shared by the formatters: each raises ValueError naming the option.

The checks across options (a calendar the twin computes, locales whose names the browser takes
from its own language) are schema constraints, the same in both halves: dashclient/_types.py
DOMAIN_CHECKS and js/format/options.js CHECKS."""

from __future__ import annotations

from typing import Any, Iterable

from . import locale_data, time_zones


def fail(where: str, option: str, value: Any, expected: str) -> None:
    raise ValueError(f"{where}: option {option!r} must be {expected}, got {value!r}")


def check_locale(where: str, options: dict, option: str = "locale") -> None:
    """A BCP 47 tag (Unicode extensions such as ``-u-nu-arab`` included) whose language the CLDR
    snapshot has."""
    tag = options[option]
    if not isinstance(tag, str) or locale_data.locale_tags.parse(tag) is None:
        fail(where, option, tag, "a BCP 47 language tag such as 'en-US' or 'de-DE'")
    if any(locale_data.locale(tag, service) is None for service in locale_data.SERVICES):
        fail(where, option, tag, "a locale the browser's ICU holds (for this one it would show its own "
                                 "default language instead, which the server cannot know)")


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
    code = options[option]
    if not isinstance(code, str) or code.upper() not in locale_data.currency_codes():
        fail(where, option, code, "an ISO 4217 currency code such as 'USD' or 'EUR'")
    options[option] = code.upper()


def check_time_zone(where: str, options: dict, option: str = "time_zone") -> None:
    """An IANA time zone of the pinned tz database ("UTC", "America/New_York"), matched
    case-insensitively as Intl does; normalised to its canonical spelling in place."""
    name = options[option]
    canonical = time_zones.canonical_name(name) if isinstance(name, str) else None
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
