"""One formatter everywhere, read from the page: AG Grid cells and tooltips, a DMC BarChart's
tooltip and axis labels, a DMC Slider's label, a dcc.Slider's tooltip and Plotly's hover and tick
labels each show exactly the Python twin's string for the same value, under a strict
Content-Security-Policy (script-src 'self' + Dash's hashes, no 'unsafe-eval'), no console errors."""

import importlib.util
import sys
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains

from dashclient.testing import console_errors, prop, set_props, wait_until

pytest.importorskip("dash_ag_grid")
sys.path.insert(0, str(Path(__file__).parent / "apps"))
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

import everywhere_app as app_module  # noqa: E402  (needs dash_ag_grid)

PRICE = app_module.PRICE


def dcc_tooltip(slider_id: str) -> str:
    """The dcc.Slider's tooltip text: Dash 4 renders its own (``<id>-tooltip-1-content``), Dash 3
    rc-slider's (in a portal at the end of the body; one slider with a tooltip per page here)."""
    return f"#{slider_id}-tooltip-1-content, .rc-slider-tooltip-inner"

# AG Grid virtualises rows: scroll its viewport most of a page at a time and collect every row it
# renders; then scroll to any row not seen yet (a frame that rendered late), a bounded number of times.
COLLECT_GRID = """
const [gridId, column, total, done] = arguments;
const viewport = document.querySelector(`#${gridId} .ag-body-viewport`);
const rows = () => document.querySelectorAll(`#${gridId} .ag-center-cols-container .ag-row`);
const rowHeight = rows()[0].offsetHeight;
const seen = {};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const scrollTo = async (top) => {
  viewport.scrollTop = top;
  await frame();
  for (const row of rows()) {
    const cell = row.querySelector(`[col-id="${column}"]`);
    if (cell) seen[row.getAttribute("row-index")] = cell.textContent;
  }
};
(async () => {
  for (let top = 0; top < viewport.scrollHeight; top += viewport.clientHeight * 0.9) await scrollTo(top);
  for (let tries = 0; tries < 50; tries++) {
    const missing = [...Array(total).keys()].find((i) => !(i in seen));
    if (missing === undefined) break;
    await scrollTo(missing * rowHeight);
  }
  done(seen);
})();
"""


def hover(dash_duo, css: str, index: int) -> None:
    elements = dash_duo.driver.find_elements("css selector", css)
    ActionChains(dash_duo.driver).move_to_element(elements[index]).perform()


def texts(dash_duo, css: str) -> list[str]:
    script = "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent);"
    return dash_duo.driver.execute_script(script, css)


def wait_for_texts(dash_duo, css: str, expected: list[str]) -> None:
    wait_until(lambda: texts(dash_duo, css) == expected, 10, lambda: f"{css}: {texts(dash_duo, css)!r} != {expected!r}")


def test_a_thousand_grid_cells_show_exactly_what_many_gives_under_a_strict_csp(dash_duo):
    dash_duo.start_server(app_module.create_app())
    dash_duo.wait_for_element("#grid .ag-row", timeout=10)
    dash_duo.driver.set_script_timeout(60)
    seen = dash_duo.driver.execute_async_script(COLLECT_GRID, "grid", "amount", app_module.ROWS)
    expected = PRICE.many(app_module.AMOUNTS)
    assert len(seen) == app_module.ROWS
    cells = [seen[str(i)] for i in range(app_module.ROWS)]
    assert cells == expected
    assert {"", "-176.014,09\u00a0€"} <= set(cells)  # garbage and missing values show the fallback

    # The same expression as tooltipValueGetter: hover a cell, read AG Grid's tooltip.
    dash_duo.driver.execute_script("document.querySelector('#grid .ag-body-viewport').scrollTop = 0")
    cell = '#grid .ag-center-cols-container .ag-row[row-index="3"] [col-id="amount"]'
    wait_until(lambda: dash_duo.driver.find_elements("css selector", cell), 10, lambda: "row 3 is not rendered")
    hover(dash_duo, cell, 0)
    wait_for_texts(dash_duo, ".ag-tooltip", [PRICE(app_module.AMOUNTS[3])])
    assert console_errors(dash_duo) == []


