"""A callback that registers another callback when it runs: after the server started, so Dash
never sends the new one to the browser."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([dcc.Dropdown(["a", "b"], id="board"), html.Div(id="controls")])


@app.callback(Output("controls", "children"), Input("board", "value"))
def show_board(board):
    @app.callback(Output(f"{board}-out", "children"), Input(f"{board}-in", "value"))
    def echo(value):
        return value

    return [dcc.Input(id=f"{board}-in"), html.P(id=f"{board}-out")]


EXPECTED = [("error", "late-callback", "show_board")]
