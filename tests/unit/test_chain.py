"""dc.chain: one callback per step chained through hidden stores, running props and an error
target; the server half of a step, outcome for outcome."""

import json

import pytest
from dash import Dash, Input, Output, html, no_update

import dashclient as dc
from dashclient._chain import _server_step


@dc.action(js="t.label")
def label(value, prefix: str = "") -> str:
    return f"{prefix}{value}"


@dc.action
def broken(value) -> str:
    raise RuntimeError("no good")


def new_app():
    app = Dash(__name__)
    app.layout = html.Div()
    return app


def test_each_step_is_one_callback_chained_through_stores():
    app = new_app()
    chain = dc.chain(
        dc.step(label(prefix="a"), outputs="one.children", inputs=["src.value"]),
        dc.sleep(0),
        dc.step(label(prefix="b"), outputs="two.children", inputs=["src.value"], mode="server"),
        trigger="go.n_clicks", running=[("go.disabled", True, False)], error="err.children", app=app,
    )
    assert chain.modes == ("client", "client", "server")
    assert len(chain.stores) == 3 and chain.stores[-1].endswith("_done")
    assert [c.id for c in app._extra_components] == list(chain.stores)
    steps = [c for c in app._callback_list if c["clientside_function"] is None
             or c["clientside_function"]["function_name"].startswith("step:")]
    assert len(steps) == 3
    first = steps[0]
    assert first["inputs"] == [{"id": "go", "property": "n_clicks"}]
    assert first["state"] == [{"id": "src", "property": "value"}]
    assert first["prevent_initial_call"] is True
    bound = json.loads(first["clientside_function"]["function_name"].partition(":")[2])
    assert bound["$args"] == [1] and bound["$outputs"] == 1 and bound["$last"] is False
    assert steps[1]["inputs"] == [{"id": chain.stores[0], "property": "data"}]
    running = [c for c in app._callback_list if (c["clientside_function"] or {}).get("function_name", "").startswith("constant:")]
    assert len(running) == 2  # on at the trigger, off when the done store changes


def test_a_step_input_that_is_the_trigger_is_read_from_the_trigger():
    app = new_app()
    dc.chain(dc.step(label(), outputs="out.children", inputs=["go.n_clicks"]), trigger="go.n_clicks", app=app)
    registered = app._callback_list[0]
    assert registered["state"] == []
    assert json.loads(registered["clientside_function"]["function_name"].partition(":")[2])["$args"] == [0]


@pytest.mark.parametrize("bad, message", [
    (lambda: dc.step(label(), outputs=["a.children", "b.children"], inputs=["x.value"]), "writes 1 value"),
    (lambda: dc.step(label(), outputs="a.children"), "takes 1 value"),
    (lambda: dc.chain(trigger="go.n_clicks"), "at least one step"),
    (lambda: dc.chain(dc.sleep(1), trigger=Output("go", "n_clicks")), "trigger must be an Input"),
    (lambda: dc.sleep(-1), "option 'seconds'"),
])
def test_bad_chains_are_refused_at_registration(bad, message):
    with pytest.raises((ValueError, TypeError), match=message):
        bad()


def test_a_step_without_a_js_half_must_run_on_the_server():
    with pytest.raises(ValueError, match="no JS twin"):
        dc.chain(dc.step(broken(), outputs="a.children", inputs=["x.value"]), trigger="go.n_clicks", app=new_app())


SHAPE = {"$outputs": 1, "$last": False, "$error": True, "$index": 1}


def test_the_server_step_passes_its_result_on():
    run = _server_step(label(prefix="p:"), [1], 1, SHAPE)
    out, go, done, error = run({"run": "r1", "step": 1}, "x")
    assert (out, go, done, error) == ("p:x", {"step": 2, "run": "r1"}, no_update, no_update)


def test_the_server_step_stops_on_no_update_and_reports_an_exception():
    @dc.action
    def nothing(value):
        return no_update

    assert _server_step(nothing(), [1], 1, SHAPE)({"run": "r"}, "x")[:3] == [no_update, no_update,
                                                                             {"status": "stopped", "step": 1, "run": "r"}]
    out, go, done, error = _server_step(broken(), [1], 1, SHAPE)({"run": "r"}, "x")
    assert out is no_update and go is no_update
    assert done == {"status": "error", "step": 1, "run": "r", "message": "no good"} and error == "no good"


def test_the_last_step_says_the_chain_is_done():
    run = _server_step(label(), [1], 1, {**SHAPE, "$last": True, "$error": False})
    assert run({"run": "r"}, "x") == ["x", {"status": "ok", "step": 1, "run": "r"}]
