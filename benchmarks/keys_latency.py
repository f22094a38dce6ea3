"""Key-to-DOM latency of a keyboard shortcut: a step run in the browser (the client route) against a
server callback on the Shortcuts component's ``event`` prop (the server route).

Each variant gets its own app, server and page; the variants take turns in blocks of presses. The
keys are real presses (playwright's keyboard, through the browser's input pipeline). The clock
starts at the keydown's own ``event.timeStamp`` (when the browser created the event, before any
listener ran) and a MutationObserver stops it when the output's text changes, so no CDP round trip
sits inside the measured interval.
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from dataclasses import dataclass

import dash
from dash import Input, Output, Patch, html
from flask import request
from playwright.sync_api import Browser, Page

import dashclient as dc
from dash_server import new_app, serving
from turns import measure_in_turns
from stats import summarize_ms

KEY = "k"
SHORTCUTS_ID = "keys"
OUTPUT_ID = "out"
UPDATE_PATH = "/_dash-update-component"
WARMUP_PRESSES = 5
SETTLE_MS = 20
PRESS_TIMEOUT_MS = 5_000
READY_TIMEOUT_MS = 15_000
BLOCK = 10


@dataclass(frozen=True)
class Variant:
    name: str
    route: str  # "client": a set_props step; "server": a callback on the event prop
    server_delay_ms: int = 0


VARIANTS = (
    Variant("client (set_props step)", "client"),
    Variant("server (callback on event)", "server"),
    Variant("server +50 ms", "server", server_delay_ms=50),
)

# Arms one measurement: resolves with the ms from the next keydown's timeStamp to the text change.
ARM_JS = """
({outputId, timeoutMs}) => {
  const text = () => document.getElementById(outputId).textContent;
  const before = text();
  let start = null;
  window.__pressed = new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("no output change")); }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (start === null || text() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    observer.observe(document.body, {childList: true, characterData: true, subtree: true});
    // A window capture listener runs before the Shortcuts' document listener.
    window.addEventListener("keydown", (event) => { start = event.timeStamp; }, {capture: true, once: true});
  });
}
"""


def _count_up() -> Patch:
    patch = Patch()
    patch += 1
    return patch


def build_app(variant: Variant) -> dash.Dash:
    """One binding on ``k``: it counts up in the output, through the variant's route."""
    app = new_app()
    steps = [dc.keys.set_props(OUTPUT_ID, children=_count_up())] if variant.route == "client" else []
    app.layout = html.Div([
        dc.keys.Shortcuts(id=SHORTCUTS_ID, bindings=[dc.keys.bind(KEY, *steps, name="count")]),
        html.Div(0, id=OUTPUT_ID),
    ])
    if variant.route == "server":
        @app.callback(Output(OUTPUT_ID, "children"), Input(SHORTCUTS_ID, "event"), prevent_initial_call=True)
        def count(event):
            return event["n"]
    if variant.server_delay_ms:
        delay_s = variant.server_delay_ms / 1000

        @app.server.before_request
        def slow_network() -> None:  # a stand-in for network round-trip time, on callbacks only
            if request.path.endswith(UPDATE_PATH):
                time.sleep(delay_s)

    return app


def press(page: Page, count: int) -> list[float]:
    samples = []
    for _ in range(count):
        page.evaluate(ARM_JS, {"outputId": OUTPUT_ID, "timeoutMs": PRESS_TIMEOUT_MS})
        page.keyboard.press(KEY)
        samples.append(page.evaluate("window.__pressed"))
        page.wait_for_timeout(SETTLE_MS)
    return samples


def open_variant(stack: ExitStack, browser: Browser, variant: Variant) -> Page:
    url = stack.enter_context(serving(build_app(variant)))
    context = browser.new_context()
    stack.callback(context.close)
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("(id) => document.getElementById(id)?.textContent === '0'", arg=OUTPUT_ID,
                           timeout=READY_TIMEOUT_MS)
    press(page, WARMUP_PRESSES)
    return page


def run(browser: Browser, interactions: int) -> dict:
    samples, errors = measure_in_turns(browser, VARIANTS, open_variant, press, interactions, BLOCK)
    variants = []
    for variant in VARIANTS:
        summary = {"variant": variant.name, "route": variant.route, "server_delay_ms": variant.server_delay_ms}
        if variant in errors:
            summary["error"] = errors[variant]
        else:
            summary.update(interactions=len(samples[variant]), ms=summarize_ms(samples[variant]))
        variants.append(summary)
    return {
        "binding": f'dc.keys.bind("{KEY}", ...): a Patch counting up in a Div (client), or a callback on event (server)',
        "interactions": interactions,
        "warmup_interactions": WARMUP_PRESSES,
        "block": BLOCK,
        "settle_ms": SETTLE_MS,
        "variants": variants,
    }
