"""Serving: the dash_hooks entry point adds the bundle to every Dash app, unless DASHCLIENT_SERVE=0."""

import os
import subprocess
import sys
import textwrap

from dash import Dash, html

from dashclient import _serve

PROBE = textwrap.dedent("""
    from dash import Dash, html
    app = Dash(__name__)
    app.layout = html.Div("hi")
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    print("dashclient.v" in page and "/_dash-component-suites/dashclient/static/" in page)
""")


def page_has_bundle(serve: str | None) -> bool:
    env = {k: v for k, v in os.environ.items() if k != "DASHCLIENT_SERVE"}
    if serve is not None:
        env["DASHCLIENT_SERVE"] = serve
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


def test_a_plain_dash_app_serves_the_bundle_without_importing_dashclient():
    assert page_has_bundle(None)


def test_dashclient_serve_0_opts_the_process_out():
    assert not page_has_bundle("0")
    assert page_has_bundle("1")


def test_bundle_and_source_map_are_served_from_the_package():
    app = Dash(__name__)
    app.layout = html.Div()
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    src = next(part.split('"')[0] for part in page.split('src="')[1:] if "/dashclient/" in part)
    bundle = client.get(src)
    assert bundle.status_code == 200 and bundle.headers["Cache-Control"] == "max-age=31536000"
    assert bundle.get_data(as_text=True).rstrip().endswith("//# sourceMappingURL=dashclient.min.js.map")
    source_map = client.get(src.rsplit("/", 1)[0] + "/dashclient.min.js.map")
    assert source_map.status_code == 200 and b'"sources"' in source_map.get_data()


def test_registering_twice_adds_the_bundle_once():
    from dash import hooks

    _serve.register()
    _serve.register()
    assert sum(r.get("namespace") == "dashclient" for r in hooks._js_dist) == 2  # bundle + map
