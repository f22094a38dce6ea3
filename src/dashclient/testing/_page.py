"""Reading a Dash page exactly: text as the DOM holds it, component props as the renderer holds
them, console errors, and waiting for any of these without sleeping a fixed time.

Every helper takes ``dash_duo`` (or any object with a ``.driver``) or a selenium WebDriver.
"""

from __future__ import annotations

import json
import time
from typing import Any, Callable, Mapping

#: How often the wait helpers look again, in seconds.
POLL = 0.05

MISSING = type("Missing", (), {"__repr__": lambda self: "<no such component>", "__bool__": lambda self: False})()
"""What :func:`prop` returns for a component the layout does not hold (distinct from ``None``)."""

_TEXT = "const el = document.getElementById(arguments[0]); return el ? el.textContent : null;"
_PROPS = """
const api = window.dash_component_api;
let layout = null;
try { layout = api && api.getLayout ? api.getLayout(arguments[0]) : null; } catch (_) { /* unknown id: it throws */ }
return layout ? JSON.stringify({props: layout.props || {}}) : null;
"""
# The renderer's queues (dash.testing's own check reads the same store): empty once every
# triggered callback, client or server, has finished.
_SETTLED = """
const store = window.store;
if (!store || !window.dash_component_api) return false;
const callbacks = Object.assign({}, store.getState().callbacks);
delete callbacks.stored; delete callbacks.completed;
return Object.values(callbacks).every((queue) => !queue || queue.length === 0);
"""
_SET_PROPS = "window.dash_clientside.set_props(arguments[0], arguments[1]);"


def driver_of(page: Any) -> Any:
    """The selenium WebDriver behind ``dash_duo`` (or the driver itself)."""
    return getattr(page, "driver", page)


def wait_until(condition: Callable[[], Any], timeout: float, describe: Callable[[], str]) -> Any:
    """Call ``condition`` until it returns something truthy; AssertionError saying ``describe()``
    after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise AssertionError(describe())
        time.sleep(POLL)


def text_content(page: Any, element_id: str) -> str | None:
    """Exact ``textContent`` of the element with this DOM id, or None when there is none.

    WebDriver's ``.text`` folds U+00A0 into a space and drops U+200F; formatted numbers need
    the characters the browser really holds.
    """
    return driver_of(page).execute_script(_TEXT, element_id)


def wait_for_text_content(page: Any, element_id: str, expected: str, timeout: float = 10) -> None:
    """Wait until the element's exact ``textContent`` equals ``expected``; AssertionError showing
    the last text seen otherwise."""
    seen: list[str | None] = [None]

    def matches() -> bool:
        seen[0] = text_content(page, element_id)
        return seen[0] == expected

    wait_until(matches, timeout, lambda: f"#{element_id} text {seen[0]!r} != expected {expected!r}")


def console_errors(page: Any) -> list[dict]:
    """SEVERE browser console entries not read before (reading empties the browser's buffer)."""
    if hasattr(page, "get_logs"):  # dash_duo: only entries after its reset_log_timestamp()
        return list(page.get_logs() or [])
    return [entry for entry in driver_of(page).get_log("browser") if entry.get("level") == "SEVERE"]


def assert_no_console_errors(page: Any) -> None:
    """Fail, listing their messages, when the browser logged errors since the last read."""
    errors = console_errors(page)
    if errors:
        lines = "\n".join(f"  {entry.get('message', entry)}" for entry in errors)
        raise AssertionError(f"{len(errors)} browser console error(s):\n{lines}")


def props(page: Any, component_id: str | Mapping[str, Any]) -> dict | None:
    """Every prop of a component as the renderer holds it
    (``window.dash_component_api.getLayout(id).props``), or None when the layout has no such id.
    Dict ids match exactly (no wildcards)."""
    text = driver_of(page).execute_script(_PROPS, component_id)
    return None if text is None else json.loads(text)["props"]


def prop(page: Any, component_id: str | Mapping[str, Any], name: str) -> Any:
    """One prop (None when unset), or :data:`MISSING` when the layout has no such component."""
    held = props(page, component_id)
    return MISSING if held is None else held.get(name)


def set_props(page: Any, component_id: str | Mapping[str, Any], values: Mapping[str, Any]) -> None:
    """``dash_clientside.set_props`` from the test: as if a user changed the props (callbacks fire)."""
    driver_of(page).execute_script(_SET_PROPS, component_id, dict(values))


def settled(page: Any) -> bool:
    """Whether the renderer has loaded and has no callback requested, waiting or running."""
    return bool(driver_of(page).execute_script(_SETTLED))


def wait_until_settled(page: Any, timeout: float = 10) -> None:
    """Wait until every triggered callback (clientside or server) has finished."""
    wait_until(lambda: settled(page), timeout, lambda: f"callbacks still running after {timeout} s")
