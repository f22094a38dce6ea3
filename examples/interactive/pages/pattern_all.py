"""Pattern 5: pattern matching with ALL: one callback reads every input of a growing list."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import ALL, Input, Output

import dashclient as dc

from ._number import NUMBER, is_number

TITLE = "Pattern matching: ALL"
GROUP = "Callback patterns"
SEED = "Pattern Matching Callbacks; Callback Patterns Reference › Pattern 5: Pattern Matching with ALL"
USES = "dc.patch.append (a component template) + @dc.action with a JS twin over ALL"
INTRO = ("\"Add an input\" appends a NumberInput with dc.patch.append: the template's index is the click "
         "count (dc.patch.VALUE), and only the new item travels, never the whole list. The total reads every "
         "input through one ALL callback; an empty box counts as nothing.")
JS = "pattern_all"
SEED_CODE = '''@callback(
    Output("summary", "children"),
    Input({"type": "dynamic-input", "index": ALL}, "value")
)
def aggregate_inputs(values):
    return f"Total: {sum(v or 0 for v in values)}"'''


def number_input(mode: str, index, value) -> dmc.NumberInput:
    return dmc.NumberInput(id={"type": f"pattern_all-{mode}-input", "index": index}, value=value, w=160)


def panel(mode: str) -> list:
    return [
        dmc.Button("Add an input", id=f"pattern_all-{mode}-add", variant="light"),
        dmc.Stack([number_input(mode, 0, 5)], id=f"pattern_all-{mode}-inputs", gap="xs"),
        dmc.Text(id=f"pattern_all-{mode}-summary"),
    ]


# -- shown --
@dc.action(js="interactive.total")
def total(values) -> str:
    numbers = [v for v in values or [] if is_number(v)]
    sum_ = 0
    for v in numbers:  # JS's order; Python 3.12's sum() compensates float errors, JS's + does not
        sum_ += v
    return f"Total: {NUMBER(sum_)} ({len(numbers)} of {len(values or [])} inputs)"


def register(app, mode):
    new_input = dc.patch.append(item=number_input(mode, dc.patch.VALUE, 10))
    dc.callback(new_input, Output(f"pattern_all-{mode}-inputs", "children"),
                Input(f"pattern_all-{mode}-add", "n_clicks"), prevent_initial_call=True, mode=mode, app=app)
    dc.callback(total(), Output(f"pattern_all-{mode}-summary", "children"),
                Input({"type": f"pattern_all-{mode}-input", "index": ALL}, "value"), mode=mode, app=app)
# -- end shown --
