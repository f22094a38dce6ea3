"""Vizro seed "Multiple return values", ported: one function fills two cards from the clicked
point (its tuple spread over two outputs), in the browser or on the server.

    python examples/chain_two_cards.py                # http://127.0.0.1:8050
    DASHCLIENT_MODE=server python examples/chain_two_cards.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import Dash, no_update

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _iris import rows, scatter  # noqa: E402


@dc.action(js="seed_actions.two_cards")  # its browser half: examples/assets/seed_actions.js
def two_cards(points_data: dict) -> tuple[str, str]:
    """Two texts from one clicked point."""
    if not points_data or not points_data.get("points"):
        return no_update
    clicked_point = points_data["points"][0]
    x, y = clicked_point["x"], clicked_point["y"]
    species = clicked_point["customdata"][0]
    card_1_text = f"Clicked point has sepal length {x}, petal width {y}"
    card_2_text = f"Clicked point has species {species}"
    return card_1_text, card_2_text


def create_app(mode: str | None = None) -> Dash:
    app = Dash(__name__, title="dashclient: two cards", assets_folder=str(Path(__file__).parent / "assets"))
    from dash import dcc  # noqa: PLC0415 - kept next to the layout it builds

    app.layout = dmc.MantineProvider(dmc.Container([
        dmc.Title("Example of a custom action with UI inputs and outputs", order=3),
        dcc.Graph(id="scatter_chart", figure=scatter(rows())),
        dmc.SimpleGrid([
            dmc.Card(dmc.Text("Click on a point on the above graph.", id="my_card_1"), withBorder=True),
            dmc.Card(dmc.Text("Click on a point on the above graph.", id="my_card_2"), withBorder=True),
        ], cols={"base": 1, "sm": 2}),
    ], size="md", py="lg"))
    dc.callback(two_cards(), output=["my_card_1.children", "my_card_2.children"], inputs=["scatter_chart.clickData"],
                mode=mode, app=app, prevent_initial_call=True)
    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
