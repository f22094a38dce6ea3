"""dc.callback: the dash.callback grammar, two modes, signature checks, page-bound options,
debounce/throttle, and no silently dropped keyword."""

import json

import pytest
from dash import ALL, MATCH, Dash, Input, Output, State, html, no_update

import dashclient as dc
from dashclient._callback import resolve_mode

ACTION = dc.format.number(specifier=",.2f")


def new_app():
    app = Dash(__name__)
    app.layout = html.Div()
    return app


def only_callback(app):
    assert len(app._callback_list) == 1
    return app._callback_list[0]


def bound_options(registered):
    return json.loads(registered["clientside_function"]["function_name"].partition(":")[2])


def server_function(app, output="out.children"):
    return app.callback_map[output]["callback"].__wrapped__


def test_client_mode_registers_a_clientside_callback_naming_the_bound_function():
    app = new_app()
    registration = dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=app)
    registered = only_callback(app)
    assert registered["clientside_function"] == {"namespace": "dashclient_format", "function_name": ACTION.function_name}
    assert app._inline_scripts == []  # nothing to hash under a CSP
    assert registration.mode == "client" and registration.clientside_function.function_name == ACTION.function_name


def test_server_mode_registers_a_python_callback_that_runs_the_twin():
    app = new_app()
    dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=app, mode="server")
    registered = only_callback(app)
    assert registered["clientside_function"] is None
    assert server_function(app)("1234.5") == "1,234.50"


def test_the_environment_sets_the_default_mode_and_the_argument_wins(monkeypatch):
    monkeypatch.setenv("DASHCLIENT_MODE", "server")
    assert resolve_mode() == "server"
    assert resolve_mode("client") == "client"
    monkeypatch.setenv("DASHCLIENT_MODE", "Client ")
    assert resolve_mode() == "client"
    monkeypatch.delenv("DASHCLIENT_MODE")
    assert resolve_mode() == "client"


def test_a_bad_mode_names_where_it_came_from(monkeypatch):
    with pytest.raises(ValueError, match="mode must be 'client' or 'server'"):
        resolve_mode("browser")
    monkeypatch.setenv("DASHCLIENT_MODE", "fast")
    with pytest.raises(ValueError, match=r"\$DASHCLIENT_MODE"):
        dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=new_app())


@pytest.mark.parametrize("keyword", ["running", "background", "progress", "cancel", "on_error", "manager"])
def test_client_mode_refuses_keywords_dash_would_silently_drop(keyword):
    with pytest.raises(ValueError, match=f"'{keyword}' is not supported in client mode.*mode='server'"):
        dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=new_app(), **{keyword: True})


def test_server_mode_passes_dash_keywords_through():
    app = new_app()
    dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=app, mode="server",
                prevent_initial_call=True)
    assert only_callback(app)["prevent_initial_call"] is True


def test_prevent_initial_call_and_allow_duplicate_work_in_client_mode():
    app = new_app()
    dc.callback(ACTION, Output("out", "children", allow_duplicate=True), Input("in", "value"), app=app,
                prevent_initial_call=True)
    registered = only_callback(app)
    assert registered["prevent_initial_call"] is True
    assert registered["output"].startswith("out.children@")


def test_the_dash_keyword_grammar_and_state_count_as_values():
    app = new_app()
    dc.callback(ACTION, output=Output("out", "children"), inputs=[], state=[State("in", "value")], app=app)
    assert only_callback(app)["state"] == [{"id": "in", "property": "value"}]


@pytest.mark.parametrize("mode", ["client", "server"])
def test_dash_dict_grouping_works_in_both_modes(mode):
    app = new_app()
    dc.callback(ACTION, output=dict(text=Output("out", "children")), inputs=dict(amount=Input("in", "value")),
                app=app, mode=mode)
    assert only_callback(app)["inputs"] == [{"id": "in", "property": "value"}]
    if mode == "server":
        assert server_function(app)(2) == "2.00"


def test_match_ids_are_accepted_for_a_single_value():
    app = new_app()
    dc.callback(ACTION, Output({"type": "out", "index": MATCH}, "children"), Input({"type": "in", "index": MATCH}, "value"),
                app=app)
    assert only_callback(app)["clientside_function"]["namespace"] == "dashclient_format"


# -- the signature decides what may be registered ------------------------------------------------

def test_a_single_value_never_goes_to_two_outputs():
    with pytest.raises(ValueError, match="writes 1 value.*got 2 Output"):
        dc.callback(ACTION, Output("a", "children"), Output("b", "children"), Input("in", "value"), app=new_app())


def test_a_single_value_never_goes_to_an_all_output():
    with pytest.raises(ValueError, match=r"uses ALL/ALLSMALLER and takes a list; use MATCH"):
        dc.callback(ACTION, Output({"type": "out", "index": ALL}, "children"), Input("in", "value"), app=new_app())


def test_a_single_output_in_a_list_is_registered_as_a_single_output():
    app = new_app()
    dc.callback(ACTION, [Output("out", "children")], [Input("in", "value")], app=app, mode="server")
    assert server_function(app)(1) == "1.00"  # a string, not a list Dash would split


def test_the_number_of_values_must_match_the_action():
    with pytest.raises(ValueError, match="takes 1 value"):
        dc.callback(ACTION, Output("out", "children"), Input("a", "value"), Input("b", "value"), app=new_app())


