"""core: dc.callback refuses a callback Dash would silently merge with an earlier one: Dash keys a
callback by its Outputs and, for allow_duplicate Outputs or no Output, by a hash of its Inputs
(dash #2486, #3596); a second registration with the same key replaces the first."""

import pytest
from dash import Dash, Input, Output, html

import dashclient as dc


def new_app():
    app = Dash(__name__)
    app.layout = html.Div()
    return app


ACTION = dc.format.number()


@pytest.mark.parametrize("outputs", [
    [Output("out", "children")],
    [Output("out", "children", allow_duplicate=True)],
    [Output("a", "children", allow_duplicate=True), Output("b", "children")],
])
@pytest.mark.parametrize("clientside", [True, False])
def test_the_id_dash_gives_a_callback_is_computed_as_dash_computes_it(outputs, clientside):
    from dash import ClientsideFunction

    from dashclient._callback import _dash_callback_id

    app = new_app()
    inputs = [Input("in", "n_clicks"), Input({"type": "b", "index": 1}, "n_clicks")]
    if clientside:
        app.clientside_callback(ClientsideFunction("ns", "f"), *outputs, *inputs, prevent_initial_call=True)
    else:
        app.callback(*outputs, *inputs, prevent_initial_call=True)(lambda *args: None)
    assert app._callback_list[-1]["output"] == _dash_callback_id(outputs, inputs)


@pytest.mark.parametrize("mode", ["client", "server"])
def test_a_second_callback_with_the_same_id_is_refused_not_silently_merged(mode):
    app = new_app()
    out = Output("out", "children", allow_duplicate=True)
    dc.callback(ACTION, out, Input("in", "value"), app=app, prevent_initial_call=True)
    with pytest.raises(ValueError, match=r"already writes \"out\".children with the same Inputs.*dash #2486"):
        dc.callback(ACTION, out, Input("in", "value"), app=app, mode=mode, prevent_initial_call=True)
    assert len(app._callback_list) == 1
    # Different Inputs give a different id: allowed.
    dc.callback(ACTION, out, Input("other", "value"), app=app, mode=mode, prevent_initial_call=True)
    assert len(app._callback_list) == 2


def test_the_same_output_twice_without_allow_duplicate_is_refused_at_registration():
    app = new_app()
    dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=app)
    with pytest.raises(ValueError, match="already writes"):
        dc.callback(ACTION, Output("out", "children"), Input("other", "value"), app=app, mode="server")


def test_gated_server_callbacks_on_the_same_outputs_are_refused_too():
    app = new_app()
    dc.callback(ACTION, Output("out", "children"), Input("in", "value"), app=app, mode="server", debounce=100)
    with pytest.raises(ValueError, match="already writes"):
        dc.callback(ACTION, Output("out", "children"), Input("in2", "value"), app=app, mode="server", debounce=100)
