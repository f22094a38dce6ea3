"""Pattern 4: State, read when the button fires, never a trigger itself."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, State

import dashclient as dc

TITLE = "State"
GROUP = "Callback patterns"
SEED = "State Management; Callback Patterns Reference › Pattern 4: Using State; Best Practices › 2. Use State for Form Inputs"
USES = "@dc.action with a JS twin, its second value a State"
INTRO = ("Typing changes nothing: the text box is a State, read only when Submit is clicked. A dc.action's "
         "values are filled from the callback's Inputs, then its States, in order.")
JS = "state"
SEED_CODE = '''@callback(
    Output("display", "children"),
    Input("submit-btn", "n_clicks"),
    State("input-field", "value")
)
def submit_form(n_clicks, value):
    if n_clicks is None:
        return "Click submit to see value"
    return f"Submitted: {value}"'''


def panel(mode: str) -> list:
    return [
        dmc.Group([
            dmc.TextInput(id=f"state-{mode}-field", label="Your name", value=""),
            dmc.Button("Submit", id=f"state-{mode}-submit"),
        ], align="flex-end"),
        dmc.Text(id=f"state-{mode}-display"),
    ]


# -- shown --
@dc.action(js="interactive.submitted")
def submitted(n_clicks, value) -> str:
    if not n_clicks:
        return "Click submit to see value"
    if not value:
        return "Submitted an empty form"
    return f"Submitted: {value}"


def register(app, mode):
    dc.callback(submitted(), Output(f"state-{mode}-display", "children"),
                Input(f"state-{mode}-submit", "n_clicks"), State(f"state-{mode}-field", "value"),
                mode=mode, app=app)
# -- end shown --
