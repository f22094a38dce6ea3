"""The format pattern in a Dash app: every function bound through dc.callback, client and server
mode side by side, identical text for numbers, dates, garbage and empty input."""

from dash import Dash, Input, Output, dcc, html

import dashclient as dc
from conftest import console_errors, type_and_compare_twins

NOW = 1704067200000  # 2024-01-01T00:00:00Z: relative times must not depend on the clock

ACTIONS = {
    "number": dc.format.number(specifier="$,.2f", locale="de-DE", currency="EUR"),
    "currency": dc.format.currency(currency="JPY", locale="ja-JP", display="name"),
    "percent": dc.format.percent(locale="fr-FR", digits=1),
    "compact": dc.format.compact(locale="hi-IN", display="long"),
    "bytes": dc.format.bytes(units="binary", locale="sv-SE"),
    "date": dc.format.date(locale="ar-EG", date_style="full", time_style="short", time_zone="Asia/Kolkata"),
    "relative_time": dc.format.relative_time(locale="es-ES", now=NOW, numeric="auto"),
    "fallback": dc.format.currency(fallback="n/a"),
}

TYPED = ["1234.5", "-0.5", "abc", "", "1e21", "1704067200000", "2024-01-05T10:30:00Z", "NaN", " 42 "]


def create_app() -> Dash:
    app = Dash(__name__)
    rows = []
    for name, action in ACTIONS.items():
        rows.append(html.Tr([html.Td(name), html.Td(id=f"{name}-client"), html.Td(id=f"{name}-server")]))
        dc.callback(action, Output(f"{name}-client", "children"), Input("value", "value"), app=app)
        dc.callback(action, Output(f"{name}-server", "children"), Input("value", "value"), app=app, mode="server")
    app.layout = html.Div([dcc.Input(id="value", value=""), html.Table(rows)])
    return app


def test_every_formatter_gives_the_same_text_in_client_and_server_mode(dash_duo):
    dash_duo.start_server(create_app())
    type_and_compare_twins(dash_duo, "value", TYPED, ACTIONS)
    assert console_errors(dash_duo) == []
