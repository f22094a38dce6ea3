"""The same typo in an app that suppresses callback exceptions (components rendered later are
normal there): a note, since Dash cannot tell either."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([dcc.Input(id="amount"), html.P(id="total")])


@app.callback(Output("total", "children"), Input("amout", "value"))
def total(amount):
    return amount


EXPECTED = [("note", "missing-id", "amout")]
