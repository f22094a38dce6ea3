"""Pattern 6: pattern matching with MATCH: each row's output follows its own input."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import MATCH, Input, Output

import dashclient as dc

TITLE = "Pattern matching: MATCH"
GROUP = "Callback patterns"
SEED = "Callback Patterns Reference › Pattern 6: Pattern Matching with MATCH"
USES = "dc.format.number over MATCH ids"
INTRO = ("One registration serves every row: with MATCH, a row's input writes only that row's output. "
         "The function is dc.format.number, built into dashclient; anything that is not a number "
         "(an empty box) shows its fallback.")
JS_NOTE = ("Built in: window.dash_clientside.dashclient_format.number(value, {specifier: \",.2f\", "
           "fallback: \"not a number\"}), referenced by action.clientside_function; nothing to write.")
SEED_CODE = '''@callback(
    Output({"type": "output", "index": MATCH}, "children"),
    Input({"type": "input", "index": MATCH}, "value")
)
def update_matching(value):
    return f"Value: {value}"'''

ROWS = (1234.5, 0.25, -7)


def panel(mode: str) -> list:
    return [
        dmc.Group([
            dmc.NumberInput(id={"type": f"pattern_match-{mode}-input", "index": index}, value=value, w=140),
            dmc.Text(["Value: ", dmc.Text(id={"type": f"pattern_match-{mode}-output", "index": index}, span=True)]),
        ])
        for index, value in enumerate(ROWS)
    ]


# -- shown --
row_value = dc.format.number(specifier=",.2f", fallback="not a number")


def register(app, mode):
    dc.callback(row_value, Output({"type": f"pattern_match-{mode}-output", "index": MATCH}, "children"),
                Input({"type": f"pattern_match-{mode}-input", "index": MATCH}, "value"), mode=mode, app=app)
# -- end shown --
