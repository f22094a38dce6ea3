"""dc.dispatch.by_trigger in Python: what the case tables cannot say. Bad tables raise at bind with
the message JS warns with; the Python objects write the JSON the browser reads; dc.callback checks
the table against the callback's dependencies; results are copies."""

import json
from pathlib import Path

import pytest
from dash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, State, html, no_update

import dashclient as dc
from dashclient.dispatch import Constant, Lookup, Toggle, TriggerId, TriggerIndex, TriggerValue

INVALID = json.loads((Path(__file__).parents[1] / "cases" / "dispatch" / "invalid.json").read_text("utf-8"))["invalid"]


def clicked(ident, value=1):
    prop = ident if isinstance(ident, str) else json.dumps(ident, sort_keys=True, separators=(",", ":"))
    return {"triggered_id": ident, "triggered": [{"prop_id": f"{prop}.n_clicks", "value": value}],
            "inputs": {}, "states": {}, "outputs_list": None}


def new_app():
    app = Dash(__name__)
    app.layout = html.Div()
    return app


@pytest.mark.parametrize("case", INVALID, ids=[c["id"] for c in INVALID])
def test_a_refused_table_raises_at_bind_with_the_message_js_warns_with(case):
    with pytest.raises(ValueError) as raised:
        dc.dispatch.by_trigger(**case["options"])
    assert str(raised.value) == case["message"]


# -- Python objects as data ----------------------------------------------------------------------

def test_operations_write_the_json_the_browser_reads():
    assert Toggle(State("modal", "opened")).to_json() == {"$op": "toggle", "of": {"id": "modal", "property": "opened"}}
    assert Toggle(State({"type": "row", "index": MATCH}, "opened")).to_json()["of"]["id"] == {"type": "row", "index": ["MATCH"]}
    assert TriggerValue().to_json() == {"$op": "trigger_value"}
    assert TriggerId().to_json() == {"$op": "trigger_id", "key": None}
    assert TriggerIndex() == TriggerId("index")
    assert Lookup((1, 2)).to_json() == {"$op": "lookup", "table": [1, 2], "key": "index", "missing": {"$op": "no_update"}}
    assert Lookup({1: "a", "b": "c"}, key="page", missing=None).to_json() == {
        "$op": "lookup", "table": {"1": "a", "b": "c"}, "key": "page", "missing": None}
    assert Constant({"$op": "x"}).to_json() == {"$op": "constant", "value": {"$op": "x"}}
    assert repr(Toggle(State("m", "opened"))) == "dc.dispatch.Toggle(<State `m.opened`>)"


def test_operations_refuse_what_cannot_be_data():
    with pytest.raises(TypeError, match="expected an Input or State"):
        Toggle("modal.opened")
    with pytest.raises(TypeError, match="key must be a string"):
        TriggerId(3)
    with pytest.raises(ValueError, match="keys are strings or integers, got True"):
        Lookup({True: 1})


def test_python_tables_bind_to_canonical_json_and_round_trip_with_their_actions():
    action = dc.dispatch.by_trigger(
        routes=[({"type": "btn", "index": ALL}, [TriggerIndex(), dc.format.number(specifier=",.1f")]),
                ("reset", (no_update, Constant(None)))],
        default=no_update, initial=("-", "-"), outputs=2)
    assert action.function_name == (
        'by_trigger:{"initial":["-","-"],"outputs":2,"routes":[[{"index":["ALL"],"type":"btn"},'
        '[{"$op":"trigger_id","key":"index"},{"$op":"action","action":"format.number","options":{"specifier":",.1f"}}]],'
        '["reset",[{"$op":"no_update"},{"$op":"constant","value":null}]]]}')
    again = dc.Action.from_json(json.loads(json.dumps(action.to_json())))
    assert again == action and again.function_name == action.function_name


def test_a_constant_holding_python_objects_deeper_down_is_refused():
    with pytest.raises(ValueError, match=r"route 'a': a constant must be JSON data, got a TriggerValue"):
        dc.dispatch.by_trigger(routes={"a": {"nested": TriggerValue()}})
    with pytest.raises(ValueError, match=r"route 'a': a constant must be JSON data, got NaN"):
        dc.dispatch.by_trigger(routes={"a": [float("nan")]})


