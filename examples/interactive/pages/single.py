"""Pattern 1: single input, single output, as a user's own action with a JS twin."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output

import dashclient as dc

TITLE = "Single input, single output"
GROUP = "Callback patterns"
SEED = "Callback Patterns Reference › Pattern 1: Single Input, Single Output"
USES = "@dc.action with a JS twin"
INTRO = ("Every keystroke in the text box runs the callback. The function is yours: @dc.action pairs the "
         "Python function with its JavaScript twin in assets/interactive.js, and dc.callback runs one or the other.")
JS = "single"
SEED_CODE = '''@callback(
    Output("output-id", "children"),
    Input("input-id", "value")
)
def update_output(input_value):
    return f"You entered: {input_value}"'''


def panel(mode: str) -> list:
    return [
        dmc.TextInput(id=f"single-{mode}-input", label="Type something", value="Dash"),
        dmc.Text(id=f"single-{mode}-output"),
    ]


# -- shown --
@dc.action(js="interactive.you_entered")
def you_entered(value) -> str:
    if value is None or value == "":
        return "You entered nothing yet"
    return f"You entered: {value}"


def register(app, mode):
    dc.callback(you_entered(), Output(f"single-{mode}-output", "children"),
                Input(f"single-{mode}-input", "value"), mode=mode, app=app)
# -- end shown --
