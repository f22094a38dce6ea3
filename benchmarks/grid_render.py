"""A 100,000-row AG Grid whose amount column is formatted by the pack (``price.ag_grid()``, a call
of the bound ``dashclient_format.currency``), by an inline d3 expression (``d3.format('$,.2f')``,
what dash-ag-grid's docs show), or not at all: what each costs to render and to scroll.

Every variant is its own app, server and page; the variants take turns, round after round. Timed in
the page, with no WebDriver or CDP call inside an interval:

- **first rows**: from navigation start to the first formatted cell in the DOM (the 100,000 rows
  travel in the layout, the same bytes for every variant; the difference is the formatter);
- **jump**: the viewport scrolled to a random row, until that row is rendered (AG Grid renders the
  visible rows anew: ~20 formatted cells per jump); the same seeded rows for every variant;
- **scroll**: 100 consecutive pages down, each until its last row is rendered, in total;
- **per cell**: ``api.getCellValue({rowNode, colKey, useFormatter: true})`` over every row, which
  runs the column's valueFormatter expression through dash-ag-grid's evaluator: the formatter's
  own cost per cell, AG Grid's call path included (the "no formatter" row is that path alone);
  the median of 3 passes after an untimed one.

The pack's output here is ``$1,234.50`` (Intl, en-US); d3's is the same except its minus sign
(U+2212, d3's default locale, where Intl writes "-").
"""

from __future__ import annotations

import random
import statistics
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import dash_ag_grid as dag
from dash import html
from playwright.sync_api import Browser

import dashclient as dc
from dash_server import new_app, serving
from errors import describe
from stats import summarize_ms

ROUNDS = 3
JUMPS = 40
PAGES = 100
SEED = 20261202
TIMEOUT_MS = 120_000


@dataclass(frozen=True)
class Variant:
    name: str
    formatter: dict | None


VARIANTS = (
    Variant("dashclient: price.ag_grid()", dc.format.currency(currency="USD").ag_grid()),
    Variant("inline d3: d3.format('$,.2f')(params.value)", {"function": "d3.format('$,.2f')(params.value)"}),
    Variant("no valueFormatter (raw numbers)", None),
)

# Before the page's own scripts: note when the first formatted amount cell appears.
FIRST_ROWS_JS = """
(() => {
  const look = () => {
    const cell = document.querySelector("#grid .ag-center-cols-container .ag-row [col-id='amount']");
    if (cell && cell.textContent) { window.__firstRowsMs = performance.now(); return; }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();
"""

MEASURE_JS = """
async ({jumps, pages, timeoutMs}) => {
  const viewport = document.querySelector("#grid .ag-body-viewport");
  const rowOf = (i) => document.querySelector(`#grid .ag-center-cols-container .ag-row[row-index="${i}"] [col-id="amount"]`);
  const rowHeight = document.querySelector("#grid .ag-center-cols-container .ag-row").offsetHeight;
  const rendered = (i) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    const look = () => {
      if (rowOf(i)) return resolve(performance.now() - t0);
      if (performance.now() - t0 > timeoutMs) return reject(new Error(`row ${i} was not rendered`));
      requestAnimationFrame(look);
    };
    look();
  });
  const jumpMs = [];
  for (const i of jumps) {
    const t0 = performance.now();
    viewport.scrollTop = i * rowHeight;
    await rendered(i);
    jumpMs.push(performance.now() - t0);
  }
  viewport.scrollTop = 0;
  await rendered(0);
  const perPage = Math.floor(viewport.clientHeight / rowHeight);
  const t0 = performance.now();
  for (let p = 1; p <= pages; p++) {
    viewport.scrollTop = p * perPage * rowHeight;
    await rendered(p * perPage);
  }
  const scrollMs = performance.now() - t0;
  const api = window.dash_ag_grid.getApi("grid");
  const nodes = [];
  api.forEachNode((node) => nodes.push(node));
  let chars = 0;
  const pass = () => {
    const s0 = performance.now();
    for (const rowNode of nodes) chars += String(api.getCellValue({rowNode, colKey: "amount", useFormatter: true})).length;
    return performance.now() - s0;
  };
  pass();  // untimed: the evaluator's and the formatter's code warm up
  const formatMs = [pass(), pass(), pass()].sort((a, b) => a - b)[1];
  const sample = nodes.slice(0, 3).map((rowNode) => String(api.getCellValue({rowNode, colKey: "amount", useFormatter: true})));
  return {jumpMs, scrollMs, formatMs, cells: nodes.length, chars, sample, firstRowsMs: window.__firstRowsMs};
}
"""


