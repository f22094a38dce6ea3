"""``dc.format``: locale-aware formatters that run in the browser, with a Python twin.

Each function binds and validates options and returns an action::

    price = dc.format.currency(currency="EUR", locale="de-DE")
    price(1234.5)                    # '1.234,50\xa0€', the same string the browser shows
    dc.callback(price, Output("price", "children"), Input("amount", "value"))

Values in, in both modes: numbers and numeric strings format; None, "", NaN, booleans,
containers and other strings give the ``fallback`` option (default ""); ±Infinity formats as the
locale's infinity. Nothing raises for a value. Bad options raise ValueError at bind time.
"""

from __future__ import annotations

from ._action import ActionFactory
from ._format import d3
from ._format.bytes import UNITS as BYTE_UNITS, format_bytes
from ._format.compact import DISPLAYS as COMPACT_DISPLAYS, format_compact
from ._format.currency import DISPLAYS as CURRENCY_DISPLAYS, format_currency
from ._format.dates import STYLES as DATE_STYLES, format_date
from ._format.number import format_number
from ._format.options import (
    MAX_DIGITS, check_calendar, check_choice, check_currency, check_fallback, check_int, check_locale,
    check_moment, check_time_zone,
)
from ._format.percent import format_percent
from ._format.relative_time import NUMERIC, STYLES as RELATIVE_STYLES, format_relative_time

__all__ = ["number", "currency", "percent", "compact", "bytes", "date", "relative_time"]


def _validate_number(options: dict) -> None:
    where = "dc.format.number"
    check_locale(where, options)
    check_fallback(where, options)
    if not isinstance(options["specifier"], str):
        raise ValueError(f"{where}: option 'specifier' must be a d3-format specifier string")
    try:
        d3.parse_specifier(options["specifier"])
    except ValueError as error:
        raise ValueError(f"{where}: option 'specifier' {error}") from None
    check_currency(where, options)


number = ActionFactory(
    "format", "number", format_number, _validate_number,
    doc="""A d3-format specifier (``,.2f``, ``$,.0f``, ``.1%``, ``~s``, ``+.3e``, ...) in a locale.

    Options: ``specifier`` (default ``","``), ``locale`` (BCP 47, default ``"en-US"``),
    ``currency`` (ISO 4217 code used by the ``$`` symbol, default ``"USD"``), ``fallback``.
    """,
)


def _validate_currency(options: dict) -> None:
    where = "dc.format.currency"
    check_locale(where, options)
    check_fallback(where, options)
    check_currency(where, options)
    check_choice(where, options, "display", CURRENCY_DISPLAYS)
    check_int(where, options, "digits", 0, MAX_DIGITS, optional=True)


currency = ActionFactory(
    "format", "currency", format_currency, _validate_currency,
    doc="""An amount of money as ``Intl.NumberFormat`` style "currency" writes it ("$1,234.50").

    Options: ``currency`` (ISO 4217, default ``"USD"``), ``display`` (``"symbol"`` $,
    ``"narrowSymbol"``, ``"code"`` USD, ``"name"`` US dollars), ``digits`` (fraction digits,
    0-20; None = the currency's own: 2 for USD, 0 for JPY), ``locale`` (default ``"en-US"``),
    ``fallback``. Rounding is half away from zero.
    """,
)


def _validate_percent(options: dict) -> None:
    where = "dc.format.percent"
    check_locale(where, options)
    check_fallback(where, options)
    check_int(where, options, "digits", 0, MAX_DIGITS)


percent = ActionFactory(
    "format", "percent", format_percent, _validate_percent,
    doc="""A ratio as a percentage in a locale: 0.25 -> "25%" (de-DE "25 %").

    Options: ``digits`` (fraction digits of the percentage, 0-20, default 0), ``locale``
    (default ``"en-US"``), ``fallback``. Rounding is half away from zero.
    """,
)


def _validate_compact(options: dict) -> None:
    where = "dc.format.compact"
    check_locale(where, options)
    check_fallback(where, options)
    check_choice(where, options, "display", COMPACT_DISPLAYS)


compact = ActionFactory(
    "format", "compact", format_compact, _validate_compact,
    doc="""A number in the locale's compact notation: "1.2K", "1.2 thousand", "1,2 Mio.", "123万".

    Two significant digits, or no fraction digits when the integer part has more (123K).
    Options: ``display`` (``"short"`` or ``"long"``, default ``"short"``), ``locale``
    (default ``"en-US"``), ``fallback``.
    """,
)


def _validate_bytes(options: dict) -> None:
    where = "dc.format.bytes"
    check_locale(where, options)
    check_fallback(where, options)
    check_choice(where, options, "units", BYTE_UNITS)
    check_int(where, options, "digits", 0, MAX_DIGITS)


bytes = ActionFactory(  # noqa: A001 - the public name, shared with JS
    "format", "bytes", format_bytes, _validate_bytes,
    doc="""A size in bytes with the largest unit not above it: "1.5 kB", "1.5 KiB".

    ``units``: ``"si"`` (B, kB, MB, GB, TB, PB; steps of 1000; the locale's own unit names, as
    Intl's byte units) or ``"binary"`` (KiB, MiB, GiB, TiB, PiB; steps of 1024; the IEC symbol
    after the locale's number, the same in every locale). ``digits``: maximum fraction digits
    (0-20, default 1). Options also ``locale`` (default ``"en-US"``), ``fallback``.
    """,
)


def _validate_date(options: dict) -> None:
    where = "dc.format.date"
    check_locale(where, options)
    check_calendar(where, options)
    check_fallback(where, options)
    check_choice(where, options, "date_style", (*DATE_STYLES, None))
    check_choice(where, options, "time_style", (*DATE_STYLES, None))
    if options["date_style"] is None and options["time_style"] is None:
        raise ValueError(f"{where}: options 'date_style' and 'time_style' cannot both be None")
    check_time_zone(where, options)


date = ActionFactory(
    "format", "date", format_date, _validate_date,
    doc="""A moment as ``Intl.DateTimeFormat`` writes it with ``dateStyle``/``timeStyle``.

    Values: epoch milliseconds, numeric strings, ISO 8601 strings (no offset = UTC).
    Options: ``date_style`` and ``time_style`` (``"full"``, ``"long"``, ``"medium"``, ``"short"``
    or None; not both None; defaults ``"medium"`` and None), ``time_zone`` (IANA, default
    ``"UTC"``), ``locale`` (default ``"en-US"``), ``fallback``.
    """,
)


def _validate_relative_time(options: dict) -> None:
    where = "dc.format.relative_time"
    check_locale(where, options)
    check_fallback(where, options)
    check_moment(where, options, "now", optional=True)
    check_choice(where, options, "numeric", NUMERIC)
    check_choice(where, options, "style", RELATIVE_STYLES)


relative_time = ActionFactory(
    "format", "relative_time", format_relative_time, _validate_relative_time,
    doc="""How far a moment is from ``now``, as ``Intl.RelativeTimeFormat`` writes it ("in 3 days").

    The difference picks its unit: seconds (< 1 min), minutes (< 1 h), hours (< 1 day), days
    (< 7), weeks (< 30 days), months of 30 days (< 365 days), else years of 365 days; the count is
    rounded half away from zero, moving up a unit when rounding reaches the bound (59.5 s: 1 minute).
    Options: ``now`` (epoch ms or ISO 8601; None = the current time when called), ``numeric``
    (``"always"`` or ``"auto"``: "yesterday"), ``style`` (``"long"``, ``"short"``, ``"narrow"``),
    ``locale`` (default ``"en-US"``), ``fallback``.
    """,
)
