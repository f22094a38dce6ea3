"""Click-to-DOM latency of one action as a clientside callback and as its server-side twin.

Each variant gets its own app, server and page; the variants take turns in blocks of clicks. The
page itself times each interaction: it notes ``performance.now()``, dispatches the click from page
JS, and a MutationObserver stops the clock when the output's text changes. No WebDriver or CDP round
trip sits inside the measured interval.
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from dataclasses import dataclass

import dash
from dash import Input, Output, html
from flask import request
from playwright.sync_api import Browser, Page

import dashclient as dc
from dash_server import new_app, serving
from turns import measure_in_turns
from stats import summarize_ms

ACTION_SPECIFIER = ",.2f"
BUTTON_ID = "go"
OUTPUT_ID = "out"
UPDATE_PATH = "/_dash-update-component"
WARMUP_INTERACTIONS = 5
SETTLE_MS = 20  # pause between interactions so the renderer finishes its bookkeeping
INTERACTION_TIMEOUT_MS = 5_000
READY_TIMEOUT_MS = 15_000
BLOCK = 10  # interactions of one variant before the next variant takes its turn
MEASURE_ARGS = {"buttonId": BUTTON_ID, "outputId": OUTPUT_ID, "settleMs": SETTLE_MS,
                "timeoutMs": INTERACTION_TIMEOUT_MS}


@dataclass(frozen=True)
class Variant:
    name: str
    mode: str
    server_delay_ms: int = 0


VARIANTS = (
    Variant("client", "client"),
    Variant("server", "server"),
    Variant("server +50 ms", "server", server_delay_ms=50),
)

# Runs in the page: `count` timed clicks, each resolving when the output's text changes.
MEASURE_JS = """
async ({buttonId, outputId, count, settleMs, timeoutMs}) => {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const text = () => document.getElementById(outputId).textContent;
  const once = () => new Promise((resolve, reject) => {
    const before = text();
    let start = 0;
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("no output change")); }, timeoutMs);
    // Observe the whole body: the renderer may replace the output node rather than edit it.
    const observer = new MutationObserver(() => {
      if (text() === before) return;
      const elapsed = performance.now() - start;
      observer.disconnect();
      clearTimeout(timer);
      resolve(elapsed);
    });
    observer.observe(document.body, {childList: true, characterData: true, subtree: true});
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


def build_app(variant: Variant) -> dash.Dash:
    """A button whose click count is formatted by ``dc.format.number`` in the variant's mode."""
    app = new_app()
    app.layout = html.Div([html.Button("go", id=BUTTON_ID, n_clicks=0), html.Div(id=OUTPUT_ID)])
    action = dc.format.number(specifier=ACTION_SPECIFIER)
    dc.callback(action, Output(OUTPUT_ID, "children"), Input(BUTTON_ID, "n_clicks"), mode=variant.mode, app=app)
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
    """Serve the variant's app, load it in a page of its own, and warm it up; the stack closes both."""
    url = stack.enter_context(serving(build_app(variant)))
    context = browser.new_context()  # a window of its own: a page in the background may be throttled
    stack.callback(context.close)
    page = context.new_page()
    page.goto(url)
    # The initial call has rendered: the callback graph is live, clicks will be answered.
    page.wait_for_function("(id) => document.getElementById(id)?.textContent", arg=OUTPUT_ID,
                           timeout=READY_TIMEOUT_MS)
    click(page, WARMUP_INTERACTIONS)
    return page


def _summary(variant: Variant, samples: list[float], error: str | None) -> dict:
    summary = {"variant": variant.name, "mode": variant.mode, "server_delay_ms": variant.server_delay_ms}
    if error is not None:  # a twin in progress must not sink the whole run: say why, measure the rest
        return {**summary, "error": error}
    return {**summary, "interactions": len(samples), "ms": summarize_ms(samples)}


def run(browser: Browser, interactions: int) -> dict:
    samples, errors = measure_in_turns(browser, VARIANTS, open_variant, click, interactions, BLOCK)
    return {
        "action": f'dc.format.number(specifier="{ACTION_SPECIFIER}") on a button\'s n_clicks',
        "interactions": interactions,
        "warmup_interactions": WARMUP_INTERACTIONS,
        "block": BLOCK,
        "settle_ms": SETTLE_MS,
        "variants": [_summary(variant, samples[variant], errors.get(variant)) for variant in VARIANTS],
    }
