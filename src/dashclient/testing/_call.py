"""Call a function of ``window.dash_clientside`` from Python, in the page a test drives.

Values go in as JSON and come back as JSON; a returned Promise is awaited; a thrown error becomes
:class:`ClientsideError` with the JS name and message; Dash's sentinels map to their Python
counterparts (``dash_clientside.no_update`` to ``dash.no_update``, a thrown
``dash_clientside.PreventUpdate`` to ``dash.exceptions.PreventUpdate``).
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from dash import ClientsideFunction, no_update
from dash.exceptions import PreventUpdate

from ._page import driver_of

#: Stands for dash_clientside.no_update inside a result on its way to Python.
NO_UPDATE_MARK = "__dashclient_testing_no_update__"

# execute_async_script: the last argument is the callback that ends the call.
_CALL = """
const [namespace, name, argsJson, contextJson, ms, mark] = arguments;
const done = arguments[arguments.length - 1];
const root = window.dash_clientside || {};
const table = root[namespace];
let fn;
try { fn = table == null ? undefined : table[name]; } catch (e) { fn = e; }
if (typeof fn !== "function") {
  done({missing: true, thrown: fn instanceof Error ? String(fn.message) : null,
        namespaces: Object.keys(root).sort(),
        functions: table && typeof table === "object" ? Object.keys(table).filter((k) => typeof table[k] === "function").sort() : null});
  return;
}
let finished = false;
const finish = (payload) => { if (!finished) { finished = true; clearTimeout(timer); done(payload); } };
const timer = setTimeout(() => finish({timeout: true}), ms);
const failure = (error) => {
  if (root.PreventUpdate !== undefined && error === root.PreventUpdate) return {prevent_update: true};
  if (error instanceof Error) return {error: {name: error.name, message: error.message, stack: String(error.stack || "")}};
  let message;
  try { message = typeof error === "string" ? error : JSON.stringify(error); } catch (_) { message = String(error); }
  return {error: {name: typeof error, message: String(message), stack: ""}};
};
const success = (value) => {
  if (value === undefined) return {undefined: true};
  try {
    return {json: JSON.stringify(value, (key, v) => (root.no_update !== undefined && v === root.no_update ? {[mark]: true} : v))};
  } catch (error) {
    return {error: {name: "TypeError", message: `the result cannot be sent to Python as JSON: ${error.message}`, stack: ""}};
  }
};
const context = JSON.parse(contextJson);
let result;
try {
  if (context !== null) root.callback_context = context;
  result = fn.apply(table, JSON.parse(argsJson));
} catch (error) {
  finish(failure(error));
  return;
} finally {
  // Dash deletes the context as soon as the function returns, before a Promise settles.
  if (context !== null) delete root.callback_context;
}
Promise.resolve(result).then((value) => finish(success(value)), (error) => finish(failure(error)));
"""


class ClientsideError(Exception):
    """A clientside function threw (or its Promise rejected).

    Attributes
    ----------
    function
        ``"namespace.name"`` as called.
    js_name
        The JS error's ``name`` (``"Error"``, ``"TypeError"``...; ``"string"`` for ``throw "text"``).
    js_message
        The JS error's ``message``.
    js_stack
        The JS stack trace, when the browser gave one.
    """

    def __init__(self, function: str, js_name: str, js_message: str, js_stack: str = ""):
        super().__init__(f"{function} threw {js_name}: {js_message}")
        self.function, self.js_name, self.js_message, self.js_stack = function, js_name, js_message, js_stack


class ClientsideFunctionNotFound(LookupError):
    """No function by that name in ``window.dash_clientside`` (is its file in the app's assets/?)."""


def _target(function: Any) -> tuple[str, str]:
    if isinstance(function, ClientsideFunction):
        return function.namespace, function.function_name
    bound = getattr(function, "clientside_function", None)  # a dashclient action
    if isinstance(bound, ClientsideFunction):
        return bound.namespace, bound.function_name
    if isinstance(function, str) and "." in function.strip(".") and " " not in function:
        namespace, name = function.split(".", 1)  # namespaces hold no dot; bound names may
        return namespace, name
    raise TypeError(f"expected 'namespace.function', a ClientsideFunction or an action, got {function!r}")


def _decode(text: str) -> Any:
    def hook(obj: dict) -> Any:
        return no_update if obj == {NO_UPDATE_MARK: True} else obj

    return json.loads(text, object_hook=hook)


def call(page: Any, function: Any, *args: Any, context: Mapping[str, Any] | None = None, timeout: float = 10) -> Any:
    """Call a function of ``window.dash_clientside`` in the page with plain values; return its result.

    Parameters
    ----------
    page
        ``dash_duo`` (after ``start_server``) or a selenium WebDriver on a Dash page.
    function
        ``"namespace.name"`` (the pack's, e.g. ``"dashclient_format.currency"``, or your own from
        assets/), a ``dash.ClientsideFunction``, or a dashclient action (its bound function).
    *args
        JSON values (None, bool, numbers, str, lists, dicts), passed as the function's arguments.
    context
        If given, set as ``dash_clientside.callback_context`` for the call (removed when the
        function returns, as Dash does).
    timeout
        Seconds to wait for a returned Promise.

    Returns
    -------
    The result as JSON brings it back (``undefined`` and ``null`` are None, ``3.0`` is ``3``);
    ``dash.no_update`` wherever the function returned ``dash_clientside.no_update``.

    Raises
    ------
    ClientsideError
        The function threw or its Promise rejected; the message is the JS one.
    dash.exceptions.PreventUpdate
        It threw ``dash_clientside.PreventUpdate``.
    ClientsideFunctionNotFound
        No such function (the message lists what the namespace has).
    TimeoutError
        A returned Promise did not settle within ``timeout``.
    """
    namespace, name = _target(function)
    label = f"{namespace}.{name}"
    try:
        payload = json.dumps(list(args), allow_nan=False)
        context_json = json.dumps(None if context is None else dict(context), allow_nan=False)
    except (TypeError, ValueError) as error:
        raise TypeError(f"call {label}: arguments must be plain JSON values ({error})") from None
    driver = driver_of(page)
    if getattr(driver, "_dashclient_script_timeout", None) != timeout:  # one WebDriver round trip saved per call
        driver.set_script_timeout(timeout + 5)  # the page's own timer answers first
        driver._dashclient_script_timeout = timeout  # pylint: disable=protected-access
    answer = driver.execute_async_script(_CALL, namespace, name, payload, context_json, int(timeout * 1000),
                                         NO_UPDATE_MARK)
    if answer.get("missing"):
        raise ClientsideFunctionNotFound(_missing_message(label, namespace, answer))
    if answer.get("timeout"):
        raise TimeoutError(f"{label} returned a Promise that did not settle within {timeout} s")
    if answer.get("prevent_update"):
        raise PreventUpdate(f"{label} threw dash_clientside.PreventUpdate")
    if "error" in answer:
        thrown = answer["error"]
        raise ClientsideError(label, thrown["name"], thrown["message"], thrown.get("stack", ""))
    return None if answer.get("undefined") else _decode(answer["json"])


def _missing_message(label: str, namespace: str, answer: Mapping[str, Any]) -> str:
    if answer.get("thrown"):
        return f"window.dash_clientside.{label}: looking it up threw {answer['thrown']}"
    functions = answer.get("functions")
    if functions is None:
        known = ", ".join(answer.get("namespaces") or []) or "none"
        return (f"window.dash_clientside has no namespace {namespace!r} (namespaces: {known}); "
                "is the script that defines it in the app's assets/ folder?")
    name = label.split(".", 1)[1]
    return f"window.dash_clientside.{namespace} has no function {name!r} (it has: {', '.join(functions) or 'none'})"
