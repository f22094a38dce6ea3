"""A MATCH output overlaps a fixed dict id of the same type: both can write item 1's children."""

from dash import MATCH, Dash, Input, Output, html

app = Dash(__name__)
app.layout = html.Div([
    *[html.Button(id={"type": "button", "index": i}) for i in range(2)],
    *[html.P(id={"type": "label", "index": i}) for i in range(2)],
    html.Button("first", id="first"),
])


@app.callback(Output({"type": "label", "index": MATCH}, "children"),
              Input({"type": "button", "index": MATCH}, "n_clicks"))
def label(clicks):
    return clicks


@app.callback(Output({"type": "label", "index": 1}, "children"), Input("first", "n_clicks"))
def first(clicks):
    return "first"


EXPECTED = [("error", "duplicate-output", '{"index":MATCH,"type":"label"}.children')]
