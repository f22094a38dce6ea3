"""A pattern-matching Input whose type is misspelled ("itme"): nothing in the layout matches it
(a note: components may be added later), while the MATCH pair next to it is fine."""

from dash import ALL, MATCH, Dash, Input, Output, html

app = Dash(__name__)
app.layout = html.Div([
    *[html.Button(f"item {i}", id={"type": "item", "index": i}) for i in range(3)],
    *[html.P(id={"type": "item-out", "index": i}) for i in range(3)],
    html.P(id="count"),
])


@app.callback(Output("count", "children"), Input({"type": "itme", "index": ALL}, "n_clicks"))
def count(clicks):
    return sum(c or 0 for c in clicks)


@app.callback(Output({"type": "item-out", "index": MATCH}, "children"),
              Input({"type": "item", "index": MATCH}, "n_clicks"))
def echo(clicks):
    return clicks


EXPECTED = [("note", "unmatched-pattern", '{"index":ALL,"type":"itme"}')]
