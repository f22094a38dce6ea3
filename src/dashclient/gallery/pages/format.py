"""The format page: any formatter, any options, client mode and server mode side by side.

Server mode is a normal callback running the Python twin. Client mode calls the JS function the
way a user's own code would (``dash_clientside.dashclient_format[fn](value, options)``) through
``assets/gallery.js``, but only with options the server validated (``format-validated`` store),
so both columns agree on bad options. The match badge compares the two texts in the browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import dash_mantine_components as dmc
from dash import ALL, ClientsideFunction, Dash, Input, Output, State, dcc, no_update

from ... import _spec
from ... import format as dc_format
from .._patterns import BY_NAME
from ._format_code import js_code, python_code
from . import _format_live
from ._format_fields import OPTION_TYPE, collect, fields

PATTERN = BY_NAME["format"]

LOCALES = ("en-US", "en-IN", "de-DE", "fr-FR", "es-ES", "pt-BR", "sv-SE", "ja-JP", "zh-CN", "hi-IN", "ar-EG", "ru-RU")

PREFERRED_FUNCTION = "currency"
DEFAULT_VALUE = "1234.5"
# A value that shows each function at its best; the value field resets to it when the function changes.
EXAMPLE_VALUES = {
    "percent": "0.256",
    "compact": "1234567",
    "bytes": "1536000",
    "date": "2024-03-15T14:30:00Z",
    "relative_time": "2024-03-15T14:30:00Z",
}

GALLERY_NAMESPACE = "dashclient_gallery"  # assets/gallery.js


def python_twin(fn: str) -> Any:
    """``dc.format.<fn>``, or None while a JS function has no Python twin yet."""
    return getattr(dc_format, fn, None) if fn in dc_format.__all__ else None


def function_choices() -> list[dict]:
    """Every function spec.json lists now; those without a Python twin yet cannot be picked."""
    return [
        {"value": fn, "label": fn if python_twin(fn) else f"{fn} (no Python twin yet)", "disabled": not python_twin(fn)}
        for fn in _spec.functions_of("format")
    ]


def initial_function() -> str:
    usable = [choice["value"] for choice in function_choices() if not choice["disabled"]]
    return PREFERRED_FUNCTION if PREFERRED_FUNCTION in usable else usable[0]


def example_value(fn: str) -> str:
    return EXAMPLE_VALUES.get(fn, DEFAULT_VALUE)


@dataclass(frozen=True)
class Evaluation:
    """What the server column, the error alert, the store and the code blocks show."""

    server_text: str
    validated: dict | None  # {"function", "options"} for the client column; None when it must stay empty
    error: str | None
    python: str
    js: str


def _twin_bug(fn: str, doing: str, error: Exception) -> str:
    message = str(error) or "no message"
    return f"dc.format.{fn} raised {type(error).__name__} while {doing}: {message} (a bug in the Python twin)"


def evaluate(fn: str, locale: Any, value: Any, option_values: list, option_ids: list[dict]) -> Evaluation:
    if fn not in _spec.functions_of("format"):
        return Evaluation("", None, f"dashclient_format has no function {fn!r}.", "", "")
    defaults = _spec.defaults_of("format", fn)
    try:
        asked = collect(fn, locale, option_values, option_ids)
    except ValueError as error:
        return Evaluation("", None, str(error), python_code(fn, {}, value), js_code(fn, {}, value))
    # Non-default options, in spec order: what a user would write.
    shown = {name: asked[name] for name in defaults if name in asked and asked[name] != defaults[name]}
    python, js = python_code(fn, shown, value), js_code(fn, shown, value)

    twin = python_twin(fn)
    if twin is None:
        return Evaluation("", None, f"dc.format.{fn} has no Python twin yet.", python, js)
    try:
        action = twin(**asked)
    except ValueError as error:  # bad options: the message names the option
        return Evaluation("", None, str(error), python, js)
    except Exception as error:  # pylint: disable=broad-except  (a bug in the twin: show it, don't 500)
        return Evaluation("", None, _twin_bug(fn, "binding options", error), python, js)
    try:
        text = action(value)
    except Exception as error:  # pylint: disable=broad-except  (a formatter must never raise for a value)
        return Evaluation("", None, _twin_bug(fn, f"formatting {value!r}", error), python, js)
    bound = action.bound_options  # validated and normalised ("eur" -> "EUR")
    return Evaluation(str(text), {"function": fn, "options": bound},
                      None, python_code(fn, bound, value), js_code(fn, bound, value))


def _result_column(title: str, caption: str, output_id: str) -> dmc.Paper:
    return dmc.Paper(
        dmc.Stack([
            dmc.Group([dmc.Text(title, fw=600), dmc.Text(caption, size="sm", c="dimmed")], justify="space-between"),
            dmc.Text(id=output_id, className="gallery-output", size="xl"),
        ], gap="xs"),
        withBorder=True, p="md",
    )


def layout() -> dmc.Stack:
    fn = initial_function()
    return dmc.Stack([
        dmc.Title(PATTERN.title, order=2),
        dmc.Text(PATTERN.summary),
        dmc.Paper(dmc.Stack([
            dmc.SimpleGrid([
                dmc.Select(id="format-function", label="function", data=function_choices(), value=fn,
                           allowDeselect=False),
                dmc.Autocomplete(id="format-locale", label="locale", data=list(LOCALES), value="en-US",
                                 description="pick one or type any BCP 47 tag"),
                dmc.TextInput(id="format-value", label="value", value=example_value(fn),
                              description="numbers, numeric strings, ISO dates; anything else: the fallback"),
            ], cols={"base": 1, "sm": 3}),
            dmc.Text("options", fw=600, size="sm"),
            dmc.SimpleGrid(id="format-options", children=fields(fn), cols={"base": 1, "xs": 2, "md": 4}),
        ], gap="sm"), withBorder=True, p="md"),
        dmc.Alert(id="format-error", title="Invalid options (ValueError at bind time)", color="red", hide=True),
        dmc.SimpleGrid([
            _result_column("Client mode", "JS in the browser", "format-client"),
            _result_column("Server mode", "Python twin", "format-server"),
        ], cols={"base": 1, "sm": 2}),
        dmc.Group([dmc.Text("client vs server:", size="sm"), dmc.Badge(id="format-match", color="gray")]),
        dmc.Text("Python", fw=600, size="sm"),
        dmc.Code(id="format-code", block=True),
        dmc.Text("JavaScript (what client mode runs)", fw=600, size="sm"),
        dmc.Code(id="format-code-js", block=True),
        dcc.Store(id="format-validated"),
        _format_live.layout(),
    ], gap="md")


def register_callbacks(app: Dash) -> None:
    _format_live.register_callbacks(app)

    @app.callback(
        Output("format-options", "children"),
        Output("format-value", "value"),
        Input("format-function", "value"),
        prevent_initial_call=True,
    )
    def show_function_options(fn: str):
        if fn not in _spec.functions_of("format"):
            return no_update, no_update
        return fields(fn), example_value(fn)

    @app.callback(
        Output("format-server", "children"),
        Output("format-validated", "data"),
        Output("format-error", "children"),
        Output("format-error", "hide"),
        Output("format-code", "children"),
        Output("format-code-js", "children"),
        Input("format-function", "value"),
        Input("format-locale", "value"),
        Input("format-value", "value"),
        Input({"type": OPTION_TYPE, "fn": ALL, "name": ALL}, "value"),
        State({"type": OPTION_TYPE, "fn": ALL, "name": ALL}, "id"),
    )
    def format_on_server(fn, locale, value, option_values, option_ids):
        result = evaluate(fn, locale, value, option_values, option_ids)
        return result.server_text, result.validated, result.error or "", result.error is None, result.python, result.js

    app.clientside_callback(
        ClientsideFunction(GALLERY_NAMESPACE, "format_validated"),
        Output("format-client", "children"),
        Input("format-value", "value"),
        Input("format-validated", "data"),
    )

    app.clientside_callback(
        ClientsideFunction(GALLERY_NAMESPACE, "compare_texts"),
        Output("format-match", "children"),
        Output("format-match", "color"),
        Input("format-client", "children"),
        Input("format-server", "children"),
    )
