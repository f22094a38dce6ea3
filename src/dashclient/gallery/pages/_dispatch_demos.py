"""The dispatch page's three demos, one column per mode: a confirm dialog (dmc Modal), a router
with a reset, and buttons appended at run time. Each demo is a layout function and a route table
function of the mode, so both columns are built and registered the same way."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import ALL, Dash, Input, Output, Patch, State, html, no_update

from ... import dispatch as dc_dispatch
from ... import format as dc_format
from ..._action import Action
from ..._callback import callback

MODES = ("client", "server")
CAPTIONS = {"client": "JS in the browser", "server": "Python twin"}
VIEWS = {"map": "Map", "table": "Table", "chart": "Chart"}
PLANETS = ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"]


def _id(demo: str, part: str, mode: str) -> str:
    return f"dispatch-{demo}-{part}-{mode}"


def _card(mode: str, children: list) -> dmc.Paper:
    return dmc.Paper(dmc.Stack([
        dmc.Group([dmc.Text(f"{mode.capitalize()} mode", fw=600), dmc.Text(CAPTIONS[mode], size="sm", c="dimmed")],
                  justify="space-between"),
        *children,
    ], gap="sm"), withBorder=True, p="md")


# -- a confirm dialog --------------------------------------------------------------------------------

def modal_card(mode: str) -> dmc.Paper:
    return _card(mode, [
        dmc.Group([dmc.Button("Delete…", id=_id("modal", "open", mode), color="red", variant="light"),
                   dmc.Button("Toggle", id=_id("modal", "toggle", mode), variant="default")]),
        dmc.Modal(
            dmc.Group([dmc.Button("Cancel", id=_id("modal", "cancel", mode), variant="default"),
                       dmc.Button("Delete", id=_id("modal", "confirm", mode), color="red")], justify="flex-end"),
            id=_id("modal", "dialog", mode), title=f"Delete the report? ({mode} mode)", opened=False,
        ),
        dmc.Text("no action yet", id=_id("modal", "status", mode), className="gallery-output"),
    ])


def modal_action(mode: str) -> Action:
    return dc_dispatch.by_trigger(outputs=2, routes={
        _id("modal", "open", mode): [True, no_update],
        _id("modal", "cancel", mode): [False, "kept"],
        _id("modal", "confirm", mode): [False, "deleted"],
        _id("modal", "toggle", mode): [dc_dispatch.Toggle(State(_id("modal", "dialog", mode), "opened")), "toggled"],
    })


def register_modal(app: Dash, mode: str) -> None:
    callback(modal_action(mode),
             Output(_id("modal", "dialog", mode), "opened"), Output(_id("modal", "status", mode), "children"),
             *(Input(_id("modal", part, mode), "n_clicks") for part in ("open", "cancel", "confirm", "toggle")),
             State(_id("modal", "dialog", mode), "opened"),
             prevent_initial_call=True, mode=mode, app=app)


# -- a router with a reset ---------------------------------------------------------------------------

def router_card(mode: str) -> dmc.Paper:
    buttons = [dmc.Button(label, id=_id("router", view, mode), variant="light") for view, label in VIEWS.items()]
    return _card(mode, [
        dmc.Group(buttons + [dmc.Button("Reset", id=_id("router", "reset", mode), variant="subtle"),
                             dmc.Button("Unrouted", id=_id("router", "stray", mode), variant="subtle", color="gray")]),
        dmc.Text(id=_id("router", "view", mode), className="gallery-output", size="lg"),
        dmc.Text(id=_id("router", "clicks", mode), className="gallery-output", c="dimmed"),
    ])


def router_action(mode: str) -> Action:
    """Views: a constant and the clicks formatted by a routed action; the unrouted button falls to
    ``default`` (leave both outputs)."""
    clicks = dc_format.number(specifier=",")
    routes = {_id("router", view, mode): [f"{label} view", clicks] for view, label in VIEWS.items()}
    routes[_id("router", "reset", mode)] = ["Pick a view", ""]
    return dc_dispatch.by_trigger(outputs=2, routes=routes, initial=["Pick a view", ""])


def register_router(app: Dash, mode: str) -> None:
    callback(router_action(mode),
             Output(_id("router", "view", mode), "children"), Output(_id("router", "clicks", mode), "children"),
             *(Input(_id("router", part, mode), "n_clicks") for part in [*VIEWS, "reset", "stray"]),
             mode=mode, app=app)


# -- buttons appended at run time --------------------------------------------------------------------

def planet_type(mode: str) -> str:
    return f"dispatch-planet-{mode}"


def planet_button(mode: str, index: int) -> html.Button:
    return html.Button(PLANETS[index], id={"type": planet_type(mode), "index": index})


def grow_card(mode: str) -> dmc.Paper:
    return _card(mode, [
        dmc.Group(id=_id("grow", "buttons", mode), children=[planet_button(mode, 0)], gap="xs"),  # the rest are added
        dmc.Text(id=_id("grow", "planet", mode), className="gallery-output", size="lg"),
        dmc.Text(id=_id("grow", "index", mode), className="gallery-output", c="dimmed"),
    ])


def grow_action(mode: str) -> Action:
    """One route for every button, whatever its index (a partial dict id)."""
    return dc_dispatch.by_trigger(outputs=2, initial=["No planet picked", ""], routes=[
        ({"type": planet_type(mode)}, [dc_dispatch.Lookup(PLANETS), dc_dispatch.TriggerIndex()]),
    ])


def register_grow(app: Dash, mode: str) -> None:
    callback(grow_action(mode),
             Output(_id("grow", "planet", mode), "children"), Output(_id("grow", "index", mode), "children"),
             Input({"type": planet_type(mode), "index": ALL}, "n_clicks"), mode=mode, app=app)


def register_add_planet(app: Dash) -> None:
    """A plain server callback appending one button per column (a Patch, so nothing is resent)."""

    @app.callback(*(Output(_id("grow", "buttons", mode), "children") for mode in MODES),
                  Input("dispatch-grow-add", "n_clicks"), prevent_initial_call=True)
    def add_planet(n_clicks: int):
        index = n_clicks  # the first planet is in the layout
        patches = []
        for mode in MODES:
            patch = Patch()
            if index < len(PLANETS):
                patch.append(planet_button(mode, index))
            patches.append(patch)
        return patches
