"""The dc.fetch test app: routes on its own Flask server (fast, slow, 500, invalid JSON, oversized,
text, a burst whose earlier answers come later), and the same fetch actions in a client-mode and a
server-mode column. Served by dash_duo's threaded server, or by gunicorn with 4 workers
(``gunicorn fetch_app:server``) for latest-wins across processes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dash import Dash, Input, Output, dcc, html

import dashclient as dc

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for fetch_routes
from fetch_routes import add_routes  # noqa: E402

MODES = ("client", "server")
TIMEOUT_MS = 1000
MAX_BYTES = 10_000



def scenario(mode: str):
    """Any URL typed into "url": the error to a set_props target, the status to an Output."""
    return dc.fetch.json(outputs=["data", "status"], error=f"error-{mode}", timeout_ms=TIMEOUT_MS,
                         max_bytes=MAX_BYTES)


def text(mode: str):
    """Text through a template: error and status both set_props targets."""
    return dc.fetch.text(url="/api/echo?w={0}", timeout_ms=TIMEOUT_MS, error=f"text-error-{mode}",
                         status=f"text-status-{mode}")


def burst(mode: str):
    """The burst: the earliest calls answer last (one of them with a 500); error and status are
    set_props targets, which only dashclient's own latest-wins keeps from a late answer."""
    return dc.fetch.json(timeout_ms=5000, error=f"burst-error-{mode}", status=f"burst-status-{mode}")


def column(mode: str) -> html.Div:
    return html.Div([
        html.H4(mode),
        dcc.Store(id=f"data-{mode}"), html.Pre(id=f"shown-{mode}"),
        html.Div(id=f"error-{mode}"), html.Div(id=f"status-{mode}"),
        html.Pre(id=f"text-{mode}"), html.Div(id=f"text-error-{mode}"), html.Div(id=f"text-status-{mode}"),
        dcc.Store(id=f"burst-{mode}"), html.Pre(id=f"burst-shown-{mode}"), html.Div(id=f"burst-error-{mode}"),
        html.Div(id=f"burst-status-{mode}"),
    ], style={"display": "inline-block", "width": "45%", "verticalAlign": "top"})


def create_app() -> Dash:
    app = Dash(__name__)
    add_routes(app.server)
    app.layout = html.Div([
        dcc.Input(id="url", value=""), dcc.Input(id="word", value=""), dcc.Input(id="burst", value=""),
        *[column(mode) for mode in MODES],
    ])
    for mode in MODES:
        dc.callback(scenario(mode), Output(f"data-{mode}", "data"), Output(f"status-{mode}", "children"),
                    Input("url", "value"), app=app, mode=mode)
        dc.callback(text(mode), Output(f"text-{mode}", "children"), Input("word", "value"), app=app, mode=mode,
                    prevent_initial_call=True)
        dc.callback(burst(mode), Output(f"burst-{mode}", "data"), Input("burst", "value"), app=app, mode=mode,
                    prevent_initial_call=True)
        for store, shown in ((f"data-{mode}", f"shown-{mode}"), (f"burst-{mode}", f"burst-shown-{mode}")):
            app.clientside_callback("function (data) { return data === undefined ? '' : JSON.stringify(data); }",
                                Output(shown, "children"), Input(store, "data"))
    return app


app = create_app()
server = app.server
