"""An Input whose id is misspelled: in production the callback silently never fires."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="amount"), html.P(id="total")])


@app.callback(Output("total", "children"), Input("amout", "value"))
def total(amount):
    return amount


EXPECTED = [("error", "missing-id", "amout")]
