"""Best practices: validate input and handle None, with a formatter's fallback."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output

import dashclient as dc

TITLE = "Validation and None"
GROUP = "Advanced techniques"
SEED = "Best Practices › 3. Validate Inputs; 4. Handle None Values"
USES = "dc.format.currency with fallback="
INTRO = ("The seed checks for None, \"\" and the wrong type by hand in every callback. A dashclient formatter "
         "never raises for a value: None (the box before anyone typed), \"\", \"12abc\" and any other "
         "non-number give its fallback, in both modes; numeric strings are parsed. Try \"abc\", then \"1234.5\".")
JS_NOTE = ("Built in: window.dash_clientside.dashclient_format.currency(value, {currency: \"EUR\", "
           "locale: \"de-DE\", fallback: \"Please enter a number\"}); nothing to write.")
SEED_CODE = '''@callback(Output("output", "children"), Input("input", "value"))
def update(value):
    if value is None or value == "":
        return "Please enter a value"

    if not isinstance(value, str):
        return "Invalid input type"

    return f"Valid input: {value}"'''


def panel(mode: str) -> list:
    return [
        dmc.TextInput(id=f"validation-{mode}-amount", label="An amount (any text)"),
        dmc.Text(id=f"validation-{mode}-price"),
    ]


# -- shown --
price = dc.format.currency(currency="EUR", locale="de-DE", fallback="Please enter a number")


def register(app, mode):
    dc.callback(price, Output(f"validation-{mode}-price", "children"),
                Input(f"validation-{mode}-amount", "value"), mode=mode, app=app)
# -- end shown --
