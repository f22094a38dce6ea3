"""Registration hooks of ActionFactory: ``check`` refuses a registration once the mode is known,
``register_server`` lets a pattern register server mode itself."""

import pytest
from dash import Dash, Input, Output, html

import dashclient as dc
from dashclient._action import ActionFactory
from dashclient._callback import Registration


def new_app():
    app = Dash(__name__)
    app.layout = html.Div()
    return app


def echo(**hooks):
    """The internal gate function (any values, context) with hooks, kept out of the registry."""
    return ActionFactory("internal", "gate", lambda options: lambda *args: list(args), register=False, **hooks)()


def test_check_sees_the_mode_and_the_layout_and_can_refuse():
    seen = []

    def check(action, mode, layout):
        seen.append((mode, [o.component_id for o in layout.outputs] if layout else None))
        if mode == "client":
            raise ValueError("not in the browser")

    action = echo(check=check)
    with pytest.raises(ValueError, match="not in the browser"):
        dc.callback(action, Output("out", "data"), Input("in", "value"), app=new_app())
    app = new_app()
    dc.callback(action, Output("out", "data"), Input("in", "value"), app=app, mode="server")
    assert seen == [("client", ["out"]), ("server", ["out"])]
    assert len(app._callback_list) == 1


def test_check_guards_the_bound_name_a_user_asks_for():
    def check(action, mode, layout):
        assert layout is None
        raise ValueError(f"{mode}: refused")

    with pytest.raises(ValueError, match="client: refused"):
        echo(check=check).clientside_function  # pylint: disable=expression-not-assigned


def test_register_server_replaces_the_plain_server_callback_and_gets_the_gate():
    calls = []

    def register_server(action, layout, *, app, gate, kwargs):
        calls.append((layout.arg_count, app, gate, kwargs))
        return Registration("server", action, None, tuple(layout.dependencies))

    app = new_app()
    action = echo(register_server=register_server)
    registration = dc.callback(action, Output("out", "data"), Input("in", "value"), app=app, mode="server",
                               debounce=200, prevent_initial_call=True)
    assert registration.mode == "server"
    assert app._callback_list == []  # nothing registered behind the pattern's back
    ((arg_count, given_app, gate, kwargs),) = calls
    assert arg_count == 1 and given_app is app
    assert gate["$debounce"] == 200 and len(gate["$id"]) == 10
    assert kwargs == {"prevent_initial_call": True}


def test_client_mode_ignores_register_server():
    def register_server(*_args, **_kwargs):
        raise AssertionError("client mode must not call it")

    app = new_app()
    dc.callback(echo(register_server=register_server), Output("out", "data"), Input("in", "value"), app=app)
    assert app._callback_list[0]["clientside_function"]["namespace"] == "dashclient"
