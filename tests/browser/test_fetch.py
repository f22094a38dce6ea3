"""dc.fetch in Chromium: every route of the test app's own server gives the same outputs, error and
status in client and server mode; a burst of 10 triggers ends on the 10th in both modes, with the
app under gunicorn (4 workers) and earlier answers arriving later."""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

from dash.testing.wait import until

from conftest import console_errors, text_content
from fetch_routes import BURST_LOG
from gunicorn_server import gunicorn

APPS = Path(__file__).parent / "apps"
sys.path.insert(0, str(APPS))

from fetch_app import MAX_BYTES, MODES, TIMEOUT_MS, create_app  # noqa: E402

SET_VALUE = "window.dash_clientside.set_props(arguments[0], {value: arguments[1]});"


def texts(dash_duo, prefix: str) -> dict[str, str | None]:
    return {mode: text_content(dash_duo, f"{prefix}-{mode}") for mode in MODES}


def wait_both(dash_duo, prefix: str, expected: str, timeout: float = 10) -> None:
    try:
        until(lambda: set(texts(dash_duo, prefix).values()) == {expected}, timeout=timeout)
    except Exception as error:  # dash's TestingTimeoutError: say what the page shows
        page = dash_duo.driver.execute_script("return document.body.innerText.slice(0, 500)")
        raise AssertionError(f"#{prefix}-*: {texts(dash_duo, prefix)} != {expected!r}; page: {page!r}; "
                             f"console: {console_errors(dash_duo)}") from error


def shown(dash_duo, prefix: str = "shown") -> dict:
    """The data both columns show, parsed; they must be the same text."""
    client, server = texts(dash_duo, prefix).values()
    assert client == server, (client, server)
    return json.loads(client)


def fetch_and_expect(dash_duo, url: str, error: str, status: str, data: dict | None = None) -> None:
    dash_duo.driver.execute_script(SET_VALUE, "url", url)
    wait_both(dash_duo, "status", status)
    wait_both(dash_duo, "error", error)
    if data is not None:
        until(lambda: shown(dash_duo) == data, timeout=10)


def test_every_route_gives_the_same_outputs_in_client_and_server_mode(dash_duo):
    dash_duo.start_server(create_app())
    wait_both(dash_duo, "status", "idle")  # the initial call has no URL: nothing fetched
    fast_a = {"q": "a", "items": ["a-0", "a-1", "a-2"]}
    fetch_and_expect(dash_duo, "/api/fast?q=a", "", "ok", fast_a)
    # Failures: the data stays, the error says why, the status says error.
    fetch_and_expect(dash_duo, "/api/fail", "HTTP 500", "error", fast_a)
    fetch_and_expect(dash_duo, "/api/invalid", "invalid JSON", "error", fast_a)
    fetch_and_expect(dash_duo, "/api/big", f"response over {MAX_BYTES} bytes", "error", fast_a)
    fetch_and_expect(dash_duo, "http://example.com/x", "URL not allowed", "error", fast_a)
    fetch_and_expect(dash_duo, "file:///etc/passwd", "URL not allowed", "error", fast_a)
    dash_duo.driver.execute_script(SET_VALUE, "url", "/api/slow?ms=1200")
    wait_both(dash_duo, "status", "loading")
    wait_both(dash_duo, "error", f"timed out after {TIMEOUT_MS} ms", timeout=5)
    wait_both(dash_duo, "status", "error")
    fetch_and_expect(dash_duo, "/api/fast?q=b", "", "ok", {"q": "b", "items": ["b-0", "b-1", "b-2"]})
    fetch_and_expect(dash_duo, "", "", "idle", {"q": "b", "items": ["b-0", "b-1", "b-2"]})

    # text, through a template, its error and status set_props targets.
    dash_duo.driver.execute_script(SET_VALUE, "word", "h\u00e9 & you")
    wait_both(dash_duo, "text-status", "ok")
    client, server = texts(dash_duo, "text").values()
    assert client == server and json.loads(client)["query"] == "w=h%C3%A9%20%26%20you"
    assert texts(dash_duo, "text-error") == {"client": "", "server": ""}
    # The server half's timed-out request ends in its own thread; let it finish before the test
    # server stops (dash_duo kills the threads it finds).
    until(lambda: not any(t.name == "dashclient-fetch" for t in threading.enumerate()), timeout=5)
    # Chromium logs the 500 the client column asked for as a network entry; nothing else may appear.
    errors = console_errors(dash_duo)
    assert [e for e in errors if not (e["source"] == "network" and "/api/fail " in e["message"])] == []
    assert len(errors) == 1


