"""Core v2 in a real browser, client and server mode side by side: options from the page, the
context snapshot, debounce and throttle, and the warning when nothing serves the bundle."""

import json

import pytest
from dash import ALL, Dash, Input, Output, State, dcc, html
from dash.testing.wait import until

import dashclient as dc
from dashclient import _internal, _serve
from conftest import console_errors, text_content, wait_for_text_content

RECORD_WARNINGS = """
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => { window.__warnings.push(args.join(" ")); warn(...args); };
"""


def set_value(dash_duo, element_id, value):
    dash_duo.driver.execute_script("window.dash_clientside.set_props(arguments[0], {value: arguments[1]});",
                                   element_id, value)


def test_options_from_the_page_give_the_same_text_in_both_modes_and_bad_ones_the_fallback(dash_duo):
    app = Dash(__name__)
    price = dc.format.currency(currency=State("ccy", "value"), locale=Input("loc", "value"), fallback="n/a")
    app.layout = html.Div([
        dcc.Input(id="amount", value="1234.5"), dcc.Input(id="ccy", value="EUR"), dcc.Input(id="loc", value="de-DE"),
        html.Span(id="price-client"), html.Span(id="price-server"),
    ])
    for mode in ("client", "server"):
        dc.callback(price, Output(f"price-{mode}", "children"), Input("amount", "value"), mode=mode, app=app)
    dash_duo.start_server(app)

    def both(expected):
        wait_for_text_content(dash_duo, "price-client", expected)
        wait_for_text_content(dash_duo, "price-server", expected)

    both(price(1234.5, currency="EUR", locale="de-DE"))
    set_value(dash_duo, "loc", "ja-JP")
    both(price(1234.5, currency="EUR", locale="ja-JP"))
    set_value(dash_duo, "ccy", "JPY")  # a State: read on the next trigger only
    set_value(dash_duo, "amount", "99.5")
    both(price("99.5", currency="JPY", locale="ja-JP"))

    dash_duo.driver.execute_script(RECORD_WARNINGS)
    set_value(dash_duo, "ccy", "EURO")
    set_value(dash_duo, "amount", "1")
    both("n/a")
    set_value(dash_duo, "amount", "2")
    wait_for_text_content(dash_duo, "price-server", "n/a")
    until(lambda: text_content(dash_duo, "price-client") == "n/a", 5)
    warnings = dash_duo.driver.execute_script("return window.__warnings")
    assert warnings == ["dashclient: dc.format.currency: option 'currency' must be an ISO 4217 currency code such "
                        "as 'USD' or 'EUR', got 'EURO'"]  # once per binding and value, not per call
    set_value(dash_duo, "ccy", "usd")
    set_value(dash_duo, "amount", "3")
    both(price("3", currency="usd", locale="ja-JP"))
    assert console_errors(dash_duo) == []


def test_the_context_snapshot_is_the_same_in_both_modes(dash_duo):
    app = Dash(__name__)
    gate = _internal.gate()  # forwards its values and context unchanged: a window on the snapshot
    app.layout = html.Div([
        html.Button("plain", id="plain"),
        html.Div(id="buttons", children=[html.Button(f"b{i}", id={"type": "b", "index": i}) for i in range(3)]),
        dcc.Input(id="kept", value="state value"),
        dcc.Store(id="seen-client"), dcc.Store(id="seen-server"),
        html.Pre(id="client"), html.Pre(id="server"),
    ])
    dependencies = [Input("plain", "n_clicks"), Input({"type": "b", "index": ALL}, "n_clicks"), State("kept", "value")]
    for mode in ("client", "server"):
        dc.callback(gate, Output(f"seen-{mode}", "data"), *dependencies, mode=mode, app=app)
        app.clientside_callback("(data) => JSON.stringify(data)", Output(mode, "children"), Input(f"seen-{mode}", "data"))
    dash_duo.start_server(app)

    def seen(mode):
        text = text_content(dash_duo, mode)
        if text in (None, "", "null"):
            return None
        data = json.loads(text)
        # Each side writes its own store: the one part of the snapshot that must differ.
        assert data["context"].pop("outputs_list") == {"id": f"seen-{mode}", "property": "data"}
        return data

    def same_in_both(check):
        def agreed():
            client = seen("client")
            return client is not None and client == seen("server") and check(client)

        try:
            until(agreed, 10)
        except Exception as error:  # dash's TestingTimeoutError: say what each side saw
            raise AssertionError(f"client {seen('client')}\nserver {seen('server')}") from error
        return seen("client")

    initial = same_in_both(lambda s: s["context"]["triggered"] == [])
    assert initial["context"]["triggered_id"] is None
    assert initial["values"] == [None, [None, None, None], "state value"]

    dash_duo.find_element("#plain").click()
    same_in_both(lambda s: s["context"]["triggered_id"] == "plain")
    dash_duo.driver.execute_script("document.getElementById(arguments[0]).click()", '{"index":2,"type":"b"}')
    seen = same_in_both(lambda s: s["context"]["triggered_id"] == {"index": 2, "type": "b"})
    assert seen["context"]["triggered"] == [{"prop_id": '{"index":2,"type":"b"}.n_clicks', "value": 1}]
    assert seen["context"]["states"] == {"kept.value": "state value"}
    assert console_errors(dash_duo) == []


