"""Chains and users' own actions in a real browser, client and server mode giving the same props:
the three Vizro seed ports, a chain stopped or failing at its second step, running props, a
client-only chain that never calls the server, a mixed chain ending like an all-server one, and
other callbacks answering while a chain waits in ``dc.sleep``."""

import importlib.util
import sys
from pathlib import Path

import pytest
from dash import Dash, Input, Output, dcc, html, no_update
from dash.testing.wait import until

import dashclient as dc
from conftest import console_errors, text_content, wait_for_text_content
from dashclient.testing import assert_modes_agree, prop, set_props

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ASSETS = str(Path(__file__).parent / "assets")
MODES = ["client", "server"]

COUNT_UPDATES = """
window.__updates = 0;
const original = window.fetch;
window.fetch = (...args) => {
  if (String(args[0]).includes("_dash-update-component")) window.__updates += 1;
  return original(...args);
};
"""

CLICK = {"points": [{"curveNumber": 1, "pointNumber": 3, "x": 5.5, "y": 1.3, "customdata": ["versicolor"]}]}


@dc.action(js="chain_test.label")
def label(value, prefix: str = "") -> str:
    return f"{prefix}{value}"


@dc.action(js="chain_test.stop")
def stop(value) -> str:
    return no_update


@dc.action(js="chain_test.fail")
def fail(value) -> str:
    raise ValueError(f"cannot handle {value}")