def test_results_are_fresh_copies():
    action = dc.dispatch.by_trigger(outputs=2, routes={"a": [{"data": [1]}, TriggerValue()]})
    context = clicked("a", {"nested": [1]})
    first = action(1, context=context)
    first[0]["data"].append(2)
    first[1]["nested"].append(2)
    assert action(1, context=context) == [{"data": [1]}, {"nested": [1]}]


def test_a_table_from_the_page_is_checked_on_every_call(caplog):
    action = dc.dispatch.by_trigger(routes=State("table", "data"))
    assert action(1, context=clicked("a"), routes={"a": "A"}) == "A"
    assert action(1, context=clicked("a"), routes=[["a", 1], ["a", 2]]) is no_update
    assert "route 'a' appears twice" in caplog.text


# -- checks dc.callback runs with the dependencies in hand ------------------------------------------

MODAL = dc.dispatch.by_trigger(routes={"open": True, "cancel": False})


@pytest.mark.parametrize("mode", ["client", "server"])
def test_a_table_that_fits_the_callback_registers_in_both_modes(mode):
    app = new_app()
    dc.callback(MODAL, Output("modal", "opened"), Input("open", "n_clicks"), Input("cancel", "n_clicks"),
                app=app, mode=mode, prevent_initial_call=True)
    assert len(app._callback_list) == 1


@pytest.mark.parametrize("dependencies, message", [
    ([Output("m", "opened"), Input("open", "n_clicks")], "route 'cancel' names no Input of the callback (its Inputs: 'open')"),
    ([Output("m", "opened"), Input("open", "n_clicks"), State("cancel", "n_clicks")],
     "route 'cancel' names a State, which never triggers a callback: make it an Input"),
    ([Output("m", "opened"), Output("s", "children"), Input("open", "n_clicks"), Input("cancel", "n_clicks")],
     "bound with outputs=1, but the callback has 2 Output(s): bind it with outputs=2"),
])
def test_a_table_that_does_not_fit_the_callback_is_refused_naming_the_route(dependencies, message):
    with pytest.raises(ValueError, match=r"^dc.dispatch.by_trigger: ") as raised:
        dc.callback(MODAL, *dependencies, app=new_app())
    assert message in str(raised.value)


def test_dict_keys_must_fit_a_pattern_of_an_input():
    items = Input({"type": "item", "index": ALL}, "n_clicks")
    ok = dc.dispatch.by_trigger(routes=[({"type": "item", "index": 3}, "third"), ({"type": "item"}, TriggerIndex())])
    dc.callback(ok, Output("out", "children"), items, app=new_app())
    wrong = dc.dispatch.by_trigger(routes=[({"type": "row"}, 1)])
    with pytest.raises(ValueError, match=r"""route \{"type":"row"\} names no Input of the callback \(its Inputs: \{"index":\["ALL"\],"type":"item"\}\)"""):
        dc.callback(wrong, Output("out", "children"), items, app=new_app())
    extra_field = dc.dispatch.by_trigger(routes=[({"type": "item", "page": 2}, 1)])
    with pytest.raises(ValueError, match="names no Input"):
        dc.callback(extra_field, Output("out", "children"), items, app=new_app())


def test_toggle_must_read_a_dependency_of_the_callback():
    toggle = dc.dispatch.by_trigger(routes={"t": Toggle(State("panel", "opened"))})
    dc.callback(toggle, Output("panel", "opened"), Input("t", "n_clicks"), State("panel", "opened"), app=new_app())
    with pytest.raises(ValueError, match=r"route 't': toggle reads the property 'opened' of 'panel', which is not an Input or State"):
        dc.callback(toggle, Output("panel", "opened"), Input("t", "n_clicks"), app=new_app())
    matched = dc.dispatch.by_trigger(routes=[({"type": "t"}, Toggle(State({"type": "p", "index": MATCH}, "opened")))])
    dc.callback(matched, Output({"type": "p", "index": MATCH}, "opened"), Input({"type": "t", "index": MATCH}, "n_clicks"),
                State({"type": "p", "index": MATCH}, "opened"), app=new_app())


