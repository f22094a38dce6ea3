"""Type-checked, never run: the public API as a user writes it. ``tests/unit/test_typing.py`` runs
mypy over this file and the package, so a signature change that breaks user code fails there."""

from __future__ import annotations

from dash import Dash, Input, Output, State

import dashclient as dc

app = Dash(__name__)

price: dc.Action = dc.format.currency(currency="EUR", locale="de-DE")
text: object = price(1234.5)
function_name: str = price.function_name
signature: dc.Signature = price.signature
values: int | str = signature.values

bound = dc.format.currency(currency=State("ccy", "value"), locale=Input("loc", "value"))
bound(1234.5, currency="EUR", locale="de-DE")
data: dict = bound.to_json()
again: dc.Action = dc.Action.from_json(data)

registration: dc.Registration = dc.callback(price, Output("p", "children"), Input("a", "value"), app=app)
mode: str = registration.mode
dc.callback(bound, Output("q", "children"), Input("a", "value"), mode="server", app=app, debounce=300)
version: str = dc.__version__
