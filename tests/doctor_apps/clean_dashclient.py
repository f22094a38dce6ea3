"""Near miss: what dashclient generates — a chain (allow_duplicate outputs, hidden stores), a
debounced server callback (a gate store), page-bound options — reports nothing."""

from pathlib import Path

from dash import Dash, Input, Output, State, dcc, html

import dashclient as dc

app = Dash(__name__, assets_folder=str(Path(__file__).parent / "assets"))
app.layout = html.Div([
    dcc.Input(id="amount", value="1234.5"), dcc.Input(id="ccy", value="EUR"), html.Button("go", id="go"),
    html.P(id="price"), html.P(id="price-server"), html.P(id="step-1"), html.P(id="step-2"), html.P(id="error"),
])


@dc.action(js="my_app.label")
def label(value) -> str:
    return f"{value} km"


price = dc.format.currency(currency=State("ccy", "value"))
dc.callback(price, Output("price", "children"), Input("amount", "value"), app=app)
dc.callback(price, Output("price-server", "children"), Input("amount", "value"), mode="server", debounce=300, app=app)
dc.chain(
    dc.step(label(), outputs="step-1.children", inputs=["amount.value"]),
    dc.step(label(), outputs="step-2.children", inputs=["amount.value"]),
    trigger="go.n_clicks", running=[("go.disabled", True, False)], error="error.children", app=app,
)

EXPECTED = []
BROWSER = True
