"""The gallery's everywhere page: the grid, the DMC chart and slider, the dcc.Slider and both
figures show the Python twin's strings, and switching the currency re-labels all of them."""

import pytest

from dashclient.gallery import create_app
from dashclient.gallery.pages import _everywhere_data as data
from dashclient.testing import console_errors, prop, set_props, text_content, wait_for_text_content, wait_until

pytest.importorskip("dash_ag_grid")

TEXTS = "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent);"
GRID_CELLS = "#ew-grid .ag-center-cols-container .ag-row [col-id='price']"
ROW_INDEX = ("return [...document.querySelectorAll(arguments[0])]"
             ".map((e) => +e.closest('.ag-row').getAttribute('row-index'));")


def texts(dash_duo, css: str) -> list[str]:
    return dash_duo.driver.execute_script(TEXTS, css)


def shows_everywhere(dash_duo, choice: str) -> bool:
    """Every place holds the strings of this choice's formatter (the twin's)."""
    price = data.price_for(choice)
    prices = [row["price"] for row in data.products()]
    rows = dash_duo.driver.execute_script(ROW_INDEX, GRID_CELLS)
    axis = ((prop(dash_duo, "ew-figure-server", "figure") or {}).get("layout") or {}).get("yaxis") or {}
    ticks = [price(v) for v in axis.get("tickvals", [])]
    return (
        bool(rows) and bool(ticks) and texts(dash_duo, GRID_CELLS) == price.many([prices[i] for i in rows])
        and texts(dash_duo, "#ew-budget .mantine-Slider-label") == [price(data.BUDGET)]
        # Dash 4 renders the dcc.Slider tooltip itself; Dash 3, rc-slider in a portal
        and texts(dash_duo, "#ew-discount-tooltip-1-content, .rc-slider-tooltip-inner") == [price(data.DISCOUNT)]
        and texts(dash_duo, "#ew-chart .recharts-yAxis .recharts-cartesian-axis-tick-value")[-1:] != []
        and all(t in [price(v) for v in range(0, 10001, 100)]
                for t in texts(dash_duo, "#ew-chart .recharts-yAxis .recharts-cartesian-axis-tick-value"))
        and texts(dash_duo, "#ew-figure-client .ytick text") == ticks
        and texts(dash_duo, "#ew-figure-server .ytick text") == ticks
        and text_content(dash_duo, "ew-twin") == ", ".join(price.many(prices[:4]))
    )


def test_the_everywhere_page_shows_the_twin_s_strings_in_every_place_and_follows_the_currency(dash_duo):
    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/everywhere")
    dash_duo.wait_for_element("#ew-grid .ag-row", timeout=10)
    for choice in (data.DEFAULT, "jpy-jp", "inr-in"):
        if choice != data.DEFAULT:
            set_props(dash_duo, "ew-choice", {"value": choice})
        wait_until(lambda: shows_everywhere(dash_duo, choice), 10, lambda: f"{choice}: not every place shows its text")
        assert prop(dash_duo, "ew-figure-client", "figure") == prop(dash_duo, "ew-figure-server", "figure")
    wait_for_text_content(dash_duo, "ew-code", data.code_for("inr-in"))
    assert console_errors(dash_duo) == []
