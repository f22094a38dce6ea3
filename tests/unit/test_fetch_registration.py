"""dc.fetch through dc.callback: what registration refuses (secrets in client mode, outputs and
placeholders that cannot work), bind-time checks, and server mode's plumbing."""

import json

import httpx
import pytest
from dash import ALL, Dash, Input, Output, State, html, no_update

import dashclient as dc
from dashclient._fetch.call import use_surroundings
from dashclient._fetch.exchange import Surroundings


def new_app():
    app = Dash(__name__)
    app.layout = html.Div()
    return app


def register(action, *dependencies, mode="client", **kwargs):
    app = new_app()
    dc.callback(action, *dependencies, app=app, mode=mode, **kwargs)
    return app


def bound(registered):
    return json.loads(registered["clientside_function"]["function_name"].partition(":")[2])


ONE = (Output("out", "data"), Input("in", "value"))


@pytest.mark.parametrize("options, named", [
    ({"headers": {"Authorization": "Bearer s3cret"}}, "header 'Authorization'"),
    ({"headers": {"X-API-Key": "k"}}, "header 'X-API-Key'"),
    ({"headers": {"x-auth-token": "t"}}, "header 'x-auth-token'"),
    ({"headers": {"Cookie": "session=1"}}, "header 'Cookie'"),
    ({"url": "https://api.example.com/v1?api_key=abc&q={0}", "allow": ["https://api.example.com/"]},
     "URL parameter 'api_key'"),
    ({"url": "/x?access_token=abc"}, "URL parameter 'access_token'"),
])
def test_client_mode_refuses_a_constant_credential_and_says_what_to_do(options, named):
    action = dc.fetch.json(**options)
    with pytest.raises(ValueError) as error:
        register(action, *ONE)
    message = str(error.value)
    assert named in message and "State(" in message and "mode='server'" in message
    with pytest.raises(ValueError, match="looks like a credential"):
        action.clientside_function  # pylint: disable=pointless-statement


def test_the_same_credentials_are_fine_from_the_page_or_in_server_mode():
    headers = {"Authorization": "Bearer s3cret"}
    app = register(dc.fetch.json(headers=State("auth", "data")), *ONE)
    assert bound(app._callback_list[0])["headers"] == {"$arg": 1}
    app = register(dc.fetch.json(url="/x?q={0}&token={1}"), Output("out", "data"),
                   Input("in", "value"), Input("t", "value"))
    assert "token" in bound(app._callback_list[0])["url"]  # a placeholder is a page value, not a constant
    app = register(dc.fetch.json(headers=headers), *ONE, mode="server")
    names = [c["clientside_function"]["function_name"] for c in app._callback_list if c["clientside_function"]]
    assert names and not any("s3cret" in name for name in names)  # the browser half never sees it


def test_harmless_headers_and_parameters_pass():
    register(dc.fetch.json(url="/search?q={0}&key=name&page=2", headers={"Accept": "application/json"}), *ONE)


@pytest.mark.parametrize("options, dependencies, message", [
    ({"outputs": ["data", "error"]}, ONE, r"give exactly 2 Output\(s\)"),
    ({}, (Output("a", "data"), Output("b", "data"), Input("in", "value")), r"give exactly 1 Output\(s\)"),
    ({}, (Output({"i": ALL}, "data"), Input("in", "value")), "without ALL"),
    ({"url": "/x/{0}/{1}"}, ONE, r"placeholder \{1\} but the callback has 1 value"),
    ({}, (Output("out", "data"),), "the first Input/State is the URL"),
    ({"outputs": State("o", "data")}, ONE, "'outputs' cannot come from the page"),
])
def test_registration_refuses_what_cannot_work(options, dependencies, message):
    for mode in ("client", "server"):
        with pytest.raises(ValueError, match=message):
            register(dc.fetch.json(**options), *dependencies, mode=mode)


