"""The bundle reaches every Dash app in the process, and leaves Dash's own clientside API intact."""

import importlib.util
from pathlib import Path

import dashclient
from conftest import console_errors, wait_for_text_content

NAMESPACES = ["dashclient_format", "dashclient_patch", "dashclient_dispatch", "dashclient_keys", "dashclient_fetch"]


def load_plain_app():
    path = Path(__file__).parent / "apps" / "plain_app.py"
    spec = importlib.util.spec_from_file_location("plain_app", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.create_app()


def test_an_app_that_never_imports_dashclient_gets_the_bundle_and_all_namespaces(dash_duo):
    dash_duo.start_server(load_plain_app())
    wait_for_text_content(dash_duo, "ran", "not clicked")
    found = dash_duo.driver.execute_script(
        "return arguments[0].filter(ns => typeof window.dash_clientside[ns] === 'object');", NAMESPACES
    )
    assert found == NAMESPACES
    assert dash_duo.driver.execute_script("return window.dash_clientside.dashclient.version") == dashclient.__version__
    script = dash_duo.driver.execute_script(
        "return [...document.scripts].map(s => s.src).find(src => src.includes('/dashclient/')) || null"
    )
    assert script and "_dash-component-suites/dashclient/static/dashclient.v" in script
    # The source map sits beside the bundle, unfingerprinted, as the bundle's comment points to it.
    status = dash_duo.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => r.json().then(m => done([r.status, m.version]))).catch(e => done([0, String(e)]));",
        script.rsplit("/", 1)[0] + "/dashclient.min.js.map",
    )
    assert status == [200, 3]
    assert console_errors(dash_duo) == []


def test_dash_no_update_still_works_after_the_bundle_loaded(dash_duo):
    dash_duo.start_server(load_plain_app())
    wait_for_text_content(dash_duo, "ran", "not clicked")
    dash_duo.find_element("#go").click()
    wait_for_text_content(dash_duo, "ran", "clicked 1")
    wait_for_text_content(dash_duo, "kept", "initial")
    # set_props and Patch, which the renderer put there first, survive the merge.
    kinds = dash_duo.driver.execute_script(
        "const dc = window.dash_clientside; return [typeof dc.set_props, typeof dc.Patch, typeof dc.no_update];"
    )
    assert kinds == ["function", "function", "object"]
    assert console_errors(dash_duo) == []