def _rows(count: int) -> list[dict]:
    rng = random.Random(SEED)
    return [{"i": i, "amount": round(rng.uniform(-5_000, 50_000), 2)} for i in range(count)]


def _app(variant: Variant, rows: list[dict]) -> Any:
    app = new_app()
    amount: dict[str, Any] = {"field": "amount"}
    if variant.formatter is not None:
        amount["valueFormatter"] = variant.formatter
    app.layout = html.Div(dag.AgGrid(id="grid", rowData=rows, columnDefs=[{"field": "i"}, amount],
                                     style={"height": 600, "width": 500}))
    return app


def _measure(browser: Browser, url: str, rows: int) -> dict:
    page = browser.new_page(viewport={"width": 800, "height": 800})
    try:
        page.add_init_script(FIRST_ROWS_JS)
        page.goto(url, timeout=TIMEOUT_MS)
        page.wait_for_function("() => window.__firstRowsMs !== undefined", timeout=TIMEOUT_MS)
        jumps = random.Random(SEED).sample(range(rows), JUMPS)
        return page.evaluate(MEASURE_JS, {"jumps": jumps, "pages": PAGES, "timeoutMs": TIMEOUT_MS})
    finally:
        page.close()


def run(browser: Browser, rows: int) -> dict:
    data = _rows(rows)
    results: dict[str, dict] = {v.name: {"rounds": []} for v in VARIANTS}
    with ExitStack() as stack:
        urls = {v.name: stack.enter_context(serving(_app(v, data))) for v in VARIANTS}
        for _ in range(ROUNDS):
            for variant in VARIANTS:
                entry = results[variant.name]
                if "error" in entry:
                    continue
                try:
                    entry["rounds"].append(_measure(browser, urls[variant.name], rows))
                except Exception as error:  # noqa: BLE001 - a benchmark reports, never fails
                    entry["error"] = describe(error)
    variants = []
    for variant in VARIANTS:
        entry = results[variant.name]
        rounds = entry["rounds"]
        if not rounds:
            variants.append({"variant": variant.name, "error": entry.get("error", "no round ran")})
            continue
        variants.append({
            "variant": variant.name,
            "first_rows_ms": round(statistics.median(r["firstRowsMs"] for r in rounds), 1),
            "jump_ms": summarize_ms([ms for r in rounds for ms in r["jumpMs"]]),
            "scroll_100_pages_ms": round(statistics.median(r["scrollMs"] for r in rounds), 1),
            "per_cell_ns": round(statistics.median(r["formatMs"] / r["cells"] for r in rounds) * 1e6),
            "sample": rounds[0]["sample"],
            "rounds": len(rounds),
            **({"error": entry["error"]} if "error" in entry else {}),
        })
    return {"rows": rows, "rounds": ROUNDS, "jumps_per_round": JUMPS, "pages": PAGES, "variants": variants}


def markdown(section: dict) -> list[str]:
    lines = [f"### Grid: a {section['rows']:,}-row AG Grid with a formatted amount column", "",
             f"Median of {section['rounds']} rounds (fresh page each); {section['jumps_per_round']} random jumps per "
             f"round; {section['pages']} consecutive pages scrolled.", ""]
    header = ["variant", "first rows ms", "jump p50 ms", "jump p95 ms", f"{section['pages']} pages ms",
              "per cell ns", "sample"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join("---" for _ in header) + "|")
    for row in section["variants"]:
        if "jump_ms" not in row:
            lines.append(f"| {row['variant']} | — ({row['error']}) |" + " |" * (len(header) - 2))
            continue
        cells = [row["variant"], f"{row['first_rows_ms']:.0f}", f"{row['jump_ms']['p50']:.1f}",
                 f"{row['jump_ms']['p95']:.1f}", f"{row['scroll_100_pages_ms']:.0f}", f"{row['per_cell_ns']:,}",
                 ", ".join(f"`{s}`" for s in row["sample"])]
        lines.append("| " + " | ".join(cells) + " |")
    return lines
