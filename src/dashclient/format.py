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
from ._format.number import format_number
from ._format.options import check_currency, check_fallback, check_locale

__all__ = ["number"]


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