def test_dmc_dcc_and_plotly_labels_read_the_python_twin_under_a_strict_csp(dash_duo):
    dash_duo.start_server(app_module.create_app())

    # DMC BarChart: valueFormatter labels the value axis (recharts tickFormatter(value, index))
    # and the tooltip (valueFormatter(value)).
    wait_for_texts(dash_duo, "#bar .recharts-yAxis .recharts-cartesian-axis-tick-value",
                   [PRICE(v) for v in app_module.CHART_TICKS])
    for index, point in enumerate(app_module.CHART):
        hover(dash_duo, "#bar .recharts-bar-rectangle", index)
        wait_for_texts(dash_duo, "#bar .mantine-ChartTooltip-tooltipItemData", [PRICE(point["sales"])])

    # DMC Slider label(value) and dcc.Slider tooltip.transform(value), then after a change.
    wait_for_texts(dash_duo, "#dmc-slider .mantine-Slider-label", [PRICE(app_module.DMC_SLIDER)])
    wait_for_texts(dash_duo, dcc_tooltip("dcc-slider"), [PRICE(app_module.DCC_SLIDER)])
    set_props(dash_duo, "dmc-slider", {"value": 4321})
    set_props(dash_duo, "dcc-slider", {"value": 12.5})
    wait_for_texts(dash_duo, "#dmc-slider .mantine-Slider-label", [PRICE(4321)])
    wait_for_texts(dash_duo, dcc_tooltip("dcc-slider"), [PRICE(12.5)])

    # Plotly: price.plotly() patched the figure in client and in server mode alike; the axis and
    # every hover label read the twin's strings.
    expected = PRICE.plotly()(app_module.figure()).to_plotly_json()["operations"]
    ticktext = next(op["params"]["value"] for op in expected if op["location"][-1] == "ticktext")
    for mode in app_module.MODES:
        wait_for_texts(dash_duo, f"#figure-{mode} .ytick text", ticktext)
        for index, y in enumerate(app_module.FIGURE_Y):
            hover(dash_duo, f"#figure-{mode} .bars .point path", index)
            wait_for_texts(dash_duo, f"#figure-{mode} .hoverlayer .hovertext text.nums", [PRICE(y)])
    assert prop(dash_duo, "figure-client", "figure") == prop(dash_duo, "figure-server", "figure")
    assert prop(dash_duo, "figure-client", "figure")["data"][0]["customdata"] == PRICE.many(app_module.FIGURE_Y)
    wait_for_texts(dash_duo, dcc_tooltip("dcc-slider"), [PRICE(12.5)])
    assert console_errors(dash_duo) == []


def test_the_example_app_shows_one_price_formatter_in_all_five_places(dash_duo):
    spec = importlib.util.spec_from_file_location("everywhere_prices", EXAMPLES / "everywhere_prices.py")
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    price = example.price
    dash_duo.start_server(example.app)

    wait_for_texts(dash_duo, "#grid .ag-center-cols-container .ag-row [col-id='price']",
                   price.many([p["price"] for p in example.PRODUCTS]))
    wait_for_texts(dash_duo, "#budget .mantine-Slider-label", [price(1250)])
    wait_for_texts(dash_duo, dcc_tooltip("shipping"), [price(4.9)])
    operations = price.plotly()(example.figure).to_plotly_json()["operations"]
    wait_for_texts(dash_duo, "#chart .ytick text", next(op["params"]["value"] for op in operations
                                                        if op["location"][-1] == "ticktext"))
    axis = texts(dash_duo, "#revenue .recharts-yAxis .recharts-cartesian-axis-tick-value")
    assert axis and all(text in [price(v) for v in range(0, 100001, 500)] for text in axis)
    assert console_errors(dash_duo) == []
