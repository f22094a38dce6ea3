"""Advanced-callbacks cookbook, "Clientside Callbacks", ported: inline JS, external JS files, async
clientside callbacks, the clientside callback context, partial updates with Patch, set_props, and
PreventUpdate / no_update in clientside code.

- Inline JS and PreventUpdate / no_update stay plain Dash (an inline string and its Python
  callback): the lesson is the JS itself. dashclient's own functions never throw PreventUpdate;
  they return ``no_update``.
- The external file's ``format_number`` is ``dc.format.currency``; the async fetch is
  ``dc.fetch.json`` (aborts stale calls, reports errors); the trigger test is
  ``dc.dispatch.by_trigger``; the legend toggle is ``dc.patch.toggle``; the Ctrl+S ``set_props``
  listener is a ``dc.keys.Shortcuts`` binding (one listener, removed with the component) — the
  server column answers the same key with Dash's Python ``set_props``.

    python examples/cookbook_clientside.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import Input, Output, State, dcc, no_update, set_props
from dash.exceptions import PreventUpdate

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _cookbook import MODES, new_app, out, page, section  # noqa: E402

CITIES = {"asia": [["Tokyo", "Japan"], ["Delhi", "India"]], "europe": [["Istanbul", "Türkiye"], ["Paris", "France"]]}
FIGURE = {"data": [{"type": "bar", "name": "2023", "y": [3, 5, 2]}, {"type": "bar", "name": "2024", "y": [4, 1, 6]}],
          "layout": {"height": 200, "margin": {"t": 10, "b": 20, "l": 20, "r": 10}, "showlegend": True}}

app = new_app("clientside callbacks")


@app.server.route("/api/cookbook/<continent>")
def cities(continent: str):
    """The async section's endpoint: a dmc.Table's data, or 404 for an unknown continent."""
    if continent not in CITIES:
        return {"error": f"no continent {continent!r}"}, 404
    return {"head": ["city", "country"], "body": CITIES[continent]}


page(
    app, "Clientside callbacks", "Client column: in the browser. Server column: the same result from Python.",
    section("Inline JavaScript", "plain Dash: an inline clientside_callback (needs app.csp_hashes() under a CSP)",
            dmc.Button("Click me", id="button", n_clicks=0), lambda mode: [out("inline", mode)]),
    section("External JavaScript files", "dc.format.currency: the seed's format_number, already written and tested",
            dmc.NumberInput(id="amount", value=1234.5, label="amount", w=200), lambda mode: [out("usd", mode)]),
    section("Async clientside callbacks", "dc.fetch.json: an async fetch, latest call wins, errors reported",
            dmc.Select(id="api-endpoint", data=["asia", "europe", "atlantis"], value="asia", label="endpoint", w=200),
            lambda mode: [dmc.Table(id=f"data-table-{mode}"), out("fetch-error", mode, c="red")]),
    section("Clientside callback context", "dc.dispatch.by_trigger: which button fired",
            dmc.Group([dmc.Button("Button 1", id="btn-1"), dmc.Button("Button 2", id="btn-2")]),
            lambda mode: [out("trigger", mode)]),
    section("Partial updates with Patch", "dc.patch.toggle: flips layout.showlegend, the figure is never resent",
            dmc.Button("Toggle legend", id="toggle-legend-btn"),
            lambda mode: [dcc.Graph(id=f"graph-{mode}", figure=FIGURE, config={"displayModeBar": False})]),
    section("Set props for direct updates", "dc.keys.Shortcuts: press Ctrl+S (⌘S); the server answers the key's event",
            dc.keys.Shortcuts(id="keys", bindings=[dc.keys.bind(
                "mod+s", dc.keys.set_props("save-client", children="Saving...", style={"color": "orange"}),
                dc.keys.wait(1000), dc.keys.set_props("save-client", children="Saved!", style={"color": "green"}),
                prevent_default=True, allow_in_inputs=True, name="save")]),
            lambda mode: [out("save", mode, children="Not saved")]),
    section("PreventUpdate and no_update in clientside", "plain Dash: the seed's inline function and its Python twin",
            dcc.Input(id="value", type="number", value=5), lambda mode: [out("checked", mode)]),
)

app.clientside_callback(
    """function(n_clicks) { return 'Clicked ' + n_clicks + ' times'; }""",
    Output("inline-client", "children"), Input("button", "n_clicks"))


@app.callback(Output("inline-server", "children"), Input("button", "n_clicks"))
def inline_server(n_clicks):
    return f"Clicked {n_clicks} times"


app.clientside_callback(
    """function(value) {
        if (value === null || value === undefined) { throw new window.dash_clientside.PreventUpdate(); }
        if (value < 0) { return window.dash_clientside.no_update; }
        return 'Value: ' + value;
    }""",
    Output("checked-client", "children"), Input("value", "value"))


@app.callback(Output("checked-server", "children"), Input("value", "value"))
def checked_server(value):
    if value is None:
        raise PreventUpdate
    if value < 0:
        return no_update
    return f"Value: {value}"


@app.callback(Input("keys", "event"), prevent_initial_call=True)
def save_on_server(event):
    """The server route of the same key: Dash's Python set_props (applied when the response arrives)."""
    if event["binding"] == "save":
        set_props("save-server", {"children": "Saved!", "style": {"color": "green"}})


for mode in MODES:
    dc.callback(dc.format.currency(currency="USD"), Output(f"usd-{mode}", "children"), Input("amount", "value"),
                mode=mode, app=app)
    dc.callback(dc.fetch.json(url="/api/cookbook/{0}", error=f"fetch-error-{mode}"),
                Output(f"data-table-{mode}", "data"), Input("api-endpoint", "value"), mode=mode, app=app)
    dc.callback(dc.dispatch.by_trigger(routes={"btn-1": "Button 1 clicked", "btn-2": "Button 2 clicked"},
                                       initial="No button clicked"),
                Output(f"trigger-{mode}", "children"), Input("btn-1", "n_clicks"), Input("btn-2", "n_clicks"),
                mode=mode, app=app)
    dc.callback(dc.patch.toggle(path=["layout", "showlegend"], current=State(f"graph-{mode}", "figure")),
                Output(f"graph-{mode}", "figure"), Input("toggle-legend-btn", "n_clicks"),
                prevent_initial_call=True, mode=mode, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
