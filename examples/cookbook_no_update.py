"""Advanced-callbacks cookbook, "PreventUpdate and no_update", ported: blocking every output,
updating some of them, and both combined around a fetch.

- "Block all" and "selective" are the seed's functions as ``@dc.action`` twins: ``no_update`` in
  Python, ``dash_clientside.no_update`` in ``examples/assets/cookbook.js``. The twins return
  ``no_update`` for every output where the seed raises ``PreventUpdate``: the same page afterwards,
  and a JS half that never throws.
- "Combining" is ``dc.fetch.text``: nothing happens before the first click (``prevent_initial_call``),
  a URL the app may not fetch (another origin) or a failing request only sets the error line and
  leaves the data as it was, and a success clears the error.

    python examples/cookbook_no_update.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import Input, Output, State, html, no_update

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _cookbook import MODES, new_app, out, page, section  # noqa: E402

QUOTE = {"author": "Ada Lovelace", "quote": "The Analytical Engine weaves algebraical patterns."}


@dc.action(js="cookbook.block_all")
def block_all(value) -> tuple[str, str]:
    """PreventUpdate: Block All Updates (an empty value changes nothing)."""
    if value is None or value == "":
        return no_update, no_update
    return f"Value: {value}", f"Length: {len(value)}"


@dc.action(js="cookbook.selective")
def selective(value) -> tuple[str, str, str]:
    """no_update: Selective Updates — valid, error and warning outputs."""
    if value is None:
        return no_update, no_update, no_update
    if len(value) < 3:
        return no_update, "Must be at least 3 characters", no_update
    if any(char.isdigit() for char in value):
        return no_update, no_update, "Contains numbers"
    return f"Valid: {value}", "", ""


app = new_app("PreventUpdate and no_update")


@app.server.route("/api/cookbook/quote")
def quote():
    return app.server.response_class(json.dumps(QUOTE, indent=2), mimetype="application/json")


page(
    app, "PreventUpdate and no_update", "Outputs left as they are: in the browser and on the server alike.",
    section("PreventUpdate: block all updates", "@dc.action: no_update for both outputs when the value is empty",
            dmc.TextInput(id="input", value="dash", label="value", w=220),
            lambda mode: [out("output-1", mode), out("output-2", mode)]),
    section("no_update: selective updates", "@dc.action: each branch updates only its own output",
            dmc.TextInput(id="checked-input", value="hello", label="at least 3 letters, no digits", w=220),
            lambda mode: [out("valid", mode, c="green"), out("error", mode, c="red"), out("warning", mode, c="orange")]),
    section("Combining PreventUpdate and no_update", "dc.fetch.text: an error leaves the data, a success clears the error",
            dmc.Group([dmc.TextInput(id="api-url", value="/api/cookbook/quote", label="URL", w=320),
                       dmc.Button("Fetch", id="fetch-btn")], align="flex-end"),
            lambda mode: [html.Pre(id=f"data-display-{mode}"), out("error-msg", mode, c="red")]),
)

for mode in MODES:
    dc.callback(block_all(), Output(f"output-1-{mode}", "children"), Output(f"output-2-{mode}", "children"),
                Input("input", "value"), mode=mode, app=app)
    dc.callback(selective(), Output(f"valid-{mode}", "children"), Output(f"error-{mode}", "children"),
                Output(f"warning-{mode}", "children"), Input("checked-input", "value"), mode=mode, app=app)
    dc.callback(dc.fetch.text(url=State("api-url", "value"), error=f"error-msg-{mode}"),
                Output(f"data-display-{mode}", "children"), Input("fetch-btn", "n_clicks"),
                prevent_initial_call=True, mode=mode, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
