"""``dc.format``: locale-aware formatters that run in the browser, with a Python twin.

Each function binds and validates options and returns an action::

    price = dc.format.currency(currency="EUR", locale="de-DE")
    price(1234.5)                    # '1.234,50\\xa0€', the same string the browser shows
    dc.callback(price, Output("price", "children"), Input("amount", "value"))

Any option may be a Dash ``Input`` or ``State`` (``locale=Input("loc", "value")``): it is read and
validated on every call, and an invalid value shows the fallback in both halves.

Values in, in both modes: numbers and numeric strings format; None, "", NaN, booleans,
containers and other strings give the ``fallback`` option (default ""); ±Infinity formats as the
locale's infinity. Nothing raises for a value. Bad options raise ValueError at bind time.
The options of every function, their defaults and ranges: docs/reference.md (from spec.json).
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from ._action import ActionFactory
from ._format import bytes as _bytes, compact as _compact, currency as _currency, dates as _dates
from ._format import number as _number, percent as _percent, relative_time as _relative_time
from ._format.values import fallback_of

__all__ = ["number", "currency", "percent", "compact", "bytes", "date", "relative_time"]


def _compiler(module: Any, name: str) -> Callable[[dict], Callable[[Any], str]]:
    """The twin's ``compile_<name>(options)`` where it has one, else its ``format_<name>``
    with the options bound."""
    compile_ = getattr(module, f"compile_{name}", None)
    if compile_ is not None:
        return compile_
    format_ = getattr(module, f"format_{name}")

    def compile_options(options: dict) -> Callable[[Any], str]:
        return lambda value: format_(value, options)

    return compile_options


def _fallback(options: Mapping[str, Any]) -> str:
    """Invalid options from the page show the fallback (or "" when the fallback is the problem)."""
    return fallback_of(options)


def _formatter(module: Any, name: str, twin: str | None = None) -> ActionFactory:
    return ActionFactory("format", name, _compiler(module, twin or name), invalid=_fallback)


number = _formatter(_number, "number")
currency = _formatter(_currency, "currency")
percent = _formatter(_percent, "percent")
compact = _formatter(_compact, "compact")
bytes = _formatter(_bytes, "bytes")  # noqa: A001 - the public name, shared with JS
date = _formatter(_dates, "date")
relative_time = _formatter(_relative_time, "relative_time")
