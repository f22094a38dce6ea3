"""ClientsideFunction names that no served script defines (dash #1208 fails only in the browser):
a typo in a user's function, a dc.action whose JS half is not in assets/, an unknown function of
the pack, and inline JavaScript with a syntax error. Checked in headless Chromium."""

from pathlib import Path

from dash import ClientsideFunction, Dash, Input, Output, dcc, html

import dashclient as dc

app = Dash(__name__, assets_folder=str(Path(__file__).parent / "assets"))
app.layout = html.Div([dcc.Input(id="amount", value="1"), *[html.P(id=f"out{i}") for i in range(5)]])


@dc.action(js="my_app.sumary")  # my_app.js defines total and label
def summary(value) -> str:
    return str(value)


app.clientside_callback(ClientsideFunction("my_app", "totl"), Output("out0", "children"), Input("amount", "value"))
app.clientside_callback(ClientsideFunction("my_app", "total"), Output("out1", "children"), Input("amount", "value"))
dc.callback(summary(), Output("out2", "children"), Input("amount", "value"), app=app)
app.clientside_callback(ClientsideFunction("dashclient_format", 'curency:{"currency":"EUR"}'),
                        Output("out3", "children"), Input("amount", "value"))
app.clientside_callback("function (value) { return value +; }", Output("out4", "children"), Input("amount", "value"))

EXPECTED = [
    ("error", "missing-clientside-function", "out0.children"),
    ("error", "missing-clientside-function", "out2.children"),
    ("error", "missing-clientside-function", "out3.children"),
    ("error", "missing-clientside-function", "out4.children"),
]
BROWSER = True  # this one needs Chromium