@pytest.mark.parametrize("options, message", [
    ({"body": {"a": 1}}, "dc.fetch.json: option 'body' cannot be sent with method 'GET'"),
    ({"error": "err", "outputs": ["data", "error"]}, "option 'error' names a target, but option 'outputs'"),
    ({"url": "ftp://x/"}, "option 'url' must be an http"),
    ({"url": "{0}"}, "option 'url' must be"),
    ({"url": "/x/{"}, "option 'url' must be"),
    ({"allow": ["api/"]}, "option 'allow' must be a list of URL prefixes"),
    ({"allow": "/api/"}, "option 'allow' must be a list"),
    ({"headers": {"Host": "x"}}, "option 'headers' must be"),
    ({"headers": {"X-A": "a\r\nb"}}, "option 'headers' must be"),
    ({"timeout_ms": 0}, "option 'timeout_ms' must be an integer from 1 to 600000"),
    ({"max_bytes": -1}, "option 'max_bytes'"),
    ({"outputs": ["error"]}, "option 'outputs' must be"),
    ({"outputs": ["data", "data"]}, "option 'outputs' must be"),
    ({"status_values": {"busy": 1}}, "option 'status_values' must be"),
    ({"error": ""}, "option 'error' must be a component id"),
    ({"method": "TRACE"}, "option 'method' must be one of"),
    ({"credentials": "always"}, "option 'credentials' must be one of"),
])
def test_bad_options_raise_at_bind_naming_the_option(options, message):
    with pytest.raises(ValueError, match=message):
        dc.fetch.json(**options)


def test_actions_are_data():
    action = dc.fetch.text(url="/api/{0}", allow=["/api/"], status={"id": "s", "property": "data"},
                           headers=State("h", "data"))
    assert dc.Action.from_json(json.loads(json.dumps(action.to_json()))) == action


def test_server_mode_registers_begin_the_server_callback_and_apply_around_hidden_stores():
    action = dc.fetch.json(url="/api/x?q={0}", headers={"Authorization": "Bearer s3cret"}, status="st",
                           error="err", timeout_ms=500)
    app = new_app()
    registration = dc.callback(action, Output("out", "data"), Input("in", "value"), app=app, mode="server",
                               debounce=250)
    begin, server, apply = app._callback_list
    store = registration.gate
    assert begin["output"] == f"{store}.data" and begin["inputs"] == [{"id": "in", "property": "value"}]
    settings = bound(begin)
    assert settings["$role"] == "begin" and settings["$debounce"] == 250 and settings["$values"] == [0]
    assert settings["$outputs"] == [{"id": "out", "property": "data"}]
    assert set(k for k in settings if not k.startswith("$")) == {"url", "status"}  # nothing secret
    assert server["inputs"] == [{"id": store, "property": "data"}] and server["prevent_initial_call"] is True
    effects = store.replace("_request", "_effects")
    assert server["output"] == f"..out.data...{effects}.data.."
    assert bound(apply)["$role"] == "apply" and apply["inputs"] == [{"id": effects, "property": "data"}]
    assert sorted(c.id for c in app._extra_components) == sorted(
        [store, effects, store.replace("_request", "_applied")])


def test_the_server_callback_returns_the_outputs_and_the_effects_for_the_browser():
    def answer(request):
        assert request.headers["authorization"] == "Bearer s3cret"  # server mode sends it
        return httpx.Response(500)

    action = dc.fetch.json(url="https://api.example.com/x?q={0}", allow=["https://api.example.com/"],
                           headers={"Authorization": "Bearer s3cret"}, error="err", outputs=["data", "status"])
    app = new_app()
    dc.callback(action, Output("out", "data"), Output("state", "children"), Input("in", "value"), app=app,
                mode="server")
    run = app.callback_map[next(k for k in app.callback_map if "out.data" in k)]["callback"].__wrapped__
    where = Surroundings(resolver=lambda host, port: ["93.184.216.34"],
                         transport=lambda: httpx.MockTransport(answer))
    with use_surroundings(lambda: (None, where)):
        data, status, effects = run({"values": ["a"], "context": None})
    assert data is no_update and status == "error"
    assert effects["effects"] == [["err", {"children": "HTTP 500"}]] and len(effects["id"]) == 32


def test_server_mode_refuses_match_dependencies():
    from dash import MATCH

    with pytest.raises(ValueError, match="MATCH"):
        register(dc.fetch.json(), Output({"i": MATCH}, "data"), Input({"i": MATCH}, "value"), mode="server")
