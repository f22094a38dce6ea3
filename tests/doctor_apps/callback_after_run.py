"""app.run() at import without the __main__ guard, and a callback defined after it: defined
after the server started (the doctor does not start it)."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name"), html.P(id="greeting")])

app.run()


@app.callback(Output("greeting", "children"), Input("name", "value"))
def greet(name):
    return f"Hello {name}"


EXPECTED = [("error", "late-callback", "greeting.children")]
