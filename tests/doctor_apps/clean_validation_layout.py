"""Near miss: the detail view is rendered by a callback, and the validation layout holds it."""

from dash import Dash, Input, Output, dcc, html

detail = html.Div([dcc.Input(id="detail-name"), html.P(id="detail-greeting")])

app = Dash(__name__)
app.layout = html.Div([dcc.Tabs(id="tabs", value="home"), html.Div(id="page")])
app.validation_layout = html.Div([app.layout, detail])


@app.callback(Output("page", "children"), Input("tabs", "value"))
def page(tab):
    return detail if tab == "detail" else "home"


@app.callback(Output("detail-greeting", "children"), Input("detail-name", "value"))
def greet(name):
    return f"Hello {name}"


EXPECTED = []
