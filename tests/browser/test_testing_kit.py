"""The testing kit tests itself in a real browser: a user's own functions from assets/ called from
Python (sync, Promise, thrown, rejected, sentinels), exact text, console errors, and one app run
in both modes — agreeing, and differing on purpose."""

from pathlib import Path

import pytest
from dash import ClientsideFunction, Dash, Input, Output, dcc, html, no_update
from dash.exceptions import PreventUpdate

import dashclient as dc
from dashclient.testing import (
    ClientsideError,
    ClientsideFunctionNotFound,
    ModesDisagree,
    assert_modes_agree,
    assert_no_console_errors,
    call,
    console_errors,
    text_content,
    wait_for_text_content,
    wait_until,
)

KIT_ASSETS = str(Path(__file__).parent / "kit_assets")


def kit_app() -> Dash:
    app = Dash(__name__, assets_folder=KIT_ASSETS)
    app.layout = html.Div([
        dcc.Input(id="n", value="5"), html.Span(id="out"),
        html.Button("boom", id="boom"), html.Span("untouched", id="boom-out"),
    ])
    app.clientside_callback(ClientsideFunction("kit_test", "label"), Output("out", "children"), Input("n", "value"))
    app.clientside_callback(ClientsideFunction("kit_test", "fail"), Output("boom-out", "children"),
                            Input("boom", "n_clicks"), prevent_initial_call=True)
    return app


def test_a_users_functions_are_called_with_plain_values_awaited_and_their_errors_raised(dash_duo):
    dash_duo.start_server(kit_app())
    wait_for_text_content(dash_duo, "out", "5\u00a0km")  # the no-break space kept (WebDriver's .text folds it)
    assert dash_duo.find_element("#out").text == "5 km"

    assert call(dash_duo, "kit_test.add", 2, 3.5) == 5.5
    assert call(dash_duo, "kit_test.add", [1], [2]) == "12"  # JS semantics, not Python's
    assert call(dash_duo, "kit_test.shout", "hi", {"mark": "?"}) == "HI?"
    assert call(dash_duo, "kit_test.nothing") is None
    assert call(dash_duo, "kit_test.later", 21, 50) == {"doubled": 42}  # a Promise, awaited

    with pytest.raises(ClientsideError, match="cannot handle 7") as thrown:
        call(dash_duo, "kit_test.fail", 7)
    assert (thrown.value.js_name, thrown.value.js_message) == ("TypeError", "cannot handle 7")
    assert str(thrown.value) == "kit_test.fail threw TypeError: cannot handle 7"
    with pytest.raises(ClientsideError, match="RangeError: too far"):
        call(dash_duo, "kit_test.reject", "too far")
    with pytest.raises(ClientsideError, match="a plain string"):
        call(dash_duo, "kit_test.throw_string")
    with pytest.raises(TimeoutError, match="did not settle within 0.3 s"):
        call(dash_duo, "kit_test.never", timeout=0.3)

    # Dash's sentinels: no_update inside a result, PreventUpdate thrown.
    assert call(dash_duo, "kit_test.skip_first", 4) == [no_update, 4]
    with pytest.raises(PreventUpdate):
        call(dash_duo, "kit_test.prevent")

    # A callback context for functions that read one: gone before a Promise settles, as in Dash.
    assert call(dash_duo, "kit_test.triggered", context={"triggered_id": "go"}) == "go"
    assert call(dash_duo, "kit_test.triggered_later", context={"triggered_id": "go"}) is None

    with pytest.raises(ClientsideFunctionNotFound, match=r"has no function 'ad' \(it has: add, fail, label"):
        call(dash_duo, "kit_test.ad", 1, 2)
    with pytest.raises(ClientsideFunctionNotFound, match="no namespace 'kit_tset'.*assets/"):
        call(dash_duo, "kit_tset.add", 1, 2)
    with pytest.raises(TypeError, match="plain JSON"):
        call(dash_duo, "kit_test.add", float("nan"), 1)

    # The pack's functions, by name or through an action, give what the Python twin gives.
    price = dc.format.currency(currency="EUR", locale="de-DE")
    assert call(dash_duo, "dashclient_format.currency", 1234.5, {"currency": "EUR", "locale": "de-DE"}) == price(1234.5)
    assert call(dash_duo, price, 1234.5) == price(1234.5) == "1.234,50\u00a0€"

    assert console_errors(dash_duo) == []  # calls that throw in a test are not console errors
    dash_duo.find_element("#boom").click()  # a clientside callback that throws: Dash logs it
    with pytest.raises(AssertionError, match=r"1 browser console error\(s\):\n.*cannot handle 1"):
        wait_until(lambda: assert_no_console_errors(dash_duo), 5, lambda: "no console error logged")
    assert text_content(dash_duo, "boom-out") == "untouched"  # outputs keep their value


