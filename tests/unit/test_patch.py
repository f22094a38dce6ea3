"""dc.patch in Python: twins that return a dash.Patch whose JSON string is the JS one, bind-time
refusals worded as JS words them, page-bound ``current`` through dc.callback, components in item
templates, and rolling windows that hold exactly the last items after any run of updates."""

from __future__ import annotations

import json
import logging
import random
import shutil
import subprocess
from pathlib import Path

import dash
import pytest
from dash import Dash, Input, Output, State, dcc, html, no_update

import dashclient as dc
from cases import decode, load
from patch_model import apply

ROOT = Path(__file__).resolve().parents[2]
CASES = [c for c in load() if c["pattern"] == "patch"]
node = pytest.mark.skipif(shutil.which("node") is None, reason="node runs the JS half")


def node_run(mode: str, cases: list[dict]) -> list:
    out = subprocess.run(["node", str(ROOT / "tests" / "js" / "run-patch.js")], input=json.dumps({"mode": mode, "cases": cases}),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def python_run(case: dict):
    action = getattr(dc.patch, case["function"])(**decode(case["options"]))
    logging.disable(logging.WARNING)  # bad input warns; the result says what happened
    try:
        return action(*decode(case["values"]))
    finally:
        logging.disable(logging.NOTSET)


def dumps(patch: dash.Patch) -> str:
    return json.dumps(patch.to_plotly_json(), separators=(",", ":"), ensure_ascii=False)


# -- same JSON in both halves ------------------------------------------------------------------

def test_every_case_that_patches_returns_a_dash_patch_and_the_others_no_update():
    for case in CASES:
        result = python_run(case)
        wanted = case["expect"]
        assert (result is no_update) == (wanted == {"$special": "no_update"}), case["id"]
        if result is not no_update:
            assert isinstance(result, dash.Patch), case["id"]


@node
def test_json_dumps_of_the_dash_patch_is_json_stringify_of_the_js_patch_operation_for_operation():
    js = node_run("run", CASES)
    compared = 0
    for case, theirs in zip(CASES, js):
        ours = python_run(case)
        if ours is no_update:
            assert theirs["result"] == {"$special": "no_update"}, case["id"]
            continue
        compared += 1
        if any(op["operation"] == "Insert" for op in ours.to_plotly_json()["operations"]):
            # Dash's own two Patch classes order Insert's params differently: JS {index, value},
            # Python {value, index}. The data is the same.
            assert json.loads(dumps(ours)) == json.loads(theirs["json"]), case["id"]
        else:
            assert dumps(ours) == theirs["json"], case["id"]
    assert compared >= 50


# -- bind time ---------------------------------------------------------------------------------

BIND = [
    ("toggle", {"path": ["layout", "showlegend"]},
     "dc.patch.toggle: toggling needs option 'current', the prop's value (bind it to a State of the output)"),
    ("append", {"max_length": 10},
     "dc.patch.append: option 'max_length' needs option 'current', the prop's value (bind it to a State of the output)"),
    ("prepend", {"max_length": 10},
     "dc.patch.prepend: option 'max_length' needs option 'current', the prop's value (bind it to a State of the output)"),
    ("extend_traces", {"max_points": 100},
     "dc.patch.extend_traces: option 'max_points' needs option 'current', the prop's value (bind it to a State of the output)"),
    ("append", {"max_length": 0}, "dc.patch.append: option 'max_length' must be an integer from 1 to inf or None, got 0"),
    ("delete", {"path": []},
     "dc.patch.delete: option 'path' must be a non-empty list of keys (strings) and indices (integers), got []"),
    ("assign", {"path": "title"},
     "dc.patch.assign: option 'path' must be a non-empty list of keys (strings) and indices (integers), got 'title'"),
    ("append", {"path": ["data", True]},
     "dc.patch.append: option 'path' must be a list of keys (strings) and indices (integers), got ['data', True]"),
    ("append", {"path": ["data", 0.5]},
     "dc.patch.append: option 'path' must be a list of keys (strings) and indices (integers), got ['data', 0.5]"),
    ("extend_traces", {"traces": [0, 0]},
     "dc.patch.extend_traces: option 'traces' must be a non-empty list of distinct trace indices (integers) or None, got [0, 0]"),
    ("extend_traces", {"traces": []},
     "dc.patch.extend_traces: option 'traces' must be a non-empty list of distinct trace indices (integers) or None, got []"),
    ("increment", {"by": "1"}, "dc.patch.increment: option 'by' must be a number from -inf to inf, got '1'"),
    ("append", {"current": None},
     "dc.patch.append: option 'current' must be the value of the prop being patched (bind it to a State of the "
     "output); an unset prop (None) cannot be patched, got None"),
    ("toggle", {"current": {"a": True}}, None),
    ("append", {"max_length": 3, "current": []}, None),
    ("delete", {"path": ["a", -1]}, None),
    ("append", {"path": ["rows", 2.0]}, None),
    ("insert", {"index": -2}, None),
]


@pytest.mark.parametrize("function, options, message", BIND, ids=[f"{f}{o}" for f, o, _ in BIND])
def test_python_refuses_at_bind_time_with_the_message(function, options, message):
    factory = getattr(dc.patch, function)
    if message is None:
        factory(**options)
        return
    with pytest.raises(ValueError) as error:
        factory(**options)
    assert str(error.value) == message


@node
def test_js_refuses_the_same_options_with_the_same_words_once_per_binding():
    messages = node_run("bind", [{"function": f, "options": o} for f, o, _ in BIND])
    assert messages == [m.replace("['data', True]", "[\"data\",true]").replace("['data', 0.5]", "[\"data\",0.5]")
                        .replace("[0, 0]", "[0,0]") if m else m for _, _, m in BIND]


def test_page_bound_options_are_not_refused_at_bind_time_and_checked_per_call(caplog):
    legend = dc.patch.toggle(path=["layout", "showlegend"], current=State("graph", "figure"))
    window = dc.patch.append(max_length=State("size", "value"))  # no current: refused on each call
    with caplog.at_level(logging.WARNING, logger="dashclient"):
        assert window(1, max_length=5) is no_update
        assert window(2, max_length=5) is no_update
        assert legend(1, current=None) is no_update  # the graph's figure is not set
    assert [r.getMessage().split(": ", 2)[-1] for r in caplog.records] == [
        "option 'max_length' needs option 'current', the prop's value (bind it to a State of the output)",
        "option 'current' must be the value of the prop being patched (bind it to a State of the output); "
        "an unset prop (None) cannot be patched, got None",
    ]
    assert legend(1, current={"layout": {"showlegend": False}}).to_plotly_json()["operations"] == [
        {"operation": "Assign", "location": ["layout", "showlegend"], "params": {"value": True}}]


# -- through dc.callback -----------------------------------------------------------------------

def test_client_mode_reads_current_from_the_state_appended_after_the_callback_s_own():
    app = Dash(__name__)
    action = dc.patch.extend_traces(max_points=100, current=State("graph", "figure"))
    registration = dc.callback(action, Output("graph", "figure"), Input("points", "data"), app=app)
    assert registration.clientside_function.namespace == "dashclient_patch"
    assert registration.clientside_function.function_name == 'extend_traces:{"current":{"$arg":1},"max_points":100}'
    assert registration.dependencies[-1] == State("graph", "figure")


def test_server_mode_gives_no_update_for_an_unset_prop_and_a_patch_for_a_set_one(caplog):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Store(id="rows"), dcc.Store(id="new")])
    dc.callback(dc.patch.append(current=State("rows", "data")), Output("rows", "data"), Input("new", "data"),
                mode="server", app=app)
    client = app.server.test_client()
    body = {"output": "rows.data", "outputs": {"id": "rows", "property": "data"},
            "inputs": [{"id": "new", "property": "data", "value": "x"}],
            "state": [{"id": "rows", "property": "data"}], "changedPropIds": ["new.data"]}
    with caplog.at_level(logging.WARNING, logger="dashclient"):
        unset = client.post("/_dash-update-component", json=body)
    assert unset.get_json() == {"multi": True, "response": {}}  # no output written
    assert len(caplog.records) == 1 and "unset prop" in caplog.records[0].getMessage()
    body["state"][0]["value"] = ["a"]
    sent = client.post("/_dash-update-component", json=body).get_json()
    assert sent["response"]["rows"]["data"] == {"__dash_patch_update": "__dash_patch_update", "operations": [
        {"operation": "Append", "location": [], "params": {"value": "x"}}]}


