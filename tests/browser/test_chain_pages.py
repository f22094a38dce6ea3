"""A chain whose trigger appears with a page: Dash calls a callback whose Input is inserted into the
layout after its Outputs (the chain's stores live in the app's shell), prevent_initial_call or not,
with the Input unset. That is not the trigger firing: nothing runs and the running props stay off
until a real click, in both modes."""

import sys
from pathlib import Path

import pytest
from dash import Dash, Input, Output, html

import dashclient as dc
from conftest import console_errors, text_content, wait_for_text_content  # noqa: E402
sys.path.insert(0, str(Path(__file__).parent))
from test_chain import ASSETS, label  # noqa: E402  (its action, paired with tests/browser/assets)

MODES = ["client", "server"]

RECORD = """
window.__seen = []; window.__disabled = [];
new MutationObserver((changes) => {
  for (const change of changes) {
    const target = change.target.nodeType === 3 ? change.target.parentNode : change.target;
    if (target && (target.id === "out1" || target.id === "out2")) window.__seen.push(target.id + " " + target.textContent);
    if (change.type === "attributes" && target.id === "open") window.__disabled.push(target.disabled);
  }
}).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["disabled"]});
"""


def page_app(mode: str) -> Dash:
    app = Dash(__name__, assets_folder=ASSETS, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("open the page", id="open"), html.Div(id="page"),
                           html.Div(id="out1"), html.Div(id="out2"), html.Div(id="error")])

    @app.callback(Output("page", "children"), Input("open", "n_clicks"), prevent_initial_call=True)
    def show(_clicks):
        return html.Div([html.Button("go", id="go"), html.Div("page shown", id="shown")])

    dc.chain(dc.step(label(prefix="1:"), outputs="out1.children", inputs=["go.n_clicks"]),
             dc.step(label(prefix="2:"), outputs="out2.children", inputs=["go.n_clicks"]),
             trigger="go.n_clicks", running=[("open.disabled", True, False)], error="error.children",
             mode=mode, app=app)
    return app


@pytest.mark.parametrize("mode", MODES)
def test_a_chain_runs_on_a_click_of_a_trigger_that_came_with_a_page_not_when_it_appears(dash_duo, mode):
    dash_duo.start_server(page_app(mode))
    dash_duo.driver.execute_script(RECORD)
    dash_duo.find_element("#open").click()
    wait_for_text_content(dash_duo, "shown", "page shown")
    # Dash's call for the inserted Input is sent before the click's: every text and running state
    # the page went through is recorded, and the first must be the click's.
    dash_duo.find_element("#go").click()
    wait_for_text_content(dash_duo, "out2", "2:1")
    assert dash_duo.driver.execute_script("return window.__seen") == ["out1 1:1", "out2 2:1"]
    assert dash_duo.driver.execute_script("return window.__disabled") in ([], [True, False])
    assert text_content(dash_duo, "error") == ""
    assert dash_duo.driver.execute_script("return document.getElementById('open').disabled") is False
    assert console_errors(dash_duo) == []
