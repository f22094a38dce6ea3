"""One action through dc.callback in client and server mode renders the same text, under a strict CSP."""

from dash import Dash, Input, Output, dcc, html

import dashclient as dc
from conftest import console_errors, type_and_compare_twins

ACTIONS = {
    "plain": dc.format.number(specifier=",.2f"),
    "bound": dc.format.number(specifier="$,.2f", locale="de-DE", currency="EUR"),
}


def create_app() -> Dash:
    app = Dash(__name__)
    rows = []
    for name, action in ACTIONS.items():
        rows.append(html.Div([html.Span(id=f"{name}-client"), html.Span(id=f"{name}-server")]))
        dc.callback(action, Output(f"{name}-client", "children"), Input("amount", "value"), app=app)
        dc.callback(action, Output(f"{name}-server", "children"), Input("amount", "value"), app=app, mode="server")
    app.layout = html.Div([dcc.Input(id="amount", value="1234.5", debounce=False), *rows])

    # script-src 'self' plus Dash's own inline-script hashes: no eval, no hashes of ours.
    csp = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' " + " ".join(app.csp_hashes())

    @app.server.after_request
    def add_csp(response):
        response.headers["Content-Security-Policy"] = csp
        return response

    return app


TYPED = ["1234.5", "-98765.4321", "abc", "", "1e21", "0.005"]


def test_client_and_server_mode_render_the_same_text(dash_duo):
    dash_duo.start_server(create_app())
    type_and_compare_twins(dash_duo, "amount", TYPED, ACTIONS)
    assert console_errors(dash_duo) == []
