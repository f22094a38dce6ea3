"""An app that never imports dashclient: the installed pack must still serve its bundle."""

from dash import Dash, Input, Output, clientside_callback, dcc, html


def create_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div([
        html.Button("go", id="go"),
        html.Div("initial", id="kept"),
        html.Div(id="ran"),
        dcc.Store(id="store"),
    ])
    # Dash's own sentinel must keep working with our namespaces merged in.
    clientside_callback(
        """function (clicks) {
            if (!clicks) { return [window.dash_clientside.no_update, "not clicked"]; }
            return [window.dash_clientside.no_update, "clicked " + clicks];
        }""",
        Output("kept", "children"), Output("ran", "children"), Input("go", "n_clicks"),
    )
    return app
