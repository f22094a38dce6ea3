"""One new point added to a figure of 10,000 and of 100,000 points: what it costs on the wire and
from trigger to DOM, for a full-figure server callback, a server ``dash.Patch`` and a clientside
Patch (``dc.patch.extend_traces``), each also with ``current`` bound for a rolling window.

Every variant is its own app, server and page; the variants of one size take turns in blocks.
Bytes are counted by the server (a Flask ``after_request`` hook: request body + response body of
each ``/_dash-update-component`` call, uncompressed, as Dash's server sends them by default);
latency is timed in the page: ``performance.now()``, ``set_props`` on the store the callback
listens to (what a click or an interval does), and a MutationObserver on the graph stops the
clock when the trace's line is redrawn (its SVG path changes).

A second measurement shows why client mode matters for streams: updates every 50 ms, a server
that answers in 150 ms. Dash drops a server callback's response when the same callback fires
again before it arrives, so server mode keeps only some of the points.
"""

from __future__ import annotations

import gzip
import math
import random
import time
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import dash
from dash import Input, Output, State, dcc, html
from flask import request
from playwright.sync_api import Browser, Page

import dashclient as dc
from dash_server import new_app, serving
from errors import describe
from stats import summarize_ms

SIZES = (10_000, 100_000)
UPDATE_PATH = "/_dash-update-component"
WARMUP = 2
BLOCK = 5
SETTLE_MS = 60
TIMEOUT_MS = 30_000
SEED = 20261202


@dataclass(frozen=True)
class Variant:
    name: str
    mode: str  # "client" or "server"
    kind: str  # "full-state", "full-server", "patch", "patch-window"


VARIANTS = (
    Variant("server, full figure (State in, figure out)", "server", "full-state"),
    Variant("server, full figure (rebuilt on the server)", "server", "full-server"),
    Variant("server, dash.Patch", "server", "patch"),
    Variant("server, dash.Patch + current (window)", "server", "patch-window"),
    Variant("client, Patch", "client", "patch"),
    Variant("client, Patch + current (window)", "client", "patch-window"),
)

# Runs in the page: `count` timed updates, each resolving when the trace's line is drawn anew
# (its SVG path changes). Dash marks a component as loading while its callback runs, so "any
# mutation of the graph" would stop the clock at the loading flag, before anything is drawn.
MEASURE_JS = """
async ({count, start, settleMs, timeoutMs}) => {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const graph = document.getElementById("graph");
  const line = () => { const path = graph.querySelector(".scatterlayer .trace path.js-line"); return path ? path.getAttribute("d") : null; };
  const once = (n) => new Promise((resolve, reject) => {
    const before = line();
    let t0 = 0;
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("the line was not redrawn")); }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (line() === before) return;
      const elapsed = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timer);
      resolve(elapsed);
    });
    observer.observe(graph, {childList: true, subtree: true, attributes: true, attributeFilter: ["d"]});
    t0 = performance.now();
    window.dash_clientside.set_props("points", {data: {x: [[n]], y: [[(n * 7919) % 1000 / 1000]]}});
  });
  const samples = [];
  for (let i = 0; i < count; i++) {
    samples.push(await once(start + i));
    // Let the update finish (the server's answer, plotly's last frame) before the next one.
    while (window.__dashclientInflight > 0) await sleep(5);
    await sleep(settleMs);
  }
  return samples;
}
"""

COUNT_FETCH_JS = """
window.__dashclientInflight = 0;
const fetch0 = window.fetch.bind(window);
window.fetch = (...args) => { window.__dashclientInflight++; return fetch0(...args).finally(() => { window.__dashclientInflight--; }); };
"""


def figure_of(points: int) -> dict:
    rng = random.Random(SEED)
    return {
        "data": [{"type": "scatter", "mode": "lines", "x": list(range(points)),
                  "y": [round(rng.random(), 3) for _ in range(points)]}],
        "layout": {"height": 300, "margin": {"t": 10, "r": 10, "b": 30, "l": 40}, "uirevision": "bench"},
    }