WATCH = """
// Every state the burst's three elements pass through, per mode: "shown|error|status".
window.__seen = {client: [], server: []};
for (const mode of ["client", "server"]) {
  const ids = ["burst-shown-", "burst-error-", "burst-status-"].map((p) => p + mode);
  const note = () => window.__seen[mode].push(ids.map((id) => document.getElementById(id).textContent).join("|"));
  for (const id of ids) {
    new MutationObserver(note)
      .observe(document.getElementById(id), {childList: true, characterData: true, subtree: true});
  }
}
window.__pending = 0;
const original = window.fetch;
window.fetch = function (...args) {
  window.__pending++;
  const done = () => { window.__pending--; };
  const promise = original.apply(this, args);
  promise.then(done, done);
  return promise;
};
"""

BURST = """
const done = arguments[arguments.length - 1];
(async () => {
  for (let n = 1; n <= 10; n++) {
    // The first three answer last (the newest first), n=1 with a 500; a browser keeps 6 connections
    // per host, so the others answer at once rather than queue behind them.
    const slow = n <= 3 ? `&delay=${2300 - 300 * n}` : "";
    window.dash_clientside.set_props("burst", {value: `/api/burst?n=${n}${slow}${n === 1 ? "&fail=1" : ""}`});
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  done();
})();
"""

SETTLED = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => done(window.__pending)));
"""


def test_a_burst_of_ten_ends_on_the_tenth_in_both_modes_under_four_gunicorn_workers(dash_duo, tmp_path):
    log = tmp_path / "burst.log"
    with gunicorn("fetch_app:server", APPS, env={BURST_LOG: str(log)}) as url:
        dash_duo.driver.get(url)
        wait_both(dash_duo, "status", "idle", timeout=30)  # four workers' first page load
        dash_duo.driver.execute_script(WATCH)
        dash_duo.driver.execute_async_script(BURST)
        wait_both(dash_duo, "burst-shown", '{"n":10}', timeout=15)
        wait_both(dash_duo, "burst-status", "ok")
        wait_both(dash_duo, "burst-error", "")
        # Wait for every answer: the server half's ten (the slowest, n=1, comes last), then for the
        # page to have nothing in flight.
        answered = lambda: " 1 server " in " " + log.read_text().replace("\n", " ")  # noqa: E731
        until(lambda: log.exists() and answered(), timeout=15)
        until(lambda: dash_duo.driver.execute_async_script(SETTLED) == 0, timeout=15)
        seen = dash_duo.driver.execute_script("return window.__seen")
        final = '{"n":10}||ok'
        for mode in MODES:
            after = seen[mode][seen[mode].index(final):]
            assert set(after) == {final}, (mode, seen[mode])  # nothing older came after the newest
        lines = log.read_text().split()
        server = [int(n) for n, who in zip(lines[::3], lines[1::3]) if who == "server"]  # "<n> <who> <time>"
        assert sorted(server) == list(range(1, 11))
        assert server.index(10) < server.index(1)  # the newest answered first: the race really happened
        assert texts(dash_duo, "burst-shown") == {"client": '{"n":10}', "server": '{"n":10}'}
        assert texts(dash_duo, "burst-error") == {"client": "", "server": ""}
        assert texts(dash_duo, "burst-status") == {"client": "ok", "server": "ok"}
        assert console_errors(dash_duo) == []
