"""The advanced-callbacks cookbook (examples/cookbook_*.py) in a real browser: each app renders, its
client and server columns show the same text (``textContent``) before and after one interaction,
and the console stays clean. One parametrized test, one small scenario per app."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from dash.testing import errors
from dash.testing.wait import until

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import dashclient as dc
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


WATCH = """
const targets = arguments[0];
window.__seen = window.__seen || {};
const record = () => {
  for (const [id, name] of targets) {
    const node = window.dash_component_api.getLayout(id);
    const value = JSON.stringify(node && node.props && node.props[name] !== undefined ? node.props[name] : null);
    const seen = (window.__seen[id + "." + name] = window.__seen[id + "." + name] || []);
    if (seen[seen.length - 1] !== value) seen.push(value);
  }
};
record();
window.store.subscribe(record);
"""


def watch(dash_duo, *targets) -> None:
    """Record every change of the (id, prop) targets from now on, however brief (a running state)."""
    dash_duo.driver.execute_script(WATCH, [list(target) for target in targets])


def seen(dash_duo, element_id, name) -> list:
    return [json.loads(v) for v in dash_duo.driver.execute_script(
        "return (window.__seen || {})[arguments[0]] || [];", f"{element_id}.{name}")]


def agree(dash_duo, stem, expected=None, index=None) -> str:
    """Wait until ``<stem>-client`` and ``<stem>-server`` (or ``{"type": "<stem>-<mode>", "index": index}``)
    show the same non-empty text (``expected`` when given); return it."""
    ids = [f"{stem}-{m}" if index is None else dom_id({"type": f"{stem}-{m}", "index": index}) for m in MODES]

    def same():
        texts = [dash_duo.driver.execute_script(
            "const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", i) for i in ids]
        return texts[0] if texts[0] and texts[0] == texts[1] and (expected is None or texts[0] == expected) else None

    try:
        until(same, timeout=10)
    except errors.TestingTimeoutError:
        raise AssertionError(f"{ids}: {[text_content(dash_duo, i) for i in ids]}, expected {expected!r}") from None
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


def add(dash_duo, button, stem, index):
    """Click an Add button once and wait for both columns' new component (Dash drops a server
    response a newer click supersedes: one at a time)."""
    click(dash_duo, button)
    for mode in MODES:
        dash_duo.wait_for_element(f"#{css_id({'type': f'{stem}-{mode}', 'index': index})}")


def css_id(element_id) -> str:
    return "".join(c if c.isalnum() or c in "-_" else f"\\{c}" for c in dom_id(element_id))


def both_values(dash_duo, stem, index, value):
    for mode in MODES:
        set_props(dash_duo, {"type": f"{stem}-{mode}", "index": index}, {"value": value})


def pattern_matching(dash_duo, module):
    agree(dash_duo, "cities", module.city_list()([]))
    for index in (1, 2):
        add(dash_duo, "add-all", "city", index)
    both_values(dash_duo, "city", 2, "Delhi")
    agree(dash_duo, "cities", module.city_list()([None, None, "Delhi"]))
    add(dash_duo, "add-match", "dyn-out", 1)
    agree(dash_duo, "dyn-out", "Pick an option", index=1)
    both_values(dash_duo, "dyn-dd", 1, "Option B")
    agree(dash_duo, "dyn-out", module.selected()("Option B", {"index": 1}), index=1)
    for index in (1, 2):
        add(dash_duo, "add-smaller", "filter-out", index)
    both_values(dash_duo, "filter-dd", 1, "a")
    both_values(dash_duo, "filter-dd", 2, "o")
    agree(dash_duo, "filter-out", module.cascade()("o", [None, "a"]), index=2)
    add(dash_duo, "add-types", "chart-graph", 1)
    both_values(dash_duo, "chart-type", 1, "line")
    graphs = [{"type": f"chart-graph-{mode}", "index": 1} for mode in MODES]
    until(lambda: prop(dash_duo, graphs[0], "figure") == prop(dash_duo, graphs[1], "figure") == module.pm_chart()("line", 50),
          timeout=10)


def context(dash_duo, module):
    agree(dash_duo, "which", "No button clicked yet")
    agree(dash_duo, "item", "Click a button")
    agree(dash_duo, "out-2", "Input 2: b")
    initial = agree(dash_duo, "debug")
    assert json.loads(initial)["triggered"] == []
    click(dash_duo, "btn-2")
    agree(dash_duo, "which", "Button 'btn-2' was clicked")
    click(dash_duo, {"type": "item-btn", "index": 1})
    agree(dash_duo, "item", "Button at index 1 (pears) was clicked")
    set_props(dash_duo, "input-2", {"value": "deux"})
    changed = agree(dash_duo, "debug", module.ctx_info()("one", "deux", "three", context={
        "triggered_id": "input-2", "triggered": [{"prop_id": "input-2.value", "value": "deux"}],
        "inputs": {"input-1.value": "one", "input-2.value": "deux"}, "states": {"state-1.value": "three"},
        "outputs_list": None}))
    assert changed != initial
    set_props(dash_duo, "in-2", {"value": "bee"})
    agree(dash_duo, "out-2", "Input 2: bee")
    click(dash_duo, "submit-btn")
    agree(dash_duo, "display", "Submitted: my form")
    click(dash_duo, "reset-btn")
    agree(dash_duo, "display", "Form reset")


def clientside(dash_duo, module):
    agree(dash_duo, "inline", "Clicked 0 times")
    agree(dash_duo, "usd", dc.format.currency(currency="USD")(1234.5))
    assert "Tokyo" in agree(dash_duo, "data-table")
    agree(dash_duo, "trigger", "No button clicked")
    agree(dash_duo, "checked", "Value: 5")
    click(dash_duo, "button")
    agree(dash_duo, "inline", "Clicked 1 times")
    set_props(dash_duo, "api-endpoint", {"value": "europe"})   # (atlantis, a 404, would log a network error)
    assert "Istanbul" in agree(dash_duo, "data-table")
    click(dash_duo, "btn-2")
    agree(dash_duo, "trigger", "Button 2 clicked")
    click(dash_duo, "toggle-legend-btn")
    until(lambda: all(prop(dash_duo, f"graph-{m}", "figure")["layout"]["showlegend"] is False for m in MODES), 10)
    ActionChains(dash_duo.driver).key_down(Keys.CONTROL).send_keys("s").key_up(Keys.CONTROL).perform()
    agree(dash_duo, "save", "Saved!")
    set_props(dash_duo, "value", {"value": -3})                 # no_update: both keep "Value: 5"
    set_props(dash_duo, "value", {"value": 7})
    agree(dash_duo, "checked", "Value: 7")


def prevent_and_no_update(dash_duo, module):
    agree(dash_duo, "output-2", "Length: 4")
    agree(dash_duo, "valid", "Valid: hello")
    set_props(dash_duo, "input", {"value": ""})                  # blocked: both outputs stay
    set_props(dash_duo, "checked-input", {"value": "hi"})        # only the error line changes
    agree(dash_duo, "error", module.selective()("hi")[1])
    agree(dash_duo, "valid", "Valid: hello")
    agree(dash_duo, "output-1", "Value: dash")
    click(dash_duo, "fetch-btn")
    assert "Ada Lovelace" in agree(dash_duo, "data-display")
    set_props(dash_duo, "api-url", {"value": "https://example.com/quote"})  # not this app's origin
    click(dash_duo, "fetch-btn")
    agree(dash_duo, "error-msg")                                 # the same message in both columns
    assert "Ada Lovelace" in agree(dash_duo, "data-display")


def running(dash_duo, module):
    watch(dash_duo, *((f"{b}-{m}", p) for m in MODES for b, p in (("submit-btn", "disabled"), ("process-btn", "children"),
                                                                   ("dmc-btn", "loading"))))
    for button in ("submit-btn", "process-btn", "dmc-btn"):
        for mode in MODES:
            click(dash_duo, f"{button}-{mode}")
    agree(dash_duo, "result", module.complete()(1))
    agree(dash_duo, "output", module.complete(label="Processing complete!")(1))
    agree(dash_duo, "dmc-result", module.complete(label="Done!")(1))
    agree(dash_duo, "process-btn", "Process")                       # off once it ended...
    for mode in MODES:                                              # ...and on while it ran
        until(lambda: seen(dash_duo, f"submit-btn-{mode}", "disabled")[-2:] == [True, False], 10)
        until(lambda: seen(dash_duo, f"process-btn-{mode}", "children") == ["Process", "Processing...", "Process"], 10)
        until(lambda: seen(dash_duo, f"dmc-btn-{mode}", "loading")[-2:] == [True, False], 10)


def allow_duplicate(dash_duo, module):
    agree(dash_duo, "display", module.clicked()(None))
    click(dash_duo, "btn-2")
    agree(dash_duo, "display", module.clicked(label="Button 2")(1))
    for count in ("1", "2"):                                      # one at a time: a server Patch per click
        click(dash_duo, "increment-btn")
        agree(dash_duo, "counter", count)
    click(dash_duo, "reset-btn")
    agree(dash_duo, "counter", "0")
    for mode in MODES:
        set_props(dash_duo, f"validated-input-{mode}", {"value": "ab-c"})
    agree(dash_duo, "validation", module.validate()("ab-c")[1])
    click(dash_duo, "clear-btn")
    until(lambda: [prop(dash_duo, f"validated-input-{m}", "value") for m in MODES] == ["", ""]
          and text_content(dash_duo, "validation-client") == text_content(dash_duo, "validation-server") == "", 10)


def dmc_features(dash_duo, module):
    set_props(dash_duo, "search-input", {"value": "ja"})
    agree(dash_duo, "search-results", module.search()("ja"))
    watch(dash_duo, *((f"table-loader-{m}", "visible") for m in MODES))
    click(dash_duo, "load-btn")
    assert "Python" in agree(dash_duo, "data-table")
    for mode in MODES:                                            # shown while loading, hidden after
        until(lambda: seen(dash_duo, f"table-loader-{mode}", "visible") == [False, True, False], 10)
    set_props(dash_duo, "form-data", {"value": "ada@example.com"})
    for mode in MODES:
        click(dash_duo, f"submit-btn-{mode}")
    agree(dash_duo, "form-status", module.notify()(1, "ada@example.com")[1])
    until(lambda: all(f"Success ({m})" in dash_duo.driver.execute_script("return document.body.textContent")
                      for m in MODES), 10)
    for mode in MODES:
        click(dash_duo, f"open-modal-btn-{mode}")
    for mode in MODES:
        until(lambda: prop(dash_duo, f"confirm-modal-{mode}", "opened") is True, 10)
        dash_duo.wait_for_element(f"#confirm-btn-{mode}")
        click(dash_duo, f"confirm-btn-{mode}")
    agree(dash_duo, "action-result", "Action completed successfully")


SCENARIOS = {
    "cookbook_standard": standard,
    "cookbook_pattern_matching": pattern_matching,
    "cookbook_context": context,
    "cookbook_clientside": clientside,
    "cookbook_no_update": prevent_and_no_update,
    "cookbook_running": running,
    "cookbook_allow_duplicate": allow_duplicate,
    "cookbook_dmc": dmc_features,
}


@pytest.mark.parametrize("name", [pytest.param(n, id=n.removeprefix("cookbook_")) for n in SCENARIOS])
def test_the_cookbook_app_shows_the_same_text_in_both_columns(dash_duo, name):
    module = load(name)
    dash_duo.start_server(module.app)
    SCENARIOS[name](dash_duo, module)
    assert console_errors(dash_duo) == []


# -- the drop-in app (examples/dropin/app.py): no dashclient import, the bundle from its assets/ --------


@pytest.mark.parametrize("served", ["assets-only", "assets-and-pack"])
def test_the_drop_in_app_runs_from_its_assets_copy(dash_duo, monkeypatch, served):
    from dash import hooks

    if served == "assets-only":  # as in Dash.jl or Dash for R: nothing but the copy serves the bundle
        monkeypatch.setattr(hooks, "_js_dist", [r for r in hooks._js_dist if r.get("namespace") != "dashclient"])
    spec = importlib.util.spec_from_file_location("example_dropin", EXAMPLES / "dropin" / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dash_duo.start_server(module.app)

    usd, eur = dc.format.currency(), dc.format.currency(currency="EUR", locale="de-DE")
    compact = dc.format.compact(display="long")
    for amount in (1234.5, 98765):
        set_props(dash_duo, "amount", {"value": amount})
        until(lambda: text_content(dash_duo, "usd") == usd(amount), 10)
        until(lambda: text_content(dash_duo, "eur") == eur(amount), 10)
        until(lambda: text_content(dash_duo, "visitors") == f"{compact(amount)} visitors", 10)
    scripts = dash_duo.driver.execute_script("return [...document.scripts].map(s => s.src)")
    assert any("/assets/dashclient.min.js" in src for src in scripts)
    assert any("/dashclient.v" in src for src in scripts) is (served == "assets-and-pack")
    assert console_errors(dash_duo) == []
