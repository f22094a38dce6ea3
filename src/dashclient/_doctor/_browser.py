"""``ClientsideFunction`` names checked where they resolve: in headless Chromium, on the app's own
page, with every script the app serves (assets/, hooks, the pack's bundle, inline functions).

The app is served on a free local port for the time of the check, with callback requests
answered "204 No Content" so no server callback runs. The pack's namespaces are Proxies that
resolve bound names (``currency:{"currency":"EUR"}``) on lookup, so a lookup is the real test;
a user's function behind ``dc.action`` (``call:{"$function": "ns.fn", ...}``) and a chain step's
function (``step:{"$run": [ns, name], ...}``) are looked up as well.
"""

from __future__ import annotations

import json
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

from .._spec import bind_separator

INLINE_NAMESPACE = "_dashprivate_clientside_funcs"  # where Dash puts inline (string) clientside functions
LOAD_TIMEOUT = 20

_LOOKUP = """
const root = window.dash_clientside || {};
return arguments[0].map(([namespace, name]) => {
  const table = root[namespace];
  if (table === undefined || table === null) return {missing: "namespace", namespaces: Object.keys(root).sort()};
  try {
    if (typeof table[name] === "function") return null;
  } catch (error) {
    return {missing: "throws", message: String(error && error.message)};
  }
  return {missing: "function", functions: Object.keys(table).filter((k) => typeof table[k] === "function").sort()};
});
"""
_LOADED = "return document.readyState === 'complete' && !!window.store && !!window.dash_clientside;"


def referenced(namespace: str, name: str) -> list[tuple[str, str]]:
    """The function a name stands for, and the functions its bound options name."""
    refs = [(namespace, name)]
    _, separator, rest = name.partition(bind_separator())
    if not separator or not rest.startswith("{"):
        return refs
    try:
        bound = json.loads(rest)
    except ValueError:
        return refs
    function = bound.get("$function") if isinstance(bound, dict) else None
    if isinstance(function, str) and "." in function:
        refs.append(tuple(function.split(".", 1)))  # type: ignore[arg-type]
    run = bound.get("$run") if isinstance(bound, dict) else None
    if isinstance(run, list) and len(run) == 2 and all(isinstance(p, str) for p in run):
        refs.extend(referenced(run[0], run[1]))
    return refs


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app on a free local port (callback requests answered 204), yielding its URL."""
    from werkzeug.serving import WSGIRequestHandler, make_server  # pylint: disable=import-outside-toplevel

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args: Any, **kwargs: Any) -> None:  # one line per script: noise
            pass

    flask_app = app.server

    def guarded(environ: dict, start_response: Any) -> Any:
        if environ.get("PATH_INFO", "").endswith("/_dash-update-component"):
            start_response("204 No Content", [])
            return [b""]
        return flask_app(environ, start_response)

    server = make_server("127.0.0.1", 0, guarded, threaded=True, request_handler=Quiet)
    thread = threading.Thread(target=server.serve_forever, name="dashclient-doctor", daemon=True)
    thread.start()
    try:
        prefix = app.config.routes_pathname_prefix or "/"
        yield f"http://127.0.0.1:{server.server_port}{prefix}"
    finally:
        server.shutdown()
        thread.join(5)


def look_up(driver: Any, url: str, refs: list[tuple[str, str]]) -> list[dict | None]:
    """Load the page and look every name up; None where a function is found."""
    driver.get(url)
    deadline = time.monotonic() + LOAD_TIMEOUT
    while not driver.execute_script(_LOADED):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the app's page did not load within {LOAD_TIMEOUT} s")
        time.sleep(0.05)
    return driver.execute_script(_LOOKUP, [list(r) for r in refs])


def explain(namespace: str, name: str, answer: dict) -> str:
    """Why a name does not resolve, in words."""
    if namespace == INLINE_NAMESPACE:
        return "its inline JavaScript did not define a function (a syntax error? blocked by a CSP?)"
    if answer["missing"] == "namespace":
        known = ", ".join(n for n in answer.get("namespaces", []) if not n.startswith("_")) or "none"
        return (f"no served script defines the namespace {namespace!r} (namespaces: {known}); is its file in the "
                "app's assets/ folder?")
    if answer["missing"] == "throws":
        return f"looking it up throws: {answer.get('message')}"
    known = ", ".join(answer.get("functions", [])[:12]) or "none"
    return f"window.dash_clientside.{namespace} has no function {name!r} (it has: {known})"
