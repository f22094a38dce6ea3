"""dc.callback: the dash.callback grammar, two modes, and no silently dropped keyword."""

import pytest
from dash import ALL, Dash, Input, Output, State, html

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


def test_client_mode_registers_a_clientside_callback_naming_the_bound_function():
    app = new_app()
    dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=app)
    registered = only_callback(app)
    assert registered["clientside_function"] == {"namespace": "dashclient_format", "function_name": ACTION.function_name}
    assert app._inline_scripts == []  # nothing to hash under a CSP


def test_server_mode_registers_a_python_callback_that_runs_the_fallback():
    app = new_app()
    dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=app, mode="server")
    registered = only_callback(app)
    assert registered["clientside_function"] is None
    callback = app.callback_map["out.children"]["callback"]
    assert callback.__wrapped__("1234.5") == "1,234.50"


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
    with pytest.raises(ValueError, match=f"'{keyword}' is not supported in client mode"):
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


def test_pattern_matching_ids_are_accepted():
    app = new_app()
    dc.callback(ACTION, Output({"type": "out", "index": ALL}, "children"), Input({"type": "in", "index": ALL}, "value"),
                app=app)
    assert only_callback(app)["clientside_function"]["namespace"] == "dashclient_format"


def test_the_number_of_values_must_match_the_action():
    with pytest.raises(ValueError, match="takes 1 value"):
        dc.callback(ACTION, Output("out", "children"), Input("a", "value"), Input("b", "value"), app=new_app())


def test_only_actions_and_dependencies_are_accepted():
    with pytest.raises(TypeError, match="expected an action"):
        dc.callback(lambda x: x, Output("out", "children"), Input("in", "value"))
    with pytest.raises(TypeError, match="expected Output, Input or State"):
        dc.callback(ACTION, Output("out", "children"), "in.value")


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
