"""An order form whose logic is the app's own clientside code (``examples/assets/order.js``), each
function with a Python twin: the app ``examples/test_testing_my_app.py`` tests with
``dashclient.testing`` (see docs/testing.md).

    python examples/testing_my_app.py                 # http://127.0.0.1:8050
    DASHCLIENT_MODE=server python examples/testing_my_app.py
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from dash import Dash, Input, Output, dcc, html, no_update

import dashclient as dc

ASSETS = str(Path(__file__).parent / "assets")
PRICES = {"TEA-250": 1250, "MUG": 899, "KETTLE": 4990}  # cents; the JS half gets them as an option


@dc.action(js="order.total")
def total(quantity, sku, prices: dict = PRICES) -> float:
    """quantity × the product's price, in euros; a negative quantity is refused."""
    if quantity is None or quantity == "":
        return no_update
    if quantity < 0:
        raise ValueError(f"quantity must be 0 or more, got {quantity}")
    if sku not in prices:
        raise ValueError(f"unknown product {sku}")
    return quantity * prices[sku] / 100


@dc.action(js="order.reference")
def reference(sku, quantity) -> str:
    """A short order reference: the first 4 bytes of SHA-256("<sku>x<quantity>"), in hex."""
    if not sku or quantity is None or quantity == "":
        return no_update
    return hashlib.sha256(f"{sku}x{quantity}".encode("utf-8")).hexdigest()[:8].upper()


def create_app(mode: str | None = None) -> Dash:
    """The order form, its callbacks in ``mode`` (default: ``$DASHCLIENT_MODE``, else client)."""
    app = Dash(__name__, title="dashclient: order form", assets_folder=ASSETS)
    app.layout = html.Div([
        html.H3("Order"),
        dcc.Dropdown(list(PRICES), "TEA-250", id="sku", clearable=False),
        dcc.Input(id="quantity", type="number", value=2),
        dcc.Store(id="total"),
        html.P(id="amount"),
        html.P(id="reference"),
    ])
    dc.callback(total(), Output("total", "data"), Input("quantity", "value"), Input("sku", "value"), mode=mode, app=app)
    dc.callback(dc.format.currency(currency="EUR", locale="de-DE"), Output("amount", "children"),
                Input("total", "data"), mode=mode, app=app)
    dc.callback(reference(), Output("reference", "children"), Input("sku", "value"), Input("quantity", "value"),
                mode=mode, app=app)
    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
