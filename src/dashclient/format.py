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

One bound formatter serves every place a Dash app shows a value (docs/everywhere.md)::

    dag.AgGrid(columnDefs=[{"field": "price", "valueFormatter": price.ag_grid()}], ...)
    dmc.BarChart(valueFormatter=price.dmc(), ...)          # tooltip and value axis
    dmc.Slider(label=price.dmc(), ...)
    dcc.Slider(tooltip={"transform": price.dcc(), "always_visible": True}, ...)
    dc.callback(price.plotly(), Output("chart", "figure"), Input("chart", "figure"))
    df["price_text"] = price.many(df["price"])             # the server's copy of the same strings
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from ._action import Action, ActionFactory
from ._format import bytes as _bytes, compact as _compact, currency as _currency, dates as _dates
from ._format import number as _number, percent as _percent, relative_time as _relative_time
from ._format.values import fallback_of

__all__ = ["number", "currency", "percent", "compact", "bytes", "date", "relative_time", "FormatAction"]


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


def escape_dots(name: str) -> str:
    """A bound name without dots, for dcc's dotted names (js/format/adapters.js escapeDots)."""
    return name.replace("%", "%25").replace(".", "%2E")


def _js_string(text: str) -> str:
    """``text`` as a single-quoted JS string literal, as AG Grid's expression parser reads it."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'")
    for char, escape in (("\n", "\\n"), ("\r", "\\r"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        escaped = escaped.replace(char, escape)
    return f"'{escaped}'"


class FormatAction(Action):
    """A bound formatter: its Python twin (``price(1234.5)``, ``price.many(column)``) and what each
    library that shows values takes to call the same JS function in the browser.

    These helpers need constant options: a grid column, a chart prop or a slider tooltip has no
    callback to read a page-bound option from (``ValueError`` says which one). Change them by
    rebuilding the prop in a callback.
    """

    __slots__ = ()

    def _constants_only(self, place: str) -> None:
        if self.page:
            option = next(iter(self.page))
            raise ValueError(f"{self.qualname}: option {option!r} is bound to the page, and {place} has no callback "
                             "to read it from; give it a constant (rebuild the prop in a callback to change it)")

    def ag_grid(self) -> dict[str, str]:
        """An AG Grid column's ``valueFormatter`` (or ``tooltipValueGetter``): a call of this
        bound function on ``params.value``, which dash-ag-grid evaluates without eval.

        Returns
        -------
        dict
            ``{"function": "dash_clientside.dashclient_format['currency:{...}'](params.value)"}``
        """
        self._constants_only("an AG Grid column")
        name = self.function_name
        member = f".{name}" if name.isidentifier() else f"[{_js_string(name)}]"
        return {"function": f"dash_clientside.{self.namespace}{member}(params.value)"}

    def dmc(self) -> dict[str, Any]:
        """A dash-mantine-components function prop (``valueFormatter``, an axis's
        ``tickFormatter``, a Slider's ``label``...): the function's dotted name under
        ``window.dashMantineFunctions`` and its options, which DMC passes after the value.

        Returns
        -------
        dict
            ``{"function": "dashclient_format.currency", "options": {"currency": "EUR"}}``
        """
        self._constants_only("a dash-mantine-components prop")
        return {"function": f"{self.namespace}.{self.name}", "options": dict(self.bound_options)}

    def dcc(self) -> str:
        """A ``dcc.Slider``/``dcc.RangeSlider`` ``tooltip.transform``: a dotted name under
        ``window.dccFunctions`` (dots inside the options escaped as ``%2E``).

        Returns
        -------
        str
            ``'dashclient_format.currency:{"currency":"EUR"}'``
        """
        self._constants_only("a dcc slider's tooltip")
        return f"{self.namespace}.{escape_dots(self.function_name)}"

    def plotly(self, **options: Any) -> Action:
        """An action writing this formatter's strings into a Plotly figure as a Patch
        (``dc.figure.format_text(format=self, **options)``): hover labels from ``customdata`` and
        tick labels from ``ticktext``; register it with ``dc.callback`` on the figure."""
        self._constants_only("a figure's text")
        from . import figure  # pylint: disable=import-outside-toplevel

        return figure.format_text(format=self, **options)


class _FormatFactory(ActionFactory):
    action_class = FormatAction


def _formatter(module: Any, name: str, twin: str | None = None) -> ActionFactory:
    return _FormatFactory("format", name, _compiler(module, twin or name), invalid=_fallback)


number = _formatter(_number, "number")
currency = _formatter(_currency, "currency")
percent = _formatter(_percent, "percent")
compact = _formatter(_compact, "compact")
bytes = _formatter(_bytes, "bytes")  # noqa: A001 - the public name, shared with JS
date = _formatter(_dates, "date")
relative_time = _formatter(_relative_time, "relative_time")
