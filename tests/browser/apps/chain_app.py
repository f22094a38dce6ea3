"""A chain of server steps, for gunicorn with several workers (``gunicorn chain_app:server``): each
step may run in another process, so the chain may keep nothing in one."""

from __future__ import annotations

from dash import Dash, dcc, html

import dashclient as dc


@dc.action
def label(value, prefix: str = "") -> str:
    if value == "fail":
        raise ValueError("step refused 'fail'")
    return f"{prefix}{value}"


def create_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div([
        html.Button("go", id="go"), dcc.Input(id="source", value="a"),
        html.Div(id="out1"), html.Div(id="out3"), html.Div(id="error"), html.Button("busy?", id="busy"),
    ])
    dc.chain(
        dc.step(label(prefix="1:"), outputs="out1.children", inputs=["source.value"]),
        dc.sleep(0.2),
        dc.step(label(prefix="3:"), outputs="out3.children", inputs=["source.value"]),
        trigger="go.n_clicks", running=[("busy.disabled", True, False)], error="error.children",
        mode="server", app=app,
    )
    return app


app = create_app()
server = app.server