def test_only_actions_and_dependencies_are_accepted():
    with pytest.raises(TypeError, match="expected an action"):
        dc.callback(lambda x: x, Output("out", "children"), Input("in", "value"))
    with pytest.raises(TypeError, match="expected Output, Input or State"):
        dc.callback(ACTION, Output("out", "children"), 42)


# -- options from the page -------------------------------------------------------------------------

PRICE = dc.format.currency(currency=State("ccy", "value"), locale=Input("loc", "value"))


def test_page_bound_options_are_appended_and_their_positions_travel_in_the_name():
    app = new_app()
    dc.callback(PRICE, Output("out", "children"), Input("amount", "value"), app=app)
    registered = only_callback(app)
    assert [i["id"] for i in registered["inputs"]] == ["amount", "loc"]
    assert [s["id"] for s in registered["state"]] == ["ccy"]
    assert bound_options(registered) == {"locale": {"$arg": 1}, "currency": {"$arg": 2}}


def test_dash_argument_order_puts_every_input_before_every_state():
    app = new_app()
    action = dc.format.currency(locale=State("loc", "value"), currency=Input("ccy", "value"))
    dc.callback(action, Output("out", "children"), State("amount", "value"), app=app, mode="server")
    # Dash passes Inputs then States: (ccy, amount, loc)
    assert server_function(app)("EUR", 1234.5, "de-DE") == "1.234,50\xa0€"


def test_server_mode_reads_page_bound_options_per_call_and_shows_the_fallback_for_bad_ones():
    app = new_app()
    dc.callback(PRICE, Output("out", "children"), Input("amount", "value"), app=app, mode="server")
    run = server_function(app)
    assert run(1234.5, "fr-FR", "EUR") == "1\u202f234,50\xa0€"
    assert run(1234.5, "fr-FR", "nope") == ""


def test_values_reach_the_action_as_inputs_then_states_whatever_the_order_written():
    from dashclient._callback import layout_of

    nothing = dc.format.currency(locale=State("loc", "value"))
    flat = [Output("o", "children"), State("amount", "value")]
    layout = layout_of(nothing, flat)
    assert [d.component_id for d in layout.dependencies[1:]] == ["amount", "loc"]
    assert layout.value_args == [0] and layout.arg_of == {"locale": 1}


def test_an_option_reading_a_dependency_the_callback_already_has_reuses_it():
    app = new_app()
    action = dc.format.currency(currency=Input("ccy", "value"))
    dc.callback(action, Output("out", "children"), Input("ccy", "value"), app=app)
    registered = only_callback(app)
    assert [i["id"] for i in registered["inputs"]] == ["ccy"]
    assert bound_options(registered) == {"currency": {"$arg": 0}}


# -- debounce and throttle ------------------------------------------------------------------------

def test_client_mode_gates_travel_in_the_bound_name_with_a_registration_id():
    app = new_app()
    dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=app, debounce=300)
    options = bound_options(only_callback(app))
    assert options["$debounce"] == 300 and len(options["$id"]) == 10


def test_server_mode_gates_in_the_browser_through_a_store_the_server_listens_to():
    app = new_app()
    registration = dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=app, mode="server",
                               throttle=500)
    gate, server = app._callback_list
    assert gate["clientside_function"]["namespace"] == "dashclient"
    assert json.loads(gate["clientside_function"]["function_name"].partition(":")[2])["$throttle"] == 500
    assert gate["output"] == f"{registration.gate}.data"
    assert server["inputs"] == [{"id": registration.gate, "property": "data"}]
    assert server["prevent_initial_call"] is True
    assert [c.id for c in app._extra_components] == [registration.gate]
    run = server_function(app)
    assert run({"values": ["1234.5"], "context": None}) == "1,234.50"


@pytest.mark.parametrize("kwargs, message", [
    ({"debounce": 0}, "debounce must be a number of milliseconds"),
    ({"throttle": "fast"}, "throttle must be"),
    ({"debounce": 100, "throttle": 100}, "not both"),
])
def test_gate_settings_are_checked(kwargs, message):
    with pytest.raises(ValueError, match=message):
        dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=new_app(), **kwargs)


def test_server_mode_gates_refuse_match_dependencies():
    with pytest.raises(ValueError, match="does not support MATCH"):
        dc.callback(ACTION, Output({"i": MATCH}, "children"), Input({"i": MATCH}, "value"), app=new_app(),
                    mode="server", debounce=100)


def test_several_outputs_get_one_no_update_each():
    from dashclient._action import ActionFactory
    from dashclient._callback import Layout, _server_runner

    nothing = ActionFactory("internal", "gate", lambda options: lambda *args: no_update, register=False)()
    two = Layout([], [Output("a", "children"), Output("b", "children")], [0])
    one = Layout([], [Output("a", "children")], [0])
    assert _server_runner(nothing, two, gated=False)(1) == [no_update, no_update]
    assert _server_runner(nothing, one, gated=False)(1) is no_update


def test_without_app_the_callback_goes_to_dash_global_list():
    import dash._callback as dash_callback

    before = len(dash_callback.GLOBAL_CALLBACK_LIST)
    dc.callback(ACTION, Output("global-out", "children"), Input("global-in", "value"))
    try:
        assert len(dash_callback.GLOBAL_CALLBACK_LIST) == before + 1
        assert dash_callback.GLOBAL_CALLBACK_LIST[-1]["clientside_function"]["namespace"] == "dashclient_format"
    finally:
        dash_callback.GLOBAL_CALLBACK_LIST.pop()
        dash_callback.GLOBAL_CALLBACK_MAP.pop("global-out.children", None)