def through_the_browser(value):
    """A value as it comes back from the page: JSON numbers lose their ".0" (3.0 is 3 in JS)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [through_the_browser(v) for v in value]
    if isinstance(value, dict):
        return {k: through_the_browser(v) for k, v in value.items()}
    return value


def load_example(name: str):
    sys.path.insert(0, str(EXAMPLES))
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_clicked_point_seed_port_writes_the_same_text_in_both_modes(dash_duo):
    clicked = load_example("chain_clicked_point")

    def click_points(page):  # in each mode, each text what the Python twin makes of the click
        wait_for_text_content(page.driver, "my_card", "Click on a point on the above graph.")
        set_props(page.driver, "scatter_chart", {"clickData": CLICK})
        wait_for_text_content(page.driver, "my_card", clicked.clicked_point_text(show_species=True)(CLICK))
        set_props(page.driver, "show_species", {"checked": False})
        set_props(page.driver, "scatter_chart", {"clickData": {"points": [{**CLICK["points"][0], "x": 6}]}})
        wait_for_text_content(page.driver, "my_card", "Clicked point has sepal length 6, petal width 1.3")

    assert_modes_agree(dash_duo, clicked.create_app, ["my_card.children", "show_species.checked"], click_points)


def test_one_function_fills_two_cards_in_both_modes(dash_duo):
    cards = load_example("chain_two_cards")
    first, second = cards.two_cards()(CLICK)

    def click_a_point(page):
        wait_for_text_content(page.driver, "my_card_2", "Click on a point on the above graph.")
        set_props(page.driver, "scatter_chart", {"clickData": CLICK})
        wait_for_text_content(page.driver, "my_card_1", first)
        wait_for_text_content(page.driver, "my_card_2", second)

    assert_modes_agree(dash_duo, cards.create_app, ["my_card_1.children", "my_card_2.children"], click_a_point)


@pytest.mark.parametrize("mode", MODES)
def test_the_export_chain_exports_waits_exports_again_with_the_button_disabled_meanwhile(dash_duo, mode):
    export = load_example("chain_export")
    dash_duo.start_server(export.create_app(mode, wait=2))
    dash_duo.wait_for_element("#export")
    set_props(dash_duo, "species", {"value": ["setosa"]})
    dash_duo.find_element("#export").click()
    until(lambda: prop(dash_duo, "export", "disabled") is True, 5)  # running
    until(lambda: prop(dash_duo, "download-csv", "data") is not None, 10)
    until(lambda: prop(dash_duo, "download-json", "data") is not None, 10)
    until(lambda: prop(dash_duo, "export", "disabled") is False, 10)
    # What the browser holds is what the Python twin makes from the same store and selection.
    rows = through_the_browser(export.rows())
    csv = prop(dash_duo, "download-csv", "data")
    assert csv == export.export_rows()(rows, ["setosa"])
    assert prop(dash_duo, "download-json", "data") == export.export_rows(file_format="json")(rows, ["setosa"])
    assert text_content(dash_duo, "export-error") == ""
    assert console_errors(dash_duo) == []


def chain_app(mode, second, running=True):
    app = Dash(__name__, assets_folder=ASSETS)
    app.layout = html.Div([
        html.Button("go", id="go"), dcc.Input(id="source", value="x"),
        html.Div("untouched", id="out1"), html.Div("untouched", id="out2"), html.Div("untouched", id="out3"),
        html.Div(id="error"), html.Button("busy?", id="busy"),
    ])
    dc.chain(
        dc.step(label(prefix="1:"), outputs="out1.children", inputs=["source.value"]),
        dc.sleep(0.5),
        dc.step(second, outputs="out2.children", inputs=["source.value"]),
        dc.step(label(prefix="3:"), outputs="out3.children", inputs=["source.value"]),
        trigger="go.n_clicks", running=[("busy.disabled", True, False)] if running else None, error="error.children",
        mode=mode, app=app,
    )
    return app


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("second, error", [(stop(), ""), (fail(), "cannot handle x")], ids=["no_update", "raises"])
def test_a_chain_stopped_at_its_second_step_leaves_the_third_output_untouched(dash_duo, mode, second, error):
    dash_duo.start_server(chain_app(mode, second))
    dash_duo.wait_for_element("#go").click()
    wait_for_text_content(dash_duo, "out1", "1:x")
    until(lambda: prop(dash_duo, "busy", "disabled") is True, 5)  # running during the wait
    until(lambda: prop(dash_duo, "busy", "disabled") is False, 10)  # and reset after
    wait_for_text_content(dash_duo, "error", error)
    assert text_content(dash_duo, "out2") == "untouched" and text_content(dash_duo, "out3") == "untouched"
    assert console_errors(dash_duo) == []


def test_a_client_only_chain_of_three_steps_makes_no_request_to_the_server(dash_duo):
    app = chain_app("client", label(prefix="2:"))
    requests = []

    @app.server.before_request
    def count():
        from flask import request

        if request.path.endswith("_dash-update-component"):
            requests.append(request.path)

    dash_duo.start_server(app)
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": COUNT_UPDATES})
    dash_duo.driver.get(dash_duo.server_url)
    dash_duo.wait_for_element("#go").click()
    wait_for_text_content(dash_duo, "out3", "3:x")
    assert text_content(dash_duo, "out2") == "2:x" and text_content(dash_duo, "error") == ""
    until(lambda: prop(dash_duo, "busy", "disabled") is False, 10)
    assert dash_duo.driver.execute_script("return window.__updates") == 0
    assert requests == []
    assert console_errors(dash_duo) == []


def test_a_chain_of_server_steps_runs_the_same_under_four_gunicorn_workers(dash_duo):
    """No per-process state: the run travels in the page's stores, whichever worker runs a step."""
    from gunicorn_server import gunicorn

    apps = Path(__file__).parent / "apps"
    with gunicorn("chain_app:server", apps) as url:
        dash_duo.driver.get(url)
        dash_duo.wait_for_element("#go", timeout=20)
        for value in ("a", "b", "fail", "c"):
            set_props(dash_duo, "source", {"value": value})
            until(lambda: prop(dash_duo, "busy", "disabled") is not True, 10)
            dash_duo.find_element("#go").click()
            if value == "fail":
                wait_for_text_content(dash_duo, "error", "step refused 'fail'")
                assert text_content(dash_duo, "out3") == "3:b"
            else:
                wait_for_text_content(dash_duo, "out3", f"3:{value}")
                assert text_content(dash_duo, "out1") == f"1:{value}" and text_content(dash_duo, "error") == ""
        until(lambda: prop(dash_duo, "busy", "disabled") is False, 10)
        assert console_errors(dash_duo) == []


STEP_MODES = {"server": ("server", "server", "server"), "mixed": ("client", "server", "client")}


