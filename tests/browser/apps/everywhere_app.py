"""One formatter in every place a Dash app shows a value, under a strict Content-Security-Policy:
an AG Grid column (cells and tooltips), a DMC BarChart (tooltip and value axis), a DMC Slider's
label, a dcc.Slider's tooltip and a Plotly figure's hover and tick labels (client and server mode).

The values are chosen to exercise the formatter: negative, fractional, large, zero, and in the
grid also missing and garbage values (``None``, ``"abc"``, numeric strings).
"""

from __future__ import annotations

import dash_ag_grid as dag
import dash_mantine_components as dmc
from dash import Dash, Input, Output, dcc, html

import dashclient as dc

PRICE = dc.format.currency(currency="EUR", locale="de-DE")
ROWS = 1000
CHART = [{"month": "Jan", "sales": 1234.5}, {"month": "Feb", "sales": -87.25}, {"month": "Mar", "sales": 2500}]
CHART_TICKS = [-500, 0, 1000, 2000, 3000]
DMC_SLIDER = 1250.5
DCC_SLIDER = 75.25
FIGURE_Y = [1234.5, -87.25, 2500.0, 640.75]
MODES = ("client", "server")


def amount(i: int):
    """Row i's amount: mostly numbers of every size and sign, some missing or garbage."""
    if i % 97 == 0:
        return None
    if i % 89 == 0:
        return "abc"
    if i % 83 == 0:
        return f"{i * 3.5}"  # a numeric string
    return round((i - 500) * 1234.5678 * (1 + (i % 7)) / 7, 2 if i % 3 else 4)


AMOUNTS = [amount(i) for i in range(ROWS)]


def figure() -> dict:
    return {"data": [{"type": "bar", "x": ["a", "b", "c", "d"], "y": FIGURE_Y}],
            "layout": {"height": 300, "width": 500, "hovermode": "closest",
                       "margin": {"t": 10, "b": 30, "l": 80, "r": 10}}}


def strict_csp(app: Dash) -> None:
    """script-src 'self' plus Dash's own inline-script hashes: no eval, no hashes of ours."""
    policy = ("default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
              "script-src 'self' " + " ".join(app.csp_hashes()))

    @app.server.after_request
    def add_csp(response):
        response.headers["Content-Security-Policy"] = policy
        return response


def create_app() -> Dash:
    app = Dash(__name__)
    grid = dag.AgGrid(
        id="grid",
        rowData=[{"row": i, "amount": a} for i, a in enumerate(AMOUNTS)],
        columnDefs=[{"field": "row", "width": 90},
                    {"field": "amount", "valueFormatter": PRICE.ag_grid(), "tooltipValueGetter": PRICE.ag_grid()}],
        dashGridOptions={"tooltipShowDelay": 0},
        style={"height": 1200, "width": 400},  # many rows per scroll step: the test reads them all
    )
    chart = dmc.BarChart(id="bar", h=260, w=500, data=CHART, dataKey="month", series=[{"name": "sales"}],
                         valueFormatter=PRICE.dmc(), yAxisProps={"ticks": CHART_TICKS, "domain": [-500, 3000],
                                                                  "interval": 0, "width": 110})
    graphs = [dcc.Graph(id=f"figure-{mode}", figure=figure(), config={"displayModeBar": False}) for mode in MODES]
    app.layout = dmc.MantineProvider(html.Div([
        grid,
        chart,
        html.Div(dmc.Slider(id="dmc-slider", value=DMC_SLIDER, min=0, max=5000, label=PRICE.dmc(), labelAlwaysOn=True),
                 style={"width": 400, "padding": "40px 20px"}),
        html.Div(dcc.Slider(id="dcc-slider", min=0, max=100, step=0.25, value=DCC_SLIDER,
                            tooltip={"always_visible": True, "transform": PRICE.dcc()}),
                 style={"width": 400, "padding": "40px 20px"}),
        *graphs,
    ]))
    for mode in MODES:
        dc.callback(PRICE.plotly(), Output(f"figure-{mode}", "figure"), Input(f"figure-{mode}", "figure"),
                    mode=mode, app=app)
    strict_csp(app)
    return app
