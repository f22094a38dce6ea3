"""Vizro seed "Simple custom action", ported: one button runs a chain — export the shown data,
wait two seconds (a custom action that sleeps), export it again in another format. The button is
disabled while the chain runs (``running``), in both modes; a failing step would show its message.

Vizro's second export is an xlsx file; this port writes JSON, which the browser half can build too.

    python examples/chain_export.py                   # http://127.0.0.1:8050
    DASHCLIENT_MODE=server python examples/chain_export.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import Dash, Input, Output, dcc

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _iris import COLORS, rows, scatter  # noqa: E402

COLUMNS = ("sepal_length", "sepal_width", "petal_length", "petal_width", "species")


@dc.action(js="seed_actions.export_rows", options={"file_format": {"type": "enum", "enum": ["csv", "json"]}})
def export_rows(rows: list, species: list, file_format: str = "csv") -> dict:
    """The rows of the chosen species as a dcc.Download file (Vizro's export_data)."""
    chosen = [r for r in rows or [] if not species or r["species"] in species]
    if file_format == "json":
        content = json.dumps([{c: r[c] for c in COLUMNS} for r in chosen], separators=(",", ":"), ensure_ascii=False)
        return {"content": content, "filename": "iris.json", "type": "application/json", "base64": False}
    lines = [",".join(COLUMNS)] + [",".join(str(r[c]) for c in COLUMNS) for r in chosen]
    return {"content": "\n".join(lines) + "\n", "filename": "iris.csv", "type": "text/csv", "base64": False}


def create_app(mode: str | None = None, wait: float = 2) -> Dash:
    app = Dash(__name__, title="dashclient: export chain", assets_folder=str(Path(__file__).parent / "assets"))
    app.layout = dmc.MantineProvider(dmc.Container([
        dmc.Title("Example of a simple custom action", order=3),
        dmc.MultiSelect(id="species", label="Species", data=list(COLORS), value=[]),
        dcc.Graph(id="graph", figure=scatter(rows())),
        dmc.Button("Export data", id="export"),
        dmc.Text(id="export-error", c="red"),
        dcc.Store(id="rows", data=rows()),
        dcc.Download(id="download-csv"),
        dcc.Download(id="download-json"),
    ], size="md", py="lg"))
    inputs = ["rows.data", "species.value"]
    dc.chain(
        dc.step(export_rows(), outputs="download-csv.data", inputs=inputs),
        dc.sleep(wait),
        dc.step(export_rows(file_format="json"), outputs="download-json.data", inputs=inputs),
        trigger="export.n_clicks", running=[("export.disabled", True, False)], error="export-error.children",
        mode=mode, app=app,
    )

    @app.callback(Output("graph", "figure"), Input("species", "value"), prevent_initial_call=True)
    def filter_graph(species):
        return scatter([r for r in rows() if not species or r["species"] in species])

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
