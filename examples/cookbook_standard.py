"""Advanced-callbacks cookbook, "Standard Callbacks: Input/Output/State", ported: the basic
structure, multiple inputs and outputs, flexible (dict) signatures and chained callbacks.

None of these is a built-in pattern: the seed's functions are plain Python. ``@dc.action(js=...)``
pairs each with its JS half in ``examples/assets/cookbook.js`` (``window.dash_clientside.cookbook``),
so ``dc.callback`` runs the same function in the browser (client column) and in Python (server column).

    python examples/cookbook_standard.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import Input, Output, State, dcc

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _cookbook import MODES, new_app, out, page, section  # noqa: E402

SALES = [{"cat": cat, "year": year, "x": x, "y": (len(cat) * int(year) + i * 7) % 23 + 1}
         for cat in ("Tools", "Toys") for year in ("2023", "2024") for i, x in enumerate("QRST")]


def text(value) -> str:
    return "" if value is None else str(value)


@dc.action(js="cookbook.describe")
def describe(input_value, state_value) -> str:
    """Basic Callback Structure: Input triggers, State is read."""
    return f"Input: {text(input_value)}, State: {text(state_value)}"


@dc.action(js="cookbook.multi")
def multi(dd1, dd2, slider, note) -> tuple[str, str, dict]:
    """Multiple Inputs and Outputs: order matches the arguments."""
    return (f"Dropdown 1: {text(dd1)}", f"Dropdown 2: {text(dd2)} ({text(note)})",
            {"color": "red" if (slider or 0) > 50 else "blue"})


@dc.action(js="cookbook.dashboard")
def dashboard(category, year, data) -> tuple[str, dict]:
    """Flexible Callback Signatures: the dict keys name the values, in any order."""
    rows = [r for r in data or [] if r["cat"] == category and r["year"] == year]
    return f"{category} in {year}", {"data": [{"type": "bar", "x": [r["x"] for r in rows], "y": [r["y"] for r in rows]}],
                                     "layout": {"height": 220, "margin": {"t": 10, "b": 30, "l": 30, "r": 10}}}


@dc.action(js="cookbook.parse_rows")
def parse_rows(contents) -> list:
    """Chained Callbacks, first step: lines "x,y" (y an integer) as rows; other lines are skipped."""
    rows = []
    for line in (contents or "").split("\n"):
        x, _, y = line.partition(",")
        if x.strip() and re.fullmatch(r"-?\d+", y.strip()):
            rows.append({"x": x.strip(), "y": int(y.strip())})
    return rows


@dc.action(js="cookbook.chart")
def chart(rows, chart_type) -> tuple[dict, str]:
    """Chained Callbacks, second step: a figure of the rows the first step wrote."""
    rows = rows or []
    trace = {"type": "bar"} if chart_type == "bar" else {"type": "scatter", "mode": "lines"}
    figure = {"data": [{**trace, "x": [r["x"] for r in rows], "y": [r["y"] for r in rows]}],
              "layout": {"height": 220, "margin": {"t": 10, "b": 30, "l": 30, "r": 10}}}
    return figure, f"{chart_type} chart of {len(rows)} rows"


app = new_app("standard callbacks")
graph = {"config": {"displayModeBar": False}, "style": {"height": 220}}
page(
    app, "Standard callbacks", "Each function runs twice: in the browser and on the server, with the same text.",
    section("Basic callback structure", "@dc.action: describe(input, state)",
            dmc.Group([dmc.TextInput(id="basic-input", label="input (triggers)", value="hello"),
                       dmc.TextInput(id="basic-state", label="state (read only)", value="world")]),
            lambda mode: [out("basic", mode)]),
    section("Multiple inputs and outputs", "@dc.action returning a tuple: three outputs",
            dmc.Group([dmc.Select(id="dd-1", data=["NYC", "MTL", "LA"], value="NYC", label="dropdown 1"),
                       dmc.Select(id="dd-2", data=["bar", "line"], value="bar", label="dropdown 2"),
                       dmc.Slider(id="slider", value=30, w=200),
                       dmc.TextInput(id="note", value="a note", label="state")]),
            lambda mode: [out("multi-1", mode), out("multi-2", mode), out("multi-3", mode, children="slider colour")]),
    section("Flexible callback signatures", "dc.callback takes Dash's output=/inputs=/state= dicts",
            dmc.Group([dmc.Select(id="category", data=["Tools", "Toys"], value="Tools", label="category"),
                       dmc.SegmentedControl(id="year", data=["2023", "2024"], value="2023"),
                       dcc.Store(id="sales", data=SALES)]),
            lambda mode: [out("title", mode, fw=600), dcc.Graph(id=f"graph-{mode}", **graph)]),
    section("Chained callbacks", "two @dc.action callbacks chained through a dcc.Store",
            dmc.Group([dmc.Textarea(id="upload", value="Q,3\nR,5\nS,2", label="'upload' (x,y lines)", autosize=True),
                       dmc.SegmentedControl(id="chart-type", data=["bar", "line"], value="bar")]),
            lambda mode: [dcc.Store(id=f"rows-{mode}"), out("caption", mode),
                          dcc.Graph(id=f"chained-{mode}", **graph)]),
)

for mode in MODES:
    dc.callback(describe(), Output(f"basic-{mode}", "children"),
                Input("basic-input", "value"), State("basic-state", "value"), mode=mode, app=app)
    dc.callback(multi(), Output(f"multi-1-{mode}", "children"), Output(f"multi-2-{mode}", "children"),
                Output(f"multi-3-{mode}", "style"), Input("dd-1", "value"), Input("dd-2", "value"),
                Input("slider", "value"), State("note", "value"), mode=mode, app=app)
    dc.callback(dashboard(),
                output=dict(title=Output(f"title-{mode}", "children"), figure=Output(f"graph-{mode}", "figure")),
                inputs=dict(category=Input("category", "value"), year=Input("year", "value")),
                state=dict(data=State("sales", "data")), mode=mode, app=app)
    dc.callback(parse_rows(), Output(f"rows-{mode}", "data"), Input("upload", "value"), mode=mode, app=app)
    dc.callback(chart(), Output(f"chained-{mode}", "figure"), Output(f"caption-{mode}", "children"),
                Input(f"rows-{mode}", "data"), Input("chart-type", "value"), mode=mode, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
