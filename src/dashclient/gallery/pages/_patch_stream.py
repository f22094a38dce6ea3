"""The patch page's streaming chart: points arrive on every tick and ``dc.patch.extend_traces``
adds them to three traces through a rolling window; ``dc.patch.toggle`` flips the legend. The
same actions run in client mode and in server mode, on two charts side by side."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import ClientsideFunction, Dash, Input, Output, State, dcc

from ... import callback, patch as dc_patch

GALLERY_NAMESPACE = "dashclient_gallery"  # assets/gallery.js
TRACES = 3
TICK_MS = 250
WINDOWS = (100, 200, 300, 400, 500)
DEFAULT_WINDOW = 100
MIN_WINDOW = 10

CODE = '''\
stream = dc.patch.extend_traces(max_points=State("patch-window", "value"),
                                current=State(f"patch-chart-{mode}", "figure"))
legend = dc.patch.toggle(path=["layout", "showlegend"], default=True,
                         current=State(f"patch-chart-{mode}", "figure"))
for mode in ("client", "server"):
    chart = Output(f"patch-chart-{mode}", "figure", allow_duplicate=True)
    dc.callback(stream, chart, Input("patch-points", "data"), mode=mode, prevent_initial_call=True)
    dc.callback(legend, chart, Input("patch-legend", "n_clicks"), mode=mode, prevent_initial_call=True)'''


def chart_id(mode: str) -> str:
    return f"patch-chart-{mode}"


def initial_figure() -> dict:
    return {
        "data": [{"x": [], "y": [], "type": "scatter", "mode": "lines", "name": f"sensor {k + 1}"} for k in range(TRACES)],
        "layout": {"height": 260, "margin": {"t": 10, "r": 10, "b": 30, "l": 40}, "uirevision": "stream",
                   "legend": {"orientation": "h", "y": -0.2}},
    }


def _chart(mode: str, caption: str) -> dmc.Stack:
    return dmc.Stack([
        dmc.Group([dmc.Text(f"{mode.title()} mode", fw=600), dmc.Text(caption, size="sm", c="dimmed")], gap="xs"),
        dcc.Graph(id=chart_id(mode), figure=initial_figure(), config={"displayModeBar": False}),
    ], gap=0)


def layout() -> dmc.Paper:
    return dmc.Paper(dmc.Stack([
        dmc.Title("Streaming chart", order=3),
        dmc.Text("Every tick brings one point per trace; extend_traces adds them and drops the oldest past the "
                 "window. Client mode builds the Patch in the browser from the figure it already holds; server "
                 "mode sends that figure up as State so the Python twin can count what to drop."),
        dmc.Group([
            dmc.Button("Start", id="patch-stream-toggle", variant="filled"),
            dmc.Button("Toggle legend", id="patch-legend", variant="light"),
            dmc.Stack([
                dmc.Text("window (points per trace)", size="sm"),
                dmc.Slider(id="patch-window", value=DEFAULT_WINDOW, min=MIN_WINDOW, max=WINDOWS[-1], step=10,
                           marks=[{"value": w, "label": str(w)} for w in WINDOWS], w=280),
            ], gap=4),
        ], align="flex-end"),
        dmc.SimpleGrid([_chart("client", "JS Patch"), _chart("server", "dash.Patch")], cols={"base": 1, "sm": 2}),
        dmc.Code(CODE, block=True),
        dcc.Interval(id="patch-tick", interval=TICK_MS, disabled=True),
        dcc.Store(id="patch-points"),
        dcc.Store(id="patch-traces", data=TRACES),
    ], gap="sm"), withBorder=True, p="md")


def register_callbacks(app: Dash) -> None:
    app.clientside_callback(ClientsideFunction(GALLERY_NAMESPACE, "start_stop"),
                            Output("patch-tick", "disabled"), Output("patch-stream-toggle", "children"),
                            Input("patch-stream-toggle", "n_clicks"), State("patch-tick", "disabled"),
                            prevent_initial_call=True)
    # The live data: the same points for both charts (assets/gallery.js, a wave per trace).
    app.clientside_callback(ClientsideFunction(GALLERY_NAMESPACE, "stream_points"),
                            Output("patch-points", "data"), Input("patch-tick", "n_intervals"),
                            State("patch-traces", "data"))
    for mode in ("client", "server"):
        current = State(chart_id(mode), "figure")
        stream = dc_patch.extend_traces(max_points=State("patch-window", "value"), current=current)
        legend = dc_patch.toggle(path=["layout", "showlegend"], default=True, current=current)
        chart = Output(chart_id(mode), "figure", allow_duplicate=True)
        callback(stream, chart, Input("patch-points", "data"), mode=mode, prevent_initial_call=True, app=app)
        callback(legend, chart, Input("patch-legend", "n_clicks"), mode=mode, prevent_initial_call=True, app=app)
