"""Advanced-callbacks cookbook, "Allow Duplicate", ported: two callbacks writing one output, a
counter with a reset, and a validated input with a clear button.

``dc.callback`` takes ``allow_duplicate=True`` on an Output as ``dash.callback`` does (and, like
Dash, wants ``prevent_initial_call`` with it). The second callbacks are data: a
``dc.dispatch.by_trigger`` route writing a constant (the reset's 0, the clear's ""); the counter
itself is ``dc.patch.increment`` (an Add operation: the count is never sent up). The seed's
functions are ``@dc.action`` twins. ``dc.callback`` refuses two ``allow_duplicate`` callbacks with
the same Inputs, which Dash would merge silently (dash #2486); one ``by_trigger`` with a route per
button often replaces the whole set (examples/dispatch_modal.py).

    python examples/cookbook_allow_duplicate.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import Input, Output

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _cookbook import MODES, new_app, out, page, section  # noqa: E402


@dc.action(js="cookbook.clicked")
def clicked(n_clicks, label: str = "Button 1") -> str:
    return f"{label} clicked {n_clicks or 0} times"


@dc.action(js="cookbook.validate")
def validate(value) -> tuple[str, str]:
    """The primary callback owns the input's value (and writes it back, as the seed does)."""
    if value and not value.isalnum():
        return value, "Only alphanumeric characters allowed"
    return value, ""


app = new_app("allow_duplicate")
page(
    app, "Allow duplicate", "Several callbacks write one output: in the browser and on the server alike.",
    section("Basic allow_duplicate usage", "@dc.action twice; the second Output has allow_duplicate=True",
            dmc.Group([dmc.Button("Button 1", id="btn-1"), dmc.Button("Button 2", id="btn-2")]),
            lambda mode: [out("display", mode)]),
    section("Reset pattern", "dc.patch.increment counts; a by_trigger route resets to 0 (allow_duplicate)",
            dmc.Group([dmc.Button("+1", id="increment-btn"), dmc.Button("Reset", id="reset-btn", variant="default")]),
            lambda mode: [out("counter", mode, children=0, fw=600)]),
    section("Validation + update pattern", "@dc.action validates as you type; a by_trigger route clears (allow_duplicate)",
            dmc.Button("Clear", id="clear-btn", variant="default"),
            lambda mode: [dmc.TextInput(id=f"validated-input-{mode}", value="abc123", label="alphanumeric only"),
                          out("validation", mode, c="red")]),
)

for mode in MODES:
    dc.callback(clicked(), Output(f"display-{mode}", "children"), Input("btn-1", "n_clicks"), mode=mode, app=app)
    dc.callback(clicked(label="Button 2"), Output(f"display-{mode}", "children", allow_duplicate=True),
                Input("btn-2", "n_clicks"), prevent_initial_call=True, mode=mode, app=app)

    dc.callback(dc.patch.increment(), Output(f"counter-{mode}", "children"), Input("increment-btn", "n_clicks"),
                prevent_initial_call=True, mode=mode, app=app)
    dc.callback(dc.dispatch.by_trigger(routes={"reset-btn": 0}),
                Output(f"counter-{mode}", "children", allow_duplicate=True),
                Input("reset-btn", "n_clicks"), prevent_initial_call=True, mode=mode, app=app)

    dc.callback(validate(), Output(f"validated-input-{mode}", "value"), Output(f"validation-{mode}", "children"),
                Input(f"validated-input-{mode}", "value"), mode=mode, app=app)
    dc.callback(dc.dispatch.by_trigger(routes={"clear-btn": ""}),
                Output(f"validated-input-{mode}", "value", allow_duplicate=True),
                Input("clear-btn", "n_clicks"), prevent_initial_call=True, mode=mode, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
