"""Partial updates: change one cell of a table, send only that change."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, State

import dashclient as dc

TITLE = "Partial updates"
GROUP = "Advanced techniques"
SEED = "Performance Tips › 3. Partial Updates"
USES = "dc.patch.increment with current=State(...)"
INTRO = ("\"Receive 5 mugs\" adds 5 to one cell of the table's data. The callback returns a Patch (in the "
         "browser dash_clientside.Patch, on the server dash.Patch, the same JSON), never the table: the "
         "seed's version sends the whole table up as a State and back. current= lets the function check "
         "the path and the cell's type first: a missing row gives no_update and one warning, not a broken table.")
JS_NOTE = ("Built in: window.dash_clientside.dashclient_patch.increment(n_clicks, {path: [\"body\", 0, 2], "
           "by: 5, current: <the table's data>}) returns new dash_clientside.Patch().add([...], 5).build().")
SEED_CODE = '''@callback(
    Output("table", "data"),
    Input("refresh", "n_clicks"),
    State("table", "data")
)
def update_table(n_clicks, current_data):
    # Only update specific rows
    new_data = current_data.copy()
    new_data[0] = updated_row
    return new_data'''

STOCK = {
    "head": ["Product", "Price", "In stock"],
    "body": [["Mug", "$12.00", 3], ["Notebook", "$4.50", 12], ["Pen", "$1.20", 40]],
}


def panel(mode: str) -> list:
    return [
        dmc.Button("Receive 5 mugs", id=f"partial-{mode}-receive", variant="light"),
        dmc.Table(id=f"partial-{mode}-table", data=STOCK, striped=True),
    ]


# -- shown --
def register(app, mode):
    table = f"partial-{mode}-table"
    receive = dc.patch.increment(path=["body", 0, 2], by=5, current=State(table, "data"))
    dc.callback(receive, Output(table, "data"), Input(f"partial-{mode}-receive", "n_clicks"),
                prevent_initial_call=True, mode=mode, app=app)
# -- end shown --
