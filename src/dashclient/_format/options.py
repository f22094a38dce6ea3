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
