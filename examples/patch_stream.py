"""A live chart: three sensors stream into a figure through a rolling window, with start/stop,
a window size and a legend toggle — and no callback ever sends the whole figure back down.

The points come from the server (a stand-in for live data, one point per sensor and tick).
``dc.patch.extend_traces`` adds them to the figure and drops the oldest past the window;
``dc.patch.toggle`` flips the legend. Both are registered twice, on two charts side by side:
client mode builds the Patch in the browser, server mode builds the same Patch in Python.
``current=State(chart, "figure")`` is what lets either count the points to drop.

    python examples/patch_stream.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import math

import dash_mantine_components as dmc
from dash import Dash, Input, Output, State, dcc, no_update

import dashclient as dc

SENSORS = 3
TICK_MS = 200

app = Dash(__name__, title="dashclient: live chart")


def chart_id(mode: str) -> str:
    return f"chart-{mode}"


def empty_figure() -> dict:
    traces = [{"x": [], "y": [], "type": "scatter", "mode": "lines", "name": f"sensor {k + 1}"} for k in range(SENSORS)]
    return {"data": traces, "layout": {"height": 320, "margin": {"t": 10, "r": 10, "b": 30, "l": 40},
                                       "uirevision": "live"}}


def reading(tick: int, sensor: int) -> float:
    """What sensor ``sensor`` reads at ``tick`` (a wave per sensor, plus a ripple)."""
    return round(math.sin(tick / (6 + 3 * sensor) + sensor) * (sensor + 1) + 0.3 * math.sin(tick * 1.7 + sensor), 3)


app.layout = dmc.MantineProvider(dmc.Container([
    dmc.Title("Live chart", order=2),
    dmc.Text("dc.patch.extend_traces with a rolling window, and dc.patch.toggle for the legend; "
             "client mode on the left, server mode on the right."),
    dmc.Group([
        dmc.Button("Start", id="start-stop"),
        dmc.Button("Toggle legend", id="legend", variant="light"),
        dmc.NumberInput(id="window", label="window (points per sensor)", value=100, min=1, max=5000, w=220),
    ], align="flex-end"),
    dmc.SimpleGrid([dcc.Graph(id=chart_id(mode), figure=empty_figure()) for mode in ("client", "server")], cols=2),
    dcc.Interval(id="tick", interval=TICK_MS, disabled=True),
    dcc.Store(id="points"),
], size="xl", py="lg"))


@app.callback(Output("tick", "disabled"), Output("start-stop", "children"), Input("start-stop", "n_clicks"),
              State("tick", "disabled"), prevent_initial_call=True)
def start_stop(_clicks, disabled):
    return (False, "Stop") if disabled else (True, "Start")


@app.callback(Output("points", "data"), Input("tick", "n_intervals"))
def new_points(tick):
    """One point per sensor, shaped as extend_traces takes it: a list of new points per trace."""
    if not tick:
        return no_update
    return {"x": [[tick]] * SENSORS, "y": [[reading(tick, k)] for k in range(SENSORS)]}


for mode in ("client", "server"):
    figure = State(chart_id(mode), "figure")
    # A window size that is not a whole number from 1 up (an emptied box) is invalid: the chart
    # pauses (no_update, one console warning) until it is one again.
    stream = dc.patch.extend_traces(max_points=State("window", "value"), current=figure)
    legend = dc.patch.toggle(path=["layout", "showlegend"], default=True, current=figure)
    chart = Output(chart_id(mode), "figure", allow_duplicate=True)
    dc.callback(stream, chart, Input("points", "data"), mode=mode, prevent_initial_call=True, app=app)
    dc.callback(legend, chart, Input("legend", "n_clicks"), mode=mode, prevent_initial_call=True, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
