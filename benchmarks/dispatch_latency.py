"""Click-to-DOM latency of a dmc Modal toggled by ``dc.dispatch.by_trigger``, client vs server mode.

The app is the modal of the dispatch example: open, cancel, confirm and a toggle button, one
``by_trigger`` callback writing the Modal's ``opened`` (the toggle route is
``dc.dispatch.Toggle(State("modal", "opened"))``, so each click flips it). Variants, each its own
app, server and page:

- ``client``: ``mode="client"``, the route table runs in the page;
- ``hand-written JS``: the same decision as an inline clientside function (``ctx.triggered_id``
  compared by hand), the floor a route table is measured against;
- ``server``: ``mode="server"``, the Python twin behind ``/_dash-update-component``;
- ``server +50 ms``: the same, with a 50 ms stand-in for a network round trip.

The page times itself, as latency.py does: ``performance.now()`` at the click dispatched from page
JS, and a MutationObserver stops the clock when the Modal's body appears or disappears (the Modal
has no transition, so the DOM follows ``opened`` at once).
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from dataclasses import dataclass

import dash
import dash_mantine_components as dmc
from dash import Input, Output, State, html
from flask import request
from playwright.sync_api import Browser, Page

import dashclient as dc
from dash_server import new_app, serving
from turns import measure_in_turns
from latency import BLOCK, INTERACTION_TIMEOUT_MS, READY_TIMEOUT_MS, SETTLE_MS, UPDATE_PATH, WARMUP_INTERACTIONS
from stats import summarize_ms

STATISTICS = ("p50", "p95", "mean", "min", "max")

TOGGLE_ID = "toggle"
INSIDE_ID = "inside"  # an element in the Modal's body: in the DOM only while the Modal is open
BUTTONS = ("open", "cancel", "confirm", TOGGLE_ID)
MEASURE_ARGS = {"buttonId": TOGGLE_ID, "insideId": INSIDE_ID, "settleMs": SETTLE_MS, "timeoutMs": INTERACTION_TIMEOUT_MS}

# The same decision written by hand, as the seed docs do it (advanced-callbacks.md, "Modals").
HAND_WRITTEN = """
function(open, cancel, confirm, toggle, opened) {
  const id = dash_clientside.callback_context.triggered_id;
  if (id === "open") return true;
  if (id === "cancel" || id === "confirm") return false;
  if (id === "toggle") return !opened;
  return dash_clientside.no_update;
}
"""

# Runs in the page: `count` timed clicks, each resolving when the Modal's body appears or goes.
MEASURE_JS = """
async ({buttonId, insideId, count, settleMs, timeoutMs}) => {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const open = () => document.getElementById(insideId) !== null;
  const once = () => new Promise((resolve, reject) => {
    const before = open();
    let start = 0;
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("the modal did not change")); }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (open() === before) return;
      const elapsed = performance.now() - start;
      observer.disconnect();
      clearTimeout(timer);
      resolve(elapsed);
    });
    observer.observe(document.body, {childList: true, subtree: true});
    start = performance.now();
    document.getElementById(buttonId).click();
  });
  const samples = [];
  for (let i = 0; i < count; i++) {
    samples.push(await once());
    await sleep(settleMs);
  }
  return samples;
}
"""


@dataclass(frozen=True)
class Variant:
    name: str
    mode: str  # "client", "server", or "inline" for the hand-written function
    server_delay_ms: int = 0


VARIANTS = (
    Variant("client", "client"),
    Variant("hand-written JS", "inline"),
    Variant("server", "server"),
    Variant("server +50 ms", "server", server_delay_ms=50),
)

ROUTES = dc.dispatch.by_trigger(routes={
    "open": True, "cancel": False, "confirm": False, TOGGLE_ID: dc.dispatch.Toggle(State("modal", "opened")),
})


def build_app(variant: Variant) -> dash.Dash:
    app = new_app()
    app.layout = dmc.MantineProvider(html.Div([
        html.Button("open", id="open"), html.Button("toggle", id=TOGGLE_ID),
        dmc.Modal(html.Div([html.Span("inside", id=INSIDE_ID), html.Button("cancel", id="cancel"),
                            html.Button("confirm", id="confirm")]),
                  id="modal", opened=False, transitionProps={"duration": 0}, withinPortal=False),
    ]))
    dependencies = [Output("modal", "opened"), *(Input(name, "n_clicks") for name in BUTTONS), State("modal", "opened")]
    if variant.mode == "inline":
        app.clientside_callback(HAND_WRITTEN, *dependencies, prevent_initial_call=True)
    else:
        dc.callback(ROUTES, *dependencies, mode=variant.mode, app=app, prevent_initial_call=True)
    if variant.server_delay_ms:
        delay_s = variant.server_delay_ms / 1000

        @app.server.before_request
        def slow_network() -> None:  # a stand-in for network round-trip time, on callbacks only
            if request.path.endswith(UPDATE_PATH):
                time.sleep(delay_s)

    return app


def click(page: Page, count: int) -> list[float]:
    """``count`` timed clicks, timed in the page (MEASURE_JS)."""
    return page.evaluate(MEASURE_JS, {**MEASURE_ARGS, "count": count})


def open_variant(stack: ExitStack, browser: Browser, variant: Variant) -> Page:
    url = stack.enter_context(serving(build_app(variant)))
    context = browser.new_context()
    stack.callback(context.close)
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("(id) => document.getElementById(id)", arg=TOGGLE_ID, timeout=READY_TIMEOUT_MS)
    click(page, WARMUP_INTERACTIONS + WARMUP_INTERACTIONS % 2)
    return page


def _summary(variant: Variant, samples: list[float], error: str | None) -> dict:
    summary = {"variant": variant.name, "mode": variant.mode, "server_delay_ms": variant.server_delay_ms}
    if error is not None:
        return {**summary, "error": error}
    return {**summary, "interactions": len(samples), "ms": summarize_ms(samples)}


def run(browser: Browser, interactions: int) -> dict:
    samples, errors = measure_in_turns(browser, VARIANTS, open_variant, click, interactions, BLOCK)
    return {
        "action": 'dc.dispatch.by_trigger(routes={"open": True, "cancel": False, "confirm": False, '
                  '"toggle": dc.dispatch.Toggle(State("modal", "opened"))}) on a dmc Modal, clicking "toggle"',
        "interactions": interactions,
        "warmup_interactions": WARMUP_INTERACTIONS + WARMUP_INTERACTIONS % 2,
        "block": BLOCK,
        "settle_ms": SETTLE_MS,
        "variants": [_summary(variant, samples[variant], errors.get(variant)) for variant in VARIANTS],
    }


def markdown(section: dict) -> list[str]:
    """The section as report.py prints it."""
    lines = [
        f"### Modal toggle, click-to-DOM latency (ms, {section['interactions']} interactions per variant)",
        "",
        f"Action: {section['action']}.",
        "",
        "| variant | " + " | ".join(STATISTICS) + " |",
        "|---|" + "---|" * len(STATISTICS),
    ]
    for variant in section["variants"]:
        cells = ([f"— ({variant['error']})"] + ["—"] * (len(STATISTICS) - 1) if "error" in variant
                 else [f"{variant['ms'][k]:.1f}" for k in STATISTICS])
        lines.append(f"| {variant['variant']} | " + " | ".join(cells) + " |")
    return lines
