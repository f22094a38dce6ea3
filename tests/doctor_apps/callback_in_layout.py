"""A layout function that registers a callback: it runs at every page load, after the server
started (and each load registers it again)."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__)


def layout():
    @app.callback(Output("greeting", "children"), Input("name", "value"))
    def greet(name):
        return f"Hello {name}"

    return html.Div([dcc.Input(id="name"), html.P(id="greeting")])


app.layout = layout

EXPECTED = [("error", "late-callback", "greeting.children")]
