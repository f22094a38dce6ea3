"""The keys page: one ``dc.keys.Shortcuts``, each press acting in the browser (the client column:
steps, no request) and reaching a server callback through the component's ``event`` prop (the
server column: a normal callback). Both columns must end in the same state; ``?`` opens a cheat
sheet listing every binding."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import ClientsideFunction, Dash, Input, Output, Patch, dcc, no_update

from ... import callback, format as dc_format, keys as dc_keys
from .._patterns import BY_NAME
from ._keys_sheet import cheat_sheet

PATTERN = BY_NAME["keys"]
GALLERY_NAMESPACE = "dashclient_gallery"  # assets/gallery.js
SHORTCUTS = "keys-shortcuts"
SAVE_MS = 600


def _step(delta: int) -> Patch:
    patch = Patch()
    patch += delta  # applied to the store's current value in the browser
    return patch


BINDINGS = [
    dc_keys.bind("mod+s",
                 dc_keys.set_props("keys-save-client", children="Saving..."), dc_keys.wait(SAVE_MS),
                 dc_keys.set_props("keys-save-client", children="Saved!"),
                 prevent_default=True, allow_in_inputs=True, name="save", description="Save: 'Saving...', then 'Saved!'"),
    dc_keys.bind("ctrl+arrowup", dc_keys.set_props("keys-count-client", data=_step(1)), repeat=True, prevent_default=True,
                 name="up", description="Count up (hold it down to repeat)"),
    dc_keys.bind("ctrl+arrowdown", dc_keys.set_props("keys-count-client", data=_step(-1)), repeat=True,
                 prevent_default=True, name="down", description="Count down"),
    dc_keys.bind("g r", dc_keys.set_props("keys-save-client", children="(not saved)"), name="reset",
                 description="Mark as not saved: g, then r within a second"),
    dc_keys.bind("/", dc_keys.focus("keys-text"), prevent_default=True, name="focus",
                 description="Focus the text box (browser only)"),
    dc_keys.bind("?", dc_keys.set_props("keys-sheet", opened=True), name="help", description="Open this cheat sheet"),
    dc_keys.bind("escape", dc_keys.set_props("keys-sheet", opened=False), allow_in_inputs=True, name="close",
                 description="Close the cheat sheet (also while typing)"),
]

CODE = '''\
up = Patch()
up += 1                                                    # applied in the browser to the current value
dc.keys.Shortcuts(id="keys-shortcuts", bindings=[
    dc.keys.bind("mod+s",                                  # ⌘S on macOS, Ctrl+S elsewhere
                 dc.keys.set_props("keys-save-client", children="Saving..."), dc.keys.wait(600),
                 dc.keys.set_props("keys-save-client", children="Saved!"),
                 prevent_default=True, allow_in_inputs=True, name="save"),
    dc.keys.bind("ctrl+arrowup", dc.keys.set_props("keys-count-client", data=up), repeat=True, name="up"),
    dc.keys.bind("g r", dc.keys.set_props("keys-save-client", children="(not saved)"), name="reset"),
    dc.keys.bind("/", dc.keys.focus("keys-text"), prevent_default=True),
    dc.keys.bind("?", dc.keys.set_props("keys-sheet", opened=True)),
    ...
])

@callback(Output("keys-count-server", "data"), Input("keys-shortcuts", "event"))
def count_on_server(event):                                # the server route: every press, as data
    counts = event["counts"]      # presses per binding: exact even when Dash coalesces fast presses
    return counts.get("up", 0) - counts.get("down", 0)'''


def _column(title: str, caption: str, mode: str) -> dmc.Paper:
    return dmc.Paper(dmc.Stack([
        dmc.Group([dmc.Text(title, fw=600), dmc.Text(caption, size="sm", c="dimmed")], justify="space-between"),
        dmc.Group([dmc.Text("save:", size="sm"), dmc.Text("", id=f"keys-save-{mode}")]),
        dmc.Group([dmc.Text("count:", size="sm"), dmc.Text("0", id=f"keys-count-{mode}-text", size="xl")]),
        dcc.Store(id=f"keys-count-{mode}", data=0),
    ], gap="xs"), withBorder=True, p="md")


def layout() -> dmc.Stack:
    return dmc.Stack([
        dc_keys.Shortcuts(id=SHORTCUTS, bindings=BINDINGS),
        dmc.Group([dmc.Title(PATTERN.title, order=2), dmc.Badge("press ? for every shortcut", variant="light")]),
        dmc.Text(PATTERN.summary),
        dmc.Text("Try Ctrl+S (⌘S on a Mac), Ctrl+↑ / Ctrl+↓ (hold them down), g then r, / and ?. Typing in the box "
                 "never fires a shortcut, except the ones that allow it (save, Escape).", size="sm"),
        dmc.TextInput(id="keys-text", placeholder="type here: shortcuts stay quiet", w=360),
        dmc.SimpleGrid([
            _column("Client", "steps run in the browser", "client"),
            _column("Server", "a callback on the event prop", "server"),
        ], cols=2),
        dmc.Group([dmc.Text("client vs server:", size="sm"), dmc.Badge(id="keys-match", color="gray")]),
        dmc.Text("the last press, as the server callback receives it (Input('keys-shortcuts', 'event'))",
                 size="sm", fw=600),
        dmc.Code("no key pressed yet", id="keys-event", block=True),
        dmc.Text("Python", fw=600, size="sm"),
        dmc.Code(CODE, block=True),
        dmc.Modal(cheat_sheet(BINDINGS), id="keys-sheet", title="Keyboard shortcuts", opened=False, size="lg"),
    ], gap="md")


def register_callbacks(app: Dash) -> None:
    @app.callback(Output("keys-event", "children"), Input(SHORTCUTS, "event"), prevent_initial_call=True)
    def show_event(event):
        return repr(event)

    @app.callback(Output("keys-count-server", "data"), Input(SHORTCUTS, "event"), prevent_initial_call=True)
    def count_on_server(event):
        # From the totals, not one per call: Dash coalesces presses faster than the round trip.
        counts = event["counts"]
        return counts.get("up", 0) - counts.get("down", 0)

    @app.callback(Output("keys-save-server", "children"), Input(SHORTCUTS, "event"), prevent_initial_call=True,
                  running=[(Output("keys-save-server", "style"), {"color": "orange"}, {"color": "inherit"})])
    def save_on_server(event):
        return {"save": "Saved!", "reset": "(not saved)"}.get(event["binding"], no_update)

    for mode in ("client", "server"):
        callback(dc_format.number(specifier=","), Output(f"keys-count-{mode}-text", "children"),
                 Input(f"keys-count-{mode}", "data"), mode=mode, app=app)

    app.clientside_callback(
        ClientsideFunction(GALLERY_NAMESPACE, "compare_texts"),
        Output("keys-match", "children"),
        Output("keys-match", "color"),
        Input("keys-count-client-text", "children"),
        Input("keys-count-server-text", "children"),
    )
