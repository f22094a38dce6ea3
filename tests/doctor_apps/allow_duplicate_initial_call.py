"""allow_duplicate=True without prevent_initial_call: Dash raises DuplicateCallback naming no
output; the doctor names it and goes on (the typo below is found too)."""

from dash import Dash, Input, Output, html

app = Dash(__name__)
app.layout = html.Div([html.Button("a", id="a"), html.Button("b", id="b"), html.P(id="log")])


@app.callback(Output("log", "children"), Input("a", "n_clicks"))
def from_a(clicks):
    return f"a {clicks}"


@app.callback(Output("log", "children", allow_duplicate=True), Input("b", "n_clicks"))
def from_b(clicks):
    return f"b {clicks}"


@app.callback(Output("log", "title"), Input("c", "n_clicks"))
def title(clicks):
    return clicks


EXPECTED = [("error", "allow-duplicate-initial-call", "log.children"), ("error", "missing-id", "c")]