COUNT_CHANGES = """
window.__changes = {};
for (const id of arguments[0]) {
  window.__changes[id] = 0;
  new MutationObserver(() => { window.__changes[id] += 1; })
    .observe(document.getElementById(id), {childList: true, characterData: true, subtree: true});
}
"""


@pytest.mark.parametrize("gate, runs", [("debounce", (1, 1)), ("throttle", (1, 2))])
def test_debounce_and_throttle_let_fewer_calls_through_in_both_modes(dash_duo, gate, runs):
    app = Dash(__name__)
    action = dc.format.number(specifier=",")
    app.layout = html.Div([dcc.Input(id="n", value=""), html.Span(id="out-client"), html.Span(id="out-server")])
    for mode in ("client", "server"):
        dc.callback(action, Output(f"out-{mode}", "children"), Input("n", "value"), mode=mode, app=app,
                    prevent_initial_call=True, **{gate: 400})
    requests = []

    @app.server.before_request
    def count():
        from flask import request

        if request.path.endswith("_dash-update-component"):
            requests.append(json.loads(request.data)["output"])

    dash_duo.start_server(app)
    box = dash_duo.wait_for_element("#n")
    dash_duo.driver.execute_script(COUNT_CHANGES, ["out-client", "out-server"])
    box.send_keys("1234567890")  # ten keystrokes, a few ms apart
    wait_for_text_content(dash_duo, "out-client", "1,234,567,890")
    wait_for_text_content(dash_duo, "out-server", "1,234,567,890")
    changes = dash_duo.driver.execute_script("return window.__changes")
    low, high = runs
    assert low <= changes["out-client"] <= high and low <= changes["out-server"] <= high, changes
    server_calls = [r for r in requests if r.startswith("out-server")]
    assert low <= len(server_calls) <= high, requests  # the gate runs in the browser: 10 keys, ≤ 2 requests
    assert console_errors(dash_duo) == []


def test_a_client_callback_without_a_served_bundle_warns_in_python_and_in_the_console(dash_duo, monkeypatch):
    from dash import hooks

    served = [r for r in hooks._js_dist if r.get("namespace") == "dashclient"]
    monkeypatch.setattr(hooks, "_js_dist", [r for r in hooks._js_dist if r.get("namespace") != "dashclient"])
    monkeypatch.setenv(_serve.SERVE_VARIABLE, "0")
    monkeypatch.setattr(_serve, "_warned", False)
    app = Dash(__name__, assets_folder="/nonexistent-assets")
    app.layout = html.Div([dcc.Input(id="x", value="1"), html.Span(id="y")])
    with pytest.warns(_serve.BundleNotServedWarning, match="dashclient assets"):
        dc.callback(dc.format.number(), Output("y", "children"), Input("x", "value"), app=app)
    dash_duo.start_server(app)
    # Record console warnings from the first script on, then load the page again.
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_WARNINGS})
    dash_duo.driver.get(dash_duo.server_url)
    until(lambda: dash_duo.driver.execute_script("return document.readyState") == "complete"
          and dash_duo.driver.execute_script("return (window.__warnings || []).length") > 0, 10)
    warnings = dash_duo.driver.execute_script("return window.__warnings")
    assert len(warnings) == 1 and "the bundle is not served (DASHCLIENT_SERVE=0)" in warnings[0]
    scripts = dash_duo.driver.execute_script("return [...document.scripts].map(s => s.src)")
    assert any("dashclient-check" in src for src in scripts)
    assert not any("/dashclient.v" in src for src in scripts)
    assert served  # monkeypatch puts the bundle back after the test