class Wire:
    """Bytes of every callback request and response, counted by the server."""

    def __init__(self) -> None:
        self.requests: list[int] = []
        self.responses: list[int] = []
        self.last: tuple[bytes, bytes] = (b"", b"")

    def hook(self, app: dash.Dash) -> None:
        @app.server.after_request
        def count(response):  # type: ignore[no-untyped-def]
            if request.path.endswith(UPDATE_PATH):
                body = request.get_data()
                sent = response.get_data()
                self.requests.append(len(body))
                self.responses.append(len(sent))
                self.last = (body, sent)
            return response


def build_app(variant: Variant, points: int, wire: Wire) -> dash.Dash:
    app = new_app()
    app.layout = html.Div([dcc.Store(id="points"), dcc.Graph(id="graph", figure=figure_of(points),
                                                             config={"displayModeBar": False})])
    target = Output("graph", "figure")
    if variant.kind == "full-state":
        @app.callback(target, Input("points", "data"), State("graph", "figure"), prevent_initial_call=True)
        def whole_figure(update, figure):  # the naive way: the figure goes up and comes back
            trace = figure["data"][0]
            trace["x"] = trace["x"] + update["x"][0]
            trace["y"] = trace["y"] + update["y"][0]
            return figure
    elif variant.kind == "full-server":
        held = figure_of(points)

        @app.callback(target, Input("points", "data"), prevent_initial_call=True)
        def rebuilt_figure(update):  # the data lives on the server; the whole figure comes back
            held["data"][0]["x"].extend(update["x"][0])
            held["data"][0]["y"].extend(update["y"][0])
            return held
    else:
        options: dict[str, Any] = {}
        if variant.kind == "patch-window":
            options = {"max_points": points, "current": State("graph", "figure")}
        dc.callback(dc.patch.extend_traces(**options), target, Input("points", "data"), mode=variant.mode,
                    prevent_initial_call=True, app=app)
    wire.hook(app)
    return app


def open_page(stack: ExitStack, browser: Browser, app: dash.Dash) -> Page:
    url = stack.enter_context(serving(app))
    context = browser.new_context()
    stack.callback(context.close)
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("() => document.querySelector('#graph .main-svg')", timeout=TIMEOUT_MS)
    page.evaluate(COUNT_FETCH_JS)
    return page


def _bytes(wire: Wire) -> dict:
    if not wire.requests:
        return {"request": 0, "response": 0, "total": 0, "gzip_total": 0}
    request_bytes = round(sum(wire.requests) / len(wire.requests))
    response_bytes = round(sum(wire.responses) / len(wire.responses))
    body, sent = wire.last
    return {"request": request_bytes, "response": response_bytes, "total": request_bytes + response_bytes,
            "gzip_total": len(gzip.compress(body, 6)) + len(gzip.compress(sent, 6))}


def measure_size(browser: Browser, points: int, updates: int) -> list[dict]:
    samples: dict[Variant, list[float]] = {v: [] for v in VARIANTS}
    errors: dict[Variant, str] = {}
    wires = {v: Wire() for v in VARIANTS}
    with ExitStack() as stack:
        pages: dict[Variant, Page] = {}
        for variant in VARIANTS:
            try:
                pages[variant] = open_page(stack, browser, build_app(variant, points, wires[variant]))
                pages[variant].evaluate(MEASURE_JS, {"count": WARMUP, "start": points, "settleMs": SETTLE_MS,
                                                     "timeoutMs": TIMEOUT_MS})
                wires[variant].requests.clear()
                wires[variant].responses.clear()
            except Exception as error:  # pylint: disable=broad-except
                errors[variant] = describe(error)
        for block in range(math.ceil(updates / BLOCK)):
            for variant, page in pages.items():
                count = min(BLOCK, updates - len(samples[variant]))
                if variant in errors or count <= 0:
                    continue
                start = points + WARMUP + block * BLOCK
                try:
                    samples[variant] += page.evaluate(MEASURE_JS, {"count": count, "start": start,
                                                                   "settleMs": SETTLE_MS, "timeoutMs": TIMEOUT_MS})
                except Exception as error:  # pylint: disable=broad-except
                    errors[variant] = describe(error)
    rows = []
    for variant in VARIANTS:
        row = {"variant": variant.name, "mode": variant.mode, "points": points}
        if variant in errors:
            rows.append({**row, "error": errors[variant]})
            continue
        rows.append({**row, "updates": len(samples[variant]), "bytes": _bytes(wires[variant]),
                     "requests_per_update": round(len(wires[variant].requests) / max(1, len(samples[variant])), 2),
                     "ms": summarize_ms(samples[variant])})
    return rows


