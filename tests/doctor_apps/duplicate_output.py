"""Two callbacks write total.children and neither says allow_duplicate."""

from dash import Dash, Input, Output, html

app = Dash(__name__)
app.layout = html.Div([html.Button("add", id="add"), html.Button("reset", id="reset"), html.P(id="total")])


@app.callback(Output("total", "children"), Input("add", "n_clicks"))
def add(clicks):
    return clicks


@app.callback(Output("total", "children"), Input("reset", "n_clicks"), prevent_initial_call=True)
def reset(_):
    return 0


EXPECTED = [("error", "duplicate-output", "total.children")]
