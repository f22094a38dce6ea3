"""The server half of dc.fetch (httpx): every outcome against a real server on 127.0.0.1, the
in-process own origin, and the SSRF guard (resolved addresses, pinning, redirects)."""

import time

import httpx
import pytest
from dash import no_update
from flask import Flask

import dashclient as dc
from dashclient._fetch.call import collecting_effects, js_json, use_surroundings
from dashclient._fetch.exchange import Surroundings
from fetch_routes import BIG_BYTES, add_routes, serving

ALL3 = ["data", "error", "status"]


@pytest.fixture(scope="module")
def api():
    app = Flask(__name__)
    add_routes(app)
    with serving(app) as base:
        yield base


def outside_a_request(**where):
    return use_surroundings(lambda: (None, Surroundings(**where)))


def fetch(url, fn="json", **options):
    """Run the twin on ``url`` (its first value) with the options, outside any Dash request."""
    return getattr(dc.fetch, fn)(**{"outputs": ALL3, **options})(url, context=None)


def test_json_and_text_from_a_listed_server(api):
    allow = [f"{api}/api/"]
    with outside_a_request():
        assert fetch(f"{api}/api/fast?q=ab", allow=allow) == [{"q": "ab", "items": ["ab-0", "ab-1", "ab-2"]}, "", "ok"]
        assert fetch(f"{api}/api/text", "text", allow=allow) == ["h\u00e9llo", "", "ok"]


@pytest.mark.parametrize("path, options, message", [
    ("/api/fail", {}, "HTTP 500"),
    ("/api/nothing-here", {}, "HTTP 404"),
    ("/api/invalid", {}, "invalid JSON"),
    ("/api/big", {"max_bytes": 1000}, "response over 1000 bytes"),
    ("/api/slow?ms=1500", {"timeout_ms": 200}, "timed out after 200 ms"),
])
def test_failures_leave_the_data_and_report(api, path, options, message):
    started = time.perf_counter()
    with outside_a_request():
        assert fetch(f"{api}{path}", allow=[f"{api}/"], **options) == [no_update, message, "error"]
    assert time.perf_counter() - started < 1.2  # the deadline holds, the slow route is not waited for


def test_a_body_of_exactly_max_bytes_passes(api):
    size = BIG_BYTES + 2  # the JSON string's quotes
    with outside_a_request():
        assert fetch(f"{api}/api/big", allow=[f"{api}/"], max_bytes=size)[2] == "ok"
        assert fetch(f"{api}/api/big", allow=[f"{api}/"], max_bytes=size - 1)[1] == f"response over {size - 1} bytes"


def test_a_closed_port_is_a_network_error():
    with outside_a_request():
        assert fetch("http://127.0.0.1:9/x", allow=["http://127.0.0.1:9/"]) == [no_update, "network error", "error"]


def test_post_sends_the_body_as_json_with_its_content_type(api):
    action = dc.fetch.json(url=f"{api}/api/echo?q={{0}}", method="POST", body={"a": [1, 1.0, 1e21, "\u00e9"]},
                           allow=[f"{api}/"])
    with outside_a_request():
        echo = action("x y", context=None)
    assert echo["method"] == "POST" and echo["query"] == "q=x%20y"
    assert echo["body"] == '{"a":[1,1,1e+21,"\u00e9"]}'  # JSON.stringify's numbers
    assert echo["content_type"] == "application/json"


def test_js_json_writes_what_json_stringify_writes():
    assert js_json({"n": [1, 2.5, -0.0, float("nan"), 1e-7, True, None], "s": "\u2028\ud800\"\n"}) == (
        '{"n":[1,2.5,0,null,1e-7,true,null],"s":"\u2028\\ud800\\"\\n"}')


def test_redirects_are_followed_inside_the_list_only(api):
    allow = [f"{api}/api/"]
    inside = f"{api}/api/redirect?to=/api/fast%3Fq%3Dr"
    outside = f"{api}/api/redirect?to=http://example.invalid/"
    up = f"{api}/api/redirect?to=/admin"
    with outside_a_request():
        assert fetch(inside, allow=allow)[0]["q"] == "r"
        assert fetch(outside, allow=allow)[1] == "redirected outside the allow list"
        assert fetch(up, allow=allow)[1] == "redirected outside the allow list"


def test_a_303_after_post_becomes_a_get_without_body(api):
    action = dc.fetch.json(url=f"{api}/api/redirect?status=303&to=/api/echo", method="POST", body={"a": 1},
                           allow=[f"{api}/"])
    with outside_a_request():
        echo = action(context=None)
    assert echo["method"] == "GET" and echo["body"] == "" and echo["content_type"] is None


