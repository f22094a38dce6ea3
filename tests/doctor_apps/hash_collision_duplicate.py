"""Two callbacks patch one prop with allow_duplicate and identical Inputs (their States differ):
Dash hashes the Inputs only, so both get one callback id (dash #2486)."""

from dash import Dash, Input, Output, Patch, State, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(["a", "b"], id="filter"), dcc.Input(id="first"), dcc.Input(id="second"),
    dcc.Store(id="deck", data={"layers": [None, None]}),
])


@app.callback(Output("deck", "data", allow_duplicate=True), Input("filter", "value"), State("first", "value"),
              prevent_initial_call=True)
def first_layer(choice, value):
    patch = Patch()
    patch["layers"][0] = value
    return patch


@app.callback(Output("deck", "data", allow_duplicate=True), Input("filter", "value"), State("second", "value"),
              prevent_initial_call=True)
def second_layer(choice, value):
    patch = Patch()
    patch["layers"][1] = value
    return patch


EXPECTED = [("error", "hash-collision", "deck.data")]
