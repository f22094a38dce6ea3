"""examples/interactive (the seed's /examples/interactive endpoint) in a real browser: every page,
served under its URL prefix, gets one interaction in its client column and its server column;
the outputs must change, read the same (exact textContent) in both modes, and the browser must
log no error. One parametrized test per page, plus the overview and its navigation: one server
and one browser for the module (each test loads its page anew), so the 13 tests take seconds."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from dash.testing.application_runners import ThreadedRunner
from dash.testing.composite import DashComposite
from dash.testing.wait import until

from conftest import console_errors, text_content
from dashclient.testing import prop, wait_until_settled

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "examples"))
from interactive.app import PREFIX, create_app  # noqa: E402
from interactive.pages import MODES, PAGES, slug  # noqa: E402
from interactive.pages import multiple_inputs, pattern_match, single, validation  # noqa: E402


def dom_id(element_id) -> str:
    """The DOM id Dash gives a component: a dict id as sorted-key JSON."""
    return element_id if isinstance(element_id, str) else json.dumps(element_id, sort_keys=True, separators=(",", ":"))


def click(dash_duo, element_id) -> None:
    dash_duo.driver.execute_script("document.getElementById(arguments[0]).click();", dom_id(element_id))


def type_into(dash_duo, element_id, text: str, clear: bool = True) -> None:
    box = dash_duo.find_element(f"[id='{dom_id(element_id)}']")
    if clear:
        dash_duo.clear_input(box)
    box.send_keys(text)
    if clear:  # the renderer holds what was typed before anything reads it as a State
        until(lambda: str(prop(dash_duo, element_id, "value")) == text, timeout=5,
              msg=f"{element_id} never held {text!r}")


pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def duo(request, tmp_path_factory):
    """dash[testing]'s dash_duo, for the whole module: the app served once, one Chromium."""
    config = request.config
    with ThreadedRunner() as server, DashComposite(
        server=server, browser=config.getoption("webdriver"), headless=config.getoption("headless"),
        options=config.hook.pytest_setup_options(), download_path=str(tmp_path_factory.mktemp("download")),
    ) as composite:
        composite.start_server(create_app(), navigate=False)
        yield composite


def open_page(duo, path: str) -> None:
    duo.server_url = duo.server.url.rstrip("/") + PREFIX + path   # loads it and waits for the renderer
    console_errors(duo)  # an earlier page's entries are not this one's


# -- what each page does in one column, and which outputs must then agree -------------------------
# interact(dash_duo, mode, key): key(name) is the element id "<page>-<mode>-<name>".
# outputs: the names compared across modes; changed: those that must differ from before;
# twin: the text the Python twin gives for what was typed (checked too, where the page has one).

def row(mode: str, index: int, kind: str = "output") -> dict:
    return {"type": f"pattern_match-{mode}-{kind}", "index": index}


SCENARIOS = {
    "single": dict(interact=lambda d, m, k: type_into(d, k("input"), "Dash rocks"),
                   outputs=["output"], twin={"output": lambda: single.you_entered()("Dash rocks")}),
    "multiple_inputs": dict(interact=lambda d, m, k: type_into(d, k("a"), "40.5"),
                            outputs=["result"], twin={"result": lambda: multiple_inputs.add()(40.5, 3)}),
    "multiple_outputs": dict(interact=lambda d, m, k: click(d, k("trigger")), outputs=["output1", "output2"]),
    "state": dict(interact=lambda d, m, k: (type_into(d, k("field"), "Ada"), click(d, k("submit"))),
                  outputs=["display"]),
    "pattern_all": dict(interact=lambda d, m, k: click(d, k("add")), outputs=["summary"]),
    "pattern_match": dict(interact=lambda d, m, k: type_into(d, row(m, 1, "input"), "42"),
                          outputs=[lambda m: row(m, 0), lambda m: row(m, 1), lambda m: row(m, 2)],
                          changed=[lambda m: row(m, 1)], twin={1: lambda: pattern_match.row_value(42)}),
    "prevent_initial": dict(interact=lambda d, m, k: click(d, k("button")), outputs=["output"]),
    "circular": dict(interact=lambda d, m, k: type_into(d, k("fahrenheit"), "212"), outputs=["summary"],
                     inputs=["celsius", "fahrenheit"]),
    "trigger": dict(interact=lambda d, m, k: click(d, k("btn2")), outputs=["output"]),
    "loading": dict(interact=lambda d, m, k: click(d, k("button")), outputs=["result"]),
    "partial": dict(interact=lambda d, m, k: click(d, k("receive")), outputs=["table"]),
    "validation": dict(interact=lambda d, m, k: type_into(d, k("amount"), "1234.5"), outputs=["price"],
                       twin={"price": lambda: validation.price("1234.5")}),
}


def test_every_page_has_a_scenario():
    assert sorted(SCENARIOS) == sorted(slug(page) for page in PAGES)


def resolve(mode: str, page: str, name) -> str:
    return dom_id(name(mode)) if callable(name) else f"{page}-{mode}-{name}"


@pytest.mark.parametrize("page", [slug(p) for p in PAGES])
def test_a_page_gives_the_same_text_in_client_and_server_mode(duo, page):
    scenario = SCENARIOS[page]
    open_page(duo, page)
    outputs = scenario["outputs"]
    changed = scenario.get("changed", outputs)
    duo.wait_for_element(f"#{page}-server")
    wait_until_settled(duo)
    before = {(m, resolve(m, page, n)): text_content(duo, resolve(m, page, n)) for m in MODES for n in outputs}
    assert before[("client", resolve("client", page, outputs[0]))] == before[("server", resolve("server", page, outputs[0]))]

    if page == "prevent_initial":  # settled, and the layout's text is still there: no initial call ran
        assert all(text == "Not clicked yet (no initial call)" for text in before.values())

    for mode in MODES:
        scenario["interact"](duo, mode, lambda name, mode=mode: f"{page}-{mode}-{name}")
    if page == "loading":  # the running= props are on while the task waits, in both modes
        for mode in MODES:
            until(lambda mode=mode: prop(duo, f"loading-{mode}-button", "loading") is True, timeout=5)

    for mode in MODES:
        for name in changed:
            element = resolve(mode, page, name)
            until(lambda element=element: text_content(duo, element) != before[(mode, element)], timeout=10,
                  msg=f"{element} still shows {before[(mode, element)]!r}")
    wait_until_settled(duo)
    for name in outputs:
        client, server = (text_content(duo, resolve(m, page, name)) for m in MODES)
        assert client == server, f"{name}: client {client!r} != server {server!r}"
        assert client, f"{name} is empty"
    for name, twin in scenario.get("twin", {}).items():
        element = resolve("client", page, (lambda m, i=name: row(m, i)) if isinstance(name, int) else name)
        assert text_content(duo, element) == twin()
    for name in scenario.get("inputs", []):
        client, server = (prop(duo, f"{page}-{m}-{name}", "value") for m in MODES)
        assert client == server, f"{name}: client {client!r} != server {server!r}"
    if page == "loading":
        assert [prop(duo, f"loading-{m}-button", "loading") for m in MODES] == [False, False]
    assert console_errors(duo) == []


def test_the_overview_lists_every_page_and_the_navbar_opens_one(duo):
    open_page(duo, "")
    until(lambda: all(page.TITLE in (text_content(duo, "home-table") or "") for page in PAGES), timeout=10)
    duo.find_element("#nav-trigger").click()
    duo.wait_for_element("#trigger-client-btn1")
    assert duo.driver.current_url.endswith(PREFIX + "trigger")
    assert console_errors(duo) == []