def mixed_chain_app(mode):
    """Three steps, each reading the same input; ``mixed``: a server step between two client steps."""
    app = Dash(__name__, assets_folder=ASSETS)
    app.layout = html.Div([
        html.Button("go", id="go"), dcc.Input(id="source", value="x"),
        html.Div("untouched", id="out1"), html.Div("untouched", id="out2"), html.Div("untouched", id="out3"),
        html.Div(id="error"), html.Button("busy?", id="busy"), html.Div(id="requests"),
    ])
    first, second, third = STEP_MODES[mode]
    dc.chain(
        dc.step(label(prefix="1:"), outputs="out1.children", inputs=["source.value"], mode=first),
        dc.step(label(prefix="2:"), outputs="out2.children", inputs=["source.value"], mode=second),
        dc.step(label(prefix="3:"), outputs="out3.children", inputs=["source.value"], mode=third),
        trigger="go.n_clicks", running=[("busy.disabled", True, False)], error="error.children", app=app,
    )
    app.requests = []

    @app.server.before_request
    def count():
        from flask import request

        if request.path.endswith("_dash-update-component"):
            app.requests.append(request.path)

    return app


def test_a_mixed_chain_client_server_client_ends_with_the_texts_of_an_all_server_chain(dash_duo):
    made = {}

    def create_app(mode):
        made[mode] = mixed_chain_app(mode)
        return made[mode]

    def run_twice(page):
        for value in ("x", "y"):
            set_props(page.driver, "source", {"value": value})
            until(lambda: prop(page.driver, "busy", "disabled") is not True, 10)
            page.driver.find_element("css selector", "#go").click()
            wait_for_text_content(page.driver, "out3", f"3:{value}")
            until(lambda: prop(page.driver, "busy", "disabled") is False, 10)
            texts = [text_content(page.driver, f"out{i}") for i in (1, 2, 3)]
            assert texts == [f"1:{value}", f"2:{value}", f"3:{value}"]
            assert text_content(page.driver, "error") == ""

    seen = assert_modes_agree(dash_duo, create_app, ["out1.children", "out2.children", "out3.children",
                                                     "error.children", "busy.disabled"], run_twice,
                              modes=["server", "mixed"])
    assert seen["mixed"] == {"out1.children": "1:y", "out2.children": "2:y", "out3.children": "3:y",
                             "error.children": "", "busy.disabled": False}
    # Only the server step called the server: once per run (the all-server chain: three per run).
    assert len(made["mixed"].requests) == 2
    assert len(made["server"].requests) == 6


@pytest.mark.parametrize("mode", MODES)
def test_other_callbacks_answer_while_a_chain_waits_in_sleep(dash_duo, mode):
    app = Dash(__name__, assets_folder=ASSETS)
    app.layout = html.Div([
        html.Button("go", id="go"), dcc.Input(id="source", value="x"),
        html.Div("untouched", id="out1"), html.Div("untouched", id="out2"),
        html.Button("ping", id="ping"), html.Div(id="ping-client"), html.Div(id="ping-server"),
    ])
    dc.chain(
        dc.step(label(prefix="1:"), outputs="out1.children", inputs=["source.value"]),
        dc.sleep(2),  # server mode: a worker thread waits; client mode: a timer in the page
        dc.step(label(prefix="2:"), outputs="out2.children", inputs=["source.value"]),
        trigger="go.n_clicks", mode=mode, app=app,
    )
    app.clientside_callback("(n) => `client ${n}`", Output("ping-client", "children"), Input("ping", "n_clicks"),
                            prevent_initial_call=True)

    @app.callback(Output("ping-server", "children"), Input("ping", "n_clicks"), prevent_initial_call=True)
    def ping(n):
        return f"server {n}"

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#go").click()
    wait_for_text_content(dash_duo, "out1", "1:x")  # the chain is now in its sleep
    for n in (1, 2):
        dash_duo.find_element("#ping").click()
        wait_for_text_content(dash_duo, "ping-client", f"client {n}")
        wait_for_text_content(dash_duo, "ping-server", f"server {n}")
    assert text_content(dash_duo, "out2") == "untouched"  # both answered before the chain's next step
    wait_for_text_content(dash_duo, "out2", "2:x")
    assert console_errors(dash_duo) == []
