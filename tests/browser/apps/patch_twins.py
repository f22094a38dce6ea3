"""One app, every dc.patch function bound twice — client mode and server mode — to twin targets:
a list, a dict, a streaming figure and a prop that is never set. The same buttons drive both
modes; page-bound options come from stores the test sets before each click.

``WIRING`` says which action each button runs on which target, so a test can compute with
``patch_model`` what every target must hold after each step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from dash import Dash, Input, Output, State, dcc, html

import dashclient as dc

MODES = ("client", "server")
TRACES = 3
WINDOW = 100
INITIAL_LIST = ["a", "b", "c"]
INITIAL_DICT = {"count": 0, "on": False, "style": {"color": "red"}, "meta": {}}
OPTION_STORES = ("item", "index", "path", "merge-item", "by", "max-length")


def initial_figure() -> dict:
    return {
        "data": [{"x": [], "y": [], "name": f"trace {i}", "mode": "lines"} for i in range(TRACES)],
        "layout": {"uirevision": "stream", "margin": {"t": 10, "b": 20, "l": 30, "r": 10}, "height": 220},
    }


@dataclass(frozen=True)
class Wire:
    """A button that runs ``make(current)`` on ``target`` (``{target}-{mode}``), reading ``trigger``."""

    button: str
    target: str
    prop: str
    make: Callable[[State], dc.Action]
    trigger: str = "n_clicks"


WIRING: tuple[Wire, ...] = (
    Wire("append", "list", "data", lambda current: dc.patch.append(
        item=State("item", "data"), max_length=State("max-length", "data"), current=current)),
    Wire("prepend", "list", "data", lambda current: dc.patch.prepend(item=State("item", "data"), current=current)),
    Wire("insert", "list", "data", lambda current: dc.patch.insert(
        index=State("index", "data"), item=State("item", "data"), current=current)),
    Wire("remove", "list", "data", lambda current: dc.patch.remove(item=State("item", "data"), current=current)),
    Wire("delete", "list", "data", lambda current: dc.patch.delete(path=State("path", "data"), current=current)),
    Wire("assign", "dict", "data", lambda current: dc.patch.assign(
        path=State("path", "data"), item=State("item", "data"), current=current)),
    Wire("merge", "dict", "data", lambda current: dc.patch.merge(
        path=State("path", "data"), item=State("merge-item", "data"), current=current)),
    Wire("dict-delete", "dict", "data", lambda current: dc.patch.delete(path=State("path", "data"), current=current)),
    Wire("toggle", "dict", "data", lambda current: dc.patch.toggle(path=["on"], current=current)),
    Wire("increment", "dict", "data", lambda current: dc.patch.increment(
        path=["count"], by=State("by", "data"), current=current)),
    Wire("legend", "graph", "figure", lambda current: dc.patch.toggle(
        path=["layout", "showlegend"], default=True, current=current)),
    Wire("points", "graph", "figure", lambda current: dc.patch.extend_traces(max_points=WINDOW, current=current),
         trigger="data"),
    Wire("unset", "unset", "data", lambda current: dc.patch.append(current=current)),
)


def _target(kind: str, mode: str) -> Any:
    ident = f"{kind}-{mode}"
    if kind == "list":
        return dcc.Store(id=ident, data=list(INITIAL_LIST))
    if kind == "dict":
        return dcc.Store(id=ident, data=dict(INITIAL_DICT))
    if kind == "graph":
        return dcc.Graph(id=ident, figure=initial_figure(), config={"staticPlot": True})
    return dcc.Store(id=ident)  # "unset": a prop that is never set


def create_app() -> tuple[Dash, dict[str, str]]:
    """The app, and the client binding's bound function name for every button."""
    app = Dash(__name__)
    buttons = [html.Button(w.button, id=w.button) for w in WIRING if w.trigger == "n_clicks"]
    stores = [dcc.Store(id=name) for name in OPTION_STORES] + [dcc.Store(id="points")]
    targets = [_target(kind, mode) for kind in ("list", "dict", "graph", "unset") for mode in MODES]
    app.layout = html.Div([html.Div(buttons), *stores, *targets, html.Div("ready", id="ready")])
    names = {}
    for wire in WIRING:
        for mode in MODES:
            target = f"{wire.target}-{mode}"
            registration = dc.callback(
                wire.make(State(target, wire.prop)), Output(target, wire.prop, allow_duplicate=True),
                Input(wire.button, wire.trigger), prevent_initial_call=True, mode=mode, app=app)
            if mode == "client":
                names[wire.button] = registration.clientside_function.function_name
    return app, names