# -- updates faster than the server ------------------------------------------------------------

OUTPACE_UPDATES = 40
OUTPACE_EVERY_MS = 50
OUTPACE_SERVER_MS = 150

OUTPACE_JS = """
async ({count, everyMs}) => {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let n = 0; n < count; n++) {
    window.dash_clientside.set_props("points", {data: {x: [[n]], y: [[n]]}});
    await sleep(everyMs);
  }
  await sleep(1500);
  while (window.__dashclientInflight > 0) await sleep(20);
  await sleep(300);
  const kept = (id) => window.dash_component_api.getLayout(id).props.data.data[0].x.length;
  return {client: kept("client"), server: kept("server")};
}
"""


def measure_outpaced(browser: Browser) -> dict:
    app = new_app()
    empty = {"data": [{"x": [], "y": []}]}
    app.layout = html.Div([dcc.Store(id="points"), dcc.Store(id="client", data=empty), dcc.Store(id="server", data=empty),
                           dcc.Graph(id="graph")])
    for mode in ("client", "server"):
        dc.callback(dc.patch.extend_traces(), Output(mode, "data"), Input("points", "data"), mode=mode,
                    prevent_initial_call=True, app=app)
    delay_s = OUTPACE_SERVER_MS / 1000

    @app.server.before_request
    def slow_network() -> None:
        if request.path.endswith(UPDATE_PATH):
            time.sleep(delay_s)

    with ExitStack() as stack:
        page = open_page(stack, browser, app)
        kept = page.evaluate(OUTPACE_JS, {"count": OUTPACE_UPDATES, "everyMs": OUTPACE_EVERY_MS})
    return {"updates": OUTPACE_UPDATES, "every_ms": OUTPACE_EVERY_MS, "server_ms": OUTPACE_SERVER_MS, "kept": kept}


def run(browser: Browser, updates: int) -> dict:
    sizes = []
    for points in SIZES:
        sizes.append({"points": points, "updates": updates, "variants": measure_size(browser, points, updates)})
    try:
        outpaced: dict = measure_outpaced(browser)
    except Exception as error:  # pylint: disable=broad-except
        outpaced = {"error": describe(error)}
    return {"warmup_updates": WARMUP, "block": BLOCK, "settle_ms": SETTLE_MS, "sizes": sizes, "outpaced": outpaced}


# -- the results as Markdown -------------------------------------------------------------------

def _cells(row: dict) -> list[str]:
    if "error" in row:
        return [f"— ({row['error']})", "—", "—", "—", "—", "—"]
    b, ms = row["bytes"], row["ms"]
    return [f"{b['request']:,}", f"{b['response']:,}", f"{b['total']:,}", f"{b['gzip_total']:,}",
            f"{ms['p50']:.1f}", f"{ms['p95']:.1f}"]


def markdown(section: dict) -> list[str]:
    lines = ["### Patch: one point added to a figure (bytes per update; trigger-to-DOM ms)", ""]
    header = ["variant", "request B", "response B", "total B", "total B gzip", "p50 ms", "p95 ms"]
    for size in section["sizes"]:
        lines += [f"{size['points']:,} points, {size['updates']} timed updates per variant:", ""]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "|".join("---" for _ in header) + "|")
        for row in size["variants"]:
            lines.append("| " + " | ".join([row["variant"], *_cells(row)]) + " |")
        lines.append("")
    outpaced = section["outpaced"]
    if "error" in outpaced:
        lines.append(f"Updates faster than the server: — ({outpaced['error']})")
    else:
        lines.append(
            f"Updates faster than the server ({outpaced['updates']} one-point updates every {outpaced['every_ms']} ms, "
            f"the server answering in {outpaced['server_ms']} ms): client mode kept {outpaced['kept']['client']} "
            f"points, server mode {outpaced['kept']['server']} (Dash drops a response when its callback fired again "
            "before it arrived).")
    return lines
