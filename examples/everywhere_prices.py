"""One price formatter, five places: an AG Grid column, a DMC BarChart, a DMC Slider, a dcc.Slider
and a Plotly figure all show amounts through the same bound ``dc.format.currency`` action, and its
Python twin writes the same strings into a CSV download.

No JavaScript to write, no ``eval``: the page runs under a strict Content-Security-Policy
(``script-src 'self'`` plus Dash's own hashes), which this example sets.

    pip install "dashclient[grid]"          # dash-ag-grid
    python examples/everywhere_prices.py    # http://127.0.0.1:8050
"""

from __future__ import annotations

import dash_ag_grid as dag
import dash_mantine_components as dmc
from dash import Dash, Input, Output, dcc

import dashclient as dc

price = dc.format.currency(currency="EUR", locale="de-DE")   # bound and validated once, used everywhere

PRODUCTS = [
    {"sku": "Espresso machine", "price": 1234.5},
    {"sku": "Grinder", "price": 349.0},
    {"sku": "Milk jug", "price": 19.99},
    {"sku": "Descaler (6 pack)", "price": 24.5},
    {"sku": "Cups, set of 4", "price": None},             # missing: the fallback ("")
    {"sku": "Service plan", "price": 129.0},
]
REVENUE = [{"month": "Jan", "revenue": 18234.5}, {"month": "Feb", "revenue": 21870.25},
           {"month": "Mar", "revenue": 19455.0}, {"month": "Apr", "revenue": 24310.75}]

app = Dash(__name__, title="dashclient: one formatter everywhere")

figure = {
    "data": [{"type": "bar", "x": [r["month"] for r in REVENUE], "y": [r["revenue"] for r in REVENUE]}],
    "layout": {"height": 300, "margin": {"t": 10, "r": 10, "b": 30, "l": 100}},
}

app.layout = dmc.MantineProvider(dmc.Container([
    dmc.Title("One formatter everywhere", order=2),
    dmc.Code('price = dc.format.currency(currency="EUR", locale="de-DE")', block=True),
    dmc.Title("AG Grid: valueFormatter and tooltipValueGetter", order=4),
    dag.AgGrid(
        id="grid",
        rowData=PRODUCTS,
        columnDefs=[{"field": "sku", "headerName": "product"},
                    {"field": "price", "valueFormatter": price.ag_grid(), "tooltipValueGetter": price.ag_grid()}],
        dashGridOptions={"tooltipShowDelay": 300, "domLayout": "autoHeight"},
    ),
    dmc.Title("DMC BarChart: tooltip and value axis", order=4),
    dmc.BarChart(id="revenue", h=260, data=REVENUE, dataKey="month", series=[{"name": "revenue"}],
                 valueFormatter=price.dmc(), yAxisProps={"width": 110}),
    dmc.Title("DMC Slider: label", order=4),
    dmc.Slider(id="budget", value=1250, min=0, max=5000, step=50, label=price.dmc(), labelAlwaysOn=True, mt="xl"),
    dmc.Title("dcc.Slider: tooltip", order=4),
    dcc.Slider(id="shipping", min=0, max=50, step=0.1, value=4.9, marks=None,
               tooltip={"always_visible": True, "transform": price.dcc()}),
    dmc.Title("Plotly: hover and tick labels", order=4),
    dcc.Graph(id="chart", figure=figure, config={"displayModeBar": False}),
    dmc.Button("Download the price list (CSV)", id="export", variant="light", mt="md"),
    dcc.Download(id="download"),
], size="md", py="md"))

# Plotly takes no JS formatter: price.plotly() writes customdata/hovertemplate and ticktext into
# the figure as a Patch, in the browser, whenever the figure changes (and once at load).
dc.callback(price.plotly(), Output("chart", "figure"), Input("chart", "figure"))


@app.callback(Output("download", "data"), Input("export", "n_clicks"), prevent_initial_call=True)
def export(_n_clicks):
    texts = price.many([p["price"] for p in PRODUCTS])      # the strings the grid shows, from Python
    lines = ["product;price;price_text"]
    lines += [f'{p["sku"]};{"" if p["price"] is None else p["price"]};{text}' for p, text in zip(PRODUCTS, texts)]
    return dcc.send_string("\n".join(lines) + "\n", "prices.csv")


# A strict Content-Security-Policy: nothing here needs 'unsafe-eval' or an inline script of ours.
CSP = ("default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
       "script-src 'self' " + " ".join(app.csp_hashes()))


@app.server.after_request
def add_csp(response):
    response.headers["Content-Security-Policy"] = CSP
    return response


if __name__ == "__main__":
    app.run()