def test_a_list_output_needs_a_list_not_one_value():
    cells = Output({"type": "cell", "index": ALL}, "children")
    fine = dc.dispatch.by_trigger(routes={"go": [["a", "b"]]}, default=Lookup([["x"]]))
    with pytest.raises(ValueError, match=r"a list holding operations|takes a list"):
        dc.dispatch.by_trigger(routes={"go": [TriggerValue()]})
    dc.callback(fine, cells, Input("go", "n_clicks"), app=new_app())
    for one in (TriggerIndex(), "text", dc.format.number()):
        action = dc.dispatch.by_trigger(routes={"go": one})
        with pytest.raises(ValueError, match=r"route 'go': Output\(\{'type': 'cell', 'index': <ALL>\}, 'children'\) uses ALL/ALLSMALLER and takes a list"):
            dc.callback(action, cells, Input("go", "n_clicks"), app=new_app())


def test_a_routed_function_of_several_values_needs_that_many_and_nested_tables_are_checked_too():
    nested = dc.dispatch.by_trigger(routes={"a": dc.dispatch.by_trigger(routes={"nope": 1})})
    with pytest.raises(ValueError, match=r"route 'a': dc.dispatch.by_trigger: route 'nope' names no Input"):
        dc.callback(nested, Output("out", "children"), Input("a", "n_clicks"), app=new_app())


def test_allsmaller_and_match_dependencies_register():
    running = dc.dispatch.by_trigger(routes=[({"type": "step"}, TriggerValue())])
    dc.callback(running, Output({"type": "total", "index": MATCH}, "children"),
                Input({"type": "step", "index": MATCH}, "value"), Input({"type": "step", "index": ALLSMALLER}, "value"),
                app=new_app())


def test_server_mode_gives_every_output_its_value_or_no_update():
    app = new_app()
    action = dc.dispatch.by_trigger(outputs=2, routes={"a": [1, no_update]})
    dc.callback(action, Output("x", "children"), Output("y", "children"), Input("a", "n_clicks"), Input("b", "n_clicks"),
                app=app, mode="server")
    assert app._callback_list[0]["clientside_function"] is None


def test_a_routed_action_reads_options_from_the_callbacks_own_states_only():
    price = dc.format.currency(currency=State("ccy", "value"), locale="de-DE")
    action = dc.dispatch.by_trigger(routes={"amount": price})
    dc.callback(action, Output("out", "children"), Input("amount", "value"), State("ccy", "value"), app=new_app())
    with pytest.raises(ValueError, match=r"route 'amount': dc.format.currency reads its option 'currency' from the "
                                         r"property 'value' of 'ccy', which is not an Input or State of the callback"):
        dc.callback(action, Output("out", "children"), Input("amount", "value"), app=new_app())
    context = {**clicked("amount", 1234.5), "states": {"ccy.value": "EUR"}}
    assert action(1234.5, "EUR", context=context) == price(1234.5, currency="EUR")
    assert dc.Action.from_json(json.loads(json.dumps(action.to_json()))) == action


def test_a_routed_action_reading_a_matching_state_round_trips_as_json():
    row = dc.format.number(locale=State({"type": "locale", "index": MATCH}, "value"))
    action = dc.dispatch.by_trigger(routes=[({"type": "n"}, row)])
    assert '"locale":{"$state":{"id":{"index":["MATCH"],"type":"locale"},"property":"value"}}' in action.function_name
    dc.callback(action, Output({"type": "out", "index": MATCH}, "children"), Input({"type": "n", "index": MATCH}, "value"),
                State({"type": "locale", "index": MATCH}, "value"), app=new_app())


def test_a_route_runs_a_patch_reading_the_current_value_from_a_state_of_the_callback():
    add = dc.patch.append(item="new", max_length=3, current=State("rows", "data"))
    action = dc.dispatch.by_trigger(routes={"add": add})
    dc.callback(action, Output("rows", "data"), Input("add", "n_clicks"), State("rows", "data"), app=new_app(),
                prevent_initial_call=True)
    context = {**clicked("add"), "states": {"rows.data": ["a", "b", "c"]}}
    assert action(1, ["a", "b", "c"], context=context).to_plotly_json() == \
        add(1, current=["a", "b", "c"]).to_plotly_json()


def test_a_function_with_its_own_server_plumbing_cannot_run_inside_a_route():
    action = dc.dispatch.by_trigger(routes={"go": dc.fetch.json(url="/api/items")})
    with pytest.raises(ValueError, match=r"route 'go': dc.fetch.json registers callbacks of its own"):
        dc.callback(action, Output("out", "data"), Input("go", "n_clicks"), app=new_app())
