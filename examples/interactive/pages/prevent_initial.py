"""Preventing initial calls: the layout's text stays until the first click."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output

import dashclient as dc

TITLE = "Preventing initial calls"
GROUP = "Advanced techniques"
SEED = "Advanced Techniques › Preventing Initial Calls"
USES = "@dc.action with a JS twin, prevent_initial_call=True"
INTRO = ("dc.callback passes prevent_initial_call to Dash in both modes: the text below is the layout's "
         "until the first click, and the function never sees the n_clicks=None of a page load.")
JS = "prevent_initial"
SEED_CODE = '''@callback(
    Output("output", "children"),
    Input("button", "n_clicks"),
    prevent_initial_call=True
)
def update(n_clicks):
    return f"Button clicked {n_clicks} times"'''


def panel(mode: str) -> list:
    return [
        dmc.Button("Click me", id=f"prevent_initial-{mode}-button"),
        dmc.Text("Not clicked yet (no initial call)", id=f"prevent_initial-{mode}-output"),
    ]


# -- shown --
@dc.action(js="interactive.clicked_times")
def clicked_times(n_clicks) -> str:
    return f"Button clicked {n_clicks} times"


def register(app, mode):
    dc.callback(clicked_times(), Output(f"prevent_initial-{mode}-output", "children"),
                Input(f"prevent_initial-{mode}-button", "n_clicks"),
                prevent_initial_call=True, mode=mode, app=app)
# -- end shown --
