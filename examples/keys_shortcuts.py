"""Keyboard shortcuts for a notes app: the seed's Ctrl+S ('Saving...' then 'Saved!') done in the
browser with no JavaScript written, the same save done by a server callback, and a cheat sheet
that ``?`` opens.

``dc.keys.Shortcuts`` is a layout component: its bindings run steps in the browser (set_props,
click, focus, toggle, wait, any dashclient action) and every press also lands in its ``event``
prop, which a normal callback takes as an Input (the server route).

    python examples/keys_shortcuts.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Dash, Input, Output, Patch, State, dcc, no_update

import dashclient as dc

COUNT = Patch()
COUNT += 1  # applied to the store's current value in the browser

BINDINGS = [
    # The seed (advanced-callbacks "Set Props for Direct Updates"), without a line of JS.
    dc.keys.bind("mod+s",
                 dc.keys.set_props("save-indicator", children="Saving...", style={"color": "orange"}),
                 dc.keys.wait(1000),
                 dc.keys.set_props("save-indicator", children="Saved!", style={"color": "green"}),
                 prevent_default=True, allow_in_inputs=True, name="save", description="Save (in the browser)"),
    dc.keys.bind("mod+shift+s", prevent_default=True, allow_in_inputs=True, name="save-server",
                 description="Save on the server (a callback on the event prop)"),
    dc.keys.bind("/", dc.keys.focus("note"), prevent_default=True, description="Write a note"),
    dc.keys.bind("g n", dc.keys.click("add-note"), name="add", description="Add the note (g, then n)"),
    dc.keys.bind("ctrl+arrowup", dc.keys.set_props("presses", data=COUNT), repeat=True, name="count",
                 description="Count up (hold it down)"),
    dc.keys.bind("t", dc.keys.toggle("drawer", "opened"), description="Toggle the drawer"),
    dc.keys.bind("?", dc.keys.set_props("cheat-sheet", opened=True), description="This cheat sheet"),
    dc.keys.bind("escape", dc.keys.set_props("cheat-sheet", opened=False), dc.keys.set_props("drawer", opened=False),
                 allow_in_inputs=True, description="Close"),
]


def cheat_sheet_rows() -> list:
    """Every binding with its keys (both spellings where macOS differs) and its description."""
    data = [binding.to_json() for binding in BINDINGS]
    other = dc.keys.describe()(data)["bindings"]
    mac = dc.keys.describe(platform="mac")(data)["bindings"]
    rows = []
    for pc, apple in zip(other, mac):
        keys = [dmc.Kbd(pc["label"])] + ([dmc.Text(" or ", span=True), dmc.Kbd(apple["label"])]
                                         if apple["label"] != pc["label"] else [])
        rows.append(dmc.TableTr([dmc.TableTd(keys), dmc.TableTd(pc["description"])]))
    return rows


app = Dash(__name__, title="dashclient: keyboard shortcuts")

app.layout = dmc.MantineProvider(dmc.Container([
    dc.keys.Shortcuts(id="keys", bindings=BINDINGS),
    dmc.Group([dmc.Title("Notes", order=2), dmc.Badge("press ? for the shortcuts", variant="light")]),
    dmc.Group([dmc.TextInput(id="note", placeholder="a note", w=320), dmc.Button("Add", id="add-note")]),
    dmc.List(id="notes", children=[]),
    dmc.SimpleGrid([
        dmc.Paper([dmc.Text("In the browser", fw=600), dmc.Text("", id="save-indicator")], withBorder=True, p="md"),
        dmc.Paper([dmc.Text("On the server", fw=600), dmc.Text("", id="save-server")], withBorder=True, p="md"),
    ], cols=2, my="md"),
    dmc.Group([dmc.Text("Ctrl+↑ pressed"), dmc.Text("0", id="presses-text", fw=600)]),
    dcc.Store(id="presses", data=0),
    dmc.Text("last key press, as the server sees it:", size="sm", c="dimmed", mt="md"),
    dmc.Code(id="last-event", block=True),
    dmc.Drawer(dmc.Text("t opens and closes me."), id="drawer", title="Drawer", opened=False),
    dmc.Modal(dmc.Table(dmc.TableTbody(cheat_sheet_rows())), id="cheat-sheet", title="Keyboard shortcuts",
              opened=False, size="lg"),
], size="md", py="lg"))


@app.callback(Output("notes", "children"), Output("note", "value"), Input("add-note", "n_clicks"),
              State("note", "value"), State("notes", "children"), prevent_initial_call=True)
def add_note(_clicks, note, notes):
    if not note:
        return no_update, no_update
    return [*notes, dmc.ListItem(note)], ""


@app.callback(Output("last-event", "children"), Input("keys", "event"), prevent_initial_call=True)
def show_event(event):
    return repr(event)


@app.callback(Output("save-server", "children"), Input("keys", "event"), prevent_initial_call=True,
              running=[(Output("save-server", "style"), {"color": "orange"}, {"color": "green"})])
def save_on_server(event):
    if event["binding"] != "save-server":
        return no_update
    return f"Saved on the server (press #{event['n']})"


# The counter's text: a dashclient formatter, in the browser.
dc.callback(dc.format.number(specifier=","), Output("presses-text", "children"), Input("presses", "data"), app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
