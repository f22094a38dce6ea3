"""running= and on_error= given to a clientside callback: Dash silently drops them."""

from dash import ClientsideFunction, Dash, Input, Output, html

app = Dash(__name__)
app.layout = html.Div([html.Button("go", id="go"), html.P(id="out")])
app.clientside_callback(
    ClientsideFunction("my_app", "label"),
    Output("out", "children"),
    Input("go", "n_clicks"),
    running=[(Output("go", "disabled"), True, False)],
    on_error=lambda error: None,
)

EXPECTED = [("error", "dropped-keyword", "on_error")]
