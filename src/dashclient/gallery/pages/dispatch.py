"""The dispatch page: ``dc.dispatch.by_trigger`` in three demos, client mode and server mode side
by side: a confirm dialog (dmc Modal), a router with a reset and an unrouted button, and buttons
appended at run time. A badge per demo compares the two columns in the browser, and the router's
table is shown as the data that travels to the browser."""

from __future__ import annotations

import json

import dash_mantine_components as dmc
from dash import ClientsideFunction, Dash, Input, Output

from .._patterns import BY_NAME
from ._dispatch_demos import (MODES, PLANETS, grow_card, modal_card, register_add_planet, register_grow,
                              register_modal, register_router, router_action, router_card)

PATTERN = BY_NAME["dispatch"]
GALLERY_NAMESPACE = "dashclient_gallery"  # assets/gallery.js

MODAL_CODE = """\
dialog = dc.dispatch.by_trigger(outputs=2, routes={
    "open":    [True, no_update],          # open; leave the status as it is
    "cancel":  [False, "kept"],
    "confirm": [False, "deleted"],
    "toggle":  [dc.dispatch.Toggle(State("dialog", "opened")), "toggled"],
})
dc.callback(dialog, Output("dialog", "opened"), Output("status", "children"),
            Input("open", "n_clicks"), Input("cancel", "n_clicks"), Input("confirm", "n_clicks"),
            Input("toggle", "n_clicks"), State("dialog", "opened"), prevent_initial_call=True)"""

ROUTER_CODE = """\
views = dc.dispatch.by_trigger(outputs=2, initial=["Pick a view", ""], routes={
    "map": ["Map view", dc.format.number(specifier=",")],   # a routed action on the n_clicks
    "table": ["Table view", dc.format.number(specifier=",")],
    "chart": ["Chart view", dc.format.number(specifier=",")],
    "reset": ["Pick a view", ""],
})  # "stray" is an Input no route names: the default leaves both outputs as they are"""

GROW_CODE = """\
planets = dc.dispatch.by_trigger(outputs=2, initial=["No planet picked", ""], routes=[
    ({"type": "planet"}, [dc.dispatch.Lookup(PLANETS), dc.dispatch.TriggerIndex()]),   # any index
])
dc.callback(planets, Output("planet", "children"), Output("index", "children"),
            Input({"type": "planet", "index": ALL}, "n_clicks"))"""

DEMOS = (
    ("modal", "A confirm dialog", "Open, cancel, confirm and toggle a dmc Modal: one callback, two outputs, "
     "instead of a chain of allow_duplicate callbacks.", modal_card, "status", MODAL_CODE),
    ("router", "A router with a reset", "Three views, a reset, and a button no route names (its clicks leave "
     "both outputs as they are). The first call shows the initial value.", router_card, "view", ROUTER_CODE),
    ("grow", "Buttons added at run time", f"Mercury is there; each click on “Add a planet” appends the next (up to {len(PLANETS)}); "
     "one route with a partial id serves them all. Appending renders the list again and Dash fires the ALL "
     "callback with every button in it (the new one unset, the clicked ones with their counts): no single "
     "trigger decides, so the picked planet stays.", grow_card, "planet", GROW_CODE),
)


def _demo(name: str, title: str, text: str, card, compared: str, code: str) -> dmc.Stack:
    extra = [dmc.Button("Add a planet", id="dispatch-grow-add", w=200)] if name == "grow" else []
    return dmc.Stack([
        dmc.Title(title, order=3),
        dmc.Text(text),
        *extra,
        dmc.SimpleGrid([card(mode) for mode in MODES], cols={"base": 1, "sm": 2}),
        dmc.Group([dmc.Text(f"client vs server ({compared}):", size="sm"),
                   dmc.Badge(id=f"dispatch-{name}-match", color="gray")]),
        dmc.Code(code, block=True),
    ], gap="sm")


def table_as_data() -> dmc.Stack:
    action = router_action("client")
    return dmc.Stack([
        dmc.Title("The route table is data", order=3),
        dmc.Text("What travels to the browser is the table as JSON, inside the clientside function's name: "
                 "the bundle reads it with its own allow-list of operations and functions, no eval."),
        dmc.Code(json.dumps(action.to_json(), indent=2, ensure_ascii=False), block=True, id="dispatch-json"),
    ], gap="sm")


def layout() -> dmc.Stack:
    return dmc.Stack([
        dmc.Title(PATTERN.title, order=2),
        dmc.Text(PATTERN.summary),
        *(_demo(*demo) for demo in DEMOS),
        table_as_data(),
    ], gap="xl")


def register_callbacks(app: Dash) -> None:
    for mode in MODES:
        register_modal(app, mode)
        register_router(app, mode)
        register_grow(app, mode)
    register_add_planet(app)
    for name, *_, compared, _code in DEMOS:
        app.clientside_callback(
            ClientsideFunction(GALLERY_NAMESPACE, "compare_texts"),
            Output(f"dispatch-{name}-match", "children"), Output(f"dispatch-{name}-match", "color"),
            Input(f"dispatch-{name}-{compared}-client", "children"), Input(f"dispatch-{name}-{compared}-server", "children"),
        )
