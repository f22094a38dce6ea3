"""Two callbacks with different Outputs share one allow_duplicate Output and the same Inputs: their
callback ids differ, but Dash hashes that Output's id from the Inputs alone, so both write
``status.children@<same hash>``; the renderer logs "Duplicate callback outputs" and keeps one."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("save", id="save"), html.Div(id="status"), dcc.Store(id="saved"), html.Div(id="log"),
])


@app.callback(Output("saved", "data"), Output("status", "children", allow_duplicate=True), Input("save", "n_clicks"),
              prevent_initial_call=True)
def save(clicks):
    return clicks, "saved"


@app.callback(Output("log", "children"), Output("status", "children", allow_duplicate=True), Input("save", "n_clicks"),
              prevent_initial_call=True)
def log(clicks):
    return f"clicked {clicks}", "logged"


EXPECTED = [("error", "hash-collision", "status.children")]
