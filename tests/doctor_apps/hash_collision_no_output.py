"""Two no-output clientside callbacks on the same Input get the same callback id: only the last
one fires (dash #3596)."""

from dash import Dash, Input, html

app = Dash(__name__)
app.layout = html.Div([html.Button("click me", id="button")])
app.clientside_callback("function (n) { console.log('one'); }", Input("button", "n_clicks"), prevent_initial_call=True)
app.clientside_callback("function (n) { console.log('two'); }", Input("button", "n_clicks"), prevent_initial_call=True)

EXPECTED = [("error", "hash-collision", "button.n_clicks")]
