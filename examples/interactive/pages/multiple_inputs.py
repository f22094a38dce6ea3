"""Pattern 2: multiple inputs, single output."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output

import dashclient as dc

from ._number import NUMBER, is_number

TITLE = "Multiple inputs"
GROUP = "Callback patterns"
SEED = "Multiple Inputs; Callback Patterns Reference › Pattern 2: Multiple Inputs, Single Output"
USES = "@dc.action with a JS twin, numbers written by dc.format.number"
INTRO = ("Either box runs the callback with both values. Both halves write numbers with dc.format.number "
         "(d3's \",\"), so 3.0 reads \"3\" in Python as in the browser; an empty box is not a number.")
JS = "multiple_inputs"
SEED_CODE = '''@callback(
    Output("result", "children"),
    Input("input1", "value"),
    Input("input2", "value")
)
def combine_inputs(val1, val2):
    return f"{val1} + {val2} = {val1 + val2}"'''


def panel(mode: str) -> list:
    return [
        dmc.Group([
            dmc.NumberInput(id=f"multiple_inputs-{mode}-a", label="First", value=2, w=120),
            dmc.NumberInput(id=f"multiple_inputs-{mode}-b", label="Second", value=3, w=120),
        ]),
        dmc.Text(id=f"multiple_inputs-{mode}-result"),
    ]


# -- shown --
@dc.action(js="interactive.add")
def add(a, b) -> str:
    if not (is_number(a) and is_number(b)):
        return "Enter two numbers"
    return f"{NUMBER(a)} + {NUMBER(b)} = {NUMBER(a + b)}"


def register(app, mode):
    dc.callback(add(), Output(f"multiple_inputs-{mode}-result", "children"),
                Input(f"multiple_inputs-{mode}-a", "value"), Input(f"multiple_inputs-{mode}-b", "value"),
                mode=mode, app=app)
# -- end shown --