def test_the_clientside_fixture_binds_the_kit_to_dash_duo(dash_duo, clientside):
    dash_duo.start_server(kit_app())
    clientside.wait_for_text("out", "5\u00a0km")
    clientside.set_props("n", {"value": "8"})
    clientside.wait_for_text("out", "8\u00a0km")
    clientside.wait_until_settled()
    assert clientside.prop("n", "value") == "8"
    assert clientside.props("out")["children"] == "8\u00a0km"
    assert clientside.prop("nowhere", "children") is not None and not clientside.prop("nowhere", "children")
    assert clientside.call("kit_test.add", 1, 1) == 2
    with pytest.raises(clientside.Error, match="cannot handle"):
        clientside.call("kit_test.fail", None)
    clientside.assert_no_console_errors()


@dc.action(js="kit_test.label")
def label(value) -> str:
    """The Python twin of kit_test.label."""
    return f"{value}\u00a0km"


@dc.action(js="kit_test.label")
def label_with_a_plain_space(value) -> str:
    """A twin that differs from its JS half on purpose (a plain space)."""
    return f"{value} km"


def twin_app(mode: str, action=label) -> Dash:
    app = Dash(__name__, assets_folder=KIT_ASSETS)
    app.layout = html.Div([dcc.Input(id="n", value="5"), html.Span(id="out"), html.Span(id="price"),
                           dcc.Store(id="sizes")])
    dc.callback(action(), Output("out", "children"), Input("n", "value"), mode=mode, app=app)
    dc.callback(dc.format.currency(currency="EUR", locale="de-DE"), Output("price", "children"), Input("n", "value"),
                mode=mode, app=app)
    dc.callback(dc.format.bytes(units="binary"), Output("sizes", "data"), Input("n", "value"), mode=mode, app=app)
    return app


def type_amount(page):
    box = page.dash_duo.find_element("#n")
    page.dash_duo.clear_input(box)
    box.send_keys("1234.5")


def test_one_app_in_client_and_server_mode_ends_with_the_same_props(dash_duo):
    seen = assert_modes_agree(dash_duo, twin_app, ["out.children", "price.children", "sizes.data", "n.value"],
                              interact=type_amount)
    assert seen["client"] == seen["server"] == {
        "out.children": "1234.5\u00a0km", "price.children": "1.234,50\u00a0€",
        "sizes.data": dc.format.bytes(units="binary")("1234.5"), "n.value": "1234.5",
    }


def test_a_twin_whose_halves_differ_fails_with_a_readable_diff(dash_duo, monkeypatch):
    def create_app():  # no argument: the mode comes from $DASHCLIENT_MODE, set by the helper
        return twin_app(None, action=label_with_a_plain_space)

    monkeypatch.setenv("DASHCLIENT_MODE", "client")
    with pytest.raises(ModesDisagree) as differ:
        assert_modes_agree(dash_duo, create_app, ["price.children", "out.children"], interact=type_amount, timeout=2)
    assert str(differ.value) == (
        "1 of 2 prop(s) differ between client and server mode:\n"
        "  out.children:\n"
        "    client  '1234.5\\xa0km'\n"
        "    server  '1234.5 km'"
    )


def test_console_errors_in_one_mode_fail_even_when_the_props_agree(dash_duo):
    def create_app(mode):
        app = Dash(__name__, assets_folder=KIT_ASSETS)
        app.layout = html.Div([html.Button("go", id="go"), html.Span("untouched", id="out")])
        if mode == "client":  # throws: Dash logs it, the output keeps its value
            app.clientside_callback(ClientsideFunction("kit_test", "fail"), Output("out", "children"),
                                    Input("go", "n_clicks"), prevent_initial_call=True)
        else:
            app.callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)(
                lambda n: no_update)
        return app

    def click(page):
        page.dash_duo.find_element("#go").click()

    with pytest.raises(AssertionError, match=r"(?s)^the modes agree, but the browser logged console errors:\n"
                                             r"  client: .*cannot handle 1"):
        assert_modes_agree(dash_duo, create_app, ["out.children"], interact=click)
    # Again on the same dash_duo: its server is taken, so both modes get servers of their own.
    seen = assert_modes_agree(dash_duo, create_app, ["out.children"], interact=click, allow_console_errors=True)
    assert seen == {"client": {"out.children": "untouched"}, "server": {"out.children": "untouched"}}
