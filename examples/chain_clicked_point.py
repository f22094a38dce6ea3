"""Vizro seed "Custom action with dashboard inputs and outputs", ported: clicking a point of the
scatter writes it into a card; a switch (bound to the action's ``show_species`` option) adds the
species. The action is a Python function with a JS twin, run in the browser (client mode) or on
the server (``DASHCLIENT_MODE=server``) with the same text.

    python examples/chain_clicked_point.py            # http://127.0.0.1:8050
    DASHCLIENT_MODE=server python examples/chain_clicked_point.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import Dash, Input, dcc, no_update

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _iris import rows, scatter  # noqa: E402


@dc.action(js="seed_actions.clicked_point_text")  # its browser half: examples/assets/seed_actions.js
def clicked_point_text(points_data: dict, show_species: bool = False) -> str:
    """The clicked point in words (Vizro's my_custom_action)."""
    if not points_data or not points_data.get("points"):
        return no_update
    clicked_point = points_data["points"][0]
    x, y = clicked_point["x"], clicked_point["y"]
    text = f"Clicked point has sepal length {x}, petal width {y}"
    if show_species:
        species = clicked_point["customdata"][0]
        text += f" and species {species}"
    return text


def create_app(mode: str | None = None) -> Dash:
    app = Dash(__name__, title="dashclient: clicked point", assets_folder=str(Path(__file__).parent / "assets"))
    app.layout = dmc.MantineProvider(dmc.Container([
        dmc.Title("Example of a custom action with UI inputs and outputs", order=3),
        dcc.Graph(id="scatter_chart", figure=scatter(rows())),
        dmc.Switch(id="show_species", label="show species", checked=True),
        dmc.Card(dmc.Text("Click on a point on the above graph.", id="my_card"), withBorder=True),
    ], size="md", py="lg"))
    dc.chain(
        dc.step(clicked_point_text(show_species=Input("show_species", "checked")),
                outputs="my_card.children", inputs=["scatter_chart.clickData"]),
        trigger="scatter_chart.clickData", mode=mode, app=app,
    )
    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