# -- items ----------------------------------------------------------------------------------------

def test_a_component_template_becomes_its_json_with_the_value_filled_in():
    row = dc.patch.append(path=["children"], item=html.Div("row", id={"type": "row", "index": dc.patch.VALUE}))
    assert dc.patch.VALUE == "$value"
    assert row.options["item"] == {"props": {"children": "row", "id": {"type": "row", "index": "$value"}},
                                   "type": "Div", "namespace": "dash_html_components"}
    operation = row(7).to_plotly_json()["operations"][0]
    assert operation["params"]["value"]["props"]["id"] == {"type": "row", "index": 7}
    assert json.loads(row.function_name.split(":", 1)[1])["item"] == row.options["item"]


def test_an_item_is_a_copy_of_the_value_not_the_value_itself():
    value = {"a": [1, 2]}
    patch = dc.patch.append()(value)
    value["a"].append(3)
    assert patch.to_plotly_json()["operations"][0]["params"]["value"] == {"a": [1, 2]}


def test_patch_actions_round_trip_through_json():
    action = dc.patch.extend_traces(traces=[0, 2], max_points=50, current=State("g", "figure"))
    again = dc.Action.from_json(json.loads(json.dumps(action.to_json())))
    assert again == action and again.function_name == action.function_name


# -- rolling windows --------------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(3))
def test_a_rolling_window_always_holds_the_last_items_whatever_the_batches(seed):
    rng = random.Random(seed)
    figure = {"data": [{"x": [], "y": []}, {"x": [], "y": []}]}
    rows: list = []
    shown: list = []  # what trace 0 must show: the last `limit` points, the limit of each step
    sent = 0
    for step in range(300):
        limit = rng.choice([1, 5, 20, 50])  # the window changes too: it shrinks and grows
        batch = list(range(sent, sent + rng.choice([0, 1, 3, 30, 80])))
        sent += len(batch)
        shown = (shown + batch)[-limit:]
        update = {"x": [batch, batch[:1]], "y": [batch, batch[:1]]}
        figure = apply(figure, dc.patch.extend_traces(max_points=limit, current=figure)(update))
        assert figure["data"][0]["x"] == figure["data"][0]["y"] == shown, (step, limit)
        expected_rows = (rows + [step])[-limit:]
        rows = apply(rows, dc.patch.append(max_length=limit, current=rows)(step))
        assert rows == expected_rows
        front = apply(rows, dc.patch.prepend(max_length=limit, current=rows)(-step))
        assert front == ([-step] + rows)[:limit]


@node
def test_random_window_scenarios_give_the_same_patch_in_node_and_python():
    rng = random.Random(11)
    cases = []
    for i in range(150):
        current = list(range(rng.randint(0, 12)))
        options = {"max_length": rng.randint(1, 10), "current": current}
        cases.append({"function": rng.choice(["append", "prepend"]), "values": [i], "options": options})
        figure = {"data": [{"y": list(range(rng.randint(0, 12)))}]}
        batch = list(range(rng.randint(0, 15)))
        cases.append({"function": "extend_traces", "values": [{"y": [batch]}],
                      "options": {"max_points": rng.randint(1, 10), "current": figure}})
    js = node_run("run", cases)
    for case, theirs in zip(cases, js):
        ours = python_run(case)
        assert (dumps(ours) if ours is not no_update else {"$special": "no_update"}) == (
            theirs["json"] if theirs["result"] != {"$special": "no_update"} else theirs["result"]), case
