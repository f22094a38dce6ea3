"""The everywhere page: one ``price = dc.format.currency(...)`` in the five places a Dash app shows
a value — an AG Grid column, a DMC BarChart, a DMC Slider, a dcc.Slider and a Plotly figure (client
and server mode side by side) — and its Python twin writing the same strings into a CSV.

Switching the currency rebuilds the props in one server callback (the helpers need constant
options); the figures read the formatter from a store, as an action's JSON, in both modes.
"""

from __future__ import annotations

from typing import Any

import dash_mantine_components as dmc
from dash import Dash, Input, Output, State, dcc, no_update

from ... import callback, figure as dc_figure
from .._patterns import BY_NAME
from . import _everywhere_data as data

try:
    import dash_ag_grid as dag
except ImportError:  # the grid extra is not installed: the page says how to get it
    dag = None

PATTERN = BY_NAME["everywhere"]
MODES = ("client", "server")


def _grid(price) -> Any:
    if dag is None:
        return dmc.Alert("pip install 'dashclient[grid]' (dash-ag-grid) to see the grid column.", color="yellow",
                         id="ew-grid-missing")
    return dag.AgGrid(
        id="ew-grid",
        rowData=data.products(),
        columnDefs=_columns(price),
        dashGridOptions={"tooltipShowDelay": 300},
        style={"height": 300},
    )


def _columns(price) -> list[dict]:
    return [{"field": "sku", "headerName": "product"},
            {"field": "price", "valueFormatter": price.ag_grid(), "tooltipValueGetter": price.ag_grid(),
             "type": "rightAligned"}]


def _card(title: str, caption: str, child: Any) -> dmc.Paper:
    return dmc.Paper(dmc.Stack([
        dmc.Group([dmc.Text(title, fw=600), dmc.Text(caption, size="sm", c="dimmed")], gap="xs"),
        child,
    ], gap="xs"), withBorder=True, p="md")


def layout() -> dmc.Stack:
    price = data.price_for(data.DEFAULT)
    figures = [_card(f"Plotly, {mode} mode", "customdata, hovertemplate and ticktext as a Patch",
                     dcc.Graph(id=f"ew-figure-{mode}", figure=data.figure(), config={"displayModeBar": False}))
               for mode in MODES]
    return dmc.Stack([
        dmc.Title(PATTERN.title, order=2),
        dmc.Text(PATTERN.summary),
        dmc.SegmentedControl(id="ew-choice", value=data.DEFAULT, data=[{"value": v, "label": label}
                                                                     for v, label, _, _ in data.CHOICES]),
        dmc.Code(data.code_for(data.DEFAULT), id="ew-code", block=True),
        dmc.SimpleGrid([
            _card("AG Grid", "valueFormatter and tooltipValueGetter", _grid(price)),
            _card("DMC BarChart", "valueFormatter: tooltip and value axis",
                  dmc.BarChart(id="ew-chart", h=260, data=data.revenue(), dataKey="month",
                               series=[{"name": "revenue"}], valueFormatter=price.dmc(),
                               yAxisProps={"width": 100})),
        ], cols={"base": 1, "md": 2}),
        dmc.SimpleGrid([
            _card("DMC Slider", "label",
                  dmc.Slider(id="ew-budget", value=data.BUDGET, min=0, max=5000, step=0.5, label=price.dmc(),
                             labelAlwaysOn=True, mt="xl", mb="md")),
            _card("dcc.Slider", "tooltip.transform",
                  dmc.Box(dcc.Slider(id="ew-discount", min=0, max=100, value=data.DISCOUNT, marks=None,
                                     tooltip={"always_visible": True, "transform": price.dcc()}), mt="xl")),
        ], cols={"base": 1, "md": 2}),
        dmc.SimpleGrid(figures, cols={"base": 1, "md": 2}),
        _card("Python twin", "price.many(column): the strings the grid shows, for a CSV export", dmc.Stack([
            dmc.Text(", ".join(price.many([row["price"] for row in data.products()[:4]])), id="ew-twin",
                     className="gallery-output"),
            dmc.Group([dmc.Button("Download CSV", id="ew-export", variant="light")]),
        ], gap="xs")),
        dcc.Store(id="ew-format", data=price.to_json()),
        dcc.Download(id="ew-download"),
    ], gap="md")


def register_callbacks(app: Dash) -> None:
    outputs = [Output("ew-chart", "valueFormatter"), Output("ew-budget", "label"),
               Output("ew-discount", "tooltip"), Output("ew-format", "data"), Output("ew-code", "children"),
               Output("ew-twin", "children")]
    if dag is not None:
        outputs.append(Output("ew-grid", "columnDefs"))

    @app.callback(*outputs, Input("ew-choice", "value"), prevent_initial_call=True)
    def rebuild(choice):
        """The helpers take constants: a new formatter means new props, built here."""
        price = data.price_for(choice)
        shown = price.many([row["price"] for row in data.products()[:4]])
        values = [price.dmc(), price.dmc(), {"always_visible": True, "transform": price.dcc()}, price.to_json(),
                  data.code_for(choice), ", ".join(shown)]
        return (*values, _columns(price)) if dag is not None else tuple(values)

    for mode in MODES:
        texts = dc_figure.format_text(format=Input("ew-format", "data"))
        callback(texts, Output(f"ew-figure-{mode}", "figure"), Input(f"ew-figure-{mode}", "figure"), mode=mode, app=app)

    @app.callback(Output("ew-download", "data"), Input("ew-export", "n_clicks"), State("ew-choice", "value"),
                  prevent_initial_call=True)
    def export(n_clicks, choice):
        if not n_clicks:
            return no_update
        rows = data.products()
        shown = data.price_for(choice).many([row["price"] for row in rows])
        lines = ["sku,price,price_text", *(f'{row["sku"]},{row["price"] if row["price"] is not None else ""},"{text}"'
                                            for row, text in zip(rows, shown))]
        return dcc.send_string("\n".join(lines) + "\n", "prices.csv")
