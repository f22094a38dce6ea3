"""An editable to-do list: items added, inserted and removed with dc.patch, never resent whole.

The list is a checklist's ``options``. ``item=State("text", "value")`` takes the item from the
text box; ``current=State(list, "options")`` lets every action check the list first, so an
insert position outside it changes nothing (client mode: one console warning) instead of
appending silently, as a bare Patch would. ``dc.patch.delete(path=["$value"])`` deletes the
position typed in a box (on Enter). Client mode on the left, server mode on the right.

    python examples/patch_todo.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Dash, Input, Output, State, dcc

import dashclient as dc

app = Dash(__name__, title="dashclient: to-do list")

INITIAL = ["buy milk", "call Ana", "water the plants"]


def todo_id(mode: str) -> str:
    return f"todo-{mode}"


app.layout = dmc.MantineProvider(dmc.Container([
    dmc.Title("To-do list", order=2),
    dmc.Group([
        dmc.TextInput(id="text", label="item", value="new item", w=220),
        dmc.NumberInput(id="position", label="position", value=0, w=120),
        dmc.Button("Add", id="add"),
        dmc.Button("Add first", id="add-first", variant="light"),
        dmc.Button("Insert at position", id="insert", variant="light"),
        dmc.Button("Remove item", id="remove", variant="light"),
    ], align="flex-end"),
    dmc.Group([
        dmc.Text("delete the item at position", size="sm"),
        dcc.Input(id="delete-at", type="number", debounce=True, placeholder="0, 1, -1…"),  # fires on Enter
    ]),
    dmc.SimpleGrid([
        dmc.Stack([dmc.Text(f"{mode} mode", fw=600),
                   dcc.Checklist(id=todo_id(mode), options=list(INITIAL), value=[], labelStyle={"display": "block"})])
        for mode in ("client", "server")
    ], cols=2),
], size="lg", py="lg"))

text = State("text", "value")
for mode in ("client", "server"):
    items = State(todo_id(mode), "options")
    target = Output(todo_id(mode), "options", allow_duplicate=True)
    for trigger, action in (
        (Input("add", "n_clicks"), dc.patch.append(item=text, max_length=20, current=items)),
        (Input("add-first", "n_clicks"), dc.patch.prepend(item=text, current=items)),
        (Input("insert", "n_clicks"), dc.patch.insert(index=State("position", "value"), item=text, current=items)),
        (Input("remove", "n_clicks"), dc.patch.remove(item=text, current=items)),
        # The typed position is the triggering value: '$value' in the path names the item to delete.
        (Input("delete-at", "value"), dc.patch.delete(path=["$value"], current=items)),
    ):
        dc.callback(action, target, trigger, mode=mode, prevent_initial_call=True, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
