"""The patch page's editable list: the options of a checklist, grown and shrunk by append,
prepend, insert and remove, in client mode and server mode side by side. ``current`` is bound,
so an insert position out of range changes nothing (and warns once in the console)."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import ClientsideFunction, Dash, Input, Output, State, dcc

from ... import callback, patch as dc_patch

GALLERY_NAMESPACE = "dashclient_gallery"  # assets/gallery.js
INITIAL = ["write the docs", "review the patch", "ship it"]
MAX_LENGTH = 8

CODE = f'''\
text = State("patch-text", "value")
for mode in ("client", "server"):
    items = State(f"patch-list-{{mode}}", "options")     # the list as it is now
    actions = {{
        "patch-add": dc.patch.append(item=text, max_length={MAX_LENGTH}, current=items),
        "patch-add-first": dc.patch.prepend(item=text, current=items),
        "patch-insert": dc.patch.insert(index=State("patch-position", "value"), item=text, current=items),
        "patch-remove": dc.patch.remove(item=text, current=items),
    }}
    for button, action in actions.items():
        dc.callback(action, Output(f"patch-list-{{mode}}", "options", allow_duplicate=True),
                    Input(button, "n_clicks"), mode=mode, prevent_initial_call=True)'''

BUTTONS = {"patch-add": "Add", "patch-add-first": "Add first", "patch-insert": "Insert at position",
           "patch-remove": "Remove"}


def list_id(mode: str) -> str:
    return f"patch-list-{mode}"


def _column(mode: str, caption: str) -> dmc.Stack:
    return dmc.Stack([
        dmc.Group([dmc.Text(f"{mode.title()} mode", fw=600), dmc.Text(caption, size="sm", c="dimmed")], gap="xs"),
        dcc.Checklist(id=list_id(mode), options=list(INITIAL), value=[], labelStyle={"display": "block"}),
    ], gap="xs")


def _actions(text: State, items: State) -> dict:
    return {
        "patch-add": dc_patch.append(item=text, max_length=MAX_LENGTH, current=items),
        "patch-add-first": dc_patch.prepend(item=text, current=items),
        "patch-insert": dc_patch.insert(index=State("patch-position", "value"), item=text, current=items),
        "patch-remove": dc_patch.remove(item=text, current=items),
    }


def layout() -> dmc.Paper:
    return dmc.Paper(dmc.Stack([
        dmc.Title("Editable list", order=3),
        dmc.Text(f"The checklist's options are the list: at most {MAX_LENGTH} (append keeps a rolling window). "
                 "A position outside the list, or an empty position, changes nothing in either mode."),
        dmc.Group([
            dmc.TextInput(id="patch-text", label="item", value="new task", w=220),
            dmc.NumberInput(id="patch-position", label="position", value=1, w=120),
            *[dmc.Button(label, id=button, variant="light") for button, label in BUTTONS.items()],
        ], align="flex-end"),
        dmc.SimpleGrid([_column("client", "JS Patch"), _column("server", "dash.Patch")], cols={"base": 1, "sm": 2}),
        dmc.Group([dmc.Text("client vs server:", size="sm"), dmc.Badge(id="patch-list-match", color="gray")]),
        dmc.Code(CODE, block=True),
    ], gap="sm"), withBorder=True, p="md")


def register_callbacks(app: Dash) -> None:
    text = State("patch-text", "value")
    for mode in ("client", "server"):
        for button, action in _actions(text, State(list_id(mode), "options")).items():
            callback(action, Output(list_id(mode), "options", allow_duplicate=True), Input(button, "n_clicks"),
                     mode=mode, prevent_initial_call=True, app=app)
    app.clientside_callback(ClientsideFunction(GALLERY_NAMESPACE, "compare_json"),
                            Output("patch-list-match", "children"), Output("patch-list-match", "color"),
                            Input(list_id("client"), "options"), Input(list_id("server"), "options"))
