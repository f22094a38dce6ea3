"""The advanced-callbacks cookbook (examples/cookbook_*.py) in a real browser: each app renders, its
client and server columns show the same text (``textContent``) before and after one interaction,
and the console stays clean. One parametrized test, one small scenario per app."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from dash.testing.wait import until

from conftest import console_errors, text_content

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MODES = ("client", "server")


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dom_id(element_id) -> str:
    return element_id if isinstance(element_id, str) else json.dumps(element_id, sort_keys=True, separators=(",", ":"))


def click(dash_duo, element_id) -> None:
    dash_duo.driver.execute_script("document.getElementById(arguments[0]).click();", dom_id(element_id))


def set_props(dash_duo, element_id, props: dict) -> None:
    """What a user's input does to a component: Dash updates the prop and fires its callbacks."""
    dash_duo.driver.execute_script("window.dash_clientside.set_props(arguments[0], arguments[1]);", element_id, props)


def prop(dash_duo, element_id, name):
    return dash_duo.driver.execute_script(
        "const n = window.dash_component_api.getLayout(arguments[0]); return n && n.props ? n.props[arguments[1]] : null;",
        element_id, name)


def agree(dash_duo, stem, expected=None, index=None) -> str:
    """Wait until ``<stem>-client`` and ``<stem>-server`` (or ``{"type": "<stem>-<mode>", "index": index}``)
    show the same non-empty text (``expected`` when given); return it."""
    ids = [f"{stem}-{m}" if index is None else dom_id({"type": f"{stem}-{m}", "index": index}) for m in MODES]

    def same():
        texts = [dash_duo.driver.execute_script(
            "const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", i) for i in ids]
        return texts[0] if texts[0] and texts[0] == texts[1] and (expected is None or texts[0] == expected) else None

    until(same, timeout=10, msg=lambda: f"{ids}: {[text_content(dash_duo, i) for i in ids]}, expected {expected!r}")
    return same()


# -- one scenario per app ----------------------------------------------------------------------


def standard(dash_duo, module):
    agree(dash_duo, "basic", module.describe()("hello", "world"))
    agree(dash_duo, "caption", "bar chart of 3 rows")
    set_props(dash_duo, "basic-state", {"value": "there"})           # State: nothing fires
    set_props(dash_duo, "basic-input", {"value": "hi"})
    agree(dash_duo, "basic", module.describe()("hi", "there"))
    set_props(dash_duo, "upload", {"value": "Q,3\nR,x\nS,2\nT,9"})   # the chain: store, then figure
    agree(dash_duo, "caption", module.chart()(module.parse_rows()("Q,3\nR,x\nS,2\nT,9"), "bar")[1])
    set_props(dash_duo, "category", {"value": "Toys"})
    agree(dash_duo, "title", "Toys in 2023")
    assert prop(dash_duo, "graph-client", "figure") == prop(dash_duo, "graph-server", "figure")


SCENARIOS = {
    "cookbook_standard": standard,
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_cookbook_app_shows_the_same_text_in_both_columns(dash_duo, name):
    module = load(name)
    dash_duo.start_server(module.app)
    SCENARIOS[name](dash_duo, module)
    assert console_errors(dash_duo) == []