def test_a_redirect_loop_ends_as_a_network_error(api):
    with outside_a_request():
        assert fetch(f"{api}/api/loop", allow=[f"{api}/"])[1] == "network error"


# -- the SSRF guard ------------------------------------------------------------------------------

class Recorder:
    """A fake network: records each request (with the address it was sent to) and answers it."""

    def __init__(self, answer=None):
        self.requests = []
        self.answer = answer or (lambda request: httpx.Response(200, json={"ok": True}))

    def transport(self):
        def handle(request):
            self.requests.append(request)
            return self.answer(request)

        return httpx.MockTransport(handle)


def resolving(table, calls=None):
    def resolve(host, _port):
        if calls is not None:
            calls.append(host)
        return table[host]

    return resolve


PRIVATE = ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1",
           "fe80::1", "fd00::1", "::ffff:10.0.0.1", "224.0.0.1"]


@pytest.mark.parametrize("address", PRIVATE)
def test_a_listed_name_resolving_to_a_private_address_is_refused(address):
    net = Recorder()
    with outside_a_request(resolver=resolving({"api.example.com": [address]}), transport=net.transport):
        assert fetch("https://api.example.com/v1/x", allow=["https://api.example.com/v1/"]) == [
            no_update, "URL not allowed", "error"]
    assert net.requests == []


def test_one_private_address_among_public_ones_is_enough_to_refuse():
    with outside_a_request(resolver=resolving({"api.example.com": ["93.184.216.34", "10.0.0.1"]})):
        assert fetch("https://api.example.com/x", allow=["https://api.example.com/"])[1] == "URL not allowed"


def test_the_connection_goes_to_the_checked_address_with_the_original_host_and_tls_name():
    net, calls = Recorder(), []
    resolve = resolving({"api.example.com": ["93.184.216.34"]}, calls)
    with outside_a_request(resolver=resolve, transport=net.transport):
        assert fetch("https://api.example.com/v1/x?a=1", allow=["https://api.example.com/v1/"])[0] == {"ok": True}
    (sent,) = net.requests
    assert sent.url.host == "93.184.216.34" and sent.url.path == "/v1/x" and sent.url.query == b"a=1"
    assert sent.headers["host"] == "api.example.com"
    assert sent.extensions["sni_hostname"] == "api.example.com"
    assert calls == ["api.example.com"]  # resolved once: a second answer (rebinding) is never asked for


def test_an_explicitly_listed_private_ip_or_localhost_is_allowed():
    net = Recorder()
    with outside_a_request(resolver=resolving({"localhost": ["127.0.0.1"]}), transport=net.transport):
        assert fetch("http://10.0.0.5:9000/x", allow=["http://10.0.0.5:9000/"])[2] == "ok"
        assert fetch("http://localhost:9000/x", allow=["http://localhost:9000/"])[2] == "ok"
        # Listing one private address opens that one only.
        assert fetch("http://10.0.0.5:9000/x", allow=["http://10.0.0.6:9000/", "http://10.0.0.5:9001/"])[1] == (
            "URL not allowed")
    assert [str(r.url) for r in net.requests] == ["http://10.0.0.5:9000/x", "http://127.0.0.1:9000/x"]


def test_numeric_spellings_of_loopback_are_loopback_on_both_sides_of_the_list():
    with outside_a_request():
        for url in ("http://2130706433/", "http://0x7f.1/", "http://0177.0.0.1/", "http://[::ffff:7f00:1]/"):
            assert fetch(url, allow=["https://api.example.com/"])[1] == "URL not allowed", url
        # Listing one spelling lists the address: the request is made (to a closed port here).
        assert fetch("http://127.0.0.1:9/x", allow=["http://0x7f.1:9/"])[1] == "network error"


def test_a_redirect_to_a_private_address_is_refused_even_inside_the_list():
    def redirect(request):
        if request.url.path == "/go":
            return httpx.Response(302, headers={"Location": "https://api.example.com/meta"})
        return httpx.Response(200, json="secret")

    table = {"api.example.com": ["93.184.216.34"]}
    net = Recorder(redirect)
    with outside_a_request(resolver=resolving(table), transport=net.transport):
        table["api.example.com"] = ["93.184.216.34"]
        assert fetch("https://api.example.com/go", allow=["https://api.example.com/"])[0] == "secret"
        net.requests.clear()
        calls = iter([["93.184.216.34"], ["169.254.169.254"]])
        with use_surroundings(lambda: (None, Surroundings(resolver=lambda h, p: next(calls),
                                                           transport=net.transport))):
            assert fetch("https://api.example.com/go", allow=["https://api.example.com/"])[1] == "URL not allowed"
    assert [r.url.path for r in net.requests] == ["/go"]


