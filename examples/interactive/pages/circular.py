"""Circular callbacks: two inputs kept in sync by one callback that reads and writes both."""

from __future__ import annotations

from typing import Any

import dash_mantine_components as dmc
from dash import Input, Output, no_update

import dashclient as dc

from ._number import is_number

TITLE = "Circular callbacks"
GROUP = "Advanced techniques"
SEED = "Advanced Techniques › Circular Callbacks; Common Pitfalls › 1. Circular Dependency"
USES = "@dc.action with a JS twin reading the callback context"
INTRO = ("Celsius and Fahrenheit, each an Input and an Output of the same callback: Dash allows that "
         "circle inside one callback (two callbacks writing each other are the seed's pitfall). The "
         "function asks for the context (a parameter named context) to know which box the user typed in, "
         "and leaves that one alone (no_update). Results are rounded by dc.format.number in both halves.")
JS = "circular"
SEED_CODE = '''# The seed's fix for a circular dependency: allow_duplicate + prevent_initial_call
@callback(
    Output("a", "value", allow_duplicate=True),
    Input("b", "value"),
    prevent_initial_call=True
)
def update_a(b): return b

# Dash's own docs sync two inputs in ONE callback, reading ctx.triggered_id:
@callback(Output("celsius", "value"), Output("fahrenheit", "value"),
          Input("celsius", "value"), Input("fahrenheit", "value"))
def sync(celsius, fahrenheit):
    if ctx.triggered_id == "fahrenheit":
        return (fahrenheit - 32) * 5 / 9, no_update
    return no_update, celsius * 9 / 5 + 32'''


def panel(mode: str) -> list:
    return [
        dmc.Group([
            dmc.NumberInput(id=f"circular-{mode}-celsius", label="°C", value=20, w=140),
            dmc.NumberInput(id=f"circular-{mode}-fahrenheit", label="°F", w=140),
        ]),
        dmc.Text(id=f"circular-{mode}-summary"),
    ]


# -- shown --
degrees = dc.format.number(specifier=".2~f")  # 37.7777… -> "37.78", 68.0 -> "68"


@dc.action(js="interactive.sync_temperature")
def sync_temperature(celsius, fahrenheit, fahrenheit_id: str = "", context=None) -> tuple[Any, Any, str]:
    def summary(c, f):
        return f"{degrees(c)} °C = {degrees(f)} °F"

    if context["triggered_id"] == fahrenheit_id:
        if not is_number(fahrenheit):
            return no_update, no_update, "Enter a temperature"
        c = float(degrees((fahrenheit - 32) * 5 / 9))
        return c, no_update, summary(c, fahrenheit)
    if not is_number(celsius):  # the first call (nothing triggered) or the Celsius box
        return no_update, no_update, "Enter a temperature"
    f = float(degrees(celsius * 9 / 5 + 32))
    return no_update, f, summary(celsius, f)


def register(app, mode):
    celsius, fahrenheit = f"circular-{mode}-celsius", f"circular-{mode}-fahrenheit"
    dc.callback(sync_temperature(fahrenheit_id=fahrenheit),
                Output(celsius, "value"), Output(fahrenheit, "value"), Output(f"circular-{mode}-summary", "children"),
                Input(celsius, "value"), Input(fahrenheit, "value"), mode=mode, app=app)
# -- end shown --
