"""The patch gallery page and the patch example apps in a real browser: streaming through a
window, the legend toggle and list edits give the same value in the client and the server column."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from dash.testing.wait import until

from conftest import console_errors
from dashclient.gallery import create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

INSTRUMENT = """
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => { window.__warnings.push(args.join(" ")); warn(...args); };
window.__inflight = 0;
const fetch0 = window.fetch.bind(window);
window.fetch = (...args) => { window.__inflight++; return fetch0(...args).finally(() => { window.__inflight--; }); };
"""
PROP = "const c = window.dash_component_api.getLayout(arguments[0]); return c ? c.props[arguments[1]] : null;"
CLICK = "document.getElementById(arguments[0]).click();"
SET_PROPS = "window.dash_clientside.set_props(arguments[0], arguments[1]);"


def prop(dash_duo, ident, name):
    return dash_duo.driver.execute_script(PROP, ident, name)


def click(dash_duo, ident):
    dash_duo.driver.execute_script(CLICK, ident)


def settled(dash_duo) -> bool:
    return dash_duo.driver.execute_script("return window.__inflight") == 0


def points(dash_duo, chart) -> list:
    figure = prop(dash_duo, chart, "figure") or {}
    return [trace.get("x", []) for trace in figure.get("data", [])]


def last_x(dash_duo, chart):
    return [x[-1] if x else None for x in points(dash_duo, chart)]


def stream_then_step(dash_duo, start, tick, client, server, window):
    """Start the stream until both charts show points, stop it, then tick by hand past the window.

    Ticking by hand waits for each update in both charts: a server-mode update still in flight
    when the next one fires is dropped by Dash (it prunes superseded requests: docs/patch.md), so
    live ticks alone could leave the server chart a point short on a slow machine."""
    click(dash_duo, start)
    until(lambda: all(len(x) >= 3 for c in (client, server) for x in points(dash_duo, c)), timeout=15)
    click(dash_duo, start)
    until(lambda: settled(dash_duo) and prop(dash_duo, tick, "disabled") is True, timeout=10)
    ident, size = window
    dash_duo.driver.execute_script(SET_PROPS, ident, {"value": size})
    first = (prop(dash_duo, tick, "n_intervals") or 0) + 1
    for n in range(first, first + size + 2):
        dash_duo.driver.execute_script(SET_PROPS, tick, {"n_intervals": n})
        until(lambda: settled(dash_duo) and last_x(dash_duo, client) == last_x(dash_duo, server) == [n] * 3, timeout=10)
    assert prop(dash_duo, client, "figure")["data"] == prop(dash_duo, server, "figure")["data"]
    assert [x for x in points(dash_duo, client)] == [list(range(first + 2, first + size + 2))] * 3


def legend_toggles(dash_duo, button, client, server):
    click(dash_duo, button)
    until(lambda: all(prop(dash_duo, c, "figure")["layout"].get("showlegend") is False for c in (client, server)), timeout=10)


def test_the_patch_page_streams_toggles_and_edits_the_same_in_both_columns(dash_duo):
    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/patch")
    dash_duo.wait_for_element("#patch-chart-server", timeout=10)
    dash_duo.driver.execute_script(INSTRUMENT)

    stream_then_step(dash_duo, "patch-stream-toggle", "patch-tick", "patch-chart-client", "patch-chart-server",
                     window=("patch-window", 10))
    assert dash_duo.driver.execute_script("return document.getElementById('patch-stream-toggle').textContent") == "Start"
    legend_toggles(dash_duo, "patch-legend", "patch-chart-client", "patch-chart-server")

    initial = prop(dash_duo, "patch-list-client", "options")
    dash_duo.driver.execute_script(SET_PROPS, "patch-text", {"value": "alpha"})
    click(dash_duo, "patch-add")
    until(lambda: prop(dash_duo, "patch-list-server", "options") == initial + ["alpha"], timeout=10)
    dash_duo.driver.execute_script(SET_PROPS, "patch-position", {"value": 99})
    click(dash_duo, "patch-insert")  # out of range: nothing changes in either column
    dash_duo.driver.execute_script(SET_PROPS, "patch-position", {"value": -1})
    click(dash_duo, "patch-insert")
    expected = initial + ["alpha"]
    expected.insert(-1, "alpha")
    until(lambda: settled(dash_duo) and prop(dash_duo, "patch-list-server", "options") == expected, timeout=10)
    assert prop(dash_duo, "patch-list-client", "options") == expected
    until(lambda: dash_duo.driver.execute_script("return document.getElementById('patch-list-match').textContent")
          == "match ✓", timeout=10)
    warnings = dash_duo.driver.execute_script("return window.__warnings")
    assert warnings == ["dashclient: dc.patch.insert failed: path []: index 99 is out of range for inserting "
                        "into a list of 4"]
    assert console_errors(dash_duo) == []


def load_example(name: str):
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.app


def test_the_live_chart_example_streams_the_same_points_in_both_modes(dash_duo):
    dash_duo.start_server(load_example("patch_stream"))
    dash_duo.wait_for_element("#chart-server", timeout=10)
    dash_duo.driver.execute_script(INSTRUMENT)
    stream_then_step(dash_duo, "start-stop", "tick", "chart-client", "chart-server", window=("window", 6))
    legend_toggles(dash_duo, "legend", "chart-client", "chart-server")
    assert console_errors(dash_duo) == []


def test_the_to_do_example_edits_both_lists_alike(dash_duo):
    dash_duo.start_server(load_example("patch_todo"))
    dash_duo.wait_for_element("#todo-server", timeout=10)
    dash_duo.driver.execute_script(INSTRUMENT)
    both = lambda: [prop(dash_duo, f"todo-{m}", "options") for m in ("client", "server")]  # noqa: E731
    for step in (lambda: click(dash_duo, "add"), lambda: click(dash_duo, "add-first"),
                 lambda: dash_duo.driver.execute_script(SET_PROPS, "delete-at", {"value": 1})):
        before = both()[0]
        step()
        until(lambda: settled(dash_duo) and both()[0] == both()[1] != before, timeout=10)
    assert both()[0] == ["new item", "call Ana", "water the plants", "new item"]
    assert console_errors(dash_duo) == []
