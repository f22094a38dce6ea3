"""Determining the trigger: which button fired, as a route table instead of an if-chain."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output

import dashclient as dc

TITLE = "Determining the trigger"
GROUP = "Advanced techniques"
SEED = "Advanced Techniques › Determining Trigger"
USES = "dc.dispatch.by_trigger"
INTRO = ("The seed's ctx.triggered_id if-chain is a table of data here: the button that fired picks "
         "its route, and initial is what the page's first call shows. No function to write, in either mode.")
JS_NOTE = ("Built in: window.dash_clientside.dashclient_dispatch.by_trigger; the route table travels to "
           "the browser as data inside the function's name (action.to_json() shows it). Nothing to write.")
SEED_CODE = '''from dash import ctx

@callback(
    Output("output", "children"),
    Input("btn1", "n_clicks"),
    Input("btn2", "n_clicks")
)
def update(btn1_clicks, btn2_clicks):
    trigger_id = ctx.triggered_id

    if trigger_id == "btn1":
        return "Button 1 was clicked"
    elif trigger_id == "btn2":
        return "Button 2 was clicked"

    return "No button clicked yet"'''


def panel(mode: str) -> list:
    return [
        dmc.Group([
            dmc.Button("Button 1", id=f"trigger-{mode}-btn1"),
            dmc.Button("Button 2", id=f"trigger-{mode}-btn2", variant="outline"),
        ]),
        dmc.Text(id=f"trigger-{mode}-output"),
    ]


# -- shown --
def register(app, mode):
    which = dc.dispatch.by_trigger(initial="No button clicked yet", routes={
        f"trigger-{mode}-btn1": "Button 1 was clicked",
        f"trigger-{mode}-btn2": "Button 2 was clicked",
    })
    dc.callback(which, Output(f"trigger-{mode}-output", "children"),
                Input(f"trigger-{mode}-btn1", "n_clicks"), Input(f"trigger-{mode}-btn2", "n_clicks"),
                mode=mode, app=app)
# -- end shown --