def test_a_cross_origin_redirect_drops_credentials():
    def redirect(request):
        if request.url.path == "/go":
            return httpx.Response(307, headers={"Location": "https://other.example.com/x"})
        return httpx.Response(200, json=dict(request.headers))

    net = Recorder(redirect)
    table = {"api.example.com": ["93.184.216.34"], "other.example.com": ["93.184.216.35"]}
    action = dc.fetch.json(url="https://api.example.com/go", headers={"Authorization": "Bearer s", "X-Keep": "1"},
                           allow=["https://api.example.com/", "https://other.example.com/"])
    with outside_a_request(resolver=resolving(table), transport=net.transport):
        headers = action(context=None)
    assert "authorization" not in headers and headers["x-keep"] == "1"


# -- the app's own origin, answered in-process -----------------------------------------------------

@pytest.fixture()
def own_app():
    app = Flask(__name__)
    add_routes(app)
    return app


def test_the_own_origin_is_answered_by_the_app_itself_whatever_the_host_header(own_app):
    action = dc.fetch.json(url="/api/echo?q={0}", outputs=ALL3)
    # An incoming request claiming to be for the metadata address: the own origin is "that", but
    # "that" is answered in-process by the app, never looked up on the network.
    with own_app.test_request_context("/_dash-update-component", base_url="http://169.254.169.254",
                                      environ_base={"REMOTE_ADDR": "198.51.100.7"}):
        echo, error, status = action("x", context=None)
    assert status == "ok" and echo["host"] == "169.254.169.254" and echo["query"] == "q=x"
    # The app sees the browser's address, not 127.0.0.1: local-only routes stay local-only.
    assert echo["remote_addr"] == "198.51.100.7"


def test_cookies_of_the_incoming_request_go_along_unless_credentials_omit(own_app):
    headers = {"Cookie": "session=abc"}
    with own_app.test_request_context("/", base_url="http://myapp.test", headers=headers):
        assert dc.fetch.json(url="/api/echo")(context=None)["cookie"] == "session=abc"
        assert dc.fetch.json(url="/api/echo", credentials="omit")(context=None)["cookie"] is None


def test_own_origin_outcomes_match_the_network_ones(own_app):
    with own_app.test_request_context("/", base_url="http://myapp.test"):
        assert fetch("/api/fail")[1] == "HTTP 500"
        assert fetch("/api/invalid")[1] == "invalid JSON"
        assert fetch("/api/big", max_bytes=100)[1] == "response over 100 bytes"
        started = time.perf_counter()
        assert fetch("/api/slow?ms=1000", timeout_ms=150)[1] == "timed out after 150 ms"
        assert time.perf_counter() - started < 0.8
        assert fetch("http://elsewhere.test/api/fast")[1] == "URL not allowed"


def test_no_origin_outside_a_request_means_relative_urls_cannot_be_fetched():
    with outside_a_request():
        assert fetch("/api/fast") == [no_update, "invalid URL", "error"]


def test_an_explicit_allow_list_must_name_the_own_origin_too(own_app):
    with own_app.test_request_context("/", base_url="http://myapp.test"):
        assert fetch("/api/fast", allow=["https://api.example.com/"])[1] == "URL not allowed"
        assert fetch("/api/fast", allow=["/api/"])[2] == "ok"
        assert fetch("/other", allow=["/api/"])[1] == "URL not allowed"


# -- targets ---------------------------------------------------------------------------------------

def test_targets_get_set_props_in_a_users_own_callback_and_are_collected_under_dc_callback(own_app, monkeypatch):
    set_props = []
    monkeypatch.setattr("dash.set_props", lambda ident, props: set_props.append((ident, props)))
    action = dc.fetch.json(url="/api/fail", error="err", status={"id": "loader", "property": "visible"},
                           status_values={"ok": False, "error": False, "loading": True})
    with own_app.test_request_context("/", base_url="http://myapp.test"):
        assert action(context=None) is no_update
        assert set_props == [("err", {"children": "HTTP 500"}), ("loader", {"visible": False})]
        with collecting_effects() as effects:
            assert action(context=None) is no_update
    assert effects == [["err", {"children": "HTTP 500"}], ["loader", {"visible": False}]]
    assert len(set_props) == 2
