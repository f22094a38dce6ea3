"""Two components share one id: Dash refuses to serve the page, but only at the first request."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name"), dcc.Input(id="name"), html.P(id="greeting")])


@app.callback(Output("greeting", "children"), Input("name", "value"))
def greet(name):
    return name


EXPECTED = [("error", "duplicate-id", "name")]
