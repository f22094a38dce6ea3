"""Fetch-and-render latency of dc.fetch in client mode and server mode, and what travels per click.

One app per variant, served like latency.py's (Flask's threaded server on 127.0.0.1), with a local
JSON route ``/api/bench?n=`` answering ``{"n": n, "items": [...]}`` (about 0.6 kB). A button's
``n_clicks`` fills the URL template; ``dc.fetch.text`` writes the body into a ``<pre>``, with an
error and a status target (set_props), as an app would. The page times each click to the DOM
change (MutationObserver), and counts the requests and bytes the click caused
(PerformanceResourceTiming of the page: ``transferSize`` = headers + body as received).

- ``client``: the browser fetches the route;
- ``server``: server mode's begin -> server callback (httpx, the app answering its own origin
  in-process) -> outputs, then the effects applied in the browser;
- ``plain server callback``: a normal Dash callback returning the same text without any fetch,
  the floor server mode cannot go under.
"""

from __future__ import annotations

import json
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

BUTTON_ID, OUTPUT_ID = "go", "out"
ITEMS = 20
WARMUP_INTERACTIONS = 5
SETTLE_MS = 20
BLOCK = 10
READY_TIMEOUT_MS = 15_000
TIMEOUT_MS = 5_000
ROUTE = "/api/bench"


@dataclass(frozen=True)
class Variant:
    name: str
    kind: str  # "client" | "server" | "plain"


VARIANTS = (Variant("client", "client"), Variant("server", "server"), Variant("plain server callback", "plain"))


def answer(n: int) -> dict:
    return {"n": n, "items": [{"id": i, "name": f"item {i} of click {n}"} for i in range(ITEMS)]}


# Runs in the page: `count` timed clicks; each resolves with its latency and the resources it loaded.
MEASURE_JS = """
async ({buttonId, outputId, count, settleMs, timeoutMs}) => {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const text = () => document.getElementById(outputId).textContent;
  const once = () => new Promise((resolve, reject) => {
    const before = text();
    const seen = performance.getEntriesByType("resource").length;
    let start = 0;
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("no output change")); }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (text() === before) return;
      const elapsed = performance.now() - start;
      observer.disconnect();
      clearTimeout(timer);
      resolve({elapsed, seen});
    });
    observer.observe(document.body, {childList: true, characterData: true, subtree: true});
    start = performance.now();
    document.getElementById(buttonId).click();
  });
  const samples = [];
  for (let i = 0; i < count; i++) {
    const {elapsed, seen} = await once();
    await sleep(settleMs);  // the click's remaining requests (server mode's effects) finish here
    const caused = performance.getEntriesByType("resource").slice(seen);
    samples.push({ms: elapsed, requests: caused.length, bytes: caused.reduce((sum, e) => sum + e.transferSize, 0)});
  }
  return samples;
}
"""


def build_app(variant: Variant) -> dash.Dash:
    app = new_app()
    app.server.add_url_rule(ROUTE, "bench", lambda: answer(int(request.args.get("n", 0))))
    app.layout = html.Div([html.Button("go", id=BUTTON_ID, n_clicks=0), html.Pre(id=OUTPUT_ID),
                           html.Div(id="error"), html.Div(id="status")])
    if variant.kind == "plain":
        @app.callback(Output(OUTPUT_ID, "children"), Input(BUTTON_ID, "n_clicks"))
        def plain(n):
            return json.dumps(answer(n), separators=(",", ":"))
    else:
        action = dc.fetch.text(url=ROUTE + "?n={0}", error="error", status="status", timeout_ms=TIMEOUT_MS)
        dc.callback(action, Output(OUTPUT_ID, "children"), Input(BUTTON_ID, "n_clicks"), mode=variant.kind, app=app)
    return app


def _measure(page: Page, count: int) -> list[dict]:
    return page.evaluate(MEASURE_JS, {"buttonId": BUTTON_ID, "outputId": OUTPUT_ID, "count": count,
                                      "settleMs": SETTLE_MS, "timeoutMs": TIMEOUT_MS})


def open_variant(stack: ExitStack, browser: Browser, variant: Variant) -> Page:
    url = stack.enter_context(serving(build_app(variant)))
    context = browser.new_context()
    stack.callback(context.close)
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("(id) => document.getElementById(id)?.textContent", arg=OUTPUT_ID,
                           timeout=READY_TIMEOUT_MS)
    page.evaluate("performance.setResourceTimingBufferSize(100000)")
    _measure(page, WARMUP_INTERACTIONS)
    return page


def _summary(variant: Variant, samples: list[dict], error: str | None) -> dict:
    summary = {"variant": variant.name, "mode": variant.kind}
    if error is not None:
        return {**summary, "error": error}
    return {
        **summary,
        "interactions": len(samples),
        "ms": summarize_ms([s["ms"] for s in samples]),
        "requests_per_click": round(sum(s["requests"] for s in samples) / len(samples), 2),
        "bytes_per_click": round(sum(s["bytes"] for s in samples) / len(samples)),
    }


def run(browser: Browser, interactions: int) -> dict:
    samples, errors = measure_in_turns(browser, VARIANTS, open_variant, _measure, interactions, BLOCK)
    return {
        "action": f'dc.fetch.text(url="{ROUTE}?n={{0}}", error=..., status=...) on a button\'s n_clicks',
        "answer_bytes": len(json.dumps(answer(1), separators=(",", ":"))),
        "interactions": interactions,
        "warmup_interactions": WARMUP_INTERACTIONS,
        "settle_ms": SETTLE_MS,
        "variants": [_summary(variant, samples[variant], errors.get(variant)) for variant in VARIANTS],
    }


def markdown(result: dict) -> list[str]:
    """The section of latest.md."""
    lines = [
        f"### Fetch-and-render latency (ms, {result['interactions']} interactions per variant)",
        "",
        f"Action: {result['action']}; the route answers {result['answer_bytes']:,} bytes of JSON. "
        "Requests and bytes: what one click caused, as the page's resource timing saw it.",
        "",
        "| variant | p50 | p95 | mean | min | max | requests/click | bytes/click |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for v in result["variants"]:
        if "error" in v:
            lines.append(f"| {v['variant']} | — ({v['error']}) | — | — | — | — | — | — |")
            continue
        ms = v["ms"]
        lines.append(f"| {v['variant']} | {ms['p50']:.1f} | {ms['p95']:.1f} | {ms['mean']:.1f} | {ms['min']:.1f} | "
                     f"{ms['max']:.1f} | {v['requests_per_click']} | {v['bytes_per_click']:,} |")
    return lines
