"""The gallery's fetch page: the search box fills both tables with the same rows, and every
answer the page offers shows the same error in both columns."""

import json

from dash.testing.wait import until

from conftest import console_errors, text_content
from dashclient.gallery import create_app
from dashclient.gallery.pages._fetch_api import search
from dashclient.gallery.pages.fetch import ANSWERS, MAX_BYTES

SET = "window.dash_clientside.set_props(arguments[0], {value: arguments[1]});"
TABLE = """
if (!document.getElementById(arguments[0])) return "null";  // the page is not routed in yet
return JSON.stringify(window.dash_component_api.getLayout(arguments[0]).props.data ?? null);
"""
URL = dict((label, url) for label, url in ANSWERS)


def tables(dash_duo):
    return [json.loads(dash_duo.driver.execute_script(TABLE, f"fetch-table-{mode}")) for mode in ("client", "server")]


def errors(dash_duo):
    return [text_content(dash_duo, f"fetch-error-{mode}") for mode in ("client", "server")]


def test_the_fetch_page_searches_in_both_modes_and_reports_the_same_errors(dash_duo):
    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/fetch")
    until(lambda: tables(dash_duo) == [search("")] * 2, timeout=15)  # the initial call: every fruit
    dash_duo.driver.execute_script(SET, "fetch-query", "berry")
    until(lambda: tables(dash_duo) == [search("berry")] * 2, timeout=10)
    assert len(search("berry")["body"]) == 5
    until(lambda: text_content(dash_duo, "fetch-match") == "match ✓", timeout=10)

    for label, message in (("HTTP 500", "HTTP 500"), ("invalid JSON", "invalid JSON"),
                           ("over max_bytes", f"response over {MAX_BYTES} bytes"),
                           ("outside the allow list", "URL not allowed"), ("search", "")):
        dash_duo.driver.execute_script(SET, "fetch-endpoint", URL[label])
        until(lambda: errors(dash_duo) == [message] * 2, timeout=10, msg=f"{label}: {errors(dash_duo)}")
        assert tables(dash_duo) == [search("berry")] * 2  # failures leave the data as it was

    # The loader shows while a slow answer is on its way, then the rows arrive.
    dash_duo.driver.execute_script(SET, "fetch-endpoint", URL["slow (1.5 s)"])
    dash_duo.driver.execute_script(SET, "fetch-query", "an")
    until(lambda: dash_duo.driver.execute_script(
        "return document.querySelectorAll('.mantine-LoadingOverlay-root').length") == 2, timeout=5)
    until(lambda: tables(dash_duo) == [search("an")] * 2, timeout=10)
    # Chromium logs the 500 the client column asked for as a network entry; nothing else may appear.
    logged = console_errors(dash_duo)
    assert [e for e in logged if not (e["source"] == "network" and "/failing?q=berry " in e["message"])] == []


def test_the_search_example_shows_the_same_rows_and_errors_in_both_modes(dash_duo):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / "fetch_search.py"
    spec = importlib.util.spec_from_file_location("example_fetch_search", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dash_duo.start_server(module.app)

    def rows():
        return [json.loads(dash_duo.driver.execute_script(TABLE, f"results-{mode}")) for mode in ("client", "server")]

    until(lambda: rows()[0] is not None and rows()[0] == rows()[1] and len(rows()[0]["body"]) == 20, timeout=15)
    dash_duo.driver.execute_script(SET, "query", "india")
    until(lambda: rows()[0] == rows()[1] and rows()[0]["caption"] == "3 of 20", timeout=10)
    dash_duo.driver.execute_script("window.dash_clientside.set_props('fail', {checked: true});")
    until(lambda: [text_content(dash_duo, f"error-{m}") for m in ("client", "server")] == ["HTTP 500"] * 2, timeout=10)
    assert rows()[0]["caption"] == "3 of 20" == rows()[1]["caption"]
    logged = console_errors(dash_duo)
    assert [e for e in logged if not (e["source"] == "network" and "fail=true " in e["message"])] == []
