"""Pattern 3: single input, multiple outputs: one function returning a tuple."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output

import dashclient as dc

TITLE = "Multiple outputs"
GROUP = "Callback patterns"
SEED = "Callback Patterns Reference › Pattern 3: Single Input, Multiple Outputs"
USES = "@dc.action with a JS twin (tuple[str, str]: two outputs)"
INTRO = ("One click, two outputs. The return annotation tuple[str, str] tells dc.callback the action writes "
         "two outputs, and registering it with one Output would raise.")
JS = "multiple_outputs"
SEED_CODE = '''@callback(
    Output("output1", "children"),
    Output("output2", "children"),
    Input("trigger", "n_clicks")
)
def update_multiple(n_clicks):
    return f"Clicks: {n_clicks}", f"Double: {n_clicks * 2}"'''


def panel(mode: str) -> list:
    return [
        dmc.Button("Click", id=f"multiple_outputs-{mode}-trigger"),
        dmc.Text(id=f"multiple_outputs-{mode}-output1"),
        dmc.Text(id=f"multiple_outputs-{mode}-output2"),
    ]


# -- shown --
@dc.action(js="interactive.clicks_and_double")
def clicks_and_double(n_clicks) -> tuple[str, str]:
    n = n_clicks or 0  # None before the first click: the seed's n_clicks * 2 would raise
    return f"Clicks: {n}", f"Double: {n * 2}"


def register(app, mode):
    dc.callback(clicks_and_double(),
                Output(f"multiple_outputs-{mode}-output1", "children"),
                Output(f"multiple_outputs-{mode}-output2", "children"),
                Input(f"multiple_outputs-{mode}-trigger", "n_clicks"), mode=mode, app=app)
# -- end shown --
